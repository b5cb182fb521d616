"""Excel dates are dates (issue 13): a workbook's date cells reach the sandbox as the date they hold."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import xlsxwriter
from cli_shapes import SAMPLES, parse_json, run_cli

#: Three date cells as three computers would show them: Excel's locale short date (format 14), a
#: custom day-first format and a year-first one; 4 September would be 9 April if read the wrong way.
DATES = [(dt.date(2023, 9, 4), 14), (dt.date(2019, 12, 1), "dd/mm/yyyy"), (dt.date(2021, 1, 13), "yyyy-mm-dd")]
DATE = "WorkerStatusData_LastHireDate"
FORMS = {"en-US": "%m/%d/%Y", "fr-FR": "%d/%m/%Y", "en-GB": "%Y-%m-%d"}


def workbook(tmp_path):
    with (SAMPLES / "employees.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1 : 1 + len(DATES)]
    column = header.index(DATE)
    path = tmp_path / "hires.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Employees")
    sheet.write_row(0, 0, header)
    for r, (row, (day, code)) in enumerate(zip(body, DATES, strict=True), start=1):
        for c, value in enumerate(row):
            if c == column:
                sheet.write_datetime(r, c, dt.datetime.combine(day, dt.time()), book.add_format({"num_format": code}))
            else:
                sheet.write_string(r, c, value)
    book.close()
    return path, [row[header.index("EmployeeIdentificationData_UserId")] for row in body]


@pytest.mark.parametrize("culture", ["en-US", "fr-FR", "en-GB"])
def test_workbook_date_cells_are_stored_as_their_dates_under_each_culture(sandbox, tmp_path, culture):
    path, user_ids = workbook(tmp_path)
    done = run_cli(
        "load", "--base-url", sandbox.root_url, "--client-id", "demo-client",
        "--import", f"chr.employee={path}", "--setting", f"datetime_culture={culture}",
        "--wait", "--poll-interval", "0.2", "--payload-dir", str(tmp_path / "sent"), "--json",
    )
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    assert doc["outcome"] == "loaded", doc
    assert doc["imports"][0]["counts"]["successful_records"] == len(DATES)
    # The payload writes each date in the form the import's datetime_culture reads.
    (payload,) = (tmp_path / "sent").glob("*.csv")
    with payload.open(newline="", encoding="utf-8-sig") as handle:
        sent = [row[DATE] for row in csv.DictReader(handle)]
    assert sent == [day.strftime(FORMS[culture]) for day, _code in DATES]
    for user_id, (day, _code) in zip(user_ids, DATES, strict=True):
        stored = sandbox.control(f"users/{user_id}")[DATE]
        assert str(stored)[:10] == day.isoformat(), (culture, user_id, stored)
