"""Per-minute, per-hour and per-day call buckets of bulk-api-facts.md, counted on the sandbox clock."""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable

from csod_desktop import facts
from csod_desktop.sandbox.errors import TooManyRequests

MINUTE, HOUR, DAY = 60, 3600, 86400


#: A bucket's per-minute, per-hour and per-day limits.
Limit = facts.Throttle

#: The Bulk API buckets (bulk-api-facts.md, "Endpoints, scopes and throttles") and the Employee and OU API
#: ones (employee-ou-api-facts.md §1 "Throttles", §2 "Endpoints"), as ``csod_desktop.facts`` writes them.
#: The sandbox does not throttle /permissions (no published limit).
LIMITS: dict[str, Limit] = {name: facts.THROTTLES[name] for name in (
    facts.SHARED, facts.DATA, facts.REPORTS, facts.EMPLOYEES, facts.OUS, facts.OU_TYPES)}


class Throttle:
    """Sliding windows on the sandbox clock (the last minute, hour, day); a refused call is not counted.

    Sliding rather than calendar-aligned windows, so that "five calls then a sixth" is refused whatever
    second of the minute the calls fall on.
    """

    def __init__(self, clock: Callable[[], float], limits: dict[str, Limit] | None = None) -> None:
        self._clock = clock
        self._limits = dict(limits or LIMITS)
        self._calls: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        self.enabled = True

    def reset(self) -> None:
        with self._lock:
            self._calls.clear()

    def hit(self, bucket: str) -> None:
        """Count one call in ``bucket``, or raise TooManyRequests when any of its windows is full."""
        if not self.enabled or bucket not in self._limits:
            return
        now = self._clock()
        with self._lock:
            calls = self._calls.setdefault(bucket, [])
            if calls and calls[-1] > now:  # the clock was set back: forget the future
                del calls[bisect.bisect_right(calls, now):]
            del calls[: bisect.bisect_right(calls, now - DAY)]
            for seconds, allowed in self._limits[bucket].windows():
                if len(calls) - bisect.bisect_right(calls, now - seconds) >= allowed:
                    raise TooManyRequests()
            calls.append(now)
