"""The translation catalogue: every translate() call can be extracted, every language has every string."""

from __future__ import annotations

import ast
import asyncio
import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from csod_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "csod_desktop"
FIELD = re.compile(r"\{([^{}]*)\}")


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call):
                func = node.func  # translate(...), i18n.translate(...), QCoreApplication.translate(...)
                if (isinstance(func, ast.Name) and func.id == "translate") or (
                        isinstance(func, ast.Attribute) and func.attr == "translate"
                        and isinstance(func.value, ast.Name) and func.value.id in ("i18n", "QCoreApplication")):
                    found.append((path, node))
    return found


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every translate() call in the package, as pyside6-lupdate extracts them."""
    strings = set()
    for _path, call in _calls():
        if len(call.args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                       for a in call.args[:2]):
            strings.add((call.args[0].value, call.args[1].value))
    return strings


def test_every_translate_call_is_one_pyside6_lupdate_can_extract():
    bad = []
    for path, call in _calls():
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        args = call.args
        if isinstance(call.func, ast.Attribute) and getattr(call.func.value, "id", "") == "QCoreApplication":
            if path.name != "language.py":  # the one backend; everything else calls i18n.translate
                bad.append(f"{where}: QCoreApplication.translate outside ui/language.py")
            continue
        if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
            bad.append(f"{where}: context and text must be string literals (no f-string, no variable)")
            continue
        if len(args) >= 3 and not (isinstance(args[2], ast.Constant) and (args[2].value is None
                                                                         or isinstance(args[2].value, str))):
            bad.append(f"{where}: the disambiguation must be a literal or None (lupdate skips the call)")
        if any(k.arg == "n" for k in call.keywords):
            bad.append(f"{where}: the count must be the 4th positional argument (lupdate ignores n=)")
        if "%n" in args[1].value and len(args) < 4:
            bad.append(f"{where}: '%n' without a count")
    assert not bad, "\n".join(bad)


def test_the_check_above_sees_an_f_string_and_a_keyword_count(tmp_path):
    tree = ast.parse('translate("C", f"x {y}")\ntranslate("C", "%n row(s)", n=3)\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert not isinstance(calls[0].args[1], ast.Constant)
    assert calls[1].keywords[0].arg == "n"


def test_without_a_backend_the_text_is_the_english_source_with_its_own_plural():
    assert i18n.translate("C", "Next") == "Next"
    assert i18n.translate("C", "%n record(s) loaded", None, 1) == "1 record loaded"
    assert i18n.translate("C", "%n record(s) loaded", None, 1234) == "1,234 records loaded"
    assert i18n.number(1234567) == "1,234,567"


def test_a_backend_translates_and_english_blocks_it_on_this_context_only():
    seen: dict[str, str] = {}
    i18n.install(lambda c, t, d, n: f"<{c}>{t}", number=lambda v: f"#{v}")
    try:
        assert i18n.translate("C", "Next") == "<C>Next"
        assert i18n.number(5) == "#5"
        with i18n.english():
            assert i18n.translate("C", "Next") == "Next"
            assert i18n.number(1000) == "1,000"

            async def in_a_task() -> str:  # the sandbox's server: tasks copy the loop thread's context
                return i18n.translate("C", "Next")
            seen["task"] = asyncio.run(in_a_task())
        thread = threading.Thread(target=lambda: seen.setdefault("thread", i18n.translate("C", "Next")))
        thread.start()
        thread.join()
        english_thread = threading.Thread(target=i18n.in_english(
            lambda: seen.setdefault("english thread", i18n.translate("C", "Next"))))
        english_thread.start()
        english_thread.join()
    finally:
        i18n.install(None)
    assert seen == {"task": "Next", "thread": "<C>Next", "english thread": "Next"}


# ------------------------------------------------------------------------------------------ the .ts files

def _ts(code: str) -> Path:
    return ROOT / "resources" / "i18n" / f"csod_desktop_{code}.ts"


def _messages(code: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(_ts(code)).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_string_of_the_window_is_translated_in_each_language(code):
    """A new string without its translation, or a translation whose {fields} differ from the English
    (it would raise KeyError in .format on screen), fails here. ``build_scripts/i18n.py status`` lists them."""
    assert _ts(code).exists(), f"{_ts(code).name} is missing: python build_scripts/i18n.py update {code}"
    messages = _messages(code)
    missing, unfinished, wrong_fields = [], [], []
    for key in sorted(source_strings()):
        message = messages.get(key)
        if message is None:
            missing.append(key)
            continue
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] if translation is not None else []
        texts = forms or [translation.text or "" if translation is not None else ""]
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            unfinished.append(key)
            continue
        for text in texts:
            if sorted(set(FIELD.findall(text))) != sorted(set(FIELD.findall(key[1]))):
                wrong_fields.append((key, text))
        if "%n" in key[1] and not any("%n" in text for text in texts):
            wrong_fields.append((key, texts[0]))
    assert not missing, f"{len(missing)} strings not in {_ts(code).name}, e.g. {missing[:5]}"
    assert not unfinished, f"{len(unfinished)} strings untranslated in {_ts(code).name}, e.g. {unfinished[:5]}"
    assert not wrong_fields, f"translations whose fields differ from the English: {wrong_fields[:5]}"


def test_the_portals_known_statuses_are_shown_in_the_window_s_words_and_an_unknown_one_as_it_came():
    from csod_desktop.services.status_words import status_word

    assert status_word("Completed") == "Completed" and status_word(None) == ""
    i18n.install(lambda c, t, d, n: f"«{t}»")
    try:
        assert status_word("Completed") == "«Completed»"
        assert status_word("completed with errors") == "«Completed with errors»"
        assert status_word("Canceled") == "«Cancelled»"
        assert status_word("PartiallyDone") == "PartiallyDone"  # the portal's own word: never guessed at
    finally:
        i18n.install(None)


def test_the_app_s_own_sandbox_is_named_in_the_window_s_words():
    """Seen walking ``csod-desktop demo`` in French: "Connecté à the local sandbox (…)"."""
    from csod_desktop.store.profiles import Profile

    demo = Profile(name="Sandbox (demo)", root_url="http://127.0.0.1:8765", client_id="demo-client", is_sandbox=True)
    assert demo.where == "the local sandbox (http://127.0.0.1:8765)"
    i18n.install(lambda c, t, d, n: f"«{t}»")
    try:
        assert demo.where == "«the local sandbox (http://127.0.0.1:8765)»"
    finally:
        i18n.install(None)
