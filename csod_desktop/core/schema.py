"""The schema model: a Get Schema (``POST /schemas``) response turned into typed properties."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FieldKind(StrEnum):
    """What a property is, from its name (bulk-api-quick-start.txt, Step 2, the schema bullets)."""

    STANDARD = "standard"
    CUSTOM_FIELD = "custom_field"  # CF_DateField#11, CF_MultiCheckbox#46 ...
    CUSTOM_OU = "custom_ou"  # DynamicOUs_52971: an employee's custom OU
    CUSTOM_RELATION = "custom_relation"  # DynamicUserRelations_32768: a custom user relationship
    OU_REFERENCE = "ou_reference"  # Division, Position, Location ..., an OU's parentRefId
    USER_REFERENCE = "user_reference"  # DirectManager, Approver, an OU's ouOwnerRefId


# Standard reference fields, by the normalized last segment of the property name ("Division",
# "OrganizationalUnitData_Division" and "division" all match). The Bulk API's standard OU types are
# listed in bulk-api-data-format.txt, "OU Loads"; their load types follow bulk-api-facts.md, "Load types".
_OU_FIELDS: dict[str, str] = {
    "division": "ou.division",
    "position": "ou.position",
    "location": "ou.location",
    "costcenter": "ou.costcenter",
    "grade": "ou.grade",
    "legalentity": "ou.legalentity",
}
# An OU's parent is an OU of the same load type (filled in from the schema's load type).
_PARENT_FIELDS = frozenset({"parentrefid", "parentouid", "parentid", "parentourefid", "parent"})
_USER_FIELDS = frozenset(
    {
        "directmanager",
        "manager",
        "managerid",
        "indirectmanager",
        "approver",
        "ouownerrefid",
        "ownerrefid",
        "ouowner",
        "owner",
    }
)
_DATE_NAME = re.compile(r"(?:Date|Dt)$|^CF_Date")
_NUMBER_NAME = re.compile(r"^CF_(?:Numeric|Number|Decimal|Integer)")
_KNOWN_KEYWORDS = frozenset(
    {"title", "description", "type", "minLength", "maxLength", "trim", "caseSensitive", "enum",
     "anyOf", "oneOf", "$ref", "items", "uniqueItems", "default", "format", "id"}
)


def _norm(name: str) -> str:
    last = name.rsplit("_", 1)[-1] if not name.startswith("_") else name.lstrip("_")
    return re.sub(r"[^0-9a-z]", "", last.lower())


def classify(name: str, load_type: str | None = None) -> tuple[FieldKind, str | None]:
    """Kind and reference target of a property name (``("ou_reference", "ou.division")``...)."""
    if name.startswith("CF_"):
        return FieldKind.CUSTOM_FIELD, None
    if name.startswith("DynamicOUs_"):
        # The custom OU type is the number after the prefix; the sandbox keys custom OU types the
        # same way as its schema files: "ou.customou.<type_id>" (INTERFACES.md, sandbox data files).
        return FieldKind.CUSTOM_OU, f"ou.customou.{name[len('DynamicOUs_'):]}"
    if name.startswith("DynamicUserRelations_"):
        return FieldKind.CUSTOM_RELATION, "user"
    key = _norm(name)
    is_ou_load = bool(load_type) and str(load_type).startswith("ou.")
    if key in _PARENT_FIELDS and (is_ou_load or load_type is None):
        return FieldKind.OU_REFERENCE, load_type
    if key in _USER_FIELDS:
        return FieldKind.USER_REFERENCE, "user"
    if key in _OU_FIELDS and not is_ou_load:
        return FieldKind.OU_REFERENCE, _OU_FIELDS[key]
    return FieldKind.STANDARD, None


@dataclass(frozen=True)
class Property:
    """One schema property, its enum forms and references resolved through ``anyOf``/``$ref``."""

    name: str
    title: str
    description: str = ""
    type: str = "string"  # "string" | "integer" | "number" | "boolean" | "array" (multi-checkbox)
    min_length: int | None = None
    max_length: int | None = None
    trim: str | None = None  # "leftRight", "left", "right" or None
    case_sensitive: bool = False
    enum_strings: tuple[str, ...] | None = None
    enum_ints: tuple[int, ...] | None = None
    multi: bool = False  # multi-checkbox: several enum values separated by semicolons
    default: Any = None
    format: str | None = None  # "date" for date fields
    kind: FieldKind = FieldKind.STANDARD
    reference_type: str | None = None  # "user", or the OU load type the value points to
    required: bool = False
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_date(self) -> bool:
        return self.format == "date"

    @property
    def is_number(self) -> bool:
        return self.type in ("number", "integer") and not self.is_enum

    @property
    def is_enum(self) -> bool:
        return bool(self.enum_strings) or bool(self.enum_ints)

    @property
    def is_reference(self) -> bool:
        return self.reference_type is not None

    @property
    def unknown_keywords(self) -> dict[str, Any]:
        """Keywords this model does not interpret, kept so nothing the portal sent is lost."""
        return {k: v for k, v in self.raw.items() if k not in _KNOWN_KEYWORDS}


@dataclass
class _Facts:
    types: list[str] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)
    ints: list[int] = field(default_factory=list)
    multi: bool = False
    min_length: int | None = None
    max_length: int | None = None
    trim: str | None = None
    case_sensitive: bool | None = None
    format: str | None = None


def _resolve_ref(ref: str, definitions: Mapping[str, Any]) -> Any:
    # "#/definitions/CF_MultiCheckbox#46": the name itself holds a '#', so cut the prefix, not on '#'.
    prefix = "#/definitions/"
    if not ref.startswith(prefix):
        return None
    name = ref[len(prefix):].replace("~1", "/").replace("~0", "~")
    return definitions.get(name)


def _walk(node: Any, definitions: Mapping[str, Any], facts: _Facts, *, in_array: bool, depth: int) -> None:
    if not isinstance(node, Mapping) or depth > 20:  # 20: a $ref cycle must not hang us
        return
    typ = node.get("type")
    if isinstance(typ, str):
        if typ == "array":
            facts.multi = True
        else:
            facts.types.append(typ)
    is_string_branch = typ == "string" or (typ is None and "enum" not in node and "anyOf" not in node)
    for value in node.get("enum") or ():
        if isinstance(value, bool):
            facts.strings.append(str(value).lower())
        elif isinstance(value, int):
            facts.ints.append(value)
        elif isinstance(value, str) and value != "":  # "" only says a blank is accepted
            facts.strings.append(value)
    if not in_array and is_string_branch:
        if facts.min_length is None and isinstance(node.get("minLength"), int):
            facts.min_length = node["minLength"]
        if facts.max_length is None and isinstance(node.get("maxLength"), int):
            facts.max_length = node["maxLength"]
    if facts.trim is None and isinstance(node.get("trim"), str):
        facts.trim = node["trim"]
    if facts.case_sensitive is None and isinstance(node.get("caseSensitive"), bool):
        facts.case_sensitive = node["caseSensitive"]
    if facts.format is None and isinstance(node.get("format"), str):
        facts.format = node["format"]
    ref = node.get("$ref")
    if isinstance(ref, str):
        _walk(_resolve_ref(ref, definitions), definitions, facts, in_array=in_array, depth=depth + 1)
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key) or ():
            _walk(branch, definitions, facts, in_array=in_array, depth=depth + 1)
    items = node.get("items")
    if items is not None:
        facts.multi = True
        for branch in items if isinstance(items, list) else [items]:
            _walk(branch, definitions, facts, in_array=True, depth=depth + 1)


def _unique(values: list[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(values))


def parse_property(
    name: str,
    body: Mapping[str, Any],
    definitions: Mapping[str, Any] | None = None,
    *,
    load_type: str | None = None,
    required: bool = False,
) -> Property:
    """Build a ``Property`` from one entry of the schema's ``properties``."""
    facts = _Facts()
    # Top-level keywords win over the branches: walk the node itself first.
    _walk(body, definitions or {}, facts, in_array=False, depth=0)
    kind, ref_type = classify(name, load_type)
    if facts.multi:
        typ = "array"
    elif isinstance(body.get("type"), str):
        typ = body["type"]
    elif facts.strings or "string" in facts.types:
        typ = "string"
    elif facts.types:
        typ = facts.types[0]
    else:
        typ = "string"
    fmt = facts.format
    if fmt in ("date", "date-time"):
        fmt = "date"
    elif fmt is None and typ == "string" and not facts.strings and _DATE_NAME.search(name):
        fmt = "date"  # standard date fields (WorkerStatusData_LastHireDate, _ActivationDt, CF_DateField#11)
    else:
        fmt = None
    if typ == "string" and not facts.strings and not facts.ints and _NUMBER_NAME.match(name):
        typ = "number"
    return Property(
        name=name,
        title=str(body.get("title") or name),
        description=str(body.get("description") or ""),
        type=typ,
        min_length=facts.min_length,
        max_length=facts.max_length,
        trim=facts.trim,
        # Absent caseSensitive: the reference only ever shows false, and the portal matches ids and
        # enums case-insensitively in its examples (bulk-api-quick-start.txt, Step 2).
        case_sensitive=bool(facts.case_sensitive),
        enum_strings=_unique(facts.strings) or None,
        enum_ints=_unique(facts.ints) or None,
        multi=facts.multi,
        default=body.get("default"),
        format=fmt,
        kind=kind,
        reference_type=ref_type,
        required=required,
        raw=dict(body),
    )


