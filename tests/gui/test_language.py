"""The window's language: chosen from the environment, the saved choice or the OS; its catalogues and locale."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from csod_desktop import facts, i18n
from csod_desktop.ui import language
from csod_desktop.ui.language_choice import LanguageChoice

pytestmark = pytest.mark.gui

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Probe</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def english_after():
    yield
    language.install_language("en")


def test_the_os_language_is_matched_to_one_the_window_speaks():
    assert language.os_language(["fr-CA", "en-US"]) == "fr"
    assert language.os_language(["de-AT"]) == "de"
    assert language.os_language(["pt-PT"]) == "pt_BR"
    assert language.os_language(["pt-BR"]) == "pt_BR"
    assert language.os_language(["ja-JP", "es-MX"]) == "es"
    assert language.os_language(["ja-JP"]) == "en"


def test_the_environment_wins_over_the_saved_choice_which_wins_over_the_os(tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.SETTING, "de")
    assert language.chosen_language(settings, {facts.LANGUAGE_ENV: "es"}) == "es"
    assert language.chosen_language(settings, {}) == "de"
    assert language.chosen_language(settings, {facts.LANGUAGE_ENV: "klingon"}) == "de"
    assert language.chosen_language(None, {facts.LANGUAGE_ENV: "pseudo"}) == "pseudo"


def test_a_ts_source_is_built_by_pyside6_lrelease_and_translates_with_plurals(qapp, tmp_path):
    ts = tmp_path / "probe_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "out" / "probe_fr.qm"
    assert language.build_qm(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    language._install_backend()
    try:
        assert i18n.translate("Probe", "Next") == "Suivant"
        assert i18n.translate("Probe", "%n record(s)", None, 1) == "1 enregistrement"
        assert i18n.translate("Probe", "%n record(s)", None, 3) == "3 enregistrements"
        assert i18n.translate("Probe", "Not in the catalogue") == "Not in the catalogue"
        assert i18n.translate("Probe", "%n file(s)", None, 2) == "2 files"  # English's own plural
    finally:
        qapp.removeTranslator(translator)
        i18n.install(None)


def test_french_gives_qts_own_words_and_french_numbers_and_dates(qapp, english_after):
    assert language.install_language("fr") == "fr"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Annuler"
    assert language.number(1234567) == "1\u202f234\u202f567" or language.number(1234567) == "1 234 567"
    assert i18n.number(1234) in ("1\u202f234", "1 234", "1\xa0234")
    assert language.when(dt.datetime(2026, 12, 31, 15, 45), date_only=True) == "31/12/2026"
    language.install_language("en")
    assert language.number(1234567) == "1,234,567"
    assert language.when(dt.datetime(2026, 12, 31, 15, 45), date_only=True) == "12/31/26"


def test_the_pseudo_locale_marks_and_lengthens_every_string_but_keeps_fields_and_tags(qapp, english_after):
    text = "Read {count} records from <b>{name}</b> &Next"
    out = language.pseudo(text)
    assert out.startswith(language.OPEN) and out.endswith(language.CLOSE)
    assert len(out) >= len(text) * 1.4
    assert "{count}" in out and "{name}" in out and "<b>" in out and "&N" in out
    assert not any(c.isascii() and c.isalpha() for c in out.replace("{count}", "").replace("{name}", "")
                   .replace("<b>", "").replace("</b>", "").replace("&N", ""))
    language.install_language(language.PSEUDO)
    assert i18n.translate("Any", "Next") == language.pseudo("Next")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().startswith(language.OPEN)


def test_the_choice_is_saved_for_the_next_start_and_announced(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    choice = LanguageChoice(settings, current="en")
    qtbot.addWidget(choice)
    assert choice.combo.currentData() == ""  # nothing saved: the system's language
    with qtbot.waitSignal(choice.chosen) as chosen:
        index = choice.combo.findData("de")
        choice.combo.setCurrentIndex(index)
        choice.combo.activated.emit(index)
    assert chosen.args == ["de"]
    assert QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).value(language.SETTING) == "de"
    assert language.chosen_language(settings, {}) == "de"
    choice.combo.activated.emit(0)  # back to the system's: the saved choice goes
    assert QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).value(language.SETTING) is None


def test_the_window_offers_the_languages_and_a_restart_in_the_language_chosen(qtbot, make_window, monkeypatch):
    from csod_desktop.ui import language_choice

    window = make_window()
    choice = window.step_panel.language
    assert choice.isVisible() and choice.combo.accessibleName()
    names = [choice.combo.itemText(i) for i in range(choice.combo.count())]
    assert names[1:] == list(i18n.LANGUAGES.values())  # each language in its own words
    posted = []
    window.bridge.posted.connect(posted.append)
    started = []
    monkeypatch.setattr(language_choice.QProcess, "startDetached",
                        staticmethod(lambda program, arguments: started.append((program, arguments)) or (True, 1)))
    index = choice.combo.findData("fr")
    choice.combo.setCurrentIndex(index)
    choice.combo.activated.emit(index)
    message = posted[-1]
    assert "Français" in message.text and message.action[0] == "Restart now"
    window.ask_before_quitting = False
    message.action[1]()
    assert not window.isVisible() and started and started[0][0]
