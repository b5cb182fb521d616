"""Number formats of an OpenDocument (.ods) sheet, which python-calamine reads but does not expose.

An .ods cell names a cell style (its own or its column's default), the cell style names a data style
(number, percentage or currency; ODF 1.2 part 1, 16.27), and the data style is translated here into the
Excel format code the renderer already knows (min-integer-digits 6 is ``000000``), so a workbook shows
the same text whether Excel or LibreOffice saved it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable

from csod_desktop.core.excel_formats import NumberFormat, parse_format
from csod_desktop.core.excel_styles import SheetStyles
from csod_desktop.errors import Cancelled

_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_DATA_STYLES = ("number-style", "percentage-style", "currency-style")
_NUMERIC = {"float", "percentage", "currency"}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def read_ods_styles(path: str, sheet_name: str, is_cancelled: Callable[[], bool] | None = None) -> SheetStyles:
    """Per column, the rows of number cells whose data style is not General."""
    out = SheetStyles()
    with zipfile.ZipFile(path) as zf:
        data_styles: dict[str, str] = {}
        cell_styles: dict[str, str] = {}
        if "styles.xml" in zf.namelist():
            _styles(ET.fromstring(zf.read("styles.xml")), data_styles, cell_styles)
        with zf.open("content.xml") as fh:
            _walk(fh, sheet_name, data_styles, cell_styles, out, is_cancelled)
    return out


def _styles(root: ET.Element, data_styles: dict[str, str], cell_styles: dict[str, str]) -> None:
    for kind in _DATA_STYLES:
        for node in root.iter(_q("number", kind)):
            data_styles[node.get(_q("style", "name"), "")] = _format_code(node, kind)
    for node in root.iter(_q("style", "style")):
        if node.get(_q("style", "family")) == "table-cell" and node.get(_q("style", "data-style-name")):
            cell_styles[node.get(_q("style", "name"), "")] = node.get(_q("style", "data-style-name"), "")


def _format_code(node: ET.Element, kind: str) -> str:
    """An ODF data style as an Excel format code; scientific and fraction styles stay General."""
    code = []
    for child in node:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "number":
            digits = int(child.get(_q("number", "min-integer-digits"), "1") or 1)
            places = int(child.get(_q("number", "decimal-places"), "0") or 0)
            least = int(child.get(_q("number", "min-decimal-places"), str(places)) or places)
            grouped = child.get(_q("number", "grouping")) == "true"
            whole = ("#," if grouped else "") + ("0" * digits or "#")
            code.append(whole + ("." + "0" * least + "#" * (places - least) if places else ""))
        elif tag in ("scientific-number", "fraction"):
            return "General"
        elif tag == "text":
            text = "".join(child.itertext())
            if kind == "percentage-style" and "%" in text:
                code.append(text.replace("%", "") and f'"{text.replace("%", "")}"')
                code.append("%")
            elif text:
                code.append('"' + text.replace('"', "") + '"')
        elif tag == "currency-symbol":
            code.append('"' + "".join(child.itertext()).replace('"', "") + '"')
    return "".join(code) or "General"


def _walk(fh, sheet_name: str, data_styles: dict[str, str], cell_styles: dict[str, str], out: SheetStyles,
          is_cancelled: Callable[[], bool] | None) -> None:
    table_tag, row_tag, col_tag = _q("table", "table"), _q("table", "table-row"), _q("table", "table-column")
    cell_tags = {_q("table", "table-cell"), _q("table", "covered-table-cell")}
    parsed: dict[str, NumberFormat] = {}
    column_styles: list[str | None] = []
    pending: list[tuple[int, int, NumberFormat]] = []  # (first column, columns, format) in this row
    inside = False
    row = 0
    col = 0
    for event, node in ET.iterparse(fh, events=("start", "end")):
        tag = node.tag
        if event == "start":
            if tag == _q("office", "automatic-styles") or tag == table_tag:
                inside = tag == table_tag and node.get(_q("table", "name")) == sheet_name
            continue
        if tag == _q("office", "automatic-styles"):
            _styles(node, data_styles, cell_styles)
        elif not inside:
            if tag == table_tag:
                node.clear()
            continue
        elif tag == col_tag:
            repeat = int(node.get(_q("table", "number-columns-repeated"), "1"))
            column_styles.extend([node.get(_q("table", "default-cell-style-name"))] * min(repeat, 16384))
        elif tag in cell_tags:
            repeat = min(int(node.get(_q("table", "number-columns-repeated"), "1")), 16384)
            if node.get(_q("office", "value-type")) in _NUMERIC:
                style = node.get(_q("table", "style-name")) or (column_styles[col] if col < len(column_styles) else None)
                data = data_styles.get(cell_styles.get(style or "", ""), "General")
                fmt = parsed.get(data) or parsed.setdefault(data, parse_format(data))
                if not fmt.general:
                    pending.append((col, repeat, fmt))
            col += repeat
            node.clear()
        elif tag == row_tag:
            repeat = int(node.get(_q("table", "number-rows-repeated"), "1"))
            for first, width, fmt in pending:
                for c in range(first, first + width):
                    out.formats.setdefault(c, {}).setdefault(fmt, []).extend(range(row, row + repeat))
            pending.clear()
            row += repeat
            col = 0
            node.clear()
            if row % 5000 == 0 and is_cancelled is not None and is_cancelled():
                raise Cancelled()
        elif tag == table_tag:
            return
