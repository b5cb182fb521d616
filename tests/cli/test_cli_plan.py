"""``load`` through the load plan, as a subprocess against the sandbox: a split file, the ReconcileUsers rule,
and Cornerstone's 30-day retention applied to every copy the command leaves behind."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cli_shapes import SAMPLES, parse_json, run_cli, validate_load_document

from csod_desktop import facts
from fixtures.app_files import files_holding

FAST = ["--poll-interval", "0.2"]
SEED_USERS = Path(facts.__file__).parent / "sandbox" / "data" / "seed" / "users.json"


def _where(sandbox, client_id: str = "demo-client") -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", client_id]


#: The sandbox's application without employee:read: the file is checked alone, so the portal (not the
#: pre-flight, which checks against the portal's data otherwise) fails a record naming an unknown division.
BULK_ONLY = "bulk-only-client"


def _sent(sandbox) -> list[dict]:
    """Every request that created a job or posted data (schema reads are POSTs too, and send nothing)."""
    return [r for r in sandbox.requests()
            if r["method"] == "POST" and ("/imports/" in r["path"] or r["path"].endswith("/jobs"))]


@pytest.mark.slow
def test_a_file_over_a_million_records_is_one_job_of_two_imports(sandbox, tmp_path):
    sandbox.control("config", {"processing_seconds": 3600})  # receiving is what counts here, not processing
    path = tmp_path / "grades.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("ouRefId,ouName\r\n")
        handle.writelines(f"G{n},Grade {n}\r\n" for n in range(1_000_050))
    done = run_cli("load", *_where(sandbox), "--import", f"ou.grade={path}", "--json", timeout=600)
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    (item,) = doc["imports"]
    assert doc["outcome"] == "submitted" and item["records"] == item["sent_records"] == 1_000_050
    assert len(item["payload"]["parts"]) == 2 and len(item["import_ids"]) == 2
    posts = _sent(sandbox)
    assert len([r for r in posts if r["path"].endswith("/jobs")]) == 1
    assert len([r for r in posts if "/imports/" in r["path"]]) == 2
    assert [i["total_records"] for i in _status(sandbox, doc["job"]["job_id"])] == [1_000_000, 50]


def _status(sandbox, job_id: str) -> list[dict]:
    import httpx

    with httpx.Client(base_url=sandbox.root_url, timeout=30) as http:
        token = http.post("/services/api/oauth2/token", json={
            "clientId": "demo-client", "clientSecret": "demo-secret", "grantType": "client_credentials",
            "scope": "bulkapijob:read"}).json()["access_token"]
        body = http.get(f"/services/api/x/bulk-api/v1/jobs/{job_id}", headers={"Authorization": f"Bearer {token}"})
    return body.json()["imports"]


def _active(sandbox) -> dict[str, bool]:
    ids = [u["EmployeeIdentificationData_UserId"] for u in json.loads(SEED_USERS.read_text("utf-8"))["users"]]
    return {i: facts.setting_flag(sandbox.control(f"users/{i}", method="GET"), "active", True) for i in ids}


def test_reconcile_users_with_skip_sends_nothing_and_deactivates_nobody(sandbox, tmp_path):
    """Issue 19: 276 of 277 employees were deactivated when invalid records were skipped under ReconcileUsers."""
    active = _active(sandbox)
    reconcile = ["--setting", "ReconcileUsers=true", "--confirm-reconcile", "sandbox"]
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees_with_errors.csv'}",
        *reconcile, "--on-invalid", "skip", "--wait", *FAST, "--json", "--report-dir", str(tmp_path / "r"),
    )
    assert done.returncode == 2, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    (item,) = doc["imports"]
    assert doc["outcome"] == "invalid" and doc["job"] is None and doc["error"]["type"] == "InvalidData"
    invalid = item["problems"]["error_records"]
    assert invalid > 0 and item["sent_records"] == 0 and item["payload"] is None
    assert item["left_out"]["count"] == invalid == len(item["left_out"]["records"])
    assert {r["reason"] for r in item["left_out"]["records"]} == {"invalid"}
    first = item["left_out"]["records"][0]
    assert f"{invalid} record(s)" in doc["error"]["message"] and "ReconcileUsers" in doc["error"]["message"]
    assert f"record {first['row']} ({first['id']})" in done.stderr  # the list, on stderr too
    assert _sent(sandbox) == []  # no job created, no data posted
    assert _active(sandbox) == active  # nobody was deactivated

    # The witness can see a deactivation: a file that leaves nobody out loads, and the portal then
    # deactivates the active employees it does not hold.
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}",
                   *reconcile, "--max-deactivations", "275", "--wait", *FAST, "--json")
    assert done.returncode == 0, done.stderr
    after = _active(sandbox)
    assert any(active[i] and not after[i] for i in active)


def test_no_payload_copy_is_left_31_days_after_a_cli_load(sandbox, tmp_path):
    from csod_desktop.cli import open_stores

    with (SAMPLES / "employees_new_divisions.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    rows[1][rows[0].index("Division")] = "SUP_999999999"  # one record fails: its report is downloaded and kept
    path = tmp_path / "hris.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    done = run_cli("load", *_where(sandbox, BULK_ONLY), "--import", f"chr.employee={path}", "--wait", *FAST,
                   "--json")
    assert done.returncode == 3, done.stderr
    assert parse_json(done)["imports"][0]["report"]["rows"] == len(rows) - 1  # downloaded once, and cached
    dry = run_cli("load", *_where(sandbox), "--import", f"ou.division={SAMPLES / 'divisions.csv'}", "--dry-run",
                  "--json")
    assert dry.returncode == 0, dry.stderr
    sent, dry_only = rows[1][0].encode(), b"created by the divisions.csv sample"
    assert files_holding(sent) and files_holding(dry_only), "the payloads (and the report) should be on disk"

    with open_stores() as stores:  # the next command within the 30 days: nothing is purged
        assert stores.purge() == 0
    assert files_holding(sent) and files_holding(dry_only)
    later = datetime.now(UTC) + timedelta(days=31)
    with open_stores(clock=lambda: later):  # a command 31 days on (the command line's composition root)
        pass
    assert files_holding(sent) == [] and files_holding(dry_only) == []
