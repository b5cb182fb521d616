"""The connection self-test against the sandbox portal over loopback."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("csod_desktop.sandbox.server", reason="the sandbox server is not written yet")

from csod_desktop.services.connection import FAIL, PASS, SKIP, self_test  # noqa: E402
from csod_desktop.store.profiles import sandbox_profile  # noqa: E402


def test_every_check_passes_with_the_demo_credentials(sandbox: Any):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "demo-secret"))
    assert [c.status for c in checks] == [PASS] * 7, checks
    assert "custom OU" in checks[4].message
    assert checks[6].key == "portal_data" and "8 OU types" in checks[6].message


def test_an_application_without_employee_read_says_so_once_and_keeps_the_bulk_checks(sandbox: Any):
    profile = sandbox_profile(sandbox.root_url).with_changes(client_id="bulk-only-client")
    checks = list(self_test(profile, "demo-secret"))
    assert [c.status for c in checks] == [PASS] * 6 + [SKIP], checks
    off = [c for c in checks if "Checks against your portal's data are off" in c.message]
    assert [c.key for c in off] == ["portal_data"]
    assert "employee:read" in off[0].message and "API Management" in off[0].hint


def test_a_wrong_secret_is_a_sentence_and_the_rest_is_skipped(sandbox: Any):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "not-the-secret"))
    assert [c.status for c in checks] == [PASS, PASS, FAIL, SKIP, SKIP, SKIP, SKIP]
    assert "client id or secret" in checks[2].message and "API Management" in checks[2].hint
    requests = sandbox.requests()
    assert all("not-the-secret" not in str(r) for r in requests)
