"""The individual checks behind ``validate()``: each a polars mask plus the words an HR administrator reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl

from csod_desktop.core import rules
from csod_desktop.core.problems import PROBLEM_COLUMNS, Severity
from csod_desktop.core.schema import FieldKind, Property, Schema

if TYPE_CHECKING:
    from csod_desktop.core.validation import KnownRefs

_MAX_LISTED = 12  # allowed enum values spelled out in a hint before "..."
_CANCEL_EVERY = 5000  # distinct values checked between two cancellation checks


def eff(name: str, trim: str | None) -> pl.Expr:
    """The value the portal sees: trimmed as the schema says, "" and null both "no value"."""
    expr = eff_strip(name, trim)
    return pl.when(expr != "").then(expr)


def blank(name: str) -> pl.Expr:
    """No value in an already-trimmed column: null or "" (cheaper than building nulls from "")."""
    return pl.col(name).is_null() | (pl.col(name).str.len_bytes() == 0)


def present(name: str) -> pl.Expr:
    """A value in an already-trimmed column (never null: masks are built null-free, because a
    ``fill_null`` over an ``is_in(column.implode())`` makes polars 2.1 about 15x slower)."""
    return pl.col(name).str.len_bytes().fill_null(0) > 0


def trimmed_frame(frame: pl.DataFrame, trims: Mapping[str, str | None]) -> pl.DataFrame:
    """``frame`` with the schema's trim applied, rewriting only the columns that actually change.

    Checking first costs one pass; rewriting a clean column would cost another pass and a copy
    of the column in memory, and most exports have no stray spaces at all.
    """
    todo = {c: t for c, t in trims.items() if t and c in frame.columns}
    if not todo or frame.height == 0:
        return frame
    dirty = frame.lazy().select(
        [(eff_strip(c, t) != pl.col(c)).any().alias(c) for c, t in todo.items()]).collect().row(0, named=True)
    changed = [eff_strip(c, todo[c]).alias(c) for c, d in dirty.items() if d]
    return frame.with_columns(changed) if changed else frame


def eff_strip(name: str, trim: str | None) -> pl.Expr:
    """``name`` trimmed as the schema's ``trim`` keyword says (no other change)."""
    expr = pl.col(name)
    mode = (trim or "").lower()
    if mode in ("leftright", "both", "true"):
        return expr.str.strip_chars()
    if mode == "left":
        return expr.str.strip_chars_start()
    if mode == "right":
        return expr.str.strip_chars_end()
    return expr


def key_expr(expr: pl.Expr, case_sensitive: bool) -> pl.Expr:
    """A comparison key: ids are matched case-insensitively unless the schema says otherwise."""
    return expr if case_sensitive else expr.str.to_lowercase()


def text(*parts: str | pl.Expr) -> pl.Expr:
    """A message assembled from literal text and columns (no format braces to escape in titles)."""
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p.cast(pl.String).fill_null("") for p in parts])


def _records(count: pl.Expr) -> pl.Expr:
    return pl.when(count == 1).then(pl.lit("1 record")).otherwise(
        pl.concat_str([count.cast(pl.String), pl.lit(" records")])
    )


@dataclass
class Check:
    """One rule on one column: ``mask`` is True on the records that break it."""

    name: str
    column: str
    rule: str
    severity: Severity
    mask: pl.Expr | pl.Series  # a Series when it had to be computed earlier (references)
    message: pl.Expr | str  # may use columns "value" (as in the file), "key" (trimmed) and "row"
    hint: pl.Expr | str
    trim: str | None = None
    grouped: bool = False  # reported once per distinct value, not per record
    show_value: bool = True

    def problems(self, frame: pl.DataFrame, idx: pl.Series, work: pl.DataFrame) -> pl.DataFrame:
        """Problem rows for the records at ``idx`` (0-based); ``work`` is the trimmed frame."""
        if self.column in frame.columns and self.show_value:
            values = frame.get_column(self.column).gather(idx)
        else:
            values = pl.repeat(None, idx.len(), dtype=pl.String, eager=True)
        sub = pl.DataFrame({"row": idx.cast(pl.Int64) + 1, "value": values})
        sub = sub.with_columns(eff("value", self.trim).alias("key"))
        return _finish(sub, self)


