"""Fault injection and the request log, as a client sees them (INTERFACES.md, "Sandbox control plane")."""

from __future__ import annotations

import time

import httpx
import pytest

from sandbox_http import Api, division_csv


def test_status_fault_with_count(api: Api) -> None:
    rule = api.control("faults", {"method": "GET", "path": "/specification$", "status": 503, "count": 2})
    assert isinstance(rule["id"], int)
    answers = [api.call("GET", "/specification").status_code for _ in range(3)]
    assert answers == [503, 503, 200]
    assert api.call("GET", "/permissions").status_code == 200  # the path did not match
    log = api.server.requests()
    spec = [r for r in log if r["path"].endswith("/specification")]
    assert [r["status"] for r in spec] == [503, 503, 200]
    assert [r.get("fault") for r in spec] == [rule["id"], rule["id"], None]


def test_probability_method_and_delete(api: Api) -> None:
    api.control("faults", {"path": "/permissions", "status": 500, "probability": 0.0})
    api.control("faults", {"method": "POST", "path": "/permissions", "status": 500})
    assert all(api.call("GET", "/permissions").status_code == 200 for _ in range(5))
    api.control("faults", {"path": "/permissions", "status": 502})
    assert api.call("GET", "/permissions").json()["status"] == "502"
    api.control("faults", method="DELETE")
    assert api.call("GET", "/permissions").status_code == 200


def test_latency(api: Api) -> None:
    api.control("faults", {"path": "/permissions", "status": None, "latency": 0.3, "count": 1})
    started = time.monotonic()
    assert api.call("GET", "/permissions").status_code == 200
    assert time.monotonic() - started >= 0.3
    # The rule was used up (count 1): the next call is not delayed. Said by the request log, not a stopwatch
    # (an upper bound on a time fails on a busy machine).
    api.call("GET", "/permissions")
    delayed = [entry.get("fault") for entry in api.control("requests") if entry["path"].endswith("/permissions")]
    assert delayed[-2:] == [delayed[-2], None] and delayed[-2] is not None
    # Latency alone, after the handler ran: the real answer still arrives.
    api.control("faults", {"path": "/jobs$", "status": None, "latency": 0.2, "after_handling": True, "count": 1})
    started = time.monotonic()
    assert api.call("POST", "/jobs", json={"imports": [{"type": "ou.grade"}]}).status_code == 201
    assert time.monotonic() - started >= 0.2


def test_dropped_connection_is_an_incomplete_body(api: Api) -> None:
    api.control("faults", {"path": "/specification", "drop": True, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        api.call("GET", "/specification")
    assert api.call("GET", "/specification").status_code == 200  # the next connection works


def test_fault_after_handling_the_import_is_received(api: Api) -> None:
    job = api.create_job({"type": "ou.division"})
    import_id = job["imports"][0]["import_id"]
    api.control("faults", {"method": "POST", "path": "/imports/", "drop": True, "after_handling": True, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        api.post_import(import_id, division_csv("SUP_AMBIGUOUS"), expect=None)
    # The answer was lost, but the data arrived: the job status says so, and a second POST is refused.
    item = api.wait(job["job_id"])["imports"][0]
    assert item["status"] == "Completed" and item["total_records"] == 1
    api.post_import(import_id, division_csv("SUP_AMBIGUOUS"), expect=400)
    api.control("faults", {"method": "POST", "path": "/jobs$", "status": 500, "after_handling": True, "count": 1})
    assert api.call("POST", "/jobs", json={"imports": [{"type": "ou.grade"}]}).status_code == 500
    listed = api.call("GET", "/jobs").json()
    assert listed["total_count"] == 2  # the job was created before the 500


def test_request_log_has_no_secrets(api: Api) -> None:
    api.call("POST", "/schemas", json={"type": "ou.division"})
    api.control("faults", {"path": "/schemas", "status": 429, "count": 1})
    api.call("POST", "/schemas", json={"type": "ou.division"})
    log = api.server.requests()
    assert [(r["method"], r["status"]) for r in log if r["path"].endswith("/schemas")] == [("POST", 200), ("POST", 429)]
    token_calls = [r for r in log if r["path"] == "/services/api/oauth2/token"]
    assert token_calls and token_calls[0]["bytes"] > 0
    text = repr(log)
    assert "demo-secret" not in text and api.token not in text and "Bearer" not in text
    assert not [r for r in log if r["path"].startswith("/_sandbox")]
    assert {"method", "path", "status", "time", "bytes"} <= set(log[0])


def test_bad_fault_rules_are_refused(api: Api) -> None:
    for rule in [{"path": "("}, {"colour": "red"}]:
        response = api.http.post(f"{api.server.root_url}/_sandbox/faults", json=rule)
        assert response.status_code == 400
