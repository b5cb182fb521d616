"""Profiles: saved as JSON in the config directory, atomically, owner-only, never with a secret."""

from __future__ import annotations

import json
import stat

import pytest

from csod_desktop import paths
from csod_desktop.errors import ConfigError
from csod_desktop.store.profiles import (
    DEFAULT_SCOPES,
    SANDBOX_PROFILE_NAME,
    Profile,
    ProfileStore,
    normalize_scopes,
    sandbox_profile,
)


def _acme(**changes) -> Profile:
    base = dict(name="Acme prod", root_url="https://acme.csod.com/", client_id="abc123", portal="acme",
                environment="production")
    base.update(changes)
    return Profile(**base)


def test_saved_profiles_round_trip_in_the_config_dir():
    store = ProfileStore()
    store.save(_acme())
    store.save(_acme(name="Acme stage", root_url="https://acme-stg.csod.com", environment="stage"))
    assert store.path.parent == paths.config_dir()
    again = ProfileStore()
    assert again.names() == ["Acme prod", "Acme stage"]
    prod = again.get("Acme prod")
    assert prod.root_url == "https://acme.csod.com"  # trailing slash dropped
    assert prod.scopes == DEFAULT_SCOPES
    assert prod.where == "acme (production)" and prod.is_production
    assert not again.get("Acme stage").is_production


def test_profile_file_is_owner_only_and_holds_no_secret():
    store = ProfileStore()
    store.save(_acme())
    mode = stat.S_IMODE(store.path.stat().st_mode)
    assert mode == 0o600
    doc = json.loads(store.path.read_text())
    assert "secret" not in json.dumps(doc).lower()


def test_a_secret_put_in_the_file_by_hand_is_dropped_on_save():
    store = ProfileStore()
    store.save(_acme())
    doc = json.loads(store.path.read_text())
    doc["profiles"][0]["client_secret"] = "hunter2"
    doc["profiles"][0]["colour"] = "blue"  # unknown keys from a newer version are kept
    store.path.write_text(json.dumps(doc))
    profile = store.get("Acme prod")
    store.save(profile)
    text = store.path.read_text()
    assert "hunter2" not in text and "blue" in text


def test_rename_delete_and_last_used():
    store = ProfileStore()
    store.save(_acme())
    store.set_last_used("Acme prod")
    store.save(_acme(name="Acme"), previous_name="Acme prod")
    assert store.names() == ["Acme"] and store.last_used() == "Acme"
    store.save(_acme(name="Other"))
    with pytest.raises(ConfigError, match="already exists"):
        store.save(_acme(name="Other"), previous_name="Acme")
    assert store.delete("Acme") and not store.delete("Acme")
    assert store.last_used() is None and store.names() == ["Other"]


def test_unknown_profile_names_the_saved_ones():
    store = ProfileStore()
    store.save(_acme())
    with pytest.raises(ConfigError) as info:
        store.get("acme")
    assert "'acme'" in str(info.value) and "Acme prod" in str(info.value)
    assert ProfileStore().find("nope") is None


def test_damaged_file_is_a_sentence_not_a_traceback():
    store = ProfileStore()
    store.path.write_text("{ not json")
    with pytest.raises(ConfigError, match="damaged"):
        store.list()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": " "}, "needs a name"),
        ({"root_url": ""}, "no portal address"),
        ({"client_id": ""}, "no client id"),
        ({"environment": "qa"}, "production, stage or pilot"),
    ],
)
def test_invalid_profiles_are_refused(changes, message):
    with pytest.raises(ConfigError, match=message):
        _acme(**changes)


def test_scopes_accept_a_string_and_drop_duplicates():
    assert normalize_scopes("a b  a") == ("a", "b")
    assert normalize_scopes(["a b", "c"]) == ("a", "b", "c")
    assert normalize_scopes("") == DEFAULT_SCOPES
    assert _acme(scopes="bulkapijob:read").scope_string == "bulkapijob:read"


def test_sandbox_profile_uses_the_demo_client():
    profile = sandbox_profile("http://127.0.0.1:8123/")
    assert profile.name == SANDBOX_PROFILE_NAME and profile.client_id == "demo-client"
    assert profile.is_sandbox and not profile.is_production
    assert "sandbox" in profile.where
    assert Profile.from_dict(profile.to_dict()) == profile
