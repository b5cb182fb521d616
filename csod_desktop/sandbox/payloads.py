"""A posted import body: format, gzip, size, column and record limits (bulk-api-facts.md, "Capacity and data limits")."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import Any

from csod_desktop import facts
from csod_desktop.core.reading_json import parse_json
from csod_desktop.sandbox.bodies import gunzip
from csod_desktop.sandbox.errors import PayloadTooLarge, UnsupportedPayload

MAX_UNCOMPRESSED_BYTES = facts.GZIP_REQUIRED_OVER
MAX_COLUMNS = facts.MAX_COLUMNS
MAX_RECORDS = facts.MAX_RECORDS
CSV_TYPES = {"text/csv", "application/csv", "text/plain"}
JSON_TYPES = {"application/json", "text/json"}


@dataclass
class Payload:
    """The decoded body, cut to 1,000,000 records; ``dropped`` counts the records cut off."""

    body: bytes
    content_type: str  # "text/csv" or "application/json"
    header: list[str]
    records: int
    dropped: int


def _base_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def accept(raw: bytes, content_type: str | None, content_encoding: str | None) -> Payload:
    """Check and decode a data POST (quick start Step 5), or raise the API error the portal answers."""
    base = _base_type(content_type)
    if base in JSON_TYPES:
        kind = "application/json"
    elif base in CSV_TYPES or base == "":
        kind = "text/csv"
    else:
        raise UnsupportedPayload(description=f"Content-Type {base!r} is not supported.")
    encoding = (content_encoding or "identity").strip().lower()
    if encoding in {"gzip", "x-gzip"}:
        body = gunzip(raw)  # bounded: a gzip bomb stops early (bodies.gzip_limit)
    elif encoding in {"identity", ""}:
        # bulk-api-facts.md: payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip.
        if len(raw) > MAX_UNCOMPRESSED_BYTES:
            raise PayloadTooLarge(description=f"{len(raw)} bytes sent without compression.")
        body = raw
    else:
        raise UnsupportedPayload(f"Content-Encoding {encoding!r} is not supported: use gzip.")
    return _json(body) if kind == "application/json" else _csv(body)


def _too_many_columns(count: int) -> UnsupportedPayload:
    return UnsupportedPayload(f"The payload has {count} columns; at most {MAX_COLUMNS} are allowed.")


def _csv(body: bytes) -> Payload:
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    first_line = body.split(b"\n", 1)[0].decode("utf-8", errors="replace").rstrip("\r")
    try:
        header = next(csv.reader(io.StringIO(first_line, newline="")), [])
    except csv.Error as exc:
        raise UnsupportedPayload(f"The CSV payload's header line cannot be read: {exc}.") from exc
    if len(header) > MAX_COLUMNS:
        raise _too_many_columns(len(header))
    if b'"' not in body:
        # Fast path: without quotes every line break ends a record.
        lines = body.count(b"\n") + (0 if body.endswith(b"\n") or not body else 1)
        records = max(lines - 1, 0)
        if records <= MAX_RECORDS:
            return Payload(body, "text/csv", header, records, 0)
        # Keep the header and the first million records: the rest is dropped silently, as the portal does.
        cut = next(m for i, m in enumerate(re.finditer(b"\n", body)) if i == MAX_RECORDS)
        return Payload(body[: cut.end()], "text/csv", header, MAX_RECORDS, records - MAX_RECORDS)
    text = body.decode("utf-8", errors="replace")
    rows = csv.reader(io.StringIO(text, newline=""))
    next(rows, None)
    kept = io.StringIO(newline="")
    writer = csv.writer(kept, lineterminator="\r\n")
    writer.writerow(header)
    records = 0
    try:
        for row in rows:
            if not row:
                continue
            records += 1
            if records <= MAX_RECORDS:
                writer.writerow(row)
    except csv.Error as exc:  # a value over csv's field limit, a stray line end: the processing says where
        raise UnsupportedPayload(f"The CSV payload cannot be read near record {records + 1}: {exc}.") from exc
    if records <= MAX_RECORDS:
        return Payload(body, "text/csv", header, records, 0)
    return Payload(kept.getvalue().encode("utf-8"), "text/csv", header, MAX_RECORDS, records - MAX_RECORDS)


def _json(body: bytes) -> Payload:
    try:
        data: Any = parse_json(body.decode("utf-8-sig"))
    except ValueError as exc:  # not UTF-8, not JSON, nested too deep, an integer of thousands of digits
        raise UnsupportedPayload("The JSON payload cannot be read: " + str(exc)[:300]) from exc
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise UnsupportedPayload("A JSON payload is an array of records (objects of property: value).")
    header: dict[str, None] = {}
    for item in data:
        header.update(dict.fromkeys(item))
    if len(header) > MAX_COLUMNS:
        raise _too_many_columns(len(header))
    records = len(data)
    if records <= MAX_RECORDS:
        return Payload(body, "application/json", list(header), records, 0)
    kept = json.dumps(data[:MAX_RECORDS]).encode("utf-8")
    return Payload(kept, "application/json", list(header), MAX_RECORDS, records - MAX_RECORDS)


def column_values(body: bytes, content_type: str, column: str) -> set[str]:
    """The non-empty values of one column (the ids an import provides to the other imports of its job)."""
    values: set[str] = set()
    if content_type == "application/json":
        data = json.loads(body.decode("utf-8-sig"))
        for item in data if isinstance(data, list) else [data]:
            value = item.get(column) if isinstance(item, dict) else None
            if value not in (None, ""):
                values.add(str(value).strip())
        return values
    rows = csv.reader(io.StringIO(body.decode("utf-8-sig", errors="replace"), newline=""))
    header = next(rows, [])
    if column not in header:
        return values
    index = header.index(column)
    for row in rows:
        if len(row) > index and row[index].strip():
            values.add(row[index].strip())
    return values
