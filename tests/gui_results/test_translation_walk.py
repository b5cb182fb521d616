"""The whole flow walked in the pseudo-locale: no visible string bypasses translation, none is clipped.

The pseudo-locale (``CSOD_DESKTOP_LANGUAGE=pseudo``) marks every translated string ``⟦…⟧``, accents it and
makes it 40 % longer, and formats numbers and dates the German way. A text the walk finds with plain
English words outside the marks was added without ``translate()``; a label or button smaller than its
longer text would be clipped in French or German too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from csod_desktop import facts, i18n
from csod_desktop.ui import language
from csod_desktop.ui.clipping import clipped_texts
from csod_desktop.ui.main_window import FILE, HISTORY, MAP, RESULTS, REVIEW, STEP_NAMES
from gui_helpers import SAMPLES, choose_load_type
from results_helpers import open_window, run_and_wait
from translation_check import data_words, english_left, untranslated

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SAMPLE = SAMPLES / "employees_with_errors.csv"
#: A laptop's window: the pseudo text is 40 % longer than English, as German often is.
SIZE = (1280, 800)


@pytest.fixture
def pseudo(monkeypatch):
    monkeypatch.setenv(facts.LANGUAGE_ENV, language.PSEUDO)
    yield
    language.install_language("en")
    assert not i18n.installed()


def test_the_checker_sees_english_outside_the_marks_and_lets_data_through():
    allowed = {"Smith"}
    assert english_left(language.pseudo("Read {name}").format(name="Smith"), allowed) == []
    assert english_left("Records: " + language.pseudo("ready"), allowed) == ["Records"]
    assert english_left(language.pseudo("<b>{n}</b> of {m}").format(n="3", m=language.pseudo("five")),
                        allowed) == []


def _audit(qtbot, window, allowed: set[str], what: str) -> list[str]:
    qtbot.wait(30)  # wrapping rows settle their number of lines
    at = f"{STEP_NAMES[window.current_step()]} ({what})"
    found = [f"{at}: untranslated {text}" for text in untranslated(window, allowed)]
    found += [f"{at}: clipped {clip}" for clip in clipped_texts(window)]
    return found


def test_every_step_in_the_pseudo_locale_is_translated_and_has_room(qtbot, make_window, sandbox, pseudo):
    window = open_window(make_window, qtbot, sandbox)
    assert i18n.installed()
    window.resize(*SIZE)
    qtbot.waitUntil(lambda: window.size().toTuple() == SIZE, timeout=5_000)
    allowed = data_words(SAMPLE) | {"Sandbox", "demo", "client", "localhost"} | set(
        english_left(sandbox.root_url, set()))
    found = _audit(qtbot, window, allowed, "tested")

    choose_load_type(qtbot, window, "chr.employee")
    found += _audit(qtbot, window, allowed, "employees chosen")
    qtbot.mouseClick(window.loadtype_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == FILE and not window.pool.busy, timeout=20_000)
    found += _audit(qtbot, window, allowed, "no file yet")
    window.file_page.open_file(SAMPLE)
    qtbot.waitUntil(lambda: window.state.source is not None and not window.pool.busy, timeout=20_000)
    found += _audit(qtbot, window, allowed, "file read")

    assert window.go_to(MAP)
    qtbot.waitUntil(lambda: window.state.mapping is not None and not window.pool.busy, timeout=20_000)
    found += _audit(qtbot, window, allowed, "mapped")

    assert window.go_to(REVIEW)
    review = window.review_page
    qtbot.waitUntil(lambda: review.review is not None and not window.pool.busy, timeout=30_000)
    found += _audit(qtbot, window, allowed, "problems")
    review.exclude_errors()
    qtbot.waitUntil(lambda: review.is_ready() and not window.pool.busy, timeout=30_000)
    found += _audit(qtbot, window, allowed, "ready")

    qtbot.mouseClick(review.payload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.run_page.imports) == 1, timeout=20_000)
    found += _audit(qtbot, window, allowed, "composed")
    run_and_wait(qtbot, window)
    found += _audit(qtbot, window, allowed, "finished")

    assert window.go_to(RESULTS)
    qtbot.waitUntil(lambda: window.results_page.data is not None and not window.pool.busy, timeout=20_000)
    found += _audit(qtbot, window, allowed, "report")
    assert window.go_to(HISTORY)
    qtbot.waitUntil(lambda: bool(window.history_page.rows) and not window.pool.busy, timeout=20_000)
    found += _audit(qtbot, window, allowed, "one job")
    assert not found, f"{len(found)} findings:\n" + "\n".join(dict.fromkeys(found))
