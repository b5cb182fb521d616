"""GUI test fixtures: the real window offscreen, and guards that fail a test leaving a QThread or QTimer running."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def no_dangling_qthreads(qapp):
    """Like napari's fixture: after the test, no QThread created by it may still run."""
    before = {id(t) for t in gc.get_objects() if isinstance(t, QThread)}
    yield
    QApplication.processEvents()
    running = [
        t for t in gc.get_objects()
        if isinstance(t, QThread) and id(t) not in before and t.isRunning()
    ]
    if running:
        for thread in running:
            thread.wait(5000)
        pytest.fail(f"The test left {len(running)} QThread(s) running: {[t.objectName() for t in running]}")


@pytest.fixture(autouse=True)
def no_dangling_qtimers(qapp, monkeypatch):
    """Fail a test that leaves a QTimer it started still active (napari's _dangling_qtimers idea)."""
    started: list[QTimer] = []
    original = QTimer.start

    def tracking_start(self, *args):
        started.append(self)
        return original(self, *args)

    monkeypatch.setattr(QTimer, "start", tracking_start)
    yield
    active = []
    for timer in started:
        try:
            if timer.isActive() and timer.objectName() != "allowed":
                active.append(timer)
        except RuntimeError:  # the C++ timer is already gone: not dangling
            continue
    for timer in active:
        timer.stop()
    if active:
        pytest.fail(f"The test left {len(active)} QTimer(s) running.")


@pytest.fixture
def make_window(qtbot, qapp):
    """Build the real main window (stylesheet and icon included); closes it and joins its workers after."""
    from csod_desktop import app

    windows = []

    def make(**service_overrides):
        app.ensure_application()
        window = app.build_window(app.build_services(**service_overrides))
        # A job a test left running must not hold the teardown on the quit question.
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "ask_before_quitting", False))
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ask_before_quitting = False
        window.close()
        qtbot.waitUntil(lambda w=window: not w.pool.busy, timeout=10_000)
        window.services.close()  # what app.run does when the event loop ends
