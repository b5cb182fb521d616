"""Read an administrator's file (CSV, TSV, a workbook: .xlsx .xlsm .xls .ods, JSON) into a table of text."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import polars as pl

from csod_desktop.core import reading_encoding as encoding
from csod_desktop.core import reading_text as text
from csod_desktop.core.problems import shown
from csod_desktop.core.source import WORKBOOK_FORMATS, ReadOptions, SourceTable
from csod_desktop.errors import Cancelled, InputFileError
from csod_desktop.i18n import translate

TEXT_SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t", ".txt": ","}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}

__all__ = ["EXCEL_SUFFIXES", "JSON_SUFFIXES", "TEXT_SUFFIXES", "WORKBOOK_FORMATS", "ReadOptions", "SourceTable",
           "read_delimited", "read_table", "shifted_value_warnings"]


def read_table(
    path: Path | str,
    options: ReadOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SourceTable:
    """Read ``path`` into a :class:`SourceTable`.

    Raises :class:`InputFileError` (with ``line`` when known) for an empty, binary, ragged or otherwise
    unreadable file, and :class:`Cancelled` when ``is_cancelled()`` turns true.
    """
    path = Path(path)
    options = options or ReadOptions()
    if not path.is_file():
        raise InputFileError(translate("reading", "{path} does not exist or is not a file.").format(path=path),
                             hint=translate("reading", "Check the file name."))
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        from csod_desktop.core.reading_excel import read_excel

        table = read_excel(path, options, progress=progress, is_cancelled=is_cancelled)
    elif suffix in JSON_SUFFIXES:
        from csod_desktop.core.reading_json import read_json

        table = read_json(path, progress=progress, is_cancelled=is_cancelled)
    elif suffix in TEXT_SUFFIXES:
        table = read_delimited(path, options, progress=progress, is_cancelled=is_cancelled)
    else:
        raise InputFileError(
            (translate("reading", "{file} has an unsupported type ({suffix}).").format(file=path.name, suffix=suffix)
             if suffix else translate("reading", "{file} has an unsupported type (no extension).").format(
                 file=path.name)),
            hint=translate("reading", "Use a .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods or .json file."),
        )
    if progress is not None:
        progress(1.0)
    return table


def read_delimited(
    path: Path,
    options: ReadOptions,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SourceTable:
    """CSV/TSV: detect the encoding and dialect, then parse with polars and check every record's width."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        if _looks_like_xlsx(path):
            raise InputFileError(
                translate("reading", "{file} is an Excel workbook saved with a {suffix} extension.").format(
                    file=path.name, suffix=path.suffix),
                hint=translate("reading", "Rename it to .xlsx, or export the sheet as CSV."),
            )
    source = encoding.old_mac_line_ends(path, encoding.detect_encoding(path, options.encoding, progress, is_cancelled))
    if source.data is not None and b"\x00" in source.data:
        encoding.sniff_binary(source.data[source.data.index(b"\x00") - 1 :], path)
    try:
        frame, headers, delimiter, quote = _parse(path, source, options, is_cancelled, progress)
    except pl.exceptions.ComputeError as exc:
        if "utf-8" not in str(exc).lower() or source.data is not None:
            raise
        # Invalid UTF-8 past the sampled head: Windows-1252 if it proves to be, else refused with the byte.
        source = encoding.prove_single_byte(path)
        frame, headers, delimiter, quote = _parse(path, source, options, is_cancelled, progress)
    if progress is not None:
        progress(0.85)
    frame = frame.rename(dict(zip(frame.columns, headers, strict=True)))
    if frame.height:
        # Blank lines are not records (polars reads them as a row of nulls).
        frame = frame.filter(~pl.all_horizontal(pl.all().is_null()))
    return SourceTable(
        frame=frame,
        path=path,
        format="tsv" if delimiter == "\t" else "csv",
        encoding=source.encoding,
        delimiter=delimiter,
        header_row=options.header_row,
        warnings=list(source.warnings) + shifted_value_warnings(frame, delimiter),
    )


def shifted_value_warnings(frame: pl.DataFrame, delimiter: str) -> list[str]:
    """Warn about values that start with a space right after a comma or semicolon.

    That is the mark of a value with an unquoted delimiter inside, like the quick start's
    "Accountant, San Jose" (bulk-api-quick-start.txt, Step 3): the line still has the header's width
    when another value is missing, but every value after it sits one column to the right.
    """
    if delimiter not in (",", ";") or frame.height == 0 or frame.width < 2:
        return []
    names = frame.columns
    counts = frame.select(pl.col(names).str.starts_with(" ").sum()).row(0)
    warnings = []
    for index, (name, count) in enumerate(zip(names, counts, strict=True)):
        if not count or index == 0:
            continue
        row = int(frame.select(pl.col(name).str.starts_with(" ").arg_true().first()).item())
        value, before = frame[name][row], frame[names[index - 1]][row] or ""
        warnings.append(
            f'Record {row + 1}, column "{shown(name)}": the value "{shown(value)}" starts with a space after the '
            f'{"comma" if delimiter == "," else "semicolon"} ({count} record(s) like this). If '
            f'"{shown(before + delimiter + value)}" is one value, it must be in double quotes in the file; '
            "otherwise the values after it are in the wrong columns."
        )
    return warnings


def _parse(
    path: Path,
    source: encoding.TextSource,
    options: ReadOptions,
    is_cancelled: Callable[[], bool] | None,
    progress: Callable[[float], None] | None,
) -> tuple[pl.DataFrame, list[str], str, str]:
    skip = max(0, options.header_row)
    sample = text.skip_lines(text.head_text(path, source), skip)
    if not sample.strip():
        if skip:
            raise InputFileError(translate("reading", "{file} has nothing on or after line {line}.").format(
                file=path.name, line=skip + 1), line=skip + 1)
        raise InputFileError(translate("reading", "{file} holds no data (only blank lines).").format(file=path.name),
                             line=1)
    default = TEXT_SUFFIXES.get(path.suffix.lower(), ",")
    if options.delimiter:
        delimiter, quote = options.delimiter, options.quotechar
    else:
        delimiter, quote = text.sniff_dialect(sample, default)
        if options.quotechar != '"':
            quote = options.quotechar
    headers = text.read_header(sample, delimiter, quote, path, line=skip + 1)
    width = len(headers)
    _check(is_cancelled)
    target = source.data if source.data is not None else path
    records = text.record_delimiters(path, source, delimiter, quote, skip, is_cancelled)
    _check(is_cancelled)
    if progress is not None:
        progress(0.5)
    frame: pl.DataFrame | None
    try:
        frame = pl.read_csv(
            target,
            has_header=True,
            separator=delimiter,
            quote_char=quote,
            infer_schema=False,
            raise_if_empty=False,
            truncate_ragged_lines=False,
            skip_lines=skip,
        )
    except pl.exceptions.ComputeError as exc:
        if "utf-8" in str(exc).lower():
            raise
        frame = None  # too many fields on a line, or quoting polars refuses: the exact scan says where
    _check(is_cancelled)
    if frame is None or frame.width != width or records is None:
        frame = text.scan_exact(path, source, delimiter, quote, width, is_cancelled, skip)
    elif frame.height and text.has_ragged_records(records, frame, delimiter):
        frame = text.scan_exact(path, source, delimiter, quote, width, is_cancelled, skip)
    return frame, headers, delimiter, quote


def _looks_like_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _check(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
