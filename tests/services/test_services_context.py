"""build_context and the connection self-test, against the fake portal."""

from __future__ import annotations

import logging

import httpx
import pytest

from csod_desktop.api import Governor, RetryPolicy
from csod_desktop.errors import ConfigError, SecretError
from csod_desktop.services.connection import FAIL, PASS, SKIP, new_profile, self_test
from csod_desktop.services.context import build_context
from csod_desktop.store.profiles import ProfileStore
from csod_desktop.store.secrets import SecretStore


def test_new_profile_from_portal_name_or_root():
    prod = new_profile("Acme", client_id=" cid ", portal="Acme", environment="stage")
    assert prod.root_url == "https://acme-stg.csod.com" and prod.environment == "stage" and prod.portal == "acme"
    assert prod.client_id == "cid" and not prod.is_sandbox
    pilot = new_profile("Pilot", client_id="c", root_url="https://acme-pil.csod.com/services/api/x")
    assert pilot.root_url == "https://acme-pil.csod.com" and pilot.environment is None
    local = new_profile("Local", client_id="c", root_url="http://127.0.0.1:8080")
    assert local.is_sandbox
    with pytest.raises(ConfigError, match="unencrypted"):
        new_profile("Bad", client_id="c", root_url="http://acme.csod.com")


def test_context_from_a_saved_profile_and_its_keyring_secret(profile, portal, secret_value, stores):
    ProfileStore().save(profile)
    SecretStore().set(profile, secret_value)
    http = portal.client()
    with build_context("Fake", stores=stores, http=http, governor=Governor.disabled(),
                       retry=RetryPolicy.immediate()) as ctx:
        assert ctx.secret_source == "keyring" and ctx.profile == profile
        assert [t.type for t in ctx.client.load_types()] == ["chr.employee", "ou.division"]
        assert ctx.journal is stores.journal and ctx.templates is stores.templates  # the root's stores
    assert not http.is_closed  # a client passed in belongs to the caller
    http.close()
    with build_context("Fake", stores=stores) as ctx:
        assert isinstance(ctx.http, httpx.Client)
    assert ctx.http.is_closed  # one httpx.Client per context, closed with it
    assert stores.journal.unfinished_jobs() == []  # ... while the stores stay open for the next context


def test_context_without_a_secret_is_a_sentence(profile, no_keyring, monkeypatch, stores):
    with pytest.raises(SecretError, match="no working password store"):
        build_context(profile, stores=stores)
    monkeypatch.setenv("CSOD_CLIENT_SECRET", "from-env")
    with build_context(profile, stores=stores) as ctx:
        assert ctx.secret_source == "environment"


def test_context_from_command_line_pieces(monkeypatch, stores):
    with build_context(root_url="http://127.0.0.1:1", client_id="c", secret="s", stores=stores) as ctx:
        assert ctx.profile.root_url == "http://127.0.0.1:1" and ctx.secret_source == "entered"


def test_self_test_passes_every_check(profile, portal, secret_value, caplog):
    caplog.set_level(logging.DEBUG)
    http = portal.client()
    checks = list(self_test(profile, secret_value, http=http))
    http.close()
    assert [c.key for c in checks] == ["resolve", "tls", "token", "scopes", "load_types", "permissions"]
    assert all(c.status == PASS for c in checks), checks
    assert "2 load types" in checks[4].message
    assert secret_value not in caplog.text


def test_self_test_wrong_secret_fails_the_token_and_skips_the_rest(profile, portal):
    http = portal.client()
    checks = list(self_test(profile, "wrong", http=http))
    http.close()
    assert [c.status for c in checks] == [PASS, PASS, FAIL, SKIP, SKIP, SKIP]
    assert "secret" in checks[2].message.lower()


def test_self_test_reports_missing_scopes(profile, portal, secret_value):
    portal.granted_scope = "bulkapijob:read"
    http = portal.client()
    checks = {c.key: c for c in self_test(profile, secret_value, http=http)}
    http.close()
    assert checks["scopes"].status == FAIL and "bulkapiimport:load" in checks["scopes"].message
    portal.granted_scope = None
    http = portal.client()
    checks = {c.key: c for c in self_test(profile, secret_value, http=http)}
    http.close()
    assert checks["scopes"].status == PASS and "does not list" in checks["scopes"].message


def test_self_test_unknown_host_fails_at_the_first_check(profile, secret_value):
    bad = profile.with_changes(root_url="https://nonexistent.invalid")
    checks = list(self_test(bad, secret_value))
    assert [c.status for c in checks] == [FAIL, SKIP, SKIP, SKIP, SKIP, SKIP]
    assert "could not be found" in checks[0].message and checks[0].hint
