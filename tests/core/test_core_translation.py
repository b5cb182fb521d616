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


# ---- culture findings, workbooks, mapping, ReconcileUsers (the second half of the core's sentences) ----

HIRE = "WorkerStatusData_LastHireDate"


def _employee_schema() -> Schema:
    from importlib import resources

    body = json.loads((resources.files("csod_desktop.sandbox") / "data" / "schemas" / "chr.employee.json")
                      .read_text(encoding="utf-8"))
    body.pop("x-sandbox", None)
    return Schema.from_response(body, "chr.employee")


def _employees(hire: list[str]) -> pl.DataFrame:
    n = len(hire)
    data = {USER_ID: [f"u{i}" for i in range(n)], FIRST: ["Ana"] * n, LAST: ["Lee"] * n, HIRE: hire}
    return pl.DataFrame(data, schema=dict.fromkeys(data, pl.String))


def test_a_culture_finding_is_one_translated_sentence_with_its_dates_in_translated_words(backend):
    from csod_desktop.core.culture_checks import DATE_FORMAT

    result = validate(_employees(["17/11/2023", "18/11/2023", "04/09/2023"]), _employee_schema())
    (finding,) = [p for p in result.problem_list() if p.rule == DATE_FORMAT]
    # The whole sentence is one lookup (the count by the backend's numbers); the order label, the
    # month names and the day-month-year order are the translator's too.
    assert finding.message == (
        "«culture» <2> values of Last Hire Date, such as 17/11/2023, have the day first, but the Date format is "
        "en-US («culture» month first): 17/11/2023 cannot be read, and 04/09/2023 would be loaded as "
        "«culture» 9 «culture» April 2023 instead of «culture» 4 «culture» September 2023.")
    assert finding.hint == ("«culture» Set «culture» Date format to fr-FR on the Load type step (on the command "
                            "line: --setting datetime_culture=fr-FR).")
    (suggestion,) = result.suggestions
    assert suggestion.label == "«culture» Use fr-FR for dates" and suggestion.reason == finding.message
    # No English fragment is left between the looked-up parts.
    assert ("culture", "{count} values of {title}, such as {example}, have the day first, but the Date format is "
                       "{culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} "
                       "instead of {meant}.") in backend


def test_unreadable_dates_are_translated_once_per_column_not_once_per_value(backend):
    schema = _employee_schema()
    key = ("culture", "'{value}' is not a date {title} can take in the {culture} date format ({order}): its year "
                      "has two digits, and the portal reads only four-digit years.")
    few = validate(_employees([f"01/{m:02d}/23" for m in range(1, 4)]), schema)
    once = backend.count(key)
    assert once == 1
    assert any(p.message == "«culture» '01/02/23' is not a date Last Hire Date can take in the en-US date format "
               "(«culture» month first): its year has two digits, and the portal reads only four-digit years."
               for p in few.problem_list())
    backend.clear()
    many = validate(_employees([f"{d:02d}/{m:02d}/{y:02d}" for d in range(1, 13) for m in range(1, 13)
                                for y in range(10, 13)]), schema)  # 432 distinct values
    assert sum(p.rule == "date" for p in many.problem_list()) == 432
    assert backend.count(key) == once


def test_a_workbook_error_comes_through_the_backend_with_its_values(backend, tmp_path):
    from openpyxl import Workbook

    from csod_desktop.core.source import ReadOptions

    book = Workbook()
    book.active.title = "Staff"
    book.active.append(["User ID"])
    book.create_sheet("Notes")
    path = tmp_path / "staff.xlsx"
    book.save(path)
    with pytest.raises(InputFileError) as err:
        read_table(path, ReadOptions(sheet="Employees"))
    assert err.value.args[0] == '«reading» staff.xlsx has no sheet named "Employees" (sheets: Staff, Notes).'
    assert err.value.hint == "«reading» Choose one of the sheets listed."


def test_a_mapping_error_comes_through_the_backend_with_its_values(backend):
    from csod_desktop.core.mapping import Mapping
    from csod_desktop.errors import TemplateError

    mapping = Mapping("chr.employee", columns={"Emp #": USER_ID, "Given": FIRST})
    with pytest.raises(TemplateError) as err:
        mapping.apply(pl.DataFrame({"Emp #": ["u1"]}))
    assert err.value.args[0] == '«mapping» The file has no column named "Given".'
    assert err.value.hint == "«mapping» Map those properties to columns of this file, or unmap them."


def test_the_reconcile_sentence_comes_through_the_backend_with_its_numbers(backend):
    from csod_desktop.core.reconcile import Deactivation, ReconcilePreview

    people = (Deactivation("bsuser", "BS Admin", "CSODBSAdmin", None, None, system_account=True),
              Deactivation("api", "API", None, None, None, service_account=True),
              *(Deactivation(f"e{i}", "E", None, None, None) for i in range(1232)))
    preview = ReconcilePreview(people, active_employees=20000, incomplete=True)
    assert preview.sentence == (
        "«reconcile» ReconcileUsers would deactivate <1234> of the portal's <20000> active employees (6.2%). "
        "«reconcile» Among them: «reconcile» bsuser (a system account), «reconcile» api (the API application’s own "
        "account). «reconcile» Your API user sees only part of the portal's employees, so the load may deactivate "
        "more people than listed here.")
    assert preview.rows()[0][2] == "«reconcile» a system account"
    with i18n.english():
        assert preview.sentence.startswith("ReconcileUsers would deactivate 1,234 of the portal's 20,000 active "
                                           "employees (6.2%). Among them: bsuser (a system account), api (the API")


def test_a_standard_type_has_one_name_in_the_window_s_words_with_or_without_the_portal_s_title():
    from csod_desktop import i18n
    from csod_desktop.core.type_names import type_title

    assert type_title("chr.employee", title="Employee") == "Employee"
    i18n.install(lambda c, t, d, n: f"«{t}»")
    try:
        assert type_title("chr.employee", title="Employee") == type_title("chr.employee") == "«Employee»"
        assert type_title("ou.costcenter", title="Cost Center") == "«Cost Center»"
        assert type_title("ou.customou", 524291, title="Region") == "Region"  # the portal's own name: data
        assert type_title("chr.employee", title="Staff member") == "Staff member"  # a portal's other title
    finally:
        i18n.install(None)
