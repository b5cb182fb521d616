"""What leaves the Review step: the statement of what will be sent, the payload parts, the export of rows.

The Review page's helper (as ``review_edits`` is for its gestures): it reads the page's review and the
plan, and writes files in workers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog

from csod_desktop import paths
from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate
from csod_desktop.ui.language import number
from csod_desktop.ui.review_jobs import export_problem_rows


class ReviewPayload(QObject):
    """The statement under the grid, "Add to the job", and "Export rows"."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.writing = False

    def export(self, out: Path | None = None) -> None:
        """Write the records the grid shows (the current filter) with their problems, for Excel."""
        if self.page.review is None:
            return
        source = self.page.state.source
        if out is None:
            folder = source.path.parent if source.path.parent.is_dir() else Path.home()
            default = str(paths.safe_path(folder, f"{source.path.stem}-problems", ".csv"))
            name, _ = QFileDialog.getSaveFileName(self.page.window(), translate("ReviewPayload", "Export the rows shown"),
                                                  default, translate("ReviewPayload", "CSV (*.csv)"))
            if not name:
                return
            out = Path(name)
        review, excluded, edits = self.page.review, set(self.page.model.excluded), dict(self.page.model.edits)
        records, shown = list(self.page.model.rows), self.page.filter_combo.currentText()
        frame, mapping = source.frame, self.page.state.mapping
        self.page.pool.start(
            lambda _c: (export_problem_rows(review, excluded, out, source_frame=frame, mapping=mapping,
                                            edits=edits, records=records), out),
            name="export problems",
            on_success=lambda r: self._on_exported(r[0], r[1], shown),
            on_error=self.page.bridge.exception,
        )

    def _on_exported(self, exported: Any, out: Path, shown: str) -> None:
        written = translate("ReviewPayload", "{count} rows written to {path} ({shown}).").format(
            count=number(exported.rows), path=out, shown=shown.lower())
        if exported.cut:
            written += " " + translate("ReviewPayload", "%n list(s) of problems were longer than {limit} characters "
                                                        "and end in \"…\": the whole text is on this step.", None,
                                       exported.cut).format(limit=number(exported.limit))
        self.page.bridge.success(written, translate("ReviewPayload", "Fix them in Excel, then drop the fixed file on the "
                                                                     "File step."))

    # -- the statement and the payload --------------------------------------------------------------
    def counts(self) -> tuple[int, int, int, int]:
        """(ready, excluded, warnings, errors left): records to send, excluded, sent with warnings, blocking."""
        if self.page.review is None:
            return 0, 0, 0, 0
        excluded = self.page.model.excluded
        error_rows = self.page.review.error_rows
        warning_rows = self.page.review.warning_rows
        n = self.page.review.result.n_records
        errors_left = len(error_rows - excluded)
        ready = n - len(excluded | error_rows)
        warnings = len((warning_rows - error_rows) - excluded)
        return ready, len(excluded), warnings, errors_left

    def set_level(self, level: str) -> None:
        self.page.statement.setProperty("level", level)
        self.page.statement.style().unpolish(self.page.statement)
        self.page.statement.style().polish(self.page.statement)

    def refresh(self) -> None:
        plan = self.page.state.plan
        if self.page.review is None or plan is None:
            if self.page._worker is None:
                self.page.statement.setText("")
                self.set_level("")
            self.page.payload_button.setEnabled(False)
            return
        ready, excluded, warnings, errors_left = self.counts()
        counted = translate("ReviewPayload", "{ready}, {excluded} excluded, {warnings}").format(
            ready=translate("ReviewPayload", "%n record(s) ready", None, ready), excluded=number(excluded),
            warnings=translate("ReviewPayload", "%n warning(s)", None, warnings))
        blocked = bool(self.page.review.result.file_errors)
        pending = plan.pending_edits()
        then = ""  # what comes after the counts, a sentence of its own
        if pending:
            then = translate("ReviewPayload", "You changed %n cell(s): press Check again.", None, len(pending))
            level = "pending"
        elif plan.stale:
            then = translate("ReviewPayload", "Something changed on an earlier step: checking again.")
            level = "pending"
        elif blocked:
            then = translate("ReviewPayload", "The whole file has a problem (see above) that must be fixed first.")
            level = "error"
        elif errors_left == 1:
            then = translate("ReviewPayload", "1 record still has errors: fix it or exclude it.")
            level = "error"
        elif errors_left:
            then = translate("ReviewPayload", "{count} records still have errors: fix them or exclude them.").format(
                count=number(errors_left))
            level = "error"
        elif (problem := plan.reconcile_problem()) is not None:
            then = f"{problem} {problem.hint}"
            level = "error"
        elif (wait := self.page._hold()) is not None:  # the portal's data is still being read
            then = str(wait)
            level = "pending"
        else:
            level = "ready"
        text = translate("ReviewPayload", "{counts}. {then}").format(counts=counted, then=then) if then else counted
        self.page.statement.setText(text)
        self.set_level(level)
        idle = self.page._worker is None and not self.writing
        self.page.payload_button.setEnabled(level == "ready" and ready > 0 and idle)

    def is_ready(self) -> bool:
        return self.page.statement.property("level") == "ready"

    def leave_forward(self, run_has_work: bool) -> bool:
        """Next from Review: a ready file not yet in the job is added first (Run opens once it is written);
        a file that is not ready says on screen why it stays out. True when the window may show Run now:
        this file is in the job already, or Run has other work to show."""
        plan = self.page.state.plan
        if self.is_ready():
            if plan is not None and plan.payloads:
                return True  # this check was added already
            if self.page.payload_button.isEnabled():
                self.prepare_import()
            return False
        why = (self.page.statement.text() if self.page.review is not None
               else translate("ReviewPayload", "it has not been checked yet. Wait for the check, or press Check again."))
        self.page.bridge.warning(translate("ReviewPayload", "This file is not added to a job yet: {why}").format(why=why),
                                 translate("ReviewPayload", "The Run step runs files added from here; fix what is "
                                                            "listed, then press Next again."))
        return run_has_work

    def prepare_import(self) -> None:
        """Write the plan's payload parts off the GUI thread (excluded and invalid records left out,
        split over 1,000,000 records), then say the import is prepared."""
        plan = self.page.state.plan
        if plan is None or self.page.review is None or plan.stale or self.writing:
            return
        problem = plan.reconcile_problem()
        if problem is not None:  # the statement says so already; the rule holds however this is reached
            self.page.bridge.error(str(problem), problem.hint)
            return
        if not self.is_ready():
            return
        stem = plan.source.path.stem
        try:
            writer = plan.payload_writer(self.page.services.payload_folder(f"{stem}-{plan.load_type}"))
        except CsodError as err:
            self.page.bridge.exception(err)
            return
        self.writing = True
        self.refresh()
        self.page.pool.start(
            lambda control: writer(None, control.is_cancelled),
            name="payload",
            on_success=self._on_payloads_written,
            on_error=self.page.bridge.exception,
            on_finish=self._on_writing_finished,
        )

    def _on_writing_finished(self) -> None:
        self.writing = False
        self.refresh()

    def _on_payloads_written(self, written: Any) -> None:
        plan = self.page.state.plan
        if plan is None or not plan.accept_payloads(written):
            self.page.bridge.warning(translate("ReviewPayload", "The file changed while its payload was written: check "
                                                                "it again, then add it."))
            return
        parts = plan.payloads
        records = sum(p.records for p in parts)
        size = sum(p.size for p in parts) / 1024
        where = parts[0].path if len(parts) == 1 else translate("ReviewPayload", "{count} parts in {folder}").format(
            count=number(len(parts)), folder=parts[0].path.parent)
        self.page.payload_label.setText(translate("ReviewPayload", "Payload written: {where} ({count} records, {size} "
                                                                   "KB).").format(where=where, count=number(records),
                                                                                  size=QLocale().toString(size, "f", 1)))
        self.page.payload_label.show()
        self.page.import_prepared.emit(plan.prepared_imports(label=f"{plan.source.path.stem} ({plan.title})"))

