"""The client against the sandbox portal over loopback: throttles kept, faults survived, nothing sent twice."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("csod_desktop.sandbox.server", reason="the sandbox server is not written yet")

from csod_desktop.api import BulkApiClient, Governor, ImportSpec, JobStatus, RetryPolicy  # noqa: E402
from csod_desktop.errors import ThrottledError  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
DIVISIONS = SAMPLES / "divisions.csv"
EMPLOYEES = SAMPLES / "employees_new_divisions.csv"
SETTINGS = {"datetime_culture": "en-US", "number_culture": "en-US"}
FAST_RETRY = RetryPolicy(base=0.2, cap=2.0, throttle_base=0.2, report_not_ready_base=0.5, report_not_ready_attempts=8)


def records(path: Path) -> int:
    return len(path.read_bytes().splitlines()) - 1


def control(server: Any, name: str, body: dict[str, Any] | None = None, method: str = "POST") -> Any:
    """Drive the control plane with plain HTTP (INTERFACES.md "Sandbox control plane")."""
    with httpx.Client(base_url=server.root_url, timeout=10) as http:
        response = http.request(method, f"/_sandbox/{name}", json=body)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


def request_log(server: Any) -> list[dict[str, Any]]:
    return control(server, "requests", method="GET")


def fault(server: Any, **rule: Any) -> None:
    control(server, "faults", {"probability": 1.0, "count": 1, **rule})


def posts_to(log: list[dict[str, Any]], import_id: str) -> list[dict[str, Any]]:
    return [r for r in log if r["method"] == "POST" and r["path"].endswith(f"/imports/{import_id}")]


def make(server: Any, http: httpx.Client, *, governor: Governor | None = None, retry: RetryPolicy = FAST_RETRY,
         **timing: Any) -> BulkApiClient:
    """A client for ``server``; against the relaxed sandbox (no throttles) the governor is off by default."""
    if governor is None and server.relaxed:
        governor = Governor.disabled()
    return BulkApiClient(http, server.root_url, "demo-client", lambda: "demo-secret", governor=governor, retry=retry,
                         **timing)


def frozen_clock() -> float:
    """A client clock that never moves: the client never renews early, so every expiry shows as a 401."""
    return 0.0


def sandbox_time_sleep(server: Any) -> Any:
    """A client ``sleep`` that moves the sandbox clock instead of waiting: back-offs cost no real time,
    and the portal sees them pass (report delays, token expiry) exactly as it would."""
    def sleep(seconds: float) -> None:
        if seconds > 0:
            control(server, "clock", {"advance_seconds": seconds})
    return sleep


def run_flow(client: BulkApiClient, *, poll_every: float = 0.3, between: Any = None) -> tuple[Any, JobStatus, list[bytes]]:
    """The scripted flow: token, specification, schema, a job of two imports, two uploads, status, reports."""
    client.token()
    types = {t.type for t in client.load_types()}
    assert {"ou.division", "chr.employee"} <= types
    schema = client.schema("ou.division", SETTINGS)
    assert "ouRefId" in str(schema)
    job = client.create_job("api flow", [
        ImportSpec("ou.division", "divisions", dict(SETTINGS)),
        ImportSpec("chr.employee", "employees", {"LoadPrimaryKey": 0, **SETTINGS}),
    ])
    for created, path in zip(job.imports, (DIVISIONS, EMPLOYEES), strict=True):
        if between:
            between("upload")
        client.post_import(created.import_id, path, job_id=job.job_id)
    deadline = time.monotonic() + 120
    while True:
        if between:
            between("poll")
        status = client.job_status(job.job_id)
        if status.finished:
            break
        assert time.monotonic() < deadline, status.raw
        time.sleep(poll_every)
    reports = [client.report(created.import_id) for created in job.imports]
    return job, status, reports


def check_loaded_once(status: JobStatus, job: Any) -> None:
    by_id = {i.import_id: i for i in status.imports}
    for created, path in zip(job.imports, (DIVISIONS, EMPLOYEES), strict=True):
        item = by_id[created.import_id]
        # Counted once: a second POST of the same data would have been refused or double-counted.
        assert item.finished, item
        assert item.total_records == records(path), item


# ------------------------------------------------------------------------------------------- throttles


def fresh_windows(server: Any, processing_seconds: float) -> None:
    control(server, "reset", {})
    # Move the sandbox clock past every throttle window a previous test may have filled.
    control(server, "clock", {"advance_seconds": 2 * 86400})
    control(server, "config", {"throttles": True, "processing_seconds": processing_seconds})


@pytest.mark.throttled
@pytest.mark.slow
def test_governed_flow_draws_no_429_under_documented_throttles(throttled_sandbox):
    fresh_windows(throttled_sandbox, processing_seconds=3)
    started = time.monotonic()
    with httpx.Client(timeout=30) as http:
        client = make(throttled_sandbox, http)
        job, status, reports = run_flow(client)
    check_loaded_once(status, job)
    assert all(report.startswith(b"ouRefId") or report.startswith(b"Employee") for report in reports)
    log = request_log(throttled_sandbox)
    assert [r for r in log if r["status"] == 429] == []
    shared = [r for r in log if r["path"].endswith(("/specification", "/schemas", "/jobs")) or "/jobs/" in r["path"]]
    # More shared-bucket calls than one minute allows: the governor made the sixth wait its turn.
    assert len(shared) > 5
    assert time.monotonic() - started > 55


@pytest.mark.throttled
def test_same_flow_without_the_governor_draws_a_429(throttled_sandbox):
    """The companion check: the flow above only passes because of the governor."""
    fresh_windows(throttled_sandbox, processing_seconds=3)
    with httpx.Client(timeout=30) as http:
        client = make(throttled_sandbox, http, governor=Governor.disabled(), retry=RetryPolicy(attempts=2, base=0.1, throttle_base=0.1))
        with pytest.raises(ThrottledError):
            run_flow(client, poll_every=0.1)
    assert any(r["status"] == 429 for r in request_log(throttled_sandbox))


# ---------------------------------------------------------------------------------------------- faults


def test_tokens_expiring_every_few_seconds(sandbox):
    control(sandbox, "config", {"token_lifetime": 3, "processing_seconds": 1})

    def expire(step: str) -> None:
        # Server-side expiry the client cannot foresee: its next call answers 401 and is renewed.
        control(sandbox, "clock", {"advance_seconds": 5})

    with httpx.Client(timeout=30) as http:
        client = make(sandbox, http, clock=frozen_clock)
        job, status, _ = run_flow(client, between=expire)
    check_loaded_once(status, job)
    log = request_log(sandbox)
    assert any(r["status"] == 401 for r in log)
    assert sum(1 for r in log if r["path"].endswith("/oauth2/token")) >= 3
    for created in job.imports:
        assert len([r for r in posts_to(log, created.import_id) if r["status"] != 401]) == 1


def test_bursts_of_429_and_503(sandbox):
    fault(sandbox, method="GET", path=r".*/jobs/[^/]+$", status=429, count=3)
    fault(sandbox, method="POST", path=r".*/schemas$", status=503, count=2)
    fault(sandbox, method="GET", path=r".*/specification$", status=503, count=1)
    fault(sandbox, method="POST", path=r".*/imports/[^/]+$", status=429, count=2)
    with httpx.Client(timeout=30) as http:
        job, status, _ = run_flow(make(sandbox, http))
    check_loaded_once(status, job)
    log = request_log(sandbox)
    assert sum(1 for r in log if r["status"] == 429) == 5
    assert sum(1 for r in log if r["status"] == 503) == 3
    for created in job.imports:
        assert len([r for r in posts_to(log, created.import_id) if r["status"] == 202]) == 1


def test_dropped_data_post_received_or_not_is_never_posted_twice(sandbox):
    control(sandbox, "config", {"processing_seconds": 0.5})
    with httpx.Client(timeout=30) as http:
        client = make(sandbox, http)
        job = client.create_job("drops", [
            ImportSpec("ou.division", "divisions", dict(SETTINGS)),
            ImportSpec("chr.employee", "employees", {"LoadPrimaryKey": 0, **SETTINGS}),
        ])
        first, second = job.imports
        # The portal stores the divisions, then the connection drops before the answer.
        fault(sandbox, method="POST", path=rf".*/imports/{first.import_id}$", drop=True, after_handling=True)
        # The employees' connection drops before the portal handles anything.
        fault(sandbox, method="POST", path=rf".*/imports/{second.import_id}$", drop=True, after_handling=False)
        received = client.post_import(first.import_id, DIVISIONS, job_id=job.job_id)
        assert received.get("confirmed_by") == "job_status"
        resent = client.post_import(second.import_id, EMPLOYEES, job_id=job.job_id)
        assert "confirmed_by" not in resent
        deadline = time.monotonic() + 30
        while not (status := client.job_status(job.job_id)).finished:
            assert time.monotonic() < deadline
            time.sleep(0.2)
    check_loaded_once(status, job)
    log = request_log(sandbox)
    assert len(posts_to(log, first.import_id)) == 1
    assert len(posts_to(log, second.import_id)) == 2


def test_report_404_just_after_completion(sandbox):
    control(sandbox, "config", {"report_404_seconds": 5})
    with httpx.Client(timeout=30) as http:
        job, status, reports = run_flow(make(sandbox, http, sleep=sandbox_time_sleep(sandbox)), poll_every=0.05)
    check_loaded_once(status, job)
    log = request_log(sandbox)
    report_calls = [r for r in log if r["path"].endswith("/report")]
    assert any(r["status"] == 404 for r in report_calls)
    assert sum(1 for r in report_calls if r["status"] == 200) == 2


def test_every_fault_at_once_and_nothing_posted_twice(sandbox, caplog):
    """Expiring tokens, 429/503 bursts, both kinds of dropped data POST and a late report, in one flow."""
    control(sandbox, "config", {"token_lifetime": 2, "processing_seconds": 0.3, "report_404_seconds": 5})
    fault(sandbox, method="GET", path=r".*/jobs/[^/]+$", status=429, count=2)
    fault(sandbox, method="POST", path=r".*/jobs$", status=503, count=1)
    fault(sandbox, method="POST", path=r".*/schemas$", status=429, count=1)
    # Rules apply in order: the first data POST is stored then cut, the second is cut before handling.
    fault(sandbox, method="POST", path=r".*/imports/[^/]+$", drop=True, after_handling=True, count=1)
    fault(sandbox, method="POST", path=r".*/imports/[^/]+$", drop=True, after_handling=False, count=1)

    def expire(step: str) -> None:
        if step == "poll":  # uploads meet the drops below, not a 401 (that mix is the test above)
            control(sandbox, "clock", {"advance_seconds": 3})

    with caplog.at_level("INFO", logger="csod_desktop.api"), httpx.Client(timeout=30) as http:
        client = make(sandbox, http, clock=frozen_clock, sleep=sandbox_time_sleep(sandbox))
        job, status, reports = run_flow(client, between=expire, poll_every=0.1)
    check_loaded_once(status, job)
    assert len(reports) == 2
    log = request_log(sandbox)
    first, second = job.imports
    assert len(posts_to(log, first.import_id)) == 1  # stored, answer cut: confirmed by status
    assert len(posts_to(log, second.import_id)) == 2  # cut before handling: sent once more
    for created in job.imports:
        assert [r["status"] for r in posts_to(log, created.import_id)].count(202) == 1
    assert any(r["status"] == 401 for r in log)
    assert any(r["status"] == 404 and r["path"].endswith("/report") for r in log)
    assert "demo-secret" not in caplog.text and "ZWRnZQ:" not in caplog.text
    assert "POST /services/api/x/bulk-api/v1/jobs -> 503" in caplog.text


def test_other_endpoints_against_the_sandbox(sandbox):
    import datetime as dt

    with httpx.Client(timeout=30) as http:
        client = make(sandbox, http)
        permissions = client.permissions()
        assert {"type": "ou.division", "permission": "Bulk API - Division OU"} in permissions
        custom = [t for t in client.load_types() if t.is_custom_ou]
        assert custom
        schema = client.schema("ou.customou", type_id=custom[0].type_id)
        assert schema
        job, status, reports = run_flow(client)
        today = dt.date.today()
        listed = client.list_jobs(today - dt.timedelta(days=2), today + dt.timedelta(days=2))
        assert job.job_id in {str(j.get("job_id") or j.get("jobId")) for j in listed}
        for variant in ("errors", "warnings"):
            assert client.report(job.imports[1].import_id, variant).startswith(b"EmployeeIdentificationData_UserId")


def test_sixth_download_and_expired_report(sandbox):
    from csod_desktop.errors import ReportExpiredError, ReportQuotaError

    with httpx.Client(timeout=30) as http:
        client = make(sandbox, http)
        job, _, _ = run_flow(client)  # one download of each report already
        first, second = job.imports
        for _ in range(4):
            client.report(first.import_id)
        with pytest.raises(ReportQuotaError, match="five times"):
            client.report(first.import_id)
        control(sandbox, "clock", {"advance_seconds": 31 * 86400})
        with pytest.raises(ReportExpiredError, match="30 days"):
            client.report(second.import_id)
