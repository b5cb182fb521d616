"""Resuming: the jobs a previous run left unfinished, followed to their result by a new process.

One driver per job (``store.claims``): a job another live csod-desktop process drives is skipped and
said so; one whose process is gone (crashed, killed, the computer restarted) is taken over. A finished
job whose report could not be saved yet (the portal answered 404 too long, the download failed) is
resumed too: only its reports are fetched.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from csod_desktop.errors import Cancelled, CsodError
from csod_desktop.i18n import translate
from csod_desktop.services.events import JobSkipped, RunEvent
from csod_desktop.services.loads import LoadRunner
from csod_desktop.store.journal import Driver, JobBusyError, Journal, JobRecord
from csod_desktop.store.profiles import AD_HOC_PROFILE_NAME, Profile


@dataclass(frozen=True)
class ResumeOutcome:
    """One resumed job: its journal record after the attempt, and the error that stopped it, if any.

    ``driver`` is set when the job was skipped because another live process drives it.
    """

    job: JobRecord
    error: CsodError | None = None
    driver: Driver | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def skipped(self) -> bool:
        return self.driver is not None


@dataclass(frozen=True)
class UnfinishedJob:
    """A job to resume, and who drives it now: ``driver`` is another live csod-desktop process, or None
    when the job is free to resume here (its earlier process is gone)."""

    job: JobRecord
    driver: Driver | None = None

    @property
    def resumable(self) -> bool:
        return self.driver is None

    @property
    def text(self) -> str:
        """The Run step's and the CLI's line: "being run by another csod-desktop (pid 4242)", or what is left."""
        if self.driver is not None:
            return self.driver.text
        if self.job.finished:
            return translate("resume", "finished; its report is not saved yet")
        return translate("resume", "unfinished; it can be resumed")


def unfinished_jobs(journal: Journal, *, root_url: str | None = None, profile: str | None = None) -> list[JobRecord]:
    """Jobs to resume, oldest first (for the status panel at start-up and ``csod-desktop resume``)."""
    return journal.unfinished_jobs(root_url=root_url, profile=profile)


def belongs_to(job: JobRecord, profile: Profile) -> bool:
    """Whether ``job`` was run on the portal ``profile`` connects to.

    A portal is known by its root URL, except the sandbox the app starts: its port may change from one
    launch to the next while its data folder (its jobs) stays, so its jobs are known by its saved
    profile (a command's ad-hoc ``--base-url`` profile names no portal).
    """
    if profile.is_sandbox and profile.name != AD_HOC_PROFILE_NAME:
        return job.profile == profile.name
    return job.root_url.rstrip("/") == profile.root_url.rstrip("/")


def unfinished_for(journal: Journal, profile: Profile) -> list[JobRecord]:
    """The unfinished jobs of the portal ``profile`` connects to, oldest first."""
    return [job for job in journal.unfinished_jobs() if belongs_to(job, profile)]


def jobs_to_resume(
    journal: Journal, *, profile: Profile | None = None, root_url: str | None = None, owed_reports: bool = True
) -> list[UnfinishedJob]:
    """Every job ``resume`` would take up, oldest first, each with its live driver (None: free to resume).

    The unfinished jobs, then (``owed_reports``) the finished ones whose report could not be saved yet: of
    the portal ``profile`` connects to (``belongs_to``), else of ``root_url``, else of every portal. The
    window's Run step lists a job with a driver as being run elsewhere instead of offering to resume it.
    """
    where = None if profile is not None else root_url
    jobs = journal.unfinished_jobs(root_url=where)
    if owed_reports:
        jobs += journal.jobs_owing_reports(root_url=where)
    if profile is not None:
        jobs = [job for job in jobs if belongs_to(job, profile)]
    return [UnfinishedJob(job, journal.driver(job.ref)) for job in jobs]


def resume_job(runner: LoadRunner, job: JobRecord | int) -> Generator[RunEvent, None, JobRecord]:
    """Post what the portal has not received (never twice), poll to the end, fetch the reports worth it.

    JobBusyError when another live process drives the job.
    """
    return (yield from runner.follow(job))


def resume_all(runner: LoadRunner) -> Generator[RunEvent, None, list[ResumeOutcome]]:
    """Resume every job of the runner's portal that ``jobs_to_resume`` lists, one after another.

    A job another live process drives is skipped (a ``JobSkipped`` event, an outcome with its driver),
    also when that process claims it between the listing and the attempt. A job that fails (the portal
    refused, the network is down) is reported in its outcome and the next one is tried; Ctrl-C / cancel
    stops everything (the jobs stay in the journal).
    """
    outcomes: list[ResumeOutcome] = []
    profile = runner.profile
    pending = (jobs_to_resume(runner.journal, profile=profile) if profile is not None
               else jobs_to_resume(runner.journal, root_url=runner.client.root_url))
    for entry in pending:
        job = entry.job
        try:
            record = yield from runner.follow(job)
        except JobBusyError as busy:
            yield JobSkipped(job.ref, job.job_id or translate("resume", "(not created)"), busy.driver)
            outcomes.append(ResumeOutcome(runner.journal.job(job.ref), driver=busy.driver))
            continue
        except Cancelled:
            raise
        except CsodError as exc:
            outcomes.append(ResumeOutcome(runner.journal.job(job.ref), exc))
            continue
        outcomes.append(ResumeOutcome(record))
    return outcomes
