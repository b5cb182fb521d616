"""The main window: the steps on the left, the current step on the right, one message area on top.

It composes the pages and wires them to each other with signals (no page touches another's widgets):
Review says an import is prepared, Run takes it, Results opens what Run and History ask for.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.ui import steps
from csod_desktop.ui.connect_page import ConnectPage
from csod_desktop.ui.file_page import FilePage
from csod_desktop.ui.history_page import HistoryPage
from csod_desktop.ui.loadtype_page import LoadTypePage
from csod_desktop.ui.map_page import MapPage
from csod_desktop.ui.messages import MessageArea, MessageBridge
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.portal_check import PortalCheck
from csod_desktop.ui.portal_panel import PortalPanel
from csod_desktop.ui.reconcile_dialog import confirm_reconcile
from csod_desktop.ui.results_page import ResultsPage
from csod_desktop.ui.review_page import ReviewPage
from csod_desktop.ui.run_page import RunPage
from csod_desktop.ui.services import UiServices
from csod_desktop.ui.state import WizardState
from csod_desktop.ui.steps import CONNECT, FILE, HISTORY, LOAD_TYPE, MAP, RESULTS, REVIEW, RUN, STEP_NAMES
from csod_desktop.workers import WorkerPool

__all__ = ["CONNECT", "FILE", "HISTORY", "LOAD_TYPE", "MAP", "RESULTS", "REVIEW", "RUN", "STEP_NAMES", "MainWindow"]


class MainWindow(QMainWindow):
    """Composes the pages over one shared state, message bridge and worker pool; holds no business logic."""

    def __init__(self, services: UiServices, *, icon: QIcon | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.services = services
        #: Ask before closing while a job is followed (tests that tear a window down turn it off).
        self.ask_before_quitting = True
        self.state = WizardState(self)
        self.bridge = MessageBridge(self)
        self.pool = WorkerPool(self)
        self.setWindowTitle("CSOD Desktop: bulk loads for Cornerstone")
        if icon is not None:
            self.setWindowIcon(icon)
        self.setMinimumSize(QSize(880, 600))
        self.resize(1180, 780)

        args = (self.state, self.bridge, self.pool)
        self.connect_page = ConnectPage(services, *args)
        self.loadtype_page = LoadTypePage(services, *args)
        self.file_page = FilePage(services, *args)
        self.map_page = MapPage(services, *args)
        self.review_page = ReviewPage(services, *args)
        self.run_page = RunPage(services, *args)
        self.results_page = ResultsPage(services, *args)
        self.history_page = HistoryPage(services, *args)
        # The portal's own data: read after connecting, shown on Review, confirmed against at Run.
        self.portal_check = PortalCheck(self.state, self.pool, job_imports=lambda: self.run_page.imports, parent=self)
        self.review_page.set_portal_panel(PortalPanel(self.portal_check, self.state), self.portal_check.hold_reason)
        self.run_page.confirm_reconcile = lambda imports: confirm_reconcile(
            self, self.state.profile, self.portal_check, imports, self.bridge)
        self.pages: list[StepPage] = [
            self.connect_page,
            self.loadtype_page,
            self.file_page,
            self.map_page,
            self.review_page,
            self.run_page,
            self.results_page,
            self.history_page,
        ]

        self.steps = QListWidget(objectName="stepList")
        self.steps.setAccessibleName("Steps")
        self.steps.setIconSize(QSize(20, 20))
        for number, name in enumerate(STEP_NAMES, start=1):
            item = QListWidgetItem(f"{number}   {name}")
            item.setSizeHint(QSize(180, 42))
            self.steps.addItem(item)
        self.stack = QStackedWidget(objectName="pageStack")
        for page in self.pages:
            self.stack.addWidget(page)
            page.completed.connect(lambda p=page: self.go_to(self.pages.index(p) + 1, clear_message=False))

        self.portal_label = QLabel("Not connected", objectName="portalLabel")
        self.portal_label.setWordWrap(True)
        self.busy = QProgressBar(objectName="busyBar", maximum=0, textVisible=False)
        self.busy.setFixedHeight(4)
        self.busy.hide()

        brand = QLabel("CSOD Desktop", objectName="brand")
        sub = QLabel("Edge Bulk API loader", objectName="brandSub")
        sidebar = QFrame(objectName="sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 12)
        side.addWidget(brand)
        side.addWidget(sub)
        side.addSpacing(14)
        side.addWidget(self.steps, 1)
        side.addWidget(self.portal_label)
        sidebar.setFixedWidth(220)

        self.message_area = MessageArea(self.bridge)
        self.message_area.current_page = lambda: self.stack.currentIndex()
        self._carry_message = False
        self.back_button = QPushButton("Back", objectName="backButton")
        self.back_button.setToolTip("Previous step (Alt+Left)")
        self.next_button = QPushButton("Next", objectName="nextButton")
        self.next_button.setToolTip("Next step (Alt+Right)")
        self.next_button.setProperty("primary", True)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.setContentsMargins(24, 0, 24, 14)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.busy)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        right_panel = QWidget(objectName="rightPanel")
        right_panel.setLayout(right)
        # The message floats over the top of the step (its title and lead), outside the layout: showing
        # it never pushes the step's buttons down under the pointer.
        self.message_area.setParent(right_panel)
        self.message_area.float_over(self.stack)
        central = QWidget(objectName="central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(right_panel, 1)
        self.setCentralWidget(central)

        self._add_shortcuts()
        self.steps.currentRowChanged.connect(self._on_steps_row_changed)
        self.state.steps_changed.connect(self._refresh_steps)
        self.state.connection_changed.connect(self._on_state_connection_changed)
        self.pool.busy_changed.connect(self.busy.setVisible)
        self._wire_pages()
        self._refresh_steps()
        self.steps.setCurrentRow(CONNECT)
        if settings is not None and settings.value("window/geometry") is not None:
            self.restoreGeometry(settings.value("window/geometry"))

    def _wire_pages(self) -> None:
        """The pages' requests to each other, as signals from one page to a public method of another."""
        self.review_page.import_prepared.connect(self._on_review_import_prepared)
        self.run_page.add_another_requested.connect(lambda: self.go_to(LOAD_TYPE))
        self.run_page.status.connect_requested.connect(self._on_status_connect_requested)
        self.run_page.status.open_requested.connect(self._on_import_open_requested)
        self.run_page.status.job_finished.connect(self._on_status_job_finished)
        self.history_page.open_requested.connect(self._on_import_open_requested)
        self.results_page.fix_ready.connect(lambda: self.go_to(REVIEW, clear_message=False))

    def _on_review_import_prepared(self, imports: list) -> None:
        """Review wrote an import's payload parts: they join the next job, and the window shows Run."""
        if self.state.plan is not None:
            self.portal_check.remember(imports, self.state.plan)
        if self.run_page.add_imports(imports):
            self.go_to(RUN, clear_message=False)

    def _on_status_connect_requested(self, profile_name: str) -> None:
        """Resume was asked for a job of a portal the window is not connected to: Connect, with its profile."""
        self.go_to(CONNECT)
        self.connect_page.reload_profiles(select=profile_name)
        self.bridge.info(f"Connect to {profile_name} to carry on with its unfinished job.",
                         "Press Test connection: the job is resumed as soon as the connection works.")

    def _on_import_open_requested(self, import_id: str) -> None:
        self.results_page.open_import(import_id)
        self.go_to(RESULTS)

    def _on_status_job_finished(self, job_ref: int) -> None:
        """A job just ended: Results shows its report next (the runner already cached it: no download),
        unless the administrator is reading another report there right now. The portal's data is read
        again: the load changed it."""
        self.portal_check.fetch(refresh=True)
        if self.current_step() != RESULTS:
            self.results_page.open_job(job_ref)

    def _add_shortcuts(self) -> None:
        for number in range(len(STEP_NAMES)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.go_to(n))
            self.addAction(action)
        forward = QAction(self)
        forward.setShortcut(QKeySequence("Alt+Right"))
        forward.triggered.connect(self.go_next)
        self.addAction(forward)
        back = QAction(self)
        back.setShortcut(QKeySequence("Alt+Left"))
        back.triggered.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.addAction(back)
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    # -- navigation ---------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_next(self) -> bool:
        """The Next button. From Review it never opens an empty Run step: a file that is ready is added
        to the job first (as "Add to the job" does); one that is not says why it is left out."""
        step = self.stack.currentIndex()
        if step == REVIEW:
            return self.review_page.leave_forward(self.run_page.has_work()) and self.go_to(RUN, clear_message=False)
        return self.go_to(step + 1)

    def go_to(self, step: int, *, clear_message: bool = True) -> bool:
        """Show step ``step`` if its inputs exist; returns whether the window moved there.

        A step the user moves to starts with a clear message area (a message belongs to the step it was
        about); a step reached because the previous one finished keeps that step's closing message.
        """
        if not 0 <= step < len(self.pages) or not self.state.reachable(step):
            return False
        self._carry_message = not clear_message
        try:
            self.steps.setCurrentRow(step)
        finally:
            self._carry_message = False
        return self.stack.currentIndex() == step

    def _on_steps_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self.state.reachable(row):
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.stack.currentIndex())
            self.steps.blockSignals(False)
            return
        self.message_area.page_changed(row, carry=self._carry_message)  # a message belongs to its step
        if row == REVIEW:
            self.portal_check.review_entered()  # before Review shows: it checks what the plan has then
        self.stack.setCurrentIndex(row)
        self.pages[row].entered()
        self._refresh_nav()

    def _refresh_steps(self) -> None:
        state = self.state
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            flags = Qt.ItemFlag.ItemIsSelectable
            if state.reachable(row):
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setText(f"{row + 1}   {STEP_NAMES[row]}" + ("   ✓" if steps.done(state, row) else ""))
            item.setToolTip(f"Ctrl+{row + 1}" + ("" if state.reachable(row) else ": finish the steps before it"))
        self._refresh_nav()

    def _refresh_nav(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setEnabled(step > 0)
        nxt = step + 1
        self.next_button.setEnabled(nxt < len(self.pages) and self.state.reachable(nxt))
        self.next_button.setText(f"Next: {STEP_NAMES[nxt]}" if nxt < len(self.pages) else "Next")

    def _on_state_connection_changed(self) -> None:
        profile = self.state.profile
        if profile is None or self.state.context is None:
            self.portal_label.setText("Not connected")
        else:
            self.portal_label.setText(f"Connected to\n{profile.name}\n{profile.root_url}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.ask_before_quitting and not self.run_page.may_quit():
            event.ignore()  # a job is followed and the administrator chose to keep the app open
            return
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        self.pool.shutdown()
        for page in self.pages:
            close = getattr(page, "shutdown", None)
            if close:
                close()
        super().closeEvent(event)
