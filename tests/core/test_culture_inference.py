"""The inference of a column's date order and number marks, against bulk-api-data-format.txt's cultures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import polars as pl
import pytest

from csod_desktop.core import culture_inference as inf


@pytest.mark.parametrize(
    ("values", "order", "separators", "culture"),
    [
        # dd/mm/yyyy: one day over 12 proves it; the others are read the same way.
        (["04/09/2023", "13/09/2023", "30/01/2024"], inf.ORDER_DAY_FIRST, {"/"}, "fr-FR"),
        # mm/dd/yyyy: a middle part over 12 proves month first.
        (["09/04/2023", "09/13/2023", "01/30/2024"], inf.ORDER_MONTH_FIRST, {"/"}, "en-US"),
        # d.m.yyyy, without leading zeros.
        (["4.9.2023", "13.9.2023", "1.2.2024"], inf.ORDER_DAY_FIRST, {"."}, "fr-FR"),
        # m-d-yyyy.
        (["9-4-2023", "9-13-2023"], inf.ORDER_MONTH_FIRST, {"-"}, "en-US"),
    ],
)
def test_year_last_orders(values, order, separators, culture):
    profile = inf.infer_dates(values)
    assert profile.order == order and profile.proven_culture == culture
    assert profile.separators == separators and profile.year_digits == {4}


@pytest.mark.parametrize("values", [["2023-09-04", "2023-12-31"], ["2023/9/4", "2024/1/13"], ["2023.9.4"]])
def test_year_first_is_read_so_by_every_culture(values):
    # yyyy-mm-dd and yyyy/m/d: a four-digit first part is a year; no culture to choose, nothing to confirm.
    profile = inf.infer_dates(values)
    assert profile.order == inf.ORDER_YEAR_FIRST and profile.proven_culture is None
    assert profile.cells(inf.YEAR_FIRST) == len(values) and profile.year_digits == {4}


def test_every_day_twelve_or_less_proves_nothing():
    profile = inf.infer_dates(["04/09/2023", "11/10/2023", "05/05/2023", "2023-01-31"])
    assert profile.order == inf.ORDER_UNPROVEN and profile.proven_culture is None
    assert profile.examples(inf.AMBIGUOUS) == ["04/09/2023", "11/10/2023"]
    assert profile.cells(inf.SAME) == 1  # 5 May either way: not ambiguous, but no proof either
    assert profile.year_last == 3


def test_day_first_and_month_first_together_are_mixed():
    profile = inf.infer_dates(["13/01/2024", "01/13/2024", "04/09/2023"])
    assert profile.order == inf.ORDER_MIXED and profile.proven_culture is None


def test_two_digit_years_are_found_and_prove_no_order():
    profile = inf.infer_dates(["7/1/17", "13/1/17", "12/31/2017"])
    assert profile.cells(inf.TWO_DIGIT_YEAR) == 2 and profile.year_digits == {2, 4}
    # 13/1/17 would say day first, but no culture reads it: switching would not load it.
    assert profile.order == inf.ORDER_MONTH_FIRST


def test_mixed_separators_within_a_value_and_across_values():
    profile = inf.infer_dates(["04/09-2023", "13/09/2023", "14-09-2023", "15.09.2023"])
    assert profile.values["04/09-2023"] == inf.MIXED_SEPARATORS
    assert profile.separators == {"/", "-", "."} and profile.mixed_separators
    # A column may write each date with its own separator: the order is still proven.
    assert profile.order == inf.ORDER_DAY_FIRST and profile.cells(inf.DAY_FIRST) == 3


def test_blanks_time_of_day_and_unreadable_values():
    profile = inf.infer_dates([None, "", "   ", "13/09/2023 00:00:00", "13/25/2021", "soon", "31/02/2023"])
    assert profile.blanks == 3
    assert profile.cells(inf.DAY_FIRST) == 1  # the time of day HRIS exports append does not hide the date
    assert profile.examples(inf.UNREADABLE) == ["13/25/2021", "soon", "31/02/2023"]
    assert profile.order == inf.ORDER_DAY_FIRST


def test_counts_are_cells_and_examples_keep_file_order():
    values = ["13/09/2023"] * 18 + ["04/09/2023"] * 5 + ["20/09/2023"]
    profile = inf.infer_dates(pl.Series(values))
    assert profile.cells(inf.DAY_FIRST) == 19 and profile.examples(inf.DAY_FIRST) == ["13/09/2023", "20/09/2023"]
    assert profile.cells(inf.AMBIGUOUS) == 5


def test_left_out_cells_prove_nothing():
    # Real Excel date cells are rendered in the import's culture (month first under en-US): 09/13/2023
    # there says nothing about the order of the dates the administrator typed.
    values = ["09/13/2023", "04/09/2023", "11/10/2023"]
    assert inf.infer_dates(values).order == inf.ORDER_MONTH_FIRST
    profile = inf.infer_dates(values, leave_out=[True, False, False])
    assert profile.order == inf.ORDER_UNPROVEN and profile.left_out == 1
    with pytest.raises(ValueError, match="mask"):
        inf.infer_dates(values, leave_out=[True])


def test_dates_in_words_do_not_depend_on_the_locale():
    assert inf.in_words(dt.date(2023, 4, 9)) == "9 April 2023"


@pytest.mark.parametrize(
    ("value", "cultures", "decimal", "grouping"),
    [
        ("1,234.56", ("en-US",), ".", ","),
        ("1 234,56", ("fr-FR",), ",", " "),
        ("1\u202f234,56", ("fr-FR",), ",", " "),  # a narrow no-break space, as spreadsheets export it
        ("1.234,56", ("es-ES",), ",", "."),
        ("7,5", ("fr-FR", "es-ES"), ",", None),  # decimal comma; the grouping mark is not shown
        ("1234.5", ("en-US",), ".", ","),
    ],
)
def test_number_marks(value, cultures, decimal, grouping):
    profile = inf.infer_numbers([value, "12"])
    assert profile.candidates == cultures
    assert profile.decimal_mark == decimal and profile.grouping_mark == grouping


def test_plain_numbers_prove_nothing():
    profile = inf.infer_numbers(["1234", "-3", "0", None, ""])
    assert profile.candidates is None and profile.plain == 3 and profile.blanks == 2
    assert profile.decimal_mark is None


def test_a_number_read_two_ways_is_never_taken_for_proof_of_one():
    # 1.234,56 is es-ES only: en-US never reads it (and so never as 1.234).
    assert inf.number_readings("1.234,56") == {"es-ES": Decimal("1234.56")}
    profile = inf.infer_numbers(["1.234", "2.500"])
    assert profile.candidates == ("en-US", "es-ES")
    assert profile.differing("en-US", "es-ES") == ["1.234", "2.500"]
    assert profile.decimal_mark is None  # a dot for decimals in one, between thousands in the other


def test_numbers_that_contradict_one_another_have_no_candidate():
    profile = inf.infer_numbers(["1,234.56", "1 234,56", "abc"])
    assert profile.candidates == ()
    assert profile.unreadable.examples == ["abc"]


def test_describe_marks():
    assert inf.describe_marks("7,5", ("fr-FR", "es-ES")) == "a comma for decimals"
    assert inf.describe_marks("1.234,56", ("es-ES",)) == "dots between thousands and a comma for decimals"
    assert inf.describe_marks("1,234.56", ("en-US",)) == "commas between thousands and a dot for decimals"
    assert inf.describe_marks("1 234,56", ("fr-FR",)) == "spaces between thousands and a comma for decimals"
