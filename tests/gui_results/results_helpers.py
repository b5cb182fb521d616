"""Driving the window from a file to a finished job: prepare imports through the wizard, run, wait."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

from gui_helpers import SAMPLES, choose_load_type, connect_sandbox
from PySide6.QtCore import Qt

from csod_desktop.api import RetryPolicy
from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit
from csod_desktop.services.loads import PollPolicy

FAST_RETRY = {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1, report_not_ready_base=0.05)}
DIVISIONS = SAMPLES / "divisions.csv"
NEW_DIVISION_EMPLOYEES = SAMPLES / "employees_new_divisions.csv"
EXISTING_DIVISION = "SUP_000012155"  # in the sandbox's seed
FORMULA = "=1+2"


def planted_employees(tmp_path: Path, *, planted: bool = True) -> Path:
    """4 employees in an existing division, except record 2 (an unknown division, a formula-like first name).

    Checked against the portal's data, Review calls record 2 an error; a window connected with BULK_ONLY
    checks the file alone, sends it, and the portal fails record 2 (what the Results tests need)."""
    with NEW_DIVISION_EMPLOYEES.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        row[header.index("Division")] = EXISTING_DIVISION
    if planted:  # else all four load, on a window that checks against the portal's data too
        rows[2][header.index("Division")] = "SUP_999999999"
        rows[2][header.index("PersonData_NameData_FirstName")] = FORMULA
    out = tmp_path / "hris_export.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return out


def open_window(make_window, qtbot, sandbox, *, governor: bool = False, client_id: str = "demo-client"):
    """The window connected to the relaxed sandbox. The client's throttle governor keeps the documented
    pace unless ``governor`` is False: then 60 calls a minute, so a test does not wait a real minute.
    ``client_id`` BULK_ONLY: an application without employee:read, whose Review checks the file alone (so
    the portal, not Review, fails ``planted_employees``'s record 2)."""
    options = dict(FAST_RETRY)
    if not governor:
        options["governor"] = Governor({name: (Limit(60, 60.0),) for name in DOCUMENTED_LIMITS}, safety=0.0)
    window = make_window(context_options=options)
    connect_sandbox(qtbot, window, sandbox.root_url, client_id=client_id)
    assert window.state.context is not None
    window.run_page.status.poll_policy = PollPolicy.fast()
    return window


def prepare_import(qtbot, window, path: Path, load_type: str, before_add=None) -> None:
    """Load type, file, automatic mapping, review until ready, then "Add to the job" (lands on Run);
    ``before_add(window)`` runs on the ready Review step, before the button is pressed."""
    from csod_desktop.ui.main_window import FILE, MAP, REVIEW, RUN

    before = len(window.run_page.imports)
    choose_load_type(qtbot, window, load_type)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    window.file_page.open_file(path)
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    assert window.go_to(MAP)
    qtbot.waitUntil(lambda: window.state.mapping is not None and not window.pool.busy, timeout=20_000)
    assert window.go_to(REVIEW)
    review_ready(qtbot, window)
    if before_add is not None:
        before_add(window)
    qtbot.mouseClick(window.review_page.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == before + 1, timeout=20_000)
    assert window.current_step() == RUN


def review_ready(qtbot, window) -> None:
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    assert review.is_ready(), review.statement.text()


def run_and_wait(qtbot, window, *, timeout: int = 60_000) -> int:
    """Run the composed job without the dialog and wait until the status panel saw it finish."""
    status = window.run_page.status
    done: list[int] = []
    status.job_finished.connect(done.append)
    window.run_page.run_now()
    qtbot.waitUntil(lambda: bool(done) and not status.active_jobs(), timeout=timeout)
    return done[0]


def report_gets(sandbox, import_id: str) -> int:
    return sum(1 for r in sandbox.requests()
               if r["method"] == "GET" and f"/imports/{import_id}/" in r["path"] + "/" and "report" in r["path"]
               and r["status"] == 200)


# -- a big report for the viewer's filters (test_report_filter_speed.py and tests/benchmarks/bench_gui.py) --
REPORT_ROWS = 200_000
MESSAGES = ("Division SUP_999999999 does not exist.", "Email address is not valid.")


def big_report(rows: int = REPORT_ROWS) -> bytes:
    """A report shaped like the portal's: payload columns, then Loaded / Errors / Warnings; every third row
    fails (two messages on every sixth), every fifth has a warning."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                     "PersonData_NameData_LastName", "Division", "Email", "Loaded", "Errors", "Warnings"])
    for i in range(rows):
        errors = ""
        if i % 3 == 0:
            errors = " | ".join(MESSAGES) if i % 6 == 0 else MESSAGES[0]
        warning = "Manager E1 is inactive." if i % 5 == 0 else ""
        writer.writerow([f"E{i:06d}", f"First{i}", f"Last{i}", "SUP_000012155", f"person{i}@example.com",
                         "false" if errors else "true", errors, warning])
    return out.getvalue().encode("utf-8")


def report_data(rows: int = REPORT_ROWS):
    """The big report as the opening worker leaves it (prepared off the GUI thread)."""
    from csod_desktop.services.reports import ReportResult
    from csod_desktop.ui.models.report_model import ReportData

    result = ReportResult("imp-big", "full", big_report(rows), from_cache=True, path=None, downloads_used=1, cap=4)
    data = ReportData("imp-big", result, source_name="big.csv")
    data.joined = [[i + 1] for i in range(rows)]
    data.prepare()
    assert len(data.table.rows) == rows
    return data


def _every(rows: int, n: int) -> int:
    """How many of rows 0..rows-1 are a multiple of ``n`` (the planted errors and warnings)."""
    return (rows + n - 1) // n


def timed(action) -> float:
    """Seconds ``action`` holds the GUI thread, including the repaint it causes."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    start = time.perf_counter()
    action()
    QApplication.processEvents()  # the view repaints what the reset changed
    return time.perf_counter() - start


def filter_timings(results, data) -> tuple[float, dict[str, float]]:
    """Show ``data`` on the results page, then change each filter and search as an administrator does;
    (seconds to show, {change: seconds}). Checks each change's rows on the way."""
    rows = len(data.table.rows)
    shown = timed(lambda: results._show(data))  # the worker's result arriving on the GUI thread
    model = results.model
    assert model.rowCount() == rows
    assert results.summary.text().startswith(f"{_every(rows, 3):,} rows with errors, {_every(rows, 5):,} with warnings")
    errors_col = model.column_index("Errors")
    timings: dict[str, float] = {}
    timings["errors"] = timed(lambda: results.filter_combo.setCurrentIndex(1))
    assert model.rowCount() == _every(rows, 3)
    timings["warnings"] = timed(lambda: results.filter_combo.setCurrentIndex(2))
    assert model.rowCount() == _every(rows, 5)
    timings["all"] = timed(lambda: results.filter_combo.setCurrentIndex(0))
    assert model.rowCount() == rows
    # Search any cell, case-insensitive, one keystroke at a time as the administrator types.
    last = f"E{rows - 1:06d}"
    for text in ("p", "pe", f"person{rows - 1}"[:-1], f"PERSON{rows - 1}@"):
        timings[f"search {text}"] = timed(lambda t=text: results.search_edit.setText(t))
    assert model.rowCount() == 1
    assert model.visible_rows()[0][model.column_index("EmployeeIdentificationData_UserId")] == last
    timings["no match"] = timed(lambda: results.search_edit.setText("no such text anywhere"))
    assert model.rowCount() == 0
    timings["clear"] = timed(results.clear_filters)
    assert model.rowCount() == rows
    # Errors grouped by message: clicking a group keeps only the rows with that message.
    groups = results.groups_model
    assert dict(groups.items) == {MESSAGES[0]: _every(rows, 3), MESSAGES[1]: _every(rows, 6)}
    row = next(i for i, (message, _) in enumerate(groups.items) if message == MESSAGES[1])
    timings["message"] = timed(lambda: results._on_groups_clicked(groups.index(row, 0)))
    assert model.rowCount() == _every(rows, 6)
    assert all(MESSAGES[1] in r[errors_col] for r in model.visible_rows()[:100])
    return shown, timings
