"""Exit codes and the ``--json`` envelope every command shares, and the run of one command body."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from csod_desktop.cli import interrupts
from csod_desktop.cli.terminal import RESUME_HINT, Reporter, utf8_streams
from csod_desktop.errors import (
    ApiError,
    AuthenticationError,
    Cancelled,
    ConfigError,
    CsodError,
    InputFileError,
    NetworkError,
    SecretError,
    TemplateError,
)

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_RECORDS_FAILED = 3
EXIT_PORTAL = 4
EXIT_INTERRUPTED = 5

#: Version of every ``--json`` document. Fields are only ever added; a rename or removal bumps it.
JSON_SCHEMA_VERSION = 1


EXIT_CODES_EPILOG = """\
exit codes:
  0  every record loaded (warnings allowed); for other commands: done
  2  usage error, unreadable file or template, no secret, client id or secret rejected by the portal,
     or validation errors with --on-invalid abort: nothing was sent (fix the input, then run again)
  3  the job completed but some records failed on the portal (see the reports)
  4  portal or network failure after the retries (run again later; the job stays in the journal)
  5  interrupted (Ctrl-C or SIGTERM): the job stays in the journal and 'csod-desktop resume' finishes it
  1  an unexpected internal error (please report it), or --self-test with a failed check
"""


# --------------------------------------------------------------------------------------------- exit codes


def exit_code_for(err: BaseException) -> int:
    """The documented exit code for an error that ended a command.

    A rejected client id or secret is 2, not 4: the portal answered at once and nothing was sent, and
    running again (as a scheduler would) cannot help until a person fixes the secret. 4 is kept for
    failures where running again later can succeed.
    """
    if isinstance(err, (KeyboardInterrupt, Cancelled)):
        return EXIT_INTERRUPTED
    if isinstance(err, AuthenticationError):
        return EXIT_USAGE
    if isinstance(err, (ApiError, NetworkError)):
        return EXIT_PORTAL
    if isinstance(err, (ConfigError, SecretError, InputFileError, TemplateError, CsodError)):
        return EXIT_USAGE
    if isinstance(err, OSError):
        return EXIT_USAGE
    return 1


def error_document(err: BaseException) -> dict[str, Any]:
    """The ``error`` member of a JSON document: the exception class, its sentence and its hint."""
    if isinstance(err, KeyboardInterrupt):
        return {"type": "Cancelled", "message": "Interrupted (Ctrl-C).", "hint": RESUME_HINT}
    doc: dict[str, Any] = {
        "type": type(err).__name__,
        "message": str(err) or type(err).__name__,
        "hint": getattr(err, "hint", "") or "",
    }
    status = getattr(err, "status", None)
    if status is not None:
        doc["status"] = status
    line = getattr(err, "line", None)
    if line is not None:
        doc["line"] = line
    return doc


# ------------------------------------------------------------------------------------------ the envelope


def emit_json(document: dict[str, Any], stream: IO[str] | None = None) -> None:
    """Print the one JSON document of a ``--json`` run on stdout."""
    out = stream or sys.stdout
    try:
        out.write(json.dumps(document, indent=2, ensure_ascii=False, default=_json_default))
        out.write("\n")
        out.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): not an error of the run, whose exit code still stands.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _json_default(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def base_document(command: str) -> dict[str, Any]:
    """The envelope every ``--json`` document shares (see the README's 'Command line' section)."""
    return {"schema_version": JSON_SCHEMA_VERSION, "command": command, "ok": True, "exit_code": EXIT_OK, "error": None}


def run_command(
    args: argparse.Namespace,
    command: str,
    body: Callable[[argparse.Namespace, Stores, Reporter, dict[str, Any]], int],
    stores: Stores,
) -> int:
    """Run a command body with the documented error handling: message on stderr, exit code, JSON envelope.

    ``body`` gets the stores ``cli.main`` opened, fills the document and returns the exit code; errors
    it raises become the ``error`` member and the code from :func:`exit_code_for`. Ctrl-C becomes exit 5.
    """
    json_mode = bool(getattr(args, "json", False))
    utf8_streams()
    reporter = Reporter(quiet=bool(getattr(args, "quiet", False)))
    document = base_document(command)
    previous = interrupts.install_stop_handlers(reporter)
    try:
        code = body(args, stores, reporter, document)
    except (CsodError, KeyboardInterrupt, OSError) as err:
        code = exit_code_for(err)
        document["error"] = error_document(err)
        reporter.error(err)
    finally:
        interrupts.restore_handlers(previous)
    document["exit_code"] = code
    document["ok"] = code == EXIT_OK
    if json_mode:
        emit_json(document)
    return code


