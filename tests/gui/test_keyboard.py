"""The keyboard alone: from Connect to Load type with Tab, Shift+Tab and Space, in the reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from csod_desktop.ui.main_window import LOAD_TYPE

pytestmark = pytest.mark.gui


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if callable(getattr(widget, "text", None)) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or text!r}"


def press(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press ``key`` on the widget that has the focus; the next focus stop must be one the user can see
    and use, inside the window."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    focused = QApplication.focusWidget()
    assert focused is not None and window.isAncestorOf(focused), f"the focus left the window: {_describe(focused)}"
    assert focused.isVisible() and focused.isEnabled(), f"the focus is on a hidden or disabled {_describe(focused)}"
    return focused


def tab_to(qtbot, window, target: QWidget, limit: int = 40) -> None:
    """Tab until ``target`` has the focus, every stop on the way checked by ``press``."""
    stops = []
    while QApplication.focusWidget() is not target:
        assert len(stops) < limit, f"Tab never reached {_describe(target)}: {[_describe(w) for w in stops]}"
        stops.append(press(qtbot, window, Qt.Key.Key_Tab))


def focus_cycle(qtbot, window) -> list[QWidget]:
    """Every stop of one full round of Tab, starting from the focused widget."""
    first = QApplication.focusWidget()
    chain = [first]
    while (stop := press(qtbot, window, Qt.Key.Key_Tab)) is not first:
        assert len(chain) < 80, "Tab never came back to where it started"
        chain.append(stop)
    return chain


def test_connect_to_load_type_with_the_keyboard_alone(qtbot, make_window, sandbox):
    window = make_window()
    window.activateWindow()
    # Until the pages are started (after the first paint) the keyring is not asked and "Remember" waits.
    qtbot.waitUntil(lambda: window.is_started and QApplication.focusWidget() is not None, timeout=20_000)
    page = window.connect_page

    # Tab follows the reading order of the Connect step: the steps, the saved profiles, the form from top
    # to bottom, its buttons, the checks, then Back and Next at the bottom of the window.
    chain = focus_cycle(qtbot, window)
    reading = [window.steps, page.profile_list, page.add_button, page.name_edit, page.portal_edit,
               page.env_combo, page.root_edit, page.client_edit, page.secret_edit, page.remember_check,
               page.advanced.button, page.save_button, page.test_button, page.checks]
    missing = [_describe(w) for w in reading if w not in chain]
    assert not missing, f"Tab never stops on {missing}"
    start = chain.index(window.steps)
    order = chain[start:] + chain[:start]
    positions = [order.index(w) for w in reading]
    assert positions == sorted(positions), [_describe(w) for w in order]
    # Shift+Tab goes back the same way.
    tab_to(qtbot, window, page.test_button)
    assert press(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is page.save_button

    # A new profile for the sandbox, typed.
    tab_to(qtbot, window, page.add_button)
    assert press(qtbot, window, Qt.Key.Key_Space) is page.name_edit  # Add puts the cursor in the form
    qtbot.keyClicks(page.name_edit, "Sandbox")
    tab_to(qtbot, window, page.root_edit)
    qtbot.keyClicks(page.root_edit, sandbox.root_url)
    # The root URL replaces the portal name and environment: Tab now skips them.
    assert press(qtbot, window, Qt.Key.Key_Tab) is page.client_edit
    qtbot.keyClicks(page.client_edit, "demo-client")
    assert press(qtbot, window, Qt.Key.Key_Tab) is page.secret_edit
    qtbot.keyClicks(page.secret_edit, "demo-secret")
    tab_to(qtbot, window, page.test_button)
    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.state.context is not None and not window.pool.busy, timeout=20_000)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and focused.isEnabled(), _describe(focused)

    # Connected, Next is a stop too: after the page, at the bottom of the window, where it is read last.
    chain = focus_cycle(qtbot, window)
    start = chain.index(window.steps)
    order = chain[start:] + chain[:start]
    assert order.index(window.next_button) > order.index(page.checks), [_describe(w) for w in order]

    # Next, reached with Tab and pressed with Space, opens the Load type step.
    tab_to(qtbot, window, window.next_button)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    assert window.current_step() == LOAD_TYPE
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and focused.isEnabled(), _describe(focused)
    # A page built after the window (Load type, and every later one) reads before Back and Next too.
    window.build_all_pages()
    qtbot.waitUntil(lambda: window.loadtype_page.type_list.count() > 0, timeout=20_000)
    tab_to(qtbot, window, window.loadtype_page.type_list)
    press(qtbot, window, Qt.Key.Key_Down)  # a type is chosen with the arrow keys
    assert window.loadtype_page.current_offer() is not None
    chain = focus_cycle(qtbot, window)
    start = chain.index(window.steps)
    order = chain[start:] + chain[:start]
    assert window.loadtype_page.type_list in order, [_describe(w) for w in order]
    assert order.index(window.back_button) > order.index(window.loadtype_page.continue_button), \
        [_describe(w) for w in order]  # Next waits for the type's fields (Continue): Back is the bottom's stop
