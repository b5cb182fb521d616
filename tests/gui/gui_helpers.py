"""Helpers for driving the window: simulated drops, waiting for steps, sample files."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
QUICKSTART = SAMPLES / "quickstart_employees.csv"
#: A division, location and manager the sandbox portal holds (its seed): Review checks references against
#: the portal's own data, where the quick start's SUPERVISORY_ORGANIZATION-3-9244 and OR do not exist (issue 12).
SANDBOX_DIVISION, SANDBOX_LOCATION, SANDBOX_MANAGER = "SUP_000012151", "San Jose", "948752281"
BULK_ONLY = "bulk-only-client"  # the sandbox's application without employee:read: checks of the file alone


def drop_files(widget: QWidget, *paths: Path) -> bool:
    """Send a drag-enter and a drop carrying file URLs to ``widget`` (the viewport for item views).

    Returns whether the widget accepted the drag (it only takes local files).
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return True


def connect_sandbox(qtbot, window, root_url: str, *, secret: str = "demo-secret", name: str = "Sandbox",
                    client_id: str = "demo-client"):
    """Create a profile for the sandbox in the Connect form and run the connection test."""
    page = window.connect_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, name)
    page.root_edit.setText(root_url)
    qtbot.keyClicks(page.client_edit, client_id)
    qtbot.keyClicks(page.secret_edit, secret)
    page.remember_check.setChecked(True)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and not window.pool.busy, timeout=20_000)


def choose_load_type(qtbot, window, type_name: str = "chr.employee") -> None:
    from csod_desktop.ui.main_window import LOAD_TYPE

    assert window.go_to(LOAD_TYPE)
    page = window.loadtype_page
    qtbot.waitUntil(lambda: page.type_list.count() > 0, timeout=20_000)
    assert page.select_type(type_name)


def planted_copy(tmp_path: Path, column: str, row: int, value: str, source: Path = QUICKSTART) -> Path:
    """A copy of ``source`` with one cell replaced (row is the 1-based record number)."""
    import csv

    with source.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    rows[row][rows[0].index(column)] = value
    out = tmp_path / source.name
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return out


def portal_ready_quickstart(tmp_path: Path) -> Path:
    """The quick start's employees in a division and location the sandbox holds: Review calls it ready whole."""
    with QUICKSTART.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    for row in rows[1:]:
        row[rows[0].index("Division")] = SANDBOX_DIVISION
        row[rows[0].index("Location")] = SANDBOX_LOCATION
    folder = tmp_path / "portal-ready"
    folder.mkdir(exist_ok=True)
    out = folder / QUICKSTART.name
    with out.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return out


def window_at_map(qtbot, window, root_url: str, path: Path, *, client_id: str = "demo-client"):
    """Connect to the sandbox (as ``client_id``), choose employees, read ``path`` and open the Map step."""
    from PySide6.QtCore import Qt as _Qt

    from csod_desktop.ui.main_window import FILE, MAP

    connect_sandbox(qtbot, window, root_url, client_id=client_id)
    choose_load_type(qtbot, window)
    qtbot.mouseClick(window.loadtype_page.continue_button, _Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE, timeout=20_000)
    window.file_page.open_file(path)
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    assert window.go_to(MAP)
    return window.map_page


def window_after_a_job(qtbot, make_window, sandbox, path: Path = QUICKSTART):
    """A window that ran ``path`` as a job on the sandbox (checked by the file alone: the portal fails what
    it refuses, so the report has rows) and shows its results; every page built."""
    from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit
    from csod_desktop.services.polling import PollPolicy
    from csod_desktop.ui.main_window import RESULTS, REVIEW, RUN

    governor = Governor({name: (Limit(60, 60.0),) for name in DOCUMENTED_LIMITS}, safety=0.0)
    window = make_window(context_options={"governor": governor})
    window.resize(1200, 860)
    window.run_page.status.poll_policy = PollPolicy.fast()
    window_at_map(qtbot, window, sandbox.root_url, path, client_id=BULK_ONLY)
    qtbot.waitUntil(lambda: window.state.mapping is not None and not window.pool.busy, timeout=20_000)
    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    assert review.is_ready(), review.statement.text()
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == RUN and not window.pool.busy, timeout=20_000)
    done: list[int] = []
    window.run_page.status.job_finished.connect(done.append)
    window.run_page.run_now()
    qtbot.waitUntil(lambda: bool(done) and not window.run_page.status.active_jobs(), timeout=90_000)
    assert window.go_to(RESULTS)
    qtbot.waitUntil(lambda: window.results_page.data is not None and not window.pool.busy, timeout=20_000)
    window.build_all_pages()
    return window


def answer_modal(qtbot, cls, act) -> None:
    """Run ``act(dialog)`` on the next modal dialog of class ``cls`` once it is open."""
    from PySide6.QtCore import QTimer

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


class StallProbe:
    """A 10 ms timer on the GUI thread; the longest gap between its ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.last: float | None = None
        self.worst = 0.0
        self.ticks = 0

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.worst = max(self.worst, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last, self.worst = None, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def big_file(tmp_path: Path, rows: int = 100_000) -> Path:
    """The quick start's employees repeated to ``rows`` records, each with its own user id."""
    with QUICKSTART.open(newline="", encoding="utf-8-sig") as handle:
        reader = list(csv.reader(handle))
    header, body = reader[0], reader[1:]
    uid = header.index("EmployeeIdentificationData_UserId")
    uname = header.index("EmployeeIdentificationData_Username")
    division, location, manager = header.index("Division"), header.index("Location"), header.index("DirectManager")
    out = tmp_path / "big_employees.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(rows):
            row = list(body[i % len(body)])
            row[uid] = row[uname] = f"user{i:06d}"
            row[division], row[location], row[manager] = SANDBOX_DIVISION, SANDBOX_LOCATION, SANDBOX_MANAGER
            writer.writerow(row)
    return out


def reach_file_step(qtbot, window, root_url: str) -> None:
    """Connect to the sandbox, choose employees and continue to the File step."""
    from csod_desktop.ui.main_window import FILE

    connect_sandbox(qtbot, window, root_url)
    choose_load_type(qtbot, window)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE, timeout=20_000)


def read_and_validate(qtbot, window, path: Path, probe: StallProbe) -> tuple[float, float]:
    """Drop ``path`` on the File step, then go to Review; the probe's worst gap while reading and while checking."""
    from csod_desktop.ui.main_window import REVIEW

    probe.start()
    try:
        assert drop_files(window.file_page.drop_zone, path)
        qtbot.waitUntil(lambda: window.state.source is not None, timeout=120_000)
        reading = probe.worst
        probe.start()
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert window.current_step() == REVIEW
        review = window.review_page
        qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=240_000)
        checking = probe.worst
    finally:
        probe.stop()
    assert probe.ticks > 5, "the probe never ran: the measurement is meaningless"
    return reading, checking
