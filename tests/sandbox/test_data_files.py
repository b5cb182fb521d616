"""The sandbox's data files (schemas, specification, permissions, seed) and the sample files are consistent."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from csod_desktop.core.mapping import suggest_mapping
from csod_desktop.core.reading import read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate

DATA = resources.files("csod_desktop.sandbox") / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SCHEMA_KEYS = {"properties", "required", "dependencies", "definitions", "identity", "id", "type"}
STANDARD_TYPES = ["chr.employee", "ou.division", "ou.position", "ou.location", "ou.costcenter", "ou.grade",
                  "ou.legalentity"]
OU_FIELDS = {"Division": "ou.division", "Position": "ou.position", "Location": "ou.location",
             "CostCenter": "ou.costcenter", "Grade": "ou.grade", "LegalEntity": "ou.legalentity",
             "DynamicOUs_524291": "ou.customou.524291", "DynamicOUs_52971": "ou.customou.52971"}
USER_FIELDS = ["DirectManager", "Approver", "DynamicUserRelations_16384", "DynamicUserRelations_32768"]


def _json(*parts: str) -> Any:
    node = DATA
    for part in parts:
        node = node / part
    return json.loads(node.read_text(encoding="utf-8"))


def _schema_files() -> list[str]:
    return sorted(entry.name for entry in (DATA / "schemas").iterdir() if entry.name.endswith(".json"))


def _key(file_name: str) -> str:
    return file_name.removesuffix(".json")


def _load_type(key: str) -> str:
    """``ou.customou.524291`` -> ``ou.customou``; other keys are load types already."""
    return "ou.customou" if ".customou." in key else key


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return _json("seed", "manifest.json")


@pytest.fixture(scope="module")
def users() -> dict[str, dict[str, Any]]:
    records = _json("seed", "users.json")["users"]
    by_id = {u["EmployeeIdentificationData_UserId"]: u for u in records}
    assert len(by_id) == len(records), "duplicate user ids in the seed"
    return by_id


@pytest.fixture(scope="module")
def ous(manifest) -> dict[str, dict[str, dict[str, Any]]]:
    result = {}
    for key, rel in manifest["ous"].items():
        body = _json("seed", *rel.split("/"))
        assert body["load_type"] == _load_type(key)
        by_id = {ou["ouRefId"]: ou for ou in body["ous"]}
        assert len(by_id) == len(body["ous"]), f"duplicate OU ids in {rel}"
        result[key] = by_id
    return result


def test_every_load_type_has_a_schema_file():
    keys = {_key(name) for name in _schema_files()}
    assert set(STANDARD_TYPES) <= keys
    assert {"ou.customou.524291", "ou.customou.52971"} <= keys


@pytest.mark.parametrize("file_name", _schema_files())
def test_schema_file_has_the_quick_start_shape(file_name):
    body = _json("schemas", file_name)
    assert set(body) <= {"schema", "x-sandbox"}
    schema = body["schema"]
    assert SCHEMA_KEYS <= set(schema)
    assert schema["type"] == "object"
    assert schema["id"] == f"csod:{_key(file_name)}"
    props = schema["properties"]
    for name, prop in props.items():
        assert prop.get("title"), f"{name} has no title"
        assert prop.get("description"), f"{name} has no description"
        assert "type" in prop or "anyOf" in prop, f"{name} has neither type nor anyOf"
        if "maxLength" in prop:
            assert prop.get("minLength", 0) <= prop["maxLength"]
    names = set(props)
    assert set(schema["required"]) <= names
    assert set(schema["identity"]) <= names
    for name, needs in schema["dependencies"].items():
        assert name in names and set(needs) <= names, name
    for variant in body.get("x-sandbox", {}).values():
        assert set(variant["required"]) <= names and set(variant["identity"]) <= names


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if "$ref" in node else []
        return found + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


@pytest.mark.parametrize("file_name", _schema_files())
def test_schema_refs_resolve(file_name):
    schema = _json("schemas", file_name)["schema"]
    for ref in _refs(schema):
        assert ref.startswith("#/definitions/"), ref
        assert ref.removeprefix("#/definitions/") in schema["definitions"], ref
    for name, definition in schema["definitions"].items():
        assert definition["id"] == name


def test_employee_schema_matches_the_reference():
    body = _json("schemas", "chr.employee.json")
    schema = body["schema"]
    props = schema["properties"]
    # bulk-api-quick-start.txt, Step 2: required, dependencies and identity as shown.
    assert schema["required"] == ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                                  "PersonData_NameData_LastName", "Division"]
    assert schema["dependencies"]["_ActivationDt"] == ["_DeactivationDt"]
    assert schema["dependencies"]["_DeactivationDt"] == ["_ActivationDt"]
    assert schema["dependencies"]["UserType"] == ["UserSubType"]
    assert schema["identity"] == ["EmployeeIdentificationData_UserId"]
    assert body["x-sandbox"]["LoadPrimaryKey=1"]["identity"] == ["EmployeeIdentificationData_Guid"]
    assert props["EmployeeIdentificationData_UserId"] == {
        "minLength": 1, "maxLength": 100, "trim": "leftRight", "caseSensitive": False, "title": "User ID",
        "description": "Unique identifier for the user", "type": "string"}
    assert props["Gender"]["enum"] == ["female", "male", "not known", "not specified"]
    assert props["DynamicOUs_524291"]["title"] == "Employee Type"
    assert props["DynamicUserRelations_32768"]["title"] == "Compensation Specialist"
    for date_field in ("WorkerStatusData_LastHireDate", "WorkerStatusData_OriginalHireDate", "_ActivationDt",
                       "_DeactivationDt", "CF_DateField#11"):
        assert props[date_field]["format"] == "date"
    assert props["CF_NumericField#31"]["type"] == "number"
    # bulk-api-data-format.txt: the currency definition, integer and string enums not index-aligned.
    ints, strings = schema["definitions"]["currency"]["anyOf"]
    assert ints == {"enum": [1, 2, 3, 4, 5, 6], "type": "integer"}
    assert strings["enum"] == ["AUD", "EUR", "GBP", "JPY", "KRW", "USD"]
    # The quick start CSV's multi-checkbox values are valid.
    item = schema["definitions"]["CF_MultiCheckbox#47"]["anyOf"][1]["items"][0]["anyOf"][1]
    assert {"Manager", "Administrator", "IT"} <= set(item["enum"])


def _import_items() -> list[dict[str, Any]]:
    spec = _json("specification.json")
    assert spec["openapi"].startswith("3.")
    return spec["components"]["schemas"]["CreateJobRequest"]["properties"]["imports"]["items"]["oneOf"]


def test_specification_lists_every_schema_and_type_id():
    listed = set()
    for item in _import_items():
        load_type = item["properties"]["type"]["enum"][0]
        type_ids = item["properties"].get("type_id", {}).get("enum")
        listed.add(f"{load_type}.{type_ids[0]}" if type_ids else load_type)
        if load_type == "ou.customou":
            assert type_ids, "a custom OU entry without a type_id enum"
            schema = _json("schemas", f"ou.customou.{type_ids[0]}.json")["schema"]
            assert schema["title"] == item["title"]
    assert listed == {_key(name) for name in _schema_files()}


def test_specification_paths_cover_the_endpoints():
    paths = _json("specification.json")["paths"]
    for path in ("/schemas", "/specification", "/permissions", "/jobs", "/jobs/{job_id}", "/imports/{import_id}",
                 "/imports/{import_id}/report", "/imports/{import_id}/report/errors",
                 "/imports/{import_id}/report/warnings", "/imports/{import_id}/errors",
                 "/imports/{import_id}/warnings"):
        assert path in paths, path


def test_permissions_cover_every_load_type():
    body = _json("permissions.json")
    types = {p["type"] for p in body["permissions"]}
    assert types == {_load_type(_key(name)) for name in _schema_files()}
    assert {"type": "ou.division", "permission": "Bulk API - Division OU"} in body["permissions"]


def test_seed_references_resolve(users, ous):
    for user_id, user in users.items():
        for field in USER_FIELDS:
            if field in user:
                assert user[field] in users, f"{user_id}.{field} -> {user[field]}"
        for field, key in OU_FIELDS.items():
            if field in user:
                assert user[field] in ous[key], f"{user_id}.{field} -> {user[field]}"
        if user["active"]:
            for field, key in OU_FIELDS.items():
                assert ous[key][user[field]]["active"], f"active user {user_id} in inactive {field}"
    for key, by_id in ous.items():
        for ou_id, ou in by_id.items():
            assert "parentRefId" not in ou or ou["parentRefId"] in by_id, f"{key} {ou_id}"
            assert "ouOwnerRefId" not in ou or ou["ouOwnerRefId"] in users, f"{key} {ou_id}"


def test_seed_values_fit_their_schema(users, ous):
    """Every seeded value is a property of its schema, within length, and a valid enum value."""
    employee = _json("schemas", "chr.employee.json")["schema"]
    for user in users.values():
        _check_record(user, employee)
    for key, by_id in ous.items():
        schema = _json("schemas", f"{key}.json")["schema"]
        for ou in by_id.values():
            _check_record(ou, schema, status_key=None)


def _check_record(record: dict[str, Any], schema: dict[str, Any], status_key: str | None = "active") -> None:
    props = schema["properties"]
    for name in schema["required"]:
        assert record.get(name) not in (None, ""), f"{name} missing in {record}"
    for name, value in record.items():
        if name == status_key:
            assert isinstance(value, bool)
            continue
        assert name in props, name
        prop = props[name]
        if isinstance(value, str):
            assert len(value) <= prop.get("maxLength", 10**6), name
        if "enum" in prop:
            assert value in prop["enum"], (name, value)
        if prop.get("format") == "date":  # the seed's canonical date form (data/README.md, "Seed")
            dt.date.fromisoformat(value)
        if prop.get("type") in ("number", "integer"):
            float(value)  # raises on anything that is not a plain dot-decimal number
        for ref in _refs(prop):
            definition = schema["definitions"][ref.removeprefix("#/definitions/")]
            allowed = _string_enum(definition)
            assert set(value.split(";")) <= allowed, (name, value)


def _string_enum(definition: dict[str, Any]) -> set[str]:
    for option in definition["anyOf"]:
        if option.get("type") == "string" and "enum" in option:
            return set(option["enum"])
        if option.get("type") == "array":
            return _string_enum(option["items"][0])
    raise AssertionError(f"no string enum in {definition}")


def test_notable_ids(manifest, users, ous):
    notable = manifest["notable"]
    for user_id in ["903300421", "937393194", "948752281", "918634631", manifest["service_account"]]:
        assert users[user_id]["active"], user_id
    for user_id in notable["absent_users"]:
        assert user_id not in users
    for user_id in notable["inactive_users"]:
        assert users[user_id]["active"] is False
    for key, ids in notable["absent_ous"].items():
        assert not set(ids) & set(ous[key])
    for key, ids in notable["inactive_ous"].items():
        assert all(ous[key][ou_id]["active"] is False for ou_id in ids)
    assert "SUP_000012151" in ous["ou.division"] and "SUPERVISORY_ORGANIZATION-3-9286" in ous["ou.division"]
    assert 200 <= len(users) <= 1000


def test_employee_guids_are_unique(users):
    guids = [u["EmployeeIdentificationData_Guid"] for u in users.values()]
    assert len(set(guids)) == len(guids)


@pytest.mark.parametrize("file_name", _schema_files())
def test_schema_from_response_parses_every_file(file_name):
    body = _json("schemas", file_name)
    body.pop("x-sandbox", None)
    schema = Schema.from_response(body, _load_type(_key(file_name)))
    raw = body["schema"]
    assert list(schema.properties) == list(raw["properties"])
    assert tuple(schema.required) == tuple(raw["required"])
    assert tuple(schema.identity) == tuple(raw["identity"])
    for name in raw["required"]:
        assert schema.get(name).required


# ------------------------------------------------------------------------------------------------- samples


def _read_csv(name: str, encoding: str = "utf-8", delimiter: str = ",") -> list[dict[str, str]]:
    text = (SAMPLES / name).read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_quick_start_samples_are_verbatim():
    # shared/ sits beside the repository on developers' machines and in CI.
    reference = Path(__file__).resolve().parents[3] / "shared" / "reference" / "bulk-api-quick-start.txt"
    csv_text = (SAMPLES / "quickstart_employees.csv").read_bytes().decode("utf-8")
    assert csv_text.count("\r\n") == 6
    assert "Accountant, San Jose,Intern" in csv_text  # the unquoted comma stays
    if reference.exists():  # the reference lives outside the repository; check when it is there
        lines = reference.read_text(encoding="utf-8").splitlines()
        for line in csv_text.splitlines():
            assert line in lines, line
        body = (SAMPLES / "quickstart_import_body.csv").read_text(encoding="utf-8").splitlines()
        # In Step 5 the body is a shell string: its last line ends with the closing quote.
        assert body[-1] + "'" in lines and body[-1].startswith("904221052,")
    records = json.loads((SAMPLES / "quickstart_employees.json").read_text(encoding="utf-8"))
    assert [r["EmployeeIdentificationData_UserId"] for r in records] == ["johnsmith01", "janedoe02"]


def test_clean_sample_references_exist(users, ous):
    rows = _read_csv("employees.csv")
    assert 40 <= len(rows) <= 60
    ids = {r["EmployeeIdentificationData_UserId"] for r in rows}
    assert len(ids) == len(rows) and not ids & set(users)
    employee = _json("schemas", "chr.employee.json")["schema"]
    for row in rows:
        assert row["DirectManager"] in users or row["DirectManager"] in ids
        assert users.get(row["DirectManager"], {"active": True})["active"]
        assert row["DynamicUserRelations_16384"] in users
        for field, key in OU_FIELDS.items():
            if row.get(field):
                assert ous[key][row[field]]["active"], (field, row[field])
        _check_record({k: v for k, v in row.items() if v and k != "WorkerStatusData_LastHireDate"}, employee)


def test_error_sample_matches_its_expectations(users):
    rows = _read_csv("employees_with_errors.csv")
    expected = json.loads((SAMPLES / "employees_with_errors.expected.json").read_text(encoding="utf-8"))
    assert expected["records"] == len(rows)
    assert {p["rule"] for p in expected["problems"]} >= {"required", "enum", "date", "reference", "duplicate",
                                                        "dependency", "max_length"}
    for problem in expected["problems"]:
        assert rows[problem["row"] - 1][problem["column"]] == problem["value"]


def test_new_divisions_are_referenced_by_the_joiners_sample(ous):
    divisions = _read_csv("divisions.csv")
    new = {d["ouRefId"] for d in divisions}
    assert not new & set(ous["ou.division"])
    for division in divisions:
        assert division["parentRefId"] in new or division["parentRefId"] in ous["ou.division"]
    joiners = _read_csv("employees_new_divisions.csv")
    assert {j["Division"] for j in joiners} == new


def test_title_headed_export_uses_schema_titles():
    header = next(csv.reader(io.StringIO((SAMPLES / "hris_export_titles.csv").read_text(encoding="utf-8"))))
    titles = {p["title"] for p in _json("schemas", "chr.employee.json")["schema"]["properties"].values()}
    assert header[:3] == ["User ID", "First Name", "Last Name"]
    assert set(header) <= titles


def test_windows_1252_semicolon_sample():
    raw = (SAMPLES / "employees_fr_cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rows = _read_csv("employees_fr_cp1252.csv", encoding="cp1252", delimiter=";")
    assert rows[0]["PersonData_NameData_LastName"] == "Lecœur"
    assert "€" in rows[0]["CF_ShortTextBox#23"]
    assert rows[0]["CF_NumericField#31"] == "7,5"


def test_xlsx_sample_matches_the_csv():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(SAMPLES / "employees.xlsx", read_only=True)
    sheet = book["Employees"]
    values = [[("" if c is None else str(c)) for c in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    rows = _read_csv("employees.csv")
    assert values[0] == list(rows[0])
    assert values[1:] == [list(r.values()) for r in rows]


def test_update_samples_reference_seeded_users(users):
    rows = _read_csv("employees_updates.csv")
    assert len(rows) == 10 and all(r["EmployeeIdentificationData_UserId"] in users for r in rows)
    guids = {u["EmployeeIdentificationData_Guid"] for u in users.values()}
    by_guid = _read_csv("employees_guid_updates.csv")
    assert by_guid and all(r["EmployeeIdentificationData_Guid"] in guids for r in by_guid)


def test_generator_reproduces_the_committed_files(tmp_path, monkeypatch):
    """The data files are the generator's output: running it again changes no byte."""
    pytest.importorskip("openpyxl")
    script = Path(__file__).resolve().parents[2] / "build_scripts" / "make_sandbox_seed.py"
    spec = importlib.util.spec_from_file_location("make_sandbox_seed", script)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    monkeypatch.setattr(generator, "DATA", tmp_path / "data")
    monkeypatch.setattr(generator, "SAMPLES", tmp_path / "samples")
    generator.write_samples(*generator.write_data())
    committed = {"data": Path(str(DATA)), "samples": SAMPLES}
    for kind, root in committed.items():
        generated = sorted(p.relative_to(tmp_path / kind) for p in (tmp_path / kind).rglob("*") if p.is_file())
        assert generated, kind
        for rel in generated:
            assert (root / rel).read_bytes() == (tmp_path / kind / rel).read_bytes(), f"{kind}/{rel} differs"


