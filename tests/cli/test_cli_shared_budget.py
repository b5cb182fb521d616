"""Commands in their own processes share one throttle budget per portal: zero 429s, no minute over a limit.

Issue 16: ``types``, then ``schema``, then ``load --wait``, one after another, drew fourteen 429s from the
throttled sandbox, because each process counted only its own calls. Here they run back to back, then two
``load --wait`` at once beside a ``status --wait`` of a third job, against the documented throttles, in
real minute windows.
"""

from __future__ import annotations

import subprocess
import time
from datetime import datetime

import pytest
from cli_shapes import SAMPLES, cli_command, cli_env, parse_json, run_cli

from csod_desktop.api.governor import bucket_for
from csod_desktop.facts import THROTTLES

DIVISIONS = SAMPLES / "divisions.csv"


def most_in_a_minute(times: list[datetime]) -> int:
    """The largest number of calls inside any 60-second sliding window."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if (t - start).total_seconds() < 60) for i, start in enumerate(times)),
               default=0)


def per_bucket(log: list[dict]) -> dict[str, list[datetime]]:
    found: dict[str, list[datetime]] = {}
    for entry in log:
        bucket = bucket_for(entry["method"], entry["path"])
        if bucket is not None:
            found.setdefault(bucket, []).append(datetime.fromisoformat(entry["time"]))
    return found


@pytest.mark.throttled
@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_commands_back_to_back_and_at_once_share_one_budget(throttled_sandbox):
    server = throttled_sandbox
    server.control("clock", {"advance_seconds": 2 * 86400})  # past any window an earlier test filled
    server.control("config", {"throttles": True, "processing_seconds": 2})
    where = ["--base-url", server.root_url, "--client-id", "demo-client"]
    load = ["load", *where, "--import", f"ou.division={DIVISIONS}", "--json"]
    started = time.monotonic()

    stderr: list[str] = []
    for argv in (["types", *where, "--json"], ["schema", "ou.division", *where, "--json"], [*load, "--wait"]):
        done = run_cli(*argv, timeout=600)
        assert done.returncode == 0, done.stderr
        stderr.append(done.stderr)
    third = run_cli(*load, "--label", "followed by status --wait", timeout=600)  # sent, not waited for
    assert third.returncode == 0, third.stderr
    third_job = parse_json(third)["job"]["job_id"]
    back_to_back = time.monotonic() - started

    at_once = [
        subprocess.Popen([*cli_command(), *load, "--wait"], env=cli_env(), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True),
        subprocess.Popen([*cli_command(), *load, "--wait"], env=cli_env(), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True),
        subprocess.Popen([*cli_command(), "status", third_job, *where, "--wait", "--json"], env=cli_env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
    ]
    for proc in at_once:
        out, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
        stderr.append(err)

    log = server.requests()
    assert [r for r in log if r["status"] == 429] == []
    buckets = per_bucket(log)
    figures = {bucket: (len(times), most_in_a_minute(times)) for bucket, times in buckets.items()}
    print(f"\nrequest log: {len(log)} API calls; per bucket (calls, most in any minute): {figures}; "
          f"back to back {back_to_back:.0f} s, total {time.monotonic() - started:.0f} s")
    for bucket, (_, most) in figures.items():
        assert most <= THROTTLES[bucket].per_minute, (bucket, figures)
    # More shared calls than one minute allows went out, so the budget did have to hold some back...
    assert figures["shared"][0] > THROTTLES["shared"].per_minute
    # ...and a command that waited said so on stderr.
    assert any("for the portal's rate limit" in text for text in stderr), stderr
