"""Smoke test: the whole happy path through the client against the fake portal."""

from __future__ import annotations

from api_fakeportal import BULK, FakePortal, json_response, make_client

from csod_desktop.api import ImportSpec


def test_happy_path_every_endpoint(tmp_path):
    portal = FakePortal()
    portal.default("GET", BULK + "/specification", json_response(200, {"components": {"schemas": {}}}))
    portal.default("GET", BULK + "/permissions", json_response(200, {"permissions": [{"type": "ou.division", "permission": "p"}]}))
    portal.default("POST", BULK + "/schemas", json_response(200, {"schema": {"properties": {}}}))
    portal.default("POST", BULK + "/jobs", json_response(201, {"job_id": "j1", "imports": [
        {"import_id": "i1", "type": "chr.employee", "label": "u"}]}))
    portal.default("GET", BULK + "/jobs/j1", json_response(200, {"jobId": "j1", "imports": [
        {"id": "i1", "status": "Completed", "total_records": 2}]}))
    portal.default("POST", BULK + "/imports/i1", json_response(202, {"message": "request received", "remaining_capacity": 4}))
    portal.default("GET", BULK + "/imports/i1/report", json_response(200, {}))
    client, http, t = make_client(portal)
    with http:
        assert client.token().startswith("ZWRnZQ:")
        assert client.specification() == {"components": {"schemas": {}}}
        assert client.permissions()[0]["type"] == "ou.division"
        assert "schema" in client.schema("chr.employee", {"LoadPrimaryKey": 0})
        job = client.create_job("HRIS", [ImportSpec("chr.employee", "u")])
        assert job.job_id == "j1" and job.imports[0].import_id == "i1"
        payload = tmp_path / "p.csv"
        payload.write_bytes(b"a,b\r\n1,2\r\n")
        seen_progress = []
        answer = client.post_import("i1", payload, job_id="j1", progress=lambda s, n: seen_progress.append((s, n)))
        assert answer["remaining_capacity"] == 4
        assert seen_progress[-1] == (10, 10)
        status = client.job_status("j1")
        assert status.finished and status.imports[0].total_records == 2
        assert client.report("i1") == b"{}"
    assert portal.tokens_issued == 1
    assert all(s.authorization == "Bearer ZWRnZQ:tok1" for s in portal.seen if "oauth2" not in s.path)
    upload = portal.calls("POST", BULK + "/imports/i1")[0]
    assert upload.body == b"a,b\r\n1,2\r\n" and upload.headers["content-type"] == "text/csv"
