"""BulkApiClient: every Edge Bulk API call, with sign-in, the throttle governor and safe retries.

The pipeline per call: governor (wait for the bucket) → ``httpx.Client.send`` with the client
credentials auth flow → translate the answer. Retries live in :meth:`BulkApiClient._request`; a data
POST has its own loop in :meth:`BulkApiClient.post_import` because it must never be sent twice.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from csod_desktop import facts
from csod_desktop.api import governor as gov
from csod_desktop.api.auth import DEFAULT_SCOPES, ClientCredentialsAuth, is_token_failure, replayable
from csod_desktop.api.errors import is_capacity_429, status_error, transport_error
from csod_desktop.api.governor import Governor, bucket_for
from csod_desktop.api.models import (
    CreatedJob,
    ImportSpec,
    JobStatus,
    LoadType,
    load_types_from_specification,
    parse_job_list,
    parse_permissions,
)
from csod_desktop.api.portal_read import PortalReader, reader_for
from csod_desktop.api.requestlog import log_exchange, logger
from csod_desktop.api.retry import NOT_SENT_ERRORS, REFUSED_STATUSES, RETRY_STATUSES, RetryPolicy
from csod_desktop.api.upload import Progress, UploadSource
from csod_desktop.api.urls import BULK_PREFIX, TOKEN_PATH, normalize_root
from csod_desktop.errors import ApiError, ConfigError, NetworkError

MAX_IMPORTS = facts.MAX_IMPORTS_PER_JOB
#: bulk-api-quick-start.txt Step 7 names the variants /report/errors and /report/warnings (the
#: throttling pages say /errors and /warnings: bulk-api-facts.md "[doc, conflicting]").
REPORT_PATHS = {"full": "/report", "errors": "/report/errors", "warnings": "/report/warnings"}

READ, CREATE = "read", "create"


class BulkApiClient:
    """One portal, one OAuth application. Thread-safe enough for one worker per job."""

    def __init__(
        self,
        http: httpx.Client,
        root_url: str,
        client_id: str,
        secret: Callable[[], str],
        scopes: str = DEFAULT_SCOPES,
        *,
        governor: Governor | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.root_url = normalize_root(root_url)
        self._http = http
        self._clock = clock
        self._sleep = sleep
        self.governor = governor if governor is not None else Governor(clock=clock, sleep=sleep)
        self.retry = retry if retry is not None else RetryPolicy()
        self.auth = ClientCredentialsAuth(
            self.root_url + TOKEN_PATH, client_id, secret, scopes, clock=clock, before_resend=self._count_resend
        )
        self._spec: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"BulkApiClient({self.root_url!r}, client_id={self.auth.client_id!r})"

    @property
    def http(self) -> httpx.Client:
        """The ``httpx.Client`` every call goes through (the connection test reaches the portal with it)."""
        return self._http

    def portal_reader(self) -> PortalReader:
        """The Employee and OU API reads of the same application (their own token, this governor)."""
        return reader_for(self._http, self.root_url, self.auth, self.governor, self.retry, self._sleep)

    # ------------------------------------------------------------------------------ endpoints

    def token(self) -> str:
        """A valid access token (signs in when none is cached). Raises AuthenticationError on a 400."""
        retry_n = 0
        while True:
            try:
                return self.auth.token(self._http)
            except (ApiError, NetworkError) as exc:
                status = getattr(exc, "status", None)
                retryable = isinstance(exc, NetworkError) or (status in RETRY_STATUSES)
                if not retryable or retry_n + 1 >= self.retry.attempts:
                    raise
                retry_n += 1
                self._sleep(self.retry.backoff(retry_n))

    def specification(self, *, refresh: bool = False) -> dict[str, Any]:
        """The OpenAPI v3 document of the portal's Bulk API (kept in memory: it costs a shared-bucket call)."""
        if self._spec is None or refresh:
            self._spec = self._json(self._request("GET", "/specification", what="reading the API specification"))
        return self._spec

    def load_types(self) -> list[LoadType]:
        """Load types and custom OU type ids from ``CreateJobRequest`` → ``imports.items`` (data-format "Custom OUs")."""
        return load_types_from_specification(self.specification())

    def permissions(self) -> list[dict[str, Any]]:
        """``[{"type": "ou.division", "permission": "Bulk API - Division OU"}, ...]``."""
        return parse_permissions(self._json(self._request("GET", "/permissions", what="reading permissions")))

    def schema(
        self, load_type: str, settings: dict[str, Any] | None = None, type_id: int | None = None
    ) -> dict[str, Any]:
        """The portal's schema for a load type (Step 2: a POST that only reads, so it is retried freely)."""
        if load_type == "ou.customou" and type_id is None:
            raise ConfigError(
                "A custom OU schema needs the custom OU's type id.",
                hint="Pick the custom OU type from the list the portal offers.",
            )
        body: dict[str, Any] = {"type": load_type, "settings": dict(settings or {})}
        if type_id is not None:
            body["type_id"] = type_id
        response = self._request("POST", "/schemas", json=body, what=f"reading the {load_type} schema")
        return self._json(response)

    def create_job(
        self, label: str | None, imports: Sequence[ImportSpec], callback: str | None = None
    ) -> CreatedJob:
        """Create a job of 1 to 20 imports (Step 4). ``callback`` must be an https:// URL."""
        if not imports:
            raise ConfigError("A job needs at least one import.")
        if len(imports) > MAX_IMPORTS:
            raise ConfigError(
                f"A job can hold at most {MAX_IMPORTS} imports; this one has {len(imports)}.",
                hint="Split the files into several jobs.",
            )
        body: dict[str, Any] = {}
        if label:
            body["label"] = label
        if callback:
            # bulk-api-quick-start.txt Step 4: "Including an HTTP endpoint in this field will result in a
            # validation error." Refuse it here, before anything is sent.
            problem = facts.callback_problem(callback)
            if problem:
                raise ConfigError(
                    problem, hint="Use an HTTPS address, or leave the callback empty and let the app check the status."
                )
            body["callback"] = callback.strip()
        for spec in imports:
            if spec.type == "ou.customou" and spec.type_id is None:
                raise ConfigError("A custom OU import needs the custom OU's type id.")
        body["imports"] = [spec.to_json() for spec in imports]
        self.token()  # a sign-in failure must not read as "the job may have been created"
        response = self._request("POST", "/jobs", json=body, kind=CREATE, what="creating the job")
        job = CreatedJob.from_response(self._json(response))
        if not job.job_id or len(job.imports) != len(imports):
            raise ApiError(
                "The portal's answer to the new job could not be understood (job or import ids missing).",
                status=response.status_code,
            )
        return job

    def job_status(self, job_id: str) -> JobStatus:
        """The status of a job and its imports (Step 6). Counts in the shared 5-per-minute bucket."""
        response = self._request("GET", f"/jobs/{job_id}", what="checking the job status")
        return JobStatus.from_response(self._json(response), job_id)

    def next_status_check_in(self) -> float:
        """Seconds before a status call may go without drawing a 429 (for the "next check in" display)."""
        return self.governor.delay(gov.SHARED)

    def list_jobs(
        self,
        from_date: dt.date | str,
        to_date: dt.date | str,
        page_number: int = 1,
        page_size: int = 50,
    ) -> list[dict[str, Any]]:
        """Jobs created between two dates (``GET /jobs``; the answer's shape is unpublished)."""
        params = {
            "job_create_from_date": _iso_date(from_date),
            "job_create_to_date": _iso_date(to_date),
            "page_number": page_number,
            "page_size": page_size,
        }
        response = self._request("GET", "/jobs", params=params, what="listing jobs")
        return parse_job_list(self._json(response))

    def report(self, import_id: str, variant: str = "full") -> bytes:
        """The import's result CSV (Step 7). Every successful call spends one of the five downloads.

        A 404 right after completion is retried with back-off, a bounded number of times
        (bulk-api-facts.md "Capacity and data limits", "[seen]"); 410 raises ReportQuotaError.
        """
        try:
            suffix = REPORT_PATHS[variant]
        except KeyError:
            raise ConfigError(f"Unknown report variant {variant!r}: use full, errors or warnings.") from None
        response = self._request(
            "GET", f"/imports/{import_id}{suffix}", what="downloading the report", retry_404=True
        )
        return response.content

    # --------------------------------------------------------------------------- data upload

    def post_import(
        self,
        import_id: str,
        payload: bytes | Path,
        *,
        job_id: str,
        content_type: str = "text/csv",
        content_encoding: str | None = None,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Send an import's data (Step 5), streamed; ``progress(sent_bytes, total_bytes)``.

        Never sent twice: after an ambiguous failure (connection dropped or timed out after the body
        left, or a 5xx) the job status tells whether the portal received the import, and the data is
        sent again only when it did not. Refusals (429, 401) and connections that never opened are
        retried with back-off. Returns the portal's answer (``remaining_capacity``, ``report_url``...);
        when the receipt was confirmed through the job status instead, ``{"import_id", "confirmed_by":
        "job_status"}``.
        """
        source = UploadSource(payload)
        encoding = source.content_encoding(content_encoding)
        source.check_size(encoding)
        url = self._url(f"/imports/{import_id}")
        what = "sending the data"
        headers = {"Content-Type": content_type, "Content-Length": str(source.size)}
        if encoding:
            headers["Content-Encoding"] = encoding
        self.token()  # sign-in problems surface here, before any data leaves
        retry_n = 0
        refreshed_after_401 = False
        while True:
            body = source.body(progress)
            request = httpx.Request("POST", url, content=iter(body), headers=headers)
            try:
                response = self._send(request)
            except NOT_SENT_ERRORS as exc:
                outcome: str = "not sent"
                error: Exception = transport_error(exc, what=what, host=request.url.host)
                cause: BaseException = exc
            except httpx.HTTPError as exc:
                outcome = "ambiguous"
                error = transport_error(exc, what=what, host=request.url.host)
                cause = exc
            except ApiError as exc:
                if not is_token_failure(exc) or exc.status not in RETRY_STATUSES:
                    raise
                outcome, error, cause = "not sent", exc, exc
            else:
                status = response.status_code
                if status < 400:
                    return self._json(response, default={"import_id": import_id})
                cause = error = status_error(response, what=what)
                if status == 401 and not refreshed_after_401:
                    # The auth flow cannot replay a stream: it dropped the token, send again once.
                    refreshed_after_401 = True
                    continue
                if status == 429 and is_capacity_429(response):
                    raise error
                if status in REFUSED_STATUSES and status != 503:
                    outcome = "refused"
                    self.governor.block(gov.DATA, self.retry.delay_for(retry_n + 1, response))
                elif status >= 500:
                    outcome = "ambiguous"  # a 5xx may come after the portal stored the data
                else:
                    raise error
            finally:
                body.close()
            if outcome == "ambiguous":
                # Ask first, even on the last attempt: the answer may be "it arrived", which is success.
                self._sleep(self.retry.backoff(retry_n + 1))
                if self._import_received(job_id, import_id, error):
                    logger.info("import %s was received despite the failed answer: not sent again", import_id)
                    return {"import_id": import_id, "message": "request received", "confirmed_by": "job_status"}
                logger.info("import %s was not received: it may be sent again", import_id)
            if retry_n + 1 >= self.retry.attempts:
                _raise(error, cause)
            retry_n += 1
            if outcome == "not sent":
                self._sleep(self.retry.backoff(retry_n))

    def _import_received(self, job_id: str, import_id: str, error: Exception) -> bool:
        """Ask the job status whether an import's data arrived. Unknown → raise, never guess."""
        try:
            status = self.job_status(job_id)
        except (ApiError, NetworkError) as exc:
            raise NetworkError(
                "The data was sent but the portal's answer was lost, and its job status could not be read "
                "to confirm it arrived. Nothing was sent twice.",
                hint="Check the job's status later (the app resumes it); send the file again only if the "
                "import shows no records.",
            ) from exc
        item = status.get(import_id)
        if item is None:
            raise NetworkError(
                "The data was sent but the portal's answer was lost, and the job status does not list this "
                "import. Nothing was sent twice.",
                hint="Check the job in Cornerstone's Bulk API History page.",
            ) from error
        return item.received

    # ------------------------------------------------------------------------------- plumbing

    def _url(self, path: str) -> str:
        return f"{self.root_url}{BULK_PREFIX}{path}"

    def _count_resend(self, request: httpx.Request) -> None:
        """A request sent again by the auth flow after a 401 counts in its throttle bucket too."""
        self.governor.acquire(bucket_for(request.method, request.url.path))

    def _send(self, request: httpx.Request) -> httpx.Response:
        """Wait for the bucket, then send once through the auth flow (logs failures; successes log in the flow)."""
        self.governor.acquire(bucket_for(request.method, request.url.path))
        started = time.perf_counter()
        try:
            return self._http.send(request, auth=self.auth)
        except httpx.HTTPError as exc:
            log_exchange(request, exc, started)
            raise

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        kind: str = READ,
        what: str = "",
        retry_404: bool = False,
    ) -> httpx.Response:
        """Send a call that is safe to repeat (``READ``) or a job creation (``CREATE``), with retries.

        ``CREATE`` is retried only when the portal cannot have acted on it (429, 503, a connection that
        never opened): a second empty job would be harmless (Step 4: no capacity is used until data is
        posted) but would still show in the portal's Bulk API History.
        """
        url = self._url(path)
        retry_n = 0
        not_found_n = 0
        refreshed_after_401 = False
        while True:
            request = httpx.Request(method, url, json=json, params=params, headers={"Accept": "application/json"})
            delay_base: float | None = None
            can_replay = replayable(request)  # before sending: reading the body may change the stream
            try:
                response = self._send(request)
            except httpx.HTTPError as exc:
                error: Exception = transport_error(exc, what=what, host=request.url.host)
                if kind == CREATE and not isinstance(exc, NOT_SENT_ERRORS):
                    raise NetworkError(
                        f"{str(error).rstrip('.')}; the portal may or may not have created the job.",
                        hint="No data was sent. Running the load again is safe; an empty job left behind "
                        "uses no capacity.",
                    ) from exc
                cause: BaseException = exc
                response = None
            except ApiError as exc:
                if not (is_token_failure(exc) and exc.status in RETRY_STATUSES):
                    raise
                error, cause, response = exc, exc, None
            else:
                status = response.status_code
                if status < 400:
                    return response
                error = cause = status_error(response, what=what)
                if status == 401 and not refreshed_after_401 and not can_replay:
                    refreshed_after_401 = True
                    continue
                if status == 429 and is_capacity_429(response):
                    raise error
                retryable = RETRY_STATUSES if kind == READ else REFUSED_STATUSES
                if status == 404 and retry_404:
                    not_found_n += 1
                    if not_found_n >= self.retry.report_not_ready_attempts:
                        raise error
                    self._sleep(self.retry.backoff(not_found_n, base=self.retry.report_not_ready_base))
                    continue
                if status not in retryable:
                    raise error
                if status == 429:
                    delay = self.retry.delay_for(retry_n + 1, response)
                    self.governor.block(bucket_for(method, request.url.path), delay)
                    delay_base = 0.0  # the governor does the waiting, for every thread
            if retry_n + 1 >= self.retry.attempts:
                _raise(error, cause)
            retry_n += 1
            if delay_base is None:
                self._sleep(self.retry.delay_for(retry_n, response))

    @staticmethod
    def _json(response: httpx.Response, default: Any = None) -> Any:
        if not response.content:
            return default if default is not None else {}
        try:
            return response.json()
        except ValueError as exc:
            if default is not None:
                return default
            raise ApiError(
                "The portal's answer could not be understood (it was not JSON).",
                status=response.status_code,
                hint="Check that the portal address points to a Cornerstone portal.",
            ) from exc


def _raise(error: Exception, cause: BaseException) -> None:
    if error is cause:
        raise error
    raise error from cause


def _iso_date(value: dt.date | str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
