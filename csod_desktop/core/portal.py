"""The portal's own employees and OUs, as the Employee API v2 and the OU API list them: a snapshot.

The snapshot is what Review checks a file against (references, cross-uniqueness, "what will change", the
ReconcileUsers preview). It is plain data: the api layer fills it, the store keeps it, the core reads it.
Field names follow ``shared/reference/employee-ou-api-facts.md`` §1 and §2 ("Response shapes").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

USER_ID = "EmployeeIdentificationData_UserId"
USERNAME = "EmployeeIdentificationData_Username"
GUID = "EmployeeIdentificationData_Guid"
MANAGER = "DirectManager"
APPROVER = "Approver"

#: The fields an employee of the list view carries (§1 "One employee as returned by the list lookup"), as
#: (Bulk API property, path in the Employee API record). The sandbox renders its employees with this table
#: and "what will change" compares through it: one table for both. Manager and approver are internal ids
#: there (``managerId``, ``approverId``), resolved to User IDs through the listing itself.
EMPLOYEE_LIST_FIELDS: tuple[tuple[str, str], ...] = (
    (USER_ID, "externalId"),
    (USERNAME, "userName"),
    (GUID, "guid"),
    ("PersonData_NameData_FirstName", "firstName"),
    ("PersonData_NameData_MiddleName", "middleName"),
    ("PersonData_NameData_LastName", "lastName"),
    ("PersonData_ContactData_EmailAddressData_Primary_EmailAddress", "primaryEmail"),
    ("PersonData_ContactData_PhoneData_Work_PhoneNumber", "workPhone"),
    ("WorkerStatusData_LastHireDate", "workerStatus.lastHireDate"),
    ("WorkerStatusData_OriginalHireDate", "workerStatus.originalHireDate"),
)
#: Relations the list view carries as internal ids (Bulk API property, id field of the record).
EMPLOYEE_LIST_RELATIONS: tuple[tuple[str, str], ...] = ((MANAGER, "managerId"), (APPROVER, "approverId"))

#: The fields an OU of the OU API carries (§2 "OU item"), as (Bulk API OU property, OU API field).
#: ``parentId`` and ``ownerId`` are internal ids, resolved to the parent's OU ID and the owner's User ID.
OU_LIST_FIELDS: tuple[tuple[str, str], ...] = (
    ("ouRefId", "externalId"),
    ("ouName", "name"),
    ("description", "description"),
    ("active", "active"),
)
OU_LIST_RELATIONS: tuple[tuple[str, str], ...] = (("parentRefId", "parentId"), ("ouOwnerRefId", "ownerId"))

#: The Bulk API's standard OU load types by the normalized name of their OU type (bulk-api-data-format.txt,
#: "OU Loads"); any other OU type is a custom OU, keyed ``ou.customou.<type id>`` as the schema does.
_STANDARD_OU_TYPES = {"division": "ou.division", "position": "ou.position", "location": "ou.location",
                      "costcenter": "ou.costcenter", "grade": "ou.grade", "legalentity": "ou.legalentity"}


def ou_type_key(type_id: Any, name: str | None) -> str:
    """The load type key of an OU type of ``GET /types``: ``ou.division`` by its name, else a custom OU."""
    norm = "".join(c for c in str(name or "").lower() if c.isalnum())
    return _STANDARD_OU_TYPES.get(norm) or f"ou.customou.{type_id}"


def schema_type_key(load_type: str | None, raw_schema: Mapping[str, Any] | None = None) -> str:
    """The type key of a load's own records: ``ou.customou.<type_id>`` for a custom OU schema (whose body
    carries its ``type_id``, or an id ``csod:ou.customou.<type_id>``), else the load type itself."""
    key = str(load_type or "")
    if key == "ou.customou" and raw_schema:
        type_id = raw_schema.get("type_id")
        sid = str(raw_schema.get("id") or "")
        if type_id is not None:
            return f"ou.customou.{type_id}"
        if sid.startswith("csod:ou.customou."):
            return sid[len("csod:"):]
    return key


def _key(value: str | None) -> str:
    """User ids are matched case-insensitively, spaces at both ends ignored (the schema's caseSensitive
    false; the OU API example even carries an id with a trailing space, §2)."""
    return (value or "").strip().lower()


@dataclass(frozen=True, slots=True)
class PortalEmployee:
    """One employee of the listing: identity, status, manager, and the list-view fields by Bulk property."""

    user_id: str
    internal_id: int | None = None
    username: str | None = None
    guid: str | None = None
    active: bool = True
    manager: str | None = None  # the manager's User ID, resolved through managerId
    manager_internal_id: int | None = None
    values: Mapping[str, str | None] = field(default_factory=dict)  # Bulk property -> list-view value

    @property
    def name(self) -> str:
        first = self.values.get("PersonData_NameData_FirstName") or ""
        last = self.values.get("PersonData_NameData_LastName") or ""
        return " ".join(p for p in (first, last) if p) or self.username or self.user_id

    def to_json(self) -> dict[str, Any]:
        return {"u": self.user_id, "i": self.internal_id, "n": self.username, "g": self.guid, "a": self.active,
                "m": self.manager, "mi": self.manager_internal_id, "v": dict(self.values)}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> PortalEmployee:
        return cls(doc["u"], doc.get("i"), doc.get("n"), doc.get("g"), bool(doc.get("a", True)), doc.get("m"),
                   doc.get("mi"), dict(doc.get("v") or {}))


@dataclass(frozen=True, slots=True)
class PortalOu:
    """One OU of one type: its OU ID, status, parent's OU ID (same type) and list-view fields."""

    ou_id: str
    type_key: str
    internal_id: int | None = None
    type_id: int | None = None
    active: bool = True
    parent: str | None = None
    parent_internal_id: int | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"o": self.ou_id, "t": self.type_key, "i": self.internal_id, "ti": self.type_id, "a": self.active,
                "p": self.parent, "pi": self.parent_internal_id, "v": dict(self.values)}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> PortalOu:
        return cls(doc["o"], doc["t"], doc.get("i"), doc.get("ti"), bool(doc.get("a", True)), doc.get("p"),
                   doc.get("pi"), dict(doc.get("v") or {}))


