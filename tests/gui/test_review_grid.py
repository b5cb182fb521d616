"""The Review grid edits like a spreadsheet, through the plan: undo and redo, paste a block, fill down, find
and replace in a column, the place kept after a re-check, a frozen identity column, a detail pane of a
fixed share, all records or the problem ones, a summary line's cells, and exports of what is shown (issue 14)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from csod_desktop.api import RetryPolicy
from csod_desktop.ui.main_window import FILE, REVIEW
from csod_desktop.ui.models.review_model import ALL, ERRORS, EXCLUDE
from gui_helpers import BULK_ONLY, QUICKSTART, SAMPLES, planted_copy, window_at_map

pytestmark = pytest.mark.gui

ERRORS_FILE = SAMPLES / "employees_with_errors.csv"
FAST = {"context_options": {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)}}
FIRST, LAST, DIVISION = "PersonData_NameData_FirstName", "PersonData_NameData_LastName", "Division"
USER_ID = "EmployeeIdentificationData_UserId"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def review_of(qtbot, make_window, sandbox, path=ERRORS_FILE, *, client_id="demo-client"):
    window = make_window(**FAST)
    window_at_map(qtbot, window, sandbox.root_url, path, client_id=client_id)
    assert window.go_to(REVIEW)
    review = window.review_page
    wait_checked(qtbot, window)
    window.activateWindow()
    return window, review


def wait_checked(qtbot, window) -> None:
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy and not window.state.plan.stale,
                    timeout=60_000)


def key(qtbot, review, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed with the focus in the grid (the step's shortcuts answer it)."""
    review.grid.setFocus()
    qtbot.keyClick(review.grid, k, modifiers)


def select(review, cells) -> None:
    """Select (row, field) cells of the grid; the first is current."""
    model, grid = review.model, review.grid
    selection = QItemSelection()
    for row, name in cells:
        index = model.index(row, model.column_index(name))
        selection.select(index, index)
    first = model.index(cells[0][0], model.column_index(cells[0][1]))
    grid.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_ctrl_z_undoes_an_edit_and_an_exclusion_and_ctrl_y_redoes(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    model, plan = review.model, window.state.plan
    record = model.record(0)
    index = model.index(0, model.column_index(FIRST))
    before = model.data(index)
    assert model.setData(index, "Zed")
    assert plan.edits == {(record, FIRST): "Zed"}
    key(qtbot, review, Qt.Key.Key_Z, CTRL)
    assert plan.edits == {} and model.data(index) == before
    assert "Undone: Edit of 1 cell" in review.change_label.text()
    key(qtbot, review, Qt.Key.Key_Y, CTRL)
    assert plan.edits == {(record, FIRST): "Zed"}
    key(qtbot, review, Qt.Key.Key_Z, CTRL)
    key(qtbot, review, Qt.Key.Key_Z, CTRL | SHIFT)  # the other Redo key
    assert plan.edits == {(record, FIRST): "Zed"}

    # An exclusion is one change too: the check box, then Undo.
    box = model.index(0, model.column_index(EXCLUDE))
    model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert plan.excluded == {record}
    assert review.undo_button.isEnabled() and "Exclusion of record" in review.undo_button.toolTip()
    qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)
    assert plan.excluded == set() and plan.edits == {(record, FIRST): "Zed"}  # only the last change
    assert review.counts()[1] == 0


