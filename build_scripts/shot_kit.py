"""What the screenshot scripts share: an isolated home, an in-memory keyring, offscreen Qt, pump and shot."""

from __future__ import annotations

import argparse
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
        self.pump(lambda: True)
        path = self.args.out / f"{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)


def start(description: str, argv: Sequence[str] | None, *, timeout: float) -> Kit:
    """Parse --out/--scale and isolate the run: offscreen Qt, a temp home, never the real keyring."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 1.5 to check high-DPI rendering")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    home = tempfile.mkdtemp(prefix="csod-shots-")
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


def open_connected_window(app, server):
    """The main window at 1280×820 with a new "Acme sandbox" profile filled in for ``server`` (not yet tested)."""
    window = app.build_window()
    window.resize(1280, 820)
    window.show()
    page = window.connect_page
    page.new_profile()
    page.name_edit.setText("Acme sandbox")
    page.root_edit.setText(server.root_url)
    page.client_edit.setText("demo-client")
    page.secret_edit.setText("demo-secret")
    return window
