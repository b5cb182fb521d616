"""``csod-desktop resume``: finish every unfinished job in the journal (after Ctrl-C, a crash or a reboot)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TYPE_CHECKING

from csod_desktop import paths
from csod_desktop.cli import arguments, connection, exits, interrupts, report_cmd, status_cmd, terminal

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "resume",
        help="finish every unfinished job in the journal",
        description="Find the jobs a previous run left unfinished (interrupted, killed, or the computer "
        "restarted) for this portal, post any data the portal has not received (never twice), and follow "
        "each job to its end.",
        epilog=exits.EXIT_CODES_EPILOG
        + "\nthe exit code is the worst over the resumed jobs (4, then 2, then 3, then 0); 0 when none was left.\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    arguments.add_connection_arguments(parser)
    parser.add_argument("--report-dir", metavar="DIR", help="save each resumed import's report there")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    arguments.add_poll_argument(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "resume", _resume, stores)


def _resume(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.cli.load_document import job_record_document  # noqa: PLC0415
    from csod_desktop.cli.load_steps import render_event  # noqa: PLC0415
    from csod_desktop.services.loads import pump  # noqa: PLC0415
    from csod_desktop.services.resume import resume_all, unfinished_for  # noqa: PLC0415

    document["jobs"] = []
    report_dir = Path(args.report_dir).expanduser() if args.report_dir else None
    with connection.open_context(args, reporter, stores) as ctx:
        pending = unfinished_for(ctx.journal, ctx.profile)  # the portal's jobs, as the window finds them
        if not pending:
            reporter.info(f"No unfinished job for {ctx.profile.root_url} in the journal.")
            if not args.json:
                print("Nothing to resume.")
            return exits.EXIT_OK
        reporter.info(f"Resuming {len(pending)} unfinished job(s): {', '.join(j.job_id or '(not created)' for j in pending)}")
        runner = ctx.runner(poll=arguments.poll_policy(args), is_cancelled=interrupts.cancel_requested)
        seen: dict[str, Any] = {}
        reports: dict[str, Any] = {}

        def on_event(event: Any) -> None:
            render_event(event, reporter, seen)
            if type(event).__name__ == "ReportReady":
                reports[event.import_id] = event.result

        outcomes = pump(resume_all(runner), on_event)
    code = exits.EXIT_OK
    for outcome in outcomes:
        job = job_record_document(outcome.job)
        if outcome.error is not None:
            job_code = exits.exit_code_for(outcome.error)
            result = "failed"
            reporter.error(outcome.error)
        elif outcome.job.state != "finished":
            job_code, result = exits.EXIT_OK, outcome.job.state  # abandoned: nothing had been sent
        else:
            job_code = status_cmd.exit_code_for_job(job)
            result = "loaded" if job_code == exits.EXIT_OK else "loaded_with_failures"
        saved = _save_reports(outcome.job, reports, report_dir)
        document["jobs"].append(
            {
                "job_id": outcome.job.job_id,
                "outcome": result,
                "exit_code": job_code,
                "error": exits.error_document(outcome.error) if outcome.error else None,
                "job": job,
                "reports": saved,
            }
        )
        code = _worst(code, job_code)
    if not args.json:
        for entry in document["jobs"]:
            print(f"{entry['job_id'] or '(not created)'}  {entry['outcome']}")
            if entry["job"]["imports"]:
                status_cmd.print_job(entry["job"])
    return code


def _worst(a: int, b: int) -> int:
    """4 (portal failure) over 2 over 3 (records failed) over 0."""
    rank = {exits.EXIT_OK: 0, exits.EXIT_RECORDS_FAILED: 1, exits.EXIT_USAGE: 2, exits.EXIT_PORTAL: 3}
    return a if rank.get(a, 4) >= rank.get(b, 4) else b


def _save_reports(job: Any, reports: dict[str, Any], report_dir: Path | None) -> list[str]:
    saved = []
    if report_dir is None:
        return saved
    for imp in job.imports:
        result = reports.get(imp.import_id or "")
        if result is None:
            continue
        # Job and import ids are the portal's: made safe, kept inside --report-dir (issue 19, item 6).
        out = paths.safe_path(report_dir, f"{job.job_id}-{imp.position + 1:02d}-{imp.load_type}-{imp.import_id}", ".csv")
        saved.append(report_cmd.write_report(result, out)["out"])
    return saved
