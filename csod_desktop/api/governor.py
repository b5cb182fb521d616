"""Client-side throttle: sliding windows per documented bucket, so normal use never draws a 429.

Limits from bulk-api-facts.md "Endpoints, scopes and throttles": one bucket of 5/min, 300/h, 7,200/day
shared by schemas, specification, job creation and job status; 30/min (1,800/h, 43,200/day) for data;
10/min (600/h, 14,400/day) for the three report calls together. Cornerstone advises "a client-side timer
that pauses at the minute limit": calls wait their turn here instead of failing.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from csod_desktop import facts

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0

SHARED, DATA, REPORTS, PERMISSIONS = facts.SHARED, facts.DATA, facts.REPORTS, facts.PERMISSIONS
EMPLOYEES, OUS, OU_TYPES = facts.EMPLOYEES, facts.OUS, facts.OU_TYPES


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
    SHARED: _windows(facts.THROTTLES[SHARED]),
    DATA: _windows(facts.THROTTLES[DATA]),
    REPORTS: _windows(facts.THROTTLES[REPORTS]),
    PERMISSIONS: (Limit(facts.THROTTLES[PERMISSIONS].per_minute, MINUTE),),
    # The Employee API v2 list and the OU API (employee-ou-api-facts.md §1 "Throttles", §2 "Endpoints").
    EMPLOYEES: _windows(facts.THROTTLES[EMPLOYEES]),
    OUS: _windows(facts.THROTTLES[OUS]),
    OU_TYPES: _windows(facts.THROTTLES[OU_TYPES]),
}

_BULK = r"/services/api/x/bulk-api/v1"
_RULES: tuple[tuple[str | None, re.Pattern[str], str], ...] = (
    ("GET", re.compile(_BULK + r"/imports/[^/]+/(report|errors|warnings)(/.*)?$"), REPORTS),
    ("POST", re.compile(_BULK + r"/imports/[^/]+/?$"), DATA),
    ("GET", re.compile(_BULK + r"/permissions/?$"), PERMISSIONS),
    (None, re.compile(_BULK + r"/(schemas|specification|jobs)(/.*)?$"), SHARED),
    ("GET", re.compile(re.escape(facts.EMPLOYEES_PATH) + r"/?$"), EMPLOYEES),
    ("GET", re.compile(re.escape(facts.OUS_PATH) + r"/?$"), OUS),
    ("GET", re.compile(re.escape(facts.OU_TYPES_PATH) + r"/?$"), OU_TYPES),
)


def bucket_for(method: str, path: str) -> str | None:
    """The throttle bucket of a Bulk, Employee or OU API call, or None (the token endpoint is not throttled)."""
    path = path.split("?", 1)[0]
    for rule_method, pattern, bucket in _RULES:
        if (rule_method is None or rule_method == method.upper()) and pattern.search(path):
            return bucket
    return None


class Governor:
    """Sliding-window limiter per bucket. Thread-safe; callers queue in the order they asked.

    ``acquire`` reserves the earliest moment the call may go, then sleeps until then outside the lock,
    so several workers never overshoot a bucket together. ``safety`` seconds are added to every window
    because the portal starts its window when the request arrives, a little after we stamp it.
    """

    def __init__(
        self,
        limits: Mapping[str, tuple[Limit, ...]] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        safety: float = 1.0,
    ) -> None:
        self.limits = dict(DOCUMENTED_LIMITS if limits is None else limits)
        self._clock = clock
        self._sleep = sleep
        self._safety = safety
        self._lock = threading.Lock()
        self._stamps: dict[str, deque[float]] = {}
        self._blocked_until: dict[str, float] = {}

    @classmethod
    def disabled(cls) -> Governor:
        """A governor that never waits (tests that prove the real one is needed, relaxed sandboxes)."""
        return cls(limits={})

    # -------------------------------------------------------------------------------- queries

    def _earliest(self, bucket: str, now: float) -> float:
        """Earliest time a new call in ``bucket`` may go (>= now). Caller holds the lock."""
        limits = self.limits.get(bucket)
        at = max(now, self._blocked_until.get(bucket, 0.0))
        if not limits:
            return at
        stamps = self._stamps.setdefault(bucket, deque())
        longest = max(limit.window for limit in limits) + self._safety
        while stamps and stamps[0] <= now - longest:
            stamps.popleft()
        if stamps:
            at = max(at, stamps[-1])  # first come, first served: never jump ahead of a reserved call
        for limit in limits:
            window = limit.window + self._safety
            in_window = [s for s in stamps if s > at - window]
            if len(in_window) >= limit.calls:
                # The (calls)-th most recent call must leave the window before this one may go.
                at = max(at, in_window[len(in_window) - limit.calls] + window)
        return at

    def delay(self, bucket: str | None) -> float:
        """Seconds until the next call in ``bucket`` may go (0.0 = now). For "next status check in"."""
        if bucket is None:
            return 0.0
        with self._lock:
            now = self._clock()
            return max(0.0, self._earliest(bucket, now) - now)

    def used(self, bucket: str, window: float = MINUTE) -> int:
        """Calls stamped in ``bucket`` during the last ``window`` seconds (including reserved ones)."""
        with self._lock:
            now = self._clock()
            return sum(1 for s in self._stamps.get(bucket, ()) if s > now - window)

    # ------------------------------------------------------------------------------- actions

    def acquire(self, bucket: str | None) -> float:
        """Wait until a call in ``bucket`` may go and count it. Returns the seconds waited."""
        if bucket is None:
            return 0.0
        with self._lock:
            now = self._clock()
            at = self._earliest(bucket, now)
            if self.limits.get(bucket):
                self._stamps.setdefault(bucket, deque()).append(at)
        wait = at - now
        if wait > 0:
            self._sleep(wait)
        return max(0.0, wait)

    def block(self, bucket: str | None, seconds: float) -> None:
        """Hold every call in ``bucket`` for ``seconds`` (after the portal answered 429 anyway)."""
        if bucket is None or seconds <= 0:
            return
        with self._lock:
            until = self._clock() + seconds
            if until > self._blocked_until.get(bucket, 0.0):
                self._blocked_until[bucket] = until
