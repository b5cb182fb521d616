"""The portal's own counters are the truth: an hour another tool used up is waited out, never called into.

The sandbox reports ``x-csod-requests-remaining-urilevel: 0`` for the shared (job status) bucket after
the first status check, because another integration spent the hour. The client's clock and sleep move
the sandbox clock, so the hour passes in no real time and the portal sees it pass exactly as it would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from csod_desktop.api import Governor, RetryPolicy
from csod_desktop.api.governor import SHARED, bucket_for
from csod_desktop.errors import ThrottledError
from csod_desktop.services import events as ev
from csod_desktop.services.context import build_context
from csod_desktop.services.loads import PollPolicy, PreparedImport, pump
from csod_desktop.store.journal import FINISHED
from csod_desktop.store.profiles import sandbox_profile

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


class SandboxTime:
    """The client's clock, moved only by its sleeps, which move the sandbox clock by as much."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.now = 10_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self.slept.append(seconds)
        self.now += seconds
        self.server.control("clock", {"advance_seconds": seconds})


def test_an_hour_used_up_by_another_tool_is_waited_out_and_said(stores, throttled_sandbox):
    server = throttled_sandbox
    server.control("clock", {"advance_seconds": 2 * 86400})  # past any window an earlier test filled
    server.control("config", {"processing_seconds": 5})
    # Another integration made 298 shared calls two minutes ago: our job creation and first status check
    # then use the hour's last two of 300 (bulk-api-facts.md: 300 an hour for the shared bucket).
    server.control("throttle", {"bucket": SHARED, "calls": 298, "seconds_ago": 120})
    t = SandboxTime(server)
    governor = Governor(clock=t.clock, sleep=t.sleep)  # the documented limits
    item = PreparedImport("ou.division", SAMPLES / "divisions.csv", "divisions",
                          {"datetime_culture": "en-US", "LoadPrimaryKey": 0})
    poll = PollPolicy(first_check=1.0, interval=15.0, growth=1.0, maximum=15.0, tick=600.0)
    seen: list[ev.RunEvent] = []
    with build_context(sandbox_profile(server.root_url), "demo-secret", stores=stores, governor=governor,
                       retry=RetryPolicy(attempts=2, jitter=0.0)) as ctx:
        runner = ctx.runner(poll=poll, clock=t.clock, sleep=t.sleep)
        job = pump(runner.run([item], "after another tool"), seen.append)
    assert job.state == FINISHED
    log = server.requests()
    assert [r for r in log if r["status"] == 429] == []
    waits = [e for e in seen if isinstance(e, ev.RateLimited)]
    # The next status check waited for the next hour's window, and said so, instead of calling.
    assert len(waits) == 1 and waits[0].seconds > 3590, waits
    assert waits[0].text == f"waiting {round(waits[0].seconds)} s for the portal's rate limit"
    checks = [r for r in log if r["method"] == "GET" and bucket_for(r["method"], r["path"]) == SHARED]
    assert len(checks) >= 2
    from datetime import datetime

    first, second = (datetime.fromisoformat(r["time"]) for r in checks[:2])
    assert (second - first).total_seconds() >= 3600


def test_without_the_counters_the_same_poll_would_have_drawn_a_429(stores, throttled_sandbox):
    """The companion check: the hour really is used up, so a client deaf to the headers is refused."""
    server = throttled_sandbox
    server.control("clock", {"advance_seconds": 2 * 86400})
    server.control("throttle", {"bucket": SHARED, "calls": 300, "seconds_ago": 120})
    with build_context(sandbox_profile(server.root_url), "demo-secret", stores=stores, governor=Governor.disabled(),
                       retry=RetryPolicy(attempts=1)) as ctx:
        with pytest.raises(ThrottledError) as err:
            ctx.client.specification()
    assert err.value.status == 429
    assert any(r["status"] == 429 for r in server.requests())
