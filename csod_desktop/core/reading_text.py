"""Delimited text files (CSV/TSV): encoding, delimiter and quote detection, and a fast exact parse."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from csod_desktop.core.problems import shown
from csod_desktop.errors import Cancelled, InputFileError

CHUNK = 8 * 1024 * 1024
HEAD = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")

# UTF-8 text that was once decoded as Windows-1252 and encoded again: "é" becomes "Ã©", "’" becomes "â€™".
# As UTF-8 bytes that is C3 83|82 followed by a 2-byte char in U+0080..U+00BF, or "â€" (C3 A2 E2 82 AC).
_MOJIBAKE = re.compile(rb"\xc3[\x82\x83]\xc2[\x80-\xbf]|\xc3[\x82\x83][\xc5\xcb\xe2]|\xc3\xa2\xe2\x82\xac")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old-style Excel (.xls) or other Office binary file"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"PK\x03\x04", "a zip archive"),
)

ProgressFn = Callable[[float], None] | None
CancelFn = Callable[[], bool] | None


@dataclass
class TextSource:
    """The outcome of encoding detection: what polars should parse and how the text was decoded."""

    encoding: str
    data: bytes | None  # UTF-8 bytes (transcoded or BOM-stripped); None = parse the file in place
    warnings: list[str] = field(default_factory=list)


def _check(is_cancelled: CancelFn) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def sniff_magic(head: bytes, path: Path) -> None:
    """Refuse images, archives and Office binaries with a sentence that names what the file is."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputFileError(
                f"{path.name} is {what}, not a text file with one record per line.",
                hint="Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.",
            )


def sniff_binary(head: bytes, path: Path) -> None:
    """Refuse binary files: a known kind by name (:func:`sniff_magic`), anything with NUL bytes."""
    sniff_magic(head, path)
    if b"\x00" in head:
        raise InputFileError(
            f"{path.name} contains binary data (NUL bytes), so it is not a CSV or text file.",
            line=head[: head.index(b"\x00")].count(b"\n") + 1,
            hint="Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.",
        )


def _bom_less_utf16(head: bytes) -> str | None:
    """UTF-16 without a byte order mark: every other byte is NUL in Latin text."""
    sample = head[: 4096 - (len(head[:4096]) % 2)]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _transcode(raw: bytes, encoding: str, path: Path) -> bytes:
    try:
        return raw.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{path.name} cannot be read as {encoding}: byte {raw[exc.start]:#04x} on line "
            f"{_line_of(raw, exc.start)} is not valid in that encoding.",
            line=_line_of(raw, exc.start),
            hint="Choose the file's real encoding, or save it again as CSV UTF-8.",
        ) from exc


