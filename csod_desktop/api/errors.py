"""Translate httpx errors and portal error statuses into the ``csod_desktop.errors`` tree.

This is the one boundary where httpx exceptions stop: callers above the api layer only ever see a
:class:`~csod_desktop.errors.CsodError`. Messages are sentences an HR administrator can act on.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from csod_desktop.api.network import certificate_hint, is_certificate_failure
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
from csod_desktop.i18n import translate



def api_management_hint() -> str:
    """Where the client id and secret are checked (a sign-in refused)."""
    return translate(
        "errors",
        "Check the client id and secret in Cornerstone (Admin > Tools > Edge > API Management) "
        "and in this connection profile.",
    )


def scopes_hint() -> str:
    """What to check when a fresh token is still refused."""
    return translate(
        "errors",
        "In API Management, check that the application has the Bulk API scopes, and that its service "
        "account has the 'Access Edge Bulk API' permission and the permission for this load type.",
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
    """" The portal said: ...": our words around the portal's own text, which is kept as it came."""
    if not message:
        return ""
    return " " + translate("errors", "The portal said: {message}.").format(message=message.rstrip("."))


def _while(what: str, doing: str, plain: str, **values: object) -> str:
    """``doing`` (a sentence with "while {what}") when there is a ``what``, else ``plain``; filled in.

    Two whole sentences rather than a " while ..." fragment, so that a translator words each; ``what`` is
    itself a translated phrase ("creating the job") given by the caller.
    """
    return (doing if what else plain).format(what=what, **values)


def token_error(response: httpx.Response) -> SignInError:
    """The error for a failed call to the token endpoint: a :class:`SignInError`, worded as any call's."""
    message, error_id = error_envelope(response)
    status = response.status_code
    if status in (400, 401):
        # bulk-api-quick-start.txt Step 1: "If you receive an HTTP 400 error, verify that your clientId and
        # clientSecret are correct".
        return AuthenticationError(
            translate("errors", "The portal rejected the client id or secret (HTTP {status} when signing in).")
            .format(status=status),
            status=status, error_id=error_id, hint=api_management_hint(),
        )
    said = status_error(response, what=translate("errors", "signing in to the portal"))
    return SignInError(str(said), status=status, error_id=error_id, hint=said.hint)


def status_error(response: httpx.Response, *, what: str = "") -> ApiError:
    """The :class:`ApiError` subclass for an error status of a Bulk API call.

    ``what`` is a translated phrase for what was being done ("creating the job"), or empty.
    """
    message, error_id = error_envelope(response)
    status = response.status_code
    said = _portal_says(message)
    if status == 400:
        return PortalValidationError(
            _while(what, translate("errors", "The portal refused the request while {what} (HTTP 400).{said}"),
                   translate("errors", "The portal refused the request (HTTP 400).{said}"), said=said),
            status=status, error_id=error_id,
            hint=translate("errors", "Check the load settings (and that a callback URL starts with https://)."),
        )
    if status in (401, 403):
        return PermissionDeniedError(
            _while(what, translate("errors", "The portal refused access while {what} even with a fresh sign-in "
                                             "(HTTP {status}): a scope or permission is missing.{said}"),
                   translate("errors", "The portal refused access even with a fresh sign-in (HTTP {status}): "
                                       "a scope or permission is missing.{said}"),
                   status=status, said=said),
            status=status, error_id=error_id, hint=scopes_hint(),
        )
    if status == 404:
        return NotFoundError(
            _while(what, translate("errors", "The portal does not know what was asked for while {what} (HTTP 404).{said}"),
                   translate("errors", "The portal does not know what was asked for (HTTP 404).{said}"), said=said),
            status=status, error_id=error_id,
            hint=translate("errors", "Check the portal address; the job or import may belong to another portal or "
                                     "environment."),
        )
    if status == 410:
        text = (message or "").lower()
        if "expire" in text or "retention" in text or "30 days" in text:
            return ReportExpiredError(
                translate("errors", "This report is no longer available: Cornerstone keeps results for 30 days.{said}")
                .format(said=said),
                status=status, error_id=error_id,
            )
        return ReportQuotaError(
            translate("errors", "The portal refused the report download (HTTP 410): a report can be downloaded only "
                                "five times and none are left.{said}").format(said=said),
            status=status, error_id=error_id,
            hint=translate("errors", "Use the copy saved by this app, if there is one."),
        )
    if status == 429 and is_capacity_429(response):
        return CapacityError(
            _while(what, translate("errors", "The portal is at capacity while {what} (HTTP 429): too many jobs are "
                                             "queued or too many imports of this type are running.{said}"),
                   translate("errors", "The portal is at capacity (HTTP 429): too many jobs are queued or too many "
                                       "imports of this type are running.{said}"), said=said),
            status=status, error_id=error_id,
            hint=translate("errors", "Wait for running loads (including ones started in Cornerstone's own screens) "
                                     "to finish, then try again."),
        )
    if status == 429:
        return ThrottledError(
            _while(what, translate("errors", "The portal kept answering 'too many requests' while {what} (HTTP 429) "
                                             "after several waits."),
                   translate("errors", "The portal kept answering 'too many requests' (HTTP 429) after several waits.")),
            status=status, error_id=error_id,
            hint=translate("errors", "Another program may be using the same API application; try again in a few "
                                     "minutes."),
        )
    if status >= 500:
        return ServerError(
            _while(what, translate("errors", "The portal had a problem on its side while {what} (HTTP {status}) and "
                                             "kept failing after several tries.{said}"),
                   translate("errors", "The portal had a problem on its side (HTTP {status}) and kept failing after "
                                       "several tries.{said}"), status=status, said=said),
            status=status, error_id=error_id, hint=translate("errors", "Try again later."),
        )
    return ApiError(
        _while(what, translate("errors", "The portal answered with an unexpected error while {what} (HTTP {status}).{said}"),
               translate("errors", "The portal answered with an unexpected error (HTTP {status}).{said}"),
               status=status, said=said),
        status=status, error_id=error_id,
    )


