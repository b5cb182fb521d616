"""When to try a call again, and how long to wait: exponential back-off with jitter.

bulk-api-facts.md "Endpoints": over a limit every call answers 429, ``Retry-After`` is unpublished
("[unknown]") and Cornerstone advises exponential back-off; 500/503/504 are server side, retry. A data
POST is never retried blindly (see ``client.BulkApiClient.post_import``).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

#: Statuses worth another try for a call that is safe to repeat.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Statuses that tell us the portal did not act on the request (safe to resend even a POST).
REFUSED_STATUSES = frozenset({429, 503})
#: Transport failures that happen before a request can have reached the portal.
NOT_SENT_ERRORS: tuple[type[httpx.HTTPError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass
class RetryPolicy:
    """Back-off settings. ``attempts`` counts the first try; delays grow ``base * 2**n`` up to ``cap``.

    ``Retry-After`` is honoured when present (up to ``max_retry_after``) but never required.
    ``report_not_ready_attempts`` bounds the retries of a report that answers 404 right after completion
    (bulk-api-facts.md "Capacity and data limits", "[seen]").
    """

    attempts: int = 5
    base: float = 1.0
    cap: float = 30.0
    #: A 429 that gets past the governor means someone else shares the application's quota: its
    #: windows are a minute long, so the back-off starts higher (4, 8, 16, 32 s: about a minute in all).
    throttle_base: float = 4.0
    throttle_cap: float = 60.0
    jitter: float = 0.5
    max_retry_after: float = 120.0
    report_not_ready_attempts: int = 6
    report_not_ready_base: float = 2.0
    random: Callable[[], float] = field(default=random.random, repr=False)

    def backoff(self, retry: int, *, base: float | None = None, cap: float | None = None) -> float:
        """Delay before retry number ``retry`` (1 for the first retry), jittered by up to ``jitter``."""
        b = self.base if base is None else base
        delay = min(self.cap if cap is None else cap, b * (2 ** max(0, retry - 1)))
        # Full-range jitter around the delay keeps several clients (or workers) from retrying in step.
        return max(0.0, delay * (1.0 + self.jitter * (2.0 * self.random() - 1.0)))

    def delay_for(self, retry: int, response: httpx.Response | None = None) -> float:
        """Back-off for ``retry`` after ``response`` (429: the throttle back-off), lengthened to the
        server's ``Retry-After`` when it gave one."""
        if response is not None and response.status_code == 429:
            delay = self.backoff(retry, base=self.throttle_base, cap=self.throttle_cap)
        else:
            delay = self.backoff(retry)
        if response is not None:
            after = retry_after_seconds(response)
            if after is not None:
                delay = max(delay, min(after, self.max_retry_after))
        return delay

    @classmethod
    def immediate(cls, attempts: int = 5) -> RetryPolicy:
        """No waiting at all (unit tests)."""
        return cls(attempts=attempts, base=0.0, cap=0.0, jitter=0.0, throttle_base=0.0, report_not_ready_base=0.0)


def retry_after_seconds(response: httpx.Response, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now())
