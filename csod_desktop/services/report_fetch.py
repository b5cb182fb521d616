"""A finished job's reports: fetched when worth it, a late one waited for, what could not be saved remembered.

Right after an import completes, ``/report`` can answer 404 for a while (bulk-api-facts.md, "Capacity and
data limits", [seen]). The client retries that a few times itself (``api.RetryPolicy.report_not_ready_*``,
about a minute); past that the runner asks again after growing pauses (``PollPolicy.report_pause``: 15 s,
30 s, then every minute) until ``PollPolicy.report_wait`` seconds (5 minutes by default) have passed
since it began fetching the job's reports. Every attempt goes through the governor's reports bucket (10
calls a minute for /report, /errors and /warnings together), and a 404 spends no download.

Each outcome is in the journal (``Journal.set_report_state``, written by the report service): a report
not saved is owed, and ``resume`` or ``report`` fetches it later; one the portal no longer serves (410:
expired, or its five downloads spent) says so.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import timedelta
from typing import TYPE_CHECKING

from csod_desktop.errors import ApiError, CsodError, NotFoundError
from csod_desktop.i18n import translate
from csod_desktop.services.events import ReportReady, ReportSkipped, ReportWaiting, RunEvent
from csod_desktop.services.reports import STATE_TEXT, failure_state
from csod_desktop.store.records import REPORT_EXHAUSTED, REPORT_EXPIRED, REPORT_NOT_NEEDED, REPORT_NOT_READY, utcnow

if TYPE_CHECKING:
    from csod_desktop.services.loads import LoadRunner
    from csod_desktop.store.journal import JobRecord

#: Report states no later attempt can change (the portal answered 410).
GONE_STATES = (REPORT_EXHAUSTED, REPORT_EXPIRED)


def fetch_job_reports(runner: LoadRunner, job: JobRecord) -> Generator[RunEvent, None, None]:
    """Each finished import's report when it has errors or warnings (a clean one costs nothing)."""
    reports, journal, policy = runner.reports, runner.journal, runner.poll_policy
    assert reports is not None
    wanted = []
    for imp in job.imports:
        if not imp.import_id or not imp.finished:
            continue
        if not imp.has_problems:
            if imp.report_state is None:
                journal.set_report_state(imp.import_id, REPORT_NOT_NEEDED)
            yield ReportSkipped(job.ref, imp.import_id, nothing_to_report(), clean=True, state=REPORT_NOT_NEEDED)
            continue
        if imp.report_state in GONE_STATES:  # asking again cannot get it: say so, spend nothing
            yield ReportSkipped(job.ref, imp.import_id, imp.report_note or STATE_TEXT[imp.report_state],
                                clean=False, state=imp.report_state)
            continue
        wanted.append(imp.import_id)
    journal.reports_pending(job.ref, wanted)  # a crash from here on leaves them owed, for resume
    started = runner.clock()
    deadline = started + policy.report_wait
    for import_id in wanted:
        attempt = 0
        while True:
            runner.check_cancel(job.ref)
            try:
                result = reports.fetch(import_id)
            except NotFoundError:
                attempt += 1
                left = deadline - runner.clock()
                if left <= 0:
                    yield ReportSkipped(job.ref, import_id, _not_ready(runner.clock() - started), clean=False,
                                        state=REPORT_NOT_READY)
                    break
                pause = min(policy.report_pause(attempt), left)
                yield ReportWaiting(job.ref, import_id, utcnow() + timedelta(seconds=pause), attempt)
                runner.pause(job.ref, pause)
                continue
            except (CsodError, ApiError) as exc:
                yield ReportSkipped(job.ref, import_id, str(exc), clean=False, state=failure_state(exc))
                break
            yield ReportReady(job.ref, import_id, result)
            break


def nothing_to_report() -> str:
    """Why a clean import's report is not downloaded."""
    return translate("report fetch", "No errors or warnings: no report download spent.")


def _not_ready(spent: float) -> str:
    """A report still not ready when the wait is over, and how long it was asked for."""
    if spent >= 120:
        text = translate("report fetch", "The portal has not made the report available yet after {minutes} minutes "
                                         "of asking (it still answered 404); it was not saved and is fetched later.")
    elif spent >= 1:
        text = translate("report fetch", "The portal has not made the report available yet after {seconds} s of "
                                         "asking (it still answered 404); it was not saved and is fetched later.")
    else:
        text = translate("report fetch", "The portal has not made the report available yet (it still answered "
                                         "404); it was not saved and is fetched later.")
    return text.format(minutes=round(spent / 60), seconds=round(spent))
