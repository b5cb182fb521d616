"""The plan's undoable changes (Qt-free): cell edits as one change per gesture, exclusions, settings switched
from Review, confirmations that are part of the check, mapping changes said in words, and the per-step
scopes of Undo."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import csod_desktop
from csod_desktop.core.schema import Schema
from csod_desktop.services import grid_edits
from csod_desktop.services.mapping_changes import describe_change
from csod_desktop.services.plan import LoadPlan
from csod_desktop.services.plan_history import MAP, REVIEW

SCHEMA_FILE = Path(csod_desktop.__file__).parent / "sandbox" / "data" / "schemas" / "chr.employee.json"
FIRST, LAST, DATE = "PersonData_NameData_FirstName", "PersonData_NameData_LastName", "WorkerStatusData_LastHireDate"


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.from_response(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), "chr.employee")


@pytest.fixture
def plan(tmp_path, schema) -> LoadPlan:
    path = tmp_path / "export.csv"
    path.write_text("User ID;First Name;Last Name;Division;Last Hire Date\r\n"
                    "u1;Ann;Lee;DIV1;04/09/2023\r\nu2;Bo;Ray;DIV1;05/10/2023\r\nu3;Cy;Kim;DIV1;01/02/2024\r\n",
                    encoding="utf-8")
    plan = LoadPlan("chr.employee", schema=schema)
    plan.read(path)
    plan.choose_mapping()
    plan.validate()
    return plan


def test_a_block_of_edits_is_one_change_and_the_original_value_is_no_edit(plan):
    events: list[str] = []
    plan.subscribe(events.append)
    assert plan.edit_cells({(1, FIRST): "Anna", (2, FIRST): "Bo", (3, LAST): "Kimm"}, "Paste") == 2
    assert plan.edits == {(1, FIRST): "Anna", (3, LAST): "Kimm"}  # "Bo" is the file's value: no edit
    assert events == ["edits"] and plan.stale
    assert plan.history.next_undo(REVIEW).label == "Paste"
    assert plan.undo(REVIEW) == "Paste" and plan.edits == {}
    assert plan.redo(REVIEW) == "Paste" and plan.edits == {(1, FIRST): "Anna", (3, LAST): "Kimm"}
    plan.edit(1, FIRST, "Ann")  # typing the original back drops the edit, as its own change
    assert plan.edits == {(3, LAST): "Kimm"}
    plan.undo(REVIEW)
    assert plan.edits == {(1, FIRST): "Anna", (3, LAST): "Kimm"}
    assert plan.edit_cells({(1, FIRST): "Anna"}) == 0  # nothing changes: no change recorded
    assert plan.history.next_undo(REVIEW).label == "Paste"


def test_exclusions_undo_only_what_they_changed(plan):
    plan.set_excluded([1], True)
    plan.set_excluded([1, 2], True)  # record 1 was excluded already
    assert plan.excluded == {1, 2}
    assert plan.undo(REVIEW) == "Exclusion of record 2"
    assert plan.excluded == {1}
    plan.undo(REVIEW)
    assert plan.excluded == set()
    assert not plan.stale  # exclusions never needed a check


def test_a_switch_from_review_is_undone_to_the_setting_as_it_was(plan):
    plan.set_settings({"LoadPrimaryKey": 0})
    plan.use_settings({"datetime_culture": "fr-FR", "number_culture": "fr-FR"}, "Use fr-FR for dates and numbers")
    assert plan.settings == {"LoadPrimaryKey": 0, "datetime_culture": "fr-FR", "number_culture": "fr-FR"}
    plan.set_settings({**plan.settings, "LoadPrimaryKey": 1})  # a later change on the Load type step
    plan.undo(REVIEW)
    assert plan.settings == {"LoadPrimaryKey": 1}  # the switch is taken back, the later change is kept


def test_a_confirmation_is_part_of_the_check_and_goes_with_another_setting_or_file(plan, tmp_path):
    result = plan.validate()
    (question,) = result.confirmations
    assert question.column == DATE and "04/09/2023 will be loaded as 9 April 2023" in question.message
    assert [s.kind for s in result.suggestions] == ["confirm"]
    plan.confirm("datetime_culture", "fr-FR", "Yes")  # not the culture the import reads with: ignored
    assert plan.confirmed == set()
    plan.confirm("datetime_culture", "en-US", "Yes, month first")
    assert plan.stale  # what was checked includes the answer
    result = plan.validate()
    assert result.confirmations == [] and result.suggestions == [] and result.n_warnings == 0
    assert plan.checked.confirmed == frozenset({("datetime_culture", "en-US")})
    plan.set_settings({"datetime_culture": "fr-FR"})
    assert plan.confirmed == set()
    plan.set_settings({})
    plan.confirm("datetime_culture", "en-US", "Yes")
    plan.read(plan.source.path)
    assert plan.confirmed == set() and plan.history.next_undo(REVIEW) is None


def test_a_mapping_change_is_said_with_the_column_it_unmapped_and_undone_in_place(plan):
    mapping = plan.mapping
    before = dict(mapping.columns)
    mapping.assign("First Name", LAST)
    change = plan.set_mapping(mapping)
    assert change.displaced == ("Last Name",)
    assert "'First Name' now loads into Last Name (it loaded into First Name)." in change.lines
    assert any("'Last Name' no longer loads into Last Name: a field takes one column" in line for line in change.lines)
    plan.edit(1, FIRST, "Anna")
    assert plan.undo(MAP) == change.text  # the map's Undo: the mapping, not the Review edit made after it
    assert plan.mapping is mapping and mapping.columns == before
    assert plan.edits == {(1, FIRST): "Anna"}
    assert plan.redo(MAP) and "Last Name" not in plan.mapping.columns


def test_describe_change_of_constants_and_value_maps():
    before = {"columns": {"A": "x"}, "constants": {"Country": "FR"}, "value_maps": {}}
    after = {"columns": {}, "constants": {"Country": "DE", "Type": "Full"}, "value_maps": {"Gender": {"F": "female"}}}
    lines = describe_change(before, after).lines
    assert "'A' is no longer loaded (it loaded into x)." in lines
    assert "The constant of Country is 'DE' now: it replaces 'FR'." in lines
    assert "Type is 'Full' on every record where the file gives no value." in lines
    assert "The values of Gender now translate 1 value(s) of your file." in lines


# -- the spreadsheet gestures --------------------------------------------------------------------------


def test_a_block_from_excel_is_parsed_with_quoted_cells_and_written_back_the_same():
    text = 'a\tb\r\n"two\r\nlines"\t"say ""hi"""\r\n'
    block = grid_edits.parse_block(text)
    assert block == [["a", "b"], ["two\r\nlines", 'say "hi"']]
    assert grid_edits.format_block(block) == text
    assert grid_edits.parse_block("one\ntwo\n") == [["one"], ["two"]]
    assert grid_edits.parse_block("") == []


