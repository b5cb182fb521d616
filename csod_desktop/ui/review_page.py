"""Step 5, Review: validation in the background, a summary, the problem grid, fixes, exclusions, payload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
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

from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.models.review_model import FIXED, ReviewData, ReviewModel
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.review_jobs import check_job, export_problem_rows, payload_job


class ReviewPage(StepPage):
    title = "Review before loading"
    lead = (
        "The app checks every record against the portal's rules. Fix a highlighted cell by typing in it, "
        "then check again, or exclude the record. Nothing is sent until you say so."
    )

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.review: ReviewData | None = None
        self._worker = None
        self._checked_for: Any = None
        self.payload_info: Any = None

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
        tools = QHBoxLayout()
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
        self.payload_button = QPushButton("Build the payload", objectName="payloadButton")
        self.payload_button.setProperty("primary", True)
        self.payload_button.setToolTip("Writes the file that will be sent to the portal (running it comes next)")
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
        self.payload_button.clicked.connect(self.build_payload)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.model.edited.connect(self._refresh_statement)
        self.model.exclusions_changed.connect(self._refresh_statement)
        state.source_changed.connect(self._on_state_source_changed)
        self._set_running(False)
        self._refresh_statement()

    # -- checking ----------------------------------------------------------------------------------
    def entered(self) -> None:
        key = (self.state.mapping, self.state.source, self.state.schema)
        if self.state.validation is None or self._checked_for != key:
            self.run_check()

    def _on_state_source_changed(self) -> None:
        self.model.edits.clear()
        self.model.excluded.clear()

    def run_check(self) -> None:
        state = self.state
        if state.mapping is None or state.source is None or state.schema is None:
            return
        if self._worker is not None:
            self._worker.cancel()
        self._checked_for = (state.mapping, state.source, state.schema)
        self.payload_info = None
        self.payload_label.clear()
        self.progress.setValue(0)
        self.progress.setFormat("Checking … %p%")
        self._set_running(True)
        worker = self.pool.start(
            check_job(state.source.frame, state.mapping, state.schema, state.settings, self.model.edits,
                      date_cells=getattr(state.source, "date_cells", None)),
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

    def _on_worker_checked(self, review: ReviewData) -> None:
        self.review = review
        self.progress.setValue(1000)
        self.progress.setFormat("Checked")
        self.model.edits.clear()
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
        self.state.set_validation(review.result, review.frame)
        self.show_first_problem()

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
            default = str(Path.home() / f"{self.state.source.path.stem}-problems.csv")
            name, _ = QFileDialog.getSaveFileName(self, "Export problem rows", default, "CSV (*.csv)")
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
        if self.review is None:
            self.statement.setText("")
            self.payload_button.setEnabled(False)
            return
        ready, excluded, warnings, errors_left = self.counts()
        text = f"{ready:,} records ready, {excluded:,} excluded, {warnings:,} warnings"
        blocked = bool(self.review.result.file_errors)
        if self.model.edits:
            text += f". You changed {len(self.model.edits)} cell(s): press Check again."
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
        else:
            level = "ready"
        self.statement.setText(text)
        self.statement.setProperty("level", level)
        self.statement.style().unpolish(self.statement)
        self.statement.style().polish(self.statement)
        self.payload_button.setEnabled(level == "ready" and ready > 0 and self._worker is None)

    def is_ready(self) -> bool:
        return self.statement.property("level") == "ready"

    def build_payload(self) -> None:
        if self.review is None or not self.is_ready():
            return
        self.payload_button.setEnabled(False)
        self.pool.start(
            payload_job(self.review, set(self.model.excluded), self.services.output_dir,
                        self.state.schema.load_type),
            name="payload",
            on_success=self._on_payload_written,
            on_error=self.bridge.exception,
            on_finish=self._refresh_statement,
        )

    def _on_payload_written(self, info: Any) -> None:
        self.payload_info = info
        self.state.payload = info
        size = info.size / 1024
        gz = ", gzip-compressed" if getattr(info, "gzipped", False) else ""
        self.payload_label.setText(f"Payload written: {info.path} ({info.records:,} records, {size:,.1f} KB{gz}).")
        self.bridge.success(f"The payload for {info.records:,} records is ready at {info.path}. "
                            "Running the load comes in the next version of this step.")
