"""Spreadsheet gestures on the Review grid, Qt-free: paste a block, copy one, fill down, find and replace.

Each works in the grid's own coordinates (row and column as shown) and returns the cells to write; the
page turns them into (record, property) cells and gives them to the plan as one change, so one Undo
takes back a whole paste. The clipboard format is the one Excel and LibreOffice put there: cells
separated by tabs, rows ended by a line break, a cell holding a tab, a line break or a quote in double
quotes (with the quote doubled).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import polars as pl

Pos = tuple[int, int]  # (row, column) of the grid


def parse_block(text: str) -> list[list[str]]:
    """The rows of cells of a block copied from a spreadsheet (the last line break ends the last row)."""
    if not text:
        return []
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith(("\n", "\r")):
        text = text[:-1]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"'))
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def format_block(rows: Iterable[Iterable[str]]) -> str:
    """Cells as a spreadsheet takes them from the clipboard (the reverse of :func:`parse_block`)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return out.getvalue()


@dataclass
class Paste:
    """Where a block goes: the cells to write, and what did not fit (said on screen, never silent)."""

    cells: dict[Pos, str] = field(default_factory=dict)
    rows_cut: int = 0  # rows of the block below the last row of the grid
    columns_cut: int = 0  # columns of the block right of the last column
    read_only: int = 0  # cells that fell on a column that cannot be typed in (Exclude, Problems)


def paste_block(block: list[list[str]], selection: Iterable[Pos], n_rows: int, n_cols: int,
                editable: Callable[[int], bool]) -> Paste:
    """Where ``block`` goes in a grid of ``n_rows`` × ``n_cols`` with ``selection`` selected.

    As in a spreadsheet: one value into a selection of many cells fills each of them; a selection whose
    height and width are whole multiples of the block's repeats the block; otherwise the block starts
    at the top-left selected cell and keeps its own size (cut at the grid's edge).
    """
    chosen = sorted(set(selection))
    paste = Paste()
    if not block or not chosen:
        return paste
    height, width = len(block), len(block[0])

    def put(row: int, col: int, value: str) -> None:
        if editable(col):
            paste.cells[(row, col)] = value
        else:
            paste.read_only += 1

    if height == width == 1 and len(chosen) > 1:
        for row, col in chosen:
            put(row, col, block[0][0])
        return paste
    top, left = min(r for r, _ in chosen), min(c for _, c in chosen)
    rows = max(r for r, _ in chosen) - top + 1
    cols = max(c for _, c in chosen) - left + 1
    whole = len(chosen) == rows * cols
    if whole and (rows, cols) != (height, width) and rows % height == 0 and cols % width == 0:
        height_used, width_used = rows, cols  # tile the block over the selection
    else:
        height_used, width_used = height, width
    for i in range(height_used):
        row = top + i
        if row >= n_rows:
            paste.rows_cut = height_used - i
            break
        for j in range(width_used):
            col = left + j
            if col >= n_cols:
                paste.columns_cut = width_used - j
                break
            put(row, col, block[i % height][j % width])
    return paste


def fill_down(selection: Iterable[Pos], value: Callable[[int, int], str]) -> dict[Pos, str]:
    """Ctrl+D: in each selected column, the top selected cell's value written into the cells below it
    that are selected; a single selected cell takes the value of the cell above it."""
    by_col: dict[int, list[int]] = {}
    for row, col in selection:
        by_col.setdefault(col, []).append(row)
    out: dict[Pos, str] = {}
    for col, rows in by_col.items():
        rows.sort()
        if len(rows) == 1:
            if rows[0] > 0:
                out[(rows[0], col)] = value(rows[0] - 1, col)
            continue
        top = value(rows[0], col)
        for row in rows[1:]:
            out[(row, col)] = top
    return out


def replace_in(values: pl.Series, find: str, replace: str, *, whole_cell: bool = False,
               match_case: bool = False) -> dict[int, str]:
    """The cells of ``values`` (index -> new text) where ``find`` is replaced by ``replace``: every
    occurrence in the cell, or the cell only when it is ``find`` as a whole."""
    if not find:
        return {}
    text = values.cast(pl.String).fill_null("")
    if whole_cell:
        hit = (text == find) if match_case else (text.str.to_lowercase() == find.lower())
        new = pl.Series([replace] * len(text), dtype=pl.String)
    else:
        pattern = re.escape(find) if match_case else "(?i)" + re.escape(find)
        hit = text.str.contains(pattern)
        # replace_all with a literal replacement: "$1" in what the administrator typed stays "$1".
        new = text.str.replace_all(pattern, replace.replace("$", "$$"))
    idx = hit.arg_true()
    return dict(zip(idx.to_list(), new.gather(idx).to_list(), strict=True))
