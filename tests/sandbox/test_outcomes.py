"""How the portal applies a processing outcome: upserts, ReconcileUsers, counts, report, failed payloads.

``process_import`` is replaced by a scripted one (the server runs in this process), so these tests pin the
sandbox's side of the interface whatever the validation decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from sandbox_http import Api
from csod_desktop.sandbox import processing

EMPLOYEE_CSV = b"EmployeeIdentificationData_UserId,PersonData_NameData_FirstName\r\nNEW1,Nina\r\n"


@dataclass
class Scripted:
    header: list[str]
    upserts: list[dict[str, Any]] = field(default_factory=list)
    deactivate: list[str] = field(default_factory=list)
    error_status: str | None = None
    total_records: int = 1
    successful_records: int = 1
    successful_records_with_warnings: int = 0
    error_records: int = 0

    def report_csv(self) -> bytes:
        return (",".join(self.header + ["Loaded", "Errors", "Warnings"]) + "\r\nx,False,bad,\r\n").encode()


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Outcomes (or exceptions) handed out in order; the calls' arguments are recorded."""
    queue: list[Any] = []
    calls: list[dict[str, Any]] = []

    def process_import(load_type, schema, settings, body, content_type, portal, job_refs):  # noqa: ANN001
        calls.append({"load_type": load_type, "schema": schema, "settings": settings, "body": body,
                      "content_type": content_type, "portal": portal, "job_refs": job_refs})
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    monkeypatch.setattr(processing, "process_import", process_import)
    queue.append(calls)  # the first element is the call log
    return queue


def test_employee_upserts_and_reconcile(api: Api, script: list[Any]) -> None:
    calls = script.pop(0)
    guid_of_ceo = api.control("users/948752281")["EmployeeIdentificationData_Guid"]
    script.append(Scripted(
        header=["EmployeeIdentificationData_UserId"],
        upserts=[{"EmployeeIdentificationData_UserId": "NEW1", "PersonData_NameData_FirstName": "Nina"},
                 {"EmployeeIdentificationData_Guid": guid_of_ceo, "PersonData_NameData_FirstName": "Danny"}],
        deactivate=["903300421"], total_records=2, successful_records=2))
    settings = {"loadprimarykey": 0, "ReconcileUsers": True}
    job_id, import_id = api.load("chr.employee", EMPLOYEE_CSV, settings)
    item = api.wait(job_id)["imports"][0]
    assert (item["status"], item["total_records"], item["successful_records"]) == ("Completed", 2, 2)
    new = api.control("users/NEW1")
    # A new employee is active, takes the user id as username and gets a GUID.
    assert new["active"] is True and new["EmployeeIdentificationData_Username"] == "NEW1"
    assert new["EmployeeIdentificationData_Guid"]
    ceo = api.control("users/948752281")
    assert ceo["PersonData_NameData_FirstName"] == "Danny" and ceo["PersonData_NameData_LastName"] == "Kim"
    assert api.control("users/903300421")["active"] is False
    (call,) = calls
    assert call["load_type"] == "chr.employee" and call["settings"] == settings
    assert call["body"] == EMPLOYEE_CSV and call["content_type"] == "text/csv"
    assert call["schema"].identity == ("EmployeeIdentificationData_UserId",)
    assert call["portal"].user("918634631")["active"] is True
    assert call["portal"].ou("ou.customou.524291", "Seasonal")["active"] is False
    assert "948752281" in set(call["portal"].all_user_ids())
    report = api.call("GET", f"/imports/{import_id}/report")
    assert report.content.endswith(b"x,False,bad,\r\n")
    assert api.call("GET", f"/imports/{import_id}/warnings").content.count(b"\r\n") == 1  # header only


def test_job_refs_and_custom_ou_keys(api: Api, script: list[Any]) -> None:
    calls = script.pop(0)
    script.extend([Scripted(header=["ouRefId"], upserts=[{"ouRefId": "Gig", "ouName": "Gig worker"}]),
                   Scripted(header=["EmployeeIdentificationData_UserId"])])
    job = api.create_job({"type": "ou.customou", "type_id": 524291}, {"type": "chr.employee"})
    custom, employees = (i["import_id"] for i in job["imports"])
    api.control("config", {"processing_seconds": 60})
    api.post_import(employees, EMPLOYEE_CSV)
    api.post_import(custom, b"ouRefId,ouName\r\nGig,Gig worker\r\n")
    api.control("clock", {"advance_seconds": 61})
    api.wait(job["job_id"])
    # OUs first, then the employees, whatever the order the data came in.
    assert [c["load_type"] for c in calls] == ["ou.customou.524291", "chr.employee"]
    assert calls[0]["job_refs"].users == {"NEW1"}
    assert calls[1]["job_refs"].ous == {"ou.customou.524291": {"Gig"}}
    assert api.control("ous/ou.customou.524291/Gig")["active"] is True


def test_unreadable_payload_fails_the_import(api: Api, script: list[Any]) -> None:
    script.pop(0)
    script.extend([Scripted(header=["ouRefId"], error_status="The file is not valid CSV.", total_records=3),
                   RuntimeError("boom")])
    job = api.create_job({"type": "ou.division"}, {"type": "ou.grade"})
    first, second = (i["import_id"] for i in job["imports"])
    api.post_import(first, b"ouRefId\r\nA\r\nB\r\nC\r\n")
    api.post_import(second, b"ouRefId\r\nA\r\n")
    failed, crashed = api.wait(job["job_id"])["imports"]
    assert failed["status"] == "Failed" and failed["error_status"] == "The file is not valid CSV."
    assert (failed["total_records"], failed["error_records"], failed["successful_records"]) == (3, 3, 0)
    assert crashed["status"] == "Failed" and "could not be processed" in crashed["error_status"]
    assert api.call("GET", f"/imports/{first}/report").content.startswith(b"ouRefId,Loaded,Errors,Warnings")
