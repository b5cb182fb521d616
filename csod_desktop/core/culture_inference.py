"""What a column's own values say about the date order and the number marks they were written with.

Cornerstone reads a whole payload with one ``datetime_culture`` and one ``number_culture``
(bulk-api-data-format.txt, "Data Format Considerations"), so a column either fits the import's setting
or it does not. A value proves an order only when one culture reads it and the other cannot: a first
part over 12 is a day (day first, fr-FR), a middle part over 12 is a day (month first, en-US), a
four-digit first part is a year (year first, read so by every culture: ``rules.parse_date``). For
numbers a value proves the cultures that can read it, when not all three read it the same way.

Profiles are built from each distinct value once, weighted by how many cells hold it, so a million
records of a few thousand dates cost a few thousand classifications.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import polars as pl

from csod_desktop.core import rules

#: How each value of a date column was written (``DateProfile.kinds``).
DAY_FIRST = "day_first"  # 13/09/2023: only fr-FR reads it
MONTH_FIRST = "month_first"  # 09/13/2023: only en-US reads it
AMBIGUOUS = "ambiguous"  # 04/09/2023: en-US and fr-FR read two different dates
SAME = "same"  # 05/05/2023: day and month are equal, every year-last culture reads one date
YEAR_FIRST = "year_first"  # 2023-09-04: a four-digit first part, read so by every culture
TWO_DIGIT_YEAR = "two_digit_year"  # 04/09/23: no culture reads it (which century?)
MIXED_SEPARATORS = "mixed_separators"  # 04/09-2023: a date uses one separator twice
UNREADABLE = "unreadable"  # anything else: 13/25/2021, 31/02/2023, "soon"

#: What a date column's values prove, all together (``DateProfile.order``).
ORDER_DAY_FIRST, ORDER_MONTH_FIRST, ORDER_YEAR_FIRST = DAY_FIRST, MONTH_FIRST, YEAR_FIRST
ORDER_MIXED = "mixed"  # some values have the day first and others the month first
ORDER_UNPROVEN = "unproven"  # year-last dates, none of which shows which of day and month comes first
ORDER_NONE = "none"  # no readable date at all

#: The culture that reads each proven order (bulk-api-data-format.txt, datetime_culture).
ORDER_CULTURE = {DAY_FIRST: "fr-FR", MONTH_FIRST: "en-US", YEAR_FIRST: "en-GB"}
_ORDER_WORDS = {DAY_FIRST: "the day first", MONTH_FIRST: "the month first", YEAR_FIRST: "the year first"}
CULTURE_ORDER_WORDS = {"en-US": "month first", "fr-FR": "day first", "en-GB": "year first"}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_EXAMPLES_KEPT = 3  # distinct values kept per kind, in file order


def in_words(date: dt.date) -> str:
    """9 April 2023: the same words on every computer (no locale-dependent ``strftime``)."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def order_words(order: str) -> str:
    """"the day first" for ORDER_DAY_FIRST, and so on."""
    return _ORDER_WORDS[order]


@dataclass
class Tally:
    """How many cells hold values of one kind, and the first few distinct ones in file order."""

    cells: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, value: str, cells: int) -> None:
        self.cells += cells
        if len(self.examples) < _EXAMPLES_KEPT:
            self.examples.append(value)

    @property
    def example(self) -> str | None:
        return self.examples[0] if self.examples else None


def _value_counts(values: pl.Series | Sequence[str | None], leave_out: pl.Series | Sequence[bool] | None,
                  ) -> tuple[list[tuple[str | None, int]], int]:
    """(distinct value, cells) in file order, and how many cells ``leave_out`` took away."""
    series = values if isinstance(values, pl.Series) else pl.Series("v", list(values), dtype=pl.String)
    series = series.cast(pl.String).alias("v")
    left_out = 0
    if leave_out is not None:
        mask = leave_out if isinstance(leave_out, pl.Series) else pl.Series(list(leave_out), dtype=pl.Boolean)
        mask = mask.cast(pl.Boolean).fill_null(False)
        if mask.len() != series.len():
            raise ValueError(f"the mask has {mask.len()} cells and the column {series.len()}")
        left_out = int(mask.sum())
        series = series.filter(~mask)
    counts = series.to_frame().group_by("v", maintain_order=True).len()
    return list(counts.iter_rows()), left_out


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


# -------------------------------------------------------------------------------------------- dates


