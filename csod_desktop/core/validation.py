"""Validation of mapped records against a schema and the job's settings, vectorized with polars.

Every check is a polars expression over whole columns. Rules that need the scalar functions of
``csod_desktop.core.rules`` (dates, numbers, enums, multi-checkbox lists) run once per *distinct*
value of a column and the verdicts are joined back, so HR columns that repeat the same few hundred
values cost a few hundred Python calls, not a million. The sandbox portal calls the same ``validate``
with ``known_refs`` so one implementation serves both sides (issue 4).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from csod_desktop import facts
from csod_desktop.core import rules
from csod_desktop.core.culture_checks import CONFIRM_RULES, culture_checks
from csod_desktop.core.culture_findings import CONFIRM, CONFIRM_SETTINGS, DATETIME, NUMBER
from csod_desktop.core.portal import JobIds, PortalSnapshot, SnapshotRefs, schema_type_key
from csod_desktop.core.problems import PROBLEM_COLUMNS, Problem, Severity, Suggestion
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation_invisible import invisible_checks
from csod_desktop.core.validation_checks import (
    Check,
    Keys,
    file_level_problems,
    grouped_problems,
    row_checks,
    scalar_checks,
)
from csod_desktop.core.validation_identity import identity_checks
from csod_desktop.core.validation_refs import KnownRefs, reference_checks
from csod_desktop.errors import Cancelled

MAX_COLUMNS = facts.MAX_COLUMNS
MAX_RECORDS = facts.MAX_RECORDS

_SCHEMA = {
    "row": pl.Int64,
    "column": pl.String,
    "rule": pl.String,
    "severity": pl.String,
    "message": pl.String,
    "hint": pl.String,
    "value": pl.String,
}


@dataclass
class ValidationResult:
    """Problems as a DataFrame (one row each), and which records are free of errors."""

    problems: pl.DataFrame
    valid: pl.Series
    n_records: int
    n_errors: int  # records with at least one error
    n_warnings: int  # records with at least one warning of their own (not the per-id reference notes)
    identity: tuple[str, ...] = ()
    date_culture: str = rules.DEFAULT_CULTURE
    number_culture: str = rules.DEFAULT_CULTURE
    warned: pl.Series | None = field(default=None, repr=False)
    #: Settings the file's values call for (culture_checks): the window offers them in one click.
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def confirmations(self) -> list[Problem]:
        """File-level warnings the administrator should confirm once (dates whose order no value proves)."""
        return _to_problems(self.problems.filter((pl.col("row") == 0) & pl.col("rule").is_in(list(CONFIRM_RULES))))

    def with_confirmed(self, confirmed: Collection[tuple[str, str]]) -> ValidationResult:
        """This result without the questions the administrator answered: ("datetime_culture", "en-US")
        confirmed drops the confirmation asked under en-US (and its "confirm" suggestion), not one asked
        under another culture."""
        current = {DATETIME: self.date_culture, NUMBER: self.number_culture}
        answered = [rule for rule, setting in CONFIRM_SETTINGS.items() if (setting, current[setting]) in confirmed]
        if not answered:
            return self
        asked = (pl.col("row") == 0) & pl.col("rule").is_in(answered)
        kept = [s for s in self.suggestions if not (s.kind == CONFIRM and (s.setting, s.current) in confirmed)]
        return replace(self, problems=self.problems.filter(~asked), suggestions=kept)

    @property
    def file_errors(self) -> list[Problem]:
        """Errors about the whole file (row 0): it cannot be sent as it is."""
        rows = self.problems.filter((pl.col("row") == 0) & (pl.col("severity") == Severity.ERROR.value))
        return _to_problems(rows)

    @property
    def ok(self) -> bool:
        """True when nothing stops the load: no record error and no file-level error."""
        return self.n_errors == 0 and not self.file_errors

    def summary(self) -> pl.DataFrame:
        """Counts by rule, column and severity, most frequent first."""
        if self.problems.is_empty():
            return pl.DataFrame(schema={"rule": pl.String, "column": pl.String, "severity": pl.String,
                                        "count": pl.UInt32})
        return (
            self.problems.group_by(["rule", "column", "severity"], maintain_order=True)
            .agg(pl.len().alias("count"))
            .sort(["count", "rule", "column"], descending=[True, False, False], maintain_order=True)
        )

    def problem_list(self, limit: int | None = None) -> list[Problem]:
        frame = self.problems if limit is None else self.problems.head(limit)
        return _to_problems(frame)

    def problems_for_row(self, row: int) -> list[Problem]:
        return _to_problems(self.problems.filter(pl.col("row") == row))


def _to_problems(frame: pl.DataFrame) -> list[Problem]:
    return [
        Problem(r["row"], r["column"], r["rule"], Severity(r["severity"]), r["message"], r["hint"], r["value"])
        for r in frame.iter_rows(named=True)
    ]


def _identity(schema: Schema, settings: Mapping[str, Any] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(identity, required) for these settings.

    LoadPrimaryKey 1 makes the GUID the identity, and "all mapped fields are considered as optional"
    except conditionally required ones (bulk-api-quick-start.txt, Step 2); dependencies still apply.
    """
    lpk = rules.get_setting(settings, "LoadPrimaryKey")
    if schema.is_employee and str(lpk).strip() == "1":
        guid = schema.guid_property()
        identity = (guid,) if guid else schema.identity
        return identity, identity
    return schema.identity, schema.required


