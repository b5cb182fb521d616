"""``csod-desktop schema TYPE``: a load type's fields, with titles, required flags and allowed values."""

from __future__ import annotations

import argparse
from typing import Any

from csod_desktop.cli import common


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="show a load type's fields: titles, required, allowed values",
        description="Show the fields of one load type as this portal defines them (its Get Schema answer).",
        epilog=common.EXIT_CODES_EPILOG,
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
    common.add_connection_arguments(parser)
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return common.run_command(args, "schema", _schema)


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


def _schema(args: argparse.Namespace, reporter: common.Reporter, document: dict[str, Any]) -> int:
    from csod_desktop.cli.load_cmd import coerce_setting

    settings = {}
    for text in args.setting:
        key, value = common.parse_key_value(text, "--setting")
        settings[key] = coerce_setting(value)
    with common.open_context(args, reporter) as ctx:
        load_type, type_id = common.resolve_load_type(ctx, args.type, reporter)
        reporter.progress(f"Reading the schema of {args.type}", None)
        schema = common.fetch_schema(ctx, load_type, type_id, settings)
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
        common.print_table(rows)
        if schema.dependencies:
            print()
            for key, needs in schema.dependencies.items():
                print(f"{key} also needs: {', '.join(needs)}")
    return common.EXIT_OK
