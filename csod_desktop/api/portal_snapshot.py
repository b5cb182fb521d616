"""Reading a whole :class:`~csod_desktop.core.portal.PortalSnapshot` through a PortalReader, page by page.

A generator (like ``services.loads``): it yields :class:`SnapshotProgress` after every page, checks the
cancel flag between pages, and returns the snapshot. Each API is read on its own: one that cannot be
read (no scope, not enabled) leaves its part None with the sentence why, and the other part still counts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

from csod_desktop.api.portal_read import PortalReader
from csod_desktop.core.portal import (
    EMPLOYEE_LIST_FIELDS,
    EMPLOYEE_LIST_RELATIONS,
    OU_LIST_FIELDS,
    PortalEmployee,
    PortalOu,
    PortalSnapshot,
    ou_type_key,
)
from csod_desktop.errors import Cancelled, PortalDataUnavailable
from csod_desktop.i18n import number, translate

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ].*)?$")


@dataclass(frozen=True)
class SnapshotProgress:
    """After each page: which part (``employees``, ``ou_types``, ``ous``), how many read, of how many."""

    part: str
    done: int
    total: int | None = None
    detail: str = ""

    @property
    def text(self) -> str:
        part, known = self.part, bool(self.total)
        if part == "employees":
            text = (translate("portal data", "Reading the portal's employees: {done} of {total}") if known
                    else translate("portal data", "Reading the portal's employees: {done}"))
        elif part == "ous":
            text = (translate("portal data", "Reading the portal's organizational units: {done} of {total}") if known
                    else translate("portal data", "Reading the portal's organizational units: {done}"))
        else:
            text = (translate("portal data", "Reading the portal's OU types: {done} of {total}") if known
                    else translate("portal data", "Reading the portal's OU types: {done}"))
        said = text.format(done=number(self.done), total=number(self.total or 0))
        if self.detail:
            said = translate("portal data", "{progress} ({detail})").format(progress=said, detail=self.detail)
        return said

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.done / self.total) if self.total else None


def _path(item: Mapping[str, Any], path: str) -> Any:
    node: Any = item
    for part in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(part) if part in node else next(
            (v for k, v in node.items() if isinstance(k, str) and k.lower() == part.lower()), None)
    return node


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if _ISO_DAY.match(text):
        return text[:10]  # a date, or a date-time of which the list view means the day
    return text or None


def _int(value: Any) -> int | None:
    try:
        return None if value in (None, "") or isinstance(value, bool) else int(value)
    except (TypeError, ValueError):
        return None


def _active(item: Mapping[str, Any]) -> bool:
    """``workerStatus.active`` (§1); a top-level ``active`` or ``status`` is accepted too."""
    for path in ("workerStatus.active", "active"):
        value = _path(item, path)
        if isinstance(value, bool):
            return value
    status = _path(item, "status")
    return str(status).strip().lower() != "inactive" if status is not None else True


def employees_from(items: list[dict[str, Any]], service_account: str | None) -> tuple[list[PortalEmployee], bool]:
    """The listing's employees with managers resolved through ``managerId``; and whether it looks complete."""
    by_internal = {_int(i.get("id")): i for i in items if _int(i.get("id")) is not None}
    ids = {k: _text(v.get("externalId")) for k, v in by_internal.items()}
    complete = True
    out = []
    for item in items:
        user_id = _text(_path(item, "externalId"))
        if not user_id:
            continue
        values: dict[str, str | None] = {prop: _text(_path(item, path)) for prop, path in EMPLOYEE_LIST_FIELDS}
        resolved: dict[str, str | None] = {}
        for prop, id_field in EMPLOYEE_LIST_RELATIONS:
            target = _int(_path(item, id_field))
            if target is not None and target not in ids:
                complete = False  # someone the application cannot see: a constrained view
            resolved[prop] = ids.get(target) if target is not None else None
        values.update(resolved)
        manager_internal = _int(_path(item, "managerId"))
        out.append(PortalEmployee(
            user_id=user_id, internal_id=_int(item.get("id")), username=_text(_path(item, "userName")),
            guid=_text(_path(item, "guid")), active=_active(item), manager=resolved.get("DirectManager"),
            manager_internal_id=manager_internal, values=values))
    if service_account and not any(e.user_id.lower() == service_account.lower() for e in out):
        complete = False
    return out, complete


