"""Drop-downs and spin boxes that take the mouse wheel only when they have the focus.

In a form that scrolls, the pointer passes over controls on its way down; a combo box that takes the
wheel then changes a setting nobody chose (issue 14: AllowInactiveUsers turned to "No" while the
administrator scrolled the Load type step). A guarded control ignores the wheel until it is clicked or
tabbed into, and the wheel scrolls the form instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is None:
            event.ignore()  # not this control's: Qt hands the wheel on to the parents
            return True
        # The form under the pointer scrolls, as if the control were not there.
        viewport = area.viewport()
        local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(local, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                                event.buttons(), event.modifiers(), event.phase(), event.inverted())
        QApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(*widgets: QWidget) -> None:
    """Make each combo box or spin box of ``widgets`` take the wheel only once focused (by click or Tab)."""
    for widget in widgets:
        if isinstance(widget, (QComboBox, QAbstractSpinBox)) and widget.findChild(_WheelGuard) is None:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives no focus
            widget.installEventFilter(_WheelGuard(widget))  # owned by the widget: gone with it


def guard_children(parent: QWidget) -> None:
    """Guard every combo box and spin box inside ``parent`` (a form that scrolls)."""
    guard_wheel(*parent.findChildren(QComboBox), *parent.findChildren(QAbstractSpinBox))
