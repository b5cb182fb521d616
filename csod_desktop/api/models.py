"""Typed views of Bulk API responses, parsed tolerantly (unpublished shapes: bulk-api-facts.md "[unknown]")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from csod_desktop.core.type_names import type_title

# Import statuses meaning "the data has not arrived yet". The quick start shows a job "ready" after
# creation (Step 4) and "Completed" at the end (Step 6); everything else is unpublished, so an unknown
# status counts as received: post_import must never send twice (bulk-api-facts.md "Shapes nobody has
# published").
NOT_RECEIVED_STATUSES = frozenset(
    {"created", "ready", "new", "notstarted", "not started", "awaitingdata", "awaiting data", "waiting for data"}
)
# Statuses after which an import will not change any more.
TERMINAL_STATUSES = frozenset(
    {
        "completed", "complete", "completedwitherrors", "completed with errors", "failed", "failure",
        "error", "errored", "cancelled", "canceled", "aborted", "expired", "rejected",
    }
)


def _first(mapping: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in mapping and mapping[key] is not None:
            return mapping[key]
    lowered = {k.lower(): v for k, v in mapping.items() if isinstance(k, str)}
    for key in keys:
        value = lowered.get(key.lower())
        if value is not None:
            return value
    return None


def _int_or_none(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _status_key(status: str | None) -> str:
    return (status or "").strip().lower().replace("_", " ")


@dataclass(frozen=True)
class LoadType:
    """A load type the portal offers; custom OUs carry their ``type_id`` (one entry per custom OU type)."""

    type: str
    title: str
    type_id: int | None = None
    is_custom_ou: bool = False


@dataclass
class ImportSpec:
    """One import of a job to create: load type, optional label, settings (and type_id for custom OUs)."""

    type: str
    label: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    type_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"type": self.type}
        if self.type_id is not None:
            body["type_id"] = self.type_id
        if self.label:
            body["label"] = self.label
        body["settings"] = dict(self.settings or {})
        return body


@dataclass(frozen=True)
class CreatedImport:
    import_id: str
    type: str | None
    label: str | None
    remaining_capacity: int | None = None


@dataclass(frozen=True)
class CreatedJob:
    """The create-job answer (bulk-api-quick-start.txt Step 4, "Create Job Response")."""

    job_id: str
    imports: list[CreatedImport]
    raw: dict[str, Any]

    @classmethod
    def from_response(cls, body: dict[str, Any]) -> CreatedJob:
        imports = [
            CreatedImport(
                import_id=str(_first(item, "import_id", "importId", "id") or ""),
                type=_first(item, "type"),
                label=_first(item, "label"),
                remaining_capacity=_int_or_none(_first(item, "remaining_capacity")),
            )
            for item in (body.get("imports") or [])
            if isinstance(item, dict)
        ]
        return cls(job_id=str(_first(body, "job_id", "jobId", "id") or ""), imports=imports, raw=body)


@dataclass(frozen=True)
class ImportStatus:
    """One import in a job status answer (Step 6). Unknown statuses are kept as the portal wrote them."""

    import_id: str
    status: str | None
    total_records: int | None = None
    successful_records: int | None = None
    successful_records_with_warnings: int | None = None
    error_records: int | None = None
    error_status: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> ImportStatus:
        status = _first(item, "status", "import_status", "importStatus")
        error_status = _first(item, "error_status", "errorStatus")
        return cls(
            import_id=str(_first(item, "id", "import_id", "importId") or ""),
            status=str(status) if status is not None else None,
            total_records=_int_or_none(_first(item, "total_records", "totalRecords")),
            successful_records=_int_or_none(_first(item, "successful_records", "successfulRecords")),
            successful_records_with_warnings=_int_or_none(
                _first(item, "successful_records_with_warnings", "successfulRecordsWithWarnings")
            ),
            error_records=_int_or_none(_first(item, "error_records", "errorRecords")),
            error_status=str(error_status) if error_status not in (None, "") else None,
            raw=item,
        )

    @property
    def received(self) -> bool:
        """True when the portal has this import's data (its status moved on, or it counted records)."""
        if self.total_records is not None and self.total_records > 0:
            return True
        if self.error_status:
            return True
        return _status_key(self.status) not in NOT_RECEIVED_STATUSES

    @property
    def finished(self) -> bool:
        """True when the import will not change any more."""
        return _status_key(self.status) in TERMINAL_STATUSES or _status_key(self.status).replace(" ", "") in TERMINAL_STATUSES

    @property
    def completed(self) -> bool:
        return _status_key(self.status) == "completed"


