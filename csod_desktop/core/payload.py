"""The payload the portal receives: RFC 4180 CSV, UTF-8, CRLF, gzip over 20 MB, never over 1,000,000 records."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from isal import igzip_threaded

from csod_desktop.errors import Cancelled, CsodError

#: bulk-api-facts.md, "Capacity and data limits": records past 1,000,000 are dropped silently.
MAX_RECORDS = 1_000_000
#: bulk-api-quick-start.txt, Step 5: payloads over 20 MB must be gzip-encoded.
GZIP_OVER = 20 * 1024 * 1024
#: ISA-L level 1: several times faster than zlib level 6 for a few percent of size (payload text).
GZIP_LEVEL = 1
_BLOCK = 4 * 1024 * 1024


class PayloadTooLargeError(CsodError):
    """More records than one import accepts: the portal would drop the rest without a word."""


@dataclass(frozen=True)
class PayloadInfo:
    """A written payload: what to send and how to label it (``Content-Type``/``Content-Encoding``)."""

    path: Path
    size: int  # bytes on disk (compressed when gzipped)
    records: int
    gzipped: bool
    sha256: str  # of the bytes on disk, i.e. the request body
    content_type: str = "text/csv"
    content_encoding: str | None = None
    raw_size: int = 0  # bytes of the CSV before compression
    columns: tuple[str, ...] = ()


def _prepared(frame: pl.DataFrame, keep: pl.Series | None) -> pl.DataFrame:
    if keep is not None:
        if keep.len() != frame.height:
            raise ValueError(f"keep has {keep.len()} values for {frame.height} records")
        frame = frame.filter(keep.fill_null(False))
    exprs = [pl.col(c).cast(pl.String) for c in frame.columns]
    if frame.width > 1:
        # An empty string and a missing value are the same to the portal; writing both unquoted
        # keeps the file free of "" that RFC 4180 does not need (with one column, "" marks an empty
        # record that would otherwise be a blank line).
        exprs = [pl.when(e != "").then(e).alias(c) for e, c in zip(exprs, frame.columns, strict=True)]
    return frame.select(exprs)


def write_payload(
    frame: pl.DataFrame,
    out_path: Path | str,
    *,
    keep: pl.Series | None = None,
    gzip_over: int = GZIP_OVER,
    max_records: int = MAX_RECORDS,
    is_cancelled: Callable[[], bool] | None = None,
) -> PayloadInfo:
    """Write ``frame`` (property-named columns, already mapped) as one payload.

    ``keep`` (bool per record) leaves out the records marked False, e.g. ``ValidationResult.valid``.
    The CSV goes to ``out_path``; above ``gzip_over`` bytes it is compressed to ``out_path + ".gz"``
    instead. More than ``max_records`` records raise :class:`PayloadTooLargeError`: use
    :func:`write_payloads` to split them over several imports of the same job.
    """
    out_path = Path(out_path)
    data = _prepared(frame, keep)
    if data.height > max_records:
        raise PayloadTooLargeError(
            f"The file has {data.height:,} records to send but one import accepts at most "
            f"{max_records:,}; the portal would drop the rest without saying so.",
            hint="Split the load into several imports of the same job, or send fewer records.",
        )
    if data.width == 0:
        raise PayloadTooLargeError("No column is mapped, so there is nothing to send.", hint="Map at least the required properties.")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    columns = tuple(data.columns)
    # Unquoted size (values + commas + CRLF): a lower bound of the CSV's size, known before writing.
    low = data.select(pl.sum_horizontal(pl.all().str.len_bytes().fill_null(0)).sum()).item() or 0
    low += (data.height + 1) * (data.width + 1) + sum(len(c.encode()) for c in columns)
    if low > gzip_over:
        # Big payload: polars writes straight into ISA-L's threaded compressor, no plain copy on disk.
        gz_path = out_path.with_name(out_path.name + ".gz")
        threads = max(1, min(4, os.cpu_count() or 1))
        with igzip_threaded.open(gz_path, "wb", compresslevel=GZIP_LEVEL, threads=threads) as raw:
            counter = _Counting(raw)
            _write_csv(data, counter)
        _check_cancel(is_cancelled, gz_path)
        return PayloadInfo(gz_path, gz_path.stat().st_size, data.height, True, _sha256(gz_path), "text/csv", "gzip", counter.count, columns)
    _write_csv(data, out_path)
    raw_size = out_path.stat().st_size
    _check_cancel(is_cancelled, out_path)
    if raw_size > gzip_over:  # quoting pushed it over the line
        gz_path = out_path.with_name(out_path.name + ".gz")
        digest, size = _gzip_file(out_path, gz_path, is_cancelled)
        out_path.unlink()
        return PayloadInfo(gz_path, size, data.height, True, digest, "text/csv", "gzip", raw_size, columns)
    return PayloadInfo(out_path, raw_size, data.height, False, _sha256(out_path), "text/csv", None, raw_size, columns)


class _Counting:
    """A file wrapper that counts the bytes written through it (the uncompressed size)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self.inner.write(data)  # type: ignore[attr-defined, no-any-return]

    def flush(self) -> None:
        pass


