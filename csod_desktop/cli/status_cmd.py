"""``csod-desktop status JOB_ID [--wait]``: a job's imports and counts, optionally followed to the end."""

from __future__ import annotations

import argparse
from typing import Any

from csod_desktop.cli import common


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show a job's imports and counts (--wait: until it completes)",
        description="Show the status of a job and its imports. With --wait, poll (within the portal's "
        "five-calls-a-minute budget) until every import has completed; the exit code then says how it went.",
        epilog=common.EXIT_CODES_EPILOG
        + "\nwithout --wait the exit code is 0 whatever the job's state; with --wait it is 0, 3 or 4 as for 'load'.\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("job_id", metavar="JOB_ID")
    parser.add_argument("--wait", action="store_true", help="poll until every import has completed")
    common.add_connection_arguments(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    common.add_poll_argument(parser)
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return common.run_command(args, "status", _status)


def _status(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
    with common.open_context(args, reporter) as ctx:
        if args.wait:
            status = common.wait_for_job(ctx, args.job_id, reporter, poll=common.poll_policy(args))
        else:
            reporter.progress(f"Reading the status of job {args.job_id}", None)
            status = ctx.client.job_status(args.job_id)
    job = common.job_document(status)
    document["job"] = job
    if not args.json:
        common.print_job(job)
    if not args.wait:
        return common.EXIT_OK
    return common.exit_code_for_job(job)
