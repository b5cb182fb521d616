"""The window and a command line share one throttle budget: the window polls a job while ``status --wait``
polls another, against the sandbox's documented throttles, and the portal answers no 429 (issue 16)."""

from __future__ import annotations

import json
import os
from collections import Counter
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from csod_desktop.api.governor import SHARED, bucket_for
from csod_desktop.facts import THROTTLES
from csod_desktop.services.loads import PreparedImport
from gui_helpers import SAMPLES, connect_sandbox

pytestmark = [pytest.mark.gui, pytest.mark.throttled, pytest.mark.slow]

DIVISIONS = SAMPLES / "divisions.csv"
SETTINGS = {"datetime_culture": "en-US", "LoadPrimaryKey": 0}


def cli(*argv: str) -> list[str]:
    exe = Path(sys.executable).with_name("csod-desktop")
    return [str(exe), *argv] if exe.exists() else [sys.executable, "-m", "csod_desktop", *argv]


def most_in_a_minute(times: list[datetime]) -> int:
    times = sorted(times)
    return max((sum(1 for t in times[i:] if (t - start).total_seconds() < 60) for i, start in enumerate(times)),
               default=0)


@pytest.mark.timeout(900)
def test_the_window_and_status_wait_poll_two_jobs_without_a_429(qtbot, make_window, throttled_sandbox):
    sandbox = throttled_sandbox
    sandbox.control("clock", {"advance_seconds": 2 * 86400})  # past any window an earlier test filled
    # Processing long enough that both jobs are polled several times while the other is polled too.
    sandbox.control("config", {"throttles": True, "processing_seconds": 120})
    env = {**os.environ, "CSOD_CLIENT_SECRET": "demo-secret", "QT_QPA_PLATFORM": "offscreen"}
    where = ["--base-url", sandbox.root_url, "--client-id", "demo-client"]
    window = make_window()  # the app's own context: the shared budget beside the journal
    connect_sandbox(qtbot, window, sandbox.root_url)
    assert window.state.context is not None
    # The job the command line follows, sent by 'load' without --wait once the window is connected (a
    # window carries on with the journal's unfinished jobs when it connects: this one stays the CLI's).
    sent = subprocess.run(cli("load", *where, "--import", f"ou.division={DIVISIONS}", "--json"), env=env,
                          capture_output=True, text=True, timeout=300)
    assert sent.returncode == 0, sent.stderr
    cli_job = json.loads(sent.stdout)["job"]["job_id"]
    said: list[str] = []
    window.bridge.posted.connect(lambda message: said.append(message.text))
    status = window.run_page.status
    finished: list[int] = []
    status.job_finished.connect(finished.append)
    window.run_page.add_import(PreparedImport("ou.division", DIVISIONS, "window's job", dict(SETTINGS),
                                              record_count=4, source_name=DIVISIONS.name))
    # The command line polls eagerly: the budget, not its interval, decides when it may ask.
    follower = subprocess.Popen(cli("status", cli_job, *where, "--wait", "--poll-interval", "1", "--json"),
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window.run_page.run_now()
        seen: set[str] = set()

        def done() -> bool:
            for followed in status.jobs.values():
                if followed.item is not None:
                    seen.add(followed.item.text(1))
            return bool(finished) and not status.active_jobs()

        qtbot.waitUntil(done, timeout=600_000)
        out, err = follower.communicate(timeout=600)
    finally:
        if follower.poll() is None:
            follower.kill()
            follower.communicate()
    assert follower.returncode == 0, err
    assert json.loads(out)["job"]["finished"] is True
    job = window.state.context.journal.job(finished[0])
    assert job.state == "finished" and job.imports[0].successful_records == 4

    log = sandbox.requests()
    assert [r for r in log if r["status"] == 429] == []
    shared = [datetime.fromisoformat(r["time"]) for r in log if bucket_for(r["method"], r["path"]) == SHARED]
    status_calls = [r for r in log if r["method"] == "GET" and "/jobs/" in r["path"]]
    polled = Counter(r["path"].rsplit("/", 1)[-1] for r in status_calls)
    assert len(polled) == 2 and polled[cli_job] >= 2 and min(polled.values()) >= 2, polled  # two processes
    assert len(shared) > THROTTLES[SHARED].per_minute
    assert most_in_a_minute(shared) <= THROTTLES[SHARED].per_minute
    print(f"\nrequest log: {len(log)} calls, {len(shared)} in the shared bucket, at most "
          f"{most_in_a_minute(shared)} in any minute; status checks {len(status_calls)}")
    # Someone had to wait for the portal's rate limit, and said so: the window or the command line.
    assert any("for the portal's rate limit" in text for text in [*seen, *said, err]), (seen, said, err)
