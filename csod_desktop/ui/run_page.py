"""Step 6, Run: compose a job of one or more imports (OU loads first), confirm, post, and watch it live."""

from __future__ import annotations

import datetime as dt
import logging
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
from csod_desktop.i18n import translate
from csod_desktop.core.type_names import type_code
from csod_desktop.services.progress import default_job_label
from csod_desktop.ui import theme
from csod_desktop.ui.language import number
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.status_panel import StatusPanel

log = logging.getLogger(__name__)

MAX_IMPORTS = facts.MAX_IMPORTS_PER_JOB


def order_note() -> str:
    return translate("RunPage", "Organizational units are loaded before employees: Cornerstone resolves the imports "
                                "of one job in order, so an employee can point to a division or location created "
                                "by the same job.")


def order_line() -> str:
    """The same, short enough for one line under the table (the whole sentence is its tooltip)."""
    return translate("RunPage", "Organizational units run before employees, so an employee can point to a unit "
                                "made by this job.")


callback_problem = facts.callback_problem


def order_imports(imports: list[Any]) -> list[Any]:
    from csod_desktop.services.loads import ordered

    return ordered(imports)


def left_out_note(item: Any) -> str:
    """What the confirmation says of a file's records that are not sent as they are: excluded, invalid,
    with warnings (as Review counted them)."""
    parts = []
    if item.excluded == 1:
        parts.append(translate("RunPage", "1 record you excluded is not sent"))
    elif item.excluded:
        parts.append(translate("RunPage", "{count} records you excluded are not sent").format(
            count=number(item.excluded)))
    if item.left_invalid == 1:
        parts.append(translate("RunPage", "1 record with errors is left out"))
    elif item.left_invalid:
        parts.append(translate("RunPage", "{count} records with errors are left out").format(
            count=number(item.left_invalid)))
    if item.warnings == 1:
        parts.append(translate("RunPage", "1 record with warnings is sent with Review's warnings"))
    elif item.warnings:
        parts.append(translate("RunPage", "{count} records with warnings are sent with Review's warnings").format(
            count=number(item.warnings)))
    return translate("RunPage", "{parts}.").format(parts=translate("RunPage", "; ").join(parts)) if parts else ""


