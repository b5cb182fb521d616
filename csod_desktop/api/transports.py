"""The layers under the sign-in, as httpx layers a client: auth → retry → throttle → log → one request.

Each layer is an ``httpx.BaseTransport`` wrapping the next, so each can be tested alone on an
``httpx.MockTransport``:

- :class:`RetryTransport` sends a call again when that is safe: a read (``GET``, the read-only
  ``POST /schemas``, the token request) after a 429, a 5xx or a failed connection; a job creation only
  when the portal cannot have acted on it (429, 503, a connection that never opened). A data POST is
  never repeated here: ``BulkApiClient.post_import`` decides that, after asking the job status.
- :class:`ThrottleTransport` takes the call's slot in its bucket from the :class:`~csod_desktop.api.governor.Governor`
  (waiting its turn), gives the portal's counter headers back to it, and after a 429 that came anyway
  counts it, logs it with its bucket and holds the bucket for the back-off.
- :class:`LoggingTransport` writes one line per request that really went out.
- :class:`SendThrough` hands the request to the network ``httpx.Client`` (TLS, proxies, timeouts).

A caller states what a request is with ``request.extensions[RETRY]`` (:data:`READ`, :data:`CREATE` or
:data:`ONCE`); without it ``GET`` is a read and anything else is sent once.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable

import httpx

from csod_desktop.api.errors import is_capacity_429
from csod_desktop.api.governor import Governor, bucket_for
from csod_desktop.api.network import is_certificate_failure
from csod_desktop.api.requestlog import log_exchange
from csod_desktop.api.retry import NOT_SENT_ERRORS, REFUSED_STATUSES, RETRY_STATUSES, RetryPolicy

log = logging.getLogger("csod_desktop.api")

#: ``request.extensions`` keys: how the request may be repeated, and whether a 404 means "not ready yet".
RETRY = "csod_desktop.retry"
RETRY_404 = "csod_desktop.retry_404"
#: ``response.extensions`` keys: the seconds the throttle layer holds the bucket after a 429; and, set by
#: the retry layer, that an earlier try of the same request was let in with the same token (so a 401 now
#: means the token expired meanwhile, not that a scope is missing).
HELD = "csod_desktop.held"
ACCEPTED = "csod_desktop.accepted"

READ, CREATE, ONCE = "read", "create", "once"


def retry_mode(request: httpx.Request) -> str:
    """How ``request`` may be repeated: as its caller said, else a GET is a read and the rest go once."""
    mode = request.extensions.get(RETRY)
    if mode in (READ, CREATE, ONCE):
        return str(mode)
    return READ if request.method in ("GET", "HEAD") else ONCE


class SendThrough(httpx.BaseTransport):
    """The bottom layer: one request through the network client (its TLS, proxies and timeouts)."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        agent = self.http.headers.get("User-Agent")
        if agent and "User-Agent" not in request.headers:
            request.headers["User-Agent"] = agent
        return self.http.send(request, follow_redirects=False)  # a redirect could carry the token elsewhere

    def close(self) -> None:
        """The network client belongs to whoever made it (the composition root closes it)."""


class LoggingTransport(httpx.BaseTransport):
    """One line per request that went out: method, path, status or error, elapsed (``api.requestlog``)."""

    def __init__(self, wrapped: httpx.BaseTransport) -> None:
        self.wrapped = wrapped

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = self.wrapped.handle_request(request)
        except httpx.HTTPError as exc:
            log_exchange(request, exc, started)
            raise
        log_exchange(request, response, started)
        return response

    def close(self) -> None:
        self.wrapped.close()


