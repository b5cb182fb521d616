"""The portal's load types and schemas, asked one way by the window, the command line and fix-and-reload."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from csod_desktop.core.schema import Schema
from csod_desktop.errors import ConfigError
from csod_desktop.i18n import translate

if TYPE_CHECKING:
    from csod_desktop.api import BulkApiClient


def fetch_schema(
    client: BulkApiClient, load_type: str, type_id: Any = None, settings: Mapping[str, Any] | None = None
) -> Schema:
    """The portal's schema for one load type under these job settings (``LoadPrimaryKey`` changes what is
    required: bulk-api-quick-start.txt, Step 2), as a :class:`csod_desktop.core.schema.Schema`."""
    if isinstance(type_id, str):  # the journal keeps it as text
        type_id = int(type_id) if type_id.strip().isdigit() else (type_id.strip() or None)
    body = client.schema(load_type, settings=dict(settings) if settings else None, type_id=type_id)
    return Schema.from_response(body, load_type)


def resolve_load_type(client: BulkApiClient, text: str) -> tuple[str, Any]:
    """``TYPE`` as the administrator wrote it → (load type, custom OU type_id or None), checked with the portal.

    The list comes from the portal's specification, never from a hard-coded table (bulk-api-facts.md,
    "Load types"); a custom OU is named by its ``type_id``.
    """
    types = list(client.load_types())
    wanted = text.strip().lower()
    for item in types:
        if item.type_id is not None and str(item.type_id).lower() == wanted:
            return item.type, item.type_id
    for item in types:
        if item.type.lower() == wanted and not item.is_custom_ou:
            return item.type, None
    custom = [str(item.type_id) for item in types if item.is_custom_ou and item.type_id is not None]
    if wanted == "ou.customou" and custom:
        raise ConfigError(
            translate("schemas", "ou.customou needs the custom OU's type_id instead of the type name."),
            hint=translate("schemas", "This portal's custom OU type_ids: {value}.").format(value=', '.join(custom)),
        )
    offered = sorted({item.type for item in types if not item.is_custom_ou} | set(custom))
    raise ConfigError(
        translate("schemas", "This portal offers no load type {text!r}.").format(text=text),
        hint=translate("schemas", "Types offered: {value} ('csod-desktop types' lists them).").format(value=', '.join(offered)),
    )
