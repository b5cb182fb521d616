"""The job settings of one load type as a form: plain explanations, documented defaults, guarded ReconcileUsers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.core.culture_findings import DATETIME, NUMBER
from csod_desktop.i18n import translate
from csod_desktop.store.profiles import confirmation_word
from csod_desktop.ui.wheel_guard import guard_wheel

def explanations() -> dict[str, str]:
    """Plain-language copy for each setting, by its portal id, in the window's language.

    From bulk-api-quick-start.txt "Step 4: Create a Job" and bulk-api-facts.md "Load types" (the settings
    seen on jobs). A function, not a constant: the language is chosen after import.
    """
    return {
        "LoadPrimaryKey": translate("SettingsForm", "How each row is matched to an employee already in the portal: "
                                    "by User ID or by GUID."),
        "ReconcileUsers": translate("SettingsForm", "Deactivates every employee in the portal who is not in this "
                                    "file. Only for a file that lists all your active employees."),
        "AllowInactiveOus": translate("SettingsForm", "Allow employees to be placed in organizational units that "
                                      "are inactive in the portal. When off, those rows are not loaded."),
        "AllowInactiveUsers": translate("SettingsForm", "Allow managers, approvers and other relations to point at "
                                        "inactive employees. When off, those rows are not loaded."),
        "AllowInactiveOuAndUser": translate("SettingsForm", "Allow this unit to refer to inactive parent units and "
                                            "inactive owners."),
        "use_default_when_missing": translate("SettingsForm", "For employees already in the portal: an empty cell "
                                              "in a column you send takes the default your administrator configured "
                                              "(on) or leaves the field unchanged (off). New employees always get "
                                              "defaults."),
        "default_culture": translate("SettingsForm", "The language your data is written in, for fields Cornerstone "
                                     "translates."),
        "datetime_culture": translate("SettingsForm", "How dates are written in your file: en-US month first "
                                      "(7/1/2017), fr-FR day first (1/7/2017), en-GB year first (2017-07-01)."),
        "number_culture": translate("SettingsForm", "How numbers are written: en-US 1,234.56, fr-FR 1 234,56, "
                                    "es-ES 1.234,56."),
    }


def titles() -> dict[str, str]:
    """The window's name for each setting, by its portal id (a setting it does not know shows its id)."""
    return {
        "LoadPrimaryKey": translate("SettingsForm", "Match employees by"),
        "ReconcileUsers": translate("SettingsForm", "Deactivate missing employees"),
        "AllowInactiveOus": translate("SettingsForm", "Allow inactive units"),
        "AllowInactiveUsers": translate("SettingsForm", "Allow inactive related employees"),
        "AllowInactiveOuAndUser": translate("SettingsForm", "Allow inactive units and owners"),
        "use_default_when_missing": translate("SettingsForm", "Use defaults for empty cells"),
        "default_culture": translate("SettingsForm", "Data language"),
        # The words validation's hints use (``SETTING_TITLES``: "set Date format to fr-FR ..."); the
        # translators give them the same translation in both places.
        DATETIME: translate("SettingsForm", "Date format"),
        NUMBER: translate("SettingsForm", "Number format"),
    }


def choice_labels() -> dict[str, dict[Any, str]]:
    """How each documented choice of a setting is shown (the choice itself is what is sent)."""
    return {
        "LoadPrimaryKey": {0: translate("SettingsForm", "User ID (0)"), 1: translate("SettingsForm", "GUID (1)")},
        DATETIME: {"en-US": translate("SettingsForm", "en-US: month first"),
                   "fr-FR": translate("SettingsForm", "fr-FR: day first"),
                   "en-GB": translate("SettingsForm", "en-GB: year first")},
        NUMBER: {"en-US": "en-US: 1,234.56", "fr-FR": "fr-FR: 1 234,56", "es-ES": "es-ES: 1.234,56"},
    }


#: The cultures of the fallback form (a portal document that does not list the settings).
FALLBACK_CULTURES = {DATETIME: ("en-US", "fr-FR", "en-GB"), NUMBER: ("en-US", "fr-FR", "es-ES")}
CULTURES = ("en-US", "en-GB", "fr-FR", "de-DE", "es-ES", "it-IT", "nl-NL", "pt-BR", "ja-JP", "zh-CN")


def not_sent() -> str:
    """The choice of a setting without a documented default that the administrator leaves to the portal."""
    return translate("SettingsForm", "Not sent: the portal decides")


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: str  # "boolean" | "integer" | "string"
    choices: tuple[Any, ...] | None
    default: Any  # the documented default, or None when the specification states none
    has_default: bool


