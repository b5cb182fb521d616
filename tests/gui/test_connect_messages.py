"""The Connect step's sentences: a refused port, an unknown host, the local sandbox; the secret and the banner."""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtCore import QPoint, Qt

from csod_desktop.store.profiles import sandbox_profile
from csod_desktop.ui.main_window import CONNECT, RUN
from gui_helpers import connect_sandbox

pytestmark = pytest.mark.gui


def _free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fill(qtbot, page, name: str, root_url: str = "", portal: str = "", secret: str = "s3cret") -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, name)
    if portal:
        qtbot.keyClicks(page.portal_edit, portal)
    if root_url:
        page.root_edit.setText(root_url)
    qtbot.keyClicks(page.client_edit, "client-1")
    qtbot.keyClicks(page.secret_edit, secret)


def _test(qtbot, window) -> float:
    page = window.connect_page
    start = time.perf_counter()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and not window.pool.busy, timeout=30_000)
    return time.perf_counter() - start


def test_a_refused_port_fails_at_once_with_nothing_is_listening(qtbot, make_window):
    window = make_window()
    page = window.connect_page
    root = f"http://127.0.0.1:{_free_port()}"
    _fill(qtbot, page, "Local tool", root_url=root)
    assert page.checks_hint.isVisible()
    seconds = _test(qtbot, window)
    banner = window.message_area.text()
    assert banner == f"The connection test failed: Nothing is listening at {root}."
    assert "Token granted" not in banner and "Check the address and port in the Root URL" in window.message_area._hint.text()
    results = page.check_results()
    assert results[1][0].endswith("Connection") and results[1][1] is False
    # The token request (which retries for seconds) was never made: it is skipped, not failed.
    assert results[2][0].endswith("Token granted") and results[2][1] is None
    assert seconds < 2.0, f"the refused port took {seconds:.1f} s to fail"
    # The hint to press the button is gone once the checks are there; the typed secret is kept.
    assert not page.checks_hint.isVisible()
    assert page.secret_edit.text() == "s3cret"


def test_an_unknown_host_says_the_name_could_not_be_found(qtbot, make_window, monkeypatch):
    window = make_window()
    page = window.connect_page
    _fill(qtbot, page, "Typo", root_url="https://acme-nowhere.invalid")
    _test(qtbot, window)
    assert window.message_area.text() == "The connection test failed: The host name acme-nowhere.invalid could not be found."
    hint = window.message_area._hint.text()
    # Portal name and Environment are greyed out when a Root URL is given: the hint points at what was used.
    assert "Root URL" in hint and "portal name" not in hint.lower() and "gaierror" not in window.message_area.text()
    assert not page.portal_edit.isEnabled()

    # Built from a portal name, the hint names those fields instead. (``.invalid`` never resolves; a
    # csod.com name might on a machine that is online, so the resolver answers here as it would for a typo.)
    from csod_desktop.services import connection

    real = connection.socket.getaddrinfo

    def resolver(host, *args, **kwargs):
        if host.endswith(".csod.com"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(connection.socket, "getaddrinfo", resolver)
    _fill(qtbot, page, "Typo 2", portal="acme-nowhere-zz")
    _test(qtbot, window)
    assert "acme-nowhere-zz.csod.com could not be found" in window.message_area.text()
    assert "portal name and environment" in window.message_area._hint.text()


def test_only_the_apps_own_sandbox_is_the_local_sandbox(qtbot, make_window, sandbox, memory_keyring):
    window = make_window()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)  # the keyring is asked after the first paint
    page = window.connect_page
    # A loopback address typed in the form is a portal like another: its secret is asked for and kept.
    _fill(qtbot, page, "Local tool", root_url=f"http://127.0.0.1:{_free_port()}")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    typed = window.services.profiles.get("Local tool")
    assert not typed.is_sandbox and "sandbox" not in typed.where
    assert page.secret_edit.isEnabled() and page.remember_check.isEnabled()
    assert page.secret_edit.placeholderText() != "not needed for the local sandbox"
    assert page.secret_edit.text() == "s3cret"

    # The sandbox the app started (the demo's profile) is, and stays so through the form's save.
    window.services.profiles.save(sandbox_profile(sandbox.root_url))
    page.reload_profiles(select="Sandbox (demo)")
    assert page.secret_edit.placeholderText() == "not needed for the local sandbox"
    _test(qtbot, window)
    assert window.state.context is not None
    assert window.services.profiles.get("Sandbox (demo)").is_sandbox
    assert window.message_area.text().startswith("Connected to the local sandbox")
    # Going back to the other profile, its typed secret is still there (until the window closes).
    page.reload_profiles(select="Local tool")
    assert page.secret_edit.text() == "s3cret"
    page.shutdown()
    assert page.secret_edit.text() == ""


def test_a_banner_moves_nothing_and_stays_with_its_step(qtbot, make_window, sandbox):
    window = make_window()
    page = window.connect_page
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)  # the keyring's answer fills the form first
    where = page.test_button.mapTo(window, QPoint(0, 0))
    assert not window.message_area.isVisible()
    window.bridge.error("A long sentence about something that went wrong on this step.", "And what to do about it.")
    qtbot.wait(50)
    assert window.message_area.isVisible()
    assert page.test_button.mapTo(window, QPoint(0, 0)) == where  # the button did not move under the pointer
    assert window.message_area.geometry().bottom() < page.test_button.mapTo(window.message_area.parentWidget(),
                                                                              QPoint(0, 0)).y()

    # Moving to another step, by any way, takes the message away.
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == RUN and window.message_area.text() == ""
    window.bridge.info("Something about Run.")
    assert window.go_to(CONNECT)
    assert window.message_area.text() == ""

    # A step that finished and moved on keeps its closing sentence on the next one (it says what to do).
    connect_sandbox(qtbot, window, sandbox.root_url)
    window.bridge.success("Closing words of Connect.")
    page.completed.emit()
    assert window.current_step() == CONNECT + 1 and window.message_area.text() == "Closing words of Connect."
