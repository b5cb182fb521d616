"""Workbooks read as the text a person sees: .xlsx, .xlsm, .xls and .ods, formats, dates, hidden sheets."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import openpyxl
import pytest
import xlsxwriter

from csod_desktop.core.reading import ReadOptions, read_table
from csod_desktop.errors import Cancelled, InputFileError
from fixtures.workbooks import SMALL_HEADER, SMALL_SHOWN, encrypt, write_ods, write_xls, write_xlsm


def xlsx(path, rows, formats=None, *, sheet="Employees"):
    """A workbook written by XlsxWriter as Excel writes one (shared strings, styles, cached results)."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(sheet)
    cache = {}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            code = (formats or {}).get((r, c))
            fmt = None
            if code is not None:
                fmt = cache.get(code) or cache.setdefault(code, book.add_format({"num_format": code}))
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value, fmt)
            elif isinstance(value, (dt.date, dt.datetime)):
                ws.write_datetime(r, c, value, fmt)
            else:
                ws.write(r, c, value, fmt)
    book.close()
    return path


def test_xls_workbook_reads_formats_dates_and_skips_the_hidden_first_sheet(tmp_path):
    table = read_table(write_xls(tmp_path / "old.xls"))
    assert table.format == "xls" and table.is_workbook
    assert table.headers == SMALL_HEADER and table.frame.rows() == SMALL_SHOWN
    assert table.sheet == "Employees" and table.hidden_sheets == ["Old export"]
    assert table.date_cells["hired"].to_list() == [True, True]
    assert any('hidden sheet "Old export"' in w for w in table.warnings)


def test_ods_workbook_reads_data_styles_dates_and_skips_the_hidden_first_sheet(tmp_path):
    table = read_table(write_ods(tmp_path / "calc.ods"))
    assert table.format == "ods" and table.is_workbook
    assert table.headers == SMALL_HEADER and table.frame.rows() == SMALL_SHOWN
    assert table.sheet == "Employees" and table.hidden_sheets == ["Old export"]
    assert table.date_cells["hired"].to_list() == [True, True]


def test_xlsm_is_read_as_data_only(tmp_path):
    path = write_xlsm(tmp_path / "macros.xlsm")
    with zipfile.ZipFile(path) as zf:
        assert "xl/vbaProject.bin" in zf.namelist()  # the macro part is there, and stays unread
    table = read_table(path)
    assert table.format == "xlsm"
    assert table.frame.rows() == [("00042", "=cmd|' /C calc'!A0"), ("00042", "Ann")]


def test_percentages_and_currency_are_read_as_displayed(tmp_path):
    rows = [["pct", "pct0", "usd", "eur", "eur_after", "neg", "zero"],
            [0.125, 0.5, 52000.5, 1234.5, 1234.5, -1234.5, 0],
            [-0.0125, 1, -3.25, 0, 2.675, 12, 5]]
    codes = ["0.0%", "0%", "$#,##0.00", "[$€-40C] #,##0.00", '#,##0.00 "€"', "#,##0.00;(#,##0.00)", '0;-0;"none"']
    formats = {(r, c): code for r in (1, 2) for c, code in enumerate(codes)}
    table = read_table(xlsx(tmp_path / "money.xlsx", rows, formats))
    assert table.frame.rows() == [
        ("12.5%", "50%", "$52,000.50", "€ 1,234.50", "1,234.50 €", "(1,234.50)", "none"),
        ("-1.3%", "100%", "-$3.25", "€ 0.00", "2.68 €", "12.00", "5"),
    ]


def test_numbers_never_in_exponent_form_and_general_keeps_15_digits(tmp_path):
    rows = [["n"], [1e-7], [150000000000000.0], [123456789.123456789], [0.1 + 0.2], [2.5e-3], [42.0]]
    formats = {(2, 0): "0.00E+00"}
    table = read_table(xlsx(tmp_path / "e.xlsx", rows, formats))
    assert table.frame["n"].to_list() == ["0.0000001", "150000000000000", "123456789.123457", "0.3", "0.0025", "42"]


def test_an_id_of_more_than_15_digits_is_an_error_saying_excel_rounded_it(tmp_path):
    rows = [["EmployeeId", "name"], ["A1", "Ann"], [1234567890123456789, "Bob"]]
    with pytest.raises(InputFileError) as err:
        read_table(xlsx(tmp_path / "long.xlsx", rows))
    message = str(err.value)
    assert "A3" in message and '"EmployeeId"' in message and "more than 15 digits" in message
    assert "1234567890123460000" in message and "already changed" in message
    assert "Text" in err.value.hint and err.value.line == 3


