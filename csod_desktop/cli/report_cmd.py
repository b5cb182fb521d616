"""``csod-desktop report IMPORT_ID --out FILE``: an import's report, from the cache or one download."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TYPE_CHECKING

from csod_desktop import paths
from csod_desktop.cli import arguments, connection, exits, terminal

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="save an import's report (from the local cache, else one download within the cap)",
        description="Save an import's report. A report already downloaded is served from the local cache; "
        "otherwise it is downloaded once, counted in the report ledger, which stays below the portal's "
        "five downloads per report (a download past the cap is refused by this app, with the count).",
        epilog=exits.EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("import_id", metavar="IMPORT_ID")
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE",
        help="where to save the report (CSV); an existing folder saves it there as report-IMPORT_ID.csv",
    )
    parser.add_argument(
        "--variant",
        choices=("full", "errors", "warnings"),
        default="full",
        help="full (default), or only the records with errors / warnings (derived from the cached full report)",
    )
    arguments.add_connection_arguments(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "report", _report, stores)


def _report(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.services.reports import ReportService  # noqa: PLC0415

    out = default_out(args.out.expanduser(), args.import_id, args.variant)
    # A report already downloaded is served from the cache with no portal connection (and no download).
    cached = ReportService(stores.journal).cached(args.import_id, args.variant)
    saved = write_report(cached, out) if cached is not None else None
    if saved is None:
        with connection.open_context(args, reporter, stores) as ctx:
            reporter.progress(f"Downloading the report of import {args.import_id}", None)
            saved = save_report(ctx, args.import_id, out, variant=args.variant)
    document.update(import_id=args.import_id, variant=args.variant, **saved)
    if saved.get("notice"):
        reporter.warn(saved["notice"])
    if not args.json:
        origin = "from the local cache" if saved["from_cache"] else "downloaded"
        print(
            f"{saved['out']}: {saved['rows']} records with errors or warnings ({origin}; "
            f"{saved['downloads_used']} of 5 downloads used, cap {saved['cap']})"
        )
    return exits.EXIT_OK


def default_out(out: Path, import_id: str, variant: str) -> Path:
    """``--out`` as given, or inside it when it is a folder: the name is built from the import id, which
    may have been pasted from the portal, so it goes through ``paths.safe_path`` (issue 19, item 6)."""
    if not out.is_dir():
        return out
    name = f"report-{import_id}" + ("" if variant == "full" else f"-{variant}")
    return paths.safe_path(out, name, ".csv")


def save_report(ctx: Any, import_id: str, out: Path, *, variant: str = "full") -> dict[str, Any]:
    """Write one import's report to ``out`` through the ReportService (cache first, then the ledger's cap)."""
    result = ctx.reports.fetch(import_id, variant=variant)
    return write_report(result, out)


def write_report(result: Any, out: Path) -> dict[str, Any]:
    """Save a :class:`ReportResult` as the window saves it (``core.export.write_csv``: UTF-8 with BOM,
    CRLF, formula-like cells neutralized, since an administrator opens it in a spreadsheet)."""
    from csod_desktop.core.export import write_csv  # noqa: PLC0415

    parsed = _parsed(result)
    write_csv(out, parsed.header, parsed.rows)
    return describe_report(result, out)


def describe_report(result: Any, out: Path | None = None) -> dict[str, Any]:
    """A :class:`ReportResult` for the JSON documents (``out`` defaults to the cached copy)."""
    where = out if out is not None else getattr(result, "path", None)
    return {
        "out": None if where is None else str(where),
        "from_cache": bool(result.from_cache),
        "rows": len(_parsed(result).rows),
        "downloads_used": result.downloads_used,
        "cap": result.cap,
        "notice": result.notice,
    }


def _parsed(result: Any) -> Any:
    """The report's rows: ``result.parsed`` is the full report; a variant's bytes are parsed here."""
    if result.variant == "full":
        return result.parsed
    from csod_desktop.services.reports import parse_report  # noqa: PLC0415

    return parse_report(result.data)