class ThrottleTransport(httpx.BaseTransport):
    """Every call waits for its slot in its bucket; the portal's counters and 429s go back to the budget."""

    def __init__(self, wrapped: httpx.BaseTransport, governor: Governor, policy: RetryPolicy) -> None:
        self.wrapped = wrapped
        self.governor = governor
        self.policy = policy
        self._streak: Counter[str] = Counter()  # 429s in a row per bucket: the back-off grows with them

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        bucket = bucket_for(request.method, request.url.path)
        slot = self.governor.take(bucket)
        try:
            response = self.wrapped.handle_request(request)
        except BaseException:
            self.governor.finish(slot)  # it may have reached the portal: it stays counted
            raise
        self.governor.finish(slot, response.headers)
        if bucket is None:
            return response
        if response.status_code == 429 and not is_capacity_429(response):
            self._streak[bucket] += 1
            hold = self.policy.delay_for(self._streak[bucket], response)
            count = self.governor.refused(bucket, hold)
            log.warning(
                "%s %s -> 429 in the %r bucket despite the budget (%d in the last day); holding it %.0f s",
                request.method, request.url.path, bucket, count, hold,
            )
            response.extensions[HELD] = hold
        else:
            self._streak.pop(bucket, None)
        return response

    def close(self) -> None:
        self.wrapped.close()


class RetryTransport(httpx.BaseTransport):
    """Reads (and job creations, when the portal cannot have acted) sent again with back-off."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.wrapped = wrapped
        self.policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        mode = retry_mode(request)
        if mode == ONCE:
            return self.wrapped.handle_request(request)
        policy = self.policy
        retry_n = 0
        not_found_n = 0
        accepted = False
        while True:
            try:
                response = self.wrapped.handle_request(request)
                if accepted:
                    response.extensions[ACCEPTED] = True
            except httpx.TransportError as exc:
                # Trying again cannot help a refused address, a proxy that said no or a certificate that
                # does not verify: the answer would be the same, only later.
                unsendable = isinstance(exc, (httpx.UnsupportedProtocol, httpx.ProxyError)) or is_certificate_failure(exc)
                ambiguous = mode == CREATE and not isinstance(exc, NOT_SENT_ERRORS)
                if unsendable or ambiguous or retry_n + 1 >= policy.attempts:
                    raise
                retry_n += 1
                self._sleep(policy.delay_for(retry_n))
                continue
            status = response.status_code
            accepted = accepted or (status < 500 and status not in (401, 403, 429))
            if status == 404 and request.extensions.get(RETRY_404):
                # A report answers 404 for a while after completion (bulk-api-facts.md, "[seen]").
                not_found_n += 1
                if not_found_n >= policy.report_not_ready_attempts:
                    return response
                response.close()
                self._sleep(policy.backoff(not_found_n, base=policy.report_not_ready_base))
                continue
            if status == 429 and is_capacity_429(response):
                return response  # a full queue is not a throttle: the caller says what to do
            retryable = RETRY_STATUSES if mode == READ else REFUSED_STATUSES
            if status not in retryable or retry_n + 1 >= policy.attempts:
                return response
            retry_n += 1
            held = response.extensions.get(HELD)
            response.close()
            if held is None:  # the throttle layer waits after its 429s, for every caller of the bucket
                self._sleep(policy.delay_for(retry_n, response))

    def close(self) -> None:
        self.wrapped.close()


def pipeline(
    http: httpx.Client,
    *,
    governor: Governor,
    retry: RetryPolicy,
    sleep: Callable[[float], None] = time.sleep,
) -> httpx.BaseTransport:
    """The layers of one portal connection over the network client ``http``."""
    return RetryTransport(ThrottleTransport(LoggingTransport(SendThrough(http)), governor, retry), retry, sleep)


def send_signed(transport: httpx.BaseTransport, auth: httpx.Auth, request: httpx.Request) -> httpx.Response:
    """``request`` through ``auth``'s flow over ``transport``, pumped as ``httpx.Client`` pumps an ``httpx.Auth``.

    The layers sit between the flow and the network client, so every request the flow yields (the token,
    the call, its resend after a 401) is retried, throttled and logged on its own.
    """
    flow = auth.sync_auth_flow(request)
    try:
        request = next(flow)
        while True:
            response = transport.handle_request(request)
            try:
                request = flow.send(response)
            except StopIteration:
                return response
            response.close()
    finally:
        flow.close()
