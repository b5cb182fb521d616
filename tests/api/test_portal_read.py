"""The portal snapshot read through the Employee and OU APIs: against the sandbox in each of the shapes the
reference leaves open (employee-ou-api-facts.md [unknown]s), and with a fake portal for throttles and 429s."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from csod_desktop import facts
from csod_desktop.api import BulkApiClient, Governor, RetryPolicy, bucket_for
from csod_desktop.api.portal_read import PortalReader, parse_list
from csod_desktop.api.portal_snapshot import SnapshotProgress, fetch_snapshot
from csod_desktop.errors import Cancelled
from csod_desktop.services.loads import pump

SEEDED = 278  # 277 employees and the system account bsuser


def reader(server: Any, http: httpx.Client, client_id: str = "demo-client") -> PortalReader:
    client = BulkApiClient(http, server.root_url, client_id, lambda: "demo-secret", governor=Governor.disabled(),
                           retry=RetryPolicy.immediate())
    return client.portal_reader()


@pytest.fixture
def http() -> httpx.Client:
    with httpx.Client(timeout=30) as client:
        yield client


def test_a_full_snapshot_of_the_sandbox(sandbox: Any, http: httpx.Client) -> None:
    events: list[SnapshotProgress] = []
    snap = pump(fetch_snapshot(reader(sandbox, http)), events.append)
    assert len(snap.employees) == SEEDED and snap.employees_complete
    vp = snap.employee("903300421")
    assert vp.manager == "948752281" and vp.active and vp.guid and vp.username == "oliver.nguyen"
    assert vp.values["PersonData_NameData_LastName"] == "Nguyen"
    assert snap.employee("958120334").active is False  # inactive employees are in it too
    assert snap.employee("BSUSER").username == "CSODBSAdmin"  # user ids in any case
    assert snap.ou("ou.division", "SUPERVISORY_ORGANIZATION-3-9286").parent == "SUP_000012155"
    assert snap.ou("ou.division", "SUP_000012199").active is False
    assert snap.ou("ou.customou.524291", "Intern") is not None and snap.ou("ou.division", "Intern") is None
    assert snap.ou_types["ou.customou.52971"] == 52971 and not snap.incomplete_ou_types
    assert {e.part for e in events} == {"employees", "ou_types", "ous"} and events[0].text.startswith("Reading")


def _user_ids(snap: Any) -> set[str]:
    return {e.user_id for e in snap.employees}


@pytest.mark.parametrize("config", [
    {},
    {"page_token_key": "NextPageToken"},  # the token key in another case
    {"count_is": "total"},  # count as the listing's total
    {"last_page_token": "null"},
    {"last_page_token": "empty"},
    {"list_shape": "bare"},  # bare arrays, no envelope, no paging
    {"page_token_param": "pageToken"},  # the token goes back under another query name
    {"page_token_param": "header:nextPageToken"},  # ... or in a header
], ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()) or "as-documented")
def test_every_open_shape_gives_the_same_snapshot(sandbox: Any, http: httpx.Client, config: dict) -> None:
    # A maximum page size of 100: the reader's 1000, 500 and 200 are refused, and it pages by 50 (the default).
    sandbox.control("config", {"max_page_size": 100, **config})
    read = reader(sandbox, http)
    snap = pump(fetch_snapshot(read))
    assert len(snap.employees) == SEEDED and len(_user_ids(snap)) == SEEDED
    assert snap.employees_complete and len(snap.ous) == 106
    if config.get("list_shape") != "bare":
        pages = [r for r in sandbox.requests() if r["path"] == facts.EMPLOYEES_PATH and r["status"] == 200]
        assert len(pages) >= SEEDED // facts.EMPLOYEE_PAGE_SIZE  # it really paged


def test_an_expired_page_token_starts_the_listing_again(sandbox: Any, http: httpx.Client) -> None:
    sandbox.control("config", {"max_page_size": 100})
    steps = fetch_snapshot(reader(sandbox, http))
    assert next(steps).part == "employees"  # page 1 read
    sandbox.control("clock", {"advance_seconds": facts.PAGE_TOKEN_TTL + 1})  # its token is now dead
    snap = pump(steps)
    assert len(snap.employees) == SEEDED
    statuses = [r["status"] for r in sandbox.requests() if r["path"] == facts.EMPLOYEES_PATH]
    assert 400 in statuses and statuses[-1] == 200


def test_a_constrained_view_is_flagged_incomplete(sandbox: Any, http: httpx.Client) -> None:
    snap = pump(fetch_snapshot(reader(sandbox, http, "constrained-client")))
    assert 0 < len(snap.employees) < SEEDED and snap.employees_complete is False
    full = pump(fetch_snapshot(reader(sandbox, http), service_account="someone-nobody-sees"))
    assert full.employees_complete is False  # the application's own account is not in the listing


def test_without_employee_read_the_snapshot_says_why_and_the_bulk_api_still_works(sandbox: Any,
                                                                                   http: httpx.Client) -> None:
    client = BulkApiClient(http, sandbox.root_url, "bulk-only-client", lambda: "demo-secret",
                           governor=Governor.disabled(), retry=RetryPolicy.immediate())
    snap = pump(fetch_snapshot(client.portal_reader()))
    assert snap.employees is None and snap.ous is None
    assert snap.off_sentence.startswith("Checks against your portal's data are off:")
    assert "employee:read" in snap.off_sentence
    assert client.load_types()  # the Bulk API token was never touched


def test_cancel_between_pages(sandbox: Any, http: httpx.Client) -> None:
    sandbox.control("config", {"max_page_size": 100})
    with pytest.raises(Cancelled):
        pump(fetch_snapshot(reader(sandbox, http), is_cancelled=lambda: True))


# --------------------------------------------------------------------------- a fake portal, fake time


class FakePeople:
    """Employees in pages of 2 behind MockTransport, with a 429 on demand."""

    def __init__(self, employees: int, throttle_first: int = 0) -> None:
        self.employees = employees
        self.throttle_first = throttle_first
        self.calls = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        self.calls += 1
        if self.calls <= self.throttle_first:
            return httpx.Response(429, json={"status": "429", "error": {"message": "CSOD Too many requests."}})
        start = int(request.url.params.get("nextPageToken") or 0)
        data = [{"id": i + 1, "externalId": f"u{i}", "workerStatus": {"active": True}}
                for i in range(start, min(start + 2, self.employees))]
        body: dict[str, Any] = {"timestamp": "x", "count": len(data), "data": data}
        if start + 2 < self.employees:
            body["nextpagetoken"] = str(start + 2)
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def fake_reader(portal: FakePeople, time_: FakeTime, retry: RetryPolicy | None = None) -> PortalReader:
    http = httpx.Client(transport=httpx.MockTransport(portal.handle))
    governor = Governor(clock=time_.clock, sleep=time_.sleep)
    client = BulkApiClient(http, "http://127.0.0.1:9", "c", lambda: "s", governor=governor,
                           retry=retry or RetryPolicy.immediate(), clock=time_.clock, sleep=time_.sleep)
    return client.portal_reader()


def test_the_reader_keeps_the_documented_75_per_minute() -> None:
    assert bucket_for("GET", facts.EMPLOYEES_PATH) == facts.EMPLOYEES
    assert bucket_for("GET", facts.OUS_PATH) == facts.OUS and bucket_for("GET", facts.OU_TYPES_PATH) == facts.OU_TYPES
    portal, time_ = FakePeople(employees=2 * 80), FakeTime()
    pages = list(fake_reader(portal, time_).employee_pages())
    assert len(pages) == 80 and portal.calls == 80
    # 75 calls went at once; the 76th waited for the minute (plus the governor's second of safety).
    assert time_.now == pytest.approx(61.0, abs=0.5)


def test_a_429_is_waited_out_and_the_page_read() -> None:
    portal, time_ = FakePeople(employees=3, throttle_first=1), FakeTime()
    retry = RetryPolicy(base=0.0, cap=0.0, jitter=0.0, throttle_base=4.0)
    pages = list(fake_reader(portal, time_, retry).employee_pages())
    assert [len(p.items) for p in pages] == [2, 1] and portal.calls == 3
    assert time_.now == pytest.approx(4.0)  # the governor held the bucket for the back-off


def test_parse_list_accepts_the_documented_and_the_plausible_shapes() -> None:
    assert parse_list([{"id": 1}]) == ([{"id": 1}], None, None)
    assert parse_list({"Data": [], "NEXTPAGETOKEN": "abc", "Count": 5}) == ([], "abc", 5)
    assert parse_list({"data": [{"id": 1}], "nextPageToken": ""})[1] is None
    assert parse_list({"data": [{"id": 1}], "nextpagetoken": None})[1] is None


def test_a_5000_employee_portal_is_read_within_the_documented_throttles(throttled_sandbox: Any,
                                                                       http: httpx.Client) -> None:
    """The throttled sandbox (75/min, 300/min) and the real governor: few large pages, no 429 drawn.
    The time is measured by tests/benchmarks/bench_portal_snapshot.py, not asserted here."""
    extra = 5000 - SEEDED
    for start in range(0, extra, 1000):
        throttled_sandbox.control("users", {"users": [
            {"EmployeeIdentificationData_UserId": f"B{i:05d}", "PersonData_NameData_FirstName": "B",
             "PersonData_NameData_LastName": str(i), "DirectManager": "948752281"}
            for i in range(start, min(extra, start + 1000))]})
    client = BulkApiClient(http, throttled_sandbox.root_url, "demo-client", lambda: "demo-secret")
    snap = pump(fetch_snapshot(client.portal_reader()))
    assert len(snap.employees) == 5000 and snap.employees_complete
    calls = [r for r in throttled_sandbox.requests() if r["path"].startswith("/services/api/x/")]
    assert not [r for r in calls if r["status"] == 429]
    employee_calls = [r for r in calls if r["path"] == facts.EMPLOYEES_PATH]
    assert len(employee_calls) <= 6  # pages of 1000, far inside the 75 a minute
