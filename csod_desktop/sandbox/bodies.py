"""Request bodies read with a bound: the declared length first, then the stream, never past the limit.

The sandbox runs beside an administrator's work and integrators point their tools at it, so a request
must not be able to grow it without end (issue 19, item 13): an unauthenticated 200 MB token request is
refused after its headers, a 0.5 MB gzip bomb after a bounded amount of output.
"""

from __future__ import annotations

import io
import zlib
from typing import Any

from starlette.requests import Request

from csod_desktop import facts
from csod_desktop.core.reading_json import parse_json
from csod_desktop.sandbox.errors import BadRequest, PayloadTooLarge, RequestTooLarge, UnsupportedPayload

#: Token, schema, job and control-plane requests are a few kilobytes (a job of 20 imports with their
#: settings is under 10 KB); the sandbox reads at most this much of one (its own limit, not a Bulk API fact).
MAX_REQUEST_BYTES = 1024 * 1024
#: An uncompressed data POST over 20 MB is refused before it is read (bulk-api-facts.md, "Capacity and data
#: limits": payloads over 20 MB must be gzip-compressed).
MAX_PLAIN_PAYLOAD_BYTES = facts.GZIP_REQUIRED_OVER
#: The sandbox's cap on a payload once decompressed (and so on a compressed body too). The portal
#: publishes none; a million records of the quick start's 13 columns are about 150 MB.
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
#: Past this much output a gzip body may expand at most 200-fold: CSV compresses 5 to 30-fold, a gzip
#: bomb about 1000-fold, so a 0.5 MB bomb stops after 100 MB instead of growing the sandbox by gigabytes.
BOMB_FLOOR_BYTES = 64 * 1024 * 1024
MAX_GZIP_RATIO = 200
_CHUNK = 4 * 1024 * 1024


def _megabytes(count: int) -> str:
    return f"{count / (1024 * 1024):,.0f} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"


async def read_body(request: Request, limit: int, too_large: type[RequestTooLarge | PayloadTooLarge] = RequestTooLarge
                    ) -> bytes:
    """The request's body, or the 413 ``too_large`` as soon as it is known to exceed ``limit`` bytes:
    from ``Content-Length`` before reading anything, else from the bytes received so far."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise BadRequest("Content-Length must be a number of bytes.") from None
        if size > limit:
            raise too_large(description=f"{size} bytes declared; this endpoint reads at most {_megabytes(limit)}.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large(description=f"More than {_megabytes(limit)} sent; this endpoint reads at most that.")
    return bytes(body)


async def json_body(request: Request, limit: int = MAX_REQUEST_BYTES) -> Any:
    """The request's JSON (None when empty), or the documented 400 for anything that is not JSON the
    sandbox can read: malformed text, not UTF-8, an integer of thousands of digits, deep nesting."""
    raw = await read_body(request, limit)
    if not raw.strip():
        return None
    try:
        return parse_json(raw)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, JsonTooDeep, int digits limit
        raise BadRequest("The request body is not JSON the portal can read.", description=str(exc)[:300]) from None


def gzip_limit(compressed: int) -> int:
    """How many bytes a gzip body of ``compressed`` bytes may expand to (see MAX_GZIP_RATIO)."""
    return min(MAX_PAYLOAD_BYTES, max(BOMB_FLOOR_BYTES, MAX_GZIP_RATIO * compressed))


def gunzip(raw: bytes) -> bytes:
    """Decompress a gzip body (several members too), stopping as soon as it passes :func:`gzip_limit`."""
    limit = gzip_limit(len(raw))
    out = io.BytesIO()
    try:
        try:
            from isal import igzip  # ISA-L: several times faster than zlib on big payloads

            reader: Any = igzip.GzipFile(fileobj=io.BytesIO(raw))
        except ImportError:  # pragma: no cover - isal is a dependency, zlib is the fallback
            import gzip

            reader = gzip.GzipFile(fileobj=io.BytesIO(raw))
        with reader:
            while chunk := reader.read(_CHUNK):
                out.write(chunk)
                if out.tell() > limit:
                    raise PayloadTooLarge(
                        f"The gzip payload expands past {_megabytes(limit)}, more than the sandbox accepts "
                        f"({MAX_GZIP_RATIO} times its {_megabytes(len(raw))}, at most {_megabytes(MAX_PAYLOAD_BYTES)}).",
                        description="Send the records in several imports, or check that the body is the payload.",
                    )
    except (OSError, EOFError, zlib.error) as exc:
        raise UnsupportedPayload("The payload says Content-Encoding: gzip but is not valid gzip data.") from exc
    return out.getvalue()
