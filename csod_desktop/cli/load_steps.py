"""The steps of ``csod-desktop load``, each a thin call into the core and services the window uses."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import paths
from csod_desktop.cli import common, report_cmd, schema_cmd, status_cmd
from csod_desktop.errors import ConfigError, TemplateError

if TYPE_CHECKING:
    from csod_desktop.cli.load_cmd import ImportRequest, LoadRequest, Prepared

PROBLEMS_IN_JSON = 200


# -------------------------------------------------------------------------------------------- safety


def portal_name(ctx: Any) -> str:
    """The word an administrator types to confirm ReconcileUsers: the window's dialog asks for the same."""
    from csod_desktop.store.profiles import confirmation_word

    return confirmation_word(getattr(ctx, "profile", None))


def check_reconcile(ctx: Any, confirmation: str | None) -> None:
    """ReconcileUsers=true deactivates every employee missing from the payload (quick start, Step 4):
    the same confirmation as the window, typed as --confirm-reconcile PORTAL-NAME."""
    expected = portal_name(ctx)
    if confirmation is None or confirmation.strip() != expected:
        raise ConfigError(
            f"ReconcileUsers=true deactivates every employee of the portal {expected} who is missing from "
            "the file; nothing was sent.",
            hint=f"Use it only with a file of all active employees. To go ahead, add --confirm-reconcile {expected}.",
        )


# ------------------------------------------------------------------------------------------- prepare


def prepare(
    ctx: Any, index: int, item: ImportRequest, request: LoadRequest, reporter: common.Reporter, doc: dict[str, Any]
) -> Prepared:
    """Read, map and validate one file (core.pipeline, as the window does); fill its JSON entry."""
    from csod_desktop.cli.load_cmd import Prepared
    from csod_desktop.core.pipeline import prepare_load

    prepared = Prepared(index=index, request=item, doc=doc)
    load_type, type_id = schema_cmd.resolve_load_type(ctx, item.type, reporter)
    prepared.load_type, prepared.type_id = load_type, type_id
    doc.update(type=load_type, type_id=None if type_id is None else str(type_id), label=item.path.name)
    reporter.progress(f"Reading the schema of {item.type}", None)
    schema = schema_cmd.fetch_schema(ctx, load_type, type_id, item.settings)

    store = schema_cmd.template_store(ctx)
    given = None
    if item.mapping is not None:
        given = store.load(item.mapping)
        if given.load_type and given.load_type != load_type:
            raise TemplateError(
                f"The template {item.mapping} is for {given.load_type}, not {load_type}.",
                hint="Give the template saved for this load type.",
            )
    name = item.path.name
    result = prepare_load(
        item.path,
        schema,
        item.settings,
        mapping=given,
        templates=store,
        progress=lambda f: reporter.progress(f"Preparing {name}", f),
        is_cancelled=common.cancel_requested,
    )
    for warning in getattr(result.table, "warnings", []) or []:
        reporter.warn(f"{name}: {warning}")
    mapping = result.mapping
    origin = mapping_origin(mapping, given is not None)
    doc["mapping"] = {
        "origin": origin,
        "template": str(item.mapping) if item.mapping else None,
        "columns": {src: tgt for src, tgt in mapping.columns.items() if tgt},
        "unmapped_sources": list(mapping.unmapped_sources()),
    }
    if origin == "auto" and not request.auto_map:
        refuse_mapping(item, mapping)
    for column in doc["mapping"]["unmapped_sources"]:
        reporter.warn(f"{name}: column {column!r} is not mapped and will not be sent.")
    validation = result.validation
    prepared.frame, prepared.result, prepared.pipeline = result.frame, validation, result
    n_valid = int(validation.valid.sum()) if validation.n_records else 0
    problems = validation.problem_list(limit=PROBLEMS_IN_JSON)
    doc.update(records=validation.n_records, valid_records=n_valid)
    doc["problems"] = {
        "error_records": int(validation.n_errors),
        "warnings": int(validation.n_warnings),
        "items": [problem_document(p) for p in problems],
        "truncated": validation.problems.height > len(problems),
    }
    reporter.info(
        f"{name}: {validation.n_records} records, {validation.n_errors} with errors, "
        f"{validation.n_warnings} with warnings (mapping: {origin})."
    )
    report_problems(validation, reporter)
    return prepared


