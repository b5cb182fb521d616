"""The live status panel: every job of this session and the unfinished ones from the journal, followed in workers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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

from csod_desktop.services import events as ev
from csod_desktop.store.records import utcnow
from csod_desktop.ui.messages import MessageBridge
from csod_desktop.workers import WorkerPool

log = logging.getLogger(__name__)

COLUMNS = ("Job / import", "Status", "Total", "Loaded", "Warnings", "Errors", "Progress", "Elapsed", "Next check")
PROGRESS_COLUMN = COLUMNS.index("Progress")


@dataclass
class FollowedJob:
    """What the panel knows of one job: its journal record, the running worker, the latest events."""

    ref: int
    record: Any = None  # store.records.JobRecord
    worker: Any = None
    next_check_at: datetime | None = None
    uploads: dict[int, float] = field(default_factory=dict)  # import position -> fraction sent
    phase: str = "Starting"
    waiting_for: str = ""  # an unfinished job of another portal: the profile to connect to
    item: QTreeWidgetItem | None = None
    bars: list[QProgressBar] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.worker is not None


def _elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


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

    def __init__(self, bridge: MessageBridge, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.pool = bridge, pool
        self.poll_policy: Any = None  # services.loads.PollPolicy; None = the documented default pace
        self.context: Any = None
        self.jobs: dict[int, FollowedJob] = {}
        self.tray: QSystemTrayIcon | None = None
        self.notifications: list[tuple[str, str]] = []

        self.tree = QTreeWidget(objectName="statusTree")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 0; }")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PROGRESS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PROGRESS_COLUMN, 160)  # item widgets do not count for ResizeToContents
        self.tree.itemDoubleClicked.connect(self._on_tree_double_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        self.empty_label = QLabel("No job yet. Jobs you run appear here with their live status.", objectName="settingNote")
        self.open_button = QPushButton("Open results")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.stop_button = QPushButton("Stop following")
        self.stop_button.setToolTip("Stops asking for this job's status; the job keeps running in Cornerstone "
                                    "and is picked up again when the app next connects to this portal.")
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
        """A portal connection opened: carry on with its unfinished jobs from the journal."""
        self.context = context
        if context is None:
            return
        from csod_desktop.services.resume import jobs_to_resume

        for entry in jobs_to_resume(context.journal, root_url=context.client.root_url, owed_reports=False):
            job = entry.job
            followed = self.jobs.get(job.ref)
            if followed is not None and followed.active:
                continue
            if not entry.resumable:  # one driver per job: another csod-desktop runs it, never both
                self._show_driven_elsewhere(job, entry.text)
                self.bridge.info(f"Job {job.label or job.job_id or job.ref} is {entry.text}: it is left to it.")
                continue
            self.bridge.info(f"Carrying on with job {job.label or job.job_id or job.ref}, unfinished from an earlier session.")
            self.follow(job.ref)

    def _show_driven_elsewhere(self, job: Any, text: str) -> None:
        followed = self.jobs.setdefault(job.ref, FollowedJob(job.ref))
        followed.record, followed.waiting_for = job, ""
        followed.phase = text[0].upper() + text[1:]
        self._render(followed)

    def list_unfinished(self, journal: Any) -> int:
        """At start-up: show the unfinished jobs of every portal, waiting for their profile's connection."""
        from csod_desktop.services.resume import jobs_to_resume

        found = 0
        for entry in jobs_to_resume(journal, owed_reports=False):
            job = entry.job
            if job.ref in self.jobs:
                continue
            if not entry.resumable:
                self._show_driven_elsewhere(job, entry.text)
            else:
                self.jobs[job.ref] = FollowedJob(job.ref, record=job, phase="Waiting for a connection",
                                                 waiting_for=job.profile or job.root_url)
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
        followed.waiting_for = ""
        followed.phase = "Resuming"

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
            followed.record = self.context.journal.job(ref) if self.context is not None else followed.record
            if followed.record is not None and not followed.record.finished:
                followed.phase = "Stopped (the job stays in the journal)"
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
            if isinstance(event, ev.JobFinished):
                followed.next_check_at = None
                followed.phase = f"Job {followed.record.state}" if followed.record is not None else "Finished"
                self._notify_finished(followed)
                self.job_finished.emit(followed.ref)
        self._render(followed)

    def _notify_finished(self, followed: FollowedJob) -> None:
        record = followed.record
        if record is None:
            return
        loaded = sum(i.successful_records or 0 for i in record.imports)
        failed = sum(i.error_records or 0 for i in record.imports)
        title = f"Job {record.label or record.job_id} {record.state}"
        noun = "record" if loaded == 1 else "records"
        text = f"{loaded:,} {noun} loaded, {failed:,} with errors."
        self.notifications.append((title, text))
        (self.bridge.warning if failed else self.bridge.success)(f"{title}: {text}",
                                                                 "Open its results to see the report.")
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
            followed.item.setExpanded(True)
        item = followed.item
        name = (record.label if record is not None else "") or "Job"
        job_id = record.job_id if record is not None and record.job_id else "not created yet"
        item.setText(0, name)
        item.setToolTip(0, f"{name}\nJob id: {job_id}")
        item.setText(1, followed.phase if not followed.waiting_for else
                     f"Unfinished: connect to {followed.waiting_for} to carry on")
        imports = record.imports if record is not None else ()
        while item.childCount() < len(imports):
            child = QTreeWidgetItem(item)
            bar = QProgressBar(maximum=100, textVisible=True)
            bar.setFixedHeight(18)
            bar.setMinimumWidth(120)
            self.tree.setItemWidget(child, PROGRESS_COLUMN, bar)
            followed.bars.append(bar)
        for position, imp in enumerate(imports):
            child = item.child(position)
            child.setData(0, Qt.ItemDataRole.UserRole, ("import", imp.import_id or ""))
            child.setText(0, f"{position + 1}. {imp.label or imp.load_type}")
            child.setToolTip(0, f"{imp.load_type} from {imp.source_name or 'a file'}\nImport id: {imp.import_id or '-'}")
            child.setText(1, imp.status or ("sent" if imp.post_state == "sent" else imp.post_state))
            child.setText(2, _num(imp.total_records if imp.total_records is not None else imp.record_count))
            child.setText(3, _num(imp.successful_records))
            child.setText(4, _num(imp.successful_records_with_warnings))
            child.setText(5, _num(imp.error_records))
            self._set_bar(followed.bars[position], followed, position, imp)
        self._refresh_times(followed)
        self.empty_label.setVisible(not self.jobs)
        self._refresh_buttons()

    def _set_bar(self, bar: QProgressBar, followed: FollowedJob, position: int, imp: Any) -> None:
        """Uploading fills the first half of the bar; Cornerstone's processing (records done) the second."""
        if imp.finished:
            bar.setValue(100)
            bar.setFormat("done")
        elif imp.total_records:
            done = (imp.successful_records or 0) + (imp.error_records or 0)
            bar.setValue(50 + int(50 * done / imp.total_records))
            bar.setFormat(f"processing {done:,}/{imp.total_records:,}")
        elif imp.post_state == "sent":
            bar.setValue(50)
            bar.setFormat("sent, queued")
        else:
            sent = followed.uploads.get(position, 0.0)
            bar.setValue(int(50 * sent))
            bar.setFormat(f"uploading {int(100 * sent)}%")

    def _refresh_times(self, followed: FollowedJob) -> None:
        item, record = followed.item, followed.record
        if item is None or record is None:
            return
        end = record.finished_at or utcnow()
        item.setText(7, _elapsed((end - record.created_at).total_seconds()))
        if followed.next_check_at is not None and followed.active:
            left = (followed.next_check_at - utcnow()).total_seconds()
            item.setText(8, f"in {max(0, round(left))} s")
        else:
            item.setText(8, "")

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
            followed.worker.cancel()

    def import_row(self, import_id: str) -> QTreeWidgetItem | None:
        for followed in self.jobs.values():
            item = followed.item
            for i in range(item.childCount() if item is not None else 0):
                child = item.child(i)
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
