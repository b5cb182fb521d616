"""The latest snapshot of each portal's employees and OUs, kept beside the journal's jobs (same database).

One row per portal root URL: a new snapshot replaces the previous one. The document is the snapshot's
JSON, zlib-compressed (a 200,000-employee portal is tens of megabytes as text). It holds what the
Employee and OU APIs list (names, e-mail addresses): personal data, in the owner-only data folder like
the rest of the journal; never a secret or a token.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import TYPE_CHECKING

from csod_desktop.core.portal import PortalSnapshot

if TYPE_CHECKING:
    from csod_desktop.store.database import Database


def _root(root_url: str) -> str:
    return root_url.rstrip("/")


class PortalSnapshotStore:
    """Saves and reads snapshots through the journal's connection (its lock and its transactions)."""

    def __init__(self, journal: Database) -> None:
        self._journal = journal

    def save(self, snapshot: PortalSnapshot) -> None:
        doc = zlib.compress(json.dumps(snapshot.to_json(), ensure_ascii=False).encode("utf-8"), 6)
        with self._journal.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO portal_snapshots(root_url, taken_at, employees, ous, doc) VALUES (?,?,?,?,?)",
                (_root(snapshot.root_url), snapshot.taken_at.isoformat(),
                 None if snapshot.employees is None else len(snapshot.employees),
                 None if snapshot.ous is None else len(snapshot.ous), doc),
            )

    def latest(self, root_url: str) -> PortalSnapshot | None:
        rows = self._journal.query("SELECT doc FROM portal_snapshots WHERE root_url=?", (_root(root_url),))
        if not rows:
            return None
        try:
            return PortalSnapshot.from_json(json.loads(zlib.decompress(rows[0]["doc"]).decode("utf-8")))
        except (zlib.error, ValueError, KeyError, TypeError):
            return None  # a damaged copy is no snapshot: it is read again from the portal

    def taken_at(self, root_url: str) -> dt.datetime | None:
        """When the stored snapshot was taken (without reading it), or None."""
        rows = self._journal.query("SELECT taken_at FROM portal_snapshots WHERE root_url=?", (_root(root_url),))
        return dt.datetime.fromisoformat(rows[0]["taken_at"]) if rows else None

    def forget(self, root_url: str) -> None:
        with self._journal.transaction() as conn:
            conn.execute("DELETE FROM portal_snapshots WHERE root_url=?", (_root(root_url),))
