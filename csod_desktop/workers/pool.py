"""Keeps the running workers of one window alive, and stops them all when the window closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from csod_desktop.workers.job import Job, Worker


class WorkerPool(QObject):
    """Starts workers, holds a reference until each has finished, and can cancel and join them all."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[int, Worker] = {}

    def start(
        self,
        job: Job,
        *,
        name: str,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[Any], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_yield: Callable[[Any], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_finish: Callable[[], None] | None = None,
    ) -> Worker:
        worker = Worker(job, name=name)
        if on_success:
            worker.succeeded.connect(on_success)
        if on_error:
            worker.failed.connect(on_error)
        if on_progress:
            worker.progress.connect(on_progress)
        if on_yield:
            worker.yielded.connect(on_yield)
        if on_cancel:
            worker.cancelled.connect(on_cancel)
        if on_finish:
            worker.finished.connect(on_finish)
        worker.finished.connect(lambda w=worker: self._forget(w))
        was_idle = not self._running
        self._running[id(worker)] = worker
        worker.start()
        if was_idle:
            self.busy_changed.emit(True)
        return worker

    def _forget(self, worker: Worker) -> None:
        self._running.pop(id(worker), None)
        worker.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def running(self) -> list[Worker]:
        return list(self._running.values())

    def shutdown(self, msecs: int = 10_000) -> None:
        """Cancel every worker and wait for their threads (called when the window closes)."""
        for worker in list(self._running.values()):
            worker.cancel()
        for worker in list(self._running.values()):
            worker.wait(msecs)
