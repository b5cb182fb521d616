"""Hostile and unlucky files (issue 19): encodings proved, not guessed; invisible characters; JSON that is
not a flat list of records; old-Mac line ends; huge values named, not echoed."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from csod_desktop.core.problems import SHOWN_CHARS
from csod_desktop.core.reading import ReadOptions, read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate
from csod_desktop.errors import InputFileError

SCHEMAS = Path(__file__).resolve().parents[2] / "csod_desktop" / "sandbox" / "data" / "schemas"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def schema(key: str) -> Schema:
    return Schema.from_response(json.loads((SCHEMAS / f"{key}.json").read_text(encoding="utf-8")), key)


# ------------------------------------------------------------------------------------ item 2: encodings


def test_a_utf8_file_with_one_late_windows_1252_byte_is_refused_with_the_line_and_byte(tmp_path):
    """Once, 2,990 names like "ZÃ¼rich" reached the portal: the whole file was read as Windows-1252."""
    body = "id,city\r\n" + "".join(f"{i},Zürich\r\n" for i in range(2990))
    path = write(tmp_path, "late.csv", body.encode("utf-8") + "2990,Zürich\r\n".encode("cp1252"))
    with pytest.raises(InputFileError) as err:
        read_table(path)
    message = str(err.value)
    assert "mixes two encodings" in message
    assert "byte 7 of line 2992 (0xfc) is not UTF-8" in message
    assert err.value.line == 2992 and "CSV UTF-8" in err.value.hint


def test_a_windows_1252_file_whose_first_bytes_are_valid_utf8_is_refused(tmp_path):
    # "Â£" written by a UTF-8 program, then "Zoë" typed in a Windows-1252 one.
    path = write(tmp_path, "mixed.csv", "id,price\r\n1,Â£ 5\r\n".encode("utf-8") + "2,Zoë\r\n".encode("cp1252"))
    with pytest.raises(InputFileError, match=r'holds the UTF-8 character "Â" on line 2 .* byte 5 of line 3 \(0xeb\)'):
        read_table(path)
    # Told the encoding, the administrator decides: read as Windows-1252 throughout.
    table = read_table(path, ReadOptions(encoding="cp1252"))
    assert table.frame["price"].to_list() == ["Ã‚Â£ 5", "Zoë"]


def test_a_clean_windows_1252_file_and_a_clean_utf8_file_still_read(tmp_path):
    cp = write(tmp_path, "cp.csv", ("id,name\r\n" + "".join(f"{i},x\r\n" for i in range(5000)) + "9,Zoë\r\n").encode("cp1252"))
    assert read_table(cp).encoding == "windows-1252" and read_table(cp).frame["name"][-1] == "Zoë"
    utf8 = write(tmp_path, "u.csv", "id,name\r\n1,Zürich\r\n")
    assert read_table(utf8).encoding == "utf-8" and read_table(utf8).frame["name"][0] == "Zürich"


def test_a_utf8_bom_then_windows_1252_bytes_is_refused(tmp_path):
    path = write(tmp_path, "bom.csv", b"\xef\xbb\xbfid,name\n1,Jos\xe9\n")
    with pytest.raises(InputFileError, match="starts with the UTF-8 byte order mark, but byte 6 of line 2"):
        read_table(path)


# --------------------------------------------------------------------------- item 3: invisible characters


def test_lookalike_ids_with_invisible_characters_are_errors_with_the_position(tmp_path):
    path = write(tmp_path, "ous.csv", "ouRefId,ouName\r\nRT-Z1,Sales\r\nRT-Z1\u200b,Sales 2\r\n\u200bRT-Z1,Sales 3\r\n"
                 "\ufeffRT-001,Sales\u00a04\r\n")
    table = read_table(path)
    # The BOM in the middle of the file is kept in the id: the reader does not hide it...
    assert table.frame["ouRefId"].to_list()[3] == "\ufeffRT-001"
    result = validate(table.frame, schema("ou.division"))
    # ...the check shows it.
    rows = {(p.row, p.column): p for p in result.problem_list() if p.rule == "invisible"}
    assert set(rows) == {(2, "ouRefId"), (3, "ouRefId"), (4, "ouRefId"), (4, "ouName")}
    assert rows[(2, "ouRefId")].severity == "error"
    assert "'RT-Z1<U+200B>'" in rows[(2, "ouRefId")].message and "character 6" in rows[(2, "ouRefId")].message
    assert "character 1" in rows[(3, "ouRefId")].message
    assert "byte order mark (U+FEFF) at character 1" in rows[(4, "ouRefId")].message
    # In a name it is only odd: a warning, and the record still loads.
    assert rows[(4, "ouName")].severity == "warning" and "no-break space" in rows[(4, "ouName")].message
    assert result.valid.to_list() == [True, False, False, False]


def test_an_invisible_character_in_a_reference_is_an_error():
    frame = pl.DataFrame({"ouRefId": ["A1", "A2"], "ouName": ["a", "b"], "parentRefId": ["A1\u200d", None]})
    problems = [p for p in validate(frame, schema("ou.division")).problem_list() if p.rule == "invisible"]
    assert [(p.row, p.column, p.severity) for p in problems] == [(1, "parentRefId", "error")]
    assert "zero-width joiner (U+200D) at character 3" in problems[0].message


# --------------------------------------------------------------------------- items 5 and 12: JSON files


def test_nested_json_values_are_explained_not_sent_as_json_text(tmp_path):
    records = [{"ouRefId": "1", "ouName": {"en": "Sales", "fr": "Ventes"}}, {"ouRefId": "2", "tags": ["a", "b"]},
               {"ouRefId": "3", "ouName": {"en": "HR"}}]
    with pytest.raises(InputFileError) as err:
        read_table(write(tmp_path, "nested.json", json.dumps(records)))
    message = str(err.value)
    assert 'record 1 holds an object as the value of "ouName" ({"en": "Sales", "fr": "Ventes"})' in message
    assert '"ouName" (2 records), "tags" (1 record)' in message
    assert "flat" in err.value.hint
    lines = '{"ouRefId": "1"}\n{"ouRefId": "2", "ouName": {"en": "x"}}\n'
    with pytest.raises(InputFileError, match='line 2 holds an object') as err:
        read_table(write(tmp_path, "nested.jsonl", lines))
    assert err.value.line == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_json_file_is_read_as_what_it_is(tmp_path, encoding):
    records = [{"ouRefId": "Z1", "ouName": "Zoë’s team"}, {"ouRefId": "Z2", "ouName": "Ωmega", "n": 1.50}]
    table = read_table(write(tmp_path, "u.json", json.dumps(records, ensure_ascii=False).encode(encoding)))
    assert table.frame.rows() == [("Z1", "Zoë’s team", None), ("Z2", "Ωmega", "1.5")]


def test_a_broken_utf16_json_file_is_refused_as_utf16_not_as_binary(tmp_path):
    data = '[{"ouRefId": "Z1"}]'.encode("utf-16")[:-1]  # half a character at the end
    with pytest.raises(InputFileError, match="cannot be read as UTF-16") as err:
        read_table(write(tmp_path, "cut.json", data))
    assert "NUL" not in str(err.value)


def test_deeply_nested_json_gives_a_sentence_not_a_recursion_error(tmp_path):
    with pytest.raises(InputFileError, match="nested inside each other too deeply"):
        read_table(write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000))
    lines = '{"a": "1"}\n{"a": ' + "[" * 5000 + "]" * 5000 + "}\n"
    with pytest.raises(InputFileError, match=r"too deeply .*\(line 2\)") as err:
        read_table(write(tmp_path, "deep.jsonl", lines))
    assert err.value.line == 2


def test_a_json_file_that_is_not_utf8_names_the_line_and_byte(tmp_path):
    with pytest.raises(InputFileError, match=r"byte 0xeb at character 25 of line 1") as err:
        read_table(write(tmp_path, "cp.json", '[{"id": "1", "name": "Zoë"}]'.encode("cp1252")))
    assert err.value.line == 1


# --------------------------------------------------------------------------- item 12: line ends


def test_old_mac_line_ends_are_read_as_lines(tmp_path):
    table = read_table(write(tmp_path, "mac.csv", b'id,name\r1,"two\rlines"\r2,Zo\xc3\xab\r'))
    assert table.frame.rows() == [("1", "two\nlines"), ("2", "Zoë")]
    assert any("carriage return alone" in w for w in table.warnings)
    cp = read_table(write(tmp_path, "maccp.csv", b"\xef\xbb\xbfid,name\r1,Ann\r2,Bob\r"))
    assert cp.headers == ["id", "name"] and cp.frame.height == 2


def test_csv_errors_are_in_plain_words(tmp_path):
    with pytest.raises(InputFileError) as err:
        read_table(write(tmp_path, "q.csv", b'id,"na\r\nme\n1,2\n'))
    assert "never closed" in str(err.value)
    assert "universal-newline" not in str(err.value) and "Error" not in str(err.value)


# --------------------------------------------------------------------------- item 9: values echoed


def test_a_huge_cell_is_named_not_echoed_whole():
    huge = "x" * 2_000_000
    frame = pl.DataFrame({"ouRefId": ["A1", "A2"], "ouName": [huge, "ok"], "active": ["maybe" + huge, "true"]})
    result = validate(frame, schema("ou.division"))
    problems = result.problem_list()
    assert {(p.column, p.rule) for p in problems} == {("ouName", "max_length"), ("active", "boolean")}
    for problem in problems:
        assert len(problem.message) < 2 * SHOWN_CHARS + 400, problem.rule
        assert problem.value is None or len(problem.value) < SHOWN_CHARS + 40, problem.rule
    cut = next(p for p in problems if p.column == "ouName")
    assert cut.value.endswith(f"… ({len(huge)} characters)")


def test_a_template_file_is_read_bounded(tmp_path):
    from csod_desktop.core.templates import TemplateStore
    from csod_desktop.errors import TemplateError

    store = TemplateStore(tmp_path / "templates")
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: 64 MB of NUL bytes
    with pytest.raises(TemplateError, match="larger than 4 MB"):
        store.load(big)
    deep = write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(TemplateError, match="not valid JSON"):
        store.load(deep)
