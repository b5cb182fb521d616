"""The throttle budget every process of this user shares: call slots per portal and bucket, in SQLite.

The window, ``load``, ``status``, ``resume``, ``schema``, ``types`` and the self-test each run in their own
process, but Cornerstone counts their calls in one budget per portal environment (bulk-api-facts.md
"Endpoints, scopes and throttles": "Limits are counted separately per environment"). So the slots live
in a small SQLite file beside the journal, and every slot is taken in one short ``BEGIN IMMEDIATE``
transaction: two processes never both see a free slot. This is the storage side of
``csod_desktop.api.ledger.Ledger`` (the governor in ``api`` decides; the layers keep ``store`` and ``api``
apart, so the interface is met by shape, not by import).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from csod_desktop import paths
from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate

BUDGET_FILE = "throttle.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS slots (
    id INTEGER PRIMARY KEY, portal TEXT NOT NULL, bucket TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS slots_by_time ON slots (portal, bucket, at);
CREATE TABLE IF NOT EXISTS holds (
    portal TEXT NOT NULL, bucket TEXT NOT NULL, until REAL NOT NULL, PRIMARY KEY (portal, bucket));
CREATE TABLE IF NOT EXISTS views (
    portal TEXT NOT NULL, bucket TEXT NOT NULL, sent_at REAL NOT NULL, observed_at REAL NOT NULL,
    hourly_limit INTEGER NOT NULL, remaining INTEGER NOT NULL, PRIMARY KEY (portal, bucket));
CREATE TABLE IF NOT EXISTS refusals (portal TEXT NOT NULL, bucket TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS refusals_by_time ON refusals (portal, bucket, at);
"""


class BudgetError(CsodError):
    """The shared throttle budget file cannot be opened or written."""


class _Records:
    """One portal's records inside an open transaction (the methods of ``api.ledger.LedgerTransaction``)."""

    def __init__(self, conn: sqlite3.Connection, portal: str) -> None:
        self._conn = conn
        self._portal = portal

    def _one(self, sql: str, *args: object) -> tuple | None:
        return self._conn.execute(sql, (self._portal, *args)).fetchone()

    def count_after(self, bucket: str, after: float) -> int:
        row = self._one("SELECT count(*) FROM slots WHERE portal = ? AND bucket = ? AND at > ?", bucket, after)
        return int(row[0]) if row else 0

    def nth_after(self, bucket: str, after: float, n: int) -> float:
        row = self._one(
            "SELECT at FROM slots WHERE portal = ? AND bucket = ? AND at > ? ORDER BY at LIMIT 1 OFFSET ?",
            bucket, after, n,
        )
        if row is None:
            raise IndexError(n)
        return float(row[0])

    def latest(self, bucket: str) -> float | None:
        row = self._one("SELECT max(at) FROM slots WHERE portal = ? AND bucket = ?", bucket)
        return None if row is None or row[0] is None else float(row[0])

    def add(self, bucket: str, at: float) -> int:
        cursor = self._conn.execute("INSERT INTO slots (portal, bucket, at) VALUES (?, ?, ?)", (self._portal, bucket, at))
        return int(cursor.lastrowid or 0)

    def restamp(self, slot: int, at: float) -> None:
        self._conn.execute("UPDATE slots SET at = ? WHERE id = ?", (at, slot))

    def hold(self, bucket: str) -> float:
        row = self._one("SELECT until FROM holds WHERE portal = ? AND bucket = ?", bucket)
        return float(row[0]) if row else 0.0

    def set_hold(self, bucket: str, until: float) -> None:
        self._conn.execute(
            "INSERT INTO holds (portal, bucket, until) VALUES (?, ?, ?) "
            "ON CONFLICT (portal, bucket) DO UPDATE SET until = excluded.until",
            (self._portal, bucket, until),
        )

    def view(self, bucket: str) -> tuple[float, float, int, int] | None:
        row = self._one(
            "SELECT sent_at, observed_at, hourly_limit, remaining FROM views WHERE portal = ? AND bucket = ?", bucket
        )
        return None if row is None else (float(row[0]), float(row[1]), int(row[2]), int(row[3]))

    def set_view(self, bucket: str, view: tuple[float, float, int, int]) -> None:
        sent_at, observed_at, limit, remaining = view
        self._conn.execute(
            "INSERT INTO views (portal, bucket, sent_at, observed_at, hourly_limit, remaining) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (portal, bucket) DO UPDATE SET sent_at = excluded.sent_at, "
            "observed_at = excluded.observed_at, hourly_limit = excluded.hourly_limit, remaining = excluded.remaining",
            (self._portal, bucket, sent_at, observed_at, limit, remaining),
        )

    def add_refusal(self, bucket: str, at: float) -> None:
        self._conn.execute("INSERT INTO refusals (portal, bucket, at) VALUES (?, ?, ?)", (self._portal, bucket, at))

    def count_refusals(self, bucket: str, after: float) -> int:
        row = self._one("SELECT count(*) FROM refusals WHERE portal = ? AND bucket = ? AND at > ?", bucket, after)
        return int(row[0]) if row else 0

    def prune(self, before: float) -> None:
        self._conn.execute("DELETE FROM slots WHERE portal = ? AND at < ?", (self._portal, before))
        self._conn.execute("DELETE FROM refusals WHERE portal = ? AND at < ?", (self._portal, before))


class SqliteLedger:
    """The shared budget file (``throttle.sqlite3`` in the data folder). Thread-safe; many processes share it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.data_dir() / BUDGET_FILE
        self._lock = threading.Lock()
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL: a power cut may forget the last slots, which only means a call waits a little less
            # carefully once; it keeps a slot's transaction well under a millisecond.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise BudgetError(
                translate(
                    "errors",
                    "The shared throttle budget could not be opened ({error}): {path}."
                ).format(error=exc, path=self.path),
                hint=translate(
                    "errors",
                    "Check that the app's data folder is writable; another copy of csod-desktop may "
                    "hold it."
                ),
            ) from exc
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").chmod(0o600)
            except OSError:
                pass
        return conn

    @contextmanager
    def transaction(self, portal: str) -> Iterator[_Records]:
        """One all-or-nothing transaction on ``portal``'s records, exclusive across processes."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise BudgetError(
                    translate(
                        "errors",
                        "The shared throttle budget could not be read ({error}): {path}."
                    ).format(error=exc, path=self.path),
                    hint=translate(
                        "errors",
                        "Try again; if it keeps failing, close other copies of csod-desktop."
                    ),
                ) from exc
            try:
                yield _Records(self._conn, portal)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._conn.execute("ROLLBACK")
                raise BudgetError(
                    translate(
                        "errors",
                        "The shared throttle budget could not be written ({error}): {path}."
                    ).format(error=exc, path=self.path),
                    hint=translate(
                        "errors",
                        "Check the free space of the disk that holds the app's data folder."
                    ),
                ) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()
