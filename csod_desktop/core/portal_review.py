"""What Review says about one import beside its problems: checked against the portal or not, what will change,
and (ReconcileUsers) who will be deactivated. One object the window and the CLI's ``--json`` both show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from csod_desktop import facts
from csod_desktop.core.changes import ChangePreview, what_will_change
from csod_desktop.core.portal import PortalSnapshot
from csod_desktop.core.reconcile import ReconcilePreview, reconcile_preview
from csod_desktop.core.schema import Schema
from csod_desktop.i18n import translate


def no_snapshot() -> str:
    """The sentence when the portal's data was not read at all (translated when asked: the language may change)."""
    return translate("portal_review", "Checks against your portal's data are off: the portal's employees and OUs "
                                      "were not read.")


@dataclass(frozen=True)
class PortalReview:
    """``off``: the one sentence when (some) checks against the portal's data are off, else None."""

    snapshot_taken_at: dt.datetime | None
    off: str | None
    changes: ChangePreview | None
    reconcile: ReconcilePreview | None

    @property
    def checked(self) -> bool:
        return self.snapshot_taken_at is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "checked_against_portal": self.checked,
            "snapshot_taken_at": self.snapshot_taken_at.isoformat() if self.snapshot_taken_at else None,
            "portal_checks_off": self.off,
            "changes": self.changes.to_json() if self.changes else None,
            "reconcile": self.reconcile.to_json() if self.reconcile else None,
        }


def portal_review(frame: pl.DataFrame, schema: Schema, settings: Mapping[str, Any] | None,
                  snapshot: PortalSnapshot | None, *, keep: pl.Series | None = None) -> PortalReview:
    """The review of ``frame`` (property-named, as validated) against ``snapshot``; ``keep`` marks the
    records that will be sent (the valid ones when invalid records are left out)."""
    if snapshot is None:
        return PortalReview(None, no_snapshot(), None, None)
    changes = what_will_change(frame, schema, settings, snapshot, keep=keep)
    reconcile = None
    if schema.is_employee and facts.reconcile_users(settings):
        reconcile = reconcile_preview(frame, snapshot, keep=keep)
    return PortalReview(snapshot.taken_at, snapshot.off_sentence, changes, reconcile)


__all__ = ["PortalReview", "no_snapshot", "portal_review"]
