"""The undo and redo history of a load plan: each change the administrator made, and how to take it back.

A change belongs to the step that made it (its *scope*: "review" for cell edits, exclusions, a culture
switched or confirmed on Review; "map" for the mapping), and each step's Undo takes back the last change
of its own scope. The scopes touch separate parts of the plan, so taking back a Review change never
reverts a mapping made after it, and the reverse. Qt-free: the window's Ctrl+Z and the tests use it alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

REVIEW, MAP = "review", "map"
#: Changes kept per scope; the oldest are forgotten beyond this (a paste of a block is one change).
LIMIT = 200


@dataclass(frozen=True)
class Change:
    """One change as the administrator made it: what it was (the words of "Undo ..."), and both ways."""

    label: str  # "Edit of 12 cells", "'Posit' now loads into Position; 'Job Title' no longer loads"
    scope: str
    undo: Callable[[], None]
    redo: Callable[[], None]


class History:
    """Per-scope stacks of changes to undo and to redo."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._undo: dict[str, list[Change]] = {}
        self._redo: dict[str, list[Change]] = {}

    def record(self, change: Change) -> None:
        """A new change: it can be undone, and what was undone before it can no longer be redone."""
        stack = self._undo.setdefault(change.scope, [])
        stack.append(change)
        del stack[:-self.limit]
        self._redo.pop(change.scope, None)

    def next_undo(self, scope: str) -> Change | None:
        stack = self._undo.get(scope)
        return stack[-1] if stack else None

    def next_redo(self, scope: str) -> Change | None:
        stack = self._redo.get(scope)
        return stack[-1] if stack else None

    def take_undo(self, scope: str) -> Change | None:
        """The last change of ``scope``, moved to its redo stack (the caller runs ``change.undo``)."""
        stack = self._undo.get(scope)
        if not stack:
            return None
        change = stack.pop()
        self._redo.setdefault(scope, []).append(change)
        return change

    def take_redo(self, scope: str) -> Change | None:
        stack = self._redo.get(scope)
        if not stack:
            return None
        change = stack.pop()
        self._undo.setdefault(scope, []).append(change)
        return change

    def clear(self, scope: str | None = None) -> None:
        """Forget the changes of ``scope`` (all scopes when None): they no longer apply (a new file)."""
        if scope is None:
            self._undo.clear()
            self._redo.clear()
        else:
            self._undo.pop(scope, None)
            self._redo.pop(scope, None)
