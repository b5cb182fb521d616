"""``csod-desktop load`` as a subprocess against the sandbox on loopback: outcomes, exit codes, --json."""

from __future__ import annotations

import json
import time

import pytest
from cli_shapes import SAMPLES, parse_json, run_cli, validate_load_document


#: Status checks 0.2 s apart against the relaxed sandbox (its processing is immediate).
FAST = ["--poll-interval", "0.2"]


def _where(sandbox, client_id: str = "demo-client") -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", client_id]


#: The sandbox's application without employee:read: the file is checked alone, so the portal (not the
#: pre-flight, which checks against the portal's data otherwise) fails a record naming an unknown division.
BULK_ONLY = "bulk-only-client"


def _posts(sandbox, fragment: str) -> list[dict]:
    return [r for r in sandbox.requests() if r["method"] == "POST" and fragment in r["path"]]


def test_clean_employee_load_waits_reports_and_exits_0(sandbox, tmp_path):
    reports = tmp_path / "reports"
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}",
        "--label", "nightly HRIS", "--wait", *FAST, "--report-dir", str(reports), "--json",
    )
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    assert doc["outcome"] == "loaded" and doc["ok"] and doc["error"] is None
    (item,) = doc["imports"]
    assert item["type"] == "chr.employee" and item["mapping"]["origin"] == "exact"
    assert item["records"] == item["sent_records"] == 50
    assert item["counts"]["successful_records"] == 50 and item["counts"]["error_records"] == 0
    assert doc["job"]["finished"] and doc["job"]["job_id"] == _job_id_created(sandbox)
    # A clean import has nothing to report: no download of the five is spent on it.
    assert item["report"]["path"] is None and "no download spent" in item["report"]["note"]
    assert not [r for r in sandbox.requests() if "/report" in r["path"]]
    assert doc["reports"] == {"dir": str(reports), "summary": str(reports / "summary.json"), "saved": [],
                              "not_saved": []}
    assert "no report to save" in done.stderr
    summary = json.loads((reports / "summary.json").read_text(encoding="utf-8"))
    assert summary["job"]["job_id"] == doc["job"]["job_id"] and summary["outcome"] == "loaded"
    assert doc["job"]["job_id"] in (reports / "summary.txt").read_text(encoding="utf-8")
    assert len(_posts(sandbox, "/imports/")) == 1
    # Progress and messages went to stderr; stdout held the document alone.
    assert "records" in done.stderr


def _job_id_created(sandbox) -> str:
    (post,) = _posts(sandbox, "/bulk-api/v1/jobs")
    assert post["status"] in (200, 201)
    jobs = [r for r in sandbox.requests() if r["method"] == "GET" and "/jobs/" in r["path"]]
    return jobs[-1]["path"].rsplit("/", 1)[-1]


def test_planted_errors_with_abort_send_nothing_and_exit_2(sandbox, tmp_path):
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees_with_errors.csv'}",
        "--wait", *FAST, "--json", "--report-dir", str(tmp_path / "r"),
    )
    assert done.returncode == 2, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    assert doc["outcome"] == "invalid" and doc["job"] is None and doc["error"]["type"] == "InvalidData"
    (item,) = doc["imports"]
    assert item["problems"]["error_records"] > 0 and item["sent_records"] == 0
    rules = {p["rule"] for p in item["problems"]["items"] if p["severity"] == "error"}
    assert {"required", "enum", "date", "duplicate"} <= rules
    assert "nothing was sent" in done.stderr
    # Nothing reached the portal: no job created, no data posted (the request log is the witness).
    assert _posts(sandbox, "/bulk-api/v1/jobs") == [] and _posts(sandbox, "/imports/") == []
    assert list((tmp_path / "r").glob("*-problems.csv"))


def test_planted_errors_with_skip_send_only_the_valid_rows(sandbox):
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees_with_errors.csv'}",
        "--on-invalid", "skip", "--wait", *FAST, "--json",
    )
    doc = parse_json(done)
    validate_load_document(doc)
    (item,) = doc["imports"]
    assert item["skipped_invalid"] == item["problems"]["error_records"] > 0
    assert item["sent_records"] == item["records"] - item["skipped_invalid"]
    assert item["counts"]["total_records"] == item["sent_records"]
    assert f"{item['skipped_invalid']} invalid record(s) left out" in done.stderr
    # Records the client could only warn about (references that must exist in the portal) may fail there.
    expected = 3 if item["counts"]["error_records"] else 0
    assert done.returncode == expected, done.stderr
    assert len(_posts(sandbox, "/imports/")) == 1


