"""The journal: jobs and imports written before the portal sees them, migrations, crash safety, purge."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from csod_desktop import paths
from csod_desktop.store import migrations
from csod_desktop.store.journal import (
    CREATED,
    CREATING,
    FINISHED,
    RUNNING,
    SENDING,
    Journal,
    JournalError,
    NewImport,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _imports() -> list[NewImport]:
    return [
        NewImport("ou.division", label="Divisions", settings={"AllowInactiveOus": False}, record_count=3,
                  source_name="divisions.csv", source_sha256="aa" * 32),
        NewImport("chr.employee", label="Employees", settings={"LoadPrimaryKey": 0}, record_count=10,
                  source_name="people.xlsx", mapping={"columns": {"Emp": "UserId"}},
                  source_path=Path("/home/hr/people.xlsx")),
    ]


def test_job_lifecycle_is_recorded_step_by_step():
    with Journal() as journal:
        assert journal.path.parent == paths.data_dir()
        job = journal.begin_job("Acme", "https://acme.csod.com", "Nightly", _imports())
        assert job.state == CREATING and job.job_id is None and len(job.imports) == 2
        assert [j.ref for j in journal.unfinished_jobs()] == [job.ref]
        job = journal.job_created(job.ref, "job-1", ["imp-1", "imp-2"])
        assert job.state == CREATED and [i.import_id for i in job.imports] == ["imp-1", "imp-2"]
        assert job.imports[1].mapping == {"columns": {"Emp": "UserId"}}
        assert job.imports[1].source_path == Path("/home/hr/people.xlsx") and job.imports[0].source_path is None
        assert job.imports[0].settings == {"AllowInactiveOus": False}
        first, second = job.imports
        journal.import_sending(first.ref)
        assert journal.job(job.ref).imports[0].post_state == SENDING
        journal.import_sent(first.ref)
        assert journal.job(job.ref).state == CREATED  # the second import's data is not sent yet
        journal.import_sent(second.ref)
        assert journal.job(job.ref).state == RUNNING
        job = journal.record_status(job.ref, [
            {"import_id": "imp-1", "status": "Completed", "total_records": 3, "successful_records": 3,
             "successful_records_with_warnings": 0, "error_records": 0},
            {"import_id": "imp-2", "status": "Processing"},
        ])
        assert job.state == RUNNING and job.imports[0].finished and not job.imports[0].has_problems
        job = journal.record_status(job.ref, [
            {"import_id": "imp-2", "status": "COMPLETED", "total_records": 10, "successful_records": 8,
             "error_records": 2},
        ])
        assert job.state == FINISHED and job.finished and job.imports[1].has_problems
        assert journal.unfinished_jobs() == []
        assert len(journal.snapshots(job.ref)) == 2
        assert journal.find_job("job-1").ref == job.ref
        assert journal.find_import("imp-2").error_records == 2
        assert [j.ref for j in journal.jobs(search="people")] == [job.ref]
        assert journal.jobs(search="nothing-like-this") == []
        assert journal.job(job.ref).imports[1].days_left(job.imports[1].created_at) == 30


def test_failed_creation_is_not_left_to_resume():
    with Journal() as journal:
        job = journal.begin_job("Acme", "https://acme.csod.com", "x", _imports())
        journal.job_failed(job.ref, "The portal refused the callback URL.")
        assert journal.unfinished_jobs() == []
        assert journal.job(job.ref).message == "The portal refused the callback URL."
        with pytest.raises(JournalError, match="import ids"):
            journal.job_created(journal.begin_job("A", "r", "y", _imports()).ref, "j", ["only-one"])


def test_unfinished_jobs_filter_by_profile_and_portal():
    with Journal() as journal:
        a = journal.begin_job("A", "https://a.csod.com", "a", _imports())
        journal.begin_job("B", "https://b.csod.com", "b", _imports())
        assert [j.ref for j in journal.unfinished_jobs(profile="A")] == [a.ref]
        assert [j.ref for j in journal.unfinished_jobs(root_url="https://a.csod.com/")] == [a.ref]


def test_journal_files_are_owner_only():
    with Journal() as journal:
        journal.begin_job("A", "r", "a", _imports())
        assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
        assert journal.query("PRAGMA journal_mode")[0][0] == "wal"


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version=1")
    conn.execute(
        "INSERT INTO jobs(profile, root_url, job_id, label, state, created_at, updated_at)"
        " VALUES ('Old', 'https://old.csod.com', 'job-old', 'from v1', 'running', '2026-01-01T00:00:00+00:00',"
        " '2026-01-01T00:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO imports(job_ref, position, import_id, load_type, post_state, created_at)"
        " VALUES (1, 0, 'imp-old', 'chr.employee', 'sent', '2026-01-01T00:00:00+00:00')"
    )
    conn.close()


def test_a_version_1_journal_is_migrated_and_keeps_its_jobs(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _v1_database(path)
    with Journal(path) as journal:
        assert journal.schema_version == migrations.SCHEMA_VERSION == 5
        [job] = journal.unfinished_jobs()
        assert job.job_id == "job-old" and job.imports[0].import_id == "imp-old"
        assert journal.ledger.downloads_used("imp-old") == 0  # the v2 ledger exists and works


def test_a_failed_migration_leaves_the_old_schema_intact(tmp_path, monkeypatch):
    path = tmp_path / "journal.sqlite3"
    _v1_database(path)

    def broken(conn):
        migrations._v2(conn)  # half the work is done ...
        raise sqlite3.OperationalError("disk I/O error")  # ... then it fails

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    with pytest.raises(JournalError, match="could not be prepared"):
        Journal(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "report_requests" not in tables and "jobs" in tables
    conn.close()
    monkeypatch.undo()
    with Journal(path) as journal:  # the next start runs the migration again
        assert journal.schema_version == migrations.SCHEMA_VERSION and journal.find_job("job-old") is not None


def test_a_journal_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "journal.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    with pytest.raises(JournalError, match="newer csod-desktop"):
        Journal(path)


_KILLED_MID_WRITE = textwrap.dedent(
    """
    import os, signal
    from csod_desktop.store.journal import Journal, NewImport
    journal = Journal()
    committed = journal.begin_job("A", "https://a.csod.com", "committed", [NewImport("chr.employee")])
    journal.job_created(committed.ref, "job-ok", ["imp-ok"])
    with journal.transaction() as conn:
        for n in range(500):
            conn.execute(
                "INSERT INTO jobs(profile, root_url, label, state, created_at, updated_at)"
                " VALUES ('A', 'r', ?, 'creating', 'x', 'x')", (f"half-{n}",))
        os.kill(os.getpid(), signal.SIGKILL)  # the process dies with the transaction open
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_process_killed_mid_write_leaves_the_last_committed_state(isolated_home):
    env = dict(os.environ, CSOD_DESKTOP_HOME=str(isolated_home))
    result = subprocess.run([sys.executable, "-c", _KILLED_MID_WRITE], env=env, timeout=60)
    assert result.returncode == -9
    with Journal() as journal:
        assert journal.query("PRAGMA integrity_check")[0][0] == "ok"
        jobs = journal.jobs()
        assert [j.label for j in jobs] == ["committed"]
        assert jobs[0].job_id == "job-ok" and jobs[0].imports[0].import_id == "imp-ok"