def report_problems(validation: Any, reporter: common.Reporter, shown: int = 10) -> None:
    """The first errors one by one, then the warnings counted by rule and column (stderr)."""
    errors = validation.problems.filter(validation.problems["severity"] == "error")
    for problem in errors.head(shown).iter_rows(named=True):
        where = f"record {problem['row']}" if problem["row"] else "file"
        reporter.info(f"  error: {where}, {problem['column']}: {problem['message']}")
    if errors.height > shown:
        reporter.info(f"  ... {errors.height - shown} more errors (all of them in --json and --report-dir)")
    summary = validation.summary()
    warnings = summary.filter(summary["severity"] == "warning")
    for row in warnings.head(shown).iter_rows(named=True):
        reporter.info(f"  warning: {row['rule']} on {row['column']}: {row['count']} time(s)")


def mapping_origin(mapping: Any, from_template_file: bool) -> str:
    """template (--mapping), remembered (saved for this header layout), exact (every column is a
    property name) or auto (the automatic mapping guessed at least one column)."""
    if from_template_file:
        return "template"
    methods = {m.method for m in mapping.matches}
    if methods and methods <= {"template"}:
        return "remembered"
    if mapping.matches and all(m.target is not None and m.method == "name" for m in mapping.matches):
        return "exact"
    return "auto"


def refuse_mapping(item: ImportRequest, mapping: Any) -> None:
    unsure = [f"{m.source!r} -> {m.target}" for m in mapping.matches if m.target and m.method != "name"]
    unmapped = [repr(m.source) for m in mapping.matches if m.target is None]
    parts = []
    if unmapped:
        parts.append("not mapped: " + ", ".join(unmapped))
    if unsure:
        parts.append("guessed: " + ", ".join(unsure))
    raise ConfigError(
        f"{item.path.name}: no template for this file's columns, and not every column is a property name "
        f"({'; '.join(parts)}). Nothing was sent.",
        hint="Save a template in the app and give it with --mapping TYPE=TEMPLATE.json, or add --auto-map "
        "to accept the automatic mapping.",
    )


def problem_document(problem: Any) -> dict[str, Any]:
    return {
        "row": int(problem.row),
        "column": problem.column,
        "rule": problem.rule,
        "severity": str(problem.severity),
        "message": problem.message,
        "hint": problem.hint,
        "value": problem.value,
    }


def write_problem_files(prepared: list[Prepared], report_dir: Path | None, reporter: common.Reporter) -> None:
    """With --report-dir, every validation problem of each file as a CSV beside the reports."""
    from csod_desktop.core.export import write_csv

    if report_dir is None:
        return
    paths.private_dir(report_dir)
    for item in prepared:
        if item.result is None or not item.result.problems.height:
            continue
        out = paths.safe_path(report_dir, f"{item.index:02d}-{_slug(item)}-problems", ".csv")
        problems = item.result.problems
        # Values come from the administrator's file: saved as the window saves tables (formulas neutralized).
        write_csv(out, problems.columns, problems.iter_rows())
        reporter.info(f"Validation problems of {item.request.path.name}: {out}")


def _slug(item: Prepared) -> str:
    return item.load_type + (f".{item.type_id}" if item.type_id is not None else "")


# ------------------------------------------------------------------------------------------ payloads


def payload_dir(request: LoadRequest) -> Path:
    if request.payload_dir is not None:
        return request.payload_dir
    return paths.cache_dir() / "payloads" / time.strftime("%Y%m%d-%H%M%S")