# The samples promise what the client-side checks find before anything is sent (core.validation): the
# clean files have no error, and the planted file has exactly its planted errors, except the references
# to users and OUs that only the portal can resolve (on the client they are "must already exist" warnings).
CLIENT_CASES = [
    ("employees.csv", {"datetime_culture": "en-US"}),
    ("employees.xlsx", {"datetime_culture": "en-US"}),
    ("hris_export_titles.csv", {"datetime_culture": "en-US"}),
    ("employees_new_divisions.csv", {"datetime_culture": "en-US"}),
    ("employees_updates.csv", {"datetime_culture": "en-US"}),
    ("employees_guid_updates.csv", {"LoadPrimaryKey": 1}),
    ("employees_fr_cp1252.csv", {"datetime_culture": "fr-FR", "number_culture": "fr-FR"}),
    ("employees_with_errors.csv", {"datetime_culture": "en-US"}),
]


@pytest.mark.parametrize(("name", "settings"), CLIENT_CASES, ids=[c[0] for c in CLIENT_CASES])
def test_client_checks_find_the_documented_errors(name, settings):
    body = _json("schemas", "chr.employee.json")
    body.pop("x-sandbox")
    schema = Schema.from_response(body, "chr.employee")
    table = read_table(SAMPLES / name)
    mapping = suggest_mapping(table.frame.columns, schema)
    assert mapping.unmapped_sources() == []
    result = validate(mapping.apply(table.frame), schema, settings)
    found = {(p.row, p.column, p.rule) for p in result.problem_list() if p.severity == "error"}
    expected: set[tuple[int, str, str]] = set()
    if name == "employees_with_errors.csv":
        planted = json.loads((SAMPLES / "employees_with_errors.expected.json").read_text(encoding="utf-8"))
        expected = {(p["row"], p["column"], p["rule"]) for p in planted["problems"]
                    if p["severity"] == "error" and p["rule"] != "reference"}
    assert found == expected
