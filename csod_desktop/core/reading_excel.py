"""Workbooks (.xlsx, .xlsm, .xls, .ods) read with python-calamine as the text a person sees in the cells.

Decision: a cell becomes the text Excel displays, not its stored value, because the administrator checks
the file by looking at it (csod_desktop.core.excel_formats holds each rendering rule). A date cell is the
date it holds, whatever its display format or the computer's language: ISO text plus a mask
(``SourceTable.date_cells``) so the mapping writes it in the import's date culture. Text cells are kept
verbatim. Macros are never run: calamine only reads cell values. The visible sheet is read unless the
administrator chooses another; hidden sheets are listed as hidden, never read silently.

Why python-calamine rather than fastexcel (tests/benchmarks/bench_excel.py, 100,000 × 13): fastexcel
returns typed columns sooner (0.74 s against calamine's raw 1.08 s), but it types a whole column from a
sample and coerces the rest: the text id ``00042`` beside the number ``42`` becomes ``"42"``, a date
beside a text becomes ``"2020-01-02 00:00:00"``, so the number formats can no longer be applied cell by
cell. calamine keeps each cell's own type; this reader ends at 1.3 s (openpyxl read-only took 22 s), and
calamine is 2 MB installed against fastexcel's 15 MB.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.core import excel_cells as cells
from csod_desktop.core import excel_formats as xf
from csod_desktop.core.excel_cells import check as _check
from csod_desktop.core.excel_cells import report as _report
from csod_desktop.core.excel_styles import SheetStyles, column_name
from csod_desktop.core.problems import shown
from csod_desktop.core.source import ReadOptions, SourceTable
from csod_desktop.errors import Cancelled, InputFileError
from csod_desktop.i18n import number, translate

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_MINIMUM = 3 * 512  # a compound file's header, one FAT sector and one directory sector (MS-CFB 2.2)
_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}


def read_excel(
    path: Path,
    options: ReadOptions,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SourceTable:
    """Read one sheet (``options.sheet``, else the first visible one) with its header on ``options.header_row``."""
    import python_calamine as calamine

    from csod_desktop.core.reading_text import check_headers

    kind = workbook_kind(path)
    if kind == "encrypted":
        raise encrypted_error(path)
    _check(is_cancelled)
    try:
        if path.suffix.lower() in _SUFFIXES[kind]:
            book = calamine.CalamineWorkbook.from_path(str(path))
        else:  # content decides: an .xlsx saved as .xls is read as what it is
            with path.open("rb") as fh:
                book = calamine.CalamineWorkbook.from_filelike(fh)
    except calamine.PasswordError as exc:
        raise encrypted_error(path) from exc
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise _unreadable(path, kind, exc) from exc
    try:
        sheets = list(book.sheets_metadata)
        names = [m.name for m in sheets]
        hidden = [m.name for m in sheets if str(m.visible).rsplit(".", 1)[-1] != "Visible"]
        sheet, warnings = _choose_sheet(path, options.sheet, sheets, hidden)
        _report(progress, 0.05)
        styles = _StylesReader(path, kind, sheet, is_cancelled)
        try:
            grid = book.get_sheet_by_name(sheet)
            _check(is_cancelled)
            rows = cells.sheet_rows(grid, progress, is_cancelled)
            merged = grid.merged_cell_ranges or []
        except calamine.PasswordError as exc:
            raise encrypted_error(path) from exc
        except calamine.CalamineError as exc:
            raise _unreadable(path, kind, exc) from exc
        found = styles.result()
    finally:
        book.close()
    _report(progress, 0.6)
    _check(is_cancelled)
    _refuse_missing_results(path, sheet, found)

    header_index = options.header_row
    while rows and all(v == "" for v in rows[-1]):
        rows.pop()  # trailing empty rows are formatting, not records
    if len(rows) <= header_index:
        raise InputFileError(
            translate("reading", "Sheet \"{sheet}\" of {file} has no header on row {row}: it is empty there.").format(
                sheet=sheet, file=path.name, row=header_index + 1),
            line=header_index + 1,
            hint=translate("reading", "Choose the row that holds the column names."),
        )
    header = [cells.header_text(v) for v in rows[header_index]]
    body = rows[header_index + 1 :]
    width = len(header)
    while width and header[width - 1] is None and all(r[width - 1] == "" for r in body):
        width -= 1  # trailing columns with neither a name nor a value are formatting too
    names_row = [h if h is not None else "" for h in header[:width]]
    check_headers(names_row, path, line=header_index + 1)

    with cells.no_cycle_collection():
        columns_in = [cells.Cells(values) for values in cells.transposed(body, width)]
    cells.settle_formats(found, rows[: header_index + 1], columns_in, width)
    inputs: dict[str, pl.Series] = {}
    exprs: list[pl.Expr] = []
    dates: dict[str, pl.Series] = {}
    for index, name in enumerate(names_row):
        _check(is_cancelled)
        try:
            whole = index in found.whole_columns
            plan = cells.column_text(str(index), columns_in[index], found.formats.get(index, {}), header_index + 1, whole)
        except xf.TooManyDigits as exc:
            raise too_many_digits(path, sheet, name, index, header_index + 2 + exc.row, exc.shown) from exc
        columns_in[index] = cells.Cells(())  # planned: let the cell objects go
        inputs.update(plan.inputs)
        exprs.append(plan.expr.cast(pl.String).alias(name))
        if plan.mask is not None:
            dates[name] = plan.mask.alias(name)
        _report(progress, 0.6 + 0.2 * (index + 1) / max(1, width))
    height = len(body)
    source = pl.DataFrame(inputs) if inputs else pl.DataFrame({"": pl.Series([None] * height, dtype=pl.String)})
    frame = source.select(exprs) if exprs else pl.DataFrame(schema={n: pl.String for n in names_row})
    del source, inputs
    _report(progress, 0.95)
    warnings += _fill_merged(frame, merged, header_index, names_row)
    warnings += _fill_error_cells(frame, found, header_index, names_row)
    if frame.height:
        keep = ~pl.all_horizontal(pl.all().is_null())
        keep_mask = frame.select(keep.alias("keep")).to_series()
        frame = frame.filter(keep_mask)
        dates = {name: mask.filter(keep_mask) for name, mask in dates.items()}
    return SourceTable(
        frame=frame,
        path=path,
        format=kind if kind != "xlsx" or path.suffix.lower() != ".xlsm" else "xlsm",
        sheet_names=names,
        hidden_sheets=hidden,
        sheet=sheet,
        header_row=header_index,
        warnings=warnings,
        date_cells=dates,
    )


def sniff_workbook_head(path: Path) -> bytes:
    """The first bytes of a workbook; refuses at once one that is empty, cut short or not a workbook."""
    from csod_desktop.core.reading_encoding import sniff_binary

    with path.open("rb") as fh:
        head = fh.read(4096)
    if not head:
        raise InputFileError(translate("reading", "{file} is empty.").format(file=path.name), line=1,
                             hint=translate("reading", "Check that the export finished."))
    if head.startswith(OLE_MAGIC[:4]) and len(head) < _OLE_MINIMUM:
        raise _unreadable(path, "xls", None)
    if not head.startswith((OLE_MAGIC[:4], b"PK\x03\x04")):
        sniff_binary(head, path)
        raise _text_saved_as_workbook(path, head) or _unreadable(path, "xlsx", None)
    return head


def _text_saved_as_workbook(path: Path, head: bytes) -> InputFileError | None:
    """HR systems often export text (CSV, tab-separated, an HTML table) under a workbook's name."""
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = head.decode("utf-16") if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        except UnicodeDecodeError:
            text = ""
    start = text.lstrip().lower()
    if not start:
        return None
    if start.startswith("<"):
        return InputFileError(
            translate("reading", "{file} is a web page or XML file saved with a {suffix} extension, not a "
                                 "workbook.").format(file=path.name, suffix=path.suffix),
            hint=translate("reading", "Open it in Excel and save it as .xlsx (or export the data as CSV UTF-8), then "
                                      "drop that file."),
        )
    return InputFileError(
        translate("reading", "{file} holds plain text (probably CSV or tab-separated values) under a {suffix} "
                             "extension.").format(file=path.name, suffix=path.suffix),
        hint=translate("reading", "Rename it to .csv (or .txt for tab-separated values) and drop it again."),
    )


