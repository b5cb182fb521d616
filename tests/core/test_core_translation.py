"""The core's sentences (validation problems, file-reading errors) go through i18n.translate, values filled after."""

from __future__ import annotations

import json

import polars as pl
import pytest

from csod_desktop import i18n
from csod_desktop.core.reading import read_table
from csod_desktop.core.schema import Schema
from csod_desktop.core.validation import validate
from csod_desktop.errors import InputFileError

try:  # the reference schemas live beside their own tests; tests/core may or may not be a package
    from .test_schema import QUICK_START_SCHEMA
except ImportError:
    from test_schema import QUICK_START_SCHEMA  # type: ignore[no-redef]

USER_ID = "EmployeeIdentificationData_UserId"
FIRST = "PersonData_NameData_FirstName"
LAST = "PersonData_NameData_LastName"


@pytest.fixture
def backend():
    """A fake language: every text looked up comes back as «context» TEXT, placeholders kept for .format()."""
    seen: list[tuple[str, str]] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text))
        return f"«{context}» {i18n.english_plural(text, n) if n >= 0 else text}"

    i18n.install(lookup, number=lambda value: f"<{value}>")
    yield seen
    i18n.install(None)


def _frame() -> pl.DataFrame:
    return pl.DataFrame({USER_ID: ["u1", "u1", "u3"], FIRST: ["Jane", "", "Raj"], LAST: ["Doe", "x" * 201, "Kumar"],
                         "Gender": ["female", "Janitor", "male"], "Division": ["SUP_1"] * 3})


def _messages(result) -> dict[str, tuple[str, str]]:
    return {r["rule"]: (r["message"], r["hint"]) for r in result.problems.iter_rows(named=True)}


def test_validation_messages_and_hints_come_through_the_backend_with_their_values(backend):
    schema = Schema.from_response(json.loads(QUICK_START_SCHEMA))
    found = _messages(validate(_frame(), schema))
    # A message built per record from columns (the length, the record number), the template translated.
    assert found["max_length"] == (
        "«validation» Last Name is 201 characters long; the portal accepts at most 200.",
        "«validation» Shorten Last Name to 200 characters (spaces at both ends do not count).")
    assert found["duplicate"][0] == ("«validation» User ID 'u1' already appears in record 1; the portal loads the "
                                     "first record and rejects this one.")
    assert found["required"] == ("«validation» First Name is required and is empty in this record.",
                                 "«validation» Fill in First Name for this record.")
    assert found["enum"][0] == "«validation» 'Janitor' is not one of the values allowed for Gender."
    assert found["enum"][1].startswith("«validation» Use one of the values allowed for Gender: female, male")
    # The grouped reference note: its "3 records" is translated too, inside the translated sentence.
    assert found["reference"][0] == ("«validation» Division 'SUP_1' is not in this file, so this organizational unit "
                                     "must already exist in the portal (used by «validation» 3 records).")
    # Translated once per check, not once per record: 300 records look up as often as 3.
    key = ("validation", "{title} is required and is empty in this record.")
    small = backend.count(key)
    backend.clear()
    validate(pl.concat([_frame()] * 100), schema)
    assert backend.count(key) == small


def test_file_level_numbers_are_written_by_the_backend(backend, monkeypatch):
    from csod_desktop.core import validation as validation_module

    monkeypatch.setattr(validation_module, "MAX_RECORDS", 2)
    schema = Schema.from_response(json.loads(QUICK_START_SCHEMA))
    found = _messages(validate(_frame(), schema))
    assert found["records"][0].startswith("«validation» The file has <3> records; one import holds at most <2> ")


def test_reading_errors_come_through_the_backend_with_their_values(backend, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6,7\n", encoding="utf-8")
    with pytest.raises(InputFileError) as err:
        read_table(path)
    assert str(err.value.args[0]) == ("«reading» Line 3 of staff.csv has 4 fields but the header has 3: a value "
                                      "probably contains an unquoted delimiter.")
    assert err.value.hint == ("«reading» Put values that contain the delimiter in double quotes, or fix the line "
                              "in the source system.")
    with pytest.raises(InputFileError) as err:
        read_table(tmp_path / "missing.csv")
    assert err.value.hint == "«reading» Check the file name."


def test_within_english_the_core_speaks_english_with_a_backend_installed(backend, tmp_path):
    schema = Schema.from_response(json.loads(QUICK_START_SCHEMA))
    path = tmp_path / "staff.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6,7\n", encoding="utf-8")
    with i18n.english():
        found = _messages(validate(_frame(), schema))
        with pytest.raises(InputFileError) as err:
            read_table(path)
    assert found["max_length"][0] == "Last Name is 201 characters long; the portal accepts at most 200."
    assert found["reference"][0] == ("Division 'SUP_1' is not in this file, so this organizational unit must already "
                                     "exist in the portal (used by 3 records).")
    assert err.value.args[0] == "Line 3 of staff.csv has 4 fields but the header has 3: a value probably contains " \
        "an unquoted delimiter."
    assert not any("«" in m + h for m, h in found.values())
