"""What the window shows that did not go through translation, seen in the pseudo-locale (``⟦Ñéẋţ·⟧``).

In the pseudo-locale every translated string is wrapped in ⟦…⟧ and has no plain ASCII letter left. So a
visible text with an ASCII word outside the marks was not translated, unless the word is data: a value of
the file, a name the portal gave (schema properties, load types, settings), or a product name.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

from csod_desktop import i18n
from csod_desktop.ui.language import CLOSE, OPEN

ROOT = Path(__file__).resolve().parents[2]
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word in any script; English if it has two ASCII letters
_ASCII = re.compile(r"[A-Za-z].*[A-Za-z]")
_TAG = re.compile(r"<[^<>]*>|&[a-zA-Z]+;")
#: Ids the portal gives (import and job ids): data, whatever letters their hex digits make.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
#: Names that are the same in every language: the product, Cornerstone's, formats and keys.
PROPER = {
    "CSOD", "Desktop", "Cornerstone", "OnDemand", "Edge", "Bulk", "API", "APIs", "CSV", "JSON", "Excel", "XLSX",
    "XLS", "ODS", "TSV", "OAuth", "HTTPS", "HTTP", "URL", "ID", "UTC", "DuckDB", "Parquet", "ReconcileUsers",
    "Ctrl", "Alt", "Shift", "Esc", "Enter", "Tab", "PgUp", "PgDown", "Del", "UTF", "GUID", "OU", "OUs", "GB",
    "MB", "KB", "ISO", "BOM", "Linguist", "Qt", "macOS", "Windows", "Linux", "cp",
}

#: Models whose cells are the portal's report as downloaded: its messages are the portal's words.
PORTAL_CELLS = {"ReportModel", "MessageCountModel"}


def data_words(*files: Path) -> set[str]:
    """The ASCII words of the portal's data (the sandbox's catalogue, schemas, seed) and of ``files``
    (their contents, their names and folders: the window shows where a file is)."""
    words = set(PROPER)
    for path in files:
        words |= set(_WORD.findall(str(path)))
    for name in i18n.LANGUAGES.values():  # the language choice names each language in its own words
        words |= set(_WORD.findall(name))
    sandbox = ROOT / "csod_desktop" / "sandbox" / "data"
    sources = [sandbox / "specification.json", *sandbox.glob("schemas/**/*"), *sandbox.glob("seed/**/*"), *files]
    for path in sources:
        if path.is_file():
            words |= set(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return words


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of everything ``widget`` shows or says to a screen reader."""
    out = []
    if isinstance(widget, (QLabel, QAbstractButton)):
        out.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        out.append(("title", widget.title()))
    if isinstance(widget, QLineEdit):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox) and widget.isEditable() is False:
        out += [("item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        out += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a QListWidget's own model hides it: one column
            columns = 1
        if isinstance(widget, (QTableView, QTreeView)):
            out += [("header", str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                                   or "")) for i in range(min(columns, 60))]
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        if type(source).__name__ in PORTAL_CELLS:
            return out + _spoken(widget)
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for column in range(min(columns, 30)):
                index = model.index(row, column)
                out.append(("cell", str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")))
                out.append(("cell tooltip", str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")))
    return out + _spoken(widget)


def _spoken(widget: QWidget) -> list[tuple[str, str]]:
    return [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription())]


def english_left(text: str, allowed: set[str]) -> list[str]:
    """The ASCII words of ``text`` outside the pseudo-locale's marks that are not data."""
    text = _UUID.sub(" ", _TAG.sub(" ", text))
    while True:  # a translated sentence may hold another one: take the innermost marks first
        stripped = _MARKED.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return [word for word in _WORD.findall(text) if _ASCII.search(word) and word not in allowed]


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    """Every visible text under ``root`` (and its window title) with English words left, as a sentence."""
    found = []
    if root.isWindow() and english_left(root.windowTitle(), allowed):
        found.append(f"window title {root.windowTitle()!r}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for what, text in _texts(widget):
            if not text or not text.strip():
                continue
            left = english_left(text, allowed)
            if left:
                name = f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else \
                    type(widget).__name__
                found.append(f"{name} {what} {text[:80]!r}: {' '.join(left[:6])}")
    return found
