"""The review grid: the records with problems, offending cells highlighted, editable, excludable.

``ReviewData`` is prepared in the validation worker (grouping problems by record and cell is work on
possibly many rows), so the GUI thread only indexes dictionaries when it paints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from csod_desktop.ui.models.frame_model import FrameModel

_Index = QModelIndex | QPersistentModelIndex
EXCLUDE_COL, STATUS_COL = 0, 1
FIXED = 2
ERROR_BG = QColor("#fde2e1")
WARNING_BG = QColor("#fff1cc")
EDITED_FG = QColor("#1f5fbf")


@dataclass
class ReviewData:
    """A validation result with its problems grouped for the grid (built off the GUI thread)."""

    result: Any
    frame: pl.DataFrame
    summary: pl.DataFrame | None = None
    by_row: dict[int, list[Any]] = field(default_factory=dict)  # record -> problems
    by_cell: dict[tuple[int, str], str] = field(default_factory=dict)  # (record, column) -> worst severity
    file_level: list[Any] = field(default_factory=list)

    error_rows: frozenset[int] = frozenset()
    warning_rows: frozenset[int] = frozenset()
    _sorted: dict[str | None, list[int]] = field(default_factory=dict)
    _by_rule: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, result: Any, frame: pl.DataFrame, summary: pl.DataFrame | None = None) -> ReviewData:
        data = cls(result, frame, summary if summary is not None else result.summary())
        errors: set[int] = set()
        warnings: set[int] = set()
        by_rule: dict[tuple[str, str], set[int]] = {}
        for problem in result.problem_list():
            if problem.row <= 0:
                data.file_level.append(problem)
                continue
            data.by_row.setdefault(problem.row, []).append(problem)
            by_rule.setdefault((problem.rule, problem.column), set()).add(problem.row)
            severity = problem.severity.value
            (errors if severity == "error" else warnings).add(problem.row)
            key = (problem.row, problem.column)
            if data.by_cell.get(key) != "error":
                data.by_cell[key] = severity
        data.error_rows, data.warning_rows = frozenset(errors), frozenset(warnings)
        # Sorted once here, in the worker: the GUI thread only slices these lists.
        data._sorted = {None: sorted(data.by_row), "error": sorted(errors), "warning": sorted(warnings)}
        data._by_rule = {key: sorted(rows) for key, rows in by_rule.items()}
        return data

    def rows_with(self, severity: str | None) -> list[int]:
        return self._sorted.get(severity, [])

    def rows_for(self, rule: str, column: str) -> list[int]:
        """The records with a problem of ``rule`` in ``column`` (a line of the summary)."""
        return self._by_rule.get((rule, column), [])


class ReviewModel(QAbstractTableModel):
    """Rows: records with problems (filtered; the record number is the row header); columns: Exclude,
    Problems, then the mapped fields titled as in the portal. Edits and exclusions are the plan's
    (``services.plan.LoadPlan``): this model shows them and passes the administrator's changes on."""

    edited = Signal()
    exclusions_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: ReviewData | None = None
        self.plan: Any = None
        self.rows: list[int] = []
        self.columns: list[str] = []
        self.severity: str | None = None
        self.titles: dict[str, str] = {}  # property name -> title, for the column headers
        self._frame_rows = FrameModel()

    def set_plan(self, plan: Any) -> None:
        self.plan = plan

    @property
    def edits(self) -> dict[tuple[int, str], str]:
        """Every cell the administrator changed: (record, property) -> value."""
        return self.plan.edits if self.plan is not None else {}

    @property
    def excluded(self) -> set[int]:
        """The records left out of the payload."""
        return self.plan.excluded if self.plan is not None else set()

    def set_review(self, data: ReviewData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.columns = list(data.frame.columns) if data else []
        self._frame_rows.set_frame(data.frame if data else None)
        self.rows = data.rows_with(self.severity) if data else []
        self.endResetModel()

    def set_filter(self, severity: str | None) -> None:
        self.beginResetModel()
        self.severity = severity
        self.rows = self.data_.rows_with(severity) if self.data_ else []
        self.endResetModel()

    def set_rule_filter(self, rule: str, column: str) -> None:
        """Show only the records a summary line counts."""
        self.beginResetModel()
        self.rows = self.data_.rows_for(rule, column) if self.data_ else []
        self.endResetModel()

    def record(self, row: int) -> int:
        return self.rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else FIXED + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            # The record number in the original file stays visible however far the grid scrolls.
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.rows):
                return str(self.rows[section])
            if role == Qt.ItemDataRole.ToolTipRole and section < len(self.rows):
                return f"Record {self.rows[section]} of your file"
            return None
        if section < FIXED:
            return ("Exclude", "Problems")[section] if role == Qt.ItemDataRole.DisplayRole else None
        name = self.columns[section - FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles.get(name) or name
        if role == Qt.ItemDataRole.ToolTipRole:
            return name
        return None

    def _status(self, record: int) -> str:
        problems = self.data_.by_row.get(record, [])
        errors = sum(p.severity.value == "error" for p in problems)
        warnings = len(problems) - errors
        parts = []
        if errors:
            parts.append(f"{errors} error{'s' if errors > 1 else ''}")
        if warnings:
            parts.append(f"{warnings} warning{'s' if warnings > 1 else ''}")
        text = ", ".join(parts)
        return f"excluded · {text}" if record in self.excluded else text

    def cell_problems(self, record: int, column: str) -> list[Any]:
        return [p for p in self.data_.by_row.get(record, []) if p.column == column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        record = self.rows[index.row()]
        col = index.column()
        if col == EXCLUDE_COL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if record in self.excluded else Qt.CheckState.Unchecked
            return None
        if col == STATUS_COL:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._status(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{p.column}: {p.message}" for p in self.data_.by_row.get(record, []))
            return None
        column = self.columns[col - FIXED]
        key = (record, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key in self.edits:
                return self.edits[key]
            value = self._frame_rows.row_values(record - 1)[col - FIXED]
            return "" if value is None else str(value)
        severity = self.data_.by_cell.get(key)
        if role == Qt.ItemDataRole.BackgroundRole and severity and key not in self._pending():
            return QBrush(ERROR_BG if severity == "error" else WARNING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and key in self.edits:
            return QBrush(EDITED_FG)
        if role == Qt.ItemDataRole.FontRole and key in self.edits:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and severity:
            return "\n\n".join(f"{p.message}\n{p.hint}".strip() for p in self.cell_problems(record, column))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == EXCLUDE_COL:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() >= FIXED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.data_ is None:
            return False
        record = self.rows[index.row()]
        if index.column() == EXCLUDE_COL and role == Qt.ItemDataRole.CheckStateRole:
            self.set_excluded([record], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if index.column() >= FIXED and role == Qt.ItemDataRole.EditRole and self.plan is not None:
            column = self.columns[index.column() - FIXED]
            self.plan.edit(record, column, "" if value is None else str(value))
            self.dataChanged.emit(index, index)
            self.edited.emit()
            return True
        return False

    def _pending(self) -> dict[tuple[int, str], str]:
        return self.plan.pending_edits() if self.plan is not None else {}

    def set_excluded(self, records: list[int], on: bool) -> None:
        if self.plan is not None:
            self.plan.set_excluded(records, on)
        if self.rows:
            self.dataChanged.emit(self.index(0, EXCLUDE_COL), self.index(len(self.rows) - 1, STATUS_COL))
        self.exclusions_changed.emit()

    def column_index(self, column: str) -> int:
        return FIXED + self.columns.index(column)

    def row_index(self, record: int) -> int:
        return self.rows.index(record)