def write_payloads(ctx: Any, prepared: list[Prepared], request: LoadRequest, reporter: common.Reporter) -> None:
    """Write each import's payload (RFC 4180 CSV of property names); with skip, only the valid rows.

    More than 1,000,000 records are split into parts of one import each, never truncated
    (bulk-api-facts.md, "Capacity and data limits").
    """
    from csod_desktop.core.payload import write_payloads as write

    folder = paths.private_dir(payload_dir(request))
    for item in prepared:
        skip = request.on_invalid == "skip" and item.result.n_errors > 0
        valid = item.doc["valid_records"]
        left_out = item.result.n_records - valid if skip else 0
        item.doc["skipped_invalid"] = left_out
        if skip and valid == 0:
            reporter.warn(f"{item.request.path.name}: no valid record; this import is left out of the job.")
            continue
        out = paths.safe_path(folder, f"{item.index:02d}-{_slug(item)}", ".csv")
        reporter.progress(f"Writing the payload of {item.request.path.name}", None)
        parts = write(item.frame, out, keep=item.result.valid if skip else None)
        item.payloads = parts
        item.doc["sent_records"] = sum(int(p.records) for p in parts)
        first = parts[0]
        item.doc["payload"] = {
            "path": str(first.path),
            "size": sum(int(p.size) for p in parts),
            "records": item.doc["sent_records"],
            "gzipped": bool(first.gzipped),
            "sha256": first.sha256,
        }
        if len(parts) > 1:
            item.doc["payload"]["parts"] = [str(p.path) for p in parts]
        if left_out:
            reporter.info(
                f"{item.request.path.name}: {left_out} invalid record(s) left out (--on-invalid skip); "
                f"{item.doc['sent_records']} will be sent."
            )


# ---------------------------------------------------------------------------------------------- send


def send(
    ctx: Any,
    to_send: list[Prepared],
    request: LoadRequest,
    reporter: common.Reporter,
    document: dict[str, Any],
    *,
    poll: Any = None,
    is_cancelled: Any = None,
) -> dict[str, Any]:
    """Create the job, post each payload and (with --wait) follow it, through the window's LoadRunner.

    Returns the reports the runner fetched (imports with errors or warnings), by import id.
    """
    from csod_desktop.services.loads import PreparedImport, ordered, pump

    specs: list[PreparedImport] = []
    owner: dict[int, Prepared] = {}
    for item in to_send:
        for part in item.payloads:
            spec = PreparedImport.from_payload(
                part, item.load_type, label=item.request.path.name, settings=item.request.settings,
                source=item.request.path, mapping=item.pipeline.mapping if item.pipeline else None,
                type_id=item.type_id,
            )
            specs.append(spec)
            owner[id(spec)] = item
    # OU imports first, then employees (as the window does): an employee's new division in the same job
    # exists before the employee points to it. The order is fixed here so each import maps back to its file.
    specs = ordered(specs)
    runner = ctx.runner(poll=poll, is_cancelled=is_cancelled, fetch_reports=request.wait)
    label = request.label or "csod-desktop " + ", ".join(i.request.path.name for i in to_send)[:80]
    events = runner.run(specs, label, callback=request.callback, wait=request.wait, reorder=False)
    seen: dict[str, Any] = {}

    def on_event(event: Any) -> None:
        render_event(event, reporter, seen)
        name = type(event).__name__
        if name == "JobCreated":
            document["job"] = {"job_id": event.job_id, "status": None, "finished": False, "imports": []}
            for spec, import_id in zip(specs, event.import_ids, strict=True):
                doc = owner[id(spec)].doc
                doc["import_id"] = doc["import_id"] or import_id
                doc.setdefault("import_ids", []).append(import_id)
        elif name == "ReportReady":
            seen.setdefault("reports", {})[event.import_id] = event.result

    job = pump(events, on_event)
    apply_job_record(job, specs, owner, document)
    return seen.get("reports", {})


def apply_job_record(job: Any, specs: list[Any], owner: dict[int, Prepared], document: dict[str, Any]) -> None:
    """The journal's record of the job, after the run, into the JSON document."""
    document["job"] = job_record_document(job)
    for doc in {id(p.doc): p.doc for p in owner.values()}.values():
        doc["counts"] = None
    for spec, imp in zip(specs, job.imports, strict=True):
        doc = owner[id(spec)].doc
        doc["status"] = imp.status
        doc["error_status"] = imp.error_status or doc.get("error_status")
        if imp.total_records is None and imp.status is None:
            continue
        counts = doc["counts"] or {name: 0 for name in status_cmd.COUNT_FIELDS}
        for name in status_cmd.COUNT_FIELDS:
            counts[name] = (counts[name] or 0) + (getattr(imp, name) or 0)
        doc["counts"] = counts


