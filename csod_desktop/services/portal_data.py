"""The portal's own data for Review: the stored snapshot while it is fresh, else read again (and stored).

Qt-free; ``refresh`` and ``current`` are generators of ``SnapshotProgress`` that return the snapshot, so
the window's thin worker and the command line pump them as they pump a load (``services.loads.pump``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Generator
from typing import Any

from csod_desktop.api.portal_read import PortalReader
from csod_desktop.api.portal_snapshot import SnapshotProgress, fetch_snapshot
from csod_desktop.core.portal import PortalSnapshot
from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate
from csod_desktop.store.portal_snapshots import PortalSnapshotStore

log = logging.getLogger(__name__)

#: OUR policy: a snapshot younger than this is reused without asking the portal (the administrator sees its
#: age and can refresh it; a load refreshes it afterwards).
MAX_AGE = dt.timedelta(minutes=15)
#: How far back ``GET /jobs`` is asked for a job's ``owner_ref`` (the application's service account).
_OWNER_LOOKBACK = dt.timedelta(days=30)


def read_failed(err: BaseException) -> str:
    """The one sentence when the portal's data could not be read at all (a network failure, a 5xx after the
    retries): the checks fall back to those of the file alone, as without ``employee:read``."""
    return translate("portal data", "Checks against your portal's data are off: reading the portal's employees "
                                    "and OUs failed ({error}).").format(error=err)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class PortalData:
    """One portal's snapshot: stored in ``store``, read through ``reader`` (and ``client`` for owner_ref)."""

    def __init__(self, reader: PortalReader, store: PortalSnapshotStore, *, client: Any = None,
                 max_age: dt.timedelta = MAX_AGE, clock: Callable[[], dt.datetime] = _utcnow) -> None:
        self.reader = reader
        self.store = store
        self.client = client
        self.max_age = max_age
        self.clock = clock
        self.root_url = reader.root_url

    def stored(self) -> PortalSnapshot | None:
        return self.store.latest(self.root_url)

    def is_fresh(self, snapshot: PortalSnapshot | None) -> bool:
        return snapshot is not None and snapshot.age(self.clock()) <= self.max_age

    def current(self, *, refresh: bool = False, is_cancelled: Callable[[], bool] | None = None
                ) -> Generator[SnapshotProgress, None, PortalSnapshot]:
        """The stored snapshot while fresh (nothing is read), else a new one."""
        if not refresh:
            snapshot = self.stored()
            if self.is_fresh(snapshot):
                assert snapshot is not None
                return snapshot
        return (yield from self.refresh(is_cancelled=is_cancelled))

    def refresh(self, *, is_cancelled: Callable[[], bool] | None = None
                ) -> Generator[SnapshotProgress, None, PortalSnapshot]:
        """Read the portal's employees and OUs again and store them (replacing the previous snapshot)."""
        previous = self.stored()
        owner = (previous.service_account if previous else None) or self._service_account()
        snapshot = yield from fetch_snapshot(self.reader, service_account=owner, is_cancelled=is_cancelled,
                                             now=self.clock)
        self.store.save(snapshot)
        log.info("portal snapshot of %s: %s employees, %s OUs", self.root_url,
                 "no" if snapshot.employees is None else len(snapshot.employees),
                 "no" if snapshot.ous is None else len(snapshot.ous))
        return snapshot

    def _service_account(self) -> str | None:
        """The User ID of the application's own user: ``owner_ref`` of a job (bulk-api-quick-start.txt,
        Step 4: "the user ID of the user associated with your OAuth 2.0 application"). One ``GET /jobs``,
        whose shape is unpublished; no job yet, or no answer, leaves it unknown."""
        if self.client is None:
            return None
        today = self.clock().date()
        try:
            jobs = self.client.list_jobs(today - _OWNER_LOOKBACK, today, page_size=1)
        except CsodError as exc:
            log.info("owner_ref could not be read (%s)", exc)
            return None
        for job in jobs:
            owner = job.get("owner_ref") or job.get("ownerRef")
            if owner:
                return str(owner)
        return None
