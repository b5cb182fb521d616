"""The load plan: a file to a validated, split payload, re-checked whenever an input changes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import csod_desktop
from csod_desktop.core.mapping import suggest_mapping
from csod_desktop.core.schema import Schema
from csod_desktop.core.templates import TemplateStore
from csod_desktop.errors import Cancelled
from csod_desktop.services.mapping_choice import choose_mapping, mapping_origin
from csod_desktop.services.plan import LoadPlan, PlanError, ReconcileLeftOutError

SCHEMA_FILE = Path(csod_desktop.__file__).parent / "sandbox" / "data" / "schemas" / "chr.employee.json"
SETTINGS = {"LoadPrimaryKey": 0, "datetime_culture": "en-GB"}
DATE = "WorkerStatusData_LastHireDate"
FIRST = "PersonData_NameData_FirstName"


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.from_response(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), "chr.employee")


@pytest.fixture
def export(tmp_path) -> Path:
    path = tmp_path / "export.csv"
    path.write_text(
        "User ID;First Name;Last Name;Division;Last Hire Date\r\n"
        "u1;Zoë;Müller;DIV1;2019-12-01\r\n"
        "u2;;Doe;DIV1;2019-12-01\r\n"  # no first name: left out of the payload
        "u3;Raj;Kumar;DIV1;2019-13-01\r\n",  # no 13th month under en-GB
        encoding="cp1252",
    )
    return path


def planned(export: Path, schema: Schema, settings: dict | None = None, **kw) -> LoadPlan:
    plan = LoadPlan("chr.employee", settings=SETTINGS if settings is None else settings, schema=schema)
    plan.read(export, **kw)
    plan.choose_mapping()
    return plan


def test_file_to_payload(export, schema, tmp_path):
    read: list[float] = []
    checked: list[float] = []
    plan = LoadPlan("chr.employee", settings=SETTINGS, schema=schema)
    table = plan.read(export, progress=read.append)
    assert table.encoding == "windows-1252" and table.delimiter == ";"
    plan.choose_mapping()
    assert plan.mapping.missing_required(schema) == []
    result = plan.validate(progress=checked.append)
    assert result.n_errors == 2 and not result.file_errors
    rules = set(result.problems.filter(result.problems["severity"] == "error")["rule"])
    assert rules == {"required", "date"}
    [payload] = plan.write_payloads(tmp_path / "out", name="payload.csv")
    assert payload.records == 1 and not payload.gzipped
    rows = list(csv.reader(io.StringIO(payload.path.read_bytes().decode("utf-8"), newline="")))
    assert rows[0][:3] == ["EmployeeIdentificationData_UserId", FIRST, "PersonData_NameData_LastName"]
    assert rows[1][:3] == ["u1", "Zoë", "Müller"]
    for seen in (read, checked):
        assert seen[-1] == 1.0 and seen == sorted(seen)
    assert set(plan.timings) == {"read", "map", "validate", "payload"}


def test_remembered_template_is_used(export, schema, tmp_path):
    store = TemplateStore(tmp_path / "templates")
    mapping = suggest_mapping(["User ID", "First Name", "Last Name", "Division", "Last Hire Date"], schema)
    mapping.assign("Last Hire Date", None)  # this administrator does not send hire dates
    store.save(mapping)
    plan = LoadPlan("chr.employee", settings=SETTINGS, schema=schema)
    plan.read(export)
    assert plan.choose_mapping(store).origin == "remembered"
    result = plan.validate()
    assert DATE not in plan.frame.columns
    assert result.n_errors == 1 and plan.payloads == []


def test_cancel(export, schema):
    plan = LoadPlan("chr.employee", settings=SETTINGS, schema=schema)
    with pytest.raises(Cancelled):
        plan.read(export, is_cancelled=lambda: True)
    plan.read(export)
    plan.choose_mapping()
    with pytest.raises(Cancelled):
        plan.validate(is_cancelled=lambda: True)
    assert plan.validation is None


def test_a_settings_change_makes_the_check_stale_and_the_next_one_uses_it(export, schema):
    plan = planned(export, schema)
    events: list[str] = []
    plan.subscribe(events.append)
    plan.validate()
    assert plan.validation.n_errors == 2
    plan.set_settings({**SETTINGS, "datetime_culture": "fr-FR"})  # day first: 2019-13-01 is still wrong...
    assert plan.stale and plan.validation is None and events[-1] == "settings"
    with pytest.raises(PlanError, match="changed since it was checked"):
        plan.payload_writer(Path("never"))
    plan.set_settings({**SETTINGS, "datetime_culture": "en-US"})  # ... and month first too
    plan.validate()
    assert not plan.stale and events[-1] == "validation"
    assert plan.validation.date_culture == "en-US"


def test_a_check_of_older_inputs_is_not_kept(export, schema):
    plan = planned(export, schema)
    check = plan.checker()  # the window: the snapshot is taken on the GUI thread ...
    plan.set_settings({"LoadPrimaryKey": 0, "datetime_culture": "en-US"})  # ... the administrator changes one
    checked = check()  # ... while the worker checks
    assert not plan.accept(checked) and plan.validation is None


def test_edits_add_up_and_the_original_value_drops_an_edit(export, schema, tmp_path):
    plan = planned(export, schema)
    plan.validate()
    plan.edit(2, FIRST, "Jane")
    assert plan.pending_edits() == {(2, FIRST): "Jane"} and plan.stale
    plan.validate()
    assert plan.validation.n_errors == 1 and plan.pending_edits() == {}
    plan.edit(3, DATE, "2019-12-31")  # a second fix, checked later: the first one is kept
    plan.validate()
    assert plan.validation.n_errors == 0 and plan.edits == {(2, FIRST): "Jane", (3, DATE): "2019-12-31"}
    [payload] = plan.write_payloads(tmp_path, name="p.csv")
    body = payload.path.read_text(encoding="utf-8")
    assert "Jane" in body and "2019-12-31" in body and payload.records == 3
    plan.edit(3, DATE, "2019-13-01")  # back to what the file says: no edit any more
    assert plan.edits == {(2, FIRST): "Jane"}


def test_excluded_and_invalid_records_stay_out_of_the_payload(export, schema, tmp_path):
    plan = planned(export, schema)
    plan.validate()
    plan.set_excluded([1], True)
    assert not plan.stale  # excluding does not change what validation says
    [empty] = plan.payload_writer(tmp_path / "none")().parts
    assert empty.records == 0  # every record left out: the header alone
    left = plan.left_out()
    assert [(row, why) for row, _id, why in left.records] == [(1, "excluded"), (2, "invalid"), (3, "invalid")]
    plan.set_excluded([1], False)
    [payload] = plan.write_payloads(tmp_path, name="p.csv")
    assert payload.records == 1


def test_more_than_the_limit_is_split_into_parts_never_truncated(export, schema, tmp_path):
    plan = planned(export, schema, settings={"LoadPrimaryKey": 0, "datetime_culture": "en-US"})
    plan.edit(2, FIRST, "Jane")
    plan.edit(3, DATE, "2019-12-31")
    plan.validate()
    parts = plan.write_payloads(tmp_path, name="p.csv", max_records=2)
    assert [p.records for p in parts] == [2, 1] and [p.path.name for p in parts] == ["p.part1.csv", "p.part2.csv"]
    imports = plan.prepared_imports(label="export")
    assert [i.record_count for i in imports] == [2, 1] and {i.load_type for i in imports} == {"chr.employee"}


@pytest.mark.parametrize("how", ["invalid", "excluded", "split"])
def test_reconcile_users_refuses_any_record_left_out(export, schema, tmp_path, how):
    """ReconcileUsers deactivates everyone missing from the payload: a record of the file left out of it,
    for whatever reason, stops the load before a payload is written."""
    plan = planned(export, schema, settings={"LoadPrimaryKey": 0, "datetime_culture": "en-US",
                                              "ReconcileUsers": "1"})
    plan.edit(2, FIRST, "Jane")
    if how != "invalid":
        plan.edit(3, DATE, "2019-12-31")
    plan.validate()
    if how == "excluded":
        plan.set_excluded([1], True)
    limit = 2 if how == "split" else 1_000
    problem = plan.reconcile_problem(max_records=limit)
    assert isinstance(problem, ReconcileLeftOutError)
    expected = {"invalid": [(3, "u3")], "excluded": [(1, "u1")], "split": [(3, "u3")]}[how]
    assert [(row, ident) for row, ident, _why in problem.left_out.records] == expected
    assert "1 record(s)" in str(problem) and "record " in str(problem) and "Nothing was sent" in str(problem)
    out = tmp_path / "payloads"
    with pytest.raises(ReconcileLeftOutError):
        plan.payload_writer(out, max_records=limit)
    assert not out.exists()
    plan.set_settings({**plan.settings, "ReconcileUsers": False})
    plan.validate()
    if how == "excluded":
        assert plan.reconcile_problem() is None


def test_mapping_origin_says_whether_a_mapping_was_guessed(schema, tmp_path):
    exact = choose_mapping(["EmployeeIdentificationData_UserId", FIRST], schema)
    assert exact.origin == "exact" and not exact.guessed and exact.confidence == 1.0
    guessed = choose_mapping(["User ID", "First Name", "Shoe size"], schema)
    assert guessed.origin == "auto" and guessed.guessed
    unsure, unmapped = guessed.guesses()
    assert unmapped == ["'Shoe size'"] and any("'User ID'" in u for u in unsure)
    given = choose_mapping(["User ID"], schema, given=guessed.mapping, template=tmp_path / "t.json")
    assert given.origin == "template" and mapping_origin(given.mapping, True) == "template"
