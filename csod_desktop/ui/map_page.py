"""Step 4, Map: which column of the file loads into which schema property, with constants and value maps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate
from csod_desktop.services.plan_history import MAP
from csod_desktop.ui.eliding_header import eliding_header
from csod_desktop.ui.map_dialogs import ConstantDialog, ValueMapDialog
from csod_desktop.ui.models.mapping_model import (
    CONFIDENCE,
    REQUIRED,
    TARGET,
    MappingModel,
    not_mapped,
    property_label,
)
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.widgets import SearchableCombo, WrappingRow


def idle() -> str:
    """The change line when nothing changed yet."""
    return translate("MapPage", "Each change you make here is said on this line, with what it does to the other "
                                "columns; Ctrl+Z takes it back.")


class TargetDelegate(QStyledItemDelegate):
    """Edits the target column with a searchable combo of "Title (name)" for every schema property."""

    #: The typed text names no field: nothing changed (the page says so).
    unmatched = Signal(str)

    def __init__(self, model: MappingModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802, ANN001
        combo = SearchableCombo(parent)
        combo.setObjectName("targetCombo")
        combo.addItem(not_mapped(), None)
        for prop in self._model.schema.properties.values():
            mark = " *" if prop.required or prop.name in self._model.schema.required else ""
            combo.addItem(property_label(prop) + mark, prop.name)
        combo.chosen.connect(lambda _data, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: SearchableCombo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.select_data(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802, ANN001
        # The field the typed text names ("Posit" + Enter is Position); a typo changes nothing.
        found, data = editor.resolve()
        if not found:
            self.unmatched.emit(editor.currentText().strip())
            return
        model.setData(index, data, Qt.ItemDataRole.EditRole)


class MapPage(StepPage):
    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("MapPage", "Match your columns to the portal's fields")

    @property
    def lead(self) -> str:  # type: ignore[override]
        return translate("MapPage",
                         "Each column of your file loads into one field of the portal. The app matched them by name "
                         "and title; check the matches with low confidence, map what is missing, and continue.")

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.notice = ""
        self._built_for: tuple[Any, Any] | None = None

        self.missing_label = QLabel("", objectName="missingRequired")
        self.missing_label.setWordWrap(True)
        self.template_label = QLabel("", objectName="templateNotice")
        self.template_label.setWordWrap(True)
        self.template_label.hide()
        self.change_label = QLabel(idle(), objectName="mapChangeText")
        self.change_label.setWordWrap(True)
        self.undo_button = QPushButton(translate("MapPage", "Undo"), objectName="mapUndoButton")
        self.redo_button = QPushButton(translate("MapPage", "Redo"), objectName="mapRedoButton")
        self.change_bar = QFrame(objectName="mapChangeNotice")
        bar = QHBoxLayout(self.change_bar)
        bar.setContentsMargins(10, 6, 6, 6)
        bar.addWidget(self.change_label, 1)
        bar.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.redo_button, 0, Qt.AlignmentFlag.AlignTop)
        # Always there (a line of its own), so that a change said here never pushes the table down.
        self.model = MappingModel(self)
        self.table = QTableView(objectName="mappingTable")
        eliding_header(self.table)
        self.table.setModel(self.model)
        self.delegate = TargetDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(TARGET, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setAccessibleName(translate("MapPage", "Column mapping"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((250, 200, 320, 110, 100)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.values_button = QPushButton(translate("MapPage", "Map values…"))
        self.values_button.setToolTip(translate("MapPage", "Translate the values of the selected column to the "
                                                           "portal's allowed values"))
        self.values_button.setEnabled(False)
        self.constant_button = QPushButton(translate("MapPage", "Add constant…"))
        self.remove_constant_button = QPushButton(translate("MapPage", "Remove constant"))
        self.save_button = QPushButton(translate("MapPage", "Save template…"))
        self.load_button = QPushButton(translate("MapPage", "Load template…"))
        buttons = WrappingRow()
        for button in (self.values_button, self.constant_button, self.remove_constant_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        self.constants = QListWidget(objectName="constantList")
        self.constants.setMaximumHeight(70)
        self.constants.setAccessibleName(translate("MapPage", "Constants"))

        self.body.addWidget(self.template_label)
        self.body.addWidget(self.missing_label)
        self.body.addWidget(self.change_bar)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(QLabel(translate("MapPage", "Constants (the same value on every record):")))
        self.body.addWidget(self.constants)

        self.model.mapping_edited.connect(self._on_model_mapping_edited)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.values_button.clicked.connect(self.edit_values)
        self.constant_button.clicked.connect(self.add_constant)
        self.remove_constant_button.clicked.connect(self.remove_constant)
        self.save_button.clicked.connect(self.save_template)
        self.load_button.clicked.connect(self.load_template)
        self.delegate.unmatched.connect(self._on_delegate_unmatched)
        for text, keys, slot, button in ((translate("MapPage", "Undo"), ("Ctrl+Z",), self.undo, self.undo_button),
                                         (translate("MapPage", "Redo"), ("Ctrl+Y", "Ctrl+Shift+Z"), self.redo,
                                          self.redo_button)):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(slot)
        state.plan_updated.connect(self._on_state_plan_updated)
        state.plan_changed.connect(self._on_state_inputs_changed)
        self._say("")

    # -- building the mapping ----------------------------------------------------------------------
    def entered(self) -> None:
        self.ensure_mapping()

    def _on_state_plan_updated(self, what: str) -> None:
        if what == "source":
            self._say("")  # a change of the previous file is not this file's
        if what in ("source", "schema"):
            self._on_state_inputs_changed()
        plan = self.state.plan
        if what == "mapping" and plan is not None and plan.mapping is not None and self.model.mapping is plan.mapping:
            self.model.refresh()  # changed in place (an undo): the rows, constants and gaps again
            self._refresh_constants()
            self._refresh_missing()

    def _on_state_inputs_changed(self) -> None:
        if self.isVisible():
            self.ensure_mapping()

    def ensure_mapping(self) -> None:
        """The plan's mapping for the current file and schema; a new file gets the remembered template,
        else the automatic match (``services.plan.choose_mapping``)."""
        plan = self.state.plan
        if plan is None or plan.source is None or plan.schema is None:
            return
        if plan.mapping is not None:
            if self._built_for != (plan.source, plan.schema) or self.model.mapping is not plan.mapping:
                self._built_for = (plan.source, plan.schema)
                self._show(plan.mapping)  # kept (a new schema of the same type, fix and reload): show it
            return
        from csod_desktop.services.mapping_choice import choose_mapping

        try:
            choice = choose_mapping(plan.source.headers, plan.schema, self.services.templates)
        except CsodError as err:
            self.bridge.warning(translate("MapPage", "The saved mapping for this file layout could not be used: "
                                                     "{error}").format(error=err))
            choice = choose_mapping(plan.source.headers, plan.schema)
        if choice.origin == "remembered":
            self.notice = translate("MapPage", "The mapping you saved for files with these columns was applied "
                                               "automatically. Check it, or load another template.")
            self.bridge.info(self.notice)
        else:
            self.notice = ""
        self._built_for = (plan.source, plan.schema)
        self.template_label.setText(self.notice)
        self.template_label.setVisible(bool(self.notice))
        plan.set_mapping(choice)
        self._show(choice.mapping)

    def _show(self, mapping: Any) -> None:
        self.model.set_mapping(mapping, self.state.schema, self.state.source.frame)
        # The short columns are as wide as their words need (a translation is often longer than English).
        for col, width in ((CONFIDENCE, 110), (REQUIRED, 100)):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, max(width, self.table.columnWidth(col)))
        self._refresh_constants()
        self._refresh_missing()

    def _on_model_mapping_edited(self) -> None:
        change = self.state.plan.set_mapping(self.model.mapping)
        if change:
            self._say(change.text, warn=bool(change.displaced))
        self._refresh_missing()
        self._on_table_row_changed(self.table.currentIndex(), QModelIndex())

    # -- what changed, and taking it back ------------------------------------------------------------
    def _say(self, text: str, *, warn: bool = False) -> None:
        """Show what the last change did (above all to another row), with Undo and Redo."""
        plan = self.state.plan
        self.change_label.setText(text or idle())
        self.change_bar.setProperty("level", ("warning" if warn else "info") if text else "")
        self.change_bar.style().unpolish(self.change_bar)
        self.change_bar.style().polish(self.change_bar)
        self.undo_button.setEnabled(plan is not None and plan.history.next_undo(MAP) is not None)
        self.redo_button.setEnabled(plan is not None and plan.history.next_redo(MAP) is not None)

    def undo(self) -> None:
        plan = self.state.plan
        label = plan.undo(MAP) if plan is not None else None
        self._say(translate("MapPage", "Undone: {change}").format(change=label) if label
                  else translate("MapPage", "There is no mapping change to undo."))

    def redo(self) -> None:
        plan = self.state.plan
        label = plan.redo(MAP) if plan is not None else None
        self._say(translate("MapPage", "Done again: {change}").format(change=label) if label
                  else translate("MapPage", "There is no mapping change to redo."))

    def _on_delegate_unmatched(self, text: str) -> None:
        self._say(translate("MapPage", "No field of the portal matches '{text}': nothing was changed. Type part of "
                                       "a field's title or name and choose it in the list, or choose '{not_loaded}' "
                                       "to leave the column out.").format(text=text, not_loaded=not_mapped()),
                  warn=True)

    def _refresh_missing(self) -> None:
        mapping, schema = self.model.mapping, self.state.schema
        missing = mapping.missing_required(schema) if mapping is not None else []
        if missing:
            names = ", ".join(property_label(schema.get(m)) if schema.get(m) else m for m in missing)
            self.missing_label.setText(translate("MapPage", "Required and not mapped yet: {fields}").format(fields=names))
            self.missing_label.setProperty("level", "error")
        else:
            self.missing_label.setText(translate("MapPage", "Every required field is mapped."))
            self.missing_label.setProperty("level", "ok")
        self.missing_label.style().unpolish(self.missing_label)
        self.missing_label.style().polish(self.missing_label)

    def missing_required(self) -> list[str]:
        return self.model.mapping.missing_required(self.state.schema) if self.model.mapping else []

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        prop = None
        if current.isValid():
            target = self.model.target(current.row())
            prop = self.state.schema.get(target) if target else None
        self.values_button.setEnabled(bool(prop is not None and prop.is_enum))

    # -- values and constants ----------------------------------------------------------------------
    def edit_values(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        source = self.model.headers[row]
        target = self.model.target(row)
        prop = self.state.schema.get(target) if target else None
        if prop is None or not prop.is_enum:
            return
        from csod_desktop.core.rules import split_multi

        column = self.state.source.frame.get_column(source).drop_nulls().unique(maintain_order=True)
        distinct: list[str] = []
        for value in column.head(2000).to_list():
            for part in (split_multi(value) if prop.multi else [value]):
                if part and part not in distinct:
                    distinct.append(part)
        dialog = ValueMapDialog(source, prop, distinct[:500], self.model.mapping.value_maps.get(target, {}), self)
        if dialog.exec():
            self.model.mapping.set_value_map(target, dialog.value_map())
            self._on_model_mapping_edited()

    def add_constant(self) -> None:
        dialog = ConstantDialog(self.state.schema, self, mapping=self.model.mapping)
        if dialog.exec() and dialog.result_pair():
            name, value = dialog.result_pair()
            self.model.mapping.set_constant(name, value)
            self._refresh_constants()
            self._on_model_mapping_edited()

    def remove_constant(self) -> None:
        item = self.constants.currentItem()
        if item is None:
            return
        self.model.mapping.set_constant(item.data(Qt.ItemDataRole.UserRole), None)
        self._refresh_constants()
        self._on_model_mapping_edited()

    def _refresh_constants(self) -> None:
        self.constants.clear()
        for name, value in (self.model.mapping.constants if self.model.mapping else {}).items():
            prop = self.state.schema.get(name)
            self.constants.addItem(f"{property_label(prop) if prop else name} = {value}")
            self.constants.item(self.constants.count() - 1).setData(Qt.ItemDataRole.UserRole, name)
        self.remove_constant_button.setEnabled(self.constants.count() > 0)

    # -- templates ---------------------------------------------------------------------------------
    def save_template(self, name: str | None = None) -> Path | None:
        if self.model.mapping is None:
            return None
        if not name:
            name, ok = QInputDialog.getText(self, translate("MapPage", "Save template"),
                                            translate("MapPage", "Template name:"), text=self.state.source.path.stem)
            if not ok or not name.strip():
                return None
        try:
            path = self.services.templates.save(self.model.mapping, name=name.strip())
        except CsodError as err:
            self.bridge.exception(err)
            return None
        self.bridge.success(translate("MapPage", "Template saved as {path}. Files with the same columns will use it "
                                                 "automatically.").format(path=path))
        return path

    def load_template(self, path: Path | None = None) -> None:
        if path is None:
            from csod_desktop import paths

            name, _ = QFileDialog.getOpenFileName(self.window(), translate("MapPage", "Load template"),
                                                  str(paths.templates_dir()),
                                                  translate("MapPage", "Mapping templates (*.json)"))
            if not name:
                return
            path = Path(name)
        try:
            mapping = self.services.templates.load(path)
        except CsodError as err:
            self.bridge.exception(err)
            return
        if mapping.load_type != self.state.schema.load_type:
            self.bridge.error(translate("MapPage", "This template is for {template}, not {load_type}.").format(
                template=mapping.load_type, load_type=self.state.schema.load_type))
            return
        mapping = mapping.rebased(list(self.state.source.frame.columns))
        self.notice = translate("MapPage", "Template {name} applied.").format(name=path.stem)
        self.template_label.setText(self.notice)
        self.template_label.show()
        change = self.state.plan.set_mapping(mapping, origin="template", template=path)
        self._show(mapping)
        self.bridge.info(translate("MapPage", "Template {name} applied.").format(name=path.name))
        self._say(translate("MapPage", "Template {name} applied. {change}").format(name=path.stem, change=change.text)
                  .strip(), warn=bool(change.displaced))
