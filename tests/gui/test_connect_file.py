"""Profiles (add, edit, remove, keyring), keyboard navigation, and the File step's reading options."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt

from csod_desktop.api import RetryPolicy
from csod_desktop.ui.main_window import CONNECT, FILE, LOAD_TYPE
from gui_helpers import SAMPLES, choose_load_type, connect_sandbox

pytestmark = pytest.mark.gui

FAST = {"context_options": {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)}}


def test_profiles_are_added_edited_and_removed_with_their_secret(qtbot, make_window, memory_keyring):
    window = make_window()
    page = window.connect_page
    page.new_profile()
    page.name_edit.setText("Acme production")
    page.portal_edit.setText("acme")
    page.env_combo.setCurrentText("stage")
    page.client_edit.setText("client-1")
    page.secret_edit.setText("s3cret")
    page.remember_check.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = window.services.profiles.get("Acme production")
    assert saved.root_url == "https://acme-stg.csod.com" and saved.environment == "stage"
    assert keyring.get_password("csod-desktop", "Acme production:client-1") == "s3cret"
    assert "s3cret" not in saved.to_dict().values()
    assert page.profile_list.count() == 1
    # The typed secret stays in its (masked) field for the session; the keyring holds the saved copy.
    assert page.secret_edit.text() == "s3cret" and page.secret_edit.echoMode() == page.secret_edit.EchoMode.Password
    assert "keyring" in page.secret_edit.placeholderText()

    # Edit: rename and switch to an explicit root URL (a -pil host), which greys out portal and env.
    page.name_edit.setText("Acme pilot")
    page.root_edit.setText("https://acme-pil.csod.com")
    assert not page.portal_edit.isEnabled() and not page.env_combo.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.services.profiles.names() == ["Acme pilot"]
    assert window.services.profiles.get("Acme pilot").root_url == "https://acme-pil.csod.com"
    # The remembered secret follows the rename; nothing is left under the old name.
    assert keyring.get_password("csod-desktop", "Acme pilot:client-1") == "s3cret"
    assert keyring.get_password("csod-desktop", "Acme production:client-1") is None

    # A wrong address is refused with a sentence before anything is saved.
    page.root_edit.setText("http://acme.example.com")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "http" in window.message_area.text().lower()
    assert window.services.profiles.get("Acme pilot").root_url == "https://acme-pil.csod.com"

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert window.services.profiles.names() == []
    assert memory_keyring.passwords == {}
    assert page.profile_list.count() == 0


def test_without_a_keyring_remember_is_disabled_and_says_why(qtbot, make_window, no_keyring):
    window = make_window()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)  # the keyring is asked after the first paint
    assert not window.connect_page.remember_check.isEnabled()
    assert "keyring" in window.connect_page.remember_check.toolTip()


def test_keyboard_moves_between_reachable_steps_only(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == CONNECT  # nothing to choose before connecting
    connect_sandbox(qtbot, window, sandbox.root_url)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == LOAD_TYPE
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == LOAD_TYPE  # no schema yet
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == CONNECT
    assert window.steps.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert window.file_page.drop_zone.focusPolicy() == Qt.FocusPolicy.StrongFocus


def _to_file_step(qtbot, window, root_url):
    connect_sandbox(qtbot, window, root_url)
    choose_load_type(qtbot, window)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE, timeout=20_000)
    return window.file_page


def test_excel_sheet_and_header_row_are_offered(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = _to_file_step(qtbot, window, sandbox.root_url)
    page.open_file(SAMPLES / "employees.xlsx")
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    source = window.state.source
    assert source.format == "xlsx"
    assert page.sheet_combo.isEnabled() and page.sheet_combo.count() == len(source.sheet_names) >= 1
    assert not page.delimiter_combo.isEnabled()
    assert f"sheet {source.sheet}" in page.summary.text()
    records = page.n_records

    # Header on the second row: the first data row becomes the header, one record fewer.
    page.header_spin.setValue(2)
    page.header_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: window.state.source.header_row == 1 and not window.pool.busy, timeout=20_000)
    assert page.n_records == records - 1


def test_detected_encoding_is_shown_and_can_be_changed(qtbot, make_window, sandbox):
    window = make_window(**FAST)
    page = _to_file_step(qtbot, window, sandbox.root_url)
    path = SAMPLES / "employees_fr_cp1252.csv"
    page.open_file(path)
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    detected = window.state.source.encoding
    assert detected and detected.lower() != "utf-8"
    assert page.encoding_combo.currentText() == detected
    assert window.state.source.delimiter == ";" and page.delimiter_combo.currentData() == ";"
    text = "\n".join(str(v) for v in window.state.source.frame.row(0))
    assert "\ufffd" not in text

    # Forcing the comma: the file no longer reads, and the message says which line and why.
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    page.reread()
    qtbot.waitUntil(lambda: not window.pool.busy and "could not be read" in page.summary.text(), timeout=20_000)
    assert "Line 2" in window.message_area.text()
    page.delimiter_combo.setCurrentIndex(0)
    page.reread()
    qtbot.waitUntil(lambda: window.state.source.delimiter == ";" and not window.pool.busy, timeout=20_000)


def test_the_advanced_section_keeps_a_proxy_with_its_password_in_the_keyring(qtbot, make_window):
    from PySide6.QtCore import Qt

    from csod_desktop.store.profiles import ProfileStore
    from csod_desktop.store.secrets import SecretStore

    window = make_window()
    page = window.connect_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, "Acme behind the proxy")
    qtbot.keyClicks(page.portal_edit, "acme")
    qtbot.keyClicks(page.client_edit, "acme-client")
    qtbot.mouseClick(page.advanced.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.proxy_edit, "proxy.acme.local:8080")
    qtbot.keyClicks(page.proxy_user_edit, "hr-proxy")
    qtbot.keyClicks(page.proxy_password_edit, "proxy-pw-1")
    assert page.save_profile() is not None
    saved = ProfileStore().get("Acme behind the proxy")
    assert (saved.proxy, saved.proxy_user) == ("http://proxy.acme.local:8080", "hr-proxy")
    assert SecretStore().proxy_password(saved) == "proxy-pw-1"
    assert "proxy-pw-1" not in ProfileStore().path.read_text(encoding="utf-8")
    # Shown again as saved; a proxy with credentials in its address is refused with a sentence.
    page.reload_profiles(select=saved.name)
    assert page.proxy_edit.text() == "http://proxy.acme.local:8080" and page.proxy_password_edit.text() == ""
    assert "saved in the keyring" in page.proxy_password_edit.placeholderText()
    page.proxy_edit.setText("http://hr:pw@proxy.acme.local:8080")
    assert page.save_profile() is None
    assert "must not contain a user name or password" in window.message_area.text()


def test_a_call_waiting_for_the_portals_rate_limit_says_so_in_the_window(qtbot, make_window, sandbox):
    import threading

    from csod_desktop.api import RateWait
    from gui_helpers import connect_sandbox

    window = make_window()
    connect_sandbox(qtbot, window, sandbox.root_url)
    governor = window.state.context.client.governor
    # Calls wait in worker threads: the sentence crosses to the GUI thread through the message bridge.
    worker = threading.Thread(target=governor.announce, args=(RateWait("shared", 34.4),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: window.message_area.text() == "Waiting 34 s for the portal's rate limit.", timeout=5_000)
