"""The connection self-test against the sandbox portal over loopback."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("csod_desktop.sandbox.server", reason="the sandbox server is not written yet")

from csod_desktop.services.connection import FAIL, PASS, SKIP, self_test  # noqa: E402
from csod_desktop.store.profiles import sandbox_profile  # noqa: E402


def test_every_check_passes_with_the_demo_credentials(sandbox: Any):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "demo-secret"))
    assert [c.status for c in checks] == [PASS] * 6, checks
    assert "custom OU" in checks[4].message


def test_a_wrong_secret_is_a_sentence_and_the_rest_is_skipped(sandbox: Any):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "not-the-secret"))
    assert [c.status for c in checks] == [PASS, PASS, FAIL, SKIP, SKIP, SKIP]
    assert "client id or secret" in checks[2].message and "API Management" in checks[2].hint
    requests = sandbox.requests()
    assert all("not-the-secret" not in str(r) for r in requests)
