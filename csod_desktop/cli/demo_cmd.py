"""``csod-desktop demo``: the window with a sandbox portal running in the background and its profile selected.

Also :func:`open_app`, what ``csod-desktop`` without a subcommand (and the installers' shortcuts) run.
Qt is imported only inside the functions: ``--help`` stays instant and the CLI layer stays Qt-free.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

EXIT_NO_DISPLAY = 2

NO_DISPLAY = (
    "No display was found, so the window cannot open here (DISPLAY and WAYLAND_DISPLAY are not set).\n"
    "Run it on a desktop session, or set QT_QPA_PLATFORM=offscreen to run without showing a window.\n"
    "The command line works without a display: 'csod-desktop --help'."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="open the app with a local sandbox portal running (no Cornerstone account needed)",
        description=(
            "Start the built-in sandbox portal in the background, select its profile and open the window on "
            "the Connect step. Everything stays on this computer; the sandbox stops when the window closes and "
            "keeps its data in the app's data folder, so a job left unfinished carries on at the next launch."
        ),
    )
    parser.add_argument(
        "--throttled",
        action="store_true",
        help="enforce the portal's documented rate limits in the sandbox (slower, but realistic)",
    )
    parser.set_defaults(func=lambda args: open_app(demo=True, throttled=args.throttled))


def display_problem() -> str | None:
    """Why Qt would abort instead of opening a window, or None. Qt's own abort is a core dump, not a sentence."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def open_app(demo: bool, *, throttled: bool = False) -> int:
    """Open the window (with a background sandbox when ``demo``) and return the exit code when it closes."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from csod_desktop import app  # noqa: PLC0415 - Qt only when a window is really wanted

    if not demo:
        return app.run()
    from csod_desktop.store.profiles import SANDBOX_PROFILE_NAME, sandbox_profile  # noqa: PLC0415

    services = app.build_services()  # the window's stores, opened by its composition root
    previous = services.profiles.find(SANDBOX_PROFILE_NAME)
    server = start_demo_sandbox(demo_data_dir(), demo_port(previous), relaxed=not throttled)
    try:
        profile = sandbox_profile(server.root_url)
        services.profiles.save(profile)
        services.profiles.set_last_used(profile.name)
        print(f"Sandbox portal running at {server.root_url} (client id demo-client, secret demo-secret); "
              f"its data is kept in {server.data_dir}.", file=sys.stderr)
        return app.run(select_profile=profile.name, services=services)
    finally:
        server.stop()


def demo_data_dir() -> Path:
    """Where the demo's sandbox keeps its portal (SQLite): the same folder at every launch, so a job the
    window left unfinished is still on that portal when the app opens again."""
    from csod_desktop import paths  # noqa: PLC0415

    return paths.data_dir() / "demo-sandbox"


def demo_port(previous: Any) -> int:
    """The port the demo's sandbox used last time (its saved profile's), or 0 for any free one."""
    from csod_desktop import facts  # noqa: PLC0415

    root = getattr(previous, "root_url", None)
    if not root or not facts.is_loopback_url(root):
        return 0
    try:
        return urlsplit(root).port or 0
    except ValueError:
        return 0


def start_demo_sandbox(data_dir: Path, port: int, *, relaxed: bool) -> Any:
    """The demo's sandbox on ``port`` when it is free, else on any free port (its data folder is what
    makes it the same portal; the window finds its jobs by the profile, not by the port)."""
    from csod_desktop.sandbox.config import Config  # noqa: PLC0415
    from csod_desktop.sandbox.server import SandboxServer  # noqa: PLC0415

    for candidate in dict.fromkeys((port, 0)):
        server = SandboxServer(port=candidate, relaxed=relaxed, data_dir=data_dir)
        try:
            server.start()
        except OSError:
            server.stop()  # closes the data file it opened
            if candidate == 0:
                raise
            continue
        # The folder keeps the portal's settings too; this launch's --throttled says how it behaves now.
        mode = Config.defaults(relaxed)
        server.control("config", {"throttles": mode.throttles, "processing_seconds": mode.processing_seconds,
                                  "report_404_seconds": mode.report_404_seconds})
        return server
    raise AssertionError("unreachable")
