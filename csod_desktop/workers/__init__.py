"""workers layer: thin Qt workers that pump the services' jobs off the GUI thread."""

from csod_desktop.workers.job import JobControl, UnexpectedError, Worker
from csod_desktop.workers.pool import WorkerPool

__all__ = ["JobControl", "UnexpectedError", "Worker", "WorkerPool"]
