"""The base of every step page: a title, a one-line lead, and hooks the window calls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from csod_desktop.ui.messages import MessageBridge
from csod_desktop.ui.state import WizardState
from csod_desktop.workers import WorkerPool


class StepPage(QWidget):
    """A step of the wizard. Subclasses add their widgets to ``self.body`` (a QVBoxLayout)."""

    title = ""
    lead = ""

    #: The page finished its work and the window may move on to the next step.
    completed = Signal()

    def __init__(self, state: WizardState, bridge: MessageBridge, pool: WorkerPool, parent=None) -> None:
        super().__init__(parent)
        self.state, self.bridge, self.pool = state, bridge, pool
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        heading = QLabel(self.title, objectName="pageTitle")
        lead = QLabel(self.lead, objectName="pageLead")
        lead.setWordWrap(True)
        outer.addWidget(heading)
        outer.addWidget(lead)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)

    def started(self) -> None:
        """Called once the window is up (first paint done, OS keyring found; ``MainWindow``), or right
        after building a page built later: what the first paint must not wait for starts here."""

    def entered(self) -> None:
        """Called each time the page becomes the current step."""

    def can_leave(self) -> bool:
        return True
