"""The per-minute, per-hour and per-day throttles of bulk-api-facts.md, driven by the sandbox clock."""

from __future__ import annotations

import re

import pytest

from sandbox_http import Api
from csod_desktop.sandbox.errors import TooManyRequests
from csod_desktop.sandbox.throttle import DAY, HOUR, LIMITS, Limit, Throttle


def _assert_documented_429(response) -> None:  # noqa: ANN001
    assert response.status_code == 429, response.text
    body = response.json()
    assert set(body) == {"status", "timeStamp", "error"}
    assert body["status"] == "429" and body["timeStamp"]
    error = body["error"]
    assert set(error) == {"errorId", "message", "code", "description", "details"}
    assert re.fullmatch(r"[0-9a-f-]{36}", error["errorId"])
    assert (error["message"], error["code"], error["description"], error["details"]) == (
        "CSOD Too many requests.", "429", None, None)


def test_shared_bucket_of_five_per_minute(throttled_api: Api) -> None:
    api = throttled_api
    job = api.create_job({"type": "ou.grade"})                                   # 1: job creation
    assert api.call("POST", "/schemas", json={"type": "ou.grade"}).status_code == 200  # 2: schema
    assert api.call("GET", "/specification").status_code == 200                 # 3: specification
    assert api.call("GET", f"/jobs/{job['job_id']}").status_code == 200         # 4: job status
    assert api.call("GET", f"/jobs/{job['job_id']}").status_code == 200         # 5
    # The sixth call of any of the four is refused: they share one bucket.
    for method, path, kwargs in [("GET", "/specification", {}), ("POST", "/schemas", {"json": {"type": "ou.grade"}}),
                                 ("POST", "/jobs", {"json": {"imports": [{"type": "ou.grade"}]}}),
                                 ("GET", f"/jobs/{job['job_id']}", {})]:
        _assert_documented_429(api.call(method, path, **kwargs))
    # Permissions have no published throttle.
    assert api.call("GET", "/permissions").status_code == 200
    api.control("clock", {"advance_seconds": 30})
    _assert_documented_429(api.call("GET", "/specification"))
    api.control("clock", {"advance_seconds": 31})
    assert api.call("GET", "/specification").status_code == 200


def test_data_bucket_of_thirty_per_minute(throttled_api: Api) -> None:
    api = throttled_api
    # Unknown import ids: each call is counted (then answered 404), so no data has to be loaded.
    for _ in range(30):
        assert api.call("POST", "/imports/unknown", content=b"a\r\n").status_code == 404
    _assert_documented_429(api.call("POST", "/imports/unknown", content=b"a\r\n"))
    # The data bucket is separate from the shared one.
    assert api.call("GET", "/specification").status_code == 200
    api.control("clock", {"advance_seconds": 61})
    assert api.call("POST", "/imports/unknown", content=b"a\r\n").status_code == 404


def test_report_bucket_of_ten_per_minute_across_variants(throttled_api: Api) -> None:
    api = throttled_api
    paths = ["/report", "/report/errors", "/report/warnings", "/errors", "/warnings"]
    for n in range(10):
        assert api.call("GET", f"/imports/unknown{paths[n % 5]}").status_code == 404
    for path in paths:
        _assert_documented_429(api.call("GET", f"/imports/unknown{path}"))
    api.control("clock", {"advance_seconds": 61})
    assert api.call("GET", "/imports/unknown/errors").status_code == 404


def test_throttles_off_in_relaxed_mode_and_switchable(api: Api) -> None:
    for _ in range(12):
        assert api.call("GET", "/specification").status_code == 200
    api.control("config", {"throttles": True})
    for _ in range(5):
        assert api.call("GET", "/specification").status_code == 200
    _assert_documented_429(api.call("GET", "/specification"))


def test_documented_numbers() -> None:
    # bulk-api-facts.md, "Endpoints, scopes and throttles": per minute / hour / day.
    assert LIMITS["shared"] == Limit(5, 300, 7200)
    assert LIMITS["data"] == Limit(30, 1800, 43200)
    assert LIMITS["reports"] == Limit(10, 600, 14400)


