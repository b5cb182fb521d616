"""What the journal stores, as frozen records: jobs, imports, status snapshots, and the states they go through."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from csod_desktop import facts

#: Cornerstone keeps reports and payloads 30 days from the import's creation (``facts``).
RETENTION_DAYS = facts.RETENTION_DAYS

# Job states (ours, not the portal's).
CREATING = "creating"  # written before POST /jobs; job_id unknown until the portal answers
CREATED = "created"  # the portal gave the job id; data may not be posted yet
RUNNING = "running"  # every import's data posted; waiting for the portal
FINISHED = "finished"  # every import reached a final status
FAILED = "failed"  # creation refused by the portal: nothing to resume
ABANDONED = "abandoned"  # the user gave up on it (or it expired unseen)
UNFINISHED_STATES = (CREATING, CREATED, RUNNING)

# Import data states.
PENDING = "pending"
SENDING = "sending"  # written before the data POST: after a crash, the portal may or may not have it
SENT = "sent"
SEND_FAILED = "send_failed"

#: Import statuses that mean the portal is done with it (compared case-insensitively). "Completed" is
#: documented (bulk-api-facts.md, "Shapes nobody has published"); the others are tolerated guesses.
FINAL_STATUSES = frozenset(
    {
        "completed", "complete", "completedwitherrors", "failed", "failure", "error", "errored",
        "cancelled", "canceled", "aborted", "expired", "rejected",
    }
)

def utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _unjson(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def is_final_status(status: str | None) -> bool:
    key = (status or "").strip().lower().replace("_", "").replace(" ", "")
    return key in FINAL_STATUSES

@dataclass(frozen=True)
class NewImport:
    """What the runner knows about an import before the portal has seen it."""

    load_type: str
    label: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)
    record_count: int | None = None
    source_name: str | None = None
    source_sha256: str | None = None
    payload_path: Path | None = None  # the copy in the cache (see Journal.keep_payload_copy)
    payload_sha256: str | None = None
    payload_size: int | None = None
    content_type: str = "text/csv"
    content_encoding: str | None = None
    mapping: Mapping[str, Any] | None = None
    type_id: str | None = None
    source_path: Path | None = None


@dataclass(frozen=True)
class ImportRecord:
    ref: int
    job_ref: int
    position: int
    import_id: str | None
    load_type: str
    type_id: str | None
    label: str
    settings: dict[str, Any]
    mapping: dict[str, Any] | None
    source_name: str | None
    source_sha256: str | None
    record_count: int | None
    payload_path: Path | None
    payload_sha256: str | None
    payload_size: int | None
    content_type: str
    content_encoding: str | None
    post_state: str
    posted_at: datetime | None
    status: str | None
    total_records: int | None
    successful_records: int | None
    successful_records_with_warnings: int | None
    error_records: int | None
    error_status: str | None
    created_at: datetime
    finished_at: datetime | None
    purged_at: datetime | None
    source_path: Path | None = None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def has_problems(self) -> bool:
        """True when the portal reported errors or warnings (then the report is worth a download)."""
        return bool(self.error_records) or bool(self.successful_records_with_warnings) or bool(self.error_status)

    def expires_at(self) -> datetime:
        return self.created_at + timedelta(days=RETENTION_DAYS)

    def days_left(self, now: datetime | None = None) -> int:
        """Whole days before Cornerstone deletes the report and payload (0 when gone)."""
        seconds = (self.expires_at() - (now or utcnow())).total_seconds()
        return max(0, math.ceil(seconds / 86400))


@dataclass(frozen=True)
class JobRecord:
    ref: int
    profile: str
    root_url: str
    job_id: str | None
    label: str
    callback_url: str | None
    state: str
    message: str | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    imports: tuple[ImportRecord, ...]

    @property
    def finished(self) -> bool:
        return self.state in (FINISHED, FAILED, ABANDONED)

    def import_by_id(self, import_id: str) -> ImportRecord | None:
        return next((imp for imp in self.imports if imp.import_id == import_id), None)


@dataclass(frozen=True)
class Snapshot:
    job_ref: int
    taken_at: datetime
    raw: dict[str, Any]

def _import_from_row(row: sqlite3.Row) -> ImportRecord:
    return ImportRecord(
        ref=row["id"], job_ref=row["job_ref"], position=row["position"], import_id=row["import_id"],
        load_type=row["load_type"], type_id=row["type_id"], label=row["label"] or "",
        settings=_unjson(row["settings"]) or {}, mapping=_unjson(row["mapping"]),
        source_name=row["source_name"], source_sha256=row["source_sha256"], record_count=row["record_count"],
        payload_path=Path(row["payload_path"]) if row["payload_path"] else None,
        payload_sha256=row["payload_sha256"], payload_size=row["payload_size"],
        content_type=row["content_type"] or "text/csv", content_encoding=row["content_encoding"],
        post_state=row["post_state"], posted_at=_dt(row["posted_at"]), status=row["status"],
        total_records=row["total_records"], successful_records=row["successful_records"],
        successful_records_with_warnings=row["successful_records_with_warnings"],
        error_records=row["error_records"], error_status=row["error_status"],
        created_at=_dt(row["created_at"]),  # type: ignore[arg-type]
        finished_at=_dt(row["finished_at"]), purged_at=_dt(row["purged_at"]),
        source_path=Path(row["source_path"]) if row["source_path"] else None,
    )
