"""The window's light and dark themes: one named-colour table for the stylesheet, the QPalette and the colours models paint."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget

from csod_desktop import facts

LIGHT, DARK = "light", "dark"

#: Every colour of the window, by name, in each theme. ``resources/styles/app.qss`` names them as
#: ``@name@``, so a rule written once has both its colours; models and delegates ask ``colour(name)`` when
#: they paint. Both themes have the same names (tests/gui/test_contrast.py), and the pairs the stylesheet
#: states meet WCAG AA in both. Values that are not colours (the chevron icons) differ by theme too.
PALETTES: dict[str, dict[str, str]] = {
    LIGHT: {
        # text and surfaces
        "text": "#1d2330", "text_secondary": "#3b4456", "lead": "#4b5567", "note": "#5b6576",
        "heading": "#15284b", "page": "#f6f7f9", "surface": "#ffffff", "surface_alt": "#f8f9fb",
        "surface_hover": "#f0f4fb", "surface_muted": "#eef1f5", "header_bg": "#f1f3f7",
        # lines
        "border": "#c5ccd8", "border_hover": "#9fb2d3", "border_soft": "#dde2ea", "line": "#e2e6ed",
        "gridline": "#edf0f4", "shade_light": "#ffffff", "shade_dark": "#9aa4b5", "shade": "#6b7280",
        # accents, focus and selection
        "accent": "#2f7de1", "accent_border": "#2a6fca", "accent_text": "#2a6fca",
        "selection": "#d7e6fb", "selection_text": "#1d2330", "grid_selection": "rgba(47, 125, 225, 70)",
        "indicator_border": "#9aa4b5", "busy_bg": "#dbe6f7", "chunk": "#6aa5f2",
        # buttons
        "primary": "#2b72d0", "primary_hover": "#286fcc", "primary_text": "#ffffff",
        # the focus ring of a filled (primary, danger) button: 3:1 on the fill and on the page (WCAG 1.4.11)
        "focus_ring": "#0b1220",
        "primary_disabled_bg": "#94b4e3", "primary_disabled_text": "#ffffff",
        "danger": "#c8372d", "danger_border": "#a82d24", "danger_disabled": "#e0a19b",
        "danger_disabled_text": "#ffffff",
        # disabled controls: WCAG 1.4.3 exempts them; ours keep contrast.DISABLED_FLOOR, dimmer than live text
        "disabled_bg": "#eef0f3", "disabled_text": "#8a919c", "disabled_border": "#d0d5dd",
        "disabled_input_border": "#c5ccd8",
        "button_disabled_bg": "#f1f2f4", "button_disabled_text": "#9aa1ab", "button_disabled_border": "#dcdfe5",
        # the steps panel
        "sidebar": "#15284b", "sidebar_text": "#c8d3e8", "sidebar_faint": "#8fa3c7", "brand": "#ffffff",
        "step_text": "#dbe4f5", "step_disabled": "#5f7396", "step_hover": "#20386a", "sidebar_focus": "#4d8fe6",
        "tooltip_bg": "#15284b", "tooltip_text": "#ffffff", "tooltip_border": "#15284b",
        # banners: info, success, warning, error
        "info_bg": "#eaf2fd", "info_border": "#d9dee7", "info_text": "#1f4f96",
        "success_bg": "#e6f6ea", "success_border": "#a9dcb5", "success_text": "#1e6b35",
        "warning_bg": "#fff6dc", "warning_border": "#f0d48a", "warning_text": "#7a5200",
        "error_bg": "#fdecea", "error_border": "#f1b8b2", "error_text": "#9b2a21", "error_strong": "#c8372d",
        # painted by models: the review grid, the mapping table, the portal's report, the deactivation list
        "grid_error_bg": "#fde2e1", "grid_warning_bg": "#fff1cc", "edited_text": "#1f5fbf",
        "caution_text": "#a15c00", "report_error_cell": "#f5b7b1", "report_warning_cell": "#f7dd8b",
        "flag_header_bg": "#dfe8f6",
        # the progress bar of a finished import (its text is drawn across): all loaded, some failed, it failed
        "tone_ok": "#2e9e55", "tone_partial": "#d99a1e", "tone_failed": "#e86b61",
        "icon_chevron_down": "chevron-down.svg", "icon_chevron_up": "chevron-up.svg",
    },
    DARK: {
        "text": "#e3e7ee", "text_secondary": "#c3cad6", "lead": "#b3bbc8", "note": "#a3acba",
        "heading": "#cfe0ff", "page": "#1a1e25", "surface": "#232831", "surface_alt": "#272d37",
        "surface_hover": "#2d3441", "surface_muted": "#2b313b", "header_bg": "#2a303a",
        "border": "#4a5262", "border_hover": "#6a7fa3", "border_soft": "#363d49", "line": "#3a414d",
        "gridline": "#2f3540", "shade_light": "#3a414d", "shade_dark": "#15181e", "shade": "#0b0d11",
        "accent": "#5b9cf0", "accent_border": "#4a8be0", "accent_text": "#8ab8ff",
        "selection": "#2c4a75", "selection_text": "#ffffff", "grid_selection": "rgba(91, 156, 240, 90)",
        "indicator_border": "#7c879a", "busy_bg": "#22324b", "chunk": "#2a63b8",
        "primary": "#2b72d0", "primary_hover": "#2466bd", "primary_text": "#ffffff",
        "focus_ring": "#cfe0ff",
        "primary_disabled_bg": "#2a3b55", "primary_disabled_text": "#8796ad",
        "danger": "#c8372d", "danger_border": "#e0574c", "danger_disabled": "#4a2a28",
        "danger_disabled_text": "#a88482",
        "disabled_bg": "#1c2027", "disabled_text": "#7f8897", "disabled_border": "#353b46",
        "disabled_input_border": "#323844",
        "button_disabled_bg": "#21262e", "button_disabled_text": "#7a8392", "button_disabled_border": "#323844",
        "sidebar": "#0f1a30", "sidebar_text": "#c8d3e8", "sidebar_faint": "#8fa3c7", "brand": "#ffffff",
        "step_text": "#dbe4f5", "step_disabled": "#6a7ea1", "step_hover": "#1b2f57", "sidebar_focus": "#4d8fe6",
        "tooltip_bg": "#0f1a30", "tooltip_text": "#ffffff", "tooltip_border": "#4a5262",
        "info_bg": "#1c2d47", "info_border": "#33415a", "info_text": "#9cc3ff",
        "success_bg": "#17331f", "success_border": "#2e6a42", "success_text": "#8fdca5",
        "warning_bg": "#352c12", "warning_border": "#75601f", "warning_text": "#f2cd6b",
        "error_bg": "#3b1f22", "error_border": "#7a3a36", "error_text": "#ffb4ab", "error_strong": "#ff8a80",
        "grid_error_bg": "#4a2428", "grid_warning_bg": "#433717", "edited_text": "#8ab8ff",
        "caution_text": "#f0b35a", "report_error_cell": "#6e2f2b", "report_warning_cell": "#5f4b12",
        "flag_header_bg": "#263751",
        "tone_ok": "#276f44", "tone_partial": "#8a5f12", "tone_failed": "#9a3a31",
        "icon_chevron_down": "chevron-down-light.svg", "icon_chevron_up": "chevron-up-light.svg",
    },
}

_TOKEN = re.compile(r"@([a-z_]+)@")
_current = [LIGHT]  # the theme the window shows now: models read it when they paint


def render(template: str, name: str) -> str:
    """The stylesheet of theme ``name``: every ``@colour@`` of ``template`` replaced (KeyError on a name
    no palette has, so a typo fails the tests instead of leaving a rule without its colour)."""
    palette = PALETTES[name]
    return _TOKEN.sub(lambda match: palette[match.group(1)], template)


def tokens(template: str) -> set[str]:
    """The colour names a stylesheet template uses."""
    return set(_TOKEN.findall(template))


def current() -> str:
    return _current[0]


def colour(name: str) -> QColor:
    """Colour ``name`` of the theme shown now (models ask when they paint, so a switch repaints them)."""
    return QColor(PALETTES[_current[0]][name])


def brush(name: str) -> QBrush:
    return QBrush(colour(name))


def forced_theme(environ: Mapping[str, str] = os.environ) -> str | None:
    """The theme :data:`facts.THEME_ENV` asks for (tests, screenshots), None when it asks for none."""
    value = environ.get(facts.THEME_ENV, "").strip().lower()
    return value if value in PALETTES else None


def scheme_theme(scheme: Qt.ColorScheme) -> str:
    """The theme for the OS's colour scheme (an unknown one, as on a desktop that says none, is light)."""
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


