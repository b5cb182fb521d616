"""``csod-desktop sandbox``: run the local sandbox portal until Ctrl-C (prints its URL and demo credentials)."""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from pathlib import Path

from csod_desktop import facts
from csod_desktop.errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the local sandbox portal (a Bulk API that behaves like Cornerstone's)",
        description=(
            "Run the sandbox portal: a local Edge Bulk API with a seeded demo portal, the documented limits "
            "and a control plane under /_sandbox/. Serves until interrupted (Ctrl-C)."
        ),
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to listen on (default %(default)s, loopback)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default %(default)s; 0 picks one)")
    parser.add_argument("--seed", type=int, default=None, help="seed for job and import ids (repeatable runs)")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="keep the portal's state in this folder (SQLite) so it survives a restart")
    parser.add_argument("--relaxed", action="store_true",
                        help="no throttles, immediate processing and reports (fast tests)")
    parser.add_argument("--allow-remote", action="store_true",
                        help="allow a non-loopback --host (anyone who can reach it can use the demo credentials)")
    parser.set_defaults(func=run)


_is_loopback = facts.is_loopback


def _stop_on_sigterm() -> None:
    """A service manager's SIGTERM stops the sandbox as cleanly as Ctrl-C (the SQLite file is closed)."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, interrupt)


def run(args: argparse.Namespace) -> int:
    host = "127.0.0.1" if args.host == "localhost" else args.host
    if not _is_loopback(host) and not args.allow_remote:
        raise ConfigError(
            f"The sandbox only listens on this computer by default, not on {args.host}.",
            hint="Add --allow-remote to listen on another address (the demo credentials are public).",
        )
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise ConfigError(f"{args.host} is not an IP address the sandbox can listen on.") from None
    from csod_desktop.sandbox.server import CLIENT_ID, CLIENT_SECRET, SandboxServer

    server = SandboxServer(host=host, port=args.port, relaxed=args.relaxed, seed=args.seed, data_dir=args.data_dir)
    try:
        server.start()
    except OSError as exc:
        raise ConfigError(f"The sandbox cannot listen on {args.host}:{args.port}: {exc.strerror or exc}.",
                          hint="Pick another --port, or 0 for any free port.") from exc
    try:
        print(f"Sandbox portal running at {server.root_url}", flush=True)
        print(f"Client ID:     {CLIENT_ID}", flush=True)
        print(f"Client secret: {CLIENT_SECRET}", flush=True)
        mode = "relaxed (no throttles, immediate processing)" if args.relaxed else "documented limits"
        where = args.data_dir if args.data_dir else "memory (lost when stopped)"
        print(f"Mode: {mode}; state kept in {where}. Control plane: {server.root_url}/_sandbox/", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        _stop_on_sigterm()
        forever = threading.Event()
        # Wake up twice a second: a signal delivered to another thread (uvicorn's, polars' pool) only raises
        # KeyboardInterrupt once the main thread runs Python code again.
        while not forever.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("Sandbox stopped.", file=sys.stderr, flush=True)
    finally:
        server.stop()
    return 0
