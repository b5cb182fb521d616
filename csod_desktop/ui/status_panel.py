"""The live status panel: every job of this session and the unfinished ones from the journal, followed in workers.

What each import's line says and how full its bar is comes from ``services.progress`` (one state for
both); an unfinished job from an earlier session offers Resume and Forget on its own row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.i18n import translate
from csod_desktop.services import events as ev
from csod_desktop.services.progress import (
    clock_text,
    finished_sentence,
    import_caption,
    import_progress,
    job_caption,
    shown_count,
)
from csod_desktop.services.resume import belongs_to
from csod_desktop.store.records import utcnow
from csod_desktop.ui.job_dialogs import FORGOTTEN, ForgetDialog, JobActions, QuitDialog
from csod_desktop.ui.messages import MessageBridge
from csod_desktop.workers import WorkerPool

log = logging.getLogger(__name__)

COLUMNS = ("Job / import", "Status", "Records", "Loaded", "Warn.", "Errors", "Progress")
PROGRESS_COLUMN = COLUMNS.index("Progress")
#: The bar's colour once an import is done: all loaded, some records failed, the import failed.
TONES = {"ok": "#2e9e55", "partial": "#d99a1e", "failed": "#c8372d"}


@dataclass
class FollowedJob:
    """What the panel knows of one job: its journal record, the running worker, the latest events."""

    ref: int
    record: Any = None  # store.records.JobRecord
    worker: Any = None
    next_check_at: datetime | None = None
    uploads: dict[int, float] = field(default_factory=dict)  # import position -> fraction sent
    phase: str = "Starting"
    stopped: bool = False  # the administrator asked to stop following it: a new connection leaves it be
    item: QTreeWidgetItem | None = None  # the job's row: its label, state and times across the whole width
    rows: list[QTreeWidgetItem] = field(default_factory=list)  # one per import, in the job's order
    bars: list[QProgressBar] = field(default_factory=list)
    actions: JobActions | None = None  # Resume and Forget, on a row of their own under an unfinished job
    actions_item: QTreeWidgetItem | None = None
    forget: bool = False  # forget it once its worker has stopped

    @property
    def active(self) -> bool:
        return self.worker is not None


def _num(value: Any) -> str:
    return "" if value is None else f"{value:,}"


class StatusPanel(QWidget):
    """Follows jobs with ``LoadRunner`` generators pumped by workers; renders each job and its imports."""

    #: The user asked to see an import's results (its import id).
    open_requested = Signal(str)
    #: A job reached its end (journal ref): finished, failed or abandoned.
    job_finished = Signal(int)
    #: The share of the newest job's data sent so far (0..1), for the Run step's upload bar.
    upload_progress = Signal(float)
    #: Resume was asked for a job of a portal the window is not connected to (the profile's name).
    connect_requested = Signal(str)

    def __init__(self, bridge: MessageBridge, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.pool = bridge, pool
        self.poll_policy: Any = None  # services.loads.PollPolicy; None = the documented default pace
        self.context: Any = None
        self.journal: Any = None  # the journal the unfinished jobs were listed from (before any connection)
        self.jobs: dict[int, FollowedJob] = {}
        self.tray: QSystemTrayIcon | None = None
        self.notifications: list[tuple[str, str]] = []

        self.tree = QTreeWidget(objectName="statusTree")
        self.tree.setAccessibleName("Jobs and their imports")
        self.tree.setAccessibleDescription(translate(
            "StatusPanel", "Each job with its imports and their live status. Select an import with the arrow keys, "
            "then press Open results to read its report."))
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)  # the Resume and Forget rows are taller than text rows
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 0; }")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 110)
        header.setSectionResizeMode(PROGRESS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PROGRESS_COLUMN, 200)  # item widgets do not count for ResizeToContents
        header.setMinimumSectionSize(48)
        self.tree.itemDoubleClicked.connect(self._on_tree_double_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        self.empty_label = QLabel("No job followed now. Jobs you run appear here with their live status; earlier "
                                  "ones are in the History step.", objectName="settingNote")
        self.open_button = QPushButton("Open results")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.stop_button = QPushButton("Stop following")
        self.stop_button.setToolTip("Stops asking for this job's status; the job keeps running in Cornerstone. "
                                    "Resume it from its row, or the next time the app connects to this portal.")
        self.stop_button.clicked.connect(self._on_stop_clicked)
        title = QLabel("Jobs", objectName="sectionTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.stop_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._on_ticker_timeout)
        self._refresh_buttons()

    # -- starting and finding jobs --------------------------------------------------------------------
    def set_context(self, context: Any) -> None:
        """A portal connection opened: carry on with its unfinished jobs from the journal.

        They are found by the profile's portal (``services.resume.belongs_to``), not by the address: the
        demo's sandbox may come back on another port with the same jobs.
        """
        self.context = context
        if context is None:
            return
        from csod_desktop.services.resume import jobs_to_resume

        resumed = []
        for entry in jobs_to_resume(context.journal, profile=context.profile, owed_reports=False):
            job = entry.job
            followed = self.jobs.get(job.ref)
            if followed is not None and (followed.active or followed.stopped):
                continue  # followed already, or stopped by the administrator: Resume is on its row
            if not entry.resumable:  # one driver per job: another csod-desktop runs it, never both
                self._show_driven_elsewhere(job, entry.text)
                self.bridge.info(f"Job {job.label or job.job_id or job.ref} is {entry.text}: it is left to it.")
                continue
            self.follow(job.ref)
            resumed.append(f"“{job.label or job.job_id or job.ref}”")
        if resumed:
            # Said after the connection's own message (posted once this returns), which it would hide.
            text = (f"Carrying on with job {resumed[0]}, unfinished from an earlier session." if len(resumed) == 1
                    else f"Carrying on with {len(resumed)} jobs unfinished from an earlier session.")
            QTimer.singleShot(0, lambda: self.bridge.info(
                text, "It is followed on the Run step; nothing is sent twice, and its report is fetched when it ends."))

    def _show_driven_elsewhere(self, job: Any, text: str) -> None:
        followed = self.jobs.setdefault(job.ref, FollowedJob(job.ref))
        followed.record, followed.waiting_for = job, ""
        followed.phase = text[0].upper() + text[1:]
        self._render(followed)

    def list_unfinished(self, journal: Any) -> int:
        """At start-up: show the unfinished jobs of every portal, each with Resume and Forget (or, for a job
        another csod-desktop runs, who runs it)."""
        from csod_desktop.services.resume import jobs_to_resume

        self.journal = journal
        found = 0
        for entry in jobs_to_resume(journal, owed_reports=False):
            job = entry.job
            if job.ref in self.jobs:
                continue
            if not entry.resumable:
                self._show_driven_elsewhere(job, entry.text)
            else:
                self.jobs[job.ref] = FollowedJob(job.ref, record=job, phase="Unfinished from an earlier session")
                self._render(self.jobs[job.ref])
            found += 1
        return found

    def start(self, imports: list[Any], label: str, callback: str | None) -> None:
        """Run a new job (``PreparedImport`` list) on the current context and follow it to its reports."""
        runner = self._runner()
        holder: dict[str, int] = {}

        def job(control: Any) -> Any:
            runner.is_cancelled = control.is_cancelled
            return runner.run(imports, label, callback=callback)

        self._launch(job, "run", holder)

    def follow(self, job_ref: int) -> None:
        """Follow a job already in the journal (resume: nothing is sent twice)."""
        runner = self._runner()
        followed = self.jobs.setdefault(job_ref, FollowedJob(job_ref))
        followed.record = self.context.journal.job(job_ref)
        followed.stopped = False
        followed.phase = "Resuming"
        followed.uploads.clear()

        def job(control: Any) -> Any:
            runner.is_cancelled = control.is_cancelled
            return runner.follow(job_ref)

        self._launch(job, "follow", {"ref": job_ref})

    def _runner(self) -> Any:
        if self.context is None:
            raise RuntimeError("no portal connection")
        options = {"poll": self.poll_policy} if self.poll_policy is not None else {}
        return self.context.runner(**options)

    def _launch(self, job: Any, name: str, holder: dict[str, int]) -> None:
        worker_box: dict[str, Any] = {}

        def on_yield(event: Any) -> None:
            if isinstance(event, ev.RunEvent) and event.job_ref:
                if "ref" not in holder:
                    holder["ref"] = event.job_ref
                followed = self.jobs.setdefault(event.job_ref, FollowedJob(event.job_ref))
                followed.worker = worker_box.get("w")
                self._on_event(followed, event)

        def on_done(*_: Any) -> None:
            ref = holder.get("ref")
            if ref is None or ref not in self.jobs:
                return
            followed = self.jobs[ref]
            followed.worker = None
            followed.uploads.clear()
            if followed.forget:
                self._forget_now(followed)
                return
            followed.record = self.context.journal.job(ref) if self.context is not None else followed.record
            if followed.record is not None and not followed.record.finished:
                followed.phase = "Stopped: Resume carries on (nothing is sent twice)"
            self._render(followed)
            self._update_ticker()

        def on_error(err: Any) -> None:
            self.bridge.exception(err)
            on_done()

        worker = self.pool.start(job, name=f"job-{name}", on_yield=on_yield, on_error=on_error,
                                 on_success=on_done, on_cancel=on_done)
        worker_box["w"] = worker
        if "ref" in holder:
            self.jobs[holder["ref"]].worker = worker
            self._render(self.jobs[holder["ref"]])
        self._update_ticker()

    # -- events -------------------------------------------------------------------------------------
    def _on_event(self, followed: FollowedJob, event: Any) -> None:
        journal = self.context.journal if self.context is not None else None
        if isinstance(event, ev.UploadProgress):
            followed.uploads[event.index] = event.fraction or 0.0
            followed.phase = event.text
            self.upload_progress.emit((event.index + (event.fraction or 0.0)) / max(1, event.count))
        elif isinstance(event, ev.Waiting):
            followed.next_check_at = event.next_check_at
            if followed.phase.startswith(("Sending", "Data of", "Job ", "Creating", "Resuming")):
                followed.phase = "Running in Cornerstone"
        else:
            followed.phase = event.text
            if journal is not None:
                followed.record = journal.job(followed.ref)
            if isinstance(event, ev.ImportPosted):
                followed.uploads[event.index] = 1.0
                self.upload_progress.emit((event.index + 1) / max(1, event.count))
            if isinstance(event, ev.StatusChecked):
                followed.next_check_at = None
                followed.phase = "Running in Cornerstone" if not event.finished else "Finished; fetching reports"
            if isinstance(event, (ev.ReportReady, ev.ReportSkipped)):
                followed.phase = "Finished; fetching reports"
            if isinstance(event, ev.JobFinished):
                followed.next_check_at = None
                followed.phase = f"Job {followed.record.state}" if followed.record is not None else "Finished"
                followed.uploads.clear()
                self._notify_finished(followed)
                self.job_finished.emit(followed.ref)
        self._render(followed)

    def _notify_finished(self, followed: FollowedJob) -> None:
        record = followed.record
        if record is None:
            return
        title, text, failed = finished_sentence(record)
        self.notifications.append((title, text))
        if failed:
            self.bridge.warning(f"{title}: {text}", "The report, matched to your file, is in the Results step.")
        else:
            self.bridge.success(f"{title}: {text}", "Nothing failed, so no report download was needed.")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window().windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    # -- rendering ----------------------------------------------------------------------------------
    def _render(self, followed: FollowedJob) -> None:
        record = followed.record
        if followed.item is None:
            followed.item = QTreeWidgetItem(self.tree)
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
            self.tree.setItemWidget(child, PROGRESS_COLUMN, bar)
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
            self._set_bar(followed.bars[position], progress)
        self._set_actions(followed)
        self._refresh_times(followed)
        self.empty_label.setVisible(not self.jobs)
        self._refresh_buttons()

    @staticmethod
    def _set_bar(bar: QProgressBar, progress: Any) -> None:
        """The bar says what the status says: a share when one is known, a busy bar while nobody knows."""
        if progress.fraction is None:
            bar.setRange(0, 0)  # Qt's busy indicator: the phase has no known length
        else:
            bar.setRange(0, 100)
            bar.setValue(int(round(100 * progress.fraction)))
        bar.setFormat(progress.text)
        bar.setToolTip(progress.tooltip)
        tone = TONES.get(progress.tone) if progress.finished else None
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {tone}; }}" if tone else "")

    def _set_actions(self, followed: FollowedJob) -> None:
        """Resume and Forget, on a row of their own under an unfinished job that nobody follows now."""
        record = followed.record
        wanted = record is not None and not record.finished and not followed.active
        if not wanted:
            if followed.actions_item is not None:
                followed.item.removeChild(followed.actions_item)
                followed.actions_item = followed.actions = None
            return
        if followed.actions is None:
            followed.actions_item = QTreeWidgetItem()
            followed.item.insertChild(0, followed.actions_item)
            followed.actions_item.setFirstColumnSpanned(True)
            box = JobActions()
            box.resume_button.clicked.connect(lambda _=False, ref=followed.ref: self.resume(ref))
            box.forget_button.clicked.connect(lambda _=False, ref=followed.ref: self.forget(ref))
            self.tree.setItemWidget(followed.actions_item, 0, box)
            followed.actions_item.setSizeHint(0, box.sizeHint().grownBy(QMargins(0, 2, 0, 2)))  # as tall as its buttons
            followed.actions = box
        where = record.profile or record.root_url
        connected = self.context is not None and belongs_to(record, self.context.profile)
        followed.actions.resume_button.setToolTip(
            "Follow the job again: send what the portal has not received (never twice), wait for it, fetch "
            "its reports" if connected else f"Connect to {where} first: Resume opens the Connect step with it")

    def _refresh_times(self, followed: FollowedJob) -> None:
        """The job's row: its label, what it is doing, how long it has run and when the next check is."""
        item, record = followed.item, followed.record
        if item is None:
            return
        if record is None:
            item.setText(0, f"Job   —   {followed.phase}")
            return
        caption, tip = job_caption(record)
        parts = [followed.phase]
        if followed.active or record.finished:  # a job nobody follows has no running time to show
            end = record.finished_at or utcnow()
            parts.append(clock_text((end - record.created_at).total_seconds()))
        if followed.next_check_at is not None and followed.active:
            left = (followed.next_check_at - utcnow()).total_seconds()
            parts.append(f"next check in {max(0, round(left))} s")
        item.setText(0, f"{caption}   —   {' · '.join(parts)}")
        item.setToolTip(0, tip)

    def _on_ticker_timeout(self) -> None:
        for followed in self.jobs.values():
            self._refresh_times(followed)

    def _update_ticker(self) -> None:
        if any(f.active for f in self.jobs.values()):
            if not self.ticker.isActive():
                self.ticker.start()
        else:
            self.ticker.stop()

    def _refresh_buttons(self) -> None:
        kind, value = self._current()
        self.open_button.setEnabled(kind == "import" and bool(value))
        followed = self.jobs.get(value) if kind == "job" else None
        self.stop_button.setEnabled(followed is not None and followed.active)

    # -- what the user asks -------------------------------------------------------------------------
    def _current(self) -> tuple[str, Any]:
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if data else ("", None)

    def _on_open_clicked(self) -> None:
        kind, value = self._current()
        if kind == "import" and value:
            self.open_requested.emit(value)

    def _on_tree_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data and data[0] == "import" and data[1]:
            self.open_requested.emit(data[1])

    def _on_stop_clicked(self) -> None:
        kind, value = self._current()
        followed = self.jobs.get(value) if kind == "job" else None
        if followed is not None and followed.worker is not None:
            followed.stopped = True
            followed.worker.cancel()

    def resume(self, job_ref: int) -> None:
        """Follow an unfinished job again; connecting first when the window is on another portal (or none)."""
        followed = self.jobs.get(job_ref)
        if followed is None or followed.active or followed.record is None:
            return
        if self.context is None or not belongs_to(followed.record, self.context.profile):
            self.connect_requested.emit(followed.record.profile or followed.record.root_url)
            return
        self.follow(job_ref)

    def ask_forget(self, record: Any) -> bool:
        """Whether the administrator confirms forgetting the job (a method, so a test can answer it)."""
        dialog = ForgetDialog(record, self.window())
        dialog.exec()
        return dialog.forgetting()

    def forget(self, job_ref: int) -> bool:
        """After asking, stop following the job for good: it stays on the portal, the journal marks it."""
        followed = self.jobs.get(job_ref)
        if followed is None or followed.record is None or followed.record.finished:
            return False
        if not self.ask_forget(followed.record):
            return False
        followed.forget = True
        if followed.worker is not None:
            followed.worker.cancel()  # forgotten once it has stopped (on_done): no status written after it
        else:
            self._forget_now(followed)
        return True

    def _forget_now(self, followed: FollowedJob) -> None:
        journal = self.context.journal if self.context is not None else getattr(self, "journal", None)
        followed.forget = False
        if journal is None:
            return
        journal.abandon(followed.ref, FORGOTTEN)
        followed.record = journal.job(followed.ref)
        followed.phase = "Forgotten: it stays on the portal"
        self.bridge.info(f"Job “{followed.record.label or followed.record.job_id}” forgotten.",
                         "It stays on the portal; this app no longer follows it.")
        self._render(followed)
        self._update_ticker()

    def quit_question(self) -> QuitDialog | None:
        """The question to ask before the window closes, or None when no job is followed."""
        active = [f for f in self.jobs.values() if f.active and f.record is not None]
        if not active:
            return None
        journal = self.context.journal if self.context is not None else None
        records = [journal.job(f.ref) if journal is not None else f.record for f in active]
        uploading = any(0.0 < share < 1.0 for f in active for share in f.uploads.values())
        return QuitDialog(records, uploading, self.window())

    def import_row(self, import_id: str) -> QTreeWidgetItem | None:
        for followed in self.jobs.values():
            for child in followed.rows:
                if child.data(0, Qt.ItemDataRole.UserRole) == ("import", import_id):
                    return child
        return None

    def active_jobs(self) -> list[int]:
        return [ref for ref, f in self.jobs.items() if f.active]

    def shutdown(self) -> None:
        """The window is closing: the pool cancels the workers (each job stays resumable in the journal)."""
        self.ticker.stop()
        for followed in self.jobs.values():
            if followed.worker is not None:
                try:
                    followed.worker.cancel()
                except RuntimeError:  # already deleted
                    pass
        if self.tray is not None:
            self.tray.hide()
