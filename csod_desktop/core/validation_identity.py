"""Employee identities: User ID and Username cross-unique in the file and against the portal; known GUIDs.

Sources (``shared/reference/employee-ou-api-facts.md`` §5; these are Edge Import's rules, and the Bulk API
is built on the same framework, an *inference*): "no user can be loaded with a User Name that another user
already has as a User ID", and a load whose User IDs and User Names are not cross-unique fails (Edge Import,
employee loads, [doc]); Usernames are unique (the legacy Data Load Wizard's Validate step, [doc] DLW only);
with ``LoadPrimaryKey`` 1 "a GUID value that is provided must match an existing GUID value" (Edge Import,
GUID-based load, [doc]). The sandbox applies them through the same ``validate()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from csod_desktop.core import rules
from csod_desktop.core.problems import Severity
from csod_desktop.core.schema import Property, Schema
from csod_desktop.core.validation_checks import Check, eff_strip, filled, key_expr, present
from csod_desktop.i18n import translate



def _cross_hint() -> str:
    # Translated when the checks are built (the window's language may change between two runs).
    return translate("validation", "Give each employee a Username that is nobody's User ID (or leave it empty: "
                                   "the User ID is then used), and a User ID that is nobody else's Username.")


def username_column(schema: Schema, columns: list[str]) -> str | None:
    for name in columns:
        if name in schema.properties and name.lower().rsplit("_", 1)[-1] == "username":
            return name
    return None


def _key(name: str, prop: Property) -> pl.Expr:
    return key_expr(eff_strip(name, prop.trim), prop.case_sensitive)


def _mask(frame: pl.DataFrame, rows: pl.Series) -> pl.Series:
    return pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True).scatter(rows, True) if rows.len() else \
        pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True)


def identity_checks(work: pl.DataFrame, props: Mapping[str, Property], schema: Schema, user_col: str | None,
                    known: Any, settings: Mapping[str, Any] | None) -> list[Check]:
    """Cross-uniqueness in the file always; against the portal and the GUID rule when it is known."""
    if not schema.is_employee:
        return []
    user_col = user_col if user_col in props else None
    uname = username_column(schema, list(props))
    checks: list[Check] = []
    keyed = work.with_row_index("i").select(
        pl.col("i").cast(pl.Int64),
        (_key(user_col, props[user_col]) if user_col else pl.lit(None, pl.String)).alias("u"),
        (_key(uname, props[uname]) if uname else pl.lit(None, pl.String)).alias("n"),
    )
    keyed = keyed.with_columns(pl.when(pl.col("u") != "").then(pl.col("u")).alias("u"),
                               pl.when(pl.col("n") != "").then(pl.col("n")).alias("n"))
    if uname:
        title, trim = props[uname].title, props[uname].trim
        if user_col:
            ids = keyed.filter(pl.col("u").is_not_null()).select("u").unique()
            clash = keyed.filter(pl.col("n").is_not_null() & (pl.col("n") != pl.col("u").fill_null(""))
                                 ).join(ids, left_on="n", right_on="u", how="semi")
            checks.append(Check(
                "cross_unique:file", uname, "cross_unique", Severity.ERROR, _mask(work, clash.get_column("i")),
                filled(translate("validation", "{title} '{value}' is also the User ID of another record of this file "
                                               "(Edge Import: User IDs and Usernames are cross-unique)."),
                       title=title, value=pl.col("key")), _cross_hint(), trim=trim))
        repeated = present(uname, trim) & ~keyed.get_column("n").is_first_distinct()
        checks.append(Check(
            "duplicate:username", uname, "duplicate", Severity.ERROR,
            work.select(repeated).to_series() & keyed.get_column("n").is_not_null(),
            filled(translate("validation", "{title} '{value}' is already used by an earlier record of this file: "
                                           "Usernames are unique (Data Load Wizard)."),
                   title=title, value=pl.col("key")),
            translate("validation", "Give this employee another Username, or remove the repeated record."),
            trim=trim))
    if known is None or not getattr(known, "covers", lambda kind: True)("user"):
        return [c for c in checks if c.mask.any()]  # type: ignore[union-attr]
    checks += _against_portal(work, keyed, props, schema, user_col, uname, known, settings)
    return [c for c in checks if c.mask.any()]  # type: ignore[union-attr]


def _against_portal(work: pl.DataFrame, keyed: pl.DataFrame, props: Mapping[str, Property], schema: Schema,
                    user_col: str | None, uname: str | None, known: Any,
                    settings: Mapping[str, Any] | None) -> list[Check]:
    owner_of_name = getattr(known, "username_owner", None)
    stored_id = getattr(known, "stored_user_id", None)
    guid_owner = getattr(known, "guid_owner", None)
    guid_col = schema.guid_property()
    by_guid = str(rules.get_setting(settings, "LoadPrimaryKey", 0)).strip() == "1" and guid_col in props
    if by_guid and guid_owner is not None:
        keyed = keyed.with_columns(work.select(eff_strip(guid_col, props[guid_col].trim).alias("g")).to_series())
    else:
        keyed = keyed.with_columns(pl.lit(None, pl.String).alias("g"))
    checks: list[Check] = []

    def me(u: str | None, g: str | None) -> str:
        if u:
            return u
        owner = guid_owner(g) if g and guid_owner is not None else None
        return (owner or "").lower()

    if uname and (owner_of_name is not None or stored_id is not None):
        taken: dict[tuple[Any, ...], str] = {}  # (u, g, n) -> the portal employee who has n
        as_id: set[tuple[Any, ...]] = set()
        for u, g, n in keyed.filter(pl.col("n").is_not_null()).select("u", "g", "n").unique().iter_rows():
            self_id = me(u, g)
            owner = owner_of_name(n) if owner_of_name is not None else None
            if owner and owner.lower() != self_id:
                taken[(u, g, n)] = owner
            other = stored_id(n) if stored_id is not None else None
            if other and other.lower() != self_id and other.lower() == n:
                as_id.add((u, g, n))
        title, trim = props[uname].title, props[uname].trim
        if taken:
            bad = pl.DataFrame([(*k, v) for k, v in taken.items()], orient="row",
                               schema={"u": pl.String, "g": pl.String, "n": pl.String, "owner": pl.String})
            rows = keyed.join(bad, on=["u", "g", "n"], how="inner", nulls_equal=True).get_column("i")
            owners = {k[2]: v for k, v in taken.items()}
            checks.append(Check(
                "username_taken", uname, "cross_unique", Severity.ERROR, _mask(work, rows),
                filled(translate("validation", "{title} '{value}' already belongs to the portal's employee {owner}: "
                                               "Usernames are unique in the portal."),
                       title=title, value=pl.col("key"), owner=pl.col("key").str.to_lowercase().replace_strict(
                           owners, default="?", return_dtype=pl.String)),
                translate("validation", "Give this employee another Username, or update that employee instead."),
                trim=trim))
        if as_id:
            bad = pl.DataFrame(list(as_id), orient="row", schema={"u": pl.String, "g": pl.String, "n": pl.String})
            rows = keyed.join(bad, on=["u", "g", "n"], how="inner", nulls_equal=True).get_column("i")
            checks.append(Check(
                "username_is_user_id", uname, "cross_unique", Severity.ERROR, _mask(work, rows),
                filled(translate("validation", "{title} '{value}' is the User ID of another employee in the portal "
                                               "(Edge Import: User IDs and Usernames are cross-unique)."),
                       title=title, value=pl.col("key")), _cross_hint(), trim=trim))
    if user_col and owner_of_name is not None:
        clash = {u: o for (u,) in keyed.filter(pl.col("u").is_not_null()).select("u").unique().iter_rows()
                 if (o := owner_of_name(u)) and o.lower() != u}
        if clash:
            rows = keyed.filter(pl.col("u").is_in(pl.Series(list(clash), dtype=pl.String).implode())).get_column("i")
            prop = props[user_col]
            checks.append(Check(
                "user_id_is_username", user_col, "cross_unique", Severity.ERROR, _mask(work, rows),
                filled(translate("validation", "{title} '{value}' is the Username of the portal's employee {owner} "
                                               "(Edge Import: User IDs and Usernames are cross-unique)."),
                       title=prop.title, value=pl.col("key"), owner=pl.col("key").str.to_lowercase().replace_strict(
                           clash, default="?", return_dtype=pl.String)), _cross_hint(), trim=prop.trim))
    if by_guid and guid_owner is not None and getattr(known, "complete", lambda kind: True)("user"):
        unknown = keyed.filter(pl.col("u").is_null() & pl.col("g").is_not_null() & (pl.col("g") != ""))
        rows = [i for i, g in unknown.select("i", "g").iter_rows() if guid_owner(g) is None]
        if rows:
            prop = props[guid_col]
            checks.append(Check(
                "guid_unknown", guid_col, "reference", Severity.ERROR, _mask(work, pl.Series(rows, dtype=pl.Int64)),
                filled(translate("validation", "No employee has the GUID '{value}', and the record has no User ID to "
                                               "create one."), value=pl.col("key")),
                translate("validation", "With GUIDs as the identifier (LoadPrimaryKey 1) only existing employees are "
                                        "updated: copy the GUID from Cornerstone, or give the User ID."),
                trim=prop.trim))
    return checks