def _write_csv(data: pl.DataFrame, target: object) -> None:
    data.write_csv(
        target,  # type: ignore[arg-type]
        include_header=True,
        separator=",",
        line_terminator="\r\n",  # bulk-api-quick-start.txt, Step 3: records end with CRLF
        quote_char='"',
        quote_style="necessary",  # quotes around values with a comma, a quote, CR or LF (RFC 4180)
        null_value="",
        include_bom=False,
    )


def _check_cancel(is_cancelled: Callable[[], bool] | None, path: Path) -> None:
    if is_cancelled is not None and is_cancelled():
        path.unlink(missing_ok=True)
        raise Cancelled()


def write_payloads(
    frame: pl.DataFrame,
    out_path: Path | str,
    *,
    keep: pl.Series | None = None,
    gzip_over: int = GZIP_OVER,
    max_records: int = MAX_RECORDS,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[PayloadInfo]:
    """Like :func:`write_payload`, split into parts of at most ``max_records`` (one import each).

    One part keeps ``out_path``; several are named ``<stem>.part1.csv``, ``<stem>.part2.csv``...
    Every record is in exactly one part, in file order.
    """
    out_path = Path(out_path)
    data = frame if keep is None else frame.filter(keep.fill_null(False))
    if data.height <= max_records:
        return [write_payload(data, out_path, gzip_over=gzip_over, max_records=max_records, is_cancelled=is_cancelled)]
    parts = []
    suffix = "".join(out_path.suffixes) or ".csv"
    stem = out_path.name[: -len(suffix)] if out_path.suffixes else out_path.name
    for number, offset in enumerate(range(0, data.height, max_records), start=1):
        part = out_path.with_name(f"{stem}.part{number}{suffix}")
        parts.append(
            write_payload(data.slice(offset, max_records), part, gzip_over=gzip_over, max_records=max_records, is_cancelled=is_cancelled)
        )
    return parts


def _gzip_file(src: Path, dst: Path, is_cancelled: Callable[[], bool] | None) -> tuple[str, int]:
    """Compress with ISA-L on every core, then hash what will be sent."""
    threads = max(1, min(4, os.cpu_count() or 1))
    with src.open("rb") as fin, igzip_threaded.open(dst, "wb", compresslevel=GZIP_LEVEL, threads=threads) as fout:
        while block := fin.read(_BLOCK):
            fout.write(block)
            if is_cancelled is not None and is_cancelled():
                break
    if is_cancelled is not None and is_cancelled():
        dst.unlink(missing_ok=True)
        src.unlink(missing_ok=True)
        raise Cancelled()
    return _sha256(dst), dst.stat().st_size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()
