"""The individual checks behind ``validate()``: each a polars mask plus the words an HR administrator reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Any

import polars as pl

from csod_desktop.core import rules
from csod_desktop.i18n import number, translate
from csod_desktop.core.problems import PROBLEM_COLUMNS, SHOWN_CHARS, Severity, shown
from csod_desktop.core.schema import Property, Schema

_MAX_LISTED = 12  # allowed enum values spelled out in a hint before "..."
CANCEL_EVERY = 5000  # distinct values checked between two cancellation checks


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
    cut = pl.concat_str([value.str.slice(0, SHOWN_CHARS),
                         _filled(translate("validation", "… ({length} characters)"), length=length.cast(pl.String))])
    return pl.when(length > SHOWN_CHARS).then(cut).otherwise(value)


def _filled(template: str, **values: str | pl.Expr) -> pl.Expr:
    """``template`` with each ``{name}`` replaced by its value, text as it is or an expression per record."""
    parts: list[pl.Expr] = []
    for literal, name, _spec, _conv in Formatter().parse(template):
        if literal:
            parts.append(pl.lit(literal))
        if name is not None:
            value = values[name]
            parts.append(pl.lit(value) if isinstance(value, str) else value.fill_null(""))
    return pl.concat_str(parts) if parts else pl.lit("")


def filled(template: str, **values: str | pl.Expr) -> pl.Expr:
    """A message per record from a whole translated sentence: ``template`` (already through ``translate``,
    so the translator may move its placeholders) with each ``{name}`` filled by text (a title, a limit) or
    by a column (values from the file cut as :func:`shown_expr` says). The template is translated once
    per check, never per record; text values are not parsed again, so braces in a title are safe."""
    return _filled(template, **{k: v if isinstance(v, str) else shown_expr(v) for k, v in values.items()})


def text(*parts: str | pl.Expr) -> pl.Expr:
    """A message assembled from literal text and columns (no format braces to escape in titles); values
    from the file are cut as :func:`shown_expr` says, so a huge cell is named, not copied."""
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else shown_expr(p).fill_null("") for p in parts])


def records_text(count: pl.Expr) -> pl.Expr:
    """"1 record" or "N records" per row (two sentences, not ``%n``: the count is a column; record
    counts in these messages are written without separators, as they always were)."""
    many = _filled(translate("validation", "{count} records"), count=count.cast(pl.String))
    return pl.when(count == 1).then(pl.lit(translate("validation", "1 record"))).otherwise(many)


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
    if prop.multi:
        return translate("validation", "Use one of the values allowed for {title}: {listed}. Separate several "
                                       "values with semicolons (;).").format(title=prop.title, listed=listed)
    return translate("validation", "Use one of the values allowed for {title}: {listed}.").format(
        title=prop.title, listed=listed)


def file_level_problems(schema: Schema, columns: list[str], required: tuple[str, ...], n: int,
                        max_columns: int, max_records: int) -> pl.DataFrame:
    """Row-0 problems: too many columns or records, unknown columns, required fields not mapped."""
    rows: list[dict[str, Any]] = []

    def add(column: str, rule: str, severity: Severity, message: str, hint: str) -> None:
        rows.append({"row": 0, "column": column, "rule": rule, "severity": severity.value,
                     "message": message, "hint": hint, "value": None})

    if len(columns) > max_columns:
        # Column counts stay below a thousand: number() writes them as they always were.
        add("", "columns", Severity.ERROR,
            translate("validation", "The file has {count} columns to load; the portal accepts at most {limit} in "
                                    "one import.").format(count=number(len(columns)), limit=number(max_columns)),
            translate("validation", "Leave out the columns you do not need, or load the rest in a second import "
                                    "of the same job."))
    if n > max_records:
        add("", "records", Severity.WARNING,
            translate("validation", "The file has {count} records; one import holds at most {limit} and the portal "
                                    "silently drops the records past that limit.").format(
                count=number(n), limit=number(max_records)),
            translate("validation", "Send the records as several imports of the same job, or split the file."))
    known = {*schema.properties, *schema.required, *schema.dependencies,
             *(d for deps in schema.dependencies.values() for d in deps)}
    for name in columns:
        if schema.properties and name not in known:
            add(name, "unknown_column", Severity.WARNING,
                translate("validation", "{column} is not a field of this load type, so the portal cannot load "
                                        "it.").format(column=name),
                translate("validation", "Map this column to one of the load type's fields, or leave it out."))
    for name in required:
        if name not in columns:
            prop = schema.get(name)
            title = prop.title if prop else name
            add(name, "required", Severity.ERROR,
                translate("validation", "{title} is required, but no column of the file is mapped to it, so no "
                                        "record can load.").format(title=title),
                translate("validation", "Map a column to {title}, or give it a constant value in the "
                                        "mapping.").format(title=title))
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
                                translate("validation", "{title} is required and is empty in this record.").format(
                                    title=prop.title),
                                translate("validation", "Fill in {title} for this record.").format(title=prop.title),
                                trim=prop.trim))
    trim_of = lambda name: props[name].trim if name in props else "leftRight"  # noqa: E731
    for key, deps in dependencies.items():
        if key not in columns:
            continue  # a dependency only binds when its field is sent with a value
        has_key = present(key, trim_of(key))
        for dep in deps:
            missing = blank(dep, trim_of(dep)) if dep in columns else pl.lit(True)
            if dep in columns:
                message = translate("validation", "{title} is required because {other} is filled in.")
            else:
                message = translate("validation", "{title} is required because {other} is filled in. No column is "
                                                  "mapped to {title}.")
            checks.append(Check(
                f"dependency:{key}:{dep}", dep, "dependency", Severity.ERROR, has_key & missing,
                message.format(title=title(dep), other=title(key)),
                translate("validation", "Fill in {title} as well, or leave {other} empty.").format(
                    title=title(dep), other=title(key)), trim=trim_of(dep)))
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
                # Lengths and limits stay plain digits, as they always were (a limit like 4000 too).
                filled(translate("validation", "{title} is {length} characters long; the portal accepts at most "
                                               "{limit}."),
                       title=prop.title, length=pl.col("key").str.len_chars(), limit=str(limit)),
                translate("validation", "Shorten {title} to {limit} characters (spaces at both ends do not "
                                        "count).").format(title=prop.title, limit=limit),
                trim=trim, refine=lambda f, idx, name=name, limit=limit, trim=trim: (
                    f.select(eff_strip(name, trim).gather(idx).str.len_chars() > limit).to_series())))
        if prop.min_length is not None and prop.min_length > 1:
            length = eff_strip(name, prop.trim).str.len_chars().fill_null(0)
            checks.append(Check(
                f"min_length:{name}", name, "min_length", Severity.ERROR,
                present(name, prop.trim) & (length < prop.min_length),
                filled(translate("validation", "{title} is {length} characters long; it must have at least "
                                               "{limit}."),
                       title=prop.title, length=pl.col("key").str.len_chars(), limit=str(prop.min_length)),
                translate("validation", "Complete {title} to at least {limit} characters.").format(
                    title=prop.title, limit=prop.min_length), trim=prop.trim))
    if keys is not None and identity and all(name in props for name in identity):
        has_id = keys.frame.select(pl.all_horizontal([present(n, props[n].trim) for n in identity])).to_series()
        id_title = " + ".join(title(n) for n in identity)
        checks.append(DuplicateCheck(
            "duplicate", identity[0], "duplicate", Severity.ERROR,
            has_id & ~keys.hashes(identity).is_first_distinct(),
            filled(translate("validation", "{title} '{value}' already appears in record {first}; the portal loads "
                                           "the first record and rejects this one."),
                   title=id_title, value=pl.col("key"), first=pl.col("first")),
            translate("validation", "Remove the repeated record, or merge it into the first one."),
            trim=props[identity[0]].trim, key=keys.expr(identity), hashes=keys.hashes(identity)))
    return checks


def _scalar_verdicts(prop: Property, values: list[str], tick: Callable[[], None]) -> tuple[str, dict[str, str], str]:
    """(rule, {bad value: message}, hint) for one column's distinct values (dates and numbers:
    ``culture_checks``, which also weighs what the whole column says about the import's cultures)."""
    bad: dict[str, str] = {}
    if prop.is_enum or prop.multi:
        rule, hint = "enum", _enum_hint(prop)
    else:
        rule, hint = "boolean", translate("validation", "Write {title} as true or false.").format(title=prop.title)
    # Translated once per column, filled per distinct value.
    one_wrong = translate("validation", "{values} is not among the values allowed for {title}.")
    many_wrong = translate("validation", "{values} are not among the values allowed for {title}.")
    not_enum = translate("validation", "'{value}' is not one of the values allowed for {title}.")
    not_bool = translate("validation", "'{value}' is not true or false.")
    for i, value in enumerate(values):
        if i % CANCEL_EVERY == CANCEL_EVERY - 1:
            tick()
        if prop.multi:
            _, wrong = rules.match_multi(value, prop)
            if wrong:
                listed = ", ".join(f"'{shown(w)}'" for w in wrong)
                bad[value] = (one_wrong if len(wrong) == 1 else many_wrong).format(values=listed, title=prop.title)
        elif prop.is_enum:
            if rules.match_enum(value, prop) is None:
                bad[value] = not_enum.format(value=shown(value), title=prop.title)
        elif rules.parse_bool(value) is None:
            bad[value] = not_bool.format(value=shown(value))
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
            pl.col("value").replace_strict(bad, default=translate("validation", "This value is not valid for "
                                                                                "{title}.").format(title=prop.title),
                                         return_dtype=pl.String),
            hint, trim=prop.trim))
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
