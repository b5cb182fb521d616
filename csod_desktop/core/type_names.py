"""The names an administrator reads for a load type ("Employee", "Division"), and the portal's own for a tooltip."""

from __future__ import annotations

from typing import Any

#: Standard types whose title is not their name's last part capitalized (bulk-api-data-format.txt, "Load types").
_TITLES = {"employee": "Employee", "costcenter": "Cost Center", "legalentity": "Legal Entity"}


def type_title(load_type: str, type_id: Any = None, title: str | None = None) -> str:
    """"Employee" for ``chr.employee``, "Division" for ``ou.division``; ``title`` (the portal's, from its
    specification) wins when known, and a custom OU without one is "Custom OU 524291"."""
    if title and title != load_type:
        return title
    if load_type == "ou.customou":
        return f"Custom OU {type_id}" if type_id not in (None, "") else "Custom OU"
    name = load_type.split(".", 1)[-1]
    return _TITLES.get(name, name.replace("_", " ").title())


def type_code(load_type: str, type_id: Any = None) -> str:
    """The portal's name for the type, as the administrator would write it in a command: ``chr.employee``,
    ``ou.customou · type_id 524291``."""
    return f"{load_type} · type_id {type_id}" if type_id not in (None, "") else load_type
