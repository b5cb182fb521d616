"""The portal's data files (schemas, specification, permissions, seed), read with importlib.resources.

The files and their shapes are described in ``csod_desktop/sandbox/data/README.md``; this module only reads
them. Missing files are tolerated (an empty catalog), so the server starts before the data exists.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from csod_desktop import facts
from csod_desktop.sandbox.errors import ValidationFailed

CUSTOM_OU = "ou.customou"
EMPLOYEE = "chr.employee"
DEFAULT_SERVICE_ACCOUNT = "bulk-apis-service-account"


def setting(settings: Mapping[str, Any] | None, name: str, default: Any = None) -> Any:
    """A job setting by name, case-insensitively (the quick start writes ``loadprimarykey`` and ``LoadPrimaryKey``)."""
    wanted = name.lower()
    for key, value in (settings or {}).items():
        if isinstance(key, str) and key.lower() == wanted:
            return value
    return default


def truthy(value: Any) -> bool:
    """A flag as the portal reads it (``csod_desktop.facts.parse_flag``); anything unreadable is false."""
    return bool(facts.parse_flag(value))


#: Settings whose values the quick start (Step 4) lists; others are kept as sent.
CHOICES = {"loadprimarykey": {"0", "1"}, "datetime_culture": {"en-us", "fr-fr", "en-gb"},
           "number_culture": {"en-us", "fr-fr", "es-es"}}
FLAGS = {"reconcileusers", "allowinactiveous", "allowinactiveusers", "allowinactiveouanduser",
         "use_default_when_missing"}


def check_settings(index: int, settings: Mapping[str, Any]) -> None:
    """A documented setting with a value outside its documented choices is a validation error."""
    for name, value in settings.items():
        key = str(name).lower()
        if value is None or value == "":
            continue  # not set: the portal's default applies
        if key in CHOICES and str(value).strip().lower() not in CHOICES[key]:
            raise ValidationFailed(f"Import {index + 1}: {name} must be one of "
                                   f"{', '.join(sorted(CHOICES[key]))}, not {value!r}.")
        if key in FLAGS and not (isinstance(value, bool) or str(value).strip().lower() in {"true", "false", "0", "1"}):
            raise ValidationFailed(f"Import {index + 1}: {name} must be true or false, not {value!r}.")


def type_key(load_type: str, type_id: int | None) -> str:
    """The key of a load type in the data files and the portal state: ``ou.customou.<type_id>`` for custom OUs."""
    return f"{CUSTOM_OU}.{type_id}" if load_type == CUSTOM_OU else load_type


def _data() -> Any:
    return resources.files("csod_desktop.sandbox") / "data"


def _read_json(*parts: str) -> Any | None:
    node = _data()
    for part in parts:
        node = node / part
    try:
        return json.loads(node.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, OSError):
        return None


@cache
def _schema_file(key: str) -> dict[str, Any] | None:
    return _read_json("schemas", f"{key}.json")


@cache
def specification() -> dict[str, Any]:
    return _read_json("specification.json") or {"openapi": "3.0.0", "info": {"title": "Bulk API"}, "paths": {}}


@cache
def permissions() -> dict[str, Any]:
    return _read_json("permissions.json") or {"permissions": []}


@cache
def custom_ou_type_ids() -> tuple[int, ...]:
    ids = []
    try:
        entries = list((_data() / "schemas").iterdir())
    except (FileNotFoundError, NotADirectoryError, OSError):
        entries = []
    for entry in entries:
        name = entry.name
        if name.startswith(CUSTOM_OU + ".") and name.endswith(".json"):
            middle = name[len(CUSTOM_OU) + 1 : -len(".json")]
            if middle.isdigit():
                ids.append(int(middle))
    return tuple(sorted(ids))


def known_type(load_type: str, type_id: int | None) -> bool:
    """True when the portal offers this load type (and, for custom OUs, this type_id)."""
    if load_type == CUSTOM_OU:
        return type_id is not None and type_id in custom_ou_type_ids()
    return _schema_file(load_type) is not None


def schema_body(load_type: str, type_id: int | None, settings: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The Get Schema response (quick start Step 2) for a load type, or None when the portal has no such type.

    ``LoadPrimaryKey`` 1 replaces ``required`` and ``identity`` with the file's ``x-sandbox`` variant: with
    GUIDs every mapped field is optional except the conditional dependencies (quick start, Step 2).
    """
    if not known_type(load_type, type_id):
        return None
    body = copy.deepcopy(_schema_file(type_key(load_type, type_id)))
    variants = body.pop("x-sandbox", None) or {}
    if load_type == EMPLOYEE and str(setting(settings, "LoadPrimaryKey", 0)).strip() == "1":
        variant = variants.get("LoadPrimaryKey=1") or {}
        for key in ("required", "identity"):
            if key in variant:
                body["schema"][key] = list(variant[key])
    return body


@cache
def _manifest() -> dict[str, Any]:
    return _read_json("seed", "manifest.json") or {}


def service_account() -> str:
    return str(_manifest().get("service_account") or DEFAULT_SERVICE_ACCOUNT)


def seed_users() -> Iterator[dict[str, Any]]:
    """Seed employees: schema property names to canonical strings, plus ``active`` (data/README.md, "Seed")."""
    name = _manifest().get("users", "users.json")
    body = _read_json("seed", *name.split("/")) or {}
    yield from body.get("users", [])


def seed_ous() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(type key, OU records) for every seed OU file, e.g. ``("ou.customou.524291", [...])``."""
    files = _manifest().get("ous") or {}
    for key, name in files.items():
        body = _read_json("seed", *name.split("/")) or {}
        load_type = body.get("load_type") or key
        type_id = body.get("type_id")
        yield type_key(load_type, type_id) if load_type == CUSTOM_OU else key, list(body.get("ous", []))
