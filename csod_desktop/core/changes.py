"""What a load will change: each record new, changed (which fields, old and new value) or unchanged.

Compared against a portal snapshot, on the fields its list view carries (``core.portal``'s tables): the
Employee API list has no OUs or custom fields, so those columns are named as "not compared". The portal
skips records identical to what it holds (bulk-api-quick-start.txt, Step 7, the note on modification
history); ``same_value`` is the one notion of "identical" the sandbox uses too. An empty cell is not
compared: without ``use_default_when_missing`` the portal leaves that field as it is (data-format
reference, "use_default_when_missing").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from csod_desktop.core import rules
from csod_desktop.core.portal import (
    EMPLOYEE_LIST_FIELDS,
    EMPLOYEE_LIST_RELATIONS,
    GUID,
    OU_LIST_FIELDS,
    OU_LIST_RELATIONS,
    USER_ID,
    PortalSnapshot,
    schema_type_key,
)
from csod_desktop.core.schema import Property, Schema
from csod_desktop.i18n import number, translate

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _casefolded(prop: Property) -> bool:
    return prop.is_enum or (prop.reference_type is not None and not prop.case_sensitive)


def same_value(prop: Property | None, new: Any, old: Any) -> bool:
    """Whether a value sent equals the stored one, as the portal judges "identical" (both canonical)."""
    if _blank(new) or _blank(old):
        return _blank(new) and _blank(old)
    a, b = str(new), str(old)
    if prop is None:
        return a == b
    if prop.type == "boolean":
        return rules.parse_bool(a) == rules.parse_bool(b)
    if prop.is_number:
        x, y = rules.parse_number(a, "en-US"), rules.parse_number(b, "en-US")
        return x is not None and x == y
    if prop.multi:
        return {v.casefold() for v in rules.split_multi(a)} == {v.casefold() for v in rules.split_multi(b)}
    if _casefolded(prop):
        return a.casefold() == b.casefold()
    return a == b


@dataclass(frozen=True)
class ChangePreview:
    """Per record sent: ``kinds`` (row, key, kind); per changed field: ``fields`` (row, key, column, title,
    old, new). Rows are the file's 1-based record numbers, as in the problems table."""

    load_type: str
    kinds: pl.DataFrame
    fields: pl.DataFrame
    compared: tuple[str, ...]
    not_compared: tuple[str, ...]
    #: Per record found in the portal: ``row``, then each compared field's value in the file (its name) and
    #: in the portal (``_old_<name>``), for the per-record view.
    values: pl.DataFrame | None = None

    def count(self, kind: str) -> int:
        return int((self.kinds.get_column("kind") == kind).sum()) if self.kinds.height else 0

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def changed(self) -> int:
        return self.count(CHANGED)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def text(self) -> str:
        """"37 new, 120 changed, 843 unchanged", and what could not be compared."""
        text = translate("changes", "{new} new, {changed} changed, {unchanged} unchanged").format(
            new=number(self.new), changed=number(self.changed), unchanged=number(self.unchanged))
        if self.not_compared:
            text += " " + translate("changes", "(not compared: {names})").format(names=", ".join(self.not_compared))
        return text

    @property
    def what(self) -> str:
        """What the portal's list view lists for this load: "employees" or "organizational units"."""
        return (translate("changes", "employees") if self.load_type == "chr.employee" else
                translate("changes", "organizational units"))

    def sentence(self, titles: Mapping[str, str] | None = None, *, records: int | None = None) -> str:
        """The counts as Review and ``load`` say them, honest about what could not be compared.

        The list views carry no OUs, custom fields or relations other than the manager and approver
        (employee-ou-api-facts.md §1 "One employee as returned by the list lookup", §2 "OU item"): a record
        is "unchanged" only in the fields compared, and the sentence says which fields were not. With
        ``records`` (the file's), the counts say they are those of the records sent.
        """
        titles = titles or {}
        sent = self.kinds.height
        # The lead is a heading of its own ("Of the 12 records to send:"), the counts after it whole
        # sentences, one per kind of record listed (employees, organizational units) so that the words
        # around it agree with it.
        lead = ""
        if records is not None and records != sent:
            lead = translate("changes", "Of the %n record(s) to send:", None, sent) + " "
        found = self.changed + self.unchanged
        employees = self.load_type == "chr.employee"
        values = {"new": number(self.new), "changed": number(self.changed), "unchanged": number(self.unchanged),
                  "found": number(found)}
        if found and not self.compared:
            said = (translate("changes", "{new} new, {found} already in the portal. None of the file's fields is in "
                                         "the portal's list of employees, so what will change in the {found} is not "
                                         "known.") if employees else
                    translate("changes", "{new} new, {found} already in the portal. None of the file's fields is in "
                                         "the portal's list of organizational units, so what will change in the "
                                         "{found} is not known."))
            return lead + said.format(**values)
        if not self.not_compared or not found:
            return lead + translate("changes", "{new} new, {changed} changed, {unchanged} unchanged.").format(**values)
        names = ", ".join(titles.get(c, c) for c in self.not_compared)
        said = (translate("changes", "{new} new, {changed} changed, {unchanged} unchanged in the fields the portal "
                                     "lets us compare. Not compared: {names} (the portal's list of employees does "
                                     "not show them), so a record counted unchanged may still change there.")
                if employees else
                translate("changes", "{new} new, {changed} changed, {unchanged} unchanged in the fields the portal "
                                     "lets us compare. Not compared: {names} (the portal's list of organizational "
                                     "units does not show them), so a record counted unchanged may still change "
                                     "there."))
        return lead + said.format(names=names, **values)

    def record(self, row: int) -> list[dict[str, Any]]:
        """Every compared field of record ``row`` (one the portal holds): ``{"column", "old", "new",
        "changed"}``; an empty file cell is no change (the portal leaves the field as it is)."""
        if self.values is None:
            return []
        found = self.values.filter(pl.col("row") == row)
        if not found.height:
            return []
        values = found.row(0, named=True)
        changed = {c["column"] for c in self.changes_for(row)}
        return [{"column": n, "old": values[f"_old_{n}"], "new": values[n], "changed": n in changed}
                for n in self.compared]

    def kind_label(self, kind: str) -> str:
        """A record's kind as the per-record view names it (never a bare "unchanged" that is not known)."""
        if kind != UNCHANGED:
            return kind
        if not self.compared:
            return "already in the portal"
        return "unchanged in the compared fields" if self.not_compared else UNCHANGED

    def changes_for(self, row: int) -> list[dict[str, Any]]:
        """Each changed field of record ``row``: ``{"column", "title", "old", "new"}``."""
        found = self.fields.filter(pl.col("row") == row)
        return [{k: r[k] for k in ("column", "title", "old", "new")} for r in found.iter_rows(named=True)]

    def to_json(self) -> dict[str, Any]:
        return {"new": self.new, "changed": self.changed, "unchanged": self.unchanged,
                "compared": list(self.compared), "not_compared": list(self.not_compared)}


