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
from csod_desktop.i18n import number, translate

DATETIME, NUMBER = "datetime_culture", "number_culture"
#: What the window's Load type step calls the two settings (and the words of every hint here), read in the
#: window's language of the moment: setting -> :func:`setting_title`.
SETTING_TITLES: Mapping[str, str] = inf.Labels((DATETIME, NUMBER), lambda setting: setting_title(setting))
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


def setting_title(setting: str) -> str:
    """What the window's Load type step calls ``setting`` (the English is ``SETTING_TITLES``)."""
    return translate("culture", "Date format") if setting == DATETIME else translate("culture", "Number format")


def setting_values(setting: str, *cultures: str) -> dict[str, str]:
    """The placeholders of a sentence that says how to choose ``cultures`` for ``setting`` (one or two):
    ``{setting}``, ``{culture}``/``{first}``, ``{second}``, ``{flag}``, ``{second_flag}`` (the command line's
    ``--setting`` flags, never translated)."""
    assert 1 <= len(cultures) <= 2, cultures
    return {"setting": setting_title(setting), "culture": cultures[0], "first": cultures[0], "second": cultures[-1],
            "flag": f"--setting {setting}={cultures[0]}", "second_flag": f"--setting {setting}={cultures[-1]}"}


def set_sentence(setting: str, *cultures: str) -> str:
    """"Set Date format to fr-FR on the Load type step (on the command line: --setting ...)."."""
    said = (translate("culture", "Set {setting} to {culture} on the Load type step (on the command line: {flag}).")
            if len(cultures) == 1 else
            translate("culture", "Set {setting} to {first} or {second} on the Load type step (on the command line: "
                                 "{flag} or {second_flag})."))
    return said.format(**setting_values(setting, *cultures))


def number_text(value: Decimal) -> str:
    """1250, 1.25: the number itself, with a dot for decimals and no grouping (as the portal stores it)."""
    return format(value.normalize(), "f")


def _date(value: str, culture: str) -> dt.date:
    date = rules.parse_date(value, culture)
    assert date is not None, (value, culture)
    return date


def _misread(value: str, culture: str, meant: str) -> dict[str, str]:
    """The placeholders of "{value} would be loaded as {loaded} instead of {meant}" (9 April 2023...)."""
    return {"value": value, "loaded": inf.in_words(_date(value, culture)), "meant": inf.in_words(_date(value, meant))}


# -------------------------------------------------------------------------------------------- dates
#
# Each message is one whole sentence per case (one value or several, the day or the month first, what
# follows), placeholders filled after: a translator writes each as the language says it, agreeing with
# its count and its order, which a sentence spliced from English parts would not allow.


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


