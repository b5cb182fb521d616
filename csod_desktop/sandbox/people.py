"""The Employee API v2 and the OU API over the portal's own state: filters, pages, page tokens, views.

Shapes follow ``shared/reference/employee-ou-api-facts.md`` §1 and §2 (the list envelope, the employee and
OU items, ``pageSize`` / ``nextPageToken`` with its 5-minute life); where the reference is silent the
sandbox's choice is written in the README, and the control plane's config can switch to the alternatives
(token key, where the token goes back, ``count``, last page, bare arrays) so a client can be tried on each.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from csod_desktop import facts
from csod_desktop.core.portal import EMPLOYEE_LIST_FIELDS, EMPLOYEE_LIST_RELATIONS
from csod_desktop.core.schema import FieldKind, classify
from csod_desktop.sandbox import catalog
from csod_desktop.sandbox.clock import utc_iso
from csod_desktop.sandbox.errors import BadRequest, PageTokenExpired
from csod_desktop.sandbox.portal import CREATED_AT, INTERNAL_ID, MODIFIED_AT, OU_ID, USER_ID

#: OU type ids. The OU API's example lists 1 Corporation, 2 Division, 4 Position (§2 "Response shapes");
#: the others are the sandbox's. A custom OU type's id is its Bulk API ``type_id``.
OU_TYPE_IDS = {"ou.division": 2, "ou.location": 3, "ou.position": 4, "ou.costcenter": 5, "ou.grade": 6,
               "ou.legalentity": 7}
_TEXT_FILTERS = {"externalid": USER_ID, "username": "EmployeeIdentificationData_Username",
                 "guid": "EmployeeIdentificationData_Guid", "lastname": "PersonData_NameData_LastName",
                 "firstname": "PersonData_NameData_FirstName"}
_STATUSES = {"active": True, "inactive": False}


def type_id_of(key: str) -> int:
    if key.startswith(catalog.CUSTOM_OU + "."):
        return int(key.rsplit(".", 1)[1])
    return OU_TYPE_IDS[key]


def _ou_types() -> list[tuple[str, int, str]]:
    """(type key, OU type id, name) of every OU type the portal has, in type-id order."""
    keys = [*OU_TYPE_IDS, *(f"{catalog.CUSTOM_OU}.{i}" for i in catalog.custom_ou_type_ids())]
    types = []
    for key in keys:
        load_type, _, type_id = key.partition(".customou.")
        body = catalog.schema_body(catalog.CUSTOM_OU if type_id else load_type, int(type_id) if type_id else None, {})
        if body is not None:
            types.append((key, type_id_of(key), str(body["schema"].get("title") or key)))
    return sorted(types, key=lambda t: t[1])


def _iso_time(epoch: float | None, fallback: str | None) -> str | None:
    if epoch is not None:
        return utc_iso(dt.datetime.fromtimestamp(float(epoch), tz=dt.timezone.utc))
    return f"{fallback}T00:00:00.000+00:00" if fallback else None


def _set(target: dict[str, Any], path: str, value: Any) -> None:
    head, _, rest = path.partition(".")
    if rest:
        _set(target.setdefault(head, {}), rest, value)
    else:
        target[head] = value


@dataclass
class Cursor:
    """What a page token stands for: the listing as it was on page 1, and where the next page starts."""

    kind: str
    client_id: str
    keys: list[Any]
    offset: int
    size: int
    page_number: int
    expires_at: float


class PeopleApi:
    """The read side of the Employee and OU APIs. State lives in the backend (portal, clock, config, cursors)."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    # ----------------------------------------------------------------------------------- paging

    def _token_sent(self, params: Mapping[str, str], headers: Mapping[str, str]) -> str | None:
        where = str(self.backend.config.page_token_param or "nextPageToken")
        if where.lower().startswith("header:"):
            return headers.get(where.split(":", 1)[1].strip()) or None
        return params.get(where.lower()) or None

    def _page_size(self, params: Mapping[str, str], default: int) -> int:
        raw = params.get("pagesize")
        if raw in (None, ""):
            return default
        top = int(self.backend.config.max_page_size)
        try:
            size = int(raw)
        except ValueError:
            raise BadRequest("pageSize must be a whole number.") from None
        if not 1 <= size <= top:
            raise BadRequest(f"pageSize must be between 1 and {top}.")
        return size

    def _page(self, kind: str, client_id: str, params: Mapping[str, str], headers: Mapping[str, str],
              default_size: int, listing: Callable[[], list[Any]],
              render: Callable[[list[Any]], list[dict[str, Any]]], numbered: bool) -> dict[str, Any]:
        """One page of ``listing`` in the list envelope, with a new token when more pages follow."""
        config, now = self.backend.config, self.backend.clock.time()
        sent = self._token_sent(params, headers)
        with self.backend.lock:
            cursors = self.backend.page_cursors
            for stale in [t for t, c in cursors.items() if c.expires_at <= now]:
                del cursors[stale]
            if sent is not None:
                cursor = cursors.get(sent)
                if cursor is None or cursor.kind != kind or cursor.client_id != client_id:
                    raise PageTokenExpired()
                # The token carries its query: filters sent again with it are not looked at (README).
                keys, offset, size, number = cursor.keys, cursor.offset, cursor.size, cursor.page_number + 1
            else:
                size = self._page_size(params, default_size)
                keys, offset, number = listing(), 0, 1
            chunk = keys[offset: offset + size]
            token = None
            if offset + size < len(keys):
                token = secrets.token_urlsafe(24)
                cursors[token] = Cursor(kind, client_id, keys, offset + size, size, number,
                                        now + facts.PAGE_TOKEN_TTL)
        data = render(chunk)
        body: dict[str, Any] = {"timestamp": utc_iso(self.backend.clock.now())}
        if numbered:
            body["pageNumber"] = number
        last = {"absent": None, "null": "null", "empty": ""}.get(str(config.last_page_token), None)
        if token is not None:
            body[config.page_token_key] = token
        elif last is not None:
            body[config.page_token_key] = None if last == "null" else ""
        body["count"] = len(keys) if config.count_is == "total" else len(data)
        body["data"] = data
        return body

    # -------------------------------------------------------------------------------- employees

    def _visible(self, client_constrained: bool) -> Callable[[dict[str, Any]], bool]:
        """The employees an application may see: all, or those of the constrained divisions and below."""
        if not client_constrained:
            return lambda record: True
        divisions = self.backend.portal.ous.get("ou.division", {})
        allowed = {str(d) for d in self.backend.config.constrained_view or ()}
        grew = True
        while grew:
            more = {ref for ref, ou in divisions.items() if str(ou.get("parentRefId") or "") in allowed}
            grew = not more <= allowed
            allowed |= more
        return lambda record: str(record.get("Division") or "") in allowed

    def _ou_ids(self) -> dict[tuple[str, str], int]:
        return {(key, ref): int(ou[INTERNAL_ID]) for key, bucket in self.backend.portal.ous.items()
                for ref, ou in bucket.items() if ou.get(INTERNAL_ID)}

    def _employee_filter(self, params: Mapping[str, str], constrained: bool) -> Callable[[dict[str, Any]], bool]:
        visible = self._visible(constrained)
        tests: list[Callable[[dict[str, Any]], bool]] = [visible]
        for name, prop in _TEXT_FILTERS.items():
            if params.get(name):
                wanted = params[name].strip().lower()
                tests.append(lambda r, prop=prop, wanted=wanted: str(r.get(prop) or "").strip().lower() == wanted)
        if params.get("status"):
            status = params["status"].strip().lower()
            if status not in _STATUSES:
                raise BadRequest(f"status must be active or inactive, not {params['status']!r}.")
            tests.append(lambda r, flag=_STATUSES[status]: bool(r.get("active", True)) is flag)
        if params.get("ids"):
            ids = {_number(v, "ids") for v in params["ids"].split(",") if v.strip()}
            tests.append(lambda r: int(r.get(INTERNAL_ID) or 0) in ids)
        if params.get("ous"):
            # Subordinate OUs are not added (§1, "OU membership"): only the OUs named, by internal id.
            wanted_ous = {_number(v, "ous") for v in params["ous"].split(",") if v.strip()}
            ou_ids, fields = self._ou_ids(), _ou_fields()
            tests.append(lambda r: any(ou_ids.get((key, str(r.get(name)))) in wanted_ous
                                       for name, key in fields if r.get(name)))
        for name, stamp, fallback in (("createddate", CREATED_AT, "WorkerStatusData_OriginalHireDate"),
                                      ("modifieddate", MODIFIED_AT, "WorkerStatusData_LastHireDate")):
            if params.get(name):
                day = _day(params[name], name)
                tests.append(lambda r, s=stamp, f=fallback, d=day: (_iso_time(r.get(s), r.get(f)) or "")[:10] == d)
        return lambda record: all(test(record) for test in tests)

    def employees(self, client_id: str, constrained: bool, query: Mapping[str, str],
                  headers: Mapping[str, str]) -> dict[str, Any] | list[dict[str, Any]]:
        """``GET /services/api/x/users/v2/employees``: the list envelope, or a bare array (README)."""
        params = {k.lower(): v for k, v in query.items()}  # parameter names in any case (README)
        portal = self.backend.portal
        keep = self._employee_filter(params, constrained)

        def listing() -> list[Any]:
            with portal.lock:
                chosen = [r for r in portal.users.values() if keep(r)]
            return [r[USER_ID] for r in sorted(chosen, key=lambda r: int(r.get(INTERNAL_ID) or 0))]

        def render(user_ids: list[Any]) -> list[dict[str, Any]]:
            return self._render_employees(user_ids)

        # The quick starts answer ``?externalId=`` with a bare array (§1 "Response shapes", [doc, conflicting]).
        if self.backend.config.list_shape == "bare" or params.get("externalid"):
            return render(listing())
        return self._page("employees", client_id, params, headers, facts.EMPLOYEE_PAGE_SIZE, listing, render,
                          numbered=False)

    def _render_employees(self, user_ids: Iterable[str]) -> list[dict[str, Any]]:
        portal = self.backend.portal
        lowered: dict[str, str] | None = None
        out = []
        with portal.lock:
            for user_id in user_ids:
                record = portal.users.get(user_id)
                if record is None:
                    continue
                item: dict[str, Any] = {"id": record.get(INTERNAL_ID)}
                for prop, path in EMPLOYEE_LIST_FIELDS:
                    _set(item, path, record.get(prop))
                item.update(prefix=None, suffix=None, personalEmail=None,
                            address={"country": None, "line1": None, "city": None, "state": None, "zipCode": None})
                _set(item, "workerStatus.active", bool(record.get("active", True)))
                _set(item, "workerStatus.absent", False)
                item["settings"] = {"displayLanguage": None, "timeZone": None, "trainingApprovals": None}
                for prop, id_field in EMPLOYEE_LIST_RELATIONS:
                    target = record.get(prop)
                    other = portal.users.get(target) if target else None
                    if other is None and target:
                        if lowered is None:
                            lowered = {u.lower(): u for u in portal.users}
                        real = lowered.get(str(target).lower())
                        other = portal.users.get(real) if real else None
                    item[id_field] = other.get(INTERNAL_ID) if other else None
                item["employeeMetaData"] = {
                    "createdDate": _iso_time(record.get(CREATED_AT), record.get("WorkerStatusData_OriginalHireDate")),
                    "modifiedDate": _iso_time(record.get(MODIFIED_AT), record.get("WorkerStatusData_LastHireDate")),
                }
                out.append(item)
        return out

    # ------------------------------------------------------------------------------------- OUs

    def ou_types(self, client_id: str, query: Mapping[str, str], headers: Mapping[str, str]) -> dict[str, Any]:
        """``GET /services/api/x/organizations/v1/types``: ``{id, name, description, details: {required}}``."""
        params = {k.lower(): v for k, v in query.items()}
        types = {type_id: (key, name) for key, type_id, name in _ou_types()}

        def render(ids: list[Any]) -> list[dict[str, Any]]:
            return [{"id": i, "name": types[i][1], "description": None, "details": {"required": False}} for i in ids]

        return self._page("types", client_id, params, headers, facts.OU_PAGE_SIZE, lambda: list(types), render,
                          numbered=True)

    def ous(self, client_id: str, query: Mapping[str, str], headers: Mapping[str, str]) -> dict[str, Any] | list:
        """``GET /services/api/x/organizations/v1/ous``, fetched "by: id, externalId, typeId, name" (§2)."""
        params = {k.lower(): v for k, v in query.items()}
        portal = self.backend.portal
        wanted_type = _number(params["typeid"], "typeId") if params.get("typeid") else None
        wanted_id = _number(params["id"], "id") if params.get("id") else None
        ext = params.get("externalid", "").strip()
        name = params.get("name", "").strip().lower()

        def listing() -> list[Any]:
            keys = []
            with portal.lock:
                for key, bucket in portal.ous.items():
                    if wanted_type is not None and type_id_of(key) != wanted_type:
                        continue
                    for ref, ou in bucket.items():
                        if (wanted_id is not None and ou.get(INTERNAL_ID) != wanted_id) or (ext and ref.strip() != ext):
                            continue
                        if name and str(ou.get("ouName") or "").strip().lower() != name:
                            continue
                        keys.append((int(ou.get(INTERNAL_ID) or 0), key, ref))
            return sorted(keys)

        def render(keys: list[Any]) -> list[dict[str, Any]]:
            out = []
            with portal.lock:
                for _internal, key, ref in keys:
                    ou = portal.ous.get(key, {}).get(ref)
                    if ou is None:
                        continue
                    parent = portal.ous.get(key, {}).get(str(ou.get("parentRefId") or ""))
                    owner = portal.users.get(str(ou.get("ouOwnerRefId") or ""))
                    active = ou.get("active")
                    out.append({"id": ou.get(INTERNAL_ID), "typeId": type_id_of(key),
                                "active": True if active is None else catalog.truthy(active),
                                "name": ou.get("ouName"), "externalId": ou.get(OU_ID, ref),
                                "ownerId": owner.get(INTERNAL_ID) if owner else None,
                                "description": ou.get("description"),
                                "parentId": parent.get(INTERNAL_ID) if parent else None,
                                "reconcilable": True, "customFields": []})
            return out

        if self.backend.config.list_shape == "bare":
            return render(listing())
        return self._page("ous", client_id, params, headers, facts.OU_PAGE_SIZE, listing, render, numbered=True)


def _ou_fields() -> list[tuple[str, str]]:
    """(employee property, OU type key) of every employee field that points to an OU."""
    body = catalog.schema_body(catalog.EMPLOYEE, None, {}) or {"schema": {"properties": {}}}
    out = []
    for name in body["schema"]["properties"]:
        kind, target = classify(name, catalog.EMPLOYEE)
        if kind in (FieldKind.OU_REFERENCE, FieldKind.CUSTOM_OU) and target:
            out.append((name, target))
    return out


def _number(value: str, name: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise BadRequest(f"{name} takes whole numbers (internal ids), separated by commas.") from None


def _day(value: str, name: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise BadRequest(f"{name} must be a date YYYY-MM-DD.") from None
