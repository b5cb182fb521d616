"""ReconcileUsers: who a load deactivates, as one rule for the sandbox and as a preview for Review.

"ReconcileUsers" deactivates every active employee missing from the payload (bulk-api-quick-start.txt,
Step 4; bulk-api-facts.md, "Load types", settings). An employee is in the payload when one of its records
names it by User ID or by GUID (LoadPrimaryKey 1), whatever happens to that record afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import polars as pl

from csod_desktop import facts
from csod_desktop.core.portal import GUID, USER_ID, PortalSnapshot
from csod_desktop.i18n import number, translate

#: The system account of the Employee API's own example (employee-ou-api-facts.md §1 "List page": id 1,
#: externalId "bsuser", userName "CSODBSAdmin"). Our heuristic, not a published flag: the API marks no
#: account as a system account, so those ids and a "CSOD" username prefix are what we recognize.
SYSTEM_USER_IDS = frozenset({"bsuser"})
SYSTEM_USERNAME_PREFIX = "csod"


def present_ids(frame: pl.DataFrame, keep: pl.Series | None = None) -> set[str]:
    """User IDs and GUIDs the payload names (trimmed, lower-case), from the records it will carry."""
    rows = frame.filter(keep) if keep is not None else frame
    found: set[str] = set()
    for column in (USER_ID, GUID):
        if column in rows.columns:
            values = rows.get_column(column).cast(pl.String).drop_nulls().str.strip_chars().str.to_lowercase()
            found.update(v for v in values.to_list() if v)
    return found


def missing_from_payload(employees: Iterable[tuple[str, str | None, bool]], present: set[str]) -> list[str]:
    """User IDs of the active employees (user id, GUID, active) that the payload does not name."""
    return [user_id for user_id, guid, active in employees
            if active and user_id.strip().lower() not in present and str(guid or "").strip().lower() not in present]


def is_system_account(user_id: str, username: str | None) -> bool:
    return user_id.strip().lower() in SYSTEM_USER_IDS or (username or "").strip().lower().startswith(
        SYSTEM_USERNAME_PREFIX)


#: The columns of the list of employees a ReconcileUsers load deactivates (window and ``--report-dir``).
DEACTIVATION_HEADER = ("User ID", "Name", "Note", "Manager", "Manager's User ID", "Username")


@dataclass(frozen=True)
class Deactivation:
    """One active employee the load would deactivate."""

    user_id: str
    name: str
    username: str | None
    manager: str | None  # the manager's User ID
    manager_name: str | None
    system_account: bool = False
    service_account: bool = False  # the OAuth application's own user (owner_ref of its jobs)

    @property
    def note(self) -> str:
        """Why this account deserves a second look before it is deactivated ("" for an ordinary employee)."""
        if self.service_account:
            return translate("reconcile", "the API application's own account")
        return translate("reconcile", "a system account") if self.system_account else ""

    def to_json(self) -> dict[str, Any]:
        return {"user_id": self.user_id, "name": self.name, "username": self.username, "manager": self.manager,
                "manager_name": self.manager_name, "system_account": self.system_account,
                "service_account": self.service_account}


@dataclass(frozen=True)
class ReconcilePreview:
    """Every active portal employee missing from the file, and what to say about them before confirming."""

    deactivations: tuple[Deactivation, ...]
    active_employees: int
    incomplete: bool = False  # the snapshot may not list everyone (a constrained view): the load may reach more
    service_account_known: bool = True

    @property
    def count(self) -> int:
        return len(self.deactivations)

    @property
    def share(self) -> float:
        return self.count / self.active_employees if self.active_employees else (1.0 if self.count else 0.0)

    @property
    def needs_override(self) -> bool:
        """Above our 10% policy (``facts.RECONCILE_MAX_SHARE``): refuse unless explicitly overridden."""
        return facts.reconcile_needs_override(self.count, self.active_employees)

    @property
    def flagged(self) -> tuple[Deactivation, ...]:
        return tuple(d for d in self.deactivations if d.system_account or d.service_account)

    @property
    def sentence(self) -> str:
        # The share keeps Python's percent form (12.5%): i18n.number writes 10.0 as "10", not "10.0".
        text = translate("reconcile", "ReconcileUsers would deactivate {count} of the portal's {active} active "
                                      "employees ({share}).").format(
            count=number(self.count), active=number(self.active_employees), share=f"{self.share:.1%}")
        if self.flagged:
            # Each sentence whole: the user id inside the words that say what the account is.
            own = translate("reconcile", "{user_id} (the API application’s own account)")
            system = translate("reconcile", "{user_id} (a system account)")
            names = ", ".join((own if d.service_account else system).format(user_id=d.user_id) for d in self.flagged)
            text += " " + translate("reconcile", "Among them: {names}.").format(names=names)
        if self.incomplete:
            text += " " + translate("reconcile", "Your API user sees only part of the portal's employees, so the load "
                                                 "may deactivate more people than listed here.")
        return text

    def allows(self, allowed: int | None) -> bool:
        """Whether the load may go on with ``allowed`` deactivations explicitly accepted (the window's
        override, the CLI's ``--max-deactivations``): above our 10% policy only with such an allowance,
        and never more than the allowance says."""
        if allowed is None:
            return not self.needs_override
        return self.count <= allowed

    def rows(self) -> list[tuple[str, ...]]:
        """The list as the window shows it and ``load`` writes it (``DEACTIVATION_HEADER``)."""
        return [(d.user_id, d.name, d.note, d.manager_name or "", d.manager or "", d.username or "")
                for d in self.deactivations]

    def summary_json(self) -> dict[str, Any]:
        """``to_json`` without the list itself: what the CLI's ``--json`` document carries per import."""
        doc = self.to_json()
        doc.pop("deactivations")
        doc["flagged"] = [d.to_json() for d in self.flagged]
        doc["service_account_known"] = self.service_account_known
        return doc

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "active_employees": self.active_employees, "share": round(self.share, 4),
                "needs_override": self.needs_override, "incomplete": self.incomplete,
                "max_share": facts.RECONCILE_MAX_SHARE,
                "deactivations": [d.to_json() for d in self.deactivations]}


def reconcile_preview(frame: pl.DataFrame, snapshot: PortalSnapshot, *, keep: pl.Series | None = None,
                      service_account: str | None = None) -> ReconcilePreview | None:
    """The employees a ReconcileUsers load of ``frame`` (the records it sends: ``keep``) would deactivate.

    None when the snapshot holds no employees (the Employee API could not be read): nothing can be said.
    """
    if snapshot.employees is None:
        return None
    owner = (service_account or snapshot.service_account or "").strip().lower()
    present = present_ids(frame, keep)
    employees = list(snapshot.active_employees())
    gone = set(missing_from_payload(((e.user_id, e.guid, e.active) for e in employees), present))
    out = []
    for emp in employees:
        if emp.user_id not in gone:
            continue
        manager = snapshot.employee(emp.manager) if emp.manager else None
        out.append(Deactivation(emp.user_id, emp.name, emp.username, emp.manager,
                                manager.name if manager else None, is_system_account(emp.user_id, emp.username),
                                bool(owner) and emp.user_id.strip().lower() == owner))
    return ReconcilePreview(tuple(out), len(employees), incomplete=not snapshot.employees_complete,
                            service_account_known=bool(owner))


__all__ = ["DEACTIVATION_HEADER", "Deactivation", "ReconcilePreview", "is_system_account", "missing_from_payload", "present_ids",
           "reconcile_preview"]
