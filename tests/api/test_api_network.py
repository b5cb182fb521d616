"""The network configuration on its own: where each request goes, and which certificates verify it."""

from __future__ import annotations

import ssl

import httpx
import pytest

from csod_desktop.api.network import (
    CERTIFI,
    certificate_hint,
    OS_STORE,
    NetworkConfig,
    NetworkTransport,
    PlainHttpRefused,
    Proxies,
    redacted,
    trust_store,
)
from csod_desktop.api.errors import transport_error

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy",
                   "all_proxy", "no_proxy")


@pytest.fixture
def clean_proxy_environment(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/x", "https://localhost:9/", "http://[::1]:9/", "http://127.8.9.10"])
def test_loopback_is_never_proxied_whatever_is_set(clean_proxy_environment, url):
    env = clean_proxy_environment
    env.setenv("HTTP_PROXY", "http://proxy.acme.local:3128")
    env.setenv("HTTPS_PROXY", "http://proxy.acme.local:3128")
    env.setenv("ALL_PROXY", "http://proxy.acme.local:3128")
    for proxies in (Proxies(), Proxies(explicit="http://explicit.acme.local:8080", user="u", password="p")):
        route = proxies.route(url)
        assert route.proxy is None and "loopback" in route.source


def test_environment_proxies_and_no_proxy(clean_proxy_environment):
    env = clean_proxy_environment
    assert Proxies().route("https://acme.csod.com").proxy is None
    env.setenv("HTTPS_PROXY", "proxy.acme.local:3128")
    route = Proxies().route("https://acme.csod.com")
    assert route.proxy == "http://proxy.acme.local:3128" and route.source == "from HTTPS_PROXY"
    assert route.describe() == "through the proxy http://proxy.acme.local:3128 (from HTTPS_PROXY)"
    env.setenv("NO_PROXY", ".csod.com")
    assert Proxies().route("https://acme.csod.com").proxy is None
    assert Proxies().route("https://elsewhere.example").proxy == "http://proxy.acme.local:3128"


def test_the_profiles_proxy_wins_and_can_carry_credentials(clean_proxy_environment):
    clean_proxy_environment.setenv("HTTPS_PROXY", "http://env.acme.local:3128")
    proxies = Proxies(explicit="http://explicit.acme.local:8080", user="hr-admin", password="pw")
    route = proxies.route("https://acme.csod.com")
    assert route.proxy == "http://explicit.acme.local:8080" and route.source == "from this profile"
    proxy = proxies.proxy_for(route)
    assert proxy is not None and proxy.auth == ("hr-admin", "pw")
    assert "pw" not in repr(proxies)


def test_redacted_proxy_urls_keep_no_credentials():
    assert redacted("http://user:secret@proxy.acme.local:3128/path") == "http://proxy.acme.local:3128"
    assert redacted("http://[fd00::1]:3128") == "http://[fd00::1]:3128"


def test_plain_http_goes_only_to_this_computer(clean_proxy_environment):
    transport = NetworkTransport(NetworkConfig())
    with pytest.raises(PlainHttpRefused):
        transport.handle_request(httpx.Request("GET", "http://acme.csod.com/services/api/oauth2/token"))
    # Translated at the client's boundary into the tree, with no retry worth trying.
    error = transport_error(PlainHttpRefused("Plain http is only used for this computer"), what="signing in")
    assert "not usable while signing in" in str(error)


def test_the_os_trust_store_is_used_with_certifi_only_as_the_fallback(tmp_path):
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    pem = tmp_path / "company-root.pem"
    ca.cert_pem.write_to_path(str(pem))
    system = trust_store()
    assert system.kind == OS_STORE and system.description == "the operating system's certificate store"
    assert type(system.context).__module__.startswith("truststore")
    extra = trust_store(pem)
    assert extra.description == "the operating system's certificate store and the certificates in company-root.pem"
    fallback = trust_store(use_os_store=False)
    assert fallback.kind == CERTIFI and fallback.description == "certifi's certificate bundle"
    assert isinstance(fallback.context, ssl.SSLContext)
    assert fallback.context.cert_store_stats()["x509_ca"] > 0


def test_a_certificate_failure_names_the_company_proxy_and_what_to_ask_it_for():
    error = transport_error(
        httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer"),
        what="reading the API specification", host="acme.csod.com",
    )
    assert "could not be verified" in str(error)
    assert error.hint == certificate_hint()
    assert "company proxy may be inspecting TLS" in error.hint and "root certificate" in error.hint


def test_a_proxy_refusal_is_its_own_sentence():
    error = transport_error(httpx.ProxyError("407 Proxy Authentication Required"), host="acme.csod.com")
    assert str(error) == "The proxy refused to connect to the portal acme.csod.com."
    assert "Advanced section" in error.hint


def test_configuration_describes_route_and_trust(clean_proxy_environment):
    config = NetworkConfig(proxies=Proxies(explicit="http://explicit.acme.local:8080"))
    assert config.describe("https://acme.csod.com") == (
        "through the proxy http://explicit.acme.local:8080 (from this profile); certificates checked against the "
        "operating system's certificate store")
    assert config.describe("http://127.0.0.1:9").startswith("direct connection (this computer")
