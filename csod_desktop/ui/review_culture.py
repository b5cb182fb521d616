"""Review's answer to what the file's dates and numbers say about the Date format and Number format.

Validation weighs each date and number column against the import's cultures (``core.culture_checks``)
and suggests settings (``ValidationResult.suggestions``). This panel offers a "switch" in one click
("Use fr-FR for dates"), asks once to confirm the order of dates no value proves (with two dates
written out in words), and, after a switch, says what changed with an Undo. It only shows and asks:
the Review page gives the answers to the plan.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from csod_desktop.core.culture_findings import (
    CONFIRM,
    CONFIRM_DATE_FORMAT,
    DATE_FORMAT,
    DATETIME,
    NUMBER,
    NUMBER_FORMAT,
    SETTING_TITLES,
    SWITCH,
)
from csod_desktop.core.culture_inference import CULTURE_ORDER_WORDS
from csod_desktop.i18n import translate

#: The file-level rules each setting answers (the panel shows them; the file-level list shows the rest).
RULES_OF = {DATETIME: (DATE_FORMAT, CONFIRM_DATE_FORMAT), NUMBER: (NUMBER_FORMAT,)}


def covered(problem: Any, suggestions: list[Any]) -> bool:
    """Whether a file-level problem is answered by one of the suggestions (shown in this panel)."""
    return any(problem.column in s.columns and problem.rule in RULES_OF.get(s.setting, ()) for s in suggestions)


def combined(suggestions: list[Any]) -> dict[str, str] | None:
    """One value per setting when several settings each have exactly one switch to offer: the one click
    that takes them all ("Use fr-FR for dates and numbers"); None otherwise."""
    values: dict[str, set[str]] = {}
    for s in suggestions:
        if s.kind == SWITCH:
            values.setdefault(s.setting, set()).add(s.value)
    if len(values) < 2 or any(len(v) != 1 for v in values.values()):
        return None
    return {setting: next(iter(v)) for setting, v in values.items()}


def combined_label(values: dict[str, str]) -> str:
    """"Use fr-FR for dates and numbers", or "Use fr-FR for dates and de-DE for numbers"."""
    dates, numbers = values.get(DATETIME), values.get(NUMBER)
    if dates == numbers:
        return translate("CulturePanel", "Use {culture} for dates and numbers").format(culture=dates)
    return translate("CulturePanel", "Use {dates} for dates and {numbers} for numbers").format(dates=dates,
                                                                                              numbers=numbers)


class CulturePanel(QFrame):
    """The suggestions and questions about the two culture settings, for one check of the file."""

    #: (settings to change, the words of the change for Undo)
    settings_requested = Signal(dict, str)
    #: (setting, value confirmed, the words of the confirmation)
    confirm_requested = Signal(str, str, str)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("culturePanel")
        # Yellow for a question, green for a change done (resources/styles/app.qss, #culturePanel).
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}  # label -> button (the tests and the keyboard use them)
        self.notice = QLabel("", objectName="cultureNotice")
        self.notice.setWordWrap(True)
        self.undo_button = QPushButton(translate("CulturePanel", "Undo"), objectName="cultureUndo")
        self.undo_button.clicked.connect(self.undo_requested)
        self._notice_row = QWidget()
        row = QHBoxLayout(self._notice_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.notice, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self._notice_row)
        # The questions scroll within a share of the page's height: on a small screen they must not push
        # the grid out of sight (ReviewPage sets the share as it is resized).
        self._cards_box = QWidget(objectName="cultureCards")
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(6)
        self.scroll = QScrollArea(objectName="cultureScroll")
        self.scroll.setWidget(self._cards_box)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._layout.addWidget(self.scroll)
        self._most = 10_000
        self._cards: list[QWidget] = []
        self.set_notice("")
        self.show_result(None)

    # -- what changed ----------------------------------------------------------------------------------
    def set_notice(self, text: str) -> None:
        """Say what the last switch changed (with its Undo), or nothing."""
        self.notice.setText(text)
        self._notice_row.setVisible(bool(text))
        self._refresh_visible()

    # -- the suggestions of one check --------------------------------------------------------------------
    def show_result(self, result: Any) -> None:
        for card in self._cards:
            card.hide()  # gone from the screen now, not when the event loop gets to the deletion
            self._cards_layout.removeWidget(card)
            card.deleteLater()
        self._cards.clear()
        self.buttons.clear()
        suggestions = list(result.suggestions) if result is not None else []
        problems = {(p.column, p.rule): p for p in (result.problem_list() if suggestions else []) if p.row == 0}
        both = combined(suggestions)
        if both is not None:
            words = translate("CulturePanel", "{date_setting} {dates} and {number_setting} {numbers}").format(
                date_setting=SETTING_TITLES[DATETIME], dates=both[DATETIME],
                number_setting=SETTING_TITLES[NUMBER], numbers=both[NUMBER])
            self._card([translate("CulturePanel", "{settings} read them all:").format(settings=words)],
                       [(combined_label(both), both, None, True)],
                       translate("CulturePanel", "Sets {settings} for this import (the Load type step shows them) and "
                                                 "checks the file again.").format(settings=words),
                       heading=translate("CulturePanel", "The dates and numbers of this file are not written the way "
                                                         "the import reads them."))
        for s in suggestions:
            texts = [problems[(c, r)].message for c in s.columns for r in RULES_OF[s.setting] if (c, r) in problems]
            title = SETTING_TITLES[s.setting]
            if s.kind == CONFIRM:
                order = CULTURE_ORDER_WORDS.get(s.current, s.current)
                yes = translate("CulturePanel", "Yes, {order}: keep {setting} {value}").format(
                    order=order, setting=title, value=s.current)
                self._card(texts or [s.reason],
                           [(yes, None, (s.setting, s.current), True), (s.label, {s.setting: s.value}, None, False)],
                           translate("CulturePanel", "Nothing in the file shows whether the day or the month comes "
                                                     "first; your answer is kept for this file (another file, or "
                                                     "another Date format, asks again)."),
                           heading=translate("CulturePanel", "Please confirm once how the dates are to be read:"))
            else:
                self._card(texts or [s.reason], [(s.label, {s.setting: s.value}, None, both is None)],
                           translate("CulturePanel", "Sets {setting} to {value} for this import (the Load type step "
                                                     "shows it) and checks the file again.").format(setting=title,
                                                                                                    value=s.value))
        self._refresh_visible()

    def _card(self, texts: list[str], actions: list[tuple[str, dict | None, tuple | None, bool]], note: str, *,
              heading: str = "") -> None:
        card = QFrame(objectName="cultureCard")
        layout = QHBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        lead = f"<b>{html.escape(heading)}</b> " if heading else ""  # the values quoted are the file's: escaped
        words = QLabel(lead + "<br>".join(html.escape(t) for t in texts), objectName="cultureText")
        words.setTextFormat(Qt.TextFormat.RichText)
        words.setWordWrap(True)
        words.setToolTip(note)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(words, 1)
        for label, settings, confirm, primary in actions:
            button = QPushButton(label)
            button.setToolTip(note)
            button.setProperty("primary", primary)
            if settings is not None:
                button.clicked.connect(lambda _=False, v=settings, w=label: self.settings_requested.emit(v, w))
            else:
                setting, value = confirm
                button.clicked.connect(
                    lambda _=False, s=setting, v=value, w=label: self.confirm_requested.emit(s, v, w))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons[label] = button
        self._cards_layout.addWidget(card)
        self._cards.append(card)

    def set_most_height(self, pixels: int) -> None:
        """The tallest the questions may be; more of them scroll."""
        self._most = max(pixels, 60)
        self._fit()

    def _fit(self) -> None:
        self._cards_box.adjustSize()
        width = max(self.scroll.viewport().width(), 200)
        needed = self._cards_layout.totalHeightForWidth(width) if self._cards else 0
        self.scroll.setFixedHeight(min(max(needed, 0), self._most))
        self.scroll.setVisible(bool(self._cards))

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _refresh_visible(self) -> None:
        self._fit()
        calm = not self._cards
        if self.property("calm") != calm:
            self.setProperty("calm", calm)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setVisible(bool(self._cards) or bool(self.notice.text()))
