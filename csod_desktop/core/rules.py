"""Scalar data rules shared by client-side validation and the sandbox: trim, dates, numbers, enums."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import polars as pl

from csod_desktop import facts
from csod_desktop.i18n import translate

if TYPE_CHECKING:
    from csod_desktop.core.schema import Property

#: The cultures bulk-api-data-format.txt lists for datetime_culture and number_culture.
DATE_CULTURES = ("en-US", "fr-FR", "en-GB")
NUMBER_CULTURES = ("en-US", "fr-FR", "es-ES")
DEFAULT_CULTURE = "en-US"



def date_examples(culture: str) -> str:
    """How a date culture writes 1 July 2017 (bulk-api-data-format.txt, datetime_culture), in words a
    sentence takes as ``{examples}`` ("Date format en-US reads {examples}.")."""
    if culture == "en-US":
        return translate("culture", "month first, e.g. 7/1/2017, 07-01-2017 or 7.1.2017 for 1 July 2017")
    if culture == "fr-FR":
        return translate("culture", "day first, e.g. 1/7/2017, 01-07-2017 or 1.7.2017 for 1 July 2017")
    return translate("culture", "year first with 4 digits, e.g. 2017/7/1, 2017-07-01 or 2017.7.1 for 1 July 2017")


#: The form the app writes a date in for each culture (Excel date cells, core.mapping): the zero-padded
#: forms :func:`date_examples` lists, which parse_date reads back in that culture.
DATE_FORMS = {"en-US": "%m/%d/%Y", "fr-FR": "%d/%m/%Y", "en-GB": "%Y-%m-%d"}


def number_examples(culture: str) -> str:
    """How a number culture writes one thousand two hundred thirty-four and 56 hundredths."""
    if culture == "en-US":
        return translate("culture", "a dot for decimals, e.g. 1,234.56 or 1234.56")
    if culture == "fr-FR":
        return translate("culture", "a comma for decimals and spaces between thousands, e.g. 1 234,56 or 1234,56")
    return translate("culture", "a comma for decimals and dots between thousands, e.g. 1.234,56 or 1234,56")


# Date: three numeric parts with one separator (/ - .) used twice, and an optional time of day that
# HRIS exports often append ("7/1/2017 00:00:00", "2017-07-01T08:30:00Z"); the time is not kept. The
# pattern lets two different separators through so that ``date_parts`` can say so; ``parse_date`` refuses them.
_DAY = r"(\d{1,4})([/.\-])(\d{1,2})([/.\-])(\d{1,4})"
_TIME = r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
#: The day part alone (no groups), for the vectorized split of ``culture_inference``.
DAY_PATTERN = r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"
_DATE_RE = re.compile("^" + _DAY + _TIME + "$")
_TIME_RE = re.compile(_TIME + "$")
_MIN_YEAR = 1753  # the portal's dates are SQL Server datetimes, which start in 1753

# Numbers: the same patterns serve the scalar parser and polars' vectorized ``str.contains``.
# fr-FR groups thousands with a space; exports write a no-break or narrow no-break space too.
_FR_SPACES = " \u00a0\u202f"
NUMBER_PATTERNS: dict[str, str] = {
    "en-US": r"^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$",
    "fr-FR": r"^[+-]?(?:(?:\d{1,3}(?:[" + _FR_SPACES + r"]\d{3})+|\d+)(?:,\d+)?|,\d+)$",
    "es-ES": r"^[+-]?(?:(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?|,\d+)$",
}
_NUMBER_RES = {culture: re.compile(pattern) for culture, pattern in NUMBER_PATTERNS.items()}
_INT_RE = re.compile(r"^[+-]?\d+$")
_TRUE = facts.TRUE_WORDS
_FALSE = facts.FALSE_WORDS


get_setting = facts.get_setting
setting_flag = facts.setting_flag


def _culture(value: Any, allowed: tuple[str, ...]) -> str | None:
    if not isinstance(value, str):
        return None
    for culture in allowed:
        if culture.lower() == value.strip().lower():
            return culture
    return None


def date_culture(settings: Mapping[str, Any] | None) -> str:
    """datetime_culture, else default_culture when it is one of the three, else en-US."""
    return (
        _culture(get_setting(settings, "datetime_culture"), DATE_CULTURES)
        or _culture(get_setting(settings, "default_culture"), DATE_CULTURES)
        or DEFAULT_CULTURE
    )


def number_culture(settings: Mapping[str, Any] | None) -> str:
    """number_culture, else default_culture when it is one of the three, else en-US."""
    return (
        _culture(get_setting(settings, "number_culture"), NUMBER_CULTURES)
        or _culture(get_setting(settings, "default_culture"), NUMBER_CULTURES)
        or DEFAULT_CULTURE
    )


def apply_trim(value: str | None, trim: str | None) -> str | None:
    """Trim as the schema's ``trim`` keyword says ("leftRight", "left", "right"); None leaves it."""
    if value is None or not trim:
        return value
    mode = trim.lower()
    if mode in ("leftright", "both", "true"):
        return value.strip()
    if mode == "left":
        return value.lstrip()
    if mode == "right":
        return value.rstrip()
    return value


