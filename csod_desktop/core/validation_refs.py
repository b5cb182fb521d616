"""Checks against what the portal knows: references (managers, relations, OUs) and identities (User ID,
Username, GUID), with or without the portal's data.

Without it (no ``known_refs``) a reference to something outside the file is a warning: it must already
exist in the portal. With it (the sandbox portal's state, or a snapshot of the administrator's portal read
through the Employee and OU APIs) a standard relation or an OU that matches nothing is an error, a custom
relation a warning (the record loads without it), an inactive target an error unless the job allows it
(bulk-api-data-format.txt, "Employee Loads"; bulk-api-quick-start.txt, Step 4). One implementation serves
the client's Review and the sandbox's processing, so what Review says is what the portal does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

import polars as pl

from csod_desktop.core import rules
from csod_desktop.core.problems import Severity
from csod_desktop.core.schema import FieldKind, Property, Schema
from csod_desktop.core.validation_checks import (
    CANCEL_EVERY,
    Check,
    Keys,
    eff_strip,
    filled,
    is_one_of,
    key_expr,
    records_text,
)
from csod_desktop.i18n import translate


class KnownRefs(Protocol):
    """What the portal knows: ids outside the file, and whether they are active.

    Optional, looked up by name (a portal that sees everything needs none of them): ``covers(kind)`` and
    ``complete(kind)`` (kind ``"user"`` or an OU type key: the view holds that kind at all, and all of it),
    ``stored_user_id(user_id)``, ``username_owner(username)`` and ``guid_owner(guid)`` (the User ID of the
    employee with that id, username or GUID, or None).
    """

    def user_exists(self, user_id: str) -> bool: ...

    def user_active(self, user_id: str) -> bool: ...

    def ou_exists(self, load_type: str, ou_id: str) -> bool: ...

    def ou_active(self, load_type: str, ou_id: str) -> bool: ...


def _ask(known: Any, name: str, argument: Any, default: Any) -> Any:
    method = getattr(known, name, None)
    return default if method is None else method(argument)


def _kind(prop: Property) -> str:
    return "user" if prop.reference_type == "user" else str(prop.reference_type)


def _allowed(settings: Mapping[str, Any] | None, name: str, schema: Schema) -> bool:
    # AllowInactiveOuAndUser is the OU loads' single switch (bulk-api-facts.md, settings seen on jobs).
    both = rules.get_setting(settings, "AllowInactiveOuAndUser")
    if both is not None and not schema.is_employee:
        return rules.setting_flag(settings, "AllowInactiveOuAndUser")
    return rules.setting_flag(settings, name, False)


def reference_checks(lf: pl.LazyFrame, props: Mapping[str, Property], schema: Schema, identity: tuple[str, ...],
                     user_col: str | None, known_refs: KnownRefs | None, settings: Mapping[str, Any] | None, *,
                     keys: Keys, step: Callable[[float], None]) -> list[Check]:
    """References to users and OUs: resolved in the file first, then by the portal when it is known.

    ``lf`` is the trimmed frame. Only distinct values are looked up; each target column is hashed
    once for all the reference columns that point at it.
    """
    refs = [(n, p) for n, p in props.items() if p.reference_type]
    if not refs:
        return []
    targets: dict[str, str | None] = {}
    for name, prop in refs:
        if prop.reference_type == "user":
            targets[name] = user_col if user_col in props else None
        elif prop.reference_type == schema.load_type and identity and identity[0] in props:
            targets[name] = identity[0]  # an OU's parent may be another OU of the same file
        else:
            targets[name] = None  # an employee's OU is never defined in an employee file
    # Distinct raw values first, trimmed as their column says; then one anti-join per target column:
    # hashing a million user ids once is cheaper than an ``is_in`` per reference column (and polars
    # 2.1 slows badly on the latter).
    uniques = lf.select([pl.col(n).drop_nulls().unique().implode().alias(n) for n, _ in refs]).collect()
    pools = {
        n: pl.DataFrame({"raw": uniques.get_column(n)[0]}, schema={"raw": pl.String})
        .with_columns(eff_strip("raw", p.trim).alias("value"), pl.lit(n).alias("col"))
        .filter(pl.col("value") != "")
        for n, p in refs
    }
    unresolved: dict[str, pl.DataFrame] = {}  # per column: raw (as in the file) and value (trimmed)
    for target in dict.fromkeys(targets.values()):
        names = [n for n, _ in refs if targets[n] == target]
        if target is None:
            unresolved.update({n: pools[n] for n in names})
            continue
        cs = props[target].case_sensitive
        # Same key, same hash: the pool's trimmed values keyed exactly as the target column's cells.
        in_file = keys.hashes((target,)).to_frame("h")
        pool = (pl.concat([pools[n] for n in names]).with_columns(key_expr(pl.col("value"), cs).hash().alias("h"))
                .join(in_file, on="h", how="anti"))
        unresolved.update({n: pool.filter(pl.col("col") == n) for n in names})
    step(0.5)
    if known_refs is None:
        return _client_reference_checks(refs, unresolved)
    # What the portal's view does not cover (no employee:read, an OU type not read) keeps the checks of a
    # file alone; what it covers is resolved against it.
    covered = [(n, p) for n, p in refs if _ask(known_refs, "covers", _kind(p), True)]
    uncovered = [(n, p) for n, p in refs if (n, p) not in covered]
    return (_client_reference_checks(uncovered, unresolved)
            + _portal_reference_checks(schema, covered, unresolved, known_refs, settings, step))


def _is_user(prop: Property) -> bool:
    # Each message below is written twice, for a user and for an OU: "{what}s" is English grammar.
    return prop.reference_type == "user"


def _client_reference_checks(refs: list[tuple[str, Property]], unresolved: Mapping[str, pl.DataFrame]) -> list[Check]:
    """Without the portal's data: one warning per distinct id not found in the file (a warning per record
    would bury real errors under a million lines, and is not counted as a warned record)."""
    checks: list[Check] = []
    for name, prop in refs:
        if unresolved[name].is_empty():
            continue
        checks.append(_unseen_check(name, prop, unresolved[name].get_column("raw").to_list(), seen_part=False))
    return checks


def _unseen_check(name: str, prop: Property, raws: list[str], *, seen_part: bool) -> Check:
    """One warning per distinct id: not in the file and, when ``seen_part``, not in the part of the portal
    the API user can see either (a constrained view): it must exist elsewhere in the portal."""
    user = _is_user(prop)
    if seen_part and user:
        message = translate("validation", "{title} '{value}' is not in this file nor among the users your API user "
                                          "can see in the portal, so it must exist in a part of the portal outside "
                                          "that view (used by {records}).")
    elif seen_part:
        message = translate("validation", "{title} '{value}' is not in this file nor among the organizational units "
                                          "your API user can see in the portal, so it must exist in a part of the "
                                          "portal outside that view (used by {records}).")
    elif user:
        message = translate("validation", "{title} '{value}' is not in this file, so this user must already exist "
                                          "in the portal (used by {records}).")
    else:
        message = translate("validation", "{title} '{value}' is not in this file, so this organizational unit must "
                                          "already exist in the portal (used by {records}).")
    hint = (translate("validation", "Check that this user exists in Cornerstone, or load it in an import of the "
                                    "same job.") if user else
            translate("validation", "Check that this organizational unit exists in Cornerstone, or load it in an "
                                    "import of the same job."))
    return Check(
        f"reference:{name}", name, "reference", Severity.WARNING, is_one_of(name, raws),
        filled(message, title=prop.title, value=pl.col("value"), records=records_text(pl.col("count"))),
        hint, trim=prop.trim, grouped=True)




def _portal_reference_checks(schema: Schema, refs: list[tuple[str, Property]], unresolved: Mapping[str, pl.DataFrame],
                             known: KnownRefs, settings: Mapping[str, Any] | None,
                             step: Callable[[float], None]) -> list[Check]:
    """With the portal's data: ask it about each distinct unresolved id (bulk-api-data-format.txt,
    Employee Loads: a bad standard relation is an error, a missing custom relation a warning and the
    relation skipped; bulk-api-quick-start.txt, Step 4: AllowInactiveOus / AllowInactiveUsers)."""
    allow_users = _allowed(settings, "AllowInactiveUsers", schema)
    allow_ous = _allowed(settings, "AllowInactiveOus", schema)
    checks: list[Check] = []
    for i, (name, prop) in enumerate(refs):
        missing: list[str] = []  # raw cells, as in the file
        inactive: list[str] = []
        is_user = prop.reference_type == "user"
        pairs = unresolved[name].select("raw", "value").iter_rows()
        for j, (raw, value) in enumerate(pairs):
            if j % CANCEL_EVERY == CANCEL_EVERY - 1:
                step(0.5 + 0.5 * i / len(refs))
            if is_user:
                exists = known.user_exists(value)
                active = exists and (allow_users or known.user_active(value))
            else:
                exists = known.ou_exists(str(prop.reference_type), value)
                active = exists and (allow_ous or known.ou_active(str(prop.reference_type), value))
            if not exists:
                missing.append(raw)
            elif not active:
                inactive.append(raw)
        step(0.5 + 0.5 * (i + 1) / len(refs))
        if missing and not _ask(known, "complete", _kind(prop), True):
            checks.append(_unseen_check(name, prop, missing, seen_part=True))
        elif missing:
            custom = prop.kind is FieldKind.CUSTOM_RELATION
            if custom:
                message = translate("validation", "{title} '{value}' does not exist in the portal; the record is "
                                                  "loaded without this relation.")
            elif is_user:
                message = translate("validation", "{title} '{value}' does not match any user in the portal, in this "
                                                  "file or in the other imports of this job.")
            else:
                message = translate("validation", "{title} '{value}' does not match any organizational unit in the "
                                                  "portal, in this file or in the other imports of this job.")
            hint = (translate("validation", "Use the user's ID as it is in Cornerstone, or load the user in the "
                                            "same job.") if is_user else
                    translate("validation", "Use the organizational unit's ID as it is in Cornerstone, or load the "
                                            "organizational unit in the same job."))
            checks.append(Check(
                f"reference:{name}", name, "reference", Severity.WARNING if custom else Severity.ERROR,
                is_one_of(name, missing), filled(message, title=prop.title, value=pl.col("key")), hint,
                trim=prop.trim))
        if inactive:
            setting = "AllowInactiveUsers" if is_user else "AllowInactiveOus"
            if is_user:
                message = translate("validation", "{title} '{value}' is an inactive user, and this job does not "
                                                  "allow inactive users ({setting} is false).")
                hint = translate("validation", "Reactivate the user, choose an active one, or create the job with "
                                               "{setting} true.")
            else:
                message = translate("validation", "{title} '{value}' is an inactive organizational unit, and this "
                                                  "job does not allow inactive organizational units ({setting} is "
                                                  "false).")
                hint = translate("validation", "Reactivate the organizational unit, choose an active one, or create "
                                               "the job with {setting} true.")
            checks.append(Check(
                f"inactive:{name}", name, "inactive", Severity.ERROR,
                is_one_of(name, inactive),
                filled(message, title=prop.title, value=pl.col("key"), setting=setting),
                hint.format(setting=setting), trim=prop.trim))
    return checks
