"""The sentences of the services, api and store layers come through the installed translation backend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from csod_desktop import i18n
from csod_desktop.api import resolve_root
from csod_desktop.errors import ConfigError
from csod_desktop.services.connection import FAIL, PASS, SKIP, self_test
from csod_desktop.store.profiles import sandbox_profile

seen: list[tuple[str, str]] = []


def _backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
    seen.append((context, text))
    return "«" + i18n.english_plural(text, n) if n >= 0 else "«" + text


@pytest.fixture
def fake_language() -> Iterator[list[tuple[str, str]]]:
    """A backend that marks every text it was asked for ("«"), as a language would translate it."""
    seen.clear()
    i18n.install(_backend, lambda value: f"<{value}>")
    try:
        yield seen
    finally:
        i18n.install(None)


def test_a_bad_portal_address_is_translated_with_its_value_filled_in(fake_language: list[tuple[str, str]]):
    with pytest.raises(ConfigError) as err:
        resolve_root(root_url="http://portal.example.com")
    assert str(err.value) == ("«The portal address 'http://portal.example.com' uses http://, which would send the "
                              "client secret unencrypted.")
    assert err.value.hint.startswith("«Use https://")
    assert ("errors", "The portal address {url!r} uses http://, which would send the client secret unencrypted.") \
        in fake_language


def test_a_wrong_secret_and_the_self_test_come_through_the_backend(sandbox: Any, fake_language: list[Any]):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "not-the-secret"))
    assert [c.status for c in checks] == [PASS, PASS, FAIL, SKIP, SKIP, SKIP, SKIP]
    resolve, connection, token = checks[:3]
    assert resolve.title == "«Address resolves" and resolve.message.startswith("«127.0.0.1 resolves to ")
    assert connection.message.startswith("«Plain http, allowed for the local sandbox on this computer only: ")
    # The sign-in error: our sentence with the status filled in, and its hint, both through the backend.
    assert token.title == "«Token granted"
    assert token.message == "«The portal rejected the client id or secret (HTTP 400 when signing in)."
    assert token.hint.startswith("«Check the client id and secret in Cornerstone")
    assert all(c.message == "«Not checked: no token." or c.message == "«Not checked: an earlier check failed."
               for c in checks[3:])
    assert {context for context, _ in fake_language} >= {"connection", "errors"}


def test_a_passing_self_test_writes_its_numbers_the_window_s_way(sandbox: Any, fake_language: list[Any]):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "demo-secret"))
    assert [c.status for c in checks] == [PASS] * 7, checks
    load_types = checks[4]
    assert load_types.message.startswith("«The portal offers <") and "custom OU types)." in load_types.message
    assert "(<8> OU types)" in checks[6].message and checks[6].message.startswith("«The Employee API")


def test_without_a_backend_the_sentences_stay_english(sandbox: Any):
    checks = list(self_test(sandbox_profile(sandbox.root_url), "not-the-secret"))
    assert checks[2].message == "The portal rejected the client id or secret (HTTP 400 when signing in)."
    assert checks[0].title == "Address resolves"


def _import_record(**changes: Any) -> Any:
    from dataclasses import replace
    from datetime import UTC, datetime

    from csod_desktop.store.records import ImportRecord

    now = datetime(2026, 12, 1, 14, 5, tzinfo=UTC)
    record = ImportRecord(
        ref=1, job_ref=1, position=0, import_id="imp-1", load_type="chr.employee", type_id=None, label="",
        settings={}, mapping=None, source_name="hris.csv", source_sha256=None, record_count=1234, payload_path=None,
        payload_sha256=None, payload_size=None, content_type="text/csv", content_encoding=None, post_state="sent",
        posted_at=None, status=None, total_records=None, successful_records=None,
        successful_records_with_warnings=None, error_records=None, error_status=None, created_at=now,
        finished_at=None, purged_at=None,
    )
    return replace(record, **changes)


def test_a_progress_sentence_comes_through_the_backend_with_its_numbers(fake_language: list[Any]):
    from csod_desktop.services.progress import import_progress

    counting = import_progress(_import_record(status="Processing", total_records=1234, successful_records=20,
                                              error_records=5))
    # "{status} {done} of {total}" translated, and the portal's known status word in it too (services.status_words)
    assert counting.text == "««Processing <25> of <1234>"
    assert counting.tooltip == "«The portal has done <25> of 1,234 records"
    waiting = import_progress(_import_record(post_state="pending"))
    assert (waiting.word, waiting.text) == ("«Not sent yet", "«Waiting to send")
    assert ("progress", "The portal has done {done} of %n records") in fake_language


def test_a_job_event_line_comes_through_the_backend_with_its_values(fake_language: list[Any]):
    from datetime import UTC, datetime

    from csod_desktop.api import ImportStatus
    from csod_desktop.services.events import JobRecorded, ReportWaiting, StatusChecked

    assert JobRecorded(1, "weekly", 3).text == "«Creating the job (3 imports)"
    checked = StatusChecked(1, "job-7", (ImportStatus("imp-1", "Processing", 50, 20, 0, 5),), False, 1)
    assert checked.text == "«Job job-7: «Processing 20/50 loaded, 5 failed"
    waiting = ReportWaiting(1, "imp-1", datetime(2026, 12, 1, 14, 5, tzinfo=UTC), 1)
    assert waiting.text.startswith("«The report of import imp-1 is not ready yet on the portal; asking again at ")
    assert ("events", "Creating the job (%n import(s))") in fake_language


def test_a_report_quota_sentence_comes_through_the_backend_with_its_counts(fake_language: list[Any]):
    from csod_desktop.services.events import ReportReady
    from csod_desktop.services.reports import STATE_TEXT, ReportResult
    from csod_desktop.store.records import REPORT_EXHAUSTED

    result = ReportResult("imp-1", "full", b"", from_cache=False, path=None, downloads_used=1, cap=4)
    assert result.usage_text == "«<1> of <5> used, cap <4>"
    assert ReportReady(1, "imp-1", result).text == "«Report of import imp-1 downloaded («<1> of <5> used, cap <4>)"
    # The states' sentences are looked up when read, so a language installed after import is the one used.
    assert STATE_TEXT[REPORT_EXHAUSTED] == "«not saved: the portal answered 410, its five downloads are spent"


def test_the_route_trust_store_and_callback_sentences_come_through_the_backend(fake_language: list[Any]):
    from csod_desktop import facts
    from csod_desktop.api.network import CERTIFI, NetworkConfig, Proxies, trust_store

    config = NetworkConfig(trust=trust_store(use_os_store=False), proxies=Proxies(explicit="http://proxy.acme:3128"))
    assert config.trust.kind == CERTIFI
    assert config.describe("https://acme.csod.com") == (
        "«{route}; certificates checked against {store}".format(
            route="«through the proxy http://proxy.acme:3128 (from this profile)", store="«certifi's certificate bundle"))
    assert facts.callback_problem("http://hooks.example.com").startswith("«The callback address must start with")


def test_without_a_backend_the_progress_and_event_lines_stay_english():
    from csod_desktop.services.events import JobRecorded
    from csod_desktop.services.progress import import_progress

    assert JobRecorded(1, "weekly", 1).text == "Creating the job (1 import)"
    counting = import_progress(_import_record(status="Processing", total_records=1234, successful_records=20))
    assert (counting.text, counting.tooltip) == ("Processing 20 of 1,234", "The portal has done 20 of 1,234 records")


def test_a_history_rows_report_word_comes_through_the_backend_and_its_export_keeps_the_code(
        fake_language: list[Any]):
    from dataclasses import fields
    from datetime import UTC, datetime

    from csod_desktop.services.history import HistoryRow

    values = {f.name: None for f in fields(HistoryRow)}
    values.update(report="not needed", created_at=datetime(2026, 12, 1, tzinfo=UTC), downloads_used=0)
    row = HistoryRow(**values)
    assert row.report_text == "«not needed" and row.as_dict()["report"] == "not needed"
