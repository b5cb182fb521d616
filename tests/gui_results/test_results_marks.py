"""Results after a real sandbox job: the cells the portal named, the message filter and its highlight,
the portal's reasons carried into fix and reload, where a save goes, and the Excel file it writes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from gui_helpers import BULK_ONLY
from PySide6.QtCore import Qt, QUrl
from results_helpers import (
    EXISTING_DIVISION,
    NEW_DIVISION_EMPLOYEES,
    open_window,
    prepare_import,
    run_and_wait,
)

from csod_desktop.core.export import XLSX_FILLS
from csod_desktop.services.plan import PORTAL_REFUSED
from csod_desktop.ui import theme
from csod_desktop.ui.main_window import RESULTS, REVIEW
from csod_desktop.ui.models.report_model import ROW_COLUMN

pytestmark = pytest.mark.gui
UNKNOWN = {2: "SUP_999999999", 4: "SUP_888888888"}  # record -> a division the portal does not have


def two_kinds_of_failure(folder: Path) -> Path:
    """4 employees in an existing division, except records 2 and 4 (each its own unknown division)."""
    with NEW_DIVISION_EMPLOYEES.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("Division")
    for number, row in enumerate(rows[1:], start=1):
        row[column] = UNKNOWN.get(number, EXISTING_DIVISION)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "employees.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return out


def results_after_a_job(qtbot, make_window, sandbox, source: Path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    prepare_import(qtbot, window, source, "chr.employee")
    ref = run_and_wait(qtbot, window)
    imp = window.state.context.journal.job(ref).imports[0]
    assert (imp.successful_records, imp.error_records) == (2, 2)
    window.run_page.status.open_requested.emit(imp.import_id)
    assert window.current_step() == RESULTS
    results = window.results_page
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    return window, results, imp


def test_the_cells_the_portal_named_are_marked_and_the_filter_matches_its_highlight(qtbot, make_window, sandbox,
                                                                                     tmp_path):
    window, results, _imp = results_after_a_job(qtbot, make_window, sandbox, two_kinds_of_failure(tmp_path))
    model = results.model
    division, first_name = model.column_index("Division"), model.column_index("PersonData_NameData_FirstName")
    assert model.rowCount() == 2
    for view_row in range(2):
        # The portal's message names the division it could not find: that cell, and only that one, is marked.
        assert model.mark(model.report_row(view_row), division) == "error"
        assert model.data(model.index(view_row, division), Qt.ItemDataRole.BackgroundRole).color() == theme.colour(
            "report_error_cell")
        assert model.mark(model.report_row(view_row), first_name) is None
        assert "The portal's error" in model.data(model.index(view_row, division), Qt.ItemDataRole.ToolTipRole)

    groups = results.groups_model
    assert groups.rowCount() == 2  # one message per unknown division
    results._on_groups_clicked(groups.index(1, 0))
    message = groups.items[1][0]
    # The rows shown are the highlighted group's, and the "Show" box says errors.
    assert results.selected_message() == message
    assert model.rowCount() == 1 and message in model.visible_rows()[0][model.column_index("Errors")]
    assert results.filter_combo.currentData() == "errors"
    assert "click it again" in results.rows_label.text()
    # Clicking it again shows every error, and nothing stays highlighted.
    results._on_groups_clicked(groups.index(1, 0))
    assert results.selected_message() == "" and model.rowCount() == 2 and model.message == ""
    # Another kind of row drops the group and its highlight together.
    results._on_groups_clicked(groups.index(0, 0))
    assert results.selected_message() == groups.items[0][0]
    results.filter_combo.setCurrentIndex(results.filter_combo.findData("warnings"))
    assert results.selected_message() == "" and model.message == "" and model.rowCount() == 0
    results.clear_filters()
    assert results.selected_message() == "" and model.rowCount() == 2


def test_fix_and_reload_brings_each_row_back_with_the_portals_reason(qtbot, make_window, sandbox, tmp_path):
    window, results, _imp = results_after_a_job(qtbot, make_window, sandbox, two_kinds_of_failure(tmp_path))
    said = {row[results.model.column_index(ROW_COLUMN)]: row[results.model.column_index("Errors")]
            for row in results.model.visible_rows()}
    assert set(said) == {"2", "4"}
    results.fix_and_reload()
    review = window.review_page
    qtbot.waitUntil(lambda: window.current_step() == REVIEW and review.review is not None and not window.pool.busy,
                    timeout=30_000)
    plan = window.state.plan
    assert plan.source.frame.height == 2
    # Each row carries the portal's own sentence, on the cell it named, beside Review's own checks.
    for row, record in ((1, "2"), (2, "4")):
        refused = [p for p in review.review.by_row.get(row, []) if p.rule == PORTAL_REFUSED]
        assert len(refused) == 1, review.review.by_row.get(row)
        assert refused[0].column == "Division" and said[record] in refused[0].message
        assert refused[0].value == UNKNOWN[int(record)]
        assert review.review.by_cell[(row, "Division")] in ("warning", "error")
    # Fixing the cell keeps the reason (it says what the portal said last time) and the file can go again.
    plan.edit(1, "Division", EXISTING_DIVISION)
    plan.edit(2, "Division", EXISTING_DIVISION)
    review.run_check()
    qtbot.waitUntil(lambda: not plan.stale and not window.pool.busy, timeout=30_000)
    assert [p.rule for p in plan.validation.problems_for_row(1)].count(PORTAL_REFUSED) == 1
    assert review.is_ready()


def test_save_defaults_to_the_files_folder_with_a_readable_name_and_opens_the_folder(qtbot, make_window, sandbox,
                                                                                      tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from csod_desktop.ui import results_page as page_module

    source = two_kinds_of_failure(tmp_path / "hr exports")
    window, results, imp = results_after_a_job(qtbot, make_window, sandbox, source)
    day = imp.created_at.astimezone().strftime("%Y-%m-%d")
    offered: list[str] = []
    chosen = tmp_path / "chosen" / f"employees-{day}-report.xlsx"
    chosen.parent.mkdir()

    def dialog(parent, title, start, filters):
        offered.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    qtbot.mouseClick(results.save_xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen.is_file() and not window.pool.busy, timeout=20_000)
    assert offered == [str(source.parent / f"employees-{day}-report.xlsx")]
    assert window.message_area.text() == f"Report saved to {chosen}."
    assert window.message_area.action_text() == "Open folder"
    window.message_area.trigger_action()
    assert [u.toLocalFile() for u in opened] == [str(chosen.parent)]

    # With the source file's folder gone, the next save starts in the last folder used.
    for path in source.parent.iterdir():
        path.unlink()
    source.parent.rmdir()
    assert results.default_path("csv") == chosen.parent / f"employees-{day}-report.csv"
    assert page_module.save_folder(None, None) == Path.home()


def test_the_excel_file_has_a_frozen_header_a_filter_widths_and_the_named_cells_filled(qtbot, make_window, sandbox,
                                                                                        tmp_path):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    window, results, _imp = results_after_a_job(qtbot, make_window, sandbox, two_kinds_of_failure(tmp_path))
    out = tmp_path / "report.xlsx"
    saved: list[Path] = []
    results.save(out, fmt="xlsx", on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == results.model.header
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(header))}3"
    assert all(c.font.b for c in sheet[1])
    division = header.index("Division") + 1
    errors = header.index("Errors") + 1
    widths = {i: sheet.column_dimensions[get_column_letter(i)].width for i in range(1, len(header) + 1)}
    assert widths[errors] > widths[header.index(ROW_COLUMN) + 1]  # fitted to the values, not all alike
    for row in (2, 3):
        assert sheet.cell(row, division).fill.start_color.rgb.endswith(XLSX_FILLS["error"])
        assert sheet.cell(row, division).value in UNKNOWN.values()
        assert not sheet.cell(row, 2 if division != 2 else 3).fill.start_color.rgb.endswith(XLSX_FILLS["error"])
        assert isinstance(sheet.cell(row, header.index(ROW_COLUMN) + 1).value, int)  # a number, not text
