"""``csod-desktop load``: read, map, validate and send one job of up to 20 imports, for scheduled syncs."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csod_desktop import facts
from csod_desktop.cli import common, status_cmd
from csod_desktop.errors import ConfigError

MAX_IMPORTS = facts.MAX_IMPORTS_PER_JOB

DESCRIPTION = """\
Load one or more files into the portal as one job, without the window: the same profiles, templates,
validation, journal and report ledger as the app. Each --import is read, mapped (--mapping template,
else the template remembered for the file's header layout, else --auto-map), validated against the
portal's schema and sent; --wait follows the job to the end and --report-dir saves each report once.
"""

EPILOG = (
    common.EXIT_CODES_EPILOG
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


@dataclass
class ImportRequest:
    """One ``--import``: the type as the user wrote it, the file, its template and settings."""

    type: str
    path: Path
    mapping: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoadRequest:
    """Everything ``load`` was asked to do, checked for consistency before any file is read."""

    imports: list[ImportRequest]
    label: str | None
    callback: str | None
    on_invalid: str
    dry_run: bool
    wait: bool
    report_dir: Path | None
    payload_dir: Path | None
    auto_map: bool
    confirm_reconcile: str | None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "load",
        help="load files into the portal as one job (for scheduled syncs)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.add_connection_arguments(parser)
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
    policy.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr (errors still)")
    common.add_poll_argument(parser)
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def coerce_setting(value: str) -> Any:
    """Job settings are JSON: ``true``/``false`` and whole numbers go as such (quick start, Step 4)."""
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if re.fullmatch(r"-?(0|[1-9][0-9]*)", value):
        return int(value)
    return value


def parse_request(args: argparse.Namespace) -> LoadRequest:
    """Check ``--import``, ``--mapping`` and ``--setting`` together; ConfigError (exit 2) on any misuse."""
    if not args.imports:
        raise ConfigError("Nothing to load: give at least one --import TYPE=PATH.")
    if len(args.imports) > MAX_IMPORTS:
        raise ConfigError(
            f"{len(args.imports)} imports were given; a job holds at most {MAX_IMPORTS}.",
            hint="Split the files over two runs.",
        )
    imports: list[ImportRequest] = []
    for text in args.imports:
        load_type, path = common.parse_key_value(text, "--import")
        imports.append(ImportRequest(type=load_type, path=Path(path).expanduser()))
    types = {item.type.lower() for item in imports}

    for text in args.mapping:
        load_type, path = common.parse_key_value(text, "--mapping")
        if load_type.lower() not in types:
            raise ConfigError(f"--mapping names {load_type!r}, which no --import loads.")
        for item in imports:
            if item.type.lower() == load_type.lower():
                if item.mapping is not None:
                    raise ConfigError(f"Two --mapping options for {load_type!r}.")
                item.mapping = Path(path).expanduser()

    for text in args.setting:
        key, value = common.parse_key_value(text, "--setting")
        scope, colon, name = key.rpartition(":")
        if colon and not name:
            raise ConfigError(f"--setting expects [TYPE:]KEY=VALUE, got {text!r}.")
        if colon and scope.lower() not in types:
            raise ConfigError(f"--setting names {scope!r}, which no --import loads.")
        for item in imports:
            if not colon or item.type.lower() == scope.lower():
                item.settings[name if colon else key] = coerce_setting(value)

    callback = args.callback
    problem = facts.callback_problem(callback) if callback is not None else None
    if problem:  # the portal refuses it at job creation: say so before sending anything
        raise ConfigError(f"--callback: {problem}")
    if args.report_dir is not None and args.dry_run:
        raise ConfigError("--report-dir needs a job that runs; it cannot go with --dry-run.")
    return LoadRequest(
        imports=imports,
        label=args.label,
        callback=callback,
        on_invalid=args.on_invalid,
        dry_run=args.dry_run,
        wait=bool(args.wait or args.report_dir is not None),
        report_dir=args.report_dir,
        payload_dir=args.payload_dir,
        auto_map=args.auto_map,
        confirm_reconcile=args.confirm_reconcile,
    )


def reconcile_requested(request: LoadRequest) -> bool:
    """True when any import sets ReconcileUsers to true (setting names are case-insensitive)."""
    return any(facts.reconcile_users(item.settings) for item in request.imports)


def run(args: argparse.Namespace) -> int:
    return common.run_command(args, "load", _load)




# ------------------------------------------------------------------------------------------ the run

@dataclass
class Prepared:
    """One import after reading, mapping and validation (and, once written, its payload)."""

    index: int
    request: ImportRequest
    doc: dict[str, Any]
    load_type: str = ""
    type_id: Any = None  # the portal's custom OU type_id (an int in the specification)
    frame: Any = None  # polars.DataFrame, property-named columns
    result: Any = None  # core.validation.ValidationResult
    pipeline: Any = None  # core.pipeline.PreparedLoad
    payloads: list[Any] = field(default_factory=list)  # core.payload.PayloadInfo, one per import

    @property
    def sendable(self) -> bool:
        return bool(self.payloads) and self.doc["sent_records"] > 0


def import_document(index: int, item: ImportRequest) -> dict[str, Any]:
    return {
        "index": index,
        "requested_as": item.type,
        "type": None,
        "type_id": None,
        "source": str(item.path),
        "label": None,
        "settings": dict(item.settings),
        "import_id": None,
        "mapping": None,
        "records": None,
        "valid_records": None,
        "sent_records": 0,
        "skipped_invalid": 0,
        "payload": None,
        "status": None,
        "error_status": None,
        "counts": None,
        "report": None,
        "problems": {"error_records": 0, "warnings": 0, "items": [], "truncated": False},
    }


def _load(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
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
    )
    try:
        return _run(args, request, reporter, document)
    except (KeyboardInterrupt, common.Cancelled):
        document["outcome"] = "interrupted"
        if document["job"] is not None:
            reporter.info(f"Job {document['job']['job_id']} stays in the journal: 'csod-desktop resume' finishes it.")
        raise
    except common.CsodError:
        if document["job"] is not None and not document["job"].get("finished"):
            reporter.info(
                f"Job {document['job']['job_id']} stays in the journal: 'csod-desktop resume' finishes it "
                "once the portal answers again."
            )
        raise
    finally:
        document["totals"] = totals(document["imports"])


def totals(imports: list[dict[str, Any]]) -> dict[str, int]:
    keys = ("records", "valid_records", "sent_records", "skipped_invalid")
    out = {key: sum(item.get(key) or 0 for item in imports) for key in keys}
    for name in status_cmd.COUNT_FIELDS[1:]:
        out[name] = sum((item.get("counts") or {}).get(name) or 0 for item in imports)
    return out


def _run(args: argparse.Namespace, request: LoadRequest, reporter: common.Reporter, document: dict[str, Any]) -> int:
    from csod_desktop.cli import load_steps  # noqa: PLC0415 (polars, httpx: not for --help)

    poll = common.poll_policy(args)  # a bad --poll-interval is a usage error before any work
    with common.open_context(args, reporter) as ctx:
        document["portal"] = common.portal_document(ctx)
        if reconcile_requested(request):
            load_steps.check_reconcile(ctx, request.confirm_reconcile)
        prepared = [
            load_steps.prepare(ctx, n, item, request, reporter, document["imports"][n - 1])
            for n, item in enumerate(request.imports, 1)
        ]
        file_level = [p for p in prepared if p.result.file_errors]
        with_errors = [p for p in prepared if p.result.n_errors or p.result.file_errors]
        if with_errors and (request.on_invalid == "abort" or file_level):
            document["outcome"] = "invalid"
            load_steps.write_problem_files(prepared, request.report_dir, reporter)
            if file_level:
                message = f"{file_level[0].request.path.name} cannot be sent as it is (see the file-level errors)"
            else:
                bad = sum(p.result.n_errors for p in with_errors)
                message = f"Validation found errors in {bad} record(s)"
            return _invalid(
                document, reporter, f"{message}; nothing was sent (--on-invalid {request.on_invalid}).",
                "Fix the file, or use --on-invalid skip to send only the valid records.",
            )
        load_steps.write_payloads(ctx, prepared, request, reporter)
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
            return common.EXIT_OK
        reports = load_steps.send(
            ctx, to_send, request, reporter, document, poll=poll, is_cancelled=common.cancel_requested
        )
        if not request.wait:
            document["outcome"] = "submitted"
            job_id = document["job"]["job_id"]
            reporter.info(f"Job {job_id} submitted; 'csod-desktop status {job_id}' follows it.")
            if not args.json:
                print(job_id)
            return common.EXIT_OK
        code = status_cmd.exit_code_for_job(document["job"])
        document["outcome"] = "loaded" if code == common.EXIT_OK else "loaded_with_failures"
        load_steps.record_reports(prepared, reports, request.report_dir, reporter, document)
        if not args.json:
            load_steps.print_summary(document)
        return code


def _nothing_to_send(prepared: list[Prepared]) -> str:
    empty = [p.request.path.name for p in prepared if not p.doc.get("records")]
    if len(empty) == len(prepared):
        return f"{', '.join(empty)} {'holds' if len(empty) == 1 else 'hold'} no record, only a header; nothing was sent."
    return "No valid record is left to send; nothing was sent."


def _invalid(document: dict[str, Any], reporter: common.Reporter, message: str, hint: str) -> int:
    """Validation stopped the run before anything was sent: exit 2, with an ``InvalidData`` error."""
    document["error"] = {"type": "InvalidData", "message": message, "hint": hint}
    reporter.error(common.ConfigError(message, hint=hint))
    return common.EXIT_USAGE
