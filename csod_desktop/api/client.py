"""BulkApiClient: every Edge Bulk API call, on the layers of ``api.transports``.

The pipeline per call is httpx's: the sign-in flow (``ClientCredentialsAuth``: token, 401 → sign in
again) → retry of what is safe to repeat → the throttle budget → one request through the network client.
This module builds each request, says what it is (a read, a job creation, a data POST sent once) and
translates the answer into the ``csod_desktop.errors`` tree. Only the rule that data is never sent twice
lives here, in :meth:`BulkApiClient.post_import`.
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
from csod_desktop.api.auth import DEFAULT_SCOPES, ClientCredentialsAuth
from csod_desktop.api.errors import is_capacity_429, status_error, transport_error
from csod_desktop.api.governor import Governor
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
from csod_desktop.api.requestlog import logger
from csod_desktop.api.retry import NOT_SENT_ERRORS, RetryPolicy
from csod_desktop.api.transports import CREATE, ONCE, READ, RETRY, RETRY_404, pipeline, send_signed
from csod_desktop.api.upload import Progress, UploadSource
from csod_desktop.api.urls import BULK_PREFIX, TOKEN_PATH, normalize_root
from csod_desktop.errors import ApiError, ConfigError, NetworkError
from csod_desktop.i18n import number, translate

MAX_IMPORTS = facts.MAX_IMPORTS_PER_JOB
#: bulk-api-quick-start.txt Step 7 names the variants /report/errors and /report/warnings (the
#: throttling pages say /errors and /warnings: bulk-api-facts.md "[doc, conflicting]").
REPORT_PATHS = {"full": "/report", "errors": "/report/errors", "warnings": "/report/warnings"}


class BulkApiClient:
    """One portal, one OAuth application. Thread-safe enough for one worker per job.

    ``http`` is the network client (TLS, proxies, timeouts; the composition root's); the client's own
    layers (retry, throttle ``governor``, request log) are built over it in :attr:`transport`.
    """

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
        #: The ``httpx.Client`` every call goes through (the connection test reaches the portal with it).
        self.http = http
        self._sleep = sleep
        self.governor = governor if governor is not None else Governor(clock=clock, sleep=sleep, portal=self.root_url)
        self.retry = retry if retry is not None else RetryPolicy()
        self.auth = ClientCredentialsAuth(self.root_url + TOKEN_PATH, client_id, secret, scopes, clock=clock)
        self.transport = pipeline(http, governor=self.governor, retry=self.retry, sleep=sleep)
        self._spec: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"BulkApiClient({self.root_url!r}, client_id={self.auth.client_id!r})"

    def portal_reader(self) -> PortalReader:
        """The Employee and OU API reads of the same application (their own token, this governor)."""
        return reader_for(self.transport, self.root_url, self.auth)

    # ------------------------------------------------------------------------------ endpoints

    def token(self) -> str:
        """A valid access token (signs in when none is cached). Raises AuthenticationError on a 400."""
        return self.auth.token(self.transport)

    def specification(self, *, refresh: bool = False) -> dict[str, Any]:
        """The OpenAPI v3 document of the portal's Bulk API (kept in memory: it costs a shared-bucket call)."""
        if self._spec is None or refresh:
            self._spec = self._json(self._request(
                "GET", "/specification", what=translate("errors", "reading the API specification")))
        return self._spec

    def load_types(self) -> list[LoadType]:
        """Load types and custom OU type ids from ``CreateJobRequest`` → ``imports.items`` (data-format "Custom OUs")."""
        return load_types_from_specification(self.specification())

    def permissions(self) -> list[dict[str, Any]]:
        """``[{"type": "ou.division", "permission": "Bulk API - Division OU"}, ...]``."""
        what = translate("errors", "reading permissions")
        return parse_permissions(self._json(self._request("GET", "/permissions", what=what)))

    def schema(
        self, load_type: str, settings: dict[str, Any] | None = None, type_id: int | None = None
    ) -> dict[str, Any]:
        """The portal's schema for a load type (Step 2: a POST that only reads, so it is retried freely)."""
        if load_type == "ou.customou" and type_id is None:
            raise ConfigError(
                translate("errors", "A custom OU schema needs the custom OU's type id."),
                hint=translate("errors", "Pick the custom OU type from the list the portal offers."),
            )
        body: dict[str, Any] = {"type": load_type, "settings": dict(settings or {})}
        if type_id is not None:
            body["type_id"] = type_id
        what = translate("errors", "reading the {load_type} schema").format(load_type=load_type)
        response = self._request("POST", "/schemas", json=body, mode=READ, what=what)
        return self._json(response)

    def create_job(
        self, label: str | None, imports: Sequence[ImportSpec], callback: str | None = None
    ) -> CreatedJob:
        """Create a job of 1 to 20 imports (Step 4). ``callback`` must be an https:// URL."""
        if not imports:
            raise ConfigError(translate("errors", "A job needs at least one import."))
        if len(imports) > MAX_IMPORTS:
            raise ConfigError(
                translate(
                    "errors",
                    "A job can hold at most {most} imports; this one has {count}."
                ).format(most=number(MAX_IMPORTS), count=number(len(imports))),
                hint=translate("errors", "Split the files into several jobs."),
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
                    problem, hint=translate(
                        "errors",
                        "Use an HTTPS address, or leave the callback empty and let the app check the "
                        "status."
                    )
                )
            body["callback"] = callback.strip()
        for spec in imports:
            if spec.type == "ou.customou" and spec.type_id is None:
                raise ConfigError(translate("errors", "A custom OU import needs the custom OU's type id."))
        body["imports"] = [spec.to_json() for spec in imports]
        self.token()  # a sign-in failure must not read as "the job may have been created"
        what = translate("errors", "creating the job")
        response = self._request("POST", "/jobs", json=body, mode=CREATE, what=what)
        job = CreatedJob.from_response(self._json(response))
        if not job.job_id or len(job.imports) != len(imports):
            raise ApiError(
                translate(
                    "errors",
                    "The portal's answer to the new job could not be understood (job or import ids "
                    "missing)."
                ),
                status=response.status_code,
            )
        return job

    def job_status(self, job_id: str) -> JobStatus:
        """The status of a job and its imports (Step 6). Counts in the shared 5-per-minute bucket."""
        response = self._request("GET", f"/jobs/{job_id}", what=translate("errors", "checking the job status"))
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
        response = self._request("GET", "/jobs", params=params, what=translate("errors", "listing jobs"))
        return parse_job_list(self._json(response))

    def report(self, import_id: str, variant: str = "full") -> bytes:
        """The import's result CSV (Step 7). Every successful call spends one of the five downloads.

        A 404 right after completion is retried with back-off, a bounded number of times
        (bulk-api-facts.md "Capacity and data limits", "[seen]"); 410 raises ReportQuotaError.
        """
        try:
            suffix = REPORT_PATHS[variant]
        except KeyError:
            raise ConfigError(translate(
                "errors",
                "Unknown report variant {variant!r}: use full, errors or warnings."
            ).format(variant=variant)) from None
        response = self._request(
            "GET", f"/imports/{import_id}{suffix}", what=translate("errors", "downloading the report"),
            retry_404=True,
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
        what = translate("errors", "sending the data")
        # The body is a stream of our own (it restarts for a resend), so httpx adds no headers: Host and the
        # Content-Length it would have set are written here, and no chunked Transfer-Encoding is used.
        headers = {
            "Host": httpx.URL(url).netloc.decode("ascii"),
            "Content-Type": content_type,
            "Content-Length": str(source.size),
        }
        if encoding:
            headers["Content-Encoding"] = encoding
        self.token()  # sign-in problems surface here, before any data leaves
        retry_n = 0
        while True:
            body = source.body(progress)
            request = httpx.Request("POST", url, stream=body, headers=headers, extensions={RETRY: ONCE})
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
            else:
                status = response.status_code
                if status < 400:
                    return self._json(response, default={"import_id": import_id})
                cause = error = status_error(response, what=what)
                if status == 429 and not is_capacity_429(response):
                    outcome = "refused"  # the throttle layer holds the data bucket before the next try
                elif status >= 500:
                    outcome = "ambiguous"  # a 5xx may come after the portal stored the data
                else:
                    raise error  # 400, a capacity 429, a 401 the sign-in flow could not cure...
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
                translate(
                    "errors",
                    "The data was sent but the portal's answer was lost, and its job status could "
                    "not be read to confirm it arrived. Nothing was sent twice."
                ),
                hint=translate(
                    "errors",
                    "Check the job's status later (the app resumes it); send the file again only if "
                    "the import shows no records."
                ),
            ) from exc
        item = status.get(import_id)
        if item is None:
            raise NetworkError(
                translate(
                    "errors",
                    "The data was sent but the portal's answer was lost, and the job status does not "
                    "list this import. Nothing was sent twice."
                ),
                hint=translate("errors", "Check the job in Cornerstone's Bulk API History page."),
            ) from error
        return item.received

    # ------------------------------------------------------------------------------- plumbing

    def _url(self, path: str) -> str:
        return f"{self.root_url}{BULK_PREFIX}{path}"

    def _send(self, request: httpx.Request) -> httpx.Response:
        """The sign-in flow over the client's layers (``api.transports.send_signed``)."""
        return send_signed(self.transport, self.auth, request)

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        mode: str = READ,
        what: str = "",
        retry_404: bool = False,
        prefix: str = BULK_PREFIX,
    ) -> httpx.Response:
        """Send a call that is safe to repeat (``READ``) or a job creation (``CREATE``); translate failures.

        ``CREATE`` is repeated by the retry layer only when the portal cannot have acted on it (429, 503,
        a connection that never opened): a second empty job would be harmless (Step 4: no capacity is
        used until data is posted) but would still show in the portal's Bulk API History.
        """
        request = httpx.Request(
            method, f"{self.root_url}{prefix}{path}", json=json, params=params,
            headers={"Accept": "application/json"}, extensions={RETRY: mode, RETRY_404: retry_404},
        )
        try:
            response = self._send(request)
        except httpx.HTTPError as exc:
            error = transport_error(exc, what=what, host=request.url.host)
            if mode == CREATE and not isinstance(exc, NOT_SENT_ERRORS):
                raise NetworkError(
                    translate(
                        "errors",
                        "{error}; the portal may or may not have created the job."
                    ).format(error=str(error).rstrip('.')),
                    hint=translate(
                        "errors",
                        "No data was sent. Running the load again is safe; an empty job left behind "
                        "uses no capacity."
                    ),
                ) from exc
            raise error from exc
        if response.status_code >= 400:
            raise status_error(response, what=what)
        return response

    def read_json(self, path: str, params: dict[str, Any] | None = None, *, what: str = "") -> Any:
        """A read-only ``GET`` of any portal API under the root (``/services/api/x/users/v2/employees``,
        ``/services/api/x/organizations/v1/ous``...), with the same sign-in, budget and retries.

        Its bucket comes from ``api.governor.bucket_for`` (the Employee and OU API buckets of
        ``csod_desktop.facts``); the answer's JSON is returned.
        """
        if not path.startswith("/services/api/"):
            raise ConfigError(translate("errors", "Not a portal API path: {path!r}.").format(path=path))
        what = what or translate("errors", "reading from the portal")
        return self._json(self._request("GET", path, params=params, what=what, prefix=""))

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
                translate("errors", "The portal's answer could not be understood (it was not JSON)."),
                status=response.status_code,
                hint=translate("errors", "Check that the portal address points to a Cornerstone portal."),
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
