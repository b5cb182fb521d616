"""The journal's schema, one migration per version (``PRAGMA user_version``); each runs in one transaction.

Never edit a released migration: add the next one. ``MIGRATIONS[n]`` takes the schema from n-1 to n.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _v1(conn: sqlite3.Connection) -> None:
    """Jobs, imports and status snapshots."""
    conn.execute(
        """CREATE TABLE jobs (
            id            INTEGER PRIMARY KEY,
            profile       TEXT NOT NULL,
            root_url      TEXT NOT NULL,
            job_id        TEXT,
            label         TEXT,
            callback_url  TEXT,
            state         TEXT NOT NULL,
            message       TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            finished_at   TEXT
        )"""
    )
    conn.execute("CREATE INDEX jobs_job_id ON jobs(job_id)")
    conn.execute("CREATE INDEX jobs_state ON jobs(state)")
    conn.execute(
        """CREATE TABLE imports (
            id              INTEGER PRIMARY KEY,
            job_ref         INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            import_id       TEXT,
            load_type       TEXT NOT NULL,
            type_id         TEXT,
            label           TEXT,
            settings        TEXT,
            mapping         TEXT,
            source_name     TEXT,
            source_sha256   TEXT,
            record_count    INTEGER,
            payload_path    TEXT,
            payload_sha256  TEXT,
            payload_size    INTEGER,
            content_type    TEXT,
            content_encoding TEXT,
            post_state      TEXT NOT NULL,
            posted_at       TEXT,
            status          TEXT,
            total_records   INTEGER,
            successful_records INTEGER,
            successful_records_with_warnings INTEGER,
            error_records   INTEGER,
            error_status    TEXT,
            created_at      TEXT NOT NULL,
            finished_at     TEXT,
            UNIQUE (job_ref, position)
        )"""
    )
    conn.execute("CREATE INDEX imports_import_id ON imports(import_id)")
    conn.execute(
        """CREATE TABLE snapshots (
            id        INTEGER PRIMARY KEY,
            job_ref   INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            taken_at  TEXT NOT NULL,
            raw       TEXT
        )"""
    )
    conn.execute("CREATE INDEX snapshots_job ON snapshots(job_ref)")


def _v2(conn: sqlite3.Connection) -> None:
    """The report ledger and cache, the 30-day purge mark, and app-wide settings (the ledger's cap)."""
    conn.execute("ALTER TABLE imports ADD COLUMN purged_at TEXT")
    conn.execute(
        """CREATE TABLE report_requests (
            id           INTEGER PRIMARY KEY,
            import_id    TEXT NOT NULL,
            variant      TEXT NOT NULL,
            state        TEXT NOT NULL,   -- requested | confirmed | failed | exhausted
            counted      INTEGER NOT NULL DEFAULT 1,
            http_status  INTEGER,
            requested_at TEXT NOT NULL,
            settled_at   TEXT,
            note         TEXT
        )"""
    )
    conn.execute("CREATE INDEX report_requests_import ON report_requests(import_id)")
    conn.execute(
        """CREATE TABLE reports (
            import_id     TEXT PRIMARY KEY,
            path          TEXT,
            sha256        TEXT,
            size          INTEGER,
            rows          INTEGER,
            downloaded_at TEXT NOT NULL,
            purged_at     TEXT
        )"""
    )
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v3(conn: sqlite3.Connection) -> None:
    """Where the source file was, so a job reopened from the history can join its report to that file."""
    conn.execute("ALTER TABLE imports ADD COLUMN source_path TEXT")


def _v4(conn: sqlite3.Connection) -> None:
    """Snapshots of the portal's own employees and OUs (store.portal_snapshots), the latest per portal."""
    conn.execute(
        """CREATE TABLE portal_snapshots (
            root_url   TEXT PRIMARY KEY,
            taken_at   TEXT NOT NULL,
            employees  INTEGER,          -- how many, NULL when they could not be read
            ous        INTEGER,
            doc        BLOB NOT NULL     -- zlib-compressed JSON of core.portal.PortalSnapshot
        )"""
    )


def _v5(conn: sqlite3.Connection) -> None:
    """Which process drives a job (one driver per job), and whether each import's report was saved."""
    conn.execute(
        """CREATE TABLE job_claims (
            job_ref       INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
            token         TEXT NOT NULL,    -- fences the data POST: only the holder may mark an import sending
            pid           INTEGER NOT NULL,
            host          TEXT NOT NULL,
            process_start TEXT,             -- the process's start time where the OS tells it (a reused pid differs)
            claimed_at    TEXT NOT NULL,
            heartbeat_at  TEXT NOT NULL
        )"""
    )
    # not_needed | pending | saved | not_ready | failed | capped | exhausted | expired (store.records, REPORT_*)
    conn.execute("ALTER TABLE imports ADD COLUMN report_state TEXT")
    conn.execute("ALTER TABLE imports ADD COLUMN report_note TEXT")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5}
SCHEMA_VERSION = max(MIGRATIONS)
