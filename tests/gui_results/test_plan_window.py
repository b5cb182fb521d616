"""The window as a view of the load plan: settings re-check at once, a big file splits, ReconcileUsers is
guarded, and no payload copy outlives Cornerstone's 30 days."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from csod_desktop import facts, paths
from csod_desktop.ui.main_window import FILE, LOAD_TYPE, MAP, REVIEW, RUN
from fixtures.app_files import files_holding
from gui_helpers import BULK_ONLY, SAMPLES, choose_load_type
from results_helpers import open_window, planted_employees, prepare_import, review_ready, run_and_wait

pytestmark = pytest.mark.gui

FRENCH = SAMPLES / "employees_fr_cp1252.csv"
ERRORS_FILE = SAMPLES / "employees_with_errors.csv"
SEED_USERS = Path(facts.__file__).parent / "sandbox" / "data" / "seed" / "users.json"


def to_review(qtbot, window, path: Path, load_type: str = "chr.employee", *, before_continue=None):
    """Load type (default settings), Continue, the file, the automatic mapping, Review: checked."""
    choose_load_type(qtbot, window, load_type)
    if before_continue is not None:
        before_continue(window.loadtype_page.form)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    window.file_page.open_file(path)
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=120_000)
    assert window.go_to(MAP)
    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy and not window.state.plan.stale,
                    timeout=120_000)
    return review


def date_problems(review) -> list:
    return [p for p in review.review.result.problem_list() if p.column == "WorkerStatusData_LastHireDate"]


def test_a_date_format_changed_on_load_type_is_on_review_at_once(qtbot, make_window, sandbox):
    window = open_window(make_window, qtbot, sandbox)
    review = to_review(qtbot, window, FRENCH)
    plan, source, mapping = window.state.plan, window.state.source, window.state.mapping
    # Read month first (no date format chosen): 17/11/2023 has no 17th month, so the column proves day first
    # and the whole column is one file-level error naming fr-FR (issue 13).
    before = date_problems(review)
    assert before and all(p.rule == "date_format" for p in before)
    assert "fr-FR" in before[0].hint
    assert review.review.result.date_culture == "en-US"

    # Back to Load type: the administrator picks "fr-FR: day first" and goes straight to Review.
    assert window.go_to(LOAD_TYPE)
    combo = window.loadtype_page.form.control("datetime_culture")
    combo.setCurrentIndex(combo.findData("fr-FR"))
    assert plan.settings["datetime_culture"] == "fr-FR" and plan.stale
    assert window.go_to(REVIEW)  # File and Map are not walked again
    qtbot.waitUntil(lambda: not plan.stale and not window.pool.busy, timeout=60_000)
    assert review.review.result.date_culture == "fr-FR"
    assert date_problems(review) == []
    assert window.state.source is source and window.state.mapping is mapping  # same file, same mapping

    # "Continue" on Load type fetches the schema again for these settings and keeps the file and mapping too.
    assert window.go_to(LOAD_TYPE)
    combo.setCurrentIndex(combo.findData("en-US"))
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    assert window.state.plan is plan and window.state.source is source
    assert window.go_to(REVIEW)
    qtbot.waitUntil(lambda: not plan.stale and not window.pool.busy, timeout=60_000)
    assert [(p.row, p.rule) for p in date_problems(review)] == [(p.row, p.rule) for p in before]


def _active_seed_users(sandbox) -> dict[str, bool]:
    ids = [u["EmployeeIdentificationData_UserId"] for u in json.loads(SEED_USERS.read_text("utf-8"))["users"]]
    return {i: facts.setting_flag(sandbox.control(f"users/{i}", method="GET"), "active", True) for i in ids}


def test_reconcile_users_never_sends_a_file_with_records_left_out(qtbot, make_window, sandbox):
    """Issue 19: with ReconcileUsers on, an excluded (or invalid) record would be a deactivated employee."""
    active = _active_seed_users(sandbox)
    assert sum(active.values()) > 10
    window = open_window(make_window, qtbot, sandbox)

    def reconcile_on(form) -> None:
        form.confirm_reconcile = lambda: True  # the portal name typed in the confirmation
        form.control("ReconcileUsers").setChecked(True)

    review = to_review(qtbot, window, ERRORS_FILE, before_continue=reconcile_on)
    assert facts.reconcile_users(window.state.plan.settings)
    errors = review.review.rows_with("error")
    assert errors and not review.is_ready()
    qtbot.mouseClick(review.exclude_errors_button, Qt.MouseButton.LeftButton)
    # Every record with an error is excluded: without ReconcileUsers this file would now be ready.
    text = review.statement.text()
    assert not review.is_ready() and not review.payload_button.isEnabled()
    assert "ReconcileUsers is on" in text and f"{len(errors):,} record(s)" in text
    for record in errors[:3]:
        assert f"record {record} (" in text
    review.prepare_import()  # the button is off; the rule holds even when asked directly
    assert "ReconcileUsers is on" in window.message_area.text()
    # Whatever runs in the background (the portal's data, a check) ends; no payload was written meanwhile.
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=30_000)
    assert window.run_page.imports == []
    assert not list((paths.cache_dir() / "payloads").rglob("*.csv*"))  # no payload written
    sent = [r for r in sandbox.requests()
            if r["method"] == "POST" and ("/imports/" in r["path"] or r["path"].endswith("/jobs"))]
    assert sent == []  # no job created, no data posted
    assert _active_seed_users(sandbox) == active  # nobody was deactivated

    # Taking the records back and fixing nothing still cannot send: the errors stop it.
    review.model.set_excluded(errors, False)
    assert not review.is_ready()


def _grades(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "grades.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("ouRefId,ouName\r\n")
        handle.writelines(f"G{n},Grade {n}\r\n" for n in range(rows))
    return path


@pytest.mark.slow
def test_a_file_over_a_million_records_goes_into_one_job_of_two_imports(qtbot, make_window, sandbox, tmp_path):
    sandbox.control("config", {"processing_seconds": 3600})  # receiving is what counts here, not processing
    window = open_window(make_window, qtbot, sandbox)
    path = _grades(tmp_path, 1_000_050)
    review = to_review(qtbot, window, path, "ou.grade")
    assert review.review.result.n_records == 1_000_050
    review_ready(qtbot, window)
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 2 and not window.pool.busy, timeout=300_000)
    assert window.current_step() == RUN
    assert [i.record_count for i in window.run_page.imports] == [1_000_000, 50]
    journal = window.state.context.journal
    window.run_page.run_now()
    qtbot.waitUntil(lambda: bool(journal.jobs()) and all(i.post_state == "sent" for i in journal.jobs()[0].imports),
                    timeout=300_000)
    job = journal.jobs()[0]
    status = window.state.context.client.job_status(job.job_id)
    assert [(i.import_id, i.total_records) for i in status.imports] == [
        (job.imports[0].import_id, 1_000_000), (job.imports[1].import_id, 50)]
    posts = [r for r in sandbox.requests() if r["method"] == "POST"]
    assert len([r for r in posts if r["path"].endswith("/jobs")]) == 1  # one job
    assert len([r for r in posts if "/imports/" in r["path"]]) == 2  # two imports, each posted once


def test_no_payload_copy_is_left_31_days_after_a_window_load(qtbot, make_window, sandbox, tmp_path):
    from csod_desktop import app

    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    ref = run_and_wait(qtbot, window)
    assert window.state.context.journal.job(ref).state == "finished"
    # A second import prepared and left on the Run step: never sent, never in the journal.
    prepare_import(qtbot, window, SAMPLES / "divisions.csv", "ou.division")
    window.close()
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
    marker, untracked = b"E40002", b"created by the divisions.csv sample"
    assert files_holding(marker) and files_holding(untracked), "the payloads and the report should be on disk"
    assert app.open_stores().purge() == 0  # the window opened again within the 30 days: nothing goes

    later = datetime.now(UTC) + timedelta(days=31)
    with app.open_stores(clock=lambda: later):  # the window's composition root, 31 days on: the purge runs
        pass
    assert files_holding(marker) == [] and files_holding(untracked) == []