def settings_specs(specification: dict[str, Any] | None, load_type: str, type_id: Any = None) -> list[SettingSpec]:
    """The settings of ``load_type`` from the portal's OpenAPI document (CreateJobRequest → imports.items)."""
    try:
        items = specification["components"]["schemas"]["CreateJobRequest"]["properties"]["imports"]["items"]
        variants = items.get("oneOf") or items.get("anyOf") or [items]
    except (KeyError, TypeError, AttributeError):
        variants = []
    chosen: dict[str, Any] | None = None
    for variant in variants:
        props = variant.get("properties", {})
        types = props.get("type", {}).get("enum", [])
        if load_type not in types:
            continue
        ids = props.get("type_id", {}).get("enum")
        if ids and type_id is not None and int(type_id) not in [int(i) for i in ids]:
            continue
        chosen = props.get("settings", {}).get("properties", {})
        break
    if chosen is None:  # an unknown portal document: fall back to the settings every type shares
        chosen = {DATETIME: {"type": "string", "enum": list(FALLBACK_CULTURES[DATETIME])},
                  NUMBER: {"type": "string", "enum": list(FALLBACK_CULTURES[NUMBER])},
                  "default_culture": {"type": "string"}}
    specs = []
    for name, prop in chosen.items():
        enum = prop.get("enum")
        specs.append(SettingSpec(name, prop.get("type", "string"), tuple(enum) if enum else None,
                                 prop.get("default"), "default" in prop))
    return specs


def portal_word(profile: Any) -> str:
    """The name the administrator types to confirm a destructive setting (shared with the CLI)."""
    return confirmation_word(profile)


