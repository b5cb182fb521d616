"""Shared pieces of the command line: exit codes, connection options, secrets, progress and JSON output."""

from __future__ import annotations

import argparse
import json
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from csod_desktop import facts
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

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_RECORDS_FAILED = 3
EXIT_PORTAL = 4
EXIT_INTERRUPTED = 5

#: Version of every ``--json`` document. Fields are only ever added; a rename or removal bumps it.
JSON_SCHEMA_VERSION = 1

SECRET_ENV = facts.SECRET_ENV

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

SECRET_HELP = (
    "The client secret is never a command-line argument (it would show in the process list and the "
    "shell history): use the profile's keyring entry, the CSOD_CLIENT_SECRET environment variable or "
    "--client-secret-file PATH."
)


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
        return {"type": "Cancelled", "message": "Interrupted (Ctrl-C).", "hint": _resume_hint()}
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


def _resume_hint() -> str:
    return "The job stays in the journal: run 'csod-desktop resume' to finish it."


# -------------------------------------------------------------------------------------------- arguments


class _RefuseSecret(argparse.Action):
    """``--client-secret VALUE`` is refused with the reason, instead of argparse's bare 'unrecognized'."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001
        parser.error(SECRET_HELP)


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    """``--profile`` or ``--base-url`` / ``--portal --env`` with ``--client-id``, and the secret file."""
    group = parser.add_argument_group(
        "connection",
        "A saved profile, or a portal given here. The secret comes from --client-secret-file, else the "
        "CSOD_CLIENT_SECRET environment variable, else the profile's entry in the OS keyring.",
    )
    group.add_argument("--profile", metavar="NAME", help="a connection profile saved in the app")
    group.add_argument("--base-url", metavar="URL", help="portal root, e.g. https://acme.csod.com")
    group.add_argument("--portal", metavar="NAME", help="portal name (the 'acme' of acme.csod.com)")
    group.add_argument(
        "--env",
        choices=("production", "stage", "pilot"),
        default=None,
        help="portal environment with --portal (default production)",
    )
    group.add_argument("--client-id", metavar="ID", help="OAuth client id (from API Management)")
    group.add_argument(
        "--client-secret-file",
        metavar="PATH",
        type=Path,
        help="file holding the client secret (first line); keep it readable by you only",
    )
    group.add_argument("--client-secret", nargs="?", action=_RefuseSecret, help=argparse.SUPPRESS)


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document on stdout (shape in the README, 'Command line'); progress stays on stderr",
    )


def read_secret_file(path: Path) -> str:
    """The first line of a secret file, stripped. Warns when others can read it (POSIX)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SecretError(
            f"The client secret file {path} cannot be read ({exc.strerror or exc}).",
            hint="Check the path given to --client-secret-file.",
        ) from exc
    secret = text.splitlines()[0].strip() if text.strip() else ""
    if not secret:
        raise SecretError(f"The client secret file {path} is empty.", hint="Put the secret on its first line.")
    if os.name == "posix":
        try:
            if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                print(
                    f"warning: {path} can be read by other users; 'chmod 600 {path}' keeps the secret yours.",
                    file=sys.stderr,
                )
        except OSError:
            pass
    return secret


@dataclass
class ConnectionRequest:
    """What the command line said about the portal (resolved against profiles by the services)."""

    profile: str | None = None
    base_url: str | None = None
    portal: str | None = None
    environment: str | None = None
    client_id: str | None = None
    secret: str | None = None  # from --client-secret-file or CSOD_CLIENT_SECRET; None = ask the keyring
    secret_source: str = "keyring"


