"""No dead ends around a job: the demo carries an unfinished job over a relaunch, quitting asks, every
unfinished job offers Resume and Forget, and Next from Review never opens an empty Run step."""

from __future__ import annotations

import contextlib
import dataclasses
import socket
from urllib.parse import urlsplit

import httpx
import pytest
from gui_helpers import BULK_ONLY, SAMPLES, answer_modal, choose_load_type
from PySide6.QtCore import Qt
from results_helpers import FAST_RETRY, open_window, planted_employees, prepare_import

from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit
from csod_desktop.services.loads import PollPolicy
from csod_desktop.store.journal import ABANDONED, FINISHED
from csod_desktop.ui.job_dialogs import ForgetDialog, QuitDialog
from csod_desktop.ui.main_window import CONNECT, REVIEW, RUN
from csod_desktop.ui.models.report_model import ROW_COLUMN

pytestmark = pytest.mark.gui
#: The first status check an hour away: the window is closed before it, with the job unfinished.
NEVER = PollPolicy(first_check=3600, interval=3600, maximum=3600, tick=0.05)


def _relaxed_services(services) -> None:
    services.context_options.update(FAST_RETRY)
    services.context_options["governor"] = Governor({n: (Limit(60, 60.0),) for n in DOCUMENTED_LIMITS}, safety=0.0)


def _sent(journal) -> bool:
    jobs = journal.jobs()
    return bool(jobs) and all(i.post_state == "sent" for i in jobs[0].imports)


@pytest.mark.parametrize("port_taken", [False, True], ids=["same port", "port taken meanwhile"])
def test_quitting_asks_and_a_relaunched_demo_resumes_the_job_to_its_report(qtbot, monkeypatch, tmp_path, port_taken):
    from csod_desktop import app
    from csod_desktop.cli import demo_cmd

    source = planted_employees(tmp_path)
    seen: dict[str, object] = {}
    runs = iter(("first", "second"))

    def fake_run(*, select_profile=None, argv=None, services=None):
        # What app.run does, without the blocking event loop: the real window on the demo's services.
        app.ensure_application()
        _relaxed_services(services)
        # The demo's profile on the sandbox's application without employee:read: Review checks the file
        # alone, so the portal (not Review) fails record 2 and the report has a row to show.
        services.profiles.save(dataclasses.replace(services.profiles.find(select_profile), client_id=BULK_ONLY))
        window = app.build_window(services)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "ask_before_quitting", False))
        window.connect_page.reload_profiles(select=select_profile)
        window.show()
        (first if next(runs) == "first" else second)(window)
        return 0

    def connect(window) -> None:
        window.connect_page.test_connection()
        qtbot.waitUntil(lambda: window.state.context is not None and not window.pool.busy, timeout=20_000)

    def first(window) -> None:
        connect(window)
        status = window.run_page.status
        status.poll_policy = NEVER
        seen["port"] = urlsplit(window.state.context.client.root_url).port
        prepare_import(qtbot, window, source, "chr.employee")
        window.run_page.run_now()
        journal = window.state.context.journal
        qtbot.waitUntil(lambda: _sent(journal) and bool(status.active_jobs()), timeout=20_000)

        # Closing asks; keeping the app open keeps the job followed.
        answer_modal(qtbot, QuitDialog, lambda d: (seen.setdefault("question", f"{d.text()}\n{d.informativeText()}"),
                                                   d.keep_button.click()))
        window.close()
        assert window.isVisible() and status.active_jobs()
        # Asked again, quitting closes the window and leaves the job to carry on later.
        answer_modal(qtbot, QuitDialog, lambda d: d.quit_button.click())
        window.close()
        assert not window.isVisible()
        qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)
        seen["job"] = journal.jobs()[0]

    def second(window) -> None:
        status = window.run_page.status
        job = seen["job"]
        # Before connecting: the unfinished job is listed with Resume and Forget on its row.
        followed = status.jobs[job.ref]
        assert followed.actions is not None and followed.actions.resume_button.text() == "Resume"
        assert followed.actions.forget_button.text() == "Forget…"
        status.poll_policy = PollPolicy.fast()
        done: list[int] = []
        status.job_finished.connect(done.append)
        connect(window)  # the relaunched sandbox has the job: connecting carries on with it
        seen["port2"] = urlsplit(window.state.context.client.root_url).port
        qtbot.waitUntil(lambda: bool(done) and not status.active_jobs(), timeout=30_000)
        results = window.results_page  # the job's report opens in Results (the runner fetched it)
        qtbot.waitUntil(lambda: results.data is not None and not window.pool.busy, timeout=20_000)
        seen["report"] = results.model.visible_rows()
        seen["row"] = results.model.column_index(ROW_COLUMN)
        seen["finished"] = window.state.context.journal.job(job.ref)
        seen["requests"] = httpx.get(window.state.context.client.root_url + "/_sandbox/requests").json()
        window.ask_before_quitting = True
        window.close()  # nothing is followed any more: no question
        assert not window.isVisible()
        qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)

    monkeypatch.setattr(app, "run", fake_run)
    assert demo_cmd.open_app(demo=True) == 0
    question = str(seen["question"])
    assert "is still running" in question and "Cornerstone carries on" in question
    assert "connect to Sandbox (demo)" in question and "Nothing is sent twice" in question
    unfinished = seen["job"]
    assert unfinished.state != FINISHED and unfinished.job_id

    with contextlib.ExitStack() as stack:
        if port_taken:  # another program took the port meanwhile: the demo comes back on another one
            blocker = stack.enter_context(socket.socket())
            blocker.bind(("127.0.0.1", seen["port"]))
            blocker.listen(1)
        assert demo_cmd.open_app(demo=True) == 0  # the app opened again on the same data folder
    # The port is kept when it is free; either way the job is found by the profile, not by its address.
    assert (seen["port2"] != seen["port"]) if port_taken else (seen["port2"] == seen["port"])
    finished = seen["finished"]
    assert finished.state == FINISHED and finished.job_id == unfinished.job_id
    assert [(i.successful_records, i.error_records) for i in finished.imports] == [(3, 1)]
    assert [row[seen["row"]] for row in seen["report"]] == ["2"]  # the failed record, joined to the file
    # The relaunched app asked and fetched; it never sent the data again.
    assert not [r for r in seen["requests"] if r["method"] == "POST" and "/imports/" in r["path"]]


