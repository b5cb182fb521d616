"""Connection profiles: which portal, which client id and scopes, saved as JSON in the config directory.

A profile never holds the client secret: that lives in the OS keyring (``store.secrets``). The portal
root is stored resolved (``root_url``) next to the portal name and environment it came from, so that
the window can show "acme (production)" and the API client gets a URL without knowing how it was built.
Building ``root_url`` from a portal name and environment is the API layer's job
(``csod_desktop.api.root_url_for``): ``csod_desktop.services.connection.new_profile`` does both.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from csod_desktop import facts, paths
from csod_desktop.errors import ConfigError
from csod_desktop.i18n import translate

#: The quick start's scope list plus specification and permission reads (team/INTERFACES.md). Kept here
#: as well as in ``api`` because the store may not import the API layer (import-linter layers).
DEFAULT_SCOPES: tuple[str, ...] = (
    "bulkapijob:read",
    "bulkapiimport:read",
    "bulkapischema:read",
    "bulkapijob:create",
    "bulkapiimport:load",
    "bulkapispecification:read",
    "bulkapipermission:read",
)

#: Portal environments (bulk-api-facts.md, "Hosts and paths").
ENVIRONMENTS: tuple[str, ...] = ("production", "stage", "pilot")

SANDBOX_PROFILE_NAME = "Sandbox (demo)"
#: The name of the profile a command builds from ``--base-url`` or ``--portal`` (never saved).
AD_HOC_PROFILE_NAME = "command line"
#: The sandbox's public demo credentials (team/INTERFACES.md, "Shared constants"); printed by
#: ``csod-desktop sandbox``, so they are not a secret and need no keyring.
SANDBOX_CLIENT_ID = "demo-client"
SANDBOX_CLIENT_SECRET = "demo-secret"

PROFILES_FILE = "profiles.json"
_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Profile:
    """One portal connection as the user saved it. No secret here, ever."""

    name: str
    root_url: str
    client_id: str
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    portal: str | None = None
    environment: str | None = None  # "production" | "stage" | "pilot"; None for an explicit root URL
    is_sandbox: bool = False
    #: An explicit proxy for this portal (``http://proxy.acme.local:8080``); None: this computer's settings.
    proxy: str | None = None
    #: The proxy's user name, when it asks for one; the password lives in the keyring (``store.secrets``).
    proxy_user: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # unknown keys, kept on save

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise ConfigError(translate("errors", "A profile needs a name."))
        if not self.root_url or not self.root_url.strip():
            raise ConfigError(translate(
                "errors",
                "Profile {name!r} has no portal address."
            ).format(name=self.name))
        if not self.client_id or not self.client_id.strip():
            raise ConfigError(translate("errors", "Profile {name!r} has no client id.").format(name=self.name), hint=translate(
                "errors",
                "Copy it from API Management."
            ))
        if self.environment is not None and self.environment not in ENVIRONMENTS:
            raise ConfigError(
                translate(
                    "errors",
                    "Unknown portal environment {environment!r}: use production, stage or pilot."
                ).format(environment=self.environment)
            )
        object.__setattr__(self, "root_url", self.root_url.strip().rstrip("/"))
        object.__setattr__(self, "scopes", normalize_scopes(self.scopes))
        object.__setattr__(self, "proxy", normalize_proxy(self.proxy))
        object.__setattr__(self, "proxy_user", (self.proxy_user or "").strip() or None)

    @property
    def scope_string(self) -> str:
        """Scopes as the token request sends them: space-separated (bulk-api-facts.md, "Hosts and paths")."""
        return " ".join(self.scopes)

    @property
    def is_production(self) -> bool:
        """True unless the profile clearly names a stage, pilot or sandbox portal (shown in a warning colour)."""
        if self.is_sandbox:
            return False
        if self.environment is not None:
            return self.environment == "production"
        if facts.is_loopback_url(self.root_url):
            return False
        host = self.root_url.split("://", 1)[-1].split("/", 1)[0].lower()
        return not any(tag in host for tag in ("-stg.", "-pilot.", "-pil."))

    @property
    def where(self) -> str:
        """A short description of the portal for confirmations: "acme (production)" or the root URL."""
        if self.is_sandbox:
            return translate("profiles", "the local sandbox ({url})").format(url=self.root_url)
        if self.portal and self.environment:
            return f"{self.portal} ({self.environment})"
        return self.root_url

    def to_dict(self) -> dict[str, Any]:
        doc = dict(self.extra)
        doc.update(
            name=self.name,
            root_url=self.root_url,
            client_id=self.client_id,
            scopes=list(self.scopes),
            portal=self.portal,
            environment=self.environment,
            is_sandbox=self.is_sandbox,
            proxy=self.proxy,
            proxy_user=self.proxy_user,
        )
        return doc

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Profile:
        known = {"name", "root_url", "client_id", "scopes", "portal", "environment", "is_sandbox", "proxy", "proxy_user"}
        # A secret must never sit in profiles.json; if someone put one there by hand, drop it.
        extra = {k: v for k, v in doc.items() if k not in known and "secret" not in k.lower()}
        try:
            return cls(
                name=str(doc["name"]),
                root_url=str(doc["root_url"]),
                client_id=str(doc["client_id"]),
                scopes=tuple(doc.get("scopes") or DEFAULT_SCOPES),
                portal=doc.get("portal") or None,
                environment=doc.get("environment") or None,
                is_sandbox=bool(doc.get("is_sandbox", False)),
                proxy=doc.get("proxy") or None,
                proxy_user=doc.get("proxy_user") or None,
                extra=extra,
            )
        except KeyError as exc:
            raise ConfigError(translate(
                "errors",
                "A saved profile is missing its {field!r} field."
            ).format(field=exc.args[0])) from exc

    def with_changes(self, **changes: Any) -> Profile:
        return replace(self, **changes)


def normalize_scopes(scopes: str | Iterable[str] | None) -> tuple[str, ...]:
    """Scopes as a tuple without blanks or duplicates; a space-separated string is accepted too."""
    if scopes is None:
        return DEFAULT_SCOPES
    items = scopes.split() if isinstance(scopes, str) else [s for part in scopes for s in str(part).split()]
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen) or DEFAULT_SCOPES


def normalize_proxy(url: str | None) -> str | None:
    """An explicit proxy as ``scheme://host:port``, or None (blank: use this computer's settings).

    Credentials never go into the URL, which is saved in profiles.json: the user name has its own field
    and the password its keyring entry.
    """
    text = (url or "").strip()
    if not text:
        return None
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or port == -1:
        raise ConfigError(
            translate("errors", "The proxy {url!r} is not a proxy address.").format(url=url),
            hint=translate(
                "errors",
                "Example: http://proxy.acme.local:8080 (ask IT for it; leave it empty to use this "
                "computer's settings)."
            ),
        )
    if parts.username or parts.password:
        raise ConfigError(
            translate("errors", "The proxy address must not contain a user name or password."),
            hint=translate(
                "errors",
                "Give the proxy's user name in its own field; the password is kept in the keyring."
            ),
        )
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme.lower()}://{host}" + (f":{port}" if port else "")


def confirmation_word(profile: Any) -> str:
    """The word an administrator types to confirm a destructive setting such as ReconcileUsers.

    One definition for the window's dialog and ``load --confirm-reconcile``: the portal name, "sandbox"
    for the local sandbox, else the portal's host name.
    """
    if getattr(profile, "portal", None):
        return str(profile.portal)
    if getattr(profile, "is_sandbox", False):
        return "sandbox"
    return urlsplit(getattr(profile, "root_url", "") or "").hostname or "portal"


def sandbox_profile(root_url: str, name: str = SANDBOX_PROFILE_NAME) -> Profile:
    """The built-in profile for a local sandbox portal at ``root_url`` (demo credentials, no keyring)."""
    return Profile(name=name, root_url=root_url, client_id=SANDBOX_CLIENT_ID, is_sandbox=True)


class ProfileStore:
    """The saved profiles, in ``profiles.json`` under the config directory. Writes are atomic."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else paths.config_dir() / PROFILES_FILE

    # ------------------------------------------------------------------------------------------ reading

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"version": _FORMAT_VERSION, "profiles": [], "last_used": None}
        except OSError as exc:
            raise ConfigError(translate(
                "errors",
                "The saved profiles could not be read ({reason}): {path}."
            ).format(reason=exc.strerror, path=self.path)) from exc
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                translate(
                    "errors",
                    "The saved profiles file is damaged (line {lineno}): {path}."
                ).format(lineno=exc.lineno, path=self.path),
                hint=translate("errors", "Fix or delete the file, then add the profiles again."),
            ) from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("profiles", []), list):
            raise ConfigError(translate(
                "errors",
                "The saved profiles file has an unexpected shape: {path}."
            ).format(path=self.path))
        return doc

    def list(self) -> list[Profile]:
        """Every saved profile, in the order they were added."""
        return [Profile.from_dict(item) for item in self._read().get("profiles", [])]

    def names(self) -> list[str]:
        return [p.name for p in self.list()]

    def find(self, name: str) -> Profile | None:
        for profile in self.list():
            if profile.name == name:
                return profile
        return None

    def get(self, name: str) -> Profile:
        """The profile called ``name``; ConfigError naming the saved ones when there is none."""
        profile = self.find(name)
        if profile is None:
            known = ", ".join(self.names()) or "none yet"
            raise ConfigError(
                translate(
                    "errors",
                    "There is no saved profile called {name!r} (saved profiles: {known})."
                ).format(name=name, known=known),
                hint=translate("errors", "Create it in the app's Connect step, or check the spelling."),
            )
        return profile

    def last_used(self) -> str | None:
        name = self._read().get("last_used")
        return name if isinstance(name, str) else None

    # ------------------------------------------------------------------------------------------ writing

    def save(self, profile: Profile, *, previous_name: str | None = None) -> Profile:
        """Add or replace ``profile`` (matched by name, or by ``previous_name`` when renaming)."""
        with self._lock:
            doc = self._read()
            items: list[dict[str, Any]] = list(doc.get("profiles", []))
            target = previous_name or profile.name
            if previous_name and previous_name != profile.name and any(
                item.get("name") == profile.name for item in items
            ):
                raise ConfigError(translate(
                    "errors",
                    "A profile called {name!r} already exists."
                ).format(name=profile.name))
            for index, item in enumerate(items):
                if item.get("name") == target:
                    items[index] = profile.to_dict()
                    break
            else:
                items.append(profile.to_dict())
            doc["profiles"] = items
            if previous_name and doc.get("last_used") == previous_name:
                doc["last_used"] = profile.name
            self._write(doc)
        return profile

    def delete(self, name: str) -> bool:
        """Remove the profile; True when one was removed. Its keyring entry is the caller's to delete."""
        with self._lock:
            doc = self._read()
            items = [item for item in doc.get("profiles", []) if item.get("name") != name]
            removed = len(items) != len(doc.get("profiles", []))
            if removed:
                doc["profiles"] = items
                if doc.get("last_used") == name:
                    doc["last_used"] = None
                self._write(doc)
        return removed

    def set_last_used(self, name: str | None) -> None:
        with self._lock:
            doc = self._read()
            doc["last_used"] = name
            self._write(doc)

    def _write(self, doc: dict[str, Any]) -> None:
        doc["version"] = _FORMAT_VERSION
        write_private_text(self.path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` atomically (temp file, fsync, rename) with owner-only permissions."""
    paths.private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            tmp.chmod(0o600)
        except OSError:
            pass
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConfigError(translate(
            "errors",
            "Could not save {name} ({reason}): {parent}."
        ).format(name=path.name, reason=exc.strerror, parent=path.parent)) from exc