def _finish(sub: pl.DataFrame, check: Check) -> pl.DataFrame:
    lit = lambda v: pl.lit(v) if isinstance(v, str) else v  # noqa: E731
    return sub.select(
        pl.col("row"),
        pl.lit(check.column).alias("column"),
        pl.lit(check.rule).alias("rule"),
        pl.lit(check.severity.value).alias("severity"),
        lit(check.message).alias("message"),
        lit(check.hint).alias("hint"),
        pl.col("value").cast(pl.String),
    ).select(PROBLEM_COLUMNS)


@dataclass
class DuplicateCheck(Check):
    """Repeats of the identity: the portal loads the first record and rejects the others."""

    key: pl.Expr | None = None

    def problems(self, frame: pl.DataFrame, idx: pl.Series, work: pl.DataFrame) -> pl.DataFrame:
        assert self.key is not None
        dup_keys = work.lazy().select(self.key.gather(idx).alias("k")).collect().get_column("k")
        keyed = (work.lazy().select(self.key.alias("k")).with_row_index("i")
                 .filter(pl.col("k").is_in(dup_keys.unique().implode())).collect())
        firsts = keyed.group_by("k").agg(pl.col("i").min().alias("first"))
        dups = (pl.DataFrame({"i": idx.cast(pl.Int64), "k": dup_keys})
                .join(firsts, on="k", how="left", maintain_order="left"))
        values = frame.get_column(self.column).gather(idx) if self.column in frame.columns else None
        sub = pl.DataFrame({"row": dups["i"] + 1, "first": dups["first"].cast(pl.Int64) + 1,
                            "value": values if values is not None else dups["k"].cast(pl.String)})
        return _finish(sub.with_columns(eff("value", self.trim).alias("key")), self)


def _enum_hint(prop: Property) -> str:
    values = list(prop.enum_strings or ()) or [str(i) for i in prop.enum_ints or ()]
    listed = ", ".join(values[:_MAX_LISTED]) + (", ..." if len(values) > _MAX_LISTED else "")
    many = " Separate several values with semicolons (;)." if prop.multi else ""
    return f"Use one of the values allowed for {prop.title}: {listed}.{many}"


def file_level_problems(schema: Schema, columns: list[str], required: tuple[str, ...], n: int,
                        max_columns: int, max_records: int) -> pl.DataFrame:
    """Row-0 problems: too many columns or records, unknown columns, required fields not mapped."""
    rows: list[dict[str, Any]] = []

    def add(column: str, rule: str, severity: Severity, message: str, hint: str) -> None:
        rows.append({"row": 0, "column": column, "rule": rule, "severity": severity.value,
                     "message": message, "hint": hint, "value": None})

    if len(columns) > max_columns:
        add("", "columns", Severity.ERROR,
            f"The file has {len(columns)} columns to load; the portal accepts at most {max_columns} in one import.",
            "Leave out the columns you do not need, or load the rest in a second import of the same job.")
    if n > max_records:
        add("", "records", Severity.WARNING,
            f"The file has {n:,} records; one import holds at most {max_records:,} and the portal silently "
            "drops the records past that limit.",
            "Send the records as several imports of the same job, or split the file.")
    known = {*schema.properties, *schema.required, *schema.dependencies,
             *(d for deps in schema.dependencies.values() for d in deps)}
    for name in columns:
        if schema.properties and name not in known:
            add(name, "unknown_column", Severity.WARNING,
                f"{name} is not a field of this load type, so the portal cannot load it.",
                "Map this column to one of the load type's fields, or leave it out.")
    for name in required:
        if name not in columns:
            prop = schema.get(name)
            title = prop.title if prop else name
            add(name, "required", Severity.ERROR,
                f"{title} is required, but no column of the file is mapped to it, so no record can load.",
                f"Map a column to {title}, or give it a constant value in the mapping.")
    return pl.DataFrame(rows, schema=dict.fromkeys(PROBLEM_COLUMNS, pl.String) | {"row": pl.Int64})


