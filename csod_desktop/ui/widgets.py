"""Small reusable widgets: a collapsible section, a searchable combo box, an eliding label, a row that wraps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class Collapsible(QWidget):
    """A header button that shows or hides its content (used for "Advanced")."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(text=title, checkable=True, objectName="collapsibleButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.toggled.connect(self._on_button_toggled)
        self.content = content
        content.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(content)

    def _on_button_toggled(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.content.setVisible(on)


class SearchableCombo(QComboBox):
    """An editable combo whose completer matches anywhere in "Title (name)" and only accepts listed items."""

    chosen = Signal(object)  # the item's data, or None for "not mapped"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(18)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(self._on_activated)
        completer.activated[str].connect(self._on_completer_activated)
        completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter while the list of matches shows and none is picked with the arrows: the text chooses
        # (its first match), at once. Qt would only close the list and leave the choice waiting.
        completer = self.completer()
        if (completer is not None and watched is completer.popup() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not completer.popup().currentIndex().isValid()):
            completer.popup().hide()
            found, data = self.resolve()
            if found:
                self.setCurrentIndex(self.findData(data))
            self.chosen.emit(data)
            return True
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        # The list as wide as its longest "Title · name" (within the screen), not cut to the cell's width.
        view = self.view()
        widest = view.sizeHintForColumn(0) + 32
        screen = self.screen().availableGeometry().width() if self.screen() is not None else widest
        view.setMinimumWidth(min(max(widest, self.width()), screen // 2))
        super().showPopup()

    def _on_activated(self, index: int) -> None:
        self.chosen.emit(self.itemData(index))

    def _on_completer_activated(self, text: str) -> None:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
            self.chosen.emit(self.itemData(index))

    def select_data(self, data: object) -> None:
        index = self.findData(data)
        self.setCurrentIndex(max(index, 0))

    def resolve(self) -> tuple[bool, object]:
        """What the typed text chooses: (True, the item's data) for the item it names, else for the first
        item that contains it (what the completer lists first: "Posit" is Position); (False, None) when no
        item matches, so Enter on a typo never quietly picks "not loaded"."""
        text = self.currentText().strip()
        if not text:
            return False, None
        folded = text.casefold()
        texts = [self.itemText(i) for i in range(self.count())]
        for i, item in enumerate(texts):
            if item.casefold() == folded:
                return True, self.itemData(i)
        for i, item in enumerate(texts):
            if folded in item.casefold():
                return True, self.itemData(i)
        return False, None


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when the room is short (the whole text is its tooltip), so a
    message in a row of tools never pushes the row's buttons or wraps onto a second line."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(text, parent, **kwargs)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 6)  # the same with or without text: nothing moves

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


class WrapRow(QWidget):
    """Two groups of controls side by side, the second going under the first when the width is too small
    for both (a narrow window, 150% scaling): no button label is ever cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = QHBoxLayout(), QHBoxLayout()
        for row in (self.left, self.right):
            row.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(6)
        self._wrapped: bool | None = None
        self._place(False)

    @property
    def wrapped(self) -> bool:
        return bool(self._wrapped)

    def _place(self, wrapped: bool) -> None:
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        for row in (self.left, self.right):
            self._grid.removeItem(row)
        self._grid.addLayout(self.left, 0, 0)
        self._grid.addLayout(self.right, 1 if wrapped else 0, 0 if wrapped else 1)
        self._grid.setColumnStretch(0, 1)

    def needed_width(self) -> int:
        return self.left.sizeHint().width() + self.right.sizeHint().width() + self._grid.horizontalSpacing() + 4

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        self._place(event.size().width() < self.needed_width())
        super().resizeEvent(event)


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("separator")
    return line
