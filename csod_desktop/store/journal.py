"""The journal: every job and import created and their status snapshots, in the SQLite database.

The file, its transactions and migrations are ``store.database``; downloads are counted by
``store.ledger``; files past the 30-day retention go through ``store.retention``. Nothing secret is
ever stored here.

A job is written BEFORE it is created on the portal (state ``creating``) and each import is marked
``sending`` before its data is posted: after a crash the journal knows what may have reached the portal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from csod_desktop import paths
from csod_desktop.store import retention
from csod_desktop.store.cache import FileCache, sha256_file
from csod_desktop.store.database import JOURNAL_FILE, Database, JournalError
from csod_desktop.store.ledger import ReportLedger
from csod_desktop.store.records import (  # re-exported: callers import them from here
    ABANDONED,
    CREATED,
    CREATING,
    FAILED,
    FINAL_STATUSES,
    FINISHED,
    PENDING,
    RETENTION_DAYS,
    RUNNING,
    SEND_FAILED,
    SENDING,
    SENT,
    UNFINISHED_STATES,
    ImportRecord,
    JobRecord,
    NewImport,
    Snapshot,
    _dt,
    _import_from_row,
    _json,
    _unjson,
    is_final_status,
    utcnow,
)

__all__ = [
    "ABANDONED", "CREATED", "CREATING", "FAILED", "FINAL_STATUSES", "FINISHED", "JOURNAL_FILE", "PENDING",
    "RETENTION_DAYS", "RUNNING", "SEND_FAILED", "SENDING", "SENT", "UNFINISHED_STATES", "ImportRecord",
    "JobRecord", "Journal", "JournalError", "NewImport", "Snapshot", "is_final_status", "utcnow",
]


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


class Journal(Database):
    """Jobs and imports, written before the portal sees them; its report ledger and cache beside it."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        cache: FileCache | None = None,
    ) -> None:
        super().__init__(path, clock=clock)
        self.cache = cache or FileCache()
        self.ledger = ReportLedger(self, self.cache)

    # ---------------------------------------------------------------------------------------- jobs

    def begin_job(
        self,
        profile: str,
        root_url: str,
        label: str,
        imports: Sequence[NewImport],
        *,
        callback_url: str | None = None,
    ) -> JobRecord:
        """Write the job (state ``creating``) before POST /jobs, so a crash during creation is visible."""
        now = self.now()
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO jobs(profile, root_url, label, callback_url, state, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (profile, root_url, label, callback_url, CREATING, now, now),
            )
            job_ref = cur.lastrowid
            for position, imp in enumerate(imports):
                conn.execute(
                    "INSERT INTO imports(job_ref, position, load_type, type_id, label, settings, mapping,"
                    " source_name, source_sha256, record_count, payload_path, payload_sha256, payload_size,"
                    " content_type, content_encoding, post_state, created_at, source_path)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        job_ref, position, imp.load_type, imp.type_id, imp.label or "",
                        _json(dict(imp.settings)), _json(dict(imp.mapping) if imp.mapping else None),
                        imp.source_name, imp.source_sha256, imp.record_count,
                        str(imp.payload_path) if imp.payload_path else None, imp.payload_sha256,
                        imp.payload_size, imp.content_type, imp.content_encoding, PENDING, now,
                        str(imp.source_path) if imp.source_path else None,
                    ),
                )
        return self.job(job_ref)

    def job_created(self, job_ref: int, job_id: str, import_ids: Sequence[str]) -> JobRecord:
        """The portal answered POST /jobs: store its job id and import ids (in the order sent)."""
        now = self.now()
        with self.transaction() as conn:
            refs = [r["id"] for r in conn.execute(
                "SELECT id FROM imports WHERE job_ref=? ORDER BY position", (job_ref,)
            )]
            if len(refs) != len(import_ids):
                raise JournalError(
                    f"The portal returned {len(import_ids)} import ids for a job of {len(refs)} imports."
                )
            conn.execute(
                "UPDATE jobs SET job_id=?, state=?, updated_at=? WHERE id=?", (job_id, CREATED, now, job_ref)
            )
            for ref, import_id in zip(refs, import_ids, strict=True):
                # The creation time that counts for the 30-day retention is the portal's: about now.
                conn.execute("UPDATE imports SET import_id=?, created_at=? WHERE id=?", (import_id, now, ref))
        return self.job(job_ref)

    def job_failed(self, job_ref: int, message: str) -> None:
        """POST /jobs was refused: nothing was created on the portal, nothing to resume."""
        self._set_job_state(job_ref, FAILED, message, finished=True)

    def abandon(self, job_ref: int, message: str = "Given up by the user.") -> None:
        self._set_job_state(job_ref, ABANDONED, message, finished=True)

    def _set_job_state(self, job_ref: int, state: str, message: str | None, *, finished: bool = False) -> None:
        now = self.now()
        with self.transaction() as conn:
            conn.execute(
                "UPDATE jobs SET state=?, message=?, updated_at=?, finished_at=? WHERE id=?",
                (state, message, now, now if finished else None, job_ref),
            )

    def import_sending(self, import_ref: int) -> None:
        """Written just before the data POST: after a crash, the portal may or may not have the data."""
        self._set_post_state(import_ref, SENDING)

    def import_sent(self, import_ref: int) -> None:
        self._set_post_state(import_ref, SENT, posted=True)

    def import_send_failed(self, import_ref: int) -> None:
        self._set_post_state(import_ref, SEND_FAILED)

    def _set_post_state(self, import_ref: int, state: str, *, posted: bool = False) -> None:
        now = self.now()
        with self.transaction() as conn:
            conn.execute(
                "UPDATE imports SET post_state=?, posted_at=COALESCE(?, posted_at) WHERE id=?",
                (state, now if posted else None, import_ref),
            )
            row = conn.execute("SELECT job_ref FROM imports WHERE id=?", (import_ref,)).fetchone()
            if row is None:
                raise JournalError(f"The journal has no import #{import_ref}.")
            pending = conn.execute(
                "SELECT COUNT(*) FROM imports WHERE job_ref=? AND post_state != ?", (row["job_ref"], SENT)
            ).fetchone()[0]
            if pending == 0:
                conn.execute(
                    "UPDATE jobs SET state=?, updated_at=? WHERE id=? AND state IN (?, ?)",
                    (RUNNING, now, row["job_ref"], CREATED, RUNNING),
                )

    def record_status(self, job_ref: int, imports: Sequence[Any], raw: Mapping[str, Any] | None = None) -> JobRecord:
        """Store one status answer: a snapshot, and each import's latest counts (by import id).

        ``imports`` are ``ImportStatus`` objects (api) or dicts with the same names. The job becomes
        ``finished`` when every import has reached a final status.
        """
        now = self.now()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO snapshots(job_ref, taken_at, raw) VALUES (?, ?, ?)",
                (job_ref, now, _json(raw if raw is not None else [_status_dict(s) for s in imports])),
            )
            for item in imports:
                status = _get(item, "status")
                # The API's ImportStatus knows its terminal statuses (``finished``); dicts fall back on ours.
                finished = _get(item, "finished")
                final = bool(finished) if isinstance(finished, bool) else is_final_status(status)
                conn.execute(
                    "UPDATE imports SET status=?, total_records=?, successful_records=?,"
                    " successful_records_with_warnings=?, error_records=?, error_status=?,"
                    " finished_at=CASE WHEN ? THEN COALESCE(finished_at, ?) ELSE finished_at END"
                    " WHERE job_ref=? AND import_id=?",
                    (
                        status, _get(item, "total_records"), _get(item, "successful_records"),
                        _get(item, "successful_records_with_warnings"), _get(item, "error_records"),
                        _get(item, "error_status"), final, now, job_ref, _get(item, "import_id"),
                    ),
                )
            open_count = conn.execute(
                "SELECT COUNT(*) FROM imports WHERE job_ref=? AND finished_at IS NULL", (job_ref,)
            ).fetchone()[0]
            if open_count == 0:
                conn.execute(
                    "UPDATE jobs SET state=?, updated_at=?, finished_at=COALESCE(finished_at, ?) WHERE id=?",
                    (FINISHED, now, now, job_ref),
                )
            else:
                conn.execute("UPDATE jobs SET updated_at=? WHERE id=?", (now, job_ref))
        return self.job(job_ref)

    # -------------------------------------------------------------------------------------- reading

    def job(self, job_ref: int) -> JobRecord:
        rows = self.query("SELECT * FROM jobs WHERE id=?", (job_ref,))
        if not rows:
            raise JournalError(f"The journal has no job #{job_ref}.")
        return self._job_from_row(rows[0])

    def find_job(self, job_id: str) -> JobRecord | None:
        rows = self.query("SELECT * FROM jobs WHERE job_id=? ORDER BY id DESC LIMIT 1", (job_id,))
        return self._job_from_row(rows[0]) if rows else None

    def find_import(self, import_id: str) -> ImportRecord | None:
        rows = self.query("SELECT * FROM imports WHERE import_id=? ORDER BY id DESC LIMIT 1", (import_id,))
        return _import_from_row(rows[0]) if rows else None

    def jobs(
        self,
        *,
        profile: str | None = None,
        root_url: str | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[JobRecord]:
        """Jobs, newest first, for the history view (``search`` matches labels, ids, types and files)."""
        sql = "SELECT DISTINCT jobs.* FROM jobs LEFT JOIN imports ON imports.job_ref = jobs.id WHERE 1=1"
        params: list[Any] = []
        if profile is not None:
            sql += " AND jobs.profile=?"
            params.append(profile)
        if root_url is not None:
            sql += " AND jobs.root_url=?"
            params.append(root_url.rstrip("/"))
        if search:
            like = f"%{search}%"
            sql += (
                " AND (jobs.label LIKE ? OR jobs.job_id LIKE ? OR imports.import_id LIKE ?"
                " OR imports.load_type LIKE ? OR imports.label LIKE ? OR imports.source_name LIKE ?)"
            )
            params += [like] * 6
        sql += " ORDER BY jobs.id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._job_from_row(row) for row in self.query(sql, params)]

    def unfinished_jobs(self, *, profile: str | None = None, root_url: str | None = None) -> list[JobRecord]:
        """Jobs a previous run left open (oldest first): created, maybe posted, result not yet seen."""
        sql = "SELECT * FROM jobs WHERE state IN (?, ?, ?)"
        params: list[Any] = list(UNFINISHED_STATES)
        if profile is not None:
            sql += " AND profile=?"
            params.append(profile)
        if root_url is not None:
            sql += " AND root_url=?"
            params.append(root_url.rstrip("/"))
        return [self._job_from_row(row) for row in self.query(sql + " ORDER BY id", params)]

    def snapshots(self, job_ref: int) -> list[Snapshot]:
        rows = self.query("SELECT * FROM snapshots WHERE job_ref=? ORDER BY id", (job_ref,))
        return [Snapshot(row["job_ref"], _dt(row["taken_at"]), _unjson(row["raw"])) for row in rows]  # type: ignore[arg-type]

    def _job_from_row(self, row: sqlite3.Row) -> JobRecord:
        imports = tuple(
            _import_from_row(r)
            for r in self.query("SELECT * FROM imports WHERE job_ref=? ORDER BY position", (row["id"],))
        )
        return JobRecord(
            ref=row["id"], profile=row["profile"], root_url=row["root_url"], job_id=row["job_id"],
            label=row["label"] or "", callback_url=row["callback_url"], state=row["state"],
            message=row["message"], created_at=_dt(row["created_at"]),  # type: ignore[arg-type]
            updated_at=_dt(row["updated_at"]), finished_at=_dt(row["finished_at"]),  # type: ignore[arg-type]
            imports=imports,
        )

    # ----------------------------------------------------------------------------- payload copies

    def keep_payload_copy(self, source: Path, label: str) -> tuple[Path, str, int]:
        """The payload's private copy a resumed run re-sends: (path, sha256, size).

        A payload the load plan wrote is already in the one payload folder (0600, purged with its
        import): it is kept where it is. Any other file (``--payload-dir``, a test's temporary file) is
        copied in, so a resumed run sends exactly these bytes even when the original is gone.
        """
        if self.cache.holds_payload(source):
            return source, sha256_file(source), source.stat().st_size
        stamp = self.clock().strftime("%Y%m%dT%H%M%S%f")
        suffix = "".join(s for s in source.suffixes[-2:] if s in (".csv", ".json", ".gz"))
        target = paths.safe_path(self.cache.payloads_root, f"{stamp}-{label}", suffix)
        sha, size = self.cache.copy_in(source, target)
        return target, sha, size

    # ------------------------------------------------------------------------------------- purging

    def purge_expired(self, *, days: int = RETENTION_DAYS) -> int:
        """Delete the cached reports and payloads past Cornerstone's retention (``store.retention``)."""
        return retention.purge_expired(self, self.cache, days=days)


def _status_dict(item: Any) -> dict[str, Any]:
    keys = (
        "import_id", "status", "total_records", "successful_records",
        "successful_records_with_warnings", "error_records", "error_status",
    )
    return {key: _get(item, key) for key in keys}
