"""Unit tests of the Qt-free report helpers: formula neutralizing and joining report rows to the original file."""

from __future__ import annotations

import csv

import polars as pl

from csod_desktop.core.export import join_key, join_rows, neutralize, source_records, write_csv


def test_neutralize_formula_like_cells_only():
    assert [neutralize(v) for v in ("=1+2", "+33 1 23", "-5", "@SUM(A1)", "\tx", "plain", "", None, 7)] == [
        "'=1+2", "'+33 1 23", "'-5", "'@SUM(A1)", "'\tx", "plain", "", "", "7"]


def test_write_csv_neutralizes_header_and_cells(tmp_path):
    out = tmp_path / "r.csv"
    assert write_csv(out, ["=H", "B"], [["=cmd|' /C calc'!A0", "ok"]]) == 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["'=H", "B"], ["'=cmd|' /C calc'!A0", "ok"]]


def test_join_prefers_identity_and_lists_repeated_keys():
    source = pl.DataFrame({"User ID": ["E1", "E2", " E3", "E2"], "Name": ["a", "b", "c", "d"]})
    mapped = {"User ID": "EmployeeIdentificationData_UserId", "Name": "PersonData_NameData_FirstName"}
    header = ["PersonData_NameData_FirstName", "EmployeeIdentificationData_UserId", "Errors"]
    assert join_key(header, source, mapped) == ("EmployeeIdentificationData_UserId", "User ID")
    rows = [["x", "E3", "bad"], ["y", "E2", "dup"], ["z", "E9", "gone"]]
    assert join_rows(header, rows, source, mapped) == [[3], [2, 4], []]
    assert source_records(source, [4, 2, 4, 99])["Name"].to_list() == ["d", "b"]


def test_join_without_identity_uses_the_most_distinct_mapped_column():
    source = pl.DataFrame({"Code": ["A", "B", "C"], "Kind": ["x", "x", "y"]})
    mapped = {"Code": "ouRefCode", "Kind": "kind"}
    assert join_key(["kind", "ouRefCode", "Errors"], source, mapped) == ("ouRefCode", "Code")
    assert join_rows(["kind"], [["x"]], source, {"Kind": "kind"}) == [[1, 2]]
    assert join_rows(["Errors"], [["e"]], source, mapped) == [[]]
