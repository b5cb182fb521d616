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

_FLAT_HINT = 'A JSON file must be an array of records: [{"column": "value"}, ...].'
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
        raise JsonTooDeep("values are nested inside each other too deeply (about a thousand levels)") from None


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
        where = f" (line {lineno})" if lineno else ""
        raise InputFileError(
            f"{path.name} cannot be read: its {exc}{where}, so it is not a list of records.",
            line=lineno or None,
            hint=_FLAT_HINT,
        ) from None
    except json.JSONDecodeError as exc:
        line = exc.lineno if stripped.startswith("[") else lineno
        raise InputFileError(
            f"{path.name} is not valid JSON: {exc.msg} on line {line}.",
            line=line,
            hint=_FLAT_HINT,
        ) from exc
    if not records:
        raise InputFileError(translate("reading", "{file} holds no records.").format(file=path.name), line=1)
    columns: dict[str, list[str | None]] = {}
    nested: dict[str, int] = {}  # column -> records whose value there is an object or an array
    first_nested: tuple[int, int, str, Any] | None = None
    for index, (lineno, record) in enumerate(records):
        if not isinstance(record, dict):
            where = f"line {lineno}" if lineno else f"record {index + 1}"
            raise InputFileError(
                f"In {path.name}, {where} is not a record of named values (it is a {type(record).__name__}).",
                line=lineno or None,
                hint=_FLAT_HINT,
            )
        for key in record:
            if key not in columns:
                if not str(key).strip():
                    raise InputFileError(
                        f"In {path.name}, record {index + 1} has a value with an empty name.",
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
    kind = "an object" if isinstance(value, dict) else "a list"
    snippet = shown(json.dumps(value, ensure_ascii=False))[:60]
    where = f"line {lineno}" if lineno else f"record {index + 1}"
    names = ", ".join(f'"{shown(k)}" ({n} record{"s" if n != 1 else ""})' for k, n in list(nested.items())[:_NESTED_LISTED])
    more = f" and {len(nested) - _NESTED_LISTED} more columns" if len(nested) > _NESTED_LISTED else ""
    return InputFileError(
        f'In {path.name}, {where} holds {kind} as the value of "{shown(key)}" ({snippet}), not one text, '
        f"number or true/false. The portal takes one value per field, so this file was not read. Nested "
        f"values are in: {names}{more}.",
        line=lineno or None,
        hint="Export the records flat (one column per value, for example one column per language), or leave "
        "those fields out of the export.",
    )


__all__ = ["JsonTooDeep", "parse_json", "read_json"]
