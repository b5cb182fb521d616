"""``load`` against the portal's own data (issue 12), as a subprocess against the sandbox: the snapshot read
within the throttles, what each import changes, ``--max-deactivations`` and the preview's list in --report-dir,
the job's other imports, and an application without employee:read."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from cli_shapes import SAMPLES, parse_json, run_cli, validate_load_document

from csod_desktop import facts

FAST = ["--poll-interval", "0.2"]
SEED_USERS = Path(facts.__file__).parent / "sandbox" / "data" / "seed" / "users.json"
OFF = "Checks against your portal's data are off:"
EMPLOYEES = SAMPLES / "employees.csv"
RECONCILE = ["--setting", "ReconcileUsers=true", "--confirm-reconcile", "sandbox"]
FORMULA = '=HYPERLINK("http://evil.example","click")'


def _where(sandbox, client_id: str = "demo-client") -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", client_id]


def _sent(sandbox) -> list[dict]:
    return [r for r in sandbox.requests()
            if r["method"] == "POST" and ("/imports/" in r["path"] or r["path"].endswith("/jobs"))]


def _active(sandbox, ids) -> dict[str, bool]:
    return {i: facts.setting_flag(sandbox.control(f"users/{i}", method="GET"), "active", True) for i in ids}


def _seed_ids() -> list[str]:
    return [u["EmployeeIdentificationData_UserId"] for u in json.loads(SEED_USERS.read_text("utf-8"))["users"]]


def test_more_than_a_tenth_needs_max_deactivations_and_the_list_is_written(sandbox, tmp_path):
    # One more active employee, whose name a spreadsheet would run as a formula: the list must neutralize it.
    sandbox.control("users", {"users": [{"EmployeeIdentificationData_UserId": "X-FORMULA",
                                         "PersonData_NameData_FirstName": FORMULA,
                                         "PersonData_NameData_LastName": "Mallory", "active": True}]})
    base = ["load", *_where(sandbox), "--import", f"chr.employee={EMPLOYEES}", *RECONCILE]
    done = run_cli(*base, "--dry-run", "--json")
    assert done.returncode == 2, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    sentence = "ReconcileUsers would deactivate 276 of the portal's 276 active employees (100.0%)."
    assert sentence in doc["error"]["message"] and sentence in done.stderr
    assert "--max-deactivations 276" in doc["error"]["hint"]
    summary = doc["imports"][0]["reconcile"]
    assert (summary["count"], summary["active_employees"], summary["needs_override"]) == (276, 276, True)
    assert [f["user_id"] for f in summary["flagged"]] == ["bsuser"] and summary["list"] is None
    assert doc["outcome"] == "invalid" and _sent(sandbox) == []

    done = run_cli(*base, "--dry-run", "--max-deactivations", "100")
    assert done.returncode == 2 and "more than --max-deactivations 100" in done.stderr

    ids = [*_seed_ids(), "X-FORMULA"]
    before = _active(sandbox, ids)
    reports = tmp_path / "reports"
    done = run_cli(*base, "--max-deactivations", "276", "--wait", *FAST, "--report-dir", str(reports), "--json")
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    listed = Path(doc["imports"][0]["reconcile"]["list"])
    assert listed.parent == reports and listed.name == "01-chr.employee-deactivations.csv"
    with listed.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    after = _active(sandbox, ids)
    deactivated = {i for i in ids if before[i] and not after[i]}
    assert {r["User ID"] for r in rows} == deactivated and len(deactivated) == 276
    mallory = next(r for r in rows if r["User ID"] == "X-FORMULA")
    assert mallory["Name"] == "'" + FORMULA + " Mallory"  # shown as text, never run
    assert next(r for r in rows if r["User ID"] == "bsuser")["Note"] == "a system account"


def test_the_json_document_and_the_dry_run_say_what_will_change(sandbox):
    updates = SAMPLES / "employees_updates.csv"
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={updates}", "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    changes = doc["imports"][0]["changes"]
    assert (changes["new"], changes["changed"], changes["unchanged"]) == (0, 0, 10)
    assert {"Location", "Grade", "Division"} <= set(changes["not_compared"])
    assert doc["imports"][0]["reconcile"] is None
    portal = doc["portal_data"]
    assert portal["checked"] is True and portal["employees"] == 278 and portal["checks_off"] is None
    assert portal["employees_complete"] is True and portal["snapshot_taken_at"]
    # On stderr, the counts as Review says them, honest about the fields that were not compared.
    assert ("employees_updates.csv: 0 new, 0 changed, 10 unchanged in the fields the portal lets us compare. "
            "Not compared: ") in done.stderr
    assert "Reading the portal's employees" in done.stderr  # progress while the snapshot is read


def test_an_application_without_employee_read_loads_with_todays_checks_and_one_sentence(sandbox):
    done = run_cli("load", *_where(sandbox, "bulk-only-client"), "--import", f"chr.employee={EMPLOYEES}",
                   "--wait", *FAST, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count(OFF) == 1 and "employee:read" in done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    assert doc["portal_data"]["checked"] is False and doc["portal_data"]["checks_off"].startswith(OFF)
    item = doc["imports"][0]
    today = [p["message"] for p in item["problems"]["items"] if p["rule"] == "reference"]
    assert item["changes"] is None and today and all("must already exist in the portal" in m for m in today)
    assert item["counts"]["successful_records"] == 50

    # A limit that cannot be checked is not silently ignored.
    done = run_cli("load", *_where(sandbox, "bulk-only-client"), "--import", f"chr.employee={EMPLOYEES}", *RECONCILE,
                   "--max-deactivations", "10", "--dry-run")
    assert done.returncode == 2 and "--max-deactivations 10 cannot be checked" in done.stderr


def test_a_reference_to_another_import_of_the_job_is_no_error(sandbox):
    people = SAMPLES / "employees_new_divisions.csv"
    alone = run_cli("load", *_where(sandbox), "--import", f"chr.employee={people}", "--dry-run", "--json")
    assert alone.returncode == 2
    errors = parse_json(alone)["imports"][0]["problems"]["items"]
    assert errors and {p["column"] for p in errors} == {"Division"}
    together = run_cli("load", *_where(sandbox), "--import", f"ou.division={SAMPLES / 'divisions.csv'}",
                       "--import", f"chr.employee={people}", "--dry-run", "--json")
    assert together.returncode == 0, together.stderr
    doc = parse_json(together)
    assert [i["problems"]["error_records"] for i in doc["imports"]] == [0, 0]
    assert doc["imports"][0]["changes"]["new"] == 4  # the divisions the employees point to


@pytest.mark.throttled
def test_the_snapshot_is_read_within_the_documented_throttles(throttled_sandbox):
    config = throttled_sandbox.control("config", method="GET")
    assert config["throttles"] is True, config  # a relaxed sandbox would prove nothing
    done = run_cli("load", *_where(throttled_sandbox), "--import", f"chr.employee={EMPLOYEES}", "--dry-run")
    assert done.returncode == 0, done.stderr
    reads = [r for r in throttled_sandbox.requests()
             if "/users/v2/employees" in r["path"] or "/organizations/v1/" in r["path"]]
    assert reads and all(r["status"] != 429 for r in reads), reads
