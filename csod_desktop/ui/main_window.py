"""The main window: the steps on the left, the current step on the right, one message area on top.

It composes the pages and wires them to each other with signals (no page touches another's widgets):
Review says an import is prepared, Run takes it, Results opens what Run and History ask for; the portal's
own data (``PortalCheck``) is shown on Review and confirmed against at Run. Only the Connect page is built
before the first paint; the others, the portal check, and the polars, readers and validation they import,
come in the idle time after it or when they are first needed (issue 15).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.i18n import translate
from csod_desktop.ui import language, language_choice, steps, window_size
from csod_desktop.ui.messages import MessageArea, MessageBridge
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.services import UiServices
from csod_desktop.ui.state import WizardState
from csod_desktop.ui.step_panel import StepPanel, step_text
from csod_desktop.ui.theme import ThemeFollower
from csod_desktop.ui.steps import CONNECT, FILE, HISTORY, LOAD_TYPE, MAP, RESULTS, REVIEW, RUN, STEP_NAMES
from csod_desktop.ui.warmup import WarmUp
from csod_desktop.workers import WorkerPool

if TYPE_CHECKING:
    from csod_desktop.ui.connect_page import ConnectPage
    from csod_desktop.ui.file_page import FilePage
    from csod_desktop.ui.history_page import HistoryPage
    from csod_desktop.ui.loadtype_page import LoadTypePage
    from csod_desktop.ui.map_page import MapPage
    from csod_desktop.ui.portal_check import PortalCheck
    from csod_desktop.ui.results_page import ResultsPage
    from csod_desktop.ui.review_page import ReviewPage
    from csod_desktop.ui.run_page import RunPage

__all__ = ["CONNECT", "FILE", "HISTORY", "LOAD_TYPE", "MAP", "RESULTS", "REVIEW", "RUN", "STEP_NAMES", "MainWindow"]

#: The steps panel on the left.

#: Each step's page class, in step order ("module:Class"): imported when the page is first built.
PAGE_CLASSES: tuple[str, ...] = (
    "csod_desktop.ui.connect_page:ConnectPage",
    "csod_desktop.ui.loadtype_page:LoadTypePage",
    "csod_desktop.ui.file_page:FilePage",
    "csod_desktop.ui.map_page:MapPage",
    "csod_desktop.ui.review_page:ReviewPage",
    "csod_desktop.ui.run_page:RunPage",
    "csod_desktop.ui.results_page:ResultsPage",
    "csod_desktop.ui.history_page:HistoryPage",
)
assert len(PAGE_CLASSES) == len(STEP_NAMES)


class MainWindow(QMainWindow):
    """Composes the pages over one shared state, message bridge and worker pool; holds no business logic."""

    #: The window painted for the first time (nothing but the Connect step is built yet).
    first_painted = Signal()
    #: The window is up: first paint done, the OS keyring found, ``StepPage.started()`` called.
    started = Signal()
    #: Every page is built (the idle-time build after the first paint ended).
    idle_build_done = Signal()

    def __init__(self, services: UiServices, *, icon: QIcon | None = None,
                 settings: QSettings | None = None, stylesheet: str = "") -> None:
        super().__init__()
        self.settings = settings
        self.services = services
        #: Ask before closing while a job is followed (tests that tear a window down turn it off).
        self.ask_before_quitting = True
        self.state = WizardState(self)
        self.bridge = MessageBridge(self)
        self.pool = WorkerPool(self)
        self.setWindowTitle(translate("MainWindow", "CSOD Desktop: bulk loads for Cornerstone"))
        if icon is not None:
            self.setWindowIcon(icon)

        self._pages: list[StepPage | None] = [None] * len(PAGE_CLASSES)
        self._painted = False
        #: Whether the window is up (``started``): pages built from then on are started when built.
        self.is_started = False
        self._warm: WarmUp | None = None
        self._portal_check: PortalCheck | None = None
        #: Builds one page per turn of the event loop after the first paint (stopped when the window closes).
        self._idle_build = QTimer(self, interval=0)
        self._idle_build.timeout.connect(self._on_idle_build_timeout)

        self.step_panel = StepPanel(settings, language.current(), self)
        self.steps = self.step_panel.steps
        self.portal_label = self.step_panel.portal_label
        self.step_panel.language.chosen.connect(self._on_language_chosen)
        self.stack = QStackedWidget(objectName="pageStack")
        for _step in STEP_NAMES:
            # A page never gets less than its minimum size: on a small screen it scrolls instead of
            # squeezing its buttons and labels over each other. The page moves in when it is built.
            host = QScrollArea(objectName="pageScroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            host.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(host)

        self.busy = QProgressBar(objectName="busyBar", maximum=0, textVisible=False)
        self.busy.setFixedHeight(4)
        keep = self.busy.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the pages never move down when a job starts
        self.busy.setSizePolicy(keep)
        self.busy.hide()

        self.back_button = QPushButton(translate("MainWindow", "Back"), objectName="backButton")
        self.back_button.setToolTip(translate("MainWindow", "Previous step (Alt+Left)"))
        self.next_button = QPushButton(translate("MainWindow", "Next"), objectName="nextButton")
        self.next_button.setToolTip(translate("MainWindow", "Next step (Alt+Right)"))
        self.next_button.setProperty("primary", True)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.setContentsMargins(20, 0, 20, 10)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        content = QWidget(objectName="content")
        right = QVBoxLayout(content)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.busy)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        # Over the top of the pages (their title and lead), outside the layout: nothing moves when it shows.
        self.message_area = MessageArea(self.bridge, content, over=self.stack, cover=self._page_header_height)
        central = QWidget(objectName="central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_panel)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        # The app's look is the central widget's, not the application's: the OS's file dialogs (opened on
        # the window) keep their own, while this window, its pages and their dialogs get it, in the OS's
        # light or dark theme, live (ui.theme).
        self.theme = ThemeFollower(central, stylesheet)

        self._add_shortcuts()
        self.steps.currentRowChanged.connect(self._on_steps_row_changed)
        self.state.changing.connect(self.build_all_pages)
        self.state.steps_changed.connect(self._refresh_steps)
        self.state.connection_changed.connect(self._on_state_connection_changed)
        self.state.plan_changed.connect(self._on_state_plan_changed)
        self.state.plan_updated.connect(self._on_state_plan_updated)
        self.pool.busy_changed.connect(self.busy.setVisible)
        self._refresh_steps()
        self.steps.setCurrentRow(CONNECT)
        self.fit_to_screen(restore=settings.value("window/geometry") if settings is not None else None)
        self.installEventFilter(self)  # until the first paint

    def fit_to_screen(self, *, restore: QByteArray | None = None) -> None:
        """Size the window for its screen (``ui.window_size``): the saved geometry if it fits, else the
        preferred size bounded by the room the screen has."""
        screen = self.screen()
        if screen is None:  # no screen at all (a headless platform without one): the preferred size
            available = QRect(QPoint(0, 0), window_size.PREFERRED_SIZE + window_size.FRAME_ROOM)
        else:
            available = screen.availableGeometry()
        self.setMinimumSize(window_size.minimum_size(available))
        # Qt moves a restored window onto a screen; a smaller screen than last time also needs a smaller one.
        if restore is not None and self.restoreGeometry(restore) and window_size.fits(self.size(), available):
            return
        first = window_size.first_geometry(available)
        self.resize(first.size())
        self.move(first.topLeft())

    # -- the pages, built when first needed ----------------------------------------------------------
    @property
    def connect_page(self) -> ConnectPage:
        return self.page(CONNECT)

    @property
    def loadtype_page(self) -> LoadTypePage:
        return self.page(LOAD_TYPE)

    @property
    def file_page(self) -> FilePage:
        return self.page(FILE)

    @property
    def map_page(self) -> MapPage:
        return self.page(MAP)

    @property
    def review_page(self) -> ReviewPage:
        return self.page(REVIEW)

    @property
    def run_page(self) -> RunPage:
        return self.page(RUN)

    @property
    def results_page(self) -> ResultsPage:
        return self.page(RESULTS)

    @property
    def history_page(self) -> HistoryPage:
        return self.page(HISTORY)

    @property
    def pages(self) -> list[StepPage]:
        """Every step's page, in step order (building those not built yet)."""
        return [self.page(step) for step in range(len(PAGE_CLASSES))]

    def is_built(self, step: int) -> bool:
        return self._pages[step] is not None

    def page(self, step: int) -> StepPage:
        """The page of ``step``: on first use its module is imported, the page built, placed and wired."""
        page = self._pages[step]
        if page is not None:
            return page
        module, _, name = PAGE_CLASSES[step].partition(":")
        page_class = getattr(importlib.import_module(module), name)
        host = self.stack.widget(step)
        page = page_class(self.services, self.state, self.bridge.for_step(step), self.pool, parent=host)
        self._pages[step] = page
        host.setWidget(page)
        for table in page.findChildren(QTableView):
            table.setTabKeyNavigation(False)  # Tab leaves a table, the arrows move in it: none traps Tab
        self._put_navigation_last()
        if self.is_started:
            page.started()
        page.completed.connect(lambda s=step: self.go_to(s + 1, carry_message=True))
        wire = {REVIEW: self._wire_review, RUN: self._wire_run, RESULTS: self._wire_results,
                HISTORY: self._wire_history}.get(step)
        if wire is not None:
            wire(page)
        return page

    def _put_navigation_last(self) -> None:
        """Tab reads the window in order: the steps, the message, the page, then Back and Next at its
        bottom. A page built joins the end of the focus chain, after them: they move after it again."""
        last = self.previousInFocusChain()
        while last.focusPolicy() == Qt.FocusPolicy.NoFocus and last is not self:
            last = last.previousInFocusChain()  # Qt does not order a NoFocus widget (a label ends the page)
        if last is not self.next_button:
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    @property
    def portal_check(self) -> PortalCheck:
        """The connected portal's data and the plan's review against it, made with the first page that
        shows or uses it (Review, Run): it imports polars, which the first paint does not wait for."""
        if self._portal_check is None:
            from csod_desktop.ui.portal_check import PortalCheck

            self._portal_check = PortalCheck(self.state, self.pool, job_imports=lambda: self.run_page.imports,
                                             parent=self)
        return self._portal_check

    def _page_header_height(self) -> int:
        """How far down the stack the page on screen has its title and lead (0 before it is built)."""
        page = self._pages[self.stack.currentIndex()]
        if page is None:
            return 0
        return page.mapTo(self.stack, QPoint(0, page.header_height())).y()

    def build_all_pages(self) -> None:
        """Build every page now: the state is about to change, and each page must see it change."""
        for step in range(len(PAGE_CLASSES)):
            self.page(step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            self.first_painted.emit()
            QTimer.singleShot(0, self._start_idle_build)
        return False

    def _start_idle_build(self) -> None:
        """After the first paint: find the OS keyring and import what the later steps need, in a thread;
        then start the pages and build those not built yet, one per turn of the event loop."""
        if not self.isVisible():
            return
        self._warm = WarmUp(self.services)
        self._warm.start()
        self._idle_build.start()

    def _start(self) -> None:
        self.is_started = True
        for page in self._pages:
            if page is not None:
                page.started()
        self.started.emit()

    def _on_idle_build_timeout(self) -> None:
        if not self.is_started:
            if self._warm is not None and not self._warm.keyring_found.is_set():
                self._idle_build.setInterval(20)
                return
            self._start()
        if self._warm is not None and self._warm.is_alive():
            self._idle_build.setInterval(20)  # building now would wait, GUI thread included, on its imports
            return
        self._idle_build.setInterval(0)
        unbuilt = [step for step, page in enumerate(self._pages) if page is None]
        if not unbuilt:
            self._idle_build.stop()
            self.idle_build_done.emit()
            return
        self.page(unbuilt[0])

    # -- the pages' requests to each other, as signals from one page to a public method of another -----
    def _wire_review(self, page: ReviewPage) -> None:
        from csod_desktop.ui.portal_panel import PortalPanel

        page.import_prepared.connect(self._on_review_import_prepared)
        page.set_portal_panel(PortalPanel(self.portal_check, self.state), self.portal_check.hold_reason)

    def _wire_run(self, page: RunPage) -> None:
        from csod_desktop.ui.reconcile_dialog import confirm_reconcile

        page.confirm_reconcile = lambda imports: confirm_reconcile(
            self, self.state.profile, self.portal_check, imports, self.bridge)
        page.add_another_requested.connect(lambda: self.go_to(LOAD_TYPE))
        page.status.connect_requested.connect(self._on_status_connect_requested)
        page.status.open_requested.connect(self._on_import_open_requested)
        page.status.job_finished.connect(self._on_status_job_finished)

    def _wire_results(self, page: ResultsPage) -> None:
        page.fix_ready.connect(lambda: self.go_to(REVIEW, carry_message=True))

    def _wire_history(self, page: HistoryPage) -> None:
        page.open_requested.connect(self._on_import_open_requested)

    def _on_review_import_prepared(self, imports: list) -> None:
        """Review wrote an import's payload parts: they join the next job, and the window shows Run."""
        if self.state.plan is not None:
            self.portal_check.remember(imports, self.state.plan)
        if self.run_page.add_imports(imports):
            self.go_to(RUN, carry_message=True)

    def _on_status_connect_requested(self, profile_name: str) -> None:
        """Resume was asked for a job of a portal the window is not connected to: Connect, with its profile."""
        self.go_to(CONNECT)
        self.connect_page.reload_profiles(select=profile_name)
        self.bridge.info(translate("MainWindow", "Connect to {profile} to carry on with its unfinished job.")
                         .format(profile=profile_name),
                         translate("MainWindow", "Press Test connection: the job is resumed as soon as the "
                                   "connection works."))

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
        quit_action = QAction(translate("MainWindow", "Quit"), self)
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
            return self.review_page.leave_forward(self.run_page.has_work()) and self.go_to(RUN, carry_message=True)
        return self.go_to(step + 1)

    def go_to(self, step: int, *, carry_message: bool = False) -> bool:
        """Show step ``step`` if its inputs exist; returns whether the window moved there.

        The message area then shows the step's own latest message, if any (``ui.messages``). When a step
        finished and the window moves on by itself, ``carry_message`` takes the finished step's closing
        message ("... Next, choose your file.") along to the step it introduces.
        """
        if not 0 <= step < len(PAGE_CLASSES) or not self.state.reachable(step):
            return False
        if carry_message and step != self.stack.currentIndex():
            self.message_area.carry(step)
        self.steps.setCurrentRow(step)
        return self.stack.currentIndex() == step

    def _on_steps_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self.state.reachable(row):
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.stack.currentIndex())
            self.steps.blockSignals(False)
            return
        page = self.page(row)
        if row == REVIEW:
            self.portal_check.review_entered()  # before Review shows: it checks what the plan has then
        self.stack.setCurrentIndex(row)
        self.message_area.set_step(row)
        page.entered()
        self._refresh_nav()

    def _refresh_steps(self) -> None:
        state = self.state
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            flags = Qt.ItemFlag.ItemIsSelectable
            if state.reachable(row):
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setText(step_text(row, done=steps.done(state, row)))
            shortcut = QKeySequence(f"Ctrl+{row + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(shortcut if state.reachable(row) else
                            translate("MainWindow", "{shortcut}: finish the steps before it").format(shortcut=shortcut))
        self._refresh_nav()

    def _refresh_nav(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setEnabled(step > 0)
        nxt = step + 1
        self.next_button.setEnabled(nxt < len(STEP_NAMES) and self.state.reachable(nxt))
        self.next_button.setText(translate("MainWindow", "Next: {step}").format(step=steps.title(nxt))
                                 if nxt < len(STEP_NAMES) else translate("MainWindow", "Next"))

    def _on_language_chosen(self, code: str) -> None:
        text, button = language_choice.restart_offer(code)
        self.bridge.info(text, action=(button, lambda: language_choice.restart(self.close)))

    def _on_state_connection_changed(self) -> None:
        profile = self.state.profile
        if profile is None or self.state.context is None:
            self.portal_label.setText(translate("MainWindow", "Not connected"))
        else:
            self.portal_label.setText(translate("MainWindow", "Connected to\n{profile}\n{url}").format(
                profile=profile.name, url=profile.root_url))

    def _on_state_plan_changed(self) -> None:
        # Another plan (another load type, or fix and reload): what File, Map and Review said was about
        # the plan before; never show it on the new one ("'7,5' is not a number" on another file).
        self.message_area.drop((FILE, MAP, REVIEW))

    def _on_state_plan_updated(self, what: str) -> None:
        if what == "source":  # another file: Map and Review's messages were about the one before
            self.message_area.drop((MAP, REVIEW))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        run = self._pages[RUN]  # not built yet: no job is followed
        if self.ask_before_quitting and run is not None and not run.may_quit():
            event.ignore()  # a job is followed and the administrator chose to keep the app open
            return
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        self._idle_build.stop()
        self.pool.shutdown()
        for page in self._pages:
            close = getattr(page, "shutdown", None)
            if close:
                close()
        super().closeEvent(event)
