"""Sandbox processing of one import against the reference examples, with a fake portal."""

from __future__ import annotations

import copy
import csv
import io
import json
from importlib import resources
from typing import Any

import pytest

from csod_desktop.core.schema import Schema
from csod_desktop.sandbox.processing import ImportOutcome, parse_payload, process_import

USER_ID = "EmployeeIdentificationData_UserId"
USERNAME = "EmployeeIdentificationData_Username"
GUID = "EmployeeIdentificationData_Guid"

# bulk-api-quick-start.txt, Step 3, verbatim (the second record's "Accountant, San Jose" is not quoted).
QUICK_START_CSV = (
    "EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
    "EmployeeIdentificationData_Username,DirectManager,PersonData_ContactData_EmailAddressData_Primary_EmailAddress,"
    "WorkerStatusData_LastHireDate,Division,Position,Location,DynamicOUs_524291,DynamicUserRelations_16384,"
    "CF_MultiCheckbox#47\r\n"
    "johnsmith01,John,Smith,johnsmith01,904321062,johnsmith01@acme.com,2019-12-01,SUPERVISORY_ORGANIZATION-3-9244,"
    "Account Manager,Los Angeles,Full Time,918634631,Manager;Administrator\r\n"
    "janedoe02,Jane,Doe,janedoe02,904321062,janedoe02@acme.com,2019-10-01,SUPERVISORY_ORGANIZATION-3-9244,"
    "Accountant, San Jose,Intern,918634631,\r\n"
    "rajkumar01,Raj,Kumar,rajkumar01,903300421,rajkumar01@acme.com,2019-12-01,SUPERVISORY_ORGANIZATION-3-9244,"
    "CS-Customer Service#37486,OR,Part Time,918634631,Administrator\r\n"
    "jamesanderson,James,anderson,jamesanderson,937393194,jamesanderson@acme.com,2019-11-25,"
    "SUPERVISORY_ORGANIZATION-3-9244,Computer Support Specialist,Brisbane,Full Time,918634631,IT\r\n"
    "904321062,Aime,Jones,aimejones,948752281,aimejones@acme.com,2018-01-29,SUP_000012151,"
    "Corporate Services Manager,Shanghai,Full Time,987798693,Manager;Administrator\r\n"
)

# bulk-api-quick-start.txt, Step 3, the JSON example (its "CF_MultiCheckbox" key is not a property).
QUICK_START_JSON = [
    {USER_ID: "johnsmith01", "PersonData_NameData_FirstName": "John", "PersonData_NameData_LastName": "Smith",
     USERNAME: "johnsmith01", "DirectManager": "904321062",
     "PersonData_ContactData_EmailAddressData_Primary_EmailAddress": "johnsmith01@acme.com",
     "WorkerStatusData_LastHireDate": "2019-12-01", "Division": "SUPERVISORY_ORGANIZATION-3-9286",
     "Position": "Account Manager", "Location": "Los Angeles", "DynamicOUs_524291": "Full Time",
     "DynamicUserRelations_16384": "918634631", "CF_MultiCheckbox": "Manager;Administrator"},
    {USER_ID: "janedoe02", "PersonData_NameData_FirstName": "Jane", "PersonData_NameData_LastName": "Doe",
     USERNAME: "janedoe02", "DirectManager": "904321062",
     "PersonData_ContactData_EmailAddressData_Primary_EmailAddress": "janedoe02@acme.com",
     "WorkerStatusData_LastHireDate": "2019-10-01", "Division": "SUPERVISORY_ORGANIZATION-3-9286",
     "Position": "Accountant", "Location": "San Jose", "DynamicOUs_524291": "Full Time",
     "DynamicUserRelations_16384": "918634631", "CF_MultiCheckbox": "Administrator"},
]


