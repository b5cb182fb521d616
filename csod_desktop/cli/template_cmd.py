"""``csod-desktop template TYPE --out FILE``: a blank data template for one load type."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csod_desktop.cli import common, schema_cmd


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template",
        help="write a blank template (header of property names) for a load type",
        description="Write a blank data template for one load type: a CSV header of the portal's property "
        "names, and an explanatory file beside it (titles, required fields, allowed values).",
        epilog=common.EXIT_CODES_EPILOG,
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
    common.add_connection_arguments(parser)
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return common.run_command(args, "template", _template)


def _template(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
    from csod_desktop.cli.load_cmd import coerce_setting
    from csod_desktop.errors import ConfigError

    out: Path = args.out.expanduser()
    if out.exists() and not args.force:
        raise ConfigError(f"{out} already exists.", hint="Choose another --out, or add --force to replace it.")
    if not out.parent.is_dir():
        raise ConfigError(f"The folder {out.parent} does not exist.")
    settings = {}
    for text in args.setting:
        key, value = common.parse_key_value(text, "--setting")
        settings[key] = coerce_setting(value)
    with common.open_context(args, reporter) as ctx:
        load_type, type_id = schema_cmd.resolve_load_type(ctx, args.type, reporter)
        reporter.progress(f"Reading the schema of {args.type}", None)
        schema = schema_cmd.fetch_schema(ctx, load_type, type_id, settings)
    from csod_desktop.core.templates import write_blank_template  # noqa: PLC0415

    files = [str(path) for path in write_blank_template(schema, out)]
    document.update(load_type=load_type, type_id=None if type_id is None else str(type_id), files=files)
    if not args.json:
        for path in files:
            print(path)
    return common.EXIT_OK

