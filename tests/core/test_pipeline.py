"""prepare_load: a file to a validated payload in one call, with templates, progress and cancel."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import csod_desktop
from csod_desktop.core.mapping import suggest_mapping
from csod_desktop.core.pipeline import prepare_load
from csod_desktop.core.schema import Schema
from csod_desktop.core.templates import TemplateStore
from csod_desktop.errors import Cancelled

SCHEMA_FILE = Path(csod_desktop.__file__).parent / "sandbox" / "data" / "schemas" / "chr.employee.json"
SETTINGS = {"LoadPrimaryKey": 0, "datetime_culture": "en-GB"}


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


def test_file_to_payload(export, schema, tmp_path):
    seen: list[float] = []
    prepared = prepare_load(export, schema, SETTINGS, out_path=tmp_path / "out" / "payload.csv", progress=seen.append)
    assert prepared.table.encoding == "windows-1252" and prepared.table.delimiter == ";"
    assert prepared.mapping.missing_required(schema) == []
    assert prepared.validation.n_errors == 2 and prepared.sendable
    rules = set(prepared.validation.problems.filter(prepared.validation.problems["severity"] == "error")["rule"])
    assert rules == {"required", "date"}
    [payload] = prepared.payloads
    assert payload.records == 1 and not payload.gzipped
    rows = list(csv.reader(io.StringIO(payload.path.read_bytes().decode("utf-8"), newline="")))
    assert rows[0][:3] == ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName", "PersonData_NameData_LastName"]
    assert rows[1][:3] == ["u1", "Zoë", "Müller"]
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert set(prepared.timings) == {"read", "map", "validate", "payload"}


def test_remembered_template_is_used(export, schema, tmp_path):
    store = TemplateStore(tmp_path / "templates")
    mapping = suggest_mapping(["User ID", "First Name", "Last Name", "Division", "Last Hire Date"], schema)
    mapping.assign("Last Hire Date", None)  # this administrator does not send hire dates
    store.save(mapping)
    prepared = prepare_load(export, schema, SETTINGS, templates=store)
    assert "WorkerStatusData_LastHireDate" not in prepared.frame.columns
    assert prepared.validation.n_errors == 1 and prepared.payloads == []


def test_cancel(export, schema):
    with pytest.raises(Cancelled):
        prepare_load(export, schema, SETTINGS, is_cancelled=lambda: True)
