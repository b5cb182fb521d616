"""What a job sends: one prepared payload per import, and the order a job's imports run in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csod_desktop.core.type_names import type_title
from csod_desktop.store.cache import sha256_file


@dataclass(frozen=True)
class PreparedImport:
    """One payload ready to send: written by ``core.payload.write_payload``, validated, mapped."""

    load_type: str
    payload: Path
    label: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)
    record_count: int | None = None
    source_name: str | None = None
    source_sha256: str | None = None
    content_type: str = "text/csv"
    content_encoding: str | None = None
    mapping: Mapping[str, Any] | None = None  # Mapping.to_dict(): kept in the journal for "fix and reload"
    type_id: int | None = None
    source_path: Path | None = None  # the administrator's original file (the report is joined back to it)
    title: str | None = None  # the portal's name of the load type ("Employee"), for what the window shows
    #: Of the file this import comes from: records the administrator excluded, records left out because
    #: they have errors, and records sent that have warnings (the confirmation says all three).
    excluded: int = 0
    left_invalid: int = 0
    warnings: int = 0

    @property
    def type_title(self) -> str:
        """"Employee" rather than ``chr.employee``."""
        return type_title(self.load_type, self.type_id, self.title)

    @classmethod
    def from_payload(
        cls,
        info: Any,
        load_type: str,
        *,
        label: str = "",
        settings: Mapping[str, Any] | None = None,
        source: Path | None = None,
        mapping: Any = None,
        type_id: int | None = None,
        **counts: Any,
    ) -> PreparedImport:
        """From a ``core.payload.PayloadInfo`` and the source file it came from (``counts``: ``title``,
        ``excluded``, ``left_invalid``, ``warnings``)."""
        if mapping is not None and hasattr(mapping, "to_dict"):
            mapping = mapping.to_dict()
        return cls(
            load_type=load_type,
            payload=Path(info.path),
            label=label,
            settings=dict(settings or {}),
            record_count=getattr(info, "records", None),
            source_name=source.name if source else None,
            source_sha256=sha256_file(source) if source and source.is_file() else None,
            content_type=getattr(info, "content_type", None) or "text/csv",
            content_encoding=getattr(info, "content_encoding", None),
            mapping=mapping,
            type_id=type_id,
            source_path=Path(source).resolve() if source else None,
            **counts,
        )


def ordered(imports: Sequence[PreparedImport]) -> list[PreparedImport]:
    """OU loads first, then employees, then the rest (stable): an employee's division or manager given in
    the same job is then created before the employee that points to it."""

    def rank(item: PreparedImport) -> int:
        if item.load_type.startswith("ou."):
            return 0
        if item.load_type == "chr.employee":
            return 1
        return 2

    return sorted(imports, key=rank)
