"""The portal snapshot kept beside the journal: stored, reused while fresh, refreshed, and after a load."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from csod_desktop.api import BulkApiClient, Governor, ImportSpec, RetryPolicy
from csod_desktop.core.portal import PortalEmployee, PortalOu, PortalSnapshot
from csod_desktop.services.loads import pump
from csod_desktop.services.portal_data import MAX_AGE, PortalData
from csod_desktop.store.journal import Journal
from csod_desktop.store.portal_snapshots import PortalSnapshotStore

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


def test_a_snapshot_round_trips_through_the_store(journal: Journal) -> None:
    store = PortalSnapshotStore(journal)
    snap = PortalSnapshot(
        "https://acme.csod.com", T0,
        employees=[PortalEmployee("E1", 7, "ann", "g-1", True, "E0", 6, {"PersonData_NameData_LastName": "Lé"})],
        ous=[PortalOu("D1", "ou.division", 100, 2, False, None, None, {"ouName": "Sales"})],
        ou_types={"ou.division": 2}, ous_off=None, employees_complete=False, service_account="svc",
    )
    store.save(snap)
    back = store.latest("https://acme.csod.com/")
    assert back is not None and back.taken_at == T0 and back.service_account == "svc"
    assert back.employee("e1").values["PersonData_NameData_LastName"] == "Lé" and not back.employees_complete
    assert back.ou("ou.division", "D1").active is False
    store.save(PortalSnapshot("https://acme.csod.com", T0 + dt.timedelta(hours=1), employees_off="off"))
    assert store.latest("https://acme.csod.com").employees is None  # one per portal: replaced
    assert store.taken_at("https://acme.csod.com") == T0 + dt.timedelta(hours=1)
    assert store.latest("https://other.csod.com") is None
    rows = sqlite3.connect(journal.path).execute("SELECT COUNT(*) FROM portal_snapshots").fetchone()
    assert rows == (1,)


@pytest.fixture
def http() -> httpx.Client:
    with httpx.Client(timeout=30) as client:
        yield client


def _data(sandbox: Any, journal: Journal, now: list[dt.datetime], http: httpx.Client) -> PortalData:
    client = BulkApiClient(http, sandbox.root_url, "demo-client", lambda: "demo-secret",
                           governor=Governor.disabled(), retry=RetryPolicy.immediate())
    return PortalData(client.portal_reader(), PortalSnapshotStore(journal), client=client, clock=lambda: now[0])


def _employee_reads(sandbox: Any) -> int:
    return sum(1 for r in sandbox.requests() if r["path"].endswith("/users/v2/employees"))


def test_reused_while_fresh_read_again_when_old_or_asked(sandbox: Any, journal: Journal, http: httpx.Client) -> None:
    now = [T0]
    data = _data(sandbox, journal, now, http)
    first = pump(data.current())
    assert first.taken_at == T0 and len(first.employees) == 278
    reads = _employee_reads(sandbox)
    now[0] = T0 + MAX_AGE - dt.timedelta(seconds=1)
    again = pump(data.current())
    assert again.taken_at == T0 and _employee_reads(sandbox) == reads  # nothing asked
    now[0] = T0 + MAX_AGE + dt.timedelta(seconds=1)
    assert pump(data.current()).taken_at == now[0] and _employee_reads(sandbox) > reads
    reads = _employee_reads(sandbox)
    assert pump(data.current(refresh=True)).taken_at == now[0] and _employee_reads(sandbox) > reads


def test_the_service_account_comes_from_a_job_owner_ref(sandbox: Any, journal: Journal, http: httpx.Client) -> None:
    now = [dt.datetime.now(dt.timezone.utc)]
    data = _data(sandbox, journal, now, http)
    assert pump(data.refresh()).service_account is None  # no job yet: unknown
    data.client.create_job("x", [ImportSpec("ou.grade")])
    snap = pump(data.refresh())
    assert snap.service_account == "bulk-apis-service-account" and snap.employees_complete


def test_the_context_builds_one_portal_data(sandbox: Any, stores: Any) -> None:
    from csod_desktop.services.context import build_context
    from csod_desktop.store.profiles import sandbox_profile

    with build_context(sandbox_profile(sandbox.root_url), "demo-secret", stores=stores,
                       governor=Governor.disabled()) as ctx:
        assert ctx.portal_data is ctx.portal_data
        snap = pump(ctx.portal_data.current())
        assert len(snap.employees) == 278
        assert stores.portal_snapshots.latest(sandbox.root_url).taken_at == snap.taken_at
