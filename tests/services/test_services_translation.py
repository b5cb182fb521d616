"""The sentences of the services, api and store layers come through the installed translation backend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from csod_desktop import i18n
from csod_desktop.api import resolve_root
from csod_desktop.errors import ConfigError
from csod_desktop.services.connection import FAIL, PASS, SKIP, self_test
from csod_desktop.store.profiles import sandbox_profile

seen: list[tuple[str, str]] = []


def _backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
    seen.append((context, text))
    return "«" + i18n.english_plural(text, n) if n >= 0 else "«" + text


@pytest.fixture
def fake_language() -> Iterator[list[tuple[str, str]]]:
    """A backend that marks every text it was asked for ("«"), as a language would translate it."""
    seen.clear()
    i18n.install(_backend, lambda value: f"<{value}>")
    try:
        yield seen
    finally:
        i18n.install(None)


def test_a_bad_portal_address_is_translated_with_its_value_filled_in(fake_language: list[tuple[str, str]]):
    with pytest.raises(ConfigError) as err:
        resolve_root(root_url="http://portal.example.com")
    assert str(err.value) == ("«The portal address 'http://portal.example.com' uses http://, which would send the "
                              "client secret unencrypted.")
    assert err.value.hint.startswith("«Use https://")
    assert ("errors", "The portal address {url!r} uses http://, which would send the client secret unencrypted.") \
        in fake_language


def test_a_wrong_secret_and_the_self_test_come_through_the_backend(sandbox: Any, fake_language: list[Any]):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "not-the-secret"))
    assert [c.status for c in checks] == [PASS, PASS, FAIL, SKIP, SKIP, SKIP, SKIP]
    resolve, connection, token = checks[:3]
    assert resolve.title == "«Address resolves" and resolve.message.startswith("«127.0.0.1 resolves to ")
    assert connection.message.startswith("«Plain http, allowed for the local sandbox on this computer only: ")
    # The sign-in error: our sentence with the status filled in, and its hint, both through the backend.
    assert token.title == "«Token granted"
    assert token.message == "«The portal rejected the client id or secret (HTTP 400 when signing in)."
    assert token.hint.startswith("«Check the client id and secret in Cornerstone")
    assert all(c.message == "«Not checked: no token." or c.message == "«Not checked: an earlier check failed."
               for c in checks[3:])
    assert {context for context, _ in fake_language} >= {"connection", "errors"}


def test_a_passing_self_test_writes_its_numbers_the_window_s_way(sandbox: Any, fake_language: list[Any]):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "demo-secret"))
    assert [c.status for c in checks] == [PASS] * 7, checks
    load_types = checks[4]
    assert load_types.message.startswith("«The portal offers <") and "custom OU types)." in load_types.message
    assert "(<8> OU types)" in checks[6].message and checks[6].message.startswith("«The Employee API")


def test_without_a_backend_the_sentences_stay_english(sandbox: Any):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "not-the-secret"))
    assert checks[2].message == "The portal rejected the client id or secret (HTTP 400 when signing in)."
    assert checks[0].title == "Address resolves"