def connection_request(args: argparse.Namespace) -> ConnectionRequest:
    """Check the connection options for consistency and pick up the secret for this run."""
    profile = getattr(args, "profile", None)
    base_url = getattr(args, "base_url", None)
    portal = getattr(args, "portal", None)
    environment = getattr(args, "env", None)
    client_id = getattr(args, "client_id", None)
    if base_url and portal:
        raise ConfigError("Give either --base-url or --portal, not both.")
    if environment and not portal:
        raise ConfigError("--env goes with --portal (with --base-url the URL already names the environment).")
    if not profile and not (base_url or portal):
        raise ConfigError(
            "No portal given.",
            hint="Use --profile NAME, or --base-url URL (or --portal NAME --env ...) with --client-id ID.",
        )
    if not profile and not client_id:
        raise ConfigError("--client-id is required with --base-url or --portal.")
    request = ConnectionRequest(
        profile=profile,
        base_url=base_url,
        portal=portal,
        environment=environment or ("production" if portal else None),
        client_id=client_id,
    )
    secret_file = getattr(args, "client_secret_file", None)
    if secret_file is not None:
        request.secret = read_secret_file(secret_file)
        request.secret_source = "file"
    elif os.environ.get(SECRET_ENV):
        request.secret = os.environ[SECRET_ENV].strip()
        request.secret_source = "environment"
    elif not profile and not _is_loopback_http(base_url):
        raise SecretError(
            "No client secret for this run.",
            hint="Set CSOD_CLIENT_SECRET or use --client-secret-file PATH (or save a profile in the app).",
        )
    return request


def _is_loopback_http(url: str | None) -> bool:
    """The local sandbox (plain http on loopback) needs no secret: the demo one is used."""
    return bool(url) and url.strip().lower().startswith("http://") and facts.is_loopback_url(url)


def parse_key_value(text: str, option: str) -> tuple[str, str]:
    """``KEY=VALUE`` (split on the first '='), both sides non-empty."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"{option} expects KEY=VALUE, got {text!r}.")
    return key.strip(), value.strip()


# ---------------------------------------------------------------------------------------------- output


@dataclass
class Reporter:
    """Human-readable progress and messages on stderr; a bar redrawn in place only when stderr is a terminal.

    stdout is reserved for the result (a summary, or the one ``--json`` document), so that a scheduler or
    a script can capture it without progress noise.
    """

    quiet: bool = False
    stream: IO[str] = field(default_factory=lambda: sys.stderr)
    _bar_label: str | None = None
    _last_draw: float = 0.0

    @property
    def is_terminal(self) -> bool:
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):
            return False

    def info(self, message: str) -> None:
        if not self.quiet:
            self._clear_bar()
            print(message, file=self.stream, flush=True)

    def warn(self, message: str) -> None:
        self._clear_bar()
        print(f"warning: {message}", file=self.stream, flush=True)

    def error(self, err: BaseException) -> None:
        self._clear_bar()
        doc = error_document(err)
        print(f"error: {doc['message']}", file=self.stream, flush=True)
        if doc.get("hint"):
            print(f"hint: {doc['hint']}", file=self.stream, flush=True)

    def progress(self, label: str, fraction: float | None) -> None:
        """Report progress of a long step; ``fraction`` None means 'working, amount unknown'."""
        if self.quiet:
            return
        if not self.is_terminal:
            # Logs and schedulers get one line per step, not a line per percent.
            if label != self._bar_label:
                self._bar_label = label
                print(f"{label} ...", file=self.stream, flush=True)
            return
        now = time.monotonic()
        if label == self._bar_label and fraction is not None and fraction < 1.0 and now - self._last_draw < 0.1:
            return
        self._bar_label, self._last_draw = label, now
        width = 30
        if fraction is None:
            bar = "[" + "." * width + "]     "
        else:
            filled = int(max(0.0, min(1.0, fraction)) * width)
            bar = "[" + "#" * filled + " " * (width - filled) + f"] {fraction:4.0%}"
        self.stream.write(f"\r{bar} {label}"[:200].ljust(80))
        self.stream.flush()

    def _clear_bar(self) -> None:
        if self._bar_label is not None and self.is_terminal:
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()
        if self.is_terminal:
            self._bar_label = None


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


def _utf8_streams() -> None:
    """stdout in UTF-8 (the JSON document promises it, whatever the Windows code page or a cron
    locale of C); stderr never fails on a character its encoding lacks."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "replace")):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if callable(reconfigure) and encoding != "utf8":
            try:
                reconfigure(encoding="utf-8", errors=errors)
            except (ValueError, OSError):
                pass


def base_document(command: str) -> dict[str, Any]:
    """The envelope every ``--json`` document shares (see the README's 'Command line' section)."""
    return {"schema_version": JSON_SCHEMA_VERSION, "command": command, "ok": True, "exit_code": EXIT_OK, "error": None}