def test_formula_results_are_read_and_a_workbook_without_them_is_refused(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "calc.xlsx"))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["a", "twice", "err"])
    ws.write_number(1, 0, 21)
    ws.write_formula(1, 1, "=A2*2", None, 42)
    ws.write_formula(1, 2, "=1/0", None, "#DIV/0!")
    book.close()
    table = read_table(tmp_path / "calc.xlsx")
    assert table.frame.rows() == [("21", "42", "#DIV/0!")]
    assert any("C2 (#DIV/0!)" in w for w in table.warnings)

    wb = openpyxl.Workbook()  # openpyxl, like most scripts, saves formulas without their results
    wb.active.append(["a", "twice"])
    wb.active.append([21, "=A2*2"])
    wb.save(tmp_path / "script.xlsx")
    with pytest.raises(InputFileError) as err:
        read_table(tmp_path / "script.xlsx")
    assert "saved without their result" in str(err.value) and "B2 (=A2*2)" in str(err.value)
    assert "save it" in err.value.hint


def test_hidden_sheets_are_listed_and_never_read_silently(tmp_path):
    wb = openpyxl.Workbook()
    stale = wb.active
    stale.title = "Stale"
    stale.append(["id"])
    stale.append(["old"])
    stale.sheet_state = "hidden"
    current = wb.create_sheet("Current")
    current.append(["id"])
    current.append(["new"])
    secret = wb.create_sheet("Lookup")
    secret.append(["x"])
    secret.sheet_state = "veryHidden"
    wb.save(tmp_path / "h.xlsx")
    table = read_table(tmp_path / "h.xlsx")
    assert table.sheet == "Current" and table.frame.rows() == [("new",)]
    assert table.sheet_names == ["Stale", "Current", "Lookup"] and table.hidden_sheets == ["Stale", "Lookup"]
    assert len(table.warnings) == 1 and '"Stale"' in table.warnings[0] and "not read" in table.warnings[0]
    chosen = read_table(tmp_path / "h.xlsx", ReadOptions(sheet="Stale"))
    assert chosen.frame.rows() == [("old",)] and "hidden" in chosen.warnings[0]
    with zipfile.ZipFile(tmp_path / "h.xlsx") as src, zipfile.ZipFile(tmp_path / "all.xlsx", "w") as dst:
        for member in src.namelist():  # Excel refuses to hide the last sheet; a script need not
            data = src.read(member)
            if member == "xl/workbook.xml":
                data = data.replace(b'state="visible"', b'state="hidden"')
            dst.writestr(member, data)
    with pytest.raises(InputFileError, match="Every sheet"):
        read_table(tmp_path / "all.xlsx")


def test_password_protected_workbook_is_called_what_it_is(tmp_path):
    plain = xlsx(tmp_path / "plain.xlsx", [["id"], ["1"]])
    for name in ("locked.xlsx", "locked.xls"):
        with pytest.raises(InputFileError) as err:
            read_table(encrypt(plain, tmp_path / name))
        assert "protected with a password" in str(err.value) and "old-style" not in str(err.value)
        assert "without one" in err.value.hint


def test_merged_cells_give_their_value_to_every_record_they_cover_with_a_warning(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["id", "division"], ["1", "Sales"], ["2", None], ["3", None], ["4", "HR"]):
        ws.append(row)
    ws.merge_cells("B2:B4")
    wb.save(tmp_path / "m.xlsx")
    table = read_table(tmp_path / "m.xlsx")
    assert table.frame["division"].to_list() == ["Sales", "Sales", "Sales", "HR"]
    assert len(table.warnings) == 1 and 'B2:B4 ("Sales")' in table.warnings[0]


def test_one_column_with_several_formats_is_shown_cell_by_cell(tmp_path):
    rows = [["id"], ["00042"], [42], [7], [dt.date(2020, 1, 2)], [True], [3.5]]
    formats = {(2, 0): "000000", (4, 0): "dd/mm/yyyy", (6, 0): "0.00"}
    table = read_table(xlsx(tmp_path / "mixed.xlsx", rows, formats))
    assert table.frame["id"].to_list() == ["00042", "000042", "7", "2020-01-02", "TRUE", "3.50"]
    assert table.date_cells["id"].to_list() == [False, False, False, True, False, False]


