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
from csod_desktop.i18n import number, translate
from csod_desktop.services.status_words import status_word
from csod_desktop.store.records import (
    ABANDONED,
    FAILED,
    FINISHED,
    PENDING,
    SEND_FAILED,
    SENDING,
    SENT,
)

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


def _key(status: str | None) -> str:
    return (status or "").strip().lower().replace("_", "").replace(" ", "")


def import_progress(imp: Any, *, sent: float | None = None, followed: bool = True) -> ImportProgress:
    """The progress of ``imp`` (a ``store.records.ImportRecord``); ``sent`` is the share of its data sent
    so far by the running upload, ``followed`` whether the app is following the job right now."""
    total = imp.total_records if imp.total_records is not None else imp.record_count
    known = total is not None
    # "%n records" without "(s)": English says "records" at any count, as it always did; a translator
    # still gets the language's plural forms through %n.
    if imp.finished:
        if imp.error_status:
            return ImportProgress(status_word(imp.status) or translate("progress", "Failed"),
                                  translate("progress", "Import failed"), 1.0, True, "failed",
                                  translate("progress", "The portal could not load this import: {reason}")
                                  .format(reason=imp.error_status))
        errors = imp.error_records or 0
        if errors and known:
            said = translate("progress", "{loaded} loaded, {errors} with errors (of %n records)", None, total)
        elif errors:
            said = translate("progress", "{loaded} loaded, {errors} with errors (of the records)")
        elif known:
            said = translate("progress", "{loaded} loaded (of %n records)", None, total)
        else:
            said = translate("progress", "{loaded} loaded (of the records)")
        # Short enough for the bar at any count; the counts have their own columns, the sentence its tooltip.
        text = (translate("progress", "{loaded} of {total} loaded") if errors and known
                else translate("progress", "{loaded} loaded"))
        values = {"loaded": number(imp.successful_records or 0), "errors": number(errors),
                  "total": number(total or 0)}
        return ImportProgress(status_word(imp.status) or translate("progress", "Completed"), text.format(**values), 1.0, True,
                              "partial" if errors else "ok", said.format(**values))
    if imp.post_state == PENDING and sent is None:
        detail = (translate("progress", "%n records wait for the imports before them", None, total) if known
                  else translate("progress", "The records wait for the imports before them"))
        return _paused(ImportProgress(translate("progress", "Not sent yet"), translate("progress", "Waiting to send"),
                                      0.0, detail=detail), followed)
    if imp.post_state in (PENDING, SENDING) and sent is not None and followed:
        detail = (translate("progress", "Sending %n records", None, total) if known
                  else translate("progress", "Sending the records"))
        return ImportProgress(translate("progress", "Sending"),
                              translate("progress", "Sending {percent}%").format(percent=int(100 * sent)), sent,
                              detail=detail)
    if imp.post_state == SENDING:
        return _paused(ImportProgress(translate("progress", "Interrupted"),
                                      translate("progress", "Interrupted while sending"), 0.0,
                                      detail=translate("progress", "The app stopped during the upload: the portal "
                                                                   "is asked what arrived before anything is sent "
                                                                   "again")), followed)
    if imp.post_state == SEND_FAILED:
        return _paused(ImportProgress(translate("progress", "Not sent"), translate("progress", "Upload failed"), 0.0,
                                      detail=translate("progress", "The upload failed; resuming checks with the "
                                                                   "portal and sends it again if it did not "
                                                                   "arrive")), followed)
    if imp.post_state != SENT:
        return _paused(ImportProgress(imp.post_state, imp.post_state, 0.0), followed)
    if not imp.status:
        detail = (translate("progress", "The portal received %n records; its status comes with the next check",
                            None, total) if known
                  else translate("progress", "The portal received the records; its status comes with the next "
                                             "check"))
        return _paused(ImportProgress(translate("progress", "Sent"), translate("progress", "Received"), None,
                                      detail=detail), followed)
    status = status_word(imp.status)  # the portal's word ("Processing") in the window's, if it is a known one
    if _key(imp.status) in _WAITING:
        detail = (translate("progress", "%n records wait in Cornerstone's queue", None, total) if known
                  else translate("progress", "The records wait in Cornerstone's queue"))
        return _paused(ImportProgress(status, translate("progress", "In the portal's queue"), None, detail=detail),
                       followed)
    done = (imp.successful_records or 0) + (imp.error_records or 0)
    if total and done:
        fraction = min(1.0, done / total)
        text = translate("progress", "{status} {done} of {total}").format(status=status, done=number(done),
                                                                          total=number(total))
        detail = translate("progress", "The portal has done {done} of %n records", None, total).format(
            done=number(done))
        return _paused(ImportProgress(status, text, fraction, detail=detail), followed)
    detail = (translate("progress", "The portal works on %n records; it gives no count until it is done", None, total)
              if known else translate("progress", "The portal works on the records; it gives no count until it is "
                                                  "done"))
    return _paused(ImportProgress(status, status, None, detail=detail), followed)


