"""validate() with a portal snapshot (no HTTP): references, OU types, coverage, completeness, identities,
what will change and the ReconcileUsers preview, on a small hand-made portal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from csod_desktop import facts
from csod_desktop.core.changes import same_value, what_will_change
from csod_desktop.core.portal import JobIds, PortalEmployee, PortalOu, PortalSnapshot
from csod_desktop.core.reconcile import reconcile_preview
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "csod_desktop" / "sandbox" / "data" / "schemas" / "chr.employee.json"
T0 = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
UID, FIRST, LAST = "EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName", "PersonData_NameData_LastName"


@pytest.fixture(scope="module")
def schema() -> Schema:
    body = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    body.pop("x-sandbox", None)
    return Schema.from_response(body, "chr.employee")


def portal(**changes) -> PortalSnapshot:
    people = [PortalEmployee("M1", 1, "boss", "g-1", True, None, None, {LAST: "Boss"}),
              PortalEmployee("M2", 2, "gone", "g-2", False, "M1", 1, {LAST: "Gone"}),
              PortalEmployee("E1", 3, "eve", "g-3", True, "M1", 1, {FIRST: "Eve", LAST: "Smith"})]
    ous = [PortalOu("D1", "ou.division", 10, 2, True), PortalOu("D9", "ou.division", 11, 2, False),
           PortalOu("Typist", "ou.position", 12, 4, True)]
    snap = dict(root_url="https://acme.csod.com", taken_at=T0, employees=people, ous=ous,
                ou_types={"ou.division": 2, "ou.position": 4})
    snap.update(changes)
    return PortalSnapshot(**snap)


def frame(**columns: list[str | None]) -> pl.DataFrame:
    n = len(next(iter(columns.values())))
    base = {UID: [f"N{i}" for i in range(1, n + 1)], FIRST: ["A"] * n, LAST: ["B"] * n, "Division": ["D1"] * n}
    base.update(columns)
    return pl.DataFrame(base, schema=dict.fromkeys(base, pl.String))


def found(result) -> list[tuple[int, str, str, str]]:
    return [(p.row, p.column, p.rule, p.severity.value) for p in result.problem_list()]


def test_references_resolved_by_the_portal_say_nothing(schema: Schema) -> None:
    result = validate(frame(DirectManager=["M1", "e1"]), schema, {}, snapshot=portal())
    assert found(result) == []  # E1 in any case: user ids are not case-sensitive


def test_standard_errors_custom_warnings_and_ou_types(schema: Schema) -> None:
    data = frame(DirectManager=["X"], DynamicUserRelations_16384=["Y"], Division=["Typist"], Position=["Typist"])
    assert found(validate(data, schema, {}, snapshot=portal())) == [
        (1, "DirectManager", "reference", "error"),
        (1, "Division", "reference", "error"),  # "Typist" is a position, not a division: ids per OU type
        (1, "DynamicUserRelations_16384", "reference", "warning"),
    ]


def test_inactive_targets(schema: Schema) -> None:
    data = frame(DirectManager=["M2"], Division=["D9"])
    assert [r[2] for r in found(validate(data, schema, {}, snapshot=portal()))] == ["inactive", "inactive"]
    allowed = {"AllowInactiveUsers": "true", "AllowInactiveOus": True}
    assert found(validate(data, schema, allowed, snapshot=portal())) == []


def test_the_jobs_other_imports_count(schema: Schema) -> None:
    data = frame(DirectManager=["NEWBOSS"], Division=["D7"])
    job = JobIds(users={"newboss"}, ous={"ou.division": {"D7"}})
    assert found(validate(data, schema, {}, snapshot=portal(), job_ids=job)) == []


def test_what_the_snapshot_does_not_cover_keeps_todays_checks(schema: Schema) -> None:
    data = frame(DirectManager=["X"], Division=["D404"])
    plain = validate(data, schema, {})
    no_employees = validate(data, schema, {}, snapshot=portal(employees=None, employees_off="off"))
    no_anything = validate(data, schema, {}, snapshot=portal(employees=None, ous=None, ou_types={}))
    assert plain.problems.equals(no_anything.problems)
    assert found(no_employees) == [(1, "DirectManager", "reference", "warning"), (1, "Division", "reference", "error")]


def test_an_incomplete_view_warns_instead_of_failing(schema: Schema) -> None:
    result = validate(frame(DirectManager=["X", "M1"]), schema, {}, snapshot=portal(employees_complete=False))
    assert found(result) == [(1, "DirectManager", "reference", "warning")] and result.ok
    assert "outside that view" in result.problem_list()[0].message


def test_identities_against_the_portal(schema: Schema) -> None:
    data = frame(EmployeeIdentificationData_Username=["boss", "E1", None, "eve"],
                 EmployeeIdentificationData_UserId=["N1", "N2", "EVE", "E1"])
    result = validate(data, schema, {}, snapshot=portal())
    messages = [(p.row, p.column[-8:], p.message.split("' ", 1)[1]) for p in result.problem_list()]
    assert messages == [
        (1, "Username", "already belongs to the portal's employee M1: Usernames are unique in the portal."),
        (2, "Username", "is also the User ID of another record of this file (Edge Import: User IDs and "
                        "Usernames are cross-unique)."),  # record 4's User ID
        (2, "Username", "is the User ID of another employee in the portal (Edge Import: User IDs and "
                        "Usernames are cross-unique)."),  # ... and E1's in the portal
        (3, "a_UserId", "is the Username of the portal's employee E1 (Edge Import: User IDs and Usernames "
                        "are cross-unique)."),
        (4, "Username", "is also the User ID of another record of this file (Edge Import: User IDs and "
                        "Usernames are cross-unique)."),  # record 3's User ID EVE, in any case
    ]


def test_guid_updates_need_known_guids(schema: Schema) -> None:
    data = pl.DataFrame({"EmployeeIdentificationData_Guid": ["g-3", "g-404"], LAST: ["Smith", "Who"]})
    lpk1 = {"LoadPrimaryKey": 1}
    body = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    variant = body.pop("x-sandbox")["LoadPrimaryKey=1"]
    body["schema"].update(variant)
    guid_schema = Schema.from_response(body, "chr.employee")
    assert found(validate(data, guid_schema, lpk1, snapshot=portal())) == [
        (2, "EmployeeIdentificationData_Guid", "reference", "error")]
    assert found(validate(data, guid_schema, lpk1, snapshot=portal(employees_complete=False))) == []


def test_what_will_change_by_field(schema: Schema) -> None:
    data = frame(EmployeeIdentificationData_UserId=["E1", "M1", "NEW"], PersonData_NameData_FirstName=["Eve", None, "A"],
                 PersonData_NameData_LastName=["Smith-Jones", "Boss", "B"], DirectManager=["m1", None, None])
    changes = what_will_change(data, schema, {}, portal())
    assert changes.text == "1 new, 1 changed, 1 unchanged (not compared: Division)"
    assert changes.changes_for(1) == [{"column": LAST, "title": schema.get(LAST).title, "old": "Smith",
                                       "new": "Smith-Jones"}]
    assert same_value(schema.get("DirectManager"), "m1", "M1") and not same_value(schema.get(LAST), "a", "A")
    assert what_will_change(data, schema, {}, portal(employees=None)) is None


def test_reconcile_preview_and_the_ten_percent_rule() -> None:
    data = pl.DataFrame({UID: ["m1"]})
    preview = reconcile_preview(data, portal(), service_account="E1")
    assert [(d.user_id, d.service_account, d.manager) for d in preview.deactivations] == [("E1", True, "M1")]
    assert preview.active_employees == 2 and preview.needs_override  # 1 of 2 is over 10%
    assert not facts.reconcile_needs_override(10, 100) and facts.reconcile_needs_override(11, 100)
    assert reconcile_preview(data, portal(employees=None)) is None
    assert preview.to_json()["deactivations"][0]["service_account"] is True


def test_portal_review_is_one_document_for_the_window_and_the_cli(schema: Schema) -> None:
    from csod_desktop.core.portal_review import no_snapshot, portal_review

    data = frame(EmployeeIdentificationData_UserId=["E1", "NEW"], PersonData_NameData_FirstName=["Eve", "A"],
                 PersonData_NameData_LastName=["Smith", "B"])
    review = portal_review(data, schema, {"ReconcileUsers": True}, portal())
    doc = review.to_json()
    assert doc["checked_against_portal"] and doc["portal_checks_off"] is None
    assert (doc["changes"]["new"], doc["changes"]["unchanged"]) == (1, 1)
    assert doc["reconcile"]["count"] == 1 and doc["reconcile"]["deactivations"][0]["user_id"] == "M1"
    assert portal_review(data, schema, {}, portal()).reconcile is None  # ReconcileUsers off: no preview
    off = portal_review(data, schema, {}, None)
    assert off.to_json() == {"checked_against_portal": False, "snapshot_taken_at": None,
                             "portal_checks_off": no_snapshot(), "changes": None, "reconcile": None}
    partial = portal_review(data, schema, {}, portal(employees=None, employees_off="Checks ... off: no scope."))
    assert partial.off == "Checks ... off: no scope." and partial.changes is None


# ------------------------------------------------------------------ what Review and load say about them


def test_the_change_sentence_never_calls_uncompared_fields_unchanged(schema: Schema) -> None:
    titles = {name: prop.title for name, prop in schema.properties.items()}
    data = frame(**{UID: ["E1", "M1", "N9"], FIRST: ["Eve", None, "Ann"], LAST: ["Smith", "Bossy", "New"],
                    "Division": ["D1", "D1", "D1"]})
    changes = what_will_change(data, schema, {}, portal())
    assert (changes.new, changes.changed, changes.unchanged) == (1, 1, 1)
    sentence = changes.sentence(titles)
    assert sentence.startswith("1 new, 1 changed, 1 unchanged in the fields the portal lets us compare. ")
    assert f"Not compared: {titles['Division']} (the portal's list of employees does not show them)" in sentence
    assert changes.kind_label("unchanged") == "unchanged in the compared fields"
    assert changes.sentence(titles, records=5).startswith("Of the 3 records to send: 1 new,")
    # Every compared field of a record the portal holds: the changed ones marked, an empty cell no change.
    assert changes.record(1) == [{"column": FIRST, "old": "Eve", "new": "Eve", "changed": False},
                                 {"column": LAST, "old": "Smith", "new": "Smith", "changed": False}]
    assert changes.record(2) == [{"column": FIRST, "old": None, "new": None, "changed": False},
                                 {"column": LAST, "old": "Boss", "new": "Bossy", "changed": True}]
    assert changes.record(3) == []  # new: nothing to compare with
    only_new = what_will_change(frame(**{UID: ["N1"]}), schema, {}, portal())
    assert only_new.sentence(titles) == "1 new, 0 changed, 0 unchanged."  # nothing in the portal to leave out
    ids_only = what_will_change(pl.DataFrame({UID: ["E1", "N1"]}), schema, {}, portal())
    assert ids_only.sentence(titles) == ("1 new, 1 already in the portal. None of the file's fields is in the "
                                         "portal's list of employees, so what will change in the 1 is not known.")
    assert ids_only.kind_label("unchanged") == "already in the portal"


def test_the_ten_percent_policy_and_an_explicit_allowance(schema: Schema) -> None:
    people = [PortalEmployee(f"E{i}", i, f"u{i}", None, True, None, None, {}) for i in range(20)]
    snap = portal(employees=people)
    keep_all_but = lambda n: frame(**{UID: [f"E{i}" for i in range(n, 20)]})  # noqa: E731
    two = reconcile_preview(keep_all_but(2), snap)  # 2 of 20: the limit itself, not above it
    assert two.count == 2 and not two.needs_override and two.allows(None) and two.allows(2)
    assert not two.allows(1)  # an allowance given is never exceeded
    three = reconcile_preview(keep_all_but(3), snap)
    assert three.needs_override and not three.allows(None) and three.allows(3) and not three.allows(2)
    assert three.rows()[0] == ("E0", "u0", "", "", "", "u0")  # User ID, name, note, manager, manager id, username
    summary = three.summary_json()
    assert "deactivations" not in summary and summary["count"] == 3 and summary["flagged"] == []
    assert facts.RECONCILE_MAX_SHARE == summary["max_share"]
