"""What a column's own values say about the date order and the number marks they were written with.

Cornerstone reads a whole payload with one ``datetime_culture`` and one ``number_culture``
(bulk-api-data-format.txt, "Data Format Considerations"), so a column either fits the import's setting
or it does not. A value proves an order only when one culture reads it and the other cannot: a first
part over 12 is a day (day first, fr-FR), a middle part over 12 is a day (month first, en-US), a
four-digit first part is a year (year first, read so by every culture: ``rules.parse_date``). For
numbers a value proves the cultures that can read it, when not all three read it the same way.

Profiles are built over distinct values, weighted by how many cells hold each, in a few polars passes:
a million records of a few thousand dates cost a few thousand classifications.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from decimal import Decimal

import polars as pl

from csod_desktop.core import rules
from csod_desktop.i18n import translate

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
_EXAMPLES_KEPT = 3  # distinct values kept per kind, in file order


def order_label(culture: str) -> str:
    """"month first" for en-US: the order a date culture reads, as a label in parentheses."""
    if culture == "en-US":
        return translate("culture", "month first")
    if culture == "fr-FR":
        return translate("culture", "day first")
    return translate("culture", "year first")


class Labels(MappingABC[str, str]):
    """A read-only mapping whose values are looked up when read, so they are in the window's language of
    the moment (a dict built at import would keep the language of the first import)."""

    def __init__(self, keys: tuple[str, ...], label: Callable[[str], str]) -> None:
        self._keys, self._label = keys, label

    def __getitem__(self, key: str) -> str:
        if key not in self._keys:
            raise KeyError(key)
        return self._label(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


#: culture -> :func:`order_label` ("en-US" -> "month first"), for the window's sentences.
CULTURE_ORDER_WORDS: MappingABC[str, str] = Labels(rules.DATE_CULTURES, order_label)


def month_name(month: int) -> str:
    """The name of ``month`` (1 to 12) in the window's language: the one place months are named.

    Why names and not a numeric form: these examples exist to show which of two readings of 04/09/2023
    the portal will make, and any numeric form (even ISO 2023-09-04) is one more order to decode; a
    month's name cannot be misread. Not ``strftime``/``QLocale``: the core has no Qt and the command
    line's English must not depend on the computer's locale.
    """
    return (translate("culture", "January"), translate("culture", "February"), translate("culture", "March"),
            translate("culture", "April"), translate("culture", "May"), translate("culture", "June"),
            translate("culture", "July"), translate("culture", "August"), translate("culture", "September"),
            translate("culture", "October"), translate("culture", "November"),
            translate("culture", "December"))[month - 1]


def in_words(date: dt.date) -> str:
    """9 April 2023: the same words on every computer (no locale-dependent ``strftime``); the order of
    day, month and year is the translator's ("9. April 2023")."""
    return translate("culture", "{day} {month} {year}").format(day=date.day, month=month_name(date.month),
                                                               year=date.year)


@dataclass
class Tally:
    """How many cells hold values of one kind, and the first few distinct ones in file order."""

    cells: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def example(self) -> str | None:
        return self.examples[0] if self.examples else None


def _value_frame(values: pl.Series | Sequence[str | None], leave_out: pl.Series | Sequence[bool] | None,
                 ) -> tuple[pl.DataFrame, int]:
    """(distinct value "v" and its "cells", in file order), and how many cells ``leave_out`` took away."""
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
    counts = series.to_frame().group_by("v", maintain_order=True).agg(pl.len().cast(pl.Int64).alias("cells"))
    return counts, left_out


# -------------------------------------------------------------------------------------------- dates


def classify_date(text: str) -> str:
    """The kind of one date text (DAY_FIRST, MONTH_FIRST, AMBIGUOUS, ...), from ``rules``' own reading."""
    return _kind(rules.date_readings(text), text)


def _kind(readings: dict[str, dt.date], text: str) -> str:
    if "en-GB" in readings:
        return YEAR_FIRST  # a four-digit first part: every culture reads it so
    month_first, day_first = readings.get("en-US"), readings.get("fr-FR")
    if month_first is not None and day_first is not None:
        return SAME if month_first == day_first else AMBIGUOUS
    if month_first is not None:
        return MONTH_FIRST
    if day_first is not None:
        return DAY_FIRST
    parts = rules.date_parts(text)  # no culture reads it: say why, when the shape tells
    if parts is None:
        return UNREADABLE
    first, sep, _, sep2, last = parts
    if sep != sep2:
        return MIXED_SEPARATORS
    if len(first) <= 2 and len(last) == 2:
        return TWO_DIGIT_YEAR
    return UNREADABLE


