"""``csod-desktop template TYPE --out FILE``: a blank data template for one load type."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TYPE_CHECKING

from csod_desktop.cli import arguments, connection, exits, terminal

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template",
        help="write a blank template (header of property names) for a load type",
        description="Write a blank data template for one load type: a CSV header of the portal's property "
        "names, and an explanatory file beside it (titles, required fields, allowed values).",
        epilog=exits.EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("type", metavar="TYPE", help="chr.employee, ou.division, ... or a custom OU type_id")
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE",
        help="the CSV template to write (a .guide.md explaining each column is written beside it)",
    )
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="schema settings, e.g. LoadPrimaryKey=1 (GUID)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    arguments.add_connection_arguments(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "template", _template, stores)


def _template(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.errors import ConfigError
    from csod_desktop.services.schemas import fetch_schema, resolve_load_type  # noqa: PLC0415

    out: Path = args.out.expanduser()
    if out.exists() and not args.force:
        raise ConfigError(f"{out} already exists.", hint="Choose another --out, or add --force to replace it.")
    if not out.parent.is_dir():
        raise ConfigError(f"The folder {out.parent} does not exist.")
    settings = arguments.parse_settings(args.setting)
    with connection.open_context(args, reporter, stores) as ctx:
        reporter.progress("Reading the portal's load types", None)
        load_type, type_id = resolve_load_type(ctx.client, args.type)
        reporter.progress(f"Reading the schema of {args.type}", None)
        schema = fetch_schema(ctx.client, load_type, type_id, settings)
    from csod_desktop.core.templates import write_blank_template  # noqa: PLC0415

    files = [str(path) for path in write_blank_template(schema, out)]
    document.update(load_type=load_type, type_id=None if type_id is None else str(type_id), files=files)
    if not args.json:
        for path in files:
            print(path)
    return exits.EXIT_OK