#: The QPalette roles the Fusion style draws unstyled parts with (scroll bars, menus, Qt's own file dialog).
PALETTE_ROLES = {
    QPalette.ColorRole.Window: "page", QPalette.ColorRole.WindowText: "text", QPalette.ColorRole.Base: "surface",
    QPalette.ColorRole.AlternateBase: "surface_alt", QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "header_bg", QPalette.ColorRole.ButtonText: "text",
    QPalette.ColorRole.Highlight: "primary", QPalette.ColorRole.HighlightedText: "primary_text",
    QPalette.ColorRole.ToolTipBase: "tooltip_bg", QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.PlaceholderText: "note", QPalette.ColorRole.Link: "accent_text",
    QPalette.ColorRole.LinkVisited: "accent_text", QPalette.ColorRole.BrightText: "brand",
    QPalette.ColorRole.Light: "shade_light", QPalette.ColorRole.Midlight: "line", QPalette.ColorRole.Mid: "border",
    QPalette.ColorRole.Dark: "shade_dark", QPalette.ColorRole.Shadow: "shade",
}
DISABLED_ROLES = {QPalette.ColorRole.WindowText: "disabled_text", QPalette.ColorRole.Text: "disabled_text",
                  QPalette.ColorRole.ButtonText: "disabled_text", QPalette.ColorRole.Base: "disabled_bg",
                  QPalette.ColorRole.PlaceholderText: "disabled_text"}


