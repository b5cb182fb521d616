"""A two-import job from Review to Results; fix and reload; the history view and its exports."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar

from csod_desktop.ui.main_window import REVIEW, RUN
from csod_desktop.ui.run_page import ConfirmDialog, callback_problem
from gui_helpers import BULK_ONLY, answer_modal
from results_helpers import (
    DIVISIONS,
    EXISTING_DIVISION,
    NEW_DIVISION_EMPLOYEES,
    open_window,
    planted_employees,
    prepare_import,
    report_gets,
    review_ready,
    run_and_wait,
)

pytestmark = pytest.mark.gui


def test_callback_must_be_https():
    assert callback_problem("") is None
    assert callback_problem("https://hooks.example.com/csod?token=abc") is None
    assert "https://" in callback_problem("http://hooks.example.com/csod")
    assert callback_problem("https://") is not None


def test_two_import_job_runs_ou_first_with_live_status(qtbot, make_window, sandbox):
    # Without employee:read (checks of the file alone), so that the employees can be prepared before the
    # divisions they point to: those come second but run first.
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    run = window.run_page
    prepare_import(qtbot, window, NEW_DIVISION_EMPLOYEES, "chr.employee")
    prepare_import(qtbot, window, DIVISIONS, "ou.division")
    assert [i.load_type for i in run.imports] == ["ou.division", "chr.employee"]
    assert run.order_note.isVisible() and "before employees" in run.order_note.text()
    assert run.table.item(0, 1).text() == "Division" and run.table.item(0, 1).toolTip() == "ou.division"
    assert run.job_label_edit.text()  # prefilled
    run.job_label_edit.setText("New divisions and their people")
    run.table.item(1, 4).setText("Employees of the new divisions")
    assert run.imports[1].label == "Employees of the new divisions"

    run.callback_edit.setText("http://example.com/hook")
    assert not run.run_button.isEnabled() and run.callback_error.isVisible()
    run.callback_edit.setText("")
    assert run.run_button.isEnabled()

    seen: dict[str, object] = {}
    done: list[int] = []
    progress: list[float] = []
    run.status.job_finished.connect(done.append)
    run.status.upload_progress.connect(progress.append)

    def accept(dialog: ConfirmDialog) -> None:
        seen["banner"], seen["summary"], seen["production"] = dialog.banner_text, dialog.summary, dialog.production
        dialog.accept()

    answer_modal(qtbot, ConfirmDialog, accept)
    qtbot.mouseClick(run.run_button, Qt.MouseButton.LeftButton)
    assert seen["banner"] == f"test portal: {sandbox.root_url}" and seen["production"] is False
    assert "1. Division: 4 records" in seen["summary"] and "2. Employee" in seen["summary"]
    assert run.imports == []  # composed imports handed to the job

    qtbot.waitUntil(lambda: bool(done) and not run.status.active_jobs(), timeout=60_000)
    assert progress and progress[-1] == 1.0
    job = window.state.context.journal.job(done[0])
    assert job.label == "New divisions and their people"
    assert [(i.load_type, i.successful_records, i.error_records) for i in job.imports] == [
        ("ou.division", 4, 0), ("chr.employee", 4, 0)]
    # The panel shows each import's counts and a full progress bar; the job is marked done.
    employees = run.status.import_row(job.imports[1].import_id)
    assert employees.text(3) == "4" and employees.text(5) == "0"
    bar = run.status.tree.itemWidget(employees, 6)
    assert isinstance(bar, QProgressBar) and bar.value() == 100
    assert "job finished" in run.status.jobs[done[0]].item.text(0).lower()
    assert run.status.notifications
    assert run.status.notifications[0][1].startswith("8 records loaded")
    # A clean import is shown as such, without spending a download.
    run.status.tree.setCurrentItem(employees)
    qtbot.mouseClick(run.status.open_button, Qt.MouseButton.LeftButton)
    assert "without errors or warnings" in window.results_page.summary.text()
    assert report_gets(sandbox, job.imports[1].import_id) == 0
    assert window.results_page.import_combo.count() == 2


def test_fix_and_reload_loads_only_the_fixed_rows(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    first = run_and_wait(qtbot, window)
    imp = window.state.context.journal.job(first).imports[0]
    results = window.results_page
    window.run_page.status.open_requested.emit(imp.import_id)
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    assert results.fix_button.isEnabled()

    qtbot.mouseClick(results.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == REVIEW, timeout=20_000)
    review = window.review_page
    review_ready(qtbot, window)
    # Only the failed row came back, in the file's own columns.
    assert window.state.source.frame.height == 1
    with window.state.source.path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "EmployeeIdentificationData_UserId" and rows[1][0] == "E40002"
    model = review.model
    index = model.index(0, model.column_index("Division"))
    assert model.setData(index, EXISTING_DIVISION, Qt.ItemDataRole.EditRole)
    qtbot.mouseClick(review.recheck_button, Qt.MouseButton.LeftButton)
    review_ready(qtbot, window)
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 1, timeout=20_000)
    assert window.current_step() == RUN
    second = run_and_wait(qtbot, window)
    assert second != first
    job = window.state.context.journal.job(second)
    fixed = job.imports[0]
    assert (fixed.total_records, fixed.successful_records, fixed.error_records) == (1, 1, 0)
    user = sandbox.control("users/E40002", method="GET")
    assert user.get("Division") == EXISTING_DIVISION or EXISTING_DIVISION in str(user)


def test_history_lists_jobs_reopens_and_exports(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    ref = run_and_wait(qtbot, window)
    imp = window.state.context.journal.job(ref).imports[0]
    history = window.history_page
    from csod_desktop.ui.main_window import HISTORY

    assert window.go_to(HISTORY)
    qtbot.waitUntil(lambda: bool(history.rows) and not window.pool.busy, timeout=10_000)
    frame = history.model.frame
    assert frame.height == 1
    assert frame["Errors"][0] == "1" and frame["Loaded"][0] == "3"
    assert frame["Report"][0].startswith("saved") and frame["Days left"][0] == "30"
    assert frame["Portal"][0] == "Sandbox"
    history.search_edit.setText("no-such-job")
    history.reload()
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
    assert history.model.frame.height == 0
    history.search_edit.setText("hris_export")
    history.reload()
    qtbot.waitUntil(lambda: not window.pool.busy and bool(history.rows), timeout=10_000)

    saved: list = []
    history.export(tmp_path / "history.csv", fmt="csv", on_saved=saved.append)
    history.export(tmp_path / "history.duckdb", fmt="duckdb", on_saved=saved.append)
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=20_000)
    with (tmp_path / "history.csv").open(encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert exported[0]["import_id"] == imp.import_id and exported[0]["error_records"] == "1"
    import duckdb

    con = duckdb.connect(str(tmp_path / "history.duckdb"), read_only=True)
    try:
        # Real tables, not a view: jobs and imports as the data-pipeline guide mirrors them.
        assert con.execute("select table_name, table_type from information_schema.tables "
                           "where table_schema = 'main' order by table_name").fetchall() == [
            ("imports", "BASE TABLE"), ("jobs", "BASE TABLE")]
        assert con.execute("select count(*) from imports").fetchone()[0] == 1
        assert con.execute("select count(*) from imports join jobs using (job_ref)").fetchone()[0] == 1
        assert con.execute("select job_id from jobs").fetchall() == [(imp_job := window.state.context.journal.job(ref).job_id,)]
    finally:
        con.close()
    assert imp_job

    history.table.selectRow(0)
    qtbot.mouseClick(history.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results_page.data is not None and not window.pool.busy, timeout=20_000)
    assert window.results_page.import_id == imp.import_id
    assert report_gets(sandbox, imp.import_id) == 1