class ReconcileDialog(QDialog):
    """Asks the administrator to type the portal name before ReconcileUsers is turned on."""

    def __init__(self, portal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileDialog")
        self.setWindowTitle(translate("SettingsForm", "Deactivate every employee missing from the file?"))
        self.portal = portal
        # One translated text with its tags and the portal's name in it: the consequence is never cut in two.
        text = QLabel(translate(
            "SettingsForm",
            "<p><b>With this setting on, every employee in the portal <i>{portal}</i> who is missing from "
            "the file you load is deactivated.</b></p><p>Use it only when the file lists all your active "
            "employees. A partial file (one department, new hires) would deactivate everyone else.</p>"
            "<p>Before the job is sent, the Run step lists every employee it would deactivate and asks you to "
            "confirm their number.</p>"
            "<p>Type the portal name <b>{portal}</b> to turn it on.</p>").format(portal=portal))
        text.setWordWrap(True)
        self.confirm_edit = QLineEdit(placeholderText=portal)
        self.confirm_edit.setAccessibleName(translate("SettingsForm", "Portal name to confirm"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(translate("SettingsForm", "Deactivate missing employees"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("dangerButton")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._on_confirm_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _on_confirm_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(text.strip() == self.portal)


class SettingsForm(QWidget):
    """One row per setting: a control, then its explanation and documented default in small print."""

    #: The administrator changed a setting (not emitted while the form is being built or filled).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        # One column (title, control, note) per setting: a QFormLayout clipped the wrapped notes.
        self.form = QVBoxLayout(self)
        self.form.setContentsMargins(4, 4, 4, 4)
        self.form.setSpacing(2)
        self.controls: dict[str, QWidget] = {}
        self.specs: list[SettingSpec] = []
        self.portal = "portal"
        #: Replaced by tests to answer the confirmation without a modal loop.
        self.confirm_reconcile = self._ask_reconcile

    def set_specs(self, specs: list[SettingSpec], portal: str) -> None:
        self._quiet = True
        try:
            self._build(specs, portal)
        finally:
            self._quiet = False

    def set_values(self, values: dict[str, Any]) -> None:
        """Show these settings (an import's choices) in the controls, without asking or announcing."""
        self._quiet = True
        try:
            for name, value in values.items():
                control = self.controls.get(name)
                if isinstance(control, QCheckBox):
                    control.blockSignals(True)  # no ReconcileUsers question for a choice already confirmed
                    control.setChecked(bool(value))
                    control.blockSignals(False)
                elif isinstance(control, QComboBox):
                    index = control.findData(value)
                    if index >= 0:
                        control.setCurrentIndex(index)
                    elif control.isEditable() and value is not None:
                        control.setEditText(str(value))
        finally:
            self._quiet = False

    def _on_control_changed(self, *_: Any) -> None:
        if not self._quiet:
            self.changed.emit()

    def _build(self, specs: list[SettingSpec], portal: str) -> None:
        while self.form.count():
            item = self.form.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.controls.clear()
        self.specs, self.portal = specs, portal
        words, named, labels = explanations(), titles(), choice_labels()
        on_off = {True: translate("SettingsForm", "on"), False: translate("SettingsForm", "off")}
        for spec in specs:
            control = self._control_for(spec, labels)
            self.controls[spec.name] = control
            explanation = words.get(spec.name, "")
            shown = on_off.get(spec.default, spec.default) if spec.type == "boolean" else \
                labels.get(spec.name, {}).get(spec.default, spec.default)
            if spec.has_default:
                default = translate("SettingsForm", "Documented default: {value}.").format(value=shown)
            else:
                default = translate("SettingsForm", "No documented default: not sent unless you choose.")
            note = QLabel(f"{explanation} {default}".strip(), objectName="settingNote")
            note.setWordWrap(True)
            # The setting's id is the portal's word and stays as it is, beside the window's name for it.
            label = QLabel(f"{named.get(spec.name, spec.name)}  <span style='font-weight:normal'>{spec.name}</span>",
                           objectName="settingTitle")
            label.setWordWrap(True)
            label.setBuddy(control)
            # Said by a screen reader: the title (the label's rich text, and "On" for a check box, say less) and
            # what the setting does, with its default.
            control.setAccessibleName(named.get(spec.name, spec.name))
            control.setAccessibleDescription(note.text())
            control.setMaximumWidth(360)
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 6, 0, 8)
            col.setSpacing(3)
            col.addWidget(label)
            col.addWidget(control)
            col.addWidget(note)
            self.form.addWidget(box)
        self.form.addStretch(1)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        # Inside a QScrollArea wrapped labels get no height-for-width: ask the layout for the height this
        # width needs, so the notes never overlap the next control and the area scrolls instead.
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        self.form.activate()
        needed = self.form.totalHeightForWidth(max(self.width(), 320))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _control_for(self, spec: SettingSpec, labels: dict[str, dict[Any, str]]) -> QWidget:
        if spec.type == "boolean" and spec.has_default:
            box = QCheckBox(translate("SettingsForm", "On"))
            box.setObjectName(spec.name)
            box.setChecked(bool(spec.default))
            if spec.name == "ReconcileUsers":
                box.toggled.connect(lambda on, b=box: self._on_reconcile_toggled(b, on))
            box.toggled.connect(self._on_control_changed)
            return box
        combo = QComboBox(objectName=spec.name)
        guard_wheel(combo)  # the form scrolls: the wheel passing over a setting must not change it
        combo.currentTextChanged.connect(self._on_control_changed)
        if spec.name == "default_culture":
            combo.setEditable(True)
            combo.addItem(not_sent(), None)
            for culture in CULTURES:
                combo.addItem(culture, culture)
            return combo
        if not spec.has_default:
            combo.addItem(not_sent(), None)
        if spec.type == "boolean":
            combo.addItem(translate("SettingsForm", "Yes"), True)
            combo.addItem(translate("SettingsForm", "No"), False)
        for choice in spec.choices or ():
            combo.addItem(labels.get(spec.name, {}).get(choice, str(choice)), choice)
        if spec.has_default:
            combo.setCurrentIndex(max(0, combo.findData(spec.default)))
        return combo

    def _ask_reconcile(self) -> bool:
        return ReconcileDialog(self.portal, self).exec() == QDialog.DialogCode.Accepted

    def _on_reconcile_toggled(self, box: QCheckBox, on: bool) -> None:
        if on and not self.confirm_reconcile():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The settings to send: every setting with a documented default, and the others the user chose."""
        out: dict[str, Any] = {}
        for spec in self.specs:
            control = self.controls[spec.name]
            if isinstance(control, QCheckBox):
                out[spec.name] = control.isChecked()
            elif isinstance(control, QComboBox):
                data = control.currentData()
                typed = control.currentText().strip()
                # A culture typed in: sent as typed. The words of the item chosen ("Not sent: ...") never are.
                if control.isEditable() and data is None and typed and typed != control.itemText(control.currentIndex()):
                    data = typed
                if data is not None:
                    out[spec.name] = data
        return out

    def control(self, name: str) -> QWidget | None:
        return self.controls.get(name)


