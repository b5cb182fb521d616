"""``csod-desktop load`` never loads a date other than the one meant, and never changes a setting itself (issue 13)."""

from __future__ import annotations

import httpx
from cli_shapes import SAMPLES, parse_json, run_cli, validate_load_document

FR = SAMPLES / "employees_fr_cp1252.csv"
FAST = ["--poll-interval", "0.2"]
HIRE = "WorkerStatusData_LastHireDate"
SENTENCE = ("6 values of Last Hire Date, such as 17/11/2023, have the day first, but the Date format is en-US "
            "(month first): 17/11/2023 cannot be read, and 04/09/2023 would be loaded as 9 April 2023 instead of "
            "4 September 2023.")
FIX = "Set Date format to fr-FR on the Load type step (on the command line: --setting datetime_culture=fr-FR)."


def _where(sandbox) -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", "demo-client"]


def _posts(sandbox) -> list[dict]:
    return [r for r in sandbox.requests() if r["method"] == "POST" and "/bulk-api/v1/" in r["path"]
            and "/schemas" not in r["path"]]


def _stored(sandbox, user_id: str) -> dict:
    answer = httpx.get(f"{sandbox.root_url.rstrip('/')}/_sandbox/users/{user_id}", timeout=30)
    answer.raise_for_status()
    return answer.json()


def _warnings(done) -> list[str]:
    """The reporter's warning lines (not the indented per-rule counts of the validation summary)."""
    return [line for line in done.stderr.splitlines() if line.startswith("warning:")]


def _french_subset(tmp_path, keep: set[str], dates: dict[str, str] | None = None):
    """Records of the French sample (Windows-1252, semicolons), some dates rewritten."""
    lines = FR.read_bytes().decode("cp1252").splitlines()
    out = [lines[0]]
    for line in lines[1:]:
        fields = line.split(";")
        if fields[0] in keep:
            fields[5] = (dates or {}).get(fields[0], fields[5])
            out.append(";".join(fields))
    path = tmp_path / "subset.csv"
    path.write_bytes(("\r\n".join(out) + "\r\n").encode("cp1252"))
    return path


def test_french_file_without_settings_stops_with_the_sentence(sandbox):
    for policy in ("abort", "skip"):  # a file-level error stops the run either way
        done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={FR}", "--on-invalid", policy, "--json")
        assert done.returncode == 2, done.stderr
        doc = parse_json(done)
        validate_load_document(doc)
        assert doc["outcome"] == "invalid" and doc["error"]["type"] == "InvalidData"
        name = "employees_fr_cp1252.csv"
        assert doc["error"]["message"] == f"{name} cannot be sent as it is: {SENTENCE} Nothing was sent."
        assert doc["error"]["hint"] == FIX + (" Set Number format to fr-FR on the Load type step (on the command "
                                              "line: --setting number_culture=fr-FR).")
        assert SENTENCE in done.stderr and FIX in done.stderr
        (item,) = doc["imports"]
        errors = [p for p in item["problems"]["items"] if p["severity"] == "error"]
        assert [(p["row"], p["column"], p["rule"]) for p in errors] == [
            (0, HIRE, "date_format"), (0, "CF_NumericField#31", "number_format")]
        assert [(s["setting"], s["value"], s["kind"], s["cli"]) for s in item["suggestions"]] == [
            ("datetime_culture", "fr-FR", "switch", "--setting datetime_culture=fr-FR"),
            ("number_culture", "fr-FR", "switch", "--setting number_culture=fr-FR")]
        assert item["settings"] == {} and item["sent_records"] == 0  # the CLI changed no setting itself
    assert _posts(sandbox) == []


def test_french_file_with_its_settings_loads_the_right_dates(sandbox):
    done = run_cli(
        "load", *_where(sandbox), "--import", f"chr.employee={FR}", "--setting", "datetime_culture=fr-FR",
        "--setting", "number_culture=fr-FR", "--wait", *FAST, "--json",
    )
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    (item,) = doc["imports"]
    assert item["counts"]["successful_records"] == 10 and item["suggestions"] == []
    assert _warnings(done) == []
    # What the portal stored, read through the sandbox's control plane.
    first = _stored(sandbox, "F10001")
    assert first[HIRE] == "2023-09-04"  # 04/09/2023, day first: 4 September, not 9 April
    assert first["CF_NumericField#31"] == "7.5"
    assert _stored(sandbox, "F10007")[HIRE] == "2024-04-13"
    assert _stored(sandbox, "F10006")[HIRE] == "2024-03-07"


def test_ambiguous_dates_warn_and_iso_dates_do_not(sandbox, tmp_path):
    ambiguous = _french_subset(tmp_path, {"F10001", "F10002", "F10006", "F10010"})
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={ambiguous}", "--setting",
                   "number_culture=fr-FR", "--dry-run", "--payload-dir", str(tmp_path / "p"), "--json")
    assert done.returncode == 0, done.stderr
    doc = parse_json(done)
    validate_load_document(doc)
    (item,) = doc["imports"]
    (confirm,) = [p for p in item["problems"]["items"] if p["rule"] == "confirm_date_format"]
    assert confirm["severity"] == "warning" and confirm["row"] == 0 and confirm["column"] == HIRE
    assert "04/09/2023 will be loaded as 9 April 2023, and 11/10/2023 as 10 November 2023" in confirm["message"]
    assert [(s["kind"], s["value"], s["current"]) for s in item["suggestions"]] == [("confirm", "fr-FR", "en-US")]
    warned = _warnings(done)
    assert len(warned) == 1 and "04/09/2023 will be loaded as 9 April 2023" in warned[0]
    assert "--setting datetime_culture=fr-FR" in warned[0]

    iso = _french_subset(tmp_path, {"F10001", "F10002"}, {"F10001": "2023-09-04", "F10002": "2023-10-11"})
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={iso}", "--setting",
                   "number_culture=fr-FR", "--dry-run", "--payload-dir", str(tmp_path / "q"), "--json")
    assert done.returncode == 0, done.stderr
    (item,) = parse_json(done)["imports"]
    assert item["suggestions"] == [] and not [p for p in item["problems"]["items"] if p["row"] == 0]
    assert _warnings(done) == []
