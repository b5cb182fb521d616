"""validate() against the rules and examples of bulk-api-data-format.txt and the quick start."""

from __future__ import annotations

import json

import polars as pl
import pytest

from csod_desktop.core import validation
from csod_desktop.core.problems import Problem, Severity
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate
from csod_desktop.errors import Cancelled

try:  # the reference schemas live beside their own tests; tests/core may or may not be a package
    from .test_schema import CURRENCY_SCHEMA, QUICK_START_SCHEMA
except ImportError:
    from test_schema import CURRENCY_SCHEMA, QUICK_START_SCHEMA  # type: ignore[no-redef]

USER_ID = "EmployeeIdentificationData_UserId"
FIRST = "PersonData_NameData_FirstName"
LAST = "PersonData_NameData_LastName"


@pytest.fixture
def quick_start() -> Schema:
    return Schema.from_response(json.loads(QUICK_START_SCHEMA))


def employees(**columns: list[str | None]) -> pl.DataFrame:
    n = len(next(iter(columns.values()))) if columns else 1
    base = {USER_ID: [f"u{i}" for i in range(1, n + 1)], FIRST: ["Jane"] * n, LAST: ["Doe"] * n,
            "Division": ["SUP_000012151"] * n}
    base.update(columns)
    return pl.DataFrame(base, schema=dict.fromkeys(base, pl.String))


def rules_of(result, severity: Severity | None = None) -> list[tuple[int, str, str]]:
    frame = result.problems
    if severity is not None:
        frame = frame.filter(pl.col("severity") == severity.value)
    return [(r["row"], r["column"], r["rule"]) for r in frame.iter_rows(named=True)]


def test_clean_records_only_warn_about_ous_outside_the_file(quick_start):
    result = validate(employees(Gender=["female", "Male"]), quick_start)
    assert result.valid.to_list() == [True, True]
    assert (result.n_records, result.n_errors, result.n_warnings) == (2, 0, 0)  # a note per id, not per record
    # bulk-api-data-format.txt: an OU must be in the portal, the payload or another import of the job.
    (problem,) = result.problem_list()
    assert (problem.row, problem.column, problem.rule, problem.severity) == (1, "Division", "reference", Severity.WARNING)
    assert "must already exist in the portal" in problem.message and "2 records" in problem.message
    assert problem.value == "SUP_000012151"
    assert result.ok


def test_required_fields_after_trim(quick_start):
    result = validate(employees(**{FIRST: ["Jane", "   ", None, ""]}), quick_start)
    assert rules_of(result, Severity.ERROR) == [(2, FIRST, "required"), (3, FIRST, "required"), (4, FIRST, "required")]
    assert result.valid.to_list() == [True, False, False, False]
    problem = result.problems_for_row(2)[0]
    assert "First Name" in problem.message and problem.hint


def test_required_column_not_mapped(quick_start):
    frame = employees().drop("Division")
    frame = pl.concat([frame, frame.with_columns(pl.lit("u9").alias(USER_ID))])
    result = validate(frame, quick_start)
    assert (0, "Division", "required") in rules_of(result, Severity.ERROR)
    assert result.valid.to_list() == [False, False] and result.n_errors == 2
    assert [p.column for p in result.file_errors] == ["Division"] and not result.ok


def test_length_is_measured_after_the_schema_trim(quick_start):
    ok = "  " + "a" * 100 + "  "  # User ID: maxLength 100, trim leftRight
    result = validate(employees(**{USER_ID: [ok, "b" * 101]}), quick_start)
    assert rules_of(result, Severity.ERROR) == [(2, USER_ID, "max_length")]
    assert "101 characters" in result.problem_list()[-1].message


def test_min_length():
    schema = Schema.from_response({"properties": {"Code": {"minLength": 3, "maxLength": 5, "trim": "leftRight",
                                                           "title": "Code", "type": "string"}}})
    result = validate(pl.DataFrame({"Code": ["abc", " ab ", None, "abcdef"]}), schema)
    assert rules_of(result) == [(2, "Code", "min_length"), (4, "Code", "max_length")]


def test_duplicates_first_kept_rest_errors(quick_start):
    # bulk-api-data-format.txt: "the Bulk API will load the first instance of the duplicate and mark
    # the remaining instances as errors". User ID is caseSensitive false, trim leftRight.
    result = validate(employees(**{USER_ID: ["janedoe02", "bob", "JaneDoe02 ", "janedoe02", None]}), quick_start)
    errors = [p for p in result.problem_list() if p.rule == "duplicate"]
    assert [(p.row, p.value) for p in errors] == [(3, "JaneDoe02 "), (4, "janedoe02")]
    assert all("record 1" in p.message for p in errors)
    assert result.valid.to_list() == [True, True, False, False, False]  # the last one: no User ID


