"""Dates and numbers against the import's cultures: each value, and what the whole column proves.

Per value: a date or number the import's culture cannot read is an error of its record, as the portal
refuses it (``rules.parse_date``, ``rules.parse_number``; the sandbox runs these checks alone). Per
column (the client only, ``infer=True``): when the values prove another culture, one file-level error
names the column, the evidence and the setting that reads it, instead of errors on the few values the
setting cannot read while the others load as other dates or numbers; when year-last dates never show
which of day and month comes first, one warning asks the administrator to confirm the order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import polars as pl

from csod_desktop.core import culture_inference as inf
from csod_desktop.core import rules
from csod_desktop.core.problems import PROBLEM_COLUMNS, Severity, Suggestion
from csod_desktop.core.schema import Property
from csod_desktop.core.validation_checks import Check, is_one_of

DATETIME, NUMBER = "datetime_culture", "number_culture"
#: What the window's Load type step calls the two settings (and the words of every hint here).
SETTING_TITLES = {DATETIME: "Date format", NUMBER: "Number format"}
SWITCH, CONFIRM = "switch", "confirm"
#: File-level rules: the values contradict the setting (error), or never prove it (confirm, a warning).
DATE_FORMAT, NUMBER_FORMAT, CONFIRM_DATE_FORMAT = "date_format", "number_format", "confirm_date_format"
CONFIRM_RULES = frozenset({CONFIRM_DATE_FORMAT})
_YEAR_LAST_KINDS = (inf.DAY_FIRST, inf.MONTH_FIRST, inf.AMBIGUOUS, inf.SAME)


def set_setting(setting: str, *cultures: str) -> str:
    """"Set Date format to fr-FR on the Load type step (on the command line: --setting ...)"."""
    title = SETTING_TITLES[setting]
    flags = " or ".join(f"--setting {setting}={c}" for c in cultures)
    return f"set {title} to {' or '.join(cultures)} on the Load type step (on the command line: {flags})"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _such_as(count: int, title: str, example: str) -> str:
    """"6 values of Hire Date, such as 17/11/2023, have" or "1 value of Hire Date, 17/11/2023, has"."""
    if count == 1:
        return f"1 value of {title}, {example}, has"
    return f"{count:,} values of {title}, such as {example}, have"


def _number(value: Decimal) -> str:
    """1250, 1.25: the number itself, with a dot for decimals and no grouping (as the portal stores it)."""
    return format(value.normalize(), "f")


@dataclass
class _Finding:
    column: str
    rule: str
    severity: Severity
    message: str
    hint: str
    value: str | None
    suggestion_values: tuple[str, ...]
    setting: str
    current: str
    kind: str
    examples: tuple[str, ...] = ()


class _Spoiled(Check):
    """Records a contradicted setting would refuse or load wrong: errors, listed once at row 0 instead."""

    def problems(self, frame: pl.DataFrame, idx: pl.Series, work: pl.DataFrame) -> pl.DataFrame:
        return pl.DataFrame(schema=dict.fromkeys(PROBLEM_COLUMNS, pl.String) | {"row": pl.Int64})


@dataclass
class CultureChecks:
    """What ``culture_checks`` found: per-record checks, file-level problems and setting suggestions."""

    checks: list[Check] = field(default_factory=list)
    findings: list[_Finding] = field(default_factory=list)

    @property
    def problems(self) -> pl.DataFrame:
        rows = [{"row": 0, "column": f.column, "rule": f.rule, "severity": f.severity.value, "message": f.message,
                 "hint": f.hint, "value": f.value} for f in self.findings]
        return pl.DataFrame(rows, schema=dict.fromkeys(PROBLEM_COLUMNS, pl.String) | {"row": pl.Int64})

    @property
    def suggestions(self) -> list[Suggestion]:
        """One per (setting, culture, kind), naming every column that calls for it."""
        merged: dict[tuple[str, str, str], list[_Finding]] = {}
        for finding in self.findings:
            for value in finding.suggestion_values:
                merged.setdefault((finding.setting, value, finding.kind), []).append(finding)
        out = []
        for (setting, value, kind), found in merged.items():
            what = "dates" if setting == DATETIME else "numbers"
            out.append(Suggestion(
                setting=setting, value=value, current=found[0].current, kind=kind,
                columns=tuple(dict.fromkeys(f.column for f in found)), label=f"Use {value} for {what}",
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
    names = [n for n, p in props.items() if n in frame.columns and not (p.is_enum or p.multi)
             and (p.is_date or p.is_number)]
    out = CultureChecks()
    for i, name in enumerate(names):
        prop = props[name]
        column = frame.get_column(name)
        if prop.is_date:
            _date_column(out, prop, column, dculture, infer, (date_cells or {}).get(name))
        else:
            _number_column(out, prop, column, nculture, infer)
        if step is not None:
            step((i + 1) / len(names))
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
        pl.col("value").replace_strict(messages, default=f"This value is not valid for {prop.title}.",
                                       return_dtype=pl.String),
        pl.col("value").replace_strict(hints, default="", return_dtype=pl.String), trim=prop.trim))


# -------------------------------------------------------------------------------------------- dates


def _date_column(out: CultureChecks, prop: Property, column: pl.Series, culture: str, infer: bool,
                 typed_mask: pl.Series | None) -> None:
    every = inf.infer_dates(column)
    finding = None
    if infer:
        typed = inf.infer_dates(column, typed_mask) if typed_mask is not None else every
        finding = _date_finding(prop, typed, culture)
    explained: set[str] = set()
    if finding is not None and finding.kind == SWITCH:
        # The records the wrong setting refuses or loads as other dates: one row-0 error says why.
        for value in every.values:
            now = rules.parse_date(value, culture)
            if any((alt := rules.parse_date(value, c)) is not None and alt != now for c in finding.suggestion_values):
                explained.add(value)
    if finding is not None:
        out.findings.append(finding)
    bad = {}
    for value, kind in every.values.items():
        if value not in explained and rules.parse_date(value, culture) is None:
            bad[value] = _date_verdict(prop, value, kind, culture)
    _add_checks(out, prop, "date", bad, explained)


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
        other = inf.ORDER_CULTURE[kind]
        return (f"{head}: it has {inf.order_words(kind)}.",
                f"Correct this date, or, if the dates of the file have {inf.order_words(kind)}, "
                f"{set_setting(DATETIME, other)}. {reads}")
    if kind in (inf.AMBIGUOUS, inf.SAME) and culture == "en-GB":
        return (f"{head}: it has the year last.",
                f"Write this date with the year first, or {set_setting(DATETIME, 'fr-FR', 'en-US')} "
                f"(fr-FR if the day comes first, en-US if the month does). {reads}")
    return f"{head}.", f"Write {prop.title} {rules.DATE_EXAMPLES[culture]} (Date format {culture})."


def _reading(value: str, culture: str) -> dt.date:
    date = rules.parse_date(value, culture)
    assert date is not None, (value, culture)
    return date


def _date_finding(prop: Property, typed: inf.DateProfile, culture: str) -> _Finding | None:
    """The file-level problem of a date column, if its values contradict or never prove ``culture``."""
    order, proven = typed.order, typed.proven_culture
    ambiguous = typed.examples(inf.AMBIGUOUS)
    if proven is not None and proven != culture:
        kind = inf.DAY_FIRST if proven == "fr-FR" else inf.MONTH_FIRST
        count, example = typed.cells(kind), typed.examples(kind)[0]
        message = (f"{_such_as(count, prop.title, example)} {inf.order_words(kind)}, but the Date format is "
                   f"{culture} ({inf.CULTURE_ORDER_WORDS[culture]})")
        if culture == "en-GB":
            message += ", which reads only dates with the year first: those records cannot be loaded."
        elif ambiguous:
            a = ambiguous[0]
            message += (f": {example} cannot be read, and {a} would be loaded as {inf.in_words(_reading(a, culture))}"
                        f" instead of {inf.in_words(_reading(a, proven))}.")
        else:
            message += f": {'it' if count == 1 else 'they'} cannot be read."
        return _Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, _cap(set_setting(DATETIME, proven))
                        + ".", example, (proven,), DATETIME, culture, SWITCH)
    if order == inf.ORDER_UNPROVEN and culture == "en-GB":
        example = (ambiguous or typed.examples(inf.SAME))[0]
        count = typed.year_last
        day, month = _reading(example, "fr-FR"), _reading(example, "en-US")
        message = (f"{_such_as(count, prop.title, example)} the year last, but the Date format is en-GB "
                   "(year first), which reads only dates with the year first: those records cannot be loaded.")
        hint = (f"{_cap(set_setting(DATETIME, 'fr-FR', 'en-US'))}: fr-FR if the day comes first "
                f"({example} = {inf.in_words(day)}), en-US if the month does ({example} = {inf.in_words(month)}).")
        return _Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, hint, example, ("fr-FR", "en-US"),
                        DATETIME, culture, SWITCH)
    if order == inf.ORDER_UNPROVEN and ambiguous:
        other = "fr-FR" if culture == "en-US" else "en-US"
        examples = tuple(f"{a} will be loaded as {inf.in_words(_reading(a, culture))}" for a in ambiguous[:2])
        said = examples[0] + (f", and {ambiguous[1]} as {inf.in_words(_reading(ambiguous[1], culture))}"
                              if len(examples) > 1 else "")
        message = (f"No date of {prop.title} shows whether the day or the month comes first (every day is 12 or "
                   f"less), so the Date format {culture} reads them {inf.CULTURE_ORDER_WORDS[culture]}: {said}.")
        other_words = inf.CULTURE_ORDER_WORDS[other].replace(" first", "")
        hint = (f"Confirm that the dates have the {inf.CULTURE_ORDER_WORDS[culture]}, or, if the {other_words} comes "
                f"first, {set_setting(DATETIME, other)}.")
        return _Finding(prop.name, CONFIRM_DATE_FORMAT, Severity.WARNING, message, hint, ambiguous[0], (other,),
                        DATETIME, culture, CONFIRM, examples)
    return None


# ------------------------------------------------------------------------------------------ numbers


def _number_column(out: CultureChecks, prop: Property, column: pl.Series, culture: str, infer: bool) -> None:
    profile = inf.infer_numbers(column)
    finding = _number_finding(prop, profile, culture) if infer else None
    explained: set[str] = set()
    if finding is not None:
        out.findings.append(finding)
        for value, readings in profile.readings.items():
            now = readings.get(culture)
            if any(c in readings and readings[c] != now for c in finding.suggestion_values):
                explained.add(value)
    bad = {}
    for value, readings in profile.readings.items():
        if value in explained:
            continue
        verdict = _number_verdict(prop, value, readings, culture)
        if verdict is not None:
            bad[value] = verdict
    _add_checks(out, prop, "number", bad, explained)


def _number_verdict(prop: Property, value: str, readings: Mapping[str, Decimal], culture: str,
                    ) -> tuple[str, str] | None:
    """(message, hint) for a number ``culture`` cannot read or a fraction in a whole-number field."""
    reads = f"Number format {culture} reads {rules.NUMBER_EXAMPLES[culture]}"
    number = readings.get(culture)
    if number is None:
        others = [c for c in rules.NUMBER_CULTURES if c in readings]
        if not others:
            return (f"'{value}' is not a number in the {culture} number format.",
                    f"Correct this value. {reads}.")
        other = others[0]
        return (f"'{value}' is not a number in the {culture} number format; {other} reads it as "
                f"{_number(readings[other])}.",
                f"If the file writes numbers as {other} does ({rules.NUMBER_EXAMPLES[other]}), "
                f"{set_setting(NUMBER, other)}; else correct this value. {reads}.")
    if prop.type == "integer" and number != number.to_integral_value():
        return (f"'{value}' is not a whole number; {prop.title} takes whole numbers only.",
                f"Write {prop.title} as a whole number.")
    return None


def _number_finding(prop: Property, profile: inf.NumberProfile, culture: str) -> _Finding | None:
    """The file-level error of a number column whose values all read in another culture, not this one."""
    candidates = profile.candidates
    if not candidates or culture in candidates:
        return None  # nothing to tell cultures apart, the values disagree, or the setting reads them
    # Cultures that read every value the same way are one suggestion (fr-FR and es-ES both read 7,5).
    groups: dict[tuple[tuple[str, Decimal], ...], str] = {}
    for c in candidates:
        key = tuple(sorted((v, r[c]) for v, r in profile.readings.items() if c in r))
        groups.setdefault(key, c)
    suggested = tuple(groups.values())
    # The example is the value that proves the suggestion most tightly (7,5 before 1,250).
    proof = [(v, r) for v, r in profile.readings.items() if r and culture not in r and not _plain(r)]
    example, readers = min(proof, key=lambda vr: (suggested[0] not in vr[1], len(vr[1])))
    count = sum(t.cells for key, t in profile.proofs.items() if culture not in key)
    message = (f"{_such_as(count, prop.title, example)} {inf.describe_marks(example, readers)}, but the Number format is {culture} "
               f"({rules.NUMBER_EXAMPLES[culture]})")
    misread = profile.differing(culture, suggested[0])
    if misread:
        m = misread[0]
        r = profile.readings[m]
        message += (f": {example} cannot be read, and {m} would be loaded as {_number(r[culture])} instead of "
                    f"{_number(r[suggested[0]])}.")
    else:
        message += f": {'it' if count == 1 else 'they'} cannot be read."
    return _Finding(prop.name, NUMBER_FORMAT, Severity.ERROR, message, _cap(set_setting(NUMBER, *suggested))
                    + ".", example, suggested, NUMBER, culture, SWITCH)


def _plain(readings: Mapping[str, Any]) -> bool:
    return len(readings) == len(rules.NUMBER_CULTURES) and len(set(readings.values())) == 1


__all__ = ["CONFIRM", "CONFIRM_DATE_FORMAT", "CONFIRM_RULES", "DATE_FORMAT", "NUMBER_FORMAT", "SETTING_TITLES",
           "SWITCH", "CultureChecks", "culture_checks", "set_setting"]
