"""The jobs the Review step runs in workers: check the plan and group its problems, export problem rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.i18n import translate
from csod_desktop.ui.models.review_model import ReviewData

#: The Problems cell of an exported row is cut after this many characters (and says so): a record with
#: dozens of problems made 1,500-character cells nobody reads in a spreadsheet (issue 14).
NOTE_CHARS = 600


def check_job(plan: Any):
    """Map the file, write in the edits and validate (the plan's checker, cancellable), then group the
    problems for the grid; both halves run off the GUI thread. Returns ``(checked, review data)``."""
    check = plan.checker()  # the inputs, as they are now

    def job(control: Any) -> tuple[Any, ReviewData]:
        control.progress(0.0, translate("ReviewJobs", "Mapping the columns"))
        checking = translate("ReviewJobs", "Checking")
        checked = check(lambda f: control.progress(f, checking), control.is_cancelled)
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


def rule_names() -> dict[str, str]:
    """The summary's rule ids (``core.problems.Problem.rule``) in the window's language. The English is the id
    itself, as the summary always showed it (and the tests read it); a rule not listed keeps its id."""
    return {
        "required": translate("ReviewRules", "required", "a validation rule's name in the Review summary"),
        "dependency": translate("ReviewRules", "dependency", "a validation rule's name in the Review summary"),
        "min_length": translate("ReviewRules", "min_length", "a validation rule's name in the Review summary"),
        "max_length": translate("ReviewRules", "max_length", "a validation rule's name in the Review summary"),
        "enum": translate("ReviewRules", "enum", "a validation rule's name in the Review summary"),
        "date": translate("ReviewRules", "date", "a validation rule's name in the Review summary"),
        "number": translate("ReviewRules", "number", "a validation rule's name in the Review summary"),
        "boolean": translate("ReviewRules", "boolean", "a validation rule's name in the Review summary"),
        "duplicate": translate("ReviewRules", "duplicate", "a validation rule's name in the Review summary"),
        "cross_unique": translate("ReviewRules", "cross_unique", "a validation rule's name in the Review summary"),
        "reference": translate("ReviewRules", "reference", "a validation rule's name in the Review summary"),
        "inactive": translate("ReviewRules", "inactive", "a validation rule's name in the Review summary"),
        "invisible": translate("ReviewRules", "invisible", "a validation rule's name in the Review summary"),
        "unknown_column": translate("ReviewRules", "unknown_column", "a validation rule's name in the Review summary"),
        "columns": translate("ReviewRules", "columns", "a validation rule's name in the Review summary"),
        "records": translate("ReviewRules", "records", "a validation rule's name in the Review summary"),
        "date_format": translate("ReviewRules", "date_format", "a validation rule's name in the Review summary"),
        "number_format": translate("ReviewRules", "number_format", "a validation rule's name in the Review summary"),
        "confirm_date_format": translate("ReviewRules", "confirm_date_format", "a validation rule's name in the Review summary"),
    }


@dataclass(frozen=True)
class Exported:
    """What an export wrote: its rows, and how many problem lists were cut to ``limit`` characters."""

    rows: int
    cut: int = 0
    limit: int = NOTE_CHARS


def note_of(problems: list[Any], limit: int = NOTE_CHARS) -> tuple[str, bool]:
    """A record's problems as one cell ("Field: message hint; ..."): whole problems while they fit in
    ``limit`` characters, then how many more there are; (the text, whether some were left out)."""
    parts = [f"{p.column}: {p.message} {p.hint}".strip() for p in problems]
    note = "; ".join(parts)
    if len(note) <= limit:
        return note, False
    kept: list[str] = []
    for part in parts:
        if len("; ".join([*kept, part])) > limit:
            break
        kept.append(part)
    if not kept:  # one problem longer than the cell: its start
        kept = [parts[0][:limit].rstrip() + "…"]
    rest = len(parts) - len(kept) if kept[0] is not parts[0] or len(kept) > 1 else len(parts) - 1
    more = (" " + translate("ReviewJobs", "… and %n more problem(s): see the Review step", None, rest) if rest
            else " " + translate("ReviewJobs", "(cut: see the Review step)"))
    return "; ".join(kept) + more, True


def export_problem_rows(
    data: ReviewData,
    excluded: set[int],
    out: Path,
    *,
    source_frame: pl.DataFrame | None = None,
    mapping: Any = None,
    edits: Mapping[tuple[int, str], str] | None = None,
    records: Sequence[int] | None = None,
) -> Exported:
    """Write records to ``out`` as a CSV Excel opens cleanly (UTF-8 with BOM, CRLF).

    ``records`` are the ones the grid shows (its filter: errors only, a summary line, every record);
    without them, every record with a problem. Columns: Row (the record number in the original file),
    Excluded, Problems (each message and hint, cut after :data:`NOTE_CHARS` characters: a spreadsheet
    cell is for reading, the whole text stays on Review), then the record in the administrator's own
    columns (``source_frame``, with the grid's edits written into the column mapped to the edited
    field), so the fixed file can be dropped back in step 3 and maps itself again; never cut. Without a
    source frame, the mapped fields. Every cell is neutralized: a value such as ``=HYPERLINK(...)`` from
    an HR export must not run as a formula when the file is opened.
    """
    from csod_desktop.core.export import write_csv

    records = sorted(data.by_row) if records is None else list(records)
    index = [r - 1 for r in records]
    if source_frame is not None and mapping is not None:
        frame = source_frame[index] if records else source_frame.head(0)
        source_of = {prop: source for source, prop in mapping.columns.items()}
        position = {record: row for row, record in enumerate(records)}
        by_column: dict[str, dict[int, str | None]] = {}
        for (record, prop), value in (edits or {}).items():
            column = source_of.get(prop)
            if column in frame.columns and record in position:
                by_column.setdefault(column, {})[position[record]] = value or None
        frame = frame.with_columns([
            frame.get_column(column).cast(pl.String).scatter(list(cells),
                                                             pl.Series(list(cells.values()), dtype=pl.String))
            for column, cells in by_column.items()
        ]) if by_column else frame
    else:
        frame = data.frame[index] if records else data.frame.head(0)
    notes = [note_of(data.by_row.get(r, [])) for r in records]
    # The administrator reads this file in a spreadsheet: its own columns in the window's language (the
    # record's columns after them are the file's, as they were).
    header = [translate("ReviewJobs", "Row"), translate("ReviewJobs", "Excluded"), translate("ReviewJobs", "Problems"),
              *frame.columns]
    yes = translate("ReviewJobs", "yes")
    rows = (
        [str(r), yes if r in excluded else "", note, *("" if v is None else v for v in values)]
        for r, (note, _cut), values in zip(records, notes, frame.iter_rows())
    )
    written = write_csv(out, header, rows)
    return Exported(written, sum(cut for _, cut in notes))
