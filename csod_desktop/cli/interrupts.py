"""Ctrl-C and SIGTERM: the first stops the run at the next safe point, a second one at once."""

from __future__ import annotations

import signal
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csod_desktop.cli.terminal import Reporter

_CANCEL = threading.Event()


def cancel_requested() -> bool:
    """True once Ctrl-C (or SIGTERM) asked the run to stop: the services stop at the next safe point."""
    return _CANCEL.is_set()


def install_stop_handlers(reporter: Reporter) -> dict[int, Any]:
    """First Ctrl-C / SIGTERM: stop at the next safe point (an upload is never cut in the middle, so it
    is never left ambiguous); a second one stops at once. Either way the job stays in the journal."""
    _CANCEL.clear()
    if threading.current_thread() is not threading.main_thread():
        return {}

    def handler(signum: int, frame: Any) -> None:
        if _CANCEL.is_set():
            raise KeyboardInterrupt
        _CANCEL.set()
        reporter.warn("Stopping at the next safe point (press Ctrl-C again to stop at once).")

    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):
            continue
    return previous


def restore_handlers(previous: dict[int, Any]) -> None:
    for sig, handler in previous.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):
            continue
