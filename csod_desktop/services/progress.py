"""What a job's progress means, in words and one bar per import: the status panel's one source for both.

The bar and the status word come from the same state, so they never disagree ("Queued" beside a bar
that says processing). A phase whose length nobody knows (the portal's queue, processing before it
reports a count) is a busy bar, never a half-filled one that does not move.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from csod_desktop.core.type_names import type_code, type_title
from csod_desktop.store.records import PENDING, SEND_FAILED, SENDING, SENT

#: Portal statuses meaning the import waits its turn (bulk-api-quick-start.txt Step 6 shows "Created"
#: and "Completed"; the rest are tolerated spellings: bulk-api-facts.md, "Shapes nobody has published").
_WAITING = frozenset({"created", "ready", "queued", "pending", "submitted", "received", "waiting", "notstarted"})


@dataclass(frozen=True)
class ImportProgress:
    """One import's line: the status word, the bar's short text and its longer explanation, how full the bar is.

    ``fraction`` None: the phase has no known length (a busy bar while the import is followed).
    """

    word: str
    text: str
    fraction: float | None
    finished: bool = False
    tone: str = ""  # finished: "ok", "partial" (some records failed) or "failed" (the whole import)
    detail: str = ""

    @property
    def tooltip(self) -> str:
        return self.detail or self.text


def clock_text(seconds: float) -> str:
    """A running time as a clock shows it: "4:05", "1:02:03"."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _num(value: int | None) -> str:
    return f"{value or 0:,}"


def _key(status: str | None) -> str:
    return (status or "").strip().lower().replace("_", "").replace(" ", "")


def import_progress(imp: Any, *, sent: float | None = None, followed: bool = True) -> ImportProgress:
    """The progress of ``imp`` (a ``store.records.ImportRecord``); ``sent`` is the share of its data sent
    so far by the running upload, ``followed`` whether the app is following the job right now."""
    total = imp.total_records if imp.total_records is not None else imp.record_count
    records = f"{total:,} records" if total is not None else "the records"
    if imp.finished:
        if imp.error_status:
            return ImportProgress(imp.status or "Failed", "Import failed", 1.0, True, "failed",
                                  f"The portal could not load this import: {imp.error_status}")
        errors = imp.error_records or 0
        loaded = _num(imp.successful_records)
        said = f"{loaded} loaded" + (f", {errors:,} with errors" if errors else "") + f" (of {records})"
        # Short enough for the bar at any count; the counts have their own columns, the sentence its tooltip.
        text = f"{loaded} of {total:,} loaded" if errors and total is not None else f"{loaded} loaded"
        return ImportProgress(imp.status or "Completed", text, 1.0, True, "partial" if errors else "ok", said)
    if imp.post_state == PENDING and sent is None:
        return _paused(ImportProgress("Not sent yet", "Waiting to send", 0.0,
                                      detail=f"{records.capitalize()} wait for the imports before them"), followed)
    if imp.post_state in (PENDING, SENDING) and sent is not None and followed:
        return ImportProgress("Sending", f"Sending {int(100 * sent)}%", sent, detail=f"Sending {records}")
    if imp.post_state == SENDING:
        return _paused(ImportProgress("Interrupted", "Interrupted while sending", 0.0,
                                      detail="The app stopped during the upload: the portal is asked what "
                                             "arrived before anything is sent again"), followed)
    if imp.post_state == SEND_FAILED:
        return _paused(ImportProgress("Not sent", "Upload failed", 0.0,
                                      detail="The upload failed; resuming checks with the portal and sends it "
                                             "again if it did not arrive"), followed)
    if imp.post_state != SENT:
        return _paused(ImportProgress(imp.post_state, imp.post_state, 0.0), followed)
    status = imp.status
    if not status:
        return _paused(ImportProgress("Sent", "Received", None,
                                      detail=f"The portal received {records}; its status comes with the next "
                                             "check"), followed)
    if _key(status) in _WAITING:
        return _paused(ImportProgress(status, "In the portal's queue", None,
                                      detail=f"{records.capitalize()} wait in Cornerstone's queue"), followed)
    done = (imp.successful_records or 0) + (imp.error_records or 0)
    if total and done:
        fraction = min(1.0, done / total)
        return _paused(ImportProgress(status, f"{status} {done:,} of {total:,}", fraction,
                                      detail=f"The portal has done {done:,} of {records}"), followed)
    return _paused(ImportProgress(status, status, None,
                                  detail=f"The portal works on {records}; it gives no count until it is done"),
                   followed)


def _paused(progress: ImportProgress, followed: bool) -> ImportProgress:
    """A job nobody follows shows where it stood, with a still bar (a moving one would claim activity)."""
    if followed or progress.finished:
        return progress
    return ImportProgress(progress.word, "Not followed now", progress.fraction or 0.0,
                          detail=f"{progress.tooltip} (last known; Resume follows it again)")


def shown_count(imp: Any, value: int | None) -> str:
    """A count of the portal's, once it means something: when the import is done, or when it is not zero
    (a queued import's zeros say nothing yet)."""
    if value is None or (not value and not imp.finished):
        return ""
    return f"{value:,}"


def import_caption(position: int, imp: Any) -> tuple[str, str]:
    """(text, tooltip) of an import's row: "1. Employee · hris.csv", the portal's names in the tooltip."""
    title = type_title(imp.load_type, imp.type_id)
    source = imp.source_name or "a file"
    tip = [f"{imp.label}" if imp.label else title, f"{type_code(imp.load_type, imp.type_id)} from {source}",
           f"Import id: {imp.import_id or 'not created yet'}"]
    return f"{position + 1}. {title} · {source}", "\n".join(tip)


def job_caption(job: Any) -> tuple[str, str]:
    """(text, tooltip) of a job's row: its label and, when the label does not say it, when it started."""
    label = job.label or "Job"
    started = job.created_at.astimezone()
    when = started.strftime("%H:%M")
    text = label if when in label else f"{label} · {when}"
    tip = f"{label}\nStarted {started:%Y-%m-%d %H:%M}\nJob id: {job.job_id or 'not created yet'}"
    if job.profile or job.root_url:
        tip += f"\nPortal: {job.profile or job.root_url}"
    return text, tip


def default_job_label(imports: Sequence[Any], now: datetime) -> str:
    """A label that tells jobs apart: the first file, its load type, the time ("hris.csv · Employee · 14:05")."""
    if not imports:
        return f"Job {now:%Y-%m-%d %H:%M}"
    first = imports[0]
    title = getattr(first, "type_title", None) or type_title(first.load_type, getattr(first, "type_id", None))
    name = first.source_name or str(getattr(first, "payload", "")).rsplit("/", 1)[-1] or "file"
    more = f" + {len(imports) - 1} more" if len(imports) > 1 else ""
    return f"{name} · {title}{more} · {now:%Y-%m-%d %H:%M}"


def finished_sentence(job: Any) -> tuple[str, str, int]:
    """(title, text, records failed) announcing a job that ended ("Job … finished", "8 records loaded.")."""
    loaded = sum(i.successful_records or 0 for i in job.imports)
    failed = sum(i.error_records or 0 for i in job.imports)
    noun = "record" if loaded == 1 else "records"
    text = f"{loaded:,} {noun} loaded, {failed:,} with errors." if failed else f"{loaded:,} {noun} loaded."
    return f"Job {job.label or job.job_id} {job.state}", text, failed