def job_record_document(job: Any) -> dict[str, Any]:
    """A journal :class:`JobRecord` as the ``job`` member of the JSON documents."""
    return {
        "job_id": job.job_id or "",
        "status": job.state,
        "finished": bool(job.finished_at is not None and job.state == "finished"),
        "imports": [
            {
                "import_id": imp.import_id,
                "type": imp.load_type,
                "status": imp.status,
                "error_status": imp.error_status,
                **{name: getattr(imp, name) for name in status_cmd.COUNT_FIELDS},
            }
            for imp in job.imports
        ],
    }


def render_event(event: Any, reporter: common.Reporter, seen: dict[str, Any]) -> None:
    """Runner events as progress (uploads, waiting) or one line each (milestones) on stderr."""
    name = type(event).__name__
    if name in ("UploadProgress", "Waiting"):
        reporter.progress(event.text, event.fraction if name == "UploadProgress" else None)
    elif name == "StatusChecked":
        if event.text != seen.get("status"):
            seen["status"] = event.text
            reporter.info(event.text)
    elif name == "StatusProblem":
        reporter.warn(event.text)
    elif name == "ReportSkipped" and not event.clean:
        reporter.warn(event.text)
    elif name not in ("ReportSkipped",):
        reporter.info(event.text)


# ------------------------------------------------------------------------------------------- reports


def record_reports(
    prepared: list[Prepared],
    reports: dict[str, Any],
    report_dir: Path | None,
    reporter: common.Reporter,
    document: dict[str, Any],
) -> None:
    """Each import's report as the runner fetched it (once, within the ledger's cap, cached); with
    --report-dir a copy of each there, plus summary.json and summary.txt.

    An import without errors or warnings has nothing to report: no download is spent on it (the
    window's policy), and its entry says so.
    """
    if report_dir is not None:
        paths.private_dir(report_dir)
    for item in prepared:
        ids = item.doc.get("import_ids") or []
        for import_id in ids:
            result = reports.get(import_id)
            if result is None:
                continue
            if report_dir is not None:
                # The import id is the portal's: made safe, kept inside --report-dir (issue 19, item 6).
                out = paths.safe_path(report_dir, f"{item.index:02d}-{_slug(item)}-{import_id}", ".csv")
                saved = report_cmd.write_report(result, out)
            else:
                saved = report_cmd.describe_report(result)
            item.doc["report"] = {"path": saved["out"], "from_cache": saved["from_cache"], "rows": saved["rows"]}
        if ids and item.doc["report"] is None and item.doc.get("counts"):
            counts = item.doc["counts"]
            clean = not (counts.get("error_records") or counts.get("successful_records_with_warnings"))
            if clean and not item.doc.get("error_status"):
                item.doc["report"] = {
                    "path": None, "from_cache": False, "rows": 0,
                    "note": "No errors or warnings: nothing to report, no download spent.",
                }
    if report_dir is None:
        return
    write_problem_files(prepared, report_dir, reporter)
    summary_json = report_dir / "summary.json"
    document["reports"] = {"dir": str(report_dir), "summary": str(summary_json)}
    document["totals"] = _totals(document)
    paths.private_file(summary_json).write_text(
        json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    paths.private_file(report_dir / "summary.txt").write_text(summary_text(document), encoding="utf-8")
    reporter.info(f"Reports and summary saved in {report_dir}")


def _totals(document: dict[str, Any]) -> dict[str, int]:
    from csod_desktop.cli.load_cmd import totals

    return totals(document["imports"])


def summary_text(document: dict[str, Any]) -> str:
    out = io.StringIO()
    job = document.get("job") or {}
    out.write(f"job {job.get('job_id')}  {document.get('outcome')}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "type", "import_id", "records", "sent", "left out", "loaded", "with warnings", "failed", "report"])
    for item in document["imports"]:
        counts = item.get("counts") or {}
        writer.writerow(
            [
                item["source"], item["type"], item["import_id"], item["records"], item["sent_records"],
                item["skipped_invalid"], counts.get("successful_records"),
                counts.get("successful_records_with_warnings"), counts.get("error_records"),
                (item.get("report") or {}).get("path"),
            ]
        )
    return out.getvalue()


def print_summary(document: dict[str, Any]) -> None:
    """The human summary on stdout (with --json, the document is the summary)."""
    print(summary_text(document), end="")
