"""The window's size on small and scaled screens, its look kept out of the OS dialogs, readable lists."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from csod_desktop.ui.clipping import clipped_texts
from csod_desktop.ui.contrast import contrast_ratio
from csod_desktop.ui.window_size import FRAME_ROOM, MINIMUM_SIZE, PREFERRED_SIZE

pytestmark = pytest.mark.gui

# A window on an offscreen screen of the given physical size and scaling (issue 14's screens), and one
# restored from the geometry of a big window saved on a bigger screen; both report what they got.
CHILD = """
import json
from csod_desktop import app

qapp = app.ensure_application()
services = app.build_services()
screen = qapp.primaryScreen().availableGeometry()
window = app.build_window(services)
window.show()
qapp.processEvents()
big = app.build_window(services)
big.setMinimumSize(0, 0)
big.resize(1400, 1000)
saved = big.saveGeometry()
restored = app.build_window(services)
restored.fit_to_screen(restore=saved)
restored.show()
qapp.processEvents()
rect = lambda r: [r.x(), r.y(), r.width(), r.height()]
print(json.dumps({"available": rect(screen), "minimum": list(window.minimumSize().toTuple()),
                  "frame": rect(window.frameGeometry()), "size": list(window.size().toTuple()),
                  "restored_frame": rect(restored.frameGeometry()), "restored_size": list(restored.size().toTuple())}))
for w in (window, big, restored):
    w.close()
services.close()
"""


def _open_on(tmp_path, screen: str, scale: str) -> dict:
    width, height = (int(n) for n in screen.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "CSOD_DESKTOP_HOME": str(tmp_path / "home"), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(outer: list[int], inner: list[int]) -> bool:
    ox, oy, ow, oh = outer
    x, y, w, h = inner
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(("screen", "scale", "logical"), [
    ("1366x768", "1.25", (1093, 614)),  # a small laptop at 125 %
    ("1440x900", "1.5", (960, 600)),  # the desktop of issue 14 at 150 %
])
def test_minimum_and_first_size_fit_a_small_scaled_screen(tmp_path, screen, scale, logical):
    seen = _open_on(tmp_path, screen, scale)
    available = seen["available"]
    assert tuple(available[2:]) == logical
    room = (logical[0] - FRAME_ROOM.width(), logical[1] - FRAME_ROOM.height())  # a title bar and borders
    assert seen["minimum"][0] <= room[0] and seen["minimum"][1] <= room[1]
    assert tuple(seen["minimum"]) == MINIMUM_SIZE.toTuple()  # the minimum itself fits, not a shrunken one
    assert seen["size"][0] <= room[0] and seen["size"][1] <= room[1]
    assert _inside(available, seen["frame"]), seen
    # A geometry saved on a bigger screen opens fitted to this one, on it.
    assert seen["restored_size"][0] <= room[0] and seen["restored_size"][1] <= room[1]
    assert _inside(available, seen["restored_frame"]), seen


def test_the_first_window_has_its_preferred_size_where_the_screen_has_room(tmp_path):
    seen = _open_on(tmp_path, "1440x900", "1")
    assert tuple(seen["size"]) == PREFERRED_SIZE.toTuple()
    assert _inside(seen["available"], seen["frame"])


def test_the_os_file_dialog_keeps_its_own_look(qtbot, make_window, tmp_path, qapp):
    """Qt's own file dialog (where the desktop offers no native one) opened on the window: the app's
    stylesheet reaches neither its sidebar (once navy with dark text) nor its buttons."""
    window = make_window()
    dialog = QFileDialog(window, "Choose the data file", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.resize(700, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    sidebar = dialog.findChild(QListView, "sidebar")
    buttons = dialog.findChild(QWidget, "buttonBox")

    def grabs():
        qapp.processEvents()
        return sidebar.grab().toImage(), buttons.grab().toImage()

    styled = grabs()
    image = styled[0]
    navy = [(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
            if image.pixelColor(x, y).name() == "#15284b"]
    assert not navy  # the steps panel's colour
    central = window.centralWidget()
    app_sheet, window_sheet = qapp.styleSheet(), central.styleSheet()
    qapp.setStyleSheet("")
    central.setStyleSheet("")
    try:
        plain = grabs()
    finally:
        qapp.setStyleSheet(app_sheet)
        central.setStyleSheet(window_sheet)
    assert styled == plain  # the same pixels with no stylesheet anywhere
    dialog.close()


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (4.5 is the minimum for body text)."""
    return contrast_ratio((a.red(), a.green(), a.blue(), 1.0), (b.red(), b.green(), b.blue(), 1.0))


def test_the_highlighted_item_of_every_drop_down_is_readable(qtbot, make_window):
    window = make_window()
    window.build_all_pages()
    combos = [c for page in window.pages for c in page.findChildren(QComboBox)]
    assert len(combos) >= 5
    for combo in combos:
        view = combo.view()
        view.ensurePolished()  # what opening the list does first: the stylesheet sets its palette
        palette = view.palette()
        ratio = _contrast(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.HighlightedText))
        assert ratio >= 4.5, f"{combo.objectName() or combo.currentText()}: contrast {ratio:.1f}"


def test_every_column_header_elides_its_text(qtbot, make_window):
    window = make_window()
    window.build_all_pages()
    headers = [h for page in window.pages for h in page.findChildren(QHeaderView)]
    assert len(headers) >= 8
    for header in headers:
        header.ensurePolished()
        assert header.textElideMode() == Qt.TextElideMode.ElideRight, header.parentWidget().objectName()


def test_the_clipping_audit_finds_text_without_room(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    narrow = QPushButton("Exclude all with errors")
    narrow.setFixedWidth(40)
    short = QLabel("A wrapped sentence that needs several lines at this width, more than it gets here.")
    short.setWordWrap(True)
    short.setFixedSize(120, 16)
    fine = QPushButton("OK")
    for widget in (narrow, short, fine):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_texts(root)
    assert len(found) == 2
    assert "'Exclude all with errors' is 40 px wide" in found[0]
    assert "its wrapped text needs" in found[1]
    narrow.setMinimumWidth(0)
    narrow.setMaximumWidth(10_000)
    short.setMinimumSize(0, 0)
    short.setMaximumSize(10_000, 10_000)
    root.resize(400, 300)
    qtbot.wait(20)
    assert clipped_texts(root) == []


@pytest.mark.parametrize(("available", "expected"), [
    ((0, 0, 1920, 1040), (1180, 780)),  # room for the preferred size
    ((0, 0, 1093, 614), (1077, 574)),  # 1366x768 at 125 %
    ((0, 0, 960, 552), (944, 512)),  # 1440x900 at 150 % with a 48-pixel taskbar
    ((0, 0, 853, 440), (837, 400)),  # 1280x720 at 150 %, smaller than the minimum: the screen wins
])
def test_the_first_geometry_fits_the_available_screen(available, expected):
    from PySide6.QtCore import QRect

    from csod_desktop.ui import window_size

    area = QRect(*available)
    first = window_size.first_geometry(area)
    assert first.size().toTuple() == expected
    assert window_size.fits(first.size(), area) and window_size.fits(window_size.minimum_size(area), area)
    frame = first.adjusted(0, 0, FRAME_ROOM.width(), FRAME_ROOM.height())
    assert area.contains(frame)  # centred, with its title bar and borders, on the screen