def qpalette(name: str) -> QPalette:
    """Theme ``name`` as a QPalette, for what no stylesheet rule reaches."""
    colours = PALETTES[name]
    palette = QPalette()
    for role, key in PALETTE_ROLES.items():
        palette.setColor(role, QColor(colours[key]))
    for role, key in DISABLED_ROLES.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[key]))
    return palette


def set_state(widget: QWidget, name: str, value: Any) -> None:
    """Set a dynamic property a stylesheet rule selects on (``[tone="ok"]``) and restyle the widget."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TonedItem(QTreeWidgetItem):
    """A tree item whose first column's text takes theme colour ``tone``, looked up when it is painted."""

    def __init__(self, texts: list[str], tone: str | None = None) -> None:
        super().__init__(texts)
        self.tone = tone

    def data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and self.tone:
            return brush(self.tone)
        return super().data(column, role)


class ThemeFollower(QObject):
    """Keeps ``widget``'s stylesheet and the application's palette in the theme of the OS's colour scheme,
    live (``QStyleHints.colorSchemeChanged``), unless :data:`facts.THEME_ENV` names one."""

    #: The theme now shown ("light" or "dark").
    changed = Signal(str)

    def __init__(self, widget: QWidget, template: str, environ: Mapping[str, str] = os.environ) -> None:
        super().__init__(widget)
        self.widget, self.template = widget, template
        self.forced = forced_theme(environ)
        self.name = ""
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow)
        self.apply(self.forced or scheme_theme(hints.colorScheme()))

    def follow(self, scheme: Qt.ColorScheme) -> None:
        """The OS switched between light and dark (the environment's choice stays as it is)."""
        if self.forced is None:
            self.apply(scheme_theme(scheme))

    def apply(self, name: str) -> None:
        """Show theme ``name``: the palette first (what the stylesheet leaves to it), then the stylesheet,
        whose repolish repaints every view, so models paint in the new colours."""
        _current[0] = name
        QApplication.setPalette(qpalette(name))
        self.widget.setStyleSheet(render(self.template, name) if self.template else "")
        self.name = name
        self.changed.emit(name)