def _date_switch(prop: Property, profile: inf.DateProfile, proven: str, culture: str) -> Finding:
    kind, count, example = _proof(profile, proven)
    ambiguous = profile.examples(inf.AMBIGUOUS)
    day, one = kind == inf.DAY_FIRST, count == 1
    if culture == "en-GB":
        said = ((translate("culture", "1 value of {title}, {example}, has the day first, but the Date format is "
                                      "{culture} ({order}), which reads only dates with the year first: those records "
                                      "cannot be loaded.") if one else
                 translate("culture", "{count} values of {title}, such as {example}, have the day first, but the Date "
                                      "format is {culture} ({order}), which reads only dates with the year first: "
                                      "those records cannot be loaded.")) if day else
                (translate("culture", "1 value of {title}, {example}, has the month first, but the Date format is "
                                      "{culture} ({order}), which reads only dates with the year first: those records "
                                      "cannot be loaded.") if one else
                 translate("culture", "{count} values of {title}, such as {example}, have the month first, but the "
                                      "Date format is {culture} ({order}), which reads only dates with the year first: "
                                      "those records cannot be loaded.")))
    elif ambiguous:
        said = ((translate("culture", "1 value of {title}, {example}, has the day first, but the Date format is "
                                      "{culture} ({order}): {example} cannot be read, and {value} would be loaded as "
                                      "{loaded} instead of {meant}.") if one else
                 translate("culture", "{count} values of {title}, such as {example}, have the day first, but the Date "
                                      "format is {culture} ({order}): {example} cannot be read, and {value} would be "
                                      "loaded as {loaded} instead of {meant}.")) if day else
                (translate("culture", "1 value of {title}, {example}, has the month first, but the Date format is "
                                      "{culture} ({order}): {example} cannot be read, and {value} would be loaded as "
                                      "{loaded} instead of {meant}.") if one else
                 translate("culture", "{count} values of {title}, such as {example}, have the month first, but the "
                                      "Date format is {culture} ({order}): {example} cannot be read, and {value} "
                                      "would be loaded as {loaded} instead of {meant}.")))
    else:
        said = ((translate("culture", "1 value of {title}, {example}, has the day first, but the Date format is "
                                      "{culture} ({order}): it cannot be read.") if one else
                 translate("culture", "{count} values of {title}, such as {example}, have the day first, but the Date "
                                      "format is {culture} ({order}): they cannot be read.")) if day else
                (translate("culture", "1 value of {title}, {example}, has the month first, but the Date format is "
                                      "{culture} ({order}): it cannot be read.") if one else
                 translate("culture", "{count} values of {title}, such as {example}, have the month first, but the "
                                      "Date format is {culture} ({order}): they cannot be read.")))
    misread = _misread(ambiguous[0], culture, proven) if ambiguous and culture != "en-GB" else {}
    message = said.format(count=number(count), title=prop.title, example=example, culture=culture,
                          order=inf.order_label(culture), **misread)
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, set_sentence(DATETIME, proven), example,
                   DATETIME, culture, SWITCH, (proven,), (proven,))


def _date_conflict(prop: Property, profile: inf.DateProfile, own: str, culture: str, other: Property,
                   other_profile: inf.DateProfile) -> Finding:
    kind, count, example = _proof(profile, own)
    other_culture = other_profile.proven_culture or culture
    _, _, other_example = _proof(other_profile, other_culture)  # (the other column has the other order)
    if kind == inf.DAY_FIRST:
        said = (translate("culture", "1 value of {title}, {example}, has the day first, but {other} has the month "
                                     "first (such as {other_example}), and one Date format reads every date of the "
                                     "file: no setting reads both.") if count == 1 else
                translate("culture", "{count} values of {title}, such as {example}, have the day first, but {other} "
                                     "has the month first (such as {other_example}), and one Date format reads every "
                                     "date of the file: no setting reads both."))
    else:
        said = (translate("culture", "1 value of {title}, {example}, has the month first, but {other} has the day "
                                     "first (such as {other_example}), and one Date format reads every date of the "
                                     "file: no setting reads both.") if count == 1 else
                translate("culture", "{count} values of {title}, such as {example}, have the month first, but {other} "
                                     "has the day first (such as {other_example}), and one Date format reads every "
                                     "date of the file: no setting reads both."))
    message = said.format(count=number(count), title=prop.title, example=example, other=other.title,
                          other_example=other_example)
    hint = translate("culture", "Write the dates of {title} and {other} in one order (bulk-api-data-format.txt: all "
                                "the date fields follow the same format), then choose the Date format that reads "
                                "it.").format(title=prop.title, other=other.title)
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
    day = kind == inf.DAY_FIRST
    if culture == "en-GB":
        said = (translate("culture", "No date of {title} shows by itself whether the day or the month comes first, "
                                     "but {by} has the day first (such as {by_example}), and one Date format reads "
                                     "every date of the file: under {culture}, en-GB reads only dates with the year "
                                     "first: those records cannot be loaded.") if day else
                translate("culture", "No date of {title} shows by itself whether the day or the month comes first, "
                                     "but {by} has the month first (such as {by_example}), and one Date format reads "
                                     "every date of the file: under {culture}, en-GB reads only dates with the year "
                                     "first: those records cannot be loaded."))
        misread: dict[str, str] = {}
    else:
        said = (translate("culture", "No date of {title} shows by itself whether the day or the month comes first, "
                                     "but {by} has the day first (such as {by_example}), and one Date format reads "
                                     "every date of the file: under {culture}, {value} would be loaded as {loaded} "
                                     "instead of {meant}.") if day else
                translate("culture", "No date of {title} shows by itself whether the day or the month comes first, "
                                     "but {by} has the month first (such as {by_example}), and one Date format reads "
                                     "every date of the file: under {culture}, {value} would be loaded as {loaded} "
                                     "instead of {meant}."))
        misread = _misread(example, culture, proven)
    message = said.format(title=prop.title, by=by.title, by_example=by_example, culture=culture, **misread)
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, set_sentence(DATETIME, proven), example,
                   DATETIME, culture, SWITCH, (proven,), (proven,))


