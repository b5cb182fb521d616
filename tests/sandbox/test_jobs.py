"""Job creation, status and listing, and the capacity limits (bulk-api-facts.md, "Capacity and data limits")."""

from __future__ import annotations

import datetime as dt

from sandbox_http import API, Api, division_csv

STANDARD_TYPES = ["chr.employee", "ou.division", "ou.position", "ou.location", "ou.costcenter", "ou.grade",
                  "ou.legalentity"]
CUSTOM = {"type": "ou.customou", "type_id": 524291}


def test_job_answer_has_the_quick_start_shape(api: Api) -> None:
    job = api.create_job({"type": "chr.employee", "label": "User Load", "settings": {"LoadPrimaryKey": 0}}, CUSTOM)
    assert set(job) == {"job_id", "create_date", "owner_ref", "status", "label", "remaining_capacity", "imports",
                        "status_url"}
    assert job["status"] == "ready" and job["remaining_capacity"] == 50
    assert job["status_url"] == f"{API}/jobs/{job['job_id']}"
    assert dt.datetime.fromisoformat(job["create_date"]).tzinfo is not None
    employee, custom = job["imports"]
    assert employee["label"] == "User Load" and employee["remaining_capacity"] == 5
    assert custom["type"] == "ou.customou" and custom["type_id"] == 524291 and custom["remaining_capacity"] == 15
    status = api.status(job["job_id"])
    assert status["jobId"] == job["job_id"]
    assert [i["id"] for i in status["imports"]] == [employee["import_id"], custom["import_id"]]
    assert status["imports"][0] == {"id": employee["import_id"], "status": "Created", "total_records": 0,
                                    "successful_records": 0, "successful_records_with_warnings": 0,
                                    "error_records": 0, "error_status": None}


def test_twenty_imports_per_job(api: Api) -> None:
    assert len(api.create_job(*[{"type": "ou.grade"}] * 20)["imports"]) == 20
    refused = api.call("POST", "/jobs", json={"imports": [{"type": "ou.grade"}] * 21})
    assert refused.status_code == 400
    assert "20" in refused.json()["error"]["message"]


def test_job_requests_that_break_the_rules(api: Api) -> None:
    for body in [{"imports": []}, {"imports": [{"type": "chr.nothing"}]}, {"label": "no imports"},
                 {"imports": [{"type": "ou.customou"}]}, {"imports": [{"type": "ou.customou", "type_id": 1}]},
                 {"imports": [{"type": "ou.grade"}], "callback": "http://www.acme.com/cb"},
                 {"imports": [{"type": "ou.grade"}], "callback": "not a url"}]:
        response = api.call("POST", "/jobs", json=body)
        assert response.status_code == 400, body
        assert response.json()["status"] == "400"
    for settings in [{"LoadPrimaryKey": 2}, {"datetime_culture": "de-DE"}, {"number_culture": "xx"},
                     {"ReconcileUsers": "maybe"}]:
        response = api.call("POST", "/jobs", json={"imports": [{"type": "chr.employee", "settings": settings}]})
        assert response.status_code == 400, settings
    # Step 4's own spelling and case are fine.
    api.create_job({"type": "chr.employee", "settings": {"loadprimarykey": "1", "reconcileusers": "false",
                                                         "datetime_culture": "en-gb", "AllowInactiveOus": True}})
    assert api.call("POST", "/jobs", content=b"{oops", headers={"Content-Type": "application/json"}).status_code == 400
    assert api.call("GET", "/jobs/no-such-job").status_code == 404
    api.create_job({"type": "ou.grade"}, callback="https://www.acme.com/csod-bulkapi-callback?t=1")


