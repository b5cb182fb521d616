"""The individual checks behind ``validate()``: each a polars mask plus the words an HR administrator reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl

from csod_desktop.core import rules
from csod_desktop.core.problems import PROBLEM_COLUMNS, SHOWN_CHARS, Severity, shown
from csod_desktop.core.schema import FieldKind, Property, Schema

if TYPE_CHECKING:
    from csod_desktop.core.validation import KnownRefs

_MAX_LISTED = 12  # allowed enum values spelled out in a hint before "..."
_CANCEL_EVERY = 5000  # distinct values checked between two cancellation checks


def eff(name: str, trim: str | None) -> pl.Expr:
    """The value the portal sees: trimmed as the schema says, "" and null both "no value"."""
    expr = eff_strip(name, trim)
    return pl.when(expr != "").then(expr)


def _value_len(name: str, trim: str | None) -> pl.Expr:
    return eff_strip(name, trim).str.len_bytes().fill_null(0)


def blank(name: str, trim: str | None = None) -> pl.Expr:
    """No value once trimmed as the schema says: null, "" or only spaces (never null itself)."""
    return _value_len(name, trim) == 0


def present(name: str, trim: str | None = None) -> pl.Expr:
    """A value once trimmed (never null: masks are built null-free, because a ``fill_null`` over an
    ``is_in(column.implode())`` makes polars 2.1 about 15x slower)."""
    return _value_len(name, trim) > 0


def is_one_of(name: str, values: list[str]) -> pl.Expr:
    """Null-free membership of the raw cell in ``values``."""
    return pl.col(name).is_not_null() & pl.col(name).is_in(pl.Series(values, dtype=pl.String).implode())


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


def shown_expr(expr: pl.Expr) -> pl.Expr:
    """``expr`` as :func:`~csod_desktop.core.problems.shown` writes it: cut after ``SHOWN_CHARS`` characters."""
    value = expr.cast(pl.String)
    length = value.str.len_chars()
    cut = pl.concat_str([value.str.slice(0, SHOWN_CHARS), pl.lit("… ("), length.cast(pl.String),
                         pl.lit(" characters)")])
    return pl.when(length > SHOWN_CHARS).then(cut).otherwise(value)


def text(*parts: str | pl.Expr) -> pl.Expr:
    """A message assembled from literal text and columns (no format braces to escape in titles); values
    from the file are cut as :func:`shown_expr` says, so a huge cell is named, not copied."""
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else shown_expr(p).fill_null("") for p in parts])


def _records(count: pl.Expr) -> pl.Expr:
    return pl.when(count == 1).then(pl.lit("1 record")).otherwise(
        pl.concat_str([count.cast(pl.String), pl.lit(" records")])
    )


class Keys:
    """Hashes of identity keys (trimmed, lowercased unless case-sensitive), computed once per column set.

    The duplicate check and the in-file reference check both need them; a 64-bit hash makes both a
    hash of integers instead of strings. Duplicates found by hash are confirmed on the real keys.
    """

    def __init__(self, frame: pl.DataFrame, props: Mapping[str, Property]) -> None:
        self.frame, self.props = frame, props
        self._cache: dict[tuple[str, ...], pl.Series] = {}

    def expr(self, names: tuple[str, ...]) -> pl.Expr:
        parts = [key_expr(eff_strip(n, self.props[n].trim), self.props[n].case_sensitive) for n in names]
        return parts[0] if len(parts) == 1 else pl.struct(parts)

    def hashes(self, names: tuple[str, ...]) -> pl.Series:
        if names not in self._cache:
            self._cache[names] = self.frame.select(self.expr(names).hash().alias("h")).to_series()
        return self._cache[names]


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
    # A cheap mask may over-select (a raw length over the limit, a hash collision); ``refine`` gets
    # the frame and the flagged row indices and says which of them really break the rule.
    refine: Callable[[pl.DataFrame, pl.Series], pl.Series] | None = None

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
        shown_expr(pl.col("value")).alias("value"),
    ).select(PROBLEM_COLUMNS)


@dataclass
class DuplicateCheck(Check):
    """Repeats of the identity: the portal loads the first record and rejects the others."""

    key: pl.Expr | None = None
    hashes: pl.Series | None = None
    _memo: tuple[pl.Series, pl.DataFrame] | None = None

    def __post_init__(self) -> None:
        self.refine = self._confirm

    def _firsts(self, work: pl.DataFrame, idx: pl.Series) -> pl.DataFrame:
        """(i, k, first) for the flagged rows: their real key and where that key first appears."""
        if self._memo is not None and self._memo[0].equals(idx):
            return self._memo[1]
        assert self.key is not None and self.hashes is not None
        # Only rows sharing a flagged hash can hold a first occurrence: key those few, not the column.
        rows = self.hashes.is_in(self.hashes.gather(idx).unique().implode()).arg_true()
        keyed = work[rows].select(self.key.alias("k")).with_columns(rows.cast(pl.Int64).alias("i"))
        firsts = keyed.group_by("k").agg(pl.col("i").min().alias("first"))
        dups = (keyed.join(pl.DataFrame({"i": idx.cast(pl.Int64)}), on="i", how="semi", maintain_order="left")
                .join(firsts, on="k", how="left", maintain_order="left"))
        self._memo = (idx, dups)
        return dups

    def _confirm(self, work: pl.DataFrame, idx: pl.Series) -> pl.Series:
        # A 64-bit hash collision would flag a record whose key appears nowhere before it.
        dups = self._firsts(work, idx)
        return dups.get_column("first") < dups.get_column("i")

    def problems(self, frame: pl.DataFrame, idx: pl.Series, work: pl.DataFrame) -> pl.DataFrame:
        dups = self._firsts(work, idx)
        values = frame.get_column(self.column).gather(idx) if self.column in frame.columns else None
        sub = pl.DataFrame({"row": dups["i"] + 1, "first": dups["first"] + 1,
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
               dependencies: Mapping[str, tuple[str, ...]], identity: tuple[str, ...], schema: Schema,
               keys: Keys | None = None) -> list[Check]:
    """Required values, dependencies, lengths after trim and duplicates: pure polars expressions."""
    checks: list[Check] = []
    title = lambda name: schema.properties[name].title if name in schema.properties else name  # noqa: E731
    for name in required:
        if name in props:
            prop = props[name]
            checks.append(Check(f"required:{name}", name, "required", Severity.ERROR, blank(name, prop.trim),
                                f"{prop.title} is required and is empty in this record.",
                                f"Fill in {prop.title} for this record.", trim=prop.trim))
    trim_of = lambda name: props[name].trim if name in props else "leftRight"  # noqa: E731
    for key, deps in dependencies.items():
        if key not in columns:
            continue  # a dependency only binds when its field is sent with a value
        has_key = present(key, trim_of(key))
        for dep in deps:
            missing = blank(dep, trim_of(dep)) if dep in columns else pl.lit(True)
            unmapped = "" if dep in columns else f" No column is mapped to {title(dep)}."
            checks.append(Check(
                f"dependency:{key}:{dep}", dep, "dependency", Severity.ERROR, has_key & missing,
                f"{title(dep)} is required because {title(key)} is filled in.{unmapped}",
                f"Fill in {title(dep)} as well, or leave {title(key)} empty.", trim=trim_of(dep)))
    for name, prop in props.items():
        if prop.is_enum or prop.multi:
            continue  # the enum check says more than a length would
        if prop.max_length is not None:
            # Trimming only shortens: a raw value within the limit is fine, and only the few raw values
            # over it are trimmed and measured again (no stripped copy of the whole column).
            limit, trim = prop.max_length, prop.trim
            checks.append(Check(
                f"max_length:{name}", name, "max_length", Severity.ERROR,
                pl.col(name).str.len_chars().fill_null(0) > limit,
                text(f"{prop.title} is ", pl.col("key").str.len_chars(),
                     f" characters long; the portal accepts at most {limit}."),
                f"Shorten {prop.title} to {limit} characters (spaces at both ends do not count).",
                trim=trim, refine=lambda f, idx, name=name, limit=limit, trim=trim: (
                    f.select(eff_strip(name, trim).gather(idx).str.len_chars() > limit).to_series())))
        if prop.min_length is not None and prop.min_length > 1:
            length = eff_strip(name, prop.trim).str.len_chars().fill_null(0)
            checks.append(Check(
                f"min_length:{name}", name, "min_length", Severity.ERROR,
                present(name, prop.trim) & (length < prop.min_length),
                text(f"{prop.title} is ", pl.col("key").str.len_chars(),
                     f" characters long; it must have at least {prop.min_length}."),
                f"Complete {prop.title} to at least {prop.min_length} characters.", trim=prop.trim))
    if keys is not None and identity and all(name in props for name in identity):
        has_id = keys.frame.select(pl.all_horizontal([present(n, props[n].trim) for n in identity])).to_series()
        id_title = " + ".join(title(n) for n in identity)
        checks.append(DuplicateCheck(
            "duplicate", identity[0], "duplicate", Severity.ERROR,
            has_id & ~keys.hashes(identity).is_first_distinct(),
            text(f"{id_title} '", pl.col("key"), "' already appears in record ", pl.col("first"),
                 "; the portal loads the first record and rejects this one."),
            "Remove the repeated record, or merge it into the first one.",
            trim=props[identity[0]].trim, key=keys.expr(identity), hashes=keys.hashes(identity)))
    return checks


def _scalar_verdicts(prop: Property, values: list[str], tick: Callable[[], None]) -> tuple[str, dict[str, str], str]:
    """(rule, {bad value: message}, hint) for one column's distinct values (dates and numbers:
    ``culture_checks``, which also weighs what the whole column says about the import's cultures)."""
    bad: dict[str, str] = {}
    if prop.is_enum or prop.multi:
        rule, hint = "enum", _enum_hint(prop)
    else:
        rule, hint = "boolean", f"Write {prop.title} as true or false."
    for i, value in enumerate(values):
        if i % _CANCEL_EVERY == _CANCEL_EVERY - 1:
            tick()
        if prop.multi:
            _, wrong = rules.match_multi(value, prop)
            if wrong:
                listed = ", ".join(f"'{shown(w)}'" for w in wrong)
                bad[value] = f"{listed} {'is' if len(wrong) == 1 else 'are'} not among the values allowed for {prop.title}."
        elif prop.is_enum:
            if rules.match_enum(value, prop) is None:
                bad[value] = f"'{shown(value)}' is not one of the values allowed for {prop.title}."
        elif rules.parse_bool(value) is None:
            bad[value] = f"'{shown(value)}' is not true or false."
    return rule, bad, hint


