"""Argument groups the commands share: the connection, ``--json``, ``--poll-interval``, ``KEY=VALUE`` settings."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from csod_desktop.errors import ConfigError

SECRET_HELP = (
    "The client secret is never a command-line argument (it would show in the process list and the "
    "shell history): use the profile's keyring entry, the CSOD_CLIENT_SECRET environment variable or "
    "--client-secret-file PATH."
)


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


def coerce_setting(value: str) -> Any:
    """Job settings are JSON: ``true``/``false`` and whole numbers go as such (quick start, Step 4)."""
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if re.fullmatch(r"-?(0|[1-9][0-9]*)", value):
        return int(value)
    return value


def parse_settings(texts: list[str], option: str = "--setting") -> dict[str, Any]:
    """``KEY=VALUE`` settings (``schema`` and ``template``), values coerced as :func:`coerce_setting` says."""
    settings: dict[str, Any] = {}
    for text in texts:
        key, value = parse_key_value(text, option)
        settings[key] = coerce_setting(value)
    return settings


def parse_key_value(text: str, option: str) -> tuple[str, str]:
    """``KEY=VALUE`` (split on the first '='), both sides non-empty."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"{option} expects KEY=VALUE, got {text!r}.")
    return key.strip(), value.strip()


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
