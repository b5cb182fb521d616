"""ReconcileUsers in the real window (issue 12): Review lists who it deactivates, and the Run step's confirmation
asks for their number and the portal's name, refuses more than 10% without the override, and is exactly what
the sandbox portal then deactivates."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from csod_desktop import facts
from csod_desktop.ui.portal_panel import PortalPanel
from csod_desktop.ui.reconcile_dialog import ReconcileConfirmDialog, listed_user_ids
from csod_desktop.ui.run_page import ConfirmDialog
from gui_helpers import SAMPLES, SANDBOX_DIVISION, answer_modal
from results_helpers import open_window, review_ready
from test_plan_window import to_review

pytestmark = pytest.mark.gui

SEED_USERS = Path(facts.__file__).parent / "sandbox" / "data" / "seed" / "users.json"
LEFT_OUT = 5  # of 275 active employees: under the 10% limit


def _active(sandbox) -> dict[str, bool]:
    ids = [u["EmployeeIdentificationData_UserId"] for u in json.loads(SEED_USERS.read_text("utf-8"))["users"]]
    return {i: facts.setting_flag(sandbox.control(f"users/{i}", method="GET"), "active", True) for i in ids}


def _all_but_a_few(tmp_path: Path) -> tuple[Path, set[str]]:
    """Every active employee of the sandbox's seed except ``LEFT_OUT`` ordinary ones (never its system account)."""
    users = [u for u in json.loads(SEED_USERS.read_text("utf-8"))["users"] if u.get("active", True)]
    ordinary = [u for u in users if u["EmployeeIdentificationData_UserId"] not in ("bsuser", "bulk-apis-service-account")]
    missing = {u["EmployeeIdentificationData_UserId"] for u in ordinary[10:10 + LEFT_OUT]}
    path = tmp_path / "all_employees.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                         "PersonData_NameData_LastName", "Division"])
        for user in users:
            if user["EmployeeIdentificationData_UserId"] not in missing:
                writer.writerow([user["EmployeeIdentificationData_UserId"], user["PersonData_NameData_FirstName"],
                                 user["PersonData_NameData_LastName"], SANDBOX_DIVISION])
    return path, missing


def _reconcile_on(form) -> None:
    form.confirm_reconcile = lambda: True  # the early warning of the Load type step, answered
    form.control("ReconcileUsers").setChecked(True)


def _prepare(qtbot, window, path: Path) -> PortalPanel:
    to_review(qtbot, window, path, before_continue=_reconcile_on)
    review_ready(qtbot, window)
    panel = window.review_page.findChild(PortalPanel)
    qtbot.waitUntil(lambda: panel.reconcile.isVisible(), timeout=10_000)
    return panel


def _jobs_posted(sandbox) -> list:
    return [r for r in sandbox.requests() if r["method"] == "POST" and r["path"].endswith("/jobs")]


