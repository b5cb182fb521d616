"""Step 8, History: past jobs and imports from the local journal, searchable, reopenable, exportable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView

from csod_desktop.core.type_names import type_title
from csod_desktop.i18n import translate
from csod_desktop.services.history import duckdb_available
from csod_desktop.services.status_words import status_word
from csod_desktop.store.ledger import PORTAL_DOWNLOAD_LIMIT
from csod_desktop.ui.language import number, when
from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.status_rows import job_state_word

#: What the table shows, in order: (the column's name in the frame, HistoryRow field or a derived key).
#: The name is the English header; what the header shows is ``column_labels()`` (translated).
SHOWN = (
    ("When", "when"), ("Portal", "portal"), ("Job", "job_label"), ("Type", "load_type"), ("File", "source_name"),
    ("Total", "total_records"), ("Loaded", "successful_records"), ("Warn.", "successful_records_with_warnings"),
    ("Errors", "error_records"), ("Report", "report_text"), ("Days left", "days_left"), ("Status", "status"),
    ("Import", "import_label"), ("Job state", "job_state"), ("Job id", "job_id"), ("Import id", "import_id"),
)
#: Columns kept narrow so the counts, the report and the days left fit without scrolling.
NARROW = {"Job": 170, "File": 130, "Import": 200}
#: Counts: written the locale's way.
_NUMBERS = {"total_records", "successful_records", "successful_records_with_warnings", "error_records", "days_left"}


def column_labels() -> dict[str, str]:
    """The header each column shows, in the window's language (by the column's name in the frame)."""
    return {
        "When": translate("HistoryPage", "When"), "Portal": translate("HistoryPage", "Portal"),
        "Job": translate("HistoryPage", "Job"), "Type": translate("HistoryPage", "Type"),
        "File": translate("HistoryPage", "File"), "Total": translate("HistoryPage", "Total"),
        "Loaded": translate("HistoryPage", "Loaded"), "Warn.": translate("HistoryPage", "Warn."),
        "Errors": translate("HistoryPage", "Errors"), "Report": translate("HistoryPage", "Report"),
        "Days left": translate("HistoryPage", "Days left"), "Status": translate("HistoryPage", "Status"),
        "Import": translate("HistoryPage", "Import"), "Job state": translate("HistoryPage", "Job state"),
        "Job id": translate("HistoryPage", "Job id"), "Import id": translate("HistoryPage", "Import id"),
    }


def history_frame(rows: list[Any]) -> pl.DataFrame:
    """The table's frame: one row per import, text cells (counts left empty when unknown)."""
    out: dict[str, list[str]] = {label: [] for label, _ in SHOWN}
    for row in rows:
        values = row.as_dict()
        values["when"] = when(row.created_at)
        values["portal"] = row.profile or row.root_url
        values["report_text"] = (translate("HistoryPage", "{report}, {used}/{limit} used").format(
            report=row.report_text, used=number(row.downloads_used), limit=number(PORTAL_DOWNLOAD_LIMIT))
            if row.downloads_used else row.report_text)
        values["load_type"] = type_title(row.load_type)  # "Employee"; the portal's name is in the tooltip
        # The journal's state and the portal's status, each shown in the window's words (stored as they are).
        values["job_state"] = job_state_word(row.job_state)
        values["status"] = status_word(row.status)
        for label, key in SHOWN:
            value = values.get(key)
            text = number(value) if key in _NUMBERS and isinstance(value, int | float) else value
            out[label].append("" if text is None else str(text))
    return pl.DataFrame(out, schema={label: pl.String for label, _ in SHOWN})


