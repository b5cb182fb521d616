"""``csod-desktop history``: the jobs in the local journal, listed or exported to CSV or DuckDB."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TYPE_CHECKING

from csod_desktop.cli import arguments, exits, terminal
from csod_desktop.errors import ConfigError

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "history",
        help="list the jobs in the local journal, or export them (CSV, DuckDB)",
        description="List the jobs this computer has run (from the local journal; no portal call), or "
        "export them, one row per import as the window's History shows them: --export csv PATH, or "
        "--export duckdb PATH (a DuckDB database with the tables 'jobs' and 'imports', as the data-pipeline "
        "guide reads them).",
        epilog=exits.EXIT_CODES_EPILOG,
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
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "history", _history, stores)


def _history(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.services import history  # noqa: PLC0415

    fmt = path = None
    if args.export:
        fmt, path = args.export[0].lower(), Path(args.export[1]).expanduser()
        if fmt not in ("csv", "duckdb"):
            raise ConfigError(f"--export takes csv or duckdb, not {args.export[0]!r}.")
        if not path.parent.is_dir():
            raise ConfigError(f"The folder {path.parent} does not exist.")
    found = history.history_rows(stores.journal, search=args.search, profile=args.profile, limit=args.limit)
    rows = [row.as_dict() for row in found]
    if fmt is None:
        document["jobs"] = group_by_job(rows)
        if not args.json:
            _print(rows)
        return exits.EXIT_OK
    if fmt == "csv":
        history.export_csv(found, path)
    else:
        history.export_duckdb(found, path)
    jobs = len({row["job_ref"] for row in rows})
    document["export"] = {"format": fmt, "path": str(path), "rows": len(rows), "jobs": jobs}
    if not args.json:
        print(f"{path} ({len(rows)} imports of {jobs} jobs)")
    return exits.EXIT_OK


def group_by_job(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """History rows (one per import) as jobs with their imports, newest job first, for ``--json``."""
    from csod_desktop.services.history import JOB_FIELDS  # the job fields; the rest describe the import

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
    terminal.print_table(table)