def test_five_concurrent_imports_per_load_type(api: Api) -> None:
    api.control("config", {"processing_seconds": 3600})  # imports stay queued: capacity stays taken
    job = api.create_job(*[{"type": "ou.division"}] * 6, {"type": "ou.grade"})
    ids = [i["import_id"] for i in job["imports"]]
    for n, import_id in enumerate(ids[:5]):
        assert api.post_import(import_id, division_csv(f"D{n}")).json()["remaining_capacity"] == 4 - n
    refused = api.post_import(ids[5], division_csv("D5"), expect=429)
    assert "capacity" in refused.json()["error"]["message"].lower()
    assert api.create_job({"type": "ou.division"})["imports"][0]["remaining_capacity"] == 0
    # Another load type has its own capacity.
    api.post_import(ids[6], b"ouRefId,ouName\r\nG99,Grade 99\r\n")
    # Capacity comes back when an import completes.
    api.control("config", {"processing_seconds": 0})
    api.control("clock", {"advance_seconds": 3601})
    api.login()
    _wait_first_five(api, job["job_id"])
    api.post_import(ids[5], division_csv("D5"))


def _wait_first_five(api: Api, job_id: str) -> None:
    import time

    deadline = time.monotonic() + 20
    while any(i["status"] != "Completed" for i in api.status(job_id)["imports"][:5]):
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_fifteen_concurrent_custom_ou_imports(api: Api) -> None:
    api.control("config", {"processing_seconds": 3600})
    job = api.create_job(*[{"type": "ou.customou", "type_id": 52971}] * 10,
                         *[{"type": "ou.customou", "type_id": 524291}] * 6)
    ids = [i["import_id"] for i in job["imports"]]
    for n, import_id in enumerate(ids[:15]):
        response = api.post_import(import_id, f"ouRefId,ouName\r\nR{n},Region {n}\r\n".encode())
        assert response.json()["remaining_capacity"] == 14 - n
    api.post_import(ids[15], b"ouRefId,ouName\r\nX,X\r\n", expect=429)


def test_fifty_queued_jobs(api: Api) -> None:
    """Capacity is taken when data is posted; 7 standard types x 5 + 15 custom OUs fill exactly 50 jobs."""
    api.control("config", {"processing_seconds": 3600})
    spare = api.create_job({"type": "ou.grade"})  # created early, uses no capacity until data arrives
    kinds = [{"type": t} for t in STANDARD_TYPES for _ in range(5)] + [CUSTOM] * 15
    for n, kind in enumerate(kinds):
        job = api.create_job(kind)
        assert job["remaining_capacity"] == 50 - n
        key = "EmployeeIdentificationData_UserId" if kind["type"] == "chr.employee" else "ouRefId"
        api.post_import(job["imports"][0]["import_id"], f"{key}\r\nX{n}\r\n".encode())
    refused = api.call("POST", "/jobs", json={"imports": [{"type": "ou.grade"}]})
    assert refused.status_code == 429
    assert "capacity" in refused.json()["error"]["message"].lower()
    # The job created before the queue filled cannot start either.
    api.post_import(spare["imports"][0]["import_id"], b"ouRefId\r\nZ\r\n", expect=429)


def test_list_jobs_by_date_and_page(api: Api) -> None:
    first = api.create_job({"type": "ou.grade"})
    api.control("clock", {"advance_seconds": 3 * 86400})
    api.login()  # the clock moved past the token's hour
    later = [api.create_job({"type": "ou.grade"})["job_id"] for _ in range(3)]
    today = dt.datetime.fromisoformat(api.control("clock")["now"]).date()
    start = today - dt.timedelta(days=3)
    everything = api.call("GET", "/jobs", params={"job_create_from_date": start.isoformat(),
                                                  "job_create_to_date": today.isoformat()}).json()
    assert everything["total_count"] == 4
    assert [j["job_id"] for j in everything["jobs"]] == [*reversed(later), first["job_id"]]  # newest first
    assert set(everything["jobs"][0]) >= {"job_id", "label", "create_date", "status", "imports"}
    recent = api.call("GET", "/jobs", params={"job_create_from_date": today.isoformat(),
                                              "job_create_to_date": today.isoformat(),
                                              "page_number": 2, "page_size": 2}).json()
    assert (recent["total_count"], recent["page_number"], recent["page_size"]) == (3, 2, 2)
    assert [j["job_id"] for j in recent["jobs"]] == [later[0]]
    assert api.call("GET", "/jobs", params={"page_size": 0}).status_code == 400
    assert api.call("GET", "/jobs", params={"job_create_from_date": "yesterday"}).status_code == 400
