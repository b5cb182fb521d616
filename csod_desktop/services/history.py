"""The history view's rows: one per import, with its job, counts, report state and days left."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from csod_desktop.store.journal import Journal, JobRecord, utcnow


@dataclass(frozen=True)
class HistoryRow:
    job_ref: int
    job_id: str | None
    job_label: str
    job_state: str
    profile: str
    root_url: str
    created_at: datetime
    import_id: str | None
    load_type: str
    import_label: str
    source_name: str | None
    record_count: int | None
    status: str | None
    total_records: int | None
    successful_records: int | None
    successful_records_with_warnings: int | None
    error_records: int | None
    error_status: str | None
    report: str  # "saved" | "not needed" | "not downloaded" | "purged" | "pending"
    downloads_used: int
    days_left: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def history_rows(
    journal: Journal,
    *,
    search: str | None = None,
    profile: str | None = None,
    limit: int | None = None,
    now: datetime | None = None,
) -> list[HistoryRow]:
    """Newest jobs first; ``search`` matches labels, ids, load types and file names."""
    moment = now or journal.clock() or utcnow()
    rows: list[HistoryRow] = []
    for job in journal.jobs(search=search, profile=profile, limit=limit):
        rows.extend(_rows(journal, job, moment))
    return rows


def _rows(journal: Journal, job: JobRecord, now: datetime) -> list[HistoryRow]:
    out = []
    for imp in job.imports:
        cached = journal.ledger.cached(imp.import_id) if imp.import_id else None
        if cached is not None and cached.path is not None:
            report = "saved"
        elif imp.purged_at is not None or (cached is not None and cached.purged_at is not None):
            report = "purged"
        elif not imp.finished:
            report = "pending"
        elif not imp.has_problems:
            report = "not needed"
        else:
            report = "not downloaded"
        out.append(
            HistoryRow(
                job_ref=job.ref, job_id=job.job_id, job_label=job.label, job_state=job.state,
                profile=job.profile, root_url=job.root_url, created_at=job.created_at,
                import_id=imp.import_id, load_type=imp.load_type, import_label=imp.label,
                source_name=imp.source_name, record_count=imp.record_count, status=imp.status,
                total_records=imp.total_records, successful_records=imp.successful_records,
                successful_records_with_warnings=imp.successful_records_with_warnings,
                error_records=imp.error_records, error_status=imp.error_status, report=report,
                downloads_used=journal.ledger.downloads_used(imp.import_id) if imp.import_id else 0,
                days_left=imp.days_left(now),
            )
        )
    return out
