"""History rows: one per import, with the report's state and the days left before Cornerstone deletes it."""

from __future__ import annotations

from datetime import timedelta

from csod_desktop.services.history import history_rows
from csod_desktop.services.loads import pump
from csod_desktop.store.journal import NewImport


def test_history_rows_after_a_run(ctx, payloads, make_runner):
    job = pump(make_runner().run(payloads("chr.employee", "ou.division"), "Nightly"))
    ctx.journal.begin_job(ctx.profile.name, ctx.profile.root_url, "never created", [NewImport("ou.grade")])
    rows = history_rows(ctx.journal)
    assert [r.load_type for r in rows] == ["ou.grade", "ou.division", "chr.employee"]
    pending, division, employee = rows
    assert pending.report == "pending" and pending.job_state == "creating"
    assert division.report == "not needed" and division.downloads_used == 0
    assert employee.report == "saved" and employee.downloads_used == 1 and employee.error_records == 2
    assert employee.days_left == 30 and employee.job_id == job.job_id
    assert history_rows(ctx.journal, search="Nightly")[0].job_label == "Nightly"
    later = history_rows(ctx.journal, now=job.created_at + timedelta(days=31))
    assert later[-1].days_left == 0
    assert set(employee.as_dict()) >= {"job_id", "import_id", "report", "days_left"}


def test_opening_the_stores_purges_files_past_30_days(ctx, payloads, make_runner):
    from csod_desktop.cli import open_stores

    job = pump(make_runner().run(payloads("chr.employee"), "old"))
    report = ctx.reports.ledger.cached(job.imports[0].import_id)
    assert report.path.exists() and job.imports[0].payload_path.exists()
    with ctx.journal.transaction() as conn:
        conn.execute("UPDATE imports SET created_at='2000-01-01T00:00:00+00:00'")
    with open_stores() as fresh:  # the next command (or window) opens the stores: the purge runs
        kept = fresh.journal.job(job.ref)
    assert not report.path.exists() and kept.imports[0].payload_path is None
    assert kept.imports[0].error_records == 2  # the summary stays
    assert history_rows(ctx.journal)[0].report == "purged"
