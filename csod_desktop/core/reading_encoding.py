"""Which encoding a text file is in, proved rather than guessed, and what it holds that is not text.

UTF-8 (with or without a BOM), UTF-16/32 (BOM or the NUL pattern of Latin text), or Windows-1252 when the
file is not UTF-8 and holds no UTF-8 character; anything else is refused with the line and byte where it
stops being one encoding (issue 19, item 2). Old-Mac line ends are made ordinary here too.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from csod_desktop.errors import Cancelled, InputFileError
from csod_desktop.i18n import translate

CHUNK = 8 * 1024 * 1024
HEAD = 64 * 1024

# UTF-8 text that was once decoded as Windows-1252 and encoded again: "é" becomes "Ã©", "’" becomes "â€™".
# As UTF-8 bytes that is C3 83|82 followed by a 2-byte char in U+0080..U+00BF, or "â€" (C3 A2 E2 82 AC).
_MOJIBAKE = re.compile(rb"\xc3[\x82\x83]\xc2[\x80-\xbf]|\xc3[\x82\x83][\xc5\xcb\xe2]|\xc3\xa2\xe2\x82\xac")

_MAGIC: tuple[bytes, ...] = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"PK\x03\x04")


def _kind_of(magic: bytes) -> str:
    """What a file starting with ``magic`` is, in words (translated when asked, as the window's language may change)."""
    return {
        b"\x89PNG": translate("reading", "a PNG image"),
        b"\xff\xd8\xff": translate("reading", "a JPEG image"),
        b"GIF8": translate("reading", "a GIF image"),
        b"%PDF": translate("reading", "a PDF document"),
        b"\xd0\xcf\x11\xe0": translate("reading", "an old-style Excel (.xls) or other Office binary file"),
        b"\x1f\x8b": translate("reading", "a gzip-compressed file"),
        b"PK\x03\x04": translate("reading", "a zip archive"),
    }[magic]

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
    for magic in _MAGIC:
        if head.startswith(magic):
            raise InputFileError(
                translate("reading", "{file} is {what}, not a text file with one record per line.").format(
                    file=path.name, what=_kind_of(magic)),
                hint=_export_hint(),
            )


def _export_hint() -> str:
    return translate("reading", "Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.")


def sniff_binary(head: bytes, path: Path) -> None:
    """Refuse binary files: a known kind by name (:func:`sniff_magic`), anything with NUL bytes."""
    sniff_magic(head, path)
    if b"\x00" in head:
        raise InputFileError(
            translate("reading", "{file} contains binary data (NUL bytes), so it is not a CSV or text file.").format(
                file=path.name),
            line=head[: head.index(b"\x00")].count(b"\n") + 1,
            hint=_export_hint(),
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
            translate("reading", "{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid in "
                                 "that encoding.").format(file=path.name, encoding=encoding,
                                                          byte=f"{raw[exc.start]:#04x}", line=_line_of(raw, exc.start)),
            line=_line_of(raw, exc.start),
            hint=translate("reading", "Choose the file's real encoding, or save it again as CSV UTF-8."),
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
        raise InputFileError(translate("reading", "{file} is empty.").format(file=path.name), line=1,
                             hint=translate("reading", "Check that the export finished."))

    if forced:
        try:
            codec = codecs.lookup(forced).name
        except LookupError as exc:
            raise InputFileError(
                translate("reading", "\"{encoding}\" is not an encoding this app knows.").format(encoding=forced),
                hint=translate("reading", "Choose one from the list, for example utf-8 or cp1252."),
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


def _reexport() -> str:
    return translate("reading", "Open the file in the program that made it and export it again as CSV UTF-8 (in "
                                "Excel: Save As, \"CSV UTF-8 (Comma delimited)\"). In the window you can also "
                                "choose the file's real encoding in the File step.")


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
        said = (translate("reading", "{file} mixes two encodings, so some names would be garbled: it starts with the "
                                     "UTF-8 byte order mark, but byte {byte} of line {line} ({code}) is not UTF-8.")
                if char == "\ufeff" and utf8[0] == 0 else
                translate("reading", "{file} mixes two encodings, so some names would be garbled: it holds the UTF-8 "
                                     "character \"{char}\" on line {u_line} (byte {u_byte}), but byte {byte} of line "
                                     "{line} ({code}) is not UTF-8."))
        raise InputFileError(
            said.format(file=path.name, char=char, u_line=u_line, u_byte=u_byte, byte=byte, line=line,
                        code=f"{raw[bad]:#04x}"),
            line=line,
            hint=_reexport(),
        )
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        c_line, c_byte = _where(raw, exc.start)
        raise InputFileError(
            translate("reading", "{file} is neither UTF-8 nor Windows-1252: byte {byte} of line {line} ({code}) is "
                                 "not a character in either.").format(file=path.name, byte=c_byte, line=c_line,
                                                                      code=f"{raw[exc.start]:#04x}"),
            line=c_line,
            hint=_reexport(),
        ) from exc
    data = text.encode("utf-8")
    if progress is not None:
        progress(0.4)
    return TextSource("windows-1252", data, _mojibake_warnings(data, path))


def _mojibake_message(path: Path) -> str:
    return translate("reading", "Some characters in {file} look garbled (like \"Ã©\" instead of \"é\"): the file was "
                                "probably converted between encodings once too often. Check names with accents "
                                "before loading.").format(file=path.name)


def _mojibake_warnings(data: bytes, path: Path) -> list[str]:
    warnings = []
    if not data.isascii() and _MOJIBAKE.search(data):
        warnings.append(_mojibake_message(path))
    if "\ufffd".encode() in data:
        warnings.append(translate("reading", "{file} contains replacement characters (\"\ufffd\"): some characters "
                                             "were lost before the file reached us.").format(file=path.name))
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
    note = translate("reading", "The lines of {file} end in a carriage return alone (old Mac style); they were read "
                                "as ordinary lines.").format(file=path.name)
    return TextSource(source.encoding, raw.replace(b"\r", b"\n"), [*source.warnings, note])
