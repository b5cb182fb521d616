"""Delimited text files (CSV/TSV): delimiter and quote detection, and a fast exact parse.

The encoding is found first, by ``reading_encoding``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

import polars as pl

from csod_desktop.core.problems import shown
from csod_desktop.core.reading_encoding import HEAD, CancelFn, TextSource, _check
from csod_desktop.core.reading_encoding import sniff_binary  # noqa: F401 - re-exported (reading_excel)
from csod_desktop.errors import InputFileError
from csod_desktop.i18n import number, translate

DELIMITERS = (",", ";", "\t", "|")

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
            translate("reading", "The header line of {file} (line {line}) cannot be read: {problem}").format(
                file=path.name, line=line, problem=csv_problem(exc)),
            line=line,
            hint=translate("reading", "Check the quotes on that line: a value that starts with a quote must end "
                                      "with one."),
        ) from exc
    if not first or all(not h.strip() for h in first):
        raise InputFileError(
            translate("reading", "Line {line} of {file} is empty: it must hold the column names.").format(
                line=line, file=path.name),
            line=line,
            hint=translate("reading", "Delete the blank lines above the header, or choose the header row."),
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
                translate("reading", "Column {index} of {file} has no name in the header (line {line}).").format(
                    index=index, file=path.name, line=line),
                line=line,
                hint=translate("reading", "Give every column a name, or delete the empty column."),
            )
        if key in seen:
            raise InputFileError(
                translate("reading", "The column name \"{name}\" appears twice in the header of {file} (columns "
                                     "{first} and {index}, line {line}).").format(
                    name=shown(key), file=path.name, first=seen[key], index=index, line=line),
                line=line,
                hint=translate("reading", "Rename one of the two columns so each name is unique."),
            )
        seen[key] = index


def csv_problem(exc: csv.Error) -> str:
    """Python's csv error in words an administrator can act on (never "universal-newline mode")."""
    text = str(exc)
    if "end of data" in text:
        return translate("reading", "it opens a quoted value that is never closed: everything after it would be "
                                    "one value.")
    if "new-line character" in text:
        return translate("reading", "it holds a carriage return alone (an old Mac line end) outside quotes while "
                                    "other lines end the usual way: save the file again as CSV, which writes one "
                                    "kind of line end.")
    if "field larger than field limit" in text:
        return translate("reading", "it holds a value longer than {limit} characters, longer than any field the "
                                    "portal takes.").format(limit=number(csv.field_size_limit()))
    return translate("reading", "a quote is misplaced (a quote must open and close the whole value).")


def _ragged_error(path: Path, line: int, got: int, want: int) -> InputFileError:
    return InputFileError(
        (translate("reading", "Line {line} of {file} has {got} fields but the header has {want}: a value probably "
                              "contains an unquoted delimiter.") if got > want else
         translate("reading", "Line {line} of {file} has {got} fields but the header has {want}: values are "
                              "missing.")).format(line=line, file=path.name, got=got, want=want),
        line=line,
        hint=translate("reading", "Put values that contain the delimiter in double quotes, or fix the line in the "
                                  "source system."),
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
            translate("reading", "Line {line} of {file} cannot be read: {problem}").format(
                line=start, file=path.name, problem=csv_problem(exc)),
            line=start,
            hint=translate("reading", "Check the quotes on that line: a value that starts with a quote must end "
                                      "with one."),
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
