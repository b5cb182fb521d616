"""The client's layers one at a time, each over an ``httpx.MockTransport``; and the sign-in error subclass."""

from __future__ import annotations

import json

import httpx

from csod_desktop import facts
import pytest
from api_fakeportal import BULK, ROOT, THROTTLE_BODY, TOKEN, FakePortal, FakeTime, json_response, make_client

from csod_desktop.api import Governor, Limit, RetryPolicy
from csod_desktop.api.transports import (
    ACCEPTED,
    CREATE,
    HELD,
    ONCE,
    READ,
    RETRY,
    RETRY_404,
    LoggingTransport,
    RetryTransport,
    SendThrough,
    ThrottleTransport,
)
from csod_desktop.errors import ApiError, AuthenticationError, ServerError, SignInError

JOB = ROOT + BULK + "/jobs/j1"


def scripted(*answers: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport answering ``answers`` in turn (the last one again once they run out)."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handle), seen


def request(method: str = "GET", url: str = JOB, **extensions: object) -> httpx.Request:
    return httpx.Request(method, url, extensions=extensions)


# ------------------------------------------------------------------------------------------ retry layer


def test_retry_layer_repeats_a_read_after_a_5xx_with_back_off():
    inner, seen = scripted(httpx.Response(503), httpx.Response(502), httpx.Response(200))
    t = FakeTime()
    layer = RetryTransport(inner, RetryPolicy(jitter=0.0), t.sleep)
    assert layer.handle_request(request()).status_code == 200
    assert len(seen) == 3 and t.slept == [1.0, 2.0]


def test_retry_layer_never_repeats_what_is_sent_once():
    inner, seen = scripted(httpx.Response(503), httpx.Response(200))
    layer = RetryTransport(inner, RetryPolicy.immediate())
    assert layer.handle_request(request("POST", **{RETRY: ONCE})).status_code == 503
    inner, seen_post = scripted(httpx.Response(503), httpx.Response(200))
    # A POST without a word from its caller is sent once too: only reads are repeated by default.
    assert RetryTransport(inner, RetryPolicy.immediate()).handle_request(request("POST")).status_code == 503
    assert len(seen) == len(seen_post) == 1


def test_retry_layer_repeats_a_job_creation_only_when_the_portal_cannot_have_acted():
    refused, seen = scripted(httpx.ConnectError("refused"), httpx.Response(201))
    assert RetryTransport(refused, RetryPolicy.immediate()).handle_request(request("POST", **{RETRY: CREATE})).status_code == 201
    assert len(seen) == 2
    dropped, seen = scripted(httpx.RemoteProtocolError("dropped after the body"), httpx.Response(201))
    with pytest.raises(httpx.RemoteProtocolError):
        RetryTransport(dropped, RetryPolicy.immediate()).handle_request(request("POST", **{RETRY: CREATE}))
    assert len(seen) == 1
    failed, seen = scripted(httpx.Response(500), httpx.Response(201))
    assert RetryTransport(failed, RetryPolicy.immediate()).handle_request(request("POST", **{RETRY: CREATE})).status_code == 500
    assert len(seen) == 1


def test_retry_layer_gives_up_after_its_attempts_with_the_last_answer_or_error():
    inner, seen = scripted(httpx.ReadTimeout("slow"))
    with pytest.raises(httpx.ReadTimeout):
        RetryTransport(inner, RetryPolicy.immediate(attempts=3)).handle_request(request(**{RETRY: READ}))
    assert len(seen) == 3


def test_retry_layer_waits_for_a_report_that_is_not_ready_and_marks_the_token_as_let_in():
    inner, seen = scripted(httpx.Response(404), httpx.Response(404), httpx.Response(401))
    t = FakeTime()
    layer = RetryTransport(inner, RetryPolicy(jitter=0.0, report_not_ready_base=2.0), t.sleep)
    answer = layer.handle_request(request(**{RETRY_404: True}))
    # The 404s prove the portal let the token in: a 401 now means it expired meanwhile.
    assert answer.status_code == 401 and answer.extensions[ACCEPTED] is True
    assert t.slept == [2.0, 4.0] and len(seen) == 3


def test_retry_layer_leaves_the_wait_after_a_429_to_the_throttle_layer():
    held = httpx.Response(429, json=THROTTLE_BODY)
    held.extensions[HELD] = 8.0
    inner, _ = scripted(held, httpx.Response(200))
    t = FakeTime()
    assert RetryTransport(inner, RetryPolicy(jitter=0.0), t.sleep).handle_request(request()).status_code == 200
    assert t.slept == []  # the throttle layer holds the bucket for every caller
    unheld, _ = scripted(httpx.Response(429, json=THROTTLE_BODY), httpx.Response(200))
    RetryTransport(unheld, RetryPolicy(jitter=0.0), t.sleep).handle_request(request())
    assert t.slept == [4.0]  # no bucket held it (the token endpoint): the retry layer backs off itself


# --------------------------------------------------------------------------------------- throttle layer


def test_throttle_layer_takes_a_slot_per_call_and_holds_the_bucket_after_a_429(caplog):
    t = FakeTime()
    governor = Governor({"shared": (Limit(5, 60.0),)}, clock=t.clock, sleep=t.sleep, safety=0.0)
    inner, seen = scripted(httpx.Response(429, json=THROTTLE_BODY), httpx.Response(200))
    layer = ThrottleTransport(inner, governor, RetryPolicy(jitter=0.0))
    with caplog.at_level("WARNING", logger="csod_desktop.api"):
        first = layer.handle_request(request())
    assert first.status_code == 429 and first.extensions[HELD] == 4.0
    assert governor.delay("shared") == 4.0 and governor.refusals("shared") == 1
    assert "429 in the 'shared' bucket" in caplog.text
    assert layer.handle_request(request()).status_code == 200
    assert t.now == 1004.0 and governor.used("shared") == 2 and len(seen) == 2


def test_throttle_layer_takes_the_portals_remaining_count_as_the_truth():
    t = FakeTime()
    governor = Governor(clock=t.clock, sleep=t.sleep, safety=1.0)
    counted = httpx.Response(
        200, headers={"x-csod-throttling-rate-limit-urilevel": "300", "x-csod-requests-remaining-urilevel": "0"}
    )
    inner, _ = scripted(counted, httpx.Response(200))
    layer = ThrottleTransport(inner, governor, RetryPolicy())
    layer.handle_request(request())
    # One call of ours in the minute, but the portal says the hour is used up (by other tools too).
    assert governor.delay("shared") == pytest.approx(3601.0)
    layer.handle_request(request())
    assert t.slept == [pytest.approx(3601.0)]


def test_throttle_layer_ignores_absent_or_garbled_counters():
    t = FakeTime()
    governor = Governor(clock=t.clock, sleep=t.sleep)
    garbled = httpx.Response(200, headers={"x-csod-requests-remaining-urilevel": "lots"})
    inner, _ = scripted(garbled)
    ThrottleTransport(inner, governor, RetryPolicy()).handle_request(request())
    assert governor.view("shared") is None and governor.delay("shared") == 0.0


def test_throttle_layer_does_not_count_a_capacity_429():
    t = FakeTime()
    governor = Governor(clock=t.clock, sleep=t.sleep)
    body = {"status": "429", "error": {"message": "Maximum capacity reached for load type chr.employee."}}
    inner, _ = scripted(httpx.Response(429, json=body))
    answer = ThrottleTransport(inner, governor, RetryPolicy()).handle_request(request("POST", ROOT + BULK + "/imports/i1"))
    assert HELD not in answer.extensions and governor.refusals("data") == 0 and governor.delay("data") == 0.0


# ------------------------------------------------------------------------------- log and network layers


def test_logging_layer_writes_one_line_per_request_without_secrets(caplog):
    inner, _ = scripted(httpx.Response(200), httpx.ConnectError("refused"))
    layer = LoggingTransport(inner)
    secret = httpx.Request("GET", JOB + "?token=abc", headers={"Authorization": "Bearer ZWRnZQ:tok"})
    with caplog.at_level("INFO", logger="csod_desktop.api"):
        layer.handle_request(secret)
        with pytest.raises(httpx.ConnectError):
            layer.handle_request(secret)
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == [
        f"GET {BULK}/jobs/j1 -> 200", f"GET {BULK}/jobs/j1 -> ConnectError"]
    assert "abc" not in caplog.text and "ZWRnZQ" not in caplog.text


def test_send_through_uses_the_network_client_and_its_user_agent():
    inner, seen = scripted(httpx.Response(200))
    with httpx.Client(transport=inner, headers={"User-Agent": "csod-desktop/test"}) as http:
        SendThrough(http).handle_request(request())
    assert seen[0].headers["User-Agent"] == "csod-desktop/test"
    assert "timeout" in seen[0].extensions  # the network client's timeouts apply


# ----------------------------------------------------------------------------------- sign-in errors


def test_a_token_endpoint_failure_is_a_sign_in_error_with_the_same_sentence():
    portal = FakePortal()
    portal.default("POST", TOKEN, json_response(503, {}))
    client, http, _ = make_client(portal, attempts=2)
    with http, pytest.raises(SignInError) as err:
        client.job_status("j1")
    assert type(err.value) is SignInError and isinstance(err.value, ApiError)
    assert not isinstance(err.value, ServerError) and err.value.temporary
    assert str(err.value) == (
        "The portal had a problem on its side while signing in to the portal (HTTP 503) and kept failing "
        "after several tries."
    )
    assert err.value.hint == "Try again later."
    assert portal.calls("GET", BULK + "/jobs/j1") == []  # the call that needed the token never left
    assert not hasattr(err.value, "token_endpoint")


def test_rejected_credentials_are_an_authentication_error_within_the_sign_in_errors():
    portal = FakePortal()
    portal.default("POST", TOKEN, json_response(400, {"error": "invalid_client"}))
    client, http, _ = make_client(portal)
    with http, pytest.raises(SignInError) as err:
        client.token()
    assert isinstance(err.value, AuthenticationError) and not err.value.temporary


def test_an_unreadable_sign_in_answer_is_a_sign_in_error():
    portal = FakePortal()
    portal.default("POST", TOKEN, httpx.Response(200, content=b"<html>login</html>"))
    client, http, _ = make_client(portal)
    with http, pytest.raises(SignInError, match="could not be understood"):
        client.token()


def test_a_token_that_expires_during_a_long_wait_for_a_report_is_renewed_again():
    """Token lifetimes shorter than the back-off: each 401 after the portal let the token in renews it."""
    portal = FakePortal()
    gone = json_response(401, {"error": {"message": "expired"}})
    portal.script("GET", BULK + "/imports/i1/report", json_response(404, {}), gone, json_response(404, {}), gone)
    portal.default("GET", BULK + "/imports/i1/report", httpx.Response(200, content=b"h\r\n"))
    client, http, _ = make_client(portal)
    with http:
        assert client.report("i1") == b"h\r\n"
    assert portal.tokens_issued == 3


def test_the_read_json_call_reaches_the_employee_api_in_its_own_bucket():
    portal = FakePortal()
    portal.default("GET", "/services/api/x/users/v2/employees", json_response(200, {"count": 0, "data": []}))
    client, http, _ = make_client(portal)
    with http:
        doc = client.read_json("/services/api/x/users/v2/employees", {"pageSize": 5})
    assert doc == {"count": 0, "data": []}
    assert client.governor.used(facts.EMPLOYEES) == 1 and client.governor.used("shared") == 0
    (seen,) = portal.calls("GET", "/services/api/x/users/v2/employees")
    assert seen.authorization == "Bearer ZWRnZQ:tok1"


def test_the_data_post_is_sent_with_host_and_length_and_no_chunking():
    portal = FakePortal()
    portal.default("POST", BULK + "/imports/i1", json_response(202, {"import_id": "i1"}))
    client, http, _ = make_client(portal)
    with http:
        client.post_import("i1", b"h\r\nv\r\n", job_id="j1")
    seen = portal.calls("POST", BULK + "/imports/i1")[0]
    assert seen.headers["host"] == "acme.csod.com" and seen.headers["content-length"] == "6"
    assert "transfer-encoding" not in seen.headers
    assert json.loads(portal.calls("POST", TOKEN)[0].body)["grantType"] == "client_credentials"


def test_retry_layer_does_not_repeat_what_cannot_succeed():
    from csod_desktop.api.network import PlainHttpRefused

    certificate = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed")
    for failure in (certificate, httpx.ProxyError("407 Proxy Authentication Required"), PlainHttpRefused("http")):
        inner, seen = scripted(failure, httpx.Response(200))
        with pytest.raises(type(failure)):
            RetryTransport(inner, RetryPolicy.immediate()).handle_request(request())
        assert len(seen) == 1, failure


def test_the_employee_and_ou_apis_have_their_documented_buckets():
    """employee-ou-api-facts.md §1 "Throttles" and §2 "Endpoints", as csod_desktop.facts names them."""
    from csod_desktop.api import DOCUMENTED_LIMITS, bucket_for

    employees, ous = "/services/api/x/users/v2/employees", "/services/api/x/organizations/v1"
    assert bucket_for("GET", employees) == facts.EMPLOYEES
    assert bucket_for("GET", employees + "?externalId=jswift1822") == facts.EMPLOYEES
    assert {bucket_for(m, p) for m, p in [("GET", employees + "/123"), ("POST", employees),
                                          ("PATCH", employees + "/123"), ("GET", employees + "/custom-fields")]} == {"employee"}
    # Counted per URI (employee-ou-api-facts.md §3): /ous and /types are two buckets of 300 a minute.
    assert {bucket_for(m, ous + p) for m, p in [("GET", "/ous"), ("POST", "/ous"), ("PATCH", "/ous/9025"),
                                                ("PUT", "/ous/9025/localizations")]} == {facts.OUS}
    assert {bucket_for("GET", ous + p) for p in ("/types", "/types/2")} == {facts.OU_TYPES}
    assert bucket_for("GET", ous + "/specifications") == "ou-specifications"
    per_minute = {name: limits[0].calls for name, limits in DOCUMENTED_LIMITS.items()}
    assert [per_minute[b] for b in (facts.EMPLOYEES, "employee", facts.OUS, facts.OU_TYPES, "ou-specifications")] == [
        75, 150, 300, 300, 5]
    assert DOCUMENTED_LIMITS["ou-specifications"][1].calls == 60  # 60 an hour, however the minute is read
