"""The jobs the Review step runs in workers: check the plan and group its problems, export problem rows."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.ui.models.review_model import ReviewData


def check_job(plan: Any):
    """Map the file, write in the edits and validate (the plan's checker, cancellable), then group the
    problems for the grid; both halves run off the GUI thread. Returns ``(checked, review data)``."""
    check = plan.checker()  # the inputs, as they are now

    def job(control: Any) -> tuple[Any, ReviewData]:
        control.progress(0.0, "Mapping the columns")
        checked = check(lambda f: control.progress(f, "Checking"), control.is_cancelled)
        control.check()
        return checked, ReviewData.build(checked.result, checked.frame, summary_of(checked.result))

    return job


def summary_of(result: Any) -> pl.DataFrame:
    """The summary by rule and column, errors first, then by count."""
    summary = result.summary()
    if summary.is_empty():
        return summary
    return summary.sort(
        [pl.col("severity") != "error", pl.col("count")], descending=[False, True], maintain_order=True
    )


def export_problem_rows(
    data: ReviewData,
    excluded: set[int],
    out: Path,
    *,
    source_frame: pl.DataFrame | None = None,
    mapping: Any = None,
    edits: Mapping[tuple[int, str], str] | None = None,
) -> int:
    """Write the records with problems to ``out`` as a CSV Excel opens cleanly (UTF-8 with BOM, CRLF).

    Columns: Row (the record number in the original file), Excluded, Problems (each message and hint),
    then the record in the administrator's own columns (``source_frame``, with the grid's edits written
    into the column mapped to the edited field), so the fixed file can be dropped back in step 3 and
    maps itself again. Without a source frame, the mapped fields. Every cell is neutralized: a value
    such as ``=HYPERLINK(...)`` from an HR export must not run as a formula when the file is opened.
    Returns the number of rows written.
    """
    from csod_desktop.core.export import write_csv

    records = sorted(data.by_row)
    index = [r - 1 for r in records]
    if source_frame is not None and mapping is not None:
        frame = source_frame[index] if records else source_frame.head(0)
        source_of = {prop: source for source, prop in mapping.columns.items()}
        for (record, prop), value in (edits or {}).items():
            column = source_of.get(prop)
            if column in frame.columns and record in records:
                row = records.index(record)
                frame = frame.with_columns(
                    frame.get_column(column).scatter([row], pl.Series([value or None], dtype=pl.String))
                )
    else:
        frame = data.frame[index] if records else data.frame.head(0)
    notes = ["; ".join(f"{p.column}: {p.message} {p.hint}".strip() for p in data.by_row[r]) for r in records]
    header = ["Row", "Excluded", "Problems", *frame.columns]
    rows = (
        [str(r), "yes" if r in excluded else "", note, *("" if v is None else v for v in values)]
        for r, note, values in zip(records, notes, frame.iter_rows())
    )
    return write_csv(out, header, rows)
