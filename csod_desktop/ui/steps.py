"""The wizard's steps in one table: each step's name, what it needs from the steps before it, and when it is done.

The window reads this table to enable the step list, the Next button and the check marks; the state
reads it to say whether a step can be shown. Nothing else decides what a step needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from csod_desktop.i18n import translate


@dataclass(frozen=True)
class Step:
    """One step: ``needs(state)`` opens it, ``done(state)`` ticks it. ``name`` is its English id (logs,
    tests); the window shows :func:`title`."""

    name: str
    needs: Callable[[Any], bool]
    done: Callable[[Any], bool]


def _never(_state: Any) -> bool:
    return False


def _always(_state: Any) -> bool:
    return True


def _connected(state: Any) -> bool:
    return state.context is not None


def _has_schema(state: Any) -> bool:
    return state.plan is not None and state.plan.schema is not None


def _has_source(state: Any) -> bool:
    return _has_schema(state) and state.plan.source is not None


def _has_mapping(state: Any) -> bool:
    return _has_source(state) and state.plan.mapping is not None


def _mapped(state: Any) -> bool:
    return _has_mapping(state) and state.plan.mapping_complete


def _checked_ok(state: Any) -> bool:
    return state.plan is not None and state.plan.validation is not None and state.plan.validation.ok


STEPS: tuple[Step, ...] = (
    Step("Connect", needs=_always, done=_connected),
    Step("Load type", needs=_connected, done=_has_schema),
    Step("File", needs=_has_schema, done=_has_source),
    Step("Map", needs=_has_source, done=_mapped),
    Step("Review", needs=_has_mapping, done=_checked_ok),
    # Run, Results and History show jobs of this session and of the journal: always open.
    Step("Run", needs=_always, done=_never),
    Step("Results", needs=_always, done=_never),
    Step("History", needs=_always, done=_never),
)
STEP_NAMES = tuple(step.name for step in STEPS)
CONNECT, LOAD_TYPE, FILE, MAP, REVIEW, RUN, RESULTS, HISTORY = range(len(STEPS))




def title(step: int) -> str:
    """The step's name as the window shows it (the step list, "Next: ..."), in the window's language."""
    return (translate("steps", "Connect"), translate("steps", "Load type"), translate("steps", "File"),
            translate("steps", "Map"), translate("steps", "Review"), translate("steps", "Run"),
            translate("steps", "Results"), translate("steps", "History"))[step]


def reachable(state: Any, step: int) -> bool:
    """Whether step ``step`` has what it needs from the steps before it."""
    return 0 <= step < len(STEPS) and STEPS[step].needs(state)


def done(state: Any, step: int) -> bool:
    return 0 <= step < len(STEPS) and STEPS[step].done(state)
