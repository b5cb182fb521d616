"""What the Review step's keys and buttons do to the plan: undo and redo, copy, paste, fill down, clear,
find and replace, a culture switched or confirmed; each change said in the message area.

The changes themselves are the plan's (``LoadPlan.edit_cells``, ``use_settings``, ``confirm``, ``undo``):
this controller reads the grid's selection, calls the plan once per gesture, and says what happened.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from csod_desktop.core.culture_findings import SETTING_TITLES
from csod_desktop.i18n import translate
from csod_desktop.services import grid_edits
from csod_desktop.services.plan_edits import effective
from csod_desktop.services.plan_history import REVIEW


def _records(records: list[int], limit: int = 5) -> str:
    """"records 3, 5 and 7" or "records 3, 5, 7, 9, 12 and 8 more"."""
    records = sorted(set(records))
    if len(records) == 1:
        return translate("ReviewEdits", "record {record}").format(record=records[0])
    if len(records) <= limit:
        return translate("ReviewEdits", "records {records} and {last}").format(
            records=", ".join(map(str, records[:-1])), last=records[-1])
    return translate("ReviewEdits", "records {records} and %n more", None, len(records) - limit).format(
        records=", ".join(map(str, records[:limit])))


class ReviewEdits(QObject):
    """The Review page's editing gestures, each one change of the plan (scope "review")."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self._switch: Any = None  # the history entry of the last culture switch (its notice has an Undo)
        self._switched: dict[str, Any] = {}  # the settings it set

    @property
    def plan(self) -> Any:
        return self.page.state.plan

    def install(self, menu_button: Any, undo_button: Any, redo_button: Any) -> dict[str, QAction]:
        """The grid's keys as the step's actions, also in the Edit menu: each works while the focus is
        anywhere on the step (a cell editor keeps its own Ctrl+Z while it is open)."""
        page = self.page
        menu = QMenu(menu_button)
        # The actions are known by their English names (the dict's keys); they show the window's language.
        table = (
            ("Undo", translate("ReviewEdits", "Undo"), ("Ctrl+Z",), self.undo, undo_button),
            ("Redo", translate("ReviewEdits", "Redo"), ("Ctrl+Y", "Ctrl+Shift+Z"), self.redo, redo_button),
            ("Copy", translate("ReviewEdits", "Copy"), ("Ctrl+C",), self.copy, None),
            ("Paste", translate("ReviewEdits", "Paste"), ("Ctrl+V",), self.paste, None),
            ("Fill down", translate("ReviewEdits", "Fill down"), ("Ctrl+D",), self.fill_down, None),
            ("Clear the selected cells", translate("ReviewEdits", "Clear the selected cells"), ("Delete",),
             self.clear_cells, None),
            ("Find and replace in a column…", translate("ReviewEdits", "Find and replace in a column…"),
             ("Ctrl+H", "Ctrl+F"), self.open_find, None),
        )
        actions: dict[str, QAction] = {}
        for key, text, keys, slot, button in table:
            action = QAction(text, page)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            page.addAction(action)
            menu.addAction(action)
            actions[key] = action
            if button is not None:
                button.setDefaultAction(action)
        menu_button.setMenu(menu)
        page.find_bar.replace_requested.connect(self.replace)
        page.find_bar.search_changed.connect(self.count_matches)
        return actions

    def _ready(self) -> bool:
        """Edits need a checked grid; while a check runs the grid is not this check's."""
        if self.plan is None or self.page.review is None or self.page._worker is not None:
            self.page.say(translate("ReviewEdits", "Wait for the check to finish, then edit the grid."))
            return False
        return True

    def _said(self, changed: int, what: str, records: list[int]) -> None:
        """What a gesture changed; ``what`` is the gesture's name, translated by the caller."""
        if not changed:
            self.page.say(translate("ReviewEdits", "{gesture}: no cell changed.").format(gesture=what))
            return
        self.page.say(translate("ReviewEdits", "{gesture}: %n cell(s) changed in {records} (Ctrl+Z takes it back). "
                                               "Press Check again to check them.", None, changed)
                      .format(gesture=what, records=_records(records)))

    # -- undo --------------------------------------------------------------------------------------
    def undo(self) -> None:
        plan = self.plan
        label = plan.undo(REVIEW) if plan is not None else None
        self.page.say(translate("ReviewEdits", "Undone: {change}.").format(change=label) if label
                      else translate("ReviewEdits", "There is nothing to undo on this step."))
        self._after_history()

    def redo(self) -> None:
        plan = self.plan
        label = plan.redo(REVIEW) if plan is not None else None
        self.page.say(translate("ReviewEdits", "Done again: {change}.").format(change=label) if label
                      else translate("ReviewEdits", "There is nothing to redo on this step."))
        self._after_history()

    def _after_history(self) -> None:
        self.page.model.refresh()
        self.page._refresh_statement()
        self.refresh()

    def refresh(self) -> None:
        """The Undo and Redo actions say what they would take back (and are off when there is nothing)."""
        plan, actions = self.plan, self.page.edit_actions
        undo = plan.history.next_undo(REVIEW) if plan is not None else None
        redo = plan.history.next_redo(REVIEW) if plan is not None else None
        actions["Undo"].setEnabled(undo is not None)
        actions["Undo"].setToolTip(translate("ReviewEdits", "Undo: {change} (Ctrl+Z)").format(change=undo.label) if undo
                                   else translate("ReviewEdits", "Nothing to undo (Ctrl+Z)"))
        actions["Redo"].setEnabled(redo is not None)
        actions["Redo"].setToolTip(translate("ReviewEdits", "Redo: {change} (Ctrl+Y)").format(change=redo.label) if redo
                                   else translate("ReviewEdits", "Nothing to redo (Ctrl+Y)"))
        if self._switch is not None and (undo is not self._switch or any(
                plan.settings.get(k) != v for k, v in self._switched.items())):
            # Another change came after the switch (a Review edit, a setting on the Load type step): the
            # notice's Undo would not be about what it says.
            self._switch = None
            self.page.culture.set_notice("")

    # -- the clipboard and the selection -------------------------------------------------------------
    def copy(self) -> None:
        count = self.page.grid.copy_selection()
        if count:
            self.page.say(translate("ReviewEdits", "%n cell(s) copied: paste them in a spreadsheet, or here.", None,
                                    count))

    def paste(self) -> None:
        if not self._ready():
            return
        text = QApplication.clipboard().text()
        if not text:
            self.page.say(translate("ReviewEdits", "The clipboard holds no text to paste."))
            return
        changed, placed = self.page.grid.paste(text)
        records = sorted({self.page.model.record(r) for r, _ in placed.cells})
        self._said(changed, translate("ReviewEdits", "Paste"), records)
        left = []
        if placed.rows_cut:
            left.append(translate("ReviewEdits", "%n row(s) of the block did not fit below the last record shown",
                                  None, placed.rows_cut))
        if placed.columns_cut:
            left.append(translate("ReviewEdits", "%n column(s) did not fit right of the last field", None,
                                  placed.columns_cut))
        if placed.read_only:
            left.append(translate("ReviewEdits", "%n cell(s) fell on Exclude or Problems, which take no text", None,
                                  placed.read_only))
        if left:
            self.page.bridge.warning(
                translate("ReviewEdits", "Pasted %n cell(s); {left}: those were not pasted.", None, changed)
                .format(left="; ".join(left)),
                translate("ReviewEdits", "Select the top-left cell where the block should start, then paste again."))

    def fill_down(self) -> None:
        if not self._ready():
            return
        before = self.page.grid.selected_positions()
        changed = self.page.grid.fill_down()
        self._said(changed, translate("ReviewEdits", "Fill down"), [self.page.model.record(r) for r, _ in before])

    def clear_cells(self) -> None:
        if not self._ready():
            return
        grid, model = self.page.grid, self.page.model
        cells = {(model.record(r), model.field_at(c)): "" for r, c in grid.selected_positions()
                 if model.field_at(c) is not None}
        changed = model.write_cells(cells, translate("ReviewEdits", "Clearing of %n cell(s)", None, len(cells)))
        self._said(changed, translate("ReviewEdits", "Clear"), [r for r, _ in cells])

    # -- find and replace ---------------------------------------------------------------------------
    def open_find(self) -> None:
        cell = self.page.grid.current_cell()
        self.page.find_bar.open_bar(cell[1] if cell else None)
        self.count_matches()

    def _column(self, column: str) -> tuple[list[int], pl.Series]:
        """The shown records and their values of ``column`` as the grid shows them (edits included)."""
        model = self.page.model
        rows = model.rows
        records = list(rows)
        index = pl.Series("i", records, dtype=pl.Int64) - 1
        values = self.page.review.frame.get_column(column).cast(pl.String).gather(index)
        edits = {rec: v for (rec, col), v in model.edits.items() if col == column}
        if edits:
            where = [(i, edits[r]) for i, r in enumerate(records) if r in edits]
            if where:
                values = values.scatter([i for i, _ in where], pl.Series([v for _, v in where], dtype=pl.String))
        return records, values

    def count_matches(self) -> None:
        bar = self.page.find_bar
        column = bar.column_combo.currentData()
        if not bar.isVisible() or self.page.review is None or not column or not bar.find_edit.text():
            bar.set_matches(0, len(self.page.model.rows))
            return
        records, values = self._column(column)
        hits = grid_edits.replace_in(values, bar.find_edit.text(), "", whole_cell=bar.whole_check.isChecked(),
                                     match_case=bar.case_check.isChecked())
        bar.set_matches(len(hits), len(records))

    def replace(self, column: str, find: str, replace: str, whole: bool, case: bool) -> None:
        if not self._ready():
            return
        records, values = self._column(column)
        hits = grid_edits.replace_in(values, find, replace, whole_cell=whole, match_case=case)
        title = self.page.model.titles.get(column) or column
        cells = {(records[i], column): new for i, new in hits.items()}
        changed = self.page.model.write_cells(cells, translate("ReviewEdits", "Replace of '{find}' with '{replace}' in "
                                                                              "{field}").format(find=find, replace=replace,
                                                                                                field=title))
        self._said(changed, translate("ReviewEdits", "Replace in {field}").format(field=title), [r for r, _ in cells])
        self.count_matches()

    # -- the cultures ----------------------------------------------------------------------------------
    def use_settings(self, values: dict, label: str) -> None:
        """A suggestion's one click: the import's settings change through the plan (the Load type step
        shows them) and Review checks the file again at once; the notice says it, with an Undo."""
        plan = self.plan
        if plan is None:
            return
        was = {k: effective(plan.settings, k) for k in values}
        plan.use_settings(values, label)
        self._switch, self._switched = plan.history.next_undo(REVIEW), dict(values)
        said = "; ".join(translate("ReviewEdits", "{setting} is now {value} (it was {before})").format(
            setting=SETTING_TITLES.get(k, k), value=v, before=was[k]) for k, v in values.items())
        self.page.culture.set_notice(translate("ReviewEdits", "{changes} for this import, on the Load type step too. "
                                                              "The file is checked again with it.").format(changes=said))
        self.refresh()

    def confirm(self, setting: str, value: str, label: str) -> None:
        plan = self.plan
        if plan is None:
            return
        plan.confirm(setting, value, label)
        self.page.say(translate("ReviewEdits", "Confirmed: {setting} {value} reads this file's dates as written. The "
                                               "file is checked again with your answer; Ctrl+Z takes it back.")
                      .format(setting=SETTING_TITLES.get(setting, setting), value=value))
        self.refresh()
