"""The composition root of the window: opens the stores once, builds the Qt application, the services and the window."""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from csod_desktop import __version__, facts, paths
from csod_desktop.core.templates import TemplateStore
from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate
from csod_desktop.services.stores import Stores
from csod_desktop.store.cache import FileCache
from csod_desktop.store.journal import Journal
from csod_desktop.store.profiles import ProfileStore
from csod_desktop.store.secrets import SecretStore
from csod_desktop.store.throttle_ledger import SqliteLedger
from csod_desktop.ui import language
from csod_desktop.ui.main_window import MainWindow
from csod_desktop.ui.services import UiServices

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@functools.cache
def app_icon() -> QIcon:
    """The app icon at every rendered size (so the taskbar never scales a 16 px image up); made once."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = paths.resource_path("icons", f"csod-desktop-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))  # with its size Qt reads the file only when drawn
    return icon


def stylesheet() -> str:
    """The window's QSS template, with ``@ICONS@`` replaced by the icons folder (QSS ``url()`` paths are not
    file-relative); its ``@colour@`` names are the theme's (``ui.theme.render``). Set on the window's central
    widget, not the application (``MainWindow``)."""
    path = paths.resource_path("styles", "app.qss")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # a damaged install still opens, just unstyled
        log.warning("stylesheet not found at %s", path)
        return ""
    return text.replace("@ICONS@", paths.resource_path("icons").as_posix())


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once with high-DPI rounding that keeps fractional scales (150 %) crisp."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("CSOD Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("csod-desktop")
    app.setDesktopFileName("csod-desktop")
    app.setWindowIcon(app_icon())
    if app.style().name().lower() != "fusion":  # one look on every OS, which the window's stylesheet builds on
        app.setStyle("Fusion")  # (Linux starts with it: setting it again would rebuild the style for nothing)
    return app  # type: ignore[return-value]


def open_stores(*, clock: Callable[[], datetime] | None = None) -> Stores:
    """Every store the window uses, opened once for the session, then the 30-day purge.

    ``clock`` replaces the journal's (tests move it past the retention).
    """
    cache = FileCache()
    journal = Journal(cache=cache) if clock is None else Journal(cache=cache, clock=clock)
    stores = Stores(profiles=ProfileStore(), secrets=SecretStore(), journal=journal, templates=TemplateStore(),
                    cache=cache, throttle=SqliteLedger())
    stores.purge()
    return stores


def build_services(*, stores: Stores | None = None, **overrides: Any) -> UiServices:
    """The stores and factories the window works with (tests override single parts)."""
    return UiServices(stores=stores if stores is not None else open_stores(), **overrides)


def window_settings() -> QSettings:
    """Window geometry and other view preferences, in an INI file in the config folder (never a secret)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def build_window(services: UiServices | None = None, *, remember_geometry: bool = False) -> MainWindow:
    """A ready main window on the Connect step (the QApplication must exist), in the run's language."""
    settings = window_settings() if remember_geometry else None
    language.install_language(language.chosen_language(window_settings()))
    window = MainWindow(services or build_services(), icon=app_icon(), settings=settings, stylesheet=stylesheet())
    keep_collections_short(window)
    return window


def keep_collections_short(window: MainWindow) -> None:
    """Stop full garbage collections from freezing the window.

    A generation-2 collection walks every tracked Python object while holding the GIL: with the objects of
    a long session (and 100,000 problems of a big file) it took ~100 ms, from whichever thread triggered
    it, and the GUI thread waited. What exists now, and what the workers hand over when they go idle, is
    long-lived: ``gc.freeze()`` moves it out of the collector's walks (it is still freed by reference
    counting when dropped; this data holds no cycles).
    """
    gc.freeze()
    window.pool.busy_changed.connect(lambda busy: None if busy else gc.freeze())


def configure_logging() -> None:
    """One rotating log file in the logs folder (what an unexpected error's message points to).

    Only our own sentences and tracebacks of bugs go there; the API layer never logs a secret, a token or
    an Authorization header (INTERFACES.md).
    """
    from csod_desktop.store.logfile import PrivateLog

    root = logging.getLogger()
    if any(getattr(h, "_csod_desktop", False) for h in root.handlers):
        return
    try:
        handler = PrivateLog(paths.log_dir() / "csod-desktop.log", max_bytes=2_000_000, backups=3)
    except OSError:  # a read-only home still gets a working window
        return
    handler._csod_desktop = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(window: MainWindow) -> None:
    """An exception escaping a slot becomes a sentence in the message area, and its traceback goes to the log."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        log.error("unexpected error in the window", exc_info=(exc_type, exc, tb))
        if isinstance(exc, CsodError):
            window.bridge.exception(exc)
        else:
            window.bridge.error(
                translate("app", "Something went wrong inside csod-desktop ({kind}).").format(kind=exc_type.__name__),
                translate("app", "Try again; if it happens again, send the log file from the logs folder to support."),
            )

    sys.excepthook = hook


class FirstExposureProbe(QObject):
    """Writes what the window system showed when the main window was first exposed, then closes the window.

    Started by ``--self-test``'s window check through ``facts.WINDOW_PROBE_ENV``: an exposed window is one the
    display server (X11 through Qt's ``xcb`` plugin, Cocoa, Windows) mapped and asked to paint, so the file
    proves the real window opened. A file, not stdout: the windowed executable has no console on Windows.
    """

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.written = False

    def watch(self) -> None:
        """Watch the shown window's native handle (some platforms expose it inside ``show()`` already)."""
        handle = self.window.windowHandle()
        handle.installEventFilter(self)
        if handle.isExposed():
            self._write()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            self._write()
        return False

    def _write(self) -> None:
        if self.written:
            return
        self.written = True
        size = self.window.size()
        shown = {
            "title": self.window.windowTitle(), "platform": QGuiApplication.platformName(),
            "width": size.width(), "height": size.height(), "pid": os.getpid(),
        }
        partial = self.path.with_name(self.path.name + ".part")
        partial.write_text(json.dumps(shown), encoding="utf-8")
        partial.replace(self.path)  # the self-test never reads half a file
        QTimer.singleShot(0, self.window.close)


def run(*, select_profile: str | None = None, argv: Sequence[str] | None = None,
        services: UiServices | None = None) -> int:
    """Open the window and run the event loop until it closes; returns the exit code."""
    configure_logging()
    app = ensure_application(argv)
    services = services or build_services()
    try:
        window = build_window(services, remember_geometry=True)
        install_excepthook(window)
        if select_profile:
            window.connect_page.reload_profiles(select=select_profile)
        window.show()
        probe_path = os.environ.get(facts.WINDOW_PROBE_ENV)
        if probe_path:
            FirstExposureProbe(window, Path(probe_path)).watch()
        return app.exec()
    finally:
        services.close()
