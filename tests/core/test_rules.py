"""Scalar rules against bulk-api-data-format.txt's culture, enum and multi-checkbox examples."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from csod_desktop.core import rules
from csod_desktop.core.schema import Schema

JULY_1_2017 = dt.date(2017, 7, 1)


# bulk-api-data-format.txt, datetime_culture: the three ways of writing 1 July 2017.
@pytest.mark.parametrize(
    ("culture", "texts"),
    [
        ("en-US", ["7/1/2017", "07-01-2017", "7.1.2017"]),
        ("fr-FR", ["1/7/2017", "01-07-2017", "1.7.2017"]),
        ("en-GB", ["2017/7/1", "2017-07-01", "2017.7.1"]),
    ],
)
def test_reference_date_examples(culture, texts):
    for text in texts:
        assert rules.parse_date(text, culture) == JULY_1_2017, text


def test_month_first_rejects_a_thirteenth_month():
    assert rules.parse_date("13/01/2024", "en-US") is None
    assert rules.parse_date("13/01/2024", "fr-FR") == dt.date(2024, 1, 13)


def test_year_first_needs_four_digits():
    assert rules.parse_date("17/7/1", "en-GB") is None
    assert rules.parse_date("1/7/2017", "en-GB") is None  # en-GB is year first
    assert rules.parse_date("7/1/17", "en-US") is None  # which century?


def test_iso_dates_read_in_every_culture():
    # The quick start's job uses datetime_culture en-US and sends WorkerStatusData_LastHireDate 2019-12-01.
    for culture in rules.DATE_CULTURES:
        assert rules.parse_date("2019-12-01", culture) == dt.date(2019, 12, 1)


@pytest.mark.parametrize(
    "text", ["", "2/30/2020", "7/1-2017", "July 1, 2017", "0/1/2017", "1/1/1200", "2017-07-01T25:00", None]
)
def test_bad_dates(text):
    assert rules.parse_date(text, "en-US") is None


def test_dates_with_times():
    assert rules.parse_date("7/1/2017 00:00:00", "en-US") == JULY_1_2017
    assert rules.parse_date("2017-07-01T08:30:00Z", "fr-FR") == JULY_1_2017
    assert rules.parse_date("7/1/2017 8:30 PM", "en-US") == JULY_1_2017
    assert rules.parse_date(" 2/29/2024 ", "en-US") == dt.date(2024, 2, 29)


# bulk-api-data-format.txt, number_culture.
@pytest.mark.parametrize(
    ("culture", "text"),
    [("en-US", "1,234.56"), ("en-US", "1234.56"), ("fr-FR", "1 234,56"), ("fr-FR", "1234,56"),
     ("fr-FR", "1\u00a0234,56"), ("es-ES", "1.234,56"), ("es-ES", "1234,56")],
)
def test_reference_number_examples(culture, text):
    assert rules.parse_number(text, culture) == Decimal("1234.56")


@pytest.mark.parametrize(
    ("culture", "text"),
    [("en-US", "1.234,56"), ("en-US", "12,34.5"), ("fr-FR", "1,234.56"), ("fr-FR", "1234.56"),
     ("es-ES", "1,234.56"), ("es-ES", "1.5"), ("en-US", "abc"), ("en-US", ""), ("en-US", "1e5")],
)
def test_numbers_a_culture_cannot_read(culture, text):
    assert rules.parse_number(text, culture) is None


def test_number_edge_forms():
    assert rules.parse_number("-1,000", "en-US") == Decimal("-1000")
    assert rules.parse_number("1.234", "es-ES") == Decimal("1234")
    assert rules.parse_number("1,234", "en-US") == Decimal("1234")
    assert rules.parse_number("0,5", "fr-FR") == Decimal("0.5")


def test_cultures_from_settings():
    assert rules.date_culture({"DATETIME_CULTURE": "fr-fr"}) == "fr-FR"
    assert rules.date_culture({"default_culture": "en-GB"}) == "en-GB"
    assert rules.date_culture({"default_culture": "de-DE"}) == "en-US"
    assert rules.date_culture(None) == "en-US"
    assert rules.number_culture({"number_culture": "es-ES", "default_culture": "fr-FR"}) == "es-ES"
    assert rules.get_setting({"loadprimarykey": 1}, "LoadPrimaryKey") == 1
    assert rules.setting_flag({"ReconcileUsers": "true"}, "reconcileusers") is True
    assert rules.setting_flag({"AllowInactiveOus": 0}, "allowinactiveous", True) is False
    assert rules.setting_flag({}, "AllowInactiveOus", True) is True


def test_trim():
    assert rules.apply_trim("  a b  ", "leftRight") == "a b"
    assert rules.apply_trim("  a  ", "left") == "a  "
    assert rules.apply_trim("  a  ", "right") == "  a"
    assert rules.apply_trim("  a  ", None) == "  a  "
    assert rules.apply_trim(None, "leftRight") is None


CURRENCY = Schema.from_response({
    "properties": {"Currency": {"title": "Currency", "anyOf": [{"$ref": "#/definitions/currency"}]}},
    "definitions": {"currency": {"id": "currency", "anyOf": [
        {"enum": [1, 2, 3, 4, 5, 6], "type": "integer"},
        {"enum": ["AUD", "EUR", "GBP", "JPY", "KRW", "USD"], "trim": "leftRight", "caseSensitive": False,
         "type": "string"}]}},
}).get("Currency")


def test_currency_enum_string_and_integer_forms():
    assert rules.match_enum("AUD", CURRENCY) == "AUD"
    assert rules.match_enum("  aud ", CURRENCY) == "AUD"  # caseSensitive false, trim leftRight
    # "the value '1' may not be equal to 'AUD'": the integer form stays the integer form.
    assert rules.match_enum("1", CURRENCY) == "1"
    assert rules.match_enum("06", CURRENCY) == "6"
    assert rules.match_enum("7", CURRENCY) is None
    assert rules.match_enum("Dollars", CURRENCY) is None
    assert rules.match_enum("", CURRENCY) is None


def test_case_sensitive_enum():
    prop = Schema.from_response({"properties": {"X": {"enum": ["Yes", "No"], "caseSensitive": True,
                                                      "type": "string"}}}).get("X")
    assert rules.match_enum("Yes", prop) == "Yes"
    assert rules.match_enum("yes", prop) is None


MULTI = Schema.from_response({
    "properties": {"CF_MultiCheckbox#46": {"title": "Product Interest", "anyOf": [
        {"$ref": "#/definitions/CF_MultiCheckbox#46"}, {"enum": [""], "type": "string"}], "default": ""}},
    "definitions": {"CF_MultiCheckbox#46": {"id": "CF_MultiCheckbox#46", "anyOf": [
        {"minLength": 1, "trim": "leftRight", "type": "string"},
        {"uniqueItems": True, "type": "array", "items": [{"anyOf": [
            {"enum": [33, 34, 35], "type": "integer"},
            {"enum": ["Product A", "Product B", "Product C"], "trim": "leftRight", "caseSensitive": False,
             "type": "string"}]}]}]}},
}).get("CF_MultiCheckbox#46")


def test_multi_checkbox_split_on_semicolons():
    assert rules.split_multi("Manager;Administrator") == ["Manager", "Administrator"]
    assert rules.split_multi(" 3; 4 ;5;") == ["3", "4", "5"]
    assert rules.split_multi(None) == []
    assert rules.match_multi("product a; Product C;33", MULTI) == (["Product A", "Product C", "33"], [])
    assert rules.match_multi("Product A;Product D;36", MULTI) == (["Product A"], ["Product D", "36"])


def test_booleans():
    assert rules.parse_bool("TRUE") is True and rules.parse_bool("0") is False
    assert rules.parse_bool("maybe") is None