def transport_error(exc: httpx.HTTPError, *, what: str = "", host: str = "") -> NetworkError:
    """The :class:`NetworkError` for a connection failure (DNS, TLS, refused, dropped, timeout).

    ``what`` is a translated phrase ("signing in"), or empty; ``host`` is the portal's host name (data).
    """
    where = f" {host}" if host else ""  # the host name follows "The portal" in every language's sentence
    text = str(exc)
    if isinstance(exc, httpx.ConnectTimeout):
        return NetworkError(
            _while(what, translate("errors", "The portal{where} did not answer the connection in time while {what}."),
                   translate("errors", "The portal{where} did not answer the connection in time."), where=where),
            hint=translate("errors", "Check the network connection and the portal address."),
        )
    if isinstance(exc, httpx.ProxyError):
        return NetworkError(
            _while(what, translate("errors", "The proxy refused to connect to the portal{where} while {what}."),
                   translate("errors", "The proxy refused to connect to the portal{where}."), where=where),
            hint=translate("errors", "Check the proxy address, user name and password in the profile's Advanced "
                                     "section, or ask IT which proxy to use."),
        )
    if isinstance(exc, httpx.ConnectError):
        if is_certificate_failure(exc) or "certificate" in text.lower() or "ssl" in text.lower():
            return NetworkError(
                _while(what, translate("errors", "The secure connection to the portal{where} could not be verified "
                                                 "while {what}."),
                       translate("errors", "The secure connection to the portal{where} could not be verified."),
                       where=where),
                hint=certificate_hint(),
            )
        return NetworkError(
            _while(what, translate("errors", "The portal{where} could not be reached while {what}."),
                   translate("errors", "The portal{where} could not be reached."), where=where),
            hint=translate("errors", "Check the network connection and the portal address (and the proxy settings, "
                                     "if any)."),
        )
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(
            _while(what, translate("errors", "The portal{where} did not answer in time while {what}."),
                   translate("errors", "The portal{where} did not answer in time."), where=where),
            hint=translate("errors", "Try again in a few minutes."),
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        # The text after the colon is httpx's (or PlainHttpRefused's) own, kept as it came.
        return NetworkError(
            _while(what, translate("errors", "The portal address is not usable while {what}: {reason}."),
                   translate("errors", "The portal address is not usable: {reason}."), reason=text),
            hint=translate("errors", "Check the portal address."),
        )
    return NetworkError(
        _while(what, translate("errors", "The connection to the portal{where} was interrupted while {what}."),
               translate("errors", "The connection to the portal{where} was interrupted."), where=where),
        hint=translate("errors", "Try again in a few minutes."),
    )
