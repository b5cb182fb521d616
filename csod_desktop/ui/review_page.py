"""Step 5, Review: the plan checked in the background, a summary, the problem grid, fixes, exclusions.

A view of the current load plan: edits and exclusions go to the plan, a change made on another step
(a setting, the mapping, the file) is checked again at once, and "Add to the job" writes the plan's
payload parts and says the import is prepared (the window hands it to Run).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csod_desktop import paths
from csod_desktop.errors import CsodError
from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.models.review_model import FIXED, ReviewData, ReviewModel
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.widgets import WrappingRow
from csod_desktop.ui.review_jobs import check_job, export_problem_rows

#: Plan changes made on other steps that the Review step checks again at once.
RECHECK_ON = frozenset({"settings", "schema", "source", "mapping"})


class ReviewPage(StepPage):
    title = "Review before loading"
    lead = (
        "The app checks every record against the portal's rules. Fix a highlighted cell by typing in it, "
        "then check again, or exclude the record. Nothing is sent until you say so."
    )

    #: The import's payload parts are written: ``services.loads.PreparedImport`` list, one per part.
    import_prepared = Signal(list)

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.review: ReviewData | None = None
        self._worker = None
        self._writing = False

        self.progress = QProgressBar(objectName="checkProgress", maximum=1000)
        self.progress.setFormat("Checking … %p%")
        self.cancel_button = QPushButton("Cancel")
        self.recheck_button = QPushButton("Check again", objectName="recheckButton")
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.recheck_button)

        self.file_level = QLabel("", objectName="fileLevelProblems")
        self.file_level.setWordWrap(True)
        self.file_level.hide()
        self.summary_model = FrameModel(headers={"rule": "Rule", "column": "Field", "severity": "Severity",
                                                 "count": "Problems"})
        self.summary = QTableView(objectName="summaryTable")
        self.summary.setModel(self.summary_model)
        self.summary.verticalHeader().hide()
        self.summary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary.horizontalHeader().setStretchLastSection(False)
        self.summary.setAccessibleName("Problems by rule and column")

        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.addItem("All problems", None)
        self.filter_combo.addItem("Errors only", "error")
        self.filter_combo.addItem("Warnings only", "warning")
        self.filter_combo.addItem("The summary line selected above", "rule")
        self.filter_combo.model().item(3).setEnabled(False)
        self.exclude_button = QPushButton("Exclude selected")
        self.include_button = QPushButton("Include selected")
        self.exclude_errors_button = QPushButton("Exclude all with errors")
        self.export_button = QPushButton("Export problem rows…")
        tools = WrappingRow()
        tools.addWidget(QLabel("Show"))
        tools.addWidget(self.filter_combo)
        tools.addStretch(1)
        for button in (self.exclude_button, self.include_button, self.exclude_errors_button, self.export_button):
            tools.addWidget(button)

        self.model = ReviewModel(self)
        self.grid = QTableView(objectName="problemGrid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName("Records with problems")
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.grid.horizontalHeader().setDefaultSectionSize(150)
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.detail = QLabel("Select a highlighted cell to see what is wrong and how to fix it.",
                             objectName="problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel("Problems by rule and column", objectName="sectionTitle"))
        upper_layout.addWidget(self.summary)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(tools)
        lower_layout.addWidget(self.grid, 1)
        lower_layout.addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([180, 420])

        self.statement = QLabel("", objectName="statement")
        self.statement.setWordWrap(True)
        self.payload_button = QPushButton("Add to the job and go to Run", objectName="payloadButton")
        self.payload_button.setProperty("primary", True)
        self.payload_button.setToolTip("Writes the file to send and adds it to the next job on the Run step")
        self.payload_label = QLabel("", objectName="payloadLabel")
        self.payload_label.setWordWrap(True)
        self.payload_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statement, 1)
        bottom.addWidget(self.payload_button)

        self.body.addLayout(top)
        self.body.addWidget(self.file_level)
        self.body.addWidget(split, 1)
        self.body.addLayout(bottom)
        self.body.addWidget(self.payload_label)

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
        self.model.edited.connect(self._refresh_statement)
        self.model.exclusions_changed.connect(self._refresh_statement)
        state.plan_changed.connect(self._on_state_plan_changed)
        state.plan_updated.connect(self._on_state_plan_updated)
        self._set_running(False)
        self._refresh_statement()

    # -- checking ----------------------------------------------------------------------------------
    def entered(self) -> None:
        plan = self.state.plan
        if plan is not None and plan.stale:
            self.run_check()

    def _on_state_plan_changed(self) -> None:
        """Another import is prepared now: nothing of the previous one is shown."""
        self.cancel()
        self.model.set_plan(self.state.plan)
        self._show_review(None)

    def _on_state_plan_updated(self, what: str) -> None:
        # A change on another step (a date format, the mapping) is checked at once while Review shows;
        # otherwise when Review is entered. Cell edits wait for "Check again": each check reads the file.
        if what in RECHECK_ON and self.isVisible():
            self.run_check()

    def run_check(self) -> None:
        plan = self.state.plan
        if plan is None or plan.mapping is None or plan.source is None or plan.schema is None:
            return
        if self._worker is not None:
            self._worker.cancel()
        self.model.set_plan(plan)
        self.payload_label.clear()
        self.progress.setValue(0)
        self.progress.setFormat("Checking … %p%")
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
        self._show_review(review)
        self.show_first_problem()

    def _show_review(self, review: ReviewData | None) -> None:
        self.review = review
        if review is None:
            self.model.set_review(None)
            self.summary_model.set_frame(None)
            self.file_level.hide()
            self._refresh_statement()
            return
        schema = self.state.schema
        self.model.titles = {name: prop.title for name, prop in schema.properties.items()} if schema else {}
        if self.filter_combo.currentData() == "rule":
            self.filter_combo.blockSignals(True)
            self.filter_combo.setCurrentIndex(0)
            self.filter_combo.blockSignals(False)
            self.model.severity = None
        self.model.set_review(review)
        self.summary_model.set_frame(review.summary)
        self.summary.resizeColumnsToContents()
        if review.file_level:
            lines = [f"• {p.message} {p.hint}".strip() for p in review.file_level]
            self.file_level.setText("About the whole file:\n" + "\n".join(lines))
            self.file_level.show()
        else:
            self.file_level.hide()
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(1, 200)
        self._refresh_statement()

    def show_first_problem(self) -> None:
        """Select and scroll to the first offending cell (errors first), so the fix is one keystroke away."""
        review = self.review
        if review is None or not self.model.rows:
            return
        for severity in ("error", "warning"):
            for record in review.rows_with(severity)[:1]:
                if record not in self.model.rows:
                    continue
                for problem in review.by_row[record]:
                    if problem.severity.value == severity and problem.column in self.model.columns:
                        index = self.model.index(self.model.row_index(record), self.model.column_index(problem.column))
                        self.grid.setCurrentIndex(index)
                        self.grid.scrollTo(index)
                        return

    def _on_filter_combo_changed(self, _index: int) -> None:
        choice = self.filter_combo.currentData()
        if choice != "rule":
            self.model.set_filter(choice)

    def _on_summary_clicked(self, index: QModelIndex) -> None:
        """Click (or Enter on) a summary line: the grid shows just the records it counts."""
        if self.review is None or not index.isValid():
            return
        rule, column = self.summary_model.row_values(index.row())[:2]
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(3)
        self.filter_combo.blockSignals(False)
        self.model.set_rule_filter(rule, column)
        self.show_first_problem()

    # -- the grid ----------------------------------------------------------------------------------
    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.review is None:
            return
        record = self.model.record(current.row())
        problems = self.review.by_row.get(record, [])
        if current.column() >= FIXED:
            column = self.model.columns[current.column() - FIXED]
            here = [p for p in problems if p.column == column]
            problems = here or problems
        text = "\n".join(f"Row {p.row}, {p.column}: {p.message}  {p.hint}".strip() for p in problems)
        self.detail.setText(text or f"Row {record} has no problem in this cell.")

    def _selected_records(self) -> list[int]:
        rows = {index.row() for index in self.grid.selectionModel().selectedIndexes()}
        if not rows and self.grid.currentIndex().isValid():
            rows = {self.grid.currentIndex().row()}
        return [self.model.record(r) for r in sorted(rows)]

    def _exclude_selected(self, on: bool) -> None:
        self.model.set_excluded(self._selected_records(), on)

    def exclude_errors(self) -> None:
        if self.review is not None:
            self.model.set_excluded(self.review.rows_with("error"), True)

    def export_problems(self, out: Path | None = None) -> None:
        if self.review is None:
            return
        if out is None:
            default = str(paths.safe_path(Path.home(), f"{self.state.source.path.stem}-problems", ".csv"))
            name, _ = QFileDialog.getSaveFileName(self.window(), "Export problem rows", default, "CSV (*.csv)")
            if not name:
                return
            out = Path(name)
        review, excluded, edits = self.review, set(self.model.excluded), dict(self.model.edits)
        source, mapping = self.state.source.frame, self.state.mapping
        self.pool.start(
            lambda _c: (export_problem_rows(review, excluded, out, source_frame=source, mapping=mapping,
                                            edits=edits), out),
            name="export problems",
            on_success=lambda r: self.bridge.success(
                f"{r[0]} problem rows written to {r[1]}. Fix them in Excel, then drop the fixed file in step 3."),
            on_error=self.bridge.exception,
        )

    # -- the statement and the payload --------------------------------------------------------------
    def counts(self) -> tuple[int, int, int, int]:
        """(ready, excluded, warnings, errors left): records to send, excluded, sent with warnings, blocking."""
        if self.review is None:
            return 0, 0, 0, 0
        excluded = self.model.excluded
        error_rows = self.review.error_rows
        warning_rows = self.review.warning_rows
        n = self.review.result.n_records
        errors_left = len(error_rows - excluded)
        ready = n - len(excluded | error_rows)
        warnings = len((warning_rows - error_rows) - excluded)
        return ready, len(excluded), warnings, errors_left

    def _refresh_statement(self) -> None:
        plan = self.state.plan
        if self.review is None or plan is None:
            self.statement.setText("")
            self.payload_button.setEnabled(False)
            return
        ready, excluded, warnings, errors_left = self.counts()
        text = f"{ready:,} records ready, {excluded:,} excluded, {warnings:,} warnings"
        blocked = bool(self.review.result.file_errors)
        pending = plan.pending_edits()
        if pending:
            text += f". You changed {len(pending)} cell(s): press Check again."
            level = "pending"
        elif plan.stale:
            text += ". Something changed on an earlier step: checking again."
            level = "pending"
        elif blocked:
            text += ". The whole file has a problem (see above) that must be fixed first."
            level = "error"
        elif errors_left == 1:
            text += ". 1 record still has errors: fix it or exclude it."
            level = "error"
        elif errors_left:
            text += f". {errors_left:,} records still have errors: fix them or exclude them."
            level = "error"
        elif (problem := plan.reconcile_problem()) is not None:
            text += f". {problem} {problem.hint}"
            level = "error"
        else:
            level = "ready"
        self.statement.setText(text)
        self.statement.setProperty("level", level)
        self.statement.style().unpolish(self.statement)
        self.statement.style().polish(self.statement)
        self.payload_button.setEnabled(level == "ready" and ready > 0 and self._worker is None and not self._writing)

    def is_ready(self) -> bool:
        return self.statement.property("level") == "ready"

    def prepare_import(self) -> None:
        """Write the plan's payload parts off the GUI thread (excluded and invalid records left out,
        split over 1,000,000 records), then say the import is prepared."""
        plan = self.state.plan
        if plan is None or self.review is None or plan.stale or self._writing:
            return
        problem = plan.reconcile_problem()
        if problem is not None:  # the statement says so already; the rule holds however this is reached
            self.bridge.error(str(problem), problem.hint)
            return
        if not self.is_ready():
            return
        stem = plan.source.path.stem
        try:
            writer = plan.payload_writer(self.services.payload_folder(f"{stem}-{plan.load_type}"))
        except CsodError as err:
            self.bridge.exception(err)
            return
        self._writing = True
        self._refresh_statement()
        self.pool.start(
            lambda control: writer(None, control.is_cancelled),
            name="payload",
            on_success=self._on_payloads_written,
            on_error=self.bridge.exception,
            on_finish=self._on_writing_finished,
        )

    def _on_writing_finished(self) -> None:
        self._writing = False
        self._refresh_statement()

    def _on_payloads_written(self, written: Any) -> None:
        plan = self.state.plan
        if plan is None or not plan.accept_payloads(written):
            self.bridge.warning("The file changed while its payload was written: check it again, then add it.")
            return
        parts = plan.payloads
        records = sum(p.records for p in parts)
        size = sum(p.size for p in parts) / 1024
        where = parts[0].path if len(parts) == 1 else f"{len(parts)} parts in {parts[0].path.parent}"
        self.payload_label.setText(f"Payload written: {where} ({records:,} records, {size:,.1f} KB).")
        self.import_prepared.emit(plan.prepared_imports(label=f"{plan.source.path.stem} ({plan.load_type})"))