def test_paste_of_a_3x4_block_from_a_spreadsheet_fills_12_cells_and_one_undo_takes_it_back(
        qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    model, plan = review.model, window.state.plan
    assert model.rowCount() >= 3
    start = model.column_index(FIRST)
    names = [model.field_at(start + j) for j in range(4)]
    assert None not in names
    # As Excel puts it on the clipboard: tabs between cells, CRLF after each row, a quoted cell.
    block = [["A1", "B1", "C1", "D1"], ["A2", '"B 2"', "C2", "D2"], ["A3", "B3", "C3", "D3"]]
    QApplication.clipboard().setText("\r\n".join("\t".join(row) for row in block) + "\r\n")
    select(review, [(0, FIRST)])
    key(qtbot, review, Qt.Key.Key_V, CTRL)
    expected = {(model.record(i), names[j]): block[i][j].strip('"') for i in range(3) for j in range(4)}
    assert {cell: plan.edits[cell] for cell in expected} == expected
    assert len(plan.edits) == 12
    assert model.data(model.index(1, start + 1)) == "B 2"
    assert "Paste: 12 cells changed" in review.change_label.text()
    assert "Paste" not in window.message_area.text()  # said on the step's own line: nothing moves
    key(qtbot, review, Qt.Key.Key_Z, CTRL)  # one paste, one Undo
    assert plan.edits == {}

    # What does not fit is said, never dropped in silence.
    last = model.rowCount() - 1
    select(review, [(last, FIRST)])
    key(qtbot, review, Qt.Key.Key_V, CTRL)
    assert len(plan.edits) == 4
    assert "2 rows of the block did not fit" in window.message_area.text()


def test_copy_then_fill_down_then_find_and_replace_within_one_column(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    model, plan = review.model, window.state.plan
    select(review, [(0, FIRST), (0, LAST)])
    key(qtbot, review, Qt.Key.Key_C, CTRL)
    first, last = model.value(model.record(0), FIRST), model.value(model.record(0), LAST)
    assert QApplication.clipboard().text() == f"{first}\t{last}\r\n"

    # Fill down: the top cell of the selection into the cells under it.
    select(review, [(0, FIRST), (1, FIRST), (2, FIRST)])
    key(qtbot, review, Qt.Key.Key_D, CTRL)
    assert [model.data(model.index(r, model.column_index(FIRST))) for r in range(3)] == [first] * 3
    assert plan.edits.get((model.record(0), FIRST)) is None  # the top cell keeps its own value
    key(qtbot, review, Qt.Key.Key_Z, CTRL)
    assert plan.edits == {}

    # Find and replace, in the Division column only (the grid shows every record for it).
    review.filter_combo.setCurrentIndex(review.filter_combo.findData(ALL))
    assert model.rowCount() == review.review.result.n_records
    select(review, [(0, DIVISION)])
    key(qtbot, review, Qt.Key.Key_H, CTRL)
    bar = review.find_bar
    assert bar.isVisible() and bar.column_combo.currentData() == DIVISION
    divisions = [model.value(r, DIVISION) for r in model.rows]
    target = next(v for v in divisions if v)
    firsts = {r: model.value(r, FIRST) for r in model.rows}
    bar.find_edit.setText(target)
    bar.replace_edit.setText("SUP_REPLACED")
    hits = sum(v == target for v in divisions)
    assert bar.matches.text().startswith(f"{hits} of {len(divisions)}")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert [model.value(r, DIVISION) for r in model.rows] == ["SUP_REPLACED" if v == target else v for v in divisions]
    assert {r: model.value(r, FIRST) for r in model.rows} == firsts  # other columns untouched
    assert len(plan.edits) == hits
    key(qtbot, review, Qt.Key.Key_Z, CTRL)
    assert plan.edits == {}


def test_the_selection_stays_after_an_edit_and_after_checking_again(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    model, grid = review.model, review.grid
    # Somewhere other than the first problem: the last record shown, its Division.
    row = model.rowCount() - 1
    record = model.record(row)
    select(review, [(row, DIVISION)])
    assert grid.current_cell() == (record, DIVISION)
    model.setData(model.index(row, model.column_index(FIRST)), "Edited")
    assert grid.current_cell() == (record, DIVISION)  # an edit moves nothing
    qtbot.mouseClick(review.recheck_button, Qt.MouseButton.LeftButton)
    # While it checks, nothing of the previous check is on screen (no stale grid, no stale totals).
    assert model.rowCount() == 0 and review.summary_model.rowCount() == 0
    assert review.statement.text().startswith("Checking")
    wait_checked(qtbot, window)
    assert grid.current_cell() == (record, DIVISION)  # not the first problem
    assert {(model.record(i.row()), model.field_at(i.column())) for i in grid.selectedIndexes()} == {
        (record, DIVISION)}


def test_the_user_id_column_stays_frozen_when_the_grid_scrolls_sideways(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    grid, model = review.grid, review.model
    assert model.layout[0] == USER_ID and model.frozen == 1
    bar = grid.horizontalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert bar.value() > 0
    frozen = grid.frozen_view
    assert frozen.isVisible()
    assert frozen.geometry().left() == grid.verticalHeader().width() + grid.frameWidth()
    assert frozen.width() == grid.columnWidth(0)
    assert frozen.horizontalHeader().shown_text(0) == "User ID"
    assert frozen.model() is model and frozen.selectionModel() is grid.selectionModel()
    assert frozen.indexAt(frozen.visualRect(model.index(0, 0)).center()).column() == 0
    assert model.data(model.index(0, 0)) == review.review.frame.get_column(USER_ID)[model.record(0) - 1]
    # The main view's first column has scrolled out of sight under it: the frozen one is what is seen.
    assert grid.columnViewportPosition(0) < 0
    # Typing on a frozen cell edits it where it is seen, in the frozen column.
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_X)
    editors = [e for e in frozen.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1 and not [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.plan.edits == {(model.record(0), USER_ID): "x"}, timeout=5000)


def test_the_detail_pane_keeps_its_share_of_the_height_at_a_small_size(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    window.resize(1093, 614)
    qtbot.waitUntil(lambda: window.height() <= 640, timeout=5000)
    QApplication.processEvents()
    grid, detail = review.grid, review.detail

    def share() -> float:
        QApplication.processEvents()
        return detail.height() / (detail.height() + grid.height())

    select(review, [(0, "PersonData_NameData_FirstName")])
    short = share()
    detail.setText("\n".join(f"Problem {i}: a very long explanation of what is wrong and how to fix it." * 3
                             for i in range(40)))
    long = share()
    assert abs(long - short) < 0.02  # the text scrolls inside; the pane does not grow
    assert long < 0.3
    assert grid.viewport().height() >= 3 * grid.verticalHeader().defaultSectionSize()


def test_a_summary_line_selects_the_cells_of_its_own_column(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox)
    keys = review._summary_keys
    line = next(i for i, (_rule, column) in enumerate(keys) if column == DIVISION)
    review.summary.clicked.emit(review.summary_model.index(line, 0))
    model, grid = review.model, review.grid
    rule = keys[line][0]
    assert model.rows == review.review.rows_for(rule, DIVISION)
    columns = {model.field_at(i.column()) for i in grid.selectedIndexes()}
    assert columns == {DIVISION}
    assert len(grid.selectedIndexes()) == len(model.rows)
    assert model.field_at(grid.currentIndex().column()) == DIVISION
    assert "Division" in review.detail.text() or "Division" in model.titles.get(DIVISION, "")


def test_all_records_besides_the_problem_records_only(qtbot, make_window, sandbox):
    window, review = review_of(qtbot, make_window, sandbox, SAMPLES / "employees.csv")
    model = review.model
    problems = len(review.review.by_row)
    n = review.review.result.n_records
    assert model.rowCount() == problems < n
    review.filter_combo.setCurrentIndex(review.filter_combo.findData(ALL))
    assert model.rowCount() == n and list(model.rows) == list(range(1, n + 1))
    review.filter_combo.setCurrentIndex(0)
    assert model.rowCount() == problems


def _many_problems(tmp_path):
    """The quick start's file with record 2 wrong in many fields: its problems make a long cell."""
    path = planted_copy(tmp_path, "PersonData_NameData_FirstName", 2, "x" * 1500)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for column, value in (("WorkerStatusData_LastHireDate", "2019-13-45"), ("Gender", "unknown"),
                          ("PersonData_NameData_LastName", "y" * 1500)):
        if column in header:
            rows[2][header.index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_export_writes_the_rows_the_filter_shows_and_cuts_long_problem_cells(qtbot, make_window, sandbox, tmp_path):
    from csod_desktop.ui.review_jobs import NOTE_CHARS

    window, review = review_of(qtbot, make_window, sandbox, _many_problems(tmp_path))
    errors = review.review.rows_with("error")
    assert errors and len(review.review.by_row) > len(errors), "the file should have warning-only records too"
    review.filter_combo.setCurrentIndex(review.filter_combo.findData(ERRORS))
    out = tmp_path / "problems.csv"
    review.export_problems(out)
    qtbot.waitUntil(lambda: out.exists() and not window.pool.busy, timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["Row"]) for r in rows] == errors  # "Errors only": only them
    assert max(len(r["Problems"]) for r in rows) < NOTE_CHARS + 80
    long = next(r for r in rows if r["Row"] == "2")
    assert "more problem" in long["Problems"] and "see the Review step" in long["Problems"]
    assert long["PersonData_NameData_FirstName"] == "x" * 1500  # the data itself is never cut
    message = window.message_area.text()
    assert f"{len(errors)} rows written" in message and "errors only" in message and "characters" in message


def test_nothing_of_the_previous_file_shows_on_the_next_files_review(qtbot, make_window, sandbox, tmp_path):
    # Checked against the portal's data, the French file's references all resolve and no record has a
    # problem to select; checked on its own (an application without employee:read), each one it uses is
    # a warning, and its Division cell has a detail to leave behind.
    window, review = review_of(qtbot, make_window, sandbox, SAMPLES / "employees_fr_cp1252.csv", client_id=BULK_ONLY)
    assert review.review is not None and review.culture.isVisible()
    select(review, [(0, DIVISION)])
    assert review.detail.text().startswith("Row ")
    assert window.go_to(FILE)
    window.file_page.open_file(QUICKSTART)
    qtbot.waitUntil(lambda: window.state.source is not None and window.state.source.path == QUICKSTART
                    and not window.pool.busy, timeout=20_000)
    # Before Review is shown again, nothing of the French file is left on it.
    assert review.review is None and review.model.rowCount() == 0 and review.summary_model.rowCount() == 0
    assert not review.culture.isVisibleTo(review) and not review.file_level.isVisibleTo(review)
    assert "7,5" not in review.detail.text() and review.detail.text().startswith("Select a highlighted cell")
    assert review.statement.text() == ""


def test_a_file_whose_problems_are_all_file_level_shows_its_records_and_says_the_problem(qtbot, make_window, sandbox):
    """The French file against the portal's data: its references resolve, its only problems are its date and
    number formats. Review shows its ten records (not an empty "problem records" table) and the detail
    pane says what is wrong with all of them."""
    from csod_desktop.ui.review_page import ALL

    window, review = review_of(qtbot, make_window, sandbox, SAMPLES / "employees_fr_cp1252.csv")
    assert review.review is not None and not review.review.by_cell and review.review.file_level
    assert review.filter_combo.currentData() == ALL and review.model.rowCount() == 10
    assert "fr-FR" in review.detail.text() and "7,5" in review.detail.text()


def test_a_cell_with_a_problem_tells_a_screen_reader_its_value_severity_and_message(qtbot, make_window, sandbox):
    """Issue 18: the review grid's cells announce their problem (not only a red background)."""
    from PySide6.QtGui import QAccessible

    from csod_desktop.ui import language

    window, review = review_of(qtbot, make_window, sandbox)
    model, data = review.model, review.review
    model.set_filter(ALL)
    record, column = next(k for k, s in data.by_cell.items() if s == "error" and k[1] != model.identity
                          and k[1] in model.layout)
    problem = next(p for p in model.cell_problems(record, column) if p.severity.value == "error")
    index = model.index(model.row_index(record), model.column_index(column))
    # What the grid's accessible table reports for its cells (what a screen reader reads), not only the model.
    table = QAccessible.queryAccessibleInterface(review.grid)
    cells = [table.child(i) for i in range(table.childCount())]
    spoken = {c.text(QAccessible.Text.Name): c.text(QAccessible.Text.Description) for c in cells if c is not None}
    value = model.value(record, column)
    said = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(value or "empty") and f"Error: {problem.message}" in said
    assert said in spoken, "the accessible cell says the value and its problem"
    if problem.hint:
        assert problem.hint in spoken[said]
    # A cell without a problem says its value alone.
    clean = next(c for c in model.columns if (record, c) not in data.by_cell and c != model.identity)
    plain = model.data(model.index(index.row(), model.column_index(clean)), Qt.ItemDataRole.AccessibleTextRole)
    assert plain == (model.value(record, clean) or "empty")
    # The words are the window's: in the pseudo-locale the severity comes translated.
    language.install_language(language.PSEUDO)
    try:
        said = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
        assert language.pseudo("Error: {message}").format(message=problem.message) in said
    finally:
        language.install_language("en")