def test_purge_removes_files_after_30_days_and_keeps_the_summary(tmp_path):
    clock = Clock()
    source = tmp_path / "payload.csv"
    source.write_bytes(b"UserId\r\nu1\r\n")
    with Journal(clock=clock) as journal:
        copy, sha, size = journal.keep_payload_copy(source, "Employees")
        assert copy.parent == paths.cache_dir() / "payloads" and stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert copy.read_bytes() == source.read_bytes() and size == source.stat().st_size
        job = journal.begin_job("A", "r", "old", [NewImport("chr.employee", payload_path=copy, payload_sha256=sha)])
        job = journal.job_created(job.ref, "job-1", ["imp-1"])
        journal.record_status(job.ref, [{"import_id": "imp-1", "status": "Completed", "error_records": 1}])
        report = journal.ledger.store_report("imp-1", b"UserId,Loaded,Errors\r\nu1,false,bad\r\n", rows=1)
        clock.now += timedelta(days=29, hours=23)
        assert journal.purge_expired() == 0 and copy.exists() and report.path.exists()
        clock.now += timedelta(hours=2)
        assert journal.purge_expired() == 1
        assert not copy.exists() and not report.path.exists()
        kept = journal.job(job.ref)
        assert kept.imports[0].error_records == 1 and kept.imports[0].payload_path is None
        assert kept.imports[0].purged_at is not None and kept.imports[0].days_left(clock.now) == 0
        assert journal.ledger.cached("imp-1").path is None and journal.ledger.read_cached("imp-1") is None
        assert journal.purge_expired() == 0  # purging twice is harmless


def test_sqlite_failures_become_a_sentence_and_leave_nothing_half_written():
    with Journal() as journal:
        job = journal.begin_job("A", "r", "a", _imports())
        with pytest.raises(JournalError, match="could not be read or written"):
            with journal.transaction() as conn:
                conn.execute("UPDATE jobs SET label='changed' WHERE id=?", (job.ref,))
                conn.execute("INSERT INTO no_such_table VALUES (1)")
        assert journal.job(job.ref).label == "a"
        with pytest.raises(JournalError):
            journal.query("SELECT nothing FROM nowhere")
    with pytest.raises(JournalError, match="closed"):
        journal.query("SELECT 1")
