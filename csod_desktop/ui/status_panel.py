"""The live status panel: every job of this session and the unfinished ones from the journal, followed in workers.

What each import's line says and how full its bar is comes from ``services.progress`` (one state for
both); an unfinished job from an earlier session offers Resume and Forget on its own row.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.i18n import translate
from csod_desktop.services import events as ev
from csod_desktop.services.progress import finished_sentence
from csod_desktop.services.resume import belongs_to
from csod_desktop.ui.job_dialogs import FORGOTTEN, ForgetDialog, JobActions, QuitDialog
from csod_desktop.ui.messages import MessageBridge
from csod_desktop.ui.status_rows import (
    PASSING,
    PROGRESS_COLUMN,
    FollowedJob,
    column_labels,
    job_state_word,
    refresh_times,
    render_imports,
)
from csod_desktop.workers import WorkerPool

log = logging.getLogger(__name__)


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
        self.tree.setAccessibleName(translate("StatusPanel", "Jobs and their imports"))
        self.tree.setAccessibleDescription(translate(
            "StatusPanel", "Each job with its imports and their live status. Select an import with the arrow keys, "
            "then press Open results to read its report."))
        labels = column_labels()
        self.tree.setColumnCount(len(labels))
        self.tree.setHeaderLabels(labels)
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
        self.empty_label = QLabel(translate(
            "StatusPanel", "No job followed now. Jobs you run appear here with their live status; earlier "
            "ones are in the History step."), objectName="settingNote")
        self.open_button = QPushButton(translate("StatusPanel", "Open results"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.stop_button = QPushButton(translate("StatusPanel", "Stop following"))
        self.stop_button.setToolTip(translate(
            "StatusPanel", "Stops asking for this job's status; the job keeps running in Cornerstone. "
            "Resume it from its row, or the next time the app connects to this portal."))
        self.stop_button.clicked.connect(self._on_stop_clicked)
        title = QLabel(translate("StatusPanel", "Jobs"), objectName="sectionTitle")
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
                self.bridge.info(translate("StatusPanel", "Job {name} is {state}: it is left to it.").format(
                    name=job.label or job.job_id or job.ref, state=entry.text))
                continue
            self.follow(job.ref)
            resumed.append(job.label or job.job_id or job.ref)
        if resumed:
            # Said after the connection's own message (posted once this returns), which it would hide.
            text = (translate("StatusPanel", "Carrying on with job “{name}”, unfinished from an earlier session.")
                    .format(name=resumed[0]) if len(resumed) == 1
                    else translate("StatusPanel", "Carrying on with %n jobs unfinished from an earlier session.",
                                   None, len(resumed)))
            hint = translate("StatusPanel", "It is followed on the Run step; nothing is sent twice, and its report "
                                            "is fetched when it ends.")
            QTimer.singleShot(0, lambda: self.bridge.info(text, hint))

    def _show_driven_elsewhere(self, job: Any, text: str) -> None:
        followed = self.jobs.setdefault(job.ref, FollowedJob(job.ref))
        followed.record, followed.waiting_for = job, ""
        followed.set_phase(text[0].upper() + text[1:])
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
                self.jobs[job.ref] = FollowedJob(
                    job.ref, record=job, phase=translate("StatusPanel", "Unfinished from an earlier session"))
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
        followed.set_phase(translate("StatusPanel", "Resuming"), passing=True)
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
                followed.set_phase(translate("StatusPanel", "Stopped: Resume carries on (nothing is sent twice)"))
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
            followed.set_phase(event.text, passing=True)
            self.upload_progress.emit((event.index + (event.fraction or 0.0)) / max(1, event.count))
        elif isinstance(event, ev.Waiting):
            followed.next_check_at = event.next_check_at
            if followed.passing:
                followed.set_phase(translate("StatusPanel", "Running in Cornerstone"), passing=True)
        else:
            followed.set_phase(event.text, passing=isinstance(event, PASSING))
            if journal is not None:
                followed.record = journal.job(followed.ref)
            if isinstance(event, ev.ImportPosted):
                followed.uploads[event.index] = 1.0
                self.upload_progress.emit((event.index + 1) / max(1, event.count))
            if isinstance(event, ev.StatusChecked):
                followed.next_check_at = None
                if event.finished:
                    followed.set_phase(translate("StatusPanel", "Finished; fetching reports"))
                else:
                    followed.set_phase(translate("StatusPanel", "Running in Cornerstone"), passing=True)
            if isinstance(event, (ev.ReportReady, ev.ReportSkipped)):
                followed.set_phase(translate("StatusPanel", "Finished; fetching reports"))
            if isinstance(event, ev.JobFinished):
                followed.next_check_at = None
                followed.set_phase(
                    translate("StatusPanel", "Job {state}").format(state=job_state_word(followed.record.state))
                    if followed.record is not None else translate("StatusPanel", "Finished"), passing=True)
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
            self.bridge.warning(translate("StatusPanel", "{title}: {text}").format(title=title, text=text),
                                translate("StatusPanel", "The report, matched to your file, is in the Results step."))
        else:
            self.bridge.success(translate("StatusPanel", "{title}: {text}").format(title=title, text=text),
                                translate("StatusPanel", "Nothing failed, so no report download was needed."))
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window().windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    # -- rendering ----------------------------------------------------------------------------------
    def _render(self, followed: FollowedJob) -> None:
        render_imports(self.tree, followed)
        self._set_actions(followed)
        refresh_times(followed)
        self.empty_label.setVisible(not self.jobs)
        self._refresh_buttons()

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
            translate("StatusPanel", "Follow the job again: send what the portal has not received (never twice), "
                                     "wait for it, fetch its reports") if connected
            else translate("StatusPanel", "Connect to {portal} first: Resume opens the Connect step with it")
            .format(portal=where))

    def _on_ticker_timeout(self) -> None:
        for followed in self.jobs.values():
            refresh_times(followed)

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
        followed.set_phase(translate("StatusPanel", "Forgotten: it stays on the portal"))
        self.bridge.info(translate("StatusPanel", "Job “{name}” forgotten.").format(
                         name=followed.record.label or followed.record.job_id),
                         translate("StatusPanel", "It stays on the portal; this app no longer follows it."))
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