def workbook_kind(path: Path) -> str:
    """``xlsx`` (also .xlsm), ``xls``, ``ods`` or ``encrypted`` by content, whatever the extension."""
    import zipfile

    head = sniff_workbook_head(path)
    if head.startswith(OLE_MAGIC):
        return "encrypted" if is_encrypted_package(path) else "xls"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                members = set(zf.namelist())
                if "xl/workbook.xml" in members:
                    return "xlsx"
                if "content.xml" in members and b"opendocument.spreadsheet" in zf.read("mimetype")[:100]:
                    return "ods"
        except (zipfile.BadZipFile, KeyError, OSError):
            pass
        raise _unreadable(path, "xlsx", None)
    raise _unreadable(path, "xls", None)


def is_encrypted_package(path: Path) -> bool:
    """Whether an OLE compound file holds a password-encrypted .xlsx (MS-OFFCRYPTO: EncryptedPackage)."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as fh:
        while block := fh.read(1 << 22):
            if marker in block:
                return True
    return False


def encrypted_error(path: Path) -> InputFileError:
    return InputFileError(
        translate("reading", "{file} is protected with a password (the workbook is encrypted), so it cannot be "
                             "read.").format(file=path.name),
        hint=translate("reading", "Open it in Excel with its password, then save a copy without one (File > Info > "
                                  "Protect Workbook > Encrypt with Password, clear the password) and drop that copy "
                                  "here."),
    )


def too_many_digits(path: Path, sheet: str, column: str, index: int, row: int, rounded: str) -> InputFileError:
    return InputFileError(
        translate("reading", "Cell {cell} (column \"{column}\") of sheet \"{sheet}\" holds a number of more than "
                             "{digits} digits. Excel keeps only {digits} digits of a number, so it had already changed "
                             "this value (to {rounded}) when the workbook was saved: the id that was typed is "
                             "lost.").format(cell=f"{column_name(index)}{row}", column=shown(column), sheet=sheet,
                                             digits=xf.EXCEL_DIGITS, rounded=rounded),
        line=row,
        hint=translate("reading", "In Excel, format the column as Text (Format Cells > Text) before typing or "
                                  "pasting the ids, or export them from the source system as CSV, so every digit is "
                                  "kept."),
    )


def _unreadable(path: Path, kind: str, exc: Exception | None) -> InputFileError:
    # The exception's class name is for support, not a word to translate: it stays a parenthesis.
    why = f" ({exc.__class__.__name__})" if exc is not None else ""
    if kind == "encrypted":
        return encrypted_error(path)
    if kind == "xls":
        return InputFileError(
            translate("reading", "{file} looks like an old-style Excel workbook (.xls) but is damaged or "
                                 "incomplete{why}.").format(file=path.name, why=why),
            hint=translate("reading", "Open it in Excel and save it as .xlsx (or export the sheet as CSV UTF-8), then "
                                      "drop that file."),
        )
    return InputFileError(
        translate("reading", "{file} is not a readable Excel workbook{why}.").format(file=path.name, why=why),
        hint=translate("reading", "Open it in Excel and save it again as .xlsx, or export the sheet as CSV."),
    )


def _choose_sheet(path: Path, wanted: str | None, sheets: list[Any], hidden: list[str]) -> tuple[str, list[str]]:
    names = [m.name for m in sheets]
    if wanted is not None:
        if wanted not in names:
            raise InputFileError(
                translate("reading", "{file} has no sheet named \"{sheet}\" (sheets: {sheets}).").format(
                    file=path.name, sheet=wanted, sheets=", ".join(names)),
                hint=translate("reading", "Choose one of the sheets listed."),
            )
        if wanted in hidden:
            return wanted, [translate("reading", "Sheet \"{sheet}\" is hidden in {file}; it was read because you "
                                                 "chose it.").format(sheet=wanted, file=path.name)]
        return wanted, []
    data = [m.name for m in sheets if str(m.typ).rsplit(".", 1)[-1] == "WorkSheet"] or names
    visible = [n for n in data if n not in hidden]
    if not visible:
        raise InputFileError(
            translate("reading", "Every sheet of {file} is hidden ({sheets}).").format(
                file=path.name, sheets=", ".join(names)),
            hint=translate("reading", "Choose the sheet to read, or unhide it in Excel (Home > Format > Hide & "
                                      "Unhide)."),
        )
    chosen = visible[0]
    skipped = [n for n in names[: names.index(chosen)] if n in hidden]
    if not skipped:
        return chosen, []
    listed = ", ".join(f'"{n}"' for n in skipped)
    said = (translate("reading", "{file}: the hidden sheet {listed} before \"{chosen}\" was not read; \"{chosen}\" "
                                 "is the first visible sheet. Choose another sheet if that is not the one to load.")
            if len(skipped) == 1 else
            translate("reading", "{file}: the hidden sheets {listed} before \"{chosen}\" were not read; "
                                 "\"{chosen}\" is the first visible sheet. Choose another sheet if that is not the "
                                 "one to load."))
    return chosen, [said.format(file=path.name, listed=listed, chosen=chosen)]


class _StylesReader:
    """Reads the number formats beside calamine's parse (it releases the GIL: two cores, one wall time)."""

    def __init__(self, path: Path, kind: str, sheet: str, is_cancelled: Callable[[], bool] | None) -> None:
        from csod_desktop.core.excel_styles import read_xlsx_styles
        from csod_desktop.core.ods_styles import read_ods_styles
        from csod_desktop.core.xls_styles import read_xls_styles

        self._path = path
        self._found: SheetStyles | None = None
        self._error: BaseException | None = None
        reader = {"xlsx": read_xlsx_styles, "xls": read_xls_styles, "ods": read_ods_styles}.get(kind)
        if reader is None:
            self._found = SheetStyles()
            self._thread = None
            return

        def run() -> None:
            try:
                self._found = reader(str(path), sheet, is_cancelled)
            except BaseException as exc:  # handed to the caller's thread by result()
                self._error = exc

        self._thread = threading.Thread(target=run, name="workbook styles", daemon=True)
        self._thread.start()

    def result(self) -> SheetStyles:
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            if isinstance(self._error, Cancelled):
                raise self._error
            # Without the formats, 000042 would silently read as 42: refuse rather than guess.
            raise InputFileError(
                translate("reading", "The number formats of {file} cannot be read ({error}).").format(
                    file=self._path.name, error=f"{self._error.__class__.__name__}: {str(self._error)[:200]}"),
                hint=translate("reading", "Open the workbook in Excel and save it again, or export the sheet as CSV "
                                          "UTF-8."),
            ) from self._error
        assert self._found is not None
        return self._found


