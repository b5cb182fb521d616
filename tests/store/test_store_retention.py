"""The retention purge empties the one payload folder: tracked payloads with their import, the rest by age."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from csod_desktop.store.journal import Journal, NewImport


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def _age(path, days: float) -> None:
    moment = (datetime.now(UTC) - timedelta(days=days)).timestamp()
    os.utime(path, (moment, moment))


def test_a_plans_payload_is_kept_in_place_and_goes_with_its_import():
    clock = Clock()
    with Journal(clock=clock) as journal:
        folder = journal.cache.payload_folder("hris-chr.employee", clock())
        part = folder / "chr.employee.csv"
        part.write_bytes(b"UserId\r\nu1\r\n")
        kept, _sha, size = journal.keep_payload_copy(part, "00-chr.employee")
        assert kept == part and size == part.stat().st_size  # already in the payload folder: no second copy
        job = journal.begin_job("A", "r", "j", [NewImport("chr.employee", payload_path=kept)])
        journal.job_created(job.ref, "job-1", ["imp-1"])
        _age(part, 40)  # written long before; its import is only days old: a resume still needs it
        clock.now += timedelta(days=29)
        assert journal.purge_expired() == 0 and part.exists()
        clock.now += timedelta(days=2)
        assert journal.purge_expired() == 1
        assert not part.exists() and not folder.exists()  # the plan's folder goes with its last part


def test_untracked_payloads_go_30_days_after_they_were_written():
    clock = Clock()
    with Journal(clock=clock) as journal:
        dry = journal.cache.payload_folder("load", clock()) / "01-ou.division.csv"  # a dry run's payload
        dry.write_bytes(b"ouRefId\r\nD1\r\n")
        fresh = journal.cache.payload_folder("load", clock()) / "01-chr.employee.csv"
        fresh.write_bytes(b"UserId\r\nu1\r\n")
        leftover = journal.cache.payloads_root / ".01-chr.employee.csv.x.part"  # an interrupted copy
        leftover.write_bytes(b"UserId\r\n")
        for path in (dry, dry.parent, leftover):
            _age(path, 31)
        _age(fresh, 29)
        journal.purge_expired()
        assert not dry.exists() and not dry.parent.exists() and not leftover.exists()
        assert fresh.exists()
        clock.now += timedelta(days=2)
        journal.purge_expired()
        assert not fresh.exists()
