"""A thin Qt worker: runs one job (a generator or a plain call) on its own QThread and forwards its events.

The jobs themselves live in the layers below (services, core) and know nothing of Qt, like napari's
generator workers: a job is a callable taking a :class:`JobControl`; it either returns a value or is a
generator that yields progress (a float 0..1, a ``(fraction, text)`` pair, or any object, forwarded as
``yielded``) and returns its result. Cancelling sets a flag the job polls (``control.is_cancelled()``);
generator jobs are also closed at their next ``yield``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from csod_desktop.errors import Cancelled, CsodError
from csod_desktop.i18n import translate

log = logging.getLogger(__name__)

#: Progress signals are coalesced to at most one per interval: a reader calling back for every chunk of a
#: million-row file must not flood the GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


@dataclass
class JobControl:
    """What a job gets from its worker: a cancel flag to poll and a progress callback."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[float, str], None] = lambda fraction, text: None

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, fraction: float, text: str = "") -> None:
        """Report progress from 0.0 to 1.0 (negative: unknown)."""
        self._report(float(fraction), text)

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()


class UnexpectedError(CsodError):
    """A programming error inside csod-desktop, shown as a sentence while the traceback goes to the log."""


Job = Callable[[JobControl], Any]


class _JobThread(QThread):
    """The QThread that executes one job; all state lives on its :class:`Worker`."""

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:  # noqa: D401 - Qt override
        self._worker._execute()


class Worker(QObject):
    """Runs ``job`` off the GUI thread. Outcome signals are emitted on the GUI thread after the thread ends.

    Signals, in order: any number of ``progress``/``yielded``; then exactly one of ``succeeded``,
    ``failed`` (a :class:`CsodError`) or ``cancelled``; then ``finished``.
    """

    progress = Signal(float, str)
    yielded = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job, *, name: str = "job", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._job = job
        self._control = JobControl(_report=self._report_progress)
        self._last_progress = 0.0
        self._result: Any = None
        self._error: CsodError | None = None
        self._was_cancelled = False
        self._thread = _JobThread(self)
        self._thread.setObjectName(f"csod-worker-{name}")
        self._thread.finished.connect(self._on_thread_finished)

    # -- GUI-thread API -----------------------------------------------------------------------------
    def start(self) -> Worker:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._control._cancel.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 10_000) -> bool:
        return self._thread.wait(msecs)

    # -- worker thread ------------------------------------------------------------------------------
    def _report_progress(self, fraction: float, text: str) -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self.progress.emit(fraction, text)

    def _forward(self, item: Any) -> None:
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            self._report_progress(float(item), "")
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], (int, float)):
            self._report_progress(float(item[0]), str(item[1]))
        else:
            self.yielded.emit(item)

    def _execute(self) -> None:
        try:
            outcome = self._job(self._control)
            if isinstance(outcome, Generator):
                outcome = self._pump(outcome)
            if self._control.is_cancelled():
                self._was_cancelled = True
            else:
                self._result = outcome
        except Cancelled:
            self._was_cancelled = True
        except CsodError as err:
            self._error = err
        except Exception as exc:  # noqa: BLE001 - the edge where bugs become a sentence, never a traceback
            log.exception("worker %s failed", self.name)
            # The job's name and the exception's class stay as written: support reads them in the log.
            self._error = UnexpectedError(
                translate("Worker", "Something went wrong inside csod-desktop while working on '{job}' ({kind}).")
                .format(job=self.name, kind=type(exc).__name__),
                hint=translate("Worker", "Try again; if it happens again, send the log file from the logs folder to "
                                         "support."),
            )

    def _pump(self, gen: Generator[Any, None, Any]) -> Any:
        try:
            while True:
                if self._control.is_cancelled():
                    gen.close()
                    raise Cancelled()
                try:
                    item = next(gen)
                except StopIteration as stop:
                    return stop.value
                self._forward(item)
        finally:
            gen.close()

    def _on_thread_finished(self) -> None:
        self._thread.wait()
        if self._was_cancelled:
            self.cancelled.emit()
        elif self._error is not None:
            self.failed.emit(self._error)
        else:
            self.succeeded.emit(self._result)
        self.finished.emit()
