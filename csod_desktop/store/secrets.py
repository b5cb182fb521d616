"""The client secret: kept in the OS keyring only, or given for one run (typed in, or CSOD_CLIENT_SECRET).

Never written to a file, the journal or a log. When no keyring backend works (a headless Linux box has
none), this says so in a sentence and the caller asks the user for the secret for this run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from csod_desktop import facts
from csod_desktop.errors import SecretError
from csod_desktop.store.profiles import SANDBOX_CLIENT_SECRET, Profile
from csod_desktop.i18n import translate

log = logging.getLogger(__name__)

SERVICE_NAME = "csod-desktop"
SECRET_ENV = facts.SECRET_ENV

_NO_KEYRING = (
    "This computer has no working password store (OS keyring), so the client secret cannot be "
    "remembered."
)
_NO_KEYRING_HINT = (
    "Enter the secret each time you connect, or set the CSOD_CLIENT_SECRET environment variable for "
    "this session. csod-desktop never saves it to a plain file."
)


def keyring_username(profile: Profile) -> str:
    """The keyring entry's user name: profile name and client id, so renaming either asks again."""
    return f"{profile.name}:{profile.client_id}"


def proxy_keyring_username(profile: Profile) -> str:
    """The keyring entry of the profile's proxy password: profile name and proxy user name."""
    return f"{profile.name}:proxy:{profile.proxy_user or ''}"


