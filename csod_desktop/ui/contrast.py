"""WCAG 2.1 contrast of two colours, and the colour pairs a Qt stylesheet sets (no Qt: the tests read it too)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: WCAG 2.1 success criterion 1.4.3 (AA): 4.5:1 for text, 3:1 for large text (18pt, or 14pt bold).
NORMAL_TEXT, LARGE_TEXT = 4.5, 3.0
LARGE_POINTS, LARGE_BOLD_POINTS = 18.0, 14.0
#: Ours, not WCAG's (1.4.3 exempts disabled controls): a disabled control's text stays readable, if dimmed.
DISABLED_FLOOR = 2.0

Colour = tuple[float, float, float, float]  # red, green, blue in 0..255, alpha in 0..1

_NAMED = {"white": "#ffffff", "black": "#000000", "transparent": "rgba(0, 0, 0, 0)"}
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\b")
_RGB = re.compile(r"rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)")


def parse_colour(text: str) -> Colour | None:
    """``#rgb``, ``#rrggbb``, ``rgb(r, g, b)``, ``rgba(r, g, b, a)`` (QSS's alpha is 0..255) or a few names."""
    text = _NAMED.get(text.strip().lower(), text.strip())
    if match := _HEX.fullmatch(text):
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), 1.0)
    if match := _RGB.fullmatch(text):
        red, green, blue, alpha = match.groups()
        return (float(red), float(green), float(blue), 1.0 if alpha is None else float(alpha) / 255)
    return None


def over(top: Colour, bottom: Colour) -> Colour:
    """``top`` painted over the opaque ``bottom``: what the eye sees of a translucent colour."""
    alpha = top[3]
    return (*(t * alpha + b * (1 - alpha) for t, b in zip(top[:3], bottom[:3], strict=True)), 1.0)


