"""Where the throttle governor keeps its call slots: the storage interface, and its in-memory form.

The governor (``api.governor``) decides when a call may go; a *ledger* only remembers, per portal and
bucket, the moments calls went (slots), a hold after a 429, the portal's own counters and the 429s that
came anyway. In memory (this module) the budget is one process's; ``store.throttle_ledger`` keeps the same
records in SQLite so that every window and command of the user shares one budget per portal. Every
method of a :class:`LedgerTransaction` runs inside one :meth:`Ledger.transaction`: what is read and what is
written in it happens for one caller at a time, across threads and, for the SQLite ledger, processes.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import NamedTuple, Protocol


class PortalView(NamedTuple):
    """What the portal said of a bucket in its counter headers (employee-ou-api-facts.md §3).

    ``sent_at`` is when the call that carried them left, ``observed_at`` when its answer came back;
    ``limit`` is the hourly limit, ``remaining`` what was left of the hour.
    """

    sent_at: float
    observed_at: float
    limit: int
    remaining: int


class LedgerTransaction(Protocol):
    """The records of one portal's buckets, read and written inside one transaction."""

    def count_after(self, bucket: str, after: float) -> int:
        """Slots of ``bucket`` stamped later than ``after``."""

    def nth_after(self, bucket: str, after: float, n: int) -> float:
        """The stamp of the ``n``-th (from 0, oldest first) slot of ``bucket`` stamped later than ``after``."""

    def latest(self, bucket: str) -> float | None:
        """The latest stamp in ``bucket`` (a reserved slot may lie in the future)."""

    def add(self, bucket: str, at: float) -> int:
        """Record a slot at ``at``; returns its id."""

    def restamp(self, slot: int, at: float) -> None:
        """Move a slot to ``at`` (when its answer came back: the portal counted it by then)."""

    def hold(self, bucket: str) -> float:
        """The moment before which no call of ``bucket`` may go (0.0: none)."""

    def set_hold(self, bucket: str, until: float) -> None:
        ...

    def view(self, bucket: str) -> PortalView | None:
        """The portal's latest counters for ``bucket``, or None."""

    def set_view(self, bucket: str, view: PortalView) -> None:
        ...

    def add_refusal(self, bucket: str, at: float) -> None:
        """Count a 429 that came despite the budget."""

    def count_refusals(self, bucket: str, after: float) -> int:
        ...

    def prune(self, before: float) -> None:
        """Forget slots and refusals stamped before ``before`` (older than every window)."""


class Ledger(Protocol):
    """A store of throttle records for any number of portals (keyed by the portal's root URL)."""

    def transaction(self, portal: str) -> AbstractContextManager[LedgerTransaction]:
        ...


class _MemoryPortal:
    """One portal's records in memory: per bucket, a sorted list of (stamp, slot id)."""

    def __init__(self, ids: Iterator[int]) -> None:
        self._ids = ids
        self.slots: dict[str, list[tuple[float, int]]] = {}
        self.where: dict[int, tuple[str, float]] = {}  # slot id -> (bucket, stamp)
        self.holds: dict[str, float] = {}
        self.views: dict[str, PortalView] = {}
        self.refusals: dict[str, list[float]] = {}

    def _stamps(self, bucket: str) -> list[tuple[float, int]]:
        return self.slots.setdefault(bucket, [])

    def count_after(self, bucket: str, after: float) -> int:
        stamps = self._stamps(bucket)
        return len(stamps) - bisect.bisect_right(stamps, (after, float("inf")))

    def nth_after(self, bucket: str, after: float, n: int) -> float:
        stamps = self._stamps(bucket)
        return stamps[bisect.bisect_right(stamps, (after, float("inf"))) + n][0]

    def latest(self, bucket: str) -> float | None:
        stamps = self._stamps(bucket)
        return stamps[-1][0] if stamps else None

    def add(self, bucket: str, at: float) -> int:
        slot = next(self._ids)
        bisect.insort(self._stamps(bucket), (at, slot))
        self.where[slot] = (bucket, at)
        return slot

    def restamp(self, slot: int, at: float) -> None:
        found = self.where.get(slot)
        if found is None:
            return  # pruned meanwhile
        bucket, old = found
        stamps = self._stamps(bucket)
        index = bisect.bisect_left(stamps, (old, slot))
        if index < len(stamps) and stamps[index] == (old, slot):
            del stamps[index]
        bisect.insort(stamps, (at, slot))
        self.where[slot] = (bucket, at)

    def hold(self, bucket: str) -> float:
        return self.holds.get(bucket, 0.0)

    def set_hold(self, bucket: str, until: float) -> None:
        self.holds[bucket] = until

    def view(self, bucket: str) -> PortalView | None:
        return self.views.get(bucket)

    def set_view(self, bucket: str, view: PortalView) -> None:
        self.views[bucket] = view

    def add_refusal(self, bucket: str, at: float) -> None:
        bisect.insort(self.refusals.setdefault(bucket, []), at)

    def count_refusals(self, bucket: str, after: float) -> int:
        times = self.refusals.get(bucket, [])
        return len(times) - bisect.bisect_right(times, after)

    def prune(self, before: float) -> None:
        for bucket, stamps in self.slots.items():
            cut = bisect.bisect_left(stamps, (before, -1))
            for _, slot in stamps[:cut]:
                self.where.pop(slot, None)
            del stamps[:cut]
        for times in self.refusals.values():
            del times[: bisect.bisect_left(times, before)]


class MemoryLedger:
    """The budget of one process: records in memory, one lock for every transaction."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._portals: dict[str, _MemoryPortal] = {}

    @contextmanager
    def transaction(self, portal: str) -> Iterator[_MemoryPortal]:
        with self._lock:
            yield self._portals.setdefault(portal, _MemoryPortal(self._ids))

    def stamps(self, portal: str, bucket: str) -> list[float]:
        """The stamps of ``bucket``, oldest first (tests and diagnostics)."""
        with self.transaction(portal) as records:
            return [at for at, _ in records.slots.get(bucket, [])]
