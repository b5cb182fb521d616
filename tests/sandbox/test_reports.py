"""Reports (quick start Step 7): variants, five downloads then 410, 30-day retention, 404 right after completion."""

from __future__ import annotations

from sandbox_http import Api, division_csv

VARIANTS = ["/report", "/report/errors", "/report/warnings", "/errors", "/warnings"]


def _completed_import(api: Api) -> str:
    job_id, import_id = api.load("ou.division", division_csv("SUP_REPORT"))
    api.wait(job_id)
    return import_id


def test_five_downloads_across_all_variants_then_410(api: Api) -> None:
    import_id = _completed_import(api)
    for path in VARIANTS:
        response = api.call("GET", f"/imports/{import_id}{path}")
        assert response.status_code == 200, (path, response.text)
        assert response.headers["content-type"].startswith("text/csv")
        assert response.content.startswith(b"ouRefId,ouName,parentRefId")
    gone = api.call("GET", f"/imports/{import_id}/report")
    assert gone.status_code == 410
    assert gone.json()["error"]["code"] == "410"
    assert api.call("GET", f"/imports/{import_id}/warnings").status_code == 410
    assert api.call("GET", f"/imports/{import_id}/report/nonsense").status_code == 404


def test_report_404_for_a_configurable_delay_after_completion(api: Api) -> None:
    api.control("config", {"report_404_seconds": 30})
    import_id = _completed_import(api)
    early = api.call("GET", f"/imports/{import_id}/report")
    assert early.status_code == 404
    api.control("clock", {"advance_seconds": 29})
    assert api.call("GET", f"/imports/{import_id}/report").status_code == 404
    api.control("clock", {"advance_seconds": 2})
    assert api.call("GET", f"/imports/{import_id}/report").status_code == 200
    # The 404s did not spend downloads: four are left.
    for _ in range(4):
        assert api.call("GET", f"/imports/{import_id}/errors").status_code == 200
    assert api.call("GET", f"/imports/{import_id}/errors").status_code == 410


def test_no_report_before_the_data_is_processed(api: Api) -> None:
    api.control("config", {"processing_seconds": 3600})
    job = api.create_job({"type": "ou.division"})
    import_id = job["imports"][0]["import_id"]
    assert api.call("GET", f"/imports/{import_id}/report").status_code == 404
    api.post_import(import_id, division_csv("SUP_LATER"))
    assert api.call("GET", f"/imports/{import_id}/report").status_code == 404
    assert api.call("GET", "/imports/no-such-import/report").status_code == 404


def test_reports_are_gone_after_thirty_days(api: Api) -> None:
    import_id = _completed_import(api)
    api.control("clock", {"advance_seconds": 30 * 86400 - 120})
    api.login()
    assert api.call("GET", f"/imports/{import_id}/report").status_code == 200
    api.control("clock", {"advance_seconds": 121})
    expired = api.call("GET", f"/imports/{import_id}/report")
    assert expired.status_code == 410
    assert "30 days" in expired.json()["error"]["message"]