def ous_from(items: list[dict[str, Any]], types: Mapping[int, str],
             users: Mapping[int, str]) -> tuple[list[PortalOu], frozenset[str]]:
    """OUs with parents resolved within their type; and the types whose parents are not all in the listing."""
    by_internal = {_int(i.get("id")): i for i in items if _int(i.get("id")) is not None}
    incomplete: set[str] = set()
    out = []
    for item in items:
        ou_id = _text(item.get("externalId"))
        type_id = _int(item.get("typeId"))
        if not ou_id or type_id is None:
            continue
        key = types.get(type_id) or ou_type_key(type_id, None)
        parent_internal = _int(item.get("parentId"))
        parent_item = by_internal.get(parent_internal) if parent_internal is not None else None
        if parent_internal is not None and parent_item is None:
            incomplete.add(key)
        values: dict[str, Any] = {prop: item.get(field) for prop, field in OU_LIST_FIELDS}
        values["ouRefId"] = ou_id
        values["parentRefId"] = _text(parent_item.get("externalId")) if parent_item else None
        owner = _int(item.get("ownerId"))
        values["ouOwnerRefId"] = users.get(owner) if owner is not None else None
        active = item.get("active")
        out.append(PortalOu(ou_id=ou_id, type_key=key, internal_id=_int(item.get("id")), type_id=type_id,
                            active=active if isinstance(active, bool) else True,
                            parent=values["parentRefId"], parent_internal_id=parent_internal, values=values))
    return out, frozenset(incomplete)


def fetch_snapshot(
    reader: PortalReader,
    *,
    service_account: str | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc),
) -> Generator[SnapshotProgress, None, PortalSnapshot]:
    """Read every employee (active and inactive) and every OU of every type; return the snapshot."""

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(translate("errors", "Stopped reading the portal's data at your request."))

    started = now()  # the time the reading began: nothing older than that is in the snapshot
    parts: dict[str, Any] = {}
    raw_employees: dict[Any, dict[str, Any]] = {}
    try:
        for page in reader.employee_pages():
            if page.first:
                raw_employees.clear()
            for item in page.items:
                raw_employees[item.get("id", item.get("externalId"))] = item
            yield SnapshotProgress("employees", len(raw_employees), page.total)
            check()
        parts["employees"], parts["employees_complete"] = employees_from(list(raw_employees.values()),
                                                                         service_account)
    except PortalDataUnavailable as exc:
        parts["employees_off"] = str(exc)
    check()
    users = {_int(i.get("id")): str(i.get("externalId")) for i in raw_employees.values() if _int(i.get("id"))}
    try:
        type_items = reader.ou_type_list()
        types = {t: ou_type_key(t, i.get("name")) for i in type_items if (t := _int(i.get("id"))) is not None}
        yield SnapshotProgress("ou_types", len(types), len(types))
        raw_ous: list[dict[str, Any]] = []
        for type_id, key in types.items():
            of_type: list[dict[str, Any]] = []
            for page in reader.ou_pages(type_id):
                of_type = list(page.items) if page.first else of_type + page.items
                yield SnapshotProgress("ous", len(raw_ous) + len(of_type), None, key)
                check()
            raw_ous += of_type
        parts["ous"], parts["incomplete_ou_types"] = ous_from(raw_ous, types, users)
        parts["ou_types"] = {key: type_id for type_id, key in types.items()}
    except PortalDataUnavailable as exc:
        parts["ous_off"] = str(exc)
    return PortalSnapshot(root_url=reader.root_url, taken_at=started, service_account=service_account, **parts)


__all__ = ["SnapshotProgress", "employees_from", "fetch_snapshot", "ous_from"]