def test_the_confirmed_list_is_who_the_portal_deactivates(qtbot, make_window, sandbox, tmp_path):
    before = _active(sandbox)
    path, missing = _all_but_a_few(tmp_path)
    window = open_window(make_window, qtbot, sandbox)
    panel = _prepare(qtbot, window, path)
    # Review says how many, and lists them with name, User ID and manager before anything is confirmed.
    assert panel.reconcile.text().startswith(
        f"ReconcileUsers would deactivate {LEFT_OUT} of the portal's 275 active employees (1.8%).")
    assert "more than our 10% limit" not in panel.reconcile.text()
    listing = panel.show_deactivations()
    assert set(listed_user_ids(listing.table)) == missing
    frame = listing.table.model().frame
    assert frame.columns == ["User ID", "Name", "Note", "Manager", "Manager's User ID", "Username"]
    assert all(frame.get_column("Name")) and all(frame.get_column("Manager"))
    listing.close()

    qtbot.mouseClick(window.review_page.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 1 and not window.pool.busy, timeout=20_000)
    status = window.run_page.status
    done: list[int] = []
    status.job_finished.connect(done.append)
    seen: dict[str, object] = {}

    def confirm(dialog: ReconcileConfirmDialog) -> None:
        seen["listed"] = listed_user_ids(dialog.table)
        seen["names"] = list(dialog.table.model().frame.get_column("Name"))
        seen["sentence"] = dialog.sentence.text()
        seen["override shown"] = dialog.override.isVisibleTo(dialog)
        seen["word"] = dialog.word  # a typed loopback address is not the app's own sandbox: its host is the word
        dialog.portal_edit.setText("127.0.0.1")
        dialog.count_edit.setText(str(LEFT_OUT - 1))
        seen["wrong number"] = dialog.ok_button.isEnabled()
        dialog.count_edit.setText(str(LEFT_OUT))
        seen["right number"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    answer_modal(qtbot, ConfirmDialog, lambda d: d.accept())
    answer_modal(qtbot, ReconcileConfirmDialog, confirm)
    qtbot.mouseClick(window.run_page.run_button, Qt.MouseButton.LeftButton)
    assert seen["wrong number"] is False and seen["right number"] is True and seen["override shown"] is False
    assert "not known yet" in seen["sentence"]  # no job yet: the application's own account cannot be named
    qtbot.waitUntil(lambda: bool(done) and not status.active_jobs() and not window.pool.busy, timeout=60_000)

    after = _active(sandbox)
    deactivated = {u for u, on in before.items() if on and not after[u]}
    assert set(seen["listed"]) == deactivated == missing
    names = {window.portal_check.snapshot.employee(u).name for u in deactivated}
    assert set(seen["names"]) == names
    # The portal's data was read again after the load: they are inactive in the window's snapshot too.
    assert all(not window.portal_check.snapshot.employee(u).active for u in deactivated)


def test_more_than_a_tenth_is_refused_without_the_override(qtbot, make_window, sandbox):
    before = _active(sandbox)
    window = open_window(make_window, qtbot, sandbox)
    panel = _prepare(qtbot, window, SAMPLES / "employees.csv")  # 50 new people: all 275 active are missing
    assert panel.reconcile.text().startswith("ReconcileUsers would deactivate 275 of the portal's 275 active")
    assert "more than our 10% limit" in panel.reconcile.text()
    qtbot.mouseClick(window.review_page.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 1 and not window.pool.busy, timeout=20_000)
    seen: dict[str, object] = {}

    def refuse(dialog: ReconcileConfirmDialog) -> None:
        frame = dialog.table.model().frame
        seen["count"] = frame.height
        seen["bsuser"] = frame.filter(frame["User ID"] == "bsuser").get_column("Note").to_list()
        seen["word"] = dialog.word  # a typed loopback address is not the app's own sandbox: its host is the word
        dialog.portal_edit.setText("127.0.0.1")
        dialog.count_edit.setText("275")
        seen["limit"] = dialog.limit.text()
        seen["without override"] = dialog.ok_button.isEnabled()
        dialog.accept()  # however it is answered, the rule holds
        seen["still open"] = dialog.isVisible()
        dialog.override.setChecked(True)
        seen["with override"] = dialog.ok_button.isEnabled()
        dialog.reject()  # the administrator thinks again

    answer_modal(qtbot, ConfirmDialog, lambda d: d.accept())
    answer_modal(qtbot, ReconcileConfirmDialog, refuse)
    qtbot.mouseClick(window.run_page.run_button, Qt.MouseButton.LeftButton)
    assert seen["count"] == 275 and seen["bsuser"] == ["a system account"]
    assert "more than our 10% limit" in seen["limit"]
    assert seen["without override"] is False and seen["still open"] is True and seen["with override"] is True
    assert "Nothing was sent" in window.message_area.text()
    assert len(window.run_page.imports) == 1  # still waiting on the Run step
    assert _jobs_posted(sandbox) == [] and _active(sandbox) == before
