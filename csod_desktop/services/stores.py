"""The stores of one process (profiles, secrets, journal and ledger, templates, cache), handed down as one.

The composition roots open them once, ``csod_desktop.app`` for the window and ``csod_desktop.cli.main``
for a command, and pass them to every page, command and context. Nothing below the roots opens a
store of its own, so a test can give the whole app one folder, one clock, one fake keyring.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from csod_desktop.core.templates import TemplateStore
from csod_desktop.store.cache import FileCache
from csod_desktop.store.journal import Journal
from csod_desktop.store.ledger import ReportLedger
from csod_desktop.store.profiles import ProfileStore
from csod_desktop.store.secrets import SecretStore

log = logging.getLogger(__name__)


@dataclass
class Stores:
    """Everything the app keeps on this computer. Close it once, when the process is done with it."""

    profiles: ProfileStore
    secrets: SecretStore
    journal: Journal
    templates: TemplateStore
    cache: FileCache

    @property
    def ledger(self) -> ReportLedger:
        """The report ledger (it lives in the journal's database)."""
        return self.journal.ledger

    def payload_folder(self, label: str) -> Path:
        """A new folder for one import's payload parts, inside the one payload folder the purge empties."""
        return self.cache.payload_folder(label, self.journal.clock())

    def purge(self) -> int:
        """Cornerstone's 30-day retention applied to our copies (``store.retention``); never fails a start.

        Returns the number of imports whose files were removed.
        """
        try:
            purged = self.journal.purge_expired()
        except Exception:  # noqa: BLE001 - a purge that fails must not stop a load; it is tried again next time
            log.warning("The 30-day purge of cached reports and payloads failed.", exc_info=True)
            return 0
        if purged:
            log.info("purged the cached files of %d import(s) past the 30-day retention", purged)
        return purged

    def close(self) -> None:
        self.journal.close()

    def __enter__(self) -> Stores:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
