"""The Edge Bulk API client: sign-in, every endpoint, the throttle budget and safe retries (Qt-free)."""

from __future__ import annotations

from csod_desktop.api.auth import DEFAULT_SCOPES, ClientCredentialsAuth
from csod_desktop.api.client import MAX_IMPORTS, BulkApiClient
from csod_desktop.api.governor import DOCUMENTED_LIMITS, Governor, Limit, RateWait, bucket_for, wait_sentence
from csod_desktop.api.ledger import Ledger, MemoryLedger, PortalView
from csod_desktop.api.models import (
    CreatedImport,
    CreatedJob,
    ImportSpec,
    ImportStatus,
    JobStatus,
    LoadType,
)
from csod_desktop.api.retry import RetryPolicy
from csod_desktop.api.urls import (
    BULK_PREFIX,
    ENVIRONMENTS,
    TOKEN_PATH,
    is_loopback,
    normalize_root,
    resolve_root,
    root_url_for,
)

__all__ = [
    "BULK_PREFIX",
    "DEFAULT_SCOPES",
    "DOCUMENTED_LIMITS",
    "ENVIRONMENTS",
    "MAX_IMPORTS",
    "TOKEN_PATH",
    "BulkApiClient",
    "ClientCredentialsAuth",
    "CreatedImport",
    "CreatedJob",
    "Governor",
    "ImportSpec",
    "ImportStatus",
    "JobStatus",
    "Ledger",
    "Limit",
    "LoadType",
    "MemoryLedger",
    "PortalView",
    "RateWait",
    "RetryPolicy",
    "bucket_for",
    "is_loopback",
    "normalize_root",
    "resolve_root",
    "root_url_for",
    "wait_sentence",
]