def scalar_checks(lf: pl.LazyFrame, props: Mapping[str, Property], *, step: Callable[[float], None]) -> list[Check]:
    """Enums, multi-checkbox lists, booleans: scalar rules on distinct values only."""
    names = [n for n, p in props.items() if p.is_enum or p.multi or (p.type == "boolean" and not p.is_date)]
    if not names:
        return []
    uniques = lf.select([pl.col(n).drop_nulls().unique().implode().alias(n) for n in names]).collect()
    checks: list[Check] = []
    for i, name in enumerate(names):
        prop = props[name]
        # Raw distinct values (the rules trim for themselves); blanks are the required check's business.
        values = [v for v in uniques.get_column(name)[0].to_list() if v and v.strip()]
        rule, bad, hint = _scalar_verdicts(prop, values, tick=lambda: step(i / len(names)))
        step((i + 1) / len(names))
        if not bad:
            continue
        checks.append(Check(
            f"{rule}:{name}", name, rule, Severity.ERROR, is_one_of(name, list(bad)),
            pl.col("value").replace_strict(bad, default=f"This value is not valid for {prop.title}.",
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
    return _portal_reference_checks(schema, refs, unresolved, known_refs, settings, step)


def _what(prop: Property) -> str:
    return "user" if prop.reference_type == "user" else "organizational unit"


def _client_reference_checks(refs: list[tuple[str, Property]], unresolved: Mapping[str, pl.DataFrame]) -> list[Check]:
    """Client side: one warning per distinct id not found in the file (a warning per record would
    bury real errors under a million lines, and is not counted as a warned record)."""
    checks: list[Check] = []
    for name, prop in refs:
        if unresolved[name].is_empty():
            continue
        what = _what(prop)
        checks.append(Check(
            f"reference:{name}", name, "reference", Severity.WARNING,
            is_one_of(name, unresolved[name].get_column("raw").to_list()),
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


def _portal_reference_checks(schema: Schema, refs: list[tuple[str, Property]], unresolved: Mapping[str, pl.DataFrame],
                             known: KnownRefs, settings: Mapping[str, Any] | None,
                             step: Callable[[float], None]) -> list[Check]:
    """Sandbox side: ask the portal about each distinct unresolved id (bulk-api-data-format.txt,
    Employee Loads: a bad standard relation is an error, a missing custom relation a warning and the
    relation skipped; bulk-api-quick-start.txt, Step 4: AllowInactiveOus / AllowInactiveUsers)."""
    allow_users = _allowed(settings, "AllowInactiveUsers", schema)
    allow_ous = _allowed(settings, "AllowInactiveOus", schema)
    checks: list[Check] = []
    for i, (name, prop) in enumerate(refs):
        missing: list[str] = []  # raw cells, as in the file
        inactive: list[str] = []
        is_user = prop.reference_type == "user"
        what = _what(prop)
        pairs = unresolved[name].select("raw", "value").iter_rows()
        for j, (raw, value) in enumerate(pairs):
            if j % _CANCEL_EVERY == _CANCEL_EVERY - 1:
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
                is_one_of(name, missing), message,
                f"Use the {what}'s ID as it is in Cornerstone, or load the {what} in the same job.",
                trim=prop.trim))
        if inactive:
            setting = "AllowInactiveUsers" if is_user else "AllowInactiveOus"
            checks.append(Check(
                f"inactive:{name}", name, "inactive", Severity.ERROR,
                is_one_of(name, inactive),
                text(f"{prop.title} '", pl.col("key"), f"' is an inactive {what}, and this job does not allow "
                     f"inactive {what}s ({setting} is false)."),
                f"Reactivate the {what}, choose an active one, or create the job with {setting} true.",
                trim=prop.trim))
    return checks
