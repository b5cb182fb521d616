"""The keyboard alone: from Connect to Results with Tab, Shift+Tab, the arrows, Space and Enter, in the reading order."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit
from csod_desktop.services.polling import PollPolicy
from csod_desktop.ui import drop_zone, results_page
from csod_desktop.ui.main_window import FILE, LOAD_TYPE, MAP, RESULTS, REVIEW, RUN, STEP_NAMES
from csod_desktop.ui.run_page import ConfirmDialog
from gui_helpers import BULK_ONLY, SAMPLES, answer_modal, window_after_a_job
from keyboard_helpers import describe as _describe
from keyboard_helpers import (
    focus_cycle,
    focusable_on_screen,
    out_of_reading_order,
    press,
    tab_to,
    window_order,
)

DATE = "WorkerStatusData_LastHireDate"

pytestmark = pytest.mark.gui


def _file_with_a_bad_date_and_an_unknown_division(tmp_path: Path) -> Path:
    """4 employees in a division the sandbox holds, except record 2 (a division it does not hold: checked by
    the file alone, Review lets it through and the portal fails it, so the report has a row to read) and
    record 3 (an impossible date: Review's error, fixed in the grid)."""
    with (SAMPLES / "employees_new_divisions.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        row[header.index("Division")] = "SUP_000012155"  # in the sandbox's seed
    rows[2][header.index("Division")] = "SUP_999999999"
    rows[3][header.index(DATE)] = "13/45/2024"
    out = tmp_path / "hris_export.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return out


def _in_reading_order(qtbot, window) -> list:
    """One round of Tab; the stops on the page must follow the page's reading order."""
    order = window_order(qtbot, window)
    page = window.stack.currentWidget()
    on_page = [w for w in order if page.isAncestorOf(w)]
    assert not out_of_reading_order(on_page), out_of_reading_order(on_page)
    # the page is read after the steps and before Back and Next
    assert order.index(on_page[0]) > order.index(window.steps)
    assert order.index(on_page[-1]) < order.index(window.back_button), [_describe(w) for w in order]
    return order


def test_the_whole_flow_with_the_keyboard_alone(qtbot, make_window, sandbox, tmp_path, monkeypatch):
    # The portal is asked at loopback's pace (60 calls a minute: no real minute waited), the job's status
    # polled fast; Review checks the file alone (BULK_ONLY), so the portal fails the unknown division.
    governor = Governor({name: (Limit(60, 60.0),) for name in DOCUMENTED_LIMITS}, safety=0.0)
    window = make_window(context_options={"governor": governor})
    window.run_page.status.poll_policy = PollPolicy.fast()
    window.activateWindow()
    # Until the pages are started (after the first paint) the keyring is not asked and "Remember" waits.
    qtbot.waitUntil(lambda: window.is_started and QApplication.focusWidget() is not None, timeout=20_000)
    page = window.connect_page

    # Tab follows the reading order of the Connect step: the steps, the saved profiles, the form from top
    # to bottom, its buttons, the checks, then Back and Next at the bottom of the window.
    chain = focus_cycle(qtbot, window)
    reading = [window.steps, page.profile_list, page.add_button, page.name_edit, page.portal_edit,
               page.env_combo, page.root_edit, page.client_edit, page.secret_edit, page.remember_check,
               page.advanced.button, page.save_button, page.test_button, page.checks]
    missing = [_describe(w) for w in reading if w not in chain]
    assert not missing, f"Tab never stops on {missing}"
    start = chain.index(window.steps)
    order = chain[start:] + chain[:start]
    positions = [order.index(w) for w in reading]
    assert positions == sorted(positions), [_describe(w) for w in order]
    # Shift+Tab goes back the same way.
    tab_to(qtbot, window, page.test_button)
    assert press(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is page.save_button

    # A new profile for the sandbox, typed.
    tab_to(qtbot, window, page.add_button)
    assert press(qtbot, window, Qt.Key.Key_Space) is page.name_edit  # Add puts the cursor in the form
    qtbot.keyClicks(page.name_edit, "Sandbox")
    tab_to(qtbot, window, page.root_edit)
    qtbot.keyClicks(page.root_edit, sandbox.root_url)
    # The root URL replaces the portal name and environment: Tab now skips them.
    assert press(qtbot, window, Qt.Key.Key_Tab) is page.client_edit
    qtbot.keyClicks(page.client_edit, BULK_ONLY)
    assert press(qtbot, window, Qt.Key.Key_Tab) is page.secret_edit
    qtbot.keyClicks(page.secret_edit, "demo-secret")
    tab_to(qtbot, window, page.test_button)
    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.state.context is not None and not window.pool.busy, timeout=20_000)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and focused.isEnabled(), _describe(focused)

    # Connected, Next is a stop too: after the page, at the bottom of the window, where it is read last.
    chain = focus_cycle(qtbot, window)
    start = chain.index(window.steps)
    order = chain[start:] + chain[:start]
    assert order.index(window.next_button) > order.index(page.checks), [_describe(w) for w in order]

    # Next, reached with Tab and pressed with Space, opens the Load type step.
    tab_to(qtbot, window, window.next_button)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    assert window.current_step() == LOAD_TYPE
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and focused.isEnabled(), _describe(focused)
    # A page built after the window (Load type, and every later one) reads before Back and Next too.
    window.build_all_pages()
    qtbot.waitUntil(lambda: window.loadtype_page.type_list.count() > 0, timeout=20_000)
    tab_to(qtbot, window, window.loadtype_page.type_list)
    press(qtbot, window, Qt.Key.Key_Down)  # a type is chosen with the arrow keys
    assert window.loadtype_page.current_offer() is not None
    chain = focus_cycle(qtbot, window)
    start = chain.index(window.steps)
    order = chain[start:] + chain[:start]
    assert window.loadtype_page.type_list in order, [_describe(w) for w in order]
    assert order.index(window.back_button) > order.index(window.loadtype_page.continue_button), \
        [_describe(w) for w in order]  # Next waits for the type's fields (Continue): Back is the bottom's stop

    # Load type: employees, chosen with the arrows; Continue reached with Tab and pressed with Space.
    types = window.loadtype_page
    tab_to(qtbot, window, types.type_list)
    qtbot.keyClick(types.type_list, Qt.Key.Key_Home)
    while types.current_offer().load_type.type != "chr.employee":
        row = types.type_list.currentRow()
        press(qtbot, window, Qt.Key.Key_Down)
        assert types.type_list.currentRow() != row, "the arrows never reached employees"
    tab_to(qtbot, window, types.continue_button)
    qtbot.keyClick(types.continue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)

    # File: the drop zone is a stop; Enter on it opens the file chooser (the OS dialog, answered here).
    path = _file_with_a_bad_date_and_an_unknown_division(tmp_path)
    asked = []
    monkeypatch.setattr(drop_zone.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: asked.append(args) or (str(path), "")))
    files = window.file_page
    _in_reading_order(qtbot, window)
    tab_to(qtbot, window, files.drop_zone)
    qtbot.keyClick(files.drop_zone, Qt.Key.Key_Return)
    assert asked, "Enter on the drop zone opened no file chooser"
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    assert files.n_records == 4
    assert QApplication.focusWidget() is files.drop_zone  # reading the file does not move the focus
    _in_reading_order(qtbot, window)

    # Map: Next, from the bottom of the window; the automatic mapping is accepted with Next again.
    tab_to(qtbot, window, window.next_button)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    assert window.current_step() == MAP
    qtbot.waitUntil(lambda: window.state.mapping is not None and not window.pool.busy, timeout=20_000)
    _in_reading_order(qtbot, window)
    tab_to(qtbot, window, window.next_button)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    assert window.current_step() == REVIEW

    # Review: the grid is reached with Tab and walked with the arrows to the impossible date, which is
    # typed over; Check again, then "Add to the job", each reached with Tab.
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    assert not review.is_ready(), review.statement.text()
    _in_reading_order(qtbot, window)
    tab_to(qtbot, window, review.grid)
    model = review.model
    qtbot.keyClick(review.grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    while model.record(review.grid.currentIndex().row()) != 3:
        row = review.grid.currentIndex().row()
        press(qtbot, window, Qt.Key.Key_Down)
        assert review.grid.currentIndex().row() != row, "the arrows never reached record 3"
    while review.grid.currentIndex().column() != model.column_index(DATE):
        column = review.grid.currentIndex().column()
        press(qtbot, window, Qt.Key.Key_Right)
        assert review.grid.currentIndex().column() != column, "the arrows never reached the date"
    assert "13/45/2024" in review.detail.text(), review.detail.text()  # the pane says what is wrong
    for char in "07/22/2019":  # as typed: each key to the focused widget (the first opens the cell's editor)
        qtbot.keyClicks(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(model.edits), timeout=5000)
    assert model.edits == {(3, DATE): "07/22/2019"}
    assert QApplication.focusWidget() is review.grid  # back in the grid, where the administrator was
    tab_to(qtbot, window, review.recheck_button)
    qtbot.keyClick(review.recheck_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: review.is_ready() and not window.pool.busy, timeout=30_000)
    tab_to(qtbot, window, review.payload_button)
    qtbot.keyClick(review.payload_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_step() == RUN and not window.pool.busy, timeout=20_000)

    # Run: "Run the job…" reached with Tab; the confirmation is answered with the keyboard too: its
    # focus starts inside it, Tab reaches "Run the job", Space presses it.
    run = window.run_page
    assert len(run.imports) == 1
    _in_reading_order(qtbot, window)
    done: list[int] = []
    run.status.job_finished.connect(done.append)
    answered = []

    def confirm_with_keys(dialog: ConfirmDialog) -> None:
        try:
            dialog.activateWindow()  # what the OS's window manager does with a new modal dialog (offscreen: nothing)
            qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
            stops = 0
            while QApplication.focusWidget() is not dialog.run_button:
                assert stops < 10, "Tab never reached the dialog's Run the job"
                stops += 1
                press(qtbot, dialog, Qt.Key.Key_Tab)
            qtbot.keyClick(dialog.run_button, Qt.Key.Key_Space)
            answered.append(dialog.result())
        finally:
            if dialog.isVisible():  # a failed check must not leave the test waiting on the dialog
                dialog.reject()

    answer_modal(qtbot, ConfirmDialog, confirm_with_keys)
    tab_to(qtbot, window, run.run_button)
    qtbot.keyClick(run.run_button, Qt.Key.Key_Space)
    assert answered, "the confirmation was never shown"
    window.activateWindow()  # the window manager gives the window back its activation (offscreen: nothing)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.waitUntil(lambda: bool(done) and not run.status.active_jobs(), timeout=90_000)
    job = window.state.context.journal.job(done[0])
    assert [(i.successful_records, i.error_records) for i in job.imports] == [(3, 1)]
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and focused.isEnabled(), _describe(focused)

    # Results: the import is chosen in the jobs tree with the arrows, "Open results" is the stop before it.
    tab_to(qtbot, window, run.status.tree)
    tree = run.status.tree
    while run.status._current()[0] != "import":
        item = tree.currentItem()
        press(qtbot, window, Qt.Key.Key_Down)
        assert tree.currentItem() is not item, "the arrows never reached the import's row"
    tab_to(qtbot, window, run.status.open_button, back=True)
    qtbot.keyClick(run.status.open_button, Qt.Key.Key_Space)
    assert window.current_step() == RESULTS
    results = window.results_page
    qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
    _in_reading_order(qtbot, window)
    tab_to(qtbot, window, results.grid)  # the report, one row per record, read with the arrows
    press(qtbot, window, Qt.Key.Key_Down)
    assert results.grid.currentIndex().isValid()
    saved = tmp_path / "report.csv"
    monkeypatch.setattr(results_page.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(saved), "")))
    tab_to(qtbot, window, results.save_csv_button)
    qtbot.keyClick(results.save_csv_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: saved.exists() and not window.pool.busy, timeout=20_000)
    assert "SUP_999999999" in saved.read_text(encoding="utf-8-sig")


