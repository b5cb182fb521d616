"""``types``, ``schema``, ``template``, ``status``, ``report`` and ``--self-test`` as subprocesses."""

from __future__ import annotations

import csv

from cli_shapes import SAMPLES, parse_json, run_cli, validate_envelope, validate_job


#: Status checks 0.2 s apart against the relaxed sandbox (its processing is immediate).
FAST = ["--poll-interval", "0.2"]


def _where(sandbox, client_id: str = "demo-client") -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", client_id]


#: The sandbox's application without employee:read: the file is checked alone, so the portal (not the
#: pre-flight, which checks against the portal's data otherwise) fails a record naming an unknown division.
BULK_ONLY = "bulk-only-client"


def test_types_lists_standard_and_custom_ou_types(sandbox):
    done = run_cli("types", *_where(sandbox), "--json")
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_envelope(doc)
    types = {(t["type"], t["type_id"]) for t in doc["types"]}
    assert ("chr.employee", None) in types and ("ou.division", None) in types
    assert any(t["is_custom_ou"] and t["type_id"] == 524291 for t in doc["types"])
    text = run_cli("types", *_where(sandbox))
    assert text.returncode == 0 and "chr.employee" in text.stdout and "524291" in text.stdout


def test_schema_shows_titles_required_and_allowed_values(sandbox):
    doc = parse_json(run_cli("schema", "chr.employee", *_where(sandbox), "--json"))
    validate_envelope(doc)
    fields = {f["name"]: f for f in doc["fields"]}
    assert fields["PersonData_NameData_FirstName"]["title"] == "First Name"
    assert fields["EmployeeIdentificationData_UserId"]["required"]
    assert "female" in fields["Gender"]["allowed_values"]
    assert "EmployeeIdentificationData_UserId" in doc["required"]
    guid = parse_json(run_cli("schema", "chr.employee", "--setting", "LoadPrimaryKey=1", *_where(sandbox), "--json"))
    assert guid["required"] == ["EmployeeIdentificationData_Guid"]
    custom = run_cli("schema", "524291", *_where(sandbox))
    assert custom.returncode == 0 and "ouRefId" in custom.stdout
    unknown = run_cli("schema", "ou.nothing", *_where(sandbox))
    assert unknown.returncode == 2 and "no load type 'ou.nothing'" in unknown.stderr


def test_template_writes_the_header_of_property_names(sandbox, tmp_path):
    out = tmp_path / "division-template.csv"
    done = run_cli("template", "ou.division", "--out", str(out), *_where(sandbox), "--json")
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    assert str(out) in doc["files"]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert "ouRefId" in header and "ouName" in header
    again = run_cli("template", "ou.division", "--out", str(out), *_where(sandbox))
    assert again.returncode == 2 and "--force" in again.stderr


def test_status_and_report_of_a_submitted_job(sandbox, tmp_path):
    done = run_cli(
        "load", *_where(sandbox, BULK_ONLY), "--import", f"chr.employee={SAMPLES / 'quickstart_employees.csv'}",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    load = parse_json(done)
    assert load["outcome"] == "submitted"
    job_id, import_id = load["job"]["job_id"], load["imports"][0]["import_id"]

    status = run_cli("status", job_id, "--wait", *FAST, *_where(sandbox), "--json")
    assert status.returncode == 3, status.stderr  # four records fail on the portal (unknown division)
    status_doc = parse_json(status)
    validate_envelope(status_doc)
    job = status_doc["job"]
    validate_job(job)
    assert job["finished"] and job["imports"][0]["error_records"] == 4

    out = tmp_path / "report.csv"
    first = run_cli("report", import_id, "--out", str(out), *_where(sandbox), "--json")
    assert first.returncode == 0, first.stderr
    doc = parse_json(first)
    assert doc["rows"] == 5 and not doc["from_cache"]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and "Errors" in rows[0]
    # Served from the cache: no portal options needed, no download spent.
    second = parse_json(run_cli("report", import_id, "--out", str(tmp_path / "again.csv"), "--json", secret=None))
    assert second["from_cache"] and second["rows"] == 5 and second["downloads_used"] == 1
    downloads = [r for r in sandbox.requests() if r["method"] == "GET" and r["path"].endswith("/report")]
    assert len(downloads) == 1


def test_self_test_passes():
    done = run_cli("--self-test", timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    names = ("keyring", "journal", "tls certificates", "qt platform plugin", "window", "workbook reader",
             "sandbox load", "history export")
    for name in names:
        assert any(line.split("  ", 1)[-1].strip().startswith(name) for line in lines), name
    assert not any(line.startswith("FAIL") for line in lines)
    assert lines[-1].startswith("Self-test passed")


def test_saved_profile_is_used_and_an_unknown_one_is_a_usage_error(sandbox):
    from csod_desktop.store.profiles import Profile, ProfileStore

    ProfileStore().save(Profile(name="acme-test", root_url=sandbox.root_url, client_id="demo-client"))
    done = run_cli("types", "--profile", "acme-test", "--json")
    assert done.returncode == 0, done.stderr
    assert parse_json(done)["types"]
    unknown = run_cli("types", "--profile", "nope", "--json")
    assert unknown.returncode == 2
    assert "no saved profile called 'nope'" in parse_json(unknown)["error"]["message"]


def test_report_files_neutralize_formulas(sandbox, tmp_path):
    # A value an attacker (or a typo) starts with "=" must not become a formula when the report is opened.
    data = tmp_path / "divisions.csv"
    data.write_text(
        "ouRefId,ouName,parentRefId\r\nDIV-EVIL,=HYPERLINK(\"http://x\"),NO-SUCH-PARENT\r\n", encoding="utf-8"
    )
    reports = tmp_path / "reports"
    done = run_cli(
        "load", *_where(sandbox, BULK_ONLY), "--import", f"ou.division={data}", "--wait", *FAST, "--report-dir",
        str(reports),
        "--json",
    )
    assert done.returncode == 3, done.stderr
    (report,) = [p for p in reports.glob("01-ou.division-*.csv") if not p.name.endswith("-problems.csv")]
    text = report.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
