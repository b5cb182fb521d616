"""A table header whose titles that do not fit end in "…" instead of being cut off mid-letter.

QHeaderView elides with the widget's font and the style's margins, but the app's stylesheet draws the
titles bold and padded (``QHeaderView::section``), so a title elided by Qt was still clipped on screen
and the "…" lost (issue 14: "column headers clipped without an ellipsis"). This header elides each
title itself, measured with a bold font in the room the padding leaves; the whole title is its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

#: Room kept beside the title beyond what the style reports (the stylesheet's padding and border).
SPARE = 14


class ElidingHeader(QHeaderView):
    """A horizontal header that elides its titles so that the "…" always shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt override
        if not rect.isValid():
            return
        option = self._option(logical, rect)
        option.text = self._elided(option)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt override
        # Fitting a column to its title measures it as it is painted (bold, padded), so it is never elided.
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        title = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
        if title:
            size.setWidth(max(size.width(), self.bold_metrics().horizontalAdvance(str(title)) + SPARE + 16))
        return size

    def shown_text(self, logical: int) -> str:
        """The title of section ``logical`` as painted at its current width."""
        option = self._option(logical, QRect(0, 0, self.sectionSize(logical), self.height()))
        return self._elided(option)

    def text_room(self, logical: int) -> int:
        """The width the title of ``logical`` may take, in pixels of the bold font."""
        option = self._option(logical, QRect(0, 0, self.sectionSize(logical), self.height()))
        return max(self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self).width() - SPARE, 0)

    def bold_metrics(self) -> QFontMetrics:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold)

    def _option(self, logical: int, rect: QRect) -> QStyleOptionHeader:
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        return option

    def _elided(self, option: QStyleOptionHeader) -> str:
        room = max(self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self).width() - SPARE, 0)
        return self.bold_metrics().elidedText(option.text, Qt.TextElideMode.ElideRight, room)


def eliding_header(table: QTableView) -> ElidingHeader:
    """Give ``table`` an eliding horizontal header (before the header is configured) and return it."""
    header = ElidingHeader(table)
    table.setHorizontalHeader(header)
    return header