def classify_date(text: str) -> str:
    """The kind of one date text (DAY_FIRST, MONTH_FIRST, AMBIGUOUS, ...), from ``rules``' own reading."""
    parts = rules.date_parts(text)
    if parts is None:
        return UNREADABLE
    first, sep, middle, sep2, last = parts
    if sep != sep2:
        return MIXED_SEPARATORS
    if len(first) == 4:
        return YEAR_FIRST if rules.parse_date(text, "en-GB") is not None else UNREADABLE
    if len(first) > 2:
        return UNREADABLE
    if len(last) == 2:
        return TWO_DIGIT_YEAR
    if len(last) != 4:
        return UNREADABLE
    month_first, day_first = rules.parse_date(text, "en-US"), rules.parse_date(text, "fr-FR")
    if month_first is None and day_first is None:
        return UNREADABLE
    if day_first is None:
        return MONTH_FIRST
    if month_first is None:
        return DAY_FIRST
    return SAME if month_first == day_first else AMBIGUOUS


@dataclass
class DateProfile:
    """What one date column's values say: the order they prove, their separators and year digits."""

    kinds: dict[str, Tally]  # kind -> cells and examples (only the kinds present)
    values: dict[str, str]  # distinct value -> kind
    separators: frozenset[str]  # "/", "-", "." as found in the dates
    year_digits: frozenset[int]  # 4, 2 or both
    blanks: int  # cells with no value
    left_out: int  # cells the caller left out (real Excel dates prove nothing about the typed order)

    def cells(self, kind: str) -> int:
        tally = self.kinds.get(kind)
        return tally.cells if tally else 0

    def examples(self, kind: str) -> list[str]:
        tally = self.kinds.get(kind)
        return list(tally.examples) if tally else []

    @property
    def order(self) -> str:
        """ORDER_DAY_FIRST, ORDER_MONTH_FIRST, ORDER_MIXED, ORDER_UNPROVEN, ORDER_YEAR_FIRST or ORDER_NONE."""
        day, month = self.cells(DAY_FIRST), self.cells(MONTH_FIRST)
        if day and month:
            return ORDER_MIXED
        if day:
            return ORDER_DAY_FIRST
        if month:
            return ORDER_MONTH_FIRST
        if self.cells(AMBIGUOUS) or self.cells(SAME):
            return ORDER_UNPROVEN
        if self.cells(YEAR_FIRST):
            return ORDER_YEAR_FIRST
        return ORDER_NONE

    @property
    def proven_culture(self) -> str | None:
        """The date culture the values prove (fr-FR for day first, en-US for month first), or None."""
        return ORDER_CULTURE.get(self.order) if self.order in (DAY_FIRST, MONTH_FIRST) else None

    @property
    def year_last(self) -> int:
        """Cells with a four-digit year last that some culture reads (the ones an order applies to)."""
        return sum(self.cells(k) for k in (DAY_FIRST, MONTH_FIRST, AMBIGUOUS, SAME))

    @property
    def mixed_separators(self) -> bool:
        """True when the column writes its dates with more than one separator (each date with one)."""
        return len(self.separators) > 1


def infer_dates(values: pl.Series | Sequence[str | None], leave_out: pl.Series | Sequence[bool] | None = None,
                ) -> DateProfile:
    """Profile a date column. ``leave_out`` (one flag per cell) names cells that prove nothing about the
    order the administrator typed: Excel date cells, which the reader renders in the import's culture."""
    counts, left_out = _value_counts(values, leave_out)
    kinds: dict[str, Tally] = {}
    by_value: dict[str, str] = {}
    separators: set[str] = set()
    digits: set[int] = set()
    blanks = 0
    for value, cells in counts:
        if _blank(value):
            blanks += cells
            continue
        assert value is not None
        kind = classify_date(value)
        by_value[value] = kind
        kinds.setdefault(kind, Tally()).add(value.strip(), cells)
        parts = rules.date_parts(value)
        if parts is not None and kind != UNREADABLE:
            separators.update((parts[1], parts[3]))
            digits.add(4 if kind in (YEAR_FIRST, DAY_FIRST, MONTH_FIRST, AMBIGUOUS, SAME) else 2)
    return DateProfile(kinds, by_value, frozenset(separators), frozenset(digits), blanks, left_out)


# ------------------------------------------------------------------------------------------ numbers


#: The marks each number culture writes (bulk-api-data-format.txt, number_culture): (decimal, grouping).
NUMBER_MARKS = {"en-US": (".", ","), "fr-FR": (",", " "), "es-ES": (",", ".")}


def number_readings(text: str) -> dict[str, Decimal]:
    """The number each culture reads in ``text`` (cultures that cannot read it are left out)."""
    readings = {}
    for culture in rules.NUMBER_CULTURES:
        number = rules.parse_number(text, culture)
        if number is not None:
            readings[culture] = number
    return readings


def _is_plain(readings: dict[str, Decimal]) -> bool:
    """Read by every culture as the same number (1234, -3): it proves nothing."""
    return len(readings) == len(rules.NUMBER_CULTURES) and len(set(readings.values())) == 1


