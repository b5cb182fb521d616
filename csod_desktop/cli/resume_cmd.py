"""``csod-desktop resume``: finish every unfinished job in the journal (after Ctrl-C, a crash or a reboot)."""

from __future__ import annotations

import argparse
from typing import Any

from csod_desktop.cli import common


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "resume",
        help="finish every unfinished job in the journal",
        description="Find the jobs a previous run left unfinished (interrupted, killed, or the computer "
        "restarted) for this portal, post any data the portal has not received (never twice), and follow "
        "each job to its end.",
        epilog=common.EXIT_CODES_EPILOG
        + "\nthe exit code is the worst over the resumed jobs (4, then 3, then 0); 0 when none was left.\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.add_connection_arguments(parser)
    parser.add_argument("--report-dir", metavar="DIR", help="save each resumed import's report there")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return common.run_command(args, "resume", _resume)


def _resume(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
    from csod_desktop.services import resume  # noqa: PLC0415

    document["jobs"] = []
    with common.open_context(args, reporter) as ctx:
        raise NotImplementedError(resume)
