"""The thin worker: generator and plain jobs off the GUI thread, progress, errors as sentences, cancel."""

from __future__ import annotations

import threading
import time

import pytest

from csod_desktop.errors import InputFileError
from csod_desktop.workers import UnexpectedError, Worker, WorkerPool

pytestmark = pytest.mark.gui


def test_generator_job_runs_off_the_gui_thread_and_reports_in_order(qtbot):
    main = threading.get_ident()
    seen: list[object] = []

    def job(control):
        assert threading.get_ident() != main
        yield 0.5
        yield "a check"
        return 42

    worker = Worker(job, name="gen")
    for signal in ("progress", "yielded", "succeeded", "finished"):
        getattr(worker, signal).connect(lambda *a, s=signal: seen.append((s, *a)))
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
    assert ("yielded", "a check") in seen
    assert seen[-2:] == [("succeeded", 42), ("finished",)]
    assert not worker.is_running()


def test_errors_become_sentences_and_bugs_never_show_a_traceback(qtbot):
    def bad_file(control):
        raise InputFileError("Line 3 has 4 fields where the header has 3.", line=3)

    def bug(control):
        raise ZeroDivisionError("boom")

    for job, kind in ((bad_file, InputFileError), (bug, UnexpectedError)):
        worker = Worker(job, name="job")
        with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
            worker.start()
        err = blocker.args[0]
        assert isinstance(err, kind)
        assert "Traceback" not in str(err) and str(err).endswith(".")
        worker.wait()


def test_cancel_stops_a_long_generator_job(qtbot):
    def slow(control):
        for i in range(1000):
            time.sleep(0.01)
            yield i / 1000

    pool = WorkerPool()
    cancelled = []
    worker = pool.start(slow, name="slow", on_cancel=lambda: cancelled.append(True))
    worker.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    qtbot.waitUntil(lambda: not pool.busy, timeout=5000)


def test_pool_shutdown_joins_running_workers(qtbot):
    def waits(control):
        while not control.is_cancelled():
            time.sleep(0.01)

    pool = WorkerPool()
    worker = pool.start(waits, name="waits")
    pool.shutdown()
    assert not worker.is_running()
    qtbot.waitUntil(lambda: not pool.busy, timeout=5000)
