"""The mapping table: one row per source column, editable target property, confidence and required marks."""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from csod_desktop.ui import theme

from csod_desktop.i18n import translate
from csod_desktop.ui.language import number

_Index = QModelIndex | QPersistentModelIndex
SOURCE, SAMPLES, TARGET, CONFIDENCE, REQUIRED = range(5)
#: How many columns the table has (its headers are :func:`headers`, in the window's language).
HEADERS = ("Column in your file", "Sample values", "Loads into", "Match", "Required")
#: The English of :func:`not_mapped` (the tests compare with it).
NOT_MAPPED = "— not loaded —"


def headers() -> tuple[str, ...]:
    """The table's column headers, in the window's language."""
    return (translate("MappingModel", "Column in your file"), translate("MappingModel", "Sample values"),
            translate("MappingModel", "Loads into"), translate("MappingModel", "Match"),
            translate("MappingModel", "Required"))


def not_mapped() -> str:
    """What the target column says of a column that is not loaded."""
    return translate("MappingModel", "— not loaded —")
SAMPLE_ROWS = 200


def property_label(prop: Any) -> str:
    """How a schema property reads in the combo and the table: its title, then its name."""
    if prop.title and prop.title != prop.name:
        return f"{prop.title} · {prop.name}"
    return prop.name


def _by_method(method: str) -> str:
    """How the automatic match was found ("95% by title", ``core.mapping.METHODS``), with a {percent} field."""
    words = {"name": translate("MappingModel", "{percent}% by name"),
             "title": translate("MappingModel", "{percent}% by title"),
             "normalized": translate("MappingModel", "{percent}% by normalized"),
             "similarity": translate("MappingModel", "{percent}% by similarity")}
    # A method this window does not know yet (a newer template): its own word, untranslated.
    return words.get(method) or translate("MappingModel", "{percent}% by {method}").replace("{method}", method)


def samples(frame: pl.DataFrame, column: str, n: int = 3) -> str:
    """A few distinct non-empty values of ``column`` from the first rows (cheap on a million rows)."""
    values: list[str] = []
    for value in frame.get_column(column).head(SAMPLE_ROWS).to_list():
        if value not in (None, "") and value not in values:
            values.append(str(value))
            if len(values) == n:
                break
    return ", ".join(values)


class MappingModel(QAbstractTableModel):
    """Edits ``mapping.columns`` in place; emits ``mapping_edited`` after every user change."""

    mapping_edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mapping: Any = None
        self.schema: Any = None
        self.headers: list[str] = []
        self._samples: list[str] = []

    def set_mapping(self, mapping: Any, schema: Any, frame: pl.DataFrame) -> None:
        self.beginResetModel()
        self.mapping, self.schema = mapping, schema
        self.headers = list(frame.columns)
        self._samples = [samples(frame, h) for h in self.headers]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    def target(self, row: int) -> str | None:
        return self.mapping.columns.get(self.headers[row]) if self.mapping else None

    def match(self, source: str) -> Any:
        for match in self.mapping.matches:
            if match.source == source:
                return match
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.mapping is None:
            return None
        row, col = index.row(), index.column()
        source = self.headers[row]
        target = self.target(row)
        prop = self.schema.get(target) if target else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SOURCE:
                return source
            if col == SAMPLES:
                return self._samples[row]
            if col == TARGET:
                return property_label(prop) if prop else (target or not_mapped())
            if col == CONFIDENCE:
                match = self.match(source)
                if target is None or match is None:
                    return ""
                if match.method in ("manual", "template"):
                    return translate("MappingModel", "yours") if match.method == "manual" \
                        else translate("MappingModel", "template")
                return _by_method(match.method).format(percent=number(round(match.confidence * 100)))
            if col == REQUIRED:
                return translate("MappingModel", "required") if prop is not None and (prop.required or prop.name in self.schema.required) else ""
        if role == Qt.ItemDataRole.EditRole and col == TARGET:
            return target
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TARGET and prop is not None:
                return f"{prop.name}: {prop.description}" if prop.description else prop.name
            if col == SAMPLES:
                return self._samples[row]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == TARGET and target is None:
                return theme.brush("note")
            if col == CONFIDENCE and target is not None:
                match = self.match(source)
                if match is not None and match.method not in ("manual", "template") and match.confidence < 0.8:
                    return theme.brush("caution_text")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TARGET or self.mapping is None:
            return False
        self.set_target(index.row(), value or None)
        return True

    def set_target(self, row: int, target: str | None) -> None:
        """Map the source column of ``row`` to ``target`` (None: do not load it); a manual choice.

        A property takes one column: another column mapped to the same property is unmapped (by the
        core's ``Mapping.assign``), so every row is refreshed; the Map step says so, with an Undo.
        """
        self.mapping.assign(self.headers[row], target)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.headers) - 1, len(HEADERS) - 1))
        self.mapping_edited.emit()

    def refresh(self) -> None:
        """Repaint every row (the mapping changed in place: an undo, a template, a constant)."""
        if self.headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.headers) - 1, len(HEADERS) - 1))

    def row_of(self, source: str) -> int:
        return self.headers.index(source)
