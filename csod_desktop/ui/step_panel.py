"""The window's left panel: the product's name, the steps list, the portal it is connected to, the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from csod_desktop.i18n import translate
from csod_desktop.ui import steps
from csod_desktop.ui.language_choice import LanguageChoice
from csod_desktop.ui.steps import STEP_NAMES

SIDEBAR_WIDTH = 196


def step_text(row: int, *, done: bool = False) -> str:
    """A step's line in the step list: its number, its name, and a tick once done."""
    return f"{row + 1}   {steps.title(row)}" + ("   ✓" if done else "")


class StepPanel(QFrame):
    """The steps (``steps``), the connection (``portal_label``) and the language choice (``language``)."""

    def __init__(self, settings: QSettings | None, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="stepPanel")  # not "sidebar": Qt's own file dialog has one of those
        self.steps = QListWidget(objectName="stepList")
        self.steps.setAccessibleName(translate("MainWindow", "Steps"))
        self.steps.setIconSize(QSize(20, 20))
        # The items' height is the list's delegate's for their text (a longer name in another language
        # wraps onto a second line instead of being cut off).
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        for row in range(len(STEP_NAMES)):
            self.steps.addItem(QListWidgetItem(step_text(row)))
        self.portal_label = QLabel(translate("MainWindow", "Not connected"), objectName="portalLabel")
        self.portal_label.setWordWrap(True)
        self.language = LanguageChoice(settings, language, self)

        brand = QLabel("CSOD Desktop", objectName="brand")
        sub = QLabel(translate("MainWindow", "Edge Bulk API loader"), objectName="brandSub")
        sub.setWordWrap(True)
        side = QVBoxLayout(self)
        side.setContentsMargins(12, 16, 12, 10)
        side.addWidget(brand)
        side.addWidget(sub)
        side.addSpacing(10)
        side.addWidget(self.steps, 1)
        side.addWidget(self.portal_label)
        side.addSpacing(6)
        side.addWidget(self.language)
        self.setFixedWidth(SIDEBAR_WIDTH)
