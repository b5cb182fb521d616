"""LoadRunner against a fake portal (MockTransport): journal first, progress events, cancel and resume."""

from __future__ import annotations

import pytest

from csod_desktop.errors import Cancelled, PortalValidationError
from csod_desktop.services import events as ev
from csod_desktop.services.loads import PollPolicy, ordered, pump
from csod_desktop.services.resume import resume_all, unfinished_jobs
from csod_desktop.store.journal import CREATING, FAILED, FINISHED, SENDING


def test_a_two_import_job_runs_to_its_result(ctx, portal, payloads, make_runner):
    seen: list[ev.RunEvent] = []
    job = pump(make_runner().run(payloads("chr.employee", "ou.division"), "Nightly"), seen.append)
    assert job.state == FINISHED and job.job_id in portal.jobs
    # OU loads go first in the job (an employee may point to a division created by the same job).
    assert [i.load_type for i in job.imports] == ["ou.division", "chr.employee"]
    assert all(portal.received[i.import_id] == 1 for i in job.imports)
    kinds = [type(e).__name__ for e in seen]
    assert kinds[:2] == ["JobRecorded", "JobCreated"] and kinds[-1] == "JobFinished"
    assert "UploadProgress" in kinds and "StatusChecked" in kinds
    progress = [e for e in seen if isinstance(e, ev.UploadProgress)]
    assert progress[-1].fraction == 1.0 and all(e.text for e in seen)
    # The import with errors cost one report download; the clean one none.
    division, employee = job.imports
    assert portal.report_calls == {employee.import_id: 1}
    ready = [e for e in seen if isinstance(e, ev.ReportReady)]
    skipped = [e for e in seen if isinstance(e, ev.ReportSkipped)]
    assert [e.import_id for e in ready] == [employee.import_id] and not ready[0].result.from_cache
    assert [(e.import_id, e.clean) for e in skipped] == [(division.import_id, True)]
    assert ctx.reports.usage_text(employee.import_id) == "1 of 5 used, cap 4"
    assert employee.error_records == 2 and employee.record_count == 5 and employee.source_name == "src-0.csv"
    assert len(ctx.journal.snapshots(job.ref)) >= 1


def test_the_journal_knows_each_step_before_the_portal_does(ctx, portal, payloads, make_runner):
    states = {}

    def on_create(request):
        [job] = ctx.journal.unfinished_jobs()
        states["at_create"] = (job.state, job.job_id)
        return None

    def on_post(request):
        import_id = request.url.path.rsplit("/", 1)[-1]
        states.setdefault("at_post", []).append(ctx.journal.find_import(import_id).post_state)
        return None

    portal.before["/jobs"] = lambda r: on_create(r) if r.method == "POST" else None
    portal.before["/imports/imp-2"] = on_post
    portal.before["/imports/imp-3"] = on_post
    pump(make_runner().run(payloads("ou.division", "chr.employee"), "x"))
    assert states["at_create"] == (CREATING, None)
    assert states["at_post"] == [SENDING, SENDING]


def test_a_refused_job_is_recorded_as_failed_and_not_resumed(ctx, portal, payloads, make_runner):
    portal.before["/jobs"] = lambda r: (
        __import__("httpx").Response(400, json={"error": {"message": "bad callback"}}) if r.method == "POST" else None
    )
    with pytest.raises(PortalValidationError):
        pump(make_runner().run(payloads("chr.employee"), "x"))
    [job] = ctx.journal.jobs()
    assert job.state == FAILED and "HTTP 400" in job.message
    assert unfinished_jobs(ctx.journal) == []
    assert job.imports[0].payload_path is None or not job.imports[0].payload_path.exists()


def test_cancel_leaves_the_job_resumable_and_resume_sends_nothing_twice(ctx, portal, payloads, make_runner):
    flag = {"stop": False}

    def on_event(event):
        if isinstance(event, ev.ImportPosted) and event.index == 0:
            flag["stop"] = True

    with pytest.raises(Cancelled) as info:
        pump(make_runner(is_cancelled=lambda: flag["stop"]).run(payloads("ou.division", "chr.employee"), "x"), on_event)
    assert "resume" in info.value.hint
    [job] = unfinished_jobs(ctx.journal)
    assert [i.post_state for i in job.imports] == ["sent", "pending"]
    outcomes = pump(resume_all(make_runner()))
    assert [o.ok for o in outcomes] == [True] and outcomes[0].job.state == FINISHED
    assert sorted(portal.received.values()) == [1, 1]
    assert unfinished_jobs(ctx.journal) == []


