"""The composition root shared by the window and the command line: one context per portal connection.

``build_context`` makes the one ``httpx.Client``, the API client, the journal and the services for a
profile; ``AppContext.close()`` (or ``with``) closes them. No module-level clients anywhere else.
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
from csod_desktop.store.journal import Journal
from csod_desktop.store.portal_snapshots import PortalSnapshotStore
from csod_desktop.store.profiles import Profile, ProfileStore
from csod_desktop.store.secrets import Secret, SecretStore, resolve_secret

log = logging.getLogger(__name__)

#: Connect fast, read patiently (reports and status can be slow), write for large payloads.
DEFAULT_TIMEOUT = httpx.Timeout(connect=15.0, read=120.0, write=300.0, pool=30.0)


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
    _owns_journal: bool = field(default=True, repr=False)
    _owns_http: bool = field(default=True, repr=False)
    _closed: bool = field(default=False, repr=False)
    _portal_data: PortalData | None = field(default=None, repr=False)

    @property
    def portal_data(self) -> PortalData:
        """The portal's employees and OUs for Review (``services.portal_data``), built on first use."""
        if self._portal_data is None:
            self._portal_data = PortalData(self.client.portal_reader(), PortalSnapshotStore(self.journal),
                                           client=self.client)
        return self._portal_data

    def runner(self, **options: Any) -> LoadRunner:
        """A :class:`csod_desktop.services.loads.LoadRunner` on this context."""
        return LoadRunner(self.client, self.journal, self.reports, profile=self.profile, **options)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_http:
            self.http.close()
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
) -> AppContext:
    """The context for ``profile`` (a Profile, a saved profile's name, or None with ``root_url``/``portal``).

    The secret is resolved now, so a missing one is a clear SecretError before any work starts:
    ``secret`` (typed in, or from a file), else ``CSOD_CLIENT_SECRET``, else the keyring (see
    ``store.secrets.resolve_secret``). ``journal`` may be shared by several contexts (the window keeps one).
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
    client_http = http or httpx.Client(
        timeout=timeout,
        follow_redirects=False,  # a redirect could carry the bearer token to another host
        headers={"User-Agent": f"csod-desktop/{__version__}"},
    )
    own_journal = journal is None
    try:
        the_journal = journal or Journal()
    except BaseException:
        if own_http:
            client_http.close()
        raise
    if own_journal:
        _purge(the_journal)
    client = BulkApiClient(
        client_http, resolved.root_url, resolved.client_id, found, resolved.scope_string,
        governor=governor, retry=retry,
    )
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
        _owns_journal=own_journal,
        _owns_http=own_http,
    )
