"""Posting data (quick start Step 5): lifecycle, one payload per import, formats and the data limits."""

from __future__ import annotations

import gzip
import json
import time

from sandbox_http import API, Api, division_csv
from csod_desktop.sandbox import payloads

MB = 1024 * 1024


def test_import_lifecycle_in_relaxed_mode(api: Api, sandbox) -> None:  # noqa: ANN001
    job_id, import_id = api.load("ou.division", division_csv("SUP_NEW_1", "SUP_NEW_2"))
    status = api.wait(job_id)
    (item,) = status["imports"]
    assert item["status"] == "Completed" and item["total_records"] == 2 and item["error_status"] is None
    assert sandbox.control("ous/ou.division/SUP_NEW_1")["ouName"] == "Division SUP_NEW_1"


def test_lifecycle_follows_the_clock_when_not_relaxed(throttled_api: Api) -> None:
    api = throttled_api
    api.control("config", {"processing_seconds": 100})
    job = api.create_job({"type": "ou.division"})
    import_id = job["imports"][0]["import_id"]
    accepted = api.post_import(import_id, division_csv("SUP_CLOCK")).json()
    assert accepted == {"message": "request received", "remaining_capacity": 4, "import_id": import_id,
                        "report_url": f"{API}/imports/{import_id}/report"}
    assert api.status(job["job_id"])["imports"][0]["status"] == "Queued"
    api.control("clock", {"advance_seconds": 60})
    assert api.status(job["job_id"])["imports"][0]["status"] == "Processing"
    api.control("clock", {"advance_seconds": 61})  # a new minute for the shared bucket, and past the due time
    deadline = time.monotonic() + 10
    while (item := api.status(job["job_id"])["imports"][0])["status"] != "Completed":
        assert time.monotonic() < deadline, item
        api.control("clock", {"advance_seconds": 61})
        time.sleep(0.05)
    assert item["total_records"] == 1


def test_one_payload_per_import(api: Api) -> None:
    job_id, import_id = api.load("ou.division", division_csv("SUP_ONCE"))
    again = api.post_import(import_id, division_csv("SUP_TWICE"), expect=400)
    assert "one payload per import" in again.json()["error"]["message"]
    api.wait(job_id)
    api.post_import(import_id, division_csv("SUP_TWICE"), expect=400)
    assert api.post_import("no-such-import", division_csv("X"), expect=404).json()["status"] == "404"


def test_json_and_gzip_payloads(api: Api, sandbox) -> None:  # noqa: ANN001
    body = json.dumps([{"ouRefId": "SUP_JSON", "ouName": "From JSON", "parentRefId": "SUP_000012100"}]).encode()
    job_id, _ = api.load("ou.division", body, content_type="application/json")
    assert api.wait(job_id)["imports"][0]["total_records"] == 1
    job = api.create_job({"type": "ou.division"})
    api.post_import(job["imports"][0]["import_id"], gzip.compress(division_csv("SUP_GZ")), **{"Content-Encoding": "gzip"})
    assert api.wait(job["job_id"])["imports"][0]["status"] == "Completed"
    assert sandbox.control("ous/ou.division/SUP_GZ")["ouRefId"] == "SUP_GZ"


def test_unsupported_payloads(api: Api) -> None:
    job = api.create_job(*[{"type": "ou.division"}] * 3)
    first, second, third = (i["import_id"] for i in job["imports"])
    assert api.post_import(first, b"<xml/>", content_type="application/xml", expect=400).status_code == 400
    api.post_import(second, b"not gzip at all", expect=400, **{"Content-Encoding": "gzip"})
    api.post_import(third, b"[1, 2]", content_type="application/json", expect=400)
    # A refused payload is not received: the import can still take one.
    api.post_import(first, division_csv("SUP_AFTER_REFUSAL"))


