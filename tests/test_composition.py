"""One composition root each for the window and the command line: the stores are opened there and only there."""

from __future__ import annotations

import re
from pathlib import Path

import csod_desktop

PACKAGE = Path(csod_desktop.__file__).resolve().parent
ROOTS = {PACKAGE / "app.py", PACKAGE / "cli" / "__init__.py"}
#: Stores a leaf module must never open for itself (it is handed the root's).
OPENED_ONLY_BY_ROOTS = ("Journal", "ProfileStore", "TemplateStore")


def test_stores_are_constructed_only_in_the_composition_roots():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in ROOTS:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for name in OPENED_ONLY_BY_ROOTS:
                if re.search(rf"(?<![\w.]){name}\(", line) and not line.lstrip().startswith("class "):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    assert not found, "stores opened outside app.py and cli.main:\n" + "\n".join(found)
    for root in ROOTS:  # ... and the roots do open them
        text = root.read_text(encoding="utf-8")
        assert all(f"{name}(" in text for name in OPENED_ONLY_BY_ROOTS), root


def test_both_roots_open_the_same_stores_in_the_same_folders(isolated_home):
    from csod_desktop import app, cli

    with app.open_stores() as window, cli.open_stores() as command:
        assert window.journal.path == command.journal.path
        assert window.templates.root == command.templates.root
        assert window.cache.root == command.cache.root
        assert window.profiles.path == command.profiles.path
        assert window.journal.cache is window.cache and window.ledger is window.journal.ledger
