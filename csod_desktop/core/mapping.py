"""Source columns to schema properties: suggested matches with confidence, constants and value maps."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping as MappingABC, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl
from rapidfuzz import fuzz, utils

from csod_desktop.core import rules
from csod_desktop.core.schema import Property, Schema
from csod_desktop.errors import TemplateError
from csod_desktop.i18n import translate

#: Below this rapidfuzz score (0..100) a header is left unmapped rather than guessed.
SIMILARITY_THRESHOLD = 82.0
CONFIDENCE = {"name": 1.0, "template": 1.0, "manual": 1.0, "title": 0.95, "normalized": 0.9}
METHODS = ("name", "title", "normalized", "similarity", "template", "manual")


def normalize(text: str) -> str:
    """Case, space and punctuation insensitive form: "First-Name " and "first_name" give "firstname"."""
    return re.sub(r"[\W_]+", "", text.casefold())


def words(name: str) -> str:
    """A property name as words: "PersonData_NameData_FirstName" gives "person data name data first name"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_#]+", " ", name)
    return " ".join(spaced.lower().split())


def header_fingerprint(headers: Iterable[str]) -> str:
    """A fingerprint of a file's header layout that ignores column order, case and spacing."""
    keys = sorted({" ".join(h.casefold().split()) for h in headers})
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()


@dataclass
class ColumnMatch:
    """How one source column was matched, and how sure we are (1.0 exact, lower for guesses)."""

    source: str
    target: str | None
    confidence: float
    method: str  # "name" | "title" | "normalized" | "similarity" | "template" | "manual"