class Secret:
    """A secret that never shows itself in ``repr``/``str`` (so it cannot land in a log by accident).

    Calling it returns the value: it is the ``secret`` callable that ``BulkApiClient`` takes.
    """

    __slots__ = ("_value", "source")

    def __init__(self, value: str, source: str) -> None:
        if not value:
            raise SecretError(translate("errors", "The client secret is empty."), hint=translate(
                "errors",
                "Copy it again from API Management."
            ))
        self._value = value
        #: Where it came from: "keyring", "environment", "entered", "file" or "sandbox".
        self.source = source

    def __call__(self) -> str:
        return self._value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret(<hidden>, source={self.source!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _keyring() -> ModuleType:
    """The ``keyring`` package, imported on first use: importing it and finding the OS backend takes
    longer than opening the whole first window (issue 15), which asks the keyring only after its first paint."""
    import keyring
    import keyring.errors

    return keyring


def _backend_works() -> bool:
    backend = _keyring().get_keyring()
    try:
        priority = backend.priority  # the "fail" backend has priority 0 and raises on every call
    except Exception:  # noqa: BLE001 - a broken backend property means "not usable"
        return False
    return bool(priority and priority > 0)


@dataclass
class KeyringStatus:
    available: bool
    backend: str
    message: str


class SecretStore:
    """Read, save and forget client secrets in the OS keyring (service name ``csod-desktop``)."""

    def __init__(self, service: str = SERVICE_NAME) -> None:
        self.service = service

    def status(self) -> KeyringStatus:
        name = type(_keyring().get_keyring()).__name__
        if _backend_works():
            return KeyringStatus(True, name, "The client secret is kept in the operating system's keyring.")
        return KeyringStatus(False, name, _NO_KEYRING)

    @property
    def available(self) -> bool:
        return _backend_works()

    def get(self, profile: Profile) -> str | None:
        """The remembered secret, or None. SecretError (a sentence) when no keyring backend works."""
        if not _backend_works():
            raise SecretError(_NO_KEYRING, hint=_NO_KEYRING_HINT)
        keyring = _keyring()
        try:
            return keyring.get_password(self.service, keyring_username(profile))
        except keyring.errors.KeyringError as exc:
            raise SecretError(_NO_KEYRING, hint=_NO_KEYRING_HINT) from exc
        except Exception as exc:  # noqa: BLE001 - D-Bus and OS errors vary by backend: translate them all
            log.warning("The keyring could not be read: %s", type(exc).__name__)
            raise SecretError(
                translate("errors", "The operating system's keyring could not be read (it may be locked)."),
                hint=translate("errors", "Unlock it, or enter the secret for this session."),
            ) from exc

    def set(self, profile: Profile, secret: str) -> None:
        """Remember ``secret`` for ``profile``. SecretError when there is nowhere safe to keep it."""
        if not secret:
            raise SecretError(translate("errors", "The client secret is empty."), hint=translate(
                "errors",
                "Copy it again from API Management."
            ))
        if not _backend_works():
            raise SecretError(_NO_KEYRING, hint=_NO_KEYRING_HINT)
        try:
            _keyring().set_password(self.service, keyring_username(profile), secret)
        except Exception as exc:  # noqa: BLE001 - translate every backend failure into one sentence
            raise SecretError(
                translate("errors", "The client secret could not be saved in the operating system's keyring."),
                hint=_NO_KEYRING_HINT,
            ) from exc

    def delete(self, profile: Profile) -> bool:
        """Forget the remembered secret; True when there was one. Quietly False with no keyring."""
        if not _backend_works():
            return False
        keyring = _keyring()
        try:
            keyring.delete_password(self.service, keyring_username(profile))
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception:  # noqa: BLE001 - nothing to forget where nothing could be kept
            return False
        return True

    # -- the proxy's password (same keyring, its own entry) -----------------------------------------
    def proxy_password(self, profile: Profile) -> str | None:
        """The saved password of the profile's proxy, or None (also with no proxy user or no keyring)."""
        if not profile.proxy_user or not _backend_works():
            return None
        try:
            return _keyring().get_password(self.service, proxy_keyring_username(profile))
        except Exception:  # noqa: BLE001 - a locked keyring: the proxy then asks, and says so
            log.warning("The keyring could not be read for the proxy password.")
            return None

    def set_proxy_password(self, profile: Profile, password: str) -> None:
        if not profile.proxy_user:
            raise SecretError(translate("errors", "A proxy password needs the proxy's user name."), hint=translate(
                "errors",
                "Fill in the proxy user field."
            ))
        if not _backend_works():
            raise SecretError(_NO_KEYRING, hint=translate(
                "errors",
                "Without a keyring the proxy password cannot be kept."
            ))
        try:
            _keyring().set_password(self.service, proxy_keyring_username(profile), password)
        except Exception as exc:  # noqa: BLE001 - translate every backend failure into one sentence
            raise SecretError(translate(
                "errors",
                "The proxy password could not be saved in the operating system's keyring."
            )) from exc

    def delete_proxy_password(self, profile: Profile) -> None:
        if not _backend_works():
            return
        try:
            _keyring().delete_password(self.service, proxy_keyring_username(profile))
        except Exception:  # noqa: BLE001 - nothing to forget where nothing was kept
            return

    def has(self, profile: Profile) -> bool:
        try:
            return bool(self.get(profile))
        except SecretError:
            return False


def resolve_secret(
    profile: Profile,
    given: str | None = None,
    *,
    store: SecretStore | None = None,
    source: str = "entered",
    ask: Callable[[str], str | None] | None = None,
) -> Secret:
    """The secret for this run, first found of: ``given`` (typed in or read from a file),
    ``CSOD_CLIENT_SECRET``, the keyring, the sandbox's demo secret, ``ask(reason)``.

    Raises SecretError with a sentence saying why none was found (no keyring, or nothing saved).
    """
    if given:
        return Secret(given, source)
    env = os.environ.get(SECRET_ENV, "").strip()
    if env:
        return Secret(env, "environment")
    store = store or SecretStore()
    reason: SecretError
    try:
        saved = store.get(profile)
    except SecretError as exc:
        reason = exc
    else:
        if saved:
            return Secret(saved, "keyring")
        reason = SecretError(
            translate(
                "errors",
                "No client secret is saved for the profile {name!r}."
            ).format(name=profile.name),
            hint=translate(
                "errors",
                "Enter it (tick 'remember' to keep it in the keyring) or set CSOD_CLIENT_SECRET."
            ),
        )
    if profile.is_sandbox:
        return Secret(SANDBOX_CLIENT_SECRET, "sandbox")
    if ask is not None:
        answer = ask(str(reason))
        if answer:
            return Secret(answer, "entered")
    raise reason