def row_checks(props: Mapping[str, Property], columns: list[str], required: tuple[str, ...],
               dependencies: Mapping[str, tuple[str, ...]], identity: tuple[str, ...], schema: Schema) -> list[Check]:
    """Required values, dependencies, lengths after trim and duplicates: pure polars expressions."""
    checks: list[Check] = []
    title = lambda name: schema.properties[name].title if name in schema.properties else name  # noqa: E731
    for name in required:
        if name in props:
            prop = props[name]
            checks.append(Check(f"required:{name}", name, "required", Severity.ERROR, blank(name),
                                f"{prop.title} is required and is empty in this record.",
                                f"Fill in {prop.title} for this record.", trim=prop.trim))
    trim_of = lambda name: props[name].trim if name in props else "leftRight"  # noqa: E731
    for key, deps in dependencies.items():
        if key not in columns:
            continue  # a dependency only binds when its field is sent with a value
        has_key = present(key)
        for dep in deps:
            missing = blank(dep) if dep in columns else pl.lit(True)
            unmapped = "" if dep in columns else f" No column is mapped to {title(dep)}."
            checks.append(Check(
                f"dependency:{key}:{dep}", dep, "dependency", Severity.ERROR, has_key & missing,
                f"{title(dep)} is required because {title(key)} is filled in.{unmapped}",
                f"Fill in {title(dep)} as well, or leave {title(key)} empty.", trim=trim_of(dep)))
    for name, prop in props.items():
        if prop.is_enum or prop.multi:
            continue  # the enum check says more than a length would
        length = pl.col(name).str.len_chars().fill_null(0)
        if prop.max_length is not None:
            checks.append(Check(
                f"max_length:{name}", name, "max_length", Severity.ERROR, length > prop.max_length,
                text(f"{prop.title} is ", pl.col("key").str.len_chars(),
                     f" characters long; the portal accepts at most {prop.max_length}."),
                f"Shorten {prop.title} to {prop.max_length} characters (spaces at both ends do not count).",
                trim=prop.trim))
        if prop.min_length is not None and prop.min_length > 1:
            checks.append(Check(
                f"min_length:{name}", name, "min_length", Severity.ERROR, present(name) & (length < prop.min_length),
                text(f"{prop.title} is ", pl.col("key").str.len_chars(),
                     f" characters long; it must have at least {prop.min_length}."),
                f"Complete {prop.title} to at least {prop.min_length} characters.", trim=prop.trim))
    if identity and all(name in props for name in identity):
        parts = [key_expr(pl.col(n), props[n].case_sensitive) for n in identity]
        key = parts[0] if len(parts) == 1 else pl.struct(parts)
        has_id = pl.all_horizontal([present(n) for n in identity])
        id_title = " + ".join(title(n) for n in identity)
        checks.append(DuplicateCheck(
            "duplicate", identity[0], "duplicate", Severity.ERROR, has_id & ~key.is_first_distinct(),
            text(f"{id_title} '", pl.col("key"), "' already appears in record ", pl.col("first"),
                 "; the portal loads the first record and rejects this one."),
            "Remove the repeated record, or merge it into the first one.",
            trim=props[identity[0]].trim, key=key))
    return checks


def _scalar_verdicts(prop: Property, values: list[str], dculture: str, nculture: str,
                     tick: Callable[[], None]) -> tuple[str, dict[str, str], str]:
    """(rule, {bad value: message}, hint) for one column's distinct values."""
    bad: dict[str, str] = {}
    if prop.is_enum or prop.multi:
        rule, hint = "enum", _enum_hint(prop)
    elif prop.is_date:
        rule, hint = "date", f"Write {prop.title} {rules.DATE_EXAMPLES[dculture]} (datetime_culture {dculture})."
    elif prop.type == "boolean":
        rule, hint = "boolean", f"Write {prop.title} as true or false."
    else:
        rule, hint = "number", f"Write {prop.title} with {rules.NUMBER_EXAMPLES[nculture]} (number_culture {nculture})."
    for i, value in enumerate(values):
        if i % _CANCEL_EVERY == _CANCEL_EVERY - 1:
            tick()
        if prop.multi:
            _, wrong = rules.match_multi(value, prop)
            if wrong:
                listed = ", ".join(f"'{w}'" for w in wrong)
                bad[value] = f"{listed} {'is' if len(wrong) == 1 else 'are'} not among the values allowed for {prop.title}."
        elif prop.is_enum:
            if rules.match_enum(value, prop) is None:
                bad[value] = f"'{value}' is not one of the values allowed for {prop.title}."
        elif prop.is_date:
            if rules.parse_date(value, dculture) is None:
                bad[value] = f"'{value}' is not a date {prop.title} can take in the {dculture} date format."
        elif prop.type == "boolean":
            if rules.parse_bool(value) is None:
                bad[value] = f"'{value}' is not true or false."
        else:
            number = rules.parse_number(value, nculture)
            if number is None:
                bad[value] = f"'{value}' is not a number in the {nculture} number format."
            elif prop.type == "integer" and number != number.to_integral_value():
                bad[value] = f"'{value}' is not a whole number; {prop.title} takes whole numbers only."
    return rule, bad, hint


