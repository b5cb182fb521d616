"""Small widgets of the Review step: the problem detail pane and the find-and-replace bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from csod_desktop.i18n import translate
from csod_desktop.ui.language import number
from csod_desktop.ui.wheel_guard import guard_wheel


class DetailPane(QPlainTextEdit):
    """What is wrong with the selected cell and how to fix it: read-only, scrolling, never taller than its
    share of the page (a long list of problems scrolls here instead of pushing the grid down to 3 rows)."""

    LINES = 2  # at the least; more when the page is taller (its share)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemDetail")
        self.setReadOnly(True)
        self.setAccessibleName(translate("DetailPane", "What is wrong with the selected cell"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.document().setDocumentMargin(2)
        # In the style sheet, not setMinimumHeight: the app's QPlainTextEdit rule sets its own min-height.
        # The lines, the document margins and the padding and border the app gives #problemDetail.
        self.setStyleSheet(f"#problemDetail {{ min-height: {self.fontMetrics().lineSpacing() * self.LINES + 8}px; }}")
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name, kept for the pages and tests
        self.setPlainText(text)

    def show_problems(self, problems, *, placed: bool = False) -> None:  # noqa: ANN001 - core Problem objects
        """One line per problem, its message then its hint; ``placed`` starts each with its row and field."""
        said = [f"{p.message}  {p.hint}".strip() for p in problems]
        if placed:
            said = [translate("DetailPane", "Row {row}, {field}: {problem}").format(row=p.row, field=p.column, problem=s)
                    for p, s in zip(problems, said, strict=True)]
        self.setPlainText("\n".join(said))


class FindReplaceBar(QFrame):
    """Find and replace within one column of the grid (Ctrl+H); the page does the replacing."""

    #: (field, find, replace with, whole cell, match case)
    replace_requested = Signal(str, str, str, bool, bool)
    #: The search changed: the page counts the matches again.
    search_changed = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self.find_edit = QLineEdit(objectName="findEdit", placeholderText=translate("FindReplaceBar", "Find"))
        self.find_edit.setAccessibleName(translate("FindReplaceBar", "Find"))
        self.replace_edit = QLineEdit(objectName="replaceEdit",
                                      placeholderText=translate("FindReplaceBar", "Replace with"))
        self.replace_edit.setAccessibleName(translate("FindReplaceBar", "Replace with"))
        self.column_combo = QComboBox(objectName="findColumnCombo")
        self.column_combo.setAccessibleName(translate("FindReplaceBar", "In the column"))
        self.column_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        guard_wheel(self.column_combo)
        self.whole_check = QCheckBox(translate("FindReplaceBar", "Whole cell"))
        self.case_check = QCheckBox(translate("FindReplaceBar", "Match case"))
        self.matches = QLabel("", objectName="findMatches")
        self.replace_button = QPushButton(translate("FindReplaceBar", "Replace all"), objectName="replaceAllButton")
        self.replace_button.setEnabled(False)
        close = QToolButton(text="✕", autoRaise=True)
        close.setToolTip(translate("FindReplaceBar", "Close find and replace (Esc)"))
        close.setAccessibleName(translate("FindReplaceBar", "Close find and replace"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_edit, 2)
        layout.addWidget(self.replace_edit, 2)
        layout.addWidget(QLabel(translate("FindReplaceBar", "in")))
        layout.addWidget(self.column_combo, 1)
        layout.addWidget(self.whole_check)
        layout.addWidget(self.case_check)
        layout.addWidget(self.matches)
        layout.addWidget(self.replace_button)
        layout.addWidget(close)
        for edit in (self.find_edit,):
            edit.textChanged.connect(self.search_changed)
        self.column_combo.currentIndexChanged.connect(self.search_changed)
        self.whole_check.toggled.connect(self.search_changed)
        self.case_check.toggled.connect(self.search_changed)
        self.replace_button.clicked.connect(self._on_replace_clicked)
        self.replace_edit.returnPressed.connect(self._on_replace_clicked)
        close.clicked.connect(self.close_bar)
        self.hide()

    def set_columns(self, columns: list[tuple[str, str]], current: str | None = None) -> None:
        """The fields to search in, as (name, title); ``current`` chosen when given."""
        keep = current or self.column_combo.currentData()
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        for name, title in columns:
            self.column_combo.addItem(title, name)
        index = self.column_combo.findData(keep)
        self.column_combo.setCurrentIndex(max(index, 0))
        self.column_combo.blockSignals(False)
        self.search_changed.emit()

    def open_bar(self, column: str | None) -> None:
        if column is not None:
            index = self.column_combo.findData(column)
            if index >= 0:
                self.column_combo.setCurrentIndex(index)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def set_matches(self, count: int, shown: int) -> None:
        """How many cells of the column match, among the records shown."""
        if not self.find_edit.text():
            self.matches.setText("")
        else:
            self.matches.setText(translate("FindReplaceBar", "{count} of {shown} cells").format(
                count=number(count), shown=number(shown)) if count else translate("FindReplaceBar", "no cell matches"))
        self.replace_button.setEnabled(count > 0)

    def _on_replace_clicked(self) -> None:
        column = self.column_combo.currentData()
        if column and self.find_edit.text() and self.replace_button.isEnabled():
            self.replace_requested.emit(column, self.find_edit.text(), self.replace_edit.text(),
                                        self.whole_check.isChecked(), self.case_check.isChecked())
