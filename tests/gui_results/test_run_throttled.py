"""Review to Results, saving, and fix and reload, against the sandbox with its documented throttles and the real governor."""

from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path

import pytest

from csod_desktop.api.governor import DOCUMENTED_LIMITS, SHARED, bucket_for
from PySide6.QtCore import Qt

from csod_desktop.ui.main_window import RESULTS, REVIEW, RUN
from csod_desktop.ui.models.report_model import ROW_COLUMN
from gui_helpers import BULK_ONLY, connect_sandbox
from results_helpers import (
    DIVISIONS,
    EXISTING_DIVISION,
    FORMULA,
    NEW_DIVISION_EMPLOYEES,
    prepare_import,
    report_gets,
    review_ready,
    run_and_wait,
)

pytestmark = [pytest.mark.gui, pytest.mark.throttled, pytest.mark.slow]

UNKNOWN_DIVISION = "SUP_999999999"
# Processing long enough that the job needs a second status check: with the schemas, the specification,
# the job creation and the first check, that is a sixth call in the shared five-per-minute bucket, which
# the governor must hold back until the minute has passed (bulk-api-facts.md "Endpoints, scopes and throttles").
PROCESSING_SECONDS = 10


def _employees_with_a_planted_error(tmp_path: Path) -> Path:
    """The employees of the new divisions, record 2 pointing to a division that exists nowhere."""
    with NEW_DIVISION_EMPLOYEES.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    rows[2][rows[0].index("Division")] = UNKNOWN_DIVISION
    rows[2][rows[0].index("PersonData_NameData_FirstName")] = FORMULA  # must not run as a formula when saved
    out = tmp_path / "employees_new_divisions.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return out


def _most_in_a_minute(times: list[datetime]) -> int:
    """The largest number of calls inside any 60-second sliding window (the sandbox's clock)."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if (t - start).total_seconds() < 60) for i, start in enumerate(times)),
               default=0)


def test_two_import_job_under_documented_throttles_draws_no_429(qtbot, make_window, throttled_sandbox, tmp_path):
    sandbox = throttled_sandbox
    sandbox.control("config", {"processing_seconds": PROCESSING_SECONDS})
    config = sandbox.control("config", method="GET")
    # Without the throttles this test would prove nothing: refuse to pass on a relaxed sandbox.
    assert config["throttles"] is True and config["report_404_seconds"] > 0, config
    window = make_window()  # the app's own governor (documented limits) and retry policy
    connect_sandbox(qtbot, window, sandbox.root_url, client_id=BULK_ONLY)  # the portal fails the planted error
    assert window.state.context is not None
    assert window.state.context.client.governor.limits == DOCUMENTED_LIMITS
    assert window.run_page.status.poll_policy is None  # the documented polling pace

    employees = _employees_with_a_planted_error(tmp_path)
    prepare_import(qtbot, window, employees, "chr.employee")
    prepare_import(qtbot, window, DIVISIONS, "ou.division")
    run = window.run_page
    assert [i.load_type for i in run.imports] == ["ou.division", "chr.employee"]

    status = run.status
    done: list[int] = []
    status.job_finished.connect(done.append)
    seen: set[tuple[str, str]] = set()  # (column, text) the panel displayed while the job ran

    def finished() -> bool:
        for followed in status.jobs.values():
            said = re.search(r"next check in (\d+) s", followed.item.text(0)) if followed.item is not None else None
            if said:
                seen.add(("next check", said.group(1)))
            for bar in followed.bars:
                seen.add(("bar", bar.format()))
        return bool(done) and not status.active_jobs()

    run.run_now()
    qtbot.waitUntil(finished, timeout=150_000)
    ref = done[0]

    log = sandbox.requests()
    # No call was refused: the governor kept every bucket under the portal's limits.
    assert [r for r in log if r["status"] == 429] == []
    shared = [datetime.fromisoformat(r["time"]) for r in log if bucket_for(r["method"], r["path"]) == SHARED]
    # More shared calls than one minute allows were made, yet no minute held more than five: the
    # governor paced them (bulk-api-facts.md "Endpoints, scopes and throttles").
    assert len(shared) > 5
    assert _most_in_a_minute(shared) <= 5
    job = window.state.context.journal.job(ref)
    assert [(i.load_type, i.total_records, i.successful_records, i.error_records) for i in job.imports] == [
        ("ou.division", 4, 4, 0), ("chr.employee", 4, 3, 1)]
    # The panel shows both imports finished with their counts and a full bar.
    for imp in job.imports:
        row = status.import_row(imp.import_id)
        assert row.text(3) == str(imp.successful_records) and row.text(5) == str(imp.error_records)
        assert status.tree.itemWidget(row, 6).value() == 100
    assert "job finished" in status.jobs[ref].item.text(0).lower()
    # While it ran, the panel showed the imports' progress and when the next status check would be.
    bars = {text for kind, text in seen if kind == "bar"}
    assert any(t.startswith(("Sending", "In the portal's queue", "Processing", "Received")) for t in bars), bars
    waits = [int(text) for kind, text in seen if kind == "next check"]
    # The policy asks every 15 s; a wait announced longer than that came from the governor.
    assert waits and max(waits) > 15, seen

    # The import with errors: its report downloaded once, automatically; shown joined to the file.
    failed = job.imports[1]
    assert report_gets(sandbox, failed.import_id) == 1
    assert report_gets(sandbox, job.imports[0].import_id) == 0  # clean: no download spent
    results = window.results_page
    status.open_requested.emit(failed.import_id)
    assert window.current_step() == RESULTS
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=30_000)
    model = results.model
    assert model.rowCount() == 1
    row = model.visible_rows()[0]
    assert row[model.header.index(ROW_COLUMN)] == "2"
    assert UNKNOWN_DIVISION in row[model.header.index("Errors")]
    assert report_gets(sandbox, failed.import_id) == 1


    # Saving the report as CSV: the formula-like first name is neutralized.
    saved: list = []
    out = tmp_path / "report.csv"
    results.save(out, fmt="csv", on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for line in csv.reader(handle) for cell in line]
    assert "'" + FORMULA in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)

    # Fix and reload: only the failed row goes back to Review; fixed, it loads clean as a second job,
    # still paced by the governor under the documented limits.
    qtbot.mouseClick(results.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == REVIEW, timeout=30_000)
    review_ready(qtbot, window)
    assert window.state.source.frame.height == 1
    review = window.review_page
    cell = review.model.index(0, review.model.column_index("Division"))
    assert review.model.setData(cell, EXISTING_DIVISION, Qt.ItemDataRole.EditRole)
    qtbot.mouseClick(review.recheck_button, Qt.MouseButton.LeftButton)
    review_ready(qtbot, window)
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 1, timeout=20_000)
    assert window.current_step() == RUN
    second = run_and_wait(qtbot, window, timeout=150_000)
    assert second != ref
    fixed = window.state.context.journal.job(second).imports[0]
    assert (fixed.total_records, fixed.successful_records, fixed.error_records) == (1, 1, 0)
    log = sandbox.requests()
    assert [r for r in log if r["status"] == 429] == []
    shared = [datetime.fromisoformat(r["time"]) for r in log if bucket_for(r["method"], r["path"]) == SHARED]
    assert _most_in_a_minute(shared) <= 5