def detect_encoding(
    path: Path, forced: str | None, progress: ProgressFn = None, is_cancelled: CancelFn = None
) -> TextSource:
    """Find the encoding among UTF-8 (BOM or not), UTF-16/32 (BOM or not) and Windows-1252/Latin-1.

    Plain UTF-8 files are only scanned in chunks (no copy is kept): polars then maps the file itself.
    Anything else is transcoded to UTF-8 bytes in memory.
    """
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(HEAD)
    if not head:
        raise InputFileError(f"{path.name} is empty.", line=1, hint="Check that the export finished.")

    if forced:
        try:
            codec = codecs.lookup(forced).name
        except LookupError as exc:
            raise InputFileError(
                f"\"{forced}\" is not an encoding this app knows.",
                hint="Choose one from the list, for example utf-8 or cp1252.",
            ) from exc
        raw = path.read_bytes()
        if codec in ("utf-8", "utf-8-sig"):
            raw = raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw
            data = _transcode(raw, "utf-8", path) if not raw.isascii() else raw
        else:
            data = _transcode(raw, forced, path)
        sniff_binary(data[:HEAD], path)
        return TextSource(forced, data, _mojibake_warnings(data, path))

    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            data = _transcode(path.read_bytes(), name, path)
            return TextSource(name, data, _mojibake_warnings(data, path))
    utf16 = _bom_less_utf16(head)
    if utf16:
        data = _transcode(path.read_bytes(), utf16, path)
        return TextSource(utf16, data, _mojibake_warnings(data, path))

    sniff_binary(head, path)
    bom = head.startswith(codecs.BOM_UTF8)
    try:
        # Invalid UTF-8 in the head: the file is not UTF-8; prove_single_byte() says what it is.
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return prove_single_byte(path, progress)
    # The rest is only scanned for NUL bytes (memchr) and mojibake (one regex); polars validates the
    # UTF-8 itself while parsing, and read_delimited asks prove_single_byte() when it is not.
    warnings: list[str] = []
    mojibake_seen = False
    done = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            _check(is_cancelled)
            if chunk.find(b"\x00") >= 0:
                sniff_binary(chunk, path)
            if not mojibake_seen and not chunk.isascii():
                mojibake_seen = _MOJIBAKE.search(chunk) is not None
            done += len(chunk)
            if progress is not None and size:
                progress(0.3 * done / size)
    if mojibake_seen:
        warnings.append(_mojibake_message(path))
    if bom:
        # polars reads the UTF-8 BOM itself; keep the path so the file is mapped, not copied.
        return TextSource("utf-8-sig", None, warnings)
    return TextSource("utf-8", None, warnings)


# A character of two to four bytes that is valid UTF-8 (RFC 3629). Windows-1252 text almost never holds one
# by chance ("Ã©" or "Â " would have to be written on purpose), so a file with one is UTF-8 text. Lead
# bytes become "L" and continuation bytes "C" in a translated copy, where "LC" is found at C speed (a
# regular expression over 80 MB takes seconds); each candidate is then checked exactly.
_CLASSES = bytes(76 if 0xC2 <= b <= 0xF4 else 67 if 0x80 <= b <= 0xBF else 46 for b in range(256))


def _first_utf8_char(raw: bytes) -> tuple[int, int] | None:
    """(start, end) of the first valid multi-byte UTF-8 character in ``raw``, or None."""
    classes = raw.translate(_CLASSES)
    pos = classes.find(b"LC")
    while pos >= 0:
        lead = raw[pos]
        size = 2 if lead <= 0xDF else 3 if lead <= 0xEF else 4
        try:
            raw[pos : pos + size].decode("utf-8")
            return pos, pos + size
        except UnicodeDecodeError:
            pos = classes.find(b"LC", pos + 1)
    return None


_REEXPORT = (
    "Open the file in the program that made it and export it again as CSV UTF-8 (in Excel: Save As, "
    "\"CSV UTF-8 (Comma delimited)\"). In the window you can also choose the file's real encoding in the File "
    "step."
)


def _where(raw: bytes, pos: int) -> tuple[int, int]:
    """(line, byte within the line), both 1-based, of the byte at ``pos``."""
    line_start = raw.rfind(b"\n", 0, pos) + 1
    return _line_of(raw, pos), pos - line_start + 1


