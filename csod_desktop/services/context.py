"""What belongs to one portal connection: the ``httpx.Client``, the API client and the report service.

``build_context`` makes them for a profile on the stores the composition root opened (``app.py`` for
the window, ``cli.main`` for a command); ``AppContext.close()`` (or ``with``) closes the HTTP client.
No module-level clients anywhere else, and no store opened here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import httpx

from csod_desktop import __version__
from csod_desktop.api import BulkApiClient, Governor, RetryPolicy
from csod_desktop.core.templates import TemplateStore
from csod_desktop.services.connection import new_profile
from csod_desktop.services.loads import LoadRunner
from csod_desktop.services.portal_data import PortalData
from csod_desktop.services.reports import ReportService
from csod_desktop.services.stores import Stores
from csod_desktop.store.journal import Journal
from csod_desktop.store.profiles import AD_HOC_PROFILE_NAME, Profile, ProfileStore
from csod_desktop.store.secrets import Secret, SecretStore, resolve_secret

log = logging.getLogger(__name__)

#: Connect fast, read patiently (reports and status can be slow), write for large payloads.
DEFAULT_TIMEOUT = httpx.Timeout(connect=15.0, read=120.0, write=300.0, pool=30.0)


def http_client(timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> httpx.Client:
    """The one ``httpx.Client`` of a portal connection (every portal call goes through it)."""
    return httpx.Client(
        timeout=timeout,
        follow_redirects=False,  # a redirect could carry the bearer token to another host
        headers={"User-Agent": f"csod-desktop/{__version__}"},
    )


@dataclass
class AppContext:
    """Everything one portal connection needs. Close it when done (the window: on exit)."""

    profile: Profile
    http: httpx.Client
    client: BulkApiClient
    reports: ReportService
    stores: Stores
    secret_source: str
    _owns_http: bool = field(default=True, repr=False)
    _closed: bool = field(default=False, repr=False)
    _portal_data: PortalData | None = field(default=None, repr=False)

    @property
    def portal_data(self) -> PortalData:
        """The portal's employees and OUs for Review (``services.portal_data``), built on first use."""
        if self._portal_data is None:
            self._portal_data = PortalData(self.client.portal_reader(), self.stores.portal_snapshots,
                                           client=self.client)
        return self._portal_data

    @property
    def journal(self) -> Journal:
        return self.stores.journal

    @property
    def templates(self) -> TemplateStore:
        return self.stores.templates

    @property
    def profiles(self) -> ProfileStore:
        return self.stores.profiles

    @property
    def secrets(self) -> SecretStore:
        return self.stores.secrets

    def runner(self, **options: Any) -> LoadRunner:
        """A :class:`csod_desktop.services.loads.LoadRunner` on this context."""
        return LoadRunner(self.client, self.journal, self.reports, profile=self.profile, **options)

    def close(self) -> None:
        """Close the HTTP client this context made (the stores belong to the composition root)."""
        if self._closed:
            return
        self._closed = True
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def build_context(
    profile: Profile | str | None = None,
    secret: str | Secret | None = None,
    *,
    stores: Stores,
    root_url: str | None = None,
    portal: str | None = None,
    environment: str | None = None,
    client_id: str | None = None,
    scopes: Any = None,
    governor: Governor | None = None,
    retry: RetryPolicy | None = None,
    http: httpx.Client | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
) -> AppContext:
    """The context for ``profile`` (a Profile, a saved profile's name, or None with ``root_url``/``portal``).

    The secret is resolved now, so a missing one is a clear SecretError before any work starts:
    ``secret`` (typed in, or from a file), else ``CSOD_CLIENT_SECRET``, else the keyring (see
    ``store.secrets.resolve_secret``). ``stores`` are the composition root's; a given ``http`` client
    stays the caller's to close.
    """
    if isinstance(profile, str):
        resolved = stores.profiles.get(profile)
        if client_id and client_id != resolved.client_id:
            resolved = resolved.with_changes(client_id=client_id)
    elif profile is None:
        resolved = new_profile(
            AD_HOC_PROFILE_NAME, client_id=client_id or "", portal=portal, environment=environment,
            root_url=root_url, scopes=scopes,
        )
    else:
        resolved = profile
    found = secret if isinstance(secret, Secret) else resolve_secret(resolved, secret, store=stores.secrets)
    own_http = http is None
    client_http = http or http_client(timeout)
    client = BulkApiClient(
        client_http, resolved.root_url, resolved.client_id, found, resolved.scope_string,
        governor=governor, retry=retry,
    )
    log.info("context for %s (%s), secret from %s", resolved.name, resolved.root_url, found.source)
    return AppContext(
        profile=resolved,
        http=client_http,
        client=client,
        reports=ReportService(stores.journal, client),
        stores=stores,
        secret_source=found.source,
        _owns_http=own_http,
    )
