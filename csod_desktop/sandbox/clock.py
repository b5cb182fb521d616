"""The sandbox clock: real time plus an offset the control plane can move (token expiry, throttles, retention)."""

from __future__ import annotations

import datetime as dt
import threading
import time


def utc_iso(moment: dt.datetime) -> str:
    """The quick start's timestamp form, e.g. ``2019-12-04T04:32:58.697+00:00`` (Step 4, ``create_date``)."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")


class SandboxClock:
    """Wall-clock time shifted by an offset; only ever moved forward or set by the control plane."""

    def __init__(self, offset: float = 0.0) -> None:
        self._offset = offset
        self._lock = threading.Lock()

    @property
    def offset(self) -> float:
        return self._offset

    def time(self) -> float:
        """Seconds since the epoch, as the sandbox sees them."""
        return time.time() + self._offset

    def now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.time(), tz=dt.timezone.utc)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += float(seconds)

    def set(self, moment: dt.datetime) -> None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        with self._lock:
            self._offset = moment.timestamp() - time.time()

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0
