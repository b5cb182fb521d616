"""Dates and numbers against the import's cultures: the check of each value, and of each column.

Per value: a date or number the import's culture cannot read is an error of its record, as the portal
refuses it (``rules.parse_date``, ``rules.parse_number``); the sandbox runs these checks alone. Per
column, on the client only (``infer=True``): ``culture_findings`` weighs what the columns prove; a column
read in another culture than meant gets one file-level error, and its records are errors without a row
each (the few values the setting cannot read would otherwise be flagged while the others load wrong).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
import polars as pl

from csod_desktop.core import culture_inference as inf
from csod_desktop.core import rules
from csod_desktop.core.culture_findings import (
    CONFIRM,
    CONFIRM_DATE_FORMAT,
    CONFIRM_RULES,
    DATE_FORMAT,
    DATETIME,
    NUMBER,
    NUMBER_FORMAT,
    SETTING_TITLES,
    SWITCH,
    Finding,
    date_findings,
    number_findings,
    number_text,
    set_setting,
)
from csod_desktop.core.problems import PROBLEM_COLUMNS, Severity, Suggestion
from csod_desktop.core.schema import Property
from csod_desktop.core.validation_checks import Check, is_one_of
from csod_desktop.i18n import translate


class _Spoiled(Check):
    """Records a contradicted setting would refuse or load wrong: errors, listed once at row 0 instead."""

    def problems(self, frame: pl.DataFrame, idx: pl.Series, work: pl.DataFrame) -> pl.DataFrame:
        return pl.DataFrame(schema=dict.fromkeys(PROBLEM_COLUMNS, pl.String) | {"row": pl.Int64})


@dataclass
class CultureChecks:
    """What ``culture_checks`` found: per-record checks, file-level problems and setting suggestions."""

    checks: list[Check] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> pl.DataFrame:
        rows = [{"row": 0, "column": f.column, "rule": f.rule, "severity": f.severity.value, "message": f.message,
                 "hint": f.hint, "value": f.value} for f in self.findings]
        return pl.DataFrame(rows, schema=dict.fromkeys(PROBLEM_COLUMNS, pl.String) | {"row": pl.Int64})

    @property
    def suggestions(self) -> list[Suggestion]:
        """One per (setting, culture, kind), naming every column that calls for it."""
        merged: dict[tuple[str, str, str], list[Finding]] = {}
        for finding in self.findings:
            for value in finding.suggestions:
                merged.setdefault((finding.setting, value, finding.kind), []).append(finding)
        out = []
        for (setting, value, kind), found in merged.items():
            label = (translate("culture", "Use {culture} for dates") if setting == DATETIME else
                     translate("culture", "Use {culture} for numbers")).format(culture=value)
            out.append(Suggestion(
                setting=setting, value=value, current=found[0].current, kind=kind,
                columns=tuple(dict.fromkeys(f.column for f in found)), label=label,
                reason=found[0].message, examples=tuple(e for f in found for e in f.examples)))
        return out


def culture_checks(frame: pl.DataFrame, props: Mapping[str, Property], dculture: str, nculture: str, *,
                   infer: bool = True, date_cells: Mapping[str, pl.Series] | None = None,
                   step: Callable[[float], None] | None = None) -> CultureChecks:
    """Date and number checks for the columns of ``frame`` (property names, text).

    ``date_cells`` (property name -> one flag per record) marks cells that were real dates in the
    source (Excel date cells rendered in the import's culture): they are checked like the others but
    prove nothing about the order the administrator typed, so the inference leaves them out.
    """
    usable = {n: p for n, p in props.items() if n in frame.columns and not (p.is_enum or p.multi)}
    dates = [n for n, p in usable.items() if p.is_date]
    numbers = [n for n, p in usable.items() if p.is_number and not p.is_date]
    total, done = len(dates) + len(numbers), 0

    def tick() -> None:
        nonlocal done
        done += 1
        if step is not None:
            step(done / total)

    every: dict[str, inf.DateProfile] = {}
    typed: dict[str, inf.DateProfile] = {}
    for name in dates:
        column, mask = frame.get_column(name), (date_cells or {}).get(name)
        every[name] = inf.infer_dates(column)
        typed[name] = inf.infer_dates(column, mask) if mask is not None else every[name]
        tick()
    numbered: dict[str, inf.NumberProfile] = {}
    for name in numbers:
        numbered[name] = inf.infer_numbers(frame.get_column(name))
        tick()
    out = CultureChecks()
    found_dates = date_findings(props, typed, dculture) if infer else {}
    found_numbers = number_findings(props, numbered, nculture) if infer else {}
    out.findings = [*(found_dates[n] for n in dates if n in found_dates),
                    *(found_numbers[n] for n in numbers if n in found_numbers)]
    for name in dates:
        _date_column(out, props[name], every[name], dculture, found_dates.get(name))
    for name in numbers:
        _number_column(out, props[name], numbered[name], nculture, found_numbers.get(name))
    return out


def _add_checks(out: CultureChecks, prop: Property, rule: str, bad: dict[str, tuple[str, str]],
                spoiled: Iterable[str]) -> None:
    spoiled = list(spoiled)
    if spoiled:
        out.checks.append(_Spoiled(f"{rule}_format:{prop.name}", prop.name, rule, Severity.ERROR,
                                   is_one_of(prop.name, spoiled), "", "", trim=prop.trim))
    if not bad:
        return
    messages = {v: m for v, (m, _) in bad.items()}
    hints = {v: h for v, (_, h) in bad.items()}
    out.checks.append(Check(
        f"{rule}:{prop.name}", prop.name, rule, Severity.ERROR, is_one_of(prop.name, list(bad)),
        pl.col("value").replace_strict(messages, default=translate("culture", "This value is not valid for {title}.").format(
            title=prop.title),
                                       return_dtype=pl.String),
        pl.col("value").replace_strict(hints, default="", return_dtype=pl.String), trim=prop.trim))


# -------------------------------------------------------------------------------------------- dates


def _date_column(out: CultureChecks, prop: Property, profile: inf.DateProfile, culture: str,
                 finding: Finding | None) -> None:
    # A column read in another culture than meant: its records are errors, and one row-0 error says why.
    readers = finding.readers if finding is not None else ()
    spoiled_kinds = {k for k in profile.kinds if any(inf.read_differently(k, culture, m) for m in readers)}
    spoiled = profile.values_of(spoiled_kinds)
    bad_kinds = [k for k in profile.kinds if k not in spoiled_kinds and culture not in inf.READERS.get(k, ())]
    bad = {value: _date_verdict(prop, value, kind, culture)
           for value, kind in profile.table.filter(pl.col("kind").is_in(bad_kinds)).select("v", "kind").iter_rows()}
    _add_checks(out, prop, "date", bad, spoiled)


def _date_verdict(prop: Property, value: str, kind: str, culture: str) -> tuple[str, str]:
    """(message, hint) for a date ``culture`` cannot read."""
    words = inf.CULTURE_ORDER_WORDS[culture]
    head = f"'{value}' is not a date {prop.title} can take in the {culture} date format ({words})"
    reads = f"Date format {culture} reads {rules.DATE_EXAMPLES[culture]}."
    if kind == inf.TWO_DIGIT_YEAR:
        return (f"{head}: its year has two digits, and the portal reads only four-digit years.",
                f"Write the year of {prop.title} with four digits. {reads}")
    if kind == inf.MIXED_SEPARATORS:
        parts = rules.date_parts(value) or ("", "?", "", "?", "")
        return (f"{head}: it mixes two separators ({parts[1]} and {parts[3]}).",
                f"Write {prop.title} with one separator used twice. {reads}")
    if kind in (inf.DAY_FIRST, inf.MONTH_FIRST):
        return (f"{head}: it has {inf.order_words(kind)}.",
                f"Correct this date, or, if the dates of the file have {inf.order_words(kind)}, "
                f"{set_setting(DATETIME, inf.ORDER_CULTURE[kind])}. {reads}")
    if kind in (inf.AMBIGUOUS, inf.SAME) and culture == "en-GB":
        return (f"{head}: it has the year last.",
                f"Write this date with the year first, or {set_setting(DATETIME, 'fr-FR', 'en-US')} "
                f"(fr-FR if the day comes first, en-US if the month does). {reads}")
    return f"{head}.", f"Write {prop.title} {rules.DATE_EXAMPLES[culture]} (Date format {culture})."


# ------------------------------------------------------------------------------------------ numbers


def _number_column(out: CultureChecks, prop: Property, profile: inf.NumberProfile, culture: str,
                   finding: Finding | None) -> None:
    spoiled = set(profile.misread(culture, finding.readers)) if finding is not None else set()
    bad = {v: _unreadable_number(v, culture) for v in profile.unread_by(culture) if v not in spoiled}
    if prop.type == "integer":
        whole = (f"{prop.title} takes whole numbers only.", f"Write {prop.title} as a whole number.")
        bad.update({v: (f"'{v}' is not a whole number; {whole[0]}", whole[1])
                    for v in profile.fractions(culture) if v not in spoiled})
    _add_checks(out, prop, "number", bad, spoiled)


def _unreadable_number(value: str, culture: str) -> tuple[str, str]:
    """(message, hint) for a number ``culture`` cannot read: the setting that reads it, if one does."""
    reads = f"Number format {culture} reads {rules.NUMBER_EXAMPLES[culture]}"
    readings = inf.number_readings(value)
    if not readings:
        return f"'{value}' is not a number in the {culture} number format.", f"Correct this value. {reads}."
    other = next(iter(readings))
    return (f"'{value}' is not a number in the {culture} number format; {other} reads it as "
            f"{number_text(readings[other])}.",
            f"If the file writes numbers as {other} does ({rules.NUMBER_EXAMPLES[other]}), "
            f"{set_setting(NUMBER, other)}; else correct this value. {reads}.")


__all__ = ["CONFIRM", "CONFIRM_DATE_FORMAT", "CONFIRM_RULES", "DATE_FORMAT", "NUMBER_FORMAT", "SETTING_TITLES",
           "SWITCH", "CultureChecks", "culture_checks"]
