"""Connection profiles built from what the user typed, and the connection self-test, check by check."""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from csod_desktop.api import BulkApiClient, RetryPolicy, resolve_root
from csod_desktop.api.network import NetworkConfig, certificate_hint, is_certificate_failure, redacted
from csod_desktop.errors import (
    ApiError,
    AuthenticationError,
    CsodError,
    NetworkError,
    PermissionDeniedError,
    PortalDataUnavailable,
)
from csod_desktop.i18n import number, translate
from csod_desktop.services.network import http_client, shared_governor
from csod_desktop.store.profiles import Profile, normalize_scopes
from csod_desktop.store.throttle_ledger import SqliteLedger


def new_profile(
    name: str,
    *,
    client_id: str,
    portal: str | None = None,
    environment: str | None = None,
    root_url: str | None = None,
    scopes: str | Iterable[str] | None = None,
    proxy: str | None = None,
    proxy_user: str | None = None,
    sandbox: bool | None = None,
) -> Profile:
    """A profile from a portal name + environment or an explicit root URL (which wins, e.g. a ``-pil`` host).

    The root is checked by the API layer: ``http://`` is refused unless the host is loopback. ``proxy``
    (with ``proxy_user``) is the Advanced section's explicit proxy; empty: this computer's settings.
    ``sandbox`` says whether this is the sandbox the app started (its demo secret, "the local sandbox"); the
    window says so itself, since another program may listen on a loopback address. None (the command
    line's ``--base-url``) keeps the documented rule: a plain-http loopback root is the local sandbox.
    """
    root = resolve_root(portal=portal, environment=environment, root_url=root_url)
    host = urlsplit(root).hostname or ""
    if sandbox is None:
        sandbox = root.startswith("http://")  # only loopback may be plain http: the local sandbox
    return Profile(
        name=name,
        root_url=root,
        client_id=client_id.strip() if client_id else client_id,
        scopes=normalize_scopes(scopes),
        portal=(portal.strip().lower() if portal and not root_url else None),
        environment=((environment or "production").lower() if portal and not root_url else None),
        is_sandbox=sandbox and bool(host),
        proxy=proxy,
        proxy_user=proxy_user,
    )


# ------------------------------------------------------------------------------------------ self-test

PASS, FAIL, SKIP = "pass", "fail", "skip"


@dataclass(frozen=True)
class Check:
    """One line of the connection test: what was checked, how it went, and a sentence about it."""

    key: str  # "resolve" | "tls" | "token" | "scopes" | "load_types" | "permissions" | "portal_data"
    title: str
    status: str  # "pass" | "fail" | "skip"
    message: str
    hint: str = ""

    @property
    def ok(self) -> bool:
        return self.status == PASS


#: The checks' keys, in order. Their titles are :func:`check_titles` (in the window's language).
CHECK_KEYS = ("resolve", "tls", "token", "scopes", "load_types", "permissions", "portal_data")


def check_titles() -> dict[str, str]:
    """Each check's title, by key, in the window's language."""
    return {
        "resolve": translate("connection", "Address resolves"),
        "tls": translate("connection", "Secure connection (TLS)"),
        "token": translate("connection", "Token granted"),
        "scopes": translate("connection", "Scopes granted"),
        "load_types": translate("connection", "Load types readable"),
        "permissions": translate("connection", "Permissions"),
        "portal_data": translate("connection", "Portal data (Employee and OU APIs)"),
    }


def _check(key: str, status: str, message: str, hint: str = "") -> Check:
    return Check(key, check_titles()[key], status, message, hint)


def _not_checked() -> str:
    return translate("connection", "Not checked: an earlier check failed.")


def _no_token() -> str:
    return translate("connection", "Not checked: no token.")


