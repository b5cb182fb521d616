"""The window's language: which one, its Qt translators, its locale for numbers and dates, the pseudo-locale."""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QSettings, QTranslator

from csod_desktop import facts, i18n, paths

log = logging.getLogger(__name__)

#: The test locale (``CSOD_DESKTOP_LANGUAGE=pseudo``): never offered in the window.
PSEUDO = "pseudo"
#: The settings key of the administrator's choice (``window.ini``); absent: the OS's language.
SETTING = "window/language"
#: Where the ``.ts`` sources are (``resources/i18n/csod_desktop_fr.ts``) and the built ``.qm`` files go.
FOLDER = ("i18n",)


def ts_path(code: str) -> Path:
    """The translation source of ``code`` in the repository (edited with Qt Linguist)."""
    return paths.resource_path(*FOLDER, f"csod_desktop_{code}.ts")


def os_language(ui_languages: list[str] | None = None) -> str:
    """The first of the OS's preferred languages the window speaks ("pt-BR" -> "pt_BR", "fr-CA" -> "fr")."""
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        tag = tag.replace("-", "_")
        if tag in i18n.LANGUAGES:
            return tag
        base = tag.split("_")[0]
        if base == "pt":  # the Portuguese we ship is Brazil's; Portugal's reads it, with a few odd words
            return "pt_BR"
        if base in i18n.LANGUAGES:
            return base
    return "en"


def chosen_language(settings: QSettings | None, environ: Mapping[str, str] = os.environ) -> str:
    """The language of this run: the environment's (tests, screenshots), the saved choice, then the OS's."""
    for value in (environ.get(facts.LANGUAGE_ENV, ""), settings.value(SETTING, "") if settings else ""):
        value = str(value or "").strip()
        if value == PSEUDO or value in i18n.LANGUAGES:
            return value
    return os_language()


# ------------------------------------------------------------------------------------------ pseudo

_ACCENTED = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     "áƀçđéƒğĥíĵķĺɱñóƥʠŕšţúʋŵẋýžÁƁÇĐÉƑĞĤÍĴĶĹṀÑÓƤɊŔŠŢÚƲŴẊÝŽ", strict=True))
#: What stays as written: format fields, Qt's %n, %p and %1, HTML tags and entities, a mnemonic's letter.
_KEEP = re.compile(r"\{[^{}]*\}|%[np0-9]+|<[^<>]*>|&[a-zA-Z]+;|&&|&[^&\s]")
OPEN, CLOSE = "⟦", "⟧"
_LEADING_TAGS = re.compile(r"(?:\s*<[^<>]*>)*")
_TRAILING_TAGS = re.compile(r"(?:<[^<>]*>\s*)+$")


def pseudo(text: str) -> str:
    """``text`` marked, accented and 40 % longer: "Next" -> "⟦Ñéẋţ··⟧". Placeholders and tags untouched."""
    if not text or text.isspace():
        return text
    out, at = [], 0
    for match in _KEEP.finditer(text):
        out.append("".join(_ACCENTED.get(c, c) for c in text[at:match.start()]))
        out.append(match.group())
        at = match.end()
    out.append("".join(_ACCENTED.get(c, c) for c in text[at:]))
    body = "".join(out)
    pad = "·" * max(1, math.ceil(len(text) * 0.4) - 2)
    # Rich text: the marks go inside its leading and trailing tags, or they would sit on lines of their own.
    lead = _LEADING_TAGS.match(body).end()
    tail = _TRAILING_TAGS.search(body[lead:])
    end = lead + tail.start() if tail else len(body)
    return f"{body[:lead]}{OPEN}{body[lead:end]}{pad}{CLOSE}{body[end:]}"


class PseudoTranslator(QTranslator):
    """Translates every string of every context (the window's and Qt's own) into the pseudo-locale."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str:
        return pseudo(i18n.english_plural(source, n) if n >= 0 else source)  # a plural form, as a catalogue has

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


# ------------------------------------------------------------------------------------------ catalogues

def qt_tool(name: str) -> str | None:
    """A tool that came with PySide6 (``pyside6-lrelease``, ``pyside6-lupdate``): next to this Python, or on
    the PATH."""
    here = Path(sys.executable).with_name(name)
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def build_qm(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with ``pyside6-lrelease`` (the bundle's build and a source checkout)."""
    tool = qt_tool("pyside6-lrelease")
    if tool is None:
        log.warning("pyside6-lrelease not found: %s stays untranslated", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0 or not qm.exists():
        log.warning("pyside6-lrelease failed for %s: %s", ts.name, done.stderr.strip()[:500])
        return False
    return True


def qm_path(code: str) -> Path | None:
    """The compiled catalogue of ``code``: the bundle's (built with it), else built once from the ``.ts``.

    A source checkout or a wheel has only the ``.ts``; its ``.qm`` is built into the cache folder the first
    time the language is used, and again whenever the ``.ts`` is newer.
    """
    shipped = ts_path(code).with_suffix(".qm")
    ts = ts_path(code)
    if getattr(sys, "frozen", False):  # the bundle's, built with it; it has no lrelease to build one
        return shipped if shipped.exists() else None
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    built = paths.cache_dir() / "i18n" / shipped.name
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    return built if build_qm(ts, built) else None


def _install_backend() -> None:
    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        translated = QCoreApplication.translate(context, text, disambiguation, n)
        if n >= 0 and translated == text.replace("%n", str(n)):  # no catalogue has it: English's own plural
            return i18n.english_plural(text, n)
        return translated
    i18n.install(lookup, number)


_current = "en"


def current() -> str:
    """The language installed last (``en`` before any)."""
    return _current


def install_language(code: str) -> str:
    """Speak ``code`` from now on: the translators, the core's catalogue, the locale. Returns the code."""
    app = QCoreApplication.instance()
    for old in getattr(app, "_csod_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    if code == PSEUDO:
        translators.append(PseudoTranslator(app))
        # German numbers and dates (1.234,5; 31.12.2026): a number the window formats itself shows up.
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    elif code in i18n.LANGUAGES and code != "en":
        QLocale.setDefault(QLocale(code))
        qt_own = QTranslator(app)  # Qt's own words: the buttons of message boxes, the file dialog
        if qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
        qm = qm_path(code)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            translators.append(ours)
        else:
            log.warning("no catalogue for %s: the window stays in English", code)
    else:
        code = "en"
        system = QLocale.system()  # English as this computer writes it (en-GB: 31/12/2026), else the US's
        QLocale.setDefault(system if system.language() == QLocale.Language.English else
                           QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for translator in translators:
        app.installTranslator(translator)
    app._csod_translators = translators  # type: ignore[attr-defined]
    if translators:
        _install_backend()
    else:
        i18n.install(None)
    global _current
    _current = code
    return code


# ------------------------------------------------------------------------------------------ formatting

def number(value: int | float | None) -> str:
    """``value`` as the window's locale writes it (1,234 in English, 1 234 in French, 1.234 in German)."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value))


def when(moment: dt.datetime | None, *, date_only: bool = False) -> str:
    """``moment`` in the computer's time zone, written the locale's short way (12/31/26 3:45 PM, 31/12/2026 15:45)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    stamp = QDateTime(local.date(), local.time().replace(microsecond=0))
    if date_only:
        return QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def clock(moment: dt.datetime | None) -> str:
    """The time of day only, the locale's short way (3:45 PM, 15:45)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return QLocale().toString(QDateTime(local.date(), local.time().replace(microsecond=0)).time(),
                              QLocale.FormatType.ShortFormat)