_UNREAD_KINDS = [TWO_DIGIT_YEAR, MIXED_SEPARATORS, UNREADABLE]  # no culture reads them, whatever the time

#: The cultures that read each kind of date (``rules.parse_date``).
READERS = {DAY_FIRST: frozenset({"fr-FR"}), MONTH_FIRST: frozenset({"en-US"}),
           AMBIGUOUS: frozenset({"en-US", "fr-FR"}), SAME: frozenset({"en-US", "fr-FR"}),
           YEAR_FIRST: frozenset(rules.DATE_CULTURES)}


def read_differently(kind: str, culture: str, meant: str) -> bool:
    """True when a date of ``kind`` meant in culture ``meant`` is refused or read as another date by ``culture``."""
    readers = READERS.get(kind, frozenset())
    if meant not in readers:
        return False
    return culture not in readers or (kind == AMBIGUOUS and {culture, meant} == {"en-US", "fr-FR"})


@dataclass
class DateProfile:
    """What one date column's values say: the order they prove, their separators and year digits."""

    table: pl.DataFrame  # one row per distinct value: "v" (as in the file), "cells", "kind"
    kinds: dict[str, Tally]  # kind -> cells and examples (only the kinds present)
    separators: frozenset[str]  # "/", "-", "." as found in the dates
    year_digits: frozenset[int]  # 4, 2 or both
    blanks: int  # cells with no value
    left_out: int  # cells the caller left out (real Excel dates prove nothing about the typed order)

    @property
    def values(self) -> dict[str, str]:
        """Distinct value (as in the file) -> its kind."""
        return dict(self.table.select("v", "kind").iter_rows())

    def values_of(self, kinds: Iterable[str]) -> list[str]:
        """Distinct values (as in the file) of the given kinds."""
        return self.table.filter(pl.col("kind").is_in(list(kinds))).get_column("v").to_list()

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
    order the administrator typed: Excel date cells, which the reader renders in the import's culture.

    Each distinct date part (09/04/2023) and each distinct time of day is judged once: a column of a
    million timestamps holds a few thousand days.
    """
    counts, left_out = _value_frame(values, leave_out)
    blank = pl.col("v").is_null() | (pl.col("v").str.strip_chars() == "")
    blanks = int(counts.filter(blank).get_column("cells").sum())
    stripped = pl.col("v").str.strip_chars()
    parts = counts.filter(~blank).with_columns(stripped.str.extract(f"({rules.DAY_PATTERN})", 1).alias("day"))
    parts = parts.with_columns(stripped.str.slice(pl.col("day").str.len_chars()).alias("rest"))
    day_kinds = {d: classify_date(d) for d in parts.get_column("day").drop_nulls().unique()}
    bad_rests = [r for r in parts.get_column("rest").drop_nulls().unique() if not rules.time_of_day_ok(r)]
    kind = pl.col("day").replace_strict(day_kinds, default=UNREADABLE)
    table = parts.with_columns(
        pl.when(pl.col("day").is_null()).then(pl.lit(UNREADABLE))
        .when(pl.col("rest").is_in(pl.Series(bad_rests, dtype=pl.String).implode()) & ~kind.is_in(_UNREAD_KINDS))
        .then(pl.lit(UNREADABLE))  # 25:00 is no time of day: the date cannot be read
        .otherwise(kind).alias("kind")
    ).select("v", "cells", "kind", "day")
    groups = table.group_by("kind", maintain_order=True).agg(pl.col("cells").sum(), pl.col("v").head(_EXAMPLES_KEPT))
    kinds = {kind: Tally(int(cells), [v.strip() for v in examples]) for kind, cells, examples in groups.iter_rows()}
    days = table.filter(pl.col("kind") != UNREADABLE).get_column("day").unique()
    separators = {x for x in days.str.extract_all(r"[/.\-]").explode().unique().drop_nulls()}
    digits = {4 for k in kinds if k in READERS} | ({2} if TWO_DIGIT_YEAR in kinds else set())
    return DateProfile(table.drop("day"), kinds, frozenset(separators), frozenset(digits), blanks, left_out)


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


_CULTURES = rules.NUMBER_CULTURES


def _t(culture: str) -> str:
    return f"t:{culture}"  # the plain decimal text the culture reads, or null


def _same(a: str, b: str) -> pl.Expr:
    """Both cultures read the value as the same number (null-free)."""
    fa, fb = pl.col(_t(a)).cast(pl.Float64, strict=False), pl.col(_t(b)).cast(pl.Float64, strict=False)
    return (fa == fb).fill_null(pl.col(_t(a)) == pl.col(_t(b))).fill_null(False)


@dataclass
class NumberProfile:
    """What one number column's values say: the cultures that read all of them, and their marks.

    ``table`` holds one row per distinct value (as in the file): "v", "cells", "key" (the cultures that
    read it, comma-joined), "plain" (every culture reads it as the same number) and "t:<culture>".
    """

    table: pl.DataFrame
    proofs: dict[tuple[str, ...], Tally]  # cultures that read a value (not all the same way) -> cells
    plain: int  # cells every culture reads as the same number
    unreadable: Tally  # cells no culture reads
    blanks: int
    left_out: int

    @property
    def candidates(self) -> tuple[str, ...] | None:
        """The cultures that read every value that tells cultures apart (NUMBER_CULTURES order);
        None when no value tells them apart, () when the values contradict one another."""
        if not self.proofs:
            return None
        common = set.intersection(*(set(key) for key in self.proofs))
        return tuple(c for c in _CULTURES if c in common)

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

    def examples_read_by(self, cultures: Iterable[str]) -> list[str]:
        wanted = set(cultures)
        return [e for key, t in self.proofs.items() if wanted <= set(key) for e in t.examples]

    def _values(self, condition: pl.Expr) -> list[str]:
        return self.table.filter(condition).get_column("v").to_list()

    def unread_by(self, culture: str) -> list[str]:
        """Distinct values (as in the file) that ``culture`` cannot read."""
        return self._values(pl.col(_t(culture)).is_null())

    def fractions(self, culture: str) -> list[str]:
        """Distinct values ``culture`` reads as a number with a fractional part (3,5 under fr-FR)."""
        return self._values(pl.col(_t(culture)).str.contains(r"\.\d*[1-9]").fill_null(False))

    def differing(self, a: str, b: str) -> list[str]:
        """Distinct values that cultures ``a`` and ``b`` both read, as two different numbers."""
        return self._values(pl.col(_t(a)).is_not_null() & pl.col(_t(b)).is_not_null() & ~_same(a, b))

    def misread(self, culture: str, meant: Iterable[str]) -> list[str]:
        """Distinct values a culture of ``meant`` reads that ``culture`` refuses or reads as another number."""
        conditions = [pl.col(_t(m)).is_not_null() & (pl.col(_t(culture)).is_null() | ~_same(culture, m))
                      for m in meant if m != culture]
        return self._values(pl.any_horizontal(conditions)) if conditions else []

    def same_readings(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` read the same values, each as the same number (fr-FR and es-ES on 7,5)."""
        ta, tb = pl.col(_t(a)), pl.col(_t(b))
        return self.table.filter((ta.is_null() != tb.is_null()) | (ta.is_not_null() & ~_same(a, b))).is_empty()

    def proof(self, culture: str, wanted: str) -> tuple[str, tuple[str, ...], int]:
        """(example, the cultures reading it, cells) of the telling values ``culture`` cannot read; the
        example proves ``wanted`` most tightly (7,5 before 1,250)."""
        rows = self.table.filter(pl.col(_t(culture)).is_null() & (pl.col("key") != "") & ~pl.col("plain"))
        ranked = rows.with_columns(
            (~pl.col(_t(wanted)).is_not_null()).alias("_miss"), pl.col("key").str.count_matches(",").alias("_n"),
        ).sort(["_miss", "_n"], maintain_order=True)
        first = ranked.row(0, named=True)
        return first["v"].strip(), tuple(first["key"].split(",")), int(rows.get_column("cells").sum())