def scalar_checks(lf: pl.LazyFrame, props: Mapping[str, Property], dculture: str, nculture: str, *,
                  step: Callable[[float], None]) -> list[Check]:
    """Enums, multi-checkbox lists, dates, numbers, booleans: scalar rules on distinct values only."""
    names = [n for n, p in props.items() if p.is_enum or p.multi or p.is_date or p.is_number or p.type == "boolean"]
    if not names:
        return []
    uniques = lf.select([pl.col(n).drop_nulls().unique().implode().alias(n) for n in names]).collect()
    checks: list[Check] = []
    for i, name in enumerate(names):
        prop = props[name]
        values = [v for v in uniques.get_column(name)[0].to_list() if v]
        rule, bad, hint = _scalar_verdicts(prop, values, dculture, nculture, tick=lambda: step(i / len(names)))
        step((i + 1) / len(names))
        if not bad:
            continue
        bad_values = pl.Series(list(bad), dtype=pl.String)
        checks.append(Check(
            f"{rule}:{name}", name, rule, Severity.ERROR,
            present(name) & pl.col(name).is_in(bad_values.implode()),
            pl.col("key").replace_strict(bad, default=f"This value is not valid for {prop.title}.",
                                         return_dtype=pl.String),
            hint, trim=prop.trim))
    return checks


def _allowed(settings: Mapping[str, Any] | None, name: str, schema: Schema) -> bool:
    # AllowInactiveOuAndUser is the OU loads' single switch (bulk-api-facts.md, settings seen on jobs).
    both = rules.get_setting(settings, "AllowInactiveOuAndUser")
    if both is not None and not schema.is_employee:
        return rules.setting_flag(settings, "AllowInactiveOuAndUser")
    return rules.setting_flag(settings, name, False)


def reference_checks(lf: pl.LazyFrame, props: Mapping[str, Property], schema: Schema, identity: tuple[str, ...],
                     user_col: str | None, known_refs: KnownRefs | None, settings: Mapping[str, Any] | None, *,
                     step: Callable[[float], None]) -> list[Check]:
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
            targets[name] = user_col
        elif prop.reference_type == schema.load_type and identity and identity[0] in props:
            targets[name] = identity[0]  # an OU's parent may be another OU of the same file
        else:
            targets[name] = None  # an employee's OU is never defined in an employee file
    # Distinct values first, then one anti-join per target column: hashing a million user ids once
    # is cheaper than an ``is_in`` per reference column (and polars 2.1 slows badly on the latter).
    uniques = lf.select([pl.col(n).drop_nulls().unique().implode().alias(n) for n, _ in refs]).collect()
    unresolved: dict[str, list[str]] = {}
    for target in dict.fromkeys(targets.values()):
        names = [n for n, _ in refs if targets[n] == target]
        if target is None:
            for name in names:
                unresolved[name] = [v for v in uniques.get_column(name)[0].to_list() if v]
            continue
        cs = props[target].case_sensitive
        pool = pl.concat([pl.DataFrame({"value": uniques.get_column(n)[0]}, schema={"value": pl.String})
                          .with_columns(pl.lit(n).alias("col")) for n in names])
        in_file = lf.select(key_expr(pl.col(target), cs).drop_nulls().alias("k")).collect()
        pool = (pool.filter(pl.col("value") != "").with_columns(key_expr(pl.col("value"), cs).alias("k"))
                .join(in_file, on="k", how="anti"))
        for name in names:
            unresolved[name] = pool.filter(pl.col("col") == name).get_column("value").to_list()
    row_masks = {
        n: present(n) if targets[n] is None else present(n) & pl.col(n).is_in(pl.Series(unresolved[n], dtype=pl.String).implode())
        for n, _ in refs
    }
    step(0.5)
    if known_refs is None:
        return _client_reference_checks(refs, unresolved, row_masks)
    return _portal_reference_checks(props, schema, refs, unresolved, known_refs, settings, step)


def _what(prop: Property) -> str:
    return "user" if prop.reference_type == "user" else "organizational unit"


