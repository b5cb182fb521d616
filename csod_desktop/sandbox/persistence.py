"""Where the sandbox keeps its state: SQLite in ``--data-dir`` (survives a restart), or nowhere (in memory).

The backend holds everything in memory and writes through to the store; at start it loads the store's
snapshot when there is one. Documents are JSON in one table per entity, so the schema stays trivial.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csod_desktop import paths

SCHEMA_VERSION = 1
DB_NAME = "sandbox.sqlite3"


@dataclass
class Snapshot:
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    ous: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    jobs: list[dict[str, Any]] = field(default_factory=list)
    imports: list[dict[str, Any]] = field(default_factory=list)
    reports: dict[str, bytes] = field(default_factory=dict)
    payloads: dict[str, bytes] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


class MemoryStore:
    """No persistence: the sandbox forgets everything when it stops."""

    def load(self) -> Snapshot | None:
        return None

    def put_users(self, records: Iterable[dict[str, Any]]) -> None: ...
    def put_ous(self, key: str, records: Iterable[dict[str, Any]]) -> None: ...
    def put_job(self, doc: dict[str, Any]) -> None: ...
    def put_import(self, doc: dict[str, Any]) -> None: ...
    def put_report(self, import_id: str, data: bytes | None) -> None: ...
    def put_payload(self, import_id: str, data: bytes | None) -> None: ...
    def put_meta(self, key: str, value: Any) -> None: ...
    def wipe(self) -> None: ...
    def close(self) -> None: ...


class SqliteStore(MemoryStore):
    """One SQLite file in the data directory; every write is its own small transaction."""

    def __init__(self, directory: Path) -> None:
        paths.private_dir(directory)
        self.path = directory / DB_NAME
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        with self._lock:
            self._db.executescript(
                """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS ous (key TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL,
                                                PRIMARY KEY (key, id));
                CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS imports (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, data BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS payloads (id TEXT PRIMARY KEY, data BLOB NOT NULL);
                """
            )
        for suffix in ("", "-wal", "-shm"):  # SQLite creates them with the umask's modes
            if Path(f"{self.path}{suffix}").exists():
                paths.make_private(Path(f"{self.path}{suffix}"))

    def _write(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(sql, rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def load(self) -> Snapshot | None:
        with self._lock:
            meta = {k: json.loads(v) for k, v in self._db.execute("SELECT key, value FROM meta")}
            if meta.get("schema_version") != SCHEMA_VERSION:
                return None
            snap = Snapshot(meta=meta)
            snap.users = {k: json.loads(v) for k, v in self._db.execute("SELECT id, doc FROM users")}
            for key, ou_id, doc in self._db.execute("SELECT key, id, doc FROM ous"):
                snap.ous.setdefault(key, {})[ou_id] = json.loads(doc)
            snap.jobs = [json.loads(v) for (v,) in self._db.execute("SELECT doc FROM jobs")]
            snap.imports = [json.loads(v) for (v,) in self._db.execute("SELECT doc FROM imports")]
            snap.reports = dict(self._db.execute("SELECT id, data FROM reports"))
            snap.payloads = dict(self._db.execute("SELECT id, data FROM payloads"))
        return snap

    def put_users(self, records: Iterable[dict[str, Any]]) -> None:
        self._write("INSERT OR REPLACE INTO users VALUES (?, ?)",
                    ((r["EmployeeIdentificationData_UserId"], json.dumps(r)) for r in records))

    def put_ous(self, key: str, records: Iterable[dict[str, Any]]) -> None:
        self._write("INSERT OR REPLACE INTO ous VALUES (?, ?, ?)",
                    ((key, r["ouRefId"], json.dumps(r)) for r in records))

    def put_job(self, doc: dict[str, Any]) -> None:
        self._write("INSERT OR REPLACE INTO jobs VALUES (?, ?)", [(doc["job_id"], json.dumps(doc))])

    def put_import(self, doc: dict[str, Any]) -> None:
        self._write("INSERT OR REPLACE INTO imports VALUES (?, ?)", [(doc["import_id"], json.dumps(doc))])

    def put_report(self, import_id: str, data: bytes | None) -> None:
        if data is None:
            self._write("DELETE FROM reports WHERE id = ?", [(import_id,)])
        else:
            self._write("INSERT OR REPLACE INTO reports VALUES (?, ?)", [(import_id, data)])

    def put_payload(self, import_id: str, data: bytes | None) -> None:
        if data is None:
            self._write("DELETE FROM payloads WHERE id = ?", [(import_id,)])
        else:
            self._write("INSERT OR REPLACE INTO payloads VALUES (?, ?)", [(import_id, data)])

    def put_meta(self, key: str, value: Any) -> None:
        self._write("INSERT OR REPLACE INTO meta VALUES (?, ?)", [(key, json.dumps(value))])

    def wipe(self) -> None:
        with self._lock:
            self._db.executescript(
                "BEGIN; DELETE FROM users; DELETE FROM ous; DELETE FROM jobs; DELETE FROM imports;"
                " DELETE FROM reports; DELETE FROM payloads; DELETE FROM meta; COMMIT;"
            )
        self.put_meta("schema_version", SCHEMA_VERSION)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(data_dir: Path | None) -> MemoryStore:
    return SqliteStore(Path(data_dir)) if data_dir else MemoryStore()