def _schema_body(key: str) -> dict[str, Any]:
    path = resources.files("csod_desktop.sandbox") / "data" / "schemas" / f"{key}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def employee_schema(lpk: int = 0) -> Schema:
    body = _schema_body("chr.employee")
    if lpk == 1:  # what the portal answers for LoadPrimaryKey 1 (the file's "x-sandbox" variant)
        for key, value in body["x-sandbox"]["LoadPrimaryKey=1"].items():
            body["schema"][key] = value
    return Schema.from_response(body, "chr.employee")


class FakePortal:
    """PortalView over dicts (the real one is csod_desktop.sandbox.portal.PortalView)."""

    def __init__(self) -> None:
        def user(uid: str, active: bool = True, **extra: str) -> dict[str, Any]:
            return {USER_ID: uid, USERNAME: f"user.{uid}", GUID: f"guid-{uid}", "active": active,
                    "PersonData_NameData_FirstName": "First", "PersonData_NameData_LastName": "Last",
                    "Division": "SUP_000012151", **extra}

        self.users = {u[USER_ID]: u for u in [
            user("948752281"), user("903300421"), user("937393194"), user("918634631"), user("958120334", False)]}
        self.ous: dict[str, dict[str, dict[str, Any]]] = {
            "ou.division": {"SUP_000012151": {"active": True}, "SUPERVISORY_ORGANIZATION-3-9286": {"active": True},
                            "SUP_000012199": {"active": False},
                            "SUP_000012100": {"ouRefId": "SUP_000012100", "ouName": "Acme", "active": True,
                                              "headcountBudget": 40}},
            "ou.position": {p: {"active": True} for p in [
                "Account Manager", "Accountant", "CS-Customer Service#37486", "Computer Support Specialist",
                "Corporate Services Manager"]},
            "ou.location": {p: {"active": True} for p in ["Los Angeles", "San Jose", "Brisbane", "Shanghai"]},
            "ou.customou.524291": {p: {"active": True} for p in ["Full Time", "Part Time", "Intern"]},
        }
        self.user_calls = 0

    def user(self, user_id: str) -> dict[str, Any] | None:
        self.user_calls += 1
        record = self.users.get(user_id)
        return copy.deepcopy(record) if record else None

    def user_by_guid(self, guid: str) -> dict[str, Any] | None:
        return next((copy.deepcopy(u) for u in self.users.values() if u[GUID] == guid), None)

    def ou(self, load_type: str, ou_id: str) -> dict[str, Any] | None:
        record = self.ous.get(load_type, {}).get(ou_id)
        return copy.deepcopy(record) if record is not None else None

    def all_user_ids(self) -> list[str]:
        return list(self.users)


class Refs:
    def __init__(self, users: set[str] | None = None, ous: dict[str, set[str]] | None = None) -> None:
        self.users = users or set()
        self.ous = ous or {}


SETTINGS = {"loadprimarykey": 0, "reconcileusers": False, "AllowInactiveOus": False, "AllowInactiveUsers": False,
            "datetime_culture": "en-US", "number_culture": "en-US"}


def run(body: str | bytes, settings: dict[str, Any] | None = None, *, schema: Schema | None = None,
        content_type: str = "text/csv", portal: FakePortal | None = None, refs: Refs | None = None,
        load_type: str = "chr.employee") -> ImportOutcome:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return process_import(load_type, schema or employee_schema(), {**SETTINGS, **(settings or {})}, data,
                          content_type, portal or FakePortal(), refs or Refs())


def report_rows(outcome: ImportOutcome) -> list[dict[str, str]]:
    text = outcome.report_csv().decode("utf-8")
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def counts(outcome: ImportOutcome) -> tuple[int, int, int, int]:
    return (outcome.total_records, outcome.successful_records, outcome.successful_records_with_warnings,
            outcome.error_records)