@pytest.mark.parametrize("portal_has_it", [True, False])
def test_an_import_left_sending_is_checked_before_sending_again(ctx, portal, payloads, make_runner, portal_has_it):
    runner = make_runner()
    steps = runner.run(payloads("chr.employee"), "x", wait=False)
    for event in steps:
        if isinstance(event, ev.JobCreated):
            break
    steps.close()  # the process "dies" right after the job was created
    [job] = unfinished_jobs(ctx.journal)
    imp = job.imports[0]
    ctx.journal.import_sending(imp.ref)  # ... in the middle of the data POST
    if portal_has_it:
        portal.received[imp.import_id] += 1
        portal.imports[imp.import_id]["status"] = "Processing"
        portal.imports[imp.import_id]["records"] = 5
    seen = []
    result = pump(make_runner().follow(job.ref), seen.append)
    assert result.state == FINISHED
    assert portal.received[imp.import_id] == 1  # exactly once, either way
    posted = [e for e in seen if isinstance(e, ev.ImportPosted)]
    assert posted[0].confirmed_by_status is portal_has_it


def test_a_job_that_died_during_creation_is_closed_with_a_sentence(ctx, payloads, make_runner):
    steps = make_runner().run(payloads("chr.employee"), "x")
    assert isinstance(next(steps), ev.JobRecorded)
    steps.close()
    [job] = unfinished_jobs(ctx.journal)
    result = pump(make_runner().follow(job))
    assert result.state == "abandoned" and "before any data was sent" in result.message
    assert unfinished_jobs(ctx.journal) == []


def test_polling_backs_off_while_nothing_changes_and_respects_the_governor(ctx, portal, payloads):
    portal.checks_to_complete = 6
    now = {"t": 0.0}
    waits: list[float] = []

    def sleep(seconds):
        now["t"] += seconds

    runner = ctx.runner(
        poll=PollPolicy(first_check=3, interval=15, growth=2, maximum=50, tick=1000),
        clock=lambda: now["t"], sleep=sleep,
    )
    ctx.client.next_status_check_in = lambda: 20.0  # the governor says: not before 20 s
    seen = []
    pump(runner.run(payloads("ou.division"), "x"), seen.append)
    for event in seen:
        if isinstance(event, ev.Waiting):
            waits.append(round(event.seconds_left))
    assert waits[0] == 20  # the first check waits for the governor, not just first_check
    assert waits[1:5] == [20, 30, 50, 50]  # 15 → 30 → 60 capped at 50; never under the governor's 20
    checked = [e for e in seen if isinstance(e, ev.StatusChecked)]
    assert checked[-1].finished and len(checked) == 6
    assert all(e.next_check_at.tzinfo is not None for e in seen if isinstance(e, ev.Waiting))


def test_ordered_puts_ous_first_and_keeps_the_rest_stable(payloads):
    items = payloads("chr.employee", "ou.location", "lms.history", "ou.division")
    assert [i.load_type for i in ordered(items)] == ["ou.location", "ou.division", "chr.employee", "lms.history"]


def test_prepared_import_from_a_payload_info_records_the_source(tmp_path, ctx, make_runner, portal):
    from types import SimpleNamespace

    from csod_desktop.services.loads import PreparedImport
    from csod_desktop.store.cache import sha256_file

    source = tmp_path / "people.csv"
    source.write_text("Emp,Name\n1,a\n")
    payload = tmp_path / "payload.csv"
    payload.write_bytes(b"UserId,Name\r\n1,a\r\n")
    info = SimpleNamespace(path=payload, records=1, content_type="text/csv", content_encoding=None)
    mapping = SimpleNamespace(to_dict=lambda: {"columns": {"Emp": "UserId"}})
    item = PreparedImport.from_payload(info, "chr.employee", label="People", source=source, mapping=mapping)
    assert item.source_name == "people.csv" and item.source_sha256 == sha256_file(source)
    assert item.source_path == source.resolve() and item.mapping == {"columns": {"Emp": "UserId"}}
    job = pump(make_runner().run([item], "one"))
    [imp] = job.imports
    assert imp.source_path == source.resolve() and imp.mapping == {"columns": {"Emp": "UserId"}}
    assert imp.payload_path.read_bytes() == payload.read_bytes() and imp.payload_path != payload
