"""A table view whose first columns stay in place when it scrolls sideways, like a frozen pane in Excel.

Qt's own recipe (the "Frozen Column" example): a second view over the same model and selection lies on
the first columns of the main view; it scrolls up and down with it and never sideways. The model says
how many columns to freeze (``model.frozen``), so the Review grid freezes User ID or OU ID and nothing
when the file has no identity column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from csod_desktop.ui.eliding_header import eliding_header


class FrozenColumnTable(QTableView):
    """A QTableView with ``model.frozen`` first columns frozen (0 when the model has no such attribute)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        eliding_header(self)
        self.frozen_view = QTableView(self)
        eliding_header(self.frozen_view)
        self.frozen_view.setObjectName("frozenColumn")
        self.frozen_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen_view.verticalHeader().hide()
        self.frozen_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen_view.hide()
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.verticalHeader().sectionResized.connect(self._on_row_resized)
        self.frozen_view.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen_view.verticalScrollBar().setValue)

    # -- the model -----------------------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen_view.setModel(model)
        self.frozen_view.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._refresh_frozen)
            model.layoutChanged.connect(self._refresh_frozen)
        self._refresh_frozen()

    def frozen_count(self) -> int:
        model = self.model()
        count = getattr(model, "frozen", 0) if model is not None else 0
        return min(count, model.columnCount()) if model is not None else 0

    def _refresh_frozen(self) -> None:
        model, count = self.model(), self.frozen_count()
        if model is None or count == 0:
            self.frozen_view.hide()
            return
        for col in range(model.columnCount()):
            self.frozen_view.setColumnHidden(col, col >= count)
            if col < count:
                self.frozen_view.setColumnWidth(col, self.columnWidth(col))
        self.frozen_view.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self.frozen_view.setEditTriggers(self.editTriggers())
        self.frozen_view.setSelectionBehavior(self.selectionBehavior())
        self.frozen_view.setSelectionMode(self.selectionMode())
        self.frozen_view.setTextElideMode(self.textElideMode())
        self.frozen_view.horizontalHeader().setTextElideMode(self.horizontalHeader().textElideMode())
        self.frozen_view.horizontalHeader().setDefaultAlignment(self.horizontalHeader().defaultAlignment())
        self.frozen_view.show()
        self.viewport().stackUnder(self.frozen_view)
        self._place_frozen()

    def setEditTriggers(self, triggers) -> None:  # noqa: N802, ANN001 - Qt override
        super().setEditTriggers(triggers)
        self.frozen_view.setEditTriggers(triggers)

    # -- keeping the two views together ------------------------------------------------------------------
    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        if index < self.frozen_count():
            self.frozen_view.setColumnWidth(index, new)
            self._place_frozen()

    def _on_row_resized(self, index: int, _old: int, new: int) -> None:
        self.frozen_view.setRowHeight(index, new)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen_count()))

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen_view.setGeometry(self.verticalHeader().width() + frame, frame, self.frozen_width(),
                                     self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        if self.frozen_view.isVisible():
            self._place_frozen()

    def edit(self, index, trigger=None, event=None):  # noqa: ANN001, ANN201 - Qt override (both overloads)
        # A frozen cell is edited where it is seen: in the view lying over the main one.
        if trigger is None:
            return super().edit(index)
        if index.isValid() and index.column() < self.frozen_count() and self.frozen_view.isVisible():
            return self.frozen_view.edit(index, trigger, event)
        return super().edit(index, trigger, event)

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802, ANN001 - Qt override
        # A cell reached with the keyboard must not end up under the frozen columns: scroll it out.
        current = super().moveCursor(action, modifiers)
        count = self.frozen_count()
        if (count and action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= count
                and self.visualRect(current).topLeft().x() < self.frozen_width()):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.frozen_width())
        return current

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        if index.column() >= self.frozen_count():
            super().scrollTo(index, hint)
            rect = self.visualRect(index)
            if rect.left() < self.frozen_width():  # hidden under the frozen columns: bring it right of them
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (self.frozen_width() - rect.left()))
        else:
            # A frozen cell is always in view sideways: only scroll up or down to it.
            keep = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(keep)