def test_quick_start_csv():
    outcome = run(QUICK_START_CSV)
    assert outcome.error_status is None
    assert counts(outcome) == (5, 1, 1, 4)
    rows = {r[USER_ID]: r for r in report_rows(outcome)}
    assert list(rows) == ["johnsmith01", "janedoe02", "rajkumar01", "jamesanderson", "904321062"]
    # The unquoted comma: the row still has 13 fields (its last value is empty), so per RFC 4180 it is
    # Position "Accountant" and Location " San Jose", which the schema's trim makes "San Jose" (the JSON
    # example's values). It fails on its division only.
    jane = rows["janedoe02"]
    assert "SUPERVISORY_ORGANIZATION-3-9244" in jane["Errors"] and "San Jose" not in jane["Errors"]
    assert "SUPERVISORY_ORGANIZATION-3-9244" in rows["johnsmith01"]["Errors"]
    assert "'OR'" in rows["rajkumar01"]["Errors"]  # Location OR is not in the portal
    # 904321062 manages johnsmith01: in the same payload, so the manager resolves.
    assert "904321062" not in rows["johnsmith01"]["Errors"]
    aime = rows["904321062"]
    assert aime["Loaded"] == "true" and aime["Errors"] == "" and "987798693" in aime["Warnings"]
    assert all(rows[u]["Loaded"] == "false" for u in ["johnsmith01", "janedoe02", "rajkumar01", "jamesanderson"])
    (upsert,) = outcome.upserts
    assert upsert[USER_ID] == "904321062" and upsert[USERNAME] == "aimejones"
    assert "DynamicUserRelations_16384" not in upsert  # custom relation to nobody: skipped
    assert upsert["WorkerStatusData_LastHireDate"] == "2018-01-29"
    assert upsert["CF_MultiCheckbox#47"] == "Manager;Administrator"
    header = outcome.report_csv().decode().split("\r\n")[0]
    assert header == QUICK_START_CSV.split("\r\n")[0] + ",Loaded,Errors,Warnings"


def test_a_row_with_more_fields_than_the_header_is_an_error_for_that_record():
    # The quick start's mistake where it does shift the columns: a position "Accountant, Senior" unquoted.
    lines = QUICK_START_CSV.split("\r\n")
    lines[2] = lines[2].replace("Accountant, San Jose", "Accountant, Senior,San Jose")
    outcome = run("\r\n".join(lines))
    jane = outcome.rows[1]
    assert not jane.loaded and len(jane.errors) == 1
    assert "14 values" in jane.errors[0] and "13 columns" in jane.errors[0] and "double quotes" in jane.errors[0]
    assert counts(outcome) == (5, 1, 1, 4)


def test_quick_start_json():
    outcome = run(json.dumps(QUICK_START_JSON), content_type="application/json")
    assert counts(outcome) == (2, 0, 0, 2)
    for row in outcome.rows:  # manager 904321062 is nowhere: a standard relation, so an error
        assert any("904321062" in e and "Manager" in e for e in row.errors)
        assert not any("SUPERVISORY_ORGANIZATION-3-9286" in e for e in row.errors)  # that division exists
    assert outcome.header[-1] == "CF_MultiCheckbox"


def new_employee(uid: str = "newbie", **fields: str) -> dict[str, str]:
    return {USER_ID: uid, "PersonData_NameData_FirstName": "New", "PersonData_NameData_LastName": "Person",
            "Division": "SUP_000012151", **fields}


