"""State in ``--data-dir`` (SQLite) survives a restart; without a data dir nothing is kept."""

from __future__ import annotations

from pathlib import Path

import httpx

from sandbox_http import Api, division_csv
from csod_desktop.sandbox.server import SandboxServer


def test_state_survives_a_restart(tmp_path: Path, http: httpx.Client) -> None:
    with SandboxServer(relaxed=True, data_dir=tmp_path) as first:
        api = Api(first, http).login()
        job_id, import_id = api.load("ou.division", division_csv("SUP_PERSIST"))
        api.wait(job_id)
        assert api.call("GET", f"/imports/{import_id}/report").status_code == 200
        first.control("config", {"processing_seconds": 600, "token_lifetime": 7200})
        first.control("clock", {"advance_seconds": 86400})
        api.login()
        pending = api.create_job({"type": "ou.grade"})
        api.post_import(pending["imports"][0]["import_id"], b"ouRefId,ouName\r\nG-PERSIST,Grade\r\n")
    assert (tmp_path / "sandbox.sqlite3").is_file()
    with SandboxServer(relaxed=True, data_dir=tmp_path) as second:
        api = Api(second, http).login()  # tokens are not kept: sign in again
        assert second.control("config")["token_lifetime"] == 7200
        assert second.control("clock")["offset_seconds"] >= 86400 - 5
        assert second.control("ous/ou.division/SUP_PERSIST")["ouName"] == "Division SUP_PERSIST"
        assert api.status(job_id)["imports"][0]["status"] == "Completed"
        # The report ledger survived: one download was spent before the restart.
        assert [api.call("GET", f"/imports/{import_id}/errors").status_code for _ in range(5)] == [200] * 4 + [410]
        # The queued import is still queued, and completes once its time comes.
        assert api.status(pending["job_id"])["imports"][0]["status"] in ("Queued", "Processing")
        second.control("clock", {"advance_seconds": 601})
        assert api.login().wait(pending["job_id"])["imports"][0]["total_records"] == 1
        listed = api.call("GET", "/jobs").json()
        assert listed["total_count"] == 2
        second.control("reset", {})
    with SandboxServer(relaxed=True, data_dir=tmp_path) as third:
        api = Api(third, http).login()
        assert api.call("GET", f"/jobs/{job_id}").status_code == 404
        assert http.get(f"{third.root_url}/_sandbox/ous/ou.division/SUP_PERSIST").status_code == 404
        assert third.control("users/948752281")["active"] is True  # the seed is back


def test_without_a_data_dir_nothing_is_kept(tmp_path: Path, http: httpx.Client) -> None:
    with SandboxServer(relaxed=True) as first:
        api = Api(first, http).login()
        job_id, _ = api.load("ou.division", division_csv("SUP_GONE"))
    with SandboxServer(relaxed=True) as second:
        api = Api(second, http).login()
        assert api.call("GET", f"/jobs/{job_id}").status_code == 404
