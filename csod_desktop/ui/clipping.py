"""Text on screen without room for it: a button, label or check box smaller than its text, or cut by an edge.

Used by the layout tests and the screenshot script (``build_scripts/shot_kit.py``) on the real window at
the sizes of issue 14: a finding is a sentence naming the widget and what does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from csod_desktop.ui.widgets import ElidedLabel

#: Pixels of rounding a layout may take from a widget before its text is really cut.
TOLERANCE = 1


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible button, check box and label under ``root`` whose text has no room, as a sentence."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not _text(widget):
            continue
        reason = _too_small(widget) or _cut_by_container(widget, root)
        if reason:
            found.append(f"{_name(widget)} {reason}")
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text().strip()
    return ""


def _too_small(widget: QWidget) -> str:
    """Smaller than the text needs (what its size hint asks for, or its wrapped height)."""
    size = widget.size()
    if isinstance(widget, ElidedLabel):
        return ""  # cut on purpose, and says so: it ends in "…" and its tooltip is the whole text
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        if widget.wordWrap():
            needed = widget.heightForWidth(size.width())
            if needed > size.height() + TOLERANCE:
                return f"is {size.height()} px high, its wrapped text needs {needed} px"
            return ""
    needed = widget.sizeHint()  # a one-line label, as any other widget with text: its size hint
    if needed.width() > size.width() + TOLERANCE:
        return f"is {size.width()} px wide, its text needs {needed.width()} px"
    if needed.height() > size.height() + TOLERANCE:
        return f"is {size.height()} px high, its text needs {needed.height()} px"
    return ""


def _cut_by_container(widget: QWidget, root: QWidget) -> str:
    """Partly outside a parent that shows no scroll bar for it (a scroll area's content may scroll)."""
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return ""  # inside a scroll area: what lies beyond its viewport is one scroll away
        shown = QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
        if not shown.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect):
            return f"is cut off by the edge of {_name(parent)}"
        if parent is root:
            return ""
        parent = parent.parentWidget()
    return ""


def _name(widget: QWidget) -> str:
    text = _text(widget).replace("\n", " ")
    label = f" {text[:40]!r}" if text else ""
    name = f" #{widget.objectName()}" if widget.objectName() else ""
    return f"{type(widget).__name__}{name}{label}"
