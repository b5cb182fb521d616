"""One driver per job: the claim in the journal that says which process runs a job (pid, host, heartbeat).

A process claims a job before it acts on it (``Journal.begin_job(claim_token=...)`` for a new job, in the
same transaction; ``Journal.claim_job`` to resume one), renews the claim's heartbeat from a background
thread while it works, and releases it when it stops. Another process may take a job over only when its
driver is gone:

- on this computer, when the driver's process no longer runs (crashed, killed, the computer restarted), or
  its pid now belongs to another program (the process start time differs, where the OS tells it);
- where the process cannot be checked (another host sharing the folder, or an OS that does not say when a
  process started), when the heartbeat is older than the lease.

A process that is alive is never taken over on this computer, even when its heartbeat is late (it may be
suspended in the middle of an upload). The claim's token fences the data POST: a process whose claim was
taken over can no longer mark an import ``sending`` (``Journal.import_sending``), so it stops before
sending anything.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from csod_desktop.store.database import JournalError
from csod_desktop.store.records import _dt
from csod_desktop.i18n import translate

if TYPE_CHECKING:
    from csod_desktop.store.database import Database

log = logging.getLogger(__name__)

#: How often a held claim's heartbeat is renewed, and how old a heartbeat may get before a driver that
#: cannot be checked otherwise counts as gone.
HEARTBEAT_SECONDS = 10.0
LEASE_SECONDS = 60.0


class JobBusyError(JournalError):
    """Another live csod-desktop process drives this job: it is left to that process."""

    def __init__(self, driver: Driver, label: str) -> None:
        super().__init__(
            translate("errors", "Job {label} is {driver}; it is left to that process, so nothing is sent twice.")
            .format(label=label, driver=driver.text),
            hint=translate(
                "errors",
                "Wait for that run to finish. If it has stopped responding, close it; this job can "
                "then be resumed here."
            ),
        )
        self.driver = driver


class ClaimLostError(JournalError):
    """This process's claim on a job was taken over by another process: it stops before sending anything."""


# ------------------------------------------------------------------------------------- processes


def this_host() -> str:
    return socket.gethostname()


def _linux_stat(pid: int) -> tuple[str, str] | None:
    """(state, start time in clock ticks since boot) from ``/proc``; None when there is no such process."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    fields = text[text.rfind(")") + 2 :].split()
    return (fields[0], fields[19]) if len(fields) > 19 else None


def _has_proc() -> bool:
    return Path("/proc/self/stat").is_file()


def process_start(pid: int) -> str | None:
    """When ``pid`` started, as the OS tells it (Linux), so a pid reused by another program is told apart."""
    if not _has_proc():
        return None
    stat = _linux_stat(pid)
    return stat[1] if stat else None


def process_running(pid: int) -> bool:
    """Whether a process with this pid runs on this computer (a zombie, killed but not reaped, does not)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_running(pid)
    if _has_proc():
        stat = _linux_stat(pid)
        return stat is not None and stat[0] not in ("Z", "X")
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists (never on Windows: it would kill)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is another user's
    except OSError:
        return False
    return True


def _windows_running(pid: int) -> bool:
    import ctypes  # noqa: PLC0415 (Windows only)

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


# ----------------------------------------------------------------------------------------- drivers


@dataclass(frozen=True)
class Driver:
    """The process that holds a job's claim."""

    job_ref: int
    token: str
    pid: int
    host: str
    process_start: str | None
    claimed_at: datetime
    heartbeat_at: datetime

    @property
    def here(self) -> bool:
        return self.host == this_host()

    @property
    def text(self) -> str:
        """"being run by another csod-desktop (pid 4242)": how the CLI and the window name it."""
        if self.here and self.pid == os.getpid():
            return translate("history", "already being run by this csod-desktop (pid {pid})").format(pid=self.pid)
        if self.here:
            return translate("history", "being run by another csod-desktop (pid {pid})").format(pid=self.pid)
        return translate("history", "being run by another csod-desktop (pid {pid} on {host})").format(
            pid=self.pid, host=self.host)

    def alive(self, now: datetime, lease: float = LEASE_SECONDS) -> bool:
        """Whether the driver still runs (see the module docstring for the rule)."""
        fresh = (now - self.heartbeat_at).total_seconds() <= lease
        if not self.here:
            return fresh
        if not process_running(self.pid):
            return False
        started = process_start(self.pid)
        if started is not None and self.process_start is not None:
            return started == self.process_start  # the very process: alive, however late its heartbeat
        return fresh  # the pid runs, but whether it is still ours only the heartbeat can tell


