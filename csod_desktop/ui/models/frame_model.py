"""A read-only QAbstractTableModel over a polars DataFrame that fetches rows in blocks on demand.

The view asks only for the cells it paints, so a million-row frame costs a few block fetches, never a
copy of every cell into Qt items (STYLE.md habit 5).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
BLOCK = 256
MAX_BLOCKS = 16


class FrameModel(QAbstractTableModel):
    """Shows ``frame`` as is; row headers are 1-based record numbers (the numbers problems refer to)."""

    def __init__(self, frame: pl.DataFrame | None = None, parent=None, *,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pl.DataFrame()
        #: column name -> label shown (e.g. "Records" for "count"), translated by whoever gives it; a column
        #: without one shows its own name (a file's or the portal's: data, never translated here).
        self.headers = headers or {}
        self._blocks: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()

    @property
    def frame(self) -> pl.DataFrame:
        return self._frame

    def set_frame(self, frame: pl.DataFrame | None) -> None:
        self.beginResetModel()
        self._frame = frame if frame is not None else pl.DataFrame()
        self._blocks.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._frame.height

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._frame.width

    def row_values(self, row: int) -> tuple[Any, ...]:
        start = row - row % BLOCK
        block = self._blocks.get(start)
        if block is None:
            block = self._frame.slice(start, BLOCK).rows()
            self._blocks[start] = block
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(start)
        return block[row - start]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.row_values(index.row())[index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and section < self._frame.width:
            name = self._frame.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers.get(name, name)
            if role == Qt.ItemDataRole.ToolTipRole:  # a label the window gave (translated), else the data's name
                return self.headers.get(name, name)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(section + 1)
