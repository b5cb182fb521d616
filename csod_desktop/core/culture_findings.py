"""What a file's date and number columns, taken together, say about its two culture settings, in words.

Cornerstone reads every date of a payload with its one ``datetime_culture`` and every number with its one
``number_culture``, "as long as all the fields follow the same format" (bulk-api-data-format.txt). So the
columns are weighed together: a column that proves another culture than the setting is one error (with
the setting that reads it, or, when another column proves the setting right, the conflict between the
two); a column whose order nothing proves borrows the order another column proves; and only a file no
column of which proves the order asks the administrator to confirm it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from csod_desktop.core import culture_inference as inf
from csod_desktop.core import rules
from csod_desktop.core.problems import Severity
from csod_desktop.core.schema import Property

DATETIME, NUMBER = "datetime_culture", "number_culture"
#: What the window's Load type step calls the two settings (and the words of every hint here).
SETTING_TITLES = {DATETIME: "Date format", NUMBER: "Number format"}
SWITCH, CONFIRM = "switch", "confirm"
#: File-level rules: the values contradict the setting (errors), or never prove it (a warning to confirm).
DATE_FORMAT, NUMBER_FORMAT, CONFIRM_DATE_FORMAT = "date_format", "number_format", "confirm_date_format"
CONFIRM_RULES = frozenset({CONFIRM_DATE_FORMAT})
#: The setting each confirmation is asked about (the answer is that setting's current value).
CONFIRM_SETTINGS = {CONFIRM_DATE_FORMAT: DATETIME}


@dataclass(frozen=True)
class Finding:
    """One file-level problem of one column, and the settings that would read the column."""

    column: str
    rule: str
    severity: Severity
    message: str
    hint: str
    value: str | None  # the example value the message quotes
    setting: str
    current: str
    kind: str  # SWITCH or CONFIRM
    suggestions: tuple[str, ...] = ()  # cultures to offer (none when two columns contradict each other)
    readers: tuple[str, ...] = ()  # cultures the column's values were meant in (its records are spoiled)
    examples: tuple[str, ...] = ()


def set_setting(setting: str, *cultures: str) -> str:
    """"set Date format to fr-FR on the Load type step (on the command line: --setting ...)"."""
    flags = " or ".join(f"--setting {setting}={c}" for c in cultures)
    title, choices = SETTING_TITLES[setting], " or ".join(cultures)
    return f"set {title} to {choices} on the Load type step (on the command line: {flags})"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _such_as(count: int, title: str, example: str) -> str:
    """"6 values of Hire Date, such as 17/11/2023, have" or "1 value of Hire Date, 17/11/2023, has"."""
    if count == 1:
        return f"1 value of {title}, {example}, has"
    return f"{count:,} values of {title}, such as {example}, have"


def number_text(value: Decimal) -> str:
    """1250, 1.25: the number itself, with a dot for decimals and no grouping (as the portal stores it)."""
    return format(value.normalize(), "f")


def _date(value: str, culture: str) -> dt.date:
    date = rules.parse_date(value, culture)
    assert date is not None, (value, culture)
    return date


def _misread(value: str, culture: str, meant: str) -> str:
    """"04/09/2023 would be loaded as 9 April 2023 instead of 4 September 2023"."""
    return (f"{value} would be loaded as {inf.in_words(_date(value, culture))} instead of "
            f"{inf.in_words(_date(value, meant))}")


# -------------------------------------------------------------------------------------------- dates


def date_findings(props: Mapping[str, Property], profiles: Mapping[str, inf.DateProfile], culture: str,
                  ) -> dict[str, Finding]:
    """The file-level problem of each date column (``profiles`` of the typed cells), if it has one."""
    proofs = {n: p.proven_culture for n, p in profiles.items() if p.proven_culture is not None}
    orders = set(proofs.values())
    found: dict[str, Finding] = {}
    for name, profile in profiles.items():
        prop, own = props[name], proofs.get(name)
        if own is not None:
            if own == culture:
                continue
            other = next((n for n, c in proofs.items() if c != own), None)
            found[name] = (_date_conflict(prop, profile, own, culture, props[other], profiles[other])
                           if other is not None else _date_switch(prop, profile, own, culture))
        elif profile.order == inf.ORDER_UNPROVEN:
            finding = None
            if len(orders) == 1:
                (proven,) = orders
                by = next(n for n in proofs)
                finding = _date_borrowed(prop, profile, proven, culture, props[by], profiles[by])
            elif not orders and culture == "en-GB":
                finding = _year_last_under_en_gb(prop, profile)
            elif not orders:
                finding = _confirm(prop, profile, culture)
            if finding is not None:  # (two orders proven: the columns that disagree say it themselves)
                found[name] = finding
    return found


def _proof(profile: inf.DateProfile, culture: str) -> tuple[str, int, str]:
    kind = inf.DAY_FIRST if culture == "fr-FR" else inf.MONTH_FIRST
    return kind, profile.cells(kind), profile.examples(kind)[0]


def _reads(culture: str) -> str:
    return f"the Date format is {culture} ({inf.CULTURE_ORDER_WORDS[culture]})"


def _date_switch(prop: Property, profile: inf.DateProfile, proven: str, culture: str) -> Finding:
    kind, count, example = _proof(profile, proven)
    message = f"{_such_as(count, prop.title, example)} {inf.order_words(kind)}, but {_reads(culture)}"
    ambiguous = profile.examples(inf.AMBIGUOUS)
    if culture == "en-GB":
        message += ", which reads only dates with the year first: those records cannot be loaded."
    elif ambiguous:
        message += f": {example} cannot be read, and {_misread(ambiguous[0], culture, proven)}."
    else:
        message += f": {'it' if count == 1 else 'they'} cannot be read."
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, cap(set_setting(DATETIME, proven)) + ".", example,
                   DATETIME, culture, SWITCH, (proven,), (proven,))


def _date_conflict(prop: Property, profile: inf.DateProfile, own: str, culture: str, other: Property,
                   other_profile: inf.DateProfile) -> Finding:
    kind, count, example = _proof(profile, own)
    other_culture = other_profile.proven_culture or culture
    other_kind, _, other_example = _proof(other_profile, other_culture)
    message = (f"{_such_as(count, prop.title, example)} {inf.order_words(kind)}, but {other.title} has "
               f"{inf.order_words(other_kind)} (such as {other_example}), and one Date format reads every date "
               "of the file: no setting reads both.")
    hint = (f"Write the dates of {prop.title} and {other.title} in one order (bulk-api-data-format.txt: all the "
            "date fields follow the same format), then choose the Date format that reads it.")
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, hint, example, DATETIME, culture, SWITCH,
                   (), (own,))


def _date_borrowed(prop: Property, profile: inf.DateProfile, proven: str, culture: str, by: Property,
                   by_profile: inf.DateProfile) -> Finding | None:
    """A column whose order nothing proves, in a file another column of which proves ``proven``."""
    if proven == culture:
        return None
    ambiguous = profile.examples(inf.AMBIGUOUS)
    if culture != "en-GB" and not ambiguous:
        return None  # 05/05/2023 is the same date either way
    kind, _, by_example = _proof(by_profile, proven)
    example = (ambiguous or profile.examples(inf.SAME))[0]
    consequence = ("en-GB reads only dates with the year first: those records cannot be loaded" if culture == "en-GB"
                   else _misread(example, culture, proven))
    message = (f"No date of {prop.title} shows by itself whether the day or the month comes first, but {by.title} "
               f"has {inf.order_words(kind)} (such as {by_example}), and one Date format reads every date of the "
               f"file: under {culture}, {consequence}.")
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, cap(set_setting(DATETIME, proven)) + ".", example,
                   DATETIME, culture, SWITCH, (proven,), (proven,))


def _year_last_under_en_gb(prop: Property, profile: inf.DateProfile) -> Finding:
    example = (profile.examples(inf.AMBIGUOUS) or profile.examples(inf.SAME))[0]
    message = (f"{_such_as(profile.year_last, prop.title, example)} the year last, but the Date format is en-GB "
               "(year first), which reads only dates with the year first: those records cannot be loaded.")
    hint = (f"{cap(set_setting(DATETIME, 'fr-FR', 'en-US'))}: fr-FR if the day comes first "
            f"({example} = {inf.in_words(_date(example, 'fr-FR'))}), en-US if the month does "
            f"({example} = {inf.in_words(_date(example, 'en-US'))}).")
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, hint, example, DATETIME, "en-GB", SWITCH,
                   ("fr-FR", "en-US"), ("fr-FR", "en-US"))


def _confirm(prop: Property, profile: inf.DateProfile, culture: str) -> Finding | None:
    """No date of the file proves the order: say how two of them will be loaded, once."""
    ambiguous = profile.examples(inf.AMBIGUOUS)[:2]
    if not ambiguous:
        return None  # 05/05/2023 and ISO dates read the same in every order
    other = "fr-FR" if culture == "en-US" else "en-US"
    examples = tuple(f"{a} will be loaded as {inf.in_words(_date(a, culture))}" for a in ambiguous)
    said = examples[0] + "".join(f", and {a} as {inf.in_words(_date(a, culture))}" for a in ambiguous[1:])
    message = (f"No date of {prop.title} shows whether the day or the month comes first (every day is 12 or "
               f"less), so the Date format {culture} reads them {inf.CULTURE_ORDER_WORDS[culture]}: {said}.")
    other_part = inf.CULTURE_ORDER_WORDS[other].replace(" first", "")
    hint = (f"Confirm that the dates have the {inf.CULTURE_ORDER_WORDS[culture]}, or, if the {other_part} comes "
            f"first, {set_setting(DATETIME, other)}.")
    return Finding(prop.name, CONFIRM_DATE_FORMAT, Severity.WARNING, message, hint, ambiguous[0], DATETIME, culture,
                   CONFIRM, (other,), (), examples)


# ------------------------------------------------------------------------------------------ numbers


def number_findings(props: Mapping[str, Property], profiles: Mapping[str, inf.NumberProfile], culture: str,
                    ) -> dict[str, Finding]:
    """The file-level error of each number column whose values another culture reads and this one not."""
    telling = {n: set(c) for n, p in profiles.items() if (c := p.candidates)}
    common = set.intersection(*telling.values()) if telling else set()
    found: dict[str, Finding] = {}
    for name, cultures in telling.items():
        if culture in cultures:
            continue
        prop, profile = props[name], profiles[name]
        usable = [c for c in rules.NUMBER_CULTURES if c in cultures & common]
        if usable:
            found[name] = _number_switch(prop, profile, culture, usable)
        else:
            other = next(n for n, c in telling.items() if not c & cultures)
            found[name] = _number_conflict(prop, profile, culture, props[other], profiles[other])
    return found


def _number_switch(prop: Property, profile: inf.NumberProfile, culture: str, usable: list[str]) -> Finding:
    # Cultures that read every value the same way are one suggestion (fr-FR and es-ES both read 7,5).
    suggested: list[str] = []
    for c in usable:
        if not any(profile.same_readings(c, s) for s in suggested):
            suggested.append(c)
    example, readers, count = profile.proof(culture, suggested[0])
    message = (f"{_such_as(count, prop.title, example)} {inf.describe_marks(example, readers)}, but the Number "
               f"format is {culture} ({rules.NUMBER_EXAMPLES[culture]})")
    misread = profile.differing(culture, suggested[0])
    if misread:
        r = inf.number_readings(misread[0])
        message += (f": {example} cannot be read, and {misread[0].strip()} would be loaded as "
                    f"{number_text(r[culture])} instead of {number_text(r[suggested[0]])}.")
    else:
        message += f": {'it' if count == 1 else 'they'} cannot be read."
    return Finding(prop.name, NUMBER_FORMAT, Severity.ERROR, message, cap(set_setting(NUMBER, *suggested)) + ".",
                   example, NUMBER, culture, SWITCH, tuple(suggested), tuple(suggested))


def _number_conflict(prop: Property, profile: inf.NumberProfile, culture: str, other: Property,
                     other_profile: inf.NumberProfile) -> Finding:
    own = profile.candidates or ()
    example, readings, count = profile.proof(culture, own[0])
    other_example = other_profile.examples_read_by(other_profile.candidates or ())[0]
    message = (f"{_such_as(count, prop.title, example)} {inf.describe_marks(example, readings)}, but {other.title} "
               f"has numbers such as {other_example}, and one Number format reads every number of the file: no "
               "setting reads both.")
    hint = (f"Write the numbers of {prop.title} and {other.title} in one way (bulk-api-data-format.txt, "
            "number_culture), then choose the Number format that reads it.")
    return Finding(prop.name, NUMBER_FORMAT, Severity.ERROR, message, hint, example, NUMBER, culture, SWITCH,
                   (), own[:1])


__all__ = ["CONFIRM", "CONFIRM_DATE_FORMAT", "CONFIRM_RULES", "CONFIRM_SETTINGS", "DATE_FORMAT", "DATETIME", "NUMBER",
           "NUMBER_FORMAT", "SETTING_TITLES", "SWITCH", "Finding", "cap", "date_findings", "number_findings", "number_text",
           "set_setting"]
