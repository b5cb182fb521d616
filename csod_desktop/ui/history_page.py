"""Step 8, History: past jobs and imports from the local journal, searchable, reopenable, exportable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView

from csod_desktop.core.type_names import type_title
from csod_desktop.services.history import duckdb_available
from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.page import StepPage

#: What the table shows, in order: (label, HistoryRow field or a derived key).
SHOWN = (
    ("When", "when"), ("Portal", "portal"), ("Job", "job_label"), ("Type", "load_type"), ("File", "source_name"),
    ("Total", "total_records"), ("Loaded", "successful_records"), ("Warn.", "successful_records_with_warnings"),
    ("Errors", "error_records"), ("Report", "report_text"), ("Days left", "days_left"), ("Status", "status"),
    ("Import", "import_label"), ("Job state", "job_state"), ("Job id", "job_id"), ("Import id", "import_id"),
)
#: Columns kept narrow so the counts, the report and the days left fit without scrolling.
NARROW = {"Job": 170, "File": 130, "Import": 200}


def history_frame(rows: list[Any]) -> pl.DataFrame:
    """The table's frame: one row per import, text cells (counts left empty when unknown)."""
    out: dict[str, list[str]] = {label: [] for label, _ in SHOWN}
    for row in rows:
        values = row.as_dict()
        values["when"] = row.created_at.astimezone().strftime("%d %b %H:%M")
        values["portal"] = row.profile or row.root_url
        used = f", {row.downloads_used}/5 used" if row.downloads_used else ""
        values["report_text"] = row.report + used
        values["load_type"] = type_title(row.load_type)  # "Employee"; the portal's name is in the tooltip
        for label, key in SHOWN:
            value = values.get(key)
            out[label].append("" if value is None else str(value))
    return pl.DataFrame(out, schema={label: pl.String for label, _ in SHOWN})


class HistoryModel(FrameModel):
    """The history table; the Type column's tooltip is the portal's own name of the type (``chr.employee``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(history_frame([]), parent)
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
    title = "History"
    lead = ("Every job run from this computer, newest first. Cornerstone deletes results 30 days after an "
            "import was created: the days left are shown. Double-click an import to reopen its results.")

    #: Reopen an import's results (its import id).
    open_requested = Signal(str)

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.rows: list[Any] = []
        self.search_edit = QLineEdit(objectName="historySearch", placeholderText="Search labels, ids, types, files…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search the history of imports")
        self.search_edit.returnPressed.connect(self.reload)
        self.search_edit.textChanged.connect(lambda text: self.reload() if not text else None)
        search_button = QPushButton("Search")
        search_button.clicked.connect(self.reload)
        self.reopen_button = QPushButton("Reopen results", objectName="reopenButton")
        self.reopen_button.setProperty("primary", True)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.csv_button = QPushButton("Export CSV…")
        self.duckdb_button = QPushButton("Export DuckDB…", objectName="duckdbButton")
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
        self.table.setAccessibleName("Past imports")
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
        self.count_label.setText(f"{len(rows):,} import{'s' if len(rows) != 1 else ''} in {jobs:,} "
                                 f"job{'s' if jobs != 1 else ''}")
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
            suffix, filters = ("duckdb", "DuckDB database (*.duckdb)") if fmt == "duckdb" else ("csv", "CSV file (*.csv)")
            name, _ = QFileDialog.getSaveFileName(self.window(), "Export the history",
                                                  str(Path.home() / f"csod-history.{suffix}"),
                                                  filters)
            if not name:
                return
            out = Path(name)
        self.pool.start(export_job(list(self.rows), out, fmt), name="history-export",
                        on_success=on_saved or (lambda p: self.bridge.success(f"History exported to {p}.")),
                        on_error=self.bridge.exception)