class ConfirmDialog(QDialog):
    """What will happen, on which portal: production shown in red so nobody loads there by accident."""

    def __init__(self, profile: Any, imports: list[Any], label: str, callback: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RunPage", "Run this job?"))
        self.setObjectName("confirmRunDialog")
        production = bool(getattr(profile, "is_production", True))
        where = getattr(profile, "where", None) or getattr(profile, "root_url", None) or translate("RunPage", "the portal")
        banner = QLabel(objectName="portalBanner")
        banner.setWordWrap(True)
        banner.setText((translate("RunPage", "PRODUCTION portal: {portal}") if production
                        else translate("RunPage", "test portal: {portal}")).format(portal=where))
        banner.setProperty("production", production)  # red for production (app.qss, #portalBanner)
        self.production = production
        lines = [translate("RunPage", "Job “{label}” with %n import(s), in this order:", None, len(imports))
                 .format(label=label)]
        noted: set[Any] = set()
        for position, item in enumerate(imports, start=1):
            source = item.source_name or item.payload.name
            line = (translate("RunPage", "{position}. {type}: {count} records from {file} (“{label}”)")
                    if item.record_count is not None
                    else translate("RunPage", "{position}. {type}: records from {file} (“{label}”)"))
            lines.append("  " + line.format(position=position, type=item.type_title, file=source, label=item.label,
                                            count=number(item.record_count)))
            source = item.source_path or item.source_name or item.payload
            note = left_out_note(item)
            if note and source not in noted:  # a file split over several imports says it once
                noted.add(source)
                lines.append(f"     {note}")
            if facts.reconcile_users(item.settings):
                lines.append("     " + translate("RunPage", "ReconcileUsers is on: every employee missing from this "
                                                        "file is deactivated."))
        if callback.strip():
            lines.append(translate("RunPage", "Cornerstone will call {url} when every import is done.").format(
                url=callback.strip()))
        lines.append(translate("RunPage", "The data is posted now; the status is then checked within the portal's "
                                          "limits."))
        body = QLabel("\n".join(lines), objectName="confirmBody")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = body.text()
        self.banner_text = banner.text()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = buttons.addButton(translate("RunPage", "Run the job"), QDialogButtonBox.ButtonRole.AcceptRole)
        if production:
            self.run_button.setObjectName("dangerButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(body)
        layout.addWidget(buttons)


class RunPage(StepPage):
    @property
    def title(self) -> str:  # read when the page is built: in the window's language by then
        return translate("RunPage", "Run")

    @property
    def lead(self) -> str:
        return translate("RunPage", "Put one or more checked files into one job (up to {count}), give it a label, "
                                    "confirm, and follow it live. Results are fetched automatically when an import "
                                    "has errors or warnings.").format(count=number(MAX_IMPORTS))

    #: The administrator wants to prepare another file for this job (the window goes to Load type).
    add_another_requested = Signal()
    #: Prepared imports were added to the next job.
    import_added = Signal()

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.imports: list[Any] = []  # services.loads.PreparedImport, in the order they will run
        self._auto_label = ""  # the label the page wrote; replaced as imports come while the user keeps it
        #: The last question before a job with ReconcileUsers is sent (the window sets it: ui.reconcile_dialog).
        self.confirm_reconcile: Any = lambda imports: True

        self.table = QTableWidget(0, 5, objectName="composeTable")
        self.table.setAccessibleName(translate("RunPage", "Files in the next job"))
        self.table.setHorizontalHeaderLabels([
            translate("RunPage", "#"), translate("RunPage", "Load type"), translate("RunPage", "File"),
            translate("RunPage", "Records"), translate("RunPage", "Import label (editable)")])
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.empty_hint = QLabel(translate("RunPage", "No file in the next job yet: check one on the Review step, "
                                                      "then press “Add to the job and go to Run”."),
                                 objectName="emptyHint")
        self.empty_hint.setWordWrap(True)
        self.order_note = QLabel(order_line(), objectName="settingNote")
        self.order_note.setToolTip(order_note())
        self.add_button = QPushButton(translate("RunPage", "Add another file…"))
        self.add_button.setToolTip(translate("RunPage", "Choose a load type and a file for another import of this job"))
        self.remove_button = QPushButton(translate("RunPage", "Remove"))
        self.add_button.clicked.connect(self.add_another_requested)
        self.remove_button.clicked.connect(self._on_remove_clicked)

        self.job_label_edit = QLineEdit(objectName="jobLabelEdit")
        self.job_label_edit.setPlaceholderText(translate("RunPage", "A label to find this job again"))
        self.callback_edit = QLineEdit(objectName="callbackEdit")
        self.callback_edit.setPlaceholderText(
            translate("RunPage", "optional: https://… (Cornerstone posts once when the job is done)"))
        self.callback_edit.setAccessibleDescription(translate(
            "RunPage", "Optional. An https address that Cornerstone calls once, when every import of the job is done."))
        self.callback_error = QLabel("", objectName="callbackError")
        self.callback_error.hide()
        self.callback_edit.textChanged.connect(self._refresh)
        form = QFormLayout()
        form.addRow(translate("RunPage", "Job label"), self.job_label_edit)
        form.addRow(translate("RunPage", "Callback URL"), self.callback_edit)
        form.addRow("", self.callback_error)

        self.portal_note = QLabel("", objectName="portalNote")
        self.run_button = QPushButton(translate("RunPage", "Run the job…"), objectName="runButton")
        self.run_button.setProperty("primary", True)
        self.run_button.setAccessibleDescription(translate(
            "RunPage", "Shows the portal and what will be sent, and asks you to confirm before anything is posted."))
        self.run_button.clicked.connect(self.confirm_and_run)
        self.upload = QProgressBar(objectName="uploadBar", maximum=100)
        self._on_status_upload_progress(0.0)
        # A bar is as wide as its style says, not its text: wide enough for the longer of its two texts in
        # this language (a translation is often longer than the English).
        longest = max(translate("RunPage", "All data sent"),
                      translate("RunPage", "Uploading {percent}%").format(percent=number(100)), key=len)
        self.upload.setMinimumWidth(self.upload.fontMetrics().horizontalAdvance(longest) + 24)
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
        top.addWidget(QLabel(translate("RunPage", "Imports of the next job"), objectName="sectionTitle"))
        top.addWidget(self.empty_hint)
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
        self._list_unfinished()
        self._refresh()

    def _list_unfinished(self) -> None:
        """Jobs an earlier session left unfinished, shown until their portal connects."""
        try:
            self.status.list_unfinished(self.services.journal)
        except Exception:  # noqa: BLE001 - a damaged journal must not stop the window from opening
            log.warning("could not list unfinished jobs", exc_info=True)

    # -- composing ---------------------------------------------------------------------------------
    def entered(self) -> None:
        self._refresh()

    def _on_state_connection_changed(self) -> None:
        self.status.set_context(self.state.context)
        self._refresh()

    def add_imports(self, items: list[Any]) -> bool:
        """Add the prepared imports of one file (a file over 1,000,000 records brings several) to the next
        job, in run order; refused, with the reason, when the job would hold more than the portal allows.

        The same file checked again for the same load type replaces its earlier check: a job never holds
        one file twice by accident (a second press of "Add", a file fixed and checked again).
        """
        if not items:
            return False
        replaced = [i for i in self.imports if any(_same_file(i, item) for item in items)]
        kept = len(self.imports) - len(replaced)
        if kept + len(items) > MAX_IMPORTS:
            self.bridge.error(
                translate("RunPage", "A job holds at most {most} imports; this file needs {needed} and the job has "
                                     "{kept} already.").format(most=number(MAX_IMPORTS), needed=number(len(items)),
                                                               kept=number(kept)),
                translate("RunPage", "Run this job first, then add the file to the next one."))
            return False
        if replaced:
            self.imports = [i for i in self.imports if i not in replaced]
        for item in items:
            self.add_import(item)
        if replaced:
            first = items[0]
            self.bridge.info(translate("RunPage", "{file} ({type}) was already in the next job: this check replaces "
                                                  "the earlier one.").format(
                file=first.source_name or translate("RunPage", "This file"), type=first.type_title))
        self.import_added.emit()
        return True

    def add_import(self, item: Any) -> None:
        """Add a prepared import (kept in run order: OU loads before employees)."""
        before = [i.load_type for i in self.imports] + [item.load_type]
        self.imports = order_imports([*self.imports, item])
        if [i.load_type for i in self.imports] != before:
            self.bridge.info(translate("RunPage", "The imports were put in run order."), order_note())
        self._label_for_imports()
        self._fill_table()
        self._refresh()

    def _label_for_imports(self) -> None:
        """A label that tells this job from the others, kept up to date until the administrator edits it."""
        typed = self.job_label_edit.text().strip()
        if typed and typed != self._auto_label:
            return
        self._auto_label = default_job_label(self.imports, dt.datetime.now()) if self.imports else ""
        self.job_label_edit.setText(self._auto_label)

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.imports))
        for row, item in enumerate(self.imports):
            cells = [str(row + 1), item.type_title, item.source_name or item.payload.name,
                     "" if item.record_count is None else number(item.record_count), item.label]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column != 4:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 1:
                    cell.setToolTip(type_code(item.load_type, item.type_id))
                elif column == 2 and item.source_path is not None:
                    cell.setToolTip(str(item.source_path))
                elif column == 3:
                    cell.setToolTip(left_out_note(item) or translate("RunPage", "Every record of the file is sent"))
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 4 and cell.row() < len(self.imports):
            self.imports[cell.row()] = replace(self.imports[cell.row()], label=cell.text().strip())

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.imports[row]
        self._label_for_imports()
        self._fill_table()
        self._refresh()

    def _refresh(self) -> None:
        problem = callback_problem(self.callback_edit.text())
        self.callback_error.setText(problem or "")
        self.callback_error.setVisible(bool(problem))
        profile = self.state.profile
        connected = self.state.context is not None
        if not connected:
            self.portal_note.setText(translate("RunPage", "Connect to a portal to run a job."))
        else:
            where = getattr(profile, "where", "")
            production = bool(getattr(profile, "is_production", True))
            self.portal_note.setText((translate("RunPage", "Runs on {portal}  (PRODUCTION)") if production
                                      else translate("RunPage", "Runs on {portal}")).format(portal=where))
            theme.set_state(self.portal_note, "production", production)
        self.add_button.setEnabled(len(self.imports) < MAX_IMPORTS and connected)
        self.remove_button.setEnabled(bool(self.imports))
        self.order_note.setVisible(len(self.imports) > 1)
        self.empty_hint.setVisible(not self.imports)
        self.run_button.setEnabled(bool(self.imports) and connected and problem is None)

    # -- running -----------------------------------------------------------------------------------
    def confirmation(self) -> ConfirmDialog:
        return ConfirmDialog(self.state.profile, self.imports, self.job_label(), self.callback_edit.text(), self)

    def job_label(self) -> str:
        return self.job_label_edit.text().strip() or translate("RunPage", "csod-desktop job")

    def confirm_and_run(self) -> None:
        if not self.run_button.isEnabled():
            return
        dialog = self.confirmation()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self.confirm_reconcile(list(self.imports)):
            return
        self.run_now()

    def run_now(self) -> None:
        """Post the composed job (the confirmation was given) and hand it to the status panel."""
        imports, label, callback = list(self.imports), self.job_label(), self.callback_edit.text().strip() or None
        self.imports = []
        self.job_label_edit.clear()
        self._auto_label = ""
        self._fill_table()
        self._on_status_upload_progress(0.0)
        self.upload.show()
        self.status.start(imports, label, callback)
        self._refresh()

    def _on_status_upload_progress(self, fraction: float) -> None:
        percent = int(100 * fraction)
        self.upload.setValue(percent)
        # The share written by us, not Qt's "%p": a translation keeps a {placeholder} intact, a "%p" it may not.
        self.upload.setFormat(translate("RunPage", "All data sent") if fraction >= 1.0
                              else translate("RunPage", "Uploading {percent}%").format(percent=number(percent)))

    def has_work(self) -> bool:
        """Whether there is something to do here: imports waiting for the next job, or a job not finished."""
        return bool(self.imports) or any(f.record is None or not f.record.finished for f in self.status.jobs.values())

    def may_quit(self) -> bool:
        """Asked before the window closes: with a job followed, the administrator says whether to quit."""
        dialog = self.status.quit_question()
        if dialog is None:
            return True
        dialog.exec()
        return dialog.quitting()

    def shutdown(self) -> None:
        self.status.shutdown()


def _same_file(a: Any, b: Any) -> bool:
    """Two prepared imports of the same file for the same load type."""
    key_a = (a.source_path or a.source_name, a.load_type, str(a.type_id))
    key_b = (b.source_path or b.source_name, b.load_type, str(b.type_id))
    return key_a[0] is not None and key_a == key_b