def luminance(colour: Colour) -> float:
    """WCAG 2.1's relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        value /= 255
        # sRGB's threshold (WCAG 2.1 prints 0.03928, an old draft's; no 8-bit value lies between them)
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(v) for v in colour[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(foreground: Colour, background: Colour) -> float:
    """The contrast ratio (1 to 21) of text in ``foreground`` on ``background`` (translucent text blended)."""
    if background[3] < 1:
        raise ValueError("the background must be opaque: blend it over what is under it first (over())")
    lighter, darker = sorted((luminance(over(foreground, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def required_ratio(points: float, bold: bool) -> float:
    """What WCAG AA asks of text of this size: large text (18pt, or 14pt bold) needs 3:1, the rest 4.5:1."""
    large = points >= LARGE_POINTS or (bold and points >= LARGE_BOLD_POINTS)
    return LARGE_TEXT if large else NORMAL_TEXT


@dataclass(frozen=True)
class Rule:
    """One rule of a stylesheet: its selector text and its declarations (property -> value)."""

    selector: str
    declarations: dict[str, str]

    @property
    def disabled(self) -> bool:
        """Whether the rule styles a disabled control, which WCAG 1.4.3 exempts ("part of an inactive
        user interface component")."""
        return all(":disabled" in part for part in self.selector.split(","))

    def points(self, default: float) -> float:
        size = self.declarations.get("font-size", "")
        return float(size[:-2]) if size.endswith("pt") else default

    @property
    def bold(self) -> bool:
        weight = self.declarations.get("font-weight", "normal")
        return weight == "bold" or (weight.isdigit() and int(weight) >= 600)


def stylesheet_rules(text: str) -> list[Rule]:
    """The rules of a QSS text, comments dropped, in the order written."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {}
        for declaration in body.split(";"):
            name, colon, value = declaration.partition(":")
            if colon:
                declarations[name.strip().lower()] = value.strip()
        rules.append(Rule(" ".join(selector.split()), declarations))
    return rules


@dataclass(frozen=True)
class Pair:
    """A text colour a rule sets with the background it sets with it, and the ratio WCAG AA requires."""

    selector: str
    foreground: str
    background: str
    required: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(parse_colour(self.foreground), parse_colour(self.background))

    def __str__(self) -> str:
        return (f"{self.selector}: {self.foreground} on {self.background} is {self.ratio:.2f}:1, "
                f"needs {self.required}:1")


#: The sub-controls that carry text; the others (indicators, handles, arrows) draw none. A progress bar's
#: text is drawn across its chunk.
TEXT_SUBCONTROLS = ("item", "section", "title", "tab", "chunk")


def _inherited_colour(selector: str, colours: dict[str, str], default: str) -> str | None:
    """The text colour a background-only rule is drawn with: its selector's without pseudo-states
    (``QPushButton[primary="true"]:hover`` takes ``QPushButton[primary="true"]``'s), then without the
    sub-control, then (for a Qt class) the stylesheet's ``QWidget`` colour; None when the rule's text
    colour is not in the stylesheet or its sub-control draws no text."""
    base = re.sub(r"(?<!:):(?!:)[a-z-]+", "", selector)
    widget, _, sub = base.partition("::")
    if sub and sub not in TEXT_SUBCONTROLS:
        return None
    # An #id rule without a colour is a container (a panel, a bar) whose labels have rules of their own.
    fallback = default if widget[:1] == "Q" else None
    return colours.get(base) or colours.get(widget) or fallback


def stated_pairs(rules: list[Rule], default_points: float, default_colour: str, *, surface: str = "#ffffff",
                 disabled: bool = False) -> list[Pair]:
    """Every text/background pair the stylesheet states: a rule's ``background`` with its ``color`` (or
    the colour it inherits, ``_inherited_colour``), its ``selection-background-color`` with its
    ``selection-color``. Disabled controls are left out; a rule with a colour and no background of its
    own is drawn on its parent's, which only the window knows. A translucent background is taken over
    ``surface``, that of every view it is used on in this app's stylesheet. ``disabled``: the pairs of the
    disabled controls instead, which WCAG exempts but which must stay legible all the same."""
    white = parse_colour(surface)
    colours = {rule.selector: rule.declarations["color"] for rule in rules if "color" in rule.declarations}
    pairs = []
    for rule in rules:
        if rule.disabled != disabled or "," in rule.selector and "color" not in rule.declarations:
            continue
        required = required_ratio(rule.points(default_points), rule.bold)
        declared = rule.declarations
        background = declared.get("background", declared.get("background-color"))
        stated = [(declared.get("selection-color"), declared.get("selection-background-color"))]
        if background is not None:
            stated.append((declared.get("color") or _inherited_colour(rule.selector, colours, default_colour),
                           background))
        for fg, bg in stated:
            if fg is None or bg is None or parse_colour(fg) is None or parse_colour(bg) is None:
                continue
            if parse_colour(bg)[3] == 0:  # transparent: the parent's background shows
                continue
            shown = over(parse_colour(bg), white)
            pairs.append(Pair(rule.selector, fg, "#{:02x}{:02x}{:02x}".format(*(round(v) for v in shown[:3])),
                              required))
    return pairs


#: WCAG 2.1 success criterion 1.4.11 (AA): a focus indicator, like any part of a control, needs 3:1.
NON_TEXT = 3.0


def focus_pairs(rules: list[Rule], backgrounds: dict[str, str]) -> list[Pair]:
    """The border colour of every ``:focus`` rule against each background the ring is drawn between: the
    control's own (its rule without ``:focus``) and the one around it, ``backgrounds[selector]`` or else
    ``backgrounds["*"]``."""
    own = {}
    for rule in rules:
        background = rule.declarations.get("background", rule.declarations.get("background-color"))
        if background is not None and parse_colour(background) is not None and parse_colour(background)[3] == 1:
            for part in rule.selector.split(","):
                own.setdefault(part.strip(), background)
    pairs = []
    for rule in rules:
        border = rule.declarations.get("border-color") or rule.declarations.get("border", "").rpartition(" ")[2]
        if ":focus" not in rule.selector or parse_colour(border) is None:
            continue
        for part in rule.selector.split(","):
            base = part.strip().replace(":focus", "")
            around = backgrounds.get(base, backgrounds["*"])
            for background in {own.get(base, around), around}:
                pairs.append(Pair(part.strip(), border, background, NON_TEXT))
    return pairs
