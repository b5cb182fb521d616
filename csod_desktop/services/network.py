"""What every call to a portal goes through: the network client (trust store, proxy) and the shared budget.

``http_client`` is the one place an ``httpx.Client`` is made for a portal: the API client, the connection
test, the portal snapshot and any later check (a callback test) all get theirs from here, so a call can
never trust other certificates or take another proxy than its neighbours. ``shared_governor`` puts a
connection's calls on the throttle budget every process of the user shares (``store.throttle_ledger``).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import httpx

from csod_desktop import __version__, facts
from csod_desktop.api import Governor, Ledger, normalize_root
from csod_desktop.api.network import NetworkConfig, Proxies, trust_store
from csod_desktop.store.profiles import Profile
from csod_desktop.store.secrets import SecretStore
from csod_desktop.store.throttle_ledger import SqliteLedger

log = logging.getLogger(__name__)

#: Connect fast, read patiently (reports and status can be slow), write for large payloads.
DEFAULT_TIMEOUT = httpx.Timeout(connect=15.0, read=120.0, write=300.0, pool=30.0)


def network_for(
    profile: Profile | None,
    secrets: SecretStore | None = None,
    *,
    extra_ca: str | Path | None = None,
) -> NetworkConfig:
    """The trust store (the OS's, plus ``extra_ca``) and the proxies (the profile's, else the computer's)."""
    proxies = Proxies()
    if profile is not None and profile.proxy:
        password = (secrets or SecretStore()).proxy_password(profile) if profile.proxy_user else None
        proxies = Proxies(explicit=profile.proxy, user=profile.proxy_user, password=password)
    return NetworkConfig(trust=trust_store(extra_ca), proxies=proxies)


def http_client(network: NetworkConfig | None = None, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> httpx.Client:
    """The one ``httpx.Client`` of a portal connection (every portal call goes through it)."""
    config = network if network is not None else NetworkConfig()
    return httpx.Client(
        transport=config.transport(),
        timeout=timeout,
        follow_redirects=False,  # a redirect could carry the bearer token to another host
        headers={"User-Agent": f"csod-desktop/{__version__}"},
        trust_env=False,  # the environment's proxies and certificates are read by NetworkConfig, once
    )


def shared_governor(root_url: str, ledger: Ledger | None = None) -> Governor:
    """The throttle governor of one portal environment on the budget every process of this user shares.

    Wall-clock time, because the stamps are compared across processes. With ``CSOD_DESKTOP_PACING=off`` and a
    portal on this computer (a relaxed sandbox), no window applies: the calls still go through the ledger.
    """
    limits = {} if facts.pacing_off(root_url, os.environ) else None
    if limits is not None:
        log.info("pacing is off for %s (%s=off, a portal on this computer)", root_url, facts.PACING_ENV)
    return Governor(limits, portal=normalize_root(root_url),
                    ledger=ledger if ledger is not None else SqliteLedger(), clock=time.time)
