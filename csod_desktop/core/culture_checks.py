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
    setting_values,
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
    rows = profile.table.filter(pl.col("kind").is_in(bad_kinds)).select("v", "kind").rows()
    verdicts = _DateVerdicts(prop, culture) if rows else None
    bad = {value: verdicts.of(value, kind) for value, kind in rows} if verdicts is not None else {}
    _add_checks(out, prop, "date", bad, spoiled)


class _DateVerdicts:
    """(message, hint) for each date a culture cannot read, one whole sentence per kind of date; the
    sentences are translated once per column, and each value only fills them in (a file may hold
    thousands of distinct unreadable dates)."""

    def __init__(self, prop: Property, culture: str) -> None:
        reads = translate("culture", "Date format {culture} reads {examples}.").format(
            culture=culture, examples=rules.date_examples(culture))
        self.values = {"title": prop.title, "culture": culture, "order": inf.order_label(culture),
                       "examples": rules.date_examples(culture)}
        setting = setting_values(DATETIME, "fr-FR", "en-US")
        fill = {**setting, **self.values}  # {culture}: the import's own, not a suggestion
        self.two_digits = (
            translate("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order}): "
                                 "its year has two digits, and the portal reads only four-digit years."),
            translate("culture", "Write the year of {title} with four digits.").format(**fill) + " " + reads)
        self.mixed = (
            translate("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order}): "
                                 "it mixes two separators ({first} and {second})."),
            translate("culture", "Write {title} with one separator used twice.").format(**fill) + " " + reads)
        self.day_first = (
            translate("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order}): "
                                 "it has the day first."),
            translate("culture", "Correct this date, or, if the dates of the file have the day first, set {setting} "
                                 "to {culture} on the Load type step (on the command line: {flag}).").format(
                **{**fill, **setting_values(DATETIME, inf.ORDER_CULTURE[inf.DAY_FIRST])}) + " " + reads)
        self.month_first = (
            translate("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order}): "
                                 "it has the month first."),
            translate("culture", "Correct this date, or, if the dates of the file have the month first, set "
                                 "{setting} to {culture} on the Load type step (on the command line: {flag}).").format(
                **{**fill, **setting_values(DATETIME, inf.ORDER_CULTURE[inf.MONTH_FIRST])}) + " " + reads)
        self.year_last = (
            translate("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order}): "
                                 "it has the year last."),
            translate("culture", "Write this date with the year first, or set {setting} to {first} or {second} on the "
                                 "Load type step (on the command line: {flag} or {second_flag}) ({first} if the day "
                                 "comes first, {second} if the month does).").format(**fill) + " " + reads)
        self.other = (
            translate("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order})."),
            translate("culture", "Write {title} {examples} (Date format {culture}).").format(**fill))

    def of(self, value: str, kind: str) -> tuple[str, str]:
        culture = self.values["culture"]
        first = second = "?"
        if kind == inf.TWO_DIGIT_YEAR:
            message, hint = self.two_digits
        elif kind == inf.MIXED_SEPARATORS:
            parts = rules.date_parts(value) or ("", "?", "", "?", "")
            first, second = parts[1], parts[3]
            message, hint = self.mixed
        elif kind == inf.DAY_FIRST:
            message, hint = self.day_first
        elif kind == inf.MONTH_FIRST:
            message, hint = self.month_first
        elif kind in (inf.AMBIGUOUS, inf.SAME) and culture == "en-GB":
            message, hint = self.year_last
        else:
            message, hint = self.other
        return message.format(**self.values, value=value, first=first, second=second), hint


# ------------------------------------------------------------------------------------------ numbers


def _number_column(out: CultureChecks, prop: Property, profile: inf.NumberProfile, culture: str,
                   finding: Finding | None) -> None:
    spoiled = set(profile.misread(culture, finding.readers)) if finding is not None else set()
    unread = [v for v in profile.unread_by(culture) if v not in spoiled]
    fractions = [v for v in profile.fractions(culture) if v not in spoiled] if prop.type == "integer" else []
    if not unread and not fractions:
        _add_checks(out, prop, "number", {}, spoiled)
        return
    verdicts = _NumberVerdicts(prop, culture)
    bad = {v: verdicts.unreadable(v) for v in unread}
    bad.update({v: verdicts.whole(v) for v in fractions})
    _add_checks(out, prop, "number", bad, spoiled)


class _NumberVerdicts:
    """(message, hint) for each number a culture cannot read, or a fraction where whole numbers are
    wanted: the sentences translated once per column, filled in per value."""

    def __init__(self, prop: Property, culture: str) -> None:
        self.title, self.culture = prop.title, culture
        self.reads = translate("culture", "Number format {culture} reads {examples}.").format(
            culture=culture, examples=rules.number_examples(culture))
        self.examples = {c: rules.number_examples(c) for c in rules.NUMBER_CULTURES}
        self.not_a_number = translate("culture", "'{value}' is not a number in the {culture} number format.")
        self.correct = translate("culture", "Correct this value.") + " " + self.reads
        self.read_by_other = translate("culture", "'{value}' is not a number in the {culture} number format; {other} "
                                                  "reads it as {reading}.")
        self.switch = translate("culture", "If the file writes numbers as {other} does ({examples}), set {setting} to "
                                           "{culture} on the Load type step (on the command line: {flag}); else "
                                           "correct this value.")
        self.not_whole = translate("culture", "'{value}' is not a whole number; {title} takes whole numbers only.")
        self.write_whole = translate("culture", "Write {title} as a whole number.").format(title=prop.title)

    def unreadable(self, value: str) -> tuple[str, str]:
        """The setting that reads ``value``, if one does."""
        readings = inf.number_readings(value)
        if not readings:
            return self.not_a_number.format(value=value, culture=self.culture), self.correct
        other = next(iter(readings))
        message = self.read_by_other.format(value=value, culture=self.culture, other=other,
                                            reading=number_text(readings[other]))
        hint = self.switch.format(other=other, examples=self.examples[other], **setting_values(NUMBER, other))
        return message, hint + " " + self.reads

    def whole(self, value: str) -> tuple[str, str]:
        return self.not_whole.format(value=value, title=self.title), self.write_whole


__all__ = ["CONFIRM", "CONFIRM_DATE_FORMAT", "CONFIRM_RULES", "DATE_FORMAT", "NUMBER_FORMAT", "SETTING_TITLES",
           "SWITCH", "CultureChecks", "culture_checks"]
