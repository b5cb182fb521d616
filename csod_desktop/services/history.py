"""The history view's rows (one per import, with its job, counts, report state and days left) and their exports."""

from __future__ import annotations

import csv
import importlib.util
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from csod_desktop import paths
from csod_desktop.errors import ConfigError
from csod_desktop.store.journal import Journal, JobRecord, utcnow
from csod_desktop.i18n import translate


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

    @property
    def report_text(self) -> str:
        """:attr:`report` in the window's words (the exports keep the code: scripts read it)."""
        report = self.report
        if report == "saved":
            return translate("history", "saved")
        if report == "purged":
            return translate("history", "purged")
        if report == "pending":
            return translate("history", "pending")
        if report == "not needed":
            return translate("history", "not needed")
        if report == "not downloaded":
            return translate("history", "not downloaded")
        return report


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


# -------------------------------------------------------------------------------------------- exports

#: The job fields of a history row: the DuckDB ``jobs`` table has these, one row per job.
JOB_FIELDS = ("job_ref", "job_id", "job_label", "job_state", "profile", "root_url", "created_at")
#: The DuckDB ``imports`` table: one row per import, joined to ``jobs`` on ``job_ref`` (``job_id`` kept too,
#: as the Bulk API's imports carry their job's id).
IMPORT_FIELDS = ("job_ref", "job_id") + tuple(
    f.name for f in fields(HistoryRow) if f.name not in JOB_FIELDS
)
_SQL_TYPES = {
    "job_ref": "BIGINT", "created_at": "TIMESTAMPTZ", "record_count": "BIGINT", "total_records": "BIGINT",
    "successful_records": "BIGINT", "successful_records_with_warnings": "BIGINT", "error_records": "BIGINT",
    "downloads_used": "INTEGER", "days_left": "INTEGER",
}


def history_columns() -> list[str]:
    """The columns of a history row, in order (the CSV export's header)."""
    return [f.name for f in fields(HistoryRow)]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def export_csv(rows: Sequence[HistoryRow], path: Path) -> Path:
    """One line per import, with its job's fields, as the History view lists them (UTF-8, header first)."""
    columns = history_columns()
    with paths.private_file(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows({key: _iso(value) for key, value in row.as_dict().items()} for row in rows)
    return path


def duckdb_available() -> bool:
    """Whether this installation can write DuckDB files (a dependency of every install and bundle; a damaged
    or trimmed environment may still lack it, and then the window and the CLI offer CSV only)."""
    try:
        return importlib.util.find_spec("duckdb") is not None
    except (ImportError, ValueError):  # a finder that refuses it, or a module left without a spec
        return False


def export_duckdb(rows: Sequence[HistoryRow], path: Path) -> Path:
    """A DuckDB database with the tables ``jobs`` (one row per job) and ``imports`` (one per import).

    Two real tables, as the data-pipeline guide (shared/reference/dlt-cornerstone-pipeline-guide.txt) mirrors
    the Bulk API's ``jobs`` and ``imports`` resources; both are replaced on each export, in one transaction.
    """
    try:
        import duckdb  # noqa: PLC0415 (loaded only when an export is asked for: ~0.1 s)
    except ImportError as exc:
        raise ConfigError(
            translate("history", "This installation of csod-desktop cannot write DuckDB files: its duckdb "
                                 "library is missing."),
            hint=translate("history", "Export the history as CSV instead, or reinstall csod-desktop to get the "
                                      "DuckDB export back."),
        ) from exc
    jobs: dict[int, HistoryRow] = {}
    for row in rows:
        jobs.setdefault(row.job_ref, row)
    paths.private_dir(path.parent)
    con = duckdb.connect(str(path))
    paths.make_private(path)  # DuckDB creates the file (an empty one is not a database): owner-only at once
    try:
        con.execute("BEGIN")
        # An export made by an earlier version held a view named jobs: drop whatever kind each name is.
        existing = con.execute(
            "SELECT table_name, table_type FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_name IN ('jobs', 'imports')"
        ).fetchall()
        for name, kind in existing:
            con.execute(f"DROP {'VIEW' if kind == 'VIEW' else 'TABLE'} {name}")
        _create_table(con, "jobs", JOB_FIELDS, jobs.values(), key="job_ref")
        _create_table(con, "imports", IMPORT_FIELDS, rows)
        con.execute("COMMIT")
    finally:
        con.close()
    return path


def _create_table(con: Any, name: str, columns: Sequence[str], rows: Any, *, key: str | None = None) -> None:
    ddl = ", ".join(
        f'"{column}" {_SQL_TYPES.get(column, "VARCHAR")}{" PRIMARY KEY" if column == key else ""}'
        for column in columns
    )
    con.execute(f"CREATE TABLE {name} ({ddl})")
    values = [[getattr(row, column) for column in columns] for row in rows]
    if values:
        con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(columns))})", values)
