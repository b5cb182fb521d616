"""The payload: RFC 4180 CSV with CRLF, UTF-8, gzip over the limit, never more than 1,000,000 records."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csod_desktop.core.payload import PayloadTooLargeError, write_payload, write_payloads

HEADER = ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName", "CF_MultiCheckbox#47"]


def parse(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))


def test_rfc4180_crlf_utf8_quoting(tmp_path):
    frame = pl.DataFrame(
        {HEADER[0]: ["007", "a,b", 'say "hi"'], HEADER[1]: ["José", "two\nlines", None], HEADER[2]: ["x;y", "", "=1+2"]}
    )
    info = write_payload(frame, tmp_path / "p.csv")
    raw = info.path.read_bytes()
    assert raw == (
        ",".join(HEADER).encode() + b"\r\n"
        b'007,Jos\xc3\xa9,x;y\r\n"a,b","two\nlines",\r\n"say ""hi""",,=1+2\r\n'
    )
    assert not info.gzipped and info.content_encoding is None and info.content_type == "text/csv"
    assert info.records == 3 and info.size == len(raw) == info.raw_size
    assert info.sha256 == hashlib.sha256(raw).hexdigest()
    assert info.columns == tuple(HEADER)


def test_keep_leaves_out_invalid_records(tmp_path):
    frame = pl.DataFrame({"a": ["1", "2", "3"], "b": ["x", "y", "z"]})
    info = write_payload(frame, tmp_path / "p.csv", keep=pl.Series([True, False, None]))
    assert info.records == 1 and parse(info.path.read_bytes()) == [["a", "b"], ["1", "x"]]
    with pytest.raises(ValueError):
        write_payload(frame, tmp_path / "q.csv", keep=pl.Series([True]))


def test_single_column_empty_value_is_not_a_blank_line(tmp_path):
    info = write_payload(pl.DataFrame({"a": ["1", "", "3"]}), tmp_path / "p.csv")
    assert info.path.read_bytes() == b'a\r\n1\r\n""\r\n3\r\n'


def test_gzip_above_the_limit(tmp_path):
    frame = pl.DataFrame({"id": [f"user{i:06d}" for i in range(20000)], "name": ["Zoë, \"Z\""] * 20000})
    plain = write_payload(frame, tmp_path / "plain.csv")
    info = write_payload(frame, tmp_path / "big.csv", gzip_over=100_000)
    assert info.gzipped and info.content_encoding == "gzip" and info.path.name == "big.csv.gz"
    assert not (tmp_path / "big.csv").exists()
    body = info.path.read_bytes()
    assert info.sha256 == hashlib.sha256(body).hexdigest() and info.size == len(body)
    assert gzip.decompress(body) == plain.path.read_bytes()
    assert info.raw_size == plain.size and info.size < plain.size / 3


def test_gzip_when_quoting_pushes_the_size_over(tmp_path):
    frame = pl.DataFrame({"a": ['"' * 10] * 100, "b": ["x"] * 100})
    info = write_payload(frame, tmp_path / "q.csv", gzip_over=1500)  # unquoted ~1,400 bytes, quoted ~2,600
    assert info.gzipped and gzip.decompress(info.path.read_bytes()).startswith(b'a,b\r\n""""')


def test_more_than_the_limit_is_refused_never_truncated(tmp_path):
    frame = pl.DataFrame({"a": [str(i) for i in range(25)]})
    with pytest.raises(PayloadTooLargeError, match="25 records .* at most 10"):
        write_payload(frame, tmp_path / "p.csv", max_records=10)
    assert not (tmp_path / "p.csv").exists()


def test_split_into_parts_keeps_every_record_once(tmp_path):
    frame = pl.DataFrame({"a": [str(i) for i in range(25)], "b": ["v"] * 25})
    parts = write_payloads(frame, tmp_path / "load.csv", max_records=10)
    assert [p.path.name for p in parts] == ["load.part1.csv", "load.part2.csv", "load.part3.csv"]
    assert [p.records for p in parts] == [10, 10, 5]
    values = [row[0] for p in parts for row in parse(p.path.read_bytes())[1:]]
    assert values == [str(i) for i in range(25)]
    assert all(parse(p.path.read_bytes())[0] == ["a", "b"] for p in parts)
    [single] = write_payloads(frame, tmp_path / "one.csv")
    assert single.path.name == "one.csv" and single.records == 25


awkward = st.one_of(
    st.sampled_from(["", '"', '""', ",", "\r\n", "\n", "\r", " lead", "trail ", "007", "=SUM(A1)", "é", "😀", "a;b"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12),
)


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(awkward, awkward, awkward), min_size=1, max_size=8))
def test_round_trip_of_awkward_values(tmp_path, rows):
    frame = pl.DataFrame(rows, schema=HEADER, orient="row")
    info = write_payload(frame, tmp_path / "rt.csv")
    raw = info.path.read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    parsed = parse(raw)
    assert parsed[0] == HEADER
    # Empty and missing are the same value to the portal; everything else comes back exactly.
    assert parsed[1:] == [list(r) for r in rows]
    back = pl.read_csv(raw, infer_schema=False, empty_string_is_null=False)
    assert back.rows() == [tuple(r) for r in rows]


def test_split_with_keep_counts_only_kept_records(tmp_path, monkeypatch):
    import csod_desktop.core.payload as payload

    monkeypatch.setattr(payload, "CHUNK_ROWS", 4)  # several write slices per part
    frame = pl.DataFrame({"a": [str(i) for i in range(30)], "b": ["", "x"] * 15})
    keep = pl.Series([i % 3 != 0 for i in range(30)])  # 20 kept
    parts = write_payloads(frame, tmp_path / "load.csv", keep=keep, max_records=8)
    assert [p.records for p in parts] == [8, 8, 4]
    values = [row[0] for p in parts for row in parse(p.path.read_bytes())[1:]]
    assert values == [str(i) for i in range(30) if i % 3 != 0]
    assert parse(parts[0].path.read_bytes())[1] == ["1", "x"] and b'""' not in parts[0].path.read_bytes()


def test_cancel_removes_the_partial_payload(tmp_path):
    from csod_desktop.errors import Cancelled

    frame = pl.DataFrame({"a": ["1", "2"]})
    with pytest.raises(Cancelled):
        write_payload(frame, tmp_path / "p.csv", is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
