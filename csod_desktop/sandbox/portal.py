"""The portal's people and OUs, and the read-only views of them that processing works against."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from typing import Any

from csod_desktop.core.portal import JobIds
from csod_desktop.sandbox import catalog

USER_ID = "EmployeeIdentificationData_UserId"
GUID = "EmployeeIdentificationData_Guid"
USERNAME = "EmployeeIdentificationData_Username"
OU_ID = "ouRefId"
#: Bookkeeping keys of a stored record, beside its schema properties (and ``active``): the internal numeric
#: id the Employee and OU APIs answer as ``id`` (employee-ou-api-facts.md §1: "A given employee keeps the same
#: id"), and when the record was created and last changed (``employeeMetaData``), in sandbox-clock seconds.
INTERNAL_ID, CREATED_AT, MODIFIED_AT = "_id", "_created", "_modified"
#: Internal OU ids start here, apart from employee ids (the OU API's examples show ids such as 186 and 9025).
FIRST_OU_ID = 100


def _active(value: Any) -> bool:
    return True if value is None else catalog.truthy(value)


class PortalState:
    """Employees by user id and OUs by type key (``ou.division``, ``ou.customou.524291``), with active flags."""

    def __init__(self) -> None:
        self.users: dict[str, dict[str, Any]] = {}
        self.ous: dict[str, dict[str, dict[str, Any]]] = {}
        self._by_guid: dict[str, str] = {}
        self._next_user_id = 1
        self._next_ou_id = FIRST_OU_ID
        self.lock = threading.RLock()

    def load(self, users: dict[str, dict[str, Any]], ous: dict[str, dict[str, dict[str, Any]]]) -> None:
        with self.lock:
            self.users = users
            self.ous = ous
            self._by_guid = {u[GUID]: uid for uid, u in users.items() if u.get(GUID)}
            self._next_user_id = 1 + max((int(u.get(INTERNAL_ID) or 0) for u in users.values()), default=0)
            self._next_ou_id = max([FIRST_OU_ID, *(1 + int(o.get(INTERNAL_ID) or 0)
                                                    for b in ous.values() for o in b.values())])
            for record in users.values():  # state saved before internal ids existed
                if not record.get(INTERNAL_ID):
                    record[INTERNAL_ID] = self._take_user_id()
            for bucket in ous.values():
                for record in bucket.values():
                    if not record.get(INTERNAL_ID):
                        record[INTERNAL_ID] = self._take_ou_id()

    def _take_user_id(self) -> int:
        value, self._next_user_id = self._next_user_id, self._next_user_id + 1
        return value

    def _take_ou_id(self) -> int:
        value, self._next_ou_id = self._next_ou_id, self._next_ou_id + 1
        return value

    def load_seed(self) -> None:
        """The seed files; internal ids follow their order (the system account ``bsuser`` first, id 1, as the
        Employee API's own example shows it, employee-ou-api-facts.md §1 "List page")."""
        users = {}
        for number, record in enumerate(catalog.seed_users(), 1):
            record = dict(record)
            record["active"] = _active(record.get("active"))
            record[INTERNAL_ID] = number
            users[record[USER_ID]] = record
        ous: dict[str, dict[str, dict[str, Any]]] = {}
        next_ou = FIRST_OU_ID
        for key, records in catalog.seed_ous():
            bucket = ous.setdefault(key, {})
            for record in records:
                bucket[str(record[OU_ID])] = {**record, INTERNAL_ID: next_ou}
                next_ou += 1
        self.load(users, ous)

    # ----------------------------------------------------------------------------------- reading

    # Records are flat (property name to a scalar), so a shallow copy keeps the stored one safe. These run
    # once or more per record of an import (a million in the largest): no generators, no deep copies.

    def user(self, user_id: str) -> dict[str, Any] | None:
        record = self.users.get(user_id)
        return dict(record) if record is not None else None

    def user_by_guid(self, guid: str) -> dict[str, Any] | None:
        user_id = self._by_guid.get(guid)
        return self.user(user_id) if user_id else None

    def ou(self, load_type: str, ou_id: str) -> dict[str, Any] | None:
        bucket = self.ous.get(load_type)
        if bucket is not None:
            record = bucket.get(ou_id)
        elif load_type == catalog.CUSTOM_OU:  # a bare custom OU type: look through every type_id
            record = next((b[ou_id] for k, b in self.ous.items()
                           if k.startswith(catalog.CUSTOM_OU + ".") and ou_id in b), None)
        else:
            record = None
        if record is None:
            return None
        result = dict(record)
        active = result.get("active")
        if active is not True and active is not False:
            result["active"] = _active(active)
        return result

    # ----------------------------------------------------------------------------------- writing

    def upsert_users(self, records: Iterable[dict[str, Any]], new_id: Any = uuid.uuid4,
                     now: float | None = None) -> list[dict[str, Any]]:
        """Merge loaded employees into the portal (only the fields present); returns the stored records.

        A record without a user id is matched by its GUID (LoadPrimaryKey 1). A new employee gets a GUID,
        is active, and without a username takes the user id (bulk-api-data-format.txt, "Employee Loads").
        It also gets the next internal id, which it keeps.
        """
        changed = []
        with self.lock:
            for record in records:
                user_id = record.get(USER_ID) or self._by_guid.get(str(record.get(GUID) or ""))
                if not user_id:
                    continue
                user_id = str(user_id)
                stored = self.users.get(user_id)
                if stored is None:
                    stored = {USER_ID: user_id, "active": True, INTERNAL_ID: self._take_user_id(), CREATED_AT: now}
                    self.users[user_id] = stored
                stored.update({k: v for k, v in record.items() if k != "active" or v is not None})
                stored[MODIFIED_AT] = now
                stored[USER_ID] = user_id
                stored["active"] = _active(stored.get("active"))
                if not stored.get(USERNAME):
                    stored[USERNAME] = user_id
                if not stored.get(GUID):
                    stored[GUID] = str(new_id())
                self._by_guid[stored[GUID]] = user_id
                changed.append(stored)
        return changed

    def deactivate_users(self, user_ids: Iterable[str], now: float | None = None) -> list[dict[str, Any]]:
        changed = []
        with self.lock:
            for user_id in user_ids:
                stored = self.users.get(user_id)
                if stored is not None and stored.get("active", True):
                    stored["active"] = False
                    stored[MODIFIED_AT] = now
                    changed.append(stored)
        return changed

    def upsert_ous(self, key: str, records: Iterable[dict[str, Any]], now: float | None = None) -> list[dict[str, Any]]:
        changed = []
        with self.lock:
            bucket = self.ous.setdefault(key, {})
            for record in records:  # a million OUs in one import: keep this loop lean
                ou_id = record.get(OU_ID)
                if ou_id is None or ou_id == "":
                    continue
                ou_id = str(ou_id)
                stored = bucket.get(ou_id)
                if stored is None:
                    stored = bucket[ou_id] = dict(record)
                    stored[OU_ID] = ou_id
                    stored[INTERNAL_ID], stored[CREATED_AT] = self._take_ou_id(), now
                else:
                    stored.update(record)
                stored[MODIFIED_AT] = now
                active = stored.get("active")
                if active is None:
                    stored["active"] = True
                elif active is not True and active is not False:
                    stored["active"] = _active(active)
                changed.append(stored)
        return changed


class PortalView:
    """What processing may ask of the portal (INTERFACES.md, "Processing interface"); read-only."""

    def __init__(self, state: PortalState) -> None:
        self._state = state

    def user(self, user_id: str) -> dict[str, Any] | None:
        return self._state.user(str(user_id))

    def user_by_guid(self, guid: str) -> dict[str, Any] | None:
        return self._state.user_by_guid(str(guid))

    def ou(self, load_type: str, ou_id: str) -> dict[str, Any] | None:
        return self._state.ou(load_type, str(ou_id))

    def all_user_ids(self) -> Iterable[str]:
        return list(self._state.users)


#: Ids provided by the other imports of the same job (bulk-api-data-format.txt: references may point there);
#: the client's pre-flight uses the same type.
JobRefs = JobIds
