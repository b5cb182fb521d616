"""What python-calamine does not expose in an .xlsx: each cell's number format, formulas saved without results.

Per cell or per column, decided by measurement on the 100,000 × 13 benchmark workbook
(tests/benchmarks/bench_excel.py): noting the row of every formatted cell with Python's ``re`` cost
0.65 s; counting each column's formatted number cells with polars' regex engine costs 0.33 s with the
decompression, nearly all of it with the GIL released, beside calamine's 0.8 s parse (which releases it
too). So the scan counts per column, and a column is shown with its format when the count equals
calamine's number cells in it; only a column whose cells differ (``000000`` on some ids, General on
others) is scanned again for its rows. Nothing is sampled or guessed: the counts cover every cell.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from csod_desktop.core.excel_formats import BUILTIN_FORMATS, NumberFormat, is_date_format, parse_format
from csod_desktop.errors import Cancelled

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Decompressed bytes per regex pass: bounded memory on a million-row sheet, and the GIL held ~15 ms a pass.
_CHUNK = 2 << 20
# A formula with no value, or an empty one (openpyxl writes ``<v />``): saved without its result.
_MISSING_RESULT = re.compile(
    rb'<(?:\w+:)?c\b([^>]*)>(?:<(?:\w+:)?f\b[^>]*>([^<]*)</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)'
    rb'(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v></(?:\w+:)?v>)?</(?:\w+:)?c>'
)
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3}\d+)"[^>]*? t="e"[^>]*>(?:<(?:\w+:)?f\b[^>]*>[^<]*</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)?<(?:\w+:)?v>([^<]*)</')
# The same, as polars' (Rust) regex for counting in the fast scan: the end of a formula with no result.
_MISSING_HINT = r"(?:</f>|<f\b[^>]*/>)(?:<v\s*/>|<v></v>)?</c>"
_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")
_ATTR_R = re.compile(rb'\br="([^"]*)"')
_ATTR_S = re.compile(rb'\bs="(\d+)"')
_REF = re.compile(rb"([A-Z]{1,3})(\d+)")


@dataclass
class SheetStyles:
    """Per column (0-based), which number cells have a number format other than General.

    ``formats`` gives the 0-based sheet rows of each format. ``whole`` is the cheaper answer the fast scan
    gives first: the column's only format and how many number cells carry it; when that count is every
    number cell of the column, the column is shown with that format, else :meth:`refine` reads the rows.
    """

    formats: dict[int, dict[NumberFormat, list[int]]] = field(default_factory=dict)
    whole: dict[int, tuple[NumberFormat, int]] = field(default_factory=dict)
    refine: Callable[[set[int]], None] | None = None
    whole_columns: set[int] = field(default_factory=set)  # settled: one format for every number cell
    unseen: bool = False  # formatted number cells the per-column counts missed: refine() every number column
    missing_results: list[tuple[str, str]] = field(default_factory=list)  # (cell, formula) without a value
    n_missing_results: int = 0
    error_cells: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, "#DIV/0!")


def column_index(letters: bytes | str) -> int:
    """``A`` is 0, ``Z`` 25, ``AA`` 26."""
    index = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        index = index * 26 + ord(ch) - 64
    return index - 1


def column_name(index: int) -> str:
    """0 is ``A``, 26 is ``AA``."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def read_xlsx_styles(
    path: str, sheet_name: str, is_cancelled: Callable[[], bool] | None = None
) -> SheetStyles:
    """Number formats of the cells of ``sheet_name`` that need one, and formulas saved without results."""
    with zipfile.ZipFile(path) as zf:
        member = _sheet_member(zf, sheet_name)
        if member is None:
            return SheetStyles()
        wanted = {i: fmt for i, fmt in _cell_formats(zf).items() if not fmt.general}
        out = _scan(zf, member, wanted, fast=True, is_cancelled=is_cancelled)
        if out is None:  # a writer that leaves out ``r`` or prefixes the namespace: the exact scan
            out = _scan(zf, member, wanted, fast=False, is_cancelled=is_cancelled)
    assert out is not None

    def refine(columns: set[int]) -> None:
        """The rows of each format in ``columns`` (a second pass, for columns with mixed formats)."""
        letters = b"|".join(column_name(c).encode() for c in sorted(columns))
        ids = b"|".join(str(i).encode() for i in sorted(wanted, key=lambda i: -i))
        pattern = re.compile(rb'<c r="(' + letters + rb')(\d+)"(?: [a-z]+="[^"]*")*? s="(' + ids + rb')"')
        with zipfile.ZipFile(path) as zf, zf.open(member) as fh:  # type: ignore[arg-type]
            for data in _blocks(fh, is_cancelled):
                _collect_rows(pattern, data, wanted, out)

    if out.whole or out.unseen:
        out.refine = refine
    return out


