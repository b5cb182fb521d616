"""OAuth 2.0 client credentials as an ``httpx.Auth`` flow: token cached in memory, renewed before expiry.

bulk-api-quick-start.txt Step 1: ``POST /services/api/oauth2/token`` with a JSON body (clientId,
clientSecret, grantType, scope); the answer has ``access_token`` and ``expires_in`` (3600 by default).
A 400 means a wrong client id or secret; a 401 later means an expired token (or a missing scope).
The token lives only in this object: never in a file, a log line or an exception message.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator

import httpx

from csod_desktop.api.errors import token_error, transport_error
from csod_desktop.api.transports import ACCEPTED, READ, RETRY
from csod_desktop.errors import SignInError
from csod_desktop.i18n import translate

DEFAULT_SCOPES = (
    "bulkapijob:read bulkapiimport:read bulkapischema:read bulkapijob:create "
    "bulkapiimport:load bulkapispecification:read bulkapipermission:read"
)
DEFAULT_EXPIRES_IN = 3600.0
#: Sign-ins one request may cause: a token that expires during a long back-off is renewed again, never forever.
MAX_SIGN_INS = 4


def replayable(request: httpx.Request) -> bool:
    """True when the request body can be sent again as is: bytes, JSON, or an upload that restarts."""
    return isinstance(request.stream, httpx.ByteStream) or bool(getattr(request.stream, "replayable", False))


class ClientCredentialsAuth(httpx.Auth):
    """Bearer token from the client credentials grant, for one portal and one application.

    ``secret`` is a callable so that the secret is read from the keyring when needed and not kept in
    this object. The flow signs in when no token is cached and, after a 401, signs in again and sends
    the request once more: this is the only place that does (a resend passes through the throttle layer
    like any call). Token-endpoint failures raise :class:`~csod_desktop.errors.SignInError` subclasses.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        secret: Callable[[], str],
        scopes: str = DEFAULT_SCOPES,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._secret = secret
        self.scopes = " ".join(scopes.split()) if isinstance(scopes, str) else " ".join(scopes)
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._renew_at = 0.0
        self.expires_in: float | None = None
        self.granted_scope: str | None = None
        self.fetch_count = 0  # how many tokens were obtained (tests, diagnostics)

    def with_scopes(self, scopes: str) -> ClientCredentialsAuth:
        """Another token of the same application for other scopes (the Employee and OU API reads): the
        Bulk API token and its scopes stay as they are, whatever the portal answers to these."""
        return ClientCredentialsAuth(self.token_url, self.client_id, self._secret, scopes, clock=self._clock)

    def __repr__(self) -> str:  # never show the token or secret
        return f"ClientCredentialsAuth(client_id={self.client_id!r}, token={'set' if self._token else 'none'})"

    # ------------------------------------------------------------------------------ the token

    def build_token_request(self) -> httpx.Request:
        body = {
            "clientId": self.client_id,
            "clientSecret": self._secret(),
            "grantType": "client_credentials",
            "scope": self.scopes,
        }
        # Asking for a token again is harmless: the retry layer may repeat it like a read.
        return httpx.Request(
            "POST", self.token_url, json=body, headers={"Accept": "application/json"}, extensions={RETRY: READ}
        )

    def accept_token_response(self, response: httpx.Response) -> str:
        """Cache the token of a token endpoint answer, or raise the translated :class:`SignInError`."""
        if response.status_code != 200:
            raise token_error(response)
        try:
            body = response.json()
            token = str(body["access_token"])
        except (ValueError, KeyError, TypeError) as exc:
            raise SignInError(
                translate(
                    "errors",
                    "The portal's sign-in answer could not be understood (no access token in it)."
                ),
                status=response.status_code,
                hint=translate("errors", "Check that the portal address points to a Cornerstone portal."),
            ) from exc
        try:
            expires_in = float(body.get("expires_in") or DEFAULT_EXPIRES_IN)
        except (TypeError, ValueError):
            expires_in = DEFAULT_EXPIRES_IN
        # Renew a little before the end so a call never leaves with a token about to die; a tenth of the
        # lifetime (at most a minute) keeps very short sandbox lifetimes usable too.
        margin = min(60.0, expires_in * 0.1)
        with self._lock:
            self._token = token
            self._renew_at = self._clock() + max(0.0, expires_in - margin)
            self.expires_in = expires_in
            self.granted_scope = body.get("scope")
            self.fetch_count += 1
        return token

    def valid_token(self) -> str | None:
        """The cached token if it is not due for renewal, else None."""
        with self._lock:
            if self._token is not None and self._clock() < self._renew_at:
                return self._token
            return None

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (only if it is still ``token``, when given)."""
        with self._lock:
            if token is None or self._token == token:
                self._token = None
                self._renew_at = 0.0

    def token(self, transport: httpx.BaseTransport) -> str:
        """A valid token, fetched through ``transport`` (the client's layers) when none is cached."""
        token = self.valid_token()
        if token is not None:
            return token
        request = self.build_token_request()
        try:
            response = transport.handle_request(request)
            response.read()
        except httpx.HTTPError as exc:
            raise transport_error(exc, what=translate("errors", "signing in"), host=request.url.host) from exc
        return self.accept_token_response(response)

    # ------------------------------------------------------------------------------- the flow

    def _fetch_in_flow(self) -> Generator[httpx.Request, httpx.Response, str]:
        response = yield self.build_token_request()
        response.read()
        return self.accept_token_response(response)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.valid_token()
        if token is None:
            token = yield from self._fetch_in_flow()
        # Decided before sending: a transport that reads the stream may turn it into bytes meanwhile.
        can_replay = replayable(request)
        renewed = False
        for _ in range(MAX_SIGN_INS):
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401:
                return
            # 401: the token expired early or was revoked (Step 1 note): sign in again and send once more.
            # A fresh token refused at once reaches the caller, who reports a missing scope or permission;
            # one the portal let in on an earlier try (a report not ready yet) has expired since. A 401
            # means the portal did not act on the request, so even a data POST may go again (its upload
            # stream restarts).
            if renewed and not response.extensions.get(ACCEPTED):
                return
            self.invalidate(token)
            if not can_replay:
                return
            token = yield from self._fetch_in_flow()
            renewed = True
