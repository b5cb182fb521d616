"""The job settings form: documented defaults, and ReconcileUsers guarded by typing the portal name."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from csod_desktop.ui.settings_form import ReconcileDialog, SettingsForm, portal_word, settings_specs

pytestmark = pytest.mark.gui


def specification() -> dict:
    return json.loads(resources.files("csod_desktop.sandbox").joinpath("data/specification.json").read_text())


def form_for(qtbot, load_type: str, portal: str = "acme") -> SettingsForm:
    form = SettingsForm()
    qtbot.addWidget(form)
    form.set_specs(settings_specs(specification(), load_type), portal)
    form.show()
    return form


def answer_dialog(qtbot, typed: str, accept: bool, seen: list) -> None:
    """Answer the modal ReconcileDialog once it is open (it runs its own event loop)."""

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReconcileDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.isModal())
        seen.append("is deactivated" in dialog.layout().itemAt(0).widget().text())
        qtbot.keyClicks(dialog.confirm_edit, "wrong")
        seen.append(dialog.ok_button.isEnabled())
        dialog.confirm_edit.clear()
        qtbot.keyClicks(dialog.confirm_edit, typed)
        seen.append(dialog.ok_button.isEnabled())
        if accept and dialog.ok_button.isEnabled():
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    QTimer.singleShot(0, act)


def test_employee_settings_show_documented_defaults_and_reconcile_is_off(qtbot):
    form = form_for(qtbot, "chr.employee")
    values = form.values()
    assert values == {"LoadPrimaryKey": 0, "ReconcileUsers": False}  # nothing undocumented is sent
    notes = " ".join(label.text() for label in form.findChildren(QLabel, "settingNote"))
    assert "every employee in the portal who is not in this file" in notes
    assert "Documented default: off." in notes and "Documented default: User ID (0)." in notes
    assert "No documented default" in notes
    assert "ReconcileUsers" in form.controls and "AllowInactiveOuAndUser" not in form.controls


def test_ou_loads_get_their_own_settings(qtbot):
    form = form_for(qtbot, "ou.division")
    assert "AllowInactiveOuAndUser" in form.controls
    assert "ReconcileUsers" not in form.controls


def test_turning_reconcile_on_requires_typing_the_portal_name(qtbot):
    form = form_for(qtbot, "chr.employee", portal="acme")
    box = form.control("ReconcileUsers")
    seen: list = []
    answer_dialog(qtbot, "acme", True, seen)
    box.setChecked(True)
    assert seen == [True, True, False, True]  # explains deactivation; OK only with the exact name
    assert box.isChecked()
    assert form.values()["ReconcileUsers"] is True


def test_cancelling_the_confirmation_leaves_reconcile_off(qtbot):
    form = form_for(qtbot, "chr.employee", portal="acme")
    box = form.control("ReconcileUsers")
    seen: list = []
    answer_dialog(qtbot, "acm", True, seen)  # one letter short: OK stays disabled, the dialog is cancelled
    box.setChecked(True)
    assert seen[-1] is False
    assert not box.isChecked()
    assert form.values()["ReconcileUsers"] is False


def test_portal_word_prefers_the_portal_name():
    class P:
        portal, is_sandbox, root_url = "acme", False, "https://acme.csod.com"

    class S:
        portal, is_sandbox, root_url = None, True, "http://127.0.0.1:5000"

    assert portal_word(P()) == "acme"
    assert portal_word(S()) == "sandbox"
