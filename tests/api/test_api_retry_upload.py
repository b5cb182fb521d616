"""Back-off arithmetic, Retry-After parsing and the streamed upload body."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from csod_desktop.api import RetryPolicy
from csod_desktop.api.retry import retry_after_seconds
from csod_desktop.api.upload import CHUNK, UploadSource
from csod_desktop.errors import InputFileError


def test_backoff_grows_and_is_capped():
    policy = RetryPolicy(base=1.0, cap=5.0, jitter=0.0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_jitter_stays_within_its_range():
    low = RetryPolicy(base=2.0, jitter=0.5, random=lambda: 0.0)
    high = RetryPolicy(base=2.0, jitter=0.5, random=lambda: 0.999999)
    assert low.backoff(1) == 1.0 and 2.9 < high.backoff(1) <= 3.0


def test_throttle_backoff_and_retry_after():
    policy = RetryPolicy(jitter=0.0)
    throttled = httpx.Response(429)
    assert policy.delay_for(1, throttled) == 4.0
    assert policy.delay_for(3, throttled) == 16.0
    assert policy.delay_for(1, httpx.Response(503)) == 1.0
    assert policy.delay_for(1, httpx.Response(503, headers={"Retry-After": "9"})) == 9.0
    # Never longer than max_retry_after, whatever the server says.
    assert policy.delay_for(1, httpx.Response(429, headers={"Retry-After": "9999"})) == 120.0


def test_retry_after_as_http_date_and_garbage():
    date = email.utils.formatdate(1_000_030.0, usegmt=True)
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": date}), now=lambda: 1_000_000.0) == 30.0
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert retry_after_seconds(httpx.Response(429)) is None


def test_file_upload_streams_in_chunks_with_progress(tmp_path):
    path = tmp_path / "payload.csv"
    data = b"x" * (CHUNK * 2 + 10)
    path.write_bytes(data)
    source = UploadSource(path)
    seen: list[tuple[int, int]] = []
    body = source.body(lambda sent, total: seen.append((sent, total)))
    chunks = list(body)
    body.close()
    assert b"".join(chunks) == data and len(chunks) == 3
    assert seen == [(0, len(data)), (CHUNK, len(data)), (2 * CHUNK, len(data)), (len(data), len(data))]
    # A second attempt gets a fresh stream from the start.
    assert b"".join(source.body()) == data


def test_missing_payload_file_is_an_input_error(tmp_path):
    with pytest.raises(InputFileError, match="cannot be read"):
        UploadSource(tmp_path / "gone.csv")


def test_gzip_is_detected_from_the_bytes():
    assert UploadSource(b"\x1f\x8b\x08rest").content_encoding(None) == "gzip"
    assert UploadSource(b"a,b\r\n").content_encoding(None) is None
    assert UploadSource(b"a,b\r\n").content_encoding("gzip") == "gzip"