def _fill_merged(frame: pl.DataFrame, merged: list[Any], header_index: int, names: list[str]) -> list[str]:
    """Merged cells below the header: Excel shows one value across them, so each cell gets it (and a warning)."""
    described: list[str] = []
    count = 0
    for (r0, c0), (r1, c1) in merged:
        if r0 <= header_index or c0 >= len(names) or (r0 == r1 and c0 == c1):
            continue
        first = r0 - header_index - 1
        last = min(r1 - header_index - 1, frame.height - 1)
        if first >= frame.height:
            continue
        value = frame[names[c0]][first]
        for c in range(c0, min(c1, len(names) - 1) + 1):
            column = frame[names[c]]
            index = [r for r in range(first, last + 1) if (r, c) != (first, c0)]
            if index:
                frame.replace_column(c, column.scatter(index, value))
        count += 1
        if len(described) < 3:
            span = f"{column_name(c0)}{r0 + 1}:{column_name(c1)}{r1 + 1}"
            described.append(f"{span} (\"{shown(value)}\")" if value is not None else span)
    if not count:
        return []
    said = (translate("reading", "Merged cells {cells}: Excel shows one value across each merge, so every record the "
                                 "merge covers was given that value. Unmerge the cells in Excel if that is not what "
                                 "you meant.") if count <= len(described) else
            translate("reading", "Merged cells {cells} and {more} more: Excel shows one value across each merge, so "
                                 "every record the merge covers was given that value. Unmerge the cells in Excel if "
                                 "that is not what you meant."))
    return [said.format(cells=", ".join(described), more=count - len(described))]


