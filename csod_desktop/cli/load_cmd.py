"""``csod-desktop load``: read, map, validate and send one job of up to 20 imports, for scheduled syncs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import facts
from csod_desktop.cli import arguments, connection, exits, interrupts, status_cmd, terminal
from csod_desktop.cli.arguments import coerce_setting
from csod_desktop.cli.load_request import MAX_IMPORTS, ImportRequest, LoadRequest, parse_request
from csod_desktop.errors import Cancelled, ConfigError, CsodError

if TYPE_CHECKING:
    from csod_desktop.cli.load_steps import Prepared
    from csod_desktop.services.stores import Stores

__all__ = ["MAX_IMPORTS", "ImportRequest", "LoadRequest", "coerce_setting", "parse_request", "reconcile_requested",
           "register", "run"]

DESCRIPTION = """\
Load one or more files into the portal as one job, without the window: the same profiles, templates,
validation, journal and report ledger as the app. Each --import is read, mapped (--mapping template,
else the template remembered for the file's header layout, else --auto-map), validated against the
portal's schema and sent; --wait follows the job to the end and --report-dir saves each report once.
"""

EPILOG = (
    exits.EXIT_CODES_EPILOG
    + """
without --wait, 0 means the portal accepted every payload for processing ('csod-desktop status JOB_ID'
follows it). --json prints one document on stdout: its shape is in the README, 'Command line'.

examples:
  CSOD_CLIENT_SECRET=... csod-desktop load --profile acme --import chr.employee=hris.csv --wait
  csod-desktop load --portal acme --env stage --client-id abc --client-secret-file ~/.csod-secret \\
      --import ou.division=divisions.csv --import chr.employee=people.xlsx \\
      --mapping chr.employee=people-template.json --setting datetime_culture=en-GB \\
      --on-invalid skip --wait --report-dir reports/ --json
"""
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "load",
        help="load files into the portal as one job (for scheduled syncs)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    arguments.add_connection_arguments(parser)
    what = parser.add_argument_group("what to load")
    what.add_argument(
        "--import",
        dest="imports",
        action="append",
        default=[],
        metavar="TYPE=PATH",
        help="a file for one import, TYPE as the portal names it (chr.employee, ou.division, ...) or a "
        "custom OU type_id; repeat for up to 20 imports in one job (CSV, TSV, XLSX or JSON)",
    )
    what.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="TYPE=TEMPLATE.json",
        help="the mapping template for that type's file (saved from the app or 'csod-desktop template')",
    )
    what.add_argument(
        "--auto-map",
        action="store_true",
        help="accept the automatic mapping when no template is given or remembered",
    )
    what.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="[TYPE:]KEY=VALUE",
        help="a job setting for every import (LoadPrimaryKey=0, datetime_culture=en-GB, ...), or for one "
        "type with TYPE:KEY=VALUE; true/false and whole numbers are sent as such",
    )
    what.add_argument("--label", metavar="TEXT", help="job label shown in Cornerstone's Bulk API History")
    what.add_argument("--callback", metavar="HTTPS-URL", help="URL the portal POSTs to when the job completes")
    policy = parser.add_argument_group("policy")
    policy.add_argument(
        "--on-invalid",
        choices=("abort", "skip"),
        default="abort",
        help="abort (default): send nothing when validation finds errors; skip: send only the valid rows",
    )
    policy.add_argument(
        "--dry-run", action="store_true", help="validate and write the payload files; send nothing"
    )
    policy.add_argument("--wait", action="store_true", help="poll until every import has completed")
    policy.add_argument(
        "--report-dir",
        type=Path,
        metavar="DIR",
        help="save each import's report there (downloaded once, within the ledger's cap) with a summary; "
        "implies --wait",
    )
    policy.add_argument(
        "--payload-dir",
        type=Path,
        metavar="DIR",
        help="where to write the payload files (default: the app's cache folder)",
    )
    policy.add_argument(
        "--confirm-reconcile",
        metavar="PORTAL-NAME",
        help="required with ReconcileUsers=true (it deactivates every employee missing from the file): "
        "the portal's name, to show you know which portal",
    )
    policy.add_argument(
        "--max-deactivations",
        type=int,
        metavar="N",
        help="with ReconcileUsers=true: the most employees the load may deactivate; required when the preview "
        "(the portal's active employees missing from the file) is more than "
        f"{facts.RECONCILE_MAX_SHARE * 100:.0f}%% of them",
    )
    policy.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr (errors still)")
    arguments.add_poll_argument(parser)
    arguments.add_report_wait_argument(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def reconcile_requested(request: LoadRequest) -> bool:
    """True when any import sets ReconcileUsers to true (read as ``facts.reconcile_users`` reads it)."""
    return any(facts.reconcile_users(item.settings) for item in request.imports)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "load", _load, stores)


# ------------------------------------------------------------------------------------------ the run


def _load(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.cli.load_document import import_document, totals  # noqa: PLC0415 (not for --help)

    request = parse_request(args)
    document.update(
        outcome="failed",
        dry_run=request.dry_run,
        on_invalid=request.on_invalid,
        portal=None,
        job=None,
        imports=[import_document(n, item) for n, item in enumerate(request.imports, 1)],
        totals=None,
        reports=None,
        portal_data=None,
    )
    try:
        return _run(args, stores, request, reporter, document)
    except (KeyboardInterrupt, Cancelled):
        document["outcome"] = "interrupted"
        if document["job"] is not None:
            reporter.info(f"Job {document['job']['job_id']} stays in the journal: 'csod-desktop resume' finishes it.")
        raise
    except CsodError:
        if document["job"] is not None and not document["job"].get("finished"):
            reporter.info(
                f"Job {document['job']['job_id']} stays in the journal: 'csod-desktop resume' finishes it "
                "once the portal answers again."
            )
        raise
    finally:
        document["totals"] = totals(document["imports"])


def _run(
    args: argparse.Namespace, stores: Stores, request: LoadRequest, reporter: terminal.Reporter,
    document: dict[str, Any],
) -> int:
    from csod_desktop.cli import load_document, load_portal, load_steps  # noqa: PLC0415 (not for --help)

    poll = arguments.poll_policy(args)  # a bad --poll-interval is a usage error before any work
    with connection.open_context(args, reporter, stores) as ctx:
        document["portal"] = connection.portal_document(ctx)
        if reconcile_requested(request):
            load_steps.check_reconcile(ctx, request.confirm_reconcile)
        snapshot = load_portal.read_snapshot(ctx, reporter, document)
        prepared = [
            load_steps.prepare(ctx, n, item, request, reporter, document["imports"][n - 1], snapshot=snapshot)
            for n, item in enumerate(request.imports, 1)
        ]
        load_portal.check_within_job(prepared, snapshot, request, reporter)
        for item in prepared:
            load_steps.describe(item, reporter)
        file_level = [p for p in prepared if p.result.file_errors]
        with_errors = [p for p in prepared if p.result.n_errors or p.result.file_errors]
        if with_errors and (request.on_invalid == "abort" or file_level):
            document["outcome"] = "invalid"
            load_document.write_problem_files(prepared, request.report_dir, reporter)
            if file_level:
                # The file's own first sentence and fix (a wrong Date format, a missing column): --on-invalid
                # skip cannot help with those.
                errors = file_level[0].result.file_errors
                return _invalid(
                    document, reporter,
                    f"{file_level[0].request.path.name} cannot be sent as it is: {errors[0].message} Nothing was sent.",
                    " ".join(dict.fromkeys(e.hint for e in errors if e.hint)),
                )
            bad = sum(p.result.n_errors for p in with_errors)
            return _invalid(
                document, reporter,
                f"Validation found errors in {bad} record(s); nothing was sent (--on-invalid {request.on_invalid}).",
                "Fix the file, or use --on-invalid skip to send only the valid records.",
            )
        refused = load_steps.reconcile_refusals(prepared, request, reporter)
        if refused:
            document["outcome"] = "invalid"
            load_document.write_problem_files(prepared, request.report_dir, reporter)
            return _invalid(document, reporter, str(refused[0]), refused[0].hint)
        previews = load_portal.review(prepared, request, reporter)
        too_many = load_portal.reconcile_refusal(prepared, previews, request)
        if too_many is not None:
            document["outcome"] = "invalid"
            return _invalid(document, reporter, str(too_many), too_many.hint)
        load_steps.write_payloads(stores, prepared, request, reporter)
        to_send = [p for p in prepared if p.sendable]
        if not to_send:  # before the dry run's answer: --dry-run refuses what the real load refuses
            document["outcome"] = "invalid"
            return _invalid(document, reporter, _nothing_to_send(prepared), "Fix the file.")
        if request.dry_run:
            document["outcome"] = "dry_run"
            reporter.info(f"Dry run: {len(to_send)} payload file(s) written, nothing sent.")
            if not args.json:
                for item in to_send:
                    for part in item.payloads:
                        print(part.path)
            return exits.EXIT_OK
        reports, not_saved = load_steps.send(
            ctx, to_send, request, reporter, document, poll=poll, is_cancelled=interrupts.cancel_requested
        )
        if not request.wait:
            document["outcome"] = "submitted"
            job_id = document["job"]["job_id"]
            reporter.info(f"Job {job_id} submitted; 'csod-desktop status {job_id}' follows it.")
            if not args.json:
                print(job_id)
            return exits.EXIT_OK
        code = status_cmd.exit_code_for_job(document["job"])
        document["outcome"] = "loaded" if code == exits.EXIT_OK else "loaded_with_failures"
        missing = load_document.record_reports(prepared, reports, request.report_dir, reporter, document,
                                               not_saved=not_saved)
        if not args.json:
            load_document.print_summary(document)
        return exits.with_reports(code, missing if request.report_dir is not None else [])


def _nothing_to_send(prepared: list[Prepared]) -> str:
    empty = [p.request.path.name for p in prepared if not p.doc.get("records")]
    if len(empty) == len(prepared):
        return f"{', '.join(empty)} {'holds' if len(empty) == 1 else 'hold'} no record, only a header; nothing was sent."
    return "No valid record is left to send; nothing was sent."


def _invalid(document: dict[str, Any], reporter: terminal.Reporter, message: str, hint: str) -> int:
    """Validation stopped the run before anything was sent: exit 2, with an ``InvalidData`` error."""
    document["error"] = {"type": "InvalidData", "message": message, "hint": hint}
    reporter.error(ConfigError(message, hint=hint))
    return exits.EXIT_USAGE
