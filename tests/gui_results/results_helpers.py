"""Driving the window from a file to a finished job: prepare imports through the wizard, run, wait."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from csod_desktop.api import RetryPolicy
from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit
from csod_desktop.services.loads import PollPolicy
from gui_helpers import SAMPLES, choose_load_type, connect_sandbox

FAST_RETRY = {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1, report_not_ready_base=0.05)}
DIVISIONS = SAMPLES / "divisions.csv"
NEW_DIVISION_EMPLOYEES = SAMPLES / "employees_new_divisions.csv"
EXISTING_DIVISION = "SUP_000012155"  # in the sandbox's seed
FORMULA = "=1+2"


def planted_employees(tmp_path: Path) -> Path:
    """4 employees in an existing division, except record 2 (an unknown division, a formula-like first name)."""
    with NEW_DIVISION_EMPLOYEES.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        row[header.index("Division")] = EXISTING_DIVISION
    rows[2][header.index("Division")] = "SUP_999999999"
    rows[2][header.index("PersonData_NameData_FirstName")] = FORMULA
    out = tmp_path / "hris_export.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return out


def open_window(make_window, qtbot, sandbox, *, governor: bool = False):
    """The window connected to the relaxed sandbox. The client's throttle governor keeps the documented
    pace unless ``governor`` is False: then 60 calls a minute, so a test does not wait a real minute."""
    options = dict(FAST_RETRY)
    if not governor:
        options["governor"] = Governor({name: (Limit(60, 60.0),) for name in DOCUMENTED_LIMITS}, safety=0.0)
    window = make_window(context_options=options)
    connect_sandbox(qtbot, window, sandbox.root_url)
    assert window.state.context is not None
    window.run_page.status.poll_policy = PollPolicy.fast()
    return window


def prepare_import(qtbot, window, path: Path, load_type: str) -> None:
    """Load type, file, automatic mapping, review until ready, then "Add to the job" (lands on Run)."""
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