@dataclass(frozen=True)
class JobStatus:
    """The job status answer; both ``jobId`` and ``job_id`` are accepted (bulk-api-facts.md)."""

    job_id: str
    imports: list[ImportStatus]
    raw: dict[str, Any]
    status: str | None = None

    @classmethod
    def from_response(cls, body: dict[str, Any], job_id: str = "") -> JobStatus:
        items = _first(body, "imports") or []
        status = _first(body, "status", "job_status", "jobStatus")
        return cls(
            job_id=str(_first(body, "jobId", "job_id", "id") or job_id),
            imports=[ImportStatus.from_json(i) for i in items if isinstance(i, dict)],
            raw=body,
            status=str(status) if status is not None else None,
        )

    @property
    def finished(self) -> bool:
        """True when every import reached a final status (an empty job is not finished)."""
        return bool(self.imports) and all(i.finished for i in self.imports)

    def get(self, import_id: str) -> ImportStatus | None:
        for item in self.imports:
            if item.import_id == import_id:
                return item
        return None


def parse_job_list(body: Any) -> list[dict[str, Any]]:
    """Jobs from ``GET /jobs``, whose shape is unpublished: a bare list or a list under a common key."""
    if isinstance(body, list):
        return [j for j in body if isinstance(j, dict)]
    if isinstance(body, dict):
        for key in ("jobs", "data", "items", "results", "value"):
            value = body.get(key)
            if isinstance(value, list):
                return [j for j in value if isinstance(j, dict)]
    return []


def parse_permissions(body: Any) -> list[dict[str, Any]]:
    """``{"permissions":[{"type","permission"}]}`` (bulk-api-facts.md "Endpoints"), or a bare list."""
    if isinstance(body, dict):
        body = body.get("permissions", [])
    return [p for p in body if isinstance(p, dict)] if isinstance(body, list) else []


# ------------------------------------------------------------------------------- specification


def _resolve(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow local ``$ref`` pointers (``#/components/schemas/X``) in an OpenAPI document."""
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node = target
        depth += 1
    return node


def _enum_values(node: Any) -> list[Any]:
    if not isinstance(node, dict):
        return []
    if "enum" in node and isinstance(node["enum"], list):
        return list(node["enum"])
    if "const" in node:
        return [node["const"]]
    if "default" in node and not any(k in node for k in ("oneOf", "anyOf")):
        return [node["default"]]
    return []


def _branches(doc: dict[str, Any], node: Any) -> list[dict[str, Any]]:
    node = _resolve(doc, node)
    if not isinstance(node, dict):
        return []
    for key in ("oneOf", "anyOf"):
        if isinstance(node.get(key), list):
            out: list[dict[str, Any]] = []
            for branch in node[key]:
                out.extend(_branches(doc, branch))
            return out
    return [node]


def load_types_from_specification(spec: dict[str, Any]) -> list[LoadType]:
    """The load types (and each custom OU ``type_id``) listed in ``CreateJobRequest`` → ``imports.items``.

    bulk-api-data-format.txt "Custom OUs": find the CreateJobRequest definition, then imports.items, then
    the custom OU type and its ``type_id`` enum. Each ``oneOf`` branch names one load type.
    """
    schemas = (spec.get("components") or {}).get("schemas") or spec.get("definitions") or {}
    request = _resolve(spec, schemas.get("CreateJobRequest"))
    if not isinstance(request, dict):
        return []
    imports = _resolve(spec, (request.get("properties") or {}).get("imports"))
    items = imports.get("items") if isinstance(imports, dict) else None
    found: list[LoadType] = []
    seen: set[tuple[str, int | None]] = set()
    for branch in _branches(spec, items):
        props = branch.get("properties") or {}
        types = [t for t in _enum_values(_resolve(spec, props.get("type"))) if isinstance(t, str)]
        type_ids = [i for i in _enum_values(_resolve(spec, props.get("type_id"))) if _int_or_none(i) is not None]
        title = branch.get("title")
        for load_type in types:
            custom = load_type == "ou.customou" or bool(type_ids)
            for type_id in (type_ids or [None]):
                tid = _int_or_none(type_id)
                key = (load_type, tid)
                if key in seen:
                    continue
                seen.add(key)
                label = title
                if not label or (len(types) > 1 or len(type_ids) > 1):
                    label = _custom_title(props.get("type_id"), tid) if tid is not None else None
                found.append(
                    LoadType(type=load_type, title=type_title(load_type, title=label), type_id=tid, is_custom_ou=custom)
                )
    return found


def _custom_title(node: Any, type_id: int | None) -> str | None:
    if not isinstance(node, dict):
        return None
    names = node.get("x-enum-descriptions") or node.get("x-enumNames") or node.get("x-enum-varnames")
    values = node.get("enum") or []
    if isinstance(names, list) and type_id in values and len(names) == len(values):
        return str(names[values.index(type_id)])
    description = node.get("description")
    if isinstance(description, str) and ":" in description and len(values) == 1:
        return description.split(":", 1)[1].strip()
    return f"Custom OU {type_id}" if type_id is not None else None
