"""One TLS and proxy configuration for every call, end to end: a local HTTPS sandbox, a local proxy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

trustme = pytest.importorskip("trustme")

from csod_desktop.api.network import certificate_hint, NetworkConfig, trust_store  # noqa: E402
from csod_desktop.errors import NetworkError  # noqa: E402
from csod_desktop.sandbox.server import SandboxServer, TlsFiles  # noqa: E402
from csod_desktop.services.connection import FAIL, PASS, SKIP, self_test  # noqa: E402
from csod_desktop.services.context import build_context  # noqa: E402
from csod_desktop.services.loads import PollPolicy, PreparedImport, pump  # noqa: E402
from csod_desktop.services.network import network_for  # noqa: E402
from csod_desktop.store.journal import FINISHED  # noqa: E402
from csod_desktop.store.profiles import Profile, sandbox_profile  # noqa: E402
from csod_desktop.store.secrets import SecretStore  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
#: A made-up portal name that only the test proxy knows how to reach (it tunnels to the local sandbox).
PROXIED_HOST = "portal.acme-proxied.test"


@pytest.fixture(scope="module")
def https_sandbox(tmp_path_factory) -> Iterator[tuple[SandboxServer, Path]]:
    """The relaxed sandbox over HTTPS, its certificate signed by a throwaway CA (PEM path returned too)."""
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", "localhost", PROXIED_HOST)
    files = TlsFiles(folder / "sandbox.pem", folder / "sandbox.key", folder / "throwaway-ca.pem")
    leaf.private_key_and_cert_chain_pem.write_to_path(str(files.certificate))
    leaf.private_key_pem.write_to_path(str(files.key))
    ca.cert_pem.write_to_path(str(files.ca))
    with SandboxServer(relaxed=True, tls=files) as server:
        yield server, files.ca


@pytest.fixture
def fresh_https(https_sandbox) -> tuple[SandboxServer, Path]:
    server, ca = https_sandbox
    server.control("reset", {})
    return server, ca


def _profile(root: str, **extra: Any) -> Profile:
    return Profile(name="TLS sandbox", root_url=root, client_id="demo-client", **extra)


def test_a_throwaway_ca_handed_to_the_configuration_is_trusted_like_the_os_store(stores, fresh_https):
    server, ca = fresh_https
    network = NetworkConfig(trust=trust_store(ca))  # the OS store's code path, plus the test's CA
    profile = _profile(server.root_url)
    with build_context(profile, "demo-secret", stores=stores, network=network) as ctx:
        assert ctx.client.load_types()
        checks = {c.key: c for c in self_test(profile, "demo-secret", client=ctx.client, network=network)}
    assert all(c.status == PASS for c in checks.values()), checks
    tls = checks["tls"].message
    assert tls.startswith("Secure connection established (TLSv1.")
    assert "certificate verified" in tls and "direct connection" in tls
    assert "the operating system's certificate store and the certificates in throwaway-ca.pem" in tls
    assert any(r["path"].endswith("/specification") for r in server.requests())


def test_without_that_ca_every_call_fails_with_the_company_proxy_sentence(stores, fresh_https):
    server, _ = fresh_https
    profile = _profile(server.root_url)
    with build_context(profile, "demo-secret", stores=stores) as ctx:  # the profile's own configuration: the OS store only
        with pytest.raises(NetworkError) as err:
            ctx.client.load_types()
        checks = list(self_test(profile, "demo-secret", client=ctx.client, network=ctx.network))
    assert "could not be verified" in str(err.value)
    assert err.value.hint == certificate_hint() and "company proxy may be inspecting TLS" in err.value.hint
    assert [c.status for c in checks] == [PASS, FAIL] + [SKIP] * (len(checks) - 2) and len(checks) >= 6
    tls = checks[1]
    assert "could not be verified against the operating system's certificate store" in tls.message
    assert tls.hint == certificate_hint()
    assert server.requests() == []  # not one request got through


def test_the_profiles_explicit_proxy_carries_every_call_with_its_keyring_password(stores, fresh_https, recording_proxy):
    server, ca = fresh_https
    recording_proxy.routes[PROXIED_HOST] = ("127.0.0.1", server.port)
    recording_proxy.credentials = ("hr-proxy", "proxy-pw-9")
    profile = _profile(f"https://{PROXIED_HOST}", proxy=recording_proxy.url, proxy_user="hr-proxy")
    SecretStore().set_proxy_password(profile, "proxy-pw-9")
    network = network_for(profile, SecretStore(), extra_ca=ca)  # what build_context does, plus the test CA
    with build_context(profile, "demo-secret", stores=stores, network=network) as ctx:
        checks = {c.key: c for c in self_test(profile, "demo-secret", client=ctx.client, network=network)}
        assert [t.type for t in ctx.client.load_types()]
    assert all(c.status == PASS for c in checks.values()), checks
    assert checks["resolve"].message == (
        f"{PROXIED_HOST} is looked up by the proxy {recording_proxy.url} (from this profile).")
    assert f"through the proxy {recording_proxy.url} (from this profile)" in checks["tls"].message
    tunnels = [s for s in recording_proxy.seen if s.method == "CONNECT"]
    assert tunnels and all(s.target == f"{PROXIED_HOST}:443" for s in recording_proxy.seen)
    assert all(recording_proxy.authorized(s.headers) for s in tunnels)
    # The calls reached the portal through the tunnel; the secret crossed the proxy only inside TLS.
    assert any(r["path"].endswith("/oauth2/token") for r in server.requests())
    assert b"demo-secret" not in recording_proxy.raw


def test_a_proxy_that_refuses_the_password_is_said_so(stores, fresh_https, recording_proxy):
    server, ca = fresh_https
    recording_proxy.routes[PROXIED_HOST] = ("127.0.0.1", server.port)
    recording_proxy.credentials = ("hr-proxy", "the-right-one")
    profile = _profile(f"https://{PROXIED_HOST}", proxy=recording_proxy.url, proxy_user="hr-proxy")
    SecretStore().set_proxy_password(profile, "a-wrong-one")
    with build_context(profile, "demo-secret", stores=stores, network=network_for(profile, extra_ca=ca)) as ctx:
        with pytest.raises(NetworkError) as err:
            ctx.client.token()
    assert str(err.value) == f"The proxy refused to connect to the portal {PROXIED_HOST} while signing in."
    assert "Advanced section" in err.value.hint


def test_a_loopback_portal_is_never_proxied_and_the_secret_never_reaches_the_proxy(stores, sandbox, recording_proxy,
                                                                                    monkeypatch):
    """Issue 19, item 7: HTTP_PROXY set and an http://127.0.0.1 portal sent the secret to the proxy in clear."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, recording_proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    # Even a proxy written into the profile is not used for this computer's own addresses.
    profile = sandbox_profile(sandbox.root_url).with_changes(proxy=recording_proxy.url)
    item = PreparedImport("ou.division", SAMPLES / "divisions.csv", "divisions",
                          {"datetime_culture": "en-US", "LoadPrimaryKey": 0})
    with build_context(profile, "demo-secret", stores=stores) as ctx:
        checks = list(self_test(profile, "demo-secret", client=ctx.client, network=ctx.network))
        job = pump(ctx.runner(poll=PollPolicy.fast()).run([item], "never proxied"))
    assert job.state == FINISHED
    assert all(c.status == PASS for c in checks), checks
    assert "a loopback address never goes through a proxy" in checks[1].message
    assert recording_proxy.seen == [] and bytes(recording_proxy.raw) == b""
    paths = [r["path"] for r in sandbox.requests()]
    assert any(p.endswith("/oauth2/token") for p in paths) and any("/imports/" in p for p in paths)


def test_pacing_is_off_only_when_asked_and_only_for_a_portal_on_this_computer(monkeypatch, tmp_path):
    """``CSOD_DESKTOP_PACING=off`` lets an integrator's tests against a relaxed sandbox run without the
    documented minute windows; a real portal keeps every window whatever the environment says."""
    from csod_desktop import facts
    from csod_desktop.services.network import shared_governor
    from csod_desktop.store.throttle_ledger import SqliteLedger

    ledger = SqliteLedger(tmp_path / "budget.sqlite3")
    monkeypatch.delenv(facts.PACING_ENV, raising=False)
    assert shared_governor("http://127.0.0.1:8000", ledger).limits  # not asked: paced, even on loopback
    monkeypatch.setenv(facts.PACING_ENV, "off")
    assert shared_governor("http://127.0.0.1:8000", ledger).limits == {}
    assert shared_governor("http://localhost:8000", ledger).limits == {}
    real = shared_governor("https://acme.csod.com", ledger)
    assert real.limits and real.limits == shared_governor("https://acme-stg.csod.com", ledger).limits
    monkeypatch.setenv(facts.PACING_ENV, "on")
    assert shared_governor("http://127.0.0.1:8000", ledger).limits