def _fill_error_cells(frame: pl.DataFrame, found: SheetStyles, header_index: int, names: list[str]) -> list[str]:
    """Cells showing a formula error (``#DIV/0!``): calamine reads them empty; they keep the error text."""
    cells = [(row - header_index - 1, col, text) for row, col, text in found.error_cells
             if header_index < row <= header_index + frame.height and col < len(names)]
    if not cells:
        return []
    by_column: dict[int, list[tuple[int, str]]] = {}
    for row, col, text in cells:
        by_column.setdefault(col, []).append((row, text))
    for col, items in by_column.items():
        column = frame[names[col]].scatter([r for r, _t in items], pl.Series([t for _r, t in items], dtype=pl.String))
        frame.replace_column(col, column)
    listed = ", ".join(f"{column_name(c)}{r + header_index + 2} ({shown(t)})" for r, c, t in cells[:3])
    said = (translate("reading", "Formula cells show an error: {cells}. They are read as that error text; fix the "
                                 "formulas in Excel and save again, or those records will not be what you meant.")
            if len(cells) <= 3 else
            translate("reading", "Formula cells show an error: {cells} and {more} more. They are read as that error "
                                 "text; fix the formulas in Excel and save again, or those records will not be what "
                                 "you meant."))
    return [said.format(cells=listed, more=len(cells) - 3)]


def _refuse_missing_results(path: Path, sheet: str, found: SheetStyles) -> None:
    if not found.n_missing_results:
        return
    examples = ", ".join(f"{ref} (={shown(formula)})" if formula else ref for ref, formula in found.missing_results)
    raise InputFileError(
        translate("reading", "Sheet \"{sheet}\" of {file} has {count} formula cell(s) saved without their result, "
                             "such as {examples}. The workbook was written by a program that does not calculate "
                             "formulas, so those cells would be read as empty.").format(
            sheet=sheet, file=path.name, count=number(found.n_missing_results), examples=examples),
        hint=translate("reading", "Open the workbook in Excel (or LibreOffice), let it calculate, save it, and drop it "
                                  "here again."),
    )