def test_two_imports_in_one_job(sandbox):
    done = run_cli(
        "load", *_where(sandbox),
        "--import", f"ou.division={SAMPLES / 'divisions.csv'}",
        "--import", f"chr.employee={SAMPLES / 'employees_new_divisions.csv'}",
        "--wait", *FAST, "--json",
    )
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    assert [i["type"] for i in doc["imports"]] == ["ou.division", "chr.employee"]
    assert len(doc["job"]["imports"]) == 2 and len(_posts(sandbox, "/bulk-api/v1/jobs")) == 1
    assert all(i["counts"]["error_records"] == 0 for i in doc["imports"])
    assert sandbox.control_get("/_sandbox/ous/ou.division/SUP_000012183")["ouName"] == "Machine Learning"


def test_dry_run_writes_payloads_and_sends_nothing(sandbox, tmp_path):
    out = tmp_path / "payloads"
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}",
        "--dry-run", "--payload-dir", str(out),
    )
    assert done.returncode == 0, done.stderr
    (payload,) = out.glob("*.csv")
    assert done.stdout.strip() == str(payload)
    header = payload.read_bytes().split(b"\r\n", 1)[0].decode()
    assert header.startswith("EmployeeIdentificationData_UserId,")
    assert _posts(sandbox, "/bulk-api/v1/jobs") == [] and _posts(sandbox, "/imports/") == []


def test_wrong_secret_exits_2_with_a_clear_message(sandbox):
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}", "--json",
        secret="not-the-secret",
    )
    assert done.returncode == 2
    doc = parse_json(done)
    validate_load_document(doc)
    assert doc["error"]["type"] == "AuthenticationError"
    assert "secret" in doc["error"]["message"].lower()
    assert "not-the-secret" not in done.stdout + done.stderr
    assert _posts(sandbox, "/bulk-api/v1/jobs") == []


def test_missing_secret_and_unreadable_file_exit_2(sandbox, tmp_path):
    # A real portal with no secret anywhere: refused before any connection.
    done = run_cli(
        "load", "--portal", "acme", "--env", "stage", "--client-id", "abc",
        "--import", f"chr.employee={SAMPLES / 'employees.csv'}", secret=None,
    )
    assert done.returncode == 2 and "CSOD_CLIENT_SECRET" in done.stderr and "--client-secret-file" in done.stderr
    # The local sandbox (plain http on loopback) takes its public demo secret.
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}", "--dry-run", secret=None)
    assert done.returncode == 0, done.stderr
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={tmp_path / 'absent.csv'}", "--json")
    assert done.returncode == 2
    assert parse_json(done)["error"]["type"] == "InputFileError"


def test_unmapped_columns_are_refused_unless_auto_map(sandbox):
    titled = SAMPLES / "hris_export_titles.csv"
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={titled}", "--dry-run")
    assert done.returncode == 2
    assert "'First Name'" in done.stderr and "--auto-map" in done.stderr
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={titled}", "--dry-run", "--auto-map", "--json",
                   "--on-invalid", "skip")  # record 6's manager is in neither the file nor the portal
    assert done.returncode == 0, done.stderr
    mapping = parse_json(done)["imports"][0]["mapping"]
    assert mapping["origin"] == "auto"
    assert mapping["columns"]["First Name"] == "PersonData_NameData_FirstName"


def test_records_failing_on_the_portal_exit_3(sandbox, tmp_path):
    # The quick start's CSV names a division that the portal does not have: without employee:read the client
    # can only warn.
    done = run_cli(
        "load", *_where(sandbox, BULK_ONLY), "--import", f"chr.employee={SAMPLES / 'quickstart_employees.csv'}",
        "--wait", *FAST, "--report-dir", str(tmp_path), "--json",
    )
    assert done.returncode == 3, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    assert doc["outcome"] == "loaded_with_failures"
    counts = doc["imports"][0]["counts"]
    assert counts["error_records"] == 4 and counts["successful_records"] == 1
    assert doc["imports"][0]["report"]["rows"] == 5


