"""The load runner under the sandbox's documented throttles: eager polling is held back by the governor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("csod_desktop.sandbox.server", reason="the sandbox server is not written yet")

from csod_desktop.api import RetryPolicy  # noqa: E402
from csod_desktop.services import events as ev  # noqa: E402
from csod_desktop.services.context import build_context  # noqa: E402
from csod_desktop.services.loads import PollPolicy, PreparedImport, pump  # noqa: E402
from csod_desktop.store.journal import FINISHED  # noqa: E402
from csod_desktop.store.profiles import sandbox_profile  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SETTINGS = {"datetime_culture": "en-US", "number_culture": "en-US", "LoadPrimaryKey": 0}


@pytest.mark.throttled
@pytest.mark.slow
def test_eager_polling_draws_no_429_and_says_when_the_next_check_is(throttled_sandbox: Any, stores: Any):
    server = throttled_sandbox
    server.control("reset", {})
    server.control("clock", {"advance_seconds": 2 * 86400})  # past any window an earlier test filled
    server.control("config", {"throttles": True, "processing_seconds": 20})
    items = [
        PreparedImport("ou.division", SAMPLES / "divisions.csv", "divisions", dict(SETTINGS)),
        PreparedImport("chr.employee", SAMPLES / "employees_new_divisions.csv", "employees", dict(SETTINGS)),
    ]
    # The runner asks every 0.5 s; the shared 5-per-minute bucket (job creation + status) must win.
    eager = PollPolicy(first_check=0.5, interval=0.5, growth=1.0, maximum=0.5, tick=0.5)
    seen: list[ev.RunEvent] = []
    retry = RetryPolicy(base=0.5, cap=5.0, report_not_ready_base=1.0, report_not_ready_attempts=10)
    with build_context(sandbox_profile(server.root_url), "demo-secret", stores=stores, retry=retry) as ctx:
        job = pump(ctx.runner(poll=eager).run(items, "throttled"), seen.append)
    assert job.state == FINISHED
    log = server.requests()
    assert [r for r in log if r["status"] == 429] == []
    status_calls = [r for r in log if r["method"] == "GET" and "/jobs/" in r["path"]]
    assert len(status_calls) >= 2
    # Some waits were announced longer than the runner's own 0.5 s: they came from the governor.
    waits = [e.seconds_left for e in seen if isinstance(e, ev.Waiting)]
    assert max(waits) > 5
