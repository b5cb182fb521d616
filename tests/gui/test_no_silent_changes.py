"""No silent changes on the Load type, File and Map steps (issue 14): the wheel over an unfocused setting
changes nothing, a Map choice that unmaps another column is said and undone, a typo never gives "not
loaded", a constant starts on no field, the File step keeps its warnings, the drop-down's chosen item is
readable and clipped titles end in "…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from csod_desktop.api import RetryPolicy
from csod_desktop.ui.eliding_header import ElidingHeader
from csod_desktop.ui.main_window import FILE, MAP
from csod_desktop.ui.map_dialogs import ConstantDialog, ValueMapDialog
from csod_desktop.ui.models.mapping_model import NOT_MAPPED, TARGET
from csod_desktop.ui.widgets import SearchableCombo
from gui_helpers import QUICKSTART, SAMPLES, answer_modal, choose_load_type, connect_sandbox, window_at_map

pytestmark = pytest.mark.gui

ERRORS_FILE = SAMPLES / "employees_with_errors.csv"
FAST = {"context_options": {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)}}


def wheel(widget, steps: int = -3) -> None:
    """A mouse wheel turned over ``widget`` (negative: towards the user, the way a form scrolls down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_setting_changes_nothing_and_scrolls_the_form(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    connect_sandbox(qtbot, window, sandbox.root_url)
    choose_load_type(qtbot, window)
    window.resize(1000, 620)
    QApplication.processEvents()
    form = window.loadtype_page.form
    combo = form.control("AllowInactiveUsers")
    scroll = next(a for a in window.loadtype_page.findChildren(QScrollArea) if a.widget() is form)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form should scroll at this size"
    before, values = combo.currentIndex(), form.values()
    window.loadtype_page.type_list.setFocus()
    assert not combo.hasFocus()
    wheel(combo)
    assert combo.currentIndex() == before and form.values() == values  # nothing chosen by the pointer
    assert bar.value() > 0  # the wheel scrolled the form instead

    # Once the administrator clicks into it, the wheel is the control's again.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    wheel(combo, 1)
    wheel(combo, -1)
    assert combo.currentIndex() != before or form.values() != values


def test_the_wheel_over_a_value_map_choice_changes_nothing(qtbot):
    from csod_desktop.core.schema import Property

    prop = Property(name="Gender", title="Gender", type="string", enum_strings=("male", "female"))
    dialog = ValueMapDialog("Gender", prop, ["F", "M"], {}, None)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.combos["F"]
    before = combo.currentIndex()
    wheel(combo)
    wheel(combo, 2)
    assert combo.currentIndex() == before


def open_editor(page, index) -> SearchableCombo:
    """The "Loads into" editor of ``index`` (the table opens it when the cell becomes current)."""
    def visible():
        QApplication.processEvents()
        return [e for e in page.table.findChildren(SearchableCombo, "targetCombo") if e.isVisible()]

    page.table.setCurrentIndex(index)
    if not visible():  # already the current cell: open it as a double click would
        page.table.edit(index)
    editors = visible()
    assert len(editors) == 1
    return editors[0]


def _edit_target(page, source: str, text: str) -> None:
    """Type ``text`` into the "Loads into" editor of ``source`` and press Enter (the delegate commits)."""
    model = page.model
    index = model.index(model.row_of(source), TARGET)
    editor = open_editor(page, index)
    editor.lineEdit().setText(text)
    page.delegate.setModelData(editor, model, index)
    page.delegate.closeEditor.emit(editor)


def test_a_map_choice_that_unmaps_another_column_is_said_and_can_be_undone(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    mapping = window.state.mapping
    before = dict(mapping.columns)
    assert before["Location"] == "Location" and before["Position"] == "Position"
    _edit_target(page, "Position", "Location")  # Location is loaded from the "Location" column already
    assert mapping.columns["Position"] == "Location" and "Location" not in mapping.columns
    notice = page.change_label.text()
    assert page.change_bar.property("level") == "warning"
    assert "'Position' now loads into Location" in notice
    assert "'Location' no longer loads into Location" in notice and "a field takes one column" in notice
    # The row of the other column says it too.
    row = page.model.row_of("Location")
    assert page.model.data(page.model.index(row, TARGET)) == NOT_MAPPED

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.mapping.columns == before
    assert page.change_label.text().startswith("Undone:")
    assert page.model.data(page.model.index(row, TARGET)) == "Location"
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    assert "Location" not in window.state.mapping.columns
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert window.state.mapping.columns == before and window.state.plan.mapping is mapping


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_typing_part_of_a_field_and_enter_picks_it_and_a_typo_changes_nothing(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    mapping = window.state.mapping
    page.model.set_target(page.model.row_of("Position"), None)
    assert "Position" not in mapping.columns
    _edit_target(page, "Position", "Posit")
    assert mapping.columns["Position"] == "Position"  # "Posit" + Enter is Position, never "not loaded"
    _edit_target(page, "Position", "Zzyzx")
    assert mapping.columns["Position"] == "Position"
    assert "No field of the portal matches 'Zzyzx': nothing was changed" in page.change_label.text()

    # With the list of matches open, one Enter takes its first line (not a second Enter, not "not loaded").
    page.model.set_target(page.model.row_of("Position"), None)
    editor = open_editor(page, page.model.index(page.model.row_of("Position"), TARGET))
    editor.lineEdit().clear()
    qtbot.keyClicks(editor.lineEdit(), "Posit")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mapping.columns.get("Position") == "Position", timeout=2000)


def test_add_constant_starts_on_no_field_and_says_what_it_replaces(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    seen: list = []

    def first(dialog: ConstantDialog):
        seen.append((dialog.property_combo.currentIndex(), dialog.property_combo.currentText(),
                     dialog.ok_button.isEnabled()))
        dialog.property_combo.setCurrentIndex(dialog.property_combo.findData("Location"))
        seen.append(dialog.effect.text())
        dialog.value_combo.setEditText("Paris")
        dialog.accept()

    answer_modal(qtbot, ConstantDialog, first)
    qtbot.mouseClick(page.constant_button, Qt.MouseButton.LeftButton)
    assert seen[0] == (-1, "", False)  # not User ID, not anything: nothing chosen yet, OK off
    assert "loads from your column 'Location'" in seen[1] and "only the records where" in seen[1]
    assert window.state.mapping.constants == {"Location": "Paris"}

    def second(dialog: ConstantDialog):
        dialog.property_combo.setCurrentIndex(dialog.property_combo.findData("Location"))
        seen.append(dialog.effect.text())
        dialog.value_combo.setEditText("Lyon")
        dialog.accept()

    answer_modal(qtbot, ConstantDialog, second)
    qtbot.mouseClick(page.constant_button, Qt.MouseButton.LeftButton)
    assert "already has the constant 'Paris': this value replaces it" in seen[2]
    assert "it replaces 'Paris'" in page.change_label.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert window.state.mapping.constants == {"Location": "Paris"}
    assert "Paris" in page.constants.item(0).text()


def test_the_file_steps_warning_stays_when_leaving_the_step_and_coming_back(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, QUICKSTART)  # "Accountant, San Jose" unquoted
    assert window.go_to(FILE)
    file_page = window.file_page
    assert file_page.warnings.isVisible() and "San Jose" in file_page.warnings.text()
    assert window.go_to(MAP) and window.go_to(FILE)
    assert file_page.warnings.isVisible() and "San Jose" in file_page.warnings.text()
    assert page is window.map_page
    # Another file without it: its warning goes with it.
    file_page.open_file(SAMPLES / "employees_fr_cp1252.csv")
    qtbot.waitUntil(lambda: window.state.source.path.name == "employees_fr_cp1252.csv" and not window.pool.busy,
                    timeout=20_000)
    assert not file_page.warnings.isVisible() and "San Jose" not in file_page.warnings.text()


def _dark_share(image, rect) -> float:
    dark = total = 0
    for x in range(rect.left(), rect.right(), 2):
        for y in range(rect.top(), rect.bottom(), 2):
            color = image.pixelColor(x, y)
            total += 1
            dark += color.lightness() < 110
    return dark / max(total, 1)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_chosen_item_of_the_map_drop_down_is_readable(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    index = page.model.index(page.model.row_of("Position"), TARGET)
    editor = open_editor(page, index)
    editor.showPopup()
    view = editor.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    current = view.currentIndex()
    assert current.data() == "Position"
    image = view.viewport().grab().toImage()
    chosen = view.visualRect(current)
    other = view.visualRect(view.model().index(current.row() - 1, 0))
    # The chosen line's text is dark on its light highlight, as the other lines' text is.
    assert _dark_share(image, chosen) > 0.3 * _dark_share(image, other) > 0
    editor.hidePopup()


def test_titles_too_wide_for_their_column_end_in_an_ellipsis(qtbot, make_window, sandbox, tmp_path):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    headers = [page.table.horizontalHeader(), window.file_page.preview.horizontalHeader(),
               window.review_page.grid.horizontalHeader(), window.review_page.summary.horizontalHeader()]
    assert all(isinstance(h, ElidingHeader) for h in headers)
    preview = window.file_page.preview.horizontalHeader()
    preview.resizeSection(0, 90)  # "EmployeeIdentificationData_UserId" in 90 pixels
    shown = preview.shown_text(0)
    assert shown.endswith("…") and len(shown) > 1
    assert preview.bold_metrics().horizontalAdvance(shown) <= preview.text_room(0)
    # A title that fits is whole.
    preview.resizeSection(0, 600)
    assert preview.shown_text(0) == "EmployeeIdentificationData_UserId"


def test_reading_the_file_again_or_another_load_type_says_what_is_left_behind(qtbot, make_window, sandbox):
    from csod_desktop.ui.main_window import LOAD_TYPE, REVIEW

    window = make_window(**FAST)
    window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    plan = window.state.plan
    plan.edit(1, "PersonData_NameData_FirstName", "Zed")
    plan.set_excluded([2], True)
    assert window.go_to(FILE)
    window.file_page.reread()
    qtbot.waitUntil(lambda: not window.pool.busy and not plan.edits, timeout=20_000)
    message = window.message_area.text()
    assert "was read again, so its review starts over: 1 cell edit and 1 exclusion" in message

    assert window.go_to(LOAD_TYPE)
    assert window.loadtype_page.select_type("ou.division")
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    assert window.state.plan is not plan and window.state.source is None
    assert f"{ERRORS_FILE.name} and its mapping were for" in window.message_area.text()
