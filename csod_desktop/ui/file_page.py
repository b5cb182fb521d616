"""Step 3, File: drop or choose the data file; encoding, delimiter, sheet and header row; a lazy preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
)

from csod_desktop.core.source import ReadOptions
from csod_desktop.i18n import translate
from csod_desktop.ui.drop_zone import DropZone
from csod_desktop.ui.language import number
from csod_desktop.ui.eliding_header import eliding_header
from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.wheel_guard import guard_wheel
from csod_desktop.ui.widgets import WrappingRow

ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "cp850", "mac-roman")


def delimiters() -> dict[str, str]:
    """Each delimiter the combo offers, in words (read when the page is built, in its language)."""
    return {",": translate("FilePage", "Comma ( , )"), ";": translate("FilePage", "Semicolon ( ; )"),
            "\t": translate("FilePage", "Tab"), "|": translate("FilePage", "Pipe ( | )")}


def _read_job(path: Path, options: ReadOptions):
    def job(control: Any) -> Any:
        from csod_desktop.core.reading import read_table

        return read_table(path, options, progress=control.progress, is_cancelled=control.is_cancelled)

    return job


def _what_a_new_reading_forgets(plan: Any) -> str:
    """"2 cell edits, 1 exclusion and your changes to the mapping", or "" when nothing would be lost."""
    from csod_desktop.services.plan_history import MAP

    if plan.source is None:
        return ""
    parts = []
    if plan.edits:
        parts.append(translate("FilePage", "%n cell edit(s)", None, len(plan.edits)))
    if plan.excluded:
        parts.append(translate("FilePage", "%n exclusion(s)", None, len(plan.excluded)))
    if plan.history.next_undo(MAP) is not None:
        parts.append(translate("FilePage", "your changes to the mapping"))
    if plan.confirmed:
        parts.append(translate("FilePage", "your answer about the order of the dates"))
    if len(parts) < 2:
        return "".join(parts)
    # A list of what is lost: the translator writes the list's own "and" (and its comma rules).
    return translate("FilePage", "{items} and {last}").format(
        items=translate("FilePage", ", ").join(parts[:-1]), last=parts[-1])


class FilePage(StepPage):
    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("FilePage", "Choose the file to load")

    @property
    def lead(self) -> str:  # type: ignore[override]
        return translate("FilePage",
                         "Drop the export from your HR system here. The app detects its encoding and delimiter; "
                         "change them if the preview looks wrong. Nothing is sent to the portal in this step.")

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.path: Path | None = None
        self._worker = None

        self.drop_zone = DropZone()
        self.encoding_combo = QComboBox(objectName="encodingCombo")
        self.encoding_combo.setEditable(True)
        # "windows-1252" whole: a narrow combo showed "dows-1252".
        self.encoding_combo.setMinimumContentsLength(12)
        self.encoding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.encoding_combo.addItem(translate("FilePage", "Detect"))
        self.encoding_combo.addItems(list(ENCODINGS))
        self.delimiter_combo = QComboBox(objectName="delimiterCombo")
        self.delimiter_combo.addItem(translate("FilePage", "Detect"), None)
        for char, label in delimiters().items():
            self.delimiter_combo.addItem(label, char)
        self.sheet_combo = QComboBox(objectName="sheetCombo")
        self.header_spin = QSpinBox(objectName="headerSpin", minimum=1, maximum=1000)
        self.header_spin.setToolTip(translate("FilePage", "The line (or Excel row) that holds the column names."))
        self.reread_button = QPushButton(translate("FilePage", "Read again"))
        self.cancel_button = QPushButton(translate("FilePage", "Cancel"))
        self.cancel_button.hide()
        options = WrappingRow()
        for label, widget in ((translate("FilePage", "Encoding"), self.encoding_combo),
                              (translate("FilePage", "Delimiter"), self.delimiter_combo),
                              (translate("FilePage", "Sheet"), self.sheet_combo),
                              (translate("FilePage", "Header row"), self.header_spin)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            options.addWidget(caption)
            options.addWidget(widget)
            options.addSpacing(8)
        options.addStretch(1)
        options.addWidget(self.cancel_button)
        options.addWidget(self.reread_button)

        guard_wheel(self.encoding_combo, self.delimiter_combo, self.sheet_combo, self.header_spin)
        self.summary = QLabel(translate("FilePage", "No file yet."), objectName="fileSummary")
        self.summary.setWordWrap(True)
        # What the reader noticed (a value shifted by an unquoted comma, a file that is large): kept on the
        # step with the file it is about, not in the message area that the next step clears.
        self.warnings = QLabel("", objectName="fileWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.hide()
        self.model = FrameModel()
        self.preview = QTableView(objectName="previewTable")
        eliding_header(self.preview)
        self.preview.setModel(self.model)
        self.preview.setAccessibleName(translate("FilePage", "Preview of the file"))
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setDefaultSectionSize(160)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.body.addWidget(self.drop_zone)
        self.body.addLayout(options)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.warnings)
        self.body.addWidget(self.preview, 1)
        self._set_excel(False)
        self.reread_button.setEnabled(False)

        self.drop_zone.file_chosen.connect(self.open_file)
        self.drop_zone.file_refused.connect(self._on_drop_zone_refused)
        self.reread_button.clicked.connect(self.reread)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.encoding_combo.activated.connect(lambda _i: self.reread())
        self.delimiter_combo.activated.connect(lambda _i: self.reread())
        self.sheet_combo.activated.connect(lambda _i: self.reread())
        self.header_spin.editingFinished.connect(self._on_header_spin_edited)
        state.plan_changed.connect(self._on_state_plan_changed)

    def _on_state_plan_changed(self) -> None:
        """Another import is being prepared (a new load type, fix and reload): show its file, if any."""
        source = self.state.source
        self.path = source.path if source is not None else None
        self.drop_zone.set_current(self.path)
        self.model.set_frame(source.frame if source is not None else None)
        self.summary.setText(self.describe(source) if source is not None else translate("FilePage", "No file yet."))
        self._show_warnings(source)
        self.reread_button.setEnabled(self.path is not None and self._worker is None)

    def _show_warnings(self, source: Any) -> None:
        warnings = list(source.warnings) if source is not None else []
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _set_excel(self, excel: bool) -> None:
        self.sheet_combo.setEnabled(excel)
        self.encoding_combo.setEnabled(not excel)
        self.delimiter_combo.setEnabled(not excel)

    def _on_drop_zone_refused(self, reason: str) -> None:
        self.bridge.error(reason)

    def _on_header_spin_edited(self) -> None:
        if self.state.source is not None and self.header_spin.value() - 1 != self.state.source.header_row:
            self.reread()

    # -- reading -------------------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        """Read ``path`` with detection from scratch (a new file forgets the previous file's options)."""
        self.path = path
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self.sheet_combo.clear()
        self.header_spin.setValue(1)
        self._read(path, None, None, None, 0)

    def reread(self) -> None:
        if self.path is None:
            return
        encoding = self.encoding_combo.currentText().strip()
        encoding = None if encoding in ("", self.encoding_combo.itemText(0)) else encoding  # item 0: "Detect"
        sheet = self.sheet_combo.currentData() or None
        self._read(self.path, encoding, self.delimiter_combo.currentData(), sheet, self.header_spin.value() - 1)

    def _read(self, path: Path, encoding: str | None, delimiter: str | None, sheet: str | None, header: int) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self.bridge.clear()
        self._show_warnings(None)  # the previous reading's warnings are not this one's
        self.summary.setText(translate("FilePage", "Reading {name} …").format(name=path.name))
        self.reread_button.setEnabled(False)
        self.cancel_button.show()
        options = ReadOptions(encoding=encoding, delimiter=delimiter, sheet=sheet, header_row=header)
        worker = self.pool.start(
            _read_job(path, options),
            name="read file",
            on_progress=lambda f, _t, n=path.name: self.summary.setText(
                translate("FilePage", "Reading {name} … {percent}%").format(name=n, percent=number(round(f * 100)))),
            on_success=lambda source: self._on_worker_read(source, options),
            on_error=self._on_worker_failed,
            on_cancel=lambda: self.summary.setText(translate("FilePage", "Reading stopped.")),
        )
        worker.finished.connect(lambda w=worker: self._on_worker_finished(w))
        self._worker = worker

    def _on_worker_finished(self, worker: Any) -> None:
        if self._worker is worker:
            self._worker = None
            self.reread_button.setEnabled(self.path is not None)
            self.cancel_button.hide()

    def _on_cancel_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_worker_failed(self, err: Any) -> None:
        self.summary.setText(translate("FilePage", "This file could not be read."))
        self.bridge.exception(err)

    def _on_worker_read(self, source: Any, options: ReadOptions) -> None:
        plan = self.state.plan
        if plan is None:
            self.summary.setText(translate("FilePage", "Choose what to load first (step 2), then the file."))
            self.bridge.error(translate("FilePage",
                                        "Choose what to load on the Load type step first, then drop the file again."))
            return
        self.model.set_frame(source.frame)
        self.drop_zone.set_current(source.path)
        excel = source.is_workbook
        self._set_excel(excel)
        if excel:
            self.sheet_combo.clear()
            for name in source.sheet_names:
                shown = translate("FilePage", "{sheet} (hidden)").format(sheet=name)
                self.sheet_combo.addItem(shown if name in source.hidden_sheets else name, name)
            if source.sheet:
                self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(source.sheet))
        if source.encoding:
            self.encoding_combo.setCurrentText(source.encoding)
        if source.delimiter is not None:
            index = self.delimiter_combo.findData(source.delimiter)
            if index < 0:
                self.delimiter_combo.addItem(repr(source.delimiter), source.delimiter)
                index = self.delimiter_combo.count() - 1
            self.delimiter_combo.setCurrentIndex(index)
        self.header_spin.setValue(source.header_row + 1)
        self.summary.setText(self.describe(source))
        self._show_warnings(source)
        lost = _what_a_new_reading_forgets(plan)
        plan.set_source(source, options)
        if source.warnings:
            n = len(source.warnings)
            # The sentences themselves stay on the step, under the summary; the message area points at them.
            self.bridge.warning(translate("FilePage", "1 thing in this file needs a look: it is written under the "
                                          "file's summary.") if n == 1
                                else translate("FilePage", "{count} things in this file need a look: they are written "
                                               "under its summary.").format(count=number(n)))
        elif lost:  # a new reading is a new review: what was made for the previous one is said, not dropped quietly
            self.bridge.warning(translate("FilePage", "{name} was read again, so its review starts over: {lost} made "
                                          "for the previous reading are gone.").format(name=source.path.name, lost=lost))

    @staticmethod
    def describe(source: Any) -> str:
        n = source.frame.height
        parts = [translate("FilePage", "%n record(s)", None, n),
                 translate("FilePage", "{count} columns").format(count=number(source.frame.width)),
                 source.format.upper()]
        if source.is_workbook:
            parts.append(translate("FilePage", "sheet {sheet}").format(sheet=source.sheet))
        else:
            if source.encoding:
                parts.append(translate("FilePage", "encoding {encoding}").format(encoding=source.encoding))
            if source.delimiter:
                words = delimiters().get(source.delimiter, repr(source.delimiter))
                parts.append(translate("FilePage", "delimiter {delimiter}").format(delimiter=words))
        return translate("FilePage", "{name}: {facts}").format(name=source.path.name, facts=" · ".join(parts))

    @property
    def n_records(self) -> int:
        return self.model.rowCount()
