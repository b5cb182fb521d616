"""Where the Review step's grid goes: its first problem, the Show filter, a summary line clicked, the detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from csod_desktop.i18n import translate
from csod_desktop.ui.models.review_model import ALL, PROBLEMS, RULE


def show_first_problem(page: Any) -> None:
    """Select and scroll to the first offending cell (errors first), so the fix is one keystroke away."""
    review = page.review
    if review is not None and not page.model.rows and review.file_level and page.model.severity == PROBLEMS:
        # Only the whole file has problems (its date or number format): every record has them, so the
        # grid shows the records rather than an empty table, and the detail says what is wrong.
        set_filter_silently(page, ALL)
        page.model.set_filter(ALL)
        page.detail.show_problems(review.file_level)
        return
    if review is None or not page.model.rows:
        return
    for severity in ("error", "warning"):
        for record in review.rows_with(severity)[:1]:
            if record not in page.model.rows:
                continue
            for problem in review.by_row[record]:
                if problem.severity.value == severity and problem.column in page.model.layout:
                    index = page.model.index(page.model.row_index(record), page.model.column_index(problem.column))
                    page.grid.setCurrentIndex(index)
                    page.grid.scrollTo(index)
                    return


def set_filter_silently(page: Any, key: str | None) -> None:
    """Choose ``key`` in the Show drop-down without filtering the grid again (the caller does)."""
    page.filter_combo.blockSignals(True)
    page.filter_combo.setCurrentIndex(page.filter_combo.findData(key))
    page.filter_combo.blockSignals(False)
    if key != RULE:
        page.model.severity = key


def filter_changed(page: Any) -> None:
    """The Show drop-down changed: the grid shows those records, and the administrator stays in place."""
    choice = page.filter_combo.currentData()
    if choice == RULE:
        return
    kept = page.grid.remember()
    page.model.set_filter(choice)
    if not page.grid.restore(kept):
        show_first_problem(page)
    page.edits.count_matches()


def summary_clicked(page: Any, index: QModelIndex) -> None:
    """Click (or Enter on) a summary line: the grid shows the records it counts, with the cells of its
    field selected (a line about the whole file shows every record)."""
    if page.review is None or not index.isValid():
        return
    rule, column = page._summary_keys[index.row()]
    if page.review.rows_for(rule, column):
        set_filter_silently(page, RULE)
        page.model.set_rule_filter(rule, column)
    else:
        set_filter_silently(page, ALL)
        page.model.set_filter(ALL)
        whole = [p for p in page.review.file_level if p.rule == rule and p.column == column]
        if whole:
            page.detail.show_problems(whole)
    page.grid.select_column(column)
    page.edits.count_matches()


def grid_current_changed(page: Any, current: QModelIndex) -> None:
    """The detail pane says what is wrong with the current cell (or its record)."""
    if not current.isValid() or page.review is None:
        return
    record = page.model.record(current.row())
    problems = page.review.by_row.get(record, [])
    column = page.model.field_at(current.column())
    if column is not None:
        here = [p for p in problems if p.column == column]
        problems = here or problems
    if problems:
        page.detail.show_problems(problems, placed=True)
    else:
        page.detail.setText(translate("ReviewPage", "Record {record} has no problem in this cell.").format(
            record=record))
