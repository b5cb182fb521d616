"""The window tells the same truth as the command line (issue 19, items 10 and 11): a report not available
yet, or no longer, on the Results step with what to do; a job another csod-desktop drives listed as such on
the Run step, not resumed, and taken over once that process is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from csod_desktop.services.reports import WINDOW_ADVICE
from csod_desktop.store.records import REPORT_EXPIRED, REPORT_NOT_READY
from gui_helpers import SAMPLES
from gui_helpers import BULK_ONLY
from results_helpers import open_window, planted_employees, prepare_import, run_and_wait

pytestmark = pytest.mark.gui


def _report_calls(sandbox, import_id: str) -> list[dict]:
    return [r for r in sandbox.requests() if r["method"] == "GET" and f"/imports/{import_id}/report" in r["path"]]


def test_results_say_a_report_is_not_there_yet_then_gone_and_what_to_do(qtbot, make_window, sandbox, tmp_path):
    sandbox.control("config", {"report_404_seconds": 3600})  # Cornerstone is slow to publish this report
    # An application without employee:read: Review checks the file alone, so the planted record reaches the portal.
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    journal = window.state.context.journal
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    ref = run_and_wait(qtbot, window)
    imp = journal.job(ref).imports[0]
    assert imp.error_records == 1 and imp.report_state == REPORT_NOT_READY  # the journal remembers

    results = window.results_page
    window.run_page.status.open_requested.emit(imp.import_id)
    qtbot.waitUntil(lambda: not window.pool.busy and results.notice.isVisible(), timeout=20_000)
    assert results.data is None
    assert "the report is not saved: the portal did not have it ready yet" in results.summary.text()
    assert results.notice.text() == WINDOW_ADVICE[REPORT_NOT_READY]
    assert "Open these results again in a few minutes" in results.notice.text()

    # A month later the portal no longer keeps it: said once, and never asked for again.
    sandbox.control("clock", {"advance_seconds": 31 * 86400})
    results.open_import(imp.import_id)
    qtbot.waitUntil(lambda: not window.pool.busy and journal.find_import(imp.import_id).report_state == REPORT_EXPIRED,
                    timeout=20_000)
    assert results.notice.text() == WINDOW_ADVICE[REPORT_EXPIRED] and "30 days" in results.notice.text()
    asked = len(_report_calls(sandbox, imp.import_id))
    results.open_import(imp.import_id)
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=20_000)
    assert len(_report_calls(sandbox, imp.import_id)) == asked
    assert "Cornerstone no longer keeps it" in results.summary.text() and results.notice.isVisible()


def test_results_show_a_late_report_once_the_portal_has_it(qtbot, make_window, sandbox, tmp_path):
    sandbox.control("config", {"report_404_seconds": 3600})
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    imp = window.state.context.journal.job(run_and_wait(qtbot, window)).imports[0]
    sandbox.control("config", {"report_404_seconds": 0})
    results = window.results_page
    results.open_import(imp.import_id)
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    assert results.model.rowCount() == 1 and not results.notice.isVisible()
    assert window.state.context.journal.find_import(imp.import_id).report_state == "saved"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_job_another_process_drives_is_listed_and_taken_over_once_it_is_gone(qtbot, make_window, sandbox):
    sandbox.control("config", {"processing_seconds": 3600})
    load = subprocess.Popen(  # a scheduled `load --wait`, in its own process
        [sys.executable, "-m", "csod_desktop", "load", "--base-url", sandbox.root_url, "--client-id", "demo-client",
         "--import", f"chr.employee={SAMPLES / 'employees.csv'}", "--wait", "--poll-interval", "0.2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, CSOD_CLIENT_SECRET="demo-secret"),
    )
    try:
        deadline = time.monotonic() + 90
        while not any(r["method"] == "GET" and "/bulk-api/v1/jobs/" in r["path"] for r in sandbox.requests()):
            assert load.poll() is None and time.monotonic() < deadline, load.communicate()
            time.sleep(0.1)
        window = open_window(make_window, qtbot, sandbox)  # a second csod-desktop, on the same journal
        status = window.run_page.status
        (job,) = window.state.context.journal.unfinished_jobs()
        followed = status.jobs[job.ref]
        # The job's row is one spanned line: its caption, then what it is doing.
        assert followed.item.text(0).endswith(f"—   Being run by another csod-desktop (pid {load.pid})")
        assert status.active_jobs() == []  # listed, not resumed
    finally:
        load.send_signal(signal.SIGKILL)
        load.communicate(timeout=30)
    sandbox.control("config", {"processing_seconds": 0})
    sandbox.control("clock", {"advance_seconds": 7200})
    finished: list[int] = []
    status.job_finished.connect(finished.append)
    status.set_context(window.state.context)  # the portal connection opened again: the job is free now
    qtbot.waitUntil(lambda: bool(finished) and not status.active_jobs(), timeout=60_000)
    assert window.state.context.journal.job(job.ref).state == "finished"
    posts = [r for r in sandbox.requests() if r["method"] == "POST" and "/bulk-api/v1/imports/" in r["path"]]
    assert len(posts) == 1  # the killed load's data, never sent again