def _first_invalid_utf8(raw: bytes) -> int | None:
    """Where ``raw`` stops being UTF-8 (a BOM is UTF-8), or None when all of it is."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def prove_single_byte(path: Path, progress: ProgressFn = None) -> TextSource:
    """A file that is not UTF-8: Windows-1252 when every byte is one, else refused with the position.

    An encoding is proved, not guessed (issue 19): a file that holds UTF-8 characters *and* bytes that
    are not UTF-8 mixes two encodings (a UTF-8 export with one pasted Windows-1252 name, or the reverse).
    Read either way, some names would reach the portal garbled ("ZÃ¼rich"), so it is refused with the
    line and byte where it stops being UTF-8. Latin-1 is never assumed: it reads any byte, so it proves
    nothing; a byte undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) is refused too.
    """
    raw = path.read_bytes()
    bad = _first_invalid_utf8(raw)
    if bad is None:  # pragma: no cover - callers only ask for files that failed to decode as UTF-8
        return TextSource("utf-8", raw, _mojibake_warnings(raw, path))
    line, byte = _where(raw, bad)
    utf8 = _first_utf8_char(raw)
    if utf8 is not None:
        u_line, u_byte = _where(raw, utf8[0])
        char = raw[utf8[0] : utf8[1]].decode("utf-8")
        seen = ("starts with the UTF-8 byte order mark" if char == "\ufeff" and utf8[0] == 0
                else f"holds the UTF-8 character \"{char}\" on line {u_line} (byte {u_byte})")
        raise InputFileError(
            f"{path.name} mixes two encodings, so some names would be garbled: it {seen}, but byte {byte} of "
            f"line {line} ({raw[bad]:#04x}) is not UTF-8.",
            line=line,
            hint=_REEXPORT,
        )
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        c_line, c_byte = _where(raw, exc.start)
        raise InputFileError(
            f"{path.name} is neither UTF-8 nor Windows-1252: byte {c_byte} of line {c_line} "
            f"({raw[exc.start]:#04x}) is not a character in either.",
            line=c_line,
            hint=_REEXPORT,
        ) from exc
    data = text.encode("utf-8")
    if progress is not None:
        progress(0.4)
    return TextSource("windows-1252", data, _mojibake_warnings(data, path))


def _mojibake_message(path: Path) -> str:
    return (
        f"Some characters in {path.name} look garbled (like \"Ã©\" instead of \"é\"): the file was "
        "probably converted between encodings once too often. Check names with accents before loading."
    )


def _mojibake_warnings(data: bytes, path: Path) -> list[str]:
    warnings = []
    if not data.isascii() and _MOJIBAKE.search(data):
        warnings.append(_mojibake_message(path))
    if "\ufffd".encode() in data:
        warnings.append(
            f"{path.name} contains replacement characters (\"\ufffd\"): some characters were lost "
            "before the file reached us."
        )
    return warnings


def old_mac_line_ends(path: Path, source: TextSource) -> TextSource:
    """A file whose lines end in a carriage return alone (classic Mac OS) read with ordinary line ends.

    polars and the line counts only split lines at LF. A file with CR and no LF at all has one meaning
    (each CR ends a line, as in a quoted value's line break), so every CR becomes LF; a file that mixes
    both is left as it is, and a lone CR outside quotes is then refused in plain words (scan_exact).
    """
    if source.data is not None:
        head = source.data[:HEAD]
    else:
        with path.open("rb") as fh:
            head = fh.read(HEAD)
    if b"\r" not in head or b"\n" in head:
        return source
    raw = source.data if source.data is not None else path.read_bytes()
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    if b"\n" in raw:
        return source
    note = (f"The lines of {path.name} end in a carriage return alone (old Mac style); they were read as "
            "ordinary lines.")
    return TextSource(source.encoding, raw.replace(b"\r", b"\n"), [*source.warnings, note])


def head_text(path: Path, source: TextSource) -> str:
    """The first ~64 KB as text (for sniffing and the header); a character cut at the end is dropped."""
    if source.data is not None:
        raw = source.data[:HEAD]
    else:
        with path.open("rb") as fh:
            raw = fh.read(HEAD)
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
    text = raw.decode("utf-8", errors="ignore")
    return text


def sniff_dialect(sample: str, default_delimiter: str) -> tuple[str, str]:
    """Pick the delimiter (comma, semicolon, tab, pipe) whose records all have the header's width."""
    cut = sample.rfind("\n")
    complete = sample if cut < 0 or len(sample) < HEAD - 4 else sample[: cut + 1]
    quote = '"'
    if '"' not in complete and re.search(r"(^|[,;\t|])'[^'\n]*'([,;\t|]|\r?$)", complete, re.M):
        quote = "'"
    best: tuple[float, int, str] | None = None
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(complete), delimiter=delim, quotechar=quote) if r]
        except csv.Error:
            continue
        rows = rows[:200]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistency = sum(len(r) == width for r in rows) / len(rows)
        score = (consistency, width, delim)
        if best is None or score[:2] > best[:2]:
            best = score
    return (best[2] if best else default_delimiter), quote


