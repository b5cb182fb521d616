"""The journal's SQLite database: one file, WAL, every change one all-or-nothing transaction, migrations.

``synchronous=FULL`` and ``BEGIN IMMEDIATE`` for every write: a process killed mid-write leaves the
previous state, never half of one. The schema is versioned with ``PRAGMA user_version`` and migrated
forward on open. The journal, the report ledger and the retention purge all work through this class.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from csod_desktop import paths
from csod_desktop.errors import CsodError
from csod_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from csod_desktop.store.records import _iso, utcnow
from csod_desktop.i18n import translate

JOURNAL_FILE = "journal.sqlite3"


class JournalError(CsodError):
    """The journal file cannot be opened or written."""


class Database:
    """The SQLite file. Thread-safe (one connection behind a lock); several processes may share it."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.path = path if path is not None else paths.data_dir() / JOURNAL_FILE
        self.clock = clock
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        paths.private_dir(self.path.parent)
        try:
            conn = sqlite3.connect(
                self.path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a confirmed ledger entry survives a power cut, not only a killed process.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as exc:
            raise JournalError(
                translate(
                    "errors",
                    "The job journal could not be opened ({error}): {path}."
                ).format(error=exc, path=self.path),
                hint=translate(
                    "errors",
                    "Another copy of csod-desktop may be holding it, or the file is damaged."
                ),
            ) from exc
        self._migrate(conn)
        # The data directory is already owner-only; the files are too, WAL and shared-memory files included
        # (they exist once the first transaction has run).
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").chmod(0o600)
            except OSError:
                pass
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                conn.execute("ROLLBACK")
                raise JournalError(
                    translate(
                        "errors",
                        "The job journal was written by a newer csod-desktop (schema {version}, this "
                        "one reads up to {supported})."
                    ).format(version=version, supported=SCHEMA_VERSION),
                    hint=translate(
                        "errors",
                        "Update csod-desktop, or point CSOD_DESKTOP_HOME at another folder."
                    ),
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](conn)
                # user_version is part of the same transaction: a crash mid-migration leaves the old
                # schema and the old version number, and the next start simply runs it again.
                conn.execute(f"PRAGMA user_version={target}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise JournalError(
                translate(
                    "errors",
                    "The job journal could not be prepared ({error}): {path}."
                ).format(error=exc, path=self.path),
                hint=translate(
                    "errors",
                    "The file may be damaged: move it aside and start again (history would be lost)."
                ),
            ) from exc

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def closed(self) -> bool:
        return self._conn is None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write (nested calls join the outer transaction)."""
        with self._lock:
            if self._conn is None:
                raise JournalError(translate("errors", "The job journal is closed."))
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise JournalError(
                    translate("errors", "The job journal is busy or read-only ({error}).").format(error=exc),
                    hint=translate("errors", "Close other copies of csod-desktop and try again."),
                ) from exc
            self._depth = 1
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise _write_error(exc, self.path) from exc
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    def _rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except sqlite3.Error:  # the connection is unusable; SQLite rolls back on the next open anyway
            pass

    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            if self._conn is None:
                raise JournalError(translate("errors", "The job journal is closed."))
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _write_error(exc, self.path) from exc

    def now(self) -> str:
        return _iso(self.clock())  # type: ignore[return-value]


def _write_error(exc: sqlite3.Error, path: Path) -> JournalError:
    return JournalError(
        translate(
            "errors",
            "The job journal could not be read or written ({error}): {path}."
        ).format(error=exc, path=path),
        hint=translate(
            "errors",
            "Check that the disk is not full and that no other program locks the file; nothing was "
            "lost."
        ),
    )
