"""The shared throttle budget: the governor on SQLite behaves as in memory, and processes share it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from csod_desktop.api import Governor, Limit, MemoryLedger
from csod_desktop.store.throttle_ledger import SqliteLedger


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


@pytest.fixture(params=["memory", "sqlite"])
def ledger(request, tmp_path):
    if request.param == "memory":
        yield MemoryLedger()
        return
    shared = SqliteLedger(tmp_path / "throttle.sqlite3")
    yield shared
    shared.close()


def test_the_sixth_call_in_a_minute_waits_on_either_ledger(ledger):
    t = FakeTime()
    governor = Governor(clock=t.clock, sleep=t.sleep, ledger=ledger, portal="https://acme.csod.com")
    waits = []
    for _ in range(5):
        waits.append(governor.acquire("shared"))
        t.now += 2.0
    assert waits == [0.0] * 5
    assert governor.delay("shared") == 51.0
    assert governor.acquire("shared") == 51.0
    assert governor.used("shared", window=120.0) == 6 and governor.used("data") == 0


def test_portals_and_buckets_are_apart(ledger):
    t = FakeTime()
    acme = Governor({"b": (Limit(1, 60.0),)}, clock=t.clock, sleep=t.sleep, ledger=ledger, portal="https://acme.csod.com")
    stage = Governor({"b": (Limit(1, 60.0),)}, clock=t.clock, sleep=t.sleep, ledger=ledger,
                     portal="https://acme-stg.csod.com")
    acme.acquire("b")
    assert stage.delay("b") == 0.0 and acme.delay("b") == 61.0  # one budget per portal environment


def test_holds_views_and_refusals_on_either_ledger(ledger):
    t = FakeTime()
    governor = Governor(clock=t.clock, sleep=t.sleep, ledger=ledger, portal="p")
    assert governor.refused("shared", 8.0) == 1
    assert governor.delay("shared") == 8.0 and governor.refusals("shared") == 1
    t.now += 8.0
    slot = governor.take("shared")
    t.now += 0.5
    governor.finish(slot, {"x-csod-throttling-rate-limit-urilevel": "300", "x-csod-requests-remaining-urilevel": "2"})
    view = governor.view("shared")
    assert (view.sent_at, view.observed_at, view.limit, view.remaining) == (1008.0, 1008.5, 300, 2)
    # Two calls are left in the portal's hour: the third waits for the hour to pass.
    governor.acquire("shared")
    governor.acquire("shared")
    assert governor.delay("shared") == pytest.approx(1008.5 + 3600 + 1 - t.now)


def test_a_lower_limit_from_the_portal_tightens_the_minute(ledger):
    t = FakeTime()
    governor = Governor(clock=t.clock, sleep=t.sleep, ledger=ledger, portal="p", safety=0.0)
    slot = governor.take("data")
    governor.finish(slot, {"x-csod-throttling-rate-limit-urilevel": "120", "x-csod-requests-remaining-urilevel": "119"})
    governor.acquire("data")
    # 120 an hour is 2 a minute (employee-ou-api-facts.md §3: the minute limit is the hourly one / 60).
    assert governor.delay("data") == 60.0


WORKER = textwrap.dedent(
    """
    import json, sys, time
    from csod_desktop.api import Governor, Limit
    from csod_desktop.store.throttle_ledger import SqliteLedger

    ledger = SqliteLedger(__import__("pathlib").Path(sys.argv[1]))
    governor = Governor({"b": (Limit(3, 1.0),)}, clock=time.time, ledger=ledger, portal="p", safety=0.05)
    start = float(sys.argv[2])
    time.sleep(max(0.0, start - time.time()))
    slots = []
    for _ in range(5):
        slot = governor.take("b")
        slots.append(slot.at)
        governor.finish(slot)
    print(json.dumps(slots))
    """
)


def test_three_processes_share_one_budget(tmp_path):
    """Three processes take five slots each of a bucket of three a second: all fifteen keep the limit."""
    path = tmp_path / "throttle.sqlite3"
    SqliteLedger(path).close()
    import time

    start = time.time() + 1.5
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(start)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    slots = sorted(at for proc in procs for at in json.loads(proc.communicate(timeout=60)[0]))
    assert all(proc.returncode == 0 for proc in procs)
    assert len(slots) == 15
    for i in range(3, len(slots)):
        # No four slots inside one second (the window plus its safety margin), across the processes.
        assert slots[i] - slots[i - 3] >= 1.05 - 1e-6, (i, slots)


def test_the_budget_file_is_owner_only(tmp_path):
    path = tmp_path / "throttle.sqlite3"
    SqliteLedger(path).close()
    if sys.platform != "win32":
        assert Path(path).stat().st_mode & 0o077 == 0
