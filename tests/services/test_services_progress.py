"""What an import's progress says, from its journal record: one state gives the word and the bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from csod_desktop.services.progress import default_job_label, import_progress, job_caption, shown_count
from csod_desktop.services.resume import belongs_to
from csod_desktop.store.profiles import AD_HOC_PROFILE_NAME, sandbox_profile
from csod_desktop.store.records import ImportRecord, JobRecord

NOW = datetime(2026, 12, 1, 14, 5, tzinfo=UTC)
IMPORT = ImportRecord(
    ref=1, job_ref=1, position=0, import_id="imp-1", load_type="chr.employee", type_id=None, label="", settings={},
    mapping=None, source_name="hris.csv", source_sha256=None, record_count=50, payload_path=None,
    payload_sha256=None, payload_size=None, content_type="text/csv", content_encoding=None, post_state="pending",
    posted_at=None, status=None, total_records=None, successful_records=None, successful_records_with_warnings=None,
    error_records=None, error_status=None, created_at=NOW, finished_at=None, purged_at=None,
)


def test_sending_then_the_portals_phases_each_with_a_bar_that_says_the_same():
    waiting = import_progress(IMPORT)
    assert (waiting.word, waiting.fraction) == ("Not sent yet", 0.0)
    sending = import_progress(replace(IMPORT, post_state="sending"), sent=0.4)
    assert (sending.word, sending.text, sending.fraction) == ("Sending", "Sending 40%", 0.4)
    assert sending.tooltip == "Sending 50 records"
    sent = replace(IMPORT, post_state="sent")
    queued = import_progress(replace(sent, status="Queued", total_records=50))
    assert queued.word == "Queued" and queued.fraction is None and "queue" in queued.text  # a busy bar
    assert "50 records" in queued.tooltip
    started = import_progress(replace(sent, status="Processing", total_records=50, successful_records=0))
    assert started.word == "Processing" and started.fraction is None and "0 of" not in started.text
    counting = import_progress(replace(sent, status="Processing", total_records=50, successful_records=20,
                                       error_records=5))
    assert (counting.text, counting.fraction) == ("Processing 25 of 50", 0.5)
    done = import_progress(replace(sent, status="Completed", total_records=50, successful_records=48,
                                   error_records=2, finished_at=NOW))
    assert (done.text, done.fraction, done.tone) == ("48 of 50 loaded", 1.0, "partial")
    assert done.tooltip == "48 loaded, 2 with errors (of 50 records)"
    failed = import_progress(replace(sent, status="Failed", error_status="Unreadable file", finished_at=NOW))
    assert failed.tone == "failed" and failed.text == "Import failed" and "Unreadable file" in failed.tooltip


def test_a_job_nobody_follows_shows_a_still_bar_and_an_interrupted_upload_says_so():
    queued = import_progress(replace(IMPORT, post_state="sent", status="Queued"), followed=False)
    assert (queued.text, queued.fraction) == ("Not followed now", 0.0) and "queue" in queued.tooltip
    interrupted = import_progress(replace(IMPORT, post_state="sending"), followed=False)
    assert interrupted.word == "Interrupted" and "asked what arrived" in interrupted.tooltip


def test_counts_show_once_they_mean_something():
    queued = replace(IMPORT, post_state="sent", status="Queued", successful_records=0)
    assert shown_count(queued, 0) == "" and shown_count(queued, 3) == "3"
    assert shown_count(replace(queued, finished_at=NOW), 0) == "0"


def test_labels_tell_jobs_apart():
    class Item:
        load_type, type_id, source_name, type_title = "ou.division", None, "divisions.csv", "Division"

    assert default_job_label([Item()], NOW) == "divisions.csv · Division · 2026-12-01 14:05"
    assert default_job_label([Item(), Item()], NOW) == "divisions.csv · Division + 1 more · 2026-12-01 14:05"
    job = JobRecord(ref=1, profile="Acme", root_url="https://acme.csod.com", job_id="j1", label="weekly sync",
                    callback_url=None, state="running", message=None, created_at=NOW, updated_at=NOW,
                    finished_at=None, imports=(IMPORT,))
    text, tip = job_caption(job)
    assert text.startswith("weekly sync · ") and "Job id: j1" in tip


def test_the_demo_sandboxs_jobs_are_known_by_its_profile_other_portals_by_their_address():
    job = JobRecord(ref=1, profile="Sandbox (demo)", root_url="http://127.0.0.1:40001", job_id="j1", label="",
                    callback_url=None, state="running", message=None, created_at=NOW, updated_at=NOW,
                    finished_at=None, imports=())
    assert belongs_to(job, sandbox_profile("http://127.0.0.1:40002"))  # the same sandbox, on another port
    other = replace(job, profile="Local tool")
    assert not belongs_to(other, sandbox_profile("http://127.0.0.1:40001"))
    ad_hoc = sandbox_profile("http://127.0.0.1:40002", name=AD_HOC_PROFILE_NAME)
    assert not belongs_to(replace(job, profile=AD_HOC_PROFILE_NAME), ad_hoc)  # --base-url: by its address
    assert belongs_to(replace(job, profile="Acme"), sandbox_profile("x", name="y").with_changes(
        is_sandbox=False, root_url="http://127.0.0.1:40001"))
