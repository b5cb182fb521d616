"""``csod_desktop.facts``: the Bulk API's limits and rules, written once and used everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from csod_desktop import facts

PACKAGE = Path(facts.__file__).resolve().parent


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("", True),
        ("https://hooks.example.com/csod?token=abc", True),
        ("HTTPS://hooks.example.com/x", True),
        ("http://hooks.example.com/x", False),
        ("ftp://hooks.example.com/x", False),
        ("https://", False),
        ("https://host/with space", False),
        ("hooks.example.com/x", False),
    ],
)
def test_callback_rule(url: str, ok: bool) -> None:
    assert (facts.callback_problem(url) is None) is ok


@pytest.mark.parametrize(
    ("settings", "on"),
    [
        ({}, False),
        ({"ReconcileUsers": True}, True),
        ({"reconcileusers": "true"}, True),
        ({"RECONCILEUSERS": "1"}, True),  # the window and the CLI once disagreed on "1"
        ({"ReconcileUsers": 1}, True),
        ({"ReconcileUsers": "false"}, False),
        ({"ReconcileUsers": 0}, False),
        ({"ReconcileUsers": ""}, False),
        ({"ReconcileUsers": "maybe"}, False),
    ],
)
def test_reconcile_users_is_read_one_way(settings: dict, on: bool) -> None:
    assert facts.reconcile_users(settings) is on


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("app.localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("2130706433", False),  # an integer spelling of 127.0.0.1 is not accepted as loopback
        ("127.0.0.1.nip.io", False),
        ("acme.csod.com", False),
        ("", False),
        (None, False),
    ],
)
def test_loopback(host: str | None, loopback: bool) -> None:
    assert facts.is_loopback(host) is loopback


def test_loopback_url() -> None:
    assert facts.is_loopback_url("http://127.0.0.1:8080/x")
    assert facts.is_loopback_url("https://[::1]:9/")
    assert not facts.is_loopback_url("https://acme.csod.com")
    assert not facts.is_loopback_url("http://[broken")


def test_throttle_windows_follow_the_documented_table() -> None:
    assert facts.THROTTLES[facts.SHARED].windows() == ((60, 5), (3600, 300), (86400, 7200))
    assert facts.THROTTLES[facts.DATA].per_minute == 30
    assert facts.THROTTLES[facts.REPORTS].per_minute == 10


# Each of these facts has one definition, in csod_desktop/facts.py; a second one in the package is a copy.
COPIES = {
    "a job's 20-import limit": re.compile(r"^\s*MAX_IMPORTS\w*\s*=\s*20\b"),
    "the https-only callback rule": re.compile(r"startswith\(\s*[\"']https"),
    "a loopback test": re.compile(r"ip_address\([^)]*\)\.is_loopback|in \([^)]*[\"']127\.0\.0\.1[\"']"),
    "the secret's environment variable": re.compile(r"=\s*[\"']CSOD_CLIENT_SECRET[\"']"),
    "ReconcileUsers parsing": re.compile(r"[\"']reconcileusers[\"']\s*(and|==)|==\s*[\"']reconcileusers[\"']"),
    "a 1,000,000-record or 20 MB limit": re.compile(r"^\s*[A-Z_]+\s*=\s*(1_000_000|20 \* 1024 \* 1024)\s*$"),
}


def test_each_fact_is_defined_once() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "facts.py" and path.parent == PACKAGE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for fact, pattern in COPIES.items():
                if pattern.search(line):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {fact}: {line.strip()}")
    assert not found, "copies of csod_desktop.facts:\n" + "\n".join(found)


def test_employee_and_ou_api_facts_follow_their_sheet() -> None:
    # employee-ou-api-facts.md §1 "Throttles", §2 "Endpoints", §1 "Paging".
    assert facts.THROTTLES[facts.EMPLOYEES].windows() == ((60, 75), (3600, 4500), (86400, 108000))
    assert facts.THROTTLES[facts.OUS].per_minute == facts.THROTTLES[facts.OU_TYPES].per_minute == 300
    assert (facts.EMPLOYEE_PAGE_SIZE, facts.OU_PAGE_SIZE, facts.PAGE_TOKEN_TTL) == (50, 100, 300)
    assert facts.EMPLOYEE_READ_SCOPE == "employee:read"


def test_the_reconcile_threshold_is_ten_percent_of_active_employees() -> None:
    assert facts.RECONCILE_MAX_SHARE == 0.10
    assert not facts.reconcile_needs_override(0, 0)
    assert not facts.reconcile_needs_override(100, 1000) and facts.reconcile_needs_override(101, 1000)
    assert facts.reconcile_needs_override(1, 0)
