"""Fixtures for the sandbox tests (the HTTP helpers themselves live in sandbox_http.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sandbox_http import Api


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=60) as client:
        yield client


@pytest.fixture
def api(sandbox: Any, http: httpx.Client) -> Api:
    """A signed-in client of the relaxed sandbox."""
    return Api(sandbox, http).login()


@pytest.fixture
def throttled_api(throttled_sandbox: Any, http: httpx.Client) -> Api:
    """A signed-in client of the sandbox with the documented limits (the token call is not throttled)."""
    return Api(throttled_sandbox, http).login()

