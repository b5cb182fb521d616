"""Cornerstone's 30-day retention, applied to our own copies: reports and payloads go, summaries stay.

Cornerstone deletes an import's report and payload 30 days after the import's creation
(bulk-api-facts.md, "Capacity and data limits"), and so do we: the files the journal tracks go 30 days
after their import was created, and anything else in the payload folder (a dry run's payloads, a
payload prepared but never sent, a part left by an interrupted write) 30 days after it was written.
The journal keeps every job's and import's summary (counts, status, labels).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from csod_desktop.store.records import RETENTION_DAYS, _iso

if TYPE_CHECKING:
    from csod_desktop.store.cache import FileCache
    from csod_desktop.store.database import Database

log = logging.getLogger(__name__)


def purge_expired(database: Database, cache: FileCache, *, days: int = RETENTION_DAYS) -> int:
    """Delete the cached reports and payloads of imports created more than ``days`` ago, then sweep the
    payload folder of untracked files as old. Returns the number of imports purged."""
    cutoff = database.clock() - timedelta(days=days)
    rows = database.query(
        "SELECT imports.id, imports.import_id, imports.payload_path, reports.path AS report_path"
        " FROM imports LEFT JOIN reports ON reports.import_id = imports.import_id"
        " WHERE imports.created_at < ? AND imports.purged_at IS NULL",
        (_iso(cutoff),),
    )
    now = database.now()
    for row in rows:
        for name in ("payload_path", "report_path"):
            if row[name]:
                cache.remove(Path(row[name]))
        if row["payload_path"]:
            _remove_if_empty(Path(row["payload_path"]).parent, cache.payloads_root)
        with database.transaction() as conn:
            conn.execute("UPDATE imports SET purged_at=?, payload_path=NULL WHERE id=?", (now, row["id"]))
            if row["import_id"]:
                conn.execute(
                    "UPDATE reports SET purged_at=?, path=NULL WHERE import_id=?", (now, row["import_id"])
                )
    swept = sweep_payloads(database, cache, cutoff)
    if swept:
        log.info("removed %d untracked payload file(s) written before %s", swept, _iso(cutoff))
    return len(rows)


def _remove_if_empty(folder: Path, root: Path) -> None:
    """A plan's payload folder goes with its last part (never the payload folder itself)."""
    try:
        if folder.resolve() != root.resolve() and folder.resolve().is_relative_to(root.resolve()):
            folder.rmdir()
    except OSError:  # not empty (another part still needed), or already gone
        pass


def sweep_payloads(database: Database, cache: FileCache, cutoff: datetime) -> int:
    """Remove what the payload folder holds from before ``cutoff`` that no unpurged import still needs
    (a job of 29 days may re-send a payload written 31 days ago). Returns the number of files removed."""
    root = cache.payloads_root
    needed = {
        Path(row["payload_path"]).resolve()
        for row in database.query(
            "SELECT payload_path FROM imports WHERE payload_path IS NOT NULL AND purged_at IS NULL"
        )
    }
    removed = 0
    emptied: set[Path] = set()  # folders this sweep took files from (their time is now, not their age)
    # Deepest first, so a folder is looked at after its files.
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        try:
            written = datetime.fromtimestamp(path.lstat().st_mtime, UTC)
            if path.is_dir() and not path.is_symlink():
                if (written < cutoff or path in emptied) and not any(path.iterdir()):
                    path.rmdir()
                    emptied.add(path.parent)
            elif written < cutoff and path.resolve() not in needed:
                path.unlink()
                removed += 1
                emptied.add(path.parent)
        except OSError:  # gone meanwhile, or not ours to remove: the next purge tries again
            continue
    return removed
