"""Saving reports safely (formula-like cells neutralized) and joining report rows back to the original file."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import polars as pl

from csod_desktop import paths

#: A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection"); tab and
#: carriage return are on OWASP's list too, since some spreadsheets strip them and then read the rest.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: The identity properties of the load types (the schemas' ``identity``), tried first as the join key.
IDENTITY_HINTS = ("EmployeeIdentificationData_UserId", "ouRefId", "EmployeeIdentificationData_Guid")


def neutralize(value: object) -> str:
    """``value`` as text a spreadsheet shows as text: a leading apostrophe before a formula-like start."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def neutralized_rows(rows: Iterable[Sequence[object]]) -> list[list[str]]:
    return [[neutralize(cell) for cell in row] for row in rows]


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a CSV Excel opens cleanly (UTF-8 with BOM, CRLF) with every cell neutralized; returns the row count."""
    body = neutralized_rows(rows)
    with paths.private_file(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralize(h) for h in header])
        writer.writerows(body)
    return len(body)


#: Fills of the cells a report's message names (as the window marks them) and of the header row.
XLSX_FILLS = {"error": "F5B7B1", "warning": "F7DD8B", "header": "DFE8F6"}
#: Column widths are measured on the first rows only (a million-row report must not be read twice).
_WIDTH_SAMPLE = 500


def write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "Report",
    marks: Sequence[Mapping[int, str]] | None = None,
    number_columns: Iterable[int] = (),
) -> int:
    """Write an .xlsx workbook a spreadsheet user can work with at once: the header row frozen, a filter on
    every column, widths that fit the values, and the cells ``marks`` names filled ({column: "error" |
    "warning"} per row). Cells are text, neutralized as in a CSV (openpyxl would store "=..." as a
    formula), except the ``number_columns`` whose values are whole numbers ("Row in file").
    """
    from openpyxl import Workbook  # noqa: PLC0415 (only saving to Excel needs it)
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
    from openpyxl.styles import Font, PatternFill  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    body = neutralized_rows(rows)
    names = [neutralize(h) for h in header]
    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])
    # Widths and the frozen row are written before the first row (a streamed sheet's layout comes first).
    for index, name in enumerate(names):
        longest = max([len(name), *(len(row[index]) for row in body[:_WIDTH_SAMPLE] if index < len(row))])
        ws.column_dimensions[get_column_letter(index + 1)].width = min(60, max(8, longest + 2))
    ws.freeze_panes = "A2"
    width = max([len(names), *(len(row) for row in body[:1])]) or 1
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{len(body) + 1}"
    fills = {kind: PatternFill("solid", start_color=colour, end_color=colour) for kind, colour in XLSX_FILLS.items()}
    bold = Font(bold=True)

    def cell(value: object, fill: str | None = None, font: Font | None = None) -> WriteOnlyCell:
        out = WriteOnlyCell(ws, value=value)
        if fill is not None:
            out.fill = fills[fill]
        if font is not None:
            out.font = font
        return out

    ws.append([cell(name, "header", bold) for name in names])
    numbers = set(number_columns)
    for at, row in enumerate(body):
        marked = marks[at] if marks is not None and at < len(marks) else {}
        values: list[object] = []
        for index, value in enumerate(row):
            shown: object = int(value) if index in numbers and value.isdigit() else value
            kind = marked.get(index)
            values.append(cell(shown, kind) if kind else shown)
        ws.append(values)
    book.save(paths.private_file(path))
    return len(body)


# ---------------------------------------------------------------------------------- joining rows back


def _key(value: object) -> str:
    return "" if value is None else str(value).strip()


def join_key(report_columns: Sequence[str], source: pl.DataFrame, mapped: Mapping[str, str]) -> tuple[str, str] | None:
    """The (report column, source column) pair to join on: an identity property if mapped, else the mapped
    column whose values in the original file are the most distinct. ``mapped`` is source column -> property."""
    by_target = {target: src for src, target in mapped.items() if src in source.columns}
    candidates = [c for c in report_columns if c in by_target]
    if not candidates:
        return None
    for name in IDENTITY_HINTS:
        if name in candidates:
            return name, by_target[name]

    def distinct(column: str) -> int:
        return source.get_column(by_target[column]).drop_nulls().n_unique()

    best = max(candidates, key=distinct)
    return best, by_target[best]


def join_rows(
    report_header: Sequence[str],
    report_rows: Sequence[Sequence[str]],
    source: pl.DataFrame,
    mapped: Mapping[str, str],
) -> list[list[int]]:
    """For each report row, the 1-based record numbers of the original file with the same key (usually one;
    several when the file repeats the key, none when the row cannot be found)."""
    key = join_key(report_header, source, mapped)
    if key is None:
        return [[] for _ in report_rows]
    report_col, source_col = key
    at = list(report_header).index(report_col)
    index: dict[str, list[int]] = {}
    for number, value in enumerate(source.get_column(source_col).to_list(), start=1):
        index.setdefault(_key(value), []).append(number)
    return [list(index.get(_key(row[at] if at < len(row) else ""), [])) for row in report_rows]


def source_records(source: pl.DataFrame, records: Iterable[int]) -> pl.DataFrame:
    """The original file's rows ``records`` (1-based, in the given order, each once), in its own columns."""
    seen: list[int] = []
    for number in records:
        if 1 <= number <= source.height and number not in seen:
            seen.append(number)
    return source[[n - 1 for n in seen]] if seen else source.head(0)
