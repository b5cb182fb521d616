"""A load interrupted (Ctrl-C, exit 5) or killed mid-job is finished by ``csod-desktop resume``."""

from __future__ import annotations

import json
import signal
import subprocess
import time

from cli_shapes import (
    SAMPLES,
    cli_command,
    cli_env,
    parse_json,
    run_cli,
    validate_envelope,
    validate_job,
    validate_load_document,
)

from csod_desktop.store.journal import Journal


#: Status checks 0.2 s apart against the relaxed sandbox (its processing is immediate).
FAST = ["--poll-interval", "0.2"]


def _where(sandbox) -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", "demo-client"]


def _start_slow_load(sandbox, *extra: str) -> subprocess.Popen[str]:
    """A load whose import stays 'processing' on the portal until the test moves the sandbox on."""
    sandbox.control("/_sandbox/config", {"processing_seconds": 3600})
    return subprocess.Popen(
        [*cli_command(), "load", *_where(sandbox), "--import", f"chr.employee={SAMPLES / 'employees.csv'}",
         "--wait", *FAST, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )


def _wait_until_polling(sandbox, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    """Until the data is posted and the CLI has asked for the job status at least once."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = sandbox.requests()
        posted = any(r["method"] == "POST" and "/imports/" in r["path"] and r["status"] < 300 for r in log)
        polled = any(r["method"] == "GET" and "/jobs/" in r["path"] for r in log)
        if posted and polled:
            return
        if proc.poll() is not None:
            raise AssertionError(f"the load ended early ({proc.returncode}): {proc.communicate()}")
        time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"the load never reached the polling stage: {proc.communicate()}")


def _unfinished() -> list:
    journal = Journal()
    try:
        return journal.unfinished_jobs()
    finally:
        journal.close()


def _data_posts(sandbox) -> int:
    return sum(1 for r in sandbox.requests() if r["method"] == "POST" and "/imports/" in r["path"])


def test_killed_run_is_resumed_without_sending_twice(sandbox):
    proc = _start_slow_load(sandbox)
    _wait_until_polling(sandbox, proc)
    proc.kill()  # SIGKILL: no handler runs, as when a machine loses power or a scheduler kills the task
    proc.communicate(timeout=30)
    (job,) = _unfinished()
    assert job.job_id and all(imp.import_id for imp in job.imports)

    sandbox.control("/_sandbox/config", {"processing_seconds": 0})
    sandbox.control("/_sandbox/clock", {"advance_seconds": 7200})
    done = run_cli("resume", *_where(sandbox), *FAST, "--json")
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_envelope(doc)
    (resumed,) = doc["jobs"]
    validate_job(resumed["job"])
    assert resumed["job_id"] == job.job_id and resumed["outcome"] == "loaded" and resumed["exit_code"] == 0
    assert resumed["job"]["finished"] and resumed["job"]["imports"][0]["successful_records"] == 50
    assert _unfinished() == []
    assert _data_posts(sandbox) == 1  # the data reached the portal once, before the kill

    # Nothing left: resume says so and exits 0.
    again = run_cli("resume", *_where(sandbox), *FAST, "--json")
    assert again.returncode == 0 and parse_json(again)["jobs"] == []


def test_ctrl_c_exits_5_and_leaves_the_job_to_resume(sandbox):
    proc = _start_slow_load(sandbox, "--json")
    _wait_until_polling(sandbox, proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 5, err
    doc = json.loads(out)
    validate_load_document(doc)
    assert doc["outcome"] == "interrupted" and doc["error"]["type"] == "Cancelled"
    assert "csod-desktop resume" in err
    (job,) = _unfinished()
    assert job.job_id == doc["job"]["job_id"]

    sandbox.control("/_sandbox/config", {"processing_seconds": 0})
    sandbox.control("/_sandbox/clock", {"advance_seconds": 7200})
    done = run_cli("resume", *_where(sandbox), *FAST)
    assert done.returncode == 0, done.stderr
    assert job.job_id in done.stdout
    assert _unfinished() == [] and _data_posts(sandbox) == 1
