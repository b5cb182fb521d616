"""The client-side throttle governor: calls wait their turn instead of drawing a 429."""

from __future__ import annotations

import threading
import time

from api_fakeportal import BULK, FakePortal, FakeTime, json_response, make_client

from csod_desktop.api import Governor, Limit, bucket_for


def test_buckets_follow_the_documented_table():
    assert bucket_for("POST", BULK + "/schemas") == "shared"
    assert bucket_for("GET", BULK + "/specification") == "shared"
    assert bucket_for("POST", BULK + "/jobs") == "shared"
    assert bucket_for("GET", BULK + "/jobs/abc") == "shared"
    assert bucket_for("POST", BULK + "/imports/abc") == "data"
    assert bucket_for("GET", BULK + "/imports/abc/report") == "reports"
    assert bucket_for("GET", BULK + "/imports/abc/report/errors") == "reports"
    assert bucket_for("GET", BULK + "/imports/abc/warnings") == "reports"
    assert bucket_for("GET", BULK + "/permissions") == "permissions"
    assert bucket_for("POST", "/services/api/oauth2/token") is None


def test_sixth_call_in_a_minute_waits_for_the_first_to_leave_the_window():
    t = FakeTime()
    gov = Governor(clock=t.clock, sleep=t.sleep, safety=1.0)
    waits = []
    for _ in range(5):
        waits.append(gov.acquire("shared"))
        t.now += 2.0
    assert waits == [0.0] * 5
    assert gov.delay("shared") == 61.0 - 10.0
    assert gov.acquire("shared") == 51.0
    assert t.now == 1061.0


def test_hour_limit_also_applies():
    t = FakeTime()
    gov = Governor({"b": (Limit(100, 60), Limit(3, 3600))}, clock=t.clock, sleep=t.sleep, safety=0.0)
    for _ in range(3):
        gov.acquire("b")
    assert gov.acquire("b") == 3600.0


def test_block_holds_the_bucket_after_a_429():
    t = FakeTime()
    gov = Governor(clock=t.clock, sleep=t.sleep)
    gov.block("data", 8.0)
    assert gov.delay("data") == 8.0
    assert gov.delay("reports") == 0.0
    assert gov.acquire("data") == 8.0


def test_disabled_governor_never_waits():
    t = FakeTime()
    gov = Governor.disabled()
    assert all(gov.acquire("shared") == 0.0 for _ in range(50))
    assert t.slept == []


def test_client_polling_waits_instead_of_failing():
    """Ten status checks in a row: the portal sees at most five per minute and the client never fails."""
    portal = FakePortal()
    arrivals: list[float] = []
    t = FakeTime()

    def status(request):
        arrivals.append(t.now)
        return json_response(200, {"jobId": "j1", "imports": [{"id": "i1", "status": "Processing"}]})

    portal.default("GET", BULK + "/jobs/j1", status)
    client, http, _ = make_client(portal, time_=t)
    with http:
        for _ in range(10):
            client.job_status("j1")
    assert len(arrivals) == 10
    for i, at in enumerate(arrivals):
        assert sum(1 for other in arrivals if at - 60.0 < other <= at) <= 5, i
    assert client.next_status_check_in() > 0


def test_threads_queue_in_order_and_keep_the_limit():
    gov = Governor({"b": (Limit(3, 0.3),)}, safety=0.0)
    woke: list[tuple[float, float]] = []
    lock = threading.Lock()

    def call():
        before = time.monotonic()
        waited = gov.acquire("b")
        with lock:
            woke.append((before + waited, time.monotonic()))

    threads = [threading.Thread(target=call) for _ in range(7)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    # The slots handed out (when each call may go) never put four calls inside one 0.3 s window...
    slots = sorted(gov._stamps["b"])
    assert len(slots) == 7
    for i in range(3, len(slots)):
        assert slots[i] - slots[i - 3] >= 0.3 - 1e-6
    # ...and no thread went before its slot.
    assert all(end >= slot - 0.01 for slot, end in woke)
