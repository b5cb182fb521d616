"""The portal's import statuses as the window says them: its known words translated, any other as it came.

The Bulk API's status values are the portal's words ("Created", "Completed"; bulk-api-quick-start.txt
Steps 4 and 6; the other spellings are tolerated, never published: bulk-api-facts.md, "Shapes nobody has
published"). Code compares the stored value; only what is shown goes through here.
"""

from __future__ import annotations

from csod_desktop.i18n import translate


def _key(status: str) -> str:
    return "".join(status.lower().split())


# Each known status and its words, looked up only when it is the one shown (History: once per row).
_WORDS = {
    "created": lambda: translate("status", "Created"),
    "ready": lambda: translate("status", "Ready"),
    "new": lambda: translate("status", "New"),
    "notstarted": lambda: translate("status", "Not started"),
    "awaitingdata": lambda: translate("status", "Awaiting data"),
    "waitingfordata": lambda: translate("status", "Awaiting data"),
    "queued": lambda: translate("status", "Queued"),
    "pending": lambda: translate("status", "Pending"),
    "submitted": lambda: translate("status", "Submitted"),
    "received": lambda: translate("status", "Received"),
    "waiting": lambda: translate("status", "Waiting"),
    "processing": lambda: translate("status", "Processing"),
    "inprogress": lambda: translate("status", "In progress"),
    "running": lambda: translate("status", "Running"),
    "completed": lambda: translate("status", "Completed"),
    "complete": lambda: translate("status", "Completed"),
    "completedwitherrors": lambda: translate("status", "Completed with errors"),
    "failed": lambda: translate("status", "Failed"),
    "failure": lambda: translate("status", "Failed"),
    "error": lambda: translate("status", "Error"),
    "errored": lambda: translate("status", "Error"),
    "cancelled": lambda: translate("status", "Cancelled"),
    "canceled": lambda: translate("status", "Cancelled"),
    "aborted": lambda: translate("status", "Aborted"),
    "expired": lambda: translate("status", "Expired"),
    "rejected": lambda: translate("status", "Rejected"),
}


def status_word(status: str | None) -> str:
    """``status`` for the screen: "Completed" -> "Terminé" in French; an unknown status unchanged."""
    if not status:
        return ""
    word = _WORDS.get(_key(status))
    return word() if word is not None else status
