"""The composition root shared by the window and the command line: one context per portal connection.

``build_context`` makes the one ``httpx.Client`` (``services.network.http_client``: the trust store and
proxy of the profile), the throttle budget shared with every other process of the user, the API client,
the journal and the services for a profile; ``AppContext.close()`` (or ``with``) closes them. No
module-level clients anywhere else.
"""

from __future__ import annotations

import contextlib
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
from csod_desktop.services.reports import ReportService
from csod_desktop.store.journal import Journal
from csod_desktop.store.profiles import Profile, ProfileStore
from csod_desktop.store.secrets import Secret, SecretStore, resolve_secret
from csod_desktop.store.throttle_ledger import SqliteLedger

__all__ = ["DEFAULT_TIMEOUT", "AppContext", "build_context", "http_client", "shared_governor"]

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything one portal connection needs. Close it when done (the window: on exit)."""

    profile: Profile
    http: httpx.Client
    client: BulkApiClient
    journal: Journal
    reports: ReportService
    profiles: ProfileStore
    secrets: SecretStore
    secret_source: str
    templates: TemplateStore | None = None
    #: The trust store and proxies of :attr:`http` (None when the caller handed its own client in).
    network: NetworkConfig | None = None
    _owns_journal: bool = field(default=True, repr=False)
    _owns_http: bool = field(default=True, repr=False)
    _ledger: SqliteLedger | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    def runner(self, **options: Any) -> LoadRunner:
        """A :class:`csod_desktop.services.loads.LoadRunner` on this context."""
        return LoadRunner(self.client, self.journal, self.reports, profile=self.profile, **options)

    def on_rate_wait(self, callback: Callable[[RateWait], None]) -> None:
        """``callback(wait)`` whenever a call of this connection waits for the portal's rate limit (``wait.text``:
        "waiting 34 s for the portal's rate limit"); called from whichever thread makes the call."""
        self.client.governor.add_listener(callback)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_http:
            self.http.close()
        if self._ledger is not None:
            self._ledger.close()
        if self._owns_journal:
            self.journal.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _templates() -> TemplateStore:
    return TemplateStore()


def _purge(journal: Journal) -> None:
    """Cornerstone deletes reports and payloads 30 days after an import's creation: so do we (not the summary)."""
    try:
        purged = journal.purge_expired()
    except Exception:  # noqa: BLE001 - a purge that fails must not stop a load; it is tried again next time
        log.warning("The 30-day purge of cached reports and payloads failed.", exc_info=True)
        return
    if purged:
        log.info("purged the cached files of %d import(s) past the 30-day retention", purged)


def build_context(
    profile: Profile | str | None = None,
    secret: str | Secret | None = None,
    *,
    root_url: str | None = None,
    portal: str | None = None,
    environment: str | None = None,
    client_id: str | None = None,
    scopes: Any = None,
    journal: Journal | None = None,
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
    ``store.secrets.resolve_secret``). ``journal`` may be shared by several contexts (the window keeps one).
    ``network`` replaces the profile's trust store and proxies (tests hand in a throwaway CA); without a
    ``governor`` the calls take their slots from the shared budget (``ledger``, by default the
    ``store.throttle_ledger`` file beside the journal).
    """
    profiles = ProfileStore()
    if isinstance(profile, str):
        resolved = profiles.get(profile)
        if client_id and client_id != resolved.client_id:
            resolved = resolved.with_changes(client_id=client_id)
    elif profile is None:
        resolved = new_profile(
            "command line", client_id=client_id or "", portal=portal, environment=environment,
            root_url=root_url, scopes=scopes,
        )
    else:
        resolved = profile
    secrets = SecretStore()
    if isinstance(secret, Secret):
        found = secret
    else:
        found = resolve_secret(resolved, secret, store=secrets)
    own_http = http is None
    own_journal = journal is None
    the_network = None
    if own_http:
        the_network = network if network is not None else network_for(resolved, secrets)
    own_ledger = None
    with contextlib.ExitStack() as undo:  # what was opened is closed again if a later step fails
        client_http = http or http_client(the_network, timeout)
        if own_http:
            undo.callback(client_http.close)
        the_journal = journal or Journal()
        if own_journal:
            undo.callback(the_journal.close)
        if governor is None:
            if ledger is None:
                own_ledger = SqliteLedger()
                undo.callback(own_ledger.close)
            governor = shared_governor(resolved.root_url, ledger if ledger is not None else own_ledger)
        client = BulkApiClient(
            client_http, resolved.root_url, resolved.client_id, found, resolved.scope_string,
            governor=governor, retry=retry,
        )
        undo.pop_all()
    if own_journal:
        _purge(the_journal)
    log.info("context for %s (%s), secret from %s", resolved.name, resolved.root_url, found.source)
    return AppContext(
        profile=resolved,
        http=client_http,
        client=client,
        journal=the_journal,
        reports=ReportService(the_journal, client),
        profiles=profiles,
        secrets=secrets,
        secret_source=found.source,
        templates=_templates(),
        network=the_network,
        _owns_journal=own_journal,
        _owns_http=own_http,
        _ledger=own_ledger,
    )
