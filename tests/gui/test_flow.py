"""The whole flow in the real window against the sandbox on loopback: connect, choose, drop, map, review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from csod_desktop.api import RetryPolicy
from csod_desktop.ui.main_window import FILE, MAP, REVIEW, RUN
from gui_helpers import (
    QUICKSTART,
    ROOT,
    choose_load_type,
    connect_sandbox,
    drop_files,
    planted_copy,
    portal_ready_quickstart,
)

pytestmark = pytest.mark.gui

FAST_RETRY = {"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)}
DATE = "WorkerStatusData_LastHireDate"


def test_whole_flow_from_profile_to_a_ready_payload(qtbot, make_window, sandbox, tmp_path):
    window = make_window(context_options=FAST_RETRY)

    # 1. Connect: a new profile, the self-test shows each check.
    connect_sandbox(qtbot, window, sandbox.root_url)
    results = window.connect_page.check_results()
    titles = [text for text, _ok, _detail in results]
    assert any("Token granted" in t for t in titles), results
    assert all(ok is not False for _t, ok, _d in results), results
    assert window.state.context is not None
    assert "Connected" in window.message_area.text()

    # 2. Load type: the portal's types (custom OUs by name), each with a sentence; employees.
    choose_load_type(qtbot, window)
    texts = [window.loadtype_page.type_list.item(i).text() for i in range(window.loadtype_page.type_list.count())]
    assert any("Creates and updates employees" in t for t in texts)
    assert any("custom unit type" in t for t in texts), texts
    form = window.loadtype_page.form
    assert form.values()["ReconcileUsers"] is False  # off by default
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE, timeout=20_000)
    assert window.state.schema.load_type == "chr.employee"

    # 3. File: the quick start's CSV (in a division the sandbox holds) with one planted invalid date, dropped.
    planted = planted_copy(tmp_path, DATE, 2, "2019-13-45", source=portal_ready_quickstart(tmp_path))
    assert drop_files(window.file_page.drop_zone, planted)
    qtbot.waitUntil(lambda: window.state.source is not None, timeout=20_000)
    assert window.file_page.n_records == 5
    assert "5 records" in window.file_page.summary.text()
    assert "encoding" in window.file_page.summary.text()

    # 4. Map: accept the automatic mapping (every required field matched).
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == MAP
    assert window.map_page.missing_required() == []
    assert window.state.mapping.columns[DATE] == DATE

    # 5. Review: the planted cell is highlighted as an error; fix it in the grid and check again.
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == REVIEW
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    assert not review.is_ready()
    model = review.model
    assert 2 in model.rows
    index = model.index(model.row_index(2), model.column_index(DATE))
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    review.grid.setCurrentIndex(index)
    assert "2019-13-45" in review.detail.text() or "date" in review.detail.text().lower()
    review.grid.edit(index)
    editor = review.grid.viewport().findChild(QLineEdit)  # the delegate's editor, open on the cell
    assert editor is not None and editor.text() == "2019-13-45"
    editor.selectAll()
    qtbot.keyClicks(editor, "2019-12-01")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(model.edits), timeout=5000)  # the delegate commits on a queued call
    assert model.edits == {(2, DATE): "2019-12-01"}
    assert "Check again" in review.statement.text()
    qtbot.mouseClick(review.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.is_ready() and not window.pool.busy, timeout=30_000)
    assert review.statement.text().startswith("5 records ready, 0 excluded")

    # The button writes the payload off the GUI thread (the records ready, nothing excluded) and hands it to
    # the Run step (issue 6), which the window then shows.
    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == RUN and not window.pool.busy, timeout=20_000)
    prepared = window.run_page.imports[-1]
    assert prepared.load_type == "chr.employee" and prepared.record_count == 5
    body = prepared.payload.read_bytes().decode("utf-8")
    assert "2019-12-01" in body and "2019-13-45" not in body

    # Steps are revisitable and state carries forward.
    assert window.go_to(FILE)
    assert window.file_page.n_records == 5
    assert window.go_to(REVIEW)
    assert review.is_ready()


def test_rejected_secret_is_a_sentence_in_the_message_area(qtbot, make_window, sandbox):
    window = make_window(context_options=FAST_RETRY)
    connect_sandbox(qtbot, window, sandbox.root_url, secret="not-the-secret")
    assert window.state.context is None
    message = window.message_area.text()
    assert message and "Traceback" not in message
    assert "secret" in message.lower()
    token = [r for r in window.connect_page.check_results() if "Token" in r[0]]
    assert token and token[0][1] is False
    assert not window.next_button.isEnabled()


def _spend_the_minute_bucket(server) -> None:
    """Use up the portal's shared five-per-minute bucket from another client (as a second app would)."""
    import httpx

    with httpx.Client(base_url=server.root_url, timeout=10) as http:
        token = http.post("/services/api/oauth2/token", json={
            "clientId": "demo-client", "clientSecret": "demo-secret", "grantType": "client_credentials",
            "scope": "bulkapispecification:read"}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        for _ in range(10):
            if http.get("/services/api/x/bulk-api/v1/specification", headers=headers).status_code == 429:
                return
    raise AssertionError("the sandbox never throttled")


@pytest.mark.throttled
def test_throttled_schema_fetch_is_reported_and_the_step_stays(qtbot, make_window, throttled_sandbox):
    window = make_window(context_options=FAST_RETRY)
    connect_sandbox(qtbot, window, throttled_sandbox.root_url)
    choose_load_type(qtbot, window)
    _spend_the_minute_bucket(throttled_sandbox)
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=60_000)
    message = window.message_area.text()
    # The retries ran out: one sentence about the rate limit, never a traceback.
    assert "429" in message and "Traceback" not in message, message
    assert "too many requests" in message.lower(), message
    assert window.state.schema is None
    assert window.current_step() != FILE
    assert window.loadtype_page.continue_button.isEnabled()  # the administrator can try again later


def test_wrong_file_types_are_refused_clearly(qtbot, make_window, tmp_path):
    window = make_window()
    page = window.file_page
    window.message_area.set_step(FILE)  # the File page's messages show on the File step (ui.messages)
    pdf = tmp_path / "employees.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert drop_files(page.drop_zone, pdf)
    assert "employees.pdf" in window.message_area.text()
    assert "CSV, TSV, Excel (.xlsx) and JSON" in window.message_area.text()
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0")
    assert drop_files(page.drop_zone, xls)
    assert "save it as .xlsx" in window.message_area.text()
    assert window.state.source is None
    assert drop_files(page.drop_zone, QUICKSTART, QUICKSTART)
    assert "one file at a time" in window.message_area.text()

    # A file whose name promises CSV but holds an image: refused by the reader, in a sentence.
    disguised = tmp_path / "employees.csv"
    disguised.write_bytes((ROOT / "resources" / "icons" / "csod-desktop-64.png").read_bytes())
    assert drop_files(page.drop_zone, disguised)
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
    assert "PNG image" in window.message_area.text()
    assert "could not be read" in page.summary.text()
    assert window.state.source is None
