"""JSON Schemas of the documented ``--json`` documents (README, "The --json document"), and a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

_nullable_int = {"type": ["integer", "null"]}
_nullable_str = {"type": ["string", "null"]}

ERROR = {
    "type": ["object", "null"],
    "required": ["type", "message", "hint"],
    "properties": {
        "type": {"type": "string"},
        "message": {"type": "string", "minLength": 1},
        "hint": {"type": "string"},
        "status": {"type": "integer"},
        "line": {"type": "integer"},
    },
}

ENVELOPE = {
    "type": "object",
    "required": ["schema_version", "command", "ok", "exit_code", "error"],
    "properties": {
        "schema_version": {"const": 1},
        "command": {"type": "string"},
        "ok": {"type": "boolean"},
        "exit_code": {"type": "integer", "enum": [0, 1, 2, 3, 4, 5, 6]},
        "error": ERROR,
    },
}

COUNTS = {
    "type": ["object", "null"],
    "required": ["total_records", "successful_records", "successful_records_with_warnings", "error_records"],
    "properties": {name: _nullable_int for name in (
        "total_records", "successful_records", "successful_records_with_warnings", "error_records")},
}

PROBLEM = {
    "type": "object",
    "required": ["row", "column", "rule", "severity", "message", "hint", "value"],
    "properties": {
        "row": {"type": "integer", "minimum": 0},
        "column": {"type": "string"},
        "rule": {"type": "string"},
        "severity": {"enum": ["error", "warning"]},
        "message": {"type": "string"},
        "hint": {"type": "string"},
        "value": _nullable_str,
    },
}

SUGGESTION = {
    "type": "object",
    "required": ["setting", "value", "current", "kind", "columns", "label", "reason", "examples", "cli"],
    "properties": {
        "setting": {"enum": ["datetime_culture", "number_culture"]},
        "value": {"type": "string", "minLength": 1},
        "current": {"type": "string", "minLength": 1},
        "kind": {"enum": ["switch", "confirm"]},
        "columns": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "label": {"type": "string"},
        "reason": {"type": "string", "minLength": 1},
        "examples": {"type": "array", "items": {"type": "string"}},
        "cli": {"type": "string", "pattern": "^--setting (datetime|number)_culture="},
    },
}

DEACTIVATION = {
    "type": "object",
    "required": ["user_id", "name", "username", "manager", "manager_name", "system_account", "service_account"],
    "properties": {
        "user_id": {"type": "string"},
        "name": {"type": "string"},
        "username": _nullable_str,
        "manager": _nullable_str,
        "manager_name": _nullable_str,
        "system_account": {"type": "boolean"},
        "service_account": {"type": "boolean"},
    },
}

CHANGES = {
    "type": ["object", "null"],
    "required": ["new", "changed", "unchanged", "compared", "not_compared"],
    "properties": {
        **{name: {"type": "integer", "minimum": 0} for name in ("new", "changed", "unchanged")},
        "compared": {"type": "array", "items": {"type": "string"}},
        "not_compared": {"type": "array", "items": {"type": "string"}},
    },
}

RECONCILE = {
    "type": ["object", "null"],
    "required": ["count", "active_employees", "share", "needs_override", "incomplete", "max_share", "flagged",
                 "service_account_known", "list"],
    "properties": {
        "count": {"type": "integer", "minimum": 0},
        "active_employees": {"type": "integer", "minimum": 0},
        "share": {"type": "number", "minimum": 0},
        "needs_override": {"type": "boolean"},
        "incomplete": {"type": "boolean"},
        "max_share": {"type": "number"},
        "flagged": {"type": "array", "items": DEACTIVATION},
        "service_account_known": {"type": "boolean"},
        "list": _nullable_str,
        "deactivations": False,  # the summary only: the list itself goes to --report-dir
    },
}

PORTAL_DATA = {
    "type": ["object", "null"],
    "required": ["checked", "snapshot_taken_at", "employees", "ous", "employees_complete", "checks_off"],
    "properties": {
        "checked": {"type": "boolean"},
        "snapshot_taken_at": _nullable_str,
        "employees": _nullable_int,
        "ous": _nullable_int,
        "employees_complete": {"type": ["boolean", "null"]},
        "checks_off": {"type": ["string", "null"], "pattern": "^Checks against your portal's data are off: "},
    },
}

IMPORT = {
    "type": "object",
    "required": [
        "requested_as", "type", "type_id", "source", "label", "import_id", "mapping", "records",
        "valid_records", "sent_records", "skipped_invalid", "payload", "status", "error_status", "counts",
        "report", "problems", "suggestions", "changes", "reconcile",
    ],
    "properties": {
        "requested_as": {"type": "string"},
        "type": _nullable_str,
        "type_id": _nullable_str,
        "source": {"type": "string"},
        "label": _nullable_str,
        "import_id": _nullable_str,
        "mapping": {
            "type": ["object", "null"],
            "required": ["origin", "template", "columns", "unmapped_sources"],
            "properties": {
                "origin": {"enum": ["template", "remembered", "exact", "auto"]},
                "template": _nullable_str,
                "columns": {"type": "object", "additionalProperties": {"type": "string"}},
                "unmapped_sources": {"type": "array", "items": {"type": "string"}},
            },
        },
        "records": _nullable_int,
        "valid_records": _nullable_int,
        "sent_records": {"type": "integer"},
        "skipped_invalid": {"type": "integer"},
        "payload": {
            "type": ["object", "null"],
            "required": ["path", "size", "records", "gzipped", "sha256"],
            "properties": {
                "path": {"type": "string"},
                "size": {"type": "integer"},
                "records": {"type": "integer"},
                "gzipped": {"type": "boolean"},
                "sha256": {"type": "string"},
            },
        },
        "status": _nullable_str,
        "error_status": _nullable_str,
        "counts": COUNTS,
        "report": {
            "type": ["object", "null"],
            "required": ["path", "from_cache", "rows"],
            "properties": {
                "path": _nullable_str, "from_cache": {"type": "boolean"}, "rows": _nullable_int,
                "state": {"enum": ["saved", "not_needed", "not_ready", "failed", "capped", "exhausted", "expired"]},
                "note": {"type": "string"},
            },
        },
        "problems": {
            "type": "object",
            "required": ["error_records", "warnings", "items", "truncated"],
            "properties": {
                "error_records": {"type": "integer"},
                "warnings": {"type": "integer"},
                "items": {"type": "array", "items": PROBLEM, "maxItems": 200},
                "truncated": {"type": "boolean"},
            },
        },
        "suggestions": {"type": "array", "items": SUGGESTION},
        "changes": CHANGES,
        "reconcile": RECONCILE,
    },
}

NOT_SAVED = {
    "type": "object",
    "required": ["import_id", "state", "message", "detail", "fetchable_later", "later"],
    "properties": {
        "import_id": {"type": "string"},
        "state": {"enum": ["not_ready", "failed", "capped", "exhausted", "expired"]},
        "message": {"type": "string", "minLength": 1},
        "detail": {"type": "string"},
        "fetchable_later": {"type": "boolean"},
        "later": {"type": "string", "minLength": 1},
    },
}

JOB = {
    "type": "object",
    "required": ["job_id", "status", "finished", "imports"],
    "properties": {
        "job_id": {"type": "string", "minLength": 1},
        "status": _nullable_str,
        "finished": {"type": "boolean"},
        "imports": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["import_id", "status", "error_status", *COUNTS["required"]],
            },
        },
    },
}

LOAD = {
    "allOf": [
        ENVELOPE,
        {
            "type": "object",
            "required": ["outcome", "dry_run", "on_invalid", "portal", "job", "imports", "totals", "reports",
                         "portal_data"],
            "properties": {
                "command": {"const": "load"},
                "outcome": {
                    "enum": ["loaded", "loaded_with_failures", "submitted", "dry_run", "invalid", "failed", "interrupted"]
                },
                "dry_run": {"type": "boolean"},
                "on_invalid": {"enum": ["abort", "skip"]},
                "portal": {
                    "type": ["object", "null"],
                    "required": ["root_url", "profile", "portal", "environment"],
                },
                "job": {"anyOf": [{"type": "null"}, JOB]},
                "imports": {"type": "array", "items": IMPORT, "minItems": 1, "maxItems": 20},
                "totals": {
                    "type": "object",
                    "required": [
                        "records", "valid_records", "sent_records", "skipped_invalid", "successful_records",
                        "successful_records_with_warnings", "error_records",
                    ],
                },
                "reports": {
                    "type": ["object", "null"],
                    "required": ["dir", "summary", "saved", "not_saved"],
                    "properties": {
                        "saved": {"type": "array", "items": {"type": "string"}},
                        "not_saved": {"type": "array", "items": NOT_SAVED},
                    },
                },
                "portal_data": PORTAL_DATA,
            },
        },
    ]
}


def validate_load_document(doc: dict[str, Any]) -> None:
    jsonschema.validate(doc, LOAD)


def validate_envelope(doc: dict[str, Any]) -> None:
    jsonschema.validate(doc, ENVELOPE)


def validate_job(job: dict[str, Any]) -> None:
    """The ``job`` member shared by ``load``, ``status`` and ``resume``."""
    jsonschema.validate(job, JOB)


def cli_command() -> list[str]:
    """The installed ``csod-desktop`` executable of this environment, else ``python -m csod_desktop``."""
    exe = Path(sys.executable).with_name("csod-desktop")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "csod_desktop"]


def cli_env(secret: str | None = "demo-secret", **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CSOD_CLIENT_SECRET", None)
    if secret is not None:
        env["CSOD_CLIENT_SECRET"] = secret
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run_cli(
    *argv: str, secret: str | None = "demo-secret", timeout: float = 180, cwd: Path | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*cli_command(), *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(secret, **extra),
        cwd=cwd,
    )


def parse_json(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """stdout must be exactly one JSON document."""
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as exc:  # pragma: no cover - the message is the point
        raise AssertionError(f"stdout is not one JSON document: {exc}\n{done.stdout}\n{done.stderr}") from exc