def self_test(
    profile: Profile,
    secret: str | Callable[[], str],
    *,
    client: BulkApiClient | None = None,
    http: httpx.Client | None = None,
    network: NetworkConfig | None = None,
    timeout: float = 10.0,
) -> Iterator[Check]:
    """Yield each check as it completes; after a failure the checks that depend on it are skipped.

    Uses ``client`` when given (the window's context), else a short-lived client of its own with few
    retries, so that a wrong address fails in seconds rather than after the full back-off. The address
    and TLS checks go the way every call goes (``network``: the trust store and proxy of the connection)
    and say which proxy and which trust store were used.
    """
    parts = urlsplit(profile.root_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    config = network if network is not None else NetworkConfig()
    route = config.proxies.route(profile.root_url)
    failed = False

    def skip(key: str) -> Check:
        return _check(key, SKIP, _not_checked())

    # 1. The name resolves (behind a proxy, the proxy resolves it: this computer may not be able to).
    if route.proxy is not None:
        yield _check("resolve", PASS, translate("connection", "{host} is looked up by the proxy {proxy} ({source}).")
                     .format(host=host, proxy=redacted(route.proxy), source=route.source))
    else:
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
            yield _check("resolve", PASS, translate("connection", "{host} resolves to {addresses}.")
                         .format(host=host, addresses=", ".join(sorted(addresses)[:3])))
        except (OSError, UnicodeError) as exc:
            failed = True
            yield _check("resolve", FAIL, *_not_found(profile, host, exc))

    own_http = None
    if http is None and client is None and not failed:
        own_http = http_client(config, timeout)
    network_http = http or (client.http if client is not None else own_http)
    own_ledger = None
    try:
        # 2. Something answers at the address, the way every call goes (the same client, trust store and
        # proxy): TLS with a verified certificate, or plain http on this computer.
        if failed:
            yield skip("tls")
        elif parts.scheme == "http":
            # Only a loopback root may be plain http (``api.urls``): the sandbox, or a tool on this computer.
            # One request through the connection's own client: a refused port answers at once here, where
            # the token request would retry it for seconds before saying anything.
            problem = _answers(profile, network_http, timeout)
            if problem is not None:
                failed = True
                yield Check("tls", translate("connection", "Connection"), FAIL, *problem)
            else:
                if profile.is_sandbox:
                    plain = translate("connection", "Plain http, allowed for the local sandbox on this computer "
                                                    "only: {route}.")
                else:
                    plain = translate("connection", "Plain http, allowed for an address on this computer only: "
                                                    "{route}.")
                yield Check("tls", translate("connection", "Connection"), PASS,
                            plain.format(route=config.describe(profile.root_url)))
        else:
            check = _tls_check(profile, network_http, config, host, port)
            failed = not check.ok
            yield check

        if client is None and not failed:
            own_ledger = SqliteLedger()
            client = BulkApiClient(
                network_http, profile.root_url, profile.client_id,
                secret if callable(secret) else (lambda: secret),  # type: ignore[misc]
                profile.scope_string, retry=RetryPolicy(attempts=2, base=0.5, cap=2.0),
                governor=shared_governor(profile.root_url, own_ledger),
            )
        yield from _api_checks(profile, client, failed)
    finally:
        if own_http is not None:
            own_http.close()
        if own_ledger is not None:
            own_ledger.close()


def _tls_check(profile: Profile, http: httpx.Client, config: NetworkConfig, host: str, port: int) -> Check:
    """One request to the portal's root through the connection's client: any HTTP answer proves TLS."""
    root_url = profile.root_url
    try:
        with http.stream("HEAD", root_url + "/") as response:
            stream = response.extensions.get("network_stream")
            ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
            version = ssl_object.version() if ssl_object is not None else None
    except httpx.ProxyError as exc:
        return _check("tls", FAIL, translate("connection", "The proxy refused to connect to {host}:{port} ({reason}): "
                                                           "{route}.")
                      .format(host=host, port=port, reason=exc, route=config.describe(root_url)),
                      translate("connection", "Check the proxy address, user name and password in the profile's "
                                              "Advanced section."))
    except httpx.HTTPError as exc:
        text = str(exc)
        if is_certificate_failure(exc):
            said = re.search(r"certificate verify failed: ([^(]+)", text)
            reason = said.group(1).strip() if said else text
            return _check(
                "tls", FAIL,
                translate("connection", "The portal's certificate could not be verified against {store} ({reason}).")
                .format(store=config.trust.description, reason=reason),
                certificate_hint(),
            )
        cause = _os_error(exc)
        if cause is not None:  # refused, timed out: the sentence says which, and which field to check
            message, hint = _unreachable(profile, cause)
            return _check("tls", FAIL, translate("connection", "{problem} ({route}).")
                          .format(problem=message.rstrip("."), route=config.describe(root_url)), hint)
        return _check(
            "tls", FAIL, translate("connection", "No secure connection to {host}:{port} ({reason}): {route}.")
            .format(host=host, port=port, reason=exc.__class__.__name__, route=config.describe(root_url)),
            translate("connection", "Check the address and that a firewall or proxy lets this computer reach it."),
        )
    if version:
        done = translate("connection", "Secure connection established ({version}), certificate verified: {route}.")
    else:
        done = translate("connection", "Secure connection established, certificate verified: {route}.")
    return _check("tls", PASS, done.format(version=version, route=config.describe(root_url)))


def _answers(profile: Profile, http: httpx.Client | None, timeout: float) -> tuple[str, str] | None:
    """None when something answers HTTP at the profile's root (any status), else (message, hint)."""
    own = http is None
    client = httpx.Client(timeout=timeout) if own else http
    try:
        client.request("HEAD", profile.root_url + "/", timeout=timeout)
    except httpx.TransportError as exc:
        return _unreachable(profile, _os_error(exc) or exc)
    finally:
        if own:
            client.close()
    return None


def _os_error(exc: BaseException) -> BaseException | None:
    """The operating system's error under an httpx one (ConnectionRefusedError, TimeoutError...), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            return current
        current = current.__cause__ or current.__context__
    if isinstance(exc, httpx.ConnectError) and "refused" in str(exc).lower():
        return ConnectionRefusedError(str(exc))
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(str(exc))
    return None


def _not_found(profile: Profile, host: str, exc: BaseException) -> tuple[str, str]:
    """(message, hint) for a host name the resolver does not know (or could not ask about)."""
    offline = isinstance(exc, socket.gaierror) and exc.errno in _RESOLVER_DOWN
    if offline:
        return (translate("connection", "The host name {host} could not be looked up: no name server answered.")
                .format(host=host),
                translate("connection", "Check that this computer is online (and connected to the VPN if your "
                                        "company needs one)."))
    # The fields of the Connect form that made the address: the portal name and environment, or the Root URL.
    if profile.portal:
        hint = translate("connection", "Check the portal name and environment, and that this computer is online.")
    else:
        hint = translate("connection", "Check the Root URL, and that this computer is online.")
    return translate("connection", "The host name {host} could not be found.").format(host=host), hint


def _unreachable(profile: Profile, exc: BaseException) -> tuple[str, str]:
    """(message, hint) for an address that resolves but where the connection fails."""
    where = profile.root_url
    if isinstance(exc, ConnectionRefusedError):
        if profile.is_sandbox:
            return (translate("connection", "Nothing is listening at {where}: the local sandbox is not running.")
                    .format(where=where),
                    translate("connection", "Start it again with 'csod-desktop demo' (or 'csod-desktop sandbox')."))
        nothing = translate("connection", "Nothing is listening at {where}.").format(where=where)
        if profile.portal:
            return (nothing, translate("connection", "Check the portal name and environment; a firewall or proxy may "
                                                     "also be refusing the connection."))
        return (nothing, translate("connection", "Check the address and port in the Root URL, and that the portal (or "
                                                 "the program serving it) is running."))
    reach = translate("connection", "Check the address, and that a firewall or proxy lets this computer reach it.")
    if isinstance(exc, TimeoutError):
        return translate("connection", "{where} did not answer in time.").format(where=where), reach
    if isinstance(exc, ssl.SSLError):
        return (translate("connection", "{where} answered, but not with a secure connection (TLS).").format(where=where),
                translate("connection", "Check that the address is the portal's (https), and that a proxy is not in "
                                        "the way."))
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__
    return translate("connection", "No connection to {where} ({reason}).").format(where=where, reason=reason), reach


#: getaddrinfo errors that mean "no name server answered" rather than "no such name".
_RESOLVER_DOWN = frozenset(code for code in (getattr(socket, "EAI_AGAIN", None), getattr(socket, "EAI_FAIL", None))
                           if code is not None)


def _api_checks(profile: Profile, client: BulkApiClient | None, failed: bool) -> Iterator[Check]:
    # 3. Token.
    if failed or client is None:
        for key in ("token", "scopes", "load_types", "permissions", "portal_data"):
            yield _check(key, SKIP, _not_checked())
        return
    try:
        client.token()
        yield _check("token", PASS, translate("connection", "The portal accepted the client id and secret."))
    except AuthenticationError as exc:
        yield _check("token", FAIL, str(exc),
                     exc.hint or translate("connection", "Check the client id and secret in API Management."))
        failed = True
    except (ApiError, NetworkError) as exc:
        yield _check("token", FAIL, str(exc), exc.hint)
        failed = True

    # 4. Scopes: the token answer's ``scope`` is [seen], not documented (bulk-api-facts.md "Hosts and
    # paths"); when it is absent each call below checks its own scope.
    if failed:
        yield _check("scopes", SKIP, _no_token())
    else:
        granted_text = getattr(client.auth, "granted_scope", None)
        if granted_text is None:
            yield _check("scopes", PASS, translate("connection", "The portal does not list granted scopes; the next "
                                                                 "checks use them."))
        else:
            granted = set(str(granted_text).split())
            missing = [s for s in profile.scopes if s not in granted]
            if missing:
                yield _check(
                    "scopes", FAIL,
                    translate("connection", "The token lacks {count} scope(s): {scopes}.")
                    .format(count=number(len(missing)), scopes=", ".join(missing)),
                    translate("connection", "Add them to the API application in Cornerstone's API Management, then "
                                            "test again."),
                )
            else:
                yield _check("scopes", PASS, translate("connection", "All {count} scopes were granted.")
                             .format(count=number(len(profile.scopes))))

    # 5 and 6. Load types (specification) and permissions.
    for key, call in (("load_types", client.load_types), ("permissions", client.permissions)):
        if failed:
            yield _check(key, SKIP, _no_token())
            continue
        try:
            items = call()
        except PermissionDeniedError as exc:
            yield _check(key, FAIL, str(exc), exc.hint)
            continue
        except CsodError as exc:
            yield _check(key, FAIL, str(exc), exc.hint)
            continue
        if key == "load_types":
            custom = sum(1 for t in items if getattr(t, "is_custom_ou", False))
            yield _check(
                key, PASS if items else FAIL,
                translate("connection", "The portal offers {count} load types ({custom} custom OU types).")
                .format(count=number(len(items)), custom=number(custom)) if items
                else translate("connection", "The portal's specification lists no load types."),
            )
        else:
            yield _check(
                key, PASS if items else FAIL,
                translate("connection", "The API user holds {count} Bulk API permissions.")
                .format(count=number(len(items))) if items
                else translate("connection", "The API user holds no Bulk API permission."),
                "" if items else translate("connection", "Give the API user the 'Bulk API' permissions in "
                                                         "Cornerstone's security roles."),
            )

    # 7. The portal's own data: optional. Without employee:read (or the Employee/OU API not enabled) this says
    # so once, and Review keeps the checks that need no portal data (issue 12).
    yield _portal_data_check(client, failed)


def _portal_data_check(client: BulkApiClient, failed: bool) -> Check:
    if failed:
        return _check("portal_data", SKIP, _no_token())
    try:
        return _check("portal_data", PASS, client.portal_reader().check())
    except PortalDataUnavailable as exc:
        return _check("portal_data", SKIP, str(exc), exc.hint)
    except CsodError as exc:
        return _check("portal_data", SKIP, translate("connection", "Checks against your portal's data are off for "
                                                                   "now: {error}").format(error=exc), exc.hint)
