"""Review's half of "never load a date or a number other than the one meant" (issue 13), in the real window
against the sandbox: one error for the French file's date column naming fr-FR, the one-click switch that
makes every record ready and stores 2023-09-04 for 04/09/2023, the confirmation of dates no value proves
(recorded in the plan), and neither for ISO dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from csod_desktop.core.culture_findings import CONFIRM_DATE_FORMAT
from csod_desktop.services.plan_history import REVIEW
from csod_desktop.ui.main_window import LOAD_TYPE, REVIEW as REVIEW_STEP, RUN
from gui_helpers import SAMPLES
from results_helpers import open_window, run_and_wait
from test_plan_window import to_review

pytestmark = pytest.mark.gui

FRENCH = SAMPLES / "employees_fr_cp1252.csv"
DATE, NUMBER = "WorkerStatusData_LastHireDate", "CF_NumericField#31"
HEADER = "User ID;First Name;Last Name;Division;Last Hire Date;Annual Bonus Target\r\n"


def employees(tmp_path: Path, name: str, dates: list[str], bonus: list[str] | None = None) -> Path:
    path = tmp_path / name
    bonus = bonus or ["1.5"] * len(dates)
    rows = [f"C{i:04d};Ann{i};Lee;SUP_000012155;{d};{b}\r\n" for i, (d, b) in enumerate(zip(dates, bonus))]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def checked(qtbot, window) -> None:
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy and not window.state.plan.stale,
                    timeout=60_000)


def test_the_french_file_gets_one_date_error_naming_fr_fr_and_one_click_makes_it_load_right(
        qtbot, make_window, sandbox):
    window = open_window(make_window, qtbot, sandbox)
    review = to_review(qtbot, window, FRENCH)
    plan = window.state.plan
    dates = [p for p in review.review.result.problem_list() if p.column == DATE]
    assert len(dates) == 1  # one error for the column, not one per unambiguous row
    (date,) = dates
    assert date.row == 0 and date.severity.value == "error" and "fr-FR" in date.hint
    assert "04/09/2023 would be loaded as 9 April 2023 instead of 4 September 2023" in date.message
    # The hint names the setting to change, never "write it with a dot".
    for problem in review.review.result.problem_list():
        assert "with a dot" not in problem.hint
    assert "Set Date format to fr-FR" in date.hint
    panel = review.culture
    assert panel.isVisible() and date.message in " ".join(w.text() for w in panel.findChildren(type(panel.notice)))
    assert "Use fr-FR for dates" in panel.buttons
    assert not review.is_ready()
    assert review.counts()[0] == 0  # no record is "ready" while its dates would be read wrong

    # One click: the import's settings change through the plan and the file is checked again at once.
    qtbot.mouseClick(panel.buttons["Use fr-FR for dates and numbers"], Qt.MouseButton.LeftButton)
    assert plan.settings["datetime_culture"] == "fr-FR" and plan.settings["number_culture"] == "fr-FR"
    checked(qtbot, window)
    result = review.review.result
    assert result.date_culture == "fr-FR" and result.n_errors == 0 and not result.file_errors
    assert review.is_ready() and review.counts()[0] == result.n_records == 10
    assert "Date format is now fr-FR (it was en-US)" in panel.notice.text() and panel.undo_button.isVisible()
    form = window.loadtype_page.form
    assert form.control("datetime_culture").currentData() == "fr-FR"  # the Load type step shows it
    assert form.control("number_culture").currentData() == "fr-FR"

    # Undo puts the settings back (and the Load type step with them); Redo takes the switch again.
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "datetime_culture" not in plan.settings and "number_culture" not in plan.settings
    assert form.control("datetime_culture").currentData() is None
    checked(qtbot, window)
    assert not review.is_ready()
    assert plan.redo(REVIEW) == "Use fr-FR for dates and numbers"
    checked(qtbot, window)
    assert review.is_ready()

    # Sent: the sandbox stores the date that was meant.
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == RUN and len(window.run_page.imports) == 1, timeout=20_000)
    ref = run_and_wait(qtbot, window)
    assert window.state.context.journal.job(ref).state == "finished"
    user = sandbox.control("users/F10001", method="GET")
    assert user[DATE] == "2023-09-04", user
    assert str(user[NUMBER]) in ("7.5", "7.50")


def test_dates_no_value_proves_ask_once_with_two_dates_in_words_and_the_answer_is_in_the_plan(
        qtbot, make_window, sandbox, tmp_path):
    path = employees(tmp_path, "ambiguous.csv", ["04/09/2023", "05/10/2023", "01/02/2024", "12/11/2023"])
    window = open_window(make_window, qtbot, sandbox)
    review = to_review(qtbot, window, path)
    plan, result = window.state.plan, review.review.result
    (question,) = result.confirmations
    assert question.rule == CONFIRM_DATE_FORMAT and question.column == DATE
    assert "04/09/2023 will be loaded as 9 April 2023, and 05/10/2023 as 10 May 2023" in question.message
    assert not result.file_errors and result.n_errors == 0
    panel = review.culture
    yes = "Yes, month first: keep Date format en-US"
    assert panel.isVisible() and yes in panel.buttons and "Use fr-FR for dates" in panel.buttons
    texts = " ".join(label.text() for label in panel.findChildren(type(panel.notice)))
    assert "04/09/2023 will be loaded as 9 April 2023" in texts and "Please confirm once" in texts

    qtbot.mouseClick(panel.buttons[yes], Qt.MouseButton.LeftButton)
    assert plan.confirmed == {("datetime_culture", "en-US")}
    checked(qtbot, window)
    assert review.review.result.confirmations == [] and yes not in panel.buttons  # not asked again
    assert plan.checked.confirmed == frozenset({("datetime_culture", "en-US")})  # part of what was checked
    assert review.is_ready()

    # Ctrl+Z takes the answer back, and the question is asked again.
    review.grid.setFocus()
    qtbot.keyClick(review.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.confirmed == set()
    checked(qtbot, window)
    assert review.review.result.confirmations
    qtbot.mouseClick(review.culture.buttons[yes], Qt.MouseButton.LeftButton)
    checked(qtbot, window)

    # Another Date format is another question: the answer given under en-US no longer holds.
    assert window.go_to(LOAD_TYPE)
    combo = window.loadtype_page.form.control("datetime_culture")
    combo.setCurrentIndex(combo.findData("fr-FR"))
    assert plan.confirmed == set()
    combo.setCurrentIndex(combo.findData("en-US"))
    assert window.go_to(REVIEW_STEP)
    checked(qtbot, window)
    assert review.review.result.confirmations

    # So is another file.
    plan.confirm("datetime_culture", "en-US", "Yes")
    assert plan.confirmed
    plan.read(path)
    assert plan.confirmed == set()


def test_iso_dates_get_neither_an_error_nor_a_question(qtbot, make_window, sandbox, tmp_path):
    path = employees(tmp_path, "iso.csv", ["2023-09-04", "2023-10-05", "2024-02-01", "2023-11-12"])
    window = open_window(make_window, qtbot, sandbox)
    review = to_review(qtbot, window, path)
    result = review.review.result
    assert result.confirmations == [] and result.suggestions == [] and not result.file_errors
    assert not review.culture.isVisible() and review.culture.buttons == {}
    assert review.is_ready()


def test_a_number_the_setting_cannot_read_points_at_the_number_format_setting(qtbot, make_window, sandbox, tmp_path):
    path = employees(tmp_path, "bonus.csv", ["2023-09-04"] * 3, ["1.5", "7,5", "2.25"])
    window = open_window(make_window, qtbot, sandbox)
    review = to_review(qtbot, window, path)
    model = review.model
    index = model.index(model.row_index(2), model.column_index(NUMBER))
    review.grid.setCurrentIndex(index)
    detail = review.detail.text()
    assert "'7,5' is not a number in the en-US number format" in detail
    assert "set Number format to fr-FR on the Load type step" in detail
    assert "with a dot" not in detail
