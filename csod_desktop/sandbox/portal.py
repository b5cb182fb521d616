"""The portal's people and OUs, and the read-only views of them that processing works against."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from csod_desktop.sandbox import catalog

USER_ID = "EmployeeIdentificationData_UserId"
GUID = "EmployeeIdentificationData_Guid"
USERNAME = "EmployeeIdentificationData_Username"
OU_ID = "ouRefId"


def _active(value: Any) -> bool:
    return True if value is None else catalog.truthy(value)


class PortalState:
    """Employees by user id and OUs by type key (``ou.division``, ``ou.customou.524291``), with active flags."""

    def __init__(self) -> None:
        self.users: dict[str, dict[str, Any]] = {}
        self.ous: dict[str, dict[str, dict[str, Any]]] = {}
        self._by_guid: dict[str, str] = {}
        self.lock = threading.RLock()

    def load(self, users: dict[str, dict[str, Any]], ous: dict[str, dict[str, dict[str, Any]]]) -> None:
        with self.lock:
            self.users = users
            self.ous = ous
            self._by_guid = {u[GUID]: uid for uid, u in users.items() if u.get(GUID)}

    def load_seed(self) -> None:
        users = {}
        for record in catalog.seed_users():
            record = dict(record)
            record["active"] = _active(record.get("active"))
            users[record[USER_ID]] = record
        ous: dict[str, dict[str, dict[str, Any]]] = {}
        for key, records in catalog.seed_ous():
            bucket = ous.setdefault(key, {})
            for record in records:
                bucket[str(record[OU_ID])] = dict(record)
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

    def upsert_users(self, records: Iterable[dict[str, Any]], new_id: Any = uuid.uuid4) -> list[dict[str, Any]]:
        """Merge loaded employees into the portal (only the fields present); returns the stored records.

        A record without a user id is matched by its GUID (LoadPrimaryKey 1). A new employee gets a GUID,
        is active, and without a username takes the user id (bulk-api-data-format.txt, "Employee Loads").
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
                    stored = {USER_ID: user_id, "active": True}
                    self.users[user_id] = stored
                stored.update({k: v for k, v in record.items() if k != "active" or v is not None})
                stored[USER_ID] = user_id
                stored["active"] = _active(stored.get("active"))
                if not stored.get(USERNAME):
                    stored[USERNAME] = user_id
                if not stored.get(GUID):
                    stored[GUID] = str(new_id())
                self._by_guid[stored[GUID]] = user_id
                changed.append(stored)
        return changed

    def deactivate_users(self, user_ids: Iterable[str]) -> list[dict[str, Any]]:
        changed = []
        with self.lock:
            for user_id in user_ids:
                stored = self.users.get(user_id)
                if stored is not None and stored.get("active", True):
                    stored["active"] = False
                    changed.append(stored)
        return changed

    def upsert_ous(self, key: str, records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
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
                else:
                    stored.update(record)
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


@dataclass
class JobRefs:
    """Ids provided by the other imports of the same job (bulk-api-data-format.txt: references may point there)."""

    users: set[str] = field(default_factory=set)
    ous: dict[str, set[str]] = field(default_factory=dict)
