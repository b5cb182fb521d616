"""Dialogs of the Map step: enum value mapping and constants."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.i18n import translate
from csod_desktop.ui.models.mapping_model import property_label
from csod_desktop.ui.wheel_guard import guard_wheel
from csod_desktop.ui.widgets import SearchableCombo

MAX_DISTINCT = 500


def allowed_values(prop: Any) -> list[str]:
    return list(prop.enum_strings or ()) or [str(i) for i in (prop.enum_ints or ())]


class ValueMapDialog(QDialog):
    """Each distinct value of a source column beside a combo of the property's allowed values.

    A handful of distinct values at most a few hundred, so a QTableWidget is right here.
    """

    def __init__(self, source: str, prop: Any, distinct: list[str], current: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueMapDialog")
        self.setWindowTitle(translate("ValueMapDialog", "Map the values of '{column}'").format(column=source))
        self.prop = prop
        allowed = allowed_values(prop)
        lead = QLabel(translate("ValueMapDialog", "'{column}' loads into <b>{field}</b>, which accepts only the values "
                                                  "listed by your portal. Choose what each value in your file becomes.")
                      .format(column=source, field=property_label(prop)))
        lead.setWordWrap(True)
        self.table = QTableWidget(len(distinct), 2)
        self.table.setHorizontalHeaderLabels([translate("ValueMapDialog", "In your file"),
                                              translate("ValueMapDialog", "Loads as")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        from csod_desktop.core.mapping import suggest_value_map
        from csod_desktop.core.rules import match_enum

        suggested = suggest_value_map(distinct, prop)
        for row, value in enumerate(distinct):
            item = QTableWidgetItem(value)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(translate("ValueMapDialog", "(keep as written)"), None)
            for choice in allowed:
                combo.addItem(choice, choice)
            # What is saved, else the core's suggestion, else the value itself when the portal accepts it.
            preset = current.get(value) or suggested.get(value) or match_enum(value, prop)
            combo.setCurrentIndex(max(0, combo.findData(preset)) if preset else 0)
            guard_wheel(combo)  # the table scrolls: the wheel passing over a value must not change it
            self.table.setCellWidget(row, 1, combo)
            self.combos[value] = combo
        self.table.setColumnWidth(0, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def value_map(self) -> dict[str, str]:
        """Only the values that change (a value the portal already accepts as written needs no entry)."""
        from csod_desktop.core.rules import match_enum

        out = {}
        for value, combo in self.combos.items():
            target = combo.currentData()
            if target is not None and target != value and match_enum(value, self.prop) != target:
                out[value] = target
        return out


class ConstantDialog(QDialog):
    """Give one property the same value on every record (e.g. a country or an employment type).

    It starts with no field chosen (never on User ID), and says what the constant does to the field's
    column or to the constant it replaces before OK is pressed.
    """

    def __init__(self, schema: Any, parent: QWidget | None = None, *, mapping: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("constantDialog")
        self.setWindowTitle(translate("ConstantDialog", "Add a constant"))
        self.schema, self.mapping = schema, mapping
        self.property_combo = SearchableCombo()
        for prop in schema.properties.values():
            self.property_combo.addItem(property_label(prop), prop.name)
        self.property_combo.setCurrentIndex(-1)
        self.property_combo.lineEdit().setPlaceholderText(translate("ConstantDialog", "Type or choose a field"))
        self.value_combo = QComboBox()
        self.value_combo.setEditable(True)
        self.value_edit = self.value_combo.lineEdit() or QLineEdit()
        self.value_edit.setPlaceholderText(translate("ConstantDialog", "The value every record gets"))
        self.effect = QLabel("", objectName="constantEffect")
        self.effect.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ConstantDialog", "Property"), self.property_combo)
        form.addRow(translate("ConstantDialog", "Value for every record"), self.value_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.buttons)
        self.property_combo.currentIndexChanged.connect(self._on_property_changed)
        self.value_combo.currentTextChanged.connect(self._refresh_ok)
        self._on_property_changed(self.property_combo.currentIndex())
        self.resize(480, 160)

    def _on_property_changed(self, _index: int) -> None:
        name = self.property_combo.currentData() if self.property_combo.currentIndex() >= 0 else None
        prop = self.schema.get(name or "")
        self.value_combo.clear()
        if prop is not None:
            self.value_combo.addItems(allowed_values(prop))
        self.value_combo.setEditText("")
        self.effect.setText(self._effect(prop))
        self._refresh_ok()

    def _effect(self, prop: Any) -> str:
        """What the constant does to what is there already (said before OK, and on the Map step after)."""
        if prop is None or self.mapping is None:
            return ""
        title = property_label(prop)
        columns = [source for source, target in self.mapping.columns.items() if target == prop.name]
        current = self.mapping.constants.get(prop.name)
        if current is not None:
            return translate("ConstantDialog", "{field} already has the constant '{value}': this value replaces "
                                               "it.").format(field=title, value=current)
        if columns:
            return translate("ConstantDialog", "{field} loads from your column '{column}': the constant fills only the "
                                               "records where that column is empty.").format(field=title,
                                                                                              column=columns[0])
        return ""

    def _refresh_ok(self, *_: Any) -> None:
        self.ok_button.setEnabled(self.result_pair() is not None)

    def result_pair(self) -> tuple[str, str] | None:
        name = self.property_combo.currentData() if self.property_combo.currentIndex() >= 0 else None
        value = self.value_combo.currentText().strip()
        return (name, value) if name and value else None
