"""The report viewer over a real sandbox report: one download, rows joined to the file, safe saving, the cap."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from csod_desktop.ui import theme
from csod_desktop.ui.main_window import RESULTS
from csod_desktop.ui.models.report_model import ROW_COLUMN
from gui_helpers import BULK_ONLY
from results_helpers import FORMULA, open_window, planted_employees, prepare_import, report_gets, run_and_wait

pytestmark = pytest.mark.gui


def test_report_downloaded_once_joined_saved_safely_and_capped(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    ref = run_and_wait(qtbot, window)
    job = window.state.context.journal.job(ref)
    imp = job.imports[0]
    assert (imp.total_records, imp.successful_records, imp.error_records) == (4, 3, 1)
    # Downloaded automatically when the job finished: exactly once.
    assert report_gets(sandbox, imp.import_id) == 1

    results = window.results_page
    window.run_page.status.open_requested.emit(imp.import_id)
    assert window.current_step() == RESULTS
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    model = results.model
    assert model.rowCount() == 1
    header = model.header
    row = model.visible_rows()[0]
    # Joined back: the failed report row is record 2 of the administrator's file.
    assert row[header.index(ROW_COLUMN)] == "2"
    assert row[header.index("PersonData_NameData_FirstName")] == FORMULA
    errors_col = header.index("Errors")
    assert "SUP_999999999" in row[errors_col]
    brush = model.data(model.index(0, errors_col), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == theme.colour("error_bg")
    assert results.groups_model.rowCount() == 1 and results.groups_model.items[0][1] == 1
    assert results.usage.text() == "1 of 5 used, cap 4"
    assert results.usage.isVisible()

    # Filters and search.
    results.filter_combo.setCurrentIndex(2)  # warnings only: the error row has none
    assert model.rowCount() == 0
    results.filter_combo.setCurrentIndex(1)
    assert model.rowCount() == 1
    results.search_edit.setText("no such text anywhere")
    assert model.rowCount() == 0
    results.clear_filters()
    assert model.rowCount() == 1

    # Opening it ten times costs nothing more.
    for _ in range(10):
        results.open_import(imp.import_id)
        qtbot.waitUntil(lambda: not window.pool.busy, timeout=20_000)
    assert report_gets(sandbox, imp.import_id) == 1
    assert results.data.result.from_cache
    assert results.usage.text() == "1 of 5 used, cap 4"

    # Saving as CSV neutralizes formula-like cells.
    saved: list = []
    out = tmp_path / "report.csv"
    results.save(out, fmt="csv", on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for line in csv.reader(handle) for cell in line]
    assert "'" + FORMULA in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    saved.clear()
    xlsx = tmp_path / "report.xlsx"
    results.save(xlsx, fmt="xlsx", on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    values = [c.value for r in sheet.iter_rows() for c in r]
    assert "'" + FORMULA in values and not any(str(v).startswith("=") for v in values if v)

    # Downloading again asks first; "no" costs nothing, "yes" spends one download.
    asked: list[str] = []
    results.ask = lambda title, text: asked.append(text) or False
    assert not results.redownload()
    assert asked and "1 of 5 used, cap 4" in asked[0]
    assert report_gets(sandbox, imp.import_id) == 1
    results.ask = lambda title, text: True
    assert results.redownload()
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=20_000)
    assert report_gets(sandbox, imp.import_id) == 2
    assert results.usage.text() == "2 of 5 used, cap 4"

    # Past the cap the window refuses, and says why.
    window.state.context.journal.ledger.set_cap(2)
    results.open_import(imp.import_id)
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=20_000)
    assert not results.redownload_button.isEnabled()
    assert not results.redownload()
    assert "cannot be downloaded again" in window.message_area.text()
    assert report_gets(sandbox, imp.import_id) == 2
    assert results.model.rowCount() == 1  # the saved copy is still shown


def test_expired_report_is_explained_and_the_saved_copy_still_shown(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    ref = run_and_wait(qtbot, window)
    imp = window.state.context.journal.job(ref).imports[0]
    sandbox.control("clock", {"advance_seconds": 31 * 86400})  # past Cornerstone's 30-day retention
    results = window.results_page
    window.run_page.status.open_requested.emit(imp.import_id)
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    results.ask = lambda title, text: True
    assert results.redownload()
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=20_000)
    assert results.notice.isVisible()
    assert "Showing the copy saved on this computer" in results.notice.text()
    assert results.model.rowCount() == 1 and results.data.result.from_cache