@dataclass
class Schema:
    """A load type's schema: properties in schema order, required fields, dependencies, identity."""

    load_type: str | None
    properties: dict[str, Property]
    required: tuple[str, ...] = ()
    dependencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    identity: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_response(cls, body: Mapping[str, Any], load_type: str | None = None) -> Schema:
        """Parse ``{"schema": {...}}`` (the Get Schema response) or the bare schema object."""
        schema = body.get("schema", body) if isinstance(body, Mapping) else {}
        if not isinstance(schema, Mapping):
            schema = {}
        if load_type is None:
            sid = schema.get("id")
            if isinstance(sid, str) and sid.startswith("csod:"):
                load_type = sid[len("csod:"):]  # "csod:chr.employee"
        definitions = schema.get("definitions") or {}
        required = tuple(str(r) for r in schema.get("required") or ())
        req_set = set(required)
        props = {
            str(name): parse_property(str(name), spec if isinstance(spec, Mapping) else {}, definitions,
                                      load_type=load_type, required=str(name) in req_set)
            for name, spec in (schema.get("properties") or {}).items()
        }
        deps: dict[str, tuple[str, ...]] = {}
        for key, value in (schema.get("dependencies") or {}).items():
            if isinstance(value, list):  # property dependencies; schema dependencies are not used here
                deps[str(key)] = tuple(str(v) for v in value)
        identity = tuple(str(i) for i in schema.get("identity") or ())
        return cls(load_type, props, required, deps, identity, dict(schema))

    def get(self, name: str) -> Property | None:
        return self.properties.get(name)

    def by_title(self, title: str) -> Property | None:
        """The property whose title matches (case and surrounding spaces ignored)."""
        wanted = title.strip().casefold()
        for prop in self.properties.values():
            if prop.title.strip().casefold() == wanted:
                return prop
        return None

    def __iter__(self) -> Iterator[Property]:
        return iter(self.properties.values())

    def __len__(self) -> int:
        return len(self.properties)

    @property
    def names(self) -> list[str]:
        return list(self.properties)

    @property
    def is_employee(self) -> bool:
        return self.load_type == "chr.employee"

    def guid_property(self) -> str | None:
        """The GUID property used as identity when ``LoadPrimaryKey`` is 1 (quick start, Step 2)."""
        for name in self.identity:
            if "guid" in name.lower():
                return name
        for name in self.properties:
            if "guid" in name.lower():
                return name
        return None
