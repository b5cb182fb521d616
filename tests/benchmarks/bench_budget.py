"""Benchmark: what taking a throttle slot costs per call, in memory and in the shared SQLite budget.

Usage: python tests/benchmarks/bench_budget.py [--calls N]
Each call is what the throttle layer does around one request: ``take`` (the slot, inside one
``BEGIN IMMEDIATE`` transaction for the shared budget) and ``finish`` (re-stamp, the portal's counter
headers), with the documented windows (minute, hour, day) and limits high enough that nothing waits.
The reference is one real request to the relaxed sandbox on loopback, measured in the same run: the
cheapest a portal call can ever be.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from csod_desktop.api import Governor, Limit, MemoryLedger  # noqa: E402
from csod_desktop.store.throttle_ledger import SqliteLedger  # noqa: E402

WINDOWS = (60.0, 3600.0, 86400.0)
HEADERS = {"x-csod-throttling-rate-limit-urilevel": "1000000000", "x-csod-requests-remaining-urilevel": "999999999"}


def per_call(governor: Governor, calls: int) -> float:
    """Median seconds of take + finish over ``calls`` calls (after 200 to warm up)."""
    samples = []
    for n in range(calls + 200):
        started = time.perf_counter()
        slot = governor.take("shared")
        governor.finish(slot, HEADERS)
        if n >= 200:
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def loopback_request(calls: int) -> float:
    import httpx

    from csod_desktop.sandbox.server import SandboxServer

    with SandboxServer(relaxed=True) as server, httpx.Client(trust_env=False) as http:
        samples = []
        for n in range(calls + 20):
            started = time.perf_counter()
            http.get(server.root_url + "/services/api/x/bulk-api/v1/permissions")  # 401: no token, no work
            if n >= 20:
                samples.append(time.perf_counter() - started)
        return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    args = parser.parse_args()
    limits = {"shared": tuple(Limit(10**9, w) for w in WINDOWS)}
    memory = per_call(Governor(limits, clock=time.time, ledger=MemoryLedger(), portal="p"), args.calls)
    with tempfile.TemporaryDirectory() as tmp:
        ledger = SqliteLedger(Path(tmp) / "throttle.sqlite3")
        shared = per_call(Governor(limits, clock=time.time, ledger=ledger, portal="p"), args.calls)
        slots = args.calls + 200
        ledger.close()
    request = loopback_request(300)
    print(f"per call (median of {args.calls}, {slots} slots in the budget at the end):")
    print(f"  in memory (one process)     {memory * 1e6:8.1f} us")
    print(f"  shared SQLite budget        {shared * 1e6:8.1f} us   = {shared / memory:5.1f}x memory")
    print(f"  one loopback HTTP request   {request * 1e6:8.1f} us   (shared budget = {shared / request:.2f}x of it)")


if __name__ == "__main__":
    main()
