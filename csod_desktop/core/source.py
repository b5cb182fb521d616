"""A file as read (every column text, nothing coerced) and the options it was read with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl


@dataclass
class ReadOptions:
    """How to read a file; ``None`` means detect it.

    ``header_row`` is the 0-based row holding the column names: the Excel row number minus one, or the
    number of physical lines (a title, notes) above the header in a CSV file.
    """

    encoding: str | None = None
    delimiter: str | None = None
    quotechar: str = '"'
    sheet: str | None = None
    header_row: int = 0


@dataclass
class SourceTable:
    """The file as read: every column is ``pl.String`` under its original header; empty cells are null."""

    frame: pl.DataFrame
    path: Path
    format: str  # "csv" | "tsv" | "xlsx" | "json"
    encoding: str | None = None
    delimiter: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    sheet: str | None = None
    header_row: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return list(self.frame.columns)

    @property
    def n_records(self) -> int:
        return self.frame.height
