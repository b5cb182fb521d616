"""After a job ends, pressing Next to Results shows that job's report without another download."""

from __future__ import annotations

import pytest

from csod_desktop.ui.main_window import RESULTS
from gui_helpers import BULK_ONLY
from results_helpers import open_window, planted_employees, prepare_import, report_gets, run_and_wait

pytestmark = pytest.mark.gui


def test_results_step_opens_the_job_that_just_finished(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    ref = run_and_wait(qtbot, window)
    imp = window.state.context.journal.job(ref).imports[0]
    results = window.results_page

    window.go_to(RESULTS)  # what "Next: Results" does: no import chosen by hand
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    assert results.import_id == imp.import_id
    assert results.model.rowCount() == 1  # the planted error row
    assert results.import_combo.currentData() == imp.import_id
    assert report_gets(sandbox, imp.import_id) == 1  # served from the copy the runner cached
