"""The whole client-side preparation in one call: read, map, validate, write the payload(s)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping as MappingABC
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from csod_desktop.core.mapping import Mapping, suggest_mapping
from csod_desktop.core.payload import MAX_RECORDS, PayloadInfo, write_payloads
from csod_desktop.core.reading import ReadOptions, SourceTable, read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.templates import TemplateStore
from csod_desktop.core.validation import ValidationResult, validate
from csod_desktop.errors import Cancelled

# Share of the progress bar per step (reading dominates on big files, see tests/benchmarks/README.md).
_READ, _MAP, _VALIDATE = 0.35, 0.4, 0.75


@dataclass
class PreparedLoad:
    """Everything the wizard and the CLI show after preparing one file for one import."""

    table: SourceTable
    mapping: Mapping
    frame: pl.DataFrame  # property-named columns, what was validated
    validation: ValidationResult
    payloads: list[PayloadInfo] = field(default_factory=list)  # empty when not written
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def sendable(self) -> bool:
        """No file-level error (a missing required column, too many columns): records can be sent."""
        return not self.validation.file_errors


def prepare_load(
    path: Path | str,
    schema: Schema,
    settings: MappingABC[str, Any] | None = None,
    *,
    mapping: Mapping | None = None,
    options: ReadOptions | None = None,
    templates: TemplateStore | None = None,
    out_path: Path | str | None = None,
    exclude_invalid: bool = True,
    max_records: int = MAX_RECORDS,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PreparedLoad:
    """Read ``path``, map it (given mapping, else a remembered template, else a suggestion), validate.

    With ``out_path`` the payload is written too (invalid records left out when ``exclude_invalid``),
    split into parts of at most ``max_records`` (one import each) rather than ever truncated. No
    payload is written while the file has file-level errors.
    """

    def part(start: float, end: float) -> Callable[[float], None] | None:
        if progress is None:
            return None
        return lambda f: progress(start + (end - start) * max(0.0, min(1.0, f)))

    timings: dict[str, float] = {}
    clock = time.perf_counter()
    table = read_table(path, options, progress=part(0.0, _READ), is_cancelled=is_cancelled)
    timings["read"] = time.perf_counter() - clock
    _stop(is_cancelled)

    clock = time.perf_counter()
    if mapping is None and templates is not None:
        mapping = templates.remembered(schema.load_type, table.headers)
    if mapping is None:
        mapping = suggest_mapping(table.headers, schema)
    frame = mapping.apply(table.frame, schema, date_cells=table.date_cells, settings=settings)
    timings["map"] = time.perf_counter() - clock
    if progress is not None:
        progress(_MAP)
    _stop(is_cancelled)

    clock = time.perf_counter()
    result = validate(frame, schema, settings, progress=part(_MAP, _VALIDATE), is_cancelled=is_cancelled)
    timings["validate"] = time.perf_counter() - clock

    prepared = PreparedLoad(table, mapping, frame, result, timings=timings)
    if out_path is not None and prepared.sendable:
        clock = time.perf_counter()
        keep = result.valid if exclude_invalid else None
        prepared.payloads = write_payloads(frame, out_path, keep=keep, max_records=max_records, is_cancelled=is_cancelled)
        timings["payload"] = time.perf_counter() - clock
    if progress is not None:
        progress(1.0)
    return prepared


def _stop(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
