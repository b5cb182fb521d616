"""The payload half of a load plan: which records go, which are left out and why, the parts written.

:class:`PlanPayload` is mixed into ``services.plan.LoadPlan`` (kept apart so each module keeps to one
role, as ``services.plan_edits``): it reads the plan's last check, exclusions and settings, and keeps
the payload parts written from them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop import paths
from csod_desktop.core.payload import MAX_RECORDS, PayloadInfo, write_payloads
from csod_desktop.core.problems import Severity
from csod_desktop.core.reading import SourceTable
from csod_desktop.core.schema import Schema
from csod_desktop.i18n import number, translate
from csod_desktop.services.plan_parts import (
    Checked,
    LeftOut,
    PlanError,
    ReconcileLeftOutError,
    Written,
    cell_text,
)
from csod_desktop.services.prepared import PreparedImport

Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]


class PlanPayload:
    """What the payload carries; the plan provides its state, ``_require_*`` and ``_changed``."""

    load_type: str
    type_id: Any
    title: str
    settings: dict[str, Any]
    schema: Schema | None
    excluded: set[int]
    payloads: list[PayloadInfo]
    timings: dict[str, float]
    revision: int
    mapping: Any
    reconcile: bool
    _changed: Callable[..., None]
    _require_checked: Callable[[], Checked]
    _require_source: Callable[[], SourceTable]

    def keep(self, *, skip_invalid: bool = True) -> pl.Series | None:
        """Which records the payload carries: not excluded and, with ``skip_invalid``, free of errors.
        None when every record goes (nothing to leave out)."""
        result = self._require_checked().result
        mask = result.valid if skip_invalid and result.n_errors else None
        if self.excluded:
            excluded = pl.Series("excluded", [False] * result.n_records).scatter(
                [r - 1 for r in sorted(self.excluded) if 0 < r <= result.n_records], True)
            mask = ~excluded if mask is None else mask & ~excluded
        return mask

    def left_out(self, *, skip_invalid: bool = True, max_records: int = MAX_RECORDS) -> LeftOut:
        """The records the payload would not carry, or would carry in another import (each import of a
        split file is a payload of its own)."""
        checked = self._require_checked()
        result, frame = checked.result, checked.frame
        ident = self._identity_column(frame)
        ids = frame.get_column(ident) if ident else None
        out: list[tuple[int, str, str]] = []
        keep = self.keep(skip_invalid=skip_invalid)
        if keep is not None:
            valid = result.valid
            for index in keep.not_().arg_true().to_list():
                if (index + 1) not in self.excluded:
                    why = translate("plan", "invalid")
                elif bool(valid[index]):
                    why = translate("plan", "excluded")
                else:
                    why = translate("plan", "invalid and excluded")
                out.append((index + 1, cell_text(ids, index), why))
        kept = keep.arg_true() if keep is not None else pl.arange(0, frame.height, eager=True)
        if kept.len() > max_records:
            elsewhere = translate("plan", "in another import (one holds {count} records)").format(
                count=number(max_records))
            for index in kept.slice(max_records).to_list():
                out.append((index + 1, cell_text(ids, index), elsewhere))
        return LeftOut(tuple(sorted(out)))

    def reconcile_problem(self, *, skip_invalid: bool = True,
                          max_records: int = MAX_RECORDS) -> ReconcileLeftOutError | None:
        """With ReconcileUsers on, a record of the file left out of the payload is an employee the portal
        deactivates (bulk-api-quick-start.txt, Step 4): the load stops before anything is sent."""
        if not self.reconcile:
            return None
        left = self.left_out(skip_invalid=skip_invalid, max_records=max_records)
        if not left:
            return None
        return ReconcileLeftOutError(
            translate("plan", "ReconcileUsers is on, so the portal deactivates every employee missing from the "
                              "payload, and {count} record(s) of this file would be missing from it: {records}. "
                              "Nothing was sent.").format(count=number(len(left)), records=left.listing()),
            hint=translate("plan", "Fix those records so that every record is sent (an excluded or invalid "
                                   "record is a deactivated person), or turn ReconcileUsers off."),
            left_out=left,
        )

    def payload_writer(self, folder: Path, *, name: str | None = None, skip_invalid: bool = True,
                       max_records: int = MAX_RECORDS) -> Callable[..., Written]:
        """A snapshot of what to write and the work of writing it: call it (in a worker) with ``progress``
        and ``is_cancelled``, then give the parts to :meth:`accept_payloads`.

        Split over ``max_records`` (one import each, never truncated: bulk-api-facts.md, "Capacity and
        data limits"). Refused with a file-level error, or when ReconcileUsers would deactivate a record
        the file holds.
        """
        checked = self._require_checked()
        if checked.result.file_errors:
            first = checked.result.file_errors[0]
            raise PlanError(translate("plan", "The file cannot be sent as it is: {message}").format(message=first.message),
                            hint=first.hint)
        problem = self.reconcile_problem(skip_invalid=skip_invalid, max_records=max_records)
        if problem is not None:
            raise problem
        keep = self.keep(skip_invalid=skip_invalid)
        # The name carries the portal's type names: made safe and kept inside the folder (issue 19, item 6).
        out = paths.safe_path(paths.private_dir(Path(folder)), Path(name).stem if name else self.load_type, ".csv")
        frame, revision = checked.frame, self.revision

        def write(progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> Written:
            start = time.perf_counter()
            parts = write_payloads(frame, out, keep=keep, max_records=max_records, progress=progress,
                                   is_cancelled=is_cancelled)
            return Written(revision, tuple(parts), time.perf_counter() - start)

        return write

    def accept_payloads(self, written: Written) -> bool:
        """Keep written parts if the inputs did not change while they were written."""
        if written.revision != self.revision:
            return False
        self.payloads = list(written.parts)
        self.timings["payload"] = written.seconds
        self._changed("payloads", stale=False)
        return True

    def write_payloads(self, folder: Path, *, name: str | None = None, skip_invalid: bool = True,
                       max_records: int = MAX_RECORDS, progress: Progress | None = None,
                       is_cancelled: IsCancelled | None = None) -> list[PayloadInfo]:
        """Write the payload parts now (on this thread) and keep them."""
        written = self.payload_writer(folder, name=name, skip_invalid=skip_invalid, max_records=max_records)(
            progress, is_cancelled)
        self.accept_payloads(written)
        return self.payloads

    def prepared_imports(self, label: str) -> list[PreparedImport]:
        """One :class:`PreparedImport` per payload part, ready for the runner (and the Run step)."""
        source = self._require_source()
        counts = self.sent_counts()
        return [
            PreparedImport.from_payload(part, self.load_type, label=label, settings=self.settings, source=source.path,
                                        mapping=self.mapping, type_id=self.type_id, title=self.title, **counts)
            for part in self.payloads
        ]

    def sent_counts(self, *, skip_invalid: bool = True) -> dict[str, int]:
        """What the confirmation says of the file, counted as Review counts it: records excluded, records
        left out for their errors, and records sent that have warnings."""
        result = self._require_checked().result
        n = result.n_records
        excluded = {r for r in self.excluded if 0 < r <= n}
        rows = result.problems.filter(pl.col("row") > 0)
        errors = set(rows.filter(pl.col("severity") == Severity.ERROR.value).get_column("row").to_list())
        warned = set(rows.filter(pl.col("severity") == Severity.WARNING.value).get_column("row").to_list())
        invalid = len(errors - excluded) if skip_invalid else 0
        return {"excluded": len(excluded), "left_invalid": invalid, "warnings": len(warned - errors - excluded)}

    def _identity_column(self, frame: pl.DataFrame) -> str | None:
        result = self._require_checked().result
        for name in (*result.identity, *(self.schema.identity if self.schema else ())):
            if name in frame.columns:
                return name
        return None
