"""The first window shows the Connect step without the later steps' libraries; the rest is built after."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from csod_desktop.ui.main_window import CONNECT, RUN, STEP_NAMES

pytestmark = pytest.mark.gui

#: What the Connect step does not need (issue 15): none of it may be imported before the first paint.
NOT_BEFORE_FIRST_PAINT = (
    "polars", "openpyxl", "duckdb", "rapidfuzz", "isal", "httpx", "keyring",
    "csod_desktop.core.reading", "csod_desktop.core.validation", "csod_desktop.core.mapping",
    "csod_desktop.services.plan", "csod_desktop.api",
)

# The composition root as app.run() uses it, in a fresh process; the window reports what was imported
# when it first painted and again when the idle-time build of the other steps is over.
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from csod_desktop import app

WATCHED = json.loads(sys.argv[1])
qapp = app.ensure_application()
services = app.build_services()
window = app.build_window(services)
seen = {}

def imported():
    return sorted(name for name in WATCHED if name in sys.modules)

def on_first_painted():
    seen["first_paint"] = {"imported": imported(), "built": [window.is_built(s) for s in range(%(steps)d)]}

def on_idle_build_done():
    seen["idle_done"] = {"imported": imported(), "built": [window.is_built(s) for s in range(%(steps)d)],
                         "active": QApplication.activeWindow() is window}
    qapp.quit()

window.first_painted.connect(on_first_painted)
window.idle_build_done.connect(on_idle_build_done)
window.show()
QTimer.singleShot(90_000, qapp.quit)  # never hang the suite
qapp.exec()
services.close()
print(json.dumps(seen))
""" % {"steps": len(STEP_NAMES)}


def test_connect_step_paints_before_the_later_steps_libraries_are_imported(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CSOD_DESKTOP_HOME": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # never the real keyring
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(NOT_BEFORE_FIRST_PAINT)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])

    first = seen["first_paint"]
    assert first["imported"] == [], f"imported before the first paint: {first['imported']}"
    assert first["built"] == [step == CONNECT for step in range(len(STEP_NAMES))]

    # After the first paint every step is built, with what it needs (so the probe above can see imports),
    # and building them opened no window of its own (the main window stays the active one).
    idle = seen["idle_done"]
    assert all(idle["built"])
    assert {"polars", "rapidfuzz", "csod_desktop.services.plan", "keyring"} <= set(idle["imported"])
    assert idle["active"]


def test_a_state_change_builds_the_pages_not_built_yet(qtbot, make_window):
    """A page built after the connection opened would never hear of it: the pages are built first."""
    window = make_window()
    assert not window.is_built(RUN)  # the event loop has not run: nothing after Connect is built yet
    seen = []
    window.state.connection_changed.connect(lambda: seen.append(window.is_built(RUN)))
    window.state.set_connection(None, None)
    assert seen == [True] and all(window.is_built(step) for step in range(len(STEP_NAMES)))


def test_the_window_starts_its_pages_once_the_keyring_answered(qtbot, make_window, no_keyring):
    window = make_window()
    page = window.connect_page
    assert not page.remember_check.isEnabled()  # asked after the first paint, not before
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    assert not page.remember_check.isEnabled()
    assert "no keyring" in page.remember_check.toolTip()
