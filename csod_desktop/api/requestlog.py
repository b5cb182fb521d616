"""One INFO line per request (method, path, status, elapsed): never a header, a query, a body or a token."""

from __future__ import annotations

import logging
import time

import httpx

logger = logging.getLogger("csod_desktop.api")


def log_exchange(request: httpx.Request, outcome: httpx.Response | BaseException, started: float) -> None:
    """Log ``METHOD /path -> 202 (0.12 s)`` or ``METHOD /path -> ReadError (0.12 s)``.

    Only the path is written: the query string of list calls holds nothing secret today, but leaving it
    out keeps that true whatever is added later.
    """
    elapsed = time.perf_counter() - started
    if isinstance(outcome, httpx.Response):
        result = str(outcome.status_code)
        level = logging.INFO
    else:
        result = type(outcome).__name__
        level = logging.WARNING
    logger.log(level, "%s %s -> %s (%.2f s)", request.method, request.url.path, result, elapsed)
