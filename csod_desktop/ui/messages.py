"""The one message bridge: workers and pages post sentences here; the window's message area shows them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from csod_desktop.errors import CsodError

log = logging.getLogger(__name__)


#: The floating message's least height (px): a step's top margin and title line.
MIN_HEIGHT = 56


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
    #: A button beside the message: (its words, what it does), e.g. ("Open folder", open it).
    action: tuple[str, Callable[[], None]] | None = None


class MessageBridge(QObject):
    """Like qutebrowser's ``message`` module: logic reports here and never touches a widget."""

    posted = Signal(object)
    cleared = Signal()

    def post(self, level: Level, text: str, hint: str = "",
             action: tuple[str, Callable[[], None]] | None = None) -> None:
        log.log(logging.WARNING if level in (Level.WARNING, Level.ERROR) else logging.INFO, "%s", text)
        self.posted.emit(Message(Level(level), text, hint, action))

    def info(self, text: str, hint: str = "", action: tuple[str, Callable[[], None]] | None = None) -> None:
        self.post(Level.INFO, text, hint, action)

    def success(self, text: str, hint: str = "", action: tuple[str, Callable[[], None]] | None = None) -> None:
        self.post(Level.SUCCESS, text, hint, action)

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
    """A single strip over the top of the pages showing the latest message, its hint, and a close button.

    It floats over the page (``float_over``) rather than taking room in a layout: a message appearing
    never moves the buttons under the pointer. A message belongs to the step it was posted on
    (``page_changed``): it goes when the administrator moves to another step.
    """

    def __init__(self, bridge: MessageBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._text = QLabel(objectName="messageText")
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hint = QLabel(objectName="messageHint")
        self._hint.setWordWrap(True)
        self._action = QPushButton(objectName="messageAction")
        self._action.hide()
        self._action.clicked.connect(self._on_action_clicked)
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
        layout.addWidget(self._action, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.last: Message | None = None
        #: The step the shown message belongs to, and how to ask which step is current (set by the window).
        self.page: int | None = None
        self.current_page: Callable[[], int] | None = None
        self._anchor: QWidget | None = None
        bridge.posted.connect(self.show_message)
        bridge.cleared.connect(self.clear)
        self.hide()

    # -- where it shows ---------------------------------------------------------------------------------
    def float_over(self, anchor: QWidget) -> None:
        """Show over the top edge of ``anchor`` (a sibling: same parent), following its size."""
        self._anchor = anchor
        anchor.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._anchor and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def _place(self) -> None:
        if self._anchor is None:
            return
        rect = self._anchor.geometry()
        layout = self.layout()
        height = layout.totalHeightForWidth(rect.width()) if layout.hasHeightForWidth() else -1
        # At least as tall as a step's title line, so a one-line message covers it whole, not half of it.
        height = max(height, self.minimumSizeHint().height(), MIN_HEIGHT)
        self.setGeometry(rect.x(), rect.y(), rect.width(), height)
        self.raise_()

    def page_changed(self, page: int, *, carry: bool = False) -> None:
        """The window shows step ``page``: a message of another step goes, unless it is ``carry``-ed along
        (the closing message of a step that finished and moved on by itself)."""
        if carry:
            self.page = page
        elif self.last is not None and self.page != page:
            self.clear()

    def show_message(self, message: Message) -> None:
        self.last = message
        self.setProperty("level", message.level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._text.setText(message.text)
        self._hint.setText(message.hint)
        self._hint.setVisible(bool(message.hint))
        self._action.setVisible(message.action is not None)
        if message.action is not None:
            self._action.setText(message.action[0])
        self.page = self.current_page() if self.current_page is not None else None
        self.setAccessibleDescription(f"{message.level.value}: {message.text} {message.hint}".strip())
        self.show()
        self._place()

    def clear(self) -> None:
        self.last = None
        self.page = None
        self.hide()

    def _on_action_clicked(self) -> None:
        if self.last is not None and self.last.action is not None:
            self.last.action[1]()

    def action_text(self) -> str:
        """The words of the message's button ("" when it has none), for tests and screen readers."""
        return self._action.text() if self.isVisible() and self._action.isVisibleTo(self) else ""

    def trigger_action(self) -> None:
        self._action.click()

    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""
