"""The names an administrator reads for a load type ("Employee", "Division"), and the portal's own for a tooltip."""

from __future__ import annotations

from typing import Any

from csod_desktop.i18n import english, translate


def _standard_title(name: str) -> str | None:
    """The words for a standard type (bulk-api-data-format.txt, "Load types"), in the window's language:
    Cornerstone's own vocabulary differs by market ("Organisationseinheit"), so each is a whole word to
    translate; a type not listed here keeps its name's last part capitalized."""
    titles = {
        "employee": lambda: translate("type_names", "Employee"),
        "division": lambda: translate("type_names", "Division"),
        "location": lambda: translate("type_names", "Location"),
        "position": lambda: translate("type_names", "Position"),
        "grade": lambda: translate("type_names", "Grade"),
        "costcenter": lambda: translate("type_names", "Cost Center"),
        "legalentity": lambda: translate("type_names", "Legal Entity"),
    }
    title = titles.get(name)
    return title() if title is not None else None


def type_title(load_type: str, type_id: Any = None, title: str | None = None) -> str:
    """"Employee" for ``chr.employee``, "Division" for ``ou.division``; ``title`` (the portal's, from its
    specification) wins when known, and a custom OU without one is "Custom OU 524291".

    A portal's title that is the English name of a standard type ("Employee") is shown in the window's words
    ("Collaborateur"): one type, one name on every step, whether or not the step has the portal's title.
    """
    name = load_type.split(".", 1)[-1]
    if title and title != load_type:
        if load_type != "ou.customou":
            with english():
                said = _standard_title(name)
            if said is not None and title.strip().casefold() == said.casefold():
                return _standard_title(name) or title
        return title
    if load_type == "ou.customou":
        return (translate("type_names", "Custom OU {type_id}").format(type_id=type_id) if type_id not in (None, "")
                else translate("type_names", "Custom OU"))
    return _standard_title(name) or name.replace("_", " ").title()


def type_code(load_type: str, type_id: Any = None) -> str:
    """The portal's name for the type, as the administrator would write it in a command: ``chr.employee``,
    ``ou.customou · type_id 524291``."""
    return f"{load_type} · type_id {type_id}" if type_id not in (None, "") else load_type
