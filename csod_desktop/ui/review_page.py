"""Step 5, Review: the plan checked in the background, a summary, the problem grid, fixes, exclusions.

A view of the current load plan: edits and exclusions go to the plan as changes Undo takes back, a
change made on another step (a setting, the mapping, the file) is checked again at once, and "Add to
the job" writes the plan's payload parts and says the import is prepared (the window hands it to Run).
Nothing of a previous file or a previous check stays on screen while the next one runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.errors import CsodError
from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.models.review_model import (
    ALL,
    ERRORS,
    EXCLUDE,
    PROBLEMS,
    RULE,
    STATUS,
    WARNINGS,
    ReviewData,
    ReviewModel,
)
from csod_desktop.ui.eliding_header import eliding_header
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.review_culture import CulturePanel, covered
from csod_desktop.ui.review_edits import ReviewEdits
from csod_desktop.ui.review_grid import Kept, ReviewGrid
from csod_desktop.ui.review_jobs import check_job
from csod_desktop.ui.review_payload import ReviewPayload
from csod_desktop.ui.review_tools import DetailPane, FindReplaceBar
from csod_desktop.ui.widgets import ElidedLabel, WrappingRow, tab_after

#: Plan changes that the Review step checks again at once (when it shows; else when it is entered).
RECHECK_ON = frozenset({"settings", "schema", "source", "mapping", "confirmations", "portal"})
#: The grid's filters, in the order of the "Show" drop-down.
FILTERS = (("Problem records only", PROBLEMS), ("Errors only", ERRORS), ("Warnings only", WARNINGS),
           ("All records", ALL), ("A summary line", RULE))
HINT = "Select a highlighted cell to see what is wrong and how to fix it."
#: Below this height (of the step) the lead sentence under the title is hidden.
COMPACT_BELOW = 640
#: The grid's Undo, Redo and Edit buttons look like the page's other buttons, at their height.
TOOL_STYLE = ("QToolButton { background: #ffffff; border: 1px solid #c5ccd8; border-radius: 5px; padding: 5px 10px; }"
              " QToolButton:hover { background: #f0f4fb; } QToolButton:disabled { color: #9aa1ab; }"
              " QToolButton:focus { border-color: #2f7de1; }"
              " QToolButton::menu-indicator { image: none; width: 0; }")


class ReviewPage(StepPage):
    title = "Review before loading"
    lead = (
        "The app checks every record against the portal's rules. Fix a highlighted cell by typing in it "
        "(or paste from a spreadsheet), then check again, or exclude the record. Nothing is sent until you say so."
    )

    #: The import's payload parts are written: ``services.loads.PreparedImport`` list, one per part.
    import_prepared = Signal(list)

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.review: ReviewData | None = None
        self._worker = None
        self._kept: Kept | None = None  # where the administrator was before the grid was rebuilt
        self._hold: Callable[[], str | None] = lambda: None  # why the import is not ready yet (set_portal_panel)
        self._summary_keys: list[tuple[str, str]] = []  # (rule, property) of each summary line

        self.progress = QProgressBar(objectName="checkProgress", maximum=1000)
        self.progress.setFormat("Checking … %p%")
        self.cancel_button = QPushButton("Cancel")
        self.recheck_button = QPushButton("Check again", objectName="recheckButton")
        self.export_button = QPushButton("Export rows…")
        self.export_button.setToolTip("Writes the records the grid shows (with their problems) to a CSV for Excel")
        # What the last gesture did (a paste, an undo, an exclusion) takes the progress bar's place once the
        # check is done: the message area above would push the grid down under the pointer at every paste.
        self.change_label = ElidedLabel("", objectName="reviewChange")
        self.change_label.setStyleSheet("#reviewChange { color: #1f4f96; font-weight: 600; }")
        self.change_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.change_label, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.recheck_button)
        top.addWidget(self.export_button)

        self.culture = CulturePanel()
        self.file_level = QLabel("", objectName="fileLevelProblems")
        self.file_level.setWordWrap(True)
        self.file_level.hide()
        self.summary_model = FrameModel(headers={"rule": "Rule", "column": "Field", "severity": "Severity",
                                                 "count": "Problems"})
        self.summary = QTableView(objectName="summaryTable")
        eliding_header(self.summary)
        self.summary.setModel(self.summary_model)
        self.summary.verticalHeader().hide()
        self.summary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary.horizontalHeader().setStretchLastSection(False)
        self.summary.setAccessibleName("Problems by rule and column")
        self.summary.setToolTip("Problems by rule and column: click a line to see its records and cells")
        self.summary.setMinimumHeight(self.summary.verticalHeader().defaultSectionSize() + 34)

        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.setAccessibleName("Records to show")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for text, key in FILTERS:
            self.filter_combo.addItem(text, key)
        self.filter_combo.model().item(len(FILTERS) - 1).setEnabled(False)
        self.undo_button = QToolButton(objectName="undoButton", text="Undo")
        self.redo_button = QToolButton(objectName="redoButton", text="Redo")
        self.edit_button = QToolButton(objectName="editMenuButton", text="Edit ▾")
        self.edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.setToolTip("Copy, paste, fill down, clear, find and replace")
        for button in (self.undo_button, self.redo_button, self.edit_button):
            button.setStyleSheet(TOOL_STYLE)
        self.exclude_button = QPushButton("Exclude")
        self.exclude_button.setToolTip("Leave the selected records out of the payload (Ctrl+Z takes it back)")
        self.include_button = QPushButton("Include")
        self.include_button.setToolTip("Take the selected records back into the payload")
        self.exclude_errors_button = QPushButton("Exclude all with errors")
        # One row that wraps when the width is short (a narrow window, 150 % scaling): the record buttons
        # go under the grid tools, at the right, and no button label is ever cut.
        self.tools = WrappingRow()
        self.tools.addWidget(QLabel("Show"))
        self.tools.addWidget(self.filter_combo)
        for button in (self.undo_button, self.redo_button, self.edit_button):
            self.tools.addWidget(button)
        self.tools.addStretch(1)
        for button in (self.exclude_button, self.include_button, self.exclude_errors_button):
            self.tools.addWidget(button)

        self.model = ReviewModel(self)
        self.grid = ReviewGrid(self.model)
        self.find_bar = FindReplaceBar()
        self.detail = DetailPane(HINT)
        self.edits = ReviewEdits(self)
        self.payload = ReviewPayload(self)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        # No title line above it (the room is the grid's): its headers say what it is, its tooltip the rest.
        upper_layout.addWidget(self.summary)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(self.tools)
        lower_layout.addWidget(self.find_bar)
        # The detail pane keeps a fixed share of the height, whatever its text (a long one scrolls).
        lower_layout.addWidget(self.grid, 4)
        lower_layout.addWidget(self.detail, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(upper)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 4)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([120, 480])

        self.statement = QLabel("", objectName="statement")
        self.statement.setWordWrap(True)
        self.payload_button = QPushButton("Add to the job and go to Run", objectName="payloadButton")
        self.payload_button.setProperty("primary", True)
        self.payload_button.setToolTip("Writes the file to send and adds it to the next job on the Run step")
        self.payload_label = QLabel("", objectName="payloadLabel")
        self.payload_label.setWordWrap(True)
        self.payload_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.payload_label.hide()  # shown with its text: an empty line would take the grid's room
        bottom = QHBoxLayout()
        bottom.addWidget(self.statement, 1)
        bottom.addWidget(self.payload_button)

        self.body.addLayout(top)
        self.body.addWidget(self.culture)
        self.body.addWidget(self.file_level)
        self.body.addWidget(self.split, 1)
        self.body.addLayout(bottom)
        self.body.addWidget(self.payload_label)

        self.edit_actions = self.edits.install(self.edit_button, self.undo_button, self.redo_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.recheck_button.clicked.connect(self.run_check)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        self.summary.clicked.connect(self._on_summary_clicked)
        self.summary.activated.connect(self._on_summary_clicked)
        self.exclude_button.clicked.connect(lambda: self._exclude_selected(True))
        self.include_button.clicked.connect(lambda: self._exclude_selected(False))
        self.exclude_errors_button.clicked.connect(self.exclude_errors)
        self.export_button.clicked.connect(lambda: self.export_problems())
        self.payload_button.clicked.connect(self.prepare_import)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.culture.settings_requested.connect(self.edits.use_settings)
        self.culture.confirm_requested.connect(self.edits.confirm)
        self.culture.undo_requested.connect(self.edits.undo)
        state.plan_changed.connect(self._on_state_plan_changed)
        state.plan_updated.connect(self._on_state_plan_updated)
        self._set_running(False)
        self._refresh_statement()

    def set_portal_panel(self, panel: QWidget, hold: Callable[[], str | None]) -> None:
        """The panel of checks against the portal's data (``ui.portal_panel``) above the grid, and what keeps
        the import from being ready meanwhile (the portal's data still being read)."""
        self.body.insertWidget(1, panel)
        tab_after(self.export_button, panel)  # read under the page's top row, before the grid's tools
        self._hold = hold
        panel.changed.connect(self._refresh_statement)

    # -- checking ----------------------------------------------------------------------------------
    def entered(self) -> None:
        plan = self.state.plan
        if plan is not None and plan.stale:
            self.run_check()

    def _on_state_plan_changed(self) -> None:
        """Another import is prepared now: nothing of the previous one is shown."""
        self.cancel()
        self.model.set_plan(self.state.plan)
        self._forget()

    def _on_state_plan_updated(self, what: str) -> None:
        if what == "source":
            self._forget()  # another file: its Review starts empty, whenever it is shown
        if what in ("edits", "exclusions"):
            self.model.refresh()
            self._refresh_statement()
        self.edits.refresh()
        # A change on another step (a date format, the mapping) is checked at once while Review shows;
        # otherwise when Review is entered. Cell edits wait for "Check again": each check reads the file.
        if what in RECHECK_ON and self.isVisible():
            self.run_check()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        # The culture questions take at most a sixth of the step's height (they scroll), and on a short
        # screen the lead sentence gives its lines to the grid (1366×768 at 125% is 614 pixels high).
        height = event.size().height()
        self.culture.set_most_height(height // 6)
        lead = self.findChild(QLabel, "pageLead")
        if lead is not None:
            lead.setVisible(height >= COMPACT_BELOW)
        super().resizeEvent(event)

    def say(self, text: str) -> None:
        """What the last gesture did (a paste, an undo, an exclusion), on the step's top line."""
        self.change_label.setText(text)

    def _forget(self) -> None:
        self._kept = None
        self.say("")
        self.culture.set_notice("")
        self._show_review(None)

    def run_check(self) -> None:
        plan = self.state.plan
        if plan is None or plan.mapping is None or plan.source is None or plan.schema is None:
            return
        if self._worker is not None:
            self._worker.cancel()
        kept = self.grid.remember()
        if kept is not None:
            self._kept = kept
        self.model.set_plan(plan)
        self.payload_label.clear()
        self.payload_label.hide()
        self._show_review(None)  # the previous grid and totals are not this check's
        self.statement.setText(f"Checking {plan.source.frame.height:,} records …")
        self.payload.set_level("pending")
        self.progress.setValue(0)
        self.progress.setFormat("Checking … %p%")
        self.change_label.hide()
        self.progress.show()
        self._set_running(True)
        try:
            job = check_job(plan)
        except CsodError as err:
            self._set_running(False)
            self.bridge.exception(err)
            return
        worker = self.pool.start(
            job,
            name="validation",
            on_progress=self._on_worker_progress,
            on_success=self._on_worker_checked,
            on_error=self._on_worker_failed,
            on_cancel=self._on_worker_cancelled,
        )
        worker.finished.connect(lambda w=worker: self._on_worker_finished(w))
        self._worker = worker

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.recheck_button.setEnabled(not running)
        for button in (self.exclude_button, self.include_button, self.exclude_errors_button,
                       self.export_button):
            button.setEnabled(not running and self.review is not None)
        self.grid.setEnabled(not running)
        if running:
            self.payload_button.setEnabled(False)

    def _on_worker_progress(self, fraction: float, text: str) -> None:
        if fraction >= 0:
            self.progress.setValue(int(fraction * 1000))

    def _on_worker_finished(self, worker: Any) -> None:
        if self._worker is worker:
            self._worker = None
            self._set_running(False)
            self._refresh_statement()

    def _on_worker_cancelled(self) -> None:
        self.progress.setFormat("Check stopped: press Check again to run it.")
        self.bridge.info("The check was stopped; nothing was changed.")

    def _on_worker_failed(self, err: Any) -> None:
        self.progress.setFormat("The check could not finish.")
        self.bridge.exception(err)

    def _on_worker_checked(self, outcome: tuple[Any, ReviewData]) -> None:
        checked, review = outcome
        plan = self.state.plan
        if plan is None:
            return
        if not plan.accept(checked):  # the inputs changed while it ran: check what they are now
            if self.isVisible():
                self.run_check()
            return
        self.progress.setValue(1000)
        self.progress.setFormat("Checked")
        self.progress.hide()  # done: its line tells what the administrator's changes did
        self.change_label.show()
        self._show_review(review)
        # The administrator stays where they were (the same record and field); only a first look at a
        # file starts on its first problem.
        if not self.grid.restore(self._kept):
            self.show_first_problem()
        self._kept = None

    def _show_review(self, review: ReviewData | None) -> None:
        self.review = review
        self.culture.show_result(review.result if review is not None else None)
        if review is None:
            self.model.set_review(None)
            self.summary_model.set_frame(None)
            self.file_level.hide()
            self.detail.setText(HINT)
            self.find_bar.set_columns([])
            self._refresh_statement()
            return
        schema = self.state.schema
        self.model.titles = {name: prop.title for name, prop in schema.properties.items()} if schema else {}
        if self.filter_combo.currentData() == RULE:
            self._set_filter_silently(PROBLEMS)
        self.model.set_review(review)
        # The summary names each field by its title; the (rule, property) of each line is kept for clicks.
        summary = review.summary
        self._summary_keys = list(zip(summary.get_column("rule").to_list(), summary.get_column("column").to_list(),
                                      strict=True)) if summary is not None and summary.height else []
        if summary is not None and summary.height:
            summary = summary.with_columns(pl.col("column").replace({k: v for k, v in self.model.titles.items() if v}))
        self.summary_model.set_frame(summary)
        self.summary.resizeColumnsToContents()
        suggestions = review.result.suggestions
        others = [p for p in review.file_level if p.severity.value == "error" and not covered(p, suggestions)]
        if others:
            lines = [f"• {p.message} {p.hint}".strip() for p in others]
            self.file_level.setText("About the whole file:\n" + "\n".join(lines))
            self.file_level.show()
        else:
            self.file_level.hide()
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(0, min(max(self.grid.columnWidth(0), 90), 220))
        self.grid.setColumnWidth(self.model.column_index(EXCLUDE), 70)
        self.grid.setColumnWidth(self.model.column_index(STATUS), 180)
        self.find_bar.set_columns([(c, self.model.titles.get(c) or c) for c in self.model.columns])
        self._refresh_statement()

    def show_first_problem(self) -> None:
        """Select and scroll to the first offending cell (errors first), so the fix is one keystroke away."""
        review = self.review
        if review is not None and not self.model.rows and review.file_level and self.model.severity == PROBLEMS:
            # Only the whole file has problems (its date or number format): every record has them, so the
            # grid shows the records rather than an empty table, and the detail says what is wrong.
            self._set_filter_silently(ALL)
            self.model.set_filter(ALL)
            self.detail.show_problems(review.file_level)
            return
        if review is None or not self.model.rows:
            return
        for severity in ("error", "warning"):
            for record in review.rows_with(severity)[:1]:
                if record not in self.model.rows:
                    continue
                for problem in review.by_row[record]:
                    if problem.severity.value == severity and problem.column in self.model.layout:
                        index = self.model.index(self.model.row_index(record), self.model.column_index(problem.column))
                        self.grid.setCurrentIndex(index)
                        self.grid.scrollTo(index)
                        return

    def _set_filter_silently(self, key: str | None) -> None:
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))
        self.filter_combo.blockSignals(False)
        if key != RULE:
            self.model.severity = key

    def _on_filter_combo_changed(self, _index: int) -> None:
        choice = self.filter_combo.currentData()
        if choice == RULE:
            return
        kept = self.grid.remember()
        self.model.set_filter(choice)
        if not self.grid.restore(kept):
            self.show_first_problem()
        self.edits.count_matches()

    def _on_summary_clicked(self, index: QModelIndex) -> None:
        """Click (or Enter on) a summary line: the grid shows the records it counts, with the cells of its
        field selected (a line about the whole file shows every record)."""
        if self.review is None or not index.isValid():
            return
        rule, column = self._summary_keys[index.row()]
        if self.review.rows_for(rule, column):
            self._set_filter_silently(RULE)
            self.model.set_rule_filter(rule, column)
        else:
            self._set_filter_silently(ALL)
            self.model.set_filter(ALL)
            whole = [p for p in self.review.file_level if p.rule == rule and p.column == column]
            if whole:
                self.detail.show_problems(whole)
        self.grid.select_column(column)
        self.edits.count_matches()

    # -- the grid ----------------------------------------------------------------------------------
    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.review is None:
            return
        record = self.model.record(current.row())
        problems = self.review.by_row.get(record, [])
        column = self.model.field_at(current.column())
        if column is not None:
            here = [p for p in problems if p.column == column]
            problems = here or problems
        if problems:
            self.detail.show_problems(problems, placed=True)
        else:
            self.detail.setText(f"Record {record} has no problem in this cell.")

    def _selected_records(self) -> list[int]:
        return [self.model.record(r) for r in self.grid.selected_rows()]

    def _exclude_selected(self, on: bool) -> None:
        self._exclude(self._selected_records(), on)

    def exclude_errors(self) -> None:
        if self.review is not None:
            self._exclude(self.review.rows_with("error"), True)

    def _exclude(self, records: list[int], on: bool) -> None:
        plan = self.state.plan
        before = set(self.model.excluded)
        self.model.set_excluded(records, on)
        changed = len(set(self.model.excluded) ^ before)
        if plan is not None and changed:
            what = "excluded: they are left out of the payload" if on else "taken back into the payload"
            self.say(f"{changed:,} record(s) {what}. Ctrl+Z takes it back.")

    # -- what leaves the step (``review_payload``) -----------------------------------------------------
    def export_problems(self, out: Path | None = None) -> None:
        """Write the records the grid shows (the current filter) with their problems, for Excel."""
        self.payload.export(out)

    def counts(self) -> tuple[int, int, int, int]:
        """(ready, excluded, warnings, errors left): records to send, excluded, sent with warnings, blocking."""
        return self.payload.counts()

    def _refresh_statement(self) -> None:
        self.payload.refresh()

    def is_ready(self) -> bool:
        return self.payload.is_ready()

    def leave_forward(self, run_has_work: bool) -> bool:
        return self.payload.leave_forward(run_has_work)

    def prepare_import(self) -> None:
        """Write the plan's payload parts off the GUI thread, then say the import is prepared."""
        self.payload.prepare_import()