def date_parts(text: str | None) -> tuple[str, str, str, str, str] | None:
    """(first, separator, middle, separator, last) of a date-shaped text (time of day left out), or None."""
    groups = _date_groups(text)
    return None if groups is None else groups[:5]


def _date_groups(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    match = _DATE_RE.match(text.strip())
    return None if match is None else match.groups()


def _read_date(groups: tuple[str, ...], culture: str) -> dt.date | None:
    first, sep, middle, sep2, last, hour, minute, second, ampm = groups
    if sep != sep2:
        return None  # "one separator used twice": 04/09-2023 is not a date of any culture
    if len(first) == 4:
        if len(last) > 2:
            return None
        year, month, day = int(first), int(middle), int(last)
    else:
        if culture == "en-GB" or len(first) > 2 or len(last) != 4:
            return None
        year = int(last)
        month, day = (int(first), int(middle)) if culture == "en-US" else (int(middle), int(first))
    if year < _MIN_YEAR or not time_ok(hour, minute, second, ampm):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def time_ok(hour: str | None, minute: str | None, second: str | None, ampm: str | None) -> bool:
    """The time of day a date may carry (hour, minute, second, am/pm as written) is a real one, or absent."""
    if hour is None:
        return True
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    return not (m > 59 or s > 59 or (h > 12 or h == 0 if ampm else h > 23))


def time_of_day_ok(rest: str) -> bool:
    """What follows a date's day part ("", " 08:30:00", "T08:30:00Z") is an allowed, real time of day."""
    match = _TIME_RE.match(rest)
    return match is not None and time_ok(*match.groups())


def parse_date(text: str | None, culture: str = DEFAULT_CULTURE) -> dt.date | None:
    """The date ``text`` means in ``culture``, or None when that culture cannot read it.

    bulk-api-data-format.txt (datetime_culture): en-US is month first, fr-FR day first, en-GB year
    first with a 4-digit year; separators ``/``, ``-`` or ``.``. A 4-digit first part is read year
    first in every culture (it cannot be a month or a day: the quick start's en-US example job sends
    2019-12-01). Otherwise the year must be last and have 4 digits, so ``13/01/2024`` is refused under
    en-US (there is no 13th month) and ``7/1/17`` is refused everywhere (which century?).
    """
    groups = _date_groups(text)
    if groups is None:
        return None
    return _read_date(groups, _culture(culture, DATE_CULTURES) or DEFAULT_CULTURE)


def date_readings(text: str | None) -> dict[str, dt.date]:
    """The date each culture reads in ``text`` (``parse_date`` for the three at once; unreadable ones left out)."""
    groups = _date_groups(text)
    if groups is None:
        return {}
    if len(groups[0]) == 4:  # year first: the same reading in every culture, computed once
        date = _read_date(groups, DEFAULT_CULTURE)
        return {} if date is None else dict.fromkeys(DATE_CULTURES, date)
    # Year last: en-GB reads only year-first dates (bulk-api-data-format.txt, "Year must have 4 digits").
    return {c: d for c in ("en-US", "fr-FR") if (d := _read_date(groups, c)) is not None}


# How each culture's number becomes a plain decimal ("1 234,56" -> "1234.56"): replacements in order.
# One table for the scalar parser and the vectorized one (``number_expr``).
_PLAIN_DECIMAL: dict[str, tuple[tuple[str, str], ...]] = {
    "en-US": ((",", ""),),
    "fr-FR": (*((space, "") for space in _FR_SPACES), (",", ".")),
    "es-ES": ((".", ""), (",", ".")),
}


def parse_number(text: str | None, culture: str = DEFAULT_CULTURE) -> Decimal | None:
    """The number ``text`` means in ``culture`` (bulk-api-data-format.txt, number_culture), or None."""
    if text is None:
        return None
    value = text.strip()
    culture = _culture(culture, NUMBER_CULTURES) or DEFAULT_CULTURE
    if not _NUMBER_RES[culture].match(value):
        return None
    for mark, replacement in _PLAIN_DECIMAL[culture]:
        value = value.replace(mark, replacement)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern only lets valid decimals through
        return None


def number_expr(expr: pl.Expr, culture: str) -> pl.Expr:
    """``parse_number`` over a whole column: the plain decimal text ("1234.56") ``culture`` reads, else null."""
    value = expr.str.strip_chars()
    plain = value
    for mark, replacement in _PLAIN_DECIMAL[culture]:
        plain = plain.str.replace_all(mark, replacement, literal=True)
    return pl.when(value.str.contains(NUMBER_PATTERNS[culture])).then(plain)


def parse_bool(text: str | None) -> bool | None:
    """true/false, 1/0, yes/no (any case), or None."""
    if text is None:
        return None
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


def enum_lookup(prop: Property) -> dict[str, str]:
    """Key (casefolded unless the schema is case-sensitive) -> canonical enum text, cached per property."""
    cached = prop.__dict__.get("_enum_lookup")
    if cached is not None:
        return cached
    lookup: dict[str, str] = {}
    for value in prop.enum_strings or ():
        key = value.strip() if prop.case_sensitive else value.strip().casefold()
        lookup.setdefault(key, value)
    # Integer forms are their own canonical text: "the index of the integer enums and the string
    # enums aren't a one-to-one match" (bulk-api-data-format.txt, enumerated fields), so 1 is never AUD.
    for number in prop.enum_ints or ():
        lookup.setdefault(str(number), str(number))
    object.__setattr__(prop, "_enum_lookup", lookup)  # frozen dataclass: cache beside the fields
    return lookup


def match_enum(text: str | None, prop: Property) -> str | None:
    """The canonical enum value ``text`` stands for (string form, or the integer form as text), or None."""
    if text is None:
        return None
    value = apply_trim(text, prop.trim or "leftRight")
    if value is None or value == "":
        return None
    lookup = enum_lookup(prop)
    hit = lookup.get(value if prop.case_sensitive else value.casefold())
    if hit is not None:
        return hit
    if prop.enum_ints and _INT_RE.match(value):
        number = str(int(value))  # "01" and "+1" are the integer 1
        if number in lookup and int(number) in prop.enum_ints:
            return number
    return None


def split_multi(text: str | None) -> list[str]:
    """Multi-checkbox values: separated by semicolons (bulk-api-data-format.txt, Employee Loads)."""
    if text is None:
        return []
    return [part.strip() for part in text.split(";") if part.strip()]


def match_multi(text: str | None, prop: Property) -> tuple[list[str], list[str]]:
    """(canonical values, values not in the schema's list) of a multi-checkbox cell."""
    good: list[str] = []
    bad: list[str] = []
    for part in split_multi(text):
        hit = match_enum(part, prop)
        if hit is None:
            bad.append(part)
        elif hit not in good:
            good.append(hit)
    return good, bad


# Characters that do not show, or show as an ordinary space, yet make a different value: "RT-Z1" and
# "RT-Z1\u200b" are two ids to the portal, and a look-alike OU or user is created (issue 19, item 3).
# A byte order mark in the middle of a file (two exports pasted together) is one of them.
INVISIBLE_CHARS: dict[str, str] = {
    "\u00a0": "no-break space",
    "\u00ad": "soft hyphen",
    "\u180e": "Mongolian vowel separator",
    "\u2007": "figure space",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202c": "pop directional formatting",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u202f": "narrow no-break space",
    "\u2060": "word joiner",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first strong isolate",
    "\u2069": "pop directional isolate",
    "\ufeff": "byte order mark",
}
# Control characters (C0 but tab, line feed and carriage return; DEL; C1, what Latin-1 makes of
# Windows-1252's 0x80-0x9F) do not show either.
_CONTROLS = [(0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F)]
#: The same set as a regular-expression class, for polars' vectorized ``str.contains``.
INVISIBLE_PATTERN = ("[" + "".join(f"\\u{{{ord(c):04x}}}" for c in INVISIBLE_CHARS)
                     + "".join(f"\\u{{{a:04x}}}-\\u{{{b:04x}}}" for a, b in _CONTROLS) + "]")
_INVISIBLE_RE = re.compile("[" + "".join(INVISIBLE_CHARS) + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CONTROLS) + "]")


def invisible_chars(text: str | None) -> list[tuple[int, str]]:
    """(1-based character position, name) of each invisible character in ``text``."""
    if not text:
        return []
    return [(m.start() + 1, INVISIBLE_CHARS.get(m.group(), "control character")) for m in _INVISIBLE_RE.finditer(text)]


def made_visible(text: str) -> str:
    """``text`` with each invisible character spelled out, e.g. ``RT-Z1<U+200B>``."""
    return _INVISIBLE_RE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def describe_invisible(text: str) -> str:
    """Where the invisible characters of ``text`` are, in words: "a zero-width space (U+200B) at character 6"."""
    found = invisible_chars(text)
    # The characters' names (INVISIBLE_CHARS) stay English: Unicode's names, not sentences.
    each = translate("validation", "a {name} ({code}) at character {position}")
    parts = [each.format(name=name, code=f"U+{ord(text[pos - 1]):04X}", position=pos) for pos, name in found[:3]]
    listed = ", ".join(parts)
    if len(found) > 3:
        return translate("validation", "{listed} and {count} more").format(listed=listed, count=len(found) - 3)
    return listed
