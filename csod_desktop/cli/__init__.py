"""The ``csod-desktop`` command: one parser, one module per subcommand, and the command line's composition root.

Each module in ``COMMANDS`` has ``register(subparsers)``, which adds its parser and sets ``func`` to a
callable taking the parsed arguments (and, when it sets ``uses_stores``, the stores :func:`main`
opened for it) and returning the exit code. Modules import their heavy dependencies (Qt, polars, the
sandbox server) inside ``func`` so that ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from csod_desktop import __version__
from csod_desktop.errors import CsodError

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores

#: Subcommand modules under csod_desktop.cli, in the order ``--help`` lists them.
COMMANDS: list[str] = [
    "sandbox_cmd",
    "demo_cmd",
    "load_cmd",
    "types_cmd",
    "schema_cmd",
    "template_cmd",
    "status_cmd",
    "report_cmd",
    "resume_cmd",
    "history_cmd",
    "selftest_cmd",
]

EXIT_OK = 0
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    from csod_desktop.cli.exits import EXIT_CODES_EPILOG

    parser = argparse.ArgumentParser(
        prog="csod-desktop",
        description=(
            "Bulk-load employees and organizational units into Cornerstone OnDemand. "
            "Without a subcommand, opens the desktop app."
        ),
        epilog=EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"csod-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the embedded sandbox, run a small load end to end and print one pass/fail line per check",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"csod_desktop.cli.{name}")
        module.register(subparsers)
    return parser


def open_stores(*, clock: Callable[[], datetime] | None = None) -> Stores:
    """Every store a command uses, opened once (the command line's composition root), then the 30-day purge.

    ``clock`` replaces the journal's (tests move it past the retention).
    """
    from csod_desktop.core.templates import TemplateStore  # noqa: PLC0415 (sqlite, polars: not for --help)
    from csod_desktop.services.stores import Stores  # noqa: PLC0415
    from csod_desktop.store.cache import FileCache  # noqa: PLC0415
    from csod_desktop.store.journal import Journal  # noqa: PLC0415
    from csod_desktop.store.profiles import ProfileStore  # noqa: PLC0415
    from csod_desktop.store.secrets import SecretStore  # noqa: PLC0415

    cache = FileCache()
    journal = Journal(cache=cache) if clock is None else Journal(cache=cache, clock=clock)
    stores = Stores(profiles=ProfileStore(), secrets=SecretStore(), journal=journal, templates=TemplateStore(),
                    cache=cache)
    stores.purge()
    return stores


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "self_test", False):
            from csod_desktop.cli import selftest_cmd

            args.func, args.uses_stores = selftest_cmd.run, True
        func = getattr(args, "func", None)
        if func is None:
            return gui_main()
        if not getattr(args, "uses_stores", False):
            return int(func(args) or 0)
        with open_stores() as stores:
            return int(func(args, stores) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 5
    except CsodError as err:
        print(f"error: {err}", file=sys.stderr)
        if err.hint:
            print(f"hint: {err.hint}", file=sys.stderr)
        return EXIT_USAGE


def gui_main() -> int:
    """Open the desktop app (what the installers' shortcuts run)."""
    try:
        from csod_desktop.cli import demo_cmd
    except ImportError:
        print("The desktop window is not part of this build yet; try 'csod-desktop sandbox'.", file=sys.stderr)
        return EXIT_USAGE
    return demo_cmd.open_app(demo=False)
