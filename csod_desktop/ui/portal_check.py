"""The connected portal's own data for the window: the snapshot read in a worker, and what Review says with it.

A model in napari's sense (the portal panel and the ReconcileUsers confirmation are its views): after
connecting it reads the snapshot (``services.portal_data``: the stored one while fresh), gives it to the
plan being prepared with the ids the job's other imports provide, compares the checked file with it
(``LoadPlan.portal_reviewer``, off the GUI thread) and reads it again after a load.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

import polars as pl
from PySide6.QtCore import QObject, Signal

from csod_desktop import facts
from csod_desktop.api.portal_snapshot import SnapshotProgress
from csod_desktop.core.portal import JobIds, PortalSnapshot
from csod_desktop.core.portal_review import PortalReview
from csod_desktop.core.reconcile import ReconcilePreview, reconcile_preview
from csod_desktop.i18n import translate
from csod_desktop.services.portal_data import read_failed
from csod_desktop.workers import WorkerPool

log = logging.getLogger(__name__)


def stopped() -> str:
    """The sentence when the administrator stopped the first reading: the checks are those of the file alone."""
    return translate("PortalCheck", "Checks against your portal's data are off: you stopped reading the portal's "
                     "employees and OUs.")


#: Plan events after which what Review says against the portal is worked out again.
REVIEW_ON = frozenset({"validation", "exclusions"})


class PortalCheck(QObject):
    """The snapshot of the connected portal, its reading, and the current plan's review against it."""

    #: The snapshot, its reading (progress, failure) or the review changed: views render again.
    changed = Signal()

    def __init__(self, state: Any, pool: WorkerPool, *, job_imports: Callable[[], list[Any]] = list,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state, self.pool = state, pool
        self.job_imports = job_imports  # the imports already in the next job (the Run step's)
        self.snapshot: PortalSnapshot | None = None
        self.failure: str | None = None  # the one sentence when the snapshot could not be read at all
        self.refresh_error: str | None = None  # a reading again that failed (the older snapshot still serves)
        self.progress_text = ""
        self.fraction: float | None = None
        self.review: PortalReview | None = None  # the current plan's, for its last check
        self._reader: Any = None  # the worker reading the snapshot
        self._read_token = 0  # which reading counts: one started for an earlier connection does not
        self._review_token = 0
        # Prepared imports by payload path: (plan, type key, records sent), for the job's other imports'
        # ids and the ReconcileUsers preview at the Run step.
        self._sent: dict[str, tuple[weakref.ref, str, pl.DataFrame]] = {}
        state.connection_changed.connect(self._on_state_connection_changed)
        state.plan_changed.connect(self._on_state_plan_changed)
        state.plan_updated.connect(self._on_state_plan_updated)

    # -- reading the snapshot ---------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        return self._reader is not None

    @property
    def portal_data(self) -> Any:
        context = self.state.context
        return None if context is None else context.portal_data

    def is_fresh(self) -> bool:
        data = self.portal_data
        return data is not None and data.is_fresh(self.snapshot)

    def fetch(self, *, refresh: bool = False) -> None:
        """Read the snapshot in a worker (the stored one while fresh, unless ``refresh``); one at a time."""
        data = self.portal_data
        if data is None or self._reader is not None:
            return
        self.failure = None
        self.progress_text = translate("PortalCheck", "Reading the portal's employees and OUs")
        self.fraction = None
        self._read_token += 1
        token = self._read_token
        self._reader = self.pool.start(
            lambda control: data.current(refresh=refresh, is_cancelled=control.is_cancelled),
            name="portal data",
            on_yield=lambda item, t=token: self._on_reader_yielded(t, item),
            on_success=lambda snap, t=token: self._on_reader_read(t, snap),
            on_error=lambda err, t=token: self._on_reader_failed(t, read_failed(err)),
            on_cancel=lambda t=token: self._on_reader_failed(t, stopped()),
            on_finish=lambda t=token: self._on_reader_finished(t),
        )
        self.changed.emit()

    def cancel(self) -> None:
        if self._reader is not None:
            self._reader.cancel()

    def _on_reader_yielded(self, token: int, item: Any) -> None:
        if token == self._read_token and isinstance(item, SnapshotProgress):
            self.progress_text, self.fraction = item.text, item.fraction
            self.changed.emit()

    def _on_reader_read(self, token: int, snapshot: PortalSnapshot) -> None:
        if token == self._read_token:
            self.snapshot, self.failure, self.refresh_error = snapshot, None, None

    def _on_reader_failed(self, token: int, sentence: str) -> None:
        if token != self._read_token:
            return
        if self.snapshot is None:
            self.failure = sentence
        else:  # a snapshot already read still serves; the panel says the new reading failed
            self.refresh_error = sentence

    def _on_reader_finished(self, token: int) -> None:
        if token == self._read_token:
            self._reader = None
            self.apply()

    def _on_state_connection_changed(self) -> None:
        """Another portal (or none): nothing of the previous one's data is used; the new one is read."""
        self.cancel()
        self._read_token += 1  # whatever the previous reading still says is ignored
        self._reader = None
        self.snapshot, self.failure, self.refresh_error, self.review = None, None, None, None
        self._sent.clear()
        self.apply()
        self.fetch()

    # -- the plan ---------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Give the current plan the snapshot and the ids of the job's other imports (the check goes stale
        when either changed)."""
        plan = self.state.plan
        if plan is not None:
            plan.set_portal(self.snapshot, self.job_ids(plan))
        self.changed.emit()

    def review_entered(self) -> None:
        """Review is about to show: the plan gets what it is checked against now, and a snapshot that is
        missing or no longer fresh is read (the old one serves until the new one arrives)."""
        self._forget_unsent()
        self.apply()
        if self.failure is None and not self.is_fresh():
            self.fetch()

    def hold_reason(self) -> str | None:
        """Why Review must not call the import ready yet: the portal's data is still being read for a plan
        that was checked without it."""
        plan = self.state.plan
        if self.reading and (plan is None or plan.portal is None):
            return translate("PortalCheck", "The portal's employees and OUs are still being read; the file is "
                             "checked against them as soon as they arrive.")
        return None

    def job_ids(self, plan: Any) -> JobIds | None:
        """The ids the job's other imports provide (their records sent), for ``plan``'s references."""
        waiting = {str(item.payload) for item in self.job_imports()}
        frames = [(key, frame) for path, (owner, key, frame) in self._sent.items()
                  if path in waiting and owner() is not plan]
        return JobIds.from_frames(frames) if frames else None

    def remember(self, imports: list[Any], plan: Any) -> None:
        """Review prepared ``imports`` from ``plan``: keep the records they carry."""
        frame = plan.records_sent()
        for item in imports:
            self._sent[str(item.payload)] = (weakref.ref(plan), plan.type_key, frame)

    def _forget_unsent(self) -> None:
        waiting = {str(item.payload) for item in self.job_imports()}
        for path in [p for p in self._sent if p not in waiting]:
            del self._sent[path]

    def _on_state_plan_changed(self) -> None:
        self.review = None
        self.apply()

    def _on_state_plan_updated(self, what: str) -> None:
        if what == "validation" or (what == "exclusions" and self.review is not None):
            self._compare()
        elif what not in REVIEW_ON and what != "payloads" and self.review is not None:
            self.review = None  # the inputs changed: the next check says it again
            self.changed.emit()

    def _compare(self) -> None:
        """What will change and who ReconcileUsers deactivates, for the records the payload carries."""
        plan = self.state.plan
        if plan is None or plan.checked is None:
            return
        self._review_token += 1
        token = self._review_token
        compare = plan.portal_reviewer()
        self.pool.start(lambda _control: compare(), name="portal review",
                        on_success=lambda review: self._on_comparison_done(token, review),
                        on_error=lambda err: log.warning("what will change could not be worked out: %s", err))

    def _on_comparison_done(self, token: int, review: PortalReview) -> None:
        if token == self._review_token:
            self.review = review
            self.changed.emit()

    # -- the Run step ---------------------------------------------------------------------------------------
    def reconcile_previews(self, imports: list[Any]) -> list[tuple[Any, ReconcilePreview | None]]:
        """Each import of ``imports`` with ReconcileUsers on, and who it deactivates against the current
        snapshot (None when the snapshot holds no employees: ``off_sentence`` says why)."""
        out = []
        for item in imports:
            if not facts.reconcile_users(item.settings):
                continue
            entry = self._sent.get(str(item.payload))
            preview = None
            if entry is not None and self.snapshot is not None:
                preview = reconcile_preview(entry[2], self.snapshot)
            out.append((item, preview))
        return out

    def off_sentence(self) -> str | None:
        """Why checks against the portal's data are (partly) off, in one sentence, or None."""
        if self.failure:
            return self.failure
        return self.snapshot.off_sentence if self.snapshot is not None else None

    def wait_reason(self) -> str | None:
        """Why a ReconcileUsers job must wait: the list it is confirmed with has to be the portal's latest."""
        if self.reading:
            return translate("PortalCheck", "The portal's employees are being read again (after a load, or because "
                             "the last reading is old); press Run again in a moment, so the list you confirm is the "
                             "portal's latest.")
        if self.snapshot is not None and self.snapshot.employees is not None and not self.is_fresh():
            self.fetch(refresh=True)
            return translate("PortalCheck", "The portal's employees were read a while ago: they are being read "
                             "again; press Run again in a moment, so the list you confirm is the portal's latest.")
        return None
