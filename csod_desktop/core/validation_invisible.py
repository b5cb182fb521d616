"""Invisible characters in values: an error in ids and references, a warning in other text (issue 19, item 3)."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from csod_desktop.core import rules
from csod_desktop.core.problems import Severity, shown
from csod_desktop.core.schema import Property, Schema
from csod_desktop.core.validation_checks import Check, is_one_of
from csod_desktop.i18n import translate


def identifier_columns(props: Mapping[str, Property], schema: Schema, identity: tuple[str, ...]) -> set[str]:
    """The columns whose values name a record or point at one: identity, GUID and references."""
    names = {*identity, *schema.identity}
    guid = schema.guid_property() if schema.is_employee else None
    if guid:
        names.add(guid)
    names.update(n for n, p in props.items() if p.reference_type)
    return {n for n in names if n in props}


def _is_free_text(prop: Property) -> bool:
    # Enums, dates, numbers and booleans have their own checks (a no-break space is a French
    # thousands separator in a number): only free text is looked at here.
    return not (prop.is_enum or prop.multi or prop.is_date or prop.is_number or prop.type == "boolean")


def invisible_checks(lf: pl.LazyFrame, props: Mapping[str, Property], schema: Schema,
                     identity: tuple[str, ...]) -> list[Check]:
    """One check per column holding invisible characters, worded per distinct value with the positions.

    In an id or a reference the portal would store (or look for) a value that differs from the one the
    administrator sees: an error, on both sides (the sandbox's processing runs the same ``validate``).
    Elsewhere the character is loaded as it is, which is only odd: a warning.
    """
    ids = identifier_columns(props, schema, identity)
    names = [n for n, p in props.items() if n in ids or _is_free_text(p)]
    if not names:
        return []
    found = lf.select([
        pl.col(n).filter(pl.col(n).str.contains(rules.INVISIBLE_PATTERN)).unique().implode().alias(n) for n in names
    ]).collect()
    checks: list[Check] = []
    for name in names:
        values = [v for v in found.get_column(name)[0].to_list() if v]
        if not values:
            continue
        prop = props[name]
        is_id = name in ids
        # One whole sentence per kind of value, translated once per column and filled per distinct value.
        if is_id and name in {*identity, *schema.identity}:
            sentence = translate("validation", "{title} '{value}' holds {what}: the portal would take it as a "
                                               "different ID that looks the same.")
        elif is_id:
            sentence = translate("validation", "{title} '{value}' holds {what}: the portal would take it as a "
                                               "different reference that looks the same.")
        else:
            sentence = translate("validation", "{title} '{value}' holds {what}, which is loaded as it is although "
                                               "it does not show.")
        messages = {
            v: sentence.format(title=prop.title, value=shown(rules.made_visible(v)), what=rules.describe_invisible(v))
            for v in values
        }
        hint = (translate("validation", "Retype {title} without the invisible character (or remove it with the "
                                        "spreadsheet's SUBSTITUTE or CLEAN function), then check the file again.")
                if is_id else translate("validation", "Check {title}: remove the invisible character unless it is "
                                                      "meant to be there.")).format(title=prop.title)
        checks.append(Check(
            f"invisible:{name}", name, "invisible", Severity.ERROR if is_id else Severity.WARNING,
            is_one_of(name, values),
            pl.col("value").replace_strict(messages, default=translate(
                "validation", "{title} holds an invisible character.").format(title=prop.title),
                                           return_dtype=pl.String),
            hint, trim=prop.trim))
    return checks
