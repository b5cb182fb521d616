"""A drop zone for data files: drag and drop, or click (or press Enter) to open a file chooser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from csod_desktop.i18n import translate

ACCEPTED = {".csv": "CSV", ".tsv": "TSV", ".txt": "text (CSV/TSV)", ".xlsx": "Excel", ".xlsm": "Excel",
            ".xls": "Excel", ".ods": "OpenDocument", ".json": "JSON"}
#: The file chooser's filter patterns (its words are translated where it opens, see ``DropZone.choose``).
PATTERNS = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.json"


def refusal(path: Path) -> str | None:
    """Why ``path`` cannot be loaded, as a sentence; None when its type is one the app reads.

    A workbook's first bytes are looked at here too (a few kilobytes: the GUI thread can afford it), so
    an empty or cut-off workbook is refused at once; reading it whole is the worker's job.
    """
    suffix = path.suffix.lower()
    if suffix in ACCEPTED:
        if ACCEPTED[suffix] in ("Excel", "OpenDocument"):
            from csod_desktop.core.reading_excel import sniff_workbook_head
            from csod_desktop.errors import InputFileError

            try:
                sniff_workbook_head(path)
            except (InputFileError, OSError) as exc:
                hint = getattr(exc, "hint", None)
                return f"{exc} {hint}" if hint else str(exc)
        return None
    if suffix:
        sentence = translate("DropZone", "'{name}' is a {kind} file; csod-desktop reads CSV, TSV, Excel (.xlsx) and "
                             "JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in "
                             "one of those formats.")
    else:
        sentence = translate("DropZone", "'{name}' is a file without an extension; csod-desktop reads CSV, TSV, "
                             "Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). "
                             "Export your data in one of those formats.")
    return sentence.format(name=path.name, kind=suffix[1:].upper())


class DropZone(QFrame):
    """Emits ``file_chosen`` with a path, or ``file_refused`` with the sentence saying why not."""

    file_chosen = Signal(Path)
    file_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(translate("DropZone", "Drop a data file here, or press Enter to choose one"))
        self.setAccessibleDescription(translate(
            "DropZone", "Opens a file chooser. CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) and JSON files "
            "are read; nothing is sent to the portal in this step."))
        self.setMinimumHeight(110)
        title = QLabel(translate("DropZone", "Drop your file here"), objectName="dropTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sub = QLabel(translate("DropZone", "or click to choose one · CSV, TSV, Excel (.xlsx, .xls), OpenDocument "
                               "(.ods), JSON"), objectName="dropSub")
        sub.setWordWrap(True)  # 40 % longer in some languages than the zone is wide
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current = QLabel("", objectName="dropCurrent")
        self.current.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(sub)
        layout.addWidget(self.current)
        layout.addStretch(1)
        self._set_hover(False)

    def _set_hover(self, on: bool) -> None:
        self.setProperty("hover", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_current(self, path: Path | None) -> None:
        self.current.setText(translate("DropZone", "Current file: {name}").format(name=path.name) if path else "")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) >= 1 and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
            self._set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._set_hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._set_hover(False)
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if not urls:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(urls) > 1:
            self.file_refused.emit(translate("DropZone", "Drop one file at a time: each file becomes its own import."))
            return
        self.offer(Path(urls[0].toLocalFile()))

    def offer(self, path: Path) -> None:
        reason = refusal(path)
        if reason:
            self.file_refused.emit(reason)
        elif not path.is_file():
            self.file_refused.emit(translate("DropZone", "'{path}' is not a file that exists; choose the file again.")
                                  .format(path=path))
        else:
            self.file_chosen.emit(path)

    def choose(self) -> None:
        filters = ";;".join((translate("DropZone", "Data files ({patterns})").format(patterns=PATTERNS),
                             translate("DropZone", "All files ({patterns})").format(patterns="*")))
        name, _ = QFileDialog.getOpenFileName(self.window(), translate("DropZone", "Choose the data file"), "",
                                              filters)
        if name:
            self.offer(Path(name))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.choose()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose()
            return
        super().keyPressEvent(event)
