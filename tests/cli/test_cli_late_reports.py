"""Answers that mislead (issue 19, item 10): a report the portal does not serve (yet) is said to be not saved,
everywhere (stderr, ``--json``, ``summary.txt``), exits 6, and stays owed in the journal for ``resume``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from cli_shapes import SAMPLES, parse_json, run_cli, validate_load_document

from csod_desktop.api import RetryPolicy
from csod_desktop.store.journal import Journal

FAST = ["--poll-interval", "0.2"]
#: The client's own retries of a 404 report, shortened (the runner's wait is what is under test).
FAST_RETRY = RetryPolicy(attempts=2, base=0.05, cap=0.1, report_not_ready_attempts=2, report_not_ready_base=0.05)


def _where(sandbox) -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", "demo-client"]


def warned_employees(folder: Path) -> Path:
    """The 50 sample employees, one with a custom relation to nobody: all load, one with a warning."""
    with (SAMPLES / "employees.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][rows[0].index("DynamicUserRelations_16384")] = "NOBODY-1"
    path = folder / "employees-one-warning.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _report_state(import_id: str) -> tuple[str | None, str | None]:
    with Journal() as journal:
        imp = journal.find_import(import_id)
        return imp.report_state, imp.report_note


def test_a_report_the_portal_refuses_with_410_is_said_not_saved_and_exits_6(sandbox, tmp_path):
    reports = tmp_path / "reports"
    sandbox.control("/_sandbox/faults", {"method": "GET", "path": "/report$", "status": 410})
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={warned_employees(tmp_path)}", "--wait",
                   *FAST, "--report-dir", str(reports), "--json")
    assert done.returncode == 6, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    (item,) = doc["imports"]
    assert doc["outcome"] == "loaded" and item["counts"]["error_records"] == 0  # every record loaded ...
    assert item["report"]["path"] is None and item["report"]["state"] == "exhausted"  # ... its report did not
    (missing,) = doc["reports"]["not_saved"]
    assert missing["import_id"] == item["import_id"] and missing["state"] == "exhausted"
    assert not missing["fetchable_later"] and doc["reports"]["saved"] == []
    assert "Reports and summary saved" not in done.stderr
    assert f"Not saved: the report of import {item['import_id']}" in done.stderr
    assert "five downloads are spent" in done.stderr
    summary = (reports / "summary.txt").read_text(encoding="utf-8")
    assert "NOT SAVED (exhausted)" in summary and f"NOT SAVED: the report of import {item['import_id']}" in summary
    assert json.loads((reports / "summary.json").read_text(encoding="utf-8"))["reports"]["not_saved"] == [missing]
    assert list(reports.glob("*-report-*.csv")) == [] and len(list(reports.glob(f"*{item['import_id']}*"))) == 0
    assert _report_state(item["import_id"])[0] == "exhausted"
    # Nothing can get it back: resume does not spend a download on it.
    again = run_cli("resume", *_where(sandbox), *FAST)
    assert again.returncode == 0 and "Nothing to resume." in again.stdout


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    """The command in this process (the client's 404 retries shortened by the fixture below)."""
    from csod_desktop.cli import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def fast_client_retries(monkeypatch):
    import csod_desktop.services.context as context

    real = context.build_context
    monkeypatch.setattr(context, "build_context", lambda *a, **kw: real(*a, **{**kw, "retry": FAST_RETRY}))
    monkeypatch.setenv("CSOD_CLIENT_SECRET", "demo-secret")


def test_a_report_still_404_after_the_wait_is_owed_and_resume_saves_it(sandbox, tmp_path, capsys,
                                                                       fast_client_retries):
    reports = tmp_path / "reports"
    sandbox.control("/_sandbox/config", {"report_404_seconds": 3600})
    code, out, err = _cli(capsys, "load", *_where(sandbox), "--import", f"chr.employee={warned_employees(tmp_path)}",
                          "--wait", *FAST, "--report-wait", "1", "--report-dir", str(reports), "--json")
    assert code == 6, err
    doc = json.loads(out)
    validate_load_document(doc)
    (item,) = doc["imports"]
    import_id = item["import_id"]
    assert item["report"]["state"] == "not_ready" and "resume --report-dir" in item["report"]["note"]
    (missing,) = doc["reports"]["not_saved"]
    assert missing["fetchable_later"] and f"csod-desktop report {import_id} --out FILE" in missing["later"]
    assert "asking again at" in err  # it waited with back-off before giving up
    assert f"Not saved: the report of import {import_id}" in err
    assert "NOT SAVED (not_ready)" in (reports / "summary.txt").read_text(encoding="utf-8")
    state, note = _report_state(import_id)
    assert state == "not_ready" and "404" in note
    gets = [r for r in sandbox.requests() if r["path"].endswith(f"/imports/{import_id}/report")]
    assert len(gets) > FAST_RETRY.report_not_ready_attempts and {r["status"] for r in gets} == {404}

    # Later, the portal has it: resume (a finished job, its report owed) saves it, one download spent.
    sandbox.control("/_sandbox/config", {"report_404_seconds": 0})
    code, out, err = _cli(capsys, "resume", *_where(sandbox), *FAST, "--report-dir", str(reports), "--json")
    assert code == 0, err
    (resumed,) = json.loads(out)["jobs"]
    assert resumed["outcome"] == "loaded" and resumed["reports_not_saved"] == []
    (saved,) = resumed["reports"]
    assert import_id in saved and Path(saved).parent == reports and Path(saved).is_file()
    assert _report_state(import_id)[0] == "saved"
    assert sum(1 for r in sandbox.requests() if r["path"].endswith("/report") and r["status"] == 200) == 1
    # Nothing is owed any more.
    code, out, _ = _cli(capsys, "resume", *_where(sandbox), *FAST)
    assert code == 0 and "Nothing to resume." in out


def test_a_report_late_by_seconds_is_waited_for_and_saved(sandbox, tmp_path, capsys, fast_client_retries):
    reports = tmp_path / "reports"
    sandbox.control("/_sandbox/config", {"report_404_seconds": 3})
    code, out, err = _cli(capsys, "load", *_where(sandbox), "--import", f"chr.employee={warned_employees(tmp_path)}",
                          "--wait", *FAST, "--report-wait", "60", "--report-dir", str(reports), "--json")
    assert code == 0, err
    doc = json.loads(out)
    (item,) = doc["imports"]
    assert item["report"]["state"] == "saved" and Path(item["report"]["path"]).is_file()
    assert doc["reports"]["not_saved"] == [] and doc["reports"]["saved"] == [item["report"]["path"]]
    assert "asking again at" in err and "Saved in" in err and "Not saved" not in err
    gets = [r for r in sandbox.requests() if r["path"].endswith("/report")]
    assert gets[-1]["status"] == 200 and {r["status"] for r in gets[:-1]} == {404}
    # Within the reports bucket: never more calls in a minute than Cornerstone allows for reports.
    from csod_desktop import facts

    assert len(gets) <= facts.THROTTLES[facts.REPORTS].per_minute
