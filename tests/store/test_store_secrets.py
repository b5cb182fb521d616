"""The client secret: keyring only; with no keyring, a plain sentence and the secret for this run."""

from __future__ import annotations

import logging

import pytest

from csod_desktop import paths
from csod_desktop.errors import SecretError
from csod_desktop.store.profiles import Profile, ProfileStore, sandbox_profile
from csod_desktop.store.secrets import SERVICE_NAME, Secret, SecretStore, keyring_username, resolve_secret

SECRET = "s3cr3t-VALUE-never-in-a-file"


@pytest.fixture
def profile() -> Profile:
    return Profile(name="Acme", root_url="https://acme.csod.com", client_id="cid-1")


def test_secret_is_kept_in_the_keyring_under_profile_and_client_id(profile, memory_keyring):
    store = SecretStore()
    store.set(profile, SECRET)
    assert memory_keyring.passwords == {(SERVICE_NAME, "Acme:cid-1"): SECRET}
    assert keyring_username(profile) == "Acme:cid-1"
    assert store.get(profile) == SECRET and store.has(profile)
    # Another client id for the same profile name is another entry: the old secret is not reused.
    assert store.get(profile.with_changes(client_id="cid-2")) is None
    assert store.delete(profile) and not store.delete(profile)
    assert store.get(profile) is None


def test_resolution_order_given_then_environment_then_keyring(profile, monkeypatch):
    SecretStore().set(profile, "from-keyring")
    assert resolve_secret(profile).reveal() == "from-keyring"
    assert resolve_secret(profile).source == "keyring"
    monkeypatch.setenv("CSOD_CLIENT_SECRET", " from-env ")
    found = resolve_secret(profile)
    assert (found(), found.source) == ("from-env", "environment")
    typed = resolve_secret(profile, "typed")
    assert (typed(), typed.source) == ("typed", "entered")


def test_nothing_saved_is_a_sentence_naming_the_profile(profile):
    with pytest.raises(SecretError) as info:
        resolve_secret(profile)
    assert "No client secret is saved for the profile 'Acme'" in str(info.value)
    assert "CSOD_CLIENT_SECRET" in info.value.hint


def test_no_keyring_says_so_plainly(profile, no_keyring):
    store = SecretStore()
    assert not store.available and not store.status().available
    with pytest.raises(SecretError) as info:
        store.set(profile, SECRET)
    assert "no working password store" in str(info.value)
    assert "CSOD_CLIENT_SECRET" in info.value.hint
    with pytest.raises(SecretError, match="no working password store"):
        store.get(profile)
    with pytest.raises(SecretError, match="no working password store"):
        resolve_secret(profile)
    assert not store.delete(profile) and not store.has(profile)
    # Nothing was written anywhere instead.
    for folder in paths.all_dirs():
        for path in folder.rglob("*"):
            assert not path.is_file() or SECRET.encode() not in path.read_bytes()


def test_no_keyring_takes_the_secret_for_this_run(profile, no_keyring, monkeypatch):
    asked = []
    got = resolve_secret(profile, ask=lambda reason: asked.append(reason) or "typed-now")
    assert got() == "typed-now" and "no working password store" in asked[0]
    monkeypatch.setenv("CSOD_CLIENT_SECRET", "env-secret")
    assert resolve_secret(profile)() == "env-secret"


def test_sandbox_profile_needs_no_keyring(no_keyring):
    secret = resolve_secret(sandbox_profile("http://127.0.0.1:9"))
    assert secret() == "demo-secret" and secret.source == "sandbox"


def test_secret_never_shows_in_repr_or_logs(profile, caplog):
    secret = Secret(SECRET, "entered")
    caplog.set_level(logging.DEBUG)
    logging.getLogger("test").info("using %s / %r", secret, secret)
    assert SECRET not in caplog.text and SECRET not in repr(secret) and "hidden" in str(secret)
    with pytest.raises(SecretError, match="empty"):
        Secret("", "entered")


def test_saving_a_profile_and_its_secret_writes_the_secret_to_no_file(profile):
    ProfileStore().save(profile)
    SecretStore().set(profile, SECRET)
    for folder in paths.all_dirs():
        for path in folder.rglob("*"):
            assert not path.is_file() or SECRET.encode() not in path.read_bytes()
