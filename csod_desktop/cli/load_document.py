"""The ``--json`` document of ``csod-desktop load`` and the files it writes beside it (``--report-dir``).

Its shape is the README's "The --json document": fields are only ever added.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import paths
from csod_desktop.cli import report_cmd, status_cmd, terminal
from csod_desktop.services.reports import STATE_TEXT, can_fetch_later
from csod_desktop.store.records import REPORT_CAPPED, REPORT_FAILED, REPORT_NOT_NEEDED, REPORT_SAVED

if TYPE_CHECKING:
    from csod_desktop.cli.load_request import ImportRequest
    from csod_desktop.cli.load_steps import Prepared
    from csod_desktop.services.plan import LeftOut

#: Validation problems listed per import (all of them are counted, and written with --report-dir).
PROBLEMS_IN_JSON = 200
#: Records left out under ReconcileUsers listed per import (all of them are counted).
LEFT_OUT_IN_JSON = 1000


def import_document(index: int, item: ImportRequest) -> dict[str, Any]:
    """One ``imports[]`` entry before anything is known but the request."""
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
        "suggestions": [],
        "changes": None,  # against the portal's data: core.changes.ChangePreview.to_json
        "reconcile": None,  # with ReconcileUsers: core.reconcile.ReconcilePreview.summary_json, and "list"
    }


def totals(imports: list[dict[str, Any]]) -> dict[str, int]:
    """The ``totals`` member: sums over the imports."""
    keys = ("records", "valid_records", "sent_records", "skipped_invalid")
    out = {key: sum(item.get(key) or 0 for item in imports) for key in keys}
    for name in status_cmd.COUNT_FIELDS[1:]:
        out[name] = sum((item.get("counts") or {}).get(name) or 0 for item in imports)
    return out


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


def suggestion_document(suggestion: Any) -> dict[str, Any]:
    """A ``ValidationResult.suggestions`` entry in the --json document (README, "The --json document")."""
    return {
        "setting": suggestion.setting,
        "value": suggestion.value,
        "current": suggestion.current,
        "kind": suggestion.kind,
        "columns": list(suggestion.columns),
        "label": suggestion.label,
        "reason": suggestion.reason,
        "examples": list(suggestion.examples),
        "cli": suggestion.cli,
    }


def left_out_document(left: LeftOut) -> dict[str, Any]:
    """``imports[].left_out`` when ReconcileUsers stopped the load: the records the payload would miss."""
    return {
        "count": len(left),
        "records": [{"row": row, "id": ident, "reason": why} for row, ident, why in left.records[:LEFT_OUT_IN_JSON]],
        "truncated": len(left) > LEFT_OUT_IN_JSON,
    }


def apply_job_record(job: Any, specs: list[Any], docs: dict[int, dict[str, Any]], document: dict[str, Any]) -> None:
    """The journal's record of the job, after the run, into the JSON document (``docs``: by ``id(spec)``)."""
    document["job"] = job_record_document(job)
    for doc in {id(d): d for d in docs.values()}.values():
        doc["counts"] = None
    for spec, imp in zip(specs, job.imports, strict=True):
        doc = docs[id(spec)]
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


# ------------------------------------------------------------------------------------------- reports


def write_problem_files(prepared: list[Prepared], report_dir: Path | None, reporter: terminal.Reporter) -> None:
    """With --report-dir, every validation problem of each file as a CSV beside the reports."""
    from csod_desktop.core.export import write_csv

    if report_dir is None:
        return
    paths.private_dir(report_dir)
    for item in prepared:
        if item.result is None or not item.result.problems.height:
            continue
        out = paths.safe_path(report_dir, f"{item.index:02d}-{item.slug}-problems", ".csv")
        problems = item.result.problems
        # Values come from the administrator's file: saved as the window saves tables (formulas neutralized).
        write_csv(out, problems.columns, problems.iter_rows())
        reporter.info(f"Validation problems of {item.request.path.name}: {out}")


