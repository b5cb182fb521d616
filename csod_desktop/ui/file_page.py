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
from csod_desktop.ui.drop_zone import DropZone
from csod_desktop.ui.models.frame_model import FrameModel
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.widgets import WrappingRow

AUTO = "Detect"
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "cp850", "mac-roman")
DELIMITERS = {",": "Comma ( , )", ";": "Semicolon ( ; )", "\t": "Tab", "|": "Pipe ( | )"}


def _read_job(path: Path, options: ReadOptions):
    def job(control: Any) -> Any:
        from csod_desktop.core.reading import read_table

        return read_table(path, options, progress=control.progress, is_cancelled=control.is_cancelled)

    return job


class FilePage(StepPage):
    title = "Choose the file to load"
    lead = (
        "Drop the export from your HR system here. The app detects its encoding and delimiter; change them "
        "if the preview looks wrong. Nothing is sent to the portal in this step."
    )

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.path: Path | None = None
        self._worker = None

        self.drop_zone = DropZone()
        self.encoding_combo = QComboBox(objectName="encodingCombo")
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItem(AUTO)
        self.encoding_combo.addItems(list(ENCODINGS))
        self.delimiter_combo = QComboBox(objectName="delimiterCombo")
        self.delimiter_combo.addItem(AUTO, None)
        for char, label in DELIMITERS.items():
            self.delimiter_combo.addItem(label, char)
        self.sheet_combo = QComboBox(objectName="sheetCombo")
        self.header_spin = QSpinBox(objectName="headerSpin", minimum=1, maximum=1000)
        self.header_spin.setToolTip("The line (or Excel row) that holds the column names.")
        self.reread_button = QPushButton("Read again")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        options = WrappingRow()
        for label, widget in (("Encoding", self.encoding_combo), ("Delimiter", self.delimiter_combo),
                              ("Sheet", self.sheet_combo), ("Header row", self.header_spin)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            options.addWidget(caption)
            options.addWidget(widget)
            options.addSpacing(8)
        options.addStretch(1)
        options.addWidget(self.cancel_button)
        options.addWidget(self.reread_button)

        self.summary = QLabel("No file yet.", objectName="fileSummary")
        self.summary.setWordWrap(True)
        self.model = FrameModel()
        self.preview = QTableView(objectName="previewTable")
        self.preview.setModel(self.model)
        self.preview.setAccessibleName("Preview of the file")
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setDefaultSectionSize(160)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.body.addWidget(self.drop_zone)
        self.body.addLayout(options)
        self.body.addWidget(self.summary)
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
        self.summary.setText(self.describe(source) if source is not None else "No file yet.")
        self.reread_button.setEnabled(self.path is not None and self._worker is None)

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
        encoding = None if encoding in ("", AUTO) else encoding
        sheet = self.sheet_combo.currentText() or None
        self._read(self.path, encoding, self.delimiter_combo.currentData(), sheet, self.header_spin.value() - 1)

    def _read(self, path: Path, encoding: str | None, delimiter: str | None, sheet: str | None, header: int) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self.bridge.clear()
        self.summary.setText(f"Reading {path.name} …")
        self.reread_button.setEnabled(False)
        self.cancel_button.show()
        options = ReadOptions(encoding=encoding, delimiter=delimiter, sheet=sheet, header_row=header)
        worker = self.pool.start(
            _read_job(path, options),
            name="read file",
            on_progress=lambda f, _t, n=path.name: self.summary.setText(f"Reading {n} … {f:.0%}"),
            on_success=lambda source: self._on_worker_read(source, options),
            on_error=self._on_worker_failed,
            on_cancel=lambda: self.summary.setText("Reading stopped."),
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
        self.summary.setText("This file could not be read.")
        self.bridge.exception(err)

    def _on_worker_read(self, source: Any, options: ReadOptions) -> None:
        plan = self.state.plan
        if plan is None:
            self.summary.setText("Choose what to load first (step 2), then the file.")
            self.bridge.error("Choose what to load on the Load type step first, then drop the file again.")
            return
        self.model.set_frame(source.frame)
        self.drop_zone.set_current(source.path)
        excel = source.format == "xlsx"
        self._set_excel(excel)
        if excel:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(source.sheet_names))
            if source.sheet:
                self.sheet_combo.setCurrentText(source.sheet)
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
        plan.set_source(source, options)
        for warning in source.warnings:
            self.bridge.warning(warning)

    @staticmethod
    def describe(source: Any) -> str:
        n = source.frame.height
        parts = [f"{n:,} record{'s' if n != 1 else ''}", f"{source.frame.width} columns", source.format.upper()]
        if source.format == "xlsx":
            parts.append(f"sheet {source.sheet}")
        else:
            if source.encoding:
                parts.append(f"encoding {source.encoding}")
            if source.delimiter:
                parts.append(f"delimiter {DELIMITERS.get(source.delimiter, repr(source.delimiter))}")
        return f"{source.path.name}: " + " · ".join(parts)

    @property
    def n_records(self) -> int:
        return self.model.rowCount()
