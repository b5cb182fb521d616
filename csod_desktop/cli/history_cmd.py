"""``csod-desktop history``: the jobs in the local journal, listed or exported to CSV or DuckDB."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csod_desktop.cli import common
from csod_desktop.errors import ConfigError

#: One row per import, with its job's fields: the columns of the CSV export and the DuckDB table.
COLUMNS = (
    "job_id", "job_label", "profile", "root_url", "job_state", "job_created_at", "job_finished_at",
    "import_id", "position", "load_type", "type_id", "import_label", "source_name", "record_count",
    "status", "total_records", "successful_records", "successful_records_with_warnings", "error_records",
    "error_status", "import_created_at", "import_finished_at",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "history",
        help="list the jobs in the local journal, or export them (CSV, DuckDB)",
        description="List the jobs this computer has run (from the local journal; no portal call), or "
        "export them one row per import: --export csv PATH, or --export duckdb PATH (a DuckDB database "
        "with the tables jobs and imports; needs the optional 'history' extra).",
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


def rows(jobs: list[Any]) -> list[dict[str, Any]]:
    """One flat row per import (a job with no import yet gets one row with empty import fields)."""
    out = []
    for job in jobs:
        base = {
            "job_id": job.job_id,
            "job_label": job.label,
            "profile": job.profile,
            "root_url": job.root_url,
            "job_state": job.state,
            "job_created_at": _iso(job.created_at),
            "job_finished_at": _iso(job.finished_at),
        }
        for imp in job.imports or [None]:
            row = dict(base)
            for name in COLUMNS[len(base):]:
                row[name] = None
            if imp is not None:
                row.update(
                    import_id=imp.import_id,
                    position=imp.position,
                    load_type=imp.load_type,
                    type_id=imp.type_id,
                    import_label=imp.label,
                    source_name=imp.source_name,
                    record_count=imp.record_count,
                    status=imp.status,
                    total_records=imp.total_records,
                    successful_records=imp.successful_records,
                    successful_records_with_warnings=imp.successful_records_with_warnings,
                    error_records=imp.error_records,
                    error_status=imp.error_status,
                    import_created_at=_iso(imp.created_at),
                    import_finished_at=_iso(imp.finished_at),
                )
            out.append(row)
    return out


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None


def job_summary(job: Any) -> dict[str, Any]:
    return {
        "job_id": job.job_id,
        "label": job.label,
        "profile": job.profile,
        "root_url": job.root_url,
        "state": job.state,
        "created_at": _iso(job.created_at),
        "finished_at": _iso(job.finished_at),
        "imports": [
            {
                "import_id": imp.import_id,
                "type": imp.load_type,
                "type_id": imp.type_id,
                "source": imp.source_name,
                "status": imp.status,
                "error_status": imp.error_status,
                **{name: getattr(imp, name) for name in common.COUNT_FIELDS},
            }
            for imp in job.imports
        ],
    }


def _history(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
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
        jobs = journal.jobs(profile=args.profile, search=args.search, limit=args.limit)
    finally:
        journal.close()
    if fmt is None:
        document["jobs"] = [job_summary(job) for job in jobs]
        if not args.json:
            _print(document["jobs"])
        return common.EXIT_OK
    flat = rows(jobs)
    if fmt == "csv":
        export_csv(flat, path)
    else:
        export_duckdb(jobs, flat, path)
    document["export"] = {"format": fmt, "path": str(path), "rows": len(flat)}
    if not args.json:
        print(f"{path} ({len(flat)} rows, {len(jobs)} jobs)")
    return common.EXIT_OK


def export_csv(flat: list[dict[str, Any]], path: Path) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(flat)


def export_duckdb(jobs: list[Any], flat: list[dict[str, Any]], path: Path) -> None:
    """Tables ``jobs`` and ``imports`` (replaced on each export) in a DuckDB database file."""
    try:
        import duckdb  # noqa: PLC0415 (optional: the 'history' extra)
    except ImportError as exc:
        raise ConfigError(
            "Exporting to DuckDB needs the duckdb package, which this installation does not have.",
            hint="Install the optional extra: pip install 'csod-desktop[history]', or use --export csv PATH.",
        ) from exc
    job_columns = COLUMNS[:7]
    import_columns = ("job_id",) + COLUMNS[7:]
    con = duckdb.connect(str(path))
    try:
        con.execute("BEGIN")
        con.execute("DROP TABLE IF EXISTS imports")
        con.execute("DROP TABLE IF EXISTS jobs")
        con.execute(
            "CREATE TABLE jobs (job_id VARCHAR, job_label VARCHAR, profile VARCHAR, root_url VARCHAR, "
            "job_state VARCHAR, job_created_at TIMESTAMPTZ, job_finished_at TIMESTAMPTZ)"
        )
        con.execute(
            "CREATE TABLE imports (job_id VARCHAR, import_id VARCHAR, position INTEGER, load_type VARCHAR, "
            "type_id VARCHAR, import_label VARCHAR, source_name VARCHAR, record_count BIGINT, status VARCHAR, "
            "total_records BIGINT, successful_records BIGINT, successful_records_with_warnings BIGINT, "
            "error_records BIGINT, error_status VARCHAR, import_created_at TIMESTAMPTZ, "
            "import_finished_at TIMESTAMPTZ)"
        )
        seen: set[Any] = set()
        for row in flat:
            key = (row["job_id"], row["job_created_at"])
            if key not in seen:
                seen.add(key)
                con.execute(
                    f"INSERT INTO jobs VALUES ({', '.join('?' * len(job_columns))})",
                    [row[c] for c in job_columns],
                )
            if row["import_id"] is not None or row["load_type"] is not None:
                con.execute(
                    f"INSERT INTO imports VALUES ({', '.join('?' * len(import_columns))})",
                    [row[c] for c in import_columns],
                )
        con.execute("COMMIT")
    finally:
        con.close()


def _print(jobs: list[dict[str, Any]]) -> None:
    table: list[tuple[str, ...]] = [("CREATED", "JOB", "STATE", "IMPORT", "TYPE", "FILE", "LOADED", "FAILED")]
    for job in jobs:
        for imp in job["imports"] or [{}]:
            table.append(
                (
                    (job["created_at"] or "")[:19],
                    job["job_id"] or "(not created)",
                    job["state"],
                    imp.get("import_id") or "",
                    imp.get("type") or "",
                    imp.get("source") or "",
                    "" if imp.get("successful_records") is None else str(imp["successful_records"]),
                    "" if imp.get("error_records") is None else str(imp["error_records"]),
                )
            )
    if len(table) == 1:
        print("No job in the journal yet.")
        return
    common.print_table(table)