def test_hour_and_day_windows() -> None:
    """At the documented numbers the minute limit is always the first to bite (5 x 60 = 300), so the hour and
    day windows are proven with small numbers and a fake clock."""
    now = [0.0]
    throttle = Throttle(lambda: now[0], {"b": Limit(2, 3, 4)})
    throttle.hit("b")
    throttle.hit("b")
    with pytest.raises(TooManyRequests):
        throttle.hit("b")  # minute
    now[0] += 60
    throttle.hit("b")
    with pytest.raises(TooManyRequests):
        throttle.hit("b")  # hour: 3 in the last hour although the minute is fresh
    now[0] += HOUR
    throttle.hit("b")
    now[0] += 60
    with pytest.raises(TooManyRequests):
        throttle.hit("b")  # day: 4 in the last day although minute and hour are fresh
    now[0] += DAY
    throttle.hit("b")
    throttle.enabled = False
    for _ in range(10):
        throttle.hit("b")


LIMIT_HEADER = "x-csod-throttling-rate-limit-urilevel"
REMAINING_HEADER = "x-csod-requests-remaining-urilevel"


def _counters(response) -> tuple[int, int] | None:  # noqa: ANN001
    if LIMIT_HEADER not in response.headers and REMAINING_HEADER not in response.headers:
        return None
    return int(response.headers[LIMIT_HEADER]), int(response.headers[REMAINING_HEADER])


def test_every_authenticated_answer_carries_the_hourly_counters(throttled_api: Api) -> None:
    api = throttled_api
    assert _counters(api.call("GET", "/specification")) == (300, 299)
    assert _counters(api.call("GET", "/jobs/no-such-job")) == (300, 298)  # a 404 counts and says so too
    assert _counters(api.call("POST", "/imports/unknown", content=b"a\r\n")) == (1800, 1799)  # its own bucket
    assert _counters(api.call("GET", "/imports/unknown/report")) == (600, 599)
    for _ in range(3):
        api.call("GET", "/specification")
    refused = api.call("GET", "/specification")
    _assert_documented_429(refused)
    assert _counters(refused) == (300, 295)  # a refused call is not counted
    # Not authenticated: nothing to count; /permissions has no bucket.
    stranger = api.http.get(api.server.root_url + "/services/api/x/bulk-api/v1/specification",
                            headers={"Authorization": "Bearer nope"})
    assert stranger.status_code == 401 and _counters(stranger) is None
    assert _counters(api.call("GET", "/permissions")) is None


def test_the_counters_count_the_hour_of_every_client_and_other_tools(throttled_api: Api, throttled_sandbox) -> None:
    api = throttled_api
    other = Api(throttled_sandbox, api.http).login()  # another application on the same environment
    assert _counters(other.call("GET", "/specification")) == (300, 299)
    usage = api.control("throttle", {"bucket": "shared", "calls": 290, "seconds_ago": 600})
    assert usage["shared"] == {"minute": 1, "hour": 291, "day": 291, "remaining": 9}
    assert _counters(api.call("GET", "/specification")) == (300, 8)
    # Out of the hour: the other tools' calls no longer count, ours of a minute ago still do.
    api.control("clock", {"advance_seconds": 3001})
    assert _counters(api.call("GET", "/specification")) == (300, 297)


def test_hour_used_up_by_other_tools_is_refused_with_remaining_zero(throttled_api: Api) -> None:
    api = throttled_api
    api.control("throttle", {"bucket": "shared", "calls": 299, "seconds_ago": 120})
    assert _counters(api.call("GET", "/specification")) == (300, 0)
    _assert_documented_429(api.call("GET", "/specification"))


def test_no_counters_without_throttles(api: Api) -> None:
    assert _counters(api.call("GET", "/specification")) is None


@pytest.mark.parametrize(
    "body",
    [{"bucket": "nope", "calls": 1}, {"bucket": "shared", "calls": 0}, {"bucket": "shared", "calls": "5"},
     {"bucket": "shared", "calls": 5, "seconds_ago": -1}, {"bucket": "shared", "calls": True}],
)
def test_throttle_control_refuses_bad_input(throttled_api: Api, body: dict) -> None:
    response = throttled_api.http.post(throttled_api.server.root_url + "/_sandbox/throttle", json=body)
    assert response.status_code == 400 and response.json()["error"]["message"]
    assert throttled_api.call("GET", "/specification").status_code == 200  # the API is still usable
