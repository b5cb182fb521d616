"""Test set-up shared by every test: offscreen Qt, an isolated home folder, an in-memory keyring."""

from __future__ import annotations

import os

# Without a display Qt aborts the process (exit 134) instead of raising: pick the offscreen platform
# before anything can import PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest_plugins = [
    "fixtures.keyring_backend",
    "fixtures.sandbox",
]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test writes its config, journal, cache and logs under its own folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CSOD_DESKTOP_HOME", str(home))
    monkeypatch.delenv("CSOD_CLIENT_SECRET", raising=False)
    return home


@pytest.fixture
def stores(isolated_home):
    """The stores a command opens (``cli.open_stores``: the composition root), in the test's home folder."""
    from csod_desktop.cli import open_stores

    with open_stores() as opened:
        yield opened
