"""The jobs the Review step runs in workers: check the mapped data, export problem rows, write the payload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.ui.models.review_model import ReviewData


def apply_edits(frame: pl.DataFrame, edits: Mapping[tuple[int, str], str]) -> pl.DataFrame:
    """``frame`` with the administrator's cell edits (1-based record numbers) written in."""
    if not edits:
        return frame
    by_column: dict[str, dict[int, str]] = {}
    for (record, column), value in edits.items():
        by_column.setdefault(column, {})[record - 1] = value
    columns = []
    for column, cells in by_column.items():
        if column not in frame.columns:
            continue
        indices = list(cells)
        values = [cells[i] if cells[i] != "" else None for i in indices]
        columns.append(frame.get_column(column).scatter(indices, pl.Series(values, dtype=pl.String)))
    return frame.with_columns(columns) if columns else frame


def check_job(source_frame: pl.DataFrame, mapping: Any, schema: Any, settings: dict[str, Any],
              edits: dict[tuple[int, str], str], *, date_cells: Mapping[str, pl.Series] | None = None):
    """Map the file (Excel date cells in the culture's form), write in the edits, validate, group the problems."""
    edits = dict(edits)

    def job(control: Any) -> ReviewData:
        from csod_desktop.core.validation import validate

        control.progress(0.0, "Mapping the columns")
        frame = apply_edits(mapping.apply(source_frame, schema, date_cells=date_cells, settings=settings), edits)
        control.check()
        result = validate(frame, schema, settings, progress=lambda f: control.progress(f, "Checking"),
                          is_cancelled=control.is_cancelled)
        control.check()
        return ReviewData.build(result, frame, summary_of(result))

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


def keep_mask(data: ReviewData, excluded: set[int]) -> pl.Series:
    """Which records go into the payload: free of errors and not excluded."""
    keep = data.result.valid
    if excluded:
        out = pl.Series("excluded", [False] * data.frame.height)
        out = out.scatter([r - 1 for r in excluded], True)
        keep = keep & ~out
    return keep


def payload_job(data: ReviewData, excluded: set[int], out_dir: Path, load_type: str):
    def job(control: Any) -> Any:
        from csod_desktop.core.payload import write_payload

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        out = out_dir / f"{load_type}-{stamp}.csv"
        out_dir.mkdir(parents=True, exist_ok=True)
        control.progress(-1.0, "Writing the payload")
        return write_payload(data.frame, out, keep=keep_mask(data, excluded))

    return job
