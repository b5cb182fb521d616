"""Render PNGs of the Run, status, Results and History views, driven against the sandbox portal.

    python build_scripts/screenshots_results.py [--out screenshots] [--scale 1.0] [--screen 1440x900]

Like ``screenshots.py``: offscreen, a throw-away home folder, an in-memory keyring. The job runs at the
documented pace (the client's throttle governor is on), so the status view shows a real "next check in".
Takes about a minute.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shot_kit  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    kit = shot_kit.start(__doc__, argv, timeout=120.0)
    home, pump, shot = kit.home, kit.pump, kit.shot

    from PySide6.QtCore import QTimer

    from csod_desktop import app
    from csod_desktop.sandbox.server import SandboxServer
    from csod_desktop.ui.main_window import FILE, HISTORY, MAP, REVIEW, RUN

    qapp = app.ensure_application()

    samples = ROOT / "resources" / "samples"
    planted = Path(home) / "hris_export.csv"
    with (samples / "employees_new_divisions.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    rows[2][header.index("Division")] = "SUP_999999999"  # unknown: the portal refuses this row
    rows[3][header.index("PersonData_NameData_FirstName")] = "=HYPERLINK(\"http://x\")"
    with planted.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)

    with SandboxServer(relaxed=True) as server:
        server.control("config", {"processing_seconds": 20})  # a job that runs a while, for the status view
        # An application without employee:read: Review checks the file alone, so the planted unknown
        # Division goes out and the portal fails it (Results has a refused record to show).
        window = shot_kit.open_connected_window(app, server, client_id="bulk-only-client")
        page = window.connect_page
        page.test_connection()
        pump(lambda: page.test_button.isEnabled() and not window.pool.busy)

        def prepare(path: Path, load_type: str) -> None:
            count = len(window.run_page.imports)
            window.go_to(1)
            lt = window.loadtype_page
            pump(lambda: lt.type_list.count() > 0)
            lt.select_type(load_type)
            lt.fetch_schema()
            pump(lambda: window.current_step() == FILE and not window.pool.busy)
            window.file_page.open_file(path)
            pump(lambda: window.state.source is not None and window.state.source.path == path and not window.pool.busy)
            window.go_to(MAP)
            pump(lambda: window.state.mapping is not None and not window.pool.busy)
            window.go_to(REVIEW)
            pump(lambda: window.review_page.review is not None and not window.pool.busy)
            window.review_page.payload_button.click()
            pump(lambda: len(window.run_page.imports) == count + 1 and window.current_step() == RUN)

        prepare(planted, "chr.employee")
        prepare(samples / "divisions.csv", "ou.division")
        run = window.run_page
        run.job_label_edit.setText("Q4 reorganisation: new divisions and their people")
        shot(window, "6a-run-compose")
        QTimer.singleShot(300, lambda: _shoot_modal(shot, "6b-run-confirm"))
        run.confirm_and_run()
        pump(lambda: run.status.jobs and any(f.record is not None and f.record.job_id for f in run.status.jobs.values())
             and any(f.next_check_at is not None for f in run.status.jobs.values()))
        time.sleep(1.5)
        shot(window, "6c-status-running")
        pump(lambda: not run.status.active_jobs(), timeout=180)
        shot(window, "6d-status-finished")
        job = next(iter(run.status.jobs.values())).record
        employees = next(i for i in job.imports if i.load_type == "chr.employee")
        run.status.open_requested.emit(employees.import_id)
        pump(lambda: window.results_page.data is not None and not window.pool.busy)
        shot(window, "7a-results-report")
        results = window.results_page
        results.groups.selectRow(0)
        results._on_groups_clicked(results.groups_model.index(0, 0))
        shot(window, "7b-results-grouped")
        window.go_to(HISTORY)
        pump(lambda: bool(window.history_page.rows) and not window.pool.busy)
        shot(window, "8-history")
        window.close()
        pump(lambda: not window.pool.busy)
    qapp.processEvents()
    return kit.report()


def _shoot_modal(shot: Callable, name: str) -> None:
    """Photograph the open modal dialog, then accept it."""
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    if dialog is None:
        return
    shot(dialog, name)
    dialog.accept()


if __name__ == "__main__":
    sys.exit(main())
