"""A mapping change in words: what one choice on the Map step did, including to the other columns.

The Map step says every change on screen, and above all the one a choice makes to another row: a field
takes one column (``Mapping.assign``), so mapping "Posit" to Position unmaps the column that loaded into
Position before. The words come from comparing the mapping before and after (``Mapping.to_dict``), so
they are right however the change was made (a combo, a constant, a value map, a template).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from csod_desktop.i18n import translate


@dataclass(frozen=True)
class MappingChange:
    """The sentences of one change; ``displaced`` are the columns it unmapped as a side effect."""

    lines: tuple[str, ...]
    displaced: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    def __bool__(self) -> bool:
        return bool(self.lines)


def describe_change(before: Mapping[str, Any], after: Mapping[str, Any],
                    title: Callable[[str], str] = str) -> MappingChange:
    """The difference between two ``Mapping.to_dict()`` snapshots, in sentences (``title`` names a field)."""
    old, new = dict(before.get("columns") or {}), dict(after.get("columns") or {})
    lines: list[str] = []
    displaced: list[str] = []
    gained = {target: source for source, target in new.items() if old.get(source) != target}
    for source, target in new.items():
        if old.get(source) == target:
            continue
        if source in old:
            line = translate("mapping", "'{column}' now loads into {field} (it loaded into {before}).")
        else:
            line = translate("mapping", "'{column}' now loads into {field}.")
        lines.append(line.format(column=source, field=title(target), before=title(old[source]) if source in old else ""))
    for source, target in old.items():
        if source in new:
            continue
        taker = gained.get(target)
        if taker is not None:
            displaced.append(source)
            lines.append(translate("mapping", "'{column}' no longer loads into {field}: a field takes one column, "
                                              "and '{taker}' has it now.")
                         .format(column=source, field=title(target), taker=taker))
        else:
            lines.append(translate("mapping", "'{column}' is no longer loaded (it loaded into {field}).")
                         .format(column=source, field=title(target)))
    lines += _constant_lines(before.get("constants") or {}, after.get("constants") or {}, title)
    old_maps, new_maps = before.get("value_maps") or {}, after.get("value_maps") or {}
    for target in dict.fromkeys([*old_maps, *new_maps]):
        if old_maps.get(target) != new_maps.get(target):
            count = len(new_maps.get(target) or {})
            line = (translate("mapping", "The values of {field} now translate {count} value(s) of your file.")
                    if count else translate("mapping", "The values of {field} are no longer translated."))
            lines.append(line.format(field=title(target), count=count))
    return MappingChange(tuple(lines), tuple(displaced))


def _constant_lines(old: Mapping[str, str], new: Mapping[str, str], title: Callable[[str], str]) -> list[str]:
    lines = []
    for target in dict.fromkeys([*old, *new]):
        before, after = old.get(target), new.get(target)
        if before == after:
            continue
        if before is None:
            line = translate("mapping", "{field} is '{value}' on every record where the file gives no value.")
        elif after is None:
            line = translate("mapping", "The constant '{before}' of {field} is removed.")
        else:
            line = translate("mapping", "The constant of {field} is '{value}' now: it replaces '{before}'.")
        lines.append(line.format(field=title(target), value=after, before=before))
    return lines
