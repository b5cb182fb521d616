"""The sandbox reads a payload as Cornerstone does: every value with the job's one culture, no guessing.

bulk-api-data-format.txt: "You can specify the format of dates in your payload using the datetime_culture
field ... as long as all the fields follow the same format", and likewise number_culture. Nothing says the
portal looks at the whole column, so a day-first payload sent under en-US is read month first: a date en-US
cannot read (13/09/2023, no 13th month) fails its record, and one it can (04/09/2023) is stored as en-US
reads it (9 April). The sandbox is the oracle of what Cornerstone would store; the client's inference
(core.culture_checks) is what keeps such a payload from being sent.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sandbox_http import Api

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
HIRE = "WorkerStatusData_LastHireDate"
BONUS = "CF_NumericField#31"


def _french_payload(**bonus: str) -> bytes:
    """The French sample as a payload: UTF-8, commas (what the client would send), bonuses rewritten."""
    rows = list(csv.reader(io.StringIO((SAMPLES / "employees_fr_cp1252.csv").read_bytes().decode("cp1252")),
                           delimiter=";"))
    column = rows[0].index(BONUS)
    for row in rows[1:]:
        row[column] = bonus.get(row[0], row[column])
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _report(api: Api, import_id: str) -> dict[str, dict[str, str]]:
    answer = api.call("GET", f"/imports/{import_id}/report")
    assert answer.status_code == 200, answer.text
    rows = csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"), newline=""))
    return {row["EmployeeIdentificationData_UserId"]: row for row in rows}


def _stored(api: Api, user_id: str) -> dict[str, str] | None:
    """The employee as the portal stored it (the control plane's ``GET /_sandbox/users/{id}``), or None."""
    answer = api.http.get(f"{api.server.root_url.rstrip('/')}/_sandbox/users/{user_id}")
    return answer.json() if answer.status_code == 200 else None


def test_day_first_dates_sent_as_en_us_fail_or_are_stored_month_first(api: Api) -> None:
    job_id, import_id = api.load("chr.employee", _french_payload(),
                                 {"datetime_culture": "en-US", "number_culture": "fr-FR"})
    (status,) = api.wait(job_id)["imports"]
    assert status["status"] == "Completed"
    assert (status["successful_records"], status["error_records"]) == (4, 6)
    report = _report(api, import_id)
    # The six dates whose day is over 12 are refused, naming the culture that could not read them.
    refused = {uid: row[HIRE] for uid, row in report.items() if row["Loaded"] == "false"}
    assert refused == {"F10003": "17/11/2023", "F10004": "24/12/2023", "F10005": "30/01/2024",
                       "F10007": "13/04/2024", "F10008": "20/05/2024", "F10009": "26/06/2024"}
    assert all("en-US" in report[uid]["Errors"] for uid in refused)
    assert all(_stored(api, uid) is None for uid in refused)
    # The four others load, month first, as Cornerstone would store them: wrong, silently.
    stored = {uid: _stored(api, uid)[HIRE] for uid in ("F10001", "F10002", "F10006", "F10010")}
    assert stored == {"F10001": "2023-04-09", "F10002": "2023-11-10", "F10006": "2024-07-03",
                      "F10010": "2024-02-08"}


def test_the_same_payload_as_fr_fr_stores_the_dates_meant(api: Api) -> None:
    job_id, _ = api.load("chr.employee", _french_payload(), {"datetime_culture": "fr-FR", "number_culture": "fr-FR"})
    (status,) = api.wait(job_id)["imports"]
    assert (status["successful_records"], status["error_records"]) == (10, 0)
    assert _stored(api, "F10001")[HIRE] == "2023-09-04"
    assert _stored(api, "F10001")[BONUS] == "7.5"


def test_numbers_the_culture_cannot_read_are_refused_never_misread(api: Api) -> None:
    payload = _french_payload(F10001="1.234,56", F10002="1,234", F10003="1 234,56", F10004="1234")
    job_id, import_id = api.load("chr.employee", payload, {"datetime_culture": "fr-FR", "number_culture": "en-US"})
    api.wait(job_id)
    report = _report(api, import_id)
    # 1.234,56 is es-ES: en-US refuses it (it is never read as 1.234); 7,5 and 1 234,56 are refused too.
    assert report["F10001"]["Loaded"] == "false" and "en-US" in report["F10001"]["Errors"]
    assert report["F10003"]["Loaded"] == "false"
    assert "F10005" in report and report["F10005"]["Loaded"] == "false"  # 11,5
    # 1,234 and 1234 are numbers en-US reads: stored as it reads them.
    assert _stored(api, "F10002")[BONUS] == "1234"
    assert _stored(api, "F10004")[BONUS] == "1234"
