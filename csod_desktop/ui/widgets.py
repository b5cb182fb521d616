"""Small reusable widgets: a check list row, a collapsible section, a searchable combo box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFrame, QToolButton, QVBoxLayout, QWidget


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


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("separator")
    return line
