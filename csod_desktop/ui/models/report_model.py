"""Table models of the report viewer: the report rows (joined to the original file) and errors grouped by message."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from csod_desktop.ui import theme

from csod_desktop.i18n import translate
from csod_desktop.ui.language import number

_Index = QModelIndex | QPersistentModelIndex
#: The first column's name: the key of the saved file's column too (the header shows it translated).
ROW_COLUMN = "Row in file"
#: One report cell may hold several messages (the sandbox joins them with " | "; a real portal may do the same).
MESSAGE_SEPARATOR = " | "
#: Joins a row's cells in its search text: a character nobody types, so a search never spans two cells.
_CELL_SEPARATOR = "\x1f"


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

    table: ReportTable | None = None  # built by ``prepare()`` in the worker that opened the report
    _messages: Counter[str] | None = field(default=None, init=False, repr=False)
    _failed: list[int] | None = field(default=None, init=False, repr=False)

    _counts: tuple[int, int] | None = field(default=None, init=False, repr=False)

    def prepare(self) -> ReportData:
        """Do the per-row work off the GUI thread: the viewer's table, the counts, the failed records."""
        self.table = build_table(self)
        self.error_messages()
        self.failed_records()
        self.problem_counts()
        return self

    def problem_counts(self) -> tuple[int, int]:
        """(rows with errors, rows with warnings) of the report."""
        if self._counts is None:
            self._counts = (len(self.parsed.error_rows()), len(self.parsed.warning_rows()))
        return self._counts

    def error_messages(self) -> Counter[str]:
        """Errors grouped by message (a cell with several messages counts once for each)."""
        if self._messages is None:
            counts: Counter[str] = Counter()
            for row in self.parsed.error_rows():
                for message in split_messages(self.parsed.errors(row)):
                    counts[message] += 1
            self._messages = counts
        return self._messages

    def failed_reasons(self) -> dict[int, tuple[str, tuple[str, ...]]]:
        """For each failed record of the original file: the portal's error message and the payload columns
        (properties) it names, for fix and reload to show beside the record in Review."""
        parsed = self.parsed
        flags = {parsed.loaded_col, parsed.errors_col, parsed.warnings_col}
        out: dict[int, tuple[str, tuple[str, ...]]] = {}
        failed = set(self.failed_records())
        for row, numbers in zip(parsed.rows, self.joined or [[]] * len(parsed.rows), strict=False):
            message = parsed.errors(row) or (translate("ReportModel", "Not loaded.") if parsed.loaded(row) is False
                                             else "")
            if not message:
                continue
            columns = tuple(parsed.header[i] for i, kind in parsed.problem_cells(row).items()
                            if kind == "error" and i not in flags)
            for record in numbers:
                if record in failed and record not in out:
                    out[record] = (message, columns)
        return out

    def failed_records(self) -> list[int]:
        """The original record numbers of the rows that were not loaded because of an error."""
        if self._failed is None:
            parsed = self.parsed
            error_rows = {id(r) for r in parsed.error_rows()}
            seen: set[int] = set()
            out: list[int] = []
            for row, numbers in zip(parsed.rows, self.joined or [[]] * len(parsed.rows), strict=False):
                if id(row) in error_rows:
                    for number in numbers:
                        if number not in seen:
                            seen.add(number)
                            out.append(number)
            self._failed = out
        return self._failed


@dataclass
class ReportTable:
    """The viewer's rows ("Row in file" first, then the flag columns, then the payload's) and a polars frame
    with one search text, the error / warning flags and the error messages per row: a filter change is a
    vectorized polars filter, not a Python loop over every cell of a big report on the GUI thread."""

    header: list[str]
    rows: list[list[str]]
    order: list[int]  # report column shown at each position (after "Row in file")
    index: pl.DataFrame  # i (row number), text (lowercase cells), error, warning, messages
    #: Per row, the shown columns the portal's messages name: {column: "error" | "warning"}.
    marks: list[dict[int, str]] = field(default_factory=list)

    def visible(self, kind: str, search: str, message: str) -> list[int]:
        """Row numbers that pass the filters (``search`` already lowercase)."""
        conditions = []
        if kind == "errors":
            conditions.append(pl.col("error"))
        elif kind == "warnings":
            conditions.append(pl.col("warning"))
        if message:
            conditions.append(pl.col("messages").list.contains(message))
        search = search.replace(_CELL_SEPARATOR, "")
        if search:
            conditions.append(pl.col("text").str.contains(search, literal=True))
        if not conditions:
            return list(range(len(self.rows)))
        return self.index.filter(*conditions).get_column("i").to_list()


def build_table(data: ReportData) -> ReportTable:
    """The viewer's rows and filter index of ``data`` (a few seconds for a million rows: call it in a worker)."""
    parsed = data.parsed
    joined = data.joined or [[] for _ in parsed.rows]
    # The flag columns come first (after the row number): they are what the administrator reads first,
    # and a 19-column payload would push them off the right edge.
    flags = [c for c in (parsed.errors_col, parsed.warnings_col, parsed.loaded_col) if c is not None]
    order = flags + [i for i in range(len(parsed.header)) if i not in flags]
    header = [ROW_COLUMN, *(parsed.header[i] for i in order)]
    rows = [
        [", ".join(str(n) for n in numbers), *((row[i] if i < len(row) else "") for i in order)]
        for row, numbers in zip(parsed.rows, joined, strict=False)
    ]
    errors = [parsed.errors(row) for row in parsed.rows]
    shown_at = {col: position + 1 for position, col in enumerate(order)}
    none: dict[int, str] = {}
    marks = [{shown_at[c]: kind for c, kind in parsed.problem_cells(row).items()} if (e or parsed.warnings(row))
             else none for e, row in zip(errors, parsed.rows, strict=True)]
    index = pl.DataFrame(
        {
            "text": [_CELL_SEPARATOR.join(row).lower() for row in rows],
            "error": [bool(e) or parsed.loaded(row) is False for e, row in zip(errors, parsed.rows, strict=True)],
            "warning": [bool(parsed.warnings(row)) for row in parsed.rows],
            "messages": [split_messages(e) if e else [] for e in errors],
        },
        schema={"text": pl.String, "error": pl.Boolean, "warning": pl.Boolean, "messages": pl.List(pl.String)},
    ).with_row_index("i")
    return ReportTable(header, rows, order, index, marks)