def as_csv(records: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(dict.fromkeys(k for r in records for k in r)), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def test_clean_import_report_is_the_header_alone_and_username_defaults_to_the_user_id():
    outcome = run(as_csv([new_employee(DirectManager="948752281")]))
    assert counts(outcome) == (1, 1, 0, 0)
    assert outcome.report_csv() == (
        f"{USER_ID},PersonData_NameData_FirstName,PersonData_NameData_LastName,Division,DirectManager,"
        "Loaded,Errors,Warnings\r\n").encode()
    assert outcome.upserts[0][USERNAME] == "newbie"


def test_identical_record_is_skipped_but_counted_successful():
    portal = FakePortal()
    same = {USER_ID: "903300421", "PersonData_NameData_FirstName": " First ", "PersonData_NameData_LastName": "Last",
            "Division": "SUP_000012151"}
    outcome = run(as_csv([same, {**same, USER_ID: "937393194", "PersonData_NameData_LastName": "Changed"}]),
                  portal=portal)
    assert counts(outcome) == (2, 2, 0, 0)
    assert [r.skipped_identical for r in outcome.rows] == [True, False]
    assert [u[USER_ID] for u in outcome.upserts] == ["937393194"]
    assert USERNAME not in outcome.upserts[0]  # an existing employee keeps the username the portal has


def test_duplicates_first_loaded_rest_errors():
    outcome = run(as_csv([new_employee("dup"), new_employee("DUP"), new_employee("other"), new_employee("dup")]))
    assert [r.loaded for r in outcome.rows] == [True, False, True, False]
    assert "record 1" in outcome.rows[1].errors[0]
    assert counts(outcome) == (4, 2, 0, 2)


def test_references_resolved_through_the_other_imports_of_the_job():
    body = as_csv([new_employee(Division="NEW-DIV", DirectManager="boss-in-other-import")])
    assert counts(run(body)) == (1, 0, 0, 1)
    outcome = run(body, refs=Refs(users={"boss-in-other-import"}, ous={"ou.division": {"NEW-DIV"}}))
    assert counts(outcome) == (1, 1, 0, 0)


def test_inactive_ous_and_users_follow_the_settings():
    body = as_csv([new_employee("a", Division="SUP_000012199"), new_employee("b", DirectManager="958120334"),
                   new_employee("c", DynamicUserRelations_32768="958120334")])
    strict = run(body)
    assert [r.loaded for r in strict.rows] == [False, False, False]
    assert "AllowInactiveOus" in strict.rows[0].errors[0] and "AllowInactiveUsers" in strict.rows[1].errors[0]
    relaxed = run(body, {"AllowInactiveOus": True, "AllowInactiveUsers": True})
    assert counts(relaxed) == (3, 3, 0, 0)


def test_reconcile_users_deactivates_active_employees_missing_from_the_payload():
    body = as_csv([new_employee("948752281"), new_employee("newbie")])
    outcome = run(body, {"reconcileusers": True})
    assert sorted(outcome.deactivate) == ["903300421", "918634631", "937393194"]  # 958120334 is already inactive
    assert run(body, {"reconcileusers": False}).deactivate == []


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b"", "text/csv", "empty"),
        (b"\xff\xfeU\x00s\x00", "text/csv", "UTF-8"),
        (b"[{\"a\": 1},", "application/json", "not valid JSON"),
        (b"{\"EmployeeIdentificationData_UserId\": \"x\"}", "application/json", "array of records"),
        (b"a,b,a\r\n1,2,3\r\n", "text/csv", "repeats the column a"),
        (b"a,\"b\r\n1,2\r\n", "text/csv", "cannot be read"),
    ],
)
def test_unreadable_payloads_fail_the_import(body, content_type, words):
    outcome = run(body, content_type=content_type)
    assert outcome.error_status is not None and words in outcome.error_status
    assert outcome.upserts == [] and outcome.rows == []


def test_rfc4180_quoting_and_json_values():
    header, records, ragged = parse_payload(b'a,b\r\n"x, ""y""","line1\r\nline2"\r\n\r\n', "text/csv")
    assert (header, records, ragged) == (["a", "b"], [['x, "y"', "line1\r\nline2"]], {})
    header, records, _ = parse_payload(b'[{"a": 1.5, "b": true, "c": ["Manager", "IT"], "d": null}]',
                                       "application/json")
    assert records == [["1.5", "true", "Manager;IT", None]]
    _, _, ragged = parse_payload(b"a,b\r\n1\r\n", "text/csv")
    assert "1 values" in ragged[0]


