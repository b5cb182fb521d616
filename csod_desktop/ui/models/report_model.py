"""Table models of the report viewer: the report rows (joined to the original file) and errors grouped by message."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

_Index = QModelIndex | QPersistentModelIndex
ROW_COLUMN = "Row in file"
ERROR_BG = QColor("#fdecea")
WARNING_BG = QColor("#fff6dc")
LOADED_BG = QColor("#e6f6ea")
FLAG_HEADER_BG = QColor("#dfe8f6")
#: One report cell may hold several messages (the sandbox joins them with " | "; a real portal may do the same).
MESSAGE_SEPARATOR = " | "


@dataclass
class ReportData:
    """What the viewer shows: the parsed report, the original record numbers of each row, and where it came from."""

    import_id: str
    result: Any  # services.reports.ReportResult
    joined: list[list[int]] = field(default_factory=list)
    source_name: str | None = None
    source: Any = None  # the original file as a polars frame (its own columns), or None when it is gone
    join_note: str = ""  # why rows could not be joined back, when they could not

    @property
    def parsed(self) -> Any:
        return self.result.parsed

    def error_messages(self) -> Counter[str]:
        """Errors grouped by message (a cell with several messages counts once for each)."""
        counts: Counter[str] = Counter()
        for row in self.parsed.error_rows():
            for message in split_messages(self.parsed.errors(row)):
                counts[message] += 1
        return counts

    def failed_records(self) -> list[int]:
        """The original record numbers of the rows that were not loaded because of an error."""
        parsed = self.parsed
        error_rows = {id(r) for r in parsed.error_rows()}
        out: list[int] = []
        for row, numbers in zip(parsed.rows, self.joined or [[]] * len(parsed.rows), strict=False):
            if id(row) in error_rows:
                out.extend(n for n in numbers if n not in out)
        return out


def split_messages(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(MESSAGE_SEPARATOR) if part.strip()]


class ReportModel(QAbstractTableModel):
    """The report's rows, "Row in file" first; the Errors / Warnings / Loaded columns highlighted.

    ``set_filter`` narrows to errors or warnings and a search text (any cell, case-insensitive) without
    copying the rows: the model keeps a list of the visible row numbers.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: ReportData | None = None
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._visible: list[int] = []
        self._order: list[int] = []  # report column shown at each position (after "Row in file")
        self.kind = "all"
        self.search = ""
        self.message = ""

    def set_report(self, data: ReportData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        if data is None:
            self._header, self._rows = [], []
        else:
            parsed = data.parsed
            joined = data.joined or [[] for _ in parsed.rows]
            # The flag columns come first (after the row number): they are what the administrator reads
            # first, and a 19-column payload would push them off the right edge.
            flags = [c for c in (parsed.errors_col, parsed.warnings_col, parsed.loaded_col) if c is not None]
            self._order = flags + [i for i in range(len(parsed.header)) if i not in flags]
            self._header = [ROW_COLUMN, *(parsed.header[i] for i in self._order)]
            self._rows = [
                [", ".join(str(n) for n in numbers), *((row[i] if i < len(row) else "") for i in self._order)]
                for row, numbers in zip(parsed.rows, joined, strict=False)
            ]
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, kind: str | None = None, search: str | None = None, message: str | None = None) -> None:
        """``kind``: "all", "errors" or "warnings"; ``message``: only rows with this error message."""
        self.beginResetModel()
        if kind is not None:
            self.kind = kind
        if search is not None:
            self.search = search.strip().lower()
        if message is not None:
            self.message = message
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        if self.data_ is None:
            return []
        parsed = self.data_.parsed
        out = []
        for index, row in enumerate(parsed.rows):
            if self.kind == "errors" and not (parsed.errors(row) or parsed.loaded(row) is False):
                continue
            if self.kind == "warnings" and not parsed.warnings(row):
                continue
            if self.message and self.message not in split_messages(parsed.errors(row)):
                continue
            if self.search and not any(self.search in cell.lower() for cell in self._rows[index]):
                continue
            out.append(index)
        return out

    # -- what the page asks -----------------------------------------------------------------------------
    @property
    def header(self) -> list[str]:
        return list(self._header)

    def visible_rows(self) -> list[list[str]]:
        return [self._rows[i] for i in self._visible]

    def all_rows(self) -> list[list[str]]:
        return list(self._rows)

    def report_row(self, view_row: int) -> int:
        return self._visible[view_row]

    def column_index(self, name: str) -> int:
        return self._header.index(name)

    def _flag_column(self, column: int) -> str | None:
        if self.data_ is None or column == 0:
            return None
        parsed = self.data_.parsed
        col = self._order[column - 1]
        if col == parsed.errors_col:
            return "errors"
        if col == parsed.warnings_col:
            return "warnings"
        if col == parsed.loaded_col:
            return "loaded"
        return None

    # -- Qt -------------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        row = self._rows[self._visible[index.row()]]
        value = row[index.column()] if index.column() < len(row) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            flag = self._flag_column(index.column())
            if flag == "errors" and value:
                return QBrush(ERROR_BG)
            if flag == "warnings" and value:
                return QBrush(WARNING_BG)
            if flag == "loaded":
                loaded = self.data_.parsed.loaded(self.data_.parsed.rows[self._visible[index.row()]])
                return QBrush(LOADED_BG if loaded else ERROR_BG)
        if role == Qt.ItemDataRole.FontRole and (index.column() == 0 or self._flag_column(index.column())):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and section < len(self._header):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._header[section]
            if role == Qt.ItemDataRole.BackgroundRole and (section == 0 or self._flag_column(section)):
                return QBrush(FLAG_HEADER_BG)
            if role == Qt.ItemDataRole.ToolTipRole and section == 0:
                return "The record number of this row in your original file (header excluded)"
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class MessageCountModel(QAbstractTableModel):
    """Errors grouped by message, most frequent first: (message, records)."""

    HEADERS = ("Error", "Records")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []

    def set_counts(self, counts: Counter[str]) -> None:
        self.beginResetModel()
        self.items = counts.most_common()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        message, count = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return message if index.column() == 0 else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None
