"""The window follows the OS's light or dark colour scheme, live, or the theme the environment names; the
colours models paint follow it too and meet WCAG AA in both themes (issue 18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from csod_desktop import facts
from csod_desktop.ui import theme
from csod_desktop.ui.contrast import contrast_ratio, parse_colour
from csod_desktop.ui.main_window import REVIEW
from gui_helpers import SAMPLES, window_at_map

pytestmark = pytest.mark.gui

#: What models and items paint: backgrounds under the view's text, text colours on the view's surfaces.
PAINTED_BACKGROUNDS = ("grid_error_bg", "grid_warning_bg", "report_error_cell", "report_warning_cell",
                       "flag_header_bg", "error_bg", "warning_bg", "success_bg")
PAINTED_TEXT = ("edited_text", "caution_text", "note", "error_strong")


@pytest.fixture
def os_scheme(monkeypatch):
    """Emit the OS's colour-scheme change (the offscreen platform has no OS to switch); Light again after."""
    monkeypatch.delenv(facts.THEME_ENV, raising=False)
    hints = QGuiApplication.styleHints()
    yield hints.colorSchemeChanged.emit
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)


def _ratio(foreground: str, background: str) -> float:
    return contrast_ratio(parse_colour(foreground), parse_colour(background))


def _pixel(widget, x: int = 3, y: int = 3) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_the_colours_code_paints_meet_aa(name):
    colours = theme.PALETTES[name]
    low = [f"{key} under text: {_ratio(colours['text'], colours[key]):.2f}" for key in PAINTED_BACKGROUNDS
           if _ratio(colours["text"], colours[key]) < 4.5]
    low += [f"{key} on {surface}: {_ratio(colours[key], colours[surface]):.2f}" for key in PAINTED_TEXT
            for surface in ("surface", "surface_alt") if _ratio(colours[key], colours[surface]) < 4.5]
    assert not low, "\n".join(low)


def test_the_window_switches_when_the_os_colour_scheme_changes(qtbot, make_window, os_scheme):
    window = make_window()
    central, sidebar = window.centralWidget(), window.findChild(type(window.steps.parentWidget()), "stepPanel")
    os_scheme(Qt.ColorScheme.Light)
    assert window.theme.name == theme.LIGHT
    light_sidebar = _pixel(sidebar)
    assert light_sidebar == theme.PALETTES[theme.LIGHT]["sidebar"]

    os_scheme(Qt.ColorScheme.Dark)
    qtbot.wait(10)
    dark = theme.PALETTES[theme.DARK]
    assert window.theme.name == theme.DARK
    assert central.styleSheet() == theme.render(window.theme.template, theme.DARK)
    assert _pixel(sidebar) == dark["sidebar"]
    assert _pixel(window.stack.currentWidget()) == dark["page"]
    # what the stylesheet does not reach (scroll bars, menus, Qt's own file dialog) is dark too
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(dark["page"])
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor(dark["surface"])
    assert window.steps.palette().color(QPalette.ColorRole.Text) == QColor(dark["step_text"])

    os_scheme(Qt.ColorScheme.Light)
    qtbot.wait(10)
    assert _pixel(sidebar) == light_sidebar


def test_the_environment_s_theme_wins_over_the_os(qtbot, make_window, os_scheme, monkeypatch):
    monkeypatch.setenv(facts.THEME_ENV, "dark")
    window = make_window()
    assert window.theme.name == theme.DARK
    os_scheme(Qt.ColorScheme.Light)
    assert window.theme.name == theme.DARK
    assert _pixel(window.centralWidget().findChild(type(window.steps.parentWidget()), "stepPanel")) == \
        theme.PALETTES[theme.DARK]["sidebar"]
    assert theme.forced_theme({facts.THEME_ENV: "Purple"}) is None  # a typo: the OS decides


def test_the_review_grid_s_problem_cells_follow_the_theme_live(qtbot, make_window, sandbox, os_scheme):
    """The grid's error and warning cells are painted by its model: after a switch the same cells paint
    the other theme's colours, readable under the grid's text in both."""
    window = make_window()
    window_at_map(qtbot, window, sandbox.root_url, SAMPLES / "employees_with_errors.csv")
    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy and not window.state.plan.stale,
                    timeout=60_000)
    model, grid = review.model, review.grid
    for scheme, name in ((Qt.ColorScheme.Light, theme.LIGHT), (Qt.ColorScheme.Dark, theme.DARK)):
        os_scheme(scheme)
        qtbot.wait(10)
        text = grid.palette().color(QPalette.ColorRole.Text)
        painted = [model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
                   for row in range(min(model.rowCount(), 40)) for column in range(model.columnCount())]
        colours = {brush.color().name() for brush in painted if brush is not None}
        assert colours == {theme.PALETTES[name]["grid_error_bg"], theme.PALETTES[name]["grid_warning_bg"]}
        assert text == QColor(theme.PALETTES[name]["text"])
        for colour in colours:
            assert _ratio(text.name(), colour) >= 4.5, (name, colour)


def test_no_colour_is_written_outside_the_theme():
    """A colour typed into a module (a QColor, an inline stylesheet, a rich-text span) would stay light in
    the dark theme: every colour of the window is a name of ui.theme's palettes."""
    import re

    from gui_helpers import ROOT

    written = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*['\"\d]|GlobalColor\.|rgba?\(")
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "csod_desktop").rglob("*.py")) if path.name not in ("theme.py", "contrast.py")
             and ("ui" in path.parts or path.name == "app.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if written.search(line)]
    assert not found, "\n".join(found)
