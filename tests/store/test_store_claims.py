"""One driver per job: a claim held by a live process (a real child process) is refused; a gone one is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest

from csod_desktop.store import claims
from csod_desktop.store.journal import SENDING, ClaimLostError, JobBusyError, Journal, NewImport
from csod_desktop.store.records import _iso, utcnow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from csod_desktop.store.journal import Journal
    journal = Journal()
    claim = journal.claim_job(int(sys.argv[1]), heartbeat=0.2)
    claim.start()
    print("CLAIMED", claim.token, flush=True)
    time.sleep(600)  # driving the job, until the test kills this process
    """
)


def _job(journal: Journal):
    job = journal.begin_job("A", "https://acme.csod.com", "nightly", [NewImport("chr.employee", record_count=3)])
    return journal.job_created(job.ref, "job-1", ["imp-1"])


def _hold(job_ref: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(job_ref)], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    line = proc.stdout.readline().split()
    assert line and line[0] == "CLAIMED", "the child could not claim the job"
    return proc, line[1]


def test_a_job_driven_by_a_live_process_is_refused_and_taken_over_once_it_is_killed():
    with Journal() as journal:
        job = _job(journal)
        holder, token = _hold(job.ref)
        try:
            driver = journal.driver(job.ref)
            assert driver is not None and driver.pid == holder.pid and driver.here
            assert driver.text == f"being run by another csod-desktop (pid {holder.pid})"
            with pytest.raises(JobBusyError, match=f"pid {holder.pid}") as refused:
                journal.claim_job(job.ref)
            assert refused.value.driver.pid == holder.pid
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait(10)  # reaped: not even a zombie is left
            holder.stdout.close()
        assert journal.driver(job.ref) is None  # its process is gone: nobody drives the job
        with journal.claim_job(job.ref) as claim:
            assert journal.driver(job.ref).token == claim.token
            # The killed driver's token no longer marks anything as sending: it is fenced off.
            with pytest.raises(ClaimLostError, match="no longer drives job job-1"):
                journal.import_sending(job.imports[0].ref, claim_token=token)
            assert journal.job(job.ref).imports[0].post_state == "pending"
            journal.import_sending(job.imports[0].ref, claim_token=claim.token)
            assert journal.job(job.ref).imports[0].post_state == SENDING
        assert journal.driver(job.ref) is None  # released at the end of the with block


def test_a_claim_taken_over_is_lost_to_its_old_holder():
    with Journal() as journal:
        job = _job(journal)
        first = journal.claim_job(job.ref)
        # The row now names another host whose heartbeat stopped two minutes ago (the only way a live
        # driver is ever judged gone: elsewhere, past the lease).
        journal.query("UPDATE job_claims SET host='elsewhere', heartbeat_at=? WHERE job_ref=?",
                      (_iso(journal.clock() - timedelta(seconds=claims.LEASE_SECONDS + 60)), job.ref))
        second = journal.claim_job(job.ref)
        assert not first.renew() and first.lost
        assert second.renew() and not second.lost
        first.release()  # releasing a lost claim leaves the new holder's in place
        assert journal.driver(job.ref).token == second.token
        second.release()


def test_a_driver_elsewhere_lives_as_long_as_its_heartbeat():
    now = utcnow()
    elsewhere = claims.Driver(1, "t", 4242, "another-host", None, now, now)
    assert elsewhere.alive(now + timedelta(seconds=claims.LEASE_SECONDS - 1))
    assert not elsewhere.alive(now + timedelta(seconds=claims.LEASE_SECONDS + 1))
    assert elsewhere.text == "being run by another csod-desktop (pid 4242 on another-host)"


def test_a_reused_pid_is_not_taken_for_the_driver():
    now = utcnow()
    me = os.getpid()
    started = claims.process_start(me)
    if started is None:
        pytest.skip("this OS does not tell when a process started")
    assert claims.Driver(1, "t", me, claims.this_host(), started, now, now).alive(now + timedelta(days=1))
    # The same pid with another start time is another program: the driver is gone, however fresh.
    assert not claims.Driver(1, "t", me, claims.this_host(), started + "0", now, now).alive(now)


def test_a_new_job_is_claimed_in_the_transaction_that_writes_it():
    with Journal() as journal:
        token = claims.new_token()
        job = journal.begin_job("A", "r", "j", [NewImport("chr.employee")], claim_token=token)
        assert journal.driver(job.ref).token == token
        with pytest.raises(JobBusyError, match="already being run by this csod-desktop"):
            journal.claim_job(job.ref)