def _normalized(values: pl.Series, prop: Property, culture: str) -> pl.Series:
    """The file's cells as the portal stores them: trimmed as the schema says, dates ISO, booleans as
    true/false (computed once per distinct value)."""
    distinct = [v for v in values.drop_nulls().unique().to_list() if v is not None]
    mapping: dict[str, str | None] = {}
    for raw in distinct:
        value = rules.apply_trim(raw, prop.trim)
        if value and prop.is_date:
            day = rules.parse_date(value, culture)
            value = day.isoformat() if day else value
        elif value and prop.type == "boolean":
            flag = rules.parse_bool(value)
            value = value if flag is None else ("true" if flag else "false")
        mapping[raw] = value or None
    return values.replace_strict(mapping, default=None, return_dtype=pl.String) if mapping else values


def _stored_text(prop: Property, value: Any) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, bool) or prop.type == "boolean":
        flag = value if isinstance(value, bool) else rules.parse_bool(str(value))
        return str(value) if flag is None else ("true" if flag else "false")
    return str(value)


def _differs(prop: Property, new: pl.Expr, old: pl.Expr) -> pl.Expr:
    """Vectorized ``not same_value`` for the kinds of fields the list views carry (text, ids, dates, flags)."""
    if _casefolded(prop):
        new, old = new.str.to_lowercase(), old.str.to_lowercase()
    return new.is_not_null() & (old.is_null() | (new != old))


