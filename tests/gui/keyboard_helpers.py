"""Driving the window with key events only, and reading its focus chain against what the screen shows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

#: Pixels two boxes may overlap or miss by and still count as one row / one column (layout spacing).
SLACK = 4


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if callable(getattr(widget, "text", None)) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or text!r}"


def press(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press ``key`` on the widget that has the focus; the next focus stop must be one the user can see
    and use, inside the window."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    focused = QApplication.focusWidget()
    assert focused is not None and window.isAncestorOf(focused), f"the focus left the window: {describe(focused)}"
    assert focused.isVisible() and focused.isEnabled(), f"the focus is on a hidden or disabled {describe(focused)}"
    return focused


def tab_to(qtbot, window, target: QWidget, limit: int = 40, *, back: bool = False) -> list[QWidget]:
    """Tab (Shift+Tab when ``back``) until ``target`` has the focus, every stop on the way checked by
    ``press``; returns the stops passed."""
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    stops = []
    while QApplication.focusWidget() is not target:
        assert len(stops) < limit, f"Tab never reached {describe(target)}: {[describe(w) for w in stops]}"
        stops.append(press(qtbot, window, Qt.Key.Key_Tab, modifier))
    return stops


def focus_cycle(qtbot, window) -> list[QWidget]:
    """Every stop of one full round of Tab, starting from the focused widget."""
    first = QApplication.focusWidget()
    chain = [first]
    while (stop := press(qtbot, window, Qt.Key.Key_Tab)) is not first:
        assert len(chain) < 80, "Tab never came back to where it started"
        chain.append(stop)
    return chain


def window_order(qtbot, window) -> list[QWidget]:
    """One round of Tab over the window, starting at the steps list (the top left, read first)."""
    chain = focus_cycle(qtbot, window)
    start = chain.index(window.steps)
    return chain[start:] + chain[:start]


def box(widget: QWidget) -> QRect:
    """Where ``widget`` is on screen (window coordinates)."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def out_of_reading_order(stops: list[QWidget]) -> list[str]:
    """The pairs of consecutive stops where Tab goes against the reading order of the screen.

    Read as a person reads a form: a row from left to right, then the row below; a column (a pane of a
    splitter, the list beside a form) read whole before the one to its right. So the next stop may be to
    the right on the same row, anywhere below, or at the top of a new column to the right; it may not
    go back to the left on its row, nor up in its own column."""
    wrong = []
    for a, b in zip(stops, stops[1:]):
        ra, rb = box(a), box(b)
        same_row = rb.top() < ra.bottom() - SLACK and ra.top() < rb.bottom() - SLACK
        below = rb.top() >= ra.bottom() - SLACK
        new_column = rb.left() >= ra.right() - SLACK
        if same_row and not (rb.left() >= ra.left() or new_column):
            wrong.append(f"{describe(a)} -> {describe(b)} goes left on a row")
        elif not same_row and not below and not new_column:
            wrong.append(f"{describe(a)} at {ra.getRect()} -> {describe(b)} at {rb.getRect()} goes back up")
    return wrong


def focusable_on_screen(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab should stop at: visible, enabled, taking focus by Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found
