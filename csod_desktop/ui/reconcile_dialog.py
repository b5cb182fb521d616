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
from csod_desktop.i18n import translate
from csod_desktop.store.profiles import confirmation_word
from csod_desktop.ui import theme
from csod_desktop.ui.language import number
from csod_desktop.ui.models.frame_model import FrameModel
NOTE = DEACTIVATION_HEADER.index("Note")


def limit_words() -> str:
    """Our ReconcileUsers limit as the sentences say it ("10%"; the translator writes "10 %" where that is usual)."""
    return percent(facts.RECONCILE_MAX_SHARE, 0)


def percent(share: float, decimals: int) -> str:
    """A share written as the window's locale writes a percentage."""
    value = round(share * 100, decimals)
    shown = number(value) if decimals == 0 or float(value).is_integer() else number(float(value))
    return translate("ReconcileDialog", "{number}%").format(number=shown)


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
    table.setAccessibleName(translate("ReconcileDialog", "Employees this load deactivates"))
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
        self.setWindowTitle(translate("ReconcileDialog", "Who ReconcileUsers deactivates"))
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
        where = getattr(profile, "where", None) or getattr(profile, "root_url", None) or \
            translate("ReconcileDialog", "the portal")
        count = preview.count if preview is not None else None
        self.setWindowTitle(translate("ReconcileDialog", "Deactivate employees?") if count is None
                            else translate("ReconcileDialog", "Deactivate %n employee(s)?", None, count))

        banner = QLabel((translate("ReconcileDialog", "PRODUCTION portal: {where}") if production
                         else translate("ReconcileDialog", "test portal: {where}")).format(where=where),
                        objectName="portalBanner")
        banner.setWordWrap(True)
        banner.setProperty("production", production)  # red for production (app.qss, #portalBanner)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        if count is None:
            headline = translate("ReconcileDialog", "This job deactivates every active employee of {portal} missing "
                                 "from “{label}”.").format(portal=self.word, label=label)
        else:
            headline = translate("ReconcileDialog", "This job deactivates %n employee(s) of {portal}.", None,
                                 count).format(portal=self.word)
        self.headline = QLabel(headline, objectName="sectionTitle")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        if preview is None:
            lines = [translate("ReconcileDialog", "ReconcileUsers is on for “{label}”: every active employee of "
                               "{portal} missing from the file is deactivated.").format(label=label, portal=self.word)]
            # Why the list is missing is a sentence of its own (the portal check's), then what that means.
            if off:
                lines += [off, translate("ReconcileDialog", "So who that is cannot be listed.")]
            else:
                lines.append(translate("ReconcileDialog", "The portal's employees could not be read, so who that is "
                                       "cannot be listed."))
        else:
            lines = [translate("ReconcileDialog", "ReconcileUsers is on for “{label}”.").format(label=label),
                     preview.sentence]
            if not preview.service_account_known:
                lines.append(translate("ReconcileDialog", "The API application's own account is not known yet (the "
                                       "portal names it in a job's owner_ref once a job ran): make sure it is not in "
                                       "the list."))
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
        self.count_edit.setAccessibleName(translate("ReconcileDialog", "Number of employees to deactivate"))
        self.portal_edit = QLineEdit(objectName="portalNameEdit", placeholderText=self.word)
        self.portal_edit.setAccessibleName(translate("ReconcileDialog", "Portal name to confirm"))
        if preview is not None:
            form.addRow(translate("ReconcileDialog", "Type the number of employees this deactivates ({count})")
                        .format(count=number(count)), self.count_edit)
        else:
            self.count_edit.hide()
        form.addRow(translate("ReconcileDialog", "Type the portal name “{portal}”").format(portal=self.word),
                    self.portal_edit)
        layout.addLayout(form)
        self.override = QCheckBox(objectName="reconcileOverride")
        self.limit = QLabel("", objectName="reconcileLimit")
        self.limit.setWordWrap(True)
        if preview is not None and preview.needs_override:
            self.limit.setText(translate(
                "ReconcileDialog", "{count} is {share} of the portal's {active} active employees, more than our "
                "{limit} limit: a file that misses that many people is more often a partial export than a real "
                "change. It is refused unless you override it.").format(
                count=number(count), share=percent(preview.share, 1), active=number(preview.active_employees),
                limit=limit_words()))
            self.override.setText(translate("ReconcileDialog", "Override the limit: I checked the list, and these "
                                            "%n employee(s) are to be deactivated", None, count))
            layout.addWidget(self.limit)
            layout.addWidget(self.override)
        else:
            self.override.hide()
            self.limit.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = translate("ReconcileDialog", "Deactivate and run") if count is None else \
            translate("ReconcileDialog", "Deactivate {count} and run").format(count=number(count))
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
            bridge.info(translate("ReconcileDialog", "Nothing was sent: the deactivations were not confirmed."))
            return False
    return True
