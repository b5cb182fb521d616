"""The payload the portal receives: RFC 4180 CSV, UTF-8, CRLF, gzip over 20 MB, never over 1,000,000 records."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from isal import igzip_threaded

from csod_desktop import facts, paths
from csod_desktop.errors import Cancelled, CsodError
from csod_desktop.i18n import number, translate

MAX_RECORDS = facts.MAX_RECORDS
GZIP_OVER = facts.GZIP_REQUIRED_OVER
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


#: Records per write: small enough that no full copy of the frame is ever made, big enough for
#: polars' parallel writer.
CHUNK_ROWS = 250_000


def _blank_to_null(part: pl.DataFrame) -> pl.DataFrame:
    """Empty strings become missing values, so both are written unquoted as nothing.

    An empty string and a missing value are the same to the portal; writing both unquoted keeps the
    file free of "" that RFC 4180 does not need. With one column "" is kept: an empty record would
    otherwise be a blank line.
    """
    if part.width < 2 or part.height == 0:
        return part
    has_blank = part.select((pl.col(c) == "").any() for c in part.columns).row(0)
    fix = [c for c, blank in zip(part.columns, has_blank, strict=True) if blank]
    if not fix:
        return part
    return part.with_columns(pl.when(pl.col(c) != "").then(pl.col(c)).alias(c) for c in fix)


def write_payload(
    frame: pl.DataFrame,
    out_path: Path | str,
    *,
    keep: pl.Series | None = None,
    gzip_over: int = GZIP_OVER,
    max_records: int = MAX_RECORDS,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PayloadInfo:
    """Write ``frame`` (property-named columns, already mapped) as one payload.

    ``keep`` (bool per record) leaves out the records marked False, e.g. ``ValidationResult.valid``.
    The CSV goes to ``out_path``; above ``gzip_over`` bytes it is compressed to ``out_path + ".gz"``
    instead. More than ``max_records`` records raise :class:`PayloadTooLargeError`: use
    :func:`write_payloads` to split them over several imports of the same job.
    """
    out_path = Path(out_path)
    mask: pl.Series | None = None
    if keep is not None:
        if keep.len() != frame.height:
            raise ValueError(f"keep has {keep.len()} values for {frame.height} records")
        mask = keep.fill_null(False).cast(pl.Boolean)
    records = int(mask.sum()) if mask is not None else frame.height
    if records > max_records:
        raise PayloadTooLargeError(
            translate("payload", "The file has {records} records to send but one import accepts at most {limit}; "
                                 "the portal would drop the rest without saying so.").format(
                records=number(records), limit=number(max_records)),
            hint=translate("payload", "Split the load into several imports of the same job, or send fewer records."),
        )
    if frame.width == 0:
        raise PayloadTooLargeError(translate("payload", "No column is mapped, so there is nothing to send."),
                                   hint=translate("payload", "Map at least the required properties."))
    if any(dtype != pl.String for dtype in frame.dtypes):
        frame = frame.with_columns(pl.all().cast(pl.String))
    columns = tuple(frame.columns)
    # Unquoted size (values + commas + CRLF): a lower bound of the CSV's size, known before writing.
    row_bytes = frame.select(pl.sum_horizontal(pl.all().str.len_bytes().fill_null(0))).to_series()
    low = int((row_bytes.filter(mask) if mask is not None else row_bytes).sum() or 0)
    low += (records + 1) * (frame.width + 1) + sum(len(c.encode()) for c in columns)
    paths.private_dir(out_path.parent)  # payloads hold employees' personal data: owner-only
    if low > gzip_over:
        # Big payload: polars writes straight into ISA-L's threaded compressor, no plain copy on disk.
        gz_path = out_path.with_name(out_path.name + ".gz")
        threads = max(1, min(4, os.cpu_count() or 1))
        with igzip_threaded.open(paths.private_file(gz_path), "wb", compresslevel=GZIP_LEVEL, threads=threads) as raw:
            counter = _Counting(raw)
            stopped = _write_chunks(frame, mask, counter, progress, is_cancelled)
        if stopped:
            gz_path.unlink(missing_ok=True)
            raise Cancelled()
        return PayloadInfo(gz_path, gz_path.stat().st_size, records, True, _sha256(gz_path), "text/csv", "gzip", counter.count, columns)
    with paths.private_file(out_path).open("wb") as fh:
        counter = _Counting(fh)
        stopped = _write_chunks(frame, mask, counter, progress, is_cancelled)
    if stopped:
        out_path.unlink(missing_ok=True)
        raise Cancelled()
    raw_size = counter.count
    if raw_size > gzip_over:  # quoting pushed it over the line
        gz_path = out_path.with_name(out_path.name + ".gz")
        digest, size = _gzip_file(out_path, gz_path, is_cancelled)
        out_path.unlink()
        return PayloadInfo(gz_path, size, records, True, digest, "text/csv", "gzip", raw_size, columns)
    return PayloadInfo(out_path, raw_size, records, False, _sha256(out_path), "text/csv", None, raw_size, columns)


def _write_chunks(
    frame: pl.DataFrame,
    mask: pl.Series | None,
    target: object,
    progress: Callable[[float], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> bool:
    """Write the header and the kept records in slices; True when cancelled part-way."""
    offsets = range(0, frame.height, CHUNK_ROWS) if frame.height else range(1)
    for index, offset in enumerate(offsets):
        part = frame.slice(offset, CHUNK_ROWS)
        if mask is not None:
            part = part.filter(mask.slice(offset, CHUNK_ROWS))
        _write_csv(_blank_to_null(part), target, header=index == 0)
        if is_cancelled is not None and is_cancelled():
            return True
        if progress is not None and frame.height:
            progress(min(1.0, (offset + CHUNK_ROWS) / frame.height))
    return False


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


def _write_csv(data: pl.DataFrame, target: object, *, header: bool) -> None:
    data.write_csv(
        target,  # type: ignore[arg-type]
        include_header=header,
        separator=",",
        line_terminator="\r\n",  # bulk-api-quick-start.txt, Step 3: records end with CRLF
        quote_char='"',
        quote_style="necessary",  # quotes around values with a comma, a quote, CR or LF (RFC 4180)
        null_value="",
        include_bom=False,
    )


def write_payloads(
    frame: pl.DataFrame,
    out_path: Path | str,
    *,
    keep: pl.Series | None = None,
    gzip_over: int = GZIP_OVER,
    max_records: int = MAX_RECORDS,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[PayloadInfo]:
    """Like :func:`write_payload`, split into parts of at most ``max_records`` (one import each).

    One part keeps ``out_path``; several are named ``<stem>.part1.csv``, ``<stem>.part2.csv``...
    Every record is in exactly one part, in file order.
    """
    out_path = Path(out_path)
    mask = keep.fill_null(False).cast(pl.Boolean) if keep is not None else None
    if mask is not None and mask.len() != frame.height:
        raise ValueError(f"keep has {mask.len()} values for {frame.height} records")
    records = int(mask.sum()) if mask is not None else frame.height
    common = {"gzip_over": gzip_over, "max_records": max_records, "progress": progress, "is_cancelled": is_cancelled}
    if records <= max_records:
        return [write_payload(frame, out_path, keep=mask, **common)]  # type: ignore[arg-type]
    # Part boundaries in the original frame, so the kept records are never copied as a whole.
    kept = mask.arg_true() if mask is not None else None
    suffix = "".join(out_path.suffixes) or ".csv"
    stem = out_path.name[: -len(suffix)] if out_path.suffixes else out_path.name
    parts = []
    for index, first in enumerate(range(0, records, max_records), start=1):
        last = min(first + max_records, records) - 1
        start, end = (int(kept[first]), int(kept[last]) + 1) if kept is not None else (first, last + 1)
        part_mask = mask.slice(start, end - start) if mask is not None else None
        path = out_path.with_name(f"{stem}.part{index}{suffix}")
        parts.append(write_payload(frame.slice(start, end - start), path, keep=part_mask, **common))  # type: ignore[arg-type]
    return parts


def _gzip_file(src: Path, dst: Path, is_cancelled: Callable[[], bool] | None) -> tuple[str, int]:
    """Compress with ISA-L on every core, then hash what will be sent."""
    threads = max(1, min(4, os.cpu_count() or 1))
    with src.open("rb") as fin, igzip_threaded.open(paths.private_file(dst), "wb", compresslevel=GZIP_LEVEL,
                                                    threads=threads) as fout:
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