def run_command(
    args: argparse.Namespace,
    command: str,
    body: Callable[[argparse.Namespace, Reporter, dict[str, Any]], int],
) -> int:
    """Run a command body with the documented error handling: message on stderr, exit code, JSON envelope.

    ``body`` fills the document and returns the exit code; errors it raises become the ``error`` member
    and the code from :func:`exit_code_for`. Ctrl-C becomes exit 5.
    """
    json_mode = bool(getattr(args, "json", False))
    _utf8_streams()
    reporter = Reporter(quiet=bool(getattr(args, "quiet", False)))
    document = base_document(command)
    previous = _install_stop_handlers(reporter)
    try:
        code = body(args, reporter, document)
    except (CsodError, KeyboardInterrupt, OSError) as err:
        code = exit_code_for(err)
        document["error"] = error_document(err)
        reporter.error(err)
    finally:
        _restore_handlers(previous)
    document["exit_code"] = code
    document["ok"] = code == EXIT_OK
    if json_mode:
        emit_json(document)
    return code


_CANCEL = threading.Event()


def cancel_requested() -> bool:
    """True once Ctrl-C (or SIGTERM) asked the run to stop: the services stop at the next safe point."""
    return _CANCEL.is_set()


def _install_stop_handlers(reporter: Reporter) -> dict[int, Any]:
    """First Ctrl-C / SIGTERM: stop at the next safe point (an upload is never cut in the middle, so it
    is never left ambiguous); a second one stops at once. Either way the job stays in the journal."""
    _CANCEL.clear()
    if threading.current_thread() is not threading.main_thread():
        return {}

    def handler(signum: int, frame: Any) -> None:
        if _CANCEL.is_set():
            raise KeyboardInterrupt
        _CANCEL.set()
        reporter.warn("Stopping at the next safe point (press Ctrl-C again to stop at once).")

    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):
            continue
    return previous


def _restore_handlers(previous: dict[int, Any]) -> None:
    for sig, handler in previous.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):
            continue


def add_poll_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--poll-interval",
        type=float,
        metavar="SECONDS",
        help="seconds between status checks (default: 15 s, growing while nothing changes); the client "
        "still keeps to the portal's five status calls a minute",
    )


def poll_policy(args: argparse.Namespace) -> Any:
    """The services' PollPolicy for ``--poll-interval``, or None for the default adaptive one."""
    seconds = getattr(args, "poll_interval", None)
    if seconds is None:
        return None
    if seconds <= 0:
        raise ConfigError("--poll-interval must be more than 0 seconds.")
    from csod_desktop.services.loads import PollPolicy  # noqa: PLC0415

    return PollPolicy(
        first_check=min(3.0, seconds), interval=seconds, growth=1.0, maximum=max(seconds, 1.0),
        tick=min(1.0, seconds),
    )


def print_table(rows: list[tuple[str, ...]], stream: IO[str] | None = None) -> None:
    """Rows as aligned columns on stdout; the first row is the header."""
    out = stream or sys.stdout
    if not rows:
        return
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.write("  ".join(cells).rstrip() + "\n")
    out.flush()


# ------------------------------------------------------------------------------------------- services


@contextmanager
def open_context(args: argparse.Namespace, reporter: Reporter) -> Iterator[Any]:
    """The same service context the window builds (``services.context.build_context``), for one run."""
    request = connection_request(args)
    from csod_desktop.services.context import build_context  # noqa: PLC0415 (httpx, sqlite: not for --help)
    from csod_desktop.store.secrets import Secret  # noqa: PLC0415

    secret = Secret(request.secret, request.secret_source) if request.secret else None
    ctx = build_context(
        request.profile,
        secret,
        root_url=request.base_url,
        portal=request.portal,
        environment=request.environment if request.portal else None,
        client_id=request.client_id,
    )
    # A call that waits its turn in the portal's budget says so on stderr.
    ctx.on_rate_wait(lambda wait: reporter.info(wait.text))
    try:
        yield ctx
    finally:
        ctx.close()


def portal_document(ctx: Any) -> dict[str, Any]:
    profile = getattr(ctx, "profile", None)
    return {
        "root_url": getattr(profile, "root_url", None),
        "profile": getattr(profile, "name", None) if getattr(profile, "name", None) != "command line" else None,
        "portal": getattr(profile, "portal", None),
        "environment": getattr(profile, "environment", None),
    }
