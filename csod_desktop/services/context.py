"""What belongs to one portal connection: the ``httpx.Client``, the API client and the report service.

``build_context`` makes them for a profile on the stores the composition root opened (``app.py`` for
the window, ``cli.main`` for a command): the one ``httpx.Client`` (``services.network.http_client``: the
trust store and proxy of the profile) and a governor on the throttle budget every process of the user
shares (``Stores.throttle``). ``AppContext.close()`` (or ``with``) closes the HTTP client. No
module-level clients anywhere else, and no store opened here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from csod_desktop.api import BulkApiClient, Governor, Ledger, RateWait, RetryPolicy
from csod_desktop.api.network import NetworkConfig
from csod_desktop.core.templates import TemplateStore
from csod_desktop.services.connection import new_profile
from csod_desktop.services.loads import LoadRunner
from csod_desktop.services.network import DEFAULT_TIMEOUT, http_client, network_for, shared_governor
from csod_desktop.services.portal_data import PortalData
from csod_desktop.services.reports import ReportService
from csod_desktop.services.stores import Stores
from csod_desktop.store.journal import Journal
from csod_desktop.store.profiles import AD_HOC_PROFILE_NAME, Profile, ProfileStore
from csod_desktop.store.secrets import Secret, SecretStore, resolve_secret

__all__ = ["DEFAULT_TIMEOUT", "AppContext", "build_context", "http_client", "shared_governor"]

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything one portal connection needs. Close it when done (the window: on exit)."""

    profile: Profile
    http: httpx.Client
    client: BulkApiClient
    reports: ReportService
    stores: Stores
    secret_source: str
    #: The trust store and proxies of :attr:`http` (None when the caller handed its own client in).
    network: NetworkConfig | None = None
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

    def on_rate_wait(self, callback: Callable[[RateWait], None]) -> None:
        """``callback(wait)`` whenever a call of this connection waits for the portal's rate limit (``wait.text``:
        "waiting 34 s for the portal's rate limit"); called from whichever thread makes the call."""
        self.client.governor.add_listener(callback)

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
    network: NetworkConfig | None = None,
    ledger: Ledger | None = None,
) -> AppContext:
    """The context for ``profile`` (a Profile, a saved profile's name, or None with ``root_url``/``portal``).

    The secret is resolved now, so a missing one is a clear SecretError before any work starts:
    ``secret`` (typed in, or from a file), else ``CSOD_CLIENT_SECRET``, else the keyring (see
    ``store.secrets.resolve_secret``). ``stores`` are the composition root's; a given ``http`` client
    stays the caller's to close. ``network`` replaces the profile's trust store and proxies (tests hand in a
    throwaway CA); without a ``governor`` the calls take their slots from the shared budget (``ledger``, by
    default ``stores.throttle``, the file beside the journal).
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
    the_network = None
    if own_http:
        the_network = network if network is not None else network_for(resolved, stores.secrets)
    client_http = http or http_client(the_network, timeout)
    try:
        if governor is None:
            governor = shared_governor(resolved.root_url, ledger if ledger is not None else stores.throttle)
        client = BulkApiClient(
            client_http, resolved.root_url, resolved.client_id, found, resolved.scope_string,
            governor=governor, retry=retry,
        )
    except BaseException:
        if own_http:
            client_http.close()
        raise
    log.info("context for %s (%s), secret from %s", resolved.name, resolved.root_url, found.source)
    return AppContext(
        profile=resolved,
        http=client_http,
        client=client,
        reports=ReportService(stores.journal, client),
        stores=stores,
        secret_source=found.source,
        network=the_network,
        _owns_http=own_http,
    )
