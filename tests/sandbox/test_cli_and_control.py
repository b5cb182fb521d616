"""``csod-desktop sandbox`` as a subprocess, and the control plane's own endpoints."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from sandbox_http import ALL_SCOPES, Api


def test_cli_serves_a_token_and_stops_on_interrupt(tmp_path: Path, http: httpx.Client) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "csod_desktop", "sandbox", "--port", "0", "--relaxed", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        # A test runner started in the background may pass SIGINT on as ignored: give the child Ctrl-C back.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        first = process.stdout.readline()
        assert first.startswith("Sandbox portal running at http://127.0.0.1:"), first + process.stderr.read()
        root = first.split(" at ", 1)[1].strip()
        lines = [process.stdout.readline() for _ in range(2)]
        assert "demo-client" in lines[0] and "demo-secret" in lines[1]
        response = http.post(root + "/services/api/oauth2/token",
                             json={"clientId": "demo-client", "clientSecret": "demo-secret",
                                   "grantType": "client_credentials", "scope": ALL_SCOPES})
        assert response.status_code == 200 and response.json()["access_token"].startswith("ZWRnZQ:")
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl-C
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert (tmp_path / "sandbox.sqlite3").is_file()


def test_cli_refuses_a_non_loopback_host() -> None:
    result = subprocess.run([sys.executable, "-m", "csod_desktop", "sandbox", "--host", "0.0.0.0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr


def test_reset_wipes_jobs_and_restores_defaults(api: Api) -> None:
    job = api.create_job({"type": "ou.grade"})
    api.control("config", {"token_lifetime": 10, "throttles": True})
    api.control("faults", {"path": "/nothing", "status": 500})
    api.control("clock", {"advance_seconds": 5})
    api.control("reset", {})
    assert api.control("config")["token_lifetime"] == 3600 and api.control("config")["throttles"] is False
    assert api.control("faults", method="GET") == [] and api.control("requests") == []
    assert abs(api.control("clock")["offset_seconds"]) < 1
    api.login()
    assert api.call("GET", f"/jobs/{job['job_id']}").status_code == 404


def test_seeded_ids_repeat(api: Api) -> None:
    api.control("reset", {"seed": 7})
    api.login()
    first = api.create_job({"type": "ou.grade"})
    api.control("reset", {"seed": 7})
    api.login()
    second = api.create_job({"type": "ou.grade"})
    assert first["job_id"] == second["job_id"]
    assert first["imports"][0]["import_id"] == second["imports"][0]["import_id"]


def test_clock_config_and_portal_records(api: Api, http: httpx.Client) -> None:
    root = api.server.root_url
    moved = api.control("clock", {"now": "2031-01-02T03:04:05Z"})
    assert moved["now"].startswith("2031-01-02T03:04:0")
    assert http.post(f"{root}/_sandbox/clock", json={"later": 1}).status_code == 400
    assert http.post(f"{root}/_sandbox/config", json={"colour": "red"}).status_code == 400
    assert api.control("config", {"processing_seconds": 2})["processing_seconds"] == 2
    assert api.control("users/948752281")["EmployeeIdentificationData_UserId"] == "948752281"
    assert http.get(f"{root}/_sandbox/users/904321062").status_code == 404  # absent from the seed
    assert api.control("ous/ou.customou.524291/Full Time")["ouName"] == "Full Time"
    assert api.control("ous/ou.division/SUP_000012199")["active"] is False
    assert http.get(f"{root}/_sandbox/ous/ou.division/SUPERVISORY_ORGANIZATION-3-9244").status_code == 404