def _blocks(fh: Any, is_cancelled: Callable[[], bool] | None) -> Iterator[bytes]:
    """The decompressed member in blocks that end on a whole cell (or at least a whole tag)."""
    tail = b""
    while True:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        block = fh.read(_CHUNK)
        data = tail + block
        if not block:
            yield data
            return
        cut = data.rfind(b"</c>") + 4 if b"</c>" in data[-(1 << 20):] else data.rfind(b">") + 1
        data, tail = data[:cut], data[cut:]
        yield data


def _scan(zf: zipfile.ZipFile, member: str, wanted: dict[int, NumberFormat], *, fast: bool,
          is_cancelled: Callable[[], bool] | None) -> SheetStyles | None:
    out = SheetStyles()
    sample = None
    ids_text = "|".join(str(i) for i in sorted(wanted, key=lambda i: -i))
    if wanted and fast:
        sample = re.compile(rb'<c r="([A-Z]{1,3})\d+" s="(' + ids_text.encode() + rb')"')
    position = [-1, -1]  # the exact scan's current row and column
    combos: list[tuple[str, str]] = []  # (column letters, style) seen in the first block
    counts: Counter[tuple[str, str]] = Counter()
    first = True
    with zf.open(member) as fh:
        for data in _blocks(fh, is_cancelled):
            if fast:
                if first:
                    if (data.count(b"<c ") != data.count(b'<c r="') or b"<c>" in data
                            or (b"<c " not in data and b":c " in data)):
                        return None  # one writer writes every cell alike: the first block tells
                    if sample is not None:
                        combos = sorted({(c.decode(), k.decode()) for c, k in sample.findall(data)})
                    first = False
                found = _count_in_rust(data, combos, ids_text)
                seen = {combo: n for combo, n in found.items() if isinstance(combo, tuple)}
                counts.update(seen)
                if found["styled"] != sum(seen.values()):
                    out.unseen = True  # a (column, style) the first block did not show: refine() reads them
                if found["missing"]:
                    _collect_missing(data, out)
                if found["errors"]:
                    _collect_errors(data, out)
                continue
            if wanted:
                _collect_exact(data, wanted, out, position)
            _collect_missing(data, out)
            _collect_errors(data, out)
    by_column: dict[int, dict[NumberFormat, int]] = {}
    for (letters, style), count in counts.items():
        if count:
            fmts = by_column.setdefault(column_index(letters), {})
            fmt = wanted[int(style)]
            fmts[fmt] = fmts.get(fmt, 0) + count
    for column, fmts in by_column.items():
        if len(fmts) == 1:
            [(fmt, count)] = fmts.items()
            out.whole[column] = (fmt, count)
        else:
            out.whole[column] = (next(iter(fmts)), -1)  # several formats: refine() reads the rows
    return out


def _count_in_rust(data: bytes, combos: list[tuple[str, str]], ids: str) -> dict[Any, int]:
    """One pass of polars' regex engine (GIL released) over a block: exact counts of number cells per
    (column, style), and of formulas saved without results and error cells (then read in Python).

    A number cell is a value or a formula without a text type; a cell Excel writes another way (other
    attributes between, an empty styled cell) is not counted, so its column's count falls short of
    calamine's number cells and refine() reads the rows.
    """
    import polars as pl

    exprs = [
        pl.col("x").str.count_matches(f'<c r="{letters}\\d+" s="{style}"(?: t="n")?><[vf][ >]').alias(str(i))
        for i, (letters, style) in enumerate(combos)
    ]
    exprs.append(pl.col("x").str.count_matches(f'<c r="[A-Z]{{1,3}}\\d+" s="(?:{ids})"(?: t="n")?><[vf][ >]')
                 .alias("styled"))
    exprs.append(pl.col("x").str.count_matches(_MISSING_HINT).alias("missing"))
    exprs.append(pl.col("x").str.count_matches(' t="e"', literal=True).alias("errors"))
    row = pl.DataFrame({"x": [data.decode("utf-8", "replace")]}).select(exprs).row(0)
    counts: dict[Any, int] = {combo: int(n or 0) for combo, n in zip(combos, row, strict=False)}
    counts["styled"], counts["missing"], counts["errors"] = (int(n or 0) for n in row[-3:])
    return counts


