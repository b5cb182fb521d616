"""The Run step's words and bars mean what they say: status and bar agree, counts are the portal's, jobs
are told apart by file, type and time, types have their friendly names, the confirmation says what is left out."""

from __future__ import annotations

import pytest
from gui_helpers import BULK_ONLY, SAMPLES, answer_modal
from PySide6.QtCore import Qt
from results_helpers import (
    DIVISIONS,
    open_window,
    planted_employees,
    prepare_import,
    run_and_wait,
)

from csod_desktop.ui.main_window import HISTORY
from csod_desktop.ui.run_page import ConfirmDialog
from csod_desktop.ui.status_rows import PROGRESS_COLUMN

pytestmark = pytest.mark.gui
QUICKSTART = SAMPLES / "quickstart_employees.csv"


def _rows(status):
    """(status word, bar text, bar maximum, bar value) of every import row shown now."""
    out = []
    for followed in status.jobs.values():
        item = followed.item
        for i in range(item.childCount() if item is not None else 0):
            child = item.child(i)
            bar = status.tree.itemWidget(child, PROGRESS_COLUMN)
            out.append((child.text(1), bar.format(), bar.maximum(), bar.value(), child.text(2), child.text(3)))
    return out


def test_status_word_and_bar_agree_from_the_queue_to_the_end(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    status = window.run_page.status
    # The portal takes an hour to process the import: it waits in its queue, then processes.
    sandbox.control("config", {"processing_seconds": 3600})
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    seen: set[tuple] = set()

    def sample(predicate):
        def check() -> bool:
            rows = _rows(status)
            seen.update(rows)
            return bool(rows) and predicate(rows)
        return check

    window.run_page.run_now()
    qtbot.waitUntil(sample(lambda rows: rows[0][0] == "Queued"), timeout=20_000)
    sandbox.control("clock", {"advance_seconds": 1900})  # past half the delay: the sandbox says Processing
    qtbot.waitUntil(sample(lambda rows: rows[0][0] == "Processing"), timeout=20_000)
    done: list[int] = []
    status.job_finished.connect(done.append)
    sandbox.control("clock", {"advance_seconds": 1800})
    qtbot.waitUntil(sample(lambda rows: rows[0][0] == "Completed" and bool(done)), timeout=30_000)
    qtbot.waitUntil(lambda: not status.active_jobs(), timeout=20_000)
    seen.update(_rows(status))

    for word, text, maximum, value, records, loaded in seen:
        if word in ("Queued", "Processing"):
            # No count from the portal yet: a busy bar, never a half-filled one that does not move; the
            # file's record count beside it, and no zeros that say nothing yet.
            assert maximum == 0, (word, text)
            assert ("queue" in text) if word == "Queued" else text == "Processing"
            assert records == "4" and loaded == ""
        assert " 0 of " not in text and not text.lower().startswith("processing 0/")
    final = _rows(status)[0]
    assert final[:4] == ("Completed", "3 of 4 loaded", 100, 100)
    bar = status.tree.itemWidget(status.jobs[done[0]].item.child(0), PROGRESS_COLUMN)
    assert bar.property("tone") == "partial"  # painted in the theme's tone_partial (app.qss)


def test_jobs_are_told_apart_types_are_named_and_the_confirmation_says_what_is_left_out(qtbot, make_window,
                                                                                        sandbox):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    run = window.run_page
    # The quick start file, one record excluded on Review (its other records carry Review's warnings).
    counted: dict[str, int] = {}

    def exclude_first(win) -> None:
        win.review_page.model.set_excluded([1], True)  # as the record's check box does
        counted["ready"], counted["excluded"], counted["warnings"], _errors = win.review_page.counts()

    prepare_import(qtbot, window, QUICKSTART, "chr.employee", before_add=exclude_first)
    ready_after, excluded, warnings_after = counted["ready"], counted["excluded"], counted["warnings"]
    assert excluded == 1 and warnings_after >= 1
    assert run.table.item(0, 1).text() == "Employee" and run.table.item(0, 1).toolTip() == "chr.employee"
    assert run.job_label_edit.text().startswith("quickstart_employees.csv · Employee · ")

    said: dict[str, str] = {}
    answer_modal(qtbot, ConfirmDialog, lambda d: (said.setdefault("summary", d.summary), d.accept()))
    done: list[int] = []
    run.status.job_finished.connect(done.append)
    qtbot.mouseClick(run.run_button, Qt.MouseButton.LeftButton)
    summary = said["summary"]
    assert f"1. Employee: {ready_after} records from quickstart_employees.csv" in summary
    assert "1 record you excluded is not sent" in summary
    assert f"{warnings_after} records with warnings are sent" in summary
    qtbot.waitUntil(lambda: bool(done) and not run.status.active_jobs(), timeout=60_000)

    prepare_import(qtbot, window, DIVISIONS, "ou.division")
    second = run_and_wait(qtbot, window)
    status = run.status
    first_item, second_item = status.jobs[done[0]].item, status.jobs[second].item
    # Each job's row names its file, its type and its time; the imports name their type, the portal's
    # own name is in the tooltip.
    assert first_item.text(0) != second_item.text(0)
    assert first_item.text(0).startswith("quickstart_employees.csv · Employee · ")
    assert second_item.text(0).startswith("divisions.csv · Division · ")
    assert first_item.child(0).text(0) == "1. Employee · quickstart_employees.csv"
    assert "chr.employee from quickstart_employees.csv" in first_item.child(0).toolTip(0)
    assert second_item.child(0).text(0) == "1. Division · divisions.csv"

    # Results and History name the types the same way.
    imp = window.state.context.journal.job(done[0]).imports[0]
    status.open_requested.emit(imp.import_id)
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=20_000)
    combo = window.results_page.import_combo
    assert combo.itemText(0).startswith("1. Employee · quickstart_employees.csv")
    assert "chr.employee" in combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert window.go_to(HISTORY)
    history = window.history_page
    qtbot.waitUntil(lambda: len(history.rows) == 2 and not window.pool.busy, timeout=20_000)
    column = [history.model.headerData(c, Qt.Orientation.Horizontal) for c in range(history.model.columnCount())
              ].index("Type")
    types = {history.model.data(history.model.index(r, column)) for r in range(2)}
    assert types == {"Employee", "Division"}
    tips = {history.model.data(history.model.index(r, column), Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert tips == {"chr.employee", "ou.division"}
