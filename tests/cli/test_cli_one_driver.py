"""One driver per job (issue 19, item 11): ``resume`` leaves a job a live ``load`` drives, and takes it over
once that process is killed, without sending its data a second time. Real processes, real sandbox."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from cli_shapes import SAMPLES, cli_command, cli_env, parse_json, run_cli, validate_envelope

from csod_desktop.store.journal import SENDING, Journal

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

FAST = ["--poll-interval", "0.2"]
#: The sandbox holds each data POST this long before handling it: the load is mid-upload meanwhile.
UPLOAD_LATENCY = 20


def _where(sandbox) -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", "demo-client"]


def _journal_imports() -> list:
    journal = Journal()
    try:
        return [imp for job in journal.jobs() for imp in job.imports]
    finally:
        journal.close()


def _until(what, proc: subprocess.Popen[str], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if what():
            return
        if proc.poll() is not None:
            raise AssertionError(f"the load ended early ({proc.returncode}): {proc.communicate()}")
        time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"the load never got there: {proc.communicate()}")


def _data_posts(sandbox) -> list[dict]:
    return [r for r in sandbox.requests() if r["method"] == "POST" and "/bulk-api/v1/imports/" in r["path"]]


def test_resume_skips_a_job_a_live_load_drives_and_takes_it_over_once_killed(sandbox):
    # The portal keeps the job processing (so the load polls on), and holds the data POST for a while.
    sandbox.control("/_sandbox/config", {"processing_seconds": 3600})
    sandbox.control("/_sandbox/faults", {"method": "POST", "path": r"/bulk-api/v1/imports/[^/]+$", "status": None,
                                         "latency": UPLOAD_LATENCY, "count": 1})
    load = subprocess.Popen(
        [*cli_command(), "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}",
         "--wait", *FAST],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(),
    )
    try:
        # Mid-upload: the journal says "sending" and the portal has not answered the POST yet.
        _until(lambda: any(imp.post_state == SENDING for imp in _journal_imports()), load)
        started = time.monotonic()
        busy = run_cli("resume", *_where(sandbox), *FAST, "--json", timeout=120)
        assert time.monotonic() - started < UPLOAD_LATENCY, "resume ran after the upload: nothing was proved"
        assert busy.returncode == 0, busy.stderr
        doc = parse_json(busy)
        validate_envelope(doc)
        (skipped,) = doc["jobs"]
        assert skipped["outcome"] == "skipped" and skipped["exit_code"] == 0
        assert skipped["driver"]["pid"] == load.pid
        assert f"being run by another csod-desktop (pid {load.pid})" in busy.stderr
        assert _data_posts(sandbox) == []  # resume sent nothing; the load's own POST is still held

        # The load's upload completes and it polls; then it is killed as a power cut would.
        _until(lambda: any(r["status"] and r["status"] < 300 for r in _data_posts(sandbox)), load)
        _until(lambda: any(r["method"] == "GET" and "/bulk-api/v1/jobs/" in r["path"] for r in sandbox.requests()
                           if r["time"] >= _data_posts(sandbox)[0]["time"]), load)
    finally:
        load.send_signal(signal.SIGKILL)
        load.communicate(timeout=30)  # reaped
    assert load.returncode == -signal.SIGKILL

    sandbox.control("/_sandbox/config", {"processing_seconds": 0})
    sandbox.control("/_sandbox/clock", {"advance_seconds": 7200})
    done = run_cli("resume", *_where(sandbox), *FAST, "--json", timeout=120)
    assert done.returncode == 0, done.stderr
    (resumed,) = parse_json(done)["jobs"]
    assert resumed["outcome"] == "loaded" and resumed["driver"] is None
    assert resumed["job"]["imports"][0]["successful_records"] == 50
    # Each import's data was POSTed exactly once, by the killed load, and accepted.
    (import_id,) = [imp.import_id for imp in _journal_imports()]
    posts = _data_posts(sandbox)
    assert [(p["path"].rsplit("/", 1)[-1], p["status"]) for p in posts] == [(import_id, 202)]
