"""The steps of ``csod-desktop load``, each a thin call into the core and services the window uses."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import paths
from csod_desktop.cli import common
from csod_desktop.errors import ConfigError, TemplateError

if TYPE_CHECKING:
    from csod_desktop.cli.load_cmd import ImportRequest, LoadRequest, Prepared

PROBLEMS_IN_JSON = 200


# -------------------------------------------------------------------------------------------- safety


def portal_name(ctx: Any) -> str:
    """The name an administrator types to confirm ReconcileUsers: the profile's portal, else the host."""
    profile = getattr(ctx, "profile", None)
    name = getattr(profile, "portal", None)
    if name:
        return str(name)
    root = str(getattr(profile, "root_url", "") or getattr(ctx, "root_url", ""))
    host = root.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    for suffix in ("-stg.csod.com", "-pilot.csod.com", "-pil.csod.com", ".csod.com"):
        if host.endswith(suffix):
            return host[: -len(suffix)]
    return host


def check_reconcile(ctx: Any, confirmation: str | None) -> None:
    """ReconcileUsers=true deactivates every employee missing from the payload (quick start, Step 4):
    the same confirmation as the window, typed as --confirm-reconcile PORTAL-NAME."""
    expected = portal_name(ctx)
    if confirmation is None or confirmation.strip().lower() != expected.lower():
        raise ConfigError(
            "ReconcileUsers=true deactivates every employee of the portal who is missing from the file; "
            "nothing was sent.",
            hint=f"If that is what you want, add --confirm-reconcile {expected}.",
        )


# ------------------------------------------------------------------------------------------- prepare


def prepare(
    ctx: Any, index: int, item: ImportRequest, request: LoadRequest, reporter: common.Reporter, doc: dict[str, Any]
) -> Prepared:
    """Read, map and validate one file; fill its entry of the JSON document."""
    from csod_desktop.cli.load_cmd import Prepared
    from csod_desktop.core.reading import read_table
    from csod_desktop.core.validation import validate

    prepared = Prepared(index=index, request=item, doc=doc)
    load_type, type_id = common.resolve_load_type(ctx, item.type, reporter)
    prepared.load_type, prepared.type_id = load_type, type_id
    doc.update(type=load_type, type_id=None if type_id is None else str(type_id), label=item.path.name)

    name = item.path.name
    source = read_table(item.path, progress=lambda f: reporter.progress(f"Reading {name}", f))
    for warning in getattr(source, "warnings", []) or []:
        reporter.warn(f"{name}: {warning}")
    reporter.progress(f"Reading the schema of {item.type}", None)
    schema = common.fetch_schema(ctx, load_type, type_id, item.settings)
    mapping, origin, template = choose_mapping(ctx, item, list(source.frame.columns), schema, request.auto_map)
    doc["mapping"] = {
        "origin": origin,
        "template": str(template) if template else None,
        "columns": {src: tgt for src, tgt in mapping.columns.items() if tgt},
        "unmapped_sources": list(mapping.unmapped_sources()),
    }
    for column in doc["mapping"]["unmapped_sources"]:
        reporter.warn(f"{name}: column {column!r} is not mapped and will not be sent.")
    frame = mapping.apply(source.frame)
    result = validate(
        frame, schema, item.settings, progress=lambda f: reporter.progress(f"Validating {name}", f)
    )
    prepared.frame, prepared.result = frame, result
    n_valid = int(result.valid.sum()) if result.n_records else 0
    problems = result.problem_list(limit=PROBLEMS_IN_JSON)
    doc.update(records=result.n_records, valid_records=n_valid)
    doc["problems"] = {
        "error_records": int(result.n_errors),
        "warnings": int(result.n_warnings),
        "items": [problem_document(p) for p in problems],
        "truncated": len(result.problems) > len(problems),
    }
    summary = f"{name}: {result.n_records} records, {result.n_errors} with errors, {result.n_warnings} warnings"
    reporter.info(summary + f" (mapping: {origin}).")
    for problem in problems[:10]:
        where = f"record {problem.row}" if problem.row else "file"
        reporter.info(f"  {problem.severity}: {where}, {problem.column}: {problem.message}")
    if len(result.problems) > 10:
        reporter.info(f"  ... {len(result.problems) - 10} more problems (see --json or --report-dir)")
    return prepared


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