def _paused(progress: ImportProgress, followed: bool) -> ImportProgress:
    """A job nobody follows shows where it stood, with a still bar (a moving one would claim activity)."""
    if followed or progress.finished:
        return progress
    return ImportProgress(progress.word, translate("progress", "Not followed now"), progress.fraction or 0.0,
                          detail=translate("progress", "{state} (last known; Resume follows it again)")
                          .format(state=progress.tooltip))


def shown_count(imp: Any, value: int | None) -> str:
    """A count of the portal's, once it means something: when the import is done, or when it is not zero
    (a queued import's zeros say nothing yet)."""
    if value is None or (not value and not imp.finished):
        return ""
    return number(value)


def import_caption(position: int, imp: Any) -> tuple[str, str]:
    """(text, tooltip) of an import's row: "1. Employee · hris.csv", the portal's names in the tooltip."""
    title = type_title(imp.load_type, imp.type_id)
    code = type_code(imp.load_type, imp.type_id)
    if imp.source_name:
        text = translate("progress", "{position}. {title} · {file}")
        origin = translate("progress", "{code} from {file}")
    else:
        text = translate("progress", "{position}. {title} · a file")
        origin = translate("progress", "{code} from a file")
    ident = (translate("progress", "Import id: {import_id}") if imp.import_id
             else translate("progress", "Import id: not created yet"))
    values = {"position": position + 1, "title": title, "file": imp.source_name, "code": code,
              "import_id": imp.import_id}
    tip = [f"{imp.label}" if imp.label else title, origin.format(**values), ident.format(**values)]
    return text.format(**values), "\n".join(tip)


def job_caption(job: Any) -> tuple[str, str]:
    """(text, tooltip) of a job's row: its label and, when the label does not say it, when it started."""
    label = job.label or translate("progress", "Job")
    started = job.created_at.astimezone()
    when = started.strftime("%H:%M")
    text = label if when in label else f"{label} · {when}"
    lines = [label, translate("progress", "Started {time}").format(time=f"{started:%Y-%m-%d %H:%M}"),
             (translate("progress", "Job id: {job_id}") if job.job_id
              else translate("progress", "Job id: not created yet")).format(job_id=job.job_id)]
    if job.profile or job.root_url:
        lines.append(translate("progress", "Portal: {portal}").format(portal=job.profile or job.root_url))
    return text, "\n".join(lines)


def default_job_label(imports: Sequence[Any], now: datetime) -> str:
    """A label that tells jobs apart: the first file, its load type, the time ("hris.csv · Employee · 14:05")."""
    when = f"{now:%Y-%m-%d %H:%M}"
    if not imports:
        return translate("progress", "Job {time}").format(time=when)
    first = imports[0]
    title = getattr(first, "type_title", None) or type_title(first.load_type, getattr(first, "type_id", None))
    name = (first.source_name or str(getattr(first, "payload", "")).rsplit("/", 1)[-1]
            or translate("progress", "file"))
    if len(imports) > 1:
        label = translate("progress", "{file} · {title} + {more} more · {time}")
    else:
        label = translate("progress", "{file} · {title} · {time}")
    return label.format(file=name, title=title, more=number(len(imports) - 1), time=when)


def finished_sentence(job: Any) -> tuple[str, str, int]:
    """(title, text, records failed) announcing a job that ended ("Job … finished", "8 records loaded.")."""
    loaded = sum(i.successful_records or 0 for i in job.imports)
    failed = sum(i.error_records or 0 for i in job.imports)
    if failed:
        text = translate("progress", "%n record(s) loaded, {failed} with errors.", None, loaded).format(
            failed=number(failed))
    else:
        text = translate("progress", "%n record(s) loaded.", None, loaded)
    name = job.label or job.job_id
    if job.state == FINISHED:
        title = translate("progress", "Job {job} finished")
    elif job.state == FAILED:
        title = translate("progress", "Job {job} failed")
    elif job.state == ABANDONED:
        title = translate("progress", "Job {job} abandoned")
    else:
        title = translate("progress", "Job {job} {state}")  # a journal state this sentence does not know
    return title.format(job=name, state=job.state), text, failed