def _focus_shows(qtbot, window, widget) -> bool:
    """Whether ``widget`` is drawn differently with the focus than without (its :focus style, a focus frame)."""
    away = window.back_button if widget is window.steps else window.steps
    away.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=2000)
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    return widget.grab().toImage() != without


def test_every_step_is_read_in_order_and_shows_where_the_focus_is(qtbot, make_window, sandbox):
    window = window_after_a_job(qtbot, make_window, sandbox)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    unseen: list[str] = []
    for step in range(len(STEP_NAMES)):
        assert window.go_to(step), STEP_NAMES[step]
        page = window.stack.currentWidget()
        window.steps.setFocus(Qt.FocusReason.TabFocusReason)
        order = window_order(qtbot, window)
        on_page = [w for w in order if page.isAncestorOf(w)]
        assert on_page, STEP_NAMES[step]
        wrong = out_of_reading_order(on_page)
        assert not wrong, f"{STEP_NAMES[step]}: {wrong}"
        assert order.index(window.steps) < order.index(on_page[0])
        bottom = [order.index(b) for b in (window.back_button, window.next_button) if b.isEnabled()]
        assert all(order.index(on_page[-1]) < at for at in bottom) and bottom == sorted(bottom), STEP_NAMES[step]
        # Nothing on screen that takes the focus is left out of Tab's round.
        missed = [_describe(w) for w in focusable_on_screen(page) if w not in order]
        assert not missed, f"{STEP_NAMES[step]}: Tab never stops on {missed}"
        unseen += [f"{STEP_NAMES[step]}: {_describe(w)}" for w in on_page if not _focus_shows(qtbot, window, w)]
    assert window.go_to(RESULTS)  # Back and Next both usable
    unseen += [_describe(w) for w in (window.back_button, window.next_button, window.steps)
               if not _focus_shows(qtbot, window, w)]
    assert not unseen, "the focus does not show on:\n" + "\n".join(unseen)
