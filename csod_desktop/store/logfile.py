"""The log file: owner-only, rolled over at a size, a few old files kept."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import IO

from csod_desktop import paths


class PrivateLog(logging.FileHandler):
    """Writes ``path`` until a record would take it to ``max_bytes``, then moves it to ``path.1`` (and
    ``path.1`` to ``path.2``..., the oldest past ``backups`` dropped) and starts a new one.

    The rule of logging.handlers' RotatingFileHandler, without importing that module: its socket, pickle
    and queue imports took a twentieth of the time the first window takes to open (issue 15). Each file,
    the first and each one after a rollover, is owner-only (``paths.private_file``).
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes, self.backups = max_bytes, backups
        super().__init__(path, encoding="utf-8")

    def _open(self) -> IO[str]:
        log = Path(self.baseFilename)
        paths.make_private(log) if log.exists() else paths.private_file(log)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self.doRollover()
        except Exception:  # noqa: BLE001 - logging never raises into the caller
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        return size > 0 and size + len(self.format(record)) + len(self.terminator) >= self.max_bytes

    def doRollover(self) -> None:  # noqa: N802 - RotatingFileHandler's name
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