def skip_lines(text: str, count: int) -> str:
    """``text`` without its first ``count`` physical lines (a title or notes above the header)."""
    for _ in range(count):
        cut = text.find("\n")
        text = text[cut + 1 :] if cut >= 0 else ""
    return text


def read_header(sample: str, delimiter: str, quote: str, path: Path, line: int = 1) -> list[str]:
    """The header record, checked: no empty and no duplicate names (the mapping needs unique names)."""
    try:
        first = next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quotechar=quote), None)
    except csv.Error as exc:
        raise InputFileError(
            f"The header line of {path.name} (line {line}) cannot be read: {csv_problem(exc)}",
            line=line,
            hint="Check the quotes on that line: a value that starts with a quote must end with one.",
        ) from exc
    if not first or all(not h.strip() for h in first):
        raise InputFileError(
            f"Line {line} of {path.name} is empty: it must hold the column names.",
            line=line,
            hint="Delete the blank lines above the header, or choose the header row.",
        )
    check_headers(first, path, line=line)
    return first


def check_headers(headers: list[str], path: Path, line: int) -> None:
    """Raise on empty or duplicate column names, naming the column position."""
    seen: dict[str, int] = {}
    for index, name in enumerate(headers, start=1):
        key = name.strip()
        if not key:
            raise InputFileError(
                f"Column {index} of {path.name} has no name in the header (line {line}).",
                line=line,
                hint="Give every column a name, or delete the empty column.",
            )
        if key in seen:
            raise InputFileError(
                f"The column name \"{shown(key)}\" appears twice in the header of {path.name} "
                f"(columns {seen[key]} and {index}, line {line}).",
                line=line,
                hint="Rename one of the two columns so each name is unique.",
            )
        seen[key] = index


def csv_problem(exc: csv.Error) -> str:
    """Python's csv error in words an administrator can act on (never "universal-newline mode")."""
    text = str(exc)
    if "end of data" in text:
        return "it opens a quoted value that is never closed: everything after it would be one value."
    if "new-line character" in text:
        return ("it holds a carriage return alone (an old Mac line end) outside quotes while other lines end "
                "the usual way: save the file again as CSV, which writes one kind of line end.")
    if "field larger than field limit" in text:
        return (f"it holds a value longer than {csv.field_size_limit():,} characters, longer than any field "
                "the portal takes.")
    return "a quote is misplaced (a quote must open and close the whole value)."


def _ragged_error(path: Path, line: int, got: int, want: int) -> InputFileError:
    return InputFileError(
        f"Line {line} of {path.name} has {got} fields but the header has {want}: "
        + ("a value probably contains an unquoted delimiter." if got > want else "values are missing.")
        + "",
        line=line,
        hint="Put values that contain the delimiter in double quotes, or fix the line in the source system.",
    )


def scan_exact(
    path: Path,
    source: TextSource,
    delimiter: str,
    quote: str,
    width: int,
    is_cancelled: CancelFn,
    header_line: int = 0,
) -> pl.DataFrame:
    """The slow, exact path (Python's csv module): the reference for line numbers and odd quoting."""
    text = skip_lines(_full_text(path, source), header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar=quote, strict=True)
    columns: list[list[str | None]] = [[] for _ in range(width)]
    start = 1 + header_line
    try:
        next(reader)  # header (already checked)
        start = reader.line_num + 1 + header_line
        for n, row in enumerate(reader):
            if row and len(row) != width:
                raise _ragged_error(path, start, len(row), width)
            start = reader.line_num + 1 + header_line
            if not row:
                continue  # a blank line is not a record
            for col, value in zip(columns, row, strict=True):
                col.append(value if value != "" else None)
            if n % 65536 == 0:
                _check(is_cancelled)
    except csv.Error as exc:
        raise InputFileError(
            f"Line {start} of {path.name} cannot be read: {csv_problem(exc)}",
            line=start,
            hint="Check the quotes on that line: a value that starts with a quote must end with one.",
        ) from exc
    return pl.DataFrame({str(i): c for i, c in enumerate(columns)}, schema={str(i): pl.String for i in range(width)})


