"""``csod-desktop types``: the load types the portal offers, custom OUs with their ``type_id``."""

from __future__ import annotations

import argparse
from typing import Any, TYPE_CHECKING

from csod_desktop.cli import arguments, connection, exits, terminal

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "types",
        help="list the load types the portal offers",
        description="List the load types this portal offers (from its specification), with custom OU type_ids.",
        epilog=exits.EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    arguments.add_connection_arguments(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "types", _types, stores)


def _types(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    with connection.open_context(args, reporter, stores) as ctx:
        reporter.progress("Reading the portal's load types", None)
        types = ctx.client.load_types()
    document["types"] = [
        {
            "type": item.type,
            "title": item.title,
            "type_id": item.type_id,
            "is_custom_ou": bool(item.is_custom_ou),
        }
        for item in types
    ]
    if not args.json:
        rows = [("TYPE", "TYPE_ID", "TITLE")] + [
            (item["type"], item["type_id"] or "", item["title"] or "") for item in document["types"]
        ]
        terminal.print_table(rows)
    return exits.EXIT_OK
