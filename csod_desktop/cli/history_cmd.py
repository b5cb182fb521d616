"""``csod-desktop history``: the jobs in the local journal, listed or exported to CSV or DuckDB."""

from __future__ import annotations

import argparse
import csv
import dataclasses
from pathlib import Path
from typing import Any

from csod_desktop.cli import common
from csod_desktop.errors import ConfigError

#: The job fields of a history row (the rest describe its import); the DuckDB view ``jobs`` has these.
JOB_FIELDS = ("job_ref", "job_id", "job_label", "job_state", "profile", "root_url", "created_at")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "history",
        help="list the jobs in the local journal, or export them (CSV, DuckDB)",
        description="List the jobs this computer has run (from the local journal; no portal call), or "
        "export them, one row per import as the window's History shows them: --export csv PATH, or "
        "--export duckdb PATH (a DuckDB database with a table 'imports' and a view 'jobs'; needs the "
        "optional 'history' extra: pip install 'csod-desktop[history]').",
        epilog=common.EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--export",
        nargs=2,
        metavar=("CSV|DUCKDB", "PATH"),
        help="write the history to PATH instead of listing it",
    )
    parser.add_argument("--profile", metavar="NAME", help="only the jobs of this profile")
    parser.add_argument("--search", metavar="TEXT", help="only jobs whose label, ids, types or files match")
    parser.add_argument("--limit", type=int, metavar="N", help="only the N newest jobs")
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return common.run_command(args, "history", _history)


def _history(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
    from csod_desktop.services.history import HistoryRow, history_rows  # noqa: PLC0415
    from csod_desktop.store.journal import Journal  # noqa: PLC0415

    fmt = path = None
    if args.export:
        fmt, path = args.export[0].lower(), Path(args.export[1]).expanduser()
        if fmt not in ("csv", "duckdb"):
            raise ConfigError(f"--export takes csv or duckdb, not {args.export[0]!r}.")
        if not path.parent.is_dir():
            raise ConfigError(f"The folder {path.parent} does not exist.")
    journal = Journal()
    try:
        rows = [row.as_dict() for row in history_rows(journal, search=args.search, profile=args.profile, limit=args.limit)]
    finally:
        journal.close()
    columns = [f.name for f in dataclasses.fields(HistoryRow)]
    if fmt is None:
        document["jobs"] = group_by_job(rows)
        if not args.json:
            _print(rows)
        return common.EXIT_OK
    if fmt == "csv":
        export_csv(rows, columns, path)
    else:
        export_duckdb(rows, columns, path)
    jobs = len({row["job_ref"] for row in rows})
    document["export"] = {"format": fmt, "path": str(path), "rows": len(rows), "jobs": jobs}
    if not args.json:
        print(f"{path} ({len(rows)} imports of {jobs} jobs)")
    return common.EXIT_OK


def group_by_job(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """History rows (one per import) as jobs with their imports, newest job first, for ``--json``."""
    jobs: dict[int, dict[str, Any]] = {}
    for row in rows:
        job = jobs.get(row["job_ref"])
        if job is None:
            job = jobs[row["job_ref"]] = {
                "job_id": row["job_id"],
                "label": row["job_label"],
                "state": row["job_state"],
                "profile": row["profile"],
                "root_url": row["root_url"],
                "created_at": _iso(row["created_at"]),
                "imports": [],
            }
        job["imports"].append(
            {key: _iso(value) for key, value in row.items() if key not in JOB_FIELDS}
        )
    return list(jobs.values())


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def export_csv(rows: list[dict[str, Any]], columns: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows({key: _iso(value) for key, value in row.items()} for row in rows)


def export_duckdb(rows: list[dict[str, Any]], columns: list[str], path: Path) -> None:
    """A table ``imports`` (replaced on each export) and a view ``jobs`` in a DuckDB database file."""
    try:
        import duckdb  # noqa: PLC0415 (optional: the 'history' extra)
    except ImportError as exc:
        raise ConfigError(
            "Exporting to DuckDB needs the duckdb package, which this installation does not have.",
            hint="Install the optional extra: pip install 'csod-desktop[history]', or use --export csv PATH.",
        ) from exc
    types = {
        "job_ref": "BIGINT", "created_at": "TIMESTAMPTZ", "record_count": "BIGINT", "total_records": "BIGINT",
        "successful_records": "BIGINT", "successful_records_with_warnings": "BIGINT", "error_records": "BIGINT",
        "downloads_used": "INTEGER", "days_left": "INTEGER",
    }
    ddl = ", ".join(f'"{name}" {types.get(name, "VARCHAR")}' for name in columns)
    con = duckdb.connect(str(path))
    try:
        con.execute("BEGIN")
        con.execute("DROP VIEW IF EXISTS jobs")
        con.execute("DROP TABLE IF EXISTS imports")
        con.execute(f"CREATE TABLE imports ({ddl})")
        if rows:
            placeholders = ", ".join("?" * len(columns))
            con.executemany(
                f"INSERT INTO imports VALUES ({placeholders})", [[row[name] for name in columns] for row in rows]
            )
        job_columns = ", ".join(f'"{name}"' for name in JOB_FIELDS)
        con.execute(f"CREATE VIEW jobs AS SELECT DISTINCT {job_columns} FROM imports")
        con.execute("COMMIT")
    finally:
        con.close()


def _print(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("No job in the journal yet.")
        return
    table: list[tuple[str, ...]] = [("CREATED", "JOB", "STATE", "IMPORT", "TYPE", "FILE", "LOADED", "FAILED", "REPORT")]
    for row in rows:
        table.append(
            (
                str(_iso(row["created_at"]))[:19],
                row["job_id"] or "(not created)",
                row["job_state"],
                row["import_id"] or "",
                row["load_type"],
                row["source_name"] or "",
                "" if row["successful_records"] is None else str(row["successful_records"]),
                "" if row["error_records"] is None else str(row["error_records"]),
                row["report"],
            )
        )
    common.print_table(table)
