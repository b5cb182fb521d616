"""Translate httpx errors and portal error statuses into the ``csod_desktop.errors`` tree.

This is the one boundary where httpx exceptions stop: callers above the api layer only ever see a
:class:`~csod_desktop.errors.CsodError`. Messages are sentences an HR administrator can act on.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from csod_desktop.api.network import CERTIFICATE_HINT, is_certificate_failure
from csod_desktop.errors import (
    ApiError,
    AuthenticationError,
    CapacityError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    PortalValidationError,
    ReportExpiredError,
    ReportQuotaError,
    ServerError,
    SignInError,
    ThrottledError,
)

API_MANAGEMENT_HINT = (
    "Check the client id and secret in Cornerstone (Admin > Tools > Edge > API Management) "
    "and in this connection profile."
)
SCOPES_HINT = (
    "In API Management, check that the application has the Bulk API scopes, and that its service "
    "account has the 'Access Edge Bulk API' permission and the permission for this load type."
)


def error_envelope(response: httpx.Response) -> tuple[str | None, str | None]:
    """(message, errorId) from the documented error envelope; both None when the body is not one.

    Envelope (bulk-api-facts.md "Endpoints"): ``{"status","timeStamp","error":{"errorId","message",...}}``.
    """
    try:
        body: Any = json.loads(response.content or b"null")
    except (ValueError, UnicodeDecodeError, httpx.ResponseNotRead):
        return None, None
    if not isinstance(body, dict):
        return None, None
    err = body.get("error")
    if isinstance(err, dict):
        message = err.get("message") or err.get("description")
        details = err.get("details")
        if details and isinstance(details, (list, str)):
            extra = "; ".join(str(d) for d in details) if isinstance(details, list) else details
            message = f"{message} ({extra})" if message else extra
        return (str(message) if message else None), (str(err["errorId"]) if err.get("errorId") else None)
    if isinstance(err, str):
        return err, None
    message = body.get("message") or body.get("error_description")
    return (str(message) if message else None), None


def is_capacity_429(response: httpx.Response) -> bool:
    """A 429 about the portal's job queue / import capacity rather than the per-minute throttle.

    The throttle's body says "CSOD Too many requests." (bulk-api-facts.md "Endpoints"); capacity refusals
    (50 queued jobs, 5 imports per load type, "Capacity and data limits") are 429s whose wording is
    unpublished. Only a message that speaks of capacity or a queue counts: anything else is treated as
    the throttle, which is retried, because waiting is the right answer to both.
    """
    if response.status_code != 429:
        return False
    message, _ = error_envelope(response)
    text = (message or "").lower()
    if "too many requests" in text:
        return False
    return any(word in text for word in ("capacity", "queue", "concurrent", "maximum number"))


def _portal_says(message: str | None) -> str:
    return f" The portal said: {message.rstrip('.')}." if message else ""


def token_error(response: httpx.Response) -> SignInError:
    """The error for a failed call to the token endpoint: a :class:`SignInError`, worded as any call's."""
    message, error_id = error_envelope(response)
    status = response.status_code
    if status in (400, 401):
        # bulk-api-quick-start.txt Step 1: "If you receive an HTTP 400 error, verify that your clientId and
        # clientSecret are correct".
        return AuthenticationError(
            f"The portal rejected the client id or secret (HTTP {status} when signing in).",
            status=status, error_id=error_id, hint=API_MANAGEMENT_HINT,
        )
    said = status_error(response, what="signing in to the portal")
    return SignInError(str(said), status=status, error_id=error_id, hint=said.hint)


def status_error(response: httpx.Response, *, what: str = "") -> ApiError:
    """The :class:`ApiError` subclass for an error status of a Bulk API call."""
    message, error_id = error_envelope(response)
    status = response.status_code
    doing = f" while {what}" if what else ""
    said = _portal_says(message)
    if status == 400:
        return PortalValidationError(
            f"The portal refused the request{doing} (HTTP 400).{said}",
            status=status, error_id=error_id,
            hint="Check the load settings (and that a callback URL starts with https://).",
        )
    if status in (401, 403):
        return PermissionDeniedError(
            f"The portal refused access{doing} even with a fresh sign-in (HTTP {status}): a scope or "
            f"permission is missing.{said}",
            status=status, error_id=error_id, hint=SCOPES_HINT,
        )
    if status == 404:
        return NotFoundError(
            f"The portal does not know what was asked for{doing} (HTTP 404).{said}",
            status=status, error_id=error_id,
            hint="Check the portal address; the job or import may belong to another portal or environment.",
        )
    if status == 410:
        text = (message or "").lower()
        if "expire" in text or "retention" in text or "30 days" in text:
            return ReportExpiredError(
                f"This report is no longer available: Cornerstone keeps results for 30 days.{said}",
                status=status, error_id=error_id,
            )
        return ReportQuotaError(
            f"The portal refused the report download (HTTP 410): a report can be downloaded only five "
            f"times and none are left.{said}",
            status=status, error_id=error_id,
            hint="Use the copy saved by this app, if there is one.",
        )
    if status == 429 and is_capacity_429(response):
        return CapacityError(
            f"The portal is at capacity{doing} (HTTP 429): too many jobs are queued or too many imports "
            f"of this type are running.{said}",
            status=status, error_id=error_id,
            hint="Wait for running loads (including ones started in Cornerstone's own screens) to finish, then try again.",
        )
    if status == 429:
        return ThrottledError(
            f"The portal kept answering 'too many requests'{doing} (HTTP 429) after several waits.",
            status=status, error_id=error_id,
            hint="Another program may be using the same API application; try again in a few minutes.",
        )
    if status >= 500:
        return ServerError(
            f"The portal had a problem on its side{doing} (HTTP {status}) and kept failing after several tries.{said}",
            status=status, error_id=error_id, hint="Try again later.",
        )
    return ApiError(
        f"The portal answered with an unexpected error{doing} (HTTP {status}).{said}",
        status=status, error_id=error_id,
    )


def transport_error(exc: httpx.HTTPError, *, what: str = "", host: str = "") -> NetworkError:
    """The :class:`NetworkError` for a connection failure (DNS, TLS, refused, dropped, timeout)."""
    where = f" {host}" if host else ""
    doing = f" while {what}" if what else ""
    text = str(exc)
    if isinstance(exc, httpx.ConnectTimeout):
        return NetworkError(
            f"The portal{where} did not answer the connection in time{doing}.",
            hint="Check the network connection and the portal address.",
        )
    if isinstance(exc, httpx.ProxyError):
        return NetworkError(
            f"The proxy refused to connect to the portal{where}{doing}.",
            hint="Check the proxy address, user name and password in the profile's Advanced section, or ask "
            "IT which proxy to use.",
        )
    if isinstance(exc, httpx.ConnectError):
        if is_certificate_failure(exc) or "certificate" in text.lower() or "ssl" in text.lower():
            return NetworkError(
                f"The secure connection to the portal{where} could not be verified{doing}.",
                hint=CERTIFICATE_HINT,
            )
        return NetworkError(
            f"The portal{where} could not be reached{doing}.",
            hint="Check the network connection and the portal address (and the proxy settings, if any).",
        )
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(
            f"The portal{where} did not answer in time{doing}.", hint="Try again in a few minutes."
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        return NetworkError(f"The portal address is not usable{doing}: {text}.", hint="Check the portal address.")
    return NetworkError(
        f"The connection to the portal{where} was interrupted{doing}.", hint="Try again in a few minutes."
    )
