"""Running a load: create the job, post each import's data, follow the status, fetch the reports worth it.

Written as generators that yield progress events (dataclasses) and check a cancel flag, so a thin Qt
worker or the command line pumps them (like napari's generator workers). Every step is written to the
journal before it is taken: the job before POST /jobs, each import before its data POST, so a run that
dies anywhere can be resumed (``services.resume``) without sending anything twice.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from csod_desktop.api import ImportSpec
from csod_desktop.api.governor import ANNOUNCE_AFTER
from csod_desktop.errors import (
    AuthenticationError,
    Cancelled,
    CsodError,
    InputFileError,
    NetworkError,
    PermissionDeniedError,
    ServerError,
    SignInError,
    ThrottledError,
)
from csod_desktop.services.events import (
    ImportPosted,
    JobCreated,
    JobFinished,
    JobRecorded,
    RateLimited,
    RunEvent,
    StatusChecked,
    StatusProblem,
    UploadProgress,
    Waiting,
)
from csod_desktop.services import report_fetch
from csod_desktop.services.polling import PollPolicy
from csod_desktop.services.prepared import PreparedImport, ordered
from csod_desktop.store import claims
from csod_desktop.store.journal import (
    CREATING,
    PENDING,
    SENT,
    Claim,
    ClaimLostError,
    ImportRecord,
    Journal,
    JobRecord,
    NewImport,
    utcnow,
)
from csod_desktop.i18n import translate

if TYPE_CHECKING:
    from csod_desktop.api import BulkApiClient, JobStatus
    from csod_desktop.services.reports import ReportService
    from csod_desktop.store.profiles import Profile

log = logging.getLogger(__name__)
T = TypeVar("T")


def pump(steps: Generator[Any, None, T], on_event: Callable[[Any], None] | None = None) -> T:
    """Drive a generator of steps to its end and return its result (the command line and tests)."""
    while True:
        try:
            event = next(steps)
        except StopIteration as stop:
            return stop.value
        if on_event is not None:
            on_event(event)


class LoadRunner:
    """Runs jobs on one portal through ``client``, recording every step in ``journal``."""

    def __init__(
        self,
        client: BulkApiClient,
        journal: Journal,
        reports: ReportService | None = None,
        *,
        profile: Profile | None = None,
        profile_name: str | None = None,
        poll: PollPolicy | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        fetch_reports: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        heartbeat: float = claims.HEARTBEAT_SECONDS,
    ) -> None:
        self.client = client
        self.journal = journal
        self.reports = reports
        self.profile = profile
        self.profile_name = profile_name or (profile.name if profile else "")
        self.poll_policy = poll or PollPolicy()
        self.is_cancelled = is_cancelled or (lambda: False)
        self.fetch_reports = fetch_reports
        self._clock = clock
        self._sleep = sleep
        self.heartbeat = heartbeat
        self._claims: dict[int, Claim] = {}  # job ref -> this runner's claim while it drives that job

    # ------------------------------------------------------------------------------------ the run

    def run(
        self,
        imports: Sequence[PreparedImport],
        label: str = "",
        *,
        callback: str | None = None,
        wait: bool = True,
        reorder: bool = True,
    ) -> Generator[RunEvent, None, JobRecord]:
        """Create the job, post every payload, then (``wait``) follow it to the end and fetch reports."""
        items = ordered(imports) if reorder else list(imports)
        self._check_cancel(None)
        for item in items:
            if not Path(item.payload).is_file():
                raise InputFileError(translate("loads", "The payload file {payload} is missing.").format(payload=item.payload), hint=translate("loads", "Prepare the load again."))
        new_imports = []
        for index, item in enumerate(items):
            # A private copy in the cache: a resumed run re-sends exactly these bytes, even if the
            # original payload file was a temporary one.
            copy, sha, size = self.journal.keep_payload_copy(Path(item.payload), f"{index:02d}-{item.load_type}")
            new_imports.append(
                NewImport(
                    load_type=item.load_type, label=item.label, settings=dict(item.settings),
                    record_count=item.record_count, source_name=item.source_name,
                    source_sha256=item.source_sha256, payload_path=copy, payload_sha256=sha, payload_size=size,
                    content_type=item.content_type, content_encoding=item.content_encoding,
                    mapping=item.mapping, type_id=None if item.type_id is None else str(item.type_id),
                    source_path=item.source_path,
                )
            )
        # Claimed in the same transaction that writes it: no other process (a `resume`, a second window)
        # ever sees this job without its driver (store.claims).
        token = claims.new_token()
        job = self.journal.begin_job(
            self.profile_name, self.client.root_url, label, new_imports, callback_url=callback, claim_token=token
        )
        with self._driving(Claim(self.journal, job.ref, token, heartbeat=self.heartbeat)):
            yield JobRecorded(job.ref, label, len(items))
            job = self._create(job, items, label, callback)
            yield JobCreated(job.ref, job.job_id or "", tuple(i.import_id or "" for i in job.imports))
            job = yield from self.post_pending(job)
            if not wait:
                return job
            return (yield from self._follow(job))

    @contextlib.contextmanager
    def _driving(self, claim: Claim) -> Iterator[Claim]:
        """Hold ``claim`` (its heartbeat renewed in the background) while this runner drives its job."""
        self._claims[claim.job_ref] = claim
        try:
            with claim:
                yield claim
        finally:
            self._claims.pop(claim.job_ref, None)

    def _create(
        self, job: JobRecord, items: Sequence[PreparedImport], label: str, callback: str | None
    ) -> JobRecord:
        specs = [
            ImportSpec(type=i.load_type, label=i.label or None, settings=dict(i.settings), type_id=i.type_id)
            for i in items
        ]
        try:
            created = self.client.create_job(label or None, specs, callback)
        except CsodError as exc:
            # Refused (or lost before an answer): no data was sent, an empty job uses no capacity
            # (bulk-api-quick-start.txt Step 4), so there is nothing to resume.
            self.journal.job_failed(job.ref, str(exc))
            self._discard_payloads(job)
            raise
        return self.journal.job_created(job.ref, created.job_id, [c.import_id for c in created.imports])

    def _discard_payloads(self, job: JobRecord) -> None:
        for imp in self.journal.job(job.ref).imports:
            self.journal.cache.remove(imp.payload_path)

    # ------------------------------------------------------------------------------- posting data

    def post_pending(self, job: JobRecord) -> Generator[RunEvent, None, JobRecord]:
        """Post every import whose data the portal has not received, never twice.

        An import marked ``sending`` (the process died mid-POST) or ``send_failed`` is first looked up in
        the job status; it is sent again only if the portal does not have it.
        """
        pending = [imp for imp in job.imports if imp.post_state != SENT]
        status: JobStatus | None = None
        for index, imp in enumerate(job.imports):
            if imp.post_state == SENT:
                continue
            self._check_cancel(job)
            if imp.post_state != PENDING:
                if status is None:
                    status = self.client.job_status(job.job_id or "")
                item = status.get(imp.import_id or "")
                if item is not None and item.received:
                    self.journal.import_sent(imp.ref)
                    yield ImportPosted(job.ref, imp.import_id or "", index, len(job.imports), confirmed_by_status=True)
                    continue
            yield from self._post_one(job, imp, index)
        return self.journal.job(job.ref) if pending else job

    def _post_one(self, job: JobRecord, imp: ImportRecord, index: int) -> Generator[RunEvent, None, None]:
        path = imp.payload_path
        if path is None or not path.is_file():
            raise InputFileError(
                translate("loads", "The data of import {import_id} is no longer on this computer, so it cannot "
                                   "be sent.").format(import_id=imp.import_id),
                hint=translate("loads", "Load the file again as a new job."),
            )
        claim = self._claims.get(job.ref)
        # Recorded BEFORE the POST, and only while this runner still drives the job (ClaimLostError).
        self.journal.import_sending(imp.ref, claim_token=claim.token if claim is not None else None)
        events: queue.SimpleQueue[tuple[int, int] | None] = queue.SimpleQueue()
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["answer"] = self.client.post_import(
                    imp.import_id or "", path, job_id=job.job_id or "", content_type=imp.content_type,
                    content_encoding=imp.content_encoding, progress=lambda sent, total: events.put((sent, total)),
                )
            except BaseException as exc:  # noqa: BLE001 - handed to the generator's thread below
                outcome["error"] = exc
            finally:
                events.put(None)

        # The upload runs on a helper thread so this generator can yield its progress as it happens.
        # Cancelling does not cut an upload short (that would leave it ambiguous): it stops after it.
        worker = threading.Thread(target=work, name=f"upload-{imp.import_id}", daemon=True)
        worker.start()
        last: tuple[int, int] | None = None
        while True:
            item = events.get()
            if item is None:
                break
            while True:  # coalesce a burst of chunks into one event
                try:
                    nxt = events.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    events.put(None)
                    break
                item = nxt
            if item != last:
                last = item
                yield UploadProgress(job.ref, imp.import_id or "", index, len(job.imports), item[0], item[1])
        worker.join()
        if "error" in outcome:
            self.journal.import_send_failed(imp.ref)
            raise outcome["error"]
        self.journal.import_sent(imp.ref)
        confirmed = (outcome.get("answer") or {}).get("confirmed_by") == "job_status"
        yield ImportPosted(job.ref, imp.import_id or "", index, len(job.imports), confirmed_by_status=confirmed)

    # ------------------------------------------------------------------------------ following a job

    def follow(self, job: JobRecord | int) -> Generator[RunEvent, None, JobRecord]:
        """Post what is left, poll until every import is done, fetch the reports worth fetching.

        The job is claimed first: JobBusyError when another live process drives it (it is left to that
        process); a gone driver's job is taken over (``store.claims``).
        """
        ref = job if isinstance(job, int) else job.ref
        if ref in self._claims:  # this runner drives it already (``run`` → ``follow``)
            return (yield from self._follow(self.journal.job(ref)))
        with self._driving(self.journal.claim_job(ref, heartbeat=self.heartbeat)):
            return (yield from self._follow(self.journal.job(ref)))

    def _follow(self, job: JobRecord) -> Generator[RunEvent, None, JobRecord]:
        job = self.journal.job(job.ref)
        if job.state == CREATING:
            # The process stopped during POST /jobs: the job id never reached us and no data was sent.
            self.journal.abandon(
                job.ref,
                "The app stopped while creating this job, before any data was sent; nothing was loaded.",
            )
            self._discard_payloads(job)
            job = self.journal.job(job.ref)
            yield JobFinished(job.ref, job)
            return job
        if not job.finished:
            job = yield from self.post_pending(job)
            yield from self.poll(job.job_id or "", job_ref=job.ref)
            job = self.journal.job(job.ref)
        if self.fetch_reports and self.reports is not None:
            yield from self.fetch_job_reports(job)
        job = self.journal.job(job.ref)
        yield JobFinished(job.ref, job)
        return job

    def poll(self, job_id: str, *, job_ref: int | None = None) -> Generator[RunEvent, None, JobStatus]:
        """Ask for the status until every import is finished; snapshots go to the journal (``job_ref``)."""
        policy = self.poll_policy
        started = self._clock()
        delay = policy.first_check
        interval = policy.interval
        failures = 0
        checks = 0
        previous: tuple[Any, ...] | None = None
        ref = job_ref or 0
        while True:
            yield from self._wait(ref, job_id, delay)
            try:
                status = self.client.job_status(job_id)
            except (AuthenticationError, PermissionDeniedError):
                raise
            except (NetworkError, ServerError, ThrottledError, SignInError) as exc:
                if isinstance(exc, SignInError) and not exc.temporary:
                    raise
                failures += 1
                if failures >= policy.max_failures:
                    raise
                delay = min(policy.maximum, max(interval, policy.interval) * (2 ** failures))
                yield StatusProblem(ref, job_id, str(exc), failures)
                continue
            failures = 0
            checks += 1
            if job_ref is not None:
                self.journal.record_status(job_ref, status.imports, status.raw)
            finished = status.finished
            yield StatusChecked(ref, job_id, tuple(status.imports), finished, checks)
            if finished:
                return status
            signature = tuple(
                (i.import_id, i.status, i.total_records, i.successful_records, i.error_records)
                for i in status.imports
            )
            # Adaptive: keep the pace while things move, slow down while they do not, and settle at the
            # maximum on a long job.
            interval = policy.interval if signature != previous else min(policy.maximum, interval * policy.growth)
            if self._clock() - started > policy.long_job_after:
                interval = policy.maximum
            previous = signature
            delay = interval

    def _wait(self, job_ref: int, job_id: str, seconds: float) -> Generator[RunEvent, None, None]:
        """Sleep until the next check (never before the governor allows one), in ticks that can be cancelled.

        A wait the budget makes longer than the pace asked for says so (:class:`RateLimited`).
        """
        governor_delay = 0.0
        try:
            governor_delay = float(self.client.next_status_check_in())
        except AttributeError:
            pass
        if governor_delay > seconds and governor_delay >= ANNOUNCE_AFTER:
            yield RateLimited(job_ref, job_id, governor_delay)
        seconds = max(seconds, governor_delay)
        deadline = self._clock() + seconds
        next_at = utcnow() + timedelta(seconds=seconds)
        while True:
            self._check_cancel_ref(job_ref)
            left = deadline - self._clock()
            if left <= 0:
                return
            yield Waiting(job_ref, job_id, next_at, left)
            self._sleep(min(self.poll_policy.tick, left))

    # ------------------------------------------------------------------------------------- reports

    def fetch_job_reports(self, job: JobRecord) -> Generator[RunEvent, None, None]:
        """Fetch each finished import's report worth it, waiting for a late one (``services.report_fetch``)."""
        yield from report_fetch.fetch_job_reports(self, job)

    # --------------------------------------------------------------------------------------- cancel

    def _check_cancel(self, job: JobRecord | None) -> None:
        self._check_cancel_ref(job.ref if job else 0)

    def check_cancel(self, job_ref: int) -> None:
        """Raise Cancelled when the user asked to stop, ClaimLostError when another process took the job over."""
        self._check_cancel_ref(job_ref)

    def clock(self) -> float:
        return self._clock()

    def pause(self, job_ref: int, seconds: float) -> None:
        """Sleep ``seconds`` in ticks, stopping at once on cancel."""
        deadline = self._clock() + seconds
        while True:
            self._check_cancel_ref(job_ref)
            left = deadline - self._clock()
            if left <= 0:
                return
            self._sleep(min(self.poll_policy.tick, left))

    def _check_cancel_ref(self, job_ref: int) -> None:
        claim = self._claims.get(job_ref)
        if claim is not None and claim.lost:
            raise ClaimLostError(
                translate("loads", "This run no longer drives job #{job_ref}: another csod-desktop took it over.").format(job_ref=job_ref),
                hint=translate("loads", "That process finishes the job; nothing was sent twice."),
            )
        if self.is_cancelled():
            hint = (translate("loads", "The job stays in the journal: reopen the app or run 'csod-desktop resume' "
                                       "to finish it.") if job_ref else "")
            raise Cancelled(hint=hint)


def wait_for_job(ctx: Any, job_id: str, *, poll: PollPolicy | None = None) -> JobStatus:
    """Poll one job to its end (``csod-desktop status --wait``); recorded when the journal knows it."""
    runner = LoadRunner(ctx.client, ctx.journal, ctx.reports, profile=ctx.profile, poll=poll, fetch_reports=False)
    known = ctx.journal.find_job(job_id)
    return pump(runner.poll(job_id, job_ref=known.ref if known else None))


def elapsed(job: JobRecord, now: datetime | None = None) -> timedelta:
    """Time since the job was written to the journal (the status panel's "elapsed")."""
    return ((job.finished_at or now or utcnow()) - job.created_at)