def split_messages(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(MESSAGE_SEPARATOR) if part.strip()]


class ReportModel(QAbstractTableModel):
    """The report's rows, "Row in file" first; the Errors / Warnings / Loaded columns highlighted.

    ``set_filter`` narrows to errors or warnings and a search text (any cell, case-insensitive) without
    copying the rows: the model keeps a list of the visible row numbers, found by ``ReportTable.visible``.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: ReportData | None = None
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._visible: list[int] = []
        self._order: list[int] = []  # report column shown at each position (after "Row in file")
        self._table: ReportTable | None = None
        self.kind = "all"
        self.search = ""
        self.message = ""

    def set_report(self, data: ReportData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        if data is None:
            self._table = None
            self._header, self._rows, self._order = [], [], []
        else:
            if data.table is None:  # not prepared in a worker (a small report built by hand)
                data.table = build_table(data)
            self._table = data.table
            self._header, self._rows, self._order = data.table.header, data.table.rows, data.table.order
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
        if self._table is None:
            return []
        return self._table.visible(self.kind, self.search, self.message)

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

    def mark(self, report_row: int, column: int) -> str | None:
        """"error" or "warning" when the portal's message for row ``report_row`` names shown ``column``."""
        marks = self._table.marks if self._table is not None else None
        return marks[report_row].get(column) if marks else None

    def columns_named(self, view_row: int, message: str) -> list[int]:
        """The shown columns of row ``view_row`` that ``message`` (one of its errors) names."""
        from csod_desktop.services.reports import named_cells

        if self.data_ is None or not 0 <= view_row < len(self._visible):
            return []
        parsed = self.data_.parsed
        flags = {parsed.loaded_col, parsed.errors_col, parsed.warnings_col}
        cells = named_cells(parsed.header, parsed.rows[self._visible[view_row]], message, skip=flags)
        return sorted(1 + self._order.index(c) for c in cells if c in self._order)

    def all_marks(self) -> list[dict[int, str]]:
        """Every row's marked cells (the Excel file fills the same cells)."""
        return list(self._table.marks) if self._table is not None else []

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
        at = self._visible[index.row()]
        row = self._rows[at]
        value = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if value and self._flag_column(index.column()) == "loaded":  # "false" -> "no", in the window's words
                loaded = self.data_.parsed.loaded(self.data_.parsed.rows[at])
                if loaded is not None:
                    return translate("ReportModel", "yes") if loaded else translate("ReportModel", "no")
            return value
        mark = self.mark(at, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark is None:
                return value
            parsed = self.data_.parsed
            said = parsed.errors(parsed.rows[at]) if mark == "error" else parsed.warnings(parsed.rows[at])
            text = (translate("ReportModel", "{value}\nThe portal's error: {message}") if mark == "error"
                    else translate("ReportModel", "{value}\nThe portal's warning: {message}"))
            return text.format(value=value, message=said)
        if role == Qt.ItemDataRole.BackgroundRole:
            if mark is not None:  # a cell the portal's message names: stronger than its row's flag colours
                return theme.brush("report_error_cell" if mark == "error" else "report_warning_cell")
            flag = self._flag_column(index.column())
            if flag == "errors" and value:
                return theme.brush("error_bg")
            if flag == "warnings" and value:
                return theme.brush("warning_bg")
            if flag == "loaded":
                loaded = self.data_.parsed.loaded(self.data_.parsed.rows[self._visible[index.row()]])
                return theme.brush("success_bg" if loaded else "error_bg")
        if role == Qt.ItemDataRole.FontRole and (index.column() == 0 or self._flag_column(index.column())):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and section < len(self._header):
            flag = self._flag_column(section)
            if role == Qt.ItemDataRole.DisplayRole:  # the report's own columns are the portal's: as they are,
                if section == 0:  # but for the three the window reads, named in its words
                    return translate("ReportModel", "Row in file")
                return _flag_names().get(flag, self._header[section]) if flag else self._header[section]
            if role == Qt.ItemDataRole.ToolTipRole and flag:
                return translate("ReportModel", "The report's column “{name}”").format(name=self._header[section])
            if role == Qt.ItemDataRole.BackgroundRole and (section == 0 or self._flag_column(section)):
                return theme.brush("flag_header_bg")
            if role == Qt.ItemDataRole.ToolTipRole and section == 0:
                return translate("ReportModel", "The record number of this row in your original file (header excluded)")
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


def _flag_names() -> dict[str, str]:
    """The report's errors, warnings and loaded columns as the window names them (the portal's in the tooltip)."""
    return {"errors": translate("ReportModel", "Errors"), "warnings": translate("ReportModel", "Warnings"),
            "loaded": translate("ReportModel", "Loaded")}


class MessageCountModel(QAbstractTableModel):
    """Errors grouped by message, most frequent first: (message, records)."""


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
            return message if index.column() == 0 else number(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ReportModel", "Error") if section == 0 else translate("ReportModel", "Records")
        return None
