"""Step 6, Run: compose a job of one or more imports (OU loads first), confirm, post, and watch it live."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csod_desktop import facts
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.status_panel import StatusPanel

MAX_IMPORTS = facts.MAX_IMPORTS_PER_JOB
ORDER_NOTE = ("Organizational units are loaded before employees: Cornerstone resolves the imports of one job "
              "in order, so an employee can point to a division or location created by the same job.")


callback_problem = facts.callback_problem


def order_imports(imports: list[Any]) -> list[Any]:
    from csod_desktop.services.loads import ordered

    return ordered(imports)


class ConfirmDialog(QDialog):
    """What will happen, on which portal: production shown in red so nobody loads there by accident."""

    def __init__(self, profile: Any, imports: list[Any], label: str, callback: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Run this job?")
        self.setObjectName("confirmRunDialog")
        production = bool(getattr(profile, "is_production", True))
        where = getattr(profile, "where", None) or getattr(profile, "root_url", "the portal")
        banner = QLabel(objectName="portalBanner")
        banner.setWordWrap(True)
        env = "PRODUCTION portal" if production else "test portal"
        banner.setText(f"{env}: {where}")
        colour = ("#c8372d", "#ffffff") if production else ("#e6f6ea", "#1d5c2e")
        banner.setStyleSheet(f"background: {colour[0]}; color: {colour[1]}; padding: 10px; font-weight: 600;"
                             "border-radius: 6px;")
        self.production = production
        lines = [f"Job “{label}” with {len(imports)} import{'s' if len(imports) != 1 else ''}, in this order:"]
        for number, item in enumerate(imports, start=1):
            records = f"{item.record_count:,} records" if item.record_count is not None else "records"
            lines.append(f"  {number}. {item.load_type}: {records} from {item.source_name or item.payload.name}"
                         f" (“{item.label}”)")
            if facts.reconcile_users(item.settings):
                lines.append("     ReconcileUsers is on: every employee missing from this file is deactivated.")
        if callback.strip():
            lines.append(f"Cornerstone will call {callback.strip()} when every import is done.")
        lines.append("The data is posted now; the status is then checked within the portal's limits.")
        body = QLabel("\n".join(lines), objectName="confirmBody")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = body.text()
        self.banner_text = banner.text()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = buttons.addButton("Run the job", QDialogButtonBox.ButtonRole.AcceptRole)
        if production:
            self.run_button.setObjectName("dangerButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(body)
        layout.addWidget(buttons)


class RunPage(StepPage):
    title = "Run"
    lead = ("Put one or more checked files into one job (up to 20), give it a label, confirm, and follow it "
            "live. Results are fetched automatically when an import has errors or warnings.")

    #: The administrator wants to prepare another file for this job (the window goes to Load type).
    add_another_requested = Signal()
    #: An import was added from the Review step.
    import_added = Signal()

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.imports: list[Any] = []  # services.loads.PreparedImport, in the order they will run
        self._adding = False

        self.table = QTableWidget(0, 5, objectName="composeTable")
        self.table.setHorizontalHeaderLabels(["#", "Load type", "File", "Records", "Import label (editable)"])
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.order_note = QLabel(ORDER_NOTE, objectName="settingNote")
        self.order_note.setWordWrap(True)
        self.add_button = QPushButton("Add another file…")
        self.add_button.setToolTip("Choose a load type and a file for another import of this job")
        self.remove_button = QPushButton("Remove")
        self.add_button.clicked.connect(self.add_another_requested)
        self.remove_button.clicked.connect(self._on_remove_clicked)

        self.job_label_edit = QLineEdit(objectName="jobLabelEdit")
        self.job_label_edit.setPlaceholderText("A label to find this job again")
        self.callback_edit = QLineEdit(objectName="callbackEdit")
        self.callback_edit.setPlaceholderText("optional: https://… (Cornerstone posts once when the job is done)")
        self.callback_error = QLabel("", objectName="callbackError")
        self.callback_error.setStyleSheet("color: #c8372d;")
        self.callback_error.hide()
        self.callback_edit.textChanged.connect(self._refresh)
        form = QFormLayout()
        form.addRow("Job label", self.job_label_edit)
        form.addRow("Callback URL", self.callback_edit)
        form.addRow("", self.callback_error)

        self.portal_note = QLabel("", objectName="portalNote")
        self.run_button = QPushButton("Run the job…", objectName="runButton")
        self.run_button.setProperty("primary", True)
        self.run_button.clicked.connect(self.confirm_and_run)
        self.upload = QProgressBar(objectName="uploadBar", maximum=100)
        self.upload.setFormat("Uploading %p%")
        self.upload.hide()

        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.portal_note, 1)
        bottom.addWidget(self.upload)
        bottom.addWidget(self.run_button)

        compose = QWidget()
        top = QVBoxLayout(compose)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel("Imports of the next job", objectName="sectionTitle"))
        top.addWidget(self.table, 1)
        top.addWidget(self.order_note)
        top.addLayout(tools)
        top.addLayout(form)
        top.addLayout(bottom)

        self.status = StatusPanel(bridge, pool)
        self.status.job_finished.connect(lambda _ref: self.upload.hide())
        self.status.upload_progress.connect(self._on_status_upload_progress)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(compose)
        splitter.addWidget(self.status)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 330])
        self.body.addWidget(splitter, 1)

        state.connection_changed.connect(self._on_state_connection_changed)
        self._refresh()

    # -- composing ---------------------------------------------------------------------------------
    def entered(self) -> None:
        self._refresh()

    def _on_state_connection_changed(self) -> None:
        self.status.set_context(self.state.context)
        self._refresh()

    def add_from_review(self, review_page: Any) -> None:
        """Write the payload of what the Review step checked (excluded rows left out) and add it to the job."""
        from csod_desktop.ui.review_jobs import payload_job

        review = getattr(review_page, "review", None)
        if review is None or not review_page.is_ready() or self._adding:
            return
        if len(self.imports) >= MAX_IMPORTS:
            self.bridge.error(f"A job holds at most {MAX_IMPORTS} imports.", "Run this job first, then start another.")
            return
        state = self.state
        load_type = state.load_type
        source = state.source
        mapping = state.mapping
        settings = dict(state.settings)
        type_name = state.schema.load_type
        self._adding = True
        self.pool.start(
            payload_job(review, set(review_page.model.excluded), self.services.output_dir, type_name),
            name="payload",
            on_success=lambda info: self._on_payload_written(info, load_type, type_name, source, mapping, settings),
            on_error=self.bridge.exception,
            on_finish=self._on_add_finished,
        )

    def _on_add_finished(self) -> None:
        self._adding = False
        self._refresh()

    def _on_payload_written(self, info: Any, load_type: Any, type_name: str, source: Any, mapping: Any,
                            settings: dict[str, Any]) -> None:
        from csod_desktop.services.loads import PreparedImport

        path = getattr(source, "path", None)
        stem = path.stem if path is not None else type_name
        item = PreparedImport.from_payload(
            info, type_name, label=f"{stem} ({type_name})", settings=settings, source=path, mapping=mapping,
            type_id=getattr(load_type, "type_id", None),
        )
        self.add_import(item)
        self.import_added.emit()

    def add_import(self, item: Any) -> None:
        """Add a prepared import (kept in run order: OU loads before employees)."""
        before = [i.load_type for i in self.imports] + [item.load_type]
        self.imports = order_imports([*self.imports, item])
        if [i.load_type for i in self.imports] != before:
            self.bridge.info("The imports were put in run order.", ORDER_NOTE)
        if not self.job_label_edit.text().strip():
            stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
            self.job_label_edit.setText(f"{item.load_type} {stamp}")
        self._fill_table()
        self._refresh()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.imports))
        for row, item in enumerate(self.imports):
            cells = [str(row + 1), item.load_type, item.source_name or item.payload.name,
                     "" if item.record_count is None else f"{item.record_count:,}", item.label]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column != 4:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 4 and cell.row() < len(self.imports):
            self.imports[cell.row()] = replace(self.imports[cell.row()], label=cell.text().strip())

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.imports[row]
        self._fill_table()
        self._refresh()

    def _refresh(self) -> None:
        problem = callback_problem(self.callback_edit.text())
        self.callback_error.setText(problem or "")
        self.callback_error.setVisible(bool(problem))
        profile = self.state.profile
        connected = self.state.context is not None
        if not connected:
            self.portal_note.setText("Connect to a portal to run a job.")
        else:
            where = getattr(profile, "where", "")
            production = bool(getattr(profile, "is_production", True))
            self.portal_note.setText(f"Runs on {where}" + ("  (PRODUCTION)" if production else ""))
            self.portal_note.setStyleSheet("color: #c8372d; font-weight: 600;" if production else "color: #1d5c2e;")
        self.add_button.setEnabled(len(self.imports) < MAX_IMPORTS and connected)
        self.remove_button.setEnabled(bool(self.imports))
        self.order_note.setVisible(len(self.imports) > 1)
        self.run_button.setEnabled(bool(self.imports) and connected and problem is None and not self._adding)

    # -- running -----------------------------------------------------------------------------------
    def confirmation(self) -> ConfirmDialog:
        return ConfirmDialog(self.state.profile, self.imports, self.job_label(), self.callback_edit.text(), self)

    def job_label(self) -> str:
        return self.job_label_edit.text().strip() or "csod-desktop job"

    def confirm_and_run(self) -> None:
        if not self.run_button.isEnabled():
            return
        dialog = self.confirmation()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.run_now()

    def run_now(self) -> None:
        """Post the composed job (the confirmation was given) and hand it to the status panel."""
        imports, label, callback = list(self.imports), self.job_label(), self.callback_edit.text().strip() or None
        self.imports = []
        self.job_label_edit.clear()
        self._fill_table()
        self.upload.setValue(0)
        self.upload.show()
        self.status.start(imports, label, callback)
        self._refresh()

    def _on_status_upload_progress(self, fraction: float) -> None:
        self.upload.setValue(int(100 * fraction))
        self.upload.setFormat("All data sent" if fraction >= 1.0 else "Uploading %p%")

    def shutdown(self) -> None:
        self.status.shutdown()


def wire_run_steps(window: Any) -> None:
    """Connect Run, Results and History to the wizard's window (called once by ``MainWindow``).

    The Review step's button adds the checked file to the job and moves on to Run (it used to write the
    payload only); an import opened from the jobs list or the history shows in Results; "fix and reload"
    goes back to Review with the failed rows.
    """
    from csod_desktop.store.journal import Journal
    from csod_desktop.ui.main_window import LOAD_TYPE, RESULTS, REVIEW, RUN

    review, run, results = window.review_page, window.run_page, window.results_page
    review.payload_button.clicked.disconnect()
    review.payload_button.setText("Add to the job and go to Run")
    review.payload_button.setToolTip("Writes the file to send and adds it to the next job on the Run step")
    review.payload_button.clicked.connect(lambda: run.add_from_review(review))
    run.import_added.connect(lambda: window.go_to(RUN, clear_message=False))
    run.add_another_requested.connect(lambda: window.go_to(LOAD_TYPE))

    def open_results(import_id: str) -> None:
        results.open_import(import_id)
        window.go_to(RESULTS)

    def preload_results(job_ref: int) -> None:
        """A job just ended: Results shows its report next (the runner already cached it: no download),
        unless the administrator is reading another report there right now."""
        if window.current_step() == RESULTS:
            return
        job = results._journal().job(job_ref)
        imports = [imp for imp in (job.imports if job else []) if imp.import_id]
        if imports:
            pick = next((imp for imp in imports if imp.has_problems), imports[0])
            results.open_import(pick.import_id)

    run.status.open_requested.connect(open_results)
    run.status.job_finished.connect(preload_results)
    window.history_page.open_requested.connect(open_results)
    results.fix_ready.connect(lambda: window.go_to(REVIEW, clear_message=False))
    try:
        with Journal() as journal:  # jobs an earlier session left unfinished, shown until their portal connects
            run.status.list_unfinished(journal)
    except Exception:  # noqa: BLE001 - a damaged journal must not stop the window from opening
        import logging

        logging.getLogger(__name__).warning("could not list unfinished jobs", exc_info=True)
