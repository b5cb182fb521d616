"""The sandbox's settings that the control plane may change, each checked before it is taken.

A setting the sandbox cannot use (a token lifetime of "abc", a processing delay of 1e308 seconds) used
to be stored as sent and break every later request until a reset (issue 19, item 13): now it is a 400.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from csod_desktop import facts
from csod_desktop.sandbox.errors import BadRequest

#: The longest delay or lifetime the control plane accepts: a year (retention is 30 days).
MAX_SECONDS = 366 * 86400


@dataclass
class Config:
    """What the control plane may change (INTERFACES.md, "Sandbox control plane")."""

    token_lifetime: int = facts.TOKEN_LIFETIME
    throttles: bool = True
    processing_seconds: float = 2.0
    report_404_seconds: float = 3.0
    callback_ca_bundle: str | None = None

    @classmethod
    def defaults(cls, relaxed: bool) -> Config:
        if relaxed:  # --relaxed: no throttles, immediate processing, reports ready at once
            return cls(throttles=False, processing_seconds=0.0, report_404_seconds=0.0)
        return cls()


def seconds(name: str, value: Any, *, low: float = 0.0, high: float = MAX_SECONDS) -> float:
    """``value`` as a finite number of seconds between ``low`` and ``high``, or a 400 that says so."""
    try:
        if isinstance(value, bool):
            raise TypeError
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise BadRequest(f"{name} must be a number of seconds, not {str(value)[:40]!r}.") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise BadRequest(f"{name} must be between {low:g} and {high:g} seconds.")
    return number


def _lifetime(value: Any) -> int:
    number = seconds("token_lifetime", value, low=1)
    if number != int(number):
        raise BadRequest("token_lifetime must be a whole number of seconds.")
    return int(number)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadRequest(f"throttles must be true or false, not {str(value)[:40]!r}.")
    return value


def _bundle(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and 0 < len(value) <= 4096):
        return value
    raise BadRequest("callback_ca_bundle must be the path of a CA bundle file, or null.")


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "token_lifetime": _lifetime,
    "throttles": _flag,
    "processing_seconds": lambda v: seconds("processing_seconds", v),
    "report_404_seconds": lambda v: seconds("report_404_seconds", v),
    "callback_ca_bundle": _bundle,
}


def checked_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """``changes`` with every value checked and normalized; a 400 naming the first one that is not usable."""
    unknown = set(changes) - set(_CHECKS)
    if unknown:
        raise BadRequest(f"Unknown sandbox setting(s): {', '.join(sorted(map(str, unknown)))[:200]}.")
    return {name: _CHECKS[name](value) for name, value in changes.items()}
