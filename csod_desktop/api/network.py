"""One TLS and proxy configuration for every call: the OS trust store, the proxy, loopback always direct.

HR administrators work behind company proxies, often with TLS inspection whose root certificate IT put
in the operating system's store. So certificates are verified against that store (``truststore``, as pip
does), with certifi's bundle only where the OS store cannot be used; proxies come from the profile, else
from the OS settings and the environment (``HTTPS_PROXY``, ``NO_PROXY``...); and a loopback address (the
local sandbox) never goes through a proxy: with plain http the client secret would reach the proxy in
clear text (issue 19, item 7). :class:`NetworkTransport` applies it to each request; the composition
root builds the one ``httpx.Client`` on it (``services.network.http_client``).
"""

from __future__ import annotations

import os
import platform
import ssl
import threading
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import certifi
import httpx
import truststore

from csod_desktop import facts
from csod_desktop.i18n import translate

#: Which store verifies the certificates (:attr:`Trust.kind`): code compares these, never the words.
OS_STORE = "os"
CERTIFI = "certifi"


def certificate_hint() -> str:
    """What a certificate failure says, and what to ask IT for (a TLS-inspecting proxy is the usual cause on
    a managed office PC; its root certificate belongs in the OS store, which this app reads)."""
    return translate(
        "errors",
        "A company proxy may be inspecting TLS: it shows its own certificate instead of the portal's. Ask IT "
        "to install the company's root certificate in this computer's certificate store (the one the web "
        "browser uses), or to exempt *.csod.com from TLS inspection.",
    )


# Where Linux distributions keep their CA bundle, when OpenSSL's compiled-in paths are empty (the same
# candidates as truststore's own list, which came from certifi-system-store).
_LINUX_CA_FILES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)


def is_certificate_failure(exc: BaseException) -> bool:
    """True when ``exc`` (an httpx error) comes from a certificate that could not be verified.

    httpx keeps the ``ssl`` error as the cause of its ``ConnectError``; its text is checked too, since the
    wording of the OS stores (truststore on Windows and macOS) differs from OpenSSL's.
    """
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            break
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    return "certificate_verify_failed" in text or "certificate verify failed" in text


@dataclass(frozen=True)
class Trust:
    """The certificates that verify a portal: which store (``kind``, OS_STORE or CERTIFI), whether the OS's
    store was wanted but could not be used, and the file of extra CA certificates added to it."""

    context: ssl.SSLContext = field(repr=False)
    kind: str
    os_store_failed: bool = False
    extra: str | None = None  # the file name of the extra CA certificates

    @property
    def description(self) -> str:
        """The phrase for the connection test ("certificates checked against ...")."""
        if self.kind == OS_STORE:
            text = (translate("network", "the operating system's certificate store and the certificates in {file}")
                    if self.extra else translate("network", "the operating system's certificate store"))
        elif self.os_store_failed:
            text = (translate("network", "certifi's certificate bundle (the operating system's store could not be "
                                         "used) and the certificates in {file}") if self.extra
                    else translate("network", "certifi's certificate bundle (the operating system's store could not "
                                              "be used)"))
        else:
            text = (translate("network", "certifi's certificate bundle and the certificates in {file}") if self.extra
                    else translate("network", "certifi's certificate bundle"))
        return text.format(file=self.extra)


def _os_store_usable() -> bool:
    """Windows and macOS always have one; elsewhere OpenSSL's paths or a distribution bundle must exist."""
    if platform.system() in ("Windows", "Darwin"):
        return True
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile or (defaults.capath and Path(defaults.capath).is_dir() and any(Path(defaults.capath).iterdir())):
        return True
    return any(Path(candidate).is_file() for candidate in _LINUX_CA_FILES)


def trust_store(extra_ca: str | Path | None = None, *, use_os_store: bool = True) -> Trust:
    """The OS trust store (certifi's bundle where it cannot be used), plus the CA certificates of ``extra_ca``.

    ``extra_ca`` (a PEM file) is added to whichever store is used, through the same context: a test's
    throwaway CA, or a company root certificate handed over as a file.
    """
    context: ssl.SSLContext | None = None
    kind = OS_STORE
    if use_os_store and _os_store_usable():
        try:
            context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        except (OSError, ssl.SSLError):
            context = None
    if context is None:
        context, kind = ssl.create_default_context(cafile=certifi.where()), CERTIFI
    if extra_ca:
        context.load_verify_locations(cafile=str(extra_ca))
    return Trust(context, kind, os_store_failed=kind == CERTIFI and use_os_store,
                 extra=Path(extra_ca).name if extra_ca else None)


