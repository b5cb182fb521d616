"""One followed job in the status panel: what the panel knows of it, and the words, counts and bars of its rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QTreeWidget, QTreeWidgetItem

from csod_desktop.i18n import translate
from csod_desktop.services import events as ev
from csod_desktop.services.progress import (
    clock_text,
    import_caption,
    import_progress,
    job_caption,
    shown_count,
)
from csod_desktop.store import records as rec
from csod_desktop.store.records import utcnow
from csod_desktop.ui import theme
from csod_desktop.ui.language import number

#: Position of the bars' column (item widgets there; the tree's other columns are text).
PROGRESS_COLUMN = 6
#: The bar's colour once an import is done: all loaded, some records failed, the import failed.
#: The bar's colour once an import is done: all loaded, some records failed, the import failed (app.qss, [tone]).
TONES = ("ok", "partial", "failed")
#: Events whose line a wait for the next status check replaces ("Running in Cornerstone"): creating the
#: job, sending its data, a status that is not the last. Decided by the event, never by its words.
PASSING = (ev.JobRecorded, ev.JobCreated, ev.UploadProgress, ev.ImportPosted, ev.JobSkipped, ev.JobFinished)


def column_labels() -> list[str]:
    """The tree's headers, in the window's language (read when the panel is built, after the language)."""
    return [translate("StatusPanel", "Job / import"), translate("StatusPanel", "Status"),
            translate("StatusPanel", "Records"), translate("StatusPanel", "Loaded"),
            translate("StatusPanel", "Warn."), translate("StatusPanel", "Errors"),
            translate("StatusPanel", "Progress")]


def job_state_word(state: str | None) -> str:
    """The journal's state of a job (``store.records``: "finished", ...) as the window says it; the stored
    value stays what it is (code compares it), only what is shown is translated."""
    words = {
        rec.CREATING: lambda: translate("StatusPanel", "creating"),
        rec.CREATED: lambda: translate("StatusPanel", "created"),
        rec.RUNNING: lambda: translate("StatusPanel", "running"),
        rec.FINISHED: lambda: translate("StatusPanel", "finished"),
        rec.FAILED: lambda: translate("StatusPanel", "failed"),
        rec.ABANDONED: lambda: translate("StatusPanel", "abandoned"),
    }
    word = words.get(state or "")  # looked up only for the state shown (once per row of History)
    return word() if word is not None else state or ""


@dataclass
class FollowedJob:
    """What the panel knows of one job: its journal record, the running worker, the latest events."""

    ref: int
    record: Any = None  # store.records.JobRecord
    worker: Any = None
    next_check_at: datetime | None = None
    uploads: dict[int, float] = field(default_factory=dict)  # import position -> fraction sent
    phase: str = ""  # what the job is doing, as shown (translated); set_phase
    passing: bool = False  # the phase is one a wait for the next check replaces (PASSING)
    stopped: bool = False  # the administrator asked to stop following it: a new connection leaves it be
    item: QTreeWidgetItem | None = None  # the job's row: its label, state and times across the whole width
    rows: list[QTreeWidgetItem] = field(default_factory=list)  # one per import, in the job's order
    bars: list[QProgressBar] = field(default_factory=list)
    actions: Any = None  # ui.job_dialogs.JobActions: Resume and Forget, on a row of their own
    actions_item: QTreeWidgetItem | None = None
    forget: bool = False  # forget it once its worker has stopped

    def __post_init__(self) -> None:
        if not self.phase:
            self.phase = translate("StatusPanel", "Starting")

    @property
    def active(self) -> bool:
        return self.worker is not None

    def set_phase(self, text: str, *, passing: bool = False) -> None:
        self.phase, self.passing = text, passing


def _num(value: Any) -> str:
    return "" if value is None else number(value)


def render_imports(tree: QTreeWidget, followed: FollowedJob) -> None:
    """The job's row and one row per import: caption, status word, counts and bar."""
    record = followed.record
    if followed.item is None:
        followed.item = QTreeWidgetItem(tree)
        followed.item.setData(0, Qt.ItemDataRole.UserRole, ("job", followed.ref))
        followed.item.setFirstColumnSpanned(True)  # a label that tells jobs apart needs the width
        followed.item.setExpanded(True)
        bold = followed.item.font(0)
        bold.setBold(True)
        followed.item.setFont(0, bold)
    imports = record.imports if record is not None else ()
    while len(followed.rows) < len(imports):
        child = QTreeWidgetItem(followed.item)
        bar = QProgressBar(maximum=100, textVisible=True)
        bar.setFixedHeight(18)
        bar.setMinimumWidth(120)
        tree.setItemWidget(child, PROGRESS_COLUMN, bar)
        followed.rows.append(child)
        followed.bars.append(bar)
    for position, imp in enumerate(imports):
        child = followed.rows[position]
        child.setData(0, Qt.ItemDataRole.UserRole, ("import", imp.import_id or ""))
        caption, tip = import_caption(position, imp)
        child.setText(0, caption)
        child.setToolTip(0, tip)
        progress = import_progress(imp, sent=followed.uploads.get(position), followed=followed.active)
        child.setText(1, progress.word)
        child.setToolTip(1, progress.tooltip)
        child.setText(2, _num(imp.total_records if imp.total_records is not None else imp.record_count))
        child.setText(3, shown_count(imp, imp.successful_records))
        child.setText(4, shown_count(imp, imp.successful_records_with_warnings))
        child.setText(5, shown_count(imp, imp.error_records))
        set_bar(followed.bars[position], progress)


def set_bar(bar: QProgressBar, progress: Any) -> None:
    """The bar says what the status says: a share when one is known, a busy bar while nobody knows."""
    if progress.fraction is None:
        bar.setRange(0, 0)  # Qt's busy indicator: the phase has no known length
    else:
        bar.setRange(0, 100)
        bar.setValue(int(round(100 * progress.fraction)))
    bar.setFormat(progress.text)
    bar.setToolTip(progress.tooltip)
    tone = progress.tone if progress.finished and progress.tone in TONES else ""
    if bar.property("tone") != tone:
        theme.set_state(bar, "tone", tone)


def refresh_times(followed: FollowedJob) -> None:
    """The job's row: its label, what it is doing, how long it has run and when the next check is."""
    item, record = followed.item, followed.record
    if item is None:
        return
    if record is None:
        item.setText(0, translate("StatusPanel", "Job   —   {phase}").format(phase=followed.phase))
        return
    caption, tip = job_caption(record)
    parts = [followed.phase]
    if followed.active or record.finished:  # a job nobody follows has no running time to show
        end = record.finished_at or utcnow()
        parts.append(clock_text((end - record.created_at).total_seconds()))
    if followed.next_check_at is not None and followed.active:
        left = (followed.next_check_at - utcnow()).total_seconds()
        parts.append(translate("StatusPanel", "next check in {seconds} s").format(seconds=number(max(0, round(left)))))
    item.setText(0, f"{caption}   —   {' · '.join(parts)}")
    item.setToolTip(0, tip)