def infer_numbers(values: pl.Series | Sequence[str | None], leave_out: pl.Series | Sequence[bool] | None = None,
                  ) -> NumberProfile:
    """Profile a number column (``leave_out`` as for ``infer_dates``), vectorized: a column of a million
    different salaries costs a few polars passes, not three Decimal parses per value."""
    counts, left_out = _value_frame(values, leave_out)
    blank = pl.col("v").is_null() | (pl.col("v").str.strip_chars() == "")
    blanks = int(counts.filter(blank).get_column("cells").sum())
    table = counts.filter(~blank).with_columns(rules.number_expr(pl.col("v"), c).alias(_t(c)) for c in _CULTURES)
    readers = [pl.when(pl.col(_t(c)).is_not_null()).then(pl.lit(c)) for c in _CULTURES]
    table = table.with_columns(
        pl.concat_str(readers, separator=",", ignore_nulls=True).fill_null("").alias("key"),
        (pl.all_horizontal(pl.col(_t(c)).is_not_null() for c in _CULTURES)
         & _same(_CULTURES[0], _CULTURES[1]) & _same(_CULTURES[1], _CULTURES[2])).alias("plain"),
    )
    none = table.filter(pl.col("key") == "")
    unreadable = Tally(int(none.get_column("cells").sum()),
                       [v.strip() for v in none.get_column("v").head(_EXAMPLES_KEPT)])
    plain = int(table.filter(pl.col("plain")).get_column("cells").sum())
    groups = (table.filter((pl.col("key") != "") & ~pl.col("plain"))
              .group_by("key", maintain_order=True)
              .agg(pl.col("cells").sum(), pl.col("v").head(_EXAMPLES_KEPT).alias("examples")))
    proofs = {tuple(key.split(",")): Tally(int(cells), [v.strip() for v in examples])
              for key, cells, examples in groups.iter_rows()}
    return NumberProfile(table, proofs, plain, unreadable, blanks, left_out)