def redacted(url: str) -> str:
    """A proxy URL fit for a message: any user name and password removed."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, "", "", ""))


#: Who decided a route (:attr:`Route.reason`).
LOOPBACK, PROFILE, PROXY_OFF, NONE_SET, BYPASSED, ENVIRONMENT, SYSTEM = (
    "loopback", "profile", "off", "none", "bypassed", "environment", "system")


@dataclass(frozen=True)
class Route:
    """Where one URL's requests go: ``proxy`` None is a direct connection; ``reason`` says who decided
    (``variable``: the environment variable, for ENVIRONMENT)."""

    proxy: str | None
    reason: str
    variable: str | None = None

    @property
    def source(self) -> str:
        """Who decided, in words ("from this profile")."""
        reason = self.reason
        if reason == LOOPBACK:
            text = translate("network", "this computer: a loopback address never goes through a proxy")
        elif reason == PROFILE:
            text = translate("network", "from this profile")
        elif reason == PROXY_OFF:
            text = translate("network", "no proxy set")
        elif reason == NONE_SET:
            text = translate("network", "no proxy set on this computer")
        elif reason == BYPASSED:
            text = translate("network", "this address is in the computer's no-proxy list")
        elif reason == ENVIRONMENT:
            text = translate("network", "from {variable}")
        else:
            text = translate("network", "from this computer's proxy settings")
        return text.format(variable=self.variable)

    def describe(self) -> str:
        """The route in words, for the connection test: one whole phrase per route and reason."""
        reason = self.reason
        if self.proxy is None:
            if reason == LOOPBACK:
                text = translate("network", "direct connection (this computer: a loopback address never goes "
                                            "through a proxy)")
            elif reason == PROXY_OFF:
                text = translate("network", "direct connection (no proxy set)")
            elif reason == BYPASSED:
                text = translate("network", "direct connection (this address is in the computer's no-proxy list)")
            else:
                text = translate("network", "direct connection (no proxy set on this computer)")
        elif reason == PROFILE:
            text = translate("network", "through the proxy {proxy} (from this profile)")
        elif reason == ENVIRONMENT:
            text = translate("network", "through the proxy {proxy} (from {variable})")
        else:
            text = translate("network", "through the proxy {proxy} (from this computer's proxy settings)")
        return text.format(proxy=redacted(self.proxy) if self.proxy else "", variable=self.variable)


def _environment_variable(scheme: str) -> str | None:
    for name in (f"{scheme}_proxy", "all_proxy"):
        for spelled in (name, name.upper()):
            if os.environ.get(spelled):
                return spelled
    return None


@dataclass(frozen=True)
class Proxies:
    """The profile's explicit proxy (with optional credentials), else the OS settings and the environment."""

    explicit: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    use_system: bool = True

    def route(self, url: httpx.URL | str) -> Route:
        """The route for ``url``. Loopback is always direct, whatever is configured."""
        target = httpx.URL(str(url))
        host = target.host
        if facts.is_loopback(host):
            return Route(None, LOOPBACK)
        if self.explicit:
            return Route(self.explicit, PROFILE)
        if not self.use_system:
            return Route(None, PROXY_OFF)
        found = {k: v for k, v in urllib.request.getproxies().items() if k != "no" and v}
        proxy = found.get(target.scheme) or found.get("all")
        if not proxy:
            return Route(None, NONE_SET)
        if urllib.request.proxy_bypass(host):
            return Route(None, BYPASSED)
        if "://" not in proxy:
            proxy = "http://" + proxy
        variable = _environment_variable(target.scheme)
        return Route(proxy, ENVIRONMENT, variable) if variable else Route(proxy, SYSTEM)

    def proxy_for(self, route: Route) -> httpx.Proxy | None:
        if route.proxy is None:
            return None
        if route.proxy == self.explicit and self.user:
            return httpx.Proxy(route.proxy, auth=(self.user, self.password or ""))
        return httpx.Proxy(route.proxy)  # credentials written in an environment proxy URL are kept by httpx


@dataclass(frozen=True)
class NetworkConfig:
    """The trust store and the proxies every call of one connection uses."""

    trust: Trust = field(default_factory=trust_store)
    proxies: Proxies = field(default_factory=Proxies)

    def describe(self, url: str) -> str:
        """For the connection test: which proxy and which trust store ``url`` is reached with."""
        route = self.proxies.route(url).describe()
        if urlsplit(url).scheme == "http":
            return route
        return translate("network", "{route}; certificates checked against {store}").format(
            route=route, store=self.trust.description)

    def transport(self) -> NetworkTransport:
        return NetworkTransport(self)


class PlainHttpRefused(httpx.UnsupportedProtocol):
    """A plain-http request to an address other than this computer's: the secret would travel in clear text."""


class NetworkTransport(httpx.BaseTransport):
    """Sends each request directly or through its proxy, with the configured trust store.

    The rule of issue 19, item 7 is kept here, below everything else: a plain-http request goes only to a
    loopback address, and only directly.
    """

    def __init__(self, config: NetworkConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._direct: httpx.HTTPTransport | None = None
        self._proxied: dict[str, httpx.HTTPTransport] = {}

    def _transport(self, route: Route) -> httpx.HTTPTransport:
        with self._lock:
            if route.proxy is None:
                if self._direct is None:
                    self._direct = httpx.HTTPTransport(verify=self.config.trust.context, trust_env=False)
                return self._direct
            if route.proxy not in self._proxied:
                self._proxied[route.proxy] = httpx.HTTPTransport(
                    verify=self.config.trust.context, trust_env=False, proxy=self.config.proxies.proxy_for(route)
                )
            return self._proxied[route.proxy]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http" and not facts.is_loopback(request.url.host):
            raise PlainHttpRefused(
                translate("errors", "Plain http is only used for this computer, not {host}.").format(host=request.url.host),
                request=request,
            )
        # Loopback is always routed directly, so the plain-http request above never meets a proxy.
        return self._transport(self.config.proxies.route(request.url)).handle_request(request)

    def close(self) -> None:
        with self._lock:
            transports = [t for t in (self._direct, *self._proxied.values()) if t is not None]
            self._direct, self._proxied = None, {}
        for transport in transports:
            transport.close()
