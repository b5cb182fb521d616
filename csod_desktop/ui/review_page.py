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
from PySide6.QtCore import Qt, Signal
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
from csod_desktop.i18n import translate
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
from csod_desktop.ui.language import number
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.review_culture import CulturePanel, covered
from csod_desktop.ui.review_edits import ReviewEdits
from csod_desktop.ui.review_grid import Kept, ReviewGrid
from csod_desktop.ui import review_navigation
from csod_desktop.ui.review_jobs import check_job, rule_names
from csod_desktop.ui.review_payload import ReviewPayload
from csod_desktop.ui.review_tools import DetailPane, FindReplaceBar
from csod_desktop.ui.widgets import ElidedLabel, WrappingRow, tab_after

#: Plan changes that the Review step checks again at once (when it shows; else when it is entered).
RECHECK_ON = frozenset({"settings", "schema", "source", "mapping", "confirmations", "portal"})


def filters() -> tuple[tuple[str, str | None], ...]:
    """The grid's filters, in the order of the "Show" drop-down."""
    return ((translate("ReviewPage", "Problem records only"), PROBLEMS),
            (translate("ReviewPage", "Errors only"), ERRORS), (translate("ReviewPage", "Warnings only"), WARNINGS),
            (translate("ReviewPage", "All records"), ALL), (translate("ReviewPage", "A summary line"), RULE))


def hint() -> str:
    """The detail pane before a cell is chosen."""
    return translate("ReviewPage", "Select a highlighted cell to see what is wrong and how to fix it.")
#: Below this height (of the step) the lead sentence under the title is hidden.
COMPACT_BELOW = 640


