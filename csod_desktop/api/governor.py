"""Client-side throttle: sliding windows per documented bucket, so normal use never draws a 429.

Limits from bulk-api-facts.md "Endpoints, scopes and throttles": one bucket of 5/min, 300/h, 7,200/day
shared by schemas, specification, job creation and job status; 30/min (1,800/h, 43,200/day) for data;
10/min (600/h, 14,400/day) for the three report calls together; the Employee and OU API buckets of
employee-ou-api-facts.md. Cornerstone advises "a client-side timer that pauses at the minute limit" and
to queue calls so that a 429 never comes: calls wait their turn here instead of failing.

The governor decides; its :class:`~csod_desktop.api.ledger.Ledger` remembers. With the in-memory ledger
the budget is one process's; with the SQLite one (``store.throttle_ledger``, wired by
``services.context``) every window and command of the user takes its slots from the same budget per
portal. When the portal's answers carry its counters (``x-csod-requests-remaining-urilevel``), they are
the truth for the bucket: they also count calls made by other computers and tools.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from csod_desktop import facts
from csod_desktop.i18n import translate
from csod_desktop.api.ledger import Ledger, LedgerTransaction, MemoryLedger, PortalView

log = logging.getLogger("csod_desktop.api")

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0

SHARED, DATA, REPORTS, PERMISSIONS = facts.SHARED, facts.DATA, facts.REPORTS, facts.PERMISSIONS
EMPLOYEES, OUS, OU_TYPES = facts.EMPLOYEES, facts.OUS, facts.OU_TYPES

#: Waits shorter than this are not announced (a status line that flickers helps nobody).
ANNOUNCE_AFTER = 2.0


@dataclass(frozen=True)
class Limit:
    """At most ``calls`` calls in any ``window`` seconds."""

    calls: int
    window: float


def _windows(throttle: facts.Throttle) -> tuple[Limit, ...]:
    return tuple(Limit(calls, float(seconds)) for seconds, calls in throttle.windows())


#: The documented buckets of ``csod_desktop.facts`` as sliding windows. /permissions has no published limit:
#: the governor keeps it modest and apart, so it never eats into the shared bucket status polling needs.
DOCUMENTED_LIMITS: dict[str, tuple[Limit, ...]] = {
    name: _windows(throttle) for name, throttle in facts.THROTTLES.items() if name != PERMISSIONS
}
DOCUMENTED_LIMITS[PERMISSIONS] = (Limit(facts.THROTTLES[PERMISSIONS].per_minute, MINUTE),)

_BULK = r"/services/api/x/bulk-api/v1"
_EMPLOYEES = r"/services/api/x/users/v2/employees"
_OUS = r"/services/api/x/organizations/v1"
_RULES: tuple[tuple[str | None, re.Pattern[str], str], ...] = (
    ("GET", re.compile(_BULK + r"/imports/[^/]+/(report|errors|warnings)(/.*)?$"), REPORTS),
    ("POST", re.compile(_BULK + r"/imports/[^/]+/?$"), DATA),
    ("GET", re.compile(_BULK + r"/permissions/?$"), PERMISSIONS),
    (None, re.compile(_BULK + r"/(schemas|specification|jobs)(/.*)?$"), SHARED),
    # employee-ou-api-facts.md §1 "Throttles" and §2 "Endpoints": the employee list ("GET - Bulk") and the
    # rest of /employees; /ous and /types counted per URI (facts.EMPLOYEES and its siblings).
    ("GET", re.compile(re.escape(facts.EMPLOYEES_PATH) + r"/?$"), EMPLOYEES),
    (None, re.compile(_EMPLOYEES + r"(/.*)?$"), facts.EMPLOYEE),
    ("GET", re.compile(_OUS + r"/specifications/?$"), facts.OU_SPECIFICATIONS),
    (None, re.compile(re.escape(facts.OUS_PATH) + r"(/.*)?$"), OUS),
    (None, re.compile(re.escape(facts.OU_TYPES_PATH) + r"(/.*)?$"), OU_TYPES),
)


def bucket_for(method: str, path: str) -> str | None:
    """The throttle bucket of a Bulk, Employee or OU API call, or None (the token endpoint is not throttled)."""
    path = path.split("?", 1)[0]
    for rule_method, pattern, bucket in _RULES:
        if (rule_method is None or rule_method == method.upper()) and pattern.search(path):
            return bucket
    return None


def portal_counters(headers: httpx.Headers | Mapping[str, str]) -> tuple[int, int] | None:
    """(hourly limit, remaining this hour) from the portal's counter headers, or None when absent or garbled."""
    try:
        limit = int(str(headers.get(facts.RATE_LIMIT_HEADER, "")).strip())
        remaining = int(str(headers.get(facts.REMAINING_HEADER, "")).strip())
    except ValueError:
        return None
    if limit <= 0 or remaining < 0:
        return None
    return limit, remaining