def _mark_roles(mark: str, cultures: Iterable[str]) -> str:
    """"for decimals in en-US, between thousands in es-ES"."""
    as_decimal = translate("culture", "for decimals in {culture}")
    as_grouping = translate("culture", "between thousands in {culture}")
    roles = []
    for culture in sorted(set(cultures), key=rules.NUMBER_CULTURES.index):
        decimal, grouping = NUMBER_MARKS[culture]
        role = as_decimal if mark == decimal else as_grouping if mark == grouping else None
        if role:
            roles.append(role.format(culture=culture))
    return ", ".join(roles)


def describe_marks(text: str, cultures: Iterable[str]) -> str:
    """How ``text`` writes its number, as the cultures that read it see it: "a comma for decimals".

    A noun phrase that a whole sentence takes as ``{marks}`` ("... have {marks}, but ..."): each mark's
    role is a phrase of its own, joined by a translated "{first} and {second}".
    """
    cultures = set(cultures)
    decimals = {NUMBER_MARKS[c][0] for c in cultures}
    grouping, decimal = [], []
    if any(ch in text for ch in " \u00a0\u202f"):
        grouping.append(translate("culture", "spaces between thousands"))
    if "." in text:
        if decimals == {"."}:
            decimal.append(translate("culture", "a dot for decimals"))
        elif decimals == {","}:
            grouping.append(translate("culture", "dots between thousands"))
        else:
            decimal.append(translate("culture", "a dot ({roles})").format(roles=_mark_roles(".", cultures)))
    if "," in text:
        if decimals == {","}:
            decimal.append(translate("culture", "a comma for decimals"))
        elif decimals == {"."}:
            grouping.append(translate("culture", "commas between thousands"))
        else:
            decimal.append(translate("culture", "a comma ({roles})").format(roles=_mark_roles(",", cultures)))
    marks = grouping + decimal
    if not marks:
        return translate("culture", "no mark")
    said = marks[0]
    for mark in marks[1:]:
        said = translate("culture", "{first} and {second}").format(first=said, second=mark)
    return said


__all__ = [
    "AMBIGUOUS", "CULTURE_ORDER_WORDS", "DAY_FIRST", "MIXED_SEPARATORS", "MONTH_FIRST", "NUMBER_MARKS",
    "ORDER_CULTURE", "ORDER_DAY_FIRST", "ORDER_MIXED", "ORDER_MONTH_FIRST", "ORDER_NONE", "ORDER_UNPROVEN",
    "ORDER_YEAR_FIRST", "READERS", "SAME", "TWO_DIGIT_YEAR", "UNREADABLE", "YEAR_FIRST", "DateProfile",
    "NumberProfile", "Tally", "classify_date", "describe_marks", "in_words", "infer_dates", "infer_numbers",
    "Labels", "month_name", "number_readings", "order_label", "read_differently",
]
