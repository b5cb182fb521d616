"""Portal root URLs: from a portal name and environment, or an explicit root, checked for HTTPS."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from csod_desktop import facts
from csod_desktop.errors import ConfigError
from csod_desktop.i18n import translate

#: Bulk API prefix and token path (INTERFACES.md "Shared constants"; bulk-api-facts.md "Hosts and paths").
BULK_PREFIX = "/services/api/x/bulk-api/v1"
TOKEN_PATH = "/services/api/oauth2/token"

ENVIRONMENTS = ("production", "stage", "pilot")

# bulk-api-quick-start.txt "Register an OAuth 2.0 Application": {corp}.csod.com, {corp}-stg, {corp}-pilot.
_SUFFIX = {"production": "", "stage": "-stg", "pilot": "-pilot"}
_ALIASES = {
    "production": "production", "prod": "production", "live": "production",
    "stage": "stage", "stg": "stage", "staging": "stage",
    "pilot": "pilot", "pil": "pilot",
}
_PORTAL_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def normalize_environment(environment: str | None) -> str:
    """``production`` / ``stage`` / ``pilot`` from what a user typed (default production)."""
    key = (environment or "production").strip().lower()
    try:
        return _ALIASES[key]
    except KeyError:
        raise ConfigError(
            translate(
                "errors",
                "The environment {environment!r} is not known."
            ).format(environment=environment),
            hint=translate(
                "errors",
                "Choose production, stage or pilot, or give the portal's root URL instead."
            ),
        ) from None


def root_url_for(portal: str, environment: str | None = "production") -> str:
    """``https://{portal}{-stg|-pilot}.csod.com`` for a portal name such as ``acme``."""
    name = (portal or "").strip().lower()
    # Be forgiving when someone pastes "acme.csod.com" or a whole URL into the portal name box.
    if "://" in name:
        name = urlsplit(name).hostname or ""
    if name.endswith(".csod.com"):
        name = name[: -len(".csod.com")]
    if not _PORTAL_NAME.match(name):
        raise ConfigError(
            translate("errors", "The portal name {portal!r} is not valid.").format(portal=portal),
            hint=translate(
                "errors",
                "Use the first part of your portal address: 'acme' for https://acme.csod.com."
            ),
        )
    env = normalize_environment(environment)
    suffix = _SUFFIX[env]
    if suffix and name.endswith(suffix):  # "acme-stg" typed with environment stage
        suffix = ""
    return f"https://{name}{suffix}.csod.com"


is_loopback = facts.is_loopback


def normalize_root(url: str) -> str:
    """Check an explicit portal root and return it without a trailing slash, path, query or fragment.

    ``http://`` is refused unless the host is loopback: the bearer token and the client secret travel
    in every request, and only the local sandbox may see them in clear text.
    """
    text = (url or "").strip()
    if not text:
        raise ConfigError(translate("errors", "No portal root URL was given."), hint=translate(
            "errors",
            "Example: https://acme.csod.com"
        ))
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(
            translate("errors", "The portal address {url!r} is not a web address.").format(url=url), hint=translate(
                "errors",
                "Example: https://acme.csod.com"
            )
        )
    if scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(
            translate(
                "errors",
                "The portal address {url!r} uses http://, which would send the client secret "
                "unencrypted."
            ).format(url=url),
            hint=translate(
                "errors",
                "Use https:// (plain http is only allowed for the local sandbox on this computer)."
            ),
        )
    if parts.username or parts.password:
        raise ConfigError(
            translate("errors", "The portal address must not contain a user name or password."),
            hint=translate("errors", "Give the client id and secret in their own fields."),
        )
    path = parts.path.rstrip("/")
    # People paste API URLs copied from the docs: keep only the portal root.
    for marker in ("/services/api", "/phnx", "/ui/"):
        idx = path.find(marker)
        if idx >= 0:
            path = path[:idx]
    return urlunsplit((scheme, parts.netloc.lower(), path, "", ""))


def resolve_root(
    *, portal: str | None = None, environment: str | None = None, root_url: str | None = None
) -> str:
    """The portal root from an explicit URL (wins, e.g. a ``-pil`` pilot host) or a name + environment."""
    if root_url:
        return normalize_root(root_url)
    if portal:
        return root_url_for(portal, environment)
    raise ConfigError(translate("errors", "No portal was given."), hint=translate(
        "errors",
        "Give the portal name (and environment) or its root URL."
    ))