def choose_mapping(
    ctx: Any, item: ImportRequest, headers: list[str], schema: Any, auto_map: bool
) -> tuple[Any, str, Path | None]:
    """--mapping template, else the template remembered for this header layout, else the automatic
    mapping when every column already carries a property name or --auto-map accepts it; else refuse."""
    from csod_desktop.core.mapping import suggest_mapping

    store = common.template_store(ctx)
    load_type = schema.load_type
    if item.mapping is not None:
        mapping = store.load(item.mapping)
        if mapping.load_type and mapping.load_type != load_type:
            raise TemplateError(
                f"The template {item.mapping} is for {mapping.load_type}, not {load_type}.",
                hint="Give the template saved for this load type.",
            )
        return mapping, "template", item.mapping
    remembered = store.remembered(load_type, headers)
    if remembered is not None:
        return remembered, "remembered", None
    mapping = suggest_mapping(headers, schema)
    exact = all(m.target is not None and m.method == "name" for m in mapping.matches)
    if exact:
        return mapping, "exact", None
    if auto_map:
        return mapping, "auto", None
    unsure = [f"{m.source!r} -> {m.target} ({m.method})" for m in mapping.matches if m.target and m.method != "name"]
    unmapped = [repr(m.source) for m in mapping.matches if m.target is None]
    lines = []
    if unmapped:
        lines.append("not mapped: " + ", ".join(unmapped))
    if unsure:
        lines.append("guessed: " + ", ".join(unsure))
    raise ConfigError(
        f"{item.path.name}: no template for this file's columns, and not every column is a property name "
        f"({'; '.join(lines)}).",
        hint="Save a template in the app or give --mapping TYPE=TEMPLATE.json, or add --auto-map to "
        "accept the automatic mapping.",
    )


def write_problem_files(prepared: list[Prepared], report_dir: Path | None, reporter: common.Reporter) -> None:
    """With --report-dir, every validation problem of each file as a CSV beside the reports."""
    if report_dir is None:
        return
    report_dir.mkdir(parents=True, exist_ok=True)
    for item in prepared:
        if item.result is None or not len(item.result.problems):
            continue
        out = report_dir / f"{item.index:02d}-{_slug(item)}-problems.csv"
        item.result.problems.write_csv(out)
        reporter.info(f"Validation problems of {item.request.path.name}: {out}")


def _slug(item: Prepared) -> str:
    return item.load_type + (f".{item.type_id}" if item.type_id else "")


# ------------------------------------------------------------------------------------------ payloads


def payload_dir(request: LoadRequest) -> Path:
    if request.payload_dir is not None:
        return request.payload_dir
    return paths.cache_dir() / "payloads" / time.strftime("%Y%m%d-%H%M%S")


def write_payloads(ctx: Any, prepared: list[Prepared], request: LoadRequest, reporter: common.Reporter) -> None:
    """Write each import's payload (RFC 4180 CSV of property names); with skip, only the valid rows."""
    from csod_desktop.core.payload import write_payload

    folder = payload_dir(request)
    folder.mkdir(parents=True, exist_ok=True)
    for item in prepared:
        keep = item.result.valid if request.on_invalid == "skip" and item.result.n_errors else None
        valid = item.doc["valid_records"]
        left_out = item.result.n_records - valid if keep is not None else 0
        item.doc["skipped_invalid"] = left_out
        if keep is not None and valid == 0:
            reporter.warn(f"{item.request.path.name}: no valid record; this import is left out of the job.")
            continue
        out = folder / f"{item.index:02d}-{_slug(item)}.csv"
        reporter.progress(f"Writing the payload of {item.request.path.name}", None)
        info = write_payload(item.frame, out, keep=keep)
        item.payload = info
        item.doc["sent_records"] = int(info.records)
        item.doc["payload"] = {
            "path": str(info.path),
            "size": int(info.size),
            "records": int(info.records),
            "gzipped": bool(info.gzipped),
            "sha256": info.sha256,
        }
        if left_out:
            reporter.info(
                f"{item.request.path.name}: {left_out} invalid record(s) left out (--on-invalid skip); "
                f"{info.records} will be sent."
            )


# ---------------------------------------------------------------------------------------------- send


def send(ctx: Any, to_send: list[Prepared], request: LoadRequest, reporter: common.Reporter, document: dict[str, Any]) -> None:
    """Create the job, post each payload and (with --wait) follow it, through the window's LoadRunner."""
    from csod_desktop.services import loads

    raise NotImplementedError(loads)


# ------------------------------------------------------------------------------------------- reports


def save_reports(
    ctx: Any, prepared: list[Prepared], report_dir: Path, reporter: common.Reporter, document: dict[str, Any]
) -> None:
    """Each import's report once (ledger, cap and cache of the ReportService), plus summary files."""
    report_dir.mkdir(parents=True, exist_ok=True)
    for item in prepared:
        import_id = item.doc.get("import_id")
        if not import_id:
            continue
        out = report_dir / f"{item.index:02d}-{_slug(item)}-{import_id}.csv"
        reporter.progress(f"Fetching the report of {item.request.path.name}", None)
        try:
            saved = common.save_report(ctx, import_id, out)
        except common.CsodError as err:
            reporter.warn(f"The report of {item.request.path.name} could not be saved: {err}")
            item.doc["report"] = {"path": None, "from_cache": False, "rows": None, "error": str(err)}
            continue
        item.doc["report"] = {"path": saved["out"], "from_cache": saved["from_cache"], "rows": saved["rows"]}
    write_problem_files(prepared, report_dir, reporter)
    summary_json = report_dir / "summary.json"
    summary_txt = report_dir / "summary.txt"
    document["reports"] = {"dir": str(report_dir), "summary": str(summary_json)}
    snapshot = dict(document)
    summary_json.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    summary_txt.write_text(summary_text(document), encoding="utf-8")


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
