"""The one exception tree of csod-desktop: every error a user can meet, with a sentence they can act on.

    CsodError                      base: ``str(err)`` is the sentence shown to an HR administrator
    ├── ConfigError                a profile, URL or setting that cannot be used as given
    ├── SecretError                no keyring backend, or no secret available for this run
    ├── InputFileError             a data file that cannot be read (names the line and the cause)
    ├── TemplateError              a mapping template that cannot be used
    ├── Cancelled                  the user (or Ctrl-C) stopped the work
    ├── NetworkError               the portal could not be reached (DNS, TLS, connection dropped, timeout)
    └── ApiError                   the portal answered with an error (``status`` holds the HTTP status)
        ├── SignInError            the token endpoint failed: the call that needed the token was not sent
        │   └── AuthenticationError  client id or secret rejected (400 at the token endpoint)
        ├── PermissionDeniedError  401/403 after a fresh token: a scope or permission is missing
        ├── ThrottledError         429 "Too many requests" still answered after the retries
        ├── CapacityError          429 because the portal's queue or load-type capacity is full
        ├── PortalValidationError  400 on a request body (job, schema): the portal refused what we sent
        ├── NotFoundError          404: wrong path or id
        ├── ReportQuotaError       410 from the portal, or the local cap below five downloads reached
        ├── ReportExpiredError     the portal's 30-day retention has passed
        ├── PortalDataUnavailable  the Employee / OU API cannot be read (no employee:read, not enabled):
        │                          the checks against the portal's data are off, the Bulk API still works
        └── ServerError            5xx still answered after the retries

Lower-level errors (httpx, OSError, sqlite3) are translated at the boundary with ``raise ... from exc``.
Validation problems in the data are never exceptions: they are rows (see ``csod_desktop.core.problems``).
"""

from __future__ import annotations

from csod_desktop.i18n import translate


class CsodError(Exception):
    """Base of every csod-desktop error. ``str(err)`` is a complete sentence for the user."""

    #: A short next step, shown under the message where there is room ("Check the secret in ...").
    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def message(self) -> str:
        return str(self)


class ConfigError(CsodError):
    """A profile, URL or setting that cannot be used as given."""


class SecretError(CsodError):
    """No keyring backend works, or no client secret was provided for this run."""


class InputFileError(CsodError):
    """A data file that cannot be read. ``line`` is the 1-based physical line when known."""

    def __init__(self, message: str, *, line: int | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.line = line


class TemplateError(CsodError):
    """A mapping template that cannot be read or does not fit the schema."""


class Cancelled(CsodError):
    """The user stopped the work; nothing more was sent."""

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        super().__init__(translate("errors", "Stopped at your request.") if message is None else message, hint=hint)


class NetworkError(CsodError):
    """The portal could not be reached: name resolution, TLS, refused or dropped connection, timeout."""


class ApiError(CsodError):
    """The portal answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        error_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.error_id = error_id


class SignInError(ApiError):
    """The token endpoint refused or failed, so the call that needed the token was never sent."""

    @property
    def temporary(self) -> bool:
        """A passing failure (429 or 5xx at the token endpoint): signing in later may work."""
        return self.status is not None and (self.status == 429 or self.status >= 500)


class AuthenticationError(SignInError):
    """The portal rejected the client id or secret (HTTP 400 at the token endpoint)."""


class PermissionDeniedError(ApiError):
    """A fresh token was still refused: a scope or a Cornerstone permission is missing."""


class ThrottledError(ApiError):
    """The portal kept answering 429 "Too many requests" after the retries."""


class CapacityError(ApiError):
    """The portal's job queue or the load type's concurrent imports are full (429)."""


class PortalValidationError(ApiError):
    """The portal refused a request body (HTTP 400), for example an http:// callback URL."""


class NotFoundError(ApiError):
    """The portal does not know this path or id (HTTP 404)."""


class ReportQuotaError(ApiError):
    """No report download left: the portal answered 410, or the local cap was reached."""


class ReportExpiredError(ApiError):
    """The report is past Cornerstone's 30-day retention."""


class ServerError(ApiError):
    """The portal kept failing on its side (HTTP 5xx) after the retries."""


class PortalDataUnavailable(ApiError):
    """The Employee API v2 or the OU API cannot be read with this OAuth application (scope, permission, or
    the API not enabled in Edge Marketplace). Review falls back to the checks that need no portal data."""
