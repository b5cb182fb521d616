"""The quick start's seven steps, sent as plain HTTP requests to the sandbox, answer as the reference documents.

Each step follows ``shared/reference/bulk-api-quick-start.txt``; the example payloads are the sample files
``resources/samples/quickstart_*`` (verbatim copies), and the errors they must produce follow from the seed
(``csod_desktop/sandbox/data/README.md``, "What the quick start examples do against this seed").
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
DATA = Path(__file__).resolve().parents[2] / "csod_desktop" / "sandbox" / "data"
API = "/services/api/x/bulk-api/v1"
TOKEN_PATH = "/services/api/oauth2/token"
# The quick start's Step 1 scope, plus the specification and permission scopes (bulk-api-facts.md).
SCOPE = ("bulkapijob:read bulkapiimport:read bulkapischema:read bulkapijob:create bulkapiimport:load "
         "bulkapispecification:read bulkapipermission:read")
# Step 4's settings, verbatim (lower-case keys included: setting names are case-insensitive).
EMPLOYEE_SETTINGS = {"loadprimarykey": 0, "reconcileusers": False, "AllowInactiveOus": True,
                     "AllowInactiveUsers": True, "use_default_when_missing": True, "default_culture": "en-US",
                     "datetime_culture": "en-US", "number_culture": "en-US"}
TRUE_FLAGS = {"true", "yes", "loaded", "1", "y"}


class Portal:
    """Just enough of a client to follow the quick start with httpx, nothing from csod_desktop.api."""

    def __init__(self, root_url: str) -> None:
        self.http = httpx.Client(base_url=root_url.rstrip("/"), timeout=30)
        self.token: str | None = None

    def close(self) -> None:
        self.http.close()

    def get_token(self, scope: str = SCOPE, secret: str = "demo-secret") -> httpx.Response:
        return self.http.post(TOKEN_PATH, json={"clientId": "demo-client", "clientSecret": secret,
                                                "grantType": "client_credentials", "scope": scope})

    def login(self) -> None:
        response = self.get_token()
        assert response.status_code == 200, response.text
        self.token = response.json()["access_token"]

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return self.http.request(method, API + path, headers=headers, **kwargs)

    def create_job(self, imports: list[dict[str, Any]], label: str = "HRIS Sync") -> dict[str, Any]:
        response = self.call("POST", "/jobs", json={"label": label, "imports": imports})
        assert response.status_code == 201, response.text
        return response.json()

    def post_import(self, import_id: str, body: bytes, content_type: str = "text/csv") -> dict[str, Any]:
        response = self.call("POST", f"/imports/{import_id}", content=body, headers={"Content-Type": content_type})
        assert response.status_code == 202, response.text
        return response.json()

    def wait_completed(self, job_id: str, timeout: float = 20.0) -> dict[str, Any]:
        """Step 6: poll the job until every import reports a final status."""
        deadline = time.monotonic() + timeout
        while True:
            response = self.call("GET", f"/jobs/{job_id}")
            assert response.status_code == 200, response.text
            body = response.json()
            statuses = [imp["status"] for imp in body["imports"]]
            if all(s.lower() not in {"created", "queued", "processing", "ready", "pending"} for s in statuses):
                return body
            assert time.monotonic() < deadline, f"job still running: {body}"
            time.sleep(0.05)

    def report(self, import_id: str, variant: str = "") -> httpx.Response:
        """Step 7; right after completion /report may answer 404 for a while (bulk-api-facts.md)."""
        deadline = time.monotonic() + 10
        while True:
            response = self.call("GET", f"/imports/{import_id}/report{variant}")
            if response.status_code != 404 or time.monotonic() > deadline:
                return response
            time.sleep(0.1)


@pytest.fixture
def portal(sandbox):
    client = Portal(sandbox.root_url)
    client.login()
    yield client
    client.close()


def _sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def _import_id(item: dict[str, Any]) -> str:
    return item.get("import_id") or item["id"]


def _report_rows(response: httpx.Response) -> tuple[list[str], list[dict[str, str]]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    reader = csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    header = next(reader)
    return header, [dict(zip(header, row)) for row in reader if row]


def _loaded(row: dict[str, str]) -> bool:
    return row["Loaded"].strip().lower() in TRUE_FLAGS


def _load(portal: Portal, body: bytes, content_type: str = "text/csv",
          settings: dict[str, Any] | None = None) -> tuple[dict[str, Any], str]:
    job = portal.create_job([{"type": "chr.employee", "label": "user load",
                              "settings": settings or EMPLOYEE_SETTINGS}])
    import_id = job["imports"][0]["import_id"]
    portal.post_import(import_id, body, content_type)
    status = portal.wait_completed(job["job_id"])
    return status["imports"][0], import_id


# ----------------------------------------------------------------------------------------- step 1: token


def test_step1_token(sandbox):
    portal = Portal(sandbox.root_url)
    try:
        response = portal.get_token()
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        body = response.json()
        assert body["access_token"].startswith("ZWRnZQ:")
        assert body["expires_in"] == 3600
        assert body["token_type"].lower() == "bearer"
        assert set(body["scope"].split()) == set(SCOPE.split())
        assert portal.get_token(secret="wrong").status_code == 400
        # Without a token every Bulk API call is refused.
        assert portal.http.post(API + "/schemas", json={"type": "chr.employee"}).status_code == 401
    finally:
        portal.close()


# ---------------------------------------------------------------------------------------- step 2: schema


def _schema_file(name: str) -> dict[str, Any]:
    body = json.loads((DATA / "schemas" / name).read_text(encoding="utf-8"))
    body.pop("x-sandbox", None)
    return body


def test_step2_schema(portal):
    response = portal.call("POST", "/schemas", json={"type": "chr.employee",
                                                     "settings": {"LoadPrimaryKey": 0, "default_culture": "en-US"}})
    assert response.status_code == 200
    body = response.json()
    assert "x-sandbox" not in body
    assert body == _schema_file("chr.employee.json")
    schema = body["schema"]
    assert schema["id"] == "csod:chr.employee" and schema["identity"] == ["EmployeeIdentificationData_UserId"]
    assert schema["dependencies"]["_ActivationDt"] == ["_DeactivationDt"]


def test_step2_schema_with_guid_primary_key(portal):
    # Quick start, Step 2: LoadPrimaryKey 1 adjusts the required fields; only the GUID identifies the record.
    response = portal.call("POST", "/schemas", json={"type": "chr.employee", "settings": {"LoadPrimaryKey": 1}})
    assert response.status_code == 200
    schema = response.json()["schema"]
    assert schema["identity"] == ["EmployeeIdentificationData_Guid"]
    assert schema["required"] == ["EmployeeIdentificationData_Guid"]
    assert schema["dependencies"] == _schema_file("chr.employee.json")["schema"]["dependencies"]


def test_step2_custom_ou_schema_by_type_id(portal):
    # bulk-api-data-format.txt, "Custom OUs": the type_id comes from the specification's CreateJobRequest.
    spec = portal.call("GET", "/specification")
    assert spec.status_code == 200
    items = spec.json()["components"]["schemas"]["CreateJobRequest"]["properties"]["imports"]["items"]["oneOf"]
    type_ids = [i["properties"]["type_id"]["enum"][0] for i in items if "type_id" in i["properties"]]
    assert 524291 in type_ids
    for type_id in type_ids:
        response = portal.call("POST", "/schemas", json={"type": "ou.customou", "type_id": type_id})
        assert response.status_code == 200
        assert response.json() == _schema_file(f"ou.customou.{type_id}.json")
    assert portal.call("POST", "/schemas", json={"type": "ou.customou", "type_id": 1}).status_code in (400, 404)
    permissions = portal.call("GET", "/permissions")
    assert permissions.status_code == 200
    assert {"type": "ou.division", "permission": "Bulk API - Division OU"} in permissions.json()["permissions"]


# ---------------------------------------------------------------------------------------- step 4: job


def test_step4_create_job(portal):
    response = portal.call("POST", "/jobs", json={
        "label": "HRIS Sync", "imports": [{"type": "chr.employee", "label": "user load", "settings": EMPLOYEE_SETTINGS}]})
    assert response.status_code == 201
    body = response.json()
    assert re.fullmatch(r"[0-9a-f-]{36}", body["job_id"])
    assert body["label"] == "HRIS Sync"
    assert body["status"] == "ready"
    assert body["owner_ref"] == "bulk-apis-service-account"
    assert isinstance(body["remaining_capacity"], int)
    assert body["status_url"] == f"{API}/jobs/{body['job_id']}"
    assert body["create_date"]
    (imp,) = body["imports"]
    assert imp["type"] == "chr.employee" and imp["label"].lower() == "user load"
    assert re.fullmatch(r"[0-9a-f-]{36}", imp["import_id"])
    assert isinstance(imp["remaining_capacity"], int)


def test_step4_http_callback_is_refused(portal):
    # Quick start, Step 4: "Including an HTTP endpoint in this field will result in a validation error."
    response = portal.call("POST", "/jobs", json={"label": "HRIS Sync", "callback": "http://www.acme.com/cb",
                                                  "imports": [{"type": "chr.employee", "settings": {}}]})
    assert response.status_code == 400


# ------------------------------------------------------------------------ steps 5-7 with the reference CSV


def test_steps5_to_7_quick_start_csv(portal, sandbox):
    job = portal.create_job([{"type": "chr.employee", "label": "user load", "settings": EMPLOYEE_SETTINGS}])
    import_id = job["imports"][0]["import_id"]
    # Step 5.
    body = _sample("quickstart_employees.csv")
    accepted = portal.post_import(import_id, body)
    assert accepted["message"] == "request received"
    assert accepted["import_id"] == import_id
    assert isinstance(accepted["remaining_capacity"], int)
    assert accepted["report_url"].startswith(f"{API}/imports/{import_id}")
    # Step 6.
    status = portal.wait_completed(job["job_id"])
    assert (status.get("jobId") or status.get("job_id")) == job["job_id"]
    (imp,) = status["imports"]
    assert _import_id(imp) == import_id
    assert imp["status"] == "Completed"
    assert imp["error_status"] is None
    assert imp["total_records"] == 5
    assert imp["error_records"] == 4
    assert imp["successful_records_with_warnings"] == 1
    assert imp["successful_records"] + imp["error_records"] in (5, 4)  # with or without the warning record
    # Step 7: the header of the payload plus the flags, and only the records with errors or warnings.
    header, rows = _report_rows(portal.report(import_id))
    payload_header = body.decode("utf-8").splitlines()[0].split(",")
    assert header[: len(payload_header)] == payload_header
    assert {"Loaded", "Errors", "Warnings"} <= set(header)
    by_id = {row["EmployeeIdentificationData_UserId"]: row for row in rows}
    assert set(by_id) == {"johnsmith01", "janedoe02", "rajkumar01", "jamesanderson", "904321062"}
    for user_id in ("johnsmith01", "janedoe02", "rajkumar01", "jamesanderson"):
        assert not _loaded(by_id[user_id])
        assert "SUPERVISORY_ORGANIZATION-3-9244" in by_id[user_id]["Errors"]
        # The manager 904321062 is loaded by the same payload: no error about it.
        assert "904321062" not in by_id[user_id]["Errors"]
    # Location "OR" is unknown too (the lookarounds keep "SUPERVISORY_ORGANIZATION" from matching).
    assert re.search(r"(?<![A-Za-z_-])OR(?![A-Za-z_-])", by_id["rajkumar01"]["Errors"])
    aime = by_id["904321062"]
    assert _loaded(aime) and not aime["Errors"].strip()
    assert "987798693" in aime["Warnings"]  # custom relation to nobody: loaded, relation skipped
    # The errors and warnings variants, under both documented spellings.
    for variant in ("/errors", "/warnings"):
        for path in (f"/imports/{import_id}/report{variant}", f"/imports/{import_id}{variant}"):
            _header, part = _report_rows(portal.call("GET", path))
            ids = {row["EmployeeIdentificationData_UserId"] for row in part}
            expected = {"904321062"} if variant == "/warnings" else set(by_id) - {"904321062"}
            assert ids == expected, (path, ids)
    # The portal now holds Aime Jones, and none of the records that failed.
    stored = httpx.get(f"{sandbox.root_url.rstrip('/')}/_sandbox/users/904321062")
    assert stored.status_code == 200
    assert httpx.get(f"{sandbox.root_url.rstrip('/')}/_sandbox/users/johnsmith01").status_code == 404


def test_step5_body_manager_is_unknown(portal):
    # Step 5's body ends with 904221052, so nobody provides manager 904321062 (a standard relation: an error).
    imp, import_id = _load(portal, _sample("quickstart_import_body.csv"))
    assert imp["error_records"] == 4
    _header, rows = _report_rows(portal.report(import_id))
    by_id = {row["EmployeeIdentificationData_UserId"]: row for row in rows}
    assert "904321062" in by_id["johnsmith01"]["Errors"]
    assert "904321062" in by_id["janedoe02"]["Errors"]
    assert "904321062" not in by_id["rajkumar01"]["Errors"]


def test_quick_start_json(portal):
    imp, import_id = _load(portal, _sample("quickstart_employees.json"), "application/json")
    assert imp["status"] == "Completed"
    assert imp["total_records"] == 2
    assert imp["error_records"] == 2
    _header, rows = _report_rows(portal.report(import_id))
    assert {row["EmployeeIdentificationData_UserId"] for row in rows} == {"johnsmith01", "janedoe02"}
    for row in rows:
        assert "904321062" in row["Errors"] and not _loaded(row)


# ----------------------------------------------------------------------------- the sample files load as documented


def test_clean_sample_loads_clean(portal, sandbox):
    body = _sample("employees.csv")
    imp, import_id = _load(portal, body)
    assert (imp["total_records"], imp["error_records"], imp["successful_records_with_warnings"]) == (50, 0, 0)
    assert imp["successful_records"] == 50
    header, rows = _report_rows(portal.report(import_id))
    assert rows == []  # a clean import's report is the header alone
    assert header[:19] == body.decode("utf-8").splitlines()[0].split(",")
    assert httpx.get(f"{sandbox.root_url.rstrip('/')}/_sandbox/users/E10050").status_code == 200


def test_new_divisions_and_their_employees_in_one_job(portal, sandbox):
    # bulk-api-data-format.txt: a reference may point to a record of another import of the same job.
    job = portal.create_job([
        {"type": "ou.division", "label": "divisions", "settings": {"AllowInactiveOuAndUser": False}},
        {"type": "chr.employee", "label": "joiners", "settings": EMPLOYEE_SETTINGS}])
    division_import, employee_import = (i["import_id"] for i in job["imports"])
    portal.post_import(division_import, _sample("divisions.csv"))
    portal.post_import(employee_import, _sample("employees_new_divisions.csv"))
    status = portal.wait_completed(job["job_id"])
    for imp in status["imports"]:
        assert imp["status"] == "Completed" and imp["error_records"] == 0, imp
    stored = httpx.get(f"{sandbox.root_url.rstrip('/')}/_sandbox/ous/ou.division/SUP_000012183")
    assert stored.status_code == 200
    assert stored.json()["parentRefId"] == "SUP_000012182"


def test_planted_errors_are_reported(portal):
    expected = json.loads(_sample("employees_with_errors.expected.json"))
    settings = {**EMPLOYEE_SETTINGS, **expected["settings"]}
    imp, import_id = _load(portal, _sample("employees_with_errors.csv"), settings=settings)
    error_rows = {p["row"] for p in expected["problems"] if p["severity"] == "error"}
    warning_rows = {p["row"] for p in expected["problems"] if p["severity"] == "warning"} - error_rows
    assert imp["total_records"] == expected["records"]
    assert imp["error_records"] == len(error_rows)
    assert imp["successful_records_with_warnings"] == len(warning_rows)
    _header, rows = _report_rows(portal.report(import_id))
    ids = [f"E{20000 + r}" for r in sorted(error_rows | warning_rows)]
    reported = [row["EmployeeIdentificationData_UserId"] for row in rows]
    # Row 12 repeats row 2's id: the first occurrence loads, the duplicate is the error.
    ids[ids.index("E20012")] = "E20002"
    assert sorted(reported) == sorted(ids)


def test_updates_by_user_id_and_by_guid(portal, sandbox):
    control = sandbox.root_url.rstrip("/") + "/_sandbox/users/"
    rows = list(csv.DictReader(io.StringIO(_sample("employees_updates.csv").decode("utf-8"))))
    imp, _ = _load(portal, _sample("employees_updates.csv"))
    assert (imp["total_records"], imp["error_records"]) == (10, 0)
    for row in rows[5:]:
        stored = httpx.get(control + row["EmployeeIdentificationData_UserId"]).json()
        assert (stored["Location"], stored["Grade"]) == (row["Location"], row["Grade"])
    # LoadPrimaryKey 1 (quick start, Step 2): the GUID identifies the record, every other field is optional.
    imp, _ = _load(portal, _sample("employees_guid_updates.csv"), settings={**EMPLOYEE_SETTINGS, "loadprimarykey": 1})
    assert (imp["total_records"], imp["error_records"]) == (5, 0)
    seed = json.loads((DATA / "seed" / "users.json").read_text(encoding="utf-8"))["users"]
    by_guid = {u["EmployeeIdentificationData_Guid"]: u["EmployeeIdentificationData_UserId"] for u in seed}
    for row in csv.DictReader(io.StringIO(_sample("employees_guid_updates.csv").decode("utf-8"))):
        stored = httpx.get(control + by_guid[row["EmployeeIdentificationData_Guid"]]).json()
        assert stored["Grade"] == row["Grade"]


def test_custom_ou_import_by_type_id(portal, sandbox):
    # bulk-api-data-format.txt, "Custom OUs": the job's import names the custom OU type by its type_id.
    job = portal.create_job([{"type": "ou.customou", "type_id": 524291, "label": "employee types",
                              "settings": {"AllowInactiveOuAndUser": False}}])
    import_id = job["imports"][0]["import_id"]
    portal.post_import(import_id, _sample("employee_types_524291.csv"))
    (imp,) = portal.wait_completed(job["job_id"])["imports"]
    assert (imp["status"], imp["total_records"], imp["error_records"]) == ("Completed", 2, 0)
    stored = httpx.get(f"{sandbox.root_url.rstrip('/')}/_sandbox/ous/ou.customou.524291/Apprentice")
    assert stored.status_code == 200 and stored.json()["parentRefId"] == "Intern"
