"""``csod-desktop status JOB_ID [--wait]``: a job's imports and counts, optionally followed to the end."""

from __future__ import annotations

import argparse
import sys
from typing import Any, IO, TYPE_CHECKING

from csod_desktop.cli import arguments, connection, exits, interrupts, terminal

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show a job's imports and counts (--wait: until it completes)",
        description="Show the status of a job and its imports. With --wait, poll (within the portal's "
        "five-calls-a-minute budget) until every import has completed; the exit code then says how it went.",
        epilog=exits.EXIT_CODES_EPILOG
        + "\nwithout --wait the exit code is 0 whatever the job's state; with --wait it is 0, 3 or 4 as for 'load'.\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("job_id", metavar="JOB_ID")
    parser.add_argument("--wait", action="store_true", help="poll until every import has completed")
    arguments.add_connection_arguments(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    arguments.add_poll_argument(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "status", _status, stores)


def _status(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    with connection.open_context(args, reporter, stores) as ctx:
        if args.wait:
            status = wait_for_job(ctx, args.job_id, reporter, poll=arguments.poll_policy(args))
        else:
            reporter.progress(f"Reading the status of job {args.job_id}", None)
            status = ctx.client.job_status(args.job_id)
    job = job_document(status)
    document["job"] = job
    if not args.json:
        print_job(job)
    if not args.wait:
        return exits.EXIT_OK
    return exit_code_for_job(job)


COUNT_FIELDS = ("total_records", "successful_records", "successful_records_with_warnings", "error_records")


def import_status_document(item: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "import_id": item.import_id,
        "status": item.status,
        "error_status": item.error_status or None,
    }
    for name in COUNT_FIELDS:
        doc[name] = getattr(item, name, None)
    return doc


def job_document(status: Any) -> dict[str, Any]:
    """A :class:`JobStatus` as the ``job`` member of the JSON documents."""
    raw = getattr(status, "raw", None) or {}
    return {
        "job_id": status.job_id,
        "status": raw.get("status") if isinstance(raw, dict) else None,
        "finished": bool(status.finished),
        "imports": [import_status_document(item) for item in status.imports],
    }


def exit_code_for_job(job: dict[str, Any]) -> int:
    """0 every record loaded; 3 the job finished but records failed; 4 it did not finish.

    An import the portal could not read at all (``error_status``) is 3 too: the job completed and those
    records failed; sending the same file again later would fail the same way, so it is not a 4.
    """
    if not job.get("finished"):
        return exits.EXIT_PORTAL
    for item in job["imports"]:
        if item.get("error_status") or (item.get("error_records") or 0) > 0:
            return exits.EXIT_RECORDS_FAILED
    return exits.EXIT_OK


def print_job(job: dict[str, Any], stream: IO[str] | None = None) -> None:
    out = stream or sys.stdout
    state = "finished" if job["finished"] else "running"
    out.write(f"job {job['job_id']}: {job.get('status') or state}\n")
    rows: list[tuple[str, ...]] = [("IMPORT", "STATUS", "RECORDS", "LOADED", "WITH WARNINGS", "FAILED")]
    for item in job["imports"]:
        rows.append(
            (
                item["import_id"],
                str(item["status"] or "") + (f" ({item['error_status']})" if item.get("error_status") else ""),
                *(("" if item.get(name) is None else str(item[name])) for name in COUNT_FIELDS),
            )
        )
    terminal.print_table(rows, out)


def wait_for_job(ctx: Any, job_id: str, reporter: terminal.Reporter, *, poll: Any = None) -> Any:
    """Poll a job until it finishes, through the services' poller (journal snapshots, the governor)."""
    from csod_desktop.services import loads  # noqa: PLC0415

    reporter.progress(f"Waiting for job {job_id}", None)
    runner = loads.LoadRunner(
        ctx.client, ctx.journal, ctx.reports, profile=ctx.profile, poll=poll, fetch_reports=False,
        is_cancelled=interrupts.cancel_requested,
    )
    known = ctx.journal.find_job(job_id)
    seen: dict[str, Any] = {}

    def on_event(event: Any) -> None:
        name = type(event).__name__
        if name == "Waiting":
            reporter.progress(event.text, None)
        elif name == "StatusChecked" and event.text != seen.get("text"):
            seen["text"] = event.text
            reporter.info(event.text)
        elif name == "StatusProblem":
            reporter.warn(event.text)

    return loads.pump(runner.poll(job_id, job_ref=known.ref if known else None), on_event)