def _as_view(raw: PortalView | tuple[float, float, int, int] | None) -> PortalView | None:
    """A ledger's stored counters as a :class:`PortalView` (a store outside ``api`` returns a plain tuple)."""
    return None if raw is None else PortalView(*raw)


def wait_sentence(seconds: float) -> str:
    """What a caller that has to wait says (the CLI's stderr, the window's status line)."""
    return translate("governor", "waiting {seconds} s for the portal's rate limit").format(seconds=max(1, round(seconds)))


@dataclass(frozen=True)
class RateWait:
    """A call (or a status check) waits ``seconds`` for its turn in ``bucket``."""

    bucket: str
    seconds: float

    @property
    def text(self) -> str:
        return wait_sentence(self.seconds)


@dataclass(frozen=True)
class Slot:
    """A call's turn: when it may go (``at``), how long the caller waited, and its ledger id."""

    bucket: str | None
    at: float
    waited: float = 0.0
    id: int | None = None


class Governor:
    """Sliding-window limiter per bucket. Thread-safe; callers queue in the order they asked.

    :meth:`take` reserves the earliest moment the call may go, then sleeps until then outside the
    ledger's transaction, so several workers (and processes) never overshoot a bucket together.
    ``safety`` seconds are added to every window because the portal starts its window when the request
    arrives, a little after we stamp it; :meth:`finish` moves the stamp to the moment the answer came
    back, by when the portal has surely counted the call.
    """

    def __init__(
        self,
        limits: Mapping[str, tuple[Limit, ...]] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        safety: float = 1.0,
        ledger: Ledger | None = None,
        portal: str = "",
    ) -> None:
        self.limits = dict(DOCUMENTED_LIMITS if limits is None else limits)
        self.portal = portal
        self.ledger: Ledger = ledger if ledger is not None else MemoryLedger()
        self._clock = clock
        self._sleep = sleep
        self._safety = safety
        self._listeners: list[Callable[[RateWait], None]] = []
        self._listeners_lock = threading.Lock()

    @classmethod
    def disabled(cls) -> Governor:
        """A governor that never waits (tests that prove the real one is needed, relaxed sandboxes)."""
        return cls(limits={})

    def __repr__(self) -> str:
        return f"Governor(portal={self.portal!r}, ledger={type(self.ledger).__name__})"

    # ------------------------------------------------------------------------------ listeners

    def add_listener(self, callback: Callable[[RateWait], None]) -> None:
        """``callback(RateWait)`` before every wait of :data:`ANNOUNCE_AFTER` seconds or more (any thread)."""
        with self._listeners_lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[RateWait], None]) -> None:
        with self._listeners_lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def announce(self, wait: RateWait) -> None:
        """Tell the listeners that a caller waits (also used by the status poller's own waits)."""
        if wait.seconds < ANNOUNCE_AFTER:
            return
        with self._listeners_lock:
            listeners = list(self._listeners)
        for callback in listeners:
            try:
                callback(wait)
            except Exception:  # noqa: BLE001 - a broken status line must never stop a call
                log.warning("a rate-limit listener failed", exc_info=True)

    # -------------------------------------------------------------------------------- queries

    def _limits_for(self, bucket: str, view: PortalView | None) -> tuple[Limit, ...]:
        """The documented windows, tightened when the portal's own hourly limit is lower (never loosened)."""
        limits = self.limits.get(bucket, ())
        if view is None or not limits:
            return limits
        return tuple(
            Limit(min(limit.calls, max(1, int(view.limit * limit.window // facts.RATE_LIMIT_WINDOW))), limit.window)
            for limit in limits
        )

    def _view_end(self, view: PortalView) -> float:
        """When the hour the portal's counters spoke of is over, whatever it counted."""
        return view.observed_at + facts.RATE_LIMIT_WINDOW + self._safety

    def _earliest(self, records: LedgerTransaction, bucket: str, now: float) -> float:
        """Earliest time a new call in ``bucket`` may go (>= now), inside a ledger transaction."""
        at = max(now, records.hold(bucket))
        if not self.limits.get(bucket):
            return at
        view = _as_view(records.view(bucket))
        if view is not None and now >= self._view_end(view):
            view = None  # the hour it spoke of is over
        latest = records.latest(bucket)
        if latest is not None:
            at = max(at, latest)  # first come, first served: never jump ahead of a reserved call
        for limit in self._limits_for(bucket, view):
            window = limit.window + self._safety
            in_window = records.count_after(bucket, at - window)
            if in_window >= limit.calls:
                # The (calls)-th most recent call must leave the window before this one may go.
                at = max(at, records.nth_after(bucket, at - window, in_window - limit.calls) + window)
        if view is not None:
            # Calls that left after the one that carried the counters are not in them; that call itself (the
            # one slot of those stamped from ``sent_at`` on that surely is) is. A millisecond of slack keeps
            # a frozen test clock, where both stamps are equal, on the cautious side.
            later = records.count_after(bucket, view.sent_at - 0.001)
            left = view.remaining - max(0, later - 1)
            if left <= 0:
                at = max(at, self._view_end(view))  # the portal's hour is used up: wait for the next one
        return at

    def delay(self, bucket: str | None) -> float:
        """Seconds until the next call in ``bucket`` may go (0.0 = now). For "next status check in"."""
        if bucket is None:
            return 0.0
        with self.ledger.transaction(self.portal) as records:
            now = self._clock()
            return max(0.0, self._earliest(records, bucket, now) - now)

    def used(self, bucket: str, window: float = MINUTE) -> int:
        """Calls stamped in ``bucket`` during the last ``window`` seconds (including reserved ones)."""
        with self.ledger.transaction(self.portal) as records:
            now = self._clock()
            return records.count_after(bucket, now - window)

    def view(self, bucket: str) -> PortalView | None:
        """The portal's latest counters for ``bucket`` (None when it never sent any)."""
        with self.ledger.transaction(self.portal) as records:
            return _as_view(records.view(bucket))

    def refusals(self, bucket: str, window: float = DAY) -> int:
        """429s the portal answered in ``bucket`` during the last ``window`` seconds, despite the budget."""
        with self.ledger.transaction(self.portal) as records:
            return records.count_refusals(bucket, self._clock() - window)

    @property
    def _stamps(self) -> dict[str, list[float]]:
        """Every bucket's stamps, oldest first, when the ledger is in memory (tests)."""
        assert isinstance(self.ledger, MemoryLedger)
        return {bucket: self.ledger.stamps(self.portal, bucket) for bucket in self.limits}

    # ------------------------------------------------------------------------------- actions

    def take(self, bucket: str | None) -> Slot:
        """Wait until a call in ``bucket`` may go and count it: the call's :class:`Slot`."""
        if bucket is None:
            return Slot(None, self._clock())
        slot_id = None
        with self.ledger.transaction(self.portal) as records:
            now = self._clock()
            at = self._earliest(records, bucket, now)
            if self.limits.get(bucket):
                slot_id = records.add(bucket, at)
                records.prune(now - DAY - self._safety)
        wait = max(0.0, at - now)
        if wait > 0:
            self.announce(RateWait(bucket, wait))
            self._sleep(wait)
        return Slot(bucket, at, wait, slot_id)

    def acquire(self, bucket: str | None) -> float:
        """Wait until a call in ``bucket`` may go and count it. Returns the seconds waited."""
        return self.take(bucket).waited

    def finish(self, slot: Slot, headers: httpx.Headers | Mapping[str, str] | None = None) -> None:
        """The call of ``slot`` has its answer: stamp it now, and take the portal's counters when sent."""
        if slot.bucket is None or slot.id is None:
            return
        counters = portal_counters(headers) if headers is not None else None
        with self.ledger.transaction(self.portal) as records:
            now = self._clock()
            records.restamp(slot.id, max(now, slot.at))
            if counters is None:
                return
            old = _as_view(records.view(slot.bucket))
            if old is None or old.sent_at <= slot.at:  # answers can overtake each other: the newest call wins
                records.set_view(slot.bucket, PortalView(slot.at, max(now, slot.at), *counters))

    def block(self, bucket: str | None, seconds: float) -> None:
        """Hold every call in ``bucket`` for ``seconds`` (after the portal answered 429 anyway)."""
        if bucket is None or seconds <= 0:
            return
        with self.ledger.transaction(self.portal) as records:
            until = self._clock() + seconds
            if until > records.hold(bucket):
                records.set_hold(bucket, until)

    def refused(self, bucket: str, seconds: float) -> int:
        """A 429 came despite the budget: count it, hold the bucket ``seconds``; the count of the last day."""
        with self.ledger.transaction(self.portal) as records:
            now = self._clock()
            records.add_refusal(bucket, now)
            if now + seconds > records.hold(bucket):
                records.set_hold(bucket, now + seconds)
            return records.count_refusals(bucket, now - DAY)