def _year_last_under_en_gb(prop: Property, profile: inf.DateProfile) -> Finding:
    example = (profile.examples(inf.AMBIGUOUS) or profile.examples(inf.SAME))[0]
    count = profile.year_last
    said = (translate("culture", "1 value of {title}, {example}, has the year last, but the Date format is en-GB "
                                 "(year first), which reads only dates with the year first: those records cannot be "
                                 "loaded.") if count == 1 else
            translate("culture", "{count} values of {title}, such as {example}, have the year last, but the Date "
                                 "format is en-GB (year first), which reads only dates with the year first: those "
                                 "records cannot be loaded."))
    message = said.format(count=number(count), title=prop.title, example=example)
    hint = translate("culture", "Set {setting} to {first} or {second} on the Load type step (on the command line: "
                                "{flag} or {second_flag}): {first} if the day comes first ({example} = {day_first}), "
                                "{second} if the month does ({example} = {month_first}).").format(
        example=example, day_first=inf.in_words(_date(example, "fr-FR")),
        month_first=inf.in_words(_date(example, "en-US")), **setting_values(DATETIME, "fr-FR", "en-US"))
    return Finding(prop.name, DATE_FORMAT, Severity.ERROR, message, hint, example, DATETIME, "en-GB", SWITCH,
                   ("fr-FR", "en-US"), ("fr-FR", "en-US"))


