"""Render a PNG of every step of the window, driven against the sandbox portal, into ``screenshots/``.

    python build_scripts/screenshots.py [--out screenshots] [--scale 1.0] [--screen 1440x900]

Runs offscreen (no display needed) with a throw-away home folder, so no real profile or keyring is
touched. The output folder is git-ignored: the images are for review, not for the repository.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shot_kit  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    kit = shot_kit.start(__doc__, argv, timeout=60.0)
    pump, shot = kit.pump, kit.shot

    from PySide6.QtCore import QTimer

    from csod_desktop import app
    from csod_desktop.sandbox.server import SandboxServer

    qapp = app.ensure_application()

    samples = ROOT / "resources" / "samples"
    with SandboxServer(relaxed=True) as server:
        window = shot_kit.open_connected_window(app, server)
        page = window.connect_page
        shot(window, "1a-connect-new-profile")
        page.test_connection()
        pump(lambda: page.test_button.isEnabled() and not window.pool.busy)
        shot(window, "1b-connect-tested")

        window.go_to(1)
        lt = window.loadtype_page
        pump(lambda: lt.type_list.count() > 0)
        lt.select_type("chr.employee")
        shot(window, "2a-load-type")
        QTimer.singleShot(300, lambda: _shoot_modal(shot, "2b-reconcile-confirmation", "sandb"))
        lt.form.control("ReconcileUsers").setChecked(True)
        lt.fetch_schema()
        pump(lambda: window.current_step() == 2)
        shot(window, "3a-file-empty")
        window.file_page.open_file(samples / "employees_with_errors.csv")
        pump(lambda: window.state.source is not None and not window.pool.busy)
        shot(window, "3b-file-read")
        window.go_to(3)
        shot(window, "4-map")
        mp = window.map_page
        mp.table.setCurrentIndex(mp.model.index(mp.model.row_of("Gender"), 2))
        QTimer.singleShot(300, lambda: _shoot_modal(shot, "4c-map-values", None))
        mp.edit_values()
        window.go_to(4)
        pump(lambda: window.review_page.review is not None and not window.pool.busy)
        shot(window, "5a-review-problems")
        window.review_page.exclude_errors()
        shot(window, "5b-review-ready")
        # A file whose headers are the portal's titles, not its names: matches by title and similarity.
        window.go_to(2)
        window.file_page.open_file(samples / "hris_export_titles.csv")
        pump(lambda: window.state.source is not None and window.state.source.path.name.startswith("hris")
             and not window.pool.busy)
        window.go_to(3)
        shot(window, "4b-map-by-title")
        window.close()
        pump(lambda: not window.pool.busy)
    qapp.processEvents()
    return kit.report()


def _shoot_modal(shot: Callable, name: str, typed: str | None) -> None:
    """Photograph the open modal dialog (typing ``typed`` into its confirmation box first), then cancel it."""
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    if dialog is None:
        return
    if typed is not None:
        dialog.confirm_edit.setText(typed)
    shot(dialog, name)
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
