"""validate() weighs each date and number column against the import's cultures (issue 13)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import polars as pl
import pytest

from csod_desktop.core.culture_checks import CONFIRM, CONFIRM_DATE_FORMAT, DATE_FORMAT, NUMBER_FORMAT, SWITCH
from csod_desktop.core.mapping import suggest_mapping
from csod_desktop.core.problems import Severity
from csod_desktop.core.reading import read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
HIRE = "WorkerStatusData_LastHireDate"
BONUS = "CF_NumericField#31"
FR = SAMPLES / "employees_fr_cp1252.csv"


@pytest.fixture(scope="module")
def schema() -> Schema:
    body = json.loads((resources.files("csod_desktop.sandbox") / "data" / "schemas" / "chr.employee.json")
                      .read_text(encoding="utf-8"))
    body.pop("x-sandbox", None)
    return Schema.from_response(body, "chr.employee")


def employees(n: int, **columns: list[str | None]) -> pl.DataFrame:
    base = {"EmployeeIdentificationData_UserId": [f"u{i}" for i in range(n)],
            "PersonData_NameData_FirstName": ["Ana"] * n, "PersonData_NameData_LastName": ["Lee"] * n,
            "Division": ["SUP_000012151"] * n, **columns}
    return pl.DataFrame(base, schema=dict.fromkeys(base, pl.String))


def french_sample(schema: Schema) -> pl.DataFrame:
    table = read_table(FR)
    return suggest_mapping(table.frame.columns, schema).apply(table.frame, schema)


def data_problems(result):
    """Problems other than the "must already exist in the portal" notes about the Division column."""
    return [p for p in result.problem_list() if p.rule != "reference"]


def file_problems(result, rule: str):
    return [p for p in result.problem_list() if p.row == 0 and p.rule == rule]


def test_french_sample_with_default_settings_gets_one_error_per_column_naming_fr_fr(schema):
    result = validate(french_sample(schema), schema)
    (dates,) = file_problems(result, DATE_FORMAT)
    assert dates.column == HIRE and dates.severity is Severity.ERROR
    assert dates.message == (
        "6 values of Last Hire Date, such as 17/11/2023, have the day first, but the Date format is en-US "
        "(month first): 17/11/2023 cannot be read, and 04/09/2023 would be loaded as 9 April 2023 instead of "
        "4 September 2023.")
    assert dates.hint == ("Set Date format to fr-FR on the Load type step (on the command line: "
                          "--setting datetime_culture=fr-FR).")
    (numbers,) = file_problems(result, NUMBER_FORMAT)
    assert numbers.column == BONUS and "such as 7,5, have a comma for decimals" in numbers.message
    assert "--setting number_culture=fr-FR" in numbers.hint and "Number format to fr-FR" in numbers.hint
    # No per-record date or number error beside them: the one sentence says it all ...
    assert not [p for p in result.problem_list() if p.row and p.rule in ("date", "number")]
    # ... yet every record the wrong settings would refuse or load wrong is kept out, and nothing is sent.
    assert result.n_errors == 10 and not result.valid.any() and not result.ok
    assert [(s.setting, s.value, s.kind, s.columns, s.label, s.cli) for s in result.suggestions] == [
        ("datetime_culture", "fr-FR", SWITCH, (HIRE,), "Use fr-FR for dates", "--setting datetime_culture=fr-FR"),
        ("number_culture", "fr-FR", SWITCH, (BONUS,), "Use fr-FR for numbers", "--setting number_culture=fr-FR"),
    ]
    assert result.suggestions[0].current == "en-US" and result.suggestions[0].reason == dates.message


def test_french_sample_with_the_suggested_settings_is_clean(schema):
    frame = french_sample(schema)
    result = validate(frame, schema)
    settings = {s.setting: s.value for s in result.suggestions}
    fixed = validate(frame, schema, settings)
    assert fixed.ok and fixed.n_errors == 0 and fixed.suggestions == [] and fixed.confirmations == []
    assert not [p for p in fixed.problem_list() if p.row == 0 and p.column in (HIRE, BONUS)]


def test_only_the_date_setting_fixed_leaves_the_number_error(schema):
    result = validate(french_sample(schema), schema, {"datetime_culture": "fr-FR"})
    assert [p.rule for p in result.file_errors] == [NUMBER_FORMAT]
    assert [s.setting for s in result.suggestions] == ["number_culture"]


def test_all_ambiguous_dates_ask_for_one_confirmation(schema):
    frame = employees(4, **{HIRE: ["04/09/2023", "11/10/2023", "04/09/2023", None]})
    result = validate(frame, schema)
    assert result.ok and result.n_errors == 0 and result.n_warnings == 0  # nothing stops the load
    (confirm,) = result.confirmations
    assert confirm.rule == CONFIRM_DATE_FORMAT and confirm.severity is Severity.WARNING and confirm.column == HIRE
    assert "04/09/2023 will be loaded as 9 April 2023, and 11/10/2023 as 10 November 2023" in confirm.message
    assert "--setting datetime_culture=fr-FR" in confirm.hint
    (suggestion,) = result.suggestions
    assert (suggestion.kind, suggestion.value, suggestion.current) == (CONFIRM, "fr-FR", "en-US")
    assert suggestion.examples == ("04/09/2023 will be loaded as 9 April 2023",
                                   "11/10/2023 will be loaded as 10 November 2023")
    # Under fr-FR the same file is read day first, and says so.
    fr = validate(frame, schema, {"datetime_culture": "fr-FR"})
    assert "04/09/2023 will be loaded as 4 September 2023" in fr.confirmations[0].message
    assert fr.suggestions[0].value == "en-US"


@pytest.mark.parametrize("culture", ["en-US", "fr-FR", "en-GB"])
def test_iso_dates_get_neither_error_nor_confirmation(schema, culture):
    frame = employees(3, **{HIRE: ["2023-09-04", "2023-10-11", "2024/1/2"]})
    result = validate(frame, schema, {"datetime_culture": culture})
    assert result.ok and data_problems(result) == [] and result.suggestions == []


def test_dates_equal_either_way_need_no_confirmation(schema):
    result = validate(employees(2, **{HIRE: ["05/05/2023", "01/01/2024"]}), schema)
    assert data_problems(result) == [] and result.suggestions == []


def test_month_first_dates_under_fr_fr(schema):
    frame = employees(3, **{HIRE: ["09/13/2023", "04/09/2023", "12/25/2023"]})
    result = validate(frame, schema, {"datetime_culture": "fr-FR"})
    (error,) = result.file_errors
    assert error.message.startswith("2 values of Last Hire Date, such as 09/13/2023, have the month first, but "
                                    "the Date format is fr-FR (day first)")
    assert "04/09/2023 would be loaded as 4 September 2023 instead of 9 April 2023" in error.message
    assert result.suggestions[0].value == "en-US" and result.n_errors == 3


def test_year_last_dates_under_en_gb_offer_both_orders(schema):
    result = validate(employees(2, **{HIRE: ["04/09/2023", "11/10/2023"]}), schema, {"datetime_culture": "en-GB"})
    (error,) = result.file_errors
    assert "have the year last, but the Date format is en-GB" in error.message
    assert "fr-FR if the day comes first (04/09/2023 = 4 September 2023)" in error.hint
    assert [s.value for s in result.suggestions] == ["fr-FR", "en-US"]


def test_one_error_for_the_column_however_many_rows(schema):
    dates = ["13/09/2023"] * 18 + ["04/09/2023"] * 30
    result = validate(employees(len(dates), **{HIRE: dates}), schema)
    (error,) = data_problems(result)
    assert error.message.startswith("18 values of Last Hire Date, such as 13/09/2023, have the day first")
    assert result.n_errors == 48


def test_values_no_culture_reads_keep_their_own_errors(schema):
    frame = employees(3, **{HIRE: ["13/09/2023", "04/09/23", "04/09-2023"]})
    result = validate(frame, schema)
    rows = {(p.row, p.rule) for p in data_problems(result)}
    assert rows == {(0, DATE_FORMAT), (2, "date"), (3, "date")}
    messages = {p.row: p.message for p in result.problem_list()}
    assert "two digits" in messages[2] and "mixes two separators (/ and -)" in messages[3]


def test_a_mixed_column_keeps_errors_per_record_pointing_at_the_setting(schema):
    frame = employees(3, **{HIRE: ["13/09/2023", "09/14/2023", "04/09/2023"]})
    result = validate(frame, schema)
    (error,) = data_problems(result)
    assert (error.row, error.rule, error.value) == (1, "date", "13/09/2023")
    assert "it has the day first" in error.message and "--setting datetime_culture=fr-FR" in error.hint
    assert result.suggestions == []


def test_a_number_another_culture_reads_points_to_its_setting(schema):
    # 1 234,56 and 1,234.56 contradict each other: no setting reads both, so each record says its own.
    frame = employees(3, **{BONUS: ["1 234,56", "1,234.56", "1234"]})
    result = validate(frame, schema)
    (error,) = data_problems(result)
    assert error.row == 1 and error.rule == "number"
    assert error.message == "'1 234,56' is not a number in the en-US number format; fr-FR reads it as 1234.56."
    assert "set Number format to fr-FR on the Load type step (on the command line: --setting number_culture=fr-FR)" \
        in error.hint
    assert "with a dot" not in error.hint


def test_spanish_numbers_under_en_us_are_never_read_as_other_numbers(schema):
    frame = employees(3, **{BONUS: ["1.234,56", "1.250", "2.345,50"]})
    result = validate(frame, schema)
    (error,) = result.file_errors
    assert ("2 values of Annual Bonus Target, such as 1.234,56, have dots between thousands and a comma for "
            "decimals") in error.message
    assert "1.250 would be loaded as 1.25 instead of 1250" in error.message
    assert [s.value for s in result.suggestions] == ["es-ES"] and result.n_errors == 3


def test_the_sandbox_does_not_infer(schema):
    # The portal reads each value with the job's culture; it does not weigh the column (processing.py).
    result = validate(french_sample(schema), schema, infer_cultures=False)
    assert result.suggestions == [] and not result.file_errors
    dates = [p for p in result.problem_list() if p.rule == "date"]
    assert sorted(p.value for p in dates) == ["13/04/2024", "17/11/2023", "20/05/2024", "24/12/2023", "26/06/2024",
                                              "30/01/2024"]
    assert result.n_errors == 10  # and every 7,5 is refused under en-US


def test_date_cells_are_left_out_of_the_inference(schema):
    # Two cells were real Excel dates, rendered month first under en-US; the typed ones are all ambiguous.
    frame = employees(3, **{HIRE: ["09/13/2023", "04/09/2023", "11/10/2023"]})
    assert validate(frame, schema).confirmations == []  # 09/13/2023 seems to prove month first
    mask = pl.Series([True, False, False])
    result = validate(frame, schema, date_cells={HIRE: mask})
    assert [p.rule for p in result.confirmations] == [CONFIRM_DATE_FORMAT]
    # The cells left out of the inference are still checked: an unreadable one is still an error.
    bad = validate(employees(2, **{HIRE: ["13/13/2023", "04/09/2023"]}), schema,
                   date_cells={HIRE: pl.Series([True, False])})
    assert [(p.row, p.rule) for p in data_problems(bad) if p.row] == [(1, "date")]


# One datetime_culture reads every date field of the payload ("as long as all the fields follow the same
# format", bulk-api-data-format.txt), so the date columns are weighed together.
ORIGINAL = "WorkerStatusData_OriginalHireDate"


def test_a_column_proven_elsewhere_needs_no_confirmation(schema):
    # employees_with_errors.csv: hire dates such as 04/15/2024 are month first; its one activation date
    # (03/01/2025) proves nothing by itself, and needs no confirmation under en-US.
    frame = employees(2, **{HIRE: ["04/15/2024", "04/09/2023"], ORIGINAL: ["03/01/2025", None]})
    result = validate(frame, schema)
    assert data_problems(result) == [] and result.suggestions == []


def test_a_column_whose_order_another_column_proves_wrong_is_an_error_too(schema):
    frame = employees(2, **{HIRE: ["17/11/2023", "04/09/2023"], ORIGINAL: ["03/01/2025", None]})
    result = validate(frame, schema)
    errors = {p.column: p for p in result.file_errors}
    assert set(errors) == {HIRE, ORIGINAL}
    assert ("No date of Original Hire Date shows by itself whether the day or the month comes first, but Last "
            "Hire Date has the day first (such as 17/11/2023)") in errors[ORIGINAL].message
    assert "03/01/2025 would be loaded as 1 March 2025 instead of 3 January 2025" in errors[ORIGINAL].message
    (suggestion,) = result.suggestions
    assert suggestion.value == "fr-FR" and suggestion.columns == (HIRE, ORIGINAL)
    assert validate(frame, schema, {"datetime_culture": "fr-FR"}).ok


def test_two_columns_in_two_orders_are_a_conflict_no_setting_solves(schema):
    frame = employees(2, **{HIRE: ["17/11/2023", "04/09/2023"], ORIGINAL: ["12/31/2019", None]})
    for culture in ("en-US", "fr-FR"):
        result = validate(frame, schema, {"datetime_culture": culture})
        (error,) = result.file_errors
        assert error.column == (HIRE if culture == "en-US" else ORIGINAL)
        assert "no setting reads both" in error.message and "in one order" in error.hint
        assert result.suggestions == []  # no one-click switch would make the file right


NUMBERS = Schema.from_response({"properties": {
    "Id": {"title": "Id", "type": "string"}, "Salary": {"title": "Salary", "type": "number"},
    "Bonus": {"title": "Bonus", "type": "number"}}, "identity": ["Id"]})


def test_number_columns_are_weighed_together():
    # Salary's 1.5 proves a dot for decimals; Bonus's 7,5 a comma: one number_culture reads neither pair.
    frame = pl.DataFrame({"Id": ["1", "2"], "Salary": ["1.5", "2"], "Bonus": ["7,5", "8"]})
    result = validate(frame, NUMBERS)
    (error,) = result.file_errors
    assert error.column == "Bonus" and "but Salary has numbers such as 1.5" in error.message
    assert result.suggestions == []
    # Bonus alone: fr-FR and es-ES both read 7,5 as 7.5, one suggestion.
    alone = validate(frame.drop("Salary"), NUMBERS)
    assert [(s.value, s.columns) for s in alone.suggestions] == [("fr-FR", ("Bonus",))]
