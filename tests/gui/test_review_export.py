"""Problem rows are exported in the administrator's own columns, with grid edits, and safe to open in Excel."""

from __future__ import annotations

import csv
import json
from importlib import resources

import polars as pl

from csod_desktop.core.mapping import suggest_mapping
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate
from csod_desktop.ui.models.review_model import ReviewData
from csod_desktop.services.plan import apply_edits
from csod_desktop.ui.review_jobs import export_problem_rows


def _employee_schema() -> Schema:
    text = resources.files("csod_desktop.sandbox").joinpath("data/schemas/chr.employee.json").read_text("utf-8")
    return Schema.from_response(json.loads(text), "chr.employee")


def test_problem_rows_keep_the_files_headers_edits_and_neutralize_formulas(tmp_path):
    schema = _employee_schema()
    source = pl.DataFrame({
        "User ID": ["u1", "u2", "u3"],
        "First Name": ["Ann", "Bo", "Cy"],
        "Last Name": ["Lee", "Ray", None],  # record 3 misses a required field
        "Division": ["SUP_000012151", "SUP_000012151", "=HYPERLINK(\"http://x\")"],
    })
    mapping = suggest_mapping(source.columns, schema)
    assert mapping.columns["Last Name"] == "PersonData_NameData_LastName"
    edits = {(3, "PersonData_NameData_FirstName"): "Cyrus"}
    frame = apply_edits(mapping.apply(source, schema), edits)
    data = ReviewData.build(validate(frame, schema, {}), frame)
    assert 3 in data.by_row

    out = tmp_path / "problems.csv"
    written = export_problem_rows(data, {3}, out, source_frame=source, mapping=mapping, edits=edits)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert written.rows == len(rows) == len(data.by_row) and written.cut == 0
    assert list(rows[0])[:3] == ["Row", "Excluded", "Problems"]
    assert list(rows[0])[3:] == source.columns  # the file's own headers, in its order
    third = next(r for r in rows if r["Row"] == "3")
    assert third["Excluded"] == "yes" and "Last Name" in third["Problems"]
    assert third["First Name"] == "Cyrus"  # the grid edit, written into the mapped source column
    assert third["Division"] == "'=HYPERLINK(\"http://x\")"  # shown as text, never run as a formula
    cells = [cell for row in rows for cell in row.values()]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