@dataclass
class Mapping:
    """Which source column feeds which property, plus constants and source-to-enum value maps."""

    load_type: str | None
    columns: dict[str, str] = field(default_factory=dict)  # source header -> property name
    constants: dict[str, str] = field(default_factory=dict)  # property name -> value for every record
    value_maps: dict[str, dict[str, str]] = field(default_factory=dict)  # property -> {source: value}
    matches: list[ColumnMatch] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # every header of the file, in file order

    # ---- editing -------------------------------------------------------------------------------
    def assign(self, source: str, target: str | None, *, method: str = "manual", confidence: float = 1.0) -> None:
        """Map ``source`` to ``target`` (None unmaps it); a property keeps at most one source."""
        if target is not None:
            for other, prop in list(self.columns.items()):
                if prop == target and other != source:
                    del self.columns[other]
                    self._set_match(other, None, 0.0, "manual")
            self.columns[source] = target
        else:
            self.columns.pop(source, None)
        if source not in self.sources:
            self.sources.append(source)
        self._set_match(source, target, confidence if target else 0.0, method)

    def _set_match(self, source: str, target: str | None, confidence: float, method: str) -> None:
        for match in self.matches:
            if match.source == source:
                match.target, match.confidence, match.method = target, confidence, method
                return
        self.matches.append(ColumnMatch(source, target, confidence, method))

    def set_constant(self, target: str, value: str | None) -> None:
        """Give every record ``value`` for ``target`` (fills blanks when a column is mapped too)."""
        if value is None:
            self.constants.pop(target, None)
        else:
            self.constants[target] = str(value)

    def set_value_map(self, target: str, values: dict[str, str]) -> None:
        """Translate source values for ``target`` ("F" -> "female"); matched trimmed, case-insensitively."""
        if values:
            self.value_maps[target] = {str(k): str(v) for k, v in values.items()}
        else:
            self.value_maps.pop(target, None)

    # ---- questions -----------------------------------------------------------------------------
    @property
    def targets(self) -> list[str]:
        """Every property the payload will have: mapped columns then constant-only properties."""
        mapped = list(dict.fromkeys(self.columns.values()))
        return mapped + [t for t in self.constants if t not in mapped]

    def missing_required(self, schema: Schema) -> list[str]:
        """Required properties (schema ``required``) with neither a column nor a constant."""
        have = set(self.targets)
        return [name for name in schema.required if name not in have]

    def unmapped_sources(self) -> list[str]:
        """Source columns that feed no property (they are left out of the payload)."""
        return [s for s in self.sources if s not in self.columns]

    def unknown_targets(self, schema: Schema) -> list[str]:
        """Mapped property names that the schema does not have (a template from another portal)."""
        return [t for t in self.targets if schema.get(t) is None]

    # ---- the data ------------------------------------------------------------------------------
    def apply(
        self,
        frame: pl.DataFrame,
        schema: Schema | None = None,
        *,
        date_cells: MappingABC[str, pl.Series] | None = None,
        settings: MappingABC[str, Any] | None = None,
    ) -> pl.DataFrame:
        """Property-named String columns (constants and value maps applied), ready for ``validate()``.

        Column order follows the schema when given, else the mapping. ``date_cells`` (a workbook's
        ``SourceTable.date_cells``) marks the cells Excel stored as dates, whose text is ISO: in a column
        mapped to a date field of ``schema`` they are written in the form the import's
        ``datetime_culture`` (from ``settings``) reads, so a date is the date the cell holds whatever its
        display format; mapped to any other field they keep their ISO text. Nothing else is changed:
        trimming and case are the validator's and the portal's business.
        """
        missing = [s for s in self.columns if s not in frame.columns]
        if missing:
            raise TemplateError(
                translate("mapping", "The file has no column named {columns}.").format(
                    columns=", ".join(f'"{m}"' for m in missing)),
                hint=translate("mapping", "Map those properties to columns of this file, or unmap them."),
            )
        exprs: dict[str, pl.Expr] = {}
        for source, target in self.columns.items():
            if target in exprs:
                continue
            expr = pl.col(source).cast(pl.String)
            mask = (date_cells or {}).get(source)
            prop = schema.get(target) if schema is not None else None
            if mask is not None and prop is not None and prop.is_date and mask.len() == frame.height:
                expr = _culture_dates(expr, mask, rules.date_culture(settings))
            if target in self.value_maps:
                expr = _value_map_expr(expr, self.value_maps[target])
            if target in self.constants:
                blank = expr.is_null() | (expr.str.strip_chars() == "")
                expr = pl.when(blank).then(pl.lit(self.constants[target], pl.String)).otherwise(expr)
            exprs[target] = expr.alias(target)
        for target, value in self.constants.items():
            if target not in exprs:
                exprs[target] = pl.repeat(value, frame.height, dtype=pl.String).alias(target)
        order = list(exprs)
        if schema is not None:
            rank = {name: i for i, name in enumerate(schema.properties)}
            order.sort(key=lambda t: rank.get(t, len(rank)))
        if not order:
            return pl.DataFrame(schema={})
        return frame.select([exprs[t] for t in order])

    def date_cells_by_target(self, date_cells: MappingABC[str, pl.Series] | None) -> dict[str, pl.Series]:
        """A reader's ``date_cells`` (source column -> mask) keyed by the property each column feeds,
        as ``validate(date_cells=...)`` takes them (its culture inference leaves real dates out)."""
        if not date_cells:
            return {}
        out: dict[str, pl.Series] = {}
        for source, target in self.columns.items():
            if source in date_cells and target not in out:
                out[target] = date_cells[source]
        return out

    # ---- persistence ---------------------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        return header_fingerprint(self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "csod-desktop mapping",
            "version": 1,
            "load_type": self.load_type,
            "fingerprint": self.fingerprint,
            "headers": list(self.sources),
            "columns": dict(self.columns),
            "constants": dict(self.constants),
            "value_maps": {k: dict(v) for k, v in self.value_maps.items()},
            "matches": [
                {"source": m.source, "target": m.target, "confidence": round(m.confidence, 3), "method": m.method}
                for m in self.matches
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise TemplateError(translate("mapping", "This is not a csod-desktop mapping template (no \"columns\")."))
        try:
            columns = {str(k): str(v) for k, v in data["columns"].items()}
            matches = [
                ColumnMatch(str(m["source"]), m.get("target"), float(m.get("confidence", 1.0)), str(m.get("method", "template")))
                for m in data.get("matches") or []
            ]
            return cls(
                load_type=data.get("load_type"),
                columns=columns,
                constants={str(k): str(v) for k, v in (data.get("constants") or {}).items()},
                value_maps={str(k): {str(a): str(b) for a, b in v.items()} for k, v in (data.get("value_maps") or {}).items()},
                matches=matches or [ColumnMatch(s, t, 1.0, "template") for s, t in columns.items()],
                sources=[str(h) for h in data.get("headers") or columns],
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise TemplateError(translate("mapping", "The mapping template is damaged ({problem}).").format(
                problem=exc)) from exc

    def rebased(self, headers: Sequence[str], method: str = "template") -> Mapping:
        """This mapping applied to a file whose headers differ only in order, case or spacing."""
        by_key = {" ".join(h.casefold().split()): h for h in headers}
        columns: dict[str, str] = {}
        for source, target in self.columns.items():
            actual = by_key.get(" ".join(source.casefold().split()))
            if actual is not None:
                columns[actual] = target
        matches = [ColumnMatch(h, columns.get(h), 1.0 if h in columns else 0.0, method) for h in headers]
        return Mapping(self.load_type, columns, dict(self.constants), {k: dict(v) for k, v in self.value_maps.items()}, matches, list(headers))


def _culture_dates(expr: pl.Expr, mask: pl.Series, culture: str) -> pl.Expr:
    """ISO date cells (``2019-12-01``, ``2019-12-01T14:05:00``) in ``culture``'s form; other cells as they are."""
    day = expr.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False).dt.to_string(rules.DATE_FORMS[culture])
    time = expr.str.slice(11)
    written = pl.when(time.str.len_chars() > 0).then(day + " " + time).otherwise(day)
    return pl.when(pl.lit(mask) & day.is_not_null()).then(written).otherwise(expr)


def _value_map_expr(expr: pl.Expr, values: dict[str, str]) -> pl.Expr:
    keyed = {" ".join(k.casefold().split()): v for k, v in values.items()}
    key = expr.str.strip_chars().str.to_lowercase()
    return key.replace_strict(keyed, default=expr, return_dtype=pl.String)


def suggest_mapping(headers: Sequence[str], schema: Schema) -> Mapping:
    """Match headers to properties: exact name, then title, then normalized text, then similarity.

    Each tier only considers properties no earlier tier took, so two sources never share a property.
    """
    mapping = Mapping(schema.load_type, sources=list(headers))
    props = list(schema.properties.values())
    taken: set[str] = set()
    result: dict[str, tuple[str, float, str]] = {}

    def take(header: str, prop: str, confidence: float, method: str) -> None:
        result[header] = (prop, confidence, method)
        taken.add(prop)

    for h in headers:  # 1. exact property name
        if h.strip() in schema.properties and h.strip() not in taken:
            take(h, h.strip(), CONFIDENCE["name"], "name")
    for h in headers:  # 2. title (case and surrounding spaces ignored)
        if h in result:
            continue
        for p in props:
            if p.name not in taken and p.title.strip().casefold() == h.strip().casefold():
                take(h, p.name, CONFIDENCE["title"], "title")
                break
    keys = _normalized_keys(props)
    for h in headers:  # 3. normalized name, title, or the name's last segment when unique
        if h in result:
            continue
        for name in keys.get(normalize(h), []):
            if name not in taken:
                take(h, name, CONFIDENCE["normalized"], "normalized")
                break
    candidates: list[tuple[float, int, str, str]] = []  # 4. similarity, best pairs first
    for i, h in enumerate(headers):
        if h in result or len(normalize(h)) < 3:
            continue
        query = utils.default_process(h)
        subset: list[str] = []
        for p in props:
            if p.name in taken:
                continue
            title = utils.default_process(p.title)
            score = max(
                fuzz.ratio(query, title),
                fuzz.token_sort_ratio(query, title),
                fuzz.token_sort_ratio(query, words(p.name)),
            )
            if score >= SIMILARITY_THRESHOLD:
                candidates.append((score, -i, h, p.name))
            elif fuzz.token_set_ratio(query, title) == 100:
                subset.append(p.name)  # "Email" inside "Primary Email"
        if len(subset) == 1:  # only when one title holds every word of the header
            candidates.append((SIMILARITY_THRESHOLD, -i, h, subset[0]))
    for score, _, h, name in sorted(candidates, reverse=True):
        if h not in result and name not in taken:
            take(h, name, round(score / 100 * 0.85, 3), "similarity")
    for h in headers:
        if h in result:
            target, confidence, method = result[h]
            mapping.columns[h] = target
            mapping.matches.append(ColumnMatch(h, target, confidence, method))
        else:
            mapping.matches.append(ColumnMatch(h, None, 0.0, "similarity"))
    return mapping


def _normalized_keys(props: list[Property]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for p in props:
        for key in {normalize(p.name), normalize(p.title)}:
            keys.setdefault(key, []).append(p.name)
        last.setdefault(normalize(p.name.rsplit("_", 1)[-1]), []).append(p.name)
    for key, names in last.items():
        if len(names) == 1 and key and names[0] not in keys.get(key, []):
            keys.setdefault(key, []).append(names[0])
    return keys


def suggest_value_map(values: Iterable[str | None], prop: Property) -> dict[str, str]:
    """Source values a person probably meant as one of ``prop``'s enum strings ("F" -> "female").

    Values the portal would accept as they are (same text, case-insensitive unless the schema says
    otherwise, or the integer form) are left out. A value maps when its normalized text equals one
    enum value's ("Full-time" -> "Full Time"), or is the start of exactly one ("F" -> "female").
    """
    enums = list(prop.enum_strings or ())
    if not enums:
        return {}
    exact = set(enums) if prop.case_sensitive else {e.casefold() for e in enums}
    ints = {str(i) for i in prop.enum_ints or ()}
    by_norm = {normalize(e): e for e in enums}
    out: dict[str, str] = {}
    for value in dict.fromkeys(v for v in values if v is not None):
        text = value.strip()
        if not text or text in ints or (text if prop.case_sensitive else text.casefold()) in exact:
            continue
        key = normalize(text)
        if key in by_norm:
            out[value] = by_norm[key]
            continue
        starts = [e for e in enums if key and normalize(e).startswith(key)]
        if len(starts) == 1:
            out[value] = starts[0]
    return out
