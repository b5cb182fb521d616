"""Review in the real window checks against the portal's own data (issue 12): the snapshot read after connecting,
its age and Refresh, the references it holds, what will change record by record, and an application without
employee:read that loads as before with one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from csod_desktop.api import RetryPolicy
from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit
from csod_desktop.services.loads import PollPolicy
from csod_desktop.ui.main_window import FILE, MAP, REVIEW, RUN
from csod_desktop.ui.portal_panel import PortalPanel
from gui_helpers import BULK_ONLY, QUICKSTART, SAMPLES, choose_load_type, connect_sandbox

pytestmark = pytest.mark.gui

FAST_RETRY = {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)}
#: 60 calls a minute in every bucket: a test does not wait out the shared five-a-minute one.
QUICK = {**FAST_RETRY, "governor": Governor({name: (Limit(60, 60.0),) for name in DOCUMENTED_LIMITS}, safety=0.0)}
EMPLOYEES = SAMPLES / "employees.csv"
OFF = "Checks against your portal's data are off:"


def to_review(qtbot, window, path: Path, load_type: str = "chr.employee"):
    """Load type, Continue, the file, the automatic mapping, Review: checked, and compared with the portal."""
    choose_load_type(qtbot, window, load_type)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    window.file_page.open_file(path)
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=60_000)
    assert window.go_to(MAP)
    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy and not window.state.plan.stale,
                    timeout=60_000)
    return review


def open_window(qtbot, make_window, sandbox, client_id: str = "demo-client"):
    window = make_window(context_options=QUICK)
    connect_sandbox(qtbot, window, sandbox.root_url, client_id=client_id)
    assert window.state.context is not None
    qtbot.waitUntil(lambda: not window.portal_check.reading and not window.pool.busy, timeout=30_000)
    return window


def panel_of(window) -> PortalPanel:
    return window.review_page.findChild(PortalPanel)


def panel_texts(window) -> list[str]:
    panel = panel_of(window)
    return [label.text() for label in (panel.status, panel.changes, panel.reconcile) if label.isVisible()]


def test_employees_csv_shows_no_reference_warning_for_what_the_portal_holds(qtbot, make_window, sandbox):
    window = open_window(qtbot, make_window, sandbox)
    snapshot = window.portal_check.snapshot
    assert snapshot is not None and len(snapshot.employees) == 278  # read after connecting
    review = to_review(qtbot, window, EMPLOYEES)
    result = review.review.result
    assert window.state.plan.portal is snapshot  # the check ran with it
    references = result.problems.filter(result.problems["rule"] == "reference")
    assert references.height == 0, references.get_column("message").to_list()
    assert result.problems.height == 0 and review.is_ready(), review.statement.text()
    status = panel_of(window)
    assert status.status.text().startswith("Checked against your portal's data as read just now (at ")
    assert "278 employees" in status.status.text() and OFF not in " ".join(panel_texts(window))
    # The counts: nobody of this file is in the portal yet, so nothing could be left uncompared.
    assert status.changes.text() == "50 new, 0 changed, 0 unchanged."


def test_the_quick_start_shows_its_division_errors_before_anything_is_sent(qtbot, make_window, sandbox):
    window = open_window(qtbot, make_window, sandbox)
    review = to_review(qtbot, window, QUICKSTART)
    result = review.review.result
    division = result.problems.filter((result.problems["column"] == "Division")
                                      & (result.problems["severity"] == "error"))
    assert sorted(division.get_column("row").to_list()) == [1, 2, 3, 4]
    assert all("SUPERVISORY_ORGANIZATION-3-9244" in m for m in division.get_column("message").to_list())
    assert review.review.rows_with("error")[:4] == [1, 2, 3, 4]  # the grid highlights them
    assert not review.is_ready() and not review.payload_button.isEnabled()
    assert "4 records still have errors" in review.statement.text()
    sent = [r for r in sandbox.requests()
            if r["method"] == "POST" and ("/imports/" in r["path"] or r["path"].endswith("/jobs"))]
    assert sent == []  # no job, no data: nothing was sent to learn it


def test_without_employee_read_review_says_so_once_and_loads_as_before(qtbot, make_window, sandbox):
    window = open_window(qtbot, make_window, sandbox, client_id=BULK_ONLY)
    review = to_review(qtbot, window, EMPLOYEES)
    shown = " ".join([*panel_texts(window), window.message_area.text(), review.statement.text()])
    assert shown.count(OFF) == 1, shown  # one sentence, once
    assert "employee:read" in shown
    result = review.review.result
    warnings = result.problems.filter(result.problems["rule"] == "reference").get_column("message").to_list()
    assert warnings and all("must already exist in the portal" in m for m in warnings)  # today's checks
    assert review.is_ready(), review.statement.text()
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == RUN and not window.pool.busy, timeout=20_000)
    status = window.run_page.status
    status.poll_policy = PollPolicy.fast()
    done: list[int] = []
    status.job_finished.connect(done.append)
    window.run_page.run_now()
    qtbot.waitUntil(lambda: bool(done) and not status.active_jobs() and not window.pool.busy, timeout=60_000)
    job = window.state.context.journal.job(done[0])
    assert [(i.successful_records, i.error_records) for i in job.imports] == [(50, 0)]


def test_each_changed_record_shows_its_old_and_new_values(qtbot, make_window, sandbox, tmp_path):
    path = tmp_path / "renamed.csv"
    path.write_text("EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
                    "WorkerStatusData_LastHireDate,Division\r\n948752281,Daniel,Kim-Lee,08/22/2011,SUP_000012100\r\n"
                    "E99999,Ann,New,01/02/2024,SUP_000012151\r\n926114470,Noah,Evans,,SUP_000012154\r\n",
                    encoding="utf-8")
    window = open_window(qtbot, make_window, sandbox)
    to_review(qtbot, window, path)
    panel = panel_of(window)
    assert panel.changes.text() == (
        "1 new, 1 changed, 1 unchanged in the fields the portal lets us compare. Not compared: Division (the "
        "portal's list of employees does not show them), so a record counted unchanged may still change there.")
    viewer = panel.show_changes()
    assert viewer.filter_combo.currentData() == "changed"  # opens on what changes
    assert viewer.model.rowCount() == 1
    assert viewer.detail_title.text() == "Record 1 (948752281): changed"
    last_name = window.state.schema.get("PersonData_NameData_LastName").title
    assert viewer.field_rows(changed_only=True) == [(last_name, "Kim", "Kim-Lee")]  # in bold
    first_name = window.state.schema.get("PersonData_NameData_FirstName").title
    assert (first_name, "Daniel", "Daniel") in viewer.field_rows()  # what was compared, and found equal
    assert "Not compared, so they may change too: Division." in viewer.detail_note.text()
    viewer.filter_combo.setCurrentIndex(viewer.filter_combo.findData(None))
    assert viewer.select_record(3)
    assert viewer.detail_title.text() == "Record 3 (926114470): unchanged in the compared fields"
    assert viewer.field_rows(changed_only=True) == []
    hired = window.state.schema.get("WorkerStatusData_LastHireDate").title
    assert next(r for r in viewer.field_rows() if r[0] == hired)[2] == "(empty: left as it is)"
    assert viewer.select_record(2) and "The portal holds no record E99999 yet" in viewer.detail_note.text()
    viewer.close()


def test_refresh_reads_the_portal_again_and_checks_again(qtbot, make_window, sandbox):
    window = open_window(qtbot, make_window, sandbox)
    review = to_review(qtbot, window, EMPLOYEES)
    panel = panel_of(window)
    first = window.portal_check.snapshot
    reads = sum(1 for r in sandbox.requests() if r["path"].endswith("/users/v2/employees"))
    assert panel.refresh_button.isVisible()
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.portal_check.snapshot is not first and not window.pool.busy
                    and not window.state.plan.stale, timeout=30_000)
    assert sum(1 for r in sandbox.requests() if r["path"].endswith("/users/v2/employees")) > reads
    assert window.state.plan.portal is window.portal_check.snapshot  # checked again with the new reading
    assert window.portal_check.snapshot.taken_at >= first.taken_at and review.is_ready()


def test_a_slow_reading_holds_review_and_can_be_stopped(qtbot, make_window, sandbox):
    # The OU API answers slowly (the connection test reads only /types): the snapshot is still being read when
    # Review checks the file, and Review must not call it ready before the portal's data is in.
    sandbox.control("faults", {"method": "GET", "path": "/organizations/v1/ous$", "status": None, "latency": 3.0,
                               "count": 4})
    window = make_window(context_options=FAST_RETRY)
    page = window.connect_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, "Sandbox")
    page.root_edit.setText(sandbox.root_url)
    qtbot.keyClicks(page.client_edit, "demo-client")
    qtbot.keyClicks(page.secret_edit, "demo-secret")  # a typed loopback address is not the app's own sandbox
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.context is not None, timeout=20_000)
    assert window.portal_check.reading
    choose_load_type(qtbot, window)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE, timeout=20_000)
    window.file_page.open_file(QUICKSTART)
    qtbot.waitUntil(lambda: window.state.source is not None, timeout=20_000)
    assert window.go_to(MAP) and window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and review.cancel_button.isEnabled() is False, timeout=30_000)
    assert window.portal_check.reading and window.state.plan.portal is None
    assert "still being read" in review.statement.text() and not review.payload_button.isEnabled()
    panel = panel_of(window)
    assert panel.stop_button.isVisible() and panel.status.text().startswith("Reading your portal's employees")
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.portal_check.reading and not window.pool.busy, timeout=30_000)
    assert window.portal_check.snapshot is None
    assert panel.status.text().startswith("Checks against your portal's data are off: you stopped reading the "
                                          "portal's employees and OUs. The file is checked on its own, as before.")
    assert "still being read" not in review.statement.text()
    assert review.is_ready()  # the quick start's checks without the portal: as before issue 12


def test_a_division_another_import_of_the_job_creates_is_no_error(qtbot, make_window, sandbox):
    window = open_window(qtbot, make_window, sandbox)
    people = SAMPLES / "employees_new_divisions.csv"
    alone = to_review(qtbot, window, people).review.result
    assert {p.column for p in alone.problem_list() if p.severity.value == "error"} == {"Division"}
    # The divisions first, added to the job: the employees pointing to them are then ready.
    review = to_review(qtbot, window, SAMPLES / "divisions.csv", "ou.division")
    assert review.is_ready(), review.statement.text()
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 1 and not window.pool.busy, timeout=20_000)
    review = to_review(qtbot, window, people)
    assert review.review.result.problems.height == 0 and review.is_ready(), review.statement.text()
    # Taken out of the job again: the divisions exist nowhere, and Review says so when it shows again.
    window.run_page.table.selectRow(0)
    qtbot.mouseClick(window.run_page.remove_button, Qt.MouseButton.LeftButton)
    assert window.run_page.imports == []
    assert window.go_to(RUN) and window.go_to(REVIEW)
    qtbot.waitUntil(lambda: not window.pool.busy and not window.state.plan.stale, timeout=30_000)
    assert not review.is_ready() and "still have errors" in review.statement.text()
