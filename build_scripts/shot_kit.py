"""What the screenshot scripts share: an isolated home, an in-memory keyring, offscreen Qt, pump and shot.

The offscreen screen has the size given by ``--screen`` (physical pixels, through the offscreen plugin's
configuration file) and the scaling of ``--scale`` (``QT_SCALE_FACTOR``): 1366x768 at 1.25 is the
1093x614 logical screen of a small laptop at 125 %. Every shot of the main window is taken twice: the
window as it renders (``name.png``) and the screen as the administrator would see it (``name.screen.png``:
what lies beyond the screen's edge is cut off there). Each shot is also audited for text without room
(``csod_desktop.ui.clipping``); ``problems.txt`` lists what was found.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Kit:
    """The parsed options, the throw-away home folder, and the helpers that drive and grab the window."""

    args: argparse.Namespace
    home: str
    timeout: float
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def pump(self, done: Callable[[], bool], timeout: float | None = None) -> None:
        """Process Qt events until ``done()`` holds (a TimeoutError after ``timeout`` seconds)."""
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + (self.timeout if timeout is None else timeout)
        while not done():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            QApplication.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            QApplication.processEvents()

    def shot(self, widget, name: str) -> None:
        from PySide6.QtGui import QColor, QPainter, QPixmap

        from csod_desktop.ui.clipping import clipped_texts

        self.pump(lambda: True)
        path = self.args.out / f"{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)
        screen = widget.screen()
        if widget.isWindow() and screen is not None:
            area = screen.availableGeometry()
            canvas = QPixmap(area.size() * screen.devicePixelRatio())
            canvas.setDevicePixelRatio(screen.devicePixelRatio())
            canvas.fill(QColor("#3c3f44"))
            painter = QPainter(canvas)
            painter.drawPixmap(widget.geometry().topLeft() - area.topLeft(), widget.grab())
            painter.end()
            canvas.save(str(self.args.out / f"{name}.screen.png"))
            frame = widget.frameGeometry()
            if not area.contains(frame):
                self.problems.append(f"{name}: the window ({frame.width()}x{frame.height()} at {frame.x()},{frame.y()}) "
                                     f"is larger than the screen's {area.width()}x{area.height()}")
        self.problems += [f"{name}: {clip}" for clip in clipped_texts(widget)]

    def report(self) -> int:
        """Print the files and the problems found (also in ``problems.txt``); 1 when there are problems."""
        for path in self.written:
            print(path)
        text = "\n".join(self.problems)
        (self.args.out / "problems.txt").write_text(text + "\n" if text else "", encoding="utf-8")
        print(text or "no text without room, nothing beyond the screen's edge")
        return 1 if self.problems else 0


def start(description: str, argv: Sequence[str] | None, *, timeout: float) -> Kit:
    """Parse --out/--scale and isolate the run: offscreen Qt, a temp home, never the real keyring."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 1.5 to check high-DPI rendering")
    parser.add_argument("--screen", default="1440x900", help="the offscreen screen in physical pixels, WxH")
    args = parser.parse_args(argv)
    home = tempfile.mkdtemp(prefix="csod-shots-")
    width, height = (int(n) for n in args.screen.lower().split("x"))
    screens = Path(home) / "offscreen-screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["CSOD_DESKTOP_HOME"] = home
    os.environ.pop("CSOD_CLIENT_SECRET", None)
    import keyring
    from keyring.backend import KeyringBackend

    class _Memory(KeyringBackend):  # never write a demo secret into the real keyring
        priority = 1
        store: dict = {}

        def get_password(self, s, u):
            return self.store.get((s, u))

        def set_password(self, s, u, p):
            self.store[(s, u)] = p

        def delete_password(self, s, u):
            self.store.pop((s, u), None)

    keyring.set_keyring(_Memory())
    args.out.mkdir(parents=True, exist_ok=True)
    return Kit(args=args, home=home, timeout=timeout)


def open_connected_window(app, server, client_id: str = "demo-client"):
    """The main window, at the size it opens with on this screen, with a new "Acme sandbox" profile filled
    in for ``server`` (not yet tested). ``client_id`` "bulk-only-client": the sandbox's application without
    employee:read, whose Review checks the file alone."""
    window = app.build_window()
    window.show()
    page = window.connect_page
    page.new_profile()
    page.name_edit.setText("Acme sandbox")
    page.root_edit.setText(server.root_url)
    page.client_edit.setText(client_id)
    page.secret_edit.setText("demo-secret")
    return window
