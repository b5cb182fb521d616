"""One import's load plan, Qt-free: the source, its mapping, the settings, edits and exclusions, the check, the payload.

The window's File, Map, Review and Run steps and ``csod-desktop load`` are views of a :class:`LoadPlan`:
they set its inputs and show its results, so a rule of the flow is written here once. Every input
change makes the last check stale (and tells the plan's listeners), and nothing is built from a stale
check: a changed ``datetime_culture`` is on the Review step the moment it is set.

A check runs in two halves so the window can keep the heavy one off the GUI thread:
``plan.checker()`` takes a snapshot of the inputs (cheap), the returned callable maps and validates
(in a worker), and ``plan.accept(checked)`` keeps the result if the inputs did not change meanwhile.
``plan.validate()`` does all three at once (the command line, the benchmark).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping as MappingABC
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop import facts
from csod_desktop.core.mapping import Mapping
from csod_desktop.core.payload import PayloadInfo
from csod_desktop.core.portal import JobIds, PortalSnapshot, schema_type_key
from csod_desktop.core.portal_review import PortalReview, portal_review
from csod_desktop.core.reading import ReadOptions, SourceTable, read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.templates import TemplateStore
from csod_desktop.core.validation import ValidationResult, validate
from csod_desktop.errors import Cancelled
from csod_desktop.i18n import translate
from csod_desktop.services.mapping_changes import MappingChange, describe_change
from csod_desktop.services.mapping_choice import MappingChoice, choose_mapping, mapping_origin
from csod_desktop.services.plan_edits import PlanEdits, effective
from csod_desktop.services.plan_history import MAP, Change, History
from csod_desktop.services.plan_parts import (
    LISTED,
    PORTAL_REFUSED,
    Checked,
    LeftOut,
    PlanError,
    PortalReason,
    ReconcileLeftOutError,
    Written,
    apply_edits,
    with_portal_reasons,
)
from csod_desktop.services.plan_payload import IsCancelled, PlanPayload, Progress

__all__ = ["LISTED", "PORTAL_REFUSED", "Checked", "LeftOut", "LoadPlan", "PlanError", "PortalReason",
           "ReconcileLeftOutError", "Written", "apply_edits", "with_portal_reasons"]

#: Share of a check's progress taken by mapping; validation takes the rest.
_MAP_SHARE = 0.1


# ---------------------------------------------------------------------------------------------- plan


class LoadPlan(PlanPayload, PlanEdits):
    """Everything one import is made of, from the dropped file to the payload parts."""

    def __init__(
        self,
        load_type: str,
        *,
        type_id: Any = None,
        title: str | None = None,
        settings: MappingABC[str, Any] | None = None,
        schema: Schema | None = None,
    ) -> None:
        self.load_type = load_type
        self.type_id = type_id
        self.title = title or load_type
        self.settings: dict[str, Any] = dict(settings or {})
        self.schema = schema
        self.source: SourceTable | None = None
        self.options = ReadOptions()
        self.choice: MappingChoice | None = None
        self.edits: dict[tuple[int, str], str] = {}
        self.excluded: set[int] = set()
        #: Questions answered on Review, as (setting, value): ("datetime_culture", "en-US") says the dates
        #: no value proves the order of are month first. Part of what is checked; a new file or another
        #: value of the setting forgets it.
        self.confirmed: set[tuple[str, str]] = set()
        #: What the administrator changed, to undo and redo (``services.plan_history``).
        self.history = History()
        self.payloads: list[PayloadInfo] = []
        self.timings: dict[str, float] = {}
        self.revision = 0
        self.portal: PortalSnapshot | None = None  # the portal's employees and OUs (services.portal_data)
        self.job_ids: JobIds | None = None  # ids the job's other imports provide
        #: Fix and reload: the portal's reason for each record of the file (1-based), shown by Review.
        self.portal_reasons: dict[int, PortalReason] = {}
        self._checked: Checked | None = None
        self._mapping_seen: dict[str, Any] | None = None  # the mapping as last set, to say and undo a change
        self._listeners: list[Callable[[str], None]] = []

    # -- listening ----------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(what)`` after each change: settings, schema, source, mapping, edits,
        exclusions, confirmations, validation or payloads (a napari-style model event)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, what: str, *, stale: bool = True) -> None:
        if stale:
            self.revision += 1
            self.payloads = []
        for listener in list(self._listeners):
            listener(what)

    # -- inputs -------------------------------------------------------------------------------------
    def set_settings(self, settings: MappingABC[str, Any]) -> None:
        """The import's job settings (cultures, LoadPrimaryKey, ReconcileUsers...); the check goes stale.
        A confirmation given under another value of a setting no longer holds."""
        if dict(settings) != self.settings:
            self.settings = dict(settings)
            self.confirmed = {(k, v) for k, v in self.confirmed if effective(self.settings, k) == v}
            self._changed("settings")

    def set_schema(self, schema: Schema) -> None:
        """The portal's schema (fetched again when settings change it); the file and mapping are kept."""
        self.schema = schema
        self._changed("schema")

    def set_portal(self, snapshot: PortalSnapshot | None, job_ids: JobIds | None = None) -> None:
        """A snapshot of the portal's own data, and the ids the job's other imports provide: references and
        identities are then checked against them (None: the checks of a file alone); the check goes stale."""
        if snapshot is self.portal and job_ids == self.job_ids:
            return
        self.portal, self.job_ids = snapshot, job_ids
        self._changed("portal")

    def set_source(self, source: SourceTable, options: ReadOptions | None = None) -> None:
        """A file as read: a new file forgets the previous mapping, edits, exclusions, confirmations and
        their history."""
        self.source = source
        self.options = options or ReadOptions()
        self.choice = None
        self._mapping_seen = None
        self.edits.clear()
        self.excluded.clear()
        self.confirmed.clear()
        self.history.clear()
        self.portal_reasons = {}
        self._changed("source")

    def set_portal_reasons(self, reasons: MappingABC[int, PortalReason]) -> None:
        """The portal's reasons for the file's records (the failed rows of a report, read back in): each
        check shows them as a warning on the record, on the cells they name."""
        self.portal_reasons = dict(reasons)
        self._changed("portal_reasons")

    def read(self, path: Path | str, options: ReadOptions | None = None, *, progress: Progress | None = None,
             is_cancelled: IsCancelled | None = None) -> SourceTable:
        """Read ``path`` (``core.reading``) and make it the plan's source."""
        start = time.perf_counter()
        table = read_table(path, options, progress=progress, is_cancelled=is_cancelled)
        self.set_source(table, options)
        self.timings["read"] = time.perf_counter() - start
        return table

    def set_mapping(self, mapping: Mapping | MappingChoice, *, origin: str | None = None,
                    template: Path | None = None) -> MappingChange:
        """The mapping to apply (its origin worked out when not given); the check goes stale.

        The Map step edits the mapping in place and then sets it: the plan compares it with the mapping
        it last saw and returns the change in words (``services.mapping_changes``), which can be undone
        (scope "map"). The first mapping of a file is no change.
        """
        if isinstance(mapping, MappingChoice):
            self.choice = mapping
        else:
            self.choice = MappingChoice(mapping, origin or mapping_origin(mapping, template is not None), template)
        before, after = self._mapping_seen, self.choice.mapping.to_dict()
        self._mapping_seen = after
        change = MappingChange(())
        if before is not None and _columns_of(before) != _columns_of(after):
            change = describe_change(before, after, self._title)
            label = change.text or translate("plan", "Mapping changed.")
            self.history.record(Change(label, MAP, lambda: self._put_mapping(before), lambda: self._put_mapping(after)))
        self._changed("mapping")
        return change

    def choose_mapping(self, templates: TemplateStore | None = None, *, given: Mapping | None = None,
                       template: Path | None = None) -> MappingChoice:
        """Pick the mapping as :func:`choose_mapping` does, and use it."""
        source, schema = self._require_source(), self._require_schema()
        choice = choose_mapping(source.headers, schema, templates, given=given, template=template)
        self.set_mapping(choice)
        return choice

    def _originals(self, cells: MappingABC[tuple[int, str], Any]) -> dict[tuple[int, str], str]:
        """The file's value (as mapped, "" for none) of each (record, property) cell, read a column at a time."""
        base = self._checked.base if self._checked is not None else None
        out = dict.fromkeys(cells, "")
        if base is None:
            return out
        by_column: dict[str, list[int]] = {}
        columns, height = set(base.columns), base.height
        for record, column in cells:
            if column in columns and 0 < record <= height:
                by_column.setdefault(column, []).append(record)
        for column, records in by_column.items():
            values = base.get_column(column).gather([r - 1 for r in records]).to_list()
            for record, value in zip(records, values, strict=True):
                out[(record, column)] = "" if value is None else str(value)
        return out

    def _put_mapping(self, snapshot: dict[str, Any]) -> None:
        """The mapping as it was in ``snapshot``, written into the current mapping object (the Map step
        keeps showing the same object)."""
        restored, mapping = Mapping.from_dict(snapshot), self.choice.mapping
        mapping.columns, mapping.constants = restored.columns, restored.constants
        mapping.value_maps = restored.value_maps
        mapping.matches, mapping.sources = restored.matches, restored.sources
        self._mapping_seen = mapping.to_dict()
        self._changed("mapping")

    def _title(self, name: str) -> str:
        prop = self.schema.get(name) if self.schema is not None else None
        return prop.title if prop is not None and prop.title else name

    # -- what the inputs say ------------------------------------------------------------------------
    @property
    def mapping(self) -> Mapping | None:
        return self.choice.mapping if self.choice is not None else None

    @property
    def origin(self) -> str | None:
        return self.choice.origin if self.choice is not None else None

    @property
    def type_key(self) -> str:
        """``chr.employee``, ``ou.division`` or ``ou.customou.<type_id>``: how the portal snapshot and the
        job's other imports (``JobIds``) name this load's records."""
        raw = {"type_id": self.type_id} if self.type_id is not None else (self.schema.raw if self.schema else None)
        return schema_type_key(self.load_type, raw)

    @property
    def reconcile(self) -> bool:
        """ReconcileUsers is on: every active employee missing from the payload is deactivated."""
        return facts.reconcile_users(self.settings)

    @property
    def mapping_complete(self) -> bool:
        """Every required property has a column or a constant."""
        return self.mapping is not None and self.schema is not None and not self.mapping.missing_required(self.schema)

    @property
    def stale(self) -> bool:
        """True when no check has seen the current inputs."""
        return self._checked is None or self._checked.revision != self.revision

    @property
    def checked(self) -> Checked | None:
        """The last check, only while the inputs are those it saw."""
        return None if self.stale else self._checked

    @property
    def validation(self) -> ValidationResult | None:
        checked = self.checked
        return checked.result if checked is not None else None

    @property
    def frame(self) -> pl.DataFrame | None:
        """The mapped records with the edits, as validated and as sent."""
        checked = self.checked
        return checked.frame if checked is not None else None

    def pending_edits(self) -> dict[tuple[int, str], str]:
        """Edits the last check has not seen (press "Check again")."""
        seen = self._checked.edits if self._checked is not None else {}
        return {key: value for key, value in self.edits.items() if seen.get(key) != value}

    # -- checking -----------------------------------------------------------------------------------
    def checker(self) -> Callable[..., Checked]:
        """A snapshot of the inputs and the work of checking them: call it (in a worker) with ``progress``
        and ``is_cancelled``, then give its result to :meth:`accept`."""
        source, schema = self._require_source(), self._require_schema()
        if self.mapping is None:
            raise PlanError(translate("plan", "Map the file's columns first."), hint=translate("plan", "Go to the Map step."))
        mapping = Mapping.from_dict(self.mapping.to_dict())  # a copy: the Map step may edit the original
        settings, edits, revision = dict(self.settings), dict(self.edits), self.revision
        snapshot, job_ids, reasons = self.portal, self.job_ids, dict(self.portal_reasons)
        confirmed = frozenset(self.confirmed)

        def check(progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> Checked:
            timings: dict[str, float] = {}
            start = time.perf_counter()
            # The one place the mapping is applied, for the window and the command line alike: the
            # reader's real Excel date cells are written in the import's datetime_culture here.
            base = mapping.apply(source.frame, schema, date_cells=source.date_cells, settings=settings)
            frame = apply_edits(base, edits)
            timings["map"] = time.perf_counter() - start
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if progress is not None:
                progress(_MAP_SHARE)
            start = time.perf_counter()
            share = None if progress is None else (lambda f: progress(_MAP_SHARE + (1 - _MAP_SHARE) * f))
            # Checks against a snapshot of the portal's own data join here, as one more input of the plan.
            result = validate(frame, schema, settings, snapshot=snapshot, job_ids=job_ids,
                              date_cells=mapping.date_cells_by_target(source.date_cells), progress=share,
                              is_cancelled=is_cancelled)
            if reasons:
                result = with_portal_reasons(result, frame, reasons)
            # A question the administrator answered (the order of dates nothing proves) is not asked again.
            result = result.with_confirmed(confirmed)
            timings["validate"] = time.perf_counter() - start
            return Checked(revision, base, frame, result, edits, timings, confirmed)

        return check

    def accept(self, checked: Checked) -> bool:
        """Keep a check's result if the inputs are still those it saw; False (and nothing kept) otherwise."""
        if checked.revision != self.revision:
            return False
        self._checked = checked
        self.timings.update(checked.timings)
        self._changed("validation", stale=False)
        return True

    def validate(self, *, progress: Progress | None = None,
                 is_cancelled: IsCancelled | None = None) -> ValidationResult:
        """Check the plan now (on this thread) and keep the result."""
        checked = self.checker()(progress, is_cancelled)
        self.accept(checked)
        return checked.result

    def portal_review(self, *, skip_invalid: bool = True) -> PortalReview:
        """Against the portal snapshot: checked or off (one sentence), what will change, and with
        ReconcileUsers who will be deactivated; for the records the payload carries."""
        return self.portal_reviewer(skip_invalid=skip_invalid)()

    def portal_reviewer(self, *, skip_invalid: bool = True) -> Callable[[], PortalReview]:
        """:meth:`portal_review` in two halves, as :meth:`checker`: the inputs taken now (cheap), the
        comparison done when the returned callable is called (in a worker, for a large file)."""
        checked = self._require_checked()
        frame, schema, settings, snapshot = checked.frame, self._require_schema(), dict(self.settings), self.portal
        keep = self.keep(skip_invalid=skip_invalid)
        return lambda: portal_review(frame, schema, settings, snapshot, keep=keep)

    def records_sent(self, *, skip_invalid: bool = True) -> pl.DataFrame:
        """The checked records the payload carries (property-named): what another import of the same job
        may refer to (``JobIds.from_frames``), and what a ReconcileUsers load keeps active."""
        frame = self._require_checked().frame
        keep = self.keep(skip_invalid=skip_invalid)
        return frame if keep is None else frame.filter(keep)

    # -- helpers ------------------------------------------------------------------------------------
    def _require_source(self) -> SourceTable:
        if self.source is None:
            raise PlanError(translate("plan", "Choose the file to load first."), hint=translate("plan", "Go to the File step."))
        return self.source

    def _require_schema(self) -> Schema:
        if self.schema is None:
            raise PlanError(translate("plan", "The portal's schema for this load type is not read yet."), hint=translate("plan", "Go to the Load type step."))
        return self.schema

    def _require_checked(self) -> Checked:
        checked = self.checked
        if checked is None:
            raise PlanError(translate("plan", "The file was changed since it was checked."), hint=translate("plan", "Check it again on the Review step."))
        return checked


def _columns_of(snapshot: MappingABC[str, Any]) -> tuple[Any, ...]:
    """What a mapping loads (columns, constants, value maps), without how sure each match was."""
    return snapshot.get("columns"), snapshot.get("constants"), snapshot.get("value_maps")
