"""The language choice in the window's sidebar: saved for the next start, with an offer to restart now."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from csod_desktop import i18n
from csod_desktop.i18n import translate
from csod_desktop.ui import language

#: The entry that follows the OS (its data is the empty string: nothing saved).
SYSTEM = ""


def restart_command() -> tuple[str, list[str]]:
    """How this very program is started again: the bundle's executable, or Python with the same script."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, sys.argv[:]


class LanguageChoice(QWidget):
    """"Language: [Français]". A choice takes effect at the next start (every page is built in its language);
    ``chosen`` carries the code, for the window to say so and offer the restart."""

    chosen = Signal(str)

    def __init__(self, settings: QSettings | None, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="languageChoice")
        self.settings = settings
        self.current = current
        self.combo = QComboBox(objectName="languageCombo")
        saved = str(settings.value(language.SETTING, "") or "") if settings is not None else ""
        system = i18n.LANGUAGES.get(language.os_language(), "English")
        self.combo.addItem(translate("LanguageChoice", "System ({language})").format(language=system), SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language in its own words: findable by whoever reads it
        self.combo.setCurrentIndex(max(0, self.combo.findData(saved)))
        label = QLabel(translate("LanguageChoice", "Language"), objectName="languageLabel")
        label.setBuddy(self.combo)
        self.combo.setAccessibleName(translate("LanguageChoice", "Language of the window"))
        self.combo.setAccessibleDescription(translate(
            "LanguageChoice", "The window speaks the chosen language from its next start."))
        column = QVBoxLayout(self)  # the label above: the panel is narrow, and "Sprache"/"Idioma" vary
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(label)
        column.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)

    def _on_activated(self, index: int) -> None:
        code = str(self.combo.itemData(index) or "")
        if self.settings is not None:
            if code:
                self.settings.setValue(language.SETTING, code)
            else:
                self.settings.remove(language.SETTING)
            self.settings.sync()
        effective = code or language.os_language()
        if effective != self.current:
            self.chosen.emit(effective)


def restart_offer(code: str) -> tuple[str, str]:
    """The sentence (in the language being left, which the administrator reads now) and its button."""
    name = i18n.LANGUAGES.get(code, code)
    return (translate("LanguageChoice", "The window will be in {language} from its next start.").format(
        language=name), translate("LanguageChoice", "Restart now"))


def restart(close_window: Callable[[], bool]) -> bool:
    """Start the program again and close this window (which asks first if a job is followed)."""
    if not close_window():
        return False
    program, arguments = restart_command()
    return QProcess.startDetached(program, arguments)[0]
