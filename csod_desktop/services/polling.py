"""When to ask the portal again: the pace of status checks, and how long a late report is waited for."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class PollPolicy:
    """How often to ask for a job's status.

    The status call shares a 5-per-minute bucket with schemas, specification and job creation
    (bulk-api-facts.md, "Endpoints, scopes and throttles"), so checks stay 15 s apart at least, grow while
    nothing changes, and settle at ``maximum`` for long jobs. The governor can only make them later.

    A finished import's report that still answers 404 after the client's own retries is asked for again
    after ``report_pause`` (doubling from ``report_first_retry`` to ``report_retry_max``) until
    ``report_wait`` seconds have passed since the job's reports were first asked for
    (``services.report_fetch``); then it is left owed for ``resume``.
    """

    first_check: float = 3.0
    interval: float = 15.0
    growth: float = 1.5
    maximum: float = 300.0
    long_job_after: float = 1800.0
    tick: float = 1.0  # a Waiting event this often: the "next check at" display and a prompt cancel
    max_failures: int = 5  # consecutive transient status failures before giving up (job stays resumable)
    report_wait: float = 300.0
    report_first_retry: float = 15.0
    report_retry_max: float = 60.0

    @classmethod
    def fast(cls) -> PollPolicy:
        """For tests against a relaxed sandbox."""
        return cls(first_check=0.0, interval=0.05, growth=1.0, maximum=0.2, long_job_after=60.0, tick=0.05,
                   report_wait=2.0, report_first_retry=0.1, report_retry_max=0.5)

    def report_pause(self, attempt: int) -> float:
        """The pause before asking again for a report that answered 404 ``attempt`` times."""
        return min(self.report_retry_max, self.report_first_retry * 2 ** max(0, attempt - 1))

    def with_report_wait(self, seconds: float) -> PollPolicy:
        """This policy waiting ``seconds`` for late reports, its pauses shortened to fit a short wait."""
        first = min(self.report_first_retry, max(0.1, seconds / 10))
        return dataclasses.replace(self, report_wait=seconds, report_first_retry=first,
                                   report_retry_max=max(first, min(self.report_retry_max, seconds / 4)))
