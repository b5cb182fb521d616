"""Review's portal panel: what the file is checked against (the snapshot's age, Refresh), what will change,
and with ReconcileUsers who will be deactivated. A view of ``ui.portal_check.PortalCheck``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from csod_desktop.api.portal_read import SCOPE_HINT
from csod_desktop.i18n import translate
from csod_desktop.ui.change_viewer import ChangeViewer
from csod_desktop.ui.portal_check import PortalCheck
from csod_desktop.ui.language import clock
from csod_desktop.ui.reconcile_dialog import DeactivationsDialog, limit_words

#: How often the snapshot's age is written again while the panel shows.
AGE_REFRESH_MS = 30_000


def off_hint() -> str:
    """Said once beside the sentence when the checks against the portal's data are off."""
    return translate("PortalPanel", "The file is checked on its own, as before. {scope_hint}").format(
        scope_hint=SCOPE_HINT)


def constrained() -> str:
    return translate("PortalPanel", "Your API user sees only part of the portal's employees, so a reference to "
                     "someone outside its view is a warning, not an error.")


def age_words(age: dt.timedelta) -> str:
    """"just now", "4 minutes ago", "2 hours ago", "3 days ago"."""
    seconds = max(0, int(age.total_seconds()))
    if seconds < 60:
        return translate("PortalPanel", "just now")
    minutes = seconds // 60
    if minutes < 60:
        return translate("PortalPanel", "%n minute(s) ago", None, minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("PortalPanel", "%n hour(s) ago", None, hours)
    return translate("PortalPanel", "%n day(s) ago", None, hours // 24)


def snapshot_words(snapshot: Any, now: dt.datetime | None = None) -> str:
    """"Checked against your portal's data as read 4 minutes ago (278 employees, 41 organizational units)"."""
    parts = []
    if snapshot.employees is not None:
        parts.append(translate("PortalPanel", "%n employee(s)", None, len(snapshot.employees)))
    if snapshot.ous is not None:
        parts.append(translate("PortalPanel", "%n organizational unit(s)", None, len(snapshot.ous)))
    return translate("PortalPanel", "Checked against your portal's data as read {age} (at {time}: {counts}).").format(
        age=age_words(snapshot.age(now)), time=clock(snapshot.taken_at),
        counts=translate("PortalPanel", ", ").join(parts))


class PortalPanel(QFrame):
    """Three lines above Review's grid, each with its action: the data checked against, the changes, the
    deactivations."""

    #: The panel shows something new (the reading, its end, the comparison): Review says again if it is ready.
    changed = Signal()

    def __init__(self, check: PortalCheck, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalPanel")
        self.check, self.state = check, state
        self.dialog: QWidget | None = None  # the viewer opened last (kept for tests and screen readers)

        self.status = QLabel("", objectName="portalStatus")
        self.progress = QProgressBar(objectName="portalProgress", maximum=1000, textVisible=False)
        self.progress.setFixedWidth(160)
        self.stop_button = QPushButton(translate("PortalPanel", "Stop"), objectName="portalStopButton")
        self.stop_button.setToolTip(translate("PortalPanel", "Stop reading the portal's data: the file is then checked on "
                                               "its own"))
        self.refresh_button = QPushButton(translate("PortalPanel", "Refresh"), objectName="portalRefreshButton")
        self.refresh_button.setToolTip(translate("PortalPanel", "Read the portal's employees and OUs again, then check the "
                                                  "file again"))
        self.changes = QLabel("", objectName="portalChanges")
        self.changes_button = QPushButton(translate("PortalPanel", "See what will change…"), objectName="changesButton")
        self.reconcile = QLabel("", objectName="portalReconcile")
        self.reconcile_button = QPushButton(translate("PortalPanel", "See who…"), objectName="deactivationsButton")
        for label in (self.status, self.changes, self.reconcile):
            label.setTextFormat(Qt.TextFormat.PlainText)  # ids and names come from the portal and the file
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.progress)
        actions.addWidget(self.stop_button)
        actions.addWidget(self.refresh_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.status, 0, 0)
        grid.addLayout(actions, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.changes, 1, 0)
        grid.addWidget(self.changes_button, 1, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.reconcile, 2, 0)
        grid.addWidget(self.reconcile_button, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(AGE_REFRESH_MS)
        self._timer.timeout.connect(self.render)
        self.stop_button.clicked.connect(check.cancel)
        self.refresh_button.clicked.connect(lambda: check.fetch(refresh=True))
        self.changes_button.clicked.connect(self.show_changes)
        self.reconcile_button.clicked.connect(self.show_deactivations)
        check.changed.connect(self.render)
        self.render()

    # -- rendering ----------------------------------------------------------------------------------
    def render(self) -> None:
        check = self.check
        self.status.setText(self._status_text())
        self.progress.setVisible(check.reading)
        if check.reading:
            self.progress.setRange(0, 0 if check.fraction is None else 1000)
            self.progress.setValue(int(1000 * (check.fraction or 0)))
        self.stop_button.setVisible(check.reading and check.snapshot is None)
        self.refresh_button.setVisible(not check.reading and self.state.context is not None)
        readable = check.snapshot is not None and (check.snapshot.employees is not None
                                                    or check.snapshot.ous is not None)
        self.refresh_button.setText(translate("PortalPanel", "Refresh") if readable
                                    else translate("PortalPanel", "Try again"))
        review = check.review
        changes = review.changes if review is not None else None
        records = self.state.plan.validation.n_records if self.state.plan and self.state.plan.validation else None
        self.changes.setText(changes.sentence(self._titles(), records=records) if changes is not None else "")
        self.changes.setVisible(changes is not None)
        self.changes_button.setVisible(changes is not None)
        self.changes_button.setEnabled(changes is not None and changes.kinds.height > 0)
        text = self._reconcile_text()
        self.reconcile.setText(text)
        self.reconcile.setVisible(bool(text))
        preview = review.reconcile if review is not None else None
        self.reconcile_button.setVisible(preview is not None)
        self.reconcile_button.setEnabled(preview is not None and preview.count > 0)
        self.reconcile.setProperty("level", "error" if preview is not None and preview.needs_override else "")
        self.reconcile.style().unpolish(self.reconcile)
        self.reconcile.style().polish(self.reconcile)
        self.changed.emit()

    def _status_text(self) -> str:
        check = self.check
        snapshot = check.snapshot
        if snapshot is None:
            if check.reading:
                return translate("PortalPanel", "Reading your portal's employees and OUs to check the file against "
                                 "them: {progress}.").format(progress=check.progress_text)
            off = check.off_sentence()
            return f"{off} {off_hint()}" if off else ""
        readable = snapshot.employees is not None or snapshot.ous is not None
        lines = [snapshot_words(snapshot)] if readable else []
        if snapshot.off_sentence:
            lines.append(snapshot.off_sentence)
            lines.append(off_hint() if not readable else "")
        if snapshot.employees is not None and not snapshot.employees_complete:
            lines.append(constrained())
        if check.reading:
            lines.append(translate("PortalPanel", "Reading it again: {progress}.").format(progress=check.progress_text))
        elif check.refresh_error:
            lines.append(translate("PortalPanel", "Reading it again did not work ({error}); the reading above is "
                                   "used.").format(error=check.refresh_error))
        return " ".join(line for line in lines if line)

    def _reconcile_text(self) -> str:
        plan = self.state.plan
        if plan is None or not plan.reconcile or self.check.review is None:
            return ""
        preview = self.check.review.reconcile
        if preview is None:
            return translate("PortalPanel", "ReconcileUsers is on, and the employees it deactivates cannot be listed "
                             "without the portal's employees: every active employee missing from this file will be "
                             "deactivated.")
        # The preview's sentence (who, how many) stays whole; what the Run step asks is a sentence of its own.
        if preview.needs_override:
            return translate("PortalPanel", "{sentence} That is more than our {limit} limit: before anything is sent, "
                             "the Run step asks you to confirm this number and to tick an explicit override.").format(
                sentence=preview.sentence, limit=limit_words())
        return translate("PortalPanel", "{sentence} Before anything is sent, the Run step asks you to confirm this "
                         "number.").format(sentence=preview.sentence)

    def _titles(self) -> dict[str, str]:
        schema = self.state.schema
        return {name: prop.title for name, prop in schema.properties.items()} if schema is not None else {}

    # -- the viewers ----------------------------------------------------------------------------------
    def show_changes(self) -> ChangeViewer | None:
        """Open the per-record view of what will change (not modal: Review stays usable beside it)."""
        review = self.check.review
        if review is None or review.changes is None:
            return None
        self.dialog = ChangeViewer(review.changes, self._titles(), self.window())
        self.dialog.show()
        return self.dialog

    def show_deactivations(self) -> DeactivationsDialog | None:
        review = self.check.review
        if review is None or review.reconcile is None:
            return None
        self.dialog = DeactivationsDialog(review.reconcile, self.window())
        self.dialog.show()
        return self.dialog

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().showEvent(event)
        self.render()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        self._timer.stop()
        super().hideEvent(event)
