"""The one message bridge: workers and pages post sentences here; the window's message area shows them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from csod_desktop.errors import CsodError

log = logging.getLogger(__name__)


class Level(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    hint: str = ""


class MessageBridge(QObject):
    """Like qutebrowser's ``message`` module: logic reports here and never touches a widget."""

    posted = Signal(object)
    cleared = Signal()

    def post(self, level: Level, text: str, hint: str = "") -> None:
        log.log(logging.WARNING if level in (Level.WARNING, Level.ERROR) else logging.INFO, "%s", text)
        self.posted.emit(Message(Level(level), text, hint))

    def info(self, text: str, hint: str = "") -> None:
        self.post(Level.INFO, text, hint)

    def success(self, text: str, hint: str = "") -> None:
        self.post(Level.SUCCESS, text, hint)

    def warning(self, text: str, hint: str = "") -> None:
        self.post(Level.WARNING, text, hint)

    def error(self, text: str, hint: str = "") -> None:
        self.post(Level.ERROR, text, hint)

    def exception(self, err: BaseException) -> None:
        """Show an error from the exception tree as its sentence and hint (never a traceback)."""
        if isinstance(err, CsodError):
            self.error(str(err), err.hint)
        else:  # pragma: no cover - workers already translate unexpected errors
            log.error("unexpected error reached the message area", exc_info=err)
            self.error(f"Something went wrong inside csod-desktop ({type(err).__name__}).")

    def clear(self) -> None:
        self.cleared.emit()


class MessageArea(QFrame):
    """A single strip above the pages showing the latest message, its hint, and a close button."""

    def __init__(self, bridge: MessageBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._text = QLabel(objectName="messageText")
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hint = QLabel(objectName="messageHint")
        self._hint.setWordWrap(True)
        close = QToolButton(objectName="messageClose", text="✕", autoRaise=True)
        close.setToolTip("Dismiss this message")
        close.clicked.connect(self.clear)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        texts.addWidget(self._text)
        texts.addWidget(self._hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.last: Message | None = None
        bridge.posted.connect(self.show_message)
        bridge.cleared.connect(self.clear)
        self.hide()

    def show_message(self, message: Message) -> None:
        self.last = message
        self.setProperty("level", message.level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._text.setText(message.text)
        self._hint.setText(message.hint)
        self._hint.setVisible(bool(message.hint))
        self.setAccessibleDescription(f"{message.level.value}: {message.text} {message.hint}".strip())
        self.show()

    def clear(self) -> None:
        self.last = None
        self.hide()

    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""
