"""The previous workbook reader, kept verbatim as the benchmark's reference (openpyxl, read-only mode).

Frozen copy of csod_desktop/core/reading_excel.py before python-calamine (main at e286f33); only
tests/benchmarks/bench_excel.py imports it. Its own docstring follows.

Excel .xlsx sheets read as the text a person sees in the cells (openpyxl, read-only mode).

Decision: a cell becomes the text Excel displays, not its stored value, because the administrator checks
the file by looking at it. Numbers keep their number format ("00123" stays "00123", "General" shows 12
not 12.0, and up to 15 significant digits as the formula bar does), dates are rendered with the cell's date format, and the built-in short date (format 14,
shown by Excel in the computer's locale) is rendered month first as Excel en-US does ("1/29/2018").
Choose the job's ``datetime_culture`` to match what you see. Text cells are kept verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.core.source import SourceTable
from csod_desktop.errors import Cancelled, InputFileError

#: Excel's built-in short date (format 14) as openpyxl reports it: shown in the computer's locale.
_LOCALE_DATE = frozenset({"mm-dd-yy", "General"})
_DATE_TOKENS = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p", re.I)


def read_excel(
    path: Path,
    options: Any,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Any:
    """Read one sheet (``options.sheet`` or the first) with the header on row ``options.header_row``."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    from csod_desktop.core.reading_text import sniff_binary

    with path.open("rb") as fh:
        head = fh.read(4096)
    if not head:
        raise InputFileError(f"{path.name} is empty.", line=1, hint="Check that the export finished.")
    if not head.startswith(b"PK\x03\x04"):
        sniff_binary(head, path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
        raise InputFileError(
            f"{path.name} is not a readable Excel workbook ({exc.__class__.__name__}).",
            hint="Open it in Excel and save it again as .xlsx, or export the sheet as CSV.",
        ) from exc
    try:
        names = list(workbook.sheetnames)
        sheet = options.sheet or names[0]
        if sheet not in names:
            raise InputFileError(
                f"{path.name} has no sheet named \"{sheet}\" (sheets: {', '.join(names)}).",
                hint="Choose one of the sheets listed.",
            )
        ws = workbook[sheet]
        total = ws.max_row or 0
        rows: list[list[str | None]] = []
        short_dates: set[int] = set()  # columns with dates in Excel's locale-dependent short format
        for index, row in enumerate(ws.iter_rows()):
            rows.append([display_text(cell) for cell in row])
            for col, cell in enumerate(row):
                if getattr(cell, "is_date", False) and getattr(cell, "number_format", None) in _LOCALE_DATE:
                    short_dates.add(col)
            if index % 2000 == 0:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                if progress is not None and total:
                    progress(0.9 * index / total)
    finally:
        workbook.close()

    header_index = options.header_row
    while rows and all(v is None for v in rows[-1]):
        rows.pop()  # trailing empty rows are formatting, not records
    if len(rows) <= header_index:
        raise InputFileError(
            f"Sheet \"{sheet}\" of {path.name} has no header on row {header_index + 1}: it is empty there.",
            line=header_index + 1,
            hint="Choose the row that holds the column names.",
        )
    header = rows[header_index]
    body = rows[header_index + 1 :]
    width = len(header)
    # Trailing columns with neither a name nor a value are formatting too.
    while width and header[width - 1] is None and all(
        len(r) < width or r[width - 1] is None for r in body
    ):
        width -= 1
    names_row = [h if h is not None else "" for h in header[:width]]
    excel_row = header_index + 1
    from csod_desktop.core.reading_text import check_headers

    check_headers(names_row, path, line=excel_row)
    columns: list[list[str | None]] = [[] for _ in range(width)]
    for r in body:
        if all(v is None for v in r):
            continue
        padded = r[:width] + [None] * (width - len(r))
        for col, value in zip(columns, padded, strict=True):
            col.append(value)
    frame = pl.DataFrame(
        {name: col for name, col in zip(names_row, columns, strict=True)},
        schema={name: pl.String for name in names_row},
    )
    warnings = []
    shown = [names_row[c] for c in sorted(short_dates) if c < width]
    if shown:
        warnings.append(
            "Dates in " + ", ".join(f'"{c}"' for c in shown) + " use Excel's short date format, which "
            "depends on the computer's language; they were read month first (like 1/29/2018). Set the "
            "job's date culture to en-US, or give the cells a date format such as yyyy-mm-dd."
        )
    return SourceTable(
        frame=frame,
        path=path,
        format="xlsx",
        sheet_names=names,
        sheet=sheet,
        header_row=header_index,
        warnings=warnings,
    )


def display_text(cell: Any) -> str | None:
    """The text Excel shows for a cell (see the module docstring for the choices)."""
    value = getattr(cell, "value", None)
    if value is None:
        return None
    fmt = getattr(cell, "number_format", "General") or "General"
    if isinstance(value, str):
        return value if value != "" else None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return format_date(value, fmt)
    if isinstance(value, (int, float)):
        return format_number(value, fmt)
    return str(value)


def format_number(value: int | float, fmt: str) -> str:
    """Render a number with the common Excel number formats; unknown formats fall back to General."""
    section = fmt.split(";")[0]
    if section in ("General", "@", ""):
        return _general(value)
    pct = section.endswith("%")
    core = re.sub(r'"[^"]*"|\\.|[_*].|\[[^\]]*\]', "", section).rstrip("%")
    if not re.fullmatch(r"[#0,]*(\.[0#]+)?", core):
        return _general(value)
    number = Decimal(str(value)) * (100 if pct else 1)
    decimals = len(core.split(".")[1]) if "." in core else 0
    int_zeros = core.split(".")[0].replace("#", "").replace(",", "").count("0")
    grouped = "," in core.split(".")[0]
    rendered = f"{abs(number):{',' if grouped else ''}.{decimals}f}"
    int_part, _, frac = rendered.partition(".")
    int_digits = int_part.replace(",", "")
    if len(int_digits) < int_zeros:
        int_part = int_digits.zfill(int_zeros)
    if int_part.replace(",", "") == "0" and int_zeros == 0:
        int_part = ""
    out = int_part + ("." + frac if decimals else "")
    return ("-" if number < 0 else "") + out + ("%" if pct else "")


def _general(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.15g}"  # Excel keeps 15 significant digits (what its formula bar shows)
    return str(value)


def format_date(value: dt.date | dt.time, fmt: str) -> str:
    """Render a date/time with its Excel format code (``mm`` after ``h`` or before ``ss`` is minutes)."""
    if fmt in ("General", "mm-dd-yy"):
        fmt = "m/d/yyyy" if not isinstance(value, dt.time) else "h:mm:ss"
        if isinstance(value, dt.datetime) and (value.hour or value.minute or value.second):
            fmt = "m/d/yyyy h:mm"
    fmt = re.sub(r'\[[^\]]*\]|\\|"', "", fmt.split(";")[0])
    tokens = list(_DATE_TOKENS.finditer(fmt))
    twelve = any(t.group().lower() in ("am/pm", "a/p") for t in tokens)
    out, last = [], 0
    for i, tok in enumerate(tokens):
        out.append(fmt[last : tok.start()])
        last = tok.end()
        t = tok.group().lower()
        prev = tokens[i - 1].group().lower() if i else ""
        nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        minute = t in ("m", "mm") and (prev in ("h", "hh") or nxt in ("s", "ss"))
        out.append(_date_part(value, t, minute, twelve))
    out.append(fmt[last:])
    return "".join(out)


def _date_part(value: Any, token: str, minute: bool, twelve: bool) -> str:
    get = lambda name: getattr(value, name, 0)  # noqa: E731 - a date has no hour, a time has no year
    if minute:
        return f"{get('minute'):02d}" if token == "mm" else str(get("minute"))
    hour = get("hour")
    if twelve and token in ("h", "hh"):
        hour = hour % 12 or 12
    table = {
        "yyyy": lambda: f"{get('year'):04d}",
        "yy": lambda: f"{get('year') % 100:02d}",
        "mmmm": lambda: value.strftime("%B"),
        "mmm": lambda: value.strftime("%b"),
        "mm": lambda: f"{get('month'):02d}",
        "m": lambda: str(get("month")),
        "dddd": lambda: value.strftime("%A"),
        "ddd": lambda: value.strftime("%a"),
        "dd": lambda: f"{get('day'):02d}",
        "d": lambda: str(get("day")),
        "hh": lambda: f"{hour:02d}",
        "h": lambda: str(hour),
        "ss": lambda: f"{get('second'):02d}",
        "s": lambda: str(get("second")),
        "am/pm": lambda: "AM" if get("hour") < 12 else "PM",
        "a/p": lambda: "A" if get("hour") < 12 else "P",
    }
    return table[token]()
