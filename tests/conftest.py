"""Test set-up shared by every test: offscreen Qt, an isolated home folder, an in-memory keyring."""

from __future__ import annotations

import os

# Without a display Qt aborts the process (exit 134) instead of raising: pick the offscreen platform
# before anything can import PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window speaks English in tests whatever this computer's language (tests that need another set it).
from csod_desktop.facts import LANGUAGE_ENV  # noqa: E402

os.environ[LANGUAGE_ENV] = "en"

import pytest  # noqa: E402

pytest_plugins = [
    "fixtures.keyring_backend",
    "fixtures.proxy",
    "fixtures.sandbox",
]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test writes its config, journal, cache and logs under its own folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CSOD_DESKTOP_HOME", str(home))
    monkeypatch.delenv("CSOD_CLIENT_SECRET", raising=False)
    monkeypatch.delenv("CSOD_DESKTOP_PACING", raising=False)  # the sandbox fixture turns it off, for loopback
    return home


@pytest.fixture
def stores(isolated_home):
    """The stores a command opens (``cli.open_stores``: the composition root), in the test's home folder."""
    from csod_desktop.cli import open_stores

    with open_stores() as opened:
        yield opened


def pytest_collection_modifyitems(config, items):
    """The tests that wait out real minute windows (``throttled``) and the other ``slow`` ones run first, so
    that on several workers (``-n``) their waits overlap the rest of the suite instead of ending it."""
    def weight(item) -> int:
        if item.get_closest_marker("throttled"):
            return 0
        return 1 if item.get_closest_marker("slow") else 2

    items.sort(key=weight)  # stable: within a weight, the collection order stays
