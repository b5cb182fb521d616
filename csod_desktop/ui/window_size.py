"""The main window's size on its screen: the preferred size where the screen has room, else what fits."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

#: The window's smallest size, in logical pixels: it fits a 1440x900 screen at 150 % (960x600) with a
#: taskbar (48 logical pixels at 150 %) and a title bar, and a 1366x768 one at 125 % (1093x614).
MINIMUM_SIZE = QSize(880, 500)
#: Its size where the screen has room for it.
PREFERRED_SIZE = QSize(1180, 780)
#: What a window manager adds around a window (title bar, borders): unknown before the first show.
FRAME_ROOM = QSize(16, 40)


def room(available: QRect) -> QSize:
    """The size a window may take on a screen with ``available`` geometry, leaving room for its frame."""
    return available.size() - FRAME_ROOM


def minimum_size(available: QRect) -> QSize:
    """The minimum size on this screen (smaller than MINIMUM_SIZE only on a screen smaller than it)."""
    return MINIMUM_SIZE.boundedTo(room(available))


def fits(size: QSize, available: QRect) -> bool:
    space = room(available)
    return size.width() <= space.width() and size.height() <= space.height()


def first_geometry(available: QRect) -> QRect:
    """Where a new window opens: the preferred size bounded by the room, centred on the screen."""
    space = room(available)
    size = PREFERRED_SIZE.boundedTo(space).expandedTo(minimum_size(available))
    corner = QPoint(available.x() + max(0, (space.width() - size.width()) // 2),
                    available.y() + max(0, (space.height() - size.height()) // 2))
    return QRect(corner, size)