@dataclass
class PortalSnapshot:
    """The portal's employees and OUs at ``taken_at``; a part that could not be read is None with a reason.

    ``employees_complete`` is False when the listing is known to miss people: some employee's manager is
    not in it, or the application's own service account is not (the "Employee API - View - Constrained"
    permission shows only the employees inside the constraint, §1 "Scopes and permissions" *inference*).
    """

    root_url: str
    taken_at: dt.datetime
    employees: list[PortalEmployee] | None = None
    ous: list[PortalOu] | None = None
    ou_types: dict[str, int] = field(default_factory=dict)  # type key -> OU type id
    employees_off: str | None = None  # why employees could not be read: "Checks against your portal's data
    # are off: ..." (a sentence for Review and the connection test)
    ous_off: str | None = None
    employees_complete: bool = True
    incomplete_ou_types: frozenset[str] = frozenset()
    service_account: str | None = None  # the OAuth application's own User ID (owner_ref), when known

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        self._by_id = {_key(e.user_id): e for e in self.employees or ()}
        self._by_username = {_key(e.username): e for e in self.employees or () if e.username}
        self._by_guid = {_key(e.guid): e for e in self.employees or () if e.guid}
        self._ous: dict[str, dict[str, PortalOu]] = {}
        for ou in self.ous or ():
            self._ous.setdefault(ou.type_key, {})[ou.ou_id.strip()] = ou

    # ------------------------------------------------------------------------------------ lookups

    @property
    def has_employees(self) -> bool:
        return self.employees is not None

    @property
    def has_ous(self) -> bool:
        return self.ous is not None

    def employee(self, user_id: str) -> PortalEmployee | None:
        return self._by_id.get(_key(user_id))

    def employee_by_username(self, username: str) -> PortalEmployee | None:
        return self._by_username.get(_key(username))

    def employee_by_guid(self, guid: str) -> PortalEmployee | None:
        return self._by_guid.get(_key(guid))

    def covers_ou_type(self, type_key: str) -> bool:
        """True when the OUs of this type were read (a bare ``ou.customou`` asks for any custom type)."""
        if self.ous is None:
            return False
        if type_key == "ou.customou":
            return any(k.startswith("ou.customou.") for k in self.ou_types)
        return type_key in self.ou_types

    def ou(self, type_key: str, ou_id: str) -> PortalOu | None:
        """The OU with this OU ID within its type: ids are unique per OU type only (Edge Import, OU loads)."""
        wanted = (ou_id or "").strip()
        if type_key == "ou.customou":
            return next((b[wanted] for k, b in self._ous.items() if k.startswith("ou.customou.") and wanted in b),
                        None)
        return self._ous.get(type_key, {}).get(wanted)

    def ous_of(self, type_key: str) -> list[PortalOu]:
        return list(self._ous.get(type_key, {}).values())

    def active_employees(self) -> Iterator[PortalEmployee]:
        return (e for e in self.employees or () if e.active)

    def age(self, now: dt.datetime | None = None) -> dt.timedelta:
        return (now or dt.datetime.now(dt.timezone.utc)) - self.taken_at

    # ------------------------------------------------------------------------------------- storage

    def to_json(self) -> dict[str, Any]:
        return {
            "root_url": self.root_url, "taken_at": self.taken_at.isoformat(),
            "employees": None if self.employees is None else [e.to_json() for e in self.employees],
            "ous": None if self.ous is None else [o.to_json() for o in self.ous],
            "ou_types": dict(self.ou_types), "employees_off": self.employees_off, "ous_off": self.ous_off,
            "employees_complete": self.employees_complete, "incomplete_ou_types": sorted(self.incomplete_ou_types),
            "service_account": self.service_account,
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> PortalSnapshot:
        employees = doc.get("employees")
        ous = doc.get("ous")
        return cls(
            root_url=str(doc.get("root_url") or ""), taken_at=dt.datetime.fromisoformat(doc["taken_at"]),
            employees=None if employees is None else [PortalEmployee.from_json(e) for e in employees],
            ous=None if ous is None else [PortalOu.from_json(o) for o in ous],
            ou_types={str(k): int(v) for k, v in (doc.get("ou_types") or {}).items()},
            employees_off=doc.get("employees_off"), ous_off=doc.get("ous_off"),
            employees_complete=bool(doc.get("employees_complete", True)),
            incomplete_ou_types=frozenset(doc.get("incomplete_ou_types") or ()),
            service_account=doc.get("service_account"),
        )

    @property
    def off_sentence(self) -> str | None:
        """One sentence for Review when some checks against the portal's data are off, else None."""
        reasons = [r for r in (self.employees_off, self.ous_off) if r]
        return " ".join(dict.fromkeys(reasons)) or None


# ------------------------------------------------------------------------------- references


@dataclass
class JobIds:
    """Ids the other imports of the same job provide: a reference may point there (bulk-api-data-format.txt)."""

    users: set[str] = field(default_factory=set)
    ous: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_frames(cls, frames: Iterable[tuple[str, Any]]) -> JobIds:
        """From (load type key, property-named polars frame) of the job's other imports."""
        ids = cls()
        for key, frame in frames:
            column = USER_ID if key == "chr.employee" else "ouRefId"
            if column not in frame.columns:
                continue
            values = {str(v).strip() for v in frame.get_column(column).drop_nulls().to_list() if str(v).strip()}
            if key == "chr.employee":
                ids.users |= values
            else:
                ids.ous.setdefault(key, set()).update(values)
        return ids


class SnapshotRefs:
    """``KnownRefs`` (core.validation_refs) answered from a snapshot and the job's other imports.

    What the snapshot does not cover (no employee:read, an OU type not read) is not "covered": its
    references stay the warnings of a check without the portal. What it covers but may not hold entirely
    (a constrained view) is covered but not "complete": a miss is then a warning, not an error.
    """

    def __init__(self, snapshot: PortalSnapshot, job: JobIds | None = None, *, own_type: str | None = None) -> None:
        self.snapshot = snapshot
        # A custom OU load's parents are OUs of its own custom type (the schema says "ou.customou").
        self._custom = own_type if own_type and own_type.startswith("ou.customou.") else None
        job = job or JobIds()
        self.job_users = {_key(u) for u in job.users}
        self.job_ous = {k: {v.strip() for v in vs} for k, vs in job.ous.items()}

    def _type(self, load_type: str) -> str:
        return self._custom if load_type == "ou.customou" and self._custom else load_type

    def covers(self, kind: str) -> bool:
        if kind == "user":
            return self.snapshot.has_employees
        return self.snapshot.covers_ou_type(self._type(kind))

    def complete(self, kind: str) -> bool:
        if kind == "user":
            return self.snapshot.employees_complete
        return self._type(kind) not in self.snapshot.incomplete_ou_types

    def user_exists(self, user_id: str) -> bool:
        return self.snapshot.employee(user_id) is not None or _key(user_id) in self.job_users

    def user_active(self, user_id: str) -> bool:
        found = self.snapshot.employee(user_id)
        return True if found is None else found.active

    def ou_exists(self, load_type: str, ou_id: str) -> bool:
        load_type = self._type(load_type)
        if self.snapshot.ou(load_type, ou_id) is not None:
            return True
        if load_type == "ou.customou":
            return any(ou_id.strip() in v for k, v in self.job_ous.items() if k.startswith("ou.customou"))
        return ou_id.strip() in self.job_ous.get(load_type, set())

    def ou_active(self, load_type: str, ou_id: str) -> bool:
        found = self.snapshot.ou(self._type(load_type), ou_id)
        return True if found is None else found.active

    def stored_user_id(self, user_id: str) -> str | None:
        found = self.snapshot.employee(user_id)
        return found.user_id if found is not None else None

    def username_owner(self, username: str) -> str | None:
        found = self.snapshot.employee_by_username(username)
        return found.user_id if found is not None else None

    def guid_owner(self, guid: str) -> str | None:
        found = self.snapshot.employee_by_guid(guid)
        return found.user_id if found is not None else None


__all__ = [
    "EMPLOYEE_LIST_FIELDS", "EMPLOYEE_LIST_RELATIONS", "OU_LIST_FIELDS", "OU_LIST_RELATIONS", "JobIds",
    "PortalEmployee", "PortalOu", "PortalSnapshot", "SnapshotRefs", "ou_type_key", "schema_type_key",
]
