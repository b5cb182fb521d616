"""The jobs the Results step runs in workers (open a report, save it, fix and reload), the fix file, and where a save goes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from csod_desktop.i18n import translate
from csod_desktop.ui.models.report_model import ROW_COLUMN, ReportData


def open_report_job(reports: Any, journal: Any, import_id: str, *, refresh: bool = False):
    """Fetch the report (the cache first: opening it again costs nothing) and join it to the original file."""

    def job(control: Any) -> ReportData:
        from csod_desktop.core.export import join_rows
        from csod_desktop.core.reading import read_table

        control.progress(-1.0, translate("ResultsPage", "Opening the report"))
        result = reports.fetch(import_id, refresh=refresh)
        parsed = result.parsed  # parsed here, off the GUI thread
        control.check()
        imp = journal.find_import(import_id)
        data = ReportData(import_id, result, source_name=imp.source_name if imp else None)
        source_path = imp.source_path if imp else None
        columns = (imp.mapping or {}).get("columns") if imp else None
        if source_path is None or not source_path.is_file():
            data.join_note = translate("ResultsPage", "The original file is no longer where it was loaded from: rows "
                                                      "cannot be matched to it.")
        elif not columns:
            data.join_note = translate("ResultsPage", "No column mapping was recorded for this import: rows cannot be "
                                                      "matched to the file.")
        else:
            data.source = read_table(source_path, is_cancelled=control.is_cancelled).frame
            data.joined = join_rows(parsed.header, parsed.rows, data.source, columns)
            if parsed.rows and not any(data.joined):
                data.join_note = translate("ResultsPage", "None of the report's rows could be found in the original "
                                                          "file.")
        control.check()
        return data.prepare()  # the viewer's rows and filter index, built here rather than on the GUI thread

    return job


def save_job(header: list[str], rows: list[list[str]], out: Path, marks: list[dict[int, str]] | None = None):
    """Write the report as shown: CSV, or an Excel workbook with the named cells filled."""

    def job(control: Any) -> Path:
        from csod_desktop.core.export import write_csv, write_xlsx

        control.progress(-1.0, translate("ResultsPage", "Saving the report"))
        if out.suffix.lower() == ".xlsx":
            numbers = [header.index(ROW_COLUMN)] if ROW_COLUMN in header else []
            write_xlsx(out, header, rows, marks=marks, number_columns=numbers)
        else:
            write_csv(out, header, rows)
        return out

    return job


def fix_job(context: Any, imp: Any, fix_path: Path, reasons: dict[int, Any] | None = None):
    """A load plan for the failed rows: the import's type, settings and mapping, the portal's schema, the
    file of failed rows read in (for the Review step), and the portal's reason for each of them."""

    def job(control: Any) -> Any:
        from csod_desktop.core.mapping import Mapping
        from csod_desktop.core.type_names import type_title
        from csod_desktop.services.plan import LoadPlan
        from csod_desktop.services.schemas import fetch_schema

        control.progress(-1.0, translate("ResultsPage", "Preparing the failed rows for review"))
        type_id = int(imp.type_id) if imp.type_id else None
        schema = fetch_schema(context.client, imp.load_type, type_id, dict(imp.settings))
        plan = LoadPlan(imp.load_type, type_id=type_id, title=type_title(imp.load_type, type_id),
                        settings=dict(imp.settings), schema=schema)
        plan.read(fix_path, is_cancelled=control.is_cancelled)
        plan.set_mapping(Mapping.from_dict(imp.mapping), origin="template")  # the mapping it was sent with
        if reasons:
            plan.set_portal_reasons(reasons)
        return plan

    return job


def write_fix_file(data: ReportData | None) -> Path | None:
    """Write the failed rows of ``data``, in the original file's columns, to a new CSV; None when there are none."""
    import datetime as dt

    from csod_desktop import paths
    from csod_desktop.core.export import source_records

    if data is None or data.source is None:
        return None
    records = data.failed_records()
    if not records:
        return None
    frame = source_records(data.source, records)
    stem = Path(data.source_name or "import").stem
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = paths.safe_path(paths.fixes_dir(), f"{stem}-failed-{stamp}", ".csv")
    frame.write_csv(paths.private_file(out))
    return out


def fix_reasons(data: ReportData | None) -> dict[int, Any]:
    """The portal's reason for each row of the fix file (its records in ``failed_records`` order)."""
    from csod_desktop.services.plan import PortalReason

    if data is None:
        return {}
    reasons = data.failed_reasons()
    out: dict[int, Any] = {}
    for row, record in enumerate(_fix_records(data), start=1):
        if record in reasons:
            message, columns = reasons[record]
            out[row] = PortalReason(message, columns)
    return out


def _fix_records(data: ReportData) -> list[int]:
    """The failed records as the fix file holds them: in order, each once, within the file."""
    if data.source is None:
        return []
    seen: list[int] = []
    for number in data.failed_records():
        if 1 <= number <= data.source.height and number not in seen:
            seen.append(number)
    return seen


def report_file_name(source_name: str | None, created: Any, suffix: str) -> str:
    """A name a person reads: ``employees-2026-12-01-report.xlsx`` (the file's name, the import's day)."""
    from csod_desktop import paths

    stem = Path(source_name).stem if source_name else "import"
    day = created.astimezone().strftime("%Y-%m-%d") if created is not None else ""
    name = f"{stem}-{day}-report" if day else f"{stem}-report"
    return paths.safe_name(name, distinct=False) + f".{suffix}"


def save_folder(source_path: Path | None, last_used: Path | None) -> Path:
    """Where a save starts: the folder of the file that was loaded, else the last folder used, else home."""
    for folder in (source_path.parent if source_path is not None else None, last_used):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()
