"""ReportService: the cache first, the ledger's cap, 410 and expiry explained with the cached copy."""

from __future__ import annotations

import httpx
import pytest

from csod_desktop.errors import ConfigError, NetworkError, NotFoundError, ReportExpiredError, ReportQuotaError
from csod_desktop.services.reports import ReportService, parse_report

IMPORT = "imp-7"


def test_six_fetches_cost_one_download(ctx, portal):
    results = [ctx.reports.fetch(IMPORT) for _ in range(6)]
    assert portal.report_calls[IMPORT] == 1
    assert [r.from_cache for r in results] == [False] + [True] * 5
    assert results[-1].usage_text == "1 of 5 used, cap 4" and results[0].data == results[-1].data


def test_forced_downloads_stop_at_the_cap_with_the_count(ctx, portal):
    for _ in range(4):
        ctx.reports.fetch(IMPORT, refresh=True)
    with pytest.raises(ReportQuotaError) as info:
        ctx.reports.fetch(IMPORT, refresh=True)
    assert "4 of 5 downloads used; the cap is 4" in str(info.value)
    assert portal.report_calls[IMPORT] == 4
    assert ctx.reports.fetch(IMPORT).from_cache  # the saved copy is still served
    assert not ctx.reports.can_download(IMPORT)


def test_views_are_derived_from_the_cached_full_report(ctx, portal):
    errors = ctx.reports.fetch(IMPORT, "errors")
    warnings = ctx.reports.fetch(IMPORT, "warnings")
    assert portal.report_calls[IMPORT] == 1 and warnings.from_cache
    assert errors.data.count(b"\r\n") == 3 and b"u3" not in errors.data  # header + 2 error rows
    assert warnings.data.splitlines()[1].startswith(b"u3")
    with pytest.raises(ConfigError, match="Unknown report view"):
        ctx.reports.fetch(IMPORT, "everything")


def test_a_410_with_a_cached_copy_is_explained_and_the_copy_offered(ctx, portal):
    ctx.reports.fetch(IMPORT)
    portal.report_status = 410
    result = ctx.reports.fetch(IMPORT, refresh=True)
    assert result.from_cache and "no download of this report left (HTTP 410)" in result.notice
    assert "saved on this computer" in result.notice
    assert ctx.reports.downloads_used(IMPORT) == 5  # the portal says: all spent
    with pytest.raises(ReportQuotaError, match="5 of 5"):
        ctx.reports.fetch(IMPORT, refresh=True)


def test_a_410_without_a_copy_raises_the_portals_sentence(ctx, portal):
    portal.report_status = 410
    with pytest.raises(ReportQuotaError, match="only five"):
        ctx.reports.fetch(IMPORT)


def test_an_expired_report_is_explained(ctx, portal):
    ctx.reports.fetch(IMPORT)
    portal.report_status, portal.report_message = 410, "Report expired (retention 30 days)"
    result = ctx.reports.fetch(IMPORT, refresh=True)
    assert "30 days" in result.notice and result.from_cache
    with pytest.raises(ReportExpiredError):
        ctx.reports.fetch("imp-other")
    assert ctx.reports.downloads_used("imp-other") == 0


def test_a_404_spends_nothing_and_a_dropped_connection_counts(ctx, portal):
    portal.report_status = 404
    ctx.client.retry.report_not_ready_attempts = 1
    with pytest.raises(NotFoundError):
        ctx.reports.fetch(IMPORT)
    assert ctx.reports.downloads_used(IMPORT) == 0
    portal.report_status = None
    portal.before["/report"] = lambda r: (_ for _ in ()).throw(httpx.ReadError("cut", request=r))
    with pytest.raises(NetworkError):
        ctx.reports.fetch(IMPORT)
    assert ctx.reports.downloads_used(IMPORT) == 1  # it may have been served before the cut


def test_without_a_connection_only_the_cache_is_served(ctx, portal):
    ctx.reports.fetch(IMPORT)
    offline = ReportService(ctx.journal)
    assert offline.fetch(IMPORT).from_cache
    with pytest.raises(ConfigError, match="no portal connection"):
        offline.fetch("imp-never-downloaded")


def test_report_parsing_is_tolerant():
    parsed = parse_report(
        "\ufeffUserId,loaded ,ERRORS,Warnings,Extra\r\n"
        "a,Yes,,,x\r\n"
        "b,0,Bad date,,y\r\n"
        "c,LOADED,,Check email\r\n"  # a short row
        "d,maybe,Bad date,,\r\n"
        ",,,,\r\n".encode()
    )
    assert parsed.data_columns == ["UserId", "Extra"]
    assert [parsed.loaded(r) for r in parsed.rows] == [True, False, True, None]
    assert [r[0] for r in parsed.error_rows()] == ["b", "d"]
    assert [r[0] for r in parsed.warning_rows()] == ["c"]
    assert parsed.error_counts().most_common() == [("Bad date", 2)]
    frame = parsed.frame()
    assert frame.shape == (4, 5) and frame["Extra"].to_list() == ["x", "y", None, ""]


def test_a_report_without_an_errors_column_uses_the_loaded_flag():
    parsed = parse_report(b"Id,Loaded\r\n1,true\r\n2,false\r\n")
    assert [r[0] for r in parsed.error_rows()] == ["2"]
    assert parse_report(b"").rows == [] and parse_report(b"").frame().shape == (0, 0)


def test_concurrent_opens_of_one_report_cost_one_download(ctx, portal):
    import threading

    results = []
    threads = [threading.Thread(target=lambda: results.append(ctx.reports.fetch(IMPORT))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert portal.report_calls[IMPORT] == 1 and len(results) == 8
    assert sum(not r.from_cache for r in results) == 1
