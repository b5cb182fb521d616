"""What will change, record by record: each record new, changed or unchanged, and per changed record each
field's value in the portal now and in the file. A view of ``core.changes.ChangePreview``."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.core.changes import CHANGED, NEW, UNCHANGED, ChangePreview
from csod_desktop.i18n import translate
from csod_desktop.ui.language import number
from csod_desktop.ui.models.frame_model import FrameModel


class ChangeViewer(QDialog):
    """The records on the left (filtered by what happens to them), the selected one's fields on the right."""

    def __init__(self, changes: ChangePreview, titles: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeViewer")
        self.setWindowTitle(translate("ChangeViewer", "What will change in the portal"))
        self.changes = changes
        self.titles = dict(titles or {})
        labels = {kind: changes.kind_label(kind) for kind in (NEW, CHANGED, UNCHANGED)}
        self._records = changes.kinds.select(
            pl.col("row").alias("Record"), pl.col("key").alias("ID"),
            pl.col("kind").replace_strict(labels, default=pl.col("kind")).alias("What happens"),
            pl.col("kind").alias("_kind"))

        self.summary = QLabel(changes.sentence(self.titles), objectName="changeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_combo = QComboBox(objectName="changeFilter")
        for text, kind in ((translate("ChangeViewer", "Changed ({count})").format(count=number(changes.changed)),
                            CHANGED),
                           (translate("ChangeViewer", "New ({count})").format(count=number(changes.new)), NEW),
                           (translate("ChangeViewer", "{unchanged} ({count})").format(
                               unchanged=labels[UNCHANGED].capitalize(), count=number(changes.unchanged)), UNCHANGED),
                           (translate("ChangeViewer", "Every record ({count})").format(
                               count=number(changes.kinds.height)), None)):
            self.filter_combo.addItem(text, kind)
        # The frame's column names are the code's; the headers say them in the window's language.
        self.model = FrameModel(parent=self, headers={
            "Record": translate("ChangeViewer", "Record"), "ID": translate("ChangeViewer", "ID"),
            "What happens": translate("ChangeViewer", "What happens")})
        self.records = QTableView(objectName="changeRecords")
        self.records.setModel(self.model)
        self.records.setAccessibleName(translate("ChangeViewer", "Records and what happens to them"))
        self.records.verticalHeader().hide()
        self.records.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records.horizontalHeader().setStretchLastSection(True)

        self.detail_title = QLabel("", objectName="sectionTitle")
        self.detail_title.setWordWrap(True)
        self.fields = QTableWidget(0, 3, objectName="changeFields")
        self.fields.setHorizontalHeaderLabels([translate("ChangeViewer", "Field"),
                                               translate("ChangeViewer", "In the portal now"),
                                               translate("ChangeViewer", "In your file")])
        self.fields.setAccessibleName(translate("ChangeViewer", "The selected record's changed fields"))
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail_note = QLabel("", objectName="settingNote")
        self.detail_note.setWordWrap(True)
        for label in (self.detail_title, self.detail_note):
            label.setTextFormat(Qt.TextFormat.PlainText)  # ids come from the file
        none = translate("ChangeViewer", "none")
        compared = ", ".join(self.titles.get(c, c) for c in changes.compared) or none
        not_compared = ", ".join(self.titles.get(c, c) for c in changes.not_compared) or none
        self.scope = QLabel(translate("ChangeViewer", "Compared: {compared}.\nNot compared (the portal's list of {what} "
                                                      "does not show them): {not_compared}.").format(
                                compared=compared, what=changes.what, not_compared=not_compared),
                            objectName="settingNote")
        self.scope.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ChangeViewer", "Show")))
        row.addWidget(self.filter_combo, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.records, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.fields, 1)
        right_layout.addWidget(self.detail_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 530])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.scope)
        layout.addWidget(buttons)
        self.resize(1000, 580)

        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        self.records.selectionModel().currentRowChanged.connect(self._on_records_current_changed)
        start = next((i for i in range(self.filter_combo.count() - 1)
                      if changes.count(self.filter_combo.itemData(i))), self.filter_combo.count() - 1)
        self.filter_combo.setCurrentIndex(start)
        self._on_filter_combo_changed(start)

    def _on_filter_combo_changed(self, _index: int) -> None:
        kind = self.filter_combo.currentData()
        frame = self._records if kind is None else self._records.filter(pl.col("_kind") == kind)
        self.model.set_frame(frame.drop("_kind"))
        self._shown = frame
        self.records.resizeColumnsToContents()
        if frame.height:
            self.records.setCurrentIndex(self.model.index(0, 0))
        else:
            self.show_record(None)

    def _on_records_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_record(int(self._shown.get_column("Record")[current.row()]) if current.isValid() else None)

    def select_record(self, row: int) -> bool:
        """Show record ``row`` (its 1-based number in the file) among those the filter shows."""
        found = self._shown.with_row_index("_i").filter(pl.col("Record") == row)
        if not found.height:
            return False
        self.records.setCurrentIndex(self.model.index(int(found.get_column("_i")[0]), 0))
        return True

    def show_record(self, row: int | None) -> None:
        """The compared fields of record ``row``: in the portal now and in the file, each change in bold."""
        self.fields.setRowCount(0)
        if row is None:
            self.detail_title.setText(translate("ChangeViewer", "No record to show here."))
            self.detail_note.setText("")
            return
        record = self._records.filter(pl.col("Record") == row).row(0, named=True)
        kind, key = record["_kind"], record["ID"]
        self.detail_title.setText(translate("ChangeViewer", "Record {record} ({id}): {what}").format(
            record=row, id=key, what=record["What happens"]))
        if kind == NEW:
            self.detail_note.setText(translate("ChangeViewer", "The portal holds no record {id} yet: the load creates "
                                                               "it.").format(id=key))
            return
        fields = self.changes.record(row)
        self.fields.setRowCount(len(fields))
        bold = self.fields.font()
        bold.setBold(True)
        empty = translate("ChangeViewer", "(empty)")
        # An empty cell of the file: without use_default_when_missing the portal leaves the field as it is
        # (bulk-api-data-format.txt, "use_default_when_missing"), so it is no change.
        left_as_is = translate("ChangeViewer", "(empty: left as it is)")
        for line, field in enumerate(fields):
            old = field["old"] if field["old"] not in (None, "") else empty
            new = field["new"] if field["new"] not in (None, "") else left_as_is
            cells = (self.titles.get(field["column"], field["column"]), old, new)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                if field["changed"]:
                    item.setFont(bold)
                self.fields.setItem(line, column, item)
        changed = sum(1 for f in fields if f["changed"])
        if kind == UNCHANGED:
            self.detail_note.setText(translate("ChangeViewer", "No difference in the fields compared.")
                                     + self._not_compared_note())
        else:
            self.detail_note.setText(translate("ChangeViewer", "%n field(s) change (in bold).", None, changed)
                                     + self._not_compared_note())

    def _not_compared_note(self) -> str:
        if not self.changes.not_compared:
            return ""
        names = ", ".join(self.titles.get(c, c) for c in self.changes.not_compared)
        return " " + translate("ChangeViewer", "Not compared, so they may change too: {fields}.").format(fields=names)

    def field_rows(self, *, changed_only: bool = False) -> list[tuple[str, str, str]]:
        """What the field table shows (for tests and screen readers); ``changed_only``: the rows in bold."""
        return [tuple(self.fields.item(r, c).text() for c in range(3)) for r in range(self.fields.rowCount())
                if not changed_only or self.fields.item(r, 0).font().bold()]
