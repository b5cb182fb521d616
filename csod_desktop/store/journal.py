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
from csod_desktop.store import claims, retention
from csod_desktop.store.cache import FileCache, sha256_file
from csod_desktop.store.claims import Claim, ClaimLostError, Driver, JobBusyError
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
    REPORT_OWED_STATES,
    REPORT_PENDING,
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
from csod_desktop.i18n import number, translate

__all__ = [
    "ABANDONED", "CREATED", "CREATING", "FAILED", "FINAL_STATUSES", "FINISHED", "JOURNAL_FILE", "PENDING",
    "Claim", "ClaimLostError", "Driver", "JobBusyError", "RETENTION_DAYS", "RUNNING", "SEND_FAILED", "SENDING", "SENT", "UNFINISHED_STATES", "ImportRecord",
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
        claim_token: str | None = None,
    ) -> JobRecord:
        """Write the job (state ``creating``) before POST /jobs, so a crash during creation is visible.

        With ``claim_token`` the job is claimed by this process in the same transaction (``store.claims``):
        no other process can see it unclaimed and take it for an abandoned one.
        """
        now = self.now()
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO jobs(profile, root_url, label, callback_url, state, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (profile, root_url, label, callback_url, CREATING, now, now),
            )
            job_ref = cur.lastrowid
            assert job_ref is not None
            if claim_token is not None:
                claims.insert(conn, job_ref, claim_token, now)
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
                    translate(
                        "errors",
                        "The portal returned {count} import ids for a job of {imports} imports."
                    ).format(count=number(len(import_ids)), imports=number(len(refs)))
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

    def import_sending(self, import_ref: int, *, claim_token: str | None = None) -> None:
        """Written just before the data POST: after a crash, the portal may or may not have the data.

        With ``claim_token``, only while that claim on the job is still held (ClaimLostError otherwise,
        and nothing is written): a process taken over never sends (``store.claims``).
        """
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT imports.job_ref, jobs.job_id FROM imports JOIN jobs ON jobs.id = imports.job_ref"
                " WHERE imports.id=?", (import_ref,),
            ).fetchone()
            if row is None:
                raise JournalError(translate(
                    "errors",
                    "The journal has no import #{import_ref}."
                ).format(import_ref=import_ref))
            if claim_token is not None:
                claims.check(conn, row["job_ref"], claim_token, row["job_id"] or f"#{row['job_ref']}")
            self._set_post_state(import_ref, SENDING)  # the same transaction: checked and marked at once

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
                raise JournalError(translate(
                    "errors",
                    "The journal has no import #{import_ref}."
                ).format(import_ref=import_ref))
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

    # ------------------------------------------------------------------------------------- drivers

    def claim_job(self, job_ref: int, *, heartbeat: float = claims.HEARTBEAT_SECONDS) -> Claim:
        """This process's claim on a job it is about to drive (use it as a context manager).

        Raises JobBusyError when another live process holds it; a gone driver's claim is taken over.
        """
        token = claims.new_token()
        with self.transaction() as conn:
            driver = claims.current(conn, job_ref)
            if driver is not None and driver.alive(self.clock()):
                job = self.job(job_ref)
                raise JobBusyError(driver, job.job_id or job.label or f"#{job_ref}")
            claims.insert(conn, job_ref, token, self.now())
        return Claim(self, job_ref, token, heartbeat=heartbeat)

    def driver(self, job_ref: int) -> Driver | None:
        """The live process driving a job, or None when no one does (or its driver is gone)."""
        rows = self.query("SELECT * FROM job_claims WHERE job_ref=?", (job_ref,))
        if not rows:
            return None
        driver = claims._driver(rows[0])
        return driver if driver.alive(self.clock()) else None

    # --------------------------------------------------------------------------------- report state

    def set_report_state(self, import_id: str, state: str, note: str | None = None) -> None:
        """Whether an import's report is on this computer, and if not why (``store.records``, REPORT_*)."""
        with self.transaction() as conn:
            conn.execute("UPDATE imports SET report_state=?, report_note=? WHERE import_id=?", (state, note, import_id))

    def reports_pending(self, job_ref: int, import_ids: Sequence[str]) -> None:
        """Mark the reports a run is about to fetch, so a crash before they are saved leaves them owed."""
        with self.transaction() as conn:
            for import_id in import_ids:
                conn.execute(
                    "UPDATE imports SET report_state=?, report_note=NULL WHERE job_ref=? AND import_id=?"
                    " AND (report_state IS NULL OR report_state IN (?, ?, ?))",
                    (REPORT_PENDING, job_ref, import_id, *REPORT_OWED_STATES),
                )

    def jobs_owing_reports(self, *, profile: str | None = None, root_url: str | None = None) -> list[JobRecord]:
        """Finished jobs with a report a run could not save yet (oldest first): ``resume`` fetches them."""
        sql = (
            "SELECT DISTINCT jobs.* FROM jobs JOIN imports ON imports.job_ref = jobs.id"
            f" WHERE jobs.state=? AND imports.report_state IN ({', '.join('?' * len(REPORT_OWED_STATES))})"
            " AND imports.purged_at IS NULL"
        )
        sql, params = _for_portal(sql, [FINISHED, *REPORT_OWED_STATES], profile, root_url)
        return [self._job_from_row(row) for row in self.query(sql + " ORDER BY jobs.id", params)]

    # -------------------------------------------------------------------------------------- reading

    def job(self, job_ref: int) -> JobRecord:
        rows = self.query("SELECT * FROM jobs WHERE id=?", (job_ref,))
        if not rows:
            raise JournalError(translate(
                "errors",
                "The journal has no job #{job_ref}."
            ).format(job_ref=job_ref))
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
        sql, params = _for_portal("SELECT * FROM jobs WHERE state IN (?, ?, ?)", list(UNFINISHED_STATES), profile,
                                  root_url)
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


def _for_portal(sql: str, params: list[Any], profile: str | None, root_url: str | None) -> tuple[str, list[Any]]:
    """``sql`` narrowed to one profile and/or portal (``jobs`` columns)."""
    if profile is not None:
        sql += " AND jobs.profile=?"
        params.append(profile)
    if root_url is not None:
        sql += " AND jobs.root_url=?"
        params.append(root_url.rstrip("/"))
    return sql, params


def _status_dict(item: Any) -> dict[str, Any]:
    keys = (
        "import_id", "status", "total_records", "successful_records",
        "successful_records_with_warnings", "error_records", "error_status",
    )
    return {key: _get(item, key) for key in keys}
