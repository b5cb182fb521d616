"""Number formats of an old-style .xls sheet (BIFF8), which python-calamine reads but does not expose.

xlrd reads the cells' XF records (``formatting_info=True``); only number cells are looked at, and only the
chosen sheet is loaded (``on_demand``). An .xls sheet holds at most 65,536 rows, so this pure-Python pass
stays short.
"""

from __future__ import annotations

from collections.abc import Callable

from csod_desktop.core.excel_formats import NumberFormat, parse_format
from csod_desktop.core.excel_styles import SheetStyles
from csod_desktop.errors import Cancelled

_NUMBER_CELL = 2  # xlrd.XL_CELL_NUMBER


def read_xls_styles(path: str, sheet_name: str, is_cancelled: Callable[[], bool] | None = None) -> SheetStyles:
    """Per column, the rows of number cells whose format is not General."""
    import xlrd

    out = SheetStyles()
    book = xlrd.open_workbook(path, formatting_info=True, on_demand=True, logfile=_Silent())
    try:
        sheet = book.sheet_by_name(sheet_name)
        parsed: dict[int, NumberFormat] = {}
        for index, xf in enumerate(book.xf_list):
            fmt = book.format_map.get(xf.format_key)
            parsed[index] = parse_format(fmt.format_str if fmt is not None else "General")
        for row in range(sheet.nrows):
            if row % 5000 == 0 and is_cancelled is not None and is_cancelled():
                raise Cancelled()
            types = sheet.row_types(row)
            for col, kind in enumerate(types):
                if kind != _NUMBER_CELL:
                    continue
                fmt = parsed.get(sheet.cell_xf_index(row, col))
                if fmt is not None and not fmt.general:
                    out.formats.setdefault(col, {}).setdefault(fmt, []).append(row)
    finally:
        book.release_resources()
    return out


class _Silent:
    """xlrd writes warnings about odd records to a log file; the data is what matters here."""

    def write(self, _text: str) -> None:
        pass