class ReviewPage(StepPage):
    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("ReviewPage", "Review before loading")

    @property
    def lead(self) -> str:  # type: ignore[override]
        return translate("ReviewPage",
                         "The app checks every record against the portal's rules. Fix a highlighted cell by typing in "
                         "it (or paste from a spreadsheet), then check again, or exclude the record. Nothing is sent "
                         "until you say so.")

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
        self.progress.setFormat(translate("ReviewPage", "Checking … {percent}").format(percent="%p%"))
        self.cancel_button = QPushButton(translate("ReviewPage", "Cancel"))
        self.recheck_button = QPushButton(translate("ReviewPage", "Check again"), objectName="recheckButton")
        self.export_button = QPushButton(translate("ReviewPage", "Export rows…"))
        self.export_button.setToolTip(translate("ReviewPage", "Writes the records the grid shows (with their problems) "
                                                              "to a CSV for Excel"))
        # What the last gesture did (a paste, an undo, an exclusion) takes the progress bar's place once the
        # check is done: the message area above would push the grid down under the pointer at every paste.
        self.change_label = ElidedLabel("", objectName="reviewChange")
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
        self.summary_model = FrameModel(headers={
            "rule": translate("ReviewPage", "Rule"), "column": translate("ReviewPage", "Field"),
            "severity": translate("ReviewPage", "Severity"), "count": translate("ReviewPage", "Problems")})
        self.summary = QTableView(objectName="summaryTable")
        eliding_header(self.summary)
        self.summary.setModel(self.summary_model)
        self.summary.verticalHeader().hide()
        self.summary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary.horizontalHeader().setStretchLastSection(False)
        self.summary.setAccessibleName(translate("ReviewPage", "Problems by rule and column"))
        self.summary.setToolTip(translate("ReviewPage", "Problems by rule and column: click a line to see its records "
                                                        "and cells"))
        self.summary.setMinimumHeight(self.summary.verticalHeader().defaultSectionSize() + 34)

        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.setAccessibleName(translate("ReviewPage", "Records to show"))
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for text, key in filters():
            self.filter_combo.addItem(text, key)
        self.filter_combo.model().item(self.filter_combo.count() - 1).setEnabled(False)
        self.undo_button = QToolButton(objectName="undoButton", text=translate("ReviewPage", "Undo"))
        self.redo_button = QToolButton(objectName="redoButton", text=translate("ReviewPage", "Redo"))
        self.edit_button = QToolButton(objectName="editMenuButton", text=translate("ReviewPage", "Edit ▾"))
        self.edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.setToolTip(translate("ReviewPage", "Copy, paste, fill down, clear, find and replace"))
        self.exclude_button = QPushButton(translate("ReviewPage", "Exclude"))
        self.exclude_button.setToolTip(translate("ReviewPage", "Leave the selected records out of the payload (Ctrl+Z "
                                                               "takes it back)"))
        self.include_button = QPushButton(translate("ReviewPage", "Include"))
        self.include_button.setToolTip(translate("ReviewPage", "Take the selected records back into the payload"))
        self.exclude_errors_button = QPushButton(translate("ReviewPage", "Exclude all with errors"))
        # One row that wraps when the width is short (a narrow window, 150 % scaling): the record buttons
        # go under the grid tools, at the right, and no button label is ever cut.
        self.tools = WrappingRow()
        self.tools.addWidget(QLabel(translate("ReviewPage", "Show")))
        self.tools.addWidget(self.filter_combo)
        for button in (self.undo_button, self.redo_button, self.edit_button):
            self.tools.addWidget(button)
        self.tools.addStretch(1)
        for button in (self.exclude_button, self.include_button, self.exclude_errors_button):
            self.tools.addWidget(button)

        self.model = ReviewModel(self)
        self.grid = ReviewGrid(self.model)
        self.find_bar = FindReplaceBar()
        self.detail = DetailPane(hint())
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
        self.payload_button = QPushButton(translate("ReviewPage", "Add to the job and go to Run"),
                                          objectName="payloadButton")
        self.payload_button.setProperty("primary", True)
        self.payload_button.setToolTip(translate("ReviewPage", "Writes the file to send and adds it to the next job on "
                                                               "the Run step"))
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
        self.filter_combo.currentIndexChanged.connect(lambda _i: review_navigation.filter_changed(self))
        self.summary.clicked.connect(lambda index: review_navigation.summary_clicked(self, index))
        self.summary.activated.connect(lambda index: review_navigation.summary_clicked(self, index))
        self.exclude_button.clicked.connect(lambda: self._exclude_selected(True))
        self.include_button.clicked.connect(lambda: self._exclude_selected(False))
        self.exclude_errors_button.clicked.connect(self.exclude_errors)
        self.export_button.clicked.connect(lambda: self.export_problems())
        self.payload_button.clicked.connect(self.prepare_import)
        self.grid.selectionModel().currentChanged.connect(
            lambda current, _previous: review_navigation.grid_current_changed(self, current))
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
        self.statement.setText(translate("ReviewPage", "Checking {count} records …").format(
            count=number(plan.source.frame.height)))
        self.payload.set_level("pending")
        self.progress.setValue(0)
        self.progress.setFormat(translate("ReviewPage", "Checking … {percent}").format(percent="%p%"))
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
        self.progress.setFormat(translate("ReviewPage", "Check stopped: press Check again to run it."))
        self.bridge.info(translate("ReviewPage", "The check was stopped; nothing was changed."))

    def _on_worker_failed(self, err: Any) -> None:
        self.progress.setFormat(translate("ReviewPage", "The check could not finish."))
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
        self.progress.setFormat(translate("ReviewPage", "Checked"))
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
            self.detail.setText(hint())
            self.find_bar.set_columns([])
            self._refresh_statement()
            return
        schema = self.state.schema
        self.model.titles = {name: prop.title for name, prop in schema.properties.items()} if schema else {}
        if self.filter_combo.currentData() == RULE:
            review_navigation.set_filter_silently(self, PROBLEMS)
        self.model.set_review(review)
        # The summary names each field by its title; the (rule, property) of each line is kept for clicks.
        summary = review.summary
        self._summary_keys = list(zip(summary.get_column("rule").to_list(), summary.get_column("column").to_list(),
                                      strict=True)) if summary is not None and summary.height else []
        if summary is not None and summary.height:
            summary = summary.with_columns(pl.col("column").replace({k: v for k, v in self.model.titles.items() if v}),
                                           pl.col("rule").replace(rule_names()),
                                           pl.col("severity").replace({"error": translate("ReviewPage", "error"),
                                                                       "warning": translate("ReviewPage", "warning")}))
        self.summary_model.set_frame(summary)
        self.summary.resizeColumnsToContents()
        suggestions = review.result.suggestions
        others = [p for p in review.file_level if p.severity.value == "error" and not covered(p, suggestions)]
        if others:
            lines = [f"• {p.message} {p.hint}".strip() for p in others]
            self.file_level.setText(translate("ReviewPage", "About the whole file:\n{problems}").format(
                problems="\n".join(lines)))
            self.file_level.show()
        else:
            self.file_level.hide()
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(0, min(max(self.grid.columnWidth(0), 90), 220))
        exclude = self.model.column_index(EXCLUDE)  # as wide as its header's word, in any language
        self.grid.setColumnWidth(exclude, max(70, self.grid.horizontalHeader().sectionSizeFromContents(exclude).width()))
        self.grid.setColumnWidth(self.model.column_index(STATUS), 180)
        self.find_bar.set_columns([(c, self.model.titles.get(c) or c) for c in self.model.columns])
        self._refresh_statement()

    def show_first_problem(self) -> None:
        """Select and scroll to the first offending cell (errors first), so the fix is one keystroke away."""
        review_navigation.show_first_problem(self)

    # -- the grid ----------------------------------------------------------------------------------
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
            self.say(translate("ReviewPage", "%n record(s) excluded: they are left out of the payload. Ctrl+Z takes "
                                             "it back.", None, changed) if on
                     else translate("ReviewPage", "%n record(s) taken back into the payload. Ctrl+Z takes it back.",
                                    None, changed))

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
