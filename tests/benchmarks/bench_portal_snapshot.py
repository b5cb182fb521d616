"""Benchmark: the portal snapshot of a 5,000-employee sandbox portal, with the documented throttles on.

Usage: python tests/benchmarks/bench_portal_snapshot.py [--employees N]
Starts a throttled sandbox (default mode: Employee API 75/min, OU API 300/min; the client's governor on the
documented limits), adds employees through the control plane up to N, then reads the whole snapshot with
``fetch_snapshot``. Prints the time, the calls, the 429s the portal answered, and two ratios measured in
the same run: against one minute (the issue's bound: "well under a minute") and against the throttle floor
(the time the per-minute limits alone would impose on this many calls at the portal's default page size).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=5000)
    args = parser.parse_args()
    os.environ.setdefault("CSOD_DESKTOP_HOME", tempfile.mkdtemp())

    import httpx

    from csod_desktop import facts
    from csod_desktop.api import BulkApiClient
    from csod_desktop.api.portal_snapshot import fetch_snapshot
    from csod_desktop.sandbox.server import SandboxServer
    from csod_desktop.services.loads import pump

    with SandboxServer(relaxed=False) as server:
        have = len(server.backend.portal.users)
        extra = max(0, args.employees - have)
        for start in range(0, extra, 1000):
            server.control("users", {"users": [
                {"EmployeeIdentificationData_UserId": f"B{i:06d}", "PersonData_NameData_FirstName": "Bench",
                 "PersonData_NameData_LastName": f"Employee {i}", "DirectManager": "948752281",
                 "Division": "SUP_000012151", "PersonData_ContactData_EmailAddressData_Primary_EmailAddress":
                     f"bench.{i}@acme.com"} for i in range(start, min(extra, start + 1000))]})
        server.control("requests", method="DELETE")
        with httpx.Client(timeout=60) as http:
            client = BulkApiClient(http, server.root_url, "demo-client", lambda: "demo-secret")  # real governor
            reader = client.portal_reader()
            started = time.perf_counter()
            snapshot = pump(fetch_snapshot(reader))
            seconds = time.perf_counter() - started
        log = server.requests()
    calls = [r for r in log if r["path"].startswith("/services/api/x/")]
    refused = sum(1 for r in calls if r["status"] == 429)
    employees = len(snapshot.employees or [])
    default_pages = math.ceil(employees / facts.EMPLOYEE_PAGE_SIZE)
    floor = max(0.0, (default_pages - facts.THROTTLES[facts.EMPLOYEES].per_minute)) * 60.0 / \
        facts.THROTTLES[facts.EMPLOYEES].per_minute
    print(f"employees read:            {employees:,} (complete: {snapshot.employees_complete})")
    print(f"OUs read:                  {len(snapshot.ous or []):,} in {len(snapshot.ou_types)} types")
    print(f"API calls:                 {len(calls)} ({reader.requests} sent by the reader), 429 answers: {refused}")
    print(f"time:                      {seconds:.2f} s")
    print(f"ratio to one minute:       {seconds / 60.0:.3f}")
    print(f"at the default page size ({facts.EMPLOYEE_PAGE_SIZE}) the {default_pages} employee pages alone "
          f"would wait at least {floor:.0f} s for the 75/min limit (ratio ours/that: "
          f"{seconds / floor if floor else float('nan'):.3f})")


if __name__ == "__main__":
    main()