def _client_reference_checks(refs: list[tuple[str, Property]], unresolved: Mapping[str, list[str]],
                             row_masks: Mapping[str, pl.Expr]) -> list[Check]:
    """Client side: one warning per distinct id not found in the file (a warning per record would
    bury real errors under a million lines); the records using it still count as warned."""
    checks: list[Check] = []
    for name, prop in refs:
        if not unresolved[name]:
            continue
        mask = row_masks[name]
        what = _what(prop)
        checks.append(Check(
            f"reference:{name}", name, "reference", Severity.WARNING, mask,
            text(f"{prop.title} '", pl.col("value"), f"' is not in this file, so this {what} must already exist "
                 "in the portal (used by ", _records(pl.col("count")), ")."),
            f"Check that this {what} exists in Cornerstone, or load it in an import of the same job.",
            trim=prop.trim, grouped=True))
    return checks


def grouped_problems(work: pl.DataFrame, checks: list[Check], masks: pl.DataFrame) -> list[pl.DataFrame]:
    """Problem rows for grouped checks: one per distinct value, at its first record, with a count."""
    queries = [
        pl.DataFrame({"value": work.get_column(c.column), "m": masks.get_column(c.name)}).lazy()
        .with_row_index("i").filter(pl.col("m"))
        .group_by("value").agg(pl.col("i").min().cast(pl.Int64).alias("first"), pl.len().alias("count"))
        .sort("first")
        for c in checks
    ]
    frames = []
    for check, found in zip(checks, pl.collect_all(queries) if queries else [], strict=True):
        if found.height:
            frames.append(_finish(found.select((pl.col("first") + 1).alias("row"), "value", "count"), check))
    return frames


def _portal_reference_checks(props: Mapping[str, Property], schema: Schema,
                             refs: list[tuple[str, Property]], unresolved: Mapping[str, list[str]],
                             known: KnownRefs, settings: Mapping[str, Any] | None,
                             step: Callable[[float], None]) -> list[Check]:
    """Sandbox side: ask the portal about each distinct unresolved id (bulk-api-data-format.txt,
    Employee Loads: a bad standard relation is an error, a missing custom relation a warning and the
    relation skipped; bulk-api-quick-start.txt, Step 4: AllowInactiveOus / AllowInactiveUsers)."""
    allow_users = _allowed(settings, "AllowInactiveUsers", schema)
    allow_ous = _allowed(settings, "AllowInactiveOus", schema)
    checks: list[Check] = []
    for i, (name, prop) in enumerate(refs):
        missing: dict[str, str] = {}
        inactive: dict[str, str] = {}
        is_user = prop.reference_type == "user"
        what = _what(prop)
        for j, value in enumerate(unresolved[name]):
            if j % _CANCEL_EVERY == _CANCEL_EVERY - 1:
                step(0.5 + 0.5 * i / len(refs))
            if is_user:
                exists = known.user_exists(value)
                active = exists and (allow_users or known.user_active(value))
            else:
                exists = known.ou_exists(str(prop.reference_type), value)
                active = exists and (allow_ous or known.ou_active(str(prop.reference_type), value))
            if not exists:
                missing[value] = value
            elif not active:
                inactive[value] = value
        step(0.5 + 0.5 * (i + 1) / len(refs))
        value = pl.col(name)
        if missing:
            custom = prop.kind is FieldKind.CUSTOM_RELATION
            message = (
                text(f"{prop.title} '", pl.col("key"), "' does not exist in the portal; the record was loaded "
                     "without this relation.")
                if custom else
                text(f"{prop.title} '", pl.col("key"), f"' does not match any {what} in the portal, in this "
                     "file or in the other imports of this job.")
            )
            checks.append(Check(
                f"reference:{name}", name, "reference", Severity.WARNING if custom else Severity.ERROR,
                present(name) & value.is_in(pl.Series(list(missing), dtype=pl.String).implode()), message,
                f"Use the {what}'s ID as it is in Cornerstone, or load the {what} in the same job.",
                trim=prop.trim))
        if inactive:
            setting = "AllowInactiveUsers" if is_user else "AllowInactiveOus"
            checks.append(Check(
                f"inactive:{name}", name, "inactive", Severity.ERROR,
                present(name) & value.is_in(pl.Series(list(inactive), dtype=pl.String).implode()),
                text(f"{prop.title} '", pl.col("key"), f"' is an inactive {what}, and this job does not allow "
                     f"inactive {what}s ({setting} is false)."),
                f"Reactivate the {what}, choose an active one, or create the job with {setting} true.",
                trim=prop.trim))
    return checks
