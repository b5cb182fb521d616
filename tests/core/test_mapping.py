"""Suggested mappings: the quick start's headers, title headers, constants and enum value maps."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import csod_desktop
from csod_desktop.core.mapping import Mapping, header_fingerprint, normalize, suggest_mapping, suggest_value_map
from csod_desktop.core.schema import Schema
from csod_desktop.errors import TemplateError

SCHEMA_FILE = Path(csod_desktop.__file__).parent / "sandbox" / "data" / "schemas" / "chr.employee.json"
# bulk-api-quick-start.txt, Step 3: the CSV header of the example data template.
QUICK_START_HEADERS = (
    "EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
    "EmployeeIdentificationData_Username,DirectManager,"
    "PersonData_ContactData_EmailAddressData_Primary_EmailAddress,WorkerStatusData_LastHireDate,Division,"
    "Position,Location,DynamicOUs_524291,DynamicUserRelations_16384,CF_MultiCheckbox#47"
).split(",")


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.from_response(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), "chr.employee")


def targets(mapping: Mapping) -> dict[str, str | None]:
    return {m.source: m.target for m in mapping.matches}


def test_quick_start_headers_map_to_themselves(schema):
    mapping = suggest_mapping(QUICK_START_HEADERS, schema)
    assert mapping.columns == {h: h for h in QUICK_START_HEADERS}
    assert {m.method for m in mapping.matches} == {"name"} and all(m.confidence == 1.0 for m in mapping.matches)
    assert mapping.missing_required(schema) == [] and mapping.unmapped_sources() == []


def test_title_headers_map_by_title(schema):
    headers = ["User ID", "First Name", "Last Name", "Username", "Manager", "Primary Email", "Last Hire Date",
               "Division", "Position", "Location", "Employee Type", "HR Business Partner", "System Roles"]
    mapping = suggest_mapping(headers, schema)
    assert [targets(mapping)[h] for h in headers] == QUICK_START_HEADERS[:4] + [
        "DirectManager", QUICK_START_HEADERS[5], "WorkerStatusData_LastHireDate", "Division", "Position",
        "Location", "DynamicOUs_524291", "DynamicUserRelations_16384", "CF_MultiCheckbox#47"]
    by_source = {m.source: m for m in mapping.matches}
    assert by_source["User ID"].method == "title" and by_source["User ID"].confidence == 0.95
    assert by_source["Division"].method == "name"


def test_normalized_and_similar_headers(schema):
    headers = ["user_id", "FIRST-NAME", " last name ", "E-mail Address", "Cost Centre", "Email", "Shoe size"]
    mapping = suggest_mapping(headers, schema)
    got = targets(mapping)
    assert got["user_id"] == "EmployeeIdentificationData_UserId"
    assert got["FIRST-NAME"] == "PersonData_NameData_FirstName"
    assert got[" last name "] == "PersonData_NameData_LastName"
    assert got["E-mail Address"] == QUICK_START_HEADERS[5]  # the name's last segment, normalized
    assert got["Cost Centre"] == "CostCenter"
    assert got["Shoe size"] is None
    # "Email" would also fit the e-mail property, but that one is taken: never two sources on one property.
    assert got["Email"] is None
    by_source = {m.source: m for m in mapping.matches}
    assert by_source["Cost Centre"].method == "similarity" and 0 < by_source["Cost Centre"].confidence < 0.9
    assert mapping.unmapped_sources() == ["Email", "Shoe size"]


def test_ambiguous_headers_are_not_guessed(schema):
    mapping = suggest_mapping(["Hire Date", "Id"], schema)
    assert targets(mapping) == {"Hire Date": None, "Id": None}


def test_never_two_sources_on_one_property(schema):
    mapping = suggest_mapping(["User ID", "EmployeeIdentificationData_UserId", "userid"], schema)
    assert list(mapping.columns.values()).count("EmployeeIdentificationData_UserId") == 1
    assert mapping.columns["EmployeeIdentificationData_UserId"] == "EmployeeIdentificationData_UserId"
    mapping.assign("User ID", "EmployeeIdentificationData_UserId")
    assert mapping.columns == {"User ID": "EmployeeIdentificationData_UserId"}


def test_missing_required(schema):
    mapping = suggest_mapping(["User ID", "First Name"], schema)
    assert mapping.missing_required(schema) == ["PersonData_NameData_LastName", "Division"]
    mapping.set_constant("Division", "DIV-1")
    assert mapping.missing_required(schema) == ["PersonData_NameData_LastName"]


def test_apply_builds_property_columns_with_constants_and_value_maps(schema):
    frame = pl.DataFrame(
        {"Sex": ["F", " m ", "x", None], "Id": ["007", "008", "009", "010"], "Type": ["Full-time", "", None, "Intern"], "Junk": ["a"] * 4}
    )
    mapping = Mapping("chr.employee", sources=list(frame.columns))
    mapping.assign("Id", "EmployeeIdentificationData_UserId")
    mapping.assign("Sex", "Gender")
    mapping.assign("Type", "DynamicOUs_524291")
    mapping.set_value_map("Gender", suggest_value_map(frame["Sex"], schema.get("Gender")))
    mapping.set_value_map("DynamicOUs_524291", {"full-time": "Full Time"})
    mapping.set_constant("DynamicOUs_524291", "Part Time")  # fills the blanks of a mapped column
    mapping.set_constant("Division", "DIV-1")  # no column: every record
    out = mapping.apply(frame, schema)
    assert out.columns == ["EmployeeIdentificationData_UserId", "Gender", "Division", "DynamicOUs_524291"]
    assert all(dtype == pl.String for dtype in out.dtypes)
    assert out["Gender"].to_list() == ["female", "male", "x", None]
    assert out["EmployeeIdentificationData_UserId"].to_list() == ["007", "008", "009", "010"]
    assert out["DynamicOUs_524291"].to_list() == ["Full Time", "Part Time", "Part Time", "Intern"]
    assert out["Division"].to_list() == ["DIV-1"] * 4


def test_apply_with_only_constants_keeps_the_record_count():
    mapping = Mapping("chr.employee", sources=["a"])
    mapping.set_constant("Division", "D")
    out = mapping.apply(pl.DataFrame({"a": ["1", "2", "3"]}))
    assert out.to_dict(as_series=False) == {"Division": ["D", "D", "D"]}


def test_apply_refuses_a_missing_source_column():
    mapping = Mapping("chr.employee", columns={"User ID": "EmployeeIdentificationData_UserId"})
    with pytest.raises(TemplateError, match='no column named "User ID"'):
        mapping.apply(pl.DataFrame({"Other": ["1"]}))


def test_value_map_suggestions(schema):
    gender = schema.get("Gender")
    assert suggest_value_map(["F", "M", "female", "MALE", "Not-Known", "x", None, ""], gender) == {
        "F": "female", "M": "male", "Not-Known": "not known"}
    subtype = schema.get("UserSubType")
    assert suggest_value_map(["Full time", "part-time", "Seasonal"], subtype) == {"Full time": "Full-Time"}


def test_round_trip_dict_and_fingerprint(schema):
    mapping = suggest_mapping(["User ID", "First Name", "Shoe size"], schema)
    mapping.set_constant("Division", "D1")
    mapping.set_value_map("Gender", {"F": "female"})
    again = Mapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again.columns == mapping.columns and again.constants == mapping.constants
    assert again.value_maps == mapping.value_maps and again.sources == mapping.sources
    assert [(m.source, m.target, m.method) for m in again.matches] == [(m.source, m.target, m.method) for m in mapping.matches]
    assert header_fingerprint(["User ID", "First Name"]) == header_fingerprint(["first name", " User  ID"])
    assert header_fingerprint(["User ID"]) != header_fingerprint(["User ID", "First Name"])
    with pytest.raises(TemplateError):
        Mapping.from_dict({"columns": "nope"})


def test_normalize():
    assert normalize(" First-Name ") == normalize("first_name") == "firstname"


@pytest.mark.parametrize(
    ("culture", "written"),
    [("en-US", ["09/04/2023", "12/01/2019 14:05:00", "2023-09-04", None]),
     ("fr-FR", ["04/09/2023", "01/12/2019 14:05:00", "2023-09-04", None]),
     ("en-GB", ["2023-09-04", "2019-12-01 14:05:00", "2023-09-04", None])],
)
def test_apply_writes_excel_date_cells_in_the_import_culture(schema, culture, written):
    # A workbook's date cells arrive as ISO text with a mask; a typed "2023-09-04" (mask False) is text.
    frame = pl.DataFrame({"Hired": ["2023-09-04", "2019-12-01T14:05:00", "2023-09-04", None],
                          "Note": ["2023-09-04", None, None, None]})
    masks = {"Hired": pl.Series([True, True, False, False]), "Note": pl.Series([True, False, False, False])}
    mapping = Mapping("chr.employee", sources=list(frame.columns))
    mapping.assign("Hired", "WorkerStatusData_LastHireDate")
    mapping.assign("Note", "PersonData_NameData_FirstName")  # not a date field: the ISO text stays
    out = mapping.apply(frame, schema, date_cells=masks, settings={"datetime_culture": culture})
    assert out["WorkerStatusData_LastHireDate"].to_list() == written
    assert out["PersonData_NameData_FirstName"].to_list() == ["2023-09-04", None, None, None]
    from csod_desktop.core.rules import parse_date

    assert parse_date(written[0], culture).isoformat() == "2023-09-04"
    assert mapping.apply(frame, schema)["WorkerStatusData_LastHireDate"][0] == "2023-09-04"  # no mask given