def test_cells_written_without_references_or_with_a_namespace_prefix(tmp_path):
    path = xlsx(tmp_path / "plain.xlsx", [["id", "n"], ["a", 42], ["b", 7]], {(1, 1): "000000", (2, 1): "000000"})
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    variants = {
        "no_refs.xlsx": re.sub(rb'<c r="[A-Z]+\d+"', b"<c", sheet),
        "prefixed.xlsx": sheet.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=")
        .replace(b"</worksheet>", b"</x:worksheet>")
        .replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>").replace(b"<v>", b"<x:v>").replace(b"</v>", b"</x:v>")
        .replace(b"<row ", b"<x:row ").replace(b"</row>", b"</x:row>")
        .replace(b"<sheetData>", b"<x:sheetData>").replace(b"</sheetData>", b"</x:sheetData>"),
    }
    for name, data in variants.items():
        with zipfile.ZipFile(tmp_path / name, "w") as dst:
            for member, content in parts.items():
                dst.writestr(member, data if member == "xl/worksheets/sheet1.xml" else content)
        from csod_desktop.core.excel_styles import read_xlsx_styles

        found = read_xlsx_styles(str(tmp_path / name), "Employees")
        assert sorted(found.formats.get(1, {}).popitem()[1]) == [1, 2], name


def test_workbook_saved_with_another_workbook_extension_is_read_by_content(tmp_path):
    path = xlsx(tmp_path / "real.xlsx", [["id"], ["00042"]])
    renamed = tmp_path / "named.xls"
    renamed.write_bytes(path.read_bytes())
    assert read_table(renamed).frame.rows() == [("00042",)]


def test_truncated_old_style_workbook(tmp_path):
    path = tmp_path / "cut.xls"
    path.write_bytes(write_xls(tmp_path / "whole.xls").read_bytes()[:1000])
    with pytest.raises(InputFileError) as err:
        read_table(path)
    assert "damaged or incomplete" in str(err.value) and "save it as .xlsx" in err.value.hint


def test_workbook_progress_and_cancel(tmp_path):
    path = xlsx(tmp_path / "p.xlsx", [["id", "n"]] + [[f"{i:05d}", i] for i in range(3000)])
    seen: list[float] = []
    table = read_table(path, progress=seen.append)
    assert table.n_records == 3000 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        read_table(path, is_cancelled=lambda: True)
    calls = {"n": 0}

    def later() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        read_table(path, is_cancelled=later)


def test_unreadable_number_formats_are_refused_rather_than_guessed(tmp_path, monkeypatch):
    path = xlsx(tmp_path / "ok.xlsx", [["id"], [42]], {(1, 0): "000000"})
    assert read_table(path).frame.rows() == [("000042",)]

    def broken(*_args):
        raise ValueError("unexpected style record")

    monkeypatch.setattr("csod_desktop.core.excel_styles.read_xlsx_styles", broken)
    with pytest.raises(InputFileError, match="number formats of ok.xlsx cannot be read"):
        read_table(path)  # never 42 where Excel shows 000042


def test_text_exported_under_a_workbook_name_is_called_what_it_is(tmp_path):
    tsv = tmp_path / "export.xls"
    tsv.write_text("id\tname\r\n00042\tAnn\r\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="plain text") as err:
        read_table(tsv)
    assert "Rename it to .csv" in err.value.hint
    html = tmp_path / "report.xls"
    html.write_text("<html><body><table><tr><td>id</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(InputFileError, match="web page or XML file"):
        read_table(html)


def test_a_format_that_first_appears_far_down_the_sheet_is_still_applied(tmp_path):
    # The fast scan learns each column's formats from the sheet's first block (2 MB of XML); counts over
    # the whole sheet catch a format it did not see there, and those columns are read row by row.
    n = 60_000
    rows = [["id", "n"]] + [[f"{i:06d}", i] for i in range(n)]
    formats = {(r, 1): "000000" for r in range(n - 10, n + 1)}  # only the last ten numbers are formatted
    table = read_table(xlsx(tmp_path / "late.xlsx", rows, formats))
    numbers = table.frame["n"].to_list()
    assert numbers[:3] == ["0", "1", "2"] and numbers[-10:] == [f"{i:06d}" for i in range(n - 10, n)]
