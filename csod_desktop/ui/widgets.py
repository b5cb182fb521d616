"""Small reusable widgets: a collapsible section, a searchable combo box, an eliding label, a row that wraps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class Collapsible(QWidget):
    """A header button that shows or hides its content (used for "Advanced")."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(text=title, checkable=True, objectName="collapsibleButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.toggled.connect(self._on_button_toggled)
        self.content = content
        content.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(content)

    def _on_button_toggled(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.content.setVisible(on)


class SearchableCombo(QComboBox):
    """An editable combo whose completer matches anywhere in "Title (name)" and only accepts listed items."""

    chosen = Signal(object)  # the item's data, or None for "not mapped"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(18)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(self._on_activated)
        completer.activated[str].connect(self._on_completer_activated)
        completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter while the list of matches shows and none is picked with the arrows: the text chooses
        # (its first match), at once. Qt would only close the list and leave the choice waiting.
        completer = self.completer()
        if (completer is not None and watched is completer.popup() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not completer.popup().currentIndex().isValid()):
            completer.popup().hide()
            found, data = self.resolve()
            if found:
                self.setCurrentIndex(self.findData(data))
            self.chosen.emit(data)
            return True
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        # The list as wide as its longest "Title · name" (within the screen), not cut to the cell's width.
        view = self.view()
        widest = view.sizeHintForColumn(0) + 32
        screen = self.screen().availableGeometry().width() if self.screen() is not None else widest
        view.setMinimumWidth(min(max(widest, self.width()), screen // 2))
        super().showPopup()

    def _on_activated(self, index: int) -> None:
        self.chosen.emit(self.itemData(index))

    def _on_completer_activated(self, text: str) -> None:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
            self.chosen.emit(self.itemData(index))

    def select_data(self, data: object) -> None:
        index = self.findData(data)
        self.setCurrentIndex(max(index, 0))

    def resolve(self) -> tuple[bool, object]:
        """What the typed text chooses: (True, the item's data) for the item it names, else for the first
        item that contains it (what the completer lists first: "Posit" is Position); (False, None) when no
        item matches, so Enter on a typo never quietly picks "not loaded"."""
        text = self.currentText().strip()
        if not text:
            return False, None
        folded = text.casefold()
        texts = [self.itemText(i) for i in range(self.count())]
        for i, item in enumerate(texts):
            if item.casefold() == folded:
                return True, self.itemData(i)
        for i, item in enumerate(texts):
            if folded in item.casefold():
                return True, self.itemData(i)
        return False, None


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when the room is short (the whole text is its tooltip), so a
    message in a row of tools never pushes the row's buttons or wraps onto a second line."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(text, parent, **kwargs)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 6)  # the same with or without text: nothing moves

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


def tab_after(anchor: QWidget, inserted: QWidget) -> None:
    """Put ``inserted`` and its children in the Tab order right after ``anchor``: a widget added to a
    layout after the others (a panel placed in the middle of a page) is read where it shows, not last."""
    # Its children are not always next to it in the chain: a child added later joins the chain's end.
    stops, widget = [], inserted.window().nextInFocusChain()
    while widget is not inserted.window():
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and inserted.isAncestorOf(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    previous = anchor
    for stop in stops:  # NoFocus widgets left out: Qt's setTabOrder does not move them
        QWidget.setTabOrder(previous, stop)
        previous = stop


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("separator")
    return line


class WrappingRow(QLayout):
    """A row of controls (a button bar, a line of options) that wraps onto more lines when the window is
    too narrow for it, instead of squeezing its buttons below their text.

    A drop-in for a QHBoxLayout of widgets: ``addStretch()`` splits the row (what follows sits at the right
    end of the last line) and ``addSpacing()`` leaves a gap. A label stays on the line of the control after
    it (a caption never ends a line without its field).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._split: int | None = None  # index of the first right-aligned item
        self._width = 0  # the width last laid out in: the minimum height is the lines needed there
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- the QHBoxLayout calls the pages use -----------------------------------------------------------
    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 - QBoxLayout's name
        self._split = len(self._items)

    def addSpacing(self, size: int) -> None:  # noqa: N802 - QBoxLayout's name
        self.addItem(QSpacerItem(size, 0))

    # -- QLayout -------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        if self._split is not None and index < self._split:
            self._split -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        lines_before = self.minimumSize().height()
        self._width = rect.width()
        self._arrange(rect, move=True)
        if self.minimumSize().height() != lines_before:
            # Another number of lines: the layouts around it (they cache their items' minimums) and the
            # page ask for another minimum height.
            layout: object = self
            while isinstance(layout, QLayout):
                layout.invalidate()
                layout = layout.parent()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        units = self._units()
        count = len(units[0]) + len(units[1])
        width = sum(w for group in units for w, _h, _i in group) + self.spacing() * max(0, count - 1)
        height = max((h for group in units for _w, h, _i in group), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        units = self._units()
        width = max((w for group in units for w, _h, _i in group), default=0) + self._margin_size().width()
        if self._width:
            return QSize(width, self._arrange(QRect(0, 0, max(self._width, width), 0), move=False))
        return QSize(width, max((h for group in units for _w, h, _i in group), default=0) + self._margin_size().height())

    # -- placing ---------------------------------------------------------------------------------------
    def _margin_size(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self, item: QLayoutItem) -> bool:
        return not item.isEmpty() or isinstance(item, QSpacerItem)

    def _units(self) -> tuple[list[tuple[int, int, list[QLayoutItem]]], list[tuple[int, int, list[QLayoutItem]]]]:
        """The left and the right group, each as (width, height, items) units that never split over lines."""
        groups: tuple[list, list] = ([], [])
        pending: list[QLayoutItem] = []
        for index, item in enumerate(self._items):
            if not self._visible(item):
                continue
            group = groups[1 if self._split is not None and index >= self._split else 0]
            pending.append(item)
            widget = item.widget()
            if isinstance(widget, QLabel) and index + 1 < len(self._items) and index + 1 != self._split:
                continue  # a caption goes with the control after it
            hints = [i.sizeHint() for i in pending]
            width = sum(h.width() for h in hints) + self.spacing() * (len(pending) - 1)
            group.append((width, max(h.height() for h in hints), pending))
            pending = []
        if pending:
            hints = [i.sizeHint() for i in pending]
            groups[0].append((sum(h.width() for h in hints), max(h.height() for h in hints), pending))
        return groups

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the units out in lines within ``rect``; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        left, right = self._units()
        gap = self.spacing()
        lines: list[list[tuple[int, int, list[QLayoutItem], bool]]] = [[]]
        used = 0
        for unit in left:
            if lines[-1] and used + gap + unit[0] > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + unit[0]
            lines[-1].append((*unit, False))
        right_width = sum(u[0] for u in right) + gap * max(0, len(right) - 1)
        if right and lines[-1] and used + gap * 2 + right_width > area.width():
            lines.append([])
            used = 0
        for unit in right:  # the right group wraps too when even a line of its own is too narrow
            if lines[-1] and any(r for *_x, r in lines[-1]) and used + gap + unit[0] > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + unit[0]
            lines[-1].append((*unit, True))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(u[1] for u in line)
            if move:
                self._place_line(line, area, y, height)
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom() if y > area.y() else m.top() + m.bottom()

    def _place_line(self, line: list, area: QRect, y: int, height: int) -> None:
        gap = self.spacing()
        lefts = [u for u in line if not u[3]]
        rights = [u for u in line if u[3]]
        x = area.x()
        for _w, _h, items, _r in lefts:
            x = self._place_unit(items, x, y, height)
        width = sum(u[0] for u in rights) + gap * max(0, len(rights) - 1)
        x = max(x, area.right() + 1 - width)
        for _w, _h, items, _r in rights:
            x = self._place_unit(items, x, y, height)

    def _place_unit(self, items: list[QLayoutItem], x: int, y: int, height: int) -> int:
        for item in items:
            hint = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
            x += hint.width() + self.spacing()
        return x