@dataclass
class NumberProfile:
    """What one number column's values say: the cultures that read all of them, and their marks."""

    proofs: dict[tuple[str, ...], Tally]  # cultures that read a value (not all the same way) -> cells
    readings: dict[str, dict[str, Decimal]]  # distinct value -> {culture: number}
    plain: int  # cells every culture reads as the same number
    unreadable: Tally  # cells no culture reads
    blanks: int
    left_out: int

    @property
    def candidates(self) -> tuple[str, ...] | None:
        """The cultures that read every value that tells cultures apart (NUMBER_CULTURES order);
        None when no value tells them apart, () when the values contradict one another."""
        telling = [set(r) for r in self.readings.values() if r and not _is_plain(r)]
        if not telling:
            return None
        common = set.intersection(*telling)
        return tuple(c for c in rules.NUMBER_CULTURES if c in common)

    @property
    def decimal_mark(self) -> str | None:
        """The decimal mark every candidate culture shares ("." or ","), or None when they differ."""
        return self._mark(0)

    @property
    def grouping_mark(self) -> str | None:
        """The thousands mark every candidate shares ("," "." or " "), or None when unproven."""
        return self._mark(1)

    def _mark(self, which: int) -> str | None:
        candidates = self.candidates
        if not candidates:
            return None
        marks = {NUMBER_MARKS[c][which] for c in candidates}
        return marks.pop() if len(marks) == 1 else None

    def cells_read_by(self, cultures: Iterable[str]) -> int:
        wanted = set(cultures)
        return sum(t.cells for key, t in self.proofs.items() if wanted <= set(key))

    def examples_read_by(self, cultures: Iterable[str]) -> list[str]:
        wanted = set(cultures)
        return [e for key, t in self.proofs.items() if wanted <= set(key) for e in t.examples]

    def differing(self, a: str, b: str) -> list[str]:
        """Distinct values that cultures ``a`` and ``b`` both read, as two different numbers."""
        return [v for v, r in self.readings.items() if a in r and b in r and r[a] != r[b]]


def infer_numbers(values: pl.Series | Sequence[str | None], leave_out: pl.Series | Sequence[bool] | None = None,
                  ) -> NumberProfile:
    """Profile a number column (``leave_out`` as for ``infer_dates``)."""
    counts, left_out = _value_counts(values, leave_out)
    proofs: dict[tuple[str, ...], Tally] = {}
    by_value: dict[str, dict[str, Decimal]] = {}
    plain, blanks, unreadable = 0, 0, Tally()
    for value, cells in counts:
        if _blank(value):
            blanks += cells
            continue
        assert value is not None
        readings = number_readings(value)
        by_value[value] = readings
        if not readings:
            unreadable.add(value.strip(), cells)
        elif _is_plain(readings):
            plain += cells
        else:
            proofs.setdefault(tuple(readings), Tally()).add(value.strip(), cells)
    return NumberProfile(proofs, by_value, plain, unreadable, blanks, left_out)


def _mark_roles(mark: str, cultures: Iterable[str]) -> str:
    """"for decimals in en-US, between thousands in es-ES"."""
    roles = []
    for culture in sorted(set(cultures), key=rules.NUMBER_CULTURES.index):
        decimal, grouping = NUMBER_MARKS[culture]
        role = "for decimals" if mark == decimal else "between thousands" if mark == grouping else None
        if role:
            roles.append(f"{role} in {culture}")
    return ", ".join(roles)


def describe_marks(text: str, cultures: Iterable[str]) -> str:
    """How ``text`` writes its number, as the cultures that read it see it: "a comma for decimals"."""
    cultures = set(cultures)
    decimals = {NUMBER_MARKS[c][0] for c in cultures}
    grouping, decimal = [], []
    if any(ch in text for ch in " \u00a0\u202f"):
        grouping.append("spaces between thousands")
    if "." in text:
        if decimals == {"."}:
            decimal.append("a dot for decimals")
        elif decimals == {","}:
            grouping.append("dots between thousands")
        else:
            decimal.append("a dot (" + _mark_roles(".", cultures) + ")")
    if "," in text:
        if decimals == {","}:
            decimal.append("a comma for decimals")
        elif decimals == {"."}:
            grouping.append("commas between thousands")
        else:
            decimal.append("a comma (" + _mark_roles(",", cultures) + ")")
    return " and ".join(grouping + decimal) or "no mark"


__all__ = [
    "AMBIGUOUS", "CULTURE_ORDER_WORDS", "DAY_FIRST", "MIXED_SEPARATORS", "MONTH_FIRST", "NUMBER_MARKS",
    "ORDER_CULTURE", "ORDER_MIXED", "ORDER_NONE", "ORDER_UNPROVEN", "SAME", "TWO_DIGIT_YEAR", "UNREADABLE",
    "YEAR_FIRST", "DateProfile", "NumberProfile", "Tally", "classify_date", "describe_marks", "in_words",
    "infer_dates", "infer_numbers", "number_readings", "order_words",
]
