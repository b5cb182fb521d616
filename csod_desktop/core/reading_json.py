"""JSON arrays of records (the quick start's JSON form) and JSON Lines, read as text values."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.core.source import SourceTable
from csod_desktop.errors import Cancelled, InputFileError


def _as_text(value: Any) -> str | None:
    """Numbers keep their exact JSON spelling (parse_int/parse_float=str); nested values stay JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def read_json(
    path: Path,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Any:
    """Read ``[{...}, ...]`` or one object per line; columns in first-seen key order."""
    from csod_desktop.core.reading_text import sniff_binary

    raw = path.read_bytes()
    if not raw.strip():
        raise InputFileError(f"{path.name} is empty.", line=1, hint="Check that the export finished.")
    sniff_binary(raw[:4096], path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputFileError(
            f"{path.name} is not UTF-8 (line {line}); JSON files must be UTF-8.", line=line
        ) from exc
    stripped = text.lstrip()
    records: list[tuple[int, Any]] = []
    try:
        if stripped.startswith("["):
            data = json.loads(text, parse_int=str, parse_float=str)
            records = [(0, r) for r in data]
        else:
            for lineno, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    records.append((lineno, json.loads(line, parse_int=str, parse_float=str)))
                if lineno % 50000 == 0 and is_cancelled is not None and is_cancelled():
                    raise Cancelled()
    except json.JSONDecodeError as exc:
        line = exc.lineno if stripped.startswith("[") else lineno
        raise InputFileError(
            f"{path.name} is not valid JSON: {exc.msg} on line {line}.",
            line=line,
            hint="A JSON file must be an array of records: [{\"column\": \"value\"}, ...].",
        ) from exc
    if not records:
        raise InputFileError(f"{path.name} holds no records.", line=1)
    columns: dict[str, list[str | None]] = {}
    for index, (lineno, record) in enumerate(records):
        if not isinstance(record, dict):
            where = f"line {lineno}" if lineno else f"record {index + 1}"
            raise InputFileError(
                f"In {path.name}, {where} is not a record of named values (it is a {type(record).__name__}).",
                line=lineno or None,
                hint="A JSON file must be an array of records: [{\"column\": \"value\"}, ...].",
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
            col.append(_as_text(record.get(key)))
        if progress is not None and index % 50000 == 0 and records:
            progress(0.9 * index / len(records))
    frame = pl.DataFrame(columns, schema={k: pl.String for k in columns})
    return SourceTable(frame=frame, path=path, format="json", encoding="utf-8")
