"""Accessible names: every control a screen reader reaches on every step says what it is."""

from __future__ import annotations

import re

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
from PySide6.QtGui import QTextDocument

from gui_helpers import window_after_a_job

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


def plain(text: str) -> str:
    """A label's text as a screen reader says it: without its markup."""
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().strip()


def name_problem(widget: QWidget, labels: list[QLabel]) -> str | None:
    """Why ``widget``'s spoken name does not say what it is, or None: no name; markup read aloud; a name
    that ignores the label beside it (a check box labelled "Deactivate missing employees" saying "On")."""
    name = spoken_name(widget, labels)
    if not name:
        return "no name"
    if "<" in name and ">" in name:
        return f"markup in its name {name!r}"
    said = _words(name)
    for label in labels:
        shown = _words(plain(label.text()))
        if label.buddy() is widget and shown and not (said <= shown or shown <= said):
            return f"its name {name!r} does not say its label's {plain(label.text())!r}"
    return None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.replace("&", "").lower()))


def unnamed_controls(window) -> tuple[int, set[str]]:
    """Walk every step's page and list the visible controls without a spoken name that says what they are."""
    window.build_all_pages()
    seen, unnamed = 0, set()
    for step in range(window.stack.count()):
        window.stack.setCurrentIndex(step)  # every page on screen, reachable or not
        labels = window.findChildren(QLabel)
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _part_of_another_control(widget):
                continue
            seen += 1
            problem = name_problem(widget, labels)
            if problem:
                page = window.stack.currentWidget()
                where = f"step {step}" if page.isAncestorOf(widget) else "window"
                unnamed.add(f"{where}: {type(widget).__name__} {widget.objectName()!r} {_text(widget)!r}: {problem}")
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
    # A check box saying only "On" beside its label, and a name read with its markup, are caught.
    on = QCheckBox("On")
    title = QLabel("Deactivate missing employees  <span style='color:#8a919c'>ReconcileUsers</span>")
    title.setBuddy(on)
    assert "does not say" in name_problem(on, [title])
    on.setAccessibleName("Deactivate missing employees <b>ReconcileUsers</b>")
    assert "markup" in name_problem(on, [title])
    on.setAccessibleName("Deactivate missing employees")
    assert name_problem(on, [title]) is None
    for widget in (on, title):
        widget.deleteLater()
    for widget in (edit, button, lone, label):
        widget.deleteLater()


def test_every_control_on_every_step_has_a_name(qtbot, make_window, sandbox):
    # After a job ran: Review with its grid, Run with the job's row, Results with a report, History with
    # the import, each with the controls they only show then.
    window = window_after_a_job(qtbot, make_window, sandbox)
    seen, unnamed = unnamed_controls(window)
    assert seen >= 60
    assert not unnamed, "\n".join(sorted(unnamed))


def described(widget: QWidget) -> str:
    """What a screen reader says after the name: the accessible description, else the tool tip (Qt's rule)."""
    return widget.accessibleDescription().strip() or widget.toolTip().strip()


def test_controls_whose_name_is_not_enough_are_described(qtbot, make_window, sandbox):
    window = window_after_a_job(qtbot, make_window, sandbox)
    reconcile = window.loadtype_page.form.control("ReconcileUsers")
    needs = {
        "the client secret": window.connect_page.secret_edit,
        "the ReconcileUsers setting": reconcile,
        "the drop zone": window.file_page.drop_zone,
        "the review grid": window.review_page.grid,
        "Add to the job": window.review_page.payload_button,
        "Run the job": window.run_page.run_button,
        "the callback URL": window.run_page.callback_edit,
        "the jobs tree": window.run_page.status.tree,
        "Fix and reload": window.results_page.fix_button,
    }
    undescribed = [what for what, widget in needs.items() if not described(widget)]
    assert not undescribed, undescribed
    # The dangerous setting says what it does, not only its name.
    assert reconcile.accessibleName() == "Deactivate missing employees"
    assert "deactivat" in described(reconcile).lower(), described(reconcile)
