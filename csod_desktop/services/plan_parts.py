"""The value types of a load plan, Qt-free: the cell edits written in, one check, records left out, parts written."""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from csod_desktop.core.payload import PayloadInfo
from csod_desktop.core.problems import PROBLEM_COLUMNS, Severity
from csod_desktop.core.validation import ValidationResult
from csod_desktop.errors import ConfigError
from csod_desktop.i18n import number, translate

#: Records listed by name in a ReconcileUsers refusal (all of them are counted).
LISTED = 20


# ---------------------------------------------------------------------------------------------- edits


def apply_edits(frame: pl.DataFrame, edits: MappingABC[tuple[int, str], str]) -> pl.DataFrame:
    """``frame`` with the administrator's cell edits (1-based record number, property) written in."""
    if not edits:
        return frame
    by_column: dict[str, dict[int, str]] = {}
    for (record, column), value in edits.items():
        by_column.setdefault(column, {})[record - 1] = value
    columns = []
    for column, cells in by_column.items():
        if column not in frame.columns:
            continue
        indices = [i for i in cells if 0 <= i < frame.height]
        values = [cells[i] if cells[i] != "" else None for i in indices]
        columns.append(frame.get_column(column).scatter(indices, pl.Series(values, dtype=pl.String)))
    return frame.with_columns(columns) if columns else frame


# --------------------------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class Checked:
    """One check of a plan: the inputs' revision it saw, the mapped frame and what validation said."""

    revision: int
    base: pl.DataFrame  # the mapped records, before the edits
    frame: pl.DataFrame  # the mapped records with the edits: what was validated and what is sent
    result: ValidationResult
    edits: dict[tuple[int, str], str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    #: The questions the administrator answered, as (setting, value): "these dates are month first".
    confirmed: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class LeftOut:
    """Records of the file the payload would not carry: (record number, identity, why)."""

    records: tuple[tuple[int, str, str], ...]

    def __len__(self) -> int:
        return len(self.records)

    def listing(self, limit: int | None = LISTED) -> str:
        """"record 2 (u2): invalid; record 7 (u7): excluded" for the first ``limit`` records."""
        shown = self.records if limit is None else self.records[:limit]
        named = translate("plan", "record {row} ({identity}): {reason}")
        unnamed = translate("plan", "record {row}: {reason}")
        items = [(named if ident else unnamed).format(row=row, identity=ident, reason=why) for row, ident, why in shown]
        if limit is not None and len(self.records) > limit:
            items.append(translate("plan", "and {count} more").format(count=number(len(self.records) - limit)))
        return "; ".join(items)


@dataclass(frozen=True)
class Written:
    """Payload parts written from the inputs of one revision."""

    revision: int
    parts: tuple[PayloadInfo, ...]
    seconds: float = 0.0


class PlanError(ConfigError):
    """The plan cannot do what was asked yet (no file, no mapping, a stale check): a step is missing."""


class ReconcileLeftOutError(ConfigError):
    """ReconcileUsers is on and records of the file would be left out of the payload: nothing is sent."""

    def __init__(self, message: str, *, hint: str, left_out: LeftOut) -> None:
        super().__init__(message, hint=hint)
        self.left_out = left_out


def cell_text(series: pl.Series | None, index: int) -> str:
    """The text of one cell of ``series`` ("" for none)."""
    if series is None:
        return ""
    value = series[index]
    return "" if value is None else str(value)


# ------------------------------------------------------------------------------------- fix and reload

#: The rule of a warning that carries the portal's reason for refusing a record (fix and reload).
PORTAL_REFUSED = "portal_refused"


@dataclass(frozen=True)
class PortalReason:
    """Why the portal refused a record the last time it was sent: its report's message, and the
    properties (payload columns) the message names, when it names any."""

    message: str
    columns: tuple[str, ...] = ()


def with_portal_reasons(result: ValidationResult, frame: pl.DataFrame,
                        reasons: MappingABC[int, PortalReason]) -> ValidationResult:
    """``result`` with one warning per cell the portal named for each record (the record's identity
    column when it named none): Review shows the portal's reason beside the row it refused."""
    identity = next((c for c in result.identity if c in frame.columns), frame.columns[0] if frame.columns else "")
    rows: list[dict[str, Any]] = []
    for record, reason in sorted(reasons.items()):
        if not 0 < record <= frame.height:
            continue
        columns = [c for c in reason.columns if c in frame.columns] or [identity]
        for column in columns:
            value = frame.get_column(column)[record - 1] if column in frame.columns else None
            rows.append({
                "row": record, "column": column, "rule": PORTAL_REFUSED, "severity": Severity.WARNING.value,
                "message": translate("plan", "Cornerstone refused this record last time: {reason}").format(
                    reason=reason.message),
                "hint": translate("plan", "Fix what it names, then check again; the portal checks the record again "
                                          "when it is sent."),
                "value": None if value is None else str(value),
            })
    if not rows:
        return result
    added = pl.DataFrame(rows, schema=result.problems.schema).select(PROBLEM_COLUMNS)
    problems = pl.concat([result.problems, added], how="vertical").sort("row", maintain_order=True)
    flagged = pl.Series([False] * result.n_records).scatter(sorted({r["row"] - 1 for r in rows}), True)
    warned = flagged if result.warned is None else (result.warned | flagged)
    return replace(result, problems=problems, warned=warned.alias("warned"), n_warnings=int(warned.sum()))
