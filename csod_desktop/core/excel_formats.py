"""Excel number formats: a column of cell values becomes the text Excel shows, vectorized with polars.

Decisions (one place for each):
- General shows whole numbers without ``.0`` and others with up to 15 significant digits, the digits
  Excel's formula bar shows; never in exponent form (``1E-07`` is written ``0.0000001``).
- A number of more than 15 digits cannot be what was typed: Excel keeps 15 significant digits, so it
  had rounded the value before the file was saved (:class:`TooManyDigits`).
- Digit formats (``000000``, ``#,##0.00``), percentages (``0.0%``) and currency (``$#,##0.00``,
  ``[$€-40C] #,##0.00``) are rendered as displayed: the administrator checks the file by looking at it,
  and a number field refuses ``$`` or ``%`` with a clear message rather than loading another number.
  Marks are Excel's en-US ones (``,`` groups, ``.`` decimals) whatever the computer's language.
- Exponent and fraction formats are rendered as General (never in exponent form).
- A cell Excel stores as a date is a date: ISO text (``2019-12-01``, ``2019-12-01T14:05:00``) with a
  mask so the mapping writes it in the import's date culture (csod_desktop.core.mapping).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

import polars as pl

#: Excel stores numbers as IEEE doubles and keeps 15 significant digits of what was typed.
EXCEL_DIGITS = 15
_LIMIT = 10.0**EXCEL_DIGITS

#: Built-in number formats that are not dates (ECMA-376 Part 1, 18.8.30 numFmt); 5-8 are the
#: locale's currency, shown here as en-US Excel shows them.
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)", 48: "##0.0E+0", 49: "@",
}
_DIGITS = re.compile(r"^([#0?,]*)(?:\.([#0?]*))?$")
_LITERAL = re.compile(r'"([^"]*)"|\\(.)|_.|\*.|\[\$([^\]-]*)(?:-[^\]]*)?\]|\[[^\]]*\]|([^#0?,.%"\\_*\[]+)')
_DATE_TOKENS = re.compile(r"[dmyhs]", re.I)


class TooManyDigits(ValueError):
    """A number of more than 15 digits: Excel had already rounded it (``row`` is 0-based in the column)."""

    def __init__(self, row: int, shown: str) -> None:
        super().__init__(shown)
        self.row, self.shown = row, shown


@dataclass(frozen=True)
class Section:
    """One section of a number format: literal text around one digit pattern."""

    prefix: str
    suffix: str
    int_zeros: int  # minimum integer digits (``000000`` is 6)
    decimals: int  # digits after the point
    min_decimals: int  # of which always shown (``0.0#`` shows at least one)
    grouped: bool
    percent: bool
    digits: bool = True  # False: a section of text only ("zero", "-")


@dataclass(frozen=True)
class NumberFormat:
    """A parsed format: ``None`` sections mean General; ``negative`` carries its own sign (``(1.00)``)."""

    code: str
    positive: Section | None
    negative: Section | None = None
    zero: Section | None = None

    @property
    def general(self) -> bool:
        return self.positive is None


GENERAL = NumberFormat("General", None)


def is_date_format(code: str) -> bool:
    """Whether ``code`` shows a date or time (calamine then returns a date, not a number)."""
    if code in ("General", "@", ""):
        return False
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.', "", code)
    return bool(_DATE_TOKENS.search(bare.replace("General", "")))


def parse_format(code: str) -> NumberFormat:
    """Parse an Excel number format code; anything this module cannot render exactly is General."""
    if not code or code in ("General", "@") or is_date_format(code):
        return GENERAL
    parts = _split_sections(code)
    positive = _section(parts[0])
    if positive is None:
        return GENERAL
    negative = _section(parts[1]) if len(parts) > 1 and parts[1] else None
    zero = _section(parts[2]) if len(parts) > 2 and parts[2] else None
    return NumberFormat(code, positive, negative, zero)


def _split_sections(code: str) -> list[str]:
    parts, current, quoted, escaped = [], [], False, False
    for ch in code:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _section(text: str) -> Section | None:
    if "E+" in text.upper() or "E-" in text.upper() or "/" in text.replace("\\/", ""):
        return None  # exponent or fraction: shown as General, never in exponent form
    pieces: list[tuple[str, str]] = []  # ("lit", text) or ("num", pattern)
    pos = 0
    percent = False
    for match in _LITERAL.finditer(text):
        if match.start() > pos:
            pieces.append(("num", text[pos : match.start()]))
        quoted, escaped, currency, plain = match.group(1), match.group(2), match.group(3), match.group(4)
        literal = quoted if quoted is not None else escaped if escaped is not None else currency
        if literal is None and plain is not None:
            literal = plain
        if match.group()[0] in "_*":
            literal = ""  # padding (_x) and fill (*x) only align the text: nothing a person reads
        pieces.append(("lit", literal or ""))
        pos = match.end()
    if pos < len(text):
        pieces.append(("num", text[pos:]))
    nums = [(i, p) for i, (kind, p) in enumerate(pieces) if kind == "num" and p.replace("%", "")]
    if not nums and pieces:
        return Section("".join(p for _kind, p in pieces), "", 0, 0, 0, False, False, digits=False)
    if len(nums) != 1:
        return None
    index, pattern = nums[0]
    percent = "%" in "".join(p for _kind, p in pieces)
    pattern = pattern.replace("%", "")
    match = _DIGITS.match(pattern)
    if match is None or not (match.group(1) or match.group(2)):
        return None
    int_part, frac = match.group(1), match.group(2) or ""
    if int_part.endswith(","):
        return None  # thousands scaling (#,##0,): rare, shown as General rather than guessed
    prefix = "".join(p for kind, p in pieces[:index] if kind == "lit")
    suffix = "".join(p for kind, p in pieces[index + 1 :] if kind == "lit") + ("%" if percent else "")
    return Section(
        prefix=prefix,
        suffix=suffix,
        int_zeros=int_part.count("0"),
        decimals=len(frac),
        min_decimals=len(frac.rstrip("#?")),
        grouped="," in int_part,
        percent=percent,
    )


# ---- rendering -------------------------------------------------------------------------------------
def render_numbers(values: pl.Series, fmt: NumberFormat) -> pl.Series:
    """``values`` (Float64, nulls allowed) as Excel shows them with ``fmt``; raises :class:`TooManyDigits`."""
    check_digits(values)
    inputs = {"v": values}
    fractions = general_fractions(values) if fmt.general else None
    if fractions is not None:
        inputs["g"] = fractions
    expr = number_expr(pl.col("v"), fmt, pl.col("g") if fractions is not None else None)
    return pl.DataFrame(inputs).select(expr.alias(values.name)).to_series()


def render_general(values: pl.Series) -> pl.Series:
    """General: whole numbers as integers, others with 15 significant digits, never an exponent."""
    return render_numbers(values, GENERAL)


def number_expr(v: pl.Expr, fmt: NumberFormat, fractions: pl.Expr | None = None) -> pl.Expr:
    """The text of the numbers ``v`` with ``fmt``; General takes non-whole numbers' text from ``fractions``
    (:func:`general_fractions`). Callers check the digits first (:func:`check_digits`)."""
    if fmt.general:
        whole = pl.when(v == v.floor()).then(v.cast(pl.Int64, strict=False).cast(pl.String))
        return whole if fractions is None else pl.coalesce(whole, fractions)
    assert fmt.positive is not None
    expr = _section_expr(v.abs() if fmt.negative else v, fmt.positive)
    if fmt.zero is not None:
        expr = pl.when(v == 0).then(_section_expr(v.abs(), fmt.zero)).otherwise(expr)
    if fmt.negative is not None:
        expr = pl.when(v < 0).then(_section_expr(v.abs(), fmt.negative)).otherwise(expr)
    return expr


def general_fractions(values: pl.Series) -> pl.Series | None:
    """15-significant-digit text of the numbers that are not whole (null elsewhere); None if there are none."""
    fractional = (values != values.floor()).fill_null(False)
    if not bool(fractional.any()):
        return None
    index = fractional.arg_true()
    texts = pl.Series([_significant(v) for v in values.gather(index).to_list()], dtype=pl.String)
    return pl.Series(values.name, [None] * values.len(), dtype=pl.String).scatter(index, texts)


def _significant(value: float) -> str:
    text = f"{value:.{EXCEL_DIGITS}g}"
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def check_digits(values: pl.Series) -> None:
    """Raise :class:`TooManyDigits` for the first number Excel could not have kept as typed."""
    big = (values.abs() >= _LIMIT).fill_null(False)
    if bool(big.any()):
        row = int(big.arg_true()[0])
        raise TooManyDigits(row, format(Decimal(f"{values[row]:.{EXCEL_DIGITS}g}"), "f"))


def _section_expr(v: pl.Expr, section: Section) -> pl.Expr:
    if not section.digits:
        return pl.when(v.is_not_null()).then(pl.lit(section.prefix.strip(" ")))
    scale = 100.0 if section.percent else 1.0
    step = 10**section.decimals
    # Round half away from zero on the decimal digits Excel shows: round(6) first removes the binary
    # noise of the multiplication (2.675 * 100 is 267.49999999999997, which Excel shows as 2.68).
    units = ((v.abs() * (scale * step)).round(6) + 0.5).floor().cast(pl.Int128)
    int_part = (units // step).cast(pl.String)
    if section.int_zeros == 0:
        int_part = pl.when(int_part == "0").then(pl.lit("")).otherwise(int_part)
    elif section.int_zeros > 1:
        int_part = int_part.str.zfill(section.int_zeros)
    if section.grouped:
        int_part = int_part.str.reverse().str.replace_all(r"(\d{3})", "$1,").str.reverse().str.strip_chars_start(",")
    text = int_part
    if section.decimals:
        frac = (units % step).cast(pl.String).str.zfill(section.decimals)
        if section.min_decimals < section.decimals:
            frac = frac.str.slice(0, section.min_decimals) + frac.str.slice(section.min_decimals).str.strip_chars_end("0")
            text = text + pl.when(frac == "").then(pl.lit("")).otherwise("." + frac)
        else:
            text = text + "." + frac
    out = pl.concat_str([pl.lit(section.prefix), text, pl.lit(section.suffix)])
    out = pl.when((v < 0) & (units > 0)).then("-" + out).otherwise(out)
    if " " in section.prefix + section.suffix:
        out = out.str.strip_chars(" ")
    return out


# ---- cells that are not numbers ---------------------------------------------------------------------
def render_dates(values: pl.Series) -> pl.Series:
    """ISO text of date cells (Date or Datetime): ``YYYY-MM-DD``, with ``THH:MM:SS`` when not midnight."""
    return pl.DataFrame({"d": values}).select(date_expr(pl.col("d"), values.dtype).alias(values.name)).to_series()


def date_expr(d: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    """The expression behind :func:`render_dates`, for a Date or Datetime column."""
    if dtype == pl.Date:
        return d.dt.to_string("%Y-%m-%d")
    # Excel stores a time as a fraction of a day: round to the second it shows.
    stamps = d.dt.round("1s")
    midnight = stamps.dt.truncate("1d") == stamps
    return pl.when(midnight).then(stamps.dt.to_string("%Y-%m-%d")).otherwise(stamps.dt.to_string("%Y-%m-%dT%H:%M:%S"))


def date_inputs(values: tuple[object, ...], *, with_times: bool) -> dict[str, pl.Series]:
    """The date (``d``) and datetime (``t``) cells among ``values`` as polars columns, others null."""
    out = {"d": pl.Series([v if type(v) is dt.date else None for v in values], dtype=pl.Date)}
    if with_times:
        out["t"] = pl.Series([v if type(v) is dt.datetime else None for v in values], dtype=pl.Datetime("us"))
    return out


def other_text(value: object) -> str | None:
    """Text of a cell that is neither a number nor a date (text kept verbatim, empty is None)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, dt.timedelta):
        seconds = round(value.total_seconds())
        sign = "-" if seconds < 0 else ""
        hours, rest = divmod(abs(seconds), 3600)
        return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return str(value)
