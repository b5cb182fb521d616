"""WCAG 2.1 AA contrast of the light and the dark theme: the pairs the stylesheet states, its focus rings, the
colours models paint, and the text the real window draws on every step."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

from csod_desktop import facts
from csod_desktop.ui import theme
from csod_desktop.ui.contrast import (
    DISABLED_FLOOR,
    contrast_ratio,
    focus_pairs,
    parse_colour,
    required_ratio,
    stated_pairs,
    stylesheet_rules,
)
from gui_helpers import ROOT, window_at_map

pytestmark = pytest.mark.gui

STYLESHEET = ROOT / "resources" / "styles" / "app.qss"
THEMES = sorted(theme.PALETTES)


def _rules(name: str):
    return stylesheet_rules(theme.render(STYLESHEET.read_text(encoding="utf-8"), name))


def _base(name: str) -> tuple[float, str]:
    """The size and colour the stylesheet gives every widget (its ``QWidget`` rule) in theme ``name``."""
    rule = next(r for r in _rules(name) if r.selector == "QWidget")
    return rule.points(10.0), rule.declarations["color"]


def _pairs(name: str, **kwargs):
    points, colour = _base(name)
    return stated_pairs(_rules(name), points, colour, surface=theme.PALETTES[name]["surface"], **kwargs)


def test_the_ratio_is_wcag_s():
    white, black = parse_colour("#fff"), parse_colour("black")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    assert contrast_ratio(parse_colour("#767676"), white) == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast_ratio(parse_colour("#777777"), white) < 4.5
    assert contrast_ratio(parse_colour("rgba(0, 0, 0, 0)"), white) == pytest.approx(1.0)  # invisible text
    assert required_ratio(10, bold=False) == 4.5
    assert required_ratio(14, bold=True) == required_ratio(18, bold=False) == 3.0
    assert required_ratio(15, bold=False) == 4.5


def test_the_stylesheet_reader_sees_pairs_and_exempts_disabled_controls():
    rules = stylesheet_rules("/* x { color: red } */ A { color: #777; background: #fff; }\n"
                             "A:hover { background: #eee; }\nA:disabled { color: #ddd; background: #fff; }")
    assert [str(p) for p in stated_pairs(rules, 10, "#000")] == [
        "A: #777 on #ffffff is 4.48:1, needs 4.5:1", "A:hover: #777 on #eeeeee is 3.86:1, needs 4.5:1"]


def test_both_themes_name_the_same_colours_and_every_one_is_used():
    """One template for both themes, so no rule exists in one only; a name the stylesheet uses is in both
    palettes, and a palette's name is used by the stylesheet, the QPalette or the code that paints."""
    template = STYLESHEET.read_text(encoding="utf-8")
    light, dark = (set(theme.PALETTES[name]) for name in (theme.LIGHT, theme.DARK))
    assert light == dark
    assert theme.tokens(template) <= light
    code = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "csod_desktop" / "ui").rglob("*.py")
                   if path.name != "theme.py")
    used = theme.tokens(template) | set(theme.PALETTE_ROLES.values()) | set(theme.DISABLED_ROLES.values())
    unused = {name for name in light - used if f'"{name}"' not in code}
    assert not unused
    assert all(theme.render(template, name).count("{") == template.count("{") for name in THEMES)
    with pytest.raises(KeyError):
        theme.render("A { color: @no_such_colour@; }", theme.DARK)


@pytest.mark.parametrize("name", THEMES)
def test_every_pair_the_stylesheet_states_meets_aa(name):
    pairs = _pairs(name)
    assert len(pairs) >= 20
    failing = [str(p) for p in pairs if p.ratio < p.required]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("name", THEMES)
def test_disabled_controls_stay_readable_and_dimmed(name):
    """WCAG exempts them; ours keep DISABLED_FLOOR (no light-on-light in the dark theme either) and stay
    dimmer than the live text of the same control."""
    pairs = _pairs(name, disabled=True)
    assert len(pairs) >= 4
    faint = [str(p) for p in pairs if p.ratio < DISABLED_FLOOR]
    assert not faint, "\n".join(faint)
    live = {p.selector: p.ratio for p in _pairs(name)}
    brighter = [str(p) for p in pairs if p.ratio > live.get(p.selector.replace(":disabled", ""), 99)]
    assert not brighter, "\n".join(brighter)


@pytest.mark.parametrize("name", THEMES)
def test_every_focus_ring_meets_the_non_text_contrast(name):
    """WCAG 1.4.11: the ring against the control's own background and the page's (the steps panel's for
    the step list)."""
    colours = theme.PALETTES[name]
    pairs = focus_pairs(_rules(name), {"*": colours["page"], "#stepList": colours["sidebar"]})
    assert len(pairs) >= 10
    failing = [str(p) for p in pairs if p.ratio < p.required]
    assert not failing, "\n".join(failing)


def _painted_background(window, widget) -> QColor | None:
    """The colour most of the widget's area is painted in on screen (the window's own rendering of its
    part not scrolled out of sight); None when none of it is in sight."""
    shown = widget.visibleRegion().boundingRect()
    if shown.width() < 4 or shown.height() < 4:
        return None
    rect = QRect(widget.mapTo(window, shown.topLeft()), shown.size())
    image = window.grab(rect).toImage()
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 20)
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), step_x)
                     for y in range(0, image.height(), step_y))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _texts(widget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    return widget.currentText() if isinstance(widget, QComboBox) else ""


@pytest.mark.parametrize("name", THEMES)
def test_the_text_the_window_draws_meets_aa_on_every_step(qtbot, make_window, sandbox, tmp_path, monkeypatch,
                                                          name):
    """Every visible, enabled label, button and field of every step, in the colours the stylesheet gave
    its palette, on the background the window paints under it. Disabled controls are exempt (WCAG 1.4.3)."""
    from gui_helpers import QUICKSTART

    monkeypatch.setenv(facts.THEME_ENV, name)
    window = make_window()
    assert window.theme.name == name
    window.resize(1200, 860)
    window_at_map(qtbot, window, sandbox.root_url, QUICKSTART)
    window.build_all_pages()
    checked, failing = 0, set()
    for step in range(window.stack.count()):
        window.stack.setCurrentIndex(step)  # every page on screen, reachable or not: each is drawn the same
        qtbot.wait(10)
        page = window.stack.currentWidget()
        widgets = [window.steps, *window.findChildren(QLabel), *window.findChildren(QAbstractButton),
                   *window.findChildren(QLineEdit), *window.findChildren(QComboBox)]
        for widget in widgets:
            if not widget.isVisible() or not widget.isEnabled() or widget.width() < 4 or widget.height() < 4:
                continue
            if widget is not window.steps and not _texts(widget).strip():
                continue
            if not (page.isAncestorOf(widget) or not window.stack.isAncestorOf(widget)):
                continue
            colour = widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole())
            background = _painted_background(window, widget)
            if background is None:
                continue
            font = widget.font()
            needed = required_ratio(font.pointSizeF(), font.weight() >= 600)
            ratio = contrast_ratio(colour.getRgb()[:3] + (1.0,), background.getRgb()[:3] + (1.0,))
            checked += 1
            if ratio < needed:
                name = widget.objectName() or type(widget).__name__
                failing.add(f"{name} {_texts(widget)[:40]!r}: {colour.name()} on {background.name()} "
                            f"is {ratio:.2f}:1, needs {needed}:1")
    assert checked >= 60
    assert not failing, "\n".join(sorted(failing))
