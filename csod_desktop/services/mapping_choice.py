"""Which mapping a file gets and where it came from: the one answer to "was this mapping guessed?"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from csod_desktop.core.mapping import Mapping, suggest_mapping
from csod_desktop.core.schema import Schema
from csod_desktop.core.templates import TemplateStore

#: Where a mapping came from (the README's ``mapping.origin``): a template file given for this load, the
#: template remembered for this header layout, exact (every column is a property name), or auto (guessed).
ORIGINS = ("template", "remembered", "exact", "auto")


def mapping_origin(mapping: Any, from_template_file: bool) -> str:
    """template (given as a file), remembered (saved for this header layout), exact (every column is a
    property name) or auto (the automatic mapping guessed at least one column). The one answer to "was
    this mapping guessed?" for the window and the command line."""
    if from_template_file:
        return "template"
    methods = {m.method for m in mapping.matches}
    if methods and methods <= {"template"}:
        return "remembered"
    if mapping.matches and all(m.target is not None and m.method == "name" for m in mapping.matches):
        return "exact"
    return "auto"


@dataclass
class MappingChoice:
    """A mapping and where it came from, with how sure the match of each column is."""

    mapping: Mapping
    origin: str
    template: Path | None = None

    @property
    def guessed(self) -> bool:
        """True when at least one column was matched by a guess (or left unmapped) rather than chosen."""
        return self.origin == "auto"

    @property
    def confidence(self) -> float:
        """The lowest confidence of a mapped column (1.0 for exact names and templates)."""
        mapped = [m.confidence for m in self.mapping.matches if m.target is not None]
        return min(mapped, default=1.0)

    def guesses(self) -> tuple[list[str], list[str]]:
        """(columns matched by a guess as "'source' -> property", columns left unmapped)."""
        matches = self.mapping.matches
        unsure = [f"{m.source!r} -> {m.target}" for m in matches if m.target and m.method not in ("name", "template")]
        unmapped = [repr(m.source) for m in matches if m.target is None]
        return unsure, unmapped


def choose_mapping(
    headers: list[str],
    schema: Schema,
    templates: TemplateStore | None = None,
    *,
    given: Mapping | None = None,
    template: Path | None = None,
) -> MappingChoice:
    """The mapping for a file: the template given, else the one remembered for its header layout, else
    the automatic match (exact when every column is a property name, auto otherwise)."""
    if given is not None:
        return MappingChoice(given.rebased(headers) if given.sources != headers else given, "template", template)
    if templates is not None:
        remembered = templates.remembered(schema.load_type, headers)
        if remembered is not None:
            return MappingChoice(remembered, "remembered")
    suggested = suggest_mapping(headers, schema)
    return MappingChoice(suggested, mapping_origin(suggested, False))
