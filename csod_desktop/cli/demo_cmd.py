"""``csod-desktop demo``: the window with a sandbox portal running in the background and its profile selected.

Also :func:`open_app`, what ``csod-desktop`` without a subcommand (and the installers' shortcuts) run.
Qt is imported only inside the functions: ``--help`` stays instant and the CLI layer stays Qt-free.
"""

from __future__ import annotations

import argparse
import os
import sys

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
            "the Connect step. Everything stays on this computer; the sandbox stops when the window closes."
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
    from csod_desktop.sandbox.server import SandboxServer  # noqa: PLC0415
    from csod_desktop.store.profiles import sandbox_profile  # noqa: PLC0415

    with SandboxServer(relaxed=not throttled) as server:
        profile = sandbox_profile(server.root_url)
        services = app.build_services()  # the window's stores, opened by its composition root
        services.profiles.save(profile)
        services.profiles.set_last_used(profile.name)
        print(f"Sandbox portal running at {server.root_url} (client id demo-client, secret demo-secret).",
              file=sys.stderr)
        return app.run(select_profile=profile.name, services=services)
