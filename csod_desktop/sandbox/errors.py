"""One class per Bulk API error, rendered in the envelope Cornerstone uses for its 429 (bulk-api-facts.md).

    SandboxApiError              base: ``status``, ``message``; ``body()`` is the documented envelope
    ├── BadRequest               400 malformed request (bad JSON, unknown load type, unknown setting value)
    │   ├── InvalidCredentials   400 at the token endpoint: wrong client id/secret or grant type
    │   ├── ValidationFailed     400 a job request that breaks a rule (http callback, more than 20 imports)
    │   ├── UnsupportedPayload   400 not CSV/JSON, unreadable gzip, more than 300 columns
    │   └── ImportAlreadyReceived 400 a second data POST to the same import
    ├── Unauthorized             401 token missing, unknown or expired
    │   └── MissingScope         401 the token lacks the endpoint's scope
    ├── NotFound                 404 wrong path or id
    │   └── ReportNotReady       404 right after completion (bulk-api-facts.md "[seen]")
    ├── DownloadsExhausted       410 the sixth download of a report
    ├── ReportExpired            410 past the 30-day retention
    ├── RequestTooLarge          413 a request body past what the sandbox reads (1 MB outside data POSTs)
    │   └── PayloadTooLarge      413 over 20 MB and not gzip-encoded, or past the sandbox's payload cap
    ├── TooManyRequests          429 "CSOD Too many requests." (throttle; body exactly as documented)
    ├── CapacityExceeded         429 the job queue (50) or a load type's concurrent imports (5, 15) is full
    └── InjectedFault            any status, from a control-plane fault rule
"""

from __future__ import annotations

import uuid
from typing import Any


class SandboxApiError(Exception):
    """An API error answered to the client; never a crash of the sandbox."""

    status: int = 500
    default_message: str = "CSOD Internal server error."

    def __init__(self, message: str | None = None, *, description: str | None = None,
                 details: Any = None) -> None:
        self.message = message or self.default_message
        self.description = description
        self.details = details
        super().__init__(self.message)

    def body(self, time_stamp: str) -> dict[str, Any]:
        """The envelope of bulk-api-facts.md, "Endpoints, scopes and throttles" (the 429 example)."""
        return {
            "status": str(self.status),
            "timeStamp": time_stamp,
            "error": {
                "errorId": str(uuid.uuid4()),
                "message": self.message,
                "code": str(self.status),
                "description": self.description,
                "details": self.details,
            },
        }


class BadRequest(SandboxApiError):
    status = 400
    default_message = "CSOD Bad request."


class InvalidCredentials(BadRequest):
    default_message = "Invalid client id, client secret or grant type."


class ValidationFailed(BadRequest):
    default_message = "CSOD Validation error."


class UnsupportedPayload(BadRequest):
    default_message = "The payload must be CSV (text/csv) or JSON (application/json)."


class ImportAlreadyReceived(BadRequest):
    default_message = "This import has already received its data: send one payload per import."


class Unauthorized(SandboxApiError):
    status = 401
    default_message = "CSOD Unauthorized: the access token is missing, invalid or expired."


class MissingScope(Unauthorized):
    default_message = "CSOD Unauthorized: the access token does not carry the scope this call needs."


class NotFound(SandboxApiError):
    status = 404
    default_message = "CSOD Not found."


class ReportNotReady(NotFound):
    default_message = "CSOD Not found: the import's report is not ready yet."


class DownloadsExhausted(SandboxApiError):
    status = 410
    default_message = "CSOD Gone: this import's results were already downloaded five times."


class ReportExpired(SandboxApiError):
    status = 410
    default_message = "CSOD Gone: import results are kept 30 days; this import's results have expired."


class RequestTooLarge(SandboxApiError):
    status = 413
    default_message = "CSOD Request entity too large."


class PayloadTooLarge(RequestTooLarge):
    default_message = "Payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip."


class TooManyRequests(SandboxApiError):
    status = 429
    default_message = "CSOD Too many requests."


class CapacityExceeded(SandboxApiError):
    status = 429
    default_message = "CSOD capacity reached: too many jobs or imports are queued."


class InjectedFault(SandboxApiError):
    """A fault from a control-plane rule: the status the rule asked for, in the same envelope.

    A 429 reads exactly as the throttle's (so a client treats it as one); other statuses get a short message.
    """

    MESSAGES = {429: TooManyRequests.default_message, 500: "CSOD Internal server error.",
                502: "CSOD Bad gateway.", 503: "CSOD Service unavailable.", 504: "CSOD Gateway timeout."}

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(self.MESSAGES.get(status, f"CSOD error (HTTP {status})."))
