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
        + "\nthe exit code is the worst over the resumed jobs (4, then 2, then 3, then 6, then 0); 0 when none "
        "was left.\na job another running csod-desktop drives is skipped (and said so); one whose process is "
        "gone is taken over.\na finished job whose report could not be saved yet is resumed too: its report "
        "is fetched.\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    arguments.add_connection_arguments(parser)
    parser.add_argument("--report-dir", metavar="DIR", help="save each resumed import's report there")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    arguments.add_poll_argument(parser)
    arguments.add_report_wait_argument(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "resume", _resume, stores)


def _resume(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.cli.load_document import job_record_document, not_saved_entry  # noqa: PLC0415
    from csod_desktop.cli.load_steps import render_event  # noqa: PLC0415
    from csod_desktop.services.loads import pump  # noqa: PLC0415
    from csod_desktop.services.resume import jobs_to_resume, resume_all  # noqa: PLC0415

    document["jobs"] = []
    report_dir = Path(args.report_dir).expanduser() if args.report_dir else None
    poll = arguments.poll_policy(args)
    with connection.open_context(args, reporter, stores) as ctx:
        pending = jobs_to_resume(ctx.journal, profile=ctx.profile)  # the portal's jobs, as the window finds them
        if not pending:
            reporter.info(f"No unfinished job for {ctx.profile.root_url} in the journal.")
            if not args.json:
                print("Nothing to resume.")
            return exits.EXIT_OK
        reporter.info(f"Resuming {len(pending)} job(s): "
                      + ", ".join(f"{p.job.job_id or '(not created)'} ({p.text})" for p in pending))
        runner = ctx.runner(poll=poll, is_cancelled=interrupts.cancel_requested)
        seen: dict[str, Any] = {}
        reports: dict[str, Any] = {}
        skipped: dict[str, Any] = {}

        def on_event(event: Any) -> None:
            render_event(event, reporter, seen)
            name = type(event).__name__
            if name == "ReportReady":
                reports[event.import_id] = event.result
            elif name == "ReportSkipped" and not event.clean:
                skipped[event.import_id] = event

        outcomes = pump(resume_all(runner), on_event)
    code = exits.EXIT_OK
    for outcome in outcomes:
        job = job_record_document(outcome.job)
        not_saved = [not_saved_entry(imp.import_id, skipped[imp.import_id], report_dir)
                     for imp in outcome.job.imports if imp.import_id in skipped]
        if outcome.skipped:
            job_code, result = exits.EXIT_OK, "skipped"  # another live csod-desktop drives it: left to it
        elif outcome.error is not None:
            job_code = exits.exit_code_for(outcome.error)
            result = "failed"
            reporter.error(outcome.error)
        elif outcome.job.state != "finished":
            job_code, result = exits.EXIT_OK, outcome.job.state  # abandoned: nothing had been sent
        else:
            job_code = status_cmd.exit_code_for_job(job)
            result = "loaded" if job_code == exits.EXIT_OK else "loaded_with_failures"
            job_code = exits.with_reports(job_code, not_saved if report_dir is not None else [])
        saved = _save_reports(outcome.job, reports, report_dir)
        for entry in not_saved:
            reporter.warn(f"The report of import {entry['import_id']} is {entry['message']}. {entry['later']}")
        driver = outcome.driver
        document["jobs"].append(
            {
                "job_id": outcome.job.job_id,
                "outcome": result,
                "exit_code": job_code,
                "error": exits.error_document(outcome.error) if outcome.error else None,
                "job": job,
                "reports": saved,
                "reports_not_saved": not_saved,
                "driver": None if driver is None else {"pid": driver.pid, "host": driver.host, "text": driver.text},
            }
        )
        code = _worst(code, job_code)
    if not args.json:
        for entry in document["jobs"]:
            extra = f" ({entry['driver']['text']})" if entry["driver"] else ""
            print(f"{entry['job_id'] or '(not created)'}  {entry['outcome']}{extra}")
            if entry["job"]["imports"] and not entry["driver"]:
                status_cmd.print_job(entry["job"])
    return code


def _worst(a: int, b: int) -> int:
    """4 (portal failure) over 2 over 3 (records failed) over 6 (a report not saved) over 0."""
    rank = {exits.EXIT_OK: 0, exits.EXIT_REPORT_NOT_SAVED: 1, exits.EXIT_RECORDS_FAILED: 2, exits.EXIT_USAGE: 3,
            exits.EXIT_PORTAL: 4}
    return a if rank.get(a, 5) >= rank.get(b, 5) else b


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
