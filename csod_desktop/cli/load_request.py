"""What ``csod-desktop load`` was asked to do: the imports, their files, templates and settings, and the policy."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csod_desktop import facts
from csod_desktop.cli.arguments import coerce_setting, parse_key_value
from csod_desktop.errors import ConfigError

MAX_IMPORTS = facts.MAX_IMPORTS_PER_JOB


@dataclass
class ImportRequest:
    """One ``--import``: the type as the user wrote it, the file, its template and settings."""

    type: str
    path: Path
    mapping: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoadRequest:
    """Everything ``load`` was asked to do, checked for consistency before any file is read."""

    imports: list[ImportRequest]
    label: str | None
    callback: str | None
    on_invalid: str
    dry_run: bool
    wait: bool
    report_dir: Path | None
    payload_dir: Path | None
    auto_map: bool
    confirm_reconcile: str | None
    max_deactivations: int | None = None


def parse_request(args: argparse.Namespace) -> LoadRequest:
    """Check ``--import``, ``--mapping`` and ``--setting`` together; ConfigError (exit 2) on any misuse."""
    if not args.imports:
        raise ConfigError("Nothing to load: give at least one --import TYPE=PATH.")
    if len(args.imports) > MAX_IMPORTS:
        raise ConfigError(
            f"{len(args.imports)} imports were given; a job holds at most {MAX_IMPORTS}.",
            hint="Split the files over two runs.",
        )
    imports: list[ImportRequest] = []
    for text in args.imports:
        load_type, path = parse_key_value(text, "--import")
        imports.append(ImportRequest(type=load_type, path=Path(path).expanduser()))
    types = {item.type.lower() for item in imports}

    for text in args.mapping:
        load_type, path = parse_key_value(text, "--mapping")
        if load_type.lower() not in types:
            raise ConfigError(f"--mapping names {load_type!r}, which no --import loads.")
        for item in imports:
            if item.type.lower() == load_type.lower():
                if item.mapping is not None:
                    raise ConfigError(f"Two --mapping options for {load_type!r}.")
                item.mapping = Path(path).expanduser()

    for text in args.setting:
        key, value = parse_key_value(text, "--setting")
        scope, colon, name = key.rpartition(":")
        if colon and not name:
            raise ConfigError(f"--setting expects [TYPE:]KEY=VALUE, got {text!r}.")
        if colon and scope.lower() not in types:
            raise ConfigError(f"--setting names {scope!r}, which no --import loads.")
        for item in imports:
            if not colon or item.type.lower() == scope.lower():
                item.settings[name if colon else key] = coerce_setting(value)

    callback = args.callback
    problem = facts.callback_problem(callback) if callback is not None else None
    if problem:  # the portal refuses it at job creation: say so before sending anything
        raise ConfigError(f"--callback: {problem}")
    max_deactivations = getattr(args, "max_deactivations", None)
    if max_deactivations is not None and max_deactivations < 0:
        raise ConfigError(f"--max-deactivations must be 0 or more, not {max_deactivations}.")
    if args.report_dir is not None and args.dry_run:
        raise ConfigError("--report-dir needs a job that runs; it cannot go with --dry-run.")
    return LoadRequest(
        imports=imports,
        label=args.label,
        callback=callback,
        on_invalid=args.on_invalid,
        dry_run=args.dry_run,
        wait=bool(args.wait or args.report_dir is not None),
        report_dir=args.report_dir,
        payload_dir=args.payload_dir,
        auto_map=args.auto_map,
        confirm_reconcile=args.confirm_reconcile,
        max_deactivations=max_deactivations,
    )
