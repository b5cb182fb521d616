"""Where a command connects: the connection options checked, the secret picked up, the context opened."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import facts
from csod_desktop.cli.terminal import Reporter
from csod_desktop.errors import ConfigError, SecretError
from csod_desktop.store.profiles import AD_HOC_PROFILE_NAME

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores

SECRET_ENV = facts.SECRET_ENV


#: A client secret is one line of a few dozen characters: a bigger "secret file" is the wrong file (or
#: ``/dev/zero``), and is refused after reading this much, never read whole (issue 19, item 9).
SECRET_FILE_MAX_BYTES = 4096


def read_secret_file(path: Path) -> str:
    """The first line of a secret file, stripped. Warns when others can read it (POSIX)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(SECRET_FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise SecretError(
            f"The client secret file {path} cannot be read ({exc.strerror or exc}).",
            hint="Check the path given to --client-secret-file.",
        ) from exc
    if len(raw) > SECRET_FILE_MAX_BYTES:
        raise SecretError(
            f"The client secret file {path} holds more than {SECRET_FILE_MAX_BYTES // 1024} KB, so it is not a "
            "secret file (a client secret is one line of a few dozen characters).",
            hint="Give --client-secret-file a file that holds only the secret, on its first line.",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\x00"  # not text: refused below like a NUL byte
    if "\x00" in text:
        raise SecretError(
            f"The client secret file {path} is not a text file.",
            hint="Give --client-secret-file a text file that holds only the secret, on its first line.",
        )
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


@contextmanager
def open_context(args: argparse.Namespace, reporter: Reporter, stores: Stores) -> Iterator[Any]:
    """The same service context the window builds (``services.context.build_context``), for one run,
    on the stores ``cli.main`` opened."""
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
        stores=stores,
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
        "profile": getattr(profile, "name", None) if getattr(profile, "name", None) != AD_HOC_PROFILE_NAME else None,
        "portal": getattr(profile, "portal", None),
        "environment": getattr(profile, "environment", None),
    }