def test_dependencies_activation_and_deactivation(quick_start):
    frame = employees(_ActivationDt=["1/1/2020", None, "2/1/2020", None],
                      _DeactivationDt=["12/31/2020", "12/31/2020", None, None])
    result = validate(frame, quick_start)
    assert rules_of(result, Severity.ERROR) == [(2, "_ActivationDt", "dependency"), (3, "_DeactivationDt", "dependency")]
    message = result.problems_for_row(3)[0].message
    assert "_DeactivationDt is required because _ActivationDt is filled in" in message


def test_dependency_on_a_column_that_is_not_mapped(quick_start):
    result = validate(employees(_ActivationDt=["1/1/2020", ""]), quick_start)
    assert rules_of(result, Severity.ERROR) == [(1, "_DeactivationDt", "dependency")]
    (problem,) = [p for p in result.problems_for_row(1) if p.rule == "dependency"]
    assert "No column is mapped to _DeactivationDt" in problem.message


GUID_SCHEMA = {
    "properties": {
        "EmployeeIdentificationData_Guid": {"maxLength": 36, "trim": "leftRight", "title": "GUID", "type": "string"},
        USER_ID: {"minLength": 1, "maxLength": 100, "trim": "leftRight", "title": "User ID", "type": "string"},
        FIRST: {"minLength": 1, "maxLength": 200, "title": "First Name", "type": "string"},
        "UserType": {"enum": ["Employee", "Contractor"], "title": "User Type", "type": "string"},
        "UserSubType": {"maxLength": 50, "title": "User Sub-type", "type": "string"},
    },
    "required": [USER_ID, FIRST],
    "dependencies": {"UserType": ["UserSubType"]},
    "identity": [USER_ID],
    "id": "csod:chr.employee",
}


def test_load_primary_key_1_makes_mapped_fields_optional_but_keeps_dependencies():
    # bulk-api-quick-start.txt, Step 2: with GUIDs "all mapped fields are considered as optional. Only
    # exception is if you are updating conditionally required fields (eg: User Type -> Sub-type)".
    schema = Schema.from_response(GUID_SCHEMA)
    frame = pl.DataFrame({"EmployeeIdentificationData_Guid": ["g-1", "g-2", "G-1", None],
                          FIRST: [None, "Ann", "Al", "Bo"], "UserType": [None, "Employee", None, None]})
    result = validate(frame, schema, {"loadprimarykey": 1})
    assert result.identity == ("EmployeeIdentificationData_Guid",)
    assert rules_of(result, Severity.ERROR) == [
        (2, "UserSubType", "dependency"), (3, "EmployeeIdentificationData_Guid", "duplicate"),
        (4, "EmployeeIdentificationData_Guid", "required")]
    # The same frame under LoadPrimaryKey 0: User ID is required and is not mapped.
    result0 = validate(frame, schema, {"LoadPrimaryKey": 0})
    assert (0, USER_ID, "required") in rules_of(result0) and (1, FIRST, "required") in rules_of(result0)


def test_currency_enum_integer_and_string_forms():
    schema = Schema.from_response(CURRENCY_SCHEMA, load_type="ou.division")
    frame = pl.DataFrame({"ouRefId": ["d1", "d2", "d3", "d4", "d5", "d6"], "ouName": ["x"] * 6,
                          "CF_Dropdown#7": ["AUD", " usd ", "1", "7", "Dollars", None]})
    result = validate(frame, schema)
    assert rules_of(result) == [(4, "CF_Dropdown#7", "enum"), (5, "CF_Dropdown#7", "enum")]
    problem = result.problem_list()[0]
    assert problem.value == "7" and "Salary Currency" in problem.message and "AUD" in problem.hint


def test_gender_enum_is_case_insensitive(quick_start):
    result = validate(employees(Gender=["FEMALE", " not known ", "f"]), quick_start)
    assert rules_of(result, Severity.ERROR) == [(3, "Gender", "enum")]


def test_multi_checkbox_values_split_on_semicolons(quick_start):
    result = validate(employees(**{"CF_MultiCheckbox#46": ["Product A;Product C", "product b; 33", "Product A;Manager",
                                                          "", None]}), quick_start)
    assert rules_of(result, Severity.ERROR) == [(3, "CF_MultiCheckbox#46", "enum")]
    assert "'Manager'" in result.problems_for_row(3)[0].message


