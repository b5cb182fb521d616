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
        load_type, type_id = resolve_load_type(ctx, args.type, reporter)
        reporter.progress(f"Reading the schema of {args.type}", None)
        schema = fetch_schema(ctx, load_type, type_id, settings)
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


def resolve_load_type(ctx: Any, text: str, reporter: common.Reporter) -> tuple[str, Any]:
    """``TYPE`` as the user wrote it → (load type, custom OU type_id or None), checked with the portal.

    The list comes from the portal's specification, never from a hard-coded table (bulk-api-facts.md,
    "Load types"); a custom OU is named by its ``type_id``.
    """
    reporter.progress("Reading the portal's load types", None)
    types = list(ctx.client.load_types())
    wanted = text.strip().lower()
    for item in types:
        if item.type_id is not None and str(item.type_id).lower() == wanted:
            return item.type, item.type_id
    for item in types:
        if item.type.lower() == wanted and not item.is_custom_ou:
            return item.type, None
    custom = [str(item.type_id) for item in types if item.is_custom_ou and item.type_id is not None]
    if wanted == "ou.customou" and custom:
        raise common.ConfigError(
            "ou.customou needs the custom OU's type_id instead of the type name.",
            hint=f"This portal's custom OU type_ids: {', '.join(custom)}.",
        )
    offered = sorted({item.type for item in types if not item.is_custom_ou} | set(custom))
    raise common.ConfigError(
        f"This portal offers no load type {text!r}.",
        hint=f"Types offered: {', '.join(offered)} ('csod-desktop types' lists them).",
    )


def fetch_schema(ctx: Any, load_type: str, type_id: Any, settings: dict[str, Any]) -> Any:
    """The portal's schema for one load type, as a :class:`csod_desktop.core.schema.Schema`."""
    from csod_desktop.core.schema import Schema  # noqa: PLC0415

    body = ctx.client.schema(load_type, settings=settings or None, type_id=type_id)
    return Schema.from_response(body, load_type)


def template_store(ctx: Any) -> Any:
    """The context's template store, or one in the standard folder."""
    store = getattr(ctx, "templates", None)
    if store is None:
        from csod_desktop.core.templates import TemplateStore  # noqa: PLC0415

        store = TemplateStore()
    return store
