"""ReconcileUsers shown before it acts: the list of active employees a load deactivates, and the decisive
confirmation at the Run step (their number and the portal's name typed, our 10% limit, flagged accounts).

The Load type step's question when the box is ticked stays the early warning; the list can only exist once
the file is checked, so the confirmation that counts is here, where the job is about to be sent.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csod_desktop import facts
from csod_desktop.core.reconcile import DEACTIVATION_HEADER, ReconcilePreview
from csod_desktop.store.profiles import confirmation_word
from csod_desktop.ui import theme
from csod_desktop.ui.models.frame_model import FrameModel

LIMIT = f"{facts.RECONCILE_MAX_SHARE:.0%}"  # our ReconcileUsers policy, as the sentences say it
NOTE = DEACTIVATION_HEADER.index("Note")


def preview_frame(preview: ReconcilePreview) -> pl.DataFrame:
    rows = preview.rows()
    return pl.DataFrame({name: [r[i] for r in rows] for i, name in enumerate(DEACTIVATION_HEADER)},
                        schema={name: pl.String for name in DEACTIVATION_HEADER})


class DeactivationModel(FrameModel):
    """The list of employees to deactivate; system accounts and the application's own account stand out."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and self.row_values(index.row())[NOTE]:
            return theme.brush("grid_warning_bg")
        return super().data(index, role)


def deactivation_table(preview: ReconcilePreview, parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent, objectName="deactivationTable")
    table.setModel(DeactivationModel(preview_frame(preview), table))
    table.setAccessibleName("Employees this load deactivates")
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()  # its numbers would read as record numbers of the file
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    table.setMinimumHeight(180)
    return table


def listed_user_ids(table: QTableView) -> list[str]:
    """The User IDs a deactivation table lists (for tests and screen readers)."""
    return list(table.model().frame.get_column("User ID"))


def typed_number(text: str) -> int | None:
    """A number as an administrator types it ("1,234", "1 234", "1234"), else None."""
    digits = text.strip().replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    return int(digits) if digits.isdigit() else None


class DeactivationsDialog(QDialog):
    """Review's "See who…": the list alone, to read before going on (nothing is confirmed here)."""

    def __init__(self, preview: ReconcilePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deactivationsDialog")
        self.setWindowTitle("Who ReconcileUsers deactivates")
        text = QLabel(preview.sentence, objectName="deactivationSentence")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.table = deactivation_table(preview, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)


class ReconcileConfirmDialog(QDialog):
    """The confirmation that sends a ReconcileUsers import: the list, its number and the portal's name typed,
    and above our 10% limit an explicit override; without the portal's employees, what is not known."""

    def __init__(self, profile: Any, label: str, preview: ReconcilePreview | None, off: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileConfirmDialog")
        self.preview = preview
        self.word = confirmation_word(profile)
        production = bool(getattr(profile, "is_production", True))
        where = getattr(profile, "where", None) or getattr(profile, "root_url", "the portal")
        count = preview.count if preview is not None else None
        self.setWindowTitle("Deactivate employees?" if count is None else f"Deactivate {count:,} employees?")

        banner = QLabel(f"{'PRODUCTION portal' if production else 'test portal'}: {where}", objectName="portalBanner")
        banner.setWordWrap(True)
        banner.setProperty("production", production)  # red for production (app.qss, #portalBanner)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        self.headline = QLabel(
            f"This job deactivates every active employee of {self.word} missing from “{label}”." if count is None
            else f"This job deactivates {count:,} employee{'' if count == 1 else 's'} of {self.word}.",
            objectName="sectionTitle")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        if preview is None:
            lines = [f"ReconcileUsers is on for “{label}”: every active employee of {self.word} missing from the "
                     "file is deactivated.",
                     (off or "The portal's employees could not be read,") + " so who that is cannot be listed."]
        else:
            lines = [f"ReconcileUsers is on for “{label}”.", preview.sentence]
            if not preview.service_account_known:
                lines.append("The API application's own account is not known yet (the portal names it in a job's "
                             "owner_ref once a job ran): make sure it is not in the list.")
        self.sentence = QLabel("\n".join(lines), objectName="reconcileSentence")
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)  # names come from the portal: never markup
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence)
        self.table = deactivation_table(preview, self) if preview is not None else None
        if self.table is not None:
            layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.count_edit = QLineEdit(objectName="deactivationCountEdit")
        self.count_edit.setAccessibleName("Number of employees to deactivate")
        self.portal_edit = QLineEdit(objectName="portalNameEdit", placeholderText=self.word)
        self.portal_edit.setAccessibleName("Portal name to confirm")
        if preview is not None:
            form.addRow(f"Type the number of employees this deactivates ({count:,})", self.count_edit)
        else:
            self.count_edit.hide()
        form.addRow(f"Type the portal name “{self.word}”", self.portal_edit)
        layout.addLayout(form)
        self.override = QCheckBox(objectName="reconcileOverride")
        self.limit = QLabel("", objectName="reconcileLimit")
        self.limit.setWordWrap(True)
        if preview is not None and preview.needs_override:
            self.limit.setText(f"{count:,} is {preview.share:.1%} of the portal's {preview.active_employees:,} active "
                               f"employees, more than our {LIMIT} limit: a file that misses that many people is more "
                               "often a partial export than a real change. It is refused unless you override it.")
            self.override.setText(f"Override the limit: I checked the list, and these {count:,} employees are "
                                  "to be deactivated")
            layout.addWidget(self.limit)
            layout.addWidget(self.override)
        else:
            self.override.hide()
            self.limit.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = "Deactivate and run" if count is None else f"Deactivate {count:,} and run"
        self.ok_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("dangerButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for edit in (self.count_edit, self.portal_edit):
            edit.textChanged.connect(self._refresh)
        self.override.toggled.connect(self._refresh)
        self.setMinimumWidth(640)
        if self.table is not None:
            self.resize(860, 640)
        self._refresh()

    def allowed(self) -> bool:
        """Every answer given: the portal's name, the number, and the override when the limit needs it."""
        if self.portal_edit.text().strip() != self.word:
            return False
        preview = self.preview
        if preview is None:
            return True
        if typed_number(self.count_edit.text()) != preview.count:
            return False
        return preview.allows(preview.count if self.override.isChecked() else None)

    def _refresh(self) -> None:
        self.ok_button.setEnabled(self.allowed())

    def accept(self) -> None:
        if self.allowed():  # the rule holds however the dialog is answered
            super().accept()


def confirm_reconcile(parent: QWidget, profile: Any, check: Any, imports: list[Any], bridge: Any) -> bool:
    """The Run step's last question for each import with ReconcileUsers on (``ui.portal_check``'s list
    against the latest snapshot); True when there is none, or every one was confirmed."""
    entries = check.reconcile_previews(imports)
    if not entries:
        return True
    wait = check.wait_reason()
    if wait:
        bridge.info(wait)
        return False
    for item, preview in entries:
        label = item.label or item.source_name or item.load_type
        dialog = ReconcileConfirmDialog(profile, label, preview, check.off_sentence(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            bridge.info("Nothing was sent: the deactivations were not confirmed.")
            return False
    return True
