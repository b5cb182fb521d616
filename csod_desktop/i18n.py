"""The one translation catalogue: every sentence the window shows, from the core or the window, comes here.

Why one Qt-free function and not gettext: the window already uses Qt's translation system (``.ts``
sources edited in Qt Linguist, ``.qm`` files built by ``pyside6-lrelease``), and the core's messages
(validation problems, errors and their hints) are shown in the same window by the same translators'
work. Keeping a second catalogue format (``.po``) for the core would mean two files per language for
one product and two tools for translators. So the core calls :func:`translate` exactly as Qt code calls
``QCoreApplication.translate`` (same arguments, so ``pyside6-lupdate`` extracts both), and the window
installs Qt's own lookup as the backend at start (``ui.language``). The core never imports Qt; without
a backend (the command line, the sandbox run on its own, the tests) the text stays English, and the
command line's output, read by scripts, stays what it was.

Usage, in any layer::

    from csod_desktop.i18n import number, translate
    message = translate("validation", "{column} must be one of {allowed}.").format(column=..., allowed=...)
    heading = translate("results", "%n record(s) loaded", None, count)   # "1 record loaded", "3 records loaded"
    note = translate("review", "{count} records were changed.").format(count=number(count))

The context (first argument) groups the strings for the translator; the text is English and is the key.
Placeholders are ``str.format`` names, filled *after* translation so that the translator may move them.
``%n`` is Qt's plural marker: the backend picks the language's plural form and puts the number in. Pass
the count as the fourth *positional* argument: ``pyside6-lupdate`` does not see ``n=count``. The text must
be a literal (adjacent literals are joined), never an f-string or a variable: ``tests/test_i18n.py`` checks.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

#: (context, text, disambiguation, n) -> translated text. Qt's ``QCoreApplication.translate`` has this shape.
Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None
_number: Callable[[int | float], str] | None = None
#: Set inside :class:`english`. A context variable, not a thread-local: the sandbox's server sets it
#: once before its event loop starts, and the loop's tasks and the threads they hand work to copy it.
_english: ContextVar[bool] = ContextVar("csod_desktop_english", default=False)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (English when no language is installed, or in :func:`english`)."""
    backend = _backend
    if backend is None or _english.get():
        return english_plural(text, n) if n >= 0 else text
    return backend(context, text, disambiguation, n)


def english_plural(text: str, n: int) -> str:
    """The source text's own plural: "%n record(s)" is "1 record", "3 records" (Qt would need an English
    catalogue for that; the command line has no Qt)."""
    return text.replace("%n", f"{n:,}").replace("(s)", "" if n == 1 else "s")


def number(value: int | float) -> str:
    """``value`` written the window's way (1,234 in English, 1 234 in French); for numbers in messages."""
    formatter = _number
    if formatter is None or _english.get():
        return f"{value:,}" if isinstance(value, int) or float(value).is_integer() else f"{value:,.1f}"
    return formatter(value)


def install(backend: Backend | None, number: Callable[[int | float], str] | None = None) -> None:
    """Make ``backend`` the lookup for every later :func:`translate` call, and ``number`` the way
    :func:`number` writes numbers (None: English again)."""
    global _backend, _number
    _backend, _number = backend, number


def installed() -> bool:
    """Whether a language other than the source English is being looked up."""
    return _backend is not None


class english:
    """Within this block, on this thread, :func:`translate` returns the English source text.

    For text that is not the window's to translate: what the built-in sandbox portal answers (a portal
    speaks its own language, and Cornerstone's reports are English), and what is written for scripts.
    """

    def __enter__(self) -> english:
        self._token = _english.set(True)
        return self

    def __exit__(self, *exc: object) -> None:
        _english.reset(self._token)


#: The languages the window speaks, by the code of their ``.ts`` file, each in its own words (the choice
#: in the window lists them so). English is the source text. The bundle ships Qt's own catalogues for these.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
}
TRANSLATED: tuple[str, ...] = tuple(code for code in LANGUAGES if code != "en")


def in_english(target: Callable[..., Any]) -> Callable[..., Any]:
    """``target`` run inside :class:`english`: for a thread's target (a thread starts with a fresh context)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        with english():
            return target(*args, **kwargs)

    return run