class HistoryModel(FrameModel):
    """The history table; the Type column's tooltip is the portal's own name of the type (``chr.employee``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(history_frame([]), parent, headers=column_labels())
        self.rows: list[Any] = []
        self._type_column = [label for label, _ in SHOWN].index("Type")

    def set_rows(self, rows: list[Any]) -> None:
        self.rows = rows
        self.set_frame(history_frame(rows))

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self._type_column
                and index.row() < len(self.rows)):
            return self.rows[index.row()].load_type
        return super().data(index, role)


def load_job(journal: Any, search: str):
    def job(control: Any) -> list[Any]:
        from csod_desktop.services.history import history_rows

        return history_rows(journal, search=search or None)

    return job


def export_job(rows: list[Any], out: Path, fmt: str):
    """CSV, or a DuckDB file with the jobs and imports tables (the history service's exports, as the CLI's)."""

    def job(control: Any) -> Path:
        from csod_desktop.services.history import export_csv, export_duckdb

        if fmt == "duckdb":
            out.unlink(missing_ok=True)  # the save dialog asked before overwriting: a fresh database
            return export_duckdb(rows, out)
        return export_csv(rows, out)

    return job


class HistoryPage(StepPage):
    @property
    def title(self) -> str:  # read when the page is built: in the window's language by then
        return translate("HistoryPage", "History")

    @property
    def lead(self) -> str:
        return translate("HistoryPage", "Every job run from this computer, newest first. Cornerstone deletes results "
                                        "30 days after an import was created: the days left are shown. Double-click "
                                        "an import to reopen its results.")

    #: Reopen an import's results (its import id).
    open_requested = Signal(str)

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.rows: list[Any] = []
        self.search_edit = QLineEdit(objectName="historySearch",
                                     placeholderText=translate("HistoryPage", "Search labels, ids, types, files…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("HistoryPage", "Search the history of imports"))
        self.search_edit.returnPressed.connect(self.reload)
        self.search_edit.textChanged.connect(lambda text: self.reload() if not text else None)
        search_button = QPushButton(translate("HistoryPage", "Search"))
        search_button.clicked.connect(self.reload)
        self.reopen_button = QPushButton(translate("HistoryPage", "Reopen results"), objectName="reopenButton")
        self.reopen_button.setProperty("primary", True)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.csv_button = QPushButton(translate("HistoryPage", "Export CSV…"))
        self.duckdb_button = QPushButton(translate("HistoryPage", "Export DuckDB…"), objectName="duckdbButton")
        self.csv_button.clicked.connect(lambda: self.export(fmt="csv"))
        self.duckdb_button.clicked.connect(lambda: self.export(fmt="duckdb"))
        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 1)
        tools.addWidget(search_button)
        tools.addWidget(self.reopen_button)
        tools.addWidget(self.csv_button)
        tools.addWidget(self.duckdb_button)
        self.model = HistoryModel(self)
        self.table = QTableView(objectName="historyTable")
        self.table.setAccessibleName(translate("HistoryPage", "Past imports"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()  # row numbers mean nothing here; the width goes to the counts
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.count_label = QLabel("", objectName="settingNote")
        self.body.addLayout(tools)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.count_label)
        # Offered only where it works: DuckDB ships with every install, but a trimmed one may lack it.
        # (Once in the page: shown while it has no parent, a button opens as a window of its own.)
        self.duckdb_button.setVisible(duckdb_available())

    def _journal(self) -> Any:
        return self.services.journal

    def entered(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.pool.start(load_job(self._journal(), self.search_edit.text().strip()), name="history",
                        on_success=self._show, on_error=self.bridge.exception)

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        labels = [label for label, _ in SHOWN]
        for label, width in NARROW.items():
            column = labels.index(label)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        jobs = len({r.job_ref for r in rows})
        # Two counts, two plural forms: Qt's %n is one number per string, so the jobs come as a placeholder.
        self.count_label.setText(translate("HistoryPage", "%n import(s) in {jobs}", None, len(rows)).format(
            jobs=translate("HistoryPage", "%n job(s)", None, jobs)))
        self.reopen_button.setEnabled(bool(rows))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._reopen(index.row())

    def _on_reopen_clicked(self) -> None:
        index = self.table.currentIndex()
        self._reopen(index.row() if index.isValid() else 0)

    def _reopen(self, row: int) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].import_id:
            self.open_requested.emit(self.rows[row].import_id)

    def export(self, out: Path | None = None, *, fmt: str = "csv", on_saved: Any = None) -> None:
        if out is None:
            # The words translated, not the pattern.
            suffix, filters = (("duckdb", translate("HistoryPage", "DuckDB database") + " (*.duckdb)") if fmt == "duckdb"
                               else ("csv", translate("HistoryPage", "CSV file") + " (*.csv)"))
            name, _ = QFileDialog.getSaveFileName(self.window(), translate("HistoryPage", "Export the history"),
                                                  str(Path.home() / f"csod-history.{suffix}"),
                                                  filters)
            if not name:
                return
            out = Path(name)
        self.pool.start(export_job(list(self.rows), out, fmt), name="history-export",
                        on_success=on_saved or (lambda p: self.bridge.success(
                            translate("HistoryPage", "History exported to {path}.").format(path=p))),
                        on_error=self.bridge.exception)
