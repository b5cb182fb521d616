"""A regular (non-editable) install carries the stylesheet, icons, samples and the sandbox's data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_contains_resources_and_sandbox_data(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("csod_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "csod_desktop/resources/styles/app.qss",
        "csod_desktop/resources/icons/csod-desktop.png",
        "csod_desktop/resources/samples/quickstart_employees.csv",
        "csod_desktop/sandbox/data/schemas/chr.employee.json",
        "csod_desktop/sandbox/data/specification.json",
        "csod_desktop/sandbox/data/seed/users.json",
    ):
        assert needed in names, needed
    # Nothing from the repository's top level leaks into site-packages as a package of its own.
    assert not any(name.startswith(("resources/", "tests/", "build_scripts/")) for name in names)
