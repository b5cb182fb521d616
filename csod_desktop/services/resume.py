"""Resuming: the jobs a previous run left unfinished, followed to their result by a new process."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from csod_desktop.errors import Cancelled, CsodError
from csod_desktop.services.events import RunEvent
from csod_desktop.services.loads import LoadRunner
from csod_desktop.store.journal import Journal, JobRecord
from csod_desktop.store.profiles import AD_HOC_PROFILE_NAME, Profile


@dataclass(frozen=True)
class ResumeOutcome:
    """One resumed job: its journal record after the attempt, and the error that stopped it, if any."""

    job: JobRecord
    error: CsodError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


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


def resume_job(runner: LoadRunner, job: JobRecord | int) -> Generator[RunEvent, None, JobRecord]:
    """Post what the portal has not received (never twice), poll to the end, fetch the reports worth it."""
    return (yield from runner.follow(job))


def resume_all(runner: LoadRunner) -> Generator[RunEvent, None, list[ResumeOutcome]]:
    """Resume every unfinished job of the runner's portal, one after another.

    A job that fails (the portal refused, the network is down) is reported in its outcome and the next
    one is tried; Ctrl-C / cancel stops everything (the jobs stay in the journal).
    """
    outcomes: list[ResumeOutcome] = []
    profile = runner.profile
    pending = (unfinished_for(runner.journal, profile) if profile is not None
               else unfinished_jobs(runner.journal, root_url=runner.client.root_url))
    for job in pending:
        try:
            record = yield from runner.follow(job)
        except Cancelled:
            raise
        except CsodError as exc:
            outcomes.append(ResumeOutcome(runner.journal.job(job.ref), exc))
            continue
        outcomes.append(ResumeOutcome(record))
    return outcomes