def what_will_change(frame: pl.DataFrame, schema: Schema, settings: Mapping[str, Any] | None,
                     snapshot: PortalSnapshot, *, keep: pl.Series | None = None) -> ChangePreview | None:
    """New, changed and unchanged records of an employee or OU load against ``snapshot``; None when the
    snapshot does not hold that kind of record (no employee:read, an OU type not read) or for other loads.

    ``keep`` selects the records that will be sent (the valid ones, when invalid records are left out).
    """
    load_type = schema_type_key(schema.load_type, schema.raw)
    by_guid = schema.is_employee and str(rules.get_setting(settings, "LoadPrimaryKey", 0)).strip() == "1"
    if schema.is_employee:
        if snapshot.employees is None:
            return None
        id_col = GUID if by_guid else USER_ID
        table = [p for p, _ in EMPLOYEE_LIST_FIELDS] + [p for p, _ in EMPLOYEE_LIST_RELATIONS]
        stored = [((e.guid if by_guid else e.user_id) or "", {**e.values, "DirectManager": e.manager})
                  for e in snapshot.employees]
    elif load_type.startswith("ou.") and snapshot.covers_ou_type(load_type):
        id_col = "ouRefId"
        table = [p for p, _ in OU_LIST_FIELDS] + [p for p, _ in OU_LIST_RELATIONS]
        stored = [(o.ou_id, o.values) for o in snapshot.ous or ()
                  if o.type_key == load_type or (load_type == "ou.customou" and o.type_key.startswith("ou.customou."))]
    else:
        return None
    if id_col not in frame.columns:
        return None
    props = schema.properties
    compared = tuple(p for p in table if p in frame.columns and p != id_col and p in props)
    not_compared = tuple(c for c in frame.columns
                         if c in props and c not in compared and c not in (id_col, USER_ID, GUID))
    culture = rules.date_culture(settings)
    rows = frame.with_row_index("row", offset=1).with_columns(pl.col("row").cast(pl.Int64))
    if keep is not None:
        rows = rows.filter(keep)
    mine = rows.select(
        "row", pl.col(id_col).cast(pl.String).str.strip_chars().alias("key"),
        *[_normalized(rows.get_column(n).cast(pl.String), props[n], culture).alias(n) for n in compared])
    theirs = pl.DataFrame(
        {"_k": [k.strip().lower() for k, _ in stored], "_found": [True] * len(stored),
         **{f"_old_{n}": [_stored_text(props[n], v.get(n)) for _, v in stored] for n in compared}},
        schema={"_k": pl.String, "_found": pl.Boolean, **{f"_old_{n}": pl.String for n in compared}},
    ).unique("_k", keep="first")
    joined = mine.with_columns(pl.col("key").str.to_lowercase().alias("_k")).join(
        theirs, on="_k", how="left", maintain_order="left")
    found = pl.col("_found").fill_null(False)
    diffs = [(_differs(props[n], pl.col(n), pl.col(f"_old_{n}")) & found).alias(f"_diff_{n}") for n in compared]
    joined = joined.with_columns(diffs)
    any_diff = pl.any_horizontal([pl.col(f"_diff_{n}") for n in compared]) if compared else pl.lit(False)
    kinds = joined.select(
        "row", "key",
        pl.when(~found).then(pl.lit(NEW)).when(any_diff).then(pl.lit(CHANGED)).otherwise(pl.lit(UNCHANGED))
        .alias("kind"))
    parts = [joined.filter(pl.col(f"_diff_{n}")).select(
        "row", "key", pl.lit(n).alias("column"), pl.lit(props[n].title).alias("title"),
        pl.col(f"_old_{n}").alias("old"), pl.col(n).alias("new")) for n in compared]
    fields = (pl.concat(parts).sort("row", maintain_order=True) if parts else
              pl.DataFrame(schema={"row": pl.Int64, "key": pl.String, "column": pl.String, "title": pl.String,
                                   "old": pl.String, "new": pl.String}))
    values = joined.filter(found).select("row", *compared, *[f"_old_{n}" for n in compared])
    return ChangePreview(load_type, kinds, fields, compared, not_compared, values)


__all__ = ["CHANGED", "NEW", "UNCHANGED", "ChangePreview", "same_value", "what_will_change"]