def _user_id_column(schema: Schema, columns: list[str]) -> str | None:
    """The column holding user ids in an employee file (what relations point at)."""
    if not schema.is_employee:
        return None
    for name in (*schema.identity, *columns):
        if name in columns and name.lower().endswith("userid"):
            return name
    return None


def _empty_problems() -> pl.DataFrame:
    return pl.DataFrame(schema=_SCHEMA)


def validate(
    frame: pl.DataFrame,
    schema: Schema,
    settings: Mapping[str, Any] | None = None,
    *,
    known_refs: KnownRefs | None = None,
    snapshot: PortalSnapshot | None = None,
    job_ids: JobIds | None = None,
    infer_cultures: bool = True,
    date_cells: Mapping[str, pl.Series] | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ValidationResult:
    """Check every record of ``frame`` (columns = schema property names, all text).

    Without the portal's data a reference to a user or OU that is not in the file is a warning: it must
    already exist in the portal. With it (``snapshot``, the administrator's portal read through the Employee
    and OU APIs, with ``job_ids`` of the job's other imports; or ``known_refs``, the sandbox portal's own
    state) an unknown standard relation or OU is an error and an unknown custom relation a warning (the
    record loads without it), per bulk-api-data-format.txt, Employee Loads; User IDs and Usernames are
    cross-unique against it too (``core.validation_identity``).

    With ``infer_cultures`` (the client) each date and number column is also weighed as a whole
    against the import's cultures (``core.culture_checks``); the portal does not guess, so the sandbox
    turns it off. ``date_cells`` (property name -> a flag per record) marks cells that were real dates
    in the source file: the inference leaves them out.
    """
    if known_refs is None and snapshot is not None:
        known_refs = SnapshotRefs(snapshot, job_ids, own_type=schema_type_key(schema.load_type, schema.raw))

    def step(fraction: float) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        if progress is not None:
            progress(fraction)

    step(0.0)
    n = frame.height
    # Null and "" both mean "no value"; anything not text (an all-null JSON column) is made text.
    casts = [pl.col(c).cast(pl.String) for c, t in frame.schema.items() if t != pl.String]
    if casts:
        frame = frame.with_columns(casts)
    columns = list(frame.columns)
    props = {c: schema.properties[c] for c in columns if c in schema.properties}
    identity, required = _identity(schema, settings)
    dculture, nculture = rules.date_culture(settings), rules.number_culture(settings)

    problems: list[pl.DataFrame] = [file_level_problems(schema, columns, required, n, MAX_COLUMNS, MAX_RECORDS)]
    # A required field with no column: every record lacks it (reported once, at row 0).
    all_invalid = n > 0 and any(name not in columns for name in required)

    # Checks run on the raw cells and trim only where it matters (required values, identities, the
    # few over-long cells): a stripped copy of every column would cost a pass and its memory.
    work = frame
    lf = work.lazy()
    step(0.1)
    keys = Keys(work, props)
    checks: list[Check] = row_checks(props, columns, required, schema.dependencies, identity, schema, keys)
    checks += scalar_checks(lf, props, step=lambda f: step(0.1 + 0.15 * f))
    cultures = culture_checks(work, props, dculture, nculture, infer=infer_cultures, date_cells=date_cells,
                              step=lambda f: step(0.25 + 0.15 * f))
    checks += cultures.checks
    problems.append(cultures.problems)
    checks += invisible_checks(lf, props, schema, identity)
    step(0.4)
    user_col = _user_id_column(schema, columns)
    checks += reference_checks(
        lf, props, schema, identity, user_col, known_refs, settings, keys=keys, step=lambda f: step(0.4 + 0.2 * f)
    )
    checks += identity_checks(work, props, schema, user_col, known_refs, settings)
    step(0.6)

    exprs = [c.mask.alias(c.name) for c in checks if isinstance(c.mask, pl.Expr)]
    masks = lf.select(exprs).collect() if exprs else pl.DataFrame()
    masks = masks.with_columns(pl.all().fill_null(False)) if masks.width else masks
    ready = [c.mask.alias(c.name) for c in checks if isinstance(c.mask, pl.Series)]
    if ready:
        masks = masks.hstack(ready) if masks.width else pl.DataFrame(ready)
    step(0.8)
    error_mask = pl.repeat(all_invalid, n, dtype=pl.Boolean, eager=True)
    warn_mask = pl.repeat(False, n, dtype=pl.Boolean, eager=True)
    grouped: list[Check] = []
    for check in checks:
        mask = masks.get_column(check.name)
        if check.refine is not None and mask.any():
            idx = mask.arg_true()
            keep = check.refine(work, idx)
            mask = pl.repeat(False, n, dtype=pl.Boolean, eager=True).scatter(idx.filter(keep), True)
        if check.grouped:
            # Listed once per distinct id and not counted per record: every employee points at an OU
            # that is not in an employee file, and "1,000,000 records with warnings" would hide the rest.
            grouped.append(check)
            continue
        if check.severity is Severity.ERROR:
            error_mask = error_mask | mask
        else:
            warn_mask = warn_mask | mask
        idx = mask.arg_true()
        if idx.len():
            problems.append(check.problems(frame, idx, work))
    if grouped:
        problems.extend(grouped_problems(work, grouped, masks))
    step(0.95)

    problems = [p for p in problems if p.height]
    result = pl.concat(problems, how="vertical") if problems else _empty_problems()
    col_order = {c: i for i, c in enumerate([*columns, *schema.properties])}
    result = (
        result.with_columns(pl.col("column").replace_strict(col_order, default=len(col_order)).alias("_c"))
        .sort(["row", "_c"], maintain_order=True)
        .drop("_c")
        .select(PROBLEM_COLUMNS)
    )
    valid = (~error_mask).alias("valid")
    step(1.0)
    return ValidationResult(
        problems=result,
        valid=valid,
        n_records=n,
        n_errors=int(error_mask.sum()),
        n_warnings=int(warn_mask.sum()),
        identity=identity,
        date_culture=dculture,
        number_culture=nculture,
        warned=warn_mask.alias("warned"),
        suggestions=cultures.suggestions,
    )


__all__ = ["MAX_COLUMNS", "MAX_RECORDS", "KnownRefs", "ValidationResult", "validate"]
