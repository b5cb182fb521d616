"""The portal's import statuses as the window says them: its known words translated, any other as it came.

The Bulk API's status values are the portal's words ("Created", "Completed"; bulk-api-quick-start.txt
Steps 4 and 6; the other spellings are tolerated, never published: bulk-api-facts.md, "Shapes nobody has
published"). Code compares the stored value; only what is shown goes through here.
"""

from __future__ import annotations

from csod_desktop.i18n import translate


def _key(status: str) -> str:
    return "".join(status.lower().split())


def status_word(status: str | None) -> str:
    """``status`` for the screen: "Completed" -> "Terminé" in French; an unknown status unchanged."""
    if not status:
        return ""
    words = {
        "created": translate("status", "Created"),
        "ready": translate("status", "Ready"),
        "new": translate("status", "New"),
        "notstarted": translate("status", "Not started"),
        "awaitingdata": translate("status", "Awaiting data"),
        "waitingfordata": translate("status", "Awaiting data"),
        "queued": translate("status", "Queued"),
        "pending": translate("status", "Pending"),
        "submitted": translate("status", "Submitted"),
        "received": translate("status", "Received"),
        "waiting": translate("status", "Waiting"),
        "processing": translate("status", "Processing"),
        "inprogress": translate("status", "In progress"),
        "running": translate("status", "Running"),
        "completed": translate("status", "Completed"),
        "complete": translate("status", "Completed"),
        "completedwitherrors": translate("status", "Completed with errors"),
        "failed": translate("status", "Failed"),
        "failure": translate("status", "Failed"),
        "error": translate("status", "Error"),
        "errored": translate("status", "Error"),
        "cancelled": translate("status", "Cancelled"),
        "canceled": translate("status", "Cancelled"),
        "aborted": translate("status", "Aborted"),
        "expired": translate("status", "Expired"),
        "rejected": translate("status", "Rejected"),
    }
    return words.get(_key(status), status)