def _full_text(path: Path, source: TextSource) -> str:
    raw = source.data if source.data is not None else path.read_bytes()
    return raw.decode("utf-8-sig")


def _line_counts(
    path: Path, source: TextSource, delimiter: str, quote: str, is_cancelled: CancelFn = None
) -> pl.DataFrame:
    """Per physical line: blank or not, delimiters and quotes in it.

    polars' streaming engine splits the lines batch by batch, so the line strings are never all in
    memory; this runs before the main parse, and its peak stays well under the parse's own.
    """
    _check(is_cancelled)
    return (
        pl.scan_csv(
            source.data if source.data is not None else path,
            has_header=False,
            separator="\x00",  # detect_encoding proved the file has no NUL: every line is one value
            quote_char=None,
            schema={"l": pl.String},
            infer_schema=False,
        )
        .select(
            blank=pl.col("l").is_null(),
            d=pl.col("l").str.count_matches(delimiter, literal=True).fill_null(0),
            q=pl.col("l").str.count_matches(quote, literal=True).fill_null(0),
        )
        .collect(engine="streaming")
    )


def record_delimiters(
    path: Path,
    source: TextSource,
    delimiter: str,
    quote: str,
    header_line: int = 0,
    is_cancelled: CancelFn = None,
) -> pl.DataFrame | None:
    """Per record after the header: ``blank`` and ``d``, the delimiters on its raw line(s).

    Run before the main parse, while nothing else is in memory (it reads the text piece by piece).
    None when the quotes do not pair up: only the exact scan can tell what the file means then.
    """
    lines = _line_counts(path, source, delimiter, quote, is_cancelled)
    if header_line:
        lines = lines.slice(header_line)  # the lines above the header are not records
    # A record goes on over the next line while it holds an odd number of quotes (RFC 4180 2.6).
    lines = lines.with_columns(open_after=(pl.col("q").cum_sum() % 2) == 1)
    lines = lines.with_columns(start=~pl.col("open_after").shift(1, fill_value=False))
    if lines.height and lines["open_after"][-1]:
        return None  # odd quotes: a value never closed, or a quote inside an unquoted value
    if lines["start"].all():
        records = lines.select("blank", "d")
    else:
        records = (
            lines.with_columns(rec=pl.col("start").cum_sum())
            .group_by("rec", maintain_order=True)
            .agg(pl.col("blank").all(), pl.col("d").sum())
            .select("blank", "d")
        )
    return records.slice(1)  # the header


def has_ragged_records(records: pl.DataFrame, frame: pl.DataFrame, delimiter: str) -> bool:
    """True when some record's field count differs from the header's (polars hides both cases).

    polars pads a short line with nulls and accepts one extra empty field, so the widths are checked
    here: a record's raw line(s) must hold exactly ``width - 1`` delimiters plus the delimiters that
    sit inside its quoted values (those are still in the parsed values). Cost: one line-split pass
    and literal counts, about a third of the parse itself.
    """
    if records.height != frame.height:
        return True
    inside = pl.repeat(frame.width - 1, frame.height, dtype=pl.UInt32, eager=True)
    names = frame.columns
    for i in range(0, len(names), 4):  # four columns at a time: parallel, yet only a few MB of counts
        counts = pl.sum_horizontal(pl.col(names[i : i + 4]).str.count_matches(delimiter, literal=True).fill_null(0))
        inside = inside + frame.select(counts).to_series()
    bad = (records["d"] != inside) & ~records["blank"]
    return bool(bad.any())
