"""The Review step's grid: a frozen identity column, and the gestures of a spreadsheet (copy, paste a block,
fill down), each written through the plan as one change that Undo takes back.

The gestures themselves are Qt-free (``services.grid_edits``); this widget maps the grid's rows and
columns to (record, field) cells and keeps the selection where it was when the grid is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView

from csod_desktop.i18n import translate
from csod_desktop.services import grid_edits
from csod_desktop.ui.frozen_table import FrozenColumnTable
from csod_desktop.ui.models.review_model import ReviewModel


@dataclass
class Kept:
    """Where the administrator was in the grid, by record and field (rows move when the grid is rebuilt)."""

    current: tuple[int, str | None] | None = None
    row: int = 0  # the current row's position, for when its record is no longer shown
    column: int = 0
    selected: set[tuple[int, str]] = field(default_factory=set)  # (record, layout name), at most KEEP
    scroll: tuple[int, int] = (0, 0)


#: Selected cells remembered across a re-check (a whole column of a big file is not walked cell by cell).
KEEP = 5_000


class ReviewGrid(FrozenColumnTable):
    """The problem grid over a :class:`ReviewModel`."""

    def __init__(self, model: ReviewModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problemGrid")
        self.setModel(model)
        self.review_model = model
        self.setAccessibleName(translate("ReviewGrid", "Records with problems"))
        self.setAccessibleDescription(translate(
            "ReviewGrid", "One row per record, one column per field; highlighted cells have a problem, which the "
            "pane below the grid explains. The arrow keys move between cells, typing replaces a cell, Enter keeps "
            "the new value, Ctrl+Z takes it back."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(150)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)

    # -- cells ---------------------------------------------------------------------------------------
    def selected_positions(self, limit: int | None = None) -> list[tuple[int, int]]:
        """The selected cells as (row, model column), at most ``limit`` of them; the current cell when
        nothing is selected. Read from the selection's ranges: a whole column of a million records is
        one range, not a million indexes."""
        cells: set[tuple[int, int]] = set()
        for block in self.selectionModel().selection():
            for row in range(block.top(), block.bottom() + 1):
                for col in range(block.left(), block.right() + 1):
                    cells.add((row, col))
                    if limit is not None and len(cells) >= limit:
                        return sorted(cells)
        if not cells and self.currentIndex().isValid():
            cells = {(self.currentIndex().row(), self.currentIndex().column())}
        return sorted(cells)

    def selected_rows(self) -> list[int]:
        """The rows with a selected cell (or the current row)."""
        rows: set[int] = set()
        for block in self.selectionModel().selection():
            rows.update(range(block.top(), block.bottom() + 1))
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def _cell(self, row: int, col: int) -> tuple[int, str] | None:
        model = self.review_model
        name = model.field_at(col)
        return (model.record(row), name) if name is not None and 0 <= row < len(model.rows) else None

    def text_at(self, row: int, col: int) -> str:
        value = self.review_model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def copy_selection(self) -> int:
        """Put the selected block on the clipboard as a spreadsheet reads it; returns the cells copied."""
        cells = self.selected_positions()
        if not cells:
            return 0
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        chosen = set(cells)
        block = [[self.text_at(r, c) if (r, c) in chosen else "" for c in cols] for r in rows]
        QApplication.clipboard().setText(grid_edits.format_block(block))
        return len(cells)

    def paste(self, text: str) -> tuple[int, grid_edits.Paste]:
        """Paste ``text`` (tab and line separated) into the selection; (cells changed, where it went)."""
        model = self.review_model
        block = grid_edits.parse_block(text)
        placed = grid_edits.paste_block(block, self.selected_positions(), model.rowCount(), model.columnCount(),
                                        lambda col: model.field_at(col) is not None)
        cells = {self._cell(r, c): v for (r, c), v in placed.cells.items()}
        size = f"{len(block)}×{len(block[0])}" if block else "0"
        changed = model.write_cells(cells, translate("ReviewGrid", "Paste of a {size} block").format(size=size))
        if placed.cells:
            self._select(placed.cells)
        return changed, placed

    def fill_down(self) -> int:
        """Ctrl+D: each selected column takes its top cell's value; returns the cells changed."""
        model = self.review_model
        editable = [(r, c) for r, c in self.selected_positions() if model.field_at(c) is not None]
        filled = grid_edits.fill_down(editable, self.text_at)
        return model.write_cells({self._cell(r, c): v for (r, c), v in filled.items()},
                                 translate("ReviewGrid", "Fill down"))

    def _select(self, positions) -> None:
        model, selection = self.review_model, QItemSelection()
        for row, col in positions:
            index = model.index(row, col)
            selection.select(index, index)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_column(self, name: str) -> bool:
        """Select every shown cell of field ``name`` and make its first cell current."""
        model = self.review_model
        if name not in model.layout or not model.rows:
            return False
        col = model.column_index(name)
        top, bottom = model.index(0, col), model.index(len(model.rows) - 1, col)
        self.selectionModel().setCurrentIndex(top, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.selectionModel().select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(top)
        return True

    # -- keeping the place -----------------------------------------------------------------------------
    def remember(self) -> Kept | None:
        """Where the administrator is, by record and field; None when nothing is current."""
        model, current = self.review_model, self.currentIndex()
        if not current.isValid() or not model.rows:
            return None
        names = model.layout
        selected = {(model.record(r), names[c]) for r, c in self.selected_positions(KEEP) if r < len(model.rows)}
        return Kept((model.record(current.row()), names[current.column()]), current.row(), current.column(),
                    selected, (self.horizontalScrollBar().value(), self.verticalScrollBar().value()))

    def restore(self, kept: Kept | None) -> bool:
        """Go back to ``kept``: the same record and field if shown, else the row at the same place."""
        model = self.review_model
        if kept is None or kept.current is None or not model.rows:
            return False
        record, name = kept.current
        col = model.layout.index(name) if name in model.layout else min(kept.column, len(model.layout) - 1)
        try:
            row = model.row_index(record)
        except ValueError:
            row = min(kept.row, len(model.rows) - 1)  # the fixed record left the grid: the next one
        self.horizontalScrollBar().setValue(kept.scroll[0])
        self.verticalScrollBar().setValue(kept.scroll[1])
        index = model.index(row, col)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection = QItemSelection()
        for rec, field_name in kept.selected:
            if field_name in model.layout:
                try:
                    r = model.row_index(rec)
                except ValueError:
                    continue
                cell = model.index(r, model.layout.index(field_name))
                selection.select(cell, cell)
        if selection.isEmpty():
            selection.select(index, index)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return True

    def current_cell(self) -> tuple[int, str | None] | None:
        index: QModelIndex = self.currentIndex()
        if not index.isValid():
            return None
        return self.review_model.record(index.row()), self.review_model.field_at(index.column())