def _confirm(prop: Property, profile: inf.DateProfile, culture: str) -> Finding | None:
    """No date of the file proves the order: say how two of them will be loaded, once."""
    ambiguous = profile.examples(inf.AMBIGUOUS)[:2]
    if not ambiguous:
        return None  # 05/05/2023 and ISO dates read the same in every order
    other = "fr-FR" if culture == "en-US" else "en-US"
    loaded = translate("culture", "{value} will be loaded as {date}")
    examples = tuple(loaded.format(value=a, date=inf.in_words(_date(a, culture))) for a in ambiguous)
    month = culture == "en-US"  # (en-GB, which reads no year-last date, is told by _year_last_under_en_gb)
    if len(ambiguous) == 1:
        said = (translate("culture", "No date of {title} shows whether the day or the month comes first (every day "
                                     "is 12 or less), so the Date format {culture} reads them month first: {value} "
                                     "will be loaded as {date}.") if month else
                translate("culture", "No date of {title} shows whether the day or the month comes first (every day "
                                     "is 12 or less), so the Date format {culture} reads them day first: {value} will "
                                     "be loaded as {date}."))
    else:
        said = (translate("culture", "No date of {title} shows whether the day or the month comes first (every day "
                                     "is 12 or less), so the Date format {culture} reads them month first: {value} "
                                     "will be loaded as {date}, and {second} as {second_date}.") if month else
                translate("culture", "No date of {title} shows whether the day or the month comes first (every day "
                                     "is 12 or less), so the Date format {culture} reads them day first: {value} will "
                                     "be loaded as {date}, and {second} as {second_date}."))
    message = said.format(title=prop.title, culture=culture, value=ambiguous[0],
                          date=inf.in_words(_date(ambiguous[0], culture)), second=ambiguous[-1],
                          second_date=inf.in_words(_date(ambiguous[-1], culture)))
    hint = (translate("culture", "Confirm that the dates have the month first, or, if the day comes first, set "
                                 "{setting} to {culture} on the Load type step (on the command line: {flag}).")
            if month else
            translate("culture", "Confirm that the dates have the day first, or, if the month comes first, set "
                                 "{setting} to {culture} on the Load type step (on the command line: {flag})."))
    return Finding(prop.name, CONFIRM_DATE_FORMAT, Severity.WARNING, message,
                   hint.format(**setting_values(DATETIME, other)), ambiguous[0], DATETIME, culture, CONFIRM,
                   (other,), (), examples)


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
    misread = profile.differing(culture, suggested[0])
    one = count == 1
    if misread:
        said = (translate("culture", "1 value of {title}, {example}, has {marks}, but the Number format is {culture} "
                                     "({examples}): {example} cannot be read, and {value} would be loaded as {loaded} "
                                     "instead of {meant}.") if one else
                translate("culture", "{count} values of {title}, such as {example}, have {marks}, but the Number "
                                     "format is {culture} ({examples}): {example} cannot be read, and {value} would "
                                     "be loaded as {loaded} instead of {meant}."))
        r = inf.number_readings(misread[0])
        values = {"value": misread[0].strip(), "loaded": number_text(r[culture]),
                  "meant": number_text(r[suggested[0]])}
    else:
        said = (translate("culture", "1 value of {title}, {example}, has {marks}, but the Number format is {culture} "
                                     "({examples}): it cannot be read.") if one else
                translate("culture", "{count} values of {title}, such as {example}, have {marks}, but the Number "
                                     "format is {culture} ({examples}): they cannot be read."))
        values = {}
    message = said.format(count=number(count), title=prop.title, example=example,
                          marks=inf.describe_marks(example, readers), culture=culture,
                          examples=rules.number_examples(culture), **values)
    return Finding(prop.name, NUMBER_FORMAT, Severity.ERROR, message, set_sentence(NUMBER, *suggested),
                   example, NUMBER, culture, SWITCH, tuple(suggested), tuple(suggested))


def _number_conflict(prop: Property, profile: inf.NumberProfile, culture: str, other: Property,
                     other_profile: inf.NumberProfile) -> Finding:
    own = profile.candidates or ()
    example, readings, count = profile.proof(culture, own[0])
    other_example = other_profile.examples_read_by(other_profile.candidates or ())[0]
    said = (translate("culture", "1 value of {title}, {example}, has {marks}, but {other} has numbers such as "
                                 "{other_example}, and one Number format reads every number of the file: no setting "
                                 "reads both.") if count == 1 else
            translate("culture", "{count} values of {title}, such as {example}, have {marks}, but {other} has numbers "
                                 "such as {other_example}, and one Number format reads every number of the file: no "
                                 "setting reads both."))
    message = said.format(count=number(count), title=prop.title, example=example,
                          marks=inf.describe_marks(example, readings), other=other.title, other_example=other_example)
    hint = translate("culture", "Write the numbers of {title} and {other} in one way (bulk-api-data-format.txt, "
                                "number_culture), then choose the Number format that reads it.").format(
        title=prop.title, other=other.title)
    return Finding(prop.name, NUMBER_FORMAT, Severity.ERROR, message, hint, example, NUMBER, culture, SWITCH,
                   (), own[:1])


__all__ = ["CONFIRM", "CONFIRM_DATE_FORMAT", "CONFIRM_RULES", "CONFIRM_SETTINGS", "DATE_FORMAT", "DATETIME", "NUMBER",
           "NUMBER_FORMAT", "SETTING_TITLES", "SWITCH", "Finding", "date_findings", "number_findings", "number_text",
           "set_sentence", "setting_title", "setting_values"]
