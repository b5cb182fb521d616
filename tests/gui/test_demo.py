"""``csod-desktop demo``: a sandbox in the background, its profile selected, the window on Connect."""

from __future__ import annotations

import pytest

from csod_desktop.cli import build_parser, demo_cmd

pytestmark = pytest.mark.gui


def test_without_a_display_the_command_says_so_instead_of_crashing(monkeypatch, capsys):
    monkeypatch.setattr(demo_cmd.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert demo_cmd.open_app(demo=True) == demo_cmd.EXIT_NO_DISPLAY
    err = capsys.readouterr().err
    assert "No display" in err and "QT_QPA_PLATFORM=offscreen" in err


def test_demo_is_a_registered_command():
    args = build_parser().parse_args(["demo"])
    assert callable(args.func)


def test_demo_starts_the_sandbox_and_opens_on_connect_with_its_profile(qtbot, monkeypatch):
    from csod_desktop import app
    from csod_desktop.ui.main_window import CONNECT

    seen = {}

    def fake_run(*, select_profile=None, argv=None, services=None):
        # Instead of the blocking event loop: build the real window as run() does and drive it briefly.
        app.ensure_application()
        window = app.build_window(services)
        qtbot.addWidget(window)
        window.connect_page.reload_profiles(select=select_profile)
        window.show()
        page = window.connect_page
        seen["step"] = window.current_step()
        seen["profile"] = page.current_profile()
        page.test_connection()
        qtbot.waitUntil(lambda: window.state.context is not None, timeout=20_000)
        seen["checks"] = page.check_results()
        window.close()
        qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
        return 0

    monkeypatch.setattr(app, "run", fake_run)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert demo_cmd.open_app(demo=True) == 0
    assert seen["step"] == CONNECT
    assert seen["profile"].is_sandbox and seen["profile"].root_url.startswith("http://127.0.0.1:")
    assert all(ok is not False for _t, ok, _d in seen["checks"])


def test_an_exception_escaping_a_slot_becomes_a_sentence(qtbot, make_window, monkeypatch):
    import sys

    from csod_desktop import app
    from csod_desktop.errors import ConfigError

    window = make_window()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook(window)
    try:
        raise KeyError("profiles")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    text = window.message_area.text()
    assert text == "Something went wrong inside csod-desktop (KeyError)." and "Traceback" not in text
    sys.excepthook(ConfigError, ConfigError("The portal name 'a b' is not valid."), None)
    assert window.message_area.text() == "The portal name 'a b' is not valid."


def test_demo_works_with_proxies_pointing_at_a_closed_port(qtbot, monkeypatch, closed_port):
    """Issue 17: HTTP_PROXY applied to the local sandbox broke the demo unless NO_PROXY was set."""
    from csod_desktop import app
    from csod_desktop.ui.main_window import LOAD_TYPE

    dead = f"http://127.0.0.1:{closed_port}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, dead)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    seen = {}

    def fake_run(*, select_profile=None, argv=None, services=None):
        app.ensure_application()
        window = app.build_window(services)
        qtbot.addWidget(window)
        window.connect_page.reload_profiles(select=select_profile)
        window.show()
        window.connect_page.test_connection()
        qtbot.waitUntil(lambda: window.state.context is not None, timeout=20_000)
        seen["checks"] = window.connect_page.check_results()
        assert window.go_to(LOAD_TYPE)
        page = window.loadtype_page
        qtbot.waitUntil(lambda: page.type_list.count() > 0, timeout=20_000)
        seen["types"] = page.type_list.count()
        window.close()
        qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
        return 0

    monkeypatch.setattr(app, "run", fake_run)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert demo_cmd.open_app(demo=True) == 0
    assert seen["checks"] and all(ok is not False for _t, ok, _d in seen["checks"]), seen["checks"]
    # On plain http (the sandbox on loopback) the TLS line is called "Connection": there is no TLS to check.
    tls = next(detail for title, _ok, detail in seen["checks"] if title.endswith(("Connection", "(TLS)")))
    assert "a loopback address never goes through a proxy" in tls
    assert seen["types"] > 0
