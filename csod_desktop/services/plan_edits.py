"""The administrator's changes to a load plan, each one a change that can be undone: cell edits, exclusions,
settings switched and questions answered on Review.

:class:`PlanEdits` is the editing half of ``services.plan.LoadPlan`` (kept apart so each module keeps to
one role): it works on the plan's ``edits``, ``excluded``, ``settings``, ``confirmed`` and ``history``,
and tells the plan's listeners through ``_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from csod_desktop.core import rules
from csod_desktop.core.culture_findings import DATETIME, NUMBER
from csod_desktop.i18n import translate
from csod_desktop.services.plan_history import REVIEW, Change, History

Cell = tuple[int, str]  # (1-based record number, property)

#: A cell without an edit (its value is the file's), or a setting not given, in before/after states.
UNSET: Any = object()


class PlanEdits:
    """Undoable changes; the plan provides the state and ``_changed``, ``_originals`` and ``set_settings``."""

    edits: dict[Cell, str]
    excluded: set[int]
    settings: dict[str, Any]
    confirmed: set[tuple[str, str]]
    history: History
    payloads: list[Any]
    _changed: Callable[..., None]
    set_settings: Callable[[Mapping[str, Any]], None]
    _originals: Callable[[Mapping[Cell, Any]], dict[Cell, str]]

    def edit(self, record: int, column: str, value: str) -> None:
        """Write ``value`` into a cell (1-based record, property); the original value drops the edit."""
        self.edit_cells({(record, column): value})

    def edit_cells(self, cells: Mapping[Cell, str], label: str | None = None) -> int:
        """Write values into many cells as one change (a paste, a fill, a replace): one Undo takes it back.
        A cell given its original value loses its edit. Returns how many cells changed."""
        before: dict[Cell, Any] = {}
        after: dict[Cell, Any] = {}
        originals = self._originals(cells)
        for cell, value in cells.items():
            old = self.edits.get(cell, UNSET)
            new = UNSET if value == originals[cell] else value
            if new != old:
                before[cell], after[cell] = old, new
        if not after:
            return 0
        n = len(after)
        label = label or translate("plan", "Edit of %n cell(s)", None, n)
        self.history.record(Change(label, REVIEW, lambda: self._put_cells(before), lambda: self._put_cells(after)))
        self._put_cells(after)
        return n

    def set_excluded(self, records: Iterable[int], on: bool) -> None:
        """Leave records out of the payload (or take them back) as one change; validation does not change."""
        toggled = sorted(set(records) - self.excluded) if on else sorted(set(records) & self.excluded)
        if not toggled:
            return
        n = len(toggled)
        if n == 1:
            label = (translate("plan", "Exclusion of record {record}") if on
                     else translate("plan", "Inclusion of record {record}")).format(record=toggled[0])
        else:  # "%n records" with no "(s)": n is 2 or more here
            label = (translate("plan", "Exclusion of %n records", None, n) if on
                     else translate("plan", "Inclusion of %n records", None, n))
        self.history.record(Change(label, REVIEW, lambda: self._put_excluded(toggled, not on),
                                   lambda: self._put_excluded(toggled, on)))
        self._put_excluded(toggled, on)

    def use_settings(self, values: Mapping[str, Any], label: str) -> None:
        """Change some settings from Review ("Use fr-FR for dates"), as one change that can be undone;
        the check goes stale, so Review checks again at once."""
        before = {k: self.settings.get(k, UNSET) for k in values}
        after = dict(values)
        if all(before[k] == v for k, v in after.items()):
            return
        # Undo puts back only what this switch set: a setting chosen on the Load type step since is kept.
        self.history.record(Change(label, REVIEW, lambda: self._put_settings(before, unless_changed_from=after),
                                   lambda: self._put_settings(after, unless_changed_from=before)))
        self._put_settings(after)

    def confirm(self, setting: str, value: str, label: str) -> None:
        """The administrator confirms that the file is written as ``setting`` = ``value`` reads it (the
        dates no value proves the order of): the question is not asked again for this file and setting."""
        key = (setting, value)
        if key in self.confirmed or effective(self.settings, setting) != value:
            return
        self.history.record(Change(label, REVIEW, lambda: self._put_confirmed(key, False),
                                   lambda: self._put_confirmed(key, True)))
        self._put_confirmed(key, True)

    def undo(self, scope: str) -> str | None:
        """Take back the last change of ``scope`` ("review" or "map"); its label, or None if none."""
        change = self.history.take_undo(scope)
        if change is None:
            return None
        change.undo()
        return change.label

    def redo(self, scope: str) -> str | None:
        change = self.history.take_redo(scope)
        if change is None:
            return None
        change.redo()
        return change.label

    # -- the changes themselves (also what undo and redo call) ----------------------------------------
    def _put_cells(self, states: Mapping[Cell, Any]) -> None:
        for cell, value in states.items():
            if value is UNSET:
                self.edits.pop(cell, None)
            else:
                self.edits[cell] = value
        self._changed("edits")

    def _put_excluded(self, records: list[int], on: bool) -> None:
        if on:
            self.excluded.update(records)
        else:
            self.excluded.difference_update(records)
        self.payloads = []
        self._changed("exclusions", stale=False)

    def _put_settings(self, values: Mapping[str, Any], *, unless_changed_from: Mapping[str, Any] | None = None) -> None:
        settings = dict(self.settings)
        for key, value in values.items():
            if unless_changed_from is not None and settings.get(key, UNSET) != unless_changed_from[key]:
                continue  # changed elsewhere since: not this change's to take back
            if value is UNSET:
                settings.pop(key, None)
            else:
                settings[key] = value
        self.set_settings(settings)

    def _put_confirmed(self, key: tuple[str, str], on: bool) -> None:
        if on:
            self.confirmed.add(key)
        else:
            self.confirmed.discard(key)
        self._changed("confirmations")


def effective(settings: Mapping[str, Any], setting: str) -> Any:
    """The value a setting has for the portal: the one given, or the culture it reads with when none is."""
    if setting == DATETIME:
        return rules.date_culture(settings)
    if setting == NUMBER:
        return rules.number_culture(settings)
    return settings.get(setting)
