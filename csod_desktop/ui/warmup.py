"""What the first paint does not wait for, done in a thread after it: the keyring's back end, the later steps' imports."""

from __future__ import annotations

import importlib
import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

#: The Qt-free layers the later pages import (polars, the readers, validation, rapidfuzz, isal, httpx),
#: so that building those pages later costs only their widgets. Qt-free only: Qt classes are made in
#: the GUI thread. Our import graph has no circles (``shared/hooks/import_cycles.py``), so this thread
#: and the GUI thread importing at the same time cannot each wait for a module the other holds.
WARM_MODULES: tuple[str, ...] = (
    "csod_desktop.services.plan",
    "csod_desktop.services.context",
    "csod_desktop.services.history",
    "csod_desktop.services.resume",
)


class WarmUp:
    """One thread: ask ``services`` whether the keyring works (finding the OS back end takes a tenth of a
    second), say so through ``keyring_found``, then import ``modules``. No widget is touched."""

    def __init__(self, services: Any, modules: tuple[str, ...] = WARM_MODULES) -> None:
        self.services = services
        self.modules = modules
        self.keyring_found = threading.Event()
        self._thread = threading.Thread(target=self._run, name="csod-warm-up", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.services.keyring_available()
        except Exception:  # noqa: BLE001 - the Connect page asks again and says what is wrong
            log.warning("the keyring could not be asked ahead of the Connect page", exc_info=True)
        finally:
            self.keyring_found.set()
        for name in self.modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the page that needs it raises the same error in the GUI thread
                log.warning("could not import %s ahead of its page", name, exc_info=True)