def test_paste_fills_a_block_tiles_a_multiple_and_says_what_did_not_fit():
    block = [["1", "2"], ["3", "4"]]
    placed = grid_edits.paste_block(block, [(0, 1)], n_rows=3, n_cols=3, editable=lambda c: True)
    assert placed.cells == {(0, 1): "1", (0, 2): "2", (1, 1): "3", (1, 2): "4"}
    placed = grid_edits.paste_block(block, [(2, 2)], n_rows=3, n_cols=3, editable=lambda c: True)
    assert placed.cells == {(2, 2): "1"} and placed.rows_cut == 1 and placed.columns_cut == 1
    tiled = grid_edits.paste_block(block, [(r, c) for r in range(4) for c in range(2)], 4, 2, lambda c: True)
    assert len(tiled.cells) == 8 and tiled.cells[(3, 1)] == "4"
    one = grid_edits.paste_block([["x"]], [(0, 0), (2, 1)], 3, 2, editable=lambda c: c == 1)
    assert one.cells == {(2, 1): "x"} and one.read_only == 1


def test_fill_down_and_replace_within_a_column():
    values = {(0, 0): "top", (1, 0): "a", (2, 0): "b", (0, 1): "p", (1, 1): "q"}
    assert grid_edits.fill_down([(0, 0), (1, 0), (2, 0), (1, 1)], lambda r, c: values[(r, c)]) == {
        (1, 0): "top", (2, 0): "top", (1, 1): "p"}
    column = pl.Series(["SUP_1", "sup_2", None, "x$1", "SUP_1"])
    assert grid_edits.replace_in(column, "sup_", "DIV-") == {0: "DIV-1", 1: "DIV-2", 4: "DIV-1"}
    assert grid_edits.replace_in(column, "sup_", "DIV-", match_case=True) == {1: "DIV-2"}
    assert grid_edits.replace_in(column, "SUP_1", "$0", whole_cell=True) == {0: "$0", 4: "$0"}
    assert grid_edits.replace_in(column, "$1", "?") == {3: "x?"}


def test_undoing_a_switch_keeps_a_setting_chosen_on_the_load_type_step_since(plan):
    plan.use_settings({"datetime_culture": "fr-FR", "number_culture": "fr-FR"}, "Use fr-FR for dates and numbers")
    plan.set_settings({**plan.settings, "datetime_culture": "en-GB"})  # chosen on the Load type step
    plan.undo(REVIEW)
    assert plan.settings == {"datetime_culture": "en-GB"}  # the number switch is undone, the later choice kept
    plan.redo(REVIEW)
    assert plan.settings == {"datetime_culture": "en-GB", "number_culture": "fr-FR"}
