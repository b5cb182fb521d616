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
#: ones (employee-ou-api-facts.md §1, §2), as ``csod_desktop.facts`` writes them. The sandbox does not
#: throttle /permissions (no published limit).
LIMITS: dict[str, Limit] = {name: throttle for name, throttle in facts.THROTTLES.items() if name != facts.PERMISSIONS}


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

    def knows(self, bucket: str) -> bool:
        return bucket in self._limits

    def _in_window(self, calls: list[float], now: float, seconds: int) -> int:
        return len(calls) - bisect.bisect_right(calls, now - seconds)

    def counters(self, bucket: str) -> tuple[int, int]:
        """(limit per hour, calls left in the last hour): the two headers Cornerstone sends
        (employee-ou-api-facts.md §3, ``x-csod-throttling-rate-limit-urilevel`` and
        ``x-csod-requests-remaining-urilevel``). Every client of this sandbox counts in them: one sandbox
        is one portal environment, and limits are counted per environment (bulk-api-facts.md)."""
        limit = self._limits[bucket].per_hour
        now = self._clock()
        with self._lock:
            used = self._in_window(self._calls.get(bucket, []), now, HOUR)
        return limit, max(0, limit - used)

    def spend(self, bucket: str, calls: int, seconds_ago: float = 0.0) -> None:
        """Count ``calls`` calls made ``seconds_ago`` by other tools on the same portal (control plane)."""
        at = self._clock() - seconds_ago
        with self._lock:
            stamps = self._calls.setdefault(bucket, [])
            for _ in range(calls):
                bisect.insort(stamps, at)

    def usage(self) -> dict[str, dict[str, int]]:
        """Per bucket: calls in the last minute, hour and day, and what the hour has left."""
        now = self._clock()
        out: dict[str, dict[str, int]] = {}
        with self._lock:
            for bucket, limit in self._limits.items():
                calls = self._calls.get(bucket, [])
                hour = self._in_window(calls, now, HOUR)
                out[bucket] = {"minute": self._in_window(calls, now, MINUTE), "hour": hour,
                               "day": self._in_window(calls, now, DAY), "remaining": max(0, limit.per_hour - hour)}
        return out

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
