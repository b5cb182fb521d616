"""The Map and Review steps in the real window: combos, value maps, constants, templates, grid tools."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from csod_desktop.api import RetryPolicy
from csod_desktop.ui.main_window import REVIEW
from csod_desktop.ui.map_dialogs import ConstantDialog, ValueMapDialog
from csod_desktop.ui.models.mapping_model import TARGET
from csod_desktop.ui.models.review_model import EXCLUDE
from gui_helpers import SAMPLES, answer_modal, window_at_map

pytestmark = pytest.mark.gui

ERRORS_FILE = SAMPLES / "employees_with_errors.csv"
FAST = {"context_options": {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)}}


def run_review(qtbot, window):
    assert window.go_to(REVIEW)
    qtbot.waitUntil(lambda: window.review_page.review is not None and not window.pool.busy, timeout=30_000)
    return window.review_page


def test_searchable_combo_lists_titles_and_names_and_required_gaps_show_at_the_top(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    model = page.model
    assert page.missing_required() == []
    assert "Every required field is mapped" in page.missing_label.text()
    row = model.row_of("PersonData_NameData_LastName")
    assert model.data(model.index(row, 4)) == "required"
    assert "by name" in model.data(model.index(row, 3))

    # The delegate's editor: every property as "Title · name", required ones starred, searchable.
    index = model.index(row, TARGET)
    delegate = page.table.itemDelegateForColumn(TARGET)
    editor = delegate.createEditor(page.table.viewport(), None, index)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert len(labels) == len(window.state.schema.properties) + 1
    assert "Last Name · PersonData_NameData_LastName *" in labels
    assert editor.completer().filterMode() == Qt.MatchFlag.MatchContains

    # Unmapping a required column lists it at the top; mapping it back clears the notice.
    editor.setCurrentIndex(0)  # "not loaded"
    delegate.setModelData(editor, model, index)
    assert page.missing_required() == ["PersonData_NameData_LastName"]
    assert "Last Name" in page.missing_label.text()
    editor.setCurrentIndex(editor.findData("PersonData_NameData_LastName"))
    delegate.setModelData(editor, model, index)
    assert page.missing_required() == []
    assert model.data(model.index(row, 3)) == "yours"
    editor.deleteLater()


def test_enum_value_map_fixes_a_coded_gender(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    review = run_review(qtbot, window)
    assert any(p.column == "Gender" and p.rule == "enum" for p in review.review.by_row.get(5, []))

    window.go_to(3)
    page.table.setCurrentIndex(page.model.index(page.model.row_of("Gender"), TARGET))
    assert page.values_button.isEnabled()

    def choose(dialog: ValueMapDialog):
        assert "F" in dialog.combos
        dialog.combos["F"].setCurrentIndex(dialog.combos["F"].findData("female"))
        dialog.accept()

    answer_modal(qtbot, ValueMapDialog, choose)
    qtbot.mouseClick(page.values_button, Qt.MouseButton.LeftButton)
    assert window.state.mapping.value_maps["Gender"]["F"] == "female"
    review = run_review(qtbot, window)
    assert not any(p.column == "Gender" for p in review.review.by_row.get(5, []))


def test_constants_fill_every_record(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)

    def fill(dialog: ConstantDialog):
        dialog.property_combo.setCurrentIndex(dialog.property_combo.findData("UserSubType"))
        dialog.value_combo.setEditText("Contractor")
        dialog.accept()

    answer_modal(qtbot, ConstantDialog, fill)
    qtbot.mouseClick(page.constant_button, Qt.MouseButton.LeftButton)
    assert window.state.mapping.constants == {"UserSubType": "Contractor"}
    assert "Contractor" in page.constants.item(0).text()
    review = run_review(qtbot, window)
    assert set(review.review.frame.get_column("UserSubType").to_list()) == {"Contractor"}


def test_saved_template_is_applied_automatically_to_the_same_layout(qtbot, make_window, sandbox, tmp_path):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    location = page.model.row_of("Location")
    page.model.set_target(location, None)  # a deliberate choice the template must remember
    path = page.save_template(name="acme weekly")
    assert path is not None and path.exists()

    # The same columns in another file: the remembered mapping comes back, and the user is told.
    copy = tmp_path / "next_week.csv"
    copy.write_bytes(ERRORS_FILE.read_bytes())
    window.go_to(2)
    window.file_page.open_file(copy)
    qtbot.waitUntil(lambda: window.state.source is not None and window.state.source.path == copy
                    and not window.pool.busy, timeout=20_000)
    window.go_to(3)
    assert "Location" not in window.state.mapping.columns
    assert "applied automatically" in window.message_area.text()
    assert page.template_label.isVisible() and "applied automatically" in page.template_label.text()
    assert page.model.data(page.model.index(0, 3)) == "template"


def test_review_filters_excludes_and_exports_problem_rows(qtbot, make_window, sandbox, tmp_path):
    window = make_window(**FAST)
    window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    review = run_review(qtbot, window)
    model = review.model
    errors = review.review.rows_with("error")
    assert errors and not review.is_ready()
    assert review.summary_model.rowCount() > 0
    assert review.summary_model.frame.get_column("severity").to_list()[0] == "error"  # errors first

    review.filter_combo.setCurrentIndex(review.filter_combo.findData("error"))
    assert model.rows == errors
    review.filter_combo.setCurrentIndex(review.filter_combo.findData("warning"))
    assert all(r in review.review.warning_rows for r in model.rows)
    review.filter_combo.setCurrentIndex(0)

    # A summary line narrows the grid to the records it counts.
    line = next(i for i, rule in enumerate(review.summary_model.frame.get_column("rule").to_list())
                if rule == "required")
    review.summary.clicked.emit(review.summary_model.index(line, 0))
    assert model.rows == [3]
    review.filter_combo.setCurrentIndex(0)
    assert model.rows == sorted(review.review.by_row)

    out = tmp_path / "problems.csv"
    review.export_problems(out)
    qtbot.waitUntil(lambda: out.exists() and not window.pool.busy, timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["Row"]) for r in rows] == sorted(review.review.by_row)
    assert any("required" in r["Problems"].lower() for r in rows if r["Row"] == "3")

    # Exclude one record through its check box, then every record with errors: ready.
    first = model.index(model.row_index(errors[0]), model.column_index(EXCLUDE))
    model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert errors[0] in model.excluded
    qtbot.mouseClick(review.exclude_errors_button, Qt.MouseButton.LeftButton)
    ready, excluded, _warnings, left = review.counts()
    assert left == 0 and excluded == len(errors)
    assert review.is_ready()
    assert review.statement.text().startswith(f"{ready} records ready, {excluded} excluded")
    assert review.payload_button.isEnabled()


def test_validation_can_be_cancelled(qtbot, make_window, sandbox, tmp_path):
    from gui_helpers import big_file

    window = make_window(**FAST)
    window_at_map(qtbot, window, sandbox.root_url, big_file(tmp_path, rows=50_000))
    review = window.review_page
    assert window.go_to(REVIEW)
    assert review.cancel_button.isEnabled()
    qtbot.mouseClick(review.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
    assert review.review is None and window.state.validation is None
    assert "stopped" in review.progress.format().lower()
    assert "stopped" in window.message_area.text()
    assert review.recheck_button.isEnabled() and not review.payload_button.isEnabled()
    # Checking again runs to the end.
    qtbot.mouseClick(review.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=60_000)
    assert review.review.result.n_records == 50_000


def test_a_required_field_left_unmapped_blocks_the_whole_file(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = window_at_map(qtbot, window, sandbox.root_url, ERRORS_FILE)
    page.model.set_target(page.model.row_of("PersonData_NameData_LastName"), None)
    assert "Last Name" in page.missing_label.text()
    review = run_review(qtbot, window)
    assert review.file_level.isVisible()
    assert "whole file" in review.file_level.text()
    assert not review.is_ready() and not review.payload_button.isEnabled()
    review.exclude_errors()
    assert not review.is_ready()  # excluding records cannot fix a missing column