def test_every_unfinished_job_offers_resume_and_forget(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    status = window.run_page.status
    status.poll_policy = NEVER
    journal = window.state.context.journal
    refs = []
    for path in (planted_employees(tmp_path), SAMPLES / "quickstart_employees.csv"):
        prepare_import(qtbot, window, path, "chr.employee")
        window.run_page.run_now()
        qtbot.waitUntil(lambda: _sent(journal) and bool(status.active_jobs()), timeout=20_000)
        refs.append(journal.jobs()[0].ref)
        status.tree.setCurrentItem(status.jobs[refs[-1]].item)
        qtbot.mouseClick(status.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not status.active_jobs(), timeout=10_000)
    first, second = (status.jobs[ref] for ref in refs)
    for followed in (first, second):
        assert followed.actions is not None and "Stopped: Resume carries on" in followed.item.text(0)

    # Resume follows it again, to the end.
    status.poll_policy = PollPolicy.fast()
    done: list[int] = []
    status.job_finished.connect(done.append)
    qtbot.mouseClick(first.actions.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: refs[0] in done and not status.active_jobs(), timeout=30_000)
    assert journal.job(refs[0]).state == FINISHED and first.actions is None

    # Forget says what it means, and "keep" keeps it.
    said: list[str] = []
    answer_modal(qtbot, ForgetDialog, lambda d: (said.append(d.informativeText()), d.keep_button.click()))
    qtbot.mouseClick(second.actions.forget_button, Qt.MouseButton.LeftButton)
    assert "The job stays on the portal" in said[0] and "stops following it" in said[0]
    assert journal.job(refs[1]).state != ABANDONED and second.actions is not None
    answer_modal(qtbot, ForgetDialog, lambda d: d.forget_button.click())
    qtbot.mouseClick(second.actions.forget_button, Qt.MouseButton.LeftButton)
    forgotten = journal.job(refs[1])
    assert forgotten.state == ABANDONED and "stays on the portal" in forgotten.message
    assert second.actions is None and "Forgotten: it stays on the portal" in second.item.text(0)
    # A new connection does not pick a forgotten job up again.
    status.set_context(window.state.context)
    assert not status.active_jobs() and journal.job(refs[1]).state == ABANDONED


def test_resume_without_the_jobs_connection_opens_connect_with_its_profile(qtbot, make_window, sandbox, tmp_path):
    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    status = window.run_page.status
    status.poll_policy = NEVER
    prepare_import(qtbot, window, planted_employees(tmp_path), "chr.employee")
    window.run_page.run_now()
    journal = window.state.context.journal
    qtbot.waitUntil(lambda: _sent(journal) and bool(status.active_jobs()), timeout=20_000)
    ref = journal.jobs()[0].ref
    window.ask_before_quitting = False
    window.close()
    qtbot.waitUntil(lambda: not window.pool.busy, timeout=10_000)

    again = make_window(context_options=dict(FAST_RETRY))  # the app opened again, not connected yet
    followed = again.run_page.status.jobs[ref]
    assert "Unfinished from an earlier session" in followed.item.text(0)
    assert again.go_to(RUN)
    qtbot.mouseClick(followed.actions.resume_button, Qt.MouseButton.LeftButton)
    assert again.current_step() == CONNECT
    assert again.connect_page.current_profile().name == "Sandbox"
    assert "Connect to Sandbox to carry on" in again.message_area.text()


def test_next_from_review_adds_a_ready_file_and_never_opens_an_empty_run(qtbot, make_window, sandbox):
    from csod_desktop.ui.main_window import FILE, MAP

    window = open_window(make_window, qtbot, sandbox, client_id=BULK_ONLY)
    choose_load_type(qtbot, window, "chr.employee")
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    window.file_page.open_file(SAMPLES / "employees_with_errors.csv")
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    assert window.go_to(MAP)
    qtbot.waitUntil(lambda: window.state.mapping is not None and not window.pool.busy, timeout=20_000)
    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    assert not review.is_ready()
    assert window.next_button.text() == "Next: Run"
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == REVIEW and window.run_page.imports == []
    assert window.message_area.text().startswith("This file is not added to a job yet:")
    assert "errors" in window.message_area.text()

    # Every error excluded, the file is ready: Next adds it and shows Run with it.
    review.exclude_errors()
    qtbot.waitUntil(review.is_ready, timeout=10_000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == RUN and len(window.run_page.imports) == 1, timeout=20_000)
    assert not window.run_page.empty_hint.isVisible()
    # Back on Review, Next shows Run again without adding the same check twice.
    assert window.go_to(REVIEW)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == RUN and len(window.run_page.imports) == 1
    # A file with errors while Run has work: Run opens, saying the file was left out.
    review.model.set_excluded(sorted(window.state.plan.excluded), False)  # the errors are back in
    assert window.go_to(REVIEW)
    qtbot.waitUntil(lambda: not review.is_ready(), timeout=10_000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == RUN and len(window.run_page.imports) == 1
    assert window.message_area.text().startswith("This file is not added to a job yet:")
