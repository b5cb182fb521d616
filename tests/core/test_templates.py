"""Mapping templates: saved as readable JSON per load type, remembered by header layout; blank templates."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl
import pytest

import csod_desktop
from csod_desktop import paths
from csod_desktop.core.mapping import suggest_mapping
from csod_desktop.core.reading import read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.templates import TemplateStore, write_blank_template
from csod_desktop.errors import TemplateError

SCHEMA_FILE = Path(csod_desktop.__file__).parent / "sandbox" / "data" / "schemas" / "chr.employee.json"


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.from_response(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), "chr.employee")


def test_saved_template_is_readable_json_under_the_load_type(schema, isolated_home):
    store = TemplateStore()
    assert store.root == paths.templates_dir()
    mapping = suggest_mapping(["Matricule", "Prénom", "Nom"], schema)
    mapping.assign("Matricule", "EmployeeIdentificationData_UserId")
    mapping.assign("Prénom", "PersonData_NameData_FirstName")
    mapping.assign("Nom", "PersonData_NameData_LastName")
    mapping.set_constant("Division", "DIV-FR")
    path = store.save(mapping, name="HRIS export (France)")
    assert path.parent == store.root / "chr.employee" and path.name == "HRIS_export_France.json"
    text = path.read_text(encoding="utf-8")
    assert "\n  " in text and "Prénom" in text  # indented, accents kept as they are
    data = json.loads(text)
    assert data["columns"]["Matricule"] == "EmployeeIdentificationData_UserId"
    assert data["constants"] == {"Division": "DIV-FR"} and data["name"] == "HRIS export (France)"
    assert store.load(path).columns == mapping.columns


def test_same_export_reordered_next_month_maps_itself(schema, tmp_path):
    store = TemplateStore(tmp_path / "templates")
    november = tmp_path / "november.csv"
    november.write_text("Matricule,Prénom,Nom,Site\n1,Ann,Lee,Paris\n", encoding="utf-8")
    table = read_table(november)
    mapping = suggest_mapping(table.headers, schema)
    mapping.assign("Matricule", "EmployeeIdentificationData_UserId")
    mapping.assign("Prénom", "PersonData_NameData_FirstName")
    mapping.assign("Nom", "PersonData_NameData_LastName")
    mapping.assign("Site", "Location")
    store.save(mapping)

    december = tmp_path / "december.csv"
    december.write_text("Site;NOM;Matricule;Prénom\nLyon;Roe;2;Bob\n", encoding="cp1252")
    table = read_table(december)
    remembered = store.remembered("chr.employee", table.headers)
    assert remembered is not None
    assert remembered.columns == {
        "Site": "Location", "NOM": "PersonData_NameData_LastName", "Matricule": "EmployeeIdentificationData_UserId",
        "Prénom": "PersonData_NameData_FirstName"}
    assert {m.method for m in remembered.matches} == {"template"}
    out = remembered.apply(table.frame, schema)
    assert out.row(0, named=True) == {
        "EmployeeIdentificationData_UserId": "2", "PersonData_NameData_FirstName": "Bob",
        "PersonData_NameData_LastName": "Roe", "Location": "Lyon"}
    assert store.remembered("chr.employee", ["Matricule", "Prénom"]) is None
    assert store.remembered("ou.division", table.headers) is None


def test_damaged_templates(tmp_path, schema):
    store = TemplateStore(tmp_path)
    bad = store.folder("chr.employee") / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid JSON"):
        store.load(bad)
    with pytest.raises(TemplateError):
        store.load(tmp_path / "missing.json")
    assert store.remembered("chr.employee", ["a"]) is None  # a damaged file does not break the search


def test_blank_template(schema, tmp_path):
    csv_path, guide = write_blank_template(schema, tmp_path / "employees-template.csv")
    raw = csv_path.read_bytes()
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == 1 and not raw.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(raw.decode("utf-8").splitlines()))
    assert header == list(schema.properties)
    text = guide.read_text(encoding="utf-8")
    assert guide.name == "employees-template.guide.md"
    assert "| `EmployeeIdentificationData_UserId` | User ID | yes |" in text
    assert "female, male, not known, not specified" in text
    assert "`_ActivationDt`" in text and "Required together" in text
    # The blank template reads back through our own reader with no record.
    table = read_table(csv_path)
    assert table.headers == header and table.frame.height == 0
    assert isinstance(table.frame, pl.DataFrame)
