"""``csod-desktop schema TYPE``: a load type's fields, with titles, required flags and allowed values."""

from __future__ import annotations

import argparse
from typing import Any, TYPE_CHECKING

from csod_desktop.cli import arguments, connection, exits, terminal

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="show a load type's fields: titles, required, allowed values",
        description="Show the fields of one load type as this portal defines them (its Get Schema answer).",
        epilog=exits.EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("type", metavar="TYPE", help="chr.employee, ou.division, ... or a custom OU type_id")
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="schema settings, e.g. LoadPrimaryKey=1 (GUID) changes the required fields",
    )
    arguments.add_connection_arguments(parser)
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    return exits.run_command(args, "schema", _schema, stores)


def field_document(prop: Any) -> dict[str, Any]:
    """One schema property as the ``--json`` document and the table show it."""
    allowed = prop.enum_strings if prop.enum_strings is not None else prop.enum_ints
    return {
        "name": prop.name,
        "title": prop.title,
        "type": prop.type,
        "required": bool(prop.required),
        "kind": str(prop.kind),
        "min_length": prop.min_length,
        "max_length": prop.max_length,
        "allowed_values": list(allowed) if allowed is not None else None,
        "multi": bool(prop.multi),
        "format": prop.format,
        "reference_type": prop.reference_type,
        "description": prop.description,
        "default": prop.default,
    }


def _schema(
    args: argparse.Namespace, stores: Stores, reporter: terminal.Reporter, document: dict[str, Any]
) -> int:
    from csod_desktop.services.schemas import fetch_schema, resolve_load_type  # noqa: PLC0415

    settings = arguments.parse_settings(args.setting)
    with connection.open_context(args, reporter, stores) as ctx:
        reporter.progress("Reading the portal's load types", None)
        load_type, type_id = resolve_load_type(ctx.client, args.type)
        reporter.progress(f"Reading the schema of {args.type}", None)
        schema = fetch_schema(ctx.client, load_type, type_id, settings)
    fields = [field_document(prop) for prop in schema.properties.values()]
    document.update(
        load_type=load_type,
        type_id=None if type_id is None else str(type_id),
        required=list(schema.required),
        identity=list(schema.identity),
        dependencies={key: list(value) for key, value in schema.dependencies.items()},
        fields=fields,
    )
    if not args.json:
        rows: list[tuple[str, ...]] = [("FIELD", "TITLE", "TYPE", "REQUIRED", "LENGTH", "ALLOWED VALUES")]
        for item in fields:
            length = ""
            if item["min_length"] is not None or item["max_length"] is not None:
                length = f"{item['min_length'] or 0}..{item['max_length'] or ''}"
            allowed = item["allowed_values"]
            shown = "" if allowed is None else "; ".join(str(v) for v in allowed[:8])
            if allowed is not None and len(allowed) > 8:
                shown += f"; ... ({len(allowed)} values)"
            kind = item["type"] + (" (multi)" if item["multi"] else "") + (" date" if item["format"] == "date" else "")
            rows.append((item["name"], item["title"] or "", kind, "yes" if item["required"] else "", length, shown))
        terminal.print_table(rows)
        if schema.dependencies:
            print()
            for key, needs in schema.dependencies.items():
                print(f"{key} also needs: {', '.join(needs)}")
    return exits.EXIT_OK