def test_portal_failure_after_retries_exits_4(sandbox):
    # The specification keeps answering 503: after the client's retries with back-off the run ends with 4.
    sandbox.control("/_sandbox/faults", {"method": "GET", "path": "/specification", "status": 503, "count": 50})
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}", "--wait", *FAST, "--json",
        timeout=240,
    )
    assert done.returncode == 4, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    assert doc["outcome"] == "failed" and doc["error"]["type"] == "ServerError" and doc["error"]["status"] == 503
    assert "Try again later" in done.stderr
    assert len([r for r in sandbox.requests() if r["path"].endswith("/specification")]) > 1  # it did retry
    assert _posts(sandbox, "/bulk-api/v1/jobs") == []


def test_reconcile_needs_the_portal_name(sandbox):
    base = [*_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}", "--setting", "ReconcileUsers=true"]
    done = run_cli("load", *base, "--dry-run")
    # The same word as the window's confirmation dialog: "sandbox" for the local sandbox.
    assert done.returncode == 2 and "--confirm-reconcile sandbox" in done.stderr
    done = run_cli("load", *base, "--dry-run", "--confirm-reconcile", "acme")
    assert done.returncode == 2
    done = run_cli("load", *base, "--dry-run", "--confirm-reconcile", "sandbox", "--max-deactivations", "275")
    assert done.returncode == 0, done.stderr
    assert _posts(sandbox, "/bulk-api/v1/jobs") == []


@pytest.mark.throttled
@pytest.mark.slow
def test_clean_load_under_the_documented_throttles(throttled_sandbox):
    done = run_cli(
        "load", *_where(throttled_sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}",
        "--wait", "--json", timeout=290,
    )
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    assert doc["totals"]["successful_records"] == 50
    assert [r for r in throttled_sandbox.requests() if r["status"] == 429] == []


@pytest.mark.throttled
@pytest.mark.slow
def test_failed_records_and_report_under_the_documented_throttles(throttled_sandbox, tmp_path):
    # Documented limits on: shared 5/min bucket, processing delay, /report answering 404 for a while.
    done = run_cli(
        "load", *_where(throttled_sandbox, BULK_ONLY),
        "--import", f"chr.employee={SAMPLES / 'quickstart_employees.csv'}",
        "--wait", "--report-dir", str(tmp_path), "--json", timeout=290,
    )
    assert done.returncode == 3, done.stderr
    doc = parse_json(done)
    report = doc["imports"][0]["report"]
    assert report["rows"] == 5 and (tmp_path / report["path"].rsplit("/", 1)[-1]).is_file()
    assert [r for r in throttled_sandbox.requests() if r["status"] == 429] == []


def test_callback_is_given_to_the_job(sandbox):
    url = "https://127.0.0.1:9/csod-callback?token=one-time-4f2a"
    done = run_cli(
        "load", *_where(sandbox), "--import", f"ou.division={SAMPLES / 'divisions.csv'}",
        "--label", "callback test", "--callback", url, "--wait", *FAST, "--json",
    )
    assert done.returncode == 0, done.stderr
    job_id = parse_json(done)["job"]["job_id"]
    # The portal POSTs the callback once, when every import is done (nobody listens on port 9 here).
    deadline = time.monotonic() + 15
    while not sandbox.control_get("callbacks") and time.monotonic() < deadline:
        time.sleep(0.1)
    (callback,) = sandbox.control_get("callbacks")
    assert callback["job_id"] == job_id and callback["url"] == url


def test_excel_file_dry_run_and_argument_errors_exit_2(sandbox, tmp_path):
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.xlsx'}", "--dry-run",
        "--payload-dir", str(tmp_path), "--json",
    )
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    assert doc["outcome"] == "dry_run" and doc["imports"][0]["sent_records"] == doc["imports"][0]["records"] > 0
    # The argument parser's own refusals are exit 2 as well (message on stderr, nothing on stdout).
    bad = run_cli("load", *_where(sandbox), "--import", "chr.employee=x.csv", "--on-invalid", "maybe", "--json")
    assert bad.returncode == 2 and bad.stdout == "" and "invalid choice" in bad.stderr
