"""The Linux build's check of Qt's xcb plugin: a bundle without the X11 extras fails the build (issue 17)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))
import xcb_libs  # noqa: E402

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                       reason="the xcb plugin and ldd are Linux's"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="needs the 'build' extra"),
]


def _build_script():
    spec = importlib.util.spec_from_file_location("csod_build_script", ROOT / "build_scripts" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bundle_without_x11_extras(tmp_path) -> Path:
    """A one-folder layout as PyInstaller makes it: the xcb plugin and Qt's own libraries, nothing else."""
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    internal = tmp_path / "csod-desktop" / "_internal"
    plugin_dir = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    plugin_dir.mkdir(parents=True)
    shutil.copy2(qt / "plugins" / "platforms" / "libqxcb.so", plugin_dir)
    done = subprocess.run(["ldd", str(qt / "plugins" / "platforms" / "libqxcb.so")], capture_output=True, text=True)
    lib_dir = internal / "PySide6" / "Qt" / "lib"
    lib_dir.mkdir()
    for where in re.findall(r"=> (\S+) \(", done.stdout):
        if Path(where).resolve().is_relative_to(qt):
            shutil.copy2(where, lib_dir)  # Qt's libraries, found through the plugin's $ORIGIN run path
    return tmp_path / "csod-desktop"


def test_missing_x11_extras_are_named(bundle_without_x11_extras):
    problems = xcb_libs.plugin_problems(bundle_without_x11_extras)
    assert any(p.startswith("libxcb-cursor.so.0 (needed by libqxcb.so) is not in the bundle") for p in problems), problems
    # Qt's own libraries are in the bundle and glibc, libGL and libxcb.so.1 are the OS's: not named.
    assert not any(p.startswith(("libQt6", "libc.so", "libGL.so", "libxcb.so.1")) for p in problems), problems


def test_the_build_fails_with_the_packages_to_install(bundle_without_x11_extras):
    with pytest.raises(SystemExit) as failed:
        _build_script().check_xcb_plugin(bundle_without_x11_extras)
    message = str(failed.value)
    assert "would not open on a Linux desktop without the X11 extras" in message
    assert "apt-get install libxcb-cursor0" in message


def test_a_bundle_that_carries_them_passes(bundle_without_x11_extras):
    internal = bundle_without_x11_extras / "_internal"
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True)
    if "not found" in done.stdout:
        pytest.skip("this machine lacks some X11 extras, so no complete bundle can be laid out here")
    # What PyInstaller collects: every library the plugin loads, except the ones it leaves to the OS.
    for name, where in re.findall(r"^\s*(\S+) => (\S+) \(", done.stdout, flags=re.M):
        if not Path(where).resolve().is_relative_to(internal.resolve()) and not xcb_libs._left_to_the_os(name):
            shutil.copy2(where, internal / name)
    assert xcb_libs.plugin_problems(bundle_without_x11_extras) == []
    _build_script().check_xcb_plugin(bundle_without_x11_extras)  # does not raise
