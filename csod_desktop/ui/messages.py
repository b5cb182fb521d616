"""The one message bridge: workers and pages post sentences here; the window's message area shows them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate

log = logging.getLogger(__name__)


class Level(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


def level_word(level: Level) -> str:
    """What a screen reader says a message is ("Error: ..."), in the window's language."""
    return {Level.INFO: translate("MessageArea", "info"), Level.SUCCESS: translate("MessageArea", "success"),
            Level.WARNING: translate("MessageArea", "warning"), Level.ERROR: translate("MessageArea", "error")}[level]


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    hint: str = ""
    #: A button beside the message: (its words, what it does), e.g. ("Open folder", open it).
    action: tuple[str, Callable[[], None]] | None = None
    #: The step whose page posted it (``ui.steps``); None for the window's own messages.
    step: int | None = None


class MessageBridge(QObject):
    """Like qutebrowser's ``message`` module: logic reports here and never touches a widget.

    The window holds one; each page gets ``for_step(step)``, which posts the same messages marked with the
    page's step, so that a page's message is shown on that page only.
    """

    posted = Signal(object)
    #: A message was taken back: the step whose message it was, or None for the step on screen.
    cleared = Signal(object)

    def __init__(self, parent: QObject | None = None, *, step: int | None = None) -> None:
        super().__init__(parent)
        self.step = step

    def for_step(self, step: int) -> MessageBridge:
        """A bridge for the page of ``step``: what it posts and clears goes through this one."""
        child = MessageBridge(self, step=step)
        child.posted.connect(self.posted)
        child.cleared.connect(self.cleared)
        return child

    def post(self, level: Level, text: str, hint: str = "",
             action: tuple[str, Callable[[], None]] | None = None) -> None:
        log.log(logging.WARNING if level in (Level.WARNING, Level.ERROR) else logging.INFO, "%s", text)
        self.posted.emit(Message(Level(level), text, hint, action, self.step))

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
            self.error(translate("MessageArea", "Something went wrong inside csod-desktop ({kind}).")
                       .format(kind=type(err).__name__))

    def clear(self) -> None:
        """Take back this page's message (the window's bridge: the message of the step on screen)."""
        self.cleared.emit(self.step)


class MessageArea(QFrame):
    """The strip over the pages: the latest message of the step on screen, its hint, its button (a
    ``Message.action``) and a close button.

    Each step keeps its own latest message until it is dismissed, replaced or taken back: moving to
    another step shows that step's message (or none), and coming back shows this one again. A message
    of the window itself (``step`` None: what the window says about where it is) belongs to the step on
    screen when it arrives, and goes when the window leaves that step.

    With ``over``, the strip lies over the top of that widget, outside any layout: showing, growing or
    closing it moves nothing under the pointer. ``cover()`` says how much of ``over``'s top it covers at
    least (the page's title and lead, which it takes the place of, so no half of them peeks out below).
    """

    def __init__(self, bridge: MessageBridge, parent: QWidget | None = None, *, over: QWidget | None = None,
                 cover: Callable[[], int] | None = None) -> None:
        super().__init__(parent)
        self._over = over
        self._cover = cover
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
        close.setToolTip(translate("MessageArea", "Dismiss this message"))
        close.setAccessibleName(translate("MessageArea", "Dismiss this message"))
        close.clicked.connect(self.dismiss)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        texts.addStretch(1)  # centred in the band of the page's title and lead it covers
        texts.addWidget(self._text)
        texts.addWidget(self._hint)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(self._action, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignVCenter)
        self._step = 0
        self._messages: dict[int, Message] = {}
        #: Steps whose message is the window's own (it goes when the window leaves the step).
        self._passing: set[int] = set()
        bridge.posted.connect(self.show_message)
        bridge.cleared.connect(self.clear)
        self.hide()
        if over is not None:
            over.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._over and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def _place(self) -> None:
        """Lie over the top of ``over``, as high as the text needs at its width."""
        if self._over is None:
            return
        top_left = self._over.mapTo(self.parentWidget(), self._over.rect().topLeft())
        width = self._over.width()
        height = max(self.minimumSizeHint().height(), self.heightForWidth(width), self._cover() if self._cover else 0)
        self.setGeometry(top_left.x(), top_left.y(), width, height)
        self.raise_()

    @property
    def last(self) -> Message | None:
        """The message shown now (None when the area is hidden)."""
        return self._messages.get(self._step)

    def message_of(self, step: int) -> Message | None:
        """The message step ``step`` keeps, shown or not."""
        return self._messages.get(step)

    def show_message(self, message: Message) -> None:
        step = self._step if message.step is None else message.step
        self._messages[step] = message
        if message.step is None:
            self._passing.add(step)
        else:
            self._passing.discard(step)
        self._render()

    def set_step(self, step: int) -> None:
        """The window shows step ``step`` now: show its message, or nothing."""
        if step != self._step and self._step in self._passing:
            self._forget(self._step)  # the window's own words were about the step it left
        self._step = step
        self._render()

    def clear(self, step: int | None = None) -> None:
        """Forget the message of ``step`` (None: the step on screen)."""
        self._forget(self._step if step is None else step)
        self._render()

    def drop(self, steps: Iterable[int]) -> None:
        """Forget the messages of ``steps``: what they were about is gone (another file, another plan)."""
        for step in steps:
            self._forget(step)
        self._render()

    def carry(self, step: int) -> None:
        """The message on screen goes with the window to ``step`` (a step's closing message says what
        comes next, so it belongs to the step it introduces)."""
        message = self._messages.pop(self._step, None)
        if message is not None:
            self._messages[step] = message
            if self._step in self._passing:
                self._passing.discard(self._step)
                self._passing.add(step)

    def _forget(self, step: int) -> None:
        self._messages.pop(step, None)
        self._passing.discard(step)

    def dismiss(self) -> None:
        self.clear(self._step)

    def _render(self) -> None:
        message = self.last
        if message is None:
            self.hide()
            return
        self.setProperty("level", message.level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._text.setText(message.text)
        self._hint.setText(message.hint)
        self._hint.setVisible(bool(message.hint))
        self._action.setVisible(message.action is not None)
        if message.action is not None:
            self._action.setText(message.action[0])
        self.setAccessibleDescription(translate("MessageArea", "{level}: {text} {hint}").format(
            level=level_word(message.level), text=message.text, hint=message.hint).strip())
        self.show()
        self._place()

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
