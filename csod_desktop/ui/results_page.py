"""Step 7, Results: an import's report joined to the original file; filters, grouping, safe saving, fix and reload."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csod_desktop import paths
from csod_desktop.i18n import translate
from csod_desktop.core.type_names import type_code, type_title
from csod_desktop.services.reports import STATE_TEXT, WINDOW_ADVICE, can_fetch_later
from csod_desktop.store.ledger import PORTAL_DOWNLOAD_LIMIT
from csod_desktop.ui.language import number, when
from csod_desktop.ui.models.report_model import MessageCountModel, ReportData, ReportModel
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.results_jobs import (
    fix_job,
    fix_reasons,
    open_report_job,
    report_file_name,
    save_folder,
    save_job,
    write_fix_file,
)


def filters() -> tuple[tuple[str, str], ...]:
    """The "Show" box's choices: (text shown, the filter's key the model compares)."""
    return ((translate("ResultsPage", "All rows"), "all"), (translate("ResultsPage", "Errors"), "errors"),
            (translate("ResultsPage", "Warnings"), "warnings"))


class ResultsPage(StepPage):
    @property
    def title(self) -> str:  # read when the page is built: in the window's language by then
        return translate("ResultsPage", "Results")

    @property
    def lead(self) -> str:
        return translate("ResultsPage", "The report of an import: the rows with errors and warnings, matched to the "
                                        "rows of your file. A report is downloaded once and kept on this computer; "
                                        "opening it again costs nothing.")

    #: The failed rows are in the wizard's state, ready for the Review step.
    fix_ready = Signal()

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.data: ReportData | None = None
        self.import_id: str | None = None
        self._offline_reports: Any = None
        self._busy = False
        self.last_folder: Path | None = None  # where the administrator saved last (this session)

        self.import_combo = QComboBox(objectName="importCombo")
        self.import_combo.setAccessibleName(translate("ResultsPage", "Import whose results are shown"))
        self.import_combo.setMinimumWidth(260)  # long labels elide; 320 made the page wider than a 150 % window
        self.import_combo.activated.connect(self._on_import_combo_activated)
        self.summary = QLabel(translate("ResultsPage", "Open an import from the jobs list or the history."),
                              objectName="resultSummary")
        self.summary.setWordWrap(True)
        self.usage = QLabel("", objectName="usageLabel")
        self.usage.setToolTip(translate("ResultsPage", "Cornerstone allows {limit} downloads of a report; the cap "
                                                       "keeps one in reserve. Opening the saved copy costs nothing.")
                              .format(limit=number(PORTAL_DOWNLOAD_LIMIT)))
        self.notice = QLabel("", objectName="reportNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("ResultsPage", "Import")))
        head.addWidget(self.import_combo)
        head.addWidget(self.summary, 1)
        head.addWidget(self.usage)

        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.setAccessibleName(translate("ResultsPage", "Rows of the report to show"))
        for text, key in filters():
            self.filter_combo.addItem(text, key)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit = QLineEdit(objectName="searchEdit",
                                     placeholderText=translate("ResultsPage", "Search every cell…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.setAccessibleName(translate("ResultsPage", "Search the report"))
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.redownload_button = QPushButton(translate("ResultsPage", "Download again…"))
        self.save_csv_button = QPushButton(translate("ResultsPage", "Save as CSV…"))
        self.save_xlsx_button = QPushButton(translate("ResultsPage", "Save as Excel…"))
        self.open_button = QPushButton(translate("ResultsPage", "Open in spreadsheet"))
        self.fix_button = QPushButton(translate("ResultsPage", "Fix and reload…"), objectName="fixButton")
        self.fix_button.setProperty("primary", True)
        self.fix_button.setToolTip(translate("ResultsPage", "Puts the failed rows, in your file's columns, back "
                                                           "into Review as a new job"))
        self.redownload_button.clicked.connect(lambda: self.redownload())
        self.save_csv_button.clicked.connect(lambda: self.save(fmt="csv"))
        self.save_xlsx_button.clicked.connect(lambda: self.save(fmt="xlsx"))
        self.open_button.clicked.connect(self.open_in_spreadsheet)
        self.fix_button.clicked.connect(lambda: self.fix_and_reload())
        tools = QHBoxLayout()
        tools.addWidget(QLabel(translate("ResultsPage", "Show")))
        tools.addWidget(self.filter_combo)
        tools.addWidget(self.search_edit, 1)
        tools.addSpacing(16)
        tools.addWidget(self.redownload_button)
        actions = QHBoxLayout()
        for button in (self.save_csv_button, self.save_xlsx_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.fix_button)

        self.groups_model = MessageCountModel(self)
        self.groups = QTableView(objectName="errorGroups")
        self.groups.setAccessibleName(translate("ResultsPage", "Errors by message, with the number of records"))
        self.groups.setModel(self.groups_model)
        self.groups.verticalHeader().hide()
        self.groups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groups.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.groups.setWordWrap(True)
        self.groups.clicked.connect(self._on_groups_clicked)
        self.model = ReportModel(self)
        self.grid = QTableView(objectName="reportGrid")
        self.grid.setAccessibleName(translate("ResultsPage", "The portal's report, one row per record"))
        self.grid.setModel(self.model)
        self.grid.setAlternatingRowColors(True)
        # One line per row, cut at the end: a wrapped message showed only its first word ("Division …").
        self.grid.setWordWrap(False)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.verticalHeader().hide()  # "Row in file" is the row number that means something
        self.grid.horizontalHeader().setDefaultSectionSize(140)
        self.grid.horizontalHeader().setMaximumSectionSize(320)  # the cells the messages name stay in view
        # Fit columns to the first rows only: measuring Qt's default 1,000 rows of a big report costs the
        # GUI thread a noticeable pause each time a report opens.
        self.grid.horizontalHeader().setResizeContentsPrecision(100)
        groups_box = QWidget()
        gl = QVBoxLayout(groups_box)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(QLabel(translate("ResultsPage", "Errors by message (click to filter)"), objectName="sectionTitle"))
        gl.addWidget(self.groups)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(groups_box)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 700])
        self.rows_label = QLabel("", objectName="settingNote")

        self.body.addLayout(head)
        self.body.addWidget(self.notice)
        self.body.addLayout(tools)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(actions)
        self.body.addWidget(self.rows_label)
        self._refresh()

    # -- where reports come from ------------------------------------------------------------------------
    def _journal(self) -> Any:
        return self.services.journal

    def _reports(self) -> Any:
        context = self.state.context
        if context is not None:
            return context.reports
        if self._offline_reports is None:
            from csod_desktop.services.reports import ReportService

            self._offline_reports = ReportService(self._journal(), None)  # the saved copies only: no portal
        return self._offline_reports

    # -- opening ----------------------------------------------------------------------------------------
    def open_job(self, job_ref: int) -> None:
        """Show the results of a job that just ended: its first import with problems, else its first."""
        job = self._journal().job(job_ref)
        imports = [imp for imp in job.imports if imp.import_id]
        if imports:
            pick = next((imp for imp in imports if imp.has_problems), imports[0])
            self.open_import(pick.import_id)

    def open_import(self, import_id: str, *, refresh: bool = False) -> None:
        """Show ``import_id``'s results: a clean import without spending a download, else its report."""
        journal = self._journal()
        imp = journal.find_import(import_id)
        self.import_id = import_id
        self._fill_import_combo(imp)
        if imp is not None and imp.finished and not imp.has_problems and not self._reports().has_cached(import_id):
            self._show(None)
            self.summary.setText(translate("ResultsPage", "{name}: all {count} records loaded without errors or "
                                                          "warnings. No report download was spent.")
                                 .format(name=imp.label or imp.load_type, count=number(imp.successful_records or 0)))
            return
        if imp is not None and not imp.finished:
            self._show(None)
            # The status in brackets is the portal's (or the journal's) own word: data, shown as it is.
            self.summary.setText(translate("ResultsPage", "{name} is still running ({status}).").format(
                name=imp.label or imp.load_type, status=imp.status or imp.post_state))
            return
        if imp is not None and not can_fetch_later(imp.report_state) and imp.report_state in WINDOW_ADVICE \
                and not self._reports().has_cached(import_id):
            self._show_not_saved(imp)  # the portal no longer serves it: say so, spend nothing
            return
        self._busy = True
        self._refresh()
        self.pool.start(
            open_report_job(self._reports(), journal, import_id, refresh=refresh),
            name="report",
            on_success=self._show,
            on_error=self._on_open_failed,
            on_finish=self._on_worker_finished,
        )

    def _fill_import_combo(self, imp: Any) -> None:
        self.import_combo.blockSignals(True)
        self.import_combo.clear()
        if imp is not None:
            job = self._journal().job(imp.job_ref)
            for position, item in enumerate(job.imports):
                if item.import_id:
                    title = type_title(item.load_type, item.type_id)
                    text = translate("ResultsPage", "{position}. {type} · {file} (job of {started})").format(
                        position=position + 1, type=title, file=item.source_name or item.label,
                        started=when(job.created_at))
                    self.import_combo.addItem(text, item.import_id)
                    tip = translate("ResultsPage", "{code}\nJob: {job}\nImport id: {id}").format(
                        code=type_code(item.load_type, item.type_id), job=job.label, id=item.import_id)
                    self.import_combo.setItemData(self.import_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            self.import_combo.setCurrentIndex(max(0, self.import_combo.findData(imp.import_id)))
        self.import_combo.blockSignals(False)

    def _on_import_combo_activated(self, index: int) -> None:
        import_id = self.import_combo.itemData(index)
        if import_id and import_id != self.import_id:
            self.open_import(import_id)

    def _on_worker_finished(self) -> None:
        self._busy = False
        self._refresh()

    def _on_open_failed(self, err: Any) -> None:
        self.bridge.exception(err)
        imp = self._journal().find_import(self.import_id) if self.import_id else None
        if imp is not None and imp.report_state in WINDOW_ADVICE:
            self._show_not_saved(imp)
        self._refresh()

    def _show_not_saved(self, imp: Any) -> None:
        """The report is not on this computer: why (the journal remembers), and what can be done."""
        self._show(None)
        self.summary.setText(translate("ResultsPage", "{name}: {errors} records with errors, {warnings} with "
                                                      "warnings; the report is {state}.").format(
            name=imp.label or imp.load_type, errors=number(imp.error_records or 0),
            warnings=number(imp.successful_records_with_warnings or 0), state=STATE_TEXT[imp.report_state]))
        self.notice.setText(WINDOW_ADVICE[imp.report_state])
        self.notice.show()

    def _show(self, data: ReportData | None) -> None:
        self.data = data
        self.model.message = ""  # a message group belongs to the report it was chosen in
        self.model.set_report(data)
        self.groups_model.set_counts(data.error_messages() if data is not None else Counter())
        if data is not None:
            errors, warnings = data.problem_counts()
            origin = (translate("ResultsPage", "saved copy") if data.result.from_cache
                      else translate("ResultsPage", "downloaded just now"))
            summary = (translate("ResultsPage", "%n row(s) with errors, {warnings} with warnings ({origin}, file "
                                                "{file}).", None, errors) if data.source_name
                       else translate("ResultsPage", "%n row(s) with errors, {warnings} with warnings ({origin}).",
                                      None, errors))
            self.summary.setText(summary.format(warnings=number(warnings), origin=origin, file=data.source_name))
            notes = [n for n in (data.result.notice, data.join_note) if n]
            self.notice.setText("\n".join(notes))
            self.notice.setVisible(bool(notes))
            self.grid.resizeColumnsToContents()
            self.groups.resizeRowsToContents()
        else:
            self.notice.hide()
        self._refresh()

    def _refresh(self) -> None:
        reports = self._reports() if self.import_id else None
        if reports is not None:
            self.usage.setText(reports.usage_text(self.import_id))
            can = reports.can_download(self.import_id)
            self.redownload_button.setEnabled(can and not self._busy and self.state.context is not None)
            self.redownload_button.setToolTip(
                translate("ResultsPage", "Downloads the report again from Cornerstone (asks first)") if can
                else translate("ResultsPage", "The download cap for this report is reached: only the saved copy "
                                              "can be shown"))
        else:
            self.usage.setText("")
            self.redownload_button.setEnabled(False)
        has = self.data is not None
        for button in (self.save_csv_button, self.save_xlsx_button, self.open_button):
            button.setEnabled(has and not self._busy)
        self.fix_button.setEnabled(has and not self._busy and bool(self.data.failed_records()) and
                                   self.state.context is not None)
        shown = self.model.rowCount()
        total = len(self.data.parsed.rows) if has else 0
        text = ""
        if has and self.model.message:
            text = translate("ResultsPage", "{shown} of {total} report rows shown, with the error chosen on the left "
                                            "(click it again for every error)")
        elif has:
            text = translate("ResultsPage", "{shown} of {total} report rows shown")
        self.rows_label.setText(text.format(shown=number(shown), total=number(total)))

    # -- filtering ---------------------------------------------------------------------------------------
    def _on_filter_changed(self, *_: Any) -> None:
        kind = self.filter_combo.currentData()
        # A message group narrows the errors: another kind of row drops it (its highlight with it).
        message = self.model.message if kind == "errors" else ""
        self._apply_filter(kind, message)

    def _on_groups_clicked(self, index: QModelIndex) -> None:
        message = self.groups_model.items[index.row()][0]
        self._apply_filter("errors", "" if self.model.message == message else message)

    def _apply_filter(self, kind: str, message: str) -> None:
        """The one place the filters change: the model, the "Show" box and the group highlight agree."""
        self.model.set_filter(kind=kind, search=self.search_edit.text(), message=message)
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(kind)))
        self.filter_combo.blockSignals(False)
        selection = self.groups.selectionModel()
        selection.clearSelection()
        if message:
            row = next((i for i, (m, _) in enumerate(self.groups_model.items) if m == message), -1)
            if row >= 0:
                self.groups.selectRow(row)
            self._show_first_marked_cell(message)
        self._refresh()

    def _show_first_marked_cell(self, message: str) -> None:
        """Scroll to the first cell ``message`` names (it may sit far right of the Errors column)."""
        columns = self.model.columns_named(0, message) if self.model.rowCount() else []
        if columns:
            self.grid.scrollTo(self.model.index(0, columns[0]))

    def selected_message(self) -> str:
        """The message group highlighted in the list ("" when none is)."""
        rows = self.groups.selectionModel().selectedRows()
        return self.groups_model.items[rows[0].row()][0] if rows else ""

    def clear_filters(self) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._apply_filter("all", "")

    # -- downloading again -------------------------------------------------------------------------------
    def ask(self, title: str, text: str) -> bool:
        """A yes/no question (a method, so a test can answer it)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def redownload(self) -> bool:
        """Download the report again after asking; refused past the cap. Returns whether a download started."""
        if not self.import_id:
            return False
        reports = self._reports()
        if not reports.can_download(self.import_id):
            self.bridge.error(
                translate("ResultsPage", "This report cannot be downloaded again: {usage}.").format(
                    usage=reports.usage_text(self.import_id)),
                translate("ResultsPage", "Cornerstone allows five downloads of a report ever; the saved copy is "
                                         "still shown and can be saved."))
            return False
        if self.state.context is None:
            self.bridge.error(translate("ResultsPage", "Connect to the portal first to download this report again."))
            return False
        if not self.ask(translate("ResultsPage", "Download the report again?"),
                        translate("ResultsPage", "This spends one of the report's downloads ({usage}). The saved "
                                                 "copy is the same report unless Cornerstone changed it. Download "
                                                 "again?").format(usage=reports.usage_text(self.import_id))):
            return False
        self.open_import(self.import_id, refresh=True)
        return True

    # -- saving --------------------------------------------------------------------------------------------
    def _import(self) -> Any:
        return self._journal().find_import(self.import_id) if self.import_id else None

    def default_name(self, suffix: str) -> str:
        """The file name offered for a save: the source file's name and the import's day."""
        imp = self._import()
        source = self.data.source_name if self.data and self.data.source_name else None
        return report_file_name(source, imp.created_at if imp is not None else None, suffix)

    def default_path(self, suffix: str) -> Path:
        """Where a save starts: beside the file that was loaded (or in the last folder used), readable name."""
        imp = self._import()
        return save_folder(imp.source_path if imp is not None else None, self.last_folder) / self.default_name(suffix)

    def save(self, out: Path | None = None, *, fmt: str = "csv", on_saved: Any = None) -> None:
        """Save the whole report ("Row in file" first) with formula-like cells neutralized."""
        if self.data is None:
            return
        if out is None:
            kinds = (translate("ResultsPage", "Excel workbook") + " (*.xlsx)" if fmt == "xlsx"
                     else translate("ResultsPage", "CSV file") + " (*.csv)")  # the words translated, not the pattern
            name, _ = QFileDialog.getSaveFileName(self.window(), translate("ResultsPage", "Save the report"),
                                                  str(self.default_path(fmt)), kinds)
            if not name:
                return
            out = Path(name)
            self.last_folder = out.parent
        marks = self.model.all_marks() if fmt == "xlsx" else None
        self.pool.start(save_job(self.model.header, self.model.all_rows(), out, marks), name="save-report",
                        on_success=on_saved or self._on_saved, on_error=self.bridge.exception)

    def _on_saved(self, path: Path) -> None:
        self.bridge.success(translate("ResultsPage", "Report saved to {path}.").format(path=path),
                            action=(translate("ResultsPage", "Open folder"), lambda: self.open_folder(path)))

    def open_folder(self, path: Path) -> bool:
        """Show the folder a report was saved in (the file manager of this computer)."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        if not opened:
            self.bridge.warning(translate("ResultsPage", "No file manager opened the folder; the report is at {path}.")
                                .format(path=path))
        return opened

    def open_in_spreadsheet(self) -> None:
        if self.data is None:
            return
        out = paths.safe_path(paths.exports_dir(), Path(self.default_name("xlsx")).stem, ".xlsx")
        self.save(out, fmt="xlsx", on_saved=self._on_saved_for_opening)

    def _on_saved_for_opening(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.bridge.warning(translate("ResultsPage", "No spreadsheet application opened the report; it is saved "
                                                         "at {path}.").format(path=path))

    # -- fix and reload ----------------------------------------------------------------------------------
    def fix_file(self) -> Path | None:
        """Write the failed rows, in the original file's columns, to a new CSV; None when there are none."""
        return write_fix_file(self.data)

    def fix_reasons(self) -> dict[int, Any]:
        """The portal's reason for each row of the fix file (its records in ``failed_records`` order)."""
        return fix_reasons(self.data)

    def fix_and_reload(self) -> None:
        """The failed rows go back into the Review step (same load type, settings and mapping) as a new job."""
        context = self.state.context
        imp = self._journal().find_import(self.import_id) if self.import_id else None
        if context is None or imp is None or not imp.mapping:
            self.bridge.error(translate("ResultsPage", "Connect to the portal this import was sent to, then try again."))
            return
        out = self.fix_file()
        if out is None:
            self.bridge.info(translate("ResultsPage", "No failed row of this report could be found in the original "
                                                      "file."))
            return
        self._busy = True
        self._refresh()
        self.pool.start(fix_job(context, imp, out, self.fix_reasons()), name="fix-and-reload",
                        on_success=lambda plan: self._on_fix_loaded(imp, plan),
                        on_error=self.bridge.exception, on_finish=self._on_worker_finished)

    def _on_fix_loaded(self, imp: Any, plan: Any) -> None:
        from csod_desktop.api import LoadType

        state = self.state
        state.load_type = LoadType(imp.load_type, plan.title, plan.type_id, imp.load_type == "ou.customou")
        state.set_plan(plan)
        source = plan.source
        self.bridge.info(translate("ResultsPage", "The {count} failed rows are ready for review, each with the "
                                                  "portal's reason: fix them, then run them as a new job.")
                         .format(count=number(source.frame.height)),
                         translate("ResultsPage", "They were written to {path}.").format(path=source.path))
        self.fix_ready.emit()
