"""Every error branch of the client, against a scripted portal on ``httpx.MockTransport``."""

from __future__ import annotations

import gzip
import logging

import httpx
import pytest
from api_fakeportal import BULK, THROTTLE_BODY, TOKEN, FakePortal, json_response, make_client

from csod_desktop.api import ImportSpec
from csod_desktop.errors import (
    AuthenticationError,
    CapacityError,
    ConfigError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    PortalValidationError,
    ReportExpiredError,
    ReportQuotaError,
    ServerError,
    ThrottledError,
)

STATUS_READY = {"jobId": "j1", "imports": [{"id": "i1", "status": "ready", "total_records": None}]}
STATUS_RECEIVED = {"job_id": "j1", "imports": [{"import_id": "i1", "status": "Processing", "total_records": 3}]}
ACCEPTED = {"message": "request received", "remaining_capacity": 4, "import_id": "i1"}
CAPACITY_BODY = {"status": "429", "error": {"errorId": "c-1", "message": "Maximum capacity reached for load type chr.employee.", "code": "429"}}


def job_ok() -> httpx.Response:
    return json_response(200, STATUS_RECEIVED)


# ---------------------------------------------------------------------------------------------- sign-in


def test_400_at_login_is_an_authentication_error_and_not_retried():
    portal = FakePortal()
    portal.script("POST", TOKEN, json_response(400, {"error": "invalid_client"}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(AuthenticationError) as err:
        client.job_status("j1")
    assert "rejected the client id or secret" in str(err.value)
    assert err.value.status == 400
    assert len(portal.calls("POST", TOKEN)) == 1
    assert portal.calls("GET", BULK + "/jobs/j1") == []


def test_token_endpoint_503_is_retried():
    portal = FakePortal()
    portal.script("POST", TOKEN, json_response(503, {}))
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, _ = make_client(portal)
    with http:
        assert client.token() == "ZWRnZQ:tok1"
    assert len(portal.calls("POST", TOKEN)) == 2


def test_token_request_is_the_documented_json_body():
    portal = FakePortal()
    client, http, _ = make_client(portal)
    with http:
        client.token()
    seen = portal.calls("POST", TOKEN)[0]
    import json

    body = json.loads(seen.body)
    assert body["clientId"] == "demo-client" and body["clientSecret"] == "demo-secret"
    assert body["grantType"] == "client_credentials"
    assert "bulkapispecification:read" in body["scope"].split()
    assert seen.headers["content-type"] == "application/json"


def test_401_renews_the_token_once_then_succeeds():
    portal = FakePortal()
    portal.script("GET", BULK + "/jobs/j1", json_response(401, {"error": {"message": "expired"}}))
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, _ = make_client(portal)
    with http:
        status = client.job_status("j1")
    assert status.job_id == "j1"
    calls = portal.calls("GET", BULK + "/jobs/j1")
    assert [c.authorization for c in calls] == ["Bearer ZWRnZQ:tok1", "Bearer ZWRnZQ:tok2"]
    # The resend counted in the shared bucket like any other call.
    assert client.governor.used("shared") == 2


def test_401_twice_is_permission_denied():
    portal = FakePortal()
    portal.default("GET", BULK + "/permissions", json_response(401, {"error": {"message": "scope"}}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(PermissionDeniedError) as err:
        client.permissions()
    assert "scope or permission" in str(err.value)
    assert len(portal.calls("GET", BULK + "/permissions")) == 2
    assert portal.tokens_issued == 2


def test_401_on_a_streamed_upload_is_sent_again_with_a_new_token(tmp_path):
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", json_response(401, {}))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    client, http, _ = make_client(portal)
    path = tmp_path / "p.csv"
    path.write_bytes(b"h\r\nv\r\n")
    with http:
        assert client.post_import("i1", path, job_id="j1")["remaining_capacity"] == 4
    uploads = portal.calls("POST", BULK + "/imports/i1")
    assert [u.body for u in uploads] == [b"h\r\nv\r\n"] * 2
    assert uploads[1].authorization == "Bearer ZWRnZQ:tok2"


def test_401_twice_on_upload_is_permission_denied():
    portal = FakePortal()
    portal.default("POST", BULK + "/imports/i1", json_response(401, {}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(PermissionDeniedError):
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 2


def test_token_renewed_shortly_before_expiry():
    portal = FakePortal(expires_in=100)
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, t = make_client(portal)
    with http:
        client.job_status("j1")
        t.now += 85  # 15 s left: still valid (margin is a tenth of the lifetime)
        client.token()
        assert portal.tokens_issued == 1
        t.now += 6  # 9 s left: inside the margin, renewed before the call goes
        client.token()
    assert portal.tokens_issued == 2


# -------------------------------------------------------------------------------------------- throttles


def test_429_burst_without_retry_after_backs_off_exponentially():
    portal = FakePortal()
    portal.script("GET", BULK + "/jobs/j1", *[json_response(429, THROTTLE_BODY)] * 3)
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, t = make_client(portal)
    with http:
        assert client.job_status("j1").imports[0].total_records == 3
    assert len(portal.calls("GET", BULK + "/jobs/j1")) == 4
    # 4, 8, 16 s of throttle back-off (jitter off), done by the governor for every caller.
    assert t.now - 1000.0 >= 28.0
    assert client.governor.delay("shared") == 0.0


def test_429_with_retry_after_waits_that_long():
    portal = FakePortal()
    portal.script("GET", BULK + "/jobs/j1", json_response(429, THROTTLE_BODY, {"Retry-After": "20"}))
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, t = make_client(portal)
    with http:
        client.job_status("j1")
    assert t.now - 1000.0 >= 20.0


def test_429_that_never_ends_is_a_throttled_error():
    portal = FakePortal()
    portal.default("GET", BULK + "/jobs/j1", json_response(429, THROTTLE_BODY))
    client, http, _ = make_client(portal, attempts=3)
    with http, pytest.raises(ThrottledError) as err:
        client.job_status("j1")
    assert err.value.status == 429 and err.value.error_id == "e-1"
    assert len(portal.calls("GET", BULK + "/jobs/j1")) == 3


def test_capacity_429_is_not_retried():
    portal = FakePortal()
    portal.default("POST", BULK + "/imports/i1", json_response(429, CAPACITY_BODY))
    client, http, _ = make_client(portal)
    with http, pytest.raises(CapacityError) as err:
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert "capacity" in str(err.value)
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 1


def test_429_with_an_unknown_message_is_treated_as_the_throttle():
    portal = FakePortal()
    portal.script("GET", BULK + "/jobs/j1", json_response(429, {"error": {"message": "Slow down"}}))
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, _ = make_client(portal)
    with http:
        client.job_status("j1")
    assert len(portal.calls("GET", BULK + "/jobs/j1")) == 2


def test_throttle_429_on_upload_is_resent():
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", json_response(429, THROTTLE_BODY))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    client, http, _ = make_client(portal)
    with http:
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 2
    assert portal.calls("GET", BULK + "/jobs/j1") == []  # a 429 is a refusal: no need to ask


@pytest.mark.parametrize("status", [503, 504])
def test_503_504_on_get_are_retried(status):
    portal = FakePortal()
    portal.script("GET", BULK + "/specification", json_response(status, {}), json_response(status, {}))
    portal.default("GET", BULK + "/specification", json_response(200, {"openapi": "3.0.0"}))
    client, http, t = make_client(portal)
    with http:
        assert client.specification() == {"openapi": "3.0.0"}
    assert len(portal.calls("GET", BULK + "/specification")) == 3
    assert t.slept[:2] == [1.0, 2.0]


def test_5xx_that_never_ends_is_a_server_error():
    portal = FakePortal()
    portal.default("POST", BULK + "/schemas", json_response(503, {}))
    client, http, _ = make_client(portal, attempts=2)
    with http, pytest.raises(ServerError) as err:
        client.schema("ou.division")
    assert "(HTTP 503)" in str(err.value)


def test_dropped_connection_on_get_is_retried():
    portal = FakePortal()
    portal.script("GET", BULK + "/jobs/j1", httpx.RemoteProtocolError("peer closed"), httpx.ReadTimeout("slow"))
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, _ = make_client(portal)
    with http:
        assert client.job_status("j1").job_id == "j1"
    assert len(portal.calls("GET", BULK + "/jobs/j1")) == 3


def test_network_error_after_retries():
    portal = FakePortal()
    portal.default("GET", BULK + "/jobs/j1", httpx.ConnectError("refused"))
    client, http, _ = make_client(portal, attempts=2)
    with http, pytest.raises(NetworkError) as err:
        client.job_status("j1")
    assert "could not be reached" in str(err.value)
    assert isinstance(err.value.__cause__, httpx.ConnectError)


# ------------------------------------------------------------------------------------- data POST safety


def test_dropped_upload_that_was_received_is_not_sent_again():
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", httpx.RemoteProtocolError("dropped after the body"))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    portal.default("GET", BULK + "/jobs/j1", json_response(200, STATUS_RECEIVED))
    client, http, _ = make_client(portal)
    with http:
        answer = client.post_import("i1", b"h\r\nv\r\n", job_id="j1")
    assert answer["confirmed_by"] == "job_status"
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 1
    assert len(portal.calls("GET", BULK + "/jobs/j1")) == 1


def test_dropped_upload_that_was_not_received_is_sent_once_more():
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", httpx.ReadTimeout("no answer"))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    portal.default("GET", BULK + "/jobs/j1", json_response(200, STATUS_READY))
    client, http, _ = make_client(portal)
    with http:
        answer = client.post_import("i1", b"h\r\nv\r\n", job_id="j1")
    assert answer["remaining_capacity"] == 4
    uploads = portal.calls("POST", BULK + "/imports/i1")
    assert [u.body for u in uploads] == [b"h\r\nv\r\n"] * 2


def test_503_on_upload_checks_the_status_before_anything_else():
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", json_response(503, {}))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    portal.default("GET", BULK + "/jobs/j1", json_response(200, STATUS_RECEIVED))
    client, http, _ = make_client(portal)
    with http:
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 1


def test_upload_whose_receipt_cannot_be_confirmed_is_not_guessed():
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", httpx.RemoteProtocolError("dropped"))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    portal.default("GET", BULK + "/jobs/j1", json_response(404, {}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(NetworkError) as err:
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert "Nothing was sent twice" in str(err.value)
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 1


def test_upload_never_connected_is_sent_again_without_asking():
    portal = FakePortal()
    portal.script("POST", BULK + "/imports/i1", httpx.ConnectError("refused"))
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    client, http, _ = make_client(portal)
    with http:
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 2
    assert portal.calls("GET", BULK + "/jobs/j1") == []


def test_gzip_payload_is_sent_with_content_encoding():
    portal = FakePortal()
    portal.default("POST", BULK + "/imports/i1", json_response(202, ACCEPTED))
    client, http, _ = make_client(portal)
    data = gzip.compress(b"h\r\nv\r\n")
    with http:
        client.post_import("i1", data, job_id="j1")
    seen = portal.calls("POST", BULK + "/imports/i1")[0]
    assert seen.headers["content-encoding"] == "gzip"
    assert seen.headers["content-length"] == str(len(data))
    assert "transfer-encoding" not in seen.headers


def test_large_uncompressed_payload_is_refused_before_sending(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    portal = FakePortal()
    client, http, _ = make_client(portal)
    with http, pytest.raises(ConfigError) as err:
        client.post_import("i1", path, job_id="j1")
    assert "gzip" in str(err.value)
    assert portal.seen == []


# ---------------------------------------------------------------------------------------------- jobs


def test_create_job_refuses_http_callback_and_too_many_imports():
    portal = FakePortal()
    client, http, _ = make_client(portal)
    with http:
        with pytest.raises(ConfigError, match="https://"):
            client.create_job("x", [ImportSpec("ou.division")], callback="http://example.com/cb")
        with pytest.raises(ConfigError, match="at most 20"):
            client.create_job("x", [ImportSpec("ou.division")] * 21)
    assert portal.seen == []


def test_create_job_body_has_labels_settings_and_type_id():
    portal = FakePortal()
    portal.default("POST", BULK + "/jobs", json_response(201, {"job_id": "j1", "imports": [
        {"import_id": "a", "type": "chr.employee"}, {"import_id": "b", "type": "ou.customou"}]}))
    client, http, _ = make_client(portal)
    with http:
        job = client.create_job(
            "HRIS Sync",
            [ImportSpec("chr.employee", "users", {"LoadPrimaryKey": 0}), ImportSpec("ou.customou", "types", type_id=524291)],
            callback="https://acme.example/cb?t=1",
        )
    import json

    body = json.loads(portal.calls("POST", BULK + "/jobs")[0].body)
    assert body == {
        "label": "HRIS Sync",
        "callback": "https://acme.example/cb?t=1",
        "imports": [
            {"type": "chr.employee", "label": "users", "settings": {"LoadPrimaryKey": 0}},
            {"type": "ou.customou", "type_id": 524291, "label": "types", "settings": {}},
        ],
    }
    assert [i.import_id for i in job.imports] == ["a", "b"]


def test_create_job_400_is_portal_validation_with_the_portal_message():
    portal = FakePortal()
    portal.default("POST", BULK + "/jobs", json_response(400, {"status": "400", "error": {"message": "callback must be https"}}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(PortalValidationError, match="callback must be https"):
        client.create_job("x", [ImportSpec("ou.division")])


def test_create_job_is_not_resent_after_a_dropped_answer():
    portal = FakePortal()
    portal.default("POST", BULK + "/jobs", httpx.RemoteProtocolError("dropped"))
    client, http, _ = make_client(portal)
    with http, pytest.raises(NetworkError, match="may or may not have created"):
        client.create_job("x", [ImportSpec("ou.division")])
    assert len(portal.calls("POST", BULK + "/jobs")) == 1


# ------------------------------------------------------------------------------------------- reports


def test_report_404_just_after_completion_is_retried():
    portal = FakePortal()
    portal.script("GET", BULK + "/imports/i1/report", json_response(404, {}), json_response(404, {}))
    portal.default("GET", BULK + "/imports/i1/report", httpx.Response(200, content=b"h,Loaded,Errors\r\n"))
    client, http, _ = make_client(portal)
    with http:
        assert client.report("i1") == b"h,Loaded,Errors\r\n"
    assert len(portal.calls("GET", BULK + "/imports/i1/report")) == 3


def test_report_404_is_bounded():
    portal = FakePortal()
    portal.default("GET", BULK + "/imports/i1/report/errors", json_response(404, {}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(NotFoundError):
        client.report("i1", "errors")
    assert len(portal.calls("GET", BULK + "/imports/i1/report/errors")) == client.retry.report_not_ready_attempts


def test_410_is_report_quota_spent():
    portal = FakePortal()
    portal.default("GET", BULK + "/imports/i1/report/warnings", json_response(410, {"error": {"message": "Gone"}}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(ReportQuotaError, match="five times"):
        client.report("i1", "warnings")
    assert len(portal.calls("GET", BULK + "/imports/i1/report/warnings")) == 1


def test_410_past_retention_is_report_expired():
    portal = FakePortal()
    portal.default("GET", BULK + "/imports/i1/report", json_response(410, {"error": {"message": "Report expired after 30 days"}}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(ReportExpiredError):
        client.report("i1")


# ------------------------------------------------------------------------------------------- logging


def test_one_info_line_per_request_and_no_secret(caplog):
    portal = FakePortal()
    portal.script("GET", BULK + "/jobs/j1", json_response(401, {}))
    portal.default("GET", BULK + "/jobs/j1", job_ok())
    client, http, _ = make_client(portal)
    with caplog.at_level(logging.DEBUG, logger="csod_desktop.api"), http:
        client.job_status("j1")
    lines = [r.getMessage() for r in caplog.records if r.name == "csod_desktop.api"]
    assert lines[0].startswith("POST /services/api/oauth2/token -> 200")
    assert lines[1].startswith("GET /services/api/x/bulk-api/v1/jobs/j1 -> 401")
    assert lines[3].startswith("GET /services/api/x/bulk-api/v1/jobs/j1 -> 200")
    assert len(lines) == 4
    text = caplog.text + repr(client) + repr(client.auth)
    assert "demo-secret" not in text and "tok1" not in text and "Bearer" not in text


def test_last_attempt_dropped_but_received_is_still_a_success():
    portal = FakePortal()
    portal.default("POST", BULK + "/imports/i1", httpx.RemoteProtocolError("dropped"))
    portal.default("GET", BULK + "/jobs/j1", json_response(200, STATUS_RECEIVED))
    client, http, _ = make_client(portal, attempts=1)
    with http:
        assert client.post_import("i1", b"h\r\n", job_id="j1")["confirmed_by"] == "job_status"


def test_dropped_every_time_and_never_received_gives_up_with_a_network_error():
    portal = FakePortal()
    portal.default("POST", BULK + "/imports/i1", httpx.RemoteProtocolError("dropped"))
    portal.default("GET", BULK + "/jobs/j1", json_response(200, STATUS_READY))
    client, http, _ = make_client(portal, attempts=3)
    with http, pytest.raises(NetworkError, match="interrupted"):
        client.post_import("i1", b"h\r\n", job_id="j1")
    assert len(portal.calls("POST", BULK + "/imports/i1")) == 3