DATE_NUMBER_SCHEMA = {
    "properties": {
        "Id": {"title": "Id", "type": "string"},
        "WorkerStatusData_LastHireDate": {"title": "Last Hire Date", "type": "string", "trim": "leftRight"},
        "Salary": {"title": "Salary", "type": "number"},
        "Level": {"title": "Level", "type": "integer"},
    },
    "identity": ["Id"],
}


# Each column mixes day-first and month-first dates (or has none with the year last), so it proves no
# other culture: what the import's culture cannot read is an error of its record, as the portal says.
# (A column that proves another culture gets one file-level error instead: tests/core/test_culture_checks.py.)
@pytest.mark.parametrize(
    ("culture", "good", "bad"),
    [
        ("en-US", ["7/1/2017", "07-01-2017", "7.1.2017", "2019-12-01", "1/13/2024"], ["13/01/2024", "7/1/17"]),
        ("fr-FR", ["1/7/2017", "01-07-2017", "1.7.2017", "13/01/2024"], ["1/13/2024"]),
        ("en-GB", ["2017/7/1", "2017-07-01", "2017.7.1"], ["1/13/2024", "13/01/2024", "17/7/1"]),
    ],
)
def test_dates_per_datetime_culture(culture, good, bad):
    schema = Schema.from_response(DATE_NUMBER_SCHEMA)
    values = good + bad
    frame = pl.DataFrame({"Id": [str(i) for i in range(len(values))], "WorkerStatusData_LastHireDate": values})
    result = validate(frame, schema, {"datetime_culture": culture})
    assert [p.value for p in result.problem_list()] == bad
    assert all(p.rule == "date" and culture in p.message and culture in p.hint for p in result.problem_list())


@pytest.mark.parametrize(
    ("culture", "good", "bad"),
    [
        ("en-US", ["1,234.56", "1234.56", "-3"], ["1.234,56", "1 234,56"]),
        ("fr-FR", ["1 234,56", "1234,56"], ["1,234.56", "1234.56"]),
        ("es-ES", ["1.234,56", "1234,56"], ["1,234.56", "12.5"]),
    ],
)
def test_numbers_per_number_culture(culture, good, bad):
    schema = Schema.from_response(DATE_NUMBER_SCHEMA)
    values = good + bad
    frame = pl.DataFrame({"Id": [str(i) for i in range(len(values))], "Salary": values})
    result = validate(frame, schema, {"Number_Culture": culture})
    assert [p.value for p in result.problem_list()] == bad
    assert {p.rule for p in result.problem_list()} == {"number"}


def test_integer_fields_take_whole_numbers():
    schema = Schema.from_response(DATE_NUMBER_SCHEMA)
    result = validate(pl.DataFrame({"Id": ["1", "2", "3"], "Level": ["3", "3.5", "1,000"]}), schema)
    assert [(p.row, p.rule) for p in result.problem_list()] == [(2, "number")]
    assert "whole number" in result.problem_list()[0].message


def test_managers_and_relations_in_the_file_are_resolved(quick_start):
    frame = employees(**{USER_ID: ["904321062", "janedoe02", "raj"]},
                      DirectManager=["", "904321062", "948752281"],
                      DynamicUserRelations_32768=["JANEDOE02", "918634631", "918634631"])
    schema = Schema.from_response({"schema": {**json.loads(QUICK_START_SCHEMA)["schema"]}})
    schema.properties["DirectManager"] = Schema.from_response(
        {"properties": {"DirectManager": {"maxLength": 100, "trim": "leftRight", "title": "Manager", "type": "string"}}},
        load_type="chr.employee").get("DirectManager")
    result = validate(frame, schema)
    warnings = {(p.column, p.value, p.row) for p in result.problem_list() if p.rule == "reference"}
    assert warnings == {("DirectManager", "948752281", 3), ("DynamicUserRelations_32768", "918634631", 2),
                        ("Division", "SUP_000012151", 1)}
    assert result.n_errors == 0 and result.n_warnings == 0


def test_ou_parent_resolved_inside_the_file():
    schema = Schema.from_response({"properties": {
        "ouRefId": {"minLength": 1, "maxLength": 100, "trim": "leftRight", "title": "OU ID", "type": "string"},
        "parentRefId": {"maxLength": 100, "trim": "leftRight", "title": "Parent", "type": "string"}},
        "identity": ["ouRefId"], "required": ["ouRefId"]}, load_type="ou.division")
    frame = pl.DataFrame({"ouRefId": ["ROOT", "EMEA", "FR"], "parentRefId": [None, "root", "PARIS"]})
    result = validate(frame, schema)
    assert [(p.row, p.value, p.severity) for p in result.problem_list()] == [(3, "PARIS", Severity.WARNING)]


