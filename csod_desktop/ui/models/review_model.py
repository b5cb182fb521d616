"""The review grid: the records with problems (or all records), offending cells highlighted, editable, excludable.

``ReviewData`` is prepared in the validation worker (grouping problems by record and cell is work on
possibly many rows), so the GUI thread only indexes dictionaries when it paints.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from csod_desktop.i18n import translate
from csod_desktop.ui import theme
from csod_desktop.ui.models.frame_model import FrameModel

_Index = QModelIndex | QPersistentModelIndex
#: The grid's two columns that are not fields of the record: the Exclude check box and the problems.
EXCLUDE, STATUS = "\x00exclude", "\x00status"
#: What the grid shows: the records with problems (all, errors, warnings), every record, or a summary line.
PROBLEMS, ERRORS, WARNINGS, ALL, RULE = None, "error", "warning", "all", "rule"


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
        # Records validation marks invalid without a row of their own count as errors too: a column read in
        # the wrong culture spoils every record of it, said once at row 0 (core.culture_checks).
        valid = getattr(result, "valid", None)
        invalid = set((valid.not_().arg_true() + 1).to_list()) if valid is not None and result.n_errors else set()
        data.error_rows, data.warning_rows = frozenset(errors | invalid), frozenset(warnings)
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
    """Rows: records (the problem records, filtered, or every record; the record number is the row
    header); columns: the identity (User ID or OU ID, the grid's frozen first column), Exclude, Problems,
    then the other mapped fields titled as in the portal. Edits and exclusions are the plan's
    (``services.plan.LoadPlan``): this model shows them and passes the administrator's changes on."""

    edited = Signal()
    exclusions_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: ReviewData | None = None
        self.plan: Any = None
        self.rows: Sequence[int] = []
        self.columns: list[str] = []  # the mapped fields, in the frame's order
        self.layout: list[str] = []  # model column -> field name, EXCLUDE or STATUS
        self.identity: str | None = None  # the field shown first and frozen
        self.severity: str | None = PROBLEMS
        self.rule: tuple[str, str] | None = None
        self.titles: dict[str, str] = {}  # property name -> title, for the column headers
        self._frame_rows = FrameModel()
        self._pending_cache: dict[tuple[int, str], str] = {}
        self._pending_stamp: tuple[int, int] | None = None

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

    @property
    def frozen(self) -> int:
        """How many first columns stay in place when the grid scrolls sideways (the identity's)."""
        return 1 if self.identity is not None and self.data_ is not None else 0

    # -- what is shown ---------------------------------------------------------------------------------
    def set_review(self, data: ReviewData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.columns = list(data.frame.columns) if data else []
        identity = next((n for n in (data.result.identity if data else ()) if n in self.columns), None)
        self.identity = identity
        others = [c for c in self.columns if c != identity]
        self.layout = ([identity] if identity else []) + [EXCLUDE, STATUS] + others if data else []
        self._frame_rows.set_frame(data.frame if data else None)
        if self.severity == RULE and (data is None or self.rule is None):
            self.severity = PROBLEMS
        self.rows = self._rows_for()
        self.endResetModel()

    def set_filter(self, severity: str | None) -> None:
        """PROBLEMS, ERRORS, WARNINGS or ALL (every record of the file)."""
        self.beginResetModel()
        self.severity, self.rule = severity, None
        self.rows = self._rows_for()
        self.endResetModel()

    def set_rule_filter(self, rule: str, column: str) -> None:
        """Show only the records a summary line counts."""
        self.beginResetModel()
        self.severity, self.rule = RULE, (rule, column)
        self.rows = self._rows_for()
        self.endResetModel()

    def _rows_for(self) -> Sequence[int]:
        data = self.data_
        if data is None:
            return []
        if self.severity == ALL:
            return range(1, data.result.n_records + 1)  # a million records cost no list
        if self.severity == RULE and self.rule is not None:
            return data.rows_for(*self.rule)
        return data.rows_with(self.severity)

    def record(self, row: int) -> int:
        return self.rows[row]

    def field_at(self, col: int) -> str | None:
        """The field of model column ``col``; None for Exclude and Problems."""
        name = self.layout[col] if 0 <= col < len(self.layout) else None
        return None if name in (EXCLUDE, STATUS) else name

    def column_index(self, column: str) -> int:
        return self.layout.index(column)

    def row_index(self, record: int) -> int:
        """The grid row of ``record`` (ValueError when it is not shown); the rows are in record order."""
        rows = self.rows
        if isinstance(rows, range):
            return rows.index(record)
        at = bisect_left(rows, record)
        if at < len(rows) and rows[at] == record:
            return at
        raise ValueError(f"record {record} is not shown")

    # -- Qt's model --------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.layout)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            # The record number in the original file stays visible however far the grid scrolls.
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.rows):
                return str(self.rows[section])
            if role == Qt.ItemDataRole.ToolTipRole and section < len(self.rows):
                return translate("ReviewModel", "Record {record} of your file").format(record=self.rows[section])
            return None
        if section >= len(self.layout):
            return None
        name = self.layout[section]
        if name in (EXCLUDE, STATUS):
            words = translate("ReviewModel", "Exclude") if name == EXCLUDE else translate("ReviewModel", "Problems")
            return words if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        title = self.titles.get(name) or name
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, then the portal's name of the field
            return title if title == name else f"{title}\n{name}"
        return None

    def _status(self, record: int) -> str:
        problems = self.data_.by_row.get(record, [])
        errors = sum(p.severity.value == "error" for p in problems)
        warnings = len(problems) - errors
        if errors and warnings:
            text = translate("ReviewModel", "{errors}, {warnings}").format(
                errors=translate("ReviewModel", "%n error(s)", None, errors),
                warnings=translate("ReviewModel", "%n warning(s)", None, warnings))
        elif errors:
            text = translate("ReviewModel", "%n error(s)", None, errors)
        else:
            text = translate("ReviewModel", "%n warning(s)", None, warnings) if warnings else ""
        return translate("ReviewModel", "excluded · {problems}").format(problems=text) if record in self.excluded \
            else text

    def spoken(self, record: int, column: str) -> str:
        """What a screen reader says of a cell: its value, then each of its problems with its severity
        ("Error: ..."), so a cell's problem is heard, not only painted red."""
        key = (record, column)
        value = self.value(record, column)
        lines = [value if value else translate("ReviewModel", "empty")]
        if key in self.edits:
            lines.append(translate("ReviewModel", "Changed by you."))
        for problem in self.cell_problems(record, column):
            said = (translate("ReviewModel", "Error: {message}") if problem.severity.value == "error"
                    else translate("ReviewModel", "Warning: {message}"))
            lines.append(said.format(message=problem.message))
        return "\n".join(lines)

    def cell_problems(self, record: int, column: str) -> list[Any]:
        return [p for p in self.data_.by_row.get(record, []) if p.column == column]

    def value(self, record: int, column: str) -> str:
        """The cell as it will be sent: the administrator's edit, else the file's value."""
        key = (record, column)
        if key in self.edits:
            return self.edits[key]
        value = self._frame_rows.row_values(record - 1)[self.columns.index(column)]
        return "" if value is None else str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        record = self.rows[index.row()]
        name = self.layout[index.column()]
        if name == EXCLUDE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if record in self.excluded else Qt.CheckState.Unchecked
            return None
        if name == STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._status(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{p.column}: {p.message}" for p in self.data_.by_row.get(record, []))
            return None
        key = (record, name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.value(record, name)
        severity = self.data_.by_cell.get(key)
        if role == Qt.ItemDataRole.BackgroundRole and severity and key not in self._pending():
            return theme.brush("grid_error_bg" if severity == "error" else "grid_warning_bg")
        if role == Qt.ItemDataRole.ForegroundRole and key in self.edits:
            return theme.brush("edited_text")
        if role == Qt.ItemDataRole.FontRole and key in self.edits:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and severity:
            return "\n\n".join(f"{p.message}\n{p.hint}".strip() for p in self.cell_problems(record, name))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(record, name)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and severity:  # how to fix it, after what is wrong
            return "\n".join(p.hint for p in self.cell_problems(record, name) if p.hint)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        name = self.layout[index.column()] if index.isValid() else None
        if name == EXCLUDE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif name is not None and name != STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.data_ is None:
            return False
        record, name = self.rows[index.row()], self.layout[index.column()]
        if name == EXCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            self.set_excluded([record], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if name not in (EXCLUDE, STATUS) and role == Qt.ItemDataRole.EditRole and self.plan is not None:
            self.write_cells({(record, name): "" if value is None else str(value)})
            return True
        return False

    # -- changes (through the plan, one undoable change each) ----------------------------------------------
    def write_cells(self, cells: dict[tuple[int, str], str], label: str | None = None) -> int:
        """Write many (record, field) cells as one change; the grid repaints them. Returns how many changed."""
        if self.plan is None or not cells:
            return 0
        changed = self.plan.edit_cells(cells, label)
        if changed:
            self.refresh()
            self.edited.emit()
        return changed

    def refresh(self) -> None:
        """Repaint every shown cell (after an edit, an undo, an exclusion)."""
        if self.rows and self.layout:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.layout) - 1))

    def _pending(self) -> dict[tuple[int, str], str]:
        """The edits the last check has not seen, worked out once per change of the plan (not per cell
        painted: a replace of 60,000 cells would be walked for each cell on the screen)."""
        if self.plan is None:
            return {}
        stamp = (id(self.plan), self.plan.revision)
        if self._pending_stamp != stamp:
            self._pending_cache, self._pending_stamp = self.plan.pending_edits(), stamp
        return self._pending_cache

    def set_excluded(self, records: Sequence[int], on: bool) -> None:
        if self.plan is not None:
            self.plan.set_excluded(records, on)
        self.refresh()
        self.exclusions_changed.emit()
