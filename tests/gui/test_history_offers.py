"""The History step offers the DuckDB export only where this installation can write DuckDB files."""

from __future__ import annotations

import sys

import pytest

from csod_desktop.services import history
from csod_desktop.ui import history_page

pytestmark = pytest.mark.gui


class _HideDuckdb:
    """A meta-path finder that makes ``duckdb`` unimportable, as in a trimmed environment."""

    def find_spec(self, name, path=None, target=None):
        if name == "duckdb" or name.startswith("duckdb."):
            raise ImportError("duckdb hidden by the test")
        return None


def test_duckdb_is_there_in_a_default_install():
    assert history.duckdb_available()


def test_without_duckdb_the_service_says_so(monkeypatch):
    monkeypatch.setattr(sys, "meta_path", [_HideDuckdb(), *sys.meta_path])
    for name in [n for n in sys.modules if n == "duckdb" or n.startswith("duckdb.")]:
        monkeypatch.delitem(sys.modules, name)
    assert not history.duckdb_available()


def test_the_button_follows_what_is_installed(make_window, monkeypatch):
    assert not make_window().history_page.duckdb_button.isHidden()
    monkeypatch.setattr(history_page, "duckdb_available", lambda: False)
    trimmed = make_window().history_page
    assert trimmed.duckdb_button.isHidden() and not trimmed.csv_button.isHidden()