def test_twenty_megabytes_need_gzip(api: Api) -> None:
    row = b"SUP_BIG_%07d,Division with a long enough name to fill the payload quickly,SUP_000012100\r\n"
    rows = (20 * MB) // len(row % 0) + 10
    body = b"ouRefId,ouName,parentRefId\r\n" + b"".join(row % n for n in range(rows))
    assert len(body) > 20 * MB
    api.control("config", {"processing_seconds": 3600})  # what is tested is the receipt, not 200,000 divisions
    job = api.create_job({"type": "ou.division"}, {"type": "ou.division"})
    plain, zipped = (i["import_id"] for i in job["imports"])
    refused = api.post_import(plain, body, expect=413)
    assert "gzip" in refused.json()["error"]["message"]
    api.post_import(zipped, gzip.compress(body, compresslevel=1), **{"Content-Encoding": "gzip"})
    # Just under the limit, uncompressed, is fine.
    small = body[: 20 * MB - 200]
    small = small[: small.rindex(b"\r\n") + 2]
    job = api.create_job({"type": "ou.division"})
    api.post_import(job["imports"][0]["import_id"], small)


def test_three_hundred_columns(api: Api) -> None:
    def payload(columns: int) -> bytes:
        header = ["ouRefId", "ouName"] + [f"extra{n}" for n in range(columns - 2)]
        return (",".join(header) + "\r\nSUP_WIDE,Wide" + "," * (columns - 2) + "\r\n").encode()

    job = api.create_job({"type": "ou.division"}, {"type": "ou.division"}, {"type": "ou.division"})
    a, b, c = (i["import_id"] for i in job["imports"])
    refused = api.post_import(a, payload(301), expect=400)
    assert "300" in refused.json()["error"]["message"]
    wide_json = json.dumps([{f"c{n}": "x" for n in range(301)}]).encode()
    api.post_import(b, wide_json, content_type="application/json", expect=400)
    api.post_import(c, payload(300))


def test_records_past_a_million_are_dropped_silently(api: Api) -> None:
    extra = 7
    lines = b"\n".join(b"G%d,Grade %d" % (n, n) for n in range(1_000_000 + extra))
    body = gzip.compress(b"ouRefId,ouName\n" + lines + b"\n", compresslevel=1)
    # Processing a million records takes a while and is not what this test is about: the cut happens when the
    # data is received, and the queued import already counts what processing will be given.
    api.control("config", {"processing_seconds": 3600})
    job = api.create_job({"type": "ou.grade"})
    import_id = job["imports"][0]["import_id"]
    accepted = api.post_import(import_id, body, **{"Content-Encoding": "gzip"})
    assert accepted.json()["message"] == "request received"  # silently: no word of the dropped records
    item = api.status(job["job_id"])["imports"][0]
    assert (item["status"], item["total_records"], item["error_status"]) == ("Queued", 1_000_000, None)


def test_the_cut_keeps_the_first_records(monkeypatch) -> None:  # noqa: ANN001
    rows = [b"G%d,Grade %d" % (n, n) for n in range(1_000_003)]
    body = b"ouRefId,ouName\r\n" + b"\r\n".join(rows) + b"\r\n"
    plain = payloads.accept(gzip.compress(body, compresslevel=1), "text/csv", "gzip")
    assert (plain.records, plain.dropped) == (1_000_000, 3)
    assert plain.body.endswith(b"G999999,Grade 999999\r\n")
    # The other two paths cut the same way; a smaller limit keeps them quick.
    monkeypatch.setattr(payloads, "MAX_RECORDS", 5)
    # With quoted fields (line breaks inside a value) records are counted by the CSV rules, not by lines.
    quoted = [b'Q%d,"two\nlines"' % n for n in range(7)]
    cut = payloads.accept(b"ouRefId,ouName\n" + b"\n".join(quoted), "text/csv", None)
    assert (cut.records, cut.dropped) == (5, 2)
    assert cut.body.endswith(b'Q4,"two\nlines"\r\n')
    records = [{"ouRefId": f"J{n}"} for n in range(6)]
    as_json = payloads.accept(json.dumps(records).encode(), "application/json", None)
    assert (as_json.records, as_json.dropped) == (5, 1)
    assert json.loads(as_json.body)[-1] == {"ouRefId": "J4"}
