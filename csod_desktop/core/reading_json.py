"""JSON arrays of records (the quick start's JSON form) and JSON Lines, read as text values."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.core.problems import shown
from csod_desktop.core.source import SourceTable
from csod_desktop.errors import Cancelled, InputFileError
from csod_desktop.i18n import translate

def _flat_hint() -> str:
    return translate("reading", 'A JSON file must be an array of records: [{"column": "value"}, ...].')


_NESTED_LISTED = 5  # columns named in the refusal of nested values


class JsonTooDeep(ValueError):
    """JSON nested deeper than the parser goes (Python's recursion limit, about a thousand levels)."""


def parse_json(text: str | bytes, **kwargs: Any) -> Any:
    """``json.loads`` for text from outside: deep nesting is a :class:`JsonTooDeep` (a ``ValueError``),
    never a ``RecursionError``; an over-long integer is Python's own ``ValueError``. Bounded input, in
    the words of issue 19: the caller catches ``ValueError`` and answers with a sentence."""
    try:
        return json.loads(text, **kwargs)
    except RecursionError:
        raise JsonTooDeep(translate("reading", "values are nested inside each other too deeply (about a thousand "
                                               "levels)")) from None


def _as_text(value: Any) -> str | None:
    """Numbers keep their exact JSON spelling (parse_int/parse_float=str); nested values never get here."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _empty(path: Path) -> InputFileError:
    return InputFileError(translate("reading", "{file} is empty.").format(file=path.name), line=1,
                          hint=translate("reading", "Check that the export finished."))


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    """(encoding, text): UTF-8, or UTF-16/32 with or without a byte order mark (RFC 8259 section 8.1)."""
    from csod_desktop.core.reading_encoding import sniff_binary, sniff_magic

    encoding = json.detect_encoding(raw)
    if encoding.startswith("utf-8"):
        sniff_binary(raw[:4096], path)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        sniff_magic(raw[:16], path)
        before = raw[: exc.start].decode(encoding, errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        name = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8"}.get(encoding, encoding.upper())
        raise InputFileError(
            translate("reading", "{file} cannot be read as {encoding}: byte {byte} at character {column} of line "
                                 "{line} is not valid in that encoding.").format(
                file=path.name, encoding=name, byte=f"{raw[exc.start]:#04x}", column=column, line=line),
            line=line,
            hint=translate("reading", "Export the file again as JSON in UTF-8: JSON files are UTF-8 (or UTF-16 with "
                                      "a byte order mark)."),
        ) from exc
    return ("utf-8" if encoding == "utf-8-sig" else encoding), text.lstrip("\ufeff")


def read_json(
    path: Path,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Any:
    """Read ``[{...}, ...]`` or one object per line; columns in first-seen key order."""

    raw = path.read_bytes()
    if not raw.strip():
        raise _empty(path)
    encoding, text = _decode(raw, path)
    if not text.strip():
        raise _empty(path)
    stripped = text.lstrip()
    records: list[tuple[int, Any]] = []
    lineno = 0
    numbers = {"parse_int": str, "parse_float": str, "parse_constant": str}
    try:
        if stripped.startswith("["):
            data = parse_json(text, **numbers)
            records = [(0, r) for r in data]
        else:
            for lineno, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    records.append((lineno, parse_json(line, **numbers)))
                if lineno % 50000 == 0 and is_cancelled is not None and is_cancelled():
                    raise Cancelled()
    except JsonTooDeep as exc:
        said = (translate("reading", "{file} cannot be read: its {problem} (line {line}), so it is not a list of "
                                     "records.") if lineno else
                translate("reading", "{file} cannot be read: its {problem}, so it is not a list of records."))
        raise InputFileError(
            said.format(file=path.name, problem=exc, line=lineno),
            line=lineno or None,
            hint=_flat_hint(),
        ) from None
    except json.JSONDecodeError as exc:
        line = exc.lineno if stripped.startswith("[") else lineno
        raise InputFileError(
            # exc.msg is the parser's own English ("Expecting ',' delimiter"): quoted as it is.
            translate("reading", "{file} is not valid JSON: {problem} on line {line}.").format(
                file=path.name, problem=exc.msg, line=line),
            line=line,
            hint=_flat_hint(),
        ) from exc
    if not records:
        raise InputFileError(translate("reading", "{file} holds no records.").format(file=path.name), line=1)
    columns: dict[str, list[str | None]] = {}
    nested: dict[str, int] = {}  # column -> records whose value there is an object or an array
    first_nested: tuple[int, int, str, Any] | None = None
    for index, (lineno, record) in enumerate(records):
        if not isinstance(record, dict):
            # The Python type's name (list, str, int) is what the parser saw: not a word to translate.
            said = (translate("reading", "In {file}, line {line} is not a record of named values (it is a "
                                         "{kind}).") if lineno else
                    translate("reading", "In {file}, record {record} is not a record of named values (it is a "
                                         "{kind})."))
            raise InputFileError(
                said.format(file=path.name, line=lineno, record=index + 1, kind=type(record).__name__),
                line=lineno or None,
                hint=_flat_hint(),
            )
        for key in record:
            if key not in columns:
                if not str(key).strip():
                    raise InputFileError(
                        translate("reading", "In {file}, record {record} has a value with an empty name.").format(
                            file=path.name, record=index + 1),
                        line=lineno or None,
                    )
                columns[key] = [None] * index
        for key, col in columns.items():
            value = record.get(key)
            if isinstance(value, (dict, list)):
                nested[key] = nested.get(key, 0) + 1
                if first_nested is None:
                    first_nested = (index, lineno, key, value)
                value = None
            col.append(_as_text(value))
        if progress is not None and index % 50000 == 0 and records:
            progress(0.9 * index / len(records))
    if first_nested is not None:
        raise _nested_error(path, nested, first_nested)
    frame = pl.DataFrame(columns, schema={k: pl.String for k in columns})
    return SourceTable(frame=frame, path=path, format="json", encoding=encoding)


def _nested_error(path: Path, nested: dict[str, int], first: tuple[int, int, str, Any]) -> InputFileError:
    """Nested objects and arrays are not values the portal takes, and their JSON text is not what the
    administrator meant to load (a localized name ``{"en": ...}`` would become that text): refused, named."""
    index, lineno, key, value = first
    snippet = shown(json.dumps(value, ensure_ascii=False))[:60]
    # One whole sentence per case (line or record, object or list, more columns or not): the words around
    # each part agree with it in other languages.
    if isinstance(value, dict):
        head = (translate("reading", 'In {file}, line {line} holds an object as the value of "{name}" ({snippet}), '
                                     "not one text, number or true/false.") if lineno else
                translate("reading", 'In {file}, record {record} holds an object as the value of "{name}" '
                                     "({snippet}), not one text, number or true/false."))
    else:
        head = (translate("reading", 'In {file}, line {line} holds a list as the value of "{name}" ({snippet}), '
                                     "not one text, number or true/false.") if lineno else
                translate("reading", 'In {file}, record {record} holds a list as the value of "{name}" ({snippet}), '
                                     "not one text, number or true/false."))
    one, many = (translate("reading", '"{name}" (1 record)'), translate("reading", '"{name}" ({count} records)'))
    names = ", ".join((one if n == 1 else many).format(name=shown(k), count=n)
                      for k, n in list(nested.items())[:_NESTED_LISTED])
    tail = (translate("reading", "The portal takes one value per field, so this file was not read. Nested values are "
                                 "in: {names}.") if len(nested) <= _NESTED_LISTED else
            translate("reading", "The portal takes one value per field, so this file was not read. Nested values are "
                                 "in: {names} and {more} more columns."))
    return InputFileError(
        head.format(file=path.name, line=lineno, record=index + 1, name=shown(key), snippet=snippet) + " "
        + tail.format(names=names, more=len(nested) - _NESTED_LISTED),
        line=lineno or None,
        hint=translate("reading", "Export the records flat (one column per value, for example one column per "
                                  "language), or leave those fields out of the export."),
    )


__all__ = ["JsonTooDeep", "parse_json", "read_json"]
