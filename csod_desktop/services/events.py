"""Progress events yielded by the load runner; each has a ``text`` sentence for a status line or stderr."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from csod_desktop.api import wait_sentence
from csod_desktop.i18n import translate
from csod_desktop.store.records import ABANDONED, FAILED, FINISHED


@dataclass(frozen=True)
class RunEvent:
    """Base of every event: ``job_ref`` is the journal's id of the job (0 when the journal does not know it)."""

    job_ref: int

    @property
    def text(self) -> str:
        return type(self).__name__

    @property
    def fraction(self) -> float | None:
        """Progress of the current step from 0 to 1, or None when unknown."""
        return None


@dataclass(frozen=True)
class JobRecorded(RunEvent):
    """The job is in the journal; the portal has not been asked yet."""

    label: str
    imports: int

    @property
    def text(self) -> str:
        return translate("events", "Creating the job (%n import(s))", None, self.imports)


@dataclass(frozen=True)
class JobCreated(RunEvent):
    job_id: str
    import_ids: tuple[str, ...]

    @property
    def text(self) -> str:
        return translate("events", "Job {job_id} created").format(job_id=self.job_id)


@dataclass(frozen=True)
class UploadProgress(RunEvent):
    import_id: str
    index: int  # 0-based position of the import in the job
    count: int
    sent: int
    total: int

    @property
    def fraction(self) -> float | None:
        return self.sent / self.total if self.total else None

    @property
    def text(self) -> str:
        return translate("events", "Sending the data of import {position} of {count}").format(
            position=self.index + 1, count=self.count)


@dataclass(frozen=True)
class ImportPosted(RunEvent):
    import_id: str
    index: int
    count: int
    confirmed_by_status: bool = False  # the answer was lost but the job status showed the data arrived

    @property
    def text(self) -> str:
        if self.confirmed_by_status:
            text = translate("events", "Data of import {position} of {count} received by the portal (confirmed by "
                                       "the job status; not sent twice)")
        else:
            text = translate("events", "Data of import {position} of {count} received by the portal")
        return text.format(position=self.index + 1, count=self.count)


@dataclass(frozen=True)
class Waiting(RunEvent):
    """Between two status checks: when the next one happens (the status panel's "next check at")."""

    job_id: str
    next_check_at: datetime
    seconds_left: float

    @property
    def text(self) -> str:
        return translate("events", "Next status check at {time}").format(
            time=f"{self.next_check_at.astimezone():%H:%M:%S}")


@dataclass(frozen=True)
class RateLimited(RunEvent):
    """The next status check waits for the portal's rate limit: longer than the polling pace asked for,
    because other calls (of this process, another window or command, or another tool) took the budget."""

    job_id: str
    seconds: float

    @property
    def text(self) -> str:
        return wait_sentence(self.seconds)


@dataclass(frozen=True)
class StatusChecked(RunEvent):
    job_id: str
    imports: tuple[Any, ...]  # api.ImportStatus
    finished: bool
    checks: int

    @property
    def fraction(self) -> float | None:
        if not self.imports:
            return None
        return sum(1 for i in self.imports if getattr(i, "finished", False)) / len(self.imports)

    @property
    def text(self) -> str:
        parts = []
        for item in self.imports:
            # The status word is the portal's own ("Processing"), kept as it came.
            if item.total_records is None:
                parts.append(item.status or "?")
                continue
            if item.error_records:
                part = translate("events", "{status} {loaded}/{total} loaded, {failed} failed")
            else:
                part = translate("events", "{status} {loaded}/{total} loaded")
            parts.append(part.format(status=item.status or "?", loaded=item.successful_records or 0,
                                     total=item.total_records, failed=item.error_records))
        return translate("events", "Job {job_id}: {statuses}").format(job_id=self.job_id, statuses="; ".join(parts))


@dataclass(frozen=True)
class StatusProblem(RunEvent):
    """A status check failed for a passing reason (network, 5xx, throttled); the next one will retry."""

    job_id: str
    message: str
    failures: int

    @property
    def text(self) -> str:
        return translate("events", "Status check failed ({problem}); trying again later").format(problem=self.message)


@dataclass(frozen=True)
class ReportReady(RunEvent):
    import_id: str
    result: Any  # services.reports.ReportResult

    @property
    def text(self) -> str:
        if self.result.from_cache:
            text = translate("events", "Report of import {import_id} from the saved copy ({usage})")
        else:
            text = translate("events", "Report of import {import_id} downloaded ({usage})")
        return text.format(import_id=self.import_id, usage=self.result.usage_text)


@dataclass(frozen=True)
class ReportSkipped(RunEvent):
    import_id: str
    reason: str
    clean: bool  # True: nothing to report; False: the report could not be fetched (reason says why)
    state: str | None = None  # the journal's report state (store.records, REPORT_*): why it is not saved

    @property
    def text(self) -> str:
        return translate("events", "Import {import_id}: {reason}").format(import_id=self.import_id, reason=self.reason)


@dataclass(frozen=True)
class ReportWaiting(RunEvent):
    """A finished import's report still answers 404 (not ready yet): asked for again at ``next_try_at``."""

    import_id: str
    next_try_at: datetime
    attempt: int

    @property
    def text(self) -> str:
        return translate("events", "The report of import {import_id} is not ready yet on the portal; asking "
                                   "again at {time}").format(import_id=self.import_id,
                                                             time=f"{self.next_try_at.astimezone():%H:%M:%S}")


@dataclass(frozen=True)
class JobSkipped(RunEvent):
    """A job left alone because another live csod-desktop process drives it (one driver per job)."""

    job_id: str
    driver: Any  # store.claims.Driver

    @property
    def text(self) -> str:
        return translate("events", "Job {job_id}: skipped, {driver}").format(job_id=self.job_id, driver=self.driver.text)


@dataclass(frozen=True)
class JobFinished(RunEvent):
    job: Any  # store.journal.JobRecord

    @property
    def text(self) -> str:
        state = self.job.state
        if state == FINISHED:
            text = translate("events", "Job {job_id}: finished")
        elif state == FAILED:
            text = translate("events", "Job {job_id}: failed")
        elif state == ABANDONED:
            text = translate("events", "Job {job_id}: abandoned")
        else:
            text = translate("events", "Job {job_id}: {state}")  # a journal state this line does not know
        return text.format(job_id=self.job.job_id or self.job.ref, state=state)
