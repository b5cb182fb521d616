"""The report ledger: every report download recorded before it is sent and settled after, per import.

Cornerstone serves a report five times; the sixth call answers 410 (bulk-api-facts.md, "Capacity and data
limits"). The ledger refuses locally at a cap below that (default 4, configurable 1 to 5), so a user can
never spend the last download by accident. The errors/warnings variants are counted too (the facts file:
"Whether the errors/warnings variants count against the five downloads. Count them.").

An entry whose outcome is unknown (the process died while it was in flight, or the connection dropped)
counts as a download: the portal may have served it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from csod_desktop import facts
from csod_desktop.errors import ConfigError, ReportQuotaError
from csod_desktop.i18n import number, translate

if TYPE_CHECKING:
    from csod_desktop.store.cache import FileCache
    from csod_desktop.store.database import Database

PORTAL_DOWNLOAD_LIMIT = facts.MAX_REPORT_DOWNLOADS
DEFAULT_CAP = 4
_CAP_KEY = "report_cap"

REQUESTED = "requested"
CONFIRMED = "confirmed"
FAILED = "failed"
EXHAUSTED = "exhausted"  # the portal answered 410: every download is spent, whatever we counted


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    import_id: str
    variant: str
    state: str
    counted: bool
    http_status: int | None
    requested_at: datetime
    settled_at: datetime | None
    note: str | None


@dataclass(frozen=True)
class CachedReport:
    import_id: str
    path: Path | None
    sha256: str | None
    size: int | None
    rows: int | None
    downloaded_at: datetime
    purged_at: datetime | None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class ReportLedger:
    """Counts report downloads per import and keeps the downloaded reports (see module docstring)."""

    def __init__(self, database: Database, cache: FileCache) -> None:
        self._journal = database
        self._cache = cache

    # ------------------------------------------------------------------------------------------ cap

    @property
    def cap(self) -> int:
        rows = self._journal.query("SELECT value FROM settings WHERE key=?", (_CAP_KEY,))
        try:
            return int(rows[0]["value"]) if rows else DEFAULT_CAP
        except ValueError:
            return DEFAULT_CAP

    def set_cap(self, cap: int) -> None:
        """Set the local cap (1 to 5). 5 allows the portal's last download; the default 4 keeps one spare."""
        if not isinstance(cap, int) or not 1 <= cap <= PORTAL_DOWNLOAD_LIMIT:
            raise ConfigError(
                translate(
                    "errors",
                    "The report download cap must be a whole number from 1 to "
                    "{limit} (Cornerstone allows {limit} downloads "
                    "per import); got {cap!r}."
                ).format(limit=PORTAL_DOWNLOAD_LIMIT, cap=cap)
            )
        with self._journal.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (_CAP_KEY, str(cap)),
            )

    # -------------------------------------------------------------------------------------- counting

    def downloads_used(self, import_id: str) -> int:
        return self._used(self._journal.query(_USED_SQL, (import_id,))[0])

    @staticmethod
    def _used(row: sqlite3.Row) -> int:
        used = int(row["used"] or 0)
        return max(used, PORTAL_DOWNLOAD_LIMIT) if row["exhausted"] else used

    def remaining(self, import_id: str) -> int:
        return max(0, self.cap - self.downloads_used(import_id))

    def usage_text(self, import_id: str) -> str:
        """"1 of 5 used, cap 4": always visible beside a report."""
        return translate("reports", "{used} of {limit} used, cap {cap}").format(
            used=number(self.downloads_used(import_id)), limit=number(PORTAL_DOWNLOAD_LIMIT), cap=number(self.cap))

    def entries(self, import_id: str) -> list[LedgerEntry]:
        rows = self._journal.query("SELECT * FROM report_requests WHERE import_id=? ORDER BY id", (import_id,))
        return [
            LedgerEntry(
                id=r["id"], import_id=r["import_id"], variant=r["variant"], state=r["state"],
                counted=bool(r["counted"]), http_status=r["http_status"],
                requested_at=_dt(r["requested_at"]), settled_at=_dt(r["settled_at"]),  # type: ignore[arg-type]
                note=r["note"],
            )
            for r in rows
        ]

    def reserve(self, import_id: str, variant: str = "full") -> int:
        """Record a download about to be sent; ReportQuotaError (with the count) when past the cap.

        Check and insert happen in one IMMEDIATE transaction, so two processes (the window and a
        scheduled run) cannot both take the last allowed download.
        """
        with self._journal.transaction() as conn:
            used = self._used(conn.execute(_USED_SQL, (import_id,)).fetchone())
            cap = self.cap
            if used >= cap:
                raise quota_error(import_id, used, cap)
            cur = conn.execute(
                "INSERT INTO report_requests(import_id, variant, state, counted, requested_at)"
                " VALUES (?, ?, ?, 1, ?)",
                (import_id, variant, REQUESTED, self._journal.now()),
            )
            return int(cur.lastrowid)  # type: ignore[arg-type]

    def confirm(self, request_id: int, http_status: int = 200) -> None:
        """The report arrived."""
        self._settle(request_id, CONFIRMED, counted=True, http_status=http_status, note=None)

    def fail(self, request_id: int, *, counted: bool, http_status: int | None = None, note: str | None = None) -> None:
        """The request failed. ``counted``: whether the portal may have served it (unknown → True)."""
        self._settle(request_id, FAILED, counted=counted, http_status=http_status, note=note)

    def exhausted(self, request_id: int, note: str | None = None) -> None:
        """The portal answered 410: its five downloads are spent (perhaps from another tool)."""
        self._settle(request_id, EXHAUSTED, counted=False, http_status=410, note=note)

    def _settle(self, request_id: int, state: str, *, counted: bool, http_status: int | None, note: str | None) -> None:
        with self._journal.transaction() as conn:
            conn.execute(
                "UPDATE report_requests SET state=?, counted=?, http_status=?, settled_at=?, note=? WHERE id=?",
                (state, int(counted), http_status, self._journal.now(), note, request_id),
            )

    # ----------------------------------------------------------------------------------------- cache

    def store_report(self, import_id: str, data: bytes, *, rows: int | None = None) -> CachedReport:
        """Keep a downloaded full report in the cache (0600, checksummed) and record it."""
        cache = self._cache
        path = cache.report_path(import_id)
        sha = cache.write_bytes(path, data)
        with self._journal.transaction() as conn:
            conn.execute(
                "INSERT INTO reports(import_id, path, sha256, size, rows, downloaded_at, purged_at)"
                " VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT(import_id) DO UPDATE SET path=excluded.path,"
                " sha256=excluded.sha256, size=excluded.size, rows=excluded.rows,"
                " downloaded_at=excluded.downloaded_at, purged_at=NULL",
                (import_id, str(path), sha, len(data), rows, self._journal.now()),
            )
        cached = self.cached(import_id)
        assert cached is not None
        return cached

    def cached(self, import_id: str) -> CachedReport | None:
        """The record of the cached report (also after a purge: then ``path`` is None)."""
        rows = self._journal.query("SELECT * FROM reports WHERE import_id=?", (import_id,))
        if not rows:
            return None
        r = rows[0]
        return CachedReport(
            import_id=r["import_id"], path=Path(r["path"]) if r["path"] else None, sha256=r["sha256"],
            size=r["size"], rows=r["rows"], downloaded_at=_dt(r["downloaded_at"]),  # type: ignore[arg-type]
            purged_at=_dt(r["purged_at"]),
        )

    def read_cached(self, import_id: str) -> bytes | None:
        """The cached report's bytes when present and intact (checksum); None otherwise."""
        record = self.cached(import_id)
        if record is None or record.path is None:
            return None
        return self._cache.read_checked(record.path, record.sha256)


def quota_error(import_id: str, used: int, cap: int) -> ReportQuotaError:
    """The refusal past the cap, with the count: "4 of 5 downloads used; the cap is 4"."""
    return ReportQuotaError(
        translate(
            "errors",
            "The report of import {import_id} was not downloaded: {used} of {limit} "
            "downloads used; the cap is {cap}."
        ).format(import_id=import_id, used=used, limit=PORTAL_DOWNLOAD_LIMIT, cap=cap),
        hint=(
            translate(
                "errors",
                "Cornerstone allows five downloads per import. Use the saved copy, or raise the cap "
                "in the settings (at most 5) if you really need another download."
            )
        ),
    )


_USED_SQL = (
    "SELECT COALESCE(SUM(CASE WHEN counted THEN 1 ELSE 0 END), 0) AS used,"
    " MAX(CASE WHEN state = 'exhausted' THEN 1 ELSE 0 END) AS exhausted"
    " FROM report_requests WHERE import_id=?"
)
