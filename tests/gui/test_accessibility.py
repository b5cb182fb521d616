"""Accessible names: every control a screen reader reaches on every step says what it is."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from gui_helpers import QUICKSTART, window_at_map

pytestmark = pytest.mark.gui

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QCheckBox, QSpinBox)


def _part_of_another_control(widget: QWidget) -> bool:
    """A combo box's line edit, a spin box's editor, a table's corner button or header, a cell's editor:
    Qt names them through the control they belong to."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget, labels: list[QLabel]) -> str:
    """What a screen reader says for ``widget``: its accessible name, its own text (buttons, check boxes)
    or the text of the label it is the buddy of."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    buddies = [label.text().strip() for label in labels if label.buddy() is widget and label.text().strip()]
    return buddies[0] if buddies else ""


def unnamed_controls(window) -> tuple[int, set[str]]:
    """Walk every step's page and list the visible controls without a spoken name."""
    window.build_all_pages()
    seen, unnamed = 0, set()
    for step in range(window.stack.count()):
        window.stack.setCurrentIndex(step)  # every page on screen, reachable or not
        labels = window.findChildren(QLabel)
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _part_of_another_control(widget):
                continue
            seen += 1
            if not spoken_name(widget, labels):
                page = window.stack.currentWidget()
                where = f"step {step}" if page.isAncestorOf(widget) else "window"
                unnamed.add(f"{where}: {type(widget).__name__} {widget.objectName()!r} {_text(widget)!r}")
    return seen, unnamed


def _text(widget: QWidget) -> str:
    for attribute in ("text", "currentText", "placeholderText", "toolTip"):
        value = getattr(widget, attribute, None)
        if callable(value) and value():
            return value()[:40]
    return ""


def test_the_name_comes_from_the_control_its_text_or_its_label(qtbot):
    from PySide6.QtWidgets import QPushButton

    edit, button, lone = QLineEdit(), QPushButton("&Save"), QLineEdit()
    label = QLabel("Client &ID")
    label.setBuddy(edit)
    assert spoken_name(edit, [label]) == "Client &ID"
    assert spoken_name(button, []) == "Save"
    assert spoken_name(lone, [label]) == ""
    lone.setAccessibleName("Search the rows")
    assert spoken_name(lone, []) == "Search the rows"
    for widget in (edit, button, lone, label):
        widget.deleteLater()


def test_every_control_on_every_step_has_a_name(qtbot, make_window, sandbox):
    window = make_window()
    window.resize(1200, 860)
    window_at_map(qtbot, window, sandbox.root_url, QUICKSTART)
    seen, unnamed = unnamed_controls(window)
    assert seen >= 40
    assert not unnamed, "\n".join(sorted(unnamed))
