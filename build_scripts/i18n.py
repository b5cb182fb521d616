"""The window's translations: update the ``.ts`` sources from the code, build the ``.qm`` catalogues.

    python build_scripts/i18n.py update [fr de ...]   # pyside6-lupdate: new strings in, old ones marked
    python build_scripts/i18n.py release [fr de ...]  # pyside6-lrelease: resources/i18n/*.qm (the bundle's)
    python build_scripts/i18n.py status               # how many strings each language still lacks
    python build_scripts/i18n.py todo fr todo.json    # the unfinished strings, as JSON for a translator
    python build_scripts/i18n.py fill fr done.json    # put translations (same JSON, "translation" or
                                                      # "forms" filled) into the .ts, marked finished

The ``.ts`` files are the sources (edited in Qt Linguist: ``linguist resources/i18n/csod_desktop_fr.ts``);
the ``.qm`` files are built, never committed (README, "Adding a language").
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from csod_desktop.i18n import TRANSLATED  # noqa: E402
from csod_desktop.ui.language import build_qm, qt_tool  # noqa: E402

FOLDER = ROOT / "resources" / "i18n"
#: What ``pyside6-lupdate`` reads: every module that may call ``translate``. The sandbox and the command
#: line are not in it: the portal answers in its own words, and the command line's output is for scripts.
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "csod_desktop").rglob("*.py")
                 if not {"sandbox", "cli"} & set(p.relative_to(ROOT / "csod_desktop").parts[:1]))


def ts_file(code: str) -> Path:
    return FOLDER / f"csod_desktop_{code}.ts"


def update(codes: list[str]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code in codes:
        # -no-obsolete: a string the code no longer has leaves the file (git keeps its history).
        done = subprocess.run([qt_tool("pyside6-lupdate") or "pyside6-lupdate", *SOURCES, "-no-obsolete", "-locations", "none",
                               "-target-language", code, "-ts", str(ts_file(code))], cwd=ROOT, check=False)
        if done.returncode:
            return done.returncode
    return 0


def release(codes: list[str], out: Path = FOLDER) -> int:
    """Build the ``.qm`` catalogues the way the window does when it has to (``ui.language.build_qm``)."""
    for code in codes:
        if not build_qm(ts_file(code), out / f"csod_desktop_{code}.qm"):
            return 1
    return 0


def unfinished(code: str) -> list[str]:
    """The source texts of ``code``'s file without a finished translation."""
    return [text for message in ET.parse(ts_file(code)).getroot().iter("message") for text in unfinished_in(message)]


def todo(code: str, out: Path) -> int:
    """Write the unfinished strings of ``code`` as a JSON list of {context, source, numerus, translation}."""
    items = []
    for context in ET.parse(ts_file(code)).getroot().iter("context"):
        for message in context.iter("message"):
            if unfinished_in(message):
                items.append({"context": context.findtext("name") or "", "source": message.findtext("source"),
                              "numerus": message.get("numerus") == "yes", "translation": ""})
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{code}: {len(items)} strings to translate in {out}")
    return 0


def unfinished_in(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = [] if translation is None else [f.text for f in translation.findall("numerusform")]
    text = None if translation is None else translation.text
    if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (all(forms) if forms else text)):
        return [message.findtext("source") or ""]
    return []


def fill(code: str, done: Path) -> int:
    """Put the translations of ``done`` (``todo``'s JSON: "translation" a string, or a list of plural
    forms) into ``code``'s file. Strings not in the file are reported, not added (run ``update`` first)."""
    items = json.loads(done.read_text(encoding="utf-8"))
    tree = ET.parse(ts_file(code))
    index = {(c.findtext("name") or "", m.findtext("source") or ""): m
             for c in tree.getroot().iter("context") for m in c.iter("message")}
    filled, unknown = 0, []
    for item in items:
        value = item.get("translation")
        if not value:
            continue
        message = index.get((item["context"], item["source"]))
        if message is None:
            unknown.append(item["source"])
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file(code).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")
    print(f"{code}: {filled} filled, {len(unknown)} not in the file" + "".join(f"\n    {u[:80]}" for u in unknown[:5]))
    return update([code])  # back in lupdate's own layout: a diff shows the translations, not a re-indented file


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "release", "status", "todo", "fill"):
        print(__doc__)
        return 2
    if argv[0] in ("todo", "fill"):
        return (todo if argv[0] == "todo" else fill)(argv[1], Path(argv[2]))
    codes = argv[1:] or list(TRANSLATED)
    if argv[0] == "update":
        return update(codes)
    if argv[0] == "release":
        return release(codes)
    for code in codes:
        missing = unfinished(code) if ts_file(code).exists() else ["(no file)"]
        print(f"{code}: {len(missing)} unfinished" + "".join(f"\n    {m[:100]}" for m in missing[:5]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
