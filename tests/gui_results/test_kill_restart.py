"""Killing the app mid-job (a real separate process, SIGKILL) and starting it again finishes the job with its report."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from csod_desktop.store.profiles import ProfileStore, sandbox_profile
from results_helpers import planted_employees

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]
SCRIPT = Path(__file__).resolve().parent / "app_process.py"


def _spawn(*args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, str(SCRIPT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _close(proc: subprocess.Popen) -> None:
    proc.stdout.close()
    proc.stderr.close()


def _line(proc: subprocess.Popen, prefix: str, timeout: float = 90.0) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith(prefix):
            return line.split()
    proc.kill()
    proc.wait(10)
    raise AssertionError(f"no {prefix} line; stderr: {proc.stderr.read()[-3000:]}")


def test_job_survives_a_killed_app(sandbox, tmp_path):
    ProfileStore().save(sandbox_profile(sandbox.root_url))
    source = planted_employees(tmp_path)
    # The portal keeps the job processing for an hour: the app is killed while it waits for it.
    sandbox.control("config", {"processing_seconds": 3600})
    first = _spawn("start", sandbox.root_url, str(source))
    try:
        _, job_id = _line(first, "POSTED")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        _close(first)
    assert first.returncode == -signal.SIGKILL
    sandbox.control("clock", {"advance_seconds": 3700})  # Cornerstone finished while the app was gone

    second = _spawn("resume", sandbox.root_url)
    try:
        finished = _line(second, "FINISHED")
        report = _line(second, "REPORT")
        assert second.wait(30) == 0
    finally:
        if second.poll() is None:
            second.kill()
            second.wait(10)
        _close(second)
    assert finished[1:] == [job_id, "finished"]
    # The failed row of the killed run's report, joined to record 2 of the file, one download spent.
    assert report[1:3] == ["1", "2"] and " ".join(report[3:]) == "1 of 5 used, cap 4"
    posts = [r for r in sandbox.requests() if r["method"] == "POST" and "/imports/" in r["path"]]
    assert len(posts) == 1  # the data was never sent twice
