"""Mapping templates on disk (readable JSON, one folder per load type) and blank data templates."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from csod_desktop import paths
from csod_desktop.errors import TemplateError
from csod_desktop.i18n import translate

if TYPE_CHECKING:
    from csod_desktop.core.mapping import Mapping
    from csod_desktop.core.schema import Schema


#: A template maps at most 300 columns: a few kilobytes. A bigger file is the wrong one, refused after this much.
MAX_TEMPLATE_BYTES = 4 * 1024 * 1024


class TemplateStore:
    """Saved mappings under ``root/<load_type>/<name>.json``, found again by the file's header layout.

    The composition root opens it before the first window; ``core.mapping`` and ``core.reading_json`` (and
    the polars and rapidfuzz they import, half a second) are imported only when a template is read, never
    for the Connect step (issue 15).
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else paths.templates_dir()

    def folder(self, load_type: str | None) -> Path:
        # Load type names come from the portal's catalog: made safe like every outside name.
        return paths.private_dir(paths.safe_path(self.root, load_type or "unknown"))

    def save(self, mapping: Mapping, name: str | None = None) -> Path:
        """Write ``mapping`` as indented JSON; the default name is the header fingerprint's start."""
        data = mapping.to_dict()
        data["name"] = name or f"layout-{mapping.fingerprint[:12]}"
        data["saved_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        path = paths.safe_path(self.folder(mapping.load_type), data["name"], ".json", distinct=False)
        tmp = paths.private_file(path.with_suffix(".json.tmp"))
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)  # a crash mid-write never leaves half a template
        return path

    def load(self, path: Path | str) -> Mapping:
        """Read a template file (TemplateError when it is not one)."""
        from csod_desktop.core.mapping import Mapping
        from csod_desktop.core.reading_json import parse_json

        path = Path(path)
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_TEMPLATE_BYTES + 1)
        except OSError as exc:
            # strerror is the system's own words ("No such file or directory"), quoted as they are.
            raise TemplateError(translate("templates", "The template {file} cannot be opened: {problem}.").format(
                file=path.name, problem=exc.strerror)) from exc
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                translate("templates", "The template {file} is larger than {size} MB, so it is not a mapping "
                                       "template (one is a few kilobytes).").format(
                    file=path.name, size=MAX_TEMPLATE_BYTES // (1024 * 1024)),
                hint=translate("templates", "Give the .json file the app saved for this load type."),
            )
        try:
            data = parse_json(raw.decode("utf-8"))
        except ValueError as exc:  # not UTF-8, not JSON, nested too deeply
            raise TemplateError(translate("templates", "The template {file} is not valid JSON.").format(
                file=path.name)) from exc
        if not isinstance(data, dict):
            raise TemplateError(translate("templates", "The template {file} is not a mapping template.").format(
                file=path.name))
        return Mapping.from_dict(data)

    def templates(self, load_type: str | None) -> list[Path]:
        """Saved templates of a load type, newest first."""
        folder = self.folder(load_type)
        return sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)

    def write_blank_template(self, schema: Schema, out_path: Path | str) -> tuple[Path, Path]:
        """Same as the module function :func:`write_blank_template` (INTERFACES.md lists it here)."""
        return write_blank_template(schema, out_path)

    def remembered(self, load_type: str | None, headers: Sequence[str]) -> Mapping | None:
        """The newest template saved for this header layout (any column order), rebased on ``headers``."""
        from csod_desktop.core.mapping import Mapping, header_fingerprint

        wanted = header_fingerprint(headers)
        for path in self.templates(load_type):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a damaged file must not stop the others from being found
            if isinstance(data, dict) and data.get("fingerprint") == wanted:
                try:
                    return Mapping.from_dict(data).rebased(headers)
                except TemplateError:
                    continue
        return None


def write_blank_template(schema: Schema, out_path: Path | str) -> tuple[Path, Path]:
    """Write a CSV holding only the header of property names, and a Markdown guide beside it.

    The guide lists each property's title, whether it is required, its type, length bounds and allowed
    values, and the conditional requirements (``dependencies``). Returns both paths.
    """
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".csv":
        out_path = out_path.with_suffix(".csv")
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(list(schema.properties))
    paths.private_file(out_path).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    guide = paths.private_file(out_path.with_name(out_path.stem + ".guide.md"))
    guide.write_text(_guide(schema, out_path.name), encoding="utf-8")
    return out_path, guide


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _guide(schema: Schema, csv_name: str) -> str:
    lines = [
        f"# {schema.load_type or 'Data'} template",
        "",
        f"Fill `{csv_name}`: one record per line, UTF-8, values containing commas, quotes or line breaks "
        "in double quotes. Keep the header line as it is: it holds the property names the Bulk API "
        "expects (not the titles). Delete the columns you do not load.",
        "",
        "| Property | Title | Required | Type | Length | Allowed values | Description |",
        "|---|---|---|---|---|---|---|",
    ]
    required = set(schema.required)
    for prop in schema.properties.values():
        kind = "date" if prop.is_date else prop.type
        if prop.multi:
            kind = "several values separated by ;"
        length = ""
        if prop.min_length is not None or prop.max_length is not None:
            length = f"{prop.min_length or 0}..{prop.max_length if prop.max_length is not None else ''}"
        allowed = ", ".join(prop.enum_strings or ())
        if prop.reference_type == "user":
            allowed = allowed or "a User ID (in this file or already in the portal)"
        elif prop.reference_type:
            allowed = allowed or f"an OU ID of {prop.reference_type}"
        lines.append(
            "| "
            + " | ".join(
                _cell(x)
                for x in (
                    f"`{prop.name}`",
                    prop.title,
                    "yes" if prop.name in required else "",
                    kind,
                    length,
                    allowed,
                    prop.description,
                )
            )
            + " |"
        )
    if schema.dependencies:
        lines += ["", "## Required together", ""]
        for name, needs in schema.dependencies.items():
            lines.append(f"- When `{name}` has a value, " + ", ".join(f"`{n}`" for n in needs) + " must have one too.")
    lines += [
        "",
        "Dates follow the job's `datetime_culture` (en-US month first, fr-FR day first, en-GB year first "
        "with four digits); numbers follow its `number_culture` (bulk-api-data-format.txt).",
        "",
    ]
    return "\n".join(lines)
