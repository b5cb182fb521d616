"""Hostile requests to the sandbox (issue 19, item 13): bounded bodies and gzip output, the documented
400 envelope for JSON it cannot read, a control plane that refuses values it cannot use."""

from __future__ import annotations

import gzip
import socket
import tracemalloc
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from csod_desktop.sandbox import bodies
from sandbox_http import API, TOKEN_PATH, Api

GOOD_TOKEN = {"clientId": "demo-client", "clientSecret": "demo-secret", "grantType": "client_credentials"}


def _envelope(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text[:500]
    body = response.json()
    assert body["status"] == str(status) and body["timeStamp"] and body["error"]["errorId"]
    assert body["error"]["message"]
    return body


def _bomb(decompressed_mb: int = 512) -> bytes:
    """About 0.5 MB of gzip that expands to ``decompressed_mb`` MB of zeros (16 MB members, concatenated)."""
    member = gzip.compress(bytes(16 * 1024 * 1024), compresslevel=9)
    return member * (decompressed_mb // 16)


def test_a_gzip_bomb_is_refused_without_growing_the_sandbox(api: Api) -> None:
    bomb = _bomb()
    assert len(bomb) < 600_000
    job = api.create_job({"type": "ou.grade"})
    import_id = job["imports"][0]["import_id"]
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        refused = api.post_import(import_id, bomb, expect=None, **{"Content-Encoding": "gzip"})
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    body = _envelope(refused, 413)
    assert "expands past" in body["error"]["message"]
    # Once 1.3 GB; now the output stops at the limit (200 times the body, at least 64 MB).
    assert peak < 2.5 * bodies.gzip_limit(len(bomb)), f"{peak / 1e6:.0f} MB traced"
    assert bodies.gzip_limit(len(bomb)) < 120 * 1024 * 1024
    # The import can still receive its real data.
    api.post_import(import_id, gzip.compress(b"ouRefId,ouName\r\nG1,Grade 1\r\n"), **{"Content-Encoding": "gzip"})


def test_a_well_compressed_real_payload_is_still_accepted(api: Api) -> None:
    # 60 MB that compress about 1000-fold (long repeated names): under the 64 MB floor any ratio is accepted.
    rows = b"".join(b"G%07d,%s\r\n" % (i, b"A" * 3000) for i in range(20_000))
    body = gzip.compress(b"ouRefId,ouName\r\n" + rows, compresslevel=9)
    assert len(rows) / len(body) > bodies.MAX_GZIP_RATIO
    job = api.create_job({"type": "ou.grade"})
    api.post_import(job["imports"][0]["import_id"], body, **{"Content-Encoding": "gzip"})
    assert api.wait(job["job_id"], timeout=120)["imports"][0]["total_records"] == 20_000


def _raw_request(root_url: str, head: str, body: bytes) -> bytes:
    """Send headers and the start of a body on a plain socket; the answer, as far as it comes."""
    parts = urlsplit(root_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        sock.sendall(head.encode("ascii") + body)
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            data = sock.recv(65536)
            if not data:
                break
            answer += data
    return answer


def test_a_huge_unauthenticated_token_body_is_refused_from_its_headers(sandbox) -> None:
    # 200 MB announced, 1 KB sent: the answer comes at once, so the sandbox never waited for (or kept) the rest.
    head = (f"POST {TOKEN_PATH} HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
            f"Content-Length: {200 * 1024 * 1024}\r\n\r\n")
    answer = _raw_request(sandbox.root_url, head, b"{" + b" " * 1023)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b'"errorId"' in answer and b"at most 1 MB" in answer


def test_a_huge_chunked_body_is_refused_and_not_kept(sandbox, http: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):  # 100 MB with no Content-Length: only the bytes received tell
            yield b" " * (1024 * 1024)

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        try:
            response = http.post(sandbox.root_url + TOKEN_PATH, content=chunks())
        except httpx.TransportError:
            response = None  # answered and closed while the client was still sending: refused all the same
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    if response is not None:
        _envelope(response, 413)
    assert peak < 3 * bodies.MAX_REQUEST_BYTES + 8 * 1024 * 1024, f"{peak / 1e6:.0f} MB traced"
    assert http.post(sandbox.root_url + TOKEN_PATH, json=GOOD_TOKEN).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"{",  # malformed
        b'{"clientId": ' + b"9" * 5000 + b"}",  # an integer of 5,000 digits (Python refuses to read it)
        b"[" * 100_000 + b"]" * 100_000,  # deep nesting
        b"\xff\xfe{}",  # not UTF-8
        b'{"imports": [{"type": "ou.grade", "type_id": 1e999}]}',  # a number that reads as infinity
        b'{"imports": [{"type": "ou.customou", "type_id": [1]}]}',
    ],
)
@pytest.mark.parametrize("path", [TOKEN_PATH, API + "/schemas", API + "/jobs"])
def test_json_the_sandbox_cannot_read_is_answered_with_the_400_envelope(api: Api, path: str, body: bytes) -> None:
    response = api.http.post(api.server.root_url + path, content=body,
                             headers={"Authorization": f"Bearer {api.token}", "Content-Type": "application/json"})
    _envelope(response, 400)


def test_a_json_payload_nested_too_deep_is_refused_with_the_envelope(api: Api) -> None:
    job = api.create_job({"type": "ou.grade"})
    refused = api.post_import(job["imports"][0]["import_id"], b"[" * 100_000 + b"]" * 100_000,
                              content_type="application/json", expect=None)
    _envelope(refused, 400)


def test_a_csv_payload_with_old_mac_line_ends_does_not_crash_the_sandbox(api: Api) -> None:
    job = api.create_job({"type": "ou.grade"})
    api.post_import(job["imports"][0]["import_id"], b"ouRefId\rG1\rG2\r")
    assert api.wait(job["job_id"])["imports"][0]["status"] in ("Completed", "Failed")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("clock", {"advance_seconds": "abc"}),
        ("clock", {"advance_seconds": 1e308}),
        ("clock", {"advance_seconds": [1]}),
        ("clock", {"now": "99999-01-01"}),
        ("clock", {"now": "0001-01-01T00:00:00"}),
        ("config", {"token_lifetime": "abc"}),
        ("config", {"token_lifetime": 10**30}),
        ("config", {"processing_seconds": -5}),
        ("config", {"report_404_seconds": 1e308}),
        ("config", {"throttles": "yes"}),
        ("config", {"callback_ca_bundle": 5}),
        ("faults", {"status": "abc"}),
        ("faults", {"status": 99999}),
        ("faults", {"latency": 1e308}),
        ("faults", {"probability": "often"}),
        ("faults", {"count": "3"}),
        ("faults", {"path": "x" * 1000}),
        ("reset", {"seed": "abc"}),
    ],
)
def test_bad_control_plane_values_are_refused_and_the_api_stays_usable(api: Api, name: str, body: dict) -> None:
    response = api.http.post(api.server.root_url + "/_sandbox/" + name, json=body)
    _envelope(response, 400)
    # Nothing was taken: a token, a job and its status still work as before.
    assert api.control("config")["token_lifetime"] == 3600
    assert abs(api.control("clock")["offset_seconds"]) < 60
    api.login()
    job = api.create_job({"type": "ou.grade"})
    assert api.status(job["job_id"])["imports"][0]["status"] == "Created"
    assert api.call("GET", "/permissions").status_code == 200


def test_control_plane_bodies_that_are_not_json_are_refused(api: Api) -> None:
    for raw in (b"{", b"[" * 100_000, b'{"seed": ' + b"1" * 5000 + b"}"):
        _envelope(api.http.post(api.server.root_url + "/_sandbox/reset", content=raw), 400)


def test_an_id_with_a_zero_width_space_is_refused_by_the_sandbox_too(api: Api, sandbox) -> None:
    """The portal would store a look-alike OU; the sandbox's processing runs the client's check."""
    body = "ouRefId,ouName,parentRefId\r\nRT-Z1,Sales,SUP_000012100\r\nRT-Z1\u200b,Sales look-alike,SUP_000012100\r\n"
    job_id, import_id = api.load("ou.division", body.encode("utf-8"))
    (item,) = api.wait(job_id)["imports"]
    assert (item["successful_records"], item["error_records"]) == (1, 1)
    report = api.call("GET", f"/imports/{import_id}/report").text
    assert "zero-width space (U+200B) at character 6" in report
    assert api.control("ous/ou.division/RT-Z1") is not None
    with pytest.raises(httpx.HTTPStatusError):
        api.control("ous/ou.division/RT-Z1\u200b")
