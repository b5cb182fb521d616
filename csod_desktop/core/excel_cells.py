"""A workbook column's cell values (python-calamine's types) as the text a person sees, and its date mask."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

import polars as pl

from csod_desktop.core import excel_formats as xf
from csod_desktop.core.excel_styles import SheetStyles
from csod_desktop.errors import Cancelled

_NUMBER = (float, int)
_DATE = (dt.date, dt.datetime)
_BATCH = 2000  # rows per step: each step holds the GIL a few milliseconds


def sheet_rows(grid: Any, progress: Callable[[float], None] | None, is_cancelled: Callable[[], bool] | None) -> list[list[Any]]:
    """Every row from A1 (calamine's rows start at the first used column: the left is padded back).

    Taken a few thousand rows at a time, so the GIL goes back to the window between batches and a
    cancel is seen at once (``to_python`` would hold it for the whole sheet).
    """
    offset = grid.start[1] if grid.start else 0
    total = max(1, grid.total_height)
    rows: list[list[Any]] = []
    batches = grid.iter_rows()
    with no_cycle_collection():
        while batch := list(islice(batches, _BATCH)):
            rows.extend(batch if not offset else [[""] * offset + row for row in batch])
            check(is_cancelled)
            report(progress, 0.1 + 0.4 * min(1.0, len(rows) / total))
    return rows


def transposed(body: list[list[Any]], width: int) -> list[tuple[Any, ...]]:
    """The body's columns (the first ``width``), transposed a batch at a time for the same reason."""
    if not body:
        return [() for _ in range(width)]
    columns: list[list[Any]] = [[] for _ in range(len(body[0]))]
    for start in range(0, len(body), _BATCH):
        for column, part in zip(columns, zip(*body[start : start + _BATCH], strict=True), strict=True):
            column.extend(part)
    return [tuple(column) for column in columns[:width]]


class Cells:
    """One column's cell values as calamine returned them, their types, and its numbers as Float64."""

    __slots__ = ("values", "kinds", "numbers")

    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = values
        self.kinds = set(map(type, values))
        self.numbers: pl.Series | None = None
        if self.kinds & {float, int}:
            self.numbers = pl.Series([v if type(v) in _NUMBER else None for v in values], dtype=pl.Float64)

    @property
    def n_numbers(self) -> int:
        return 0 if self.numbers is None else self.numbers.len() - self.numbers.null_count()


class Plan:
    """How one column becomes text: polars inputs (named ``{key}:…``) and one expression over them.

    Every column's plan is evaluated in one ``select``, so polars renders the columns in parallel with
    the GIL released (the window keeps repainting), instead of one column after another.
    """

    __slots__ = ("inputs", "expr", "mask")

    def __init__(self) -> None:
        self.inputs: dict[str, pl.Series] = {}
        self.expr: pl.Expr = pl.lit(None, pl.String)
        self.mask: pl.Series | None = None


def column_text(
    key: str, cells: Cells, formats: dict[xf.NumberFormat, list[int]], first_row: int, whole: bool
) -> Plan:
    """The plan of one column's text and, when it holds dates, the mask of its date cells."""
    values, kinds = cells.values, cells.kinds
    plan = Plan()
    if kinds <= {str}:
        plan.inputs[f"{key}:s"] = pl.Series(values, dtype=pl.String)
        column = pl.col(f"{key}:s")
        plan.expr = pl.when(column != "").then(column)
        return plan
    parts: list[pl.Expr] = []
    if cells.numbers is not None:
        parts.append(_number_plan(key, cells.numbers, formats, first_row, whole, plan))
    if kinds & {dt.date, dt.datetime}:
        dates = xf.date_inputs(values, with_times=dt.datetime in kinds)
        mask = dates["d"].is_not_null()
        for part, series in dates.items():
            plan.inputs[f"{key}:{part}"] = series
            parts.append(xf.date_expr(pl.col(f"{key}:{part}"), series.dtype))
            if part == "t":
                mask = mask | series.is_not_null()
        plan.mask = mask
    if kinds <= {bool, str} and not any(type(v) is str and v for v in values):
        plan.inputs[f"{key}:b"] = pl.Series([v if type(v) is bool else None for v in values], dtype=pl.Boolean)
        flags = pl.col(f"{key}:b")
        parts.append(pl.when(flags).then(pl.lit("TRUE")).when(~flags).then(pl.lit("FALSE")))
    elif kinds - {float, int, dt.date, dt.datetime, str} or (str in kinds and any(type(v) is str and v for v in values)):
        plan.inputs[f"{key}:o"] = pl.Series(
            [xf.other_text(v) if not isinstance(v, _NUMBER + _DATE) or isinstance(v, bool) else None for v in values],
            dtype=pl.String,
        )
        parts.append(pl.col(f"{key}:o"))
    plan.expr = parts[0] if len(parts) == 1 else pl.coalesce(parts)
    return plan


def settle_formats(found: SheetStyles, above: list[list[Any]], cells: list[Cells], width: int) -> None:
    """Turn the fast scan's per-column answer into rows where a column's number cells differ in format."""
    unsure = set()
    if found.unseen:  # some formatted number cells were not counted per column: read every number column
        unsure = {i for i, column in enumerate(cells) if column.numbers is not None and i not in found.formats}
    for column, (fmt, count) in list(found.whole.items()):
        if column in unsure:
            continue
        if column >= width or column in found.formats:
            continue
        numbers = cells[column].n_numbers + sum(1 for r in above if column < len(r) and type(r[column]) in _NUMBER)
        if count == numbers:
            found.formats[column] = {fmt: []}  # every number cell of the column: no rows needed
            found.whole_columns.add(column)
        else:
            unsure.add(column)
    if unsure and found.refine is not None:
        found.refine(unsure)


def _number_plan(key: str, numbers: pl.Series, formats: dict[xf.NumberFormat, list[int]], first_row: int,
                 whole: bool, plan: Plan) -> pl.Expr:
    """Numbers with each cell's own format (``formats`` maps a format to its 0-based sheet rows)."""
    xf.check_digits(numbers)
    plan.inputs[f"{key}:n"] = numbers
    v = pl.col(f"{key}:n")
    n = numbers.len()
    assigned: list[tuple[xf.NumberFormat, list[int]]] = []
    if whole:
        assigned = [(next(iter(formats)), [])]  # every number cell of the column has this format
    else:
        for fmt, rows in formats.items():
            local = [r - first_row for r in rows if first_row <= r < first_row + n]
            if local:
                assigned.append((fmt, local))
        covered = sum(len(local) for _fmt, local in assigned)
        if len(assigned) == 1 and covered >= n - numbers.null_count():
            assigned = [(assigned[0][0], [])]  # the usual column: one format throughout
    if len(assigned) == 1 and not assigned[0][1]:
        return _with_fractions(key, numbers, assigned[0][0], plan)
    expr = _with_fractions(key, numbers, xf.GENERAL, plan)
    chosen = pl.Series([0] * n, dtype=pl.UInt16)
    for code, (fmt, local) in enumerate(assigned, start=1):
        chosen = chosen.scatter(local, code)
        expr = pl.when(pl.col(f"{key}:f") == code).then(xf.number_expr(v, fmt)).otherwise(expr)
    plan.inputs[f"{key}:f"] = chosen
    return expr


def _with_fractions(key: str, numbers: pl.Series, fmt: xf.NumberFormat, plan: Plan) -> pl.Expr:
    fractions = xf.general_fractions(numbers) if fmt.general else None
    if fractions is None:
        return xf.number_expr(pl.col(f"{key}:n"), fmt)
    plan.inputs[f"{key}:g"] = fractions
    return xf.number_expr(pl.col(f"{key}:n"), fmt, pl.col(f"{key}:g"))


def header_text(value: Any) -> str | None:
    if isinstance(value, _DATE):
        kind = pl.Datetime("us") if type(value) is dt.datetime else pl.Date
        return xf.render_dates(pl.Series([value], dtype=kind))[0]
    if type(value) in _NUMBER:
        return xf.render_general(pl.Series([float(value)]))[0]
    return xf.other_text(value)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while a million acyclic cell values are made (measured: 0.1-0.2 s saved
    per 100,000 × 13 sheet, as each collection would walk every value made so far)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def report(progress: Callable[[float], None] | None, fraction: float) -> None:
    if progress is not None:
        progress(fraction)


def check(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