def _collect_errors(data: bytes, out: SheetStyles) -> None:
    if b't="e"' not in data:
        return
    for ref, text in _ERROR_CELL.findall(data):
        letters, digits = _REF.match(ref).groups()  # type: ignore[union-attr]
        out.error_cells.append((int(digits) - 1, column_index(letters), text.decode("ascii", "replace")))


def _collect_rows(pattern: re.Pattern[bytes], data: bytes, wanted: dict[int, NumberFormat], out: SheetStyles) -> None:
    groups: dict[tuple[bytes, bytes], list[int]] = {}
    for letters, row, style in pattern.findall(data):
        key = (letters, style)
        rows = groups.get(key)
        if rows is None:
            rows = groups[key] = []
        rows.append(int(row) - 1)
    for (letters, style), rows in groups.items():
        by_format = out.formats.setdefault(column_index(letters), {})
        by_format.setdefault(wanted[int(style)], []).extend(rows)


def _collect_exact(data: bytes, wanted: dict[int, NumberFormat], out: SheetStyles, position: list[int]) -> None:
    """Every row and cell tag in order: ``r`` when present, else the next position (ECMA-376 18.3.1.4)."""
    for kind, attrs in _TAG.findall(data):
        ref = _ATTR_R.search(attrs)
        if kind == b"row":
            position[0] = int(ref.group(1)) - 1 if ref else position[0] + 1
            position[1] = -1
            continue
        if ref:
            letters, digits = _REF.match(ref.group(1)).groups()  # type: ignore[union-attr]
            position[0], position[1] = int(digits) - 1, column_index(letters)
        else:
            position[1] += 1
        style = _ATTR_S.search(attrs)
        if style and int(style.group(1)) in wanted:
            fmt = wanted[int(style.group(1))]
            out.formats.setdefault(position[1], {}).setdefault(fmt, []).append(position[0])


def _collect_missing(data: bytes, out: SheetStyles) -> None:
    if b"</f></c>" not in data and b"/></c>" not in data and b"<v></v>" not in data and b":c>" not in data:
        return
    for attrs, formula in _MISSING_RESULT.findall(data):
        out.n_missing_results += 1
        if len(out.missing_results) < 3:
            ref = _ATTR_R.search(attrs)
            out.missing_results.append((ref.group(1).decode("ascii") if ref else "", formula.decode("utf-8", "replace")))


def _cell_formats(zf: zipfile.ZipFile) -> dict[int, NumberFormat]:
    """Style index (the ``s`` of a cell) -> its number format, dates and General left as General."""
    try:
        root = ET.fromstring(zf.read("xl/styles.xml"))
    except (KeyError, ET.ParseError):
        return {}
    codes = dict(BUILTIN_FORMATS)
    for node in root.iter(f"{_MAIN}numFmt"):
        try:
            codes[int(node.get("numFmtId", ""))] = node.get("formatCode", "General")
        except ValueError:
            continue
    parsed: dict[str, NumberFormat] = {}
    out: dict[int, NumberFormat] = {}
    xfs = root.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else []):
        try:
            code = codes.get(int(xf.get("numFmtId", "0")), "General")
        except ValueError:
            code = "General"
        if code not in parsed:
            parsed[code] = parse_format(code) if not is_date_format(code) else parse_format("General")
        out[index] = parsed[code]
    return out


def _sheet_member(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member holding ``sheet_name``'s cells (xl/workbook.xml and its relationships)."""
    try:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return None
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    for sheet in book.iter(f"{_MAIN}sheet"):
        if sheet.get("name") == sheet_name:
            target = targets.get(sheet.get(f"{_REL}id"), "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None
