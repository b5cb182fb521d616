"""Write a synthetic 1,000,000-row employee export (the quick start's 13 columns) with planted errors.

Usage: python tests/benchmarks/generate.py [--rows N] [--out DIR] [--seed S]
Writes DIR/employees.csv (UTF-8, CRLF, RFC 4180 quoting) and DIR/planted.json, the manifest of every
planted problem as {"row": record number (1-based, header excluded), "column", "rule", "severity"}.
Dates are year first (the job setting datetime_culture=en-GB), as in the quick start's example.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import polars as pl

COLUMNS = [
    "EmployeeIdentificationData_UserId",
    "PersonData_NameData_FirstName",
    "PersonData_NameData_LastName",
    "EmployeeIdentificationData_Username",
    "DirectManager",
    "PersonData_ContactData_EmailAddressData_Primary_EmailAddress",
    "WorkerStatusData_LastHireDate",
    "Division",
    "Position",
    "Location",
    "DynamicOUs_524291",
    "DynamicUserRelations_16384",
    "CF_MultiCheckbox#47",
]
SETTINGS = {"LoadPrimaryKey": 0, "datetime_culture": "en-GB", "number_culture": "en-US"}
FIRST = ["John", "Jane", "Raj", "James", "Aime", "Zoë", "José", "Chloé", "Mei", "Olu", "Anna", "Björn"]
LAST = ["Smith", "Doe", "Kumar", "Anderson", "Jones", "Müller", "O'Brien", "García", "Nguyen", "Okafor"]
DIVISIONS = ["SUPERVISORY_ORGANIZATION-3-9244", "SUPERVISORY_ORGANIZATION-3-9286", "SUP_000012151"]
POSITIONS = ["Account Manager", "Accountant", "CS-Customer Service#37486", "Computer Support Specialist",
             "Corporate Services Manager", "Manager, Payroll", 'Analyst "Tier 2"']
LOCATIONS = ["Los Angeles", "San Jose", "Brisbane", "Shanghai", "OR", "Paris", "Lagos"]
EMPLOYEE_TYPES = ["Full Time", "Part Time", "Intern"]
ROLES = ["Manager;Administrator", "Administrator", "IT", "", "HR", "Finance;IT", "Instructor"]
#: Kinds of planted problems and how many of each (a few hundred in all).
KINDS = {"required": 60, "max_length": 60, "enum": 60, "date": 60, "duplicate": 60, "reference": 60}


def build(rows: int, seed: int) -> tuple[pl.DataFrame, list[dict[str, object]]]:
    rng = np.random.default_rng(seed)
    idx = np.arange(rows)
    ids = pl.Series("i", idx).cast(pl.String).str.zfill(7)
    user = ("u" + ids).alias("u")
    # Managers and HR partners are earlier users of the same file (the first ten have none).
    mgr_idx = (idx * rng.uniform(0.0, 1.0, rows)).astype(np.int64)
    days = rng.integers(0, 365 * 30, rows)
    base = np.datetime64("1995-01-01") + days.astype("timedelta64[D]")
    frame = pl.DataFrame(
        {
            COLUMNS[0]: user,
            COLUMNS[1]: np.array(FIRST)[rng.integers(0, len(FIRST), rows)],
            COLUMNS[2]: np.array(LAST)[rng.integers(0, len(LAST), rows)],
            COLUMNS[3]: user,
            COLUMNS[4]: pl.Series(mgr_idx).cast(pl.String).str.zfill(7),
            COLUMNS[5]: user + "@acme.com",
            COLUMNS[6]: pl.Series(base.astype("datetime64[D]")).dt.strftime("%Y-%m-%d"),
            COLUMNS[7]: np.array(DIVISIONS)[rng.integers(0, len(DIVISIONS), rows)],
            COLUMNS[8]: np.array(POSITIONS)[rng.integers(0, len(POSITIONS), rows)],
            COLUMNS[9]: np.array(LOCATIONS)[rng.integers(0, len(LOCATIONS), rows)],
            COLUMNS[10]: np.array(EMPLOYEE_TYPES)[rng.integers(0, len(EMPLOYEE_TYPES), rows)],
            COLUMNS[11]: pl.Series((idx * rng.uniform(0.0, 1.0, rows)).astype(np.int64)).cast(pl.String).str.zfill(7),
            COLUMNS[12]: np.array(ROLES)[rng.integers(0, len(ROLES), rows)],
        }
    )
    frame = frame.with_columns(
        ("u" + pl.col(COLUMNS[4])).alias(COLUMNS[4]),
        ("u" + pl.col(COLUMNS[11])).alias(COLUMNS[11]),
        pl.when(pl.col(COLUMNS[12]) == "").then(None).otherwise(pl.col(COLUMNS[12])).alias(COLUMNS[12]),
    )
    frame = frame.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(None).otherwise(pl.col(COLUMNS[4])).alias(COLUMNS[4])
    )

    # Planted problems on distinct records, away from the first 20 (the duplicates copy earlier ids).
    total = sum(KINDS.values())
    chosen = rng.choice(np.arange(20, rows), size=total, replace=False)
    planted: list[dict[str, object]] = []
    edits: dict[str, dict[int, str | None]] = {c: {} for c in COLUMNS}
    offset = 0
    for kind, count in KINDS.items():
        for r in sorted(int(x) for x in chosen[offset : offset + count]):
            if kind == "required":
                col, value = COLUMNS[1], None
            elif kind == "max_length":
                col, value = COLUMNS[2], "X" * 201  # LastName: maxLength 200
            elif kind == "enum":
                col, value = COLUMNS[12], "Manager;Janitor"
            elif kind == "date":
                # 32/12/2019, not 31/12/2019: a day-first date under en-GB is evidence that the file wants
                # fr-FR (one file-level error, core/culture_findings.py), not a typo of its record.
                col, value = COLUMNS[6], ["2019-13-01", "32/12/2019", "2019-02-30", "19-12-01"][r % 4]
            elif kind == "duplicate":
                col, value = COLUMNS[0], f"u{r % 20:07d}"  # the id of one of the first 20 records
            else:  # reference: a manager who is neither in the file nor (as far as we know) in the portal
                col, value = COLUMNS[4], f"ghost{r:07d}"
            edits[col][r] = value
            severity = "warning" if kind == "reference" else "error"
            planted.append({"row": r + 1, "column": col, "rule": kind, "severity": severity})
        offset += count
    for col, changes in edits.items():
        if not changes:
            continue
        rows_idx = pl.Series(list(changes), dtype=pl.UInt32)
        values = pl.Series(list(changes.values()), dtype=pl.String)
        series = frame[col].scatter(rows_idx, values)
        frame = frame.with_columns(series.alias(col))
    planted.sort(key=lambda p: (p["row"], p["column"]))
    return frame, planted


def main(argv: list[str] | None = None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "data")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    frame, planted = build(args.rows, args.seed)
    path = args.out / "employees.csv"
    frame.write_csv(path, line_terminator="\r\n", quote_style="necessary", null_value="")
    (args.out / "planted.json").write_text(
        json.dumps({"rows": args.rows, "settings": SETTINGS, "planted": planted}, indent=1), encoding="utf-8"
    )
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB, {args.rows:,} records, {len(planted)} planted problems)")
    return path


if __name__ == "__main__":
    main()
