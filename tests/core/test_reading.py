"""Reading administrators' files: encodings, delimiters, Excel, JSON, and the errors that name the line."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import openpyxl
import polars as pl
import pytest

from csod_desktop.core.reading import ReadOptions, read_table
from csod_desktop.errors import Cancelled, InputFileError

QUICK_START_HEADER = (
    "EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
    "EmployeeIdentificationData_Username,DirectManager,"
    "PersonData_ContactData_EmailAddressData_Primary_EmailAddress,WorkerStatusData_LastHireDate,Division,"
    "Position,Location,DynamicOUs_524291,DynamicUserRelations_16384,CF_MultiCheckbox#47"
)
# bulk-api-quick-start.txt, Step 3: the second row has an unquoted comma ("Accountant, San Jose").
QUICK_START_ROWS = [
    "johnsmith01,John,Smith,johnsmith01,904321062,johnsmith01@acme.com,2019-12-01,"
    "SUPERVISORY_ORGANIZATION-3-9244,Account Manager,Los Angeles,Full Time,918634631,Manager;Administrator",
    "janedoe02,Jane,Doe,janedoe02,904321062,janedoe02@acme.com,2019-10-01,"
    "SUPERVISORY_ORGANIZATION-3-9244,Accountant, San Jose,Intern,918634631,",
    "rajkumar01,Raj,Kumar,rajkumar01,903300421,rajkumar01@acme.com,2019-12-01,"
    "SUPERVISORY_ORGANIZATION-3-9244,CS-Customer Service#37486,OR,Part Time,918634631,Administrator",
]


def write(tmp_path, name, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_quick_start_csv_reads_as_text(tmp_path):
    rows = [QUICK_START_ROWS[0], QUICK_START_ROWS[2]]
    path = write(tmp_path, "employees.csv", "\r\n".join([QUICK_START_HEADER, *rows]) + "\r\n")
    table = read_table(path)
    assert table.format == "csv" and table.delimiter == "," and table.encoding == "utf-8"
    assert table.headers == QUICK_START_HEADER.split(",")
    assert table.frame.height == 2
    assert all(dtype == pl.String for dtype in table.frame.dtypes)
    assert table.frame["DirectManager"].to_list() == ["904321062", "903300421"]
    assert table.frame["CF_MultiCheckbox#47"][0] == "Manager;Administrator"


def test_quick_start_unquoted_comma_is_caught(tmp_path):
    # The row still has 13 fields (its custom OU value is missing), so it is not ragged: every value
    # after "Accountant" is one column to the right. The leading space gives it away.
    path = write(tmp_path, "employees.csv", "\n".join([QUICK_START_HEADER, *QUICK_START_ROWS]) + "\n")
    table = read_table(path)
    assert table.frame["Location"][1] == " San Jose"
    [warning] = table.warnings
    assert 'Record 2, column "Location"' in warning and '"Accountant, San Jose"' in warning


def test_unquoted_comma_making_a_long_line_is_ragged(tmp_path):
    rows = [QUICK_START_ROWS[0], QUICK_START_ROWS[1].replace(",Intern,", ",Intern,Full Time,")]
    path = write(tmp_path, "employees.csv", "\n".join([QUICK_START_HEADER, *rows]) + "\n")
    with pytest.raises(InputFileError) as err:
        read_table(path)
    assert err.value.line == 3
    assert "Line 3" in str(err.value) and "14 fields" in str(err.value) and "13" in str(err.value)


def test_one_extra_empty_field_is_ragged(tmp_path):
    # polars accepts "1,2,3," under a 3-column header without a word; we do not.
    with pytest.raises(InputFileError, match="Line 3 of x.csv has 4 fields"):
        read_table(write(tmp_path, "x.csv", "a,b,c\n1,2,3\n4,5,6,\n"))


def test_short_line_is_found_even_when_last_values_are_empty(tmp_path):
    body = "id,name,note\n1,Ann,\n2,Bob\n3,Cy,x\n"
    with pytest.raises(InputFileError) as err:
        read_table(write(tmp_path, "short.csv", body))
    assert err.value.line == 3 and "2 fields" in str(err.value)


def test_empty_last_values_are_not_ragged(tmp_path):
    table = read_table(write(tmp_path, "ok.csv", 'id,name,note\n1,Ann,\n2,"Bob, Jr",""\n'))
    assert table.frame.rows() == [("1", "Ann", None), ("2", "Bob, Jr", "")]


def test_ragged_line_after_embedded_newlines_names_the_physical_line(tmp_path):
    body = 'id,note,x\n1,"two\nlines",a\n2,"more\r\nlines",b\n3,c\n'
    with pytest.raises(InputFileError) as err:
        read_table(write(tmp_path, "ragged.csv", body))
    assert err.value.line == 6


def test_rfc4180_quotes_and_embedded_newlines(tmp_path):
    body = 'id,note\r\n007,"He said ""hi"", then left"\r\n008,"line1\r\nline2"\r\n'
    table = read_table(write(tmp_path, "q.csv", body))
    assert table.frame.rows() == [("007", 'He said "hi", then left'), ("008", "line1\r\nline2")]


def test_nothing_is_coerced(tmp_path):
    body = "id,date,amount,flag\n00042,2019-12-01,1.50,true\n"
    table = read_table(write(tmp_path, "t.csv", body))
    assert table.frame.rows() == [("00042", "2019-12-01", "1.50", "true")]


@pytest.mark.parametrize(
    ("delimiter", "suffix", "fmt"),
    [(",", ".csv", "csv"), (";", ".csv", "csv"), ("\t", ".tsv", "tsv"), ("\t", ".txt", "tsv"), ("|", ".txt", "csv")],
)
def test_delimiter_is_sniffed(tmp_path, delimiter, suffix, fmt):
    body = delimiter.join(["id", "name", "city"]) + "\n" + delimiter.join(["1", '"Doe, Jane"', "Paris"]) + "\n"
    table = read_table(write(tmp_path, "f" + suffix, body))
    assert table.delimiter == delimiter and table.format == fmt
    assert table.frame.rows() == [("1", "Doe, Jane", "Paris")]


def test_semicolon_file_from_french_locale_with_decimal_commas(tmp_path):
    body = "matricule;nom;salaire\n001;Étienne;1 234,56\n002;Zoé;2,5\n"
    table = read_table(write(tmp_path, "fr.csv", body.encode("cp1252")))
    assert table.delimiter == ";" and table.encoding == "windows-1252"
    assert table.frame.rows() == [("001", "Étienne", "1 234,56"), ("002", "Zoé", "2,5")]


def test_single_quote_as_quote_char_is_sniffed(tmp_path):
    table = read_table(write(tmp_path, "sq.csv", "id,name\n1,'Doe, Jane'\n2,'Roe, Rick'\n"))
    assert table.frame.rows() == [("1", "Doe, Jane"), ("2", "Roe, Rick")]


@pytest.mark.parametrize(
    ("encoding", "data_encoding", "expected_name"),
    [
        ("utf-8", "utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le", "utf-16-le"),
        ("cp1252", "cp1252", "windows-1252"),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, data_encoding, expected_name):
    body = "id,name\r\n1,José Müller\r\n2,Chloë “Coco” O’Brien\r\n"
    if encoding == "latin-1":
        body = body.replace("“", '"').replace("”", '"').replace("’", "'")
    table = read_table(write(tmp_path, "enc.csv", body.encode(data_encoding)))
    assert table.encoding == expected_name
    assert table.headers == ["id", "name"]
    assert table.frame["name"].to_list() == ["José Müller", "Chloë “Coco” O’Brien"]


def test_bytes_undefined_in_windows_1252_are_refused_unless_latin1_is_chosen(tmp_path):
    """Latin-1 reads any byte, so it proves nothing: 0x81 is refused with its position (issue 19, item 2)."""
    path = write(tmp_path, "l1.csv", b"id,name\n1,Jos\xe9\x81\n")
    with pytest.raises(InputFileError, match=r"neither UTF-8 nor Windows-1252: byte 7 of line 2 \(0x81\)") as err:
        read_table(path)
    assert err.value.line == 2 and "CSV UTF-8" in err.value.hint
    table = read_table(path, ReadOptions(encoding="latin-1"))
    assert table.frame["name"][0] == "José\x81"


def test_forced_encoding_is_used(tmp_path):
    path = write(tmp_path, "f.csv", "id,name\n1,Ωmega\n".encode("iso-8859-7"))
    table = read_table(path, ReadOptions(encoding="iso-8859-7"))
    assert table.frame["name"][0] == "Ωmega"


def test_mojibake_gives_a_warning(tmp_path):
    body = "id,name\n1,Ren\u00c3\u00a9 Fran\u00c3\u00a7ois\n2,Ann\n"
    table = read_table(write(tmp_path, "m.csv", body))
    assert table.frame["name"][0] == "RenÃ© FranÃ§ois"
    assert any("garbled" in w for w in table.warnings)
    clean = read_table(write(tmp_path, "c.csv", "id,name\n1,René\n"))
    assert clean.warnings == []


def test_empty_file(tmp_path):
    with pytest.raises(InputFileError, match="empty") as err:
        read_table(write(tmp_path, "e.csv", b""))
    assert err.value.line == 1
    with pytest.raises(InputFileError, match="no data"):
        read_table(write(tmp_path, "blank.csv", b"\r\n\r\n"))


def test_header_only_file_has_no_records(tmp_path):
    table = read_table(write(tmp_path, "h.csv", "id,name\n"))
    assert table.headers == ["id", "name"] and table.frame.height == 0


def test_blank_lines_are_not_records(tmp_path):
    table = read_table(write(tmp_path, "b.csv", "id,name\n1,a\n\n2,b\n\n"))
    assert table.frame.rows() == [("1", "a"), ("2", "b")]


def test_duplicate_header(tmp_path):
    with pytest.raises(InputFileError, match='"id" appears twice') as err:
        read_table(write(tmp_path, "d.csv", "id,name,id\n1,2,3\n"))
    assert err.value.line == 1


def test_empty_header(tmp_path):
    with pytest.raises(InputFileError, match="Column 2 .* has no name"):
        read_table(write(tmp_path, "d.csv", "id,,name\n1,2,3\n"))


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "JPEG image"),
        (b"%PDF-1.7\n", "PDF"),
        (b"id,name\n1,a\x00b\n", "binary data"),
    ],
)
def test_binary_files_are_refused(tmp_path, data, what):
    with pytest.raises(InputFileError, match=what):
        read_table(write(tmp_path, "x.csv", data))


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "data.csv"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    with pytest.raises(InputFileError, match="zip archive"):
        read_table(path)
    xlsx = tmp_path / "data.xlsx"
    xlsx.write_bytes(path.read_bytes())
    with pytest.raises(InputFileError, match="not a readable Excel workbook"):
        read_table(xlsx)


def test_unsupported_extension(tmp_path):
    with pytest.raises(InputFileError, match=r"unsupported type \(\.docx\)"):
        read_table(write(tmp_path, "x.docx", "id\n1\n"))
    with pytest.raises(InputFileError, match=r"\.xls"):
        read_table(write(tmp_path, "x.xls", b"\xd0\xcf\x11\xe0"))


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="does not exist"):
        read_table(tmp_path / "nope.csv")


def test_unclosed_quote_names_the_line(tmp_path):
    with pytest.raises(InputFileError) as err:
        read_table(write(tmp_path, "u.csv", 'id,name\n1,a\n2,"b\n3,c\n'))
    assert err.value.line == 3 and "never closed" in str(err.value)


def test_quote_inside_unquoted_value_is_kept_literally(tmp_path):
    table = read_table(write(tmp_path, "q.csv", 'id,name\n1,12" screen\n'))
    assert table.frame.rows() == [("1", '12" screen')]


def test_progress_and_cancel(tmp_path):
    body = "id,name\n" + "".join(f"{i},name {i}\n" for i in range(1000))
    path = write(tmp_path, "p.csv", body)
    seen: list[float] = []
    read_table(path, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        read_table(path, is_cancelled=lambda: True)


def make_workbook(path, rows, *, sheet="Employees", formats=None, extra_sheet=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if formats and (r, c) in formats:
                cell.number_format = formats[(r, c)]
    if extra_sheet:
        other = wb.create_sheet("Notes")
        other.append(["note"])
        other.append(["hello"])
    wb.save(path)
    return path


def test_xlsx_cells_as_displayed_text(tmp_path):
    rows = [
        ["User ID", "Hire date", "Zip", "Salary", "Code", "Active", "Rate", "Ratio"],
        ["00042", dt.datetime(2019, 12, 1), 1234, 52000.5, 7.0, True, 0.125, 1 / 3],
    ]
    formats = {(2, 2): "yyyy-mm-dd", (2, 3): "00000", (2, 4): "#,##0.00", (2, 7): "0.0%"}
    path = make_workbook(tmp_path / "e.xlsx", rows, formats=formats, extra_sheet=True)
    table = read_table(path)
    assert table.format == "xlsx" and table.sheet == "Employees" and table.sheet_names == ["Employees", "Notes"]
    assert table.frame.rows() == [("00042", "2019-12-01", "01234", "52,000.50", "7", "TRUE", "12.5%", "0.333333333333333")]


def test_xlsx_dates_are_dates_whatever_their_format(tmp_path):
    # Issue 13: the built-in short date (format 14) used to be rendered month first, which is wrong on a
    # French or British computer; a date cell is now its date, in ISO text, with a mask for the mapping.
    path = make_workbook(tmp_path / "d.xlsx", [["d"], [dt.date(2018, 1, 29)]], formats={(2, 1): "mm-dd-yy"})
    table = read_table(path)
    assert table.frame["d"][0] == "2018-01-29" and table.warnings == []
    assert table.date_cells["d"].to_list() == [True]
    path = make_workbook(tmp_path / "f.xlsx", [["d"], [dt.datetime(2018, 1, 29, 14, 5)]], formats={(2, 1): "dd/mm/yyyy hh:mm"})
    table = read_table(path)
    assert table.frame["d"][0] == "2018-01-29T14:05:00" and table.warnings == []


def test_xlsx_sheet_and_header_row_choice(tmp_path):
    rows = [["Export of 2026-11-01"], [], ["id", "name"], ["1", "Ann"], [None, None]]
    path = make_workbook(tmp_path / "h.xlsx", rows, extra_sheet=True)
    table = read_table(path, ReadOptions(header_row=2))
    assert table.headers == ["id", "name"] and table.frame.rows() == [("1", "Ann")]
    notes = read_table(path, ReadOptions(sheet="Notes"))
    assert notes.frame.rows() == [("hello",)]
    with pytest.raises(InputFileError, match='no sheet named "Nope"'):
        read_table(path, ReadOptions(sheet="Nope"))


def test_xlsx_duplicate_header_names_the_row(tmp_path):
    path = make_workbook(tmp_path / "d.xlsx", [["x"], ["id", "id"], ["1", "2"]])
    with pytest.raises(InputFileError, match="appears twice") as err:
        read_table(path, ReadOptions(header_row=1))
    assert err.value.line == 2


def test_json_array_of_records(tmp_path):
    data = [
        {"EmployeeIdentificationData_UserId": "johnsmith01", "Salary": 1.50, "Zip": "00042", "Active": True},
        {"EmployeeIdentificationData_UserId": "janedoe02", "Extra": None},
    ]
    path = write(tmp_path, "e.json", json.dumps(data))
    table = read_table(path)
    assert table.format == "json"
    assert table.headers == ["EmployeeIdentificationData_UserId", "Salary", "Zip", "Active", "Extra"]
    assert table.frame.row(0) == ("johnsmith01", "1.5", "00042", "true", None)
    assert table.frame.row(1) == ("janedoe02", None, None, None, None)


def test_json_lines_and_errors(tmp_path):
    table = read_table(write(tmp_path, "e.jsonl", '{"id": "1"}\n\n{"id": "2", "n": 10.50}\n'))
    assert table.frame.rows() == [("1", None), ("2", "10.50")]
    with pytest.raises(InputFileError, match="line 2") as err:
        read_table(write(tmp_path, "bad.jsonl", '{"id": "1"}\n{"id": \n'))
    assert err.value.line == 2
    with pytest.raises(InputFileError, match="record 2 is not a record"):
        read_table(write(tmp_path, "bad.json", '[{"id": "1"}, 5]'))


def test_windows_1252_accent_far_into_the_file(tmp_path):
    body = "id,name\r\n" + "".join(f"{i},plain ascii name\r\n" for i in range(5000)) + "5000,Zoë\r\n"
    table = read_table(write(tmp_path, "late.csv", body.encode("cp1252")))
    assert table.encoding == "windows-1252"
    assert table.frame["name"][-1] == "Zoë" and table.frame.height == 5001


def test_csv_header_row_below_a_title(tmp_path):
    body = "Employee export, 2026-11-01\r\n\r\nid,name\r\n1,Ann\r\n2,Bob,extra\r\n"
    path = write(tmp_path, "t.csv", body)
    with pytest.raises(InputFileError) as err:
        read_table(path, ReadOptions(header_row=2))
    assert err.value.line == 5 and "Line 5" in str(err.value)
    path.write_text(body.replace(",extra", ""), encoding="utf-8")
    table = read_table(path, ReadOptions(header_row=2))
    assert table.headers == ["id", "name"] and table.frame.rows() == [("1", "Ann"), ("2", "Bob")]
    assert table.header_row == 2


def test_unknown_forced_encoding(tmp_path):
    with pytest.raises(InputFileError, match='"klingon" is not an encoding'):
        read_table(write(tmp_path, "k.csv", "id\n1\n"), ReadOptions(encoding="klingon"))


@pytest.mark.parametrize("encoding", ["cp850", "mac-roman", "latin-1"])
def test_forced_single_byte_encodings(tmp_path, encoding):
    path = write(tmp_path, "f.csv", "id,name\n1,Zoë Müller\n".encode(encoding))
    table = read_table(path, ReadOptions(encoding=encoding))
    assert table.frame["name"][0] == "Zoë Müller" and table.encoding == encoding


def test_xlsx_empty_header_in_the_middle_and_trailing_blank_columns(tmp_path):
    path = make_workbook(tmp_path / "m.xlsx", [["id", None, "name"], ["1", "x", "Ann"]])
    with pytest.raises(InputFileError, match="Column 2 .* has no name") as err:
        read_table(path)
    assert err.value.line == 1
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "name"])
    ws.append(["1", "Ann"])
    ws.cell(row=1, column=5).number_format = "0.00"  # formatted but empty: not a column
    wb.save(tmp_path / "t.xlsx")
    assert read_table(tmp_path / "t.xlsx").headers == ["id", "name"]


def test_image_renamed_to_xlsx_and_empty_xlsx(tmp_path):
    with pytest.raises(InputFileError, match="PNG image"):
        read_table(write(tmp_path, "photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(64)))
    with pytest.raises(InputFileError, match="empty"):
        read_table(write(tmp_path, "e.xlsx", b""))


def test_xlsx_saved_as_csv_extension(tmp_path):
    path = make_workbook(tmp_path / "real.xlsx", [["id"], ["1"]])
    renamed = tmp_path / "export.csv"
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(InputFileError, match="Excel workbook saved with a .csv extension"):
        read_table(renamed)


def test_json_with_bom_and_empty_array(tmp_path):
    table = read_table(write(tmp_path, "b.json", b'\xef\xbb\xbf[{"id": "1"}]'))
    assert table.frame.rows() == [("1",)]
    with pytest.raises(InputFileError, match="holds no records"):
        read_table(write(tmp_path, "e.json", "[]"))