def _driver(row: sqlite3.Row) -> Driver:
    return Driver(
        job_ref=row["job_ref"], token=row["token"], pid=row["pid"], host=row["host"],
        process_start=row["process_start"], claimed_at=_dt(row["claimed_at"]),  # type: ignore[arg-type]
        heartbeat_at=_dt(row["heartbeat_at"]),  # type: ignore[arg-type]
    )


def new_token() -> str:
    return uuid.uuid4().hex


def current(conn: sqlite3.Connection, job_ref: int) -> Driver | None:
    row = conn.execute("SELECT * FROM job_claims WHERE job_ref=?", (job_ref,)).fetchone()
    return _driver(row) if row is not None else None


def insert(conn: sqlite3.Connection, job_ref: int, token: str, now: str) -> None:
    """Write this process's claim (replacing a gone driver's) inside the caller's transaction."""
    pid = os.getpid()
    conn.execute(
        "INSERT INTO job_claims(job_ref, token, pid, host, process_start, claimed_at, heartbeat_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(job_ref) DO UPDATE SET token=excluded.token,"
        " pid=excluded.pid, host=excluded.host, process_start=excluded.process_start,"
        " claimed_at=excluded.claimed_at, heartbeat_at=excluded.heartbeat_at",
        (job_ref, token, pid, this_host(), process_start(pid), now, now),
    )


def check(conn: sqlite3.Connection, job_ref: int, token: str, label: str) -> None:
    """Inside the transaction that marks an import ``sending``: the claim must still be ours."""
    driver = current(conn, job_ref)
    if driver is None or driver.token != token:
        taker = (" " + translate("errors", "It is now {driver}.").format(driver=driver.text)) if driver is not None else ""
        raise ClaimLostError(
            translate(
                "errors",
                "This run no longer drives job {label}; its data was not sent from here.{taker}"
            ).format(label=label, taker=taker),
            hint=translate(
                "errors",
                "Another csod-desktop took the job over (this one had stopped responding): it "
                "finishes the job."
            ),
        )


class Claim:
    """This process's claim on one job: its heartbeat renewed in the background, released at the end.

    Use it as a context manager around the work (``with journal.claim_job(ref) as claim:``).
    """

    def __init__(self, database: Database, job_ref: int, token: str, *, heartbeat: float = HEARTBEAT_SECONDS) -> None:
        self.database = database
        self.job_ref = job_ref
        self.token = token
        self.heartbeat = heartbeat
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.lost = False

    def __enter__(self) -> Claim:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._beat, name=f"claim-{self.job_ref}", daemon=True)
            self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(self.heartbeat):
            try:
                if not self.renew():
                    log.warning("the claim on job #%s was taken over by another process", self.job_ref)
                    return
            except JournalError:  # busy: the next beat tries again, the lease is generous
                if self._stop.is_set() or self.database.closed:
                    return

    def renew(self) -> bool:
        """Move the heartbeat on; False (and ``lost``) when another process holds the claim now."""
        with self.database.transaction() as conn:
            cur = conn.execute(
                "UPDATE job_claims SET heartbeat_at=? WHERE job_ref=? AND token=?",
                (self.database.now(), self.job_ref, self.token),
            )
            held = cur.rowcount == 1
        self.lost = self.lost or not held
        return held

    def release(self) -> None:
        """Stop the heartbeat and remove the claim (only if it is still ours)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5.0)
        try:
            with self.database.transaction() as conn:
                conn.execute("DELETE FROM job_claims WHERE job_ref=? AND token=?", (self.job_ref, self.token))
        except JournalError:  # the journal is closed: a claim left behind is taken over (its process is gone)
            log.warning("the claim on job #%s could not be released", self.job_ref, exc_info=True)