def test_validation_rules_are_the_clients():
    body = as_csv([new_employee("a", WorkerStatusData_LastHireDate="13/01/2024"),
                   new_employee("b", **{"CF_Dropdown#12": "1"}), new_employee("c", **{"CF_Dropdown#12": "7"}),
                   new_employee("d", UserType="Employee"), new_employee("e", Gender="FEMALE")])
    outcome = run(body)
    assert [r.loaded for r in outcome.rows] == [False, True, False, False, True]
    assert "en-US" in outcome.rows[0].errors[0]
    assert "Salary Currency" in outcome.rows[2].errors[0]
    assert "User Sub-type" in outcome.rows[3].errors[0]
    assert outcome.upserts[0]["CF_Dropdown#12"] == "1" and outcome.upserts[1]["Gender"] == "female"
    fr = run(as_csv([new_employee("a", WorkerStatusData_LastHireDate="13/01/2024", **{"CF_NumericField#31": "1 234,5"})]),
             {"datetime_culture": "fr-FR", "number_culture": "fr-FR"})
    assert fr.upserts[0]["WorkerStatusData_LastHireDate"] == "2024-01-13"
    assert fr.upserts[0]["CF_NumericField#31"] == "1234.5"


def test_defaults_for_new_records_and_use_default_when_missing():
    schema = employee_schema()
    body = as_csv([new_employee("newbie", **{"CF_ShortTextBox#23": ""}),
                   {USER_ID: "903300421", "PersonData_NameData_FirstName": "Oliver",
                    "PersonData_NameData_LastName": "N", "Division": "SUP_000012151", "CF_ShortTextBox#23": ""}])
    kept = run(body, {"use_default_when_missing": False}, schema=schema)
    assert "CF_ShortTextBox#23" in kept.upserts[0] and "CF_ShortTextBox#23" not in kept.upserts[1]
    defaulted = run(body, {"use_default_when_missing": True}, schema=schema)
    assert defaulted.upserts[1]["CF_ShortTextBox#23"] == ""


def test_guid_updates_with_load_primary_key_1():
    body = as_csv([{GUID: "guid-903300421", "PersonData_NameData_LastName": "Renamed"},
                   {GUID: "guid-unknown", "PersonData_NameData_LastName": "X"}])
    outcome = run(body, {"LoadPrimaryKey": 1}, schema=employee_schema(lpk=1))
    assert [r.loaded for r in outcome.rows] == [True, False]
    assert outcome.upserts == [{GUID: "guid-903300421", "PersonData_NameData_LastName": "Renamed",
                                USER_ID: "903300421"}]
    assert "guid-unknown" in outcome.rows[1].errors[0]


def test_ou_load_parents_owners_and_typed_values():
    schema = Schema.from_response(_schema_body("ou.division"), "ou.division")
    body = as_csv([
        {"ouRefId": "EMEA", "ouName": "Europe", "parentRefId": "SUP_000012100", "ouOwnerRefId": "903300421",
         "active": "TRUE", "headcountBudget": "1,200"},
        {"ouRefId": "FR", "ouName": "France", "parentRefId": "EMEA", "ouOwnerRefId": "", "active": "", "headcountBudget": ""},
        {"ouRefId": "XX", "ouName": "Nowhere", "parentRefId": "NOPE", "ouOwnerRefId": "ghost", "active": "0",
         "headcountBudget": "2.5"},
        {"ouRefId": "SUP_000012100", "ouName": "Acme", "parentRefId": "", "ouOwnerRefId": "", "active": "true",
         "headcountBudget": "40"},
    ])
    outcome = run(body, schema=schema, load_type="ou.division")
    assert [r.loaded for r in outcome.rows] == [True, True, False, True]
    assert len(outcome.rows[2].errors) == 3  # unknown parent, unknown owner, not a whole number
    assert [r.skipped_identical for r in outcome.rows] == [False, False, False, True]
    emea, france = outcome.upserts
    assert emea["active"] is True and emea["headcountBudget"] == 1200
    assert france["active"] is True  # a new OU takes the schema's default
    assert outcome.deactivate == []