class FakePortal:
    """known_refs as the sandbox gives it."""

    def __init__(self, users: dict[str, bool], ous: dict[tuple[str, str], bool]) -> None:
        self.users, self.ous = users, ous

    def user_exists(self, user_id: str) -> bool:
        return user_id in self.users

    def user_active(self, user_id: str) -> bool:
        return self.users[user_id]

    def ou_exists(self, load_type: str, ou_id: str) -> bool:
        return (load_type, ou_id) in self.ous

    def ou_active(self, load_type: str, ou_id: str) -> bool:
        return self.ous[(load_type, ou_id)]


def test_known_refs_standard_errors_custom_warnings(quick_start):
    portal = FakePortal({"918634631": True, "old": False},
                        {("ou.division", "SUP_000012151"): True, ("ou.division", "CLOSED"): False})
    frame = employees(Division=["SUP_000012151", "NOPE", "CLOSED", "SUP_000012151"],
                      DynamicUserRelations_32768=["918634631", "nobody", None, "old"])
    result = validate(frame, quick_start, {"AllowInactiveUsers": False}, known_refs=portal)
    got = [(p.row, p.column, p.rule, p.severity) for p in result.problem_list()]
    assert got == [
        (2, "Division", "reference", Severity.ERROR),
        (2, "DynamicUserRelations_32768", "reference", Severity.WARNING),
        (3, "Division", "inactive", Severity.ERROR),
        (4, "DynamicUserRelations_32768", "inactive", Severity.ERROR),
    ]
    assert "loaded without this relation" in result.problems_for_row(2)[1].message
    assert (result.n_errors, result.n_warnings) == (3, 1)
    assert "AllowInactiveOus" in result.problems_for_row(3)[0].message
    allowed = validate(frame, quick_start, {"AllowInactiveUsers": True, "allowinactiveous": "true"}, known_refs=portal)
    assert [(p.row, p.rule) for p in allowed.problem_list()] == [(2, "reference"), (2, "reference")]
    assert allowed.valid.to_list() == [True, False, True, True]


def test_column_and_record_limits(quick_start, monkeypatch):
    wide = employees().with_columns([pl.lit("x").alias(f"CF_ShortTextBox#{i}") for i in range(300)])
    result = validate(wide, quick_start)
    assert any(p.rule == "columns" and p.severity is Severity.ERROR and "300" in p.message for p in result.file_errors)
    monkeypatch.setattr(validation, "MAX_RECORDS", 2)
    result = validate(employees(**{USER_ID: ["a", "b", "c"]}), quick_start)
    (records,) = [p for p in result.problem_list() if p.rule == "records"]
    assert records.row == 0 and records.severity is Severity.WARNING and "silently" in records.message


def test_unknown_columns_are_warned(quick_start):
    result = validate(employees(Shoe_Size=["42"]), quick_start)
    assert (0, "Shoe_Size", "unknown_column") in rules_of(result, Severity.WARNING)


def test_summary_problem_list_and_columns(quick_start):
    result = validate(employees(Gender=["x", "y", "female"], **{FIRST: [None, None, None]}), quick_start)
    assert result.problems.columns == ["row", "column", "rule", "severity", "message", "hint", "value"]
    summary = result.summary()
    assert summary.columns == ["rule", "column", "severity", "count"]
    counts = {(r["rule"], r["column"]): r["count"] for r in summary.iter_rows(named=True)}
    assert counts[("required", FIRST)] == 3 and counts[("enum", "Gender")] == 2
    assert summary.row(0, named=True)["count"] == 3
    assert len(result.problem_list(limit=2)) == 2 and isinstance(result.problem_list()[0], Problem)
    assert [p.row for p in result.problem_list()] == sorted(p.row for p in result.problem_list())


def test_progress_and_cancellation(quick_start):
    seen: list[float] = []
    validate(employees(Gender=["male"]), quick_start, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        validate(employees(Gender=["male"]), quick_start, is_cancelled=lambda: len(seen) > 0)


def test_empty_and_non_text_frames(quick_start):
    empty = validate(employees(Gender=[]), quick_start)
    assert (empty.n_records, empty.n_errors, empty.problems.height) == (0, 0, 0)
    assert empty.summary().height == 0
    typed = employees(Gender=[None]).with_columns(pl.lit(None).alias("Gender"))
    assert validate(typed, quick_start).n_errors == 0
