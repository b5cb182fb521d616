"""The base of every step page: a title, a one-line lead, and hooks the window calls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from csod_desktop.ui.messages import MessageBridge
from csod_desktop.ui.state import WizardState
from csod_desktop.workers import WorkerPool


#: Below this window height (logical pixels) a page shows its title without its lead.
COMPACT_BELOW = 680


class _PageLayout(QVBoxLayout):
    """The page's own column. To the scroll area around the page (``MainWindow``) its height for a width
    is its *minimum* height there (wrapped labels and rows at their wrapped height, tables at their minimum):
    QBoxLayout's own answer is its preferred height, and the page would scroll when it fits."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._asking = False

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if self._asking:  # minimumHeightForWidth asks heightForWidth first
            return super().heightForWidth(width)
        self._asking = True
        try:
            return self.minimumHeightForWidth(width)
        finally:
            self._asking = False


class StepPage(QWidget):
    """A step of the wizard. Subclasses add their widgets to ``self.body`` (a QVBoxLayout).

    A subclass gives its ``title`` and ``lead`` as properties that return ``translate(...)``: read when the
    page is built, in the language installed then (a class attribute would be translated at import time,
    before the language is chosen, and keep that language).
    """

    title = ""
    lead = ""

    #: The page finished its work and the window may move on to the next step.
    completed = Signal()

    def __init__(self, state: WizardState, bridge: MessageBridge, pool: WorkerPool, parent=None) -> None:
        super().__init__(parent)
        self.state, self.bridge, self.pool = state, bridge, pool
        outer = _PageLayout(self)
        outer.setContentsMargins(20, 14, 20, 10)
        outer.setSpacing(10)
        heading = self._heading = QLabel(self.title, objectName="pageTitle")
        heading.setToolTip(self.lead)
        self._lead = QLabel(self.lead, objectName="pageLead")
        self._lead.setWordWrap(True)
        outer.addWidget(heading)
        outer.addWidget(self._lead)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # In a short window (a laptop at 125 %, a desktop at 150 %) the two lines of the lead go to the
        # title's tooltip, and the page's own controls get their height.
        self._lead.setVisible(self.window().height() >= COMPACT_BELOW)
        super().resizeEvent(event)

    def header_height(self) -> int:
        """Where the page's title and lead end (what the window's message area covers while it shows)."""
        last = self._lead if self._lead.isVisible() else self._heading
        return last.geometry().bottom() + 1 + self.layout().spacing() // 2

    def started(self) -> None:
        """Called once the window is up (first paint done, OS keyring found; ``MainWindow``), or right
        after building a page built later: what the first paint must not wait for starts here."""

    def entered(self) -> None:
        """Called each time the page becomes the current step."""

    def can_leave(self) -> bool:
        return True
