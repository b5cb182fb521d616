"""Validation problems as data: one row per thing an HR administrator has to look at."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from csod_desktop.i18n import translate


class Severity(StrEnum):
    """An error keeps the record out of the load; a warning loads it but says what was odd."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in the data, located by record and column, with a message and a fix hint."""

    row: int  # 1-based record number in the source data (header excluded); 0 = file/column level
    column: str  # schema property name (or source column when not mapped)
    rule: str  # "required", "dependency", "min_length", "max_length", "enum", "date", "number", ...
    severity: Severity
    message: str
    hint: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A job setting the file's own values call for, for the window to offer in one click.

    ``kind`` "switch": the values contradict the import's setting (a file-level error says so, and
    nothing can be sent until the setting changes). ``kind`` "confirm": the values never prove the
    setting right or wrong (dates whose days are all 12 or less): the administrator confirms the
    current one or takes ``value`` instead. The CLI never applies a suggestion: it prints ``cli``.
    """

    setting: str  # the job setting: "datetime_culture" or "number_culture"
    value: str  # the culture to use instead, e.g. "fr-FR"
    current: str  # the culture the import reads with now
    kind: str  # "switch" or "confirm"
    columns: tuple[str, ...]  # schema property names whose values call for it
    label: str  # the button's words: "Use fr-FR for dates"
    reason: str  # the problem's message, for a tooltip or a dialog
    examples: tuple[str, ...] = ()  # "04/09/2023 will be loaded as 9 April 2023", as the import reads now

    @property
    def cli(self) -> str:
        """The command line's way of taking it: ``--setting datetime_culture=fr-FR``."""
        return f"--setting {self.setting}={self.value}"


#: Column order of every problems DataFrame (``ValidationResult.problems``).
PROBLEM_COLUMNS: tuple[str, ...] = ("row", "column", "rule", "severity", "message", "hint", "value")


#: A value echoed in a message or a ``--json`` document is cut after this many characters: a 120 MB cell
#: must be named, not copied whole into every message about it (issue 19, item 9).
SHOWN_CHARS = 200


def shown(value: object) -> str:
    """``value`` as text for a message: cut after :data:`SHOWN_CHARS` characters, with its full length."""
    text = "" if value is None else str(value)
    if len(text) <= SHOWN_CHARS:
        return text
    # The length in plain digits, as validation_checks.shown_expr writes it per record.
    return text[:SHOWN_CHARS] + translate("validation", "… ({length} characters)").format(length=len(text))
