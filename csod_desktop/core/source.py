"""What reading a file gives: the options it was read with and the table of text (``SourceTable``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

#: ``SourceTable.format`` of a workbook (a sheet and a header row to choose, no encoding or delimiter).
WORKBOOK_FORMATS = frozenset({"xlsx", "xlsm", "xls", "ods"})


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
    """The file as read: every column is ``pl.String`` under its original header; empty cells are null.

    ``date_cells`` holds, for each column of a workbook with at least one real date cell, a Boolean mask
    (one value per record) that is True where the cell was an Excel date or datetime; those cells' text is
    ISO (``2019-12-01``, or ``2019-12-01T14:05:00`` when the time is not midnight), and
    :meth:`csod_desktop.core.mapping.Mapping.apply` writes them in the import's date culture.
    """

    frame: pl.DataFrame
    path: Path
    format: str  # "csv" | "tsv" | "xlsx" | "xlsm" | "xls" | "ods" | "json"
    encoding: str | None = None
    delimiter: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    sheet: str | None = None
    header_row: int = 0
    warnings: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)  # of sheet_names, those hidden in the workbook
    date_cells: dict[str, pl.Series] = field(default_factory=dict)

    @property
    def is_workbook(self) -> bool:
        return self.format in WORKBOOK_FORMATS

    @property
    def headers(self) -> list[str]:
        return list(self.frame.columns)

    @property
    def n_records(self) -> int:
        return self.frame.height