def record_reports(
    prepared: list[Prepared],
    reports: dict[str, Any],
    report_dir: Path | None,
    reporter: terminal.Reporter,
    document: dict[str, Any],
    *,
    not_saved: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Each import's report as the runner fetched it (once, within the ledger's cap, cached); with
    --report-dir a copy of each there, plus summary.json and summary.txt. Returns the reports that are
    not saved (``not_saved`` entries of the JSON document), each said on stderr with what to do.

    An import without errors or warnings has nothing to report: no download is spent on it (the
    window's policy), and its entry says so.
    """
    if report_dir is not None:
        paths.private_dir(report_dir)
    not_saved = not_saved or {}
    missing: list[dict[str, Any]] = []
    saved_files: list[str] = []
    for item in prepared:
        ids = item.doc.get("import_ids") or []
        for import_id in ids:
            result = reports.get(import_id)
            if result is not None:
                if report_dir is not None:
                    # The import id is the portal's: made safe, kept inside --report-dir (issue 19, item 6).
                    out = paths.safe_path(report_dir, f"{item.index:02d}-{item.slug}-{import_id}", ".csv")
                    saved = report_cmd.write_report(result, out)
                    saved_files.append(saved["out"])
                else:
                    saved = report_cmd.describe_report(result)
                if item.doc["report"] is None or item.doc["report"].get("path"):  # a missing part stays said
                    item.doc["report"] = {"path": saved["out"], "from_cache": saved["from_cache"],
                                          "rows": saved["rows"], "state": REPORT_SAVED}
            elif import_id in not_saved:
                entry = not_saved_entry(import_id, not_saved[import_id], report_dir)
                missing.append(entry)
                item.doc["report"] = {"path": None, "from_cache": False, "rows": None, "state": entry["state"],
                                      "note": f"{entry['message'][0].upper()}{entry['message'][1:]}. {entry['later']}"}
        if ids and item.doc["report"] is None and item.doc.get("counts"):
            counts = item.doc["counts"]
            clean = not (counts.get("error_records") or counts.get("successful_records_with_warnings"))
            if clean and not item.doc.get("error_status"):
                item.doc["report"] = {
                    "path": None, "from_cache": False, "rows": 0, "state": REPORT_NOT_NEEDED,
                    "note": "No errors or warnings: nothing to report, no download spent.",
                }
    for entry in missing:
        reporter.warn(f"The report of import {entry['import_id']} is {entry['message']}. {entry['later']}".rstrip())
    if report_dir is None:
        return missing
    write_problem_files(prepared, report_dir, reporter)
    summary_json = report_dir / "summary.json"
    document["reports"] = {"dir": str(report_dir), "summary": str(summary_json), "saved": saved_files,
                           "not_saved": missing}
    document["totals"] = totals(document["imports"])
    paths.private_file(summary_json).write_text(
        json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    paths.private_file(report_dir / "summary.txt").write_text(summary_text(document), encoding="utf-8")
    reporter.info(saved_sentence(report_dir, saved_files, missing))
    return missing


def not_saved_entry(import_id: str, event: Any, report_dir: Path | None) -> dict[str, Any]:
    """A report the run could not save: its state, why (the runner's sentence), and how to get it later."""
    state = getattr(event, "state", None) or REPORT_FAILED
    return {
        "import_id": import_id,
        "state": state,
        "message": STATE_TEXT.get(state, "not saved"),
        "detail": event.reason,
        "fetchable_later": can_fetch_later(state),
        "later": later_advice(import_id, state, report_dir),
    }


def later_advice(import_id: str, state: str, report_dir: Path | None) -> str:
    """What the administrator can do about a report that is not saved, as commands to run."""
    if state == REPORT_CAPPED:
        return (f"Raise the report download cap in the app's settings (at most 5), then run "
                f"'csod-desktop report {import_id} --out FILE'.")
    if can_fetch_later(state):
        where = f" --report-dir {report_dir}" if report_dir is not None else ""
        return (f"The journal keeps it owed: 'csod-desktop resume{where}' fetches it later, or "
                f"'csod-desktop report {import_id} --out FILE'.")
    return "No later download can get it; the import's counts are in the summary."


def saved_sentence(report_dir: Path, saved: list[str], missing: list[dict[str, Any]]) -> str:
    """The last line on stderr: exactly what is in --report-dir, and what is not."""
    files = f"{len(saved)} report{'s' if len(saved) != 1 else ''}, " if saved else ""
    text = f"Saved in {report_dir}: {files}summary.json and summary.txt"
    if not saved and not missing:
        text += " (no import had errors or warnings: no report to save)"
    if missing:
        ids = ", ".join(entry["import_id"] for entry in missing)
        text += f". Not saved: the report of import{'s' if len(missing) != 1 else ''} {ids} (see above)"
    return text + "."


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
                _report_cell(item.get("report")),
            ]
        )
    for entry in (document.get("reports") or {}).get("not_saved") or []:
        out.write(f"NOT SAVED: the report of import {entry['import_id']} is {entry['message']}. {entry['later']}\n")
    return out.getvalue()


def _report_cell(report: dict[str, Any] | None) -> str | None:
    if not report:
        return None
    if report.get("path"):
        return report["path"]
    if report.get("state") == REPORT_NOT_NEEDED:
        return "none needed (no errors or warnings)"
    if report.get("state"):
        return f"NOT SAVED ({report['state']})"
    return None


def print_summary(document: dict[str, Any]) -> None:
    """The human summary on stdout (with --json, the document is the summary)."""
    print(summary_text(document), end="")
