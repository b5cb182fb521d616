"""Build the csod-desktop bundle with PyInstaller, package it for this OS, and report what it weighs.

    python build_scripts/build.py                 # one-folder bundle + archive for this OS
    python build_scripts/build.py --onefile       # a single executable instead (slower start)
    python build_scripts/build.py --self-test     # also run the bundle's --self-test afterwards

Outputs go to ``dist/``: ``dist/csod-desktop/`` (the bundle) and, on Linux,
``dist/csod-desktop-<version>-linux-<arch>.tar.gz`` with a .desktop file and the icon. The Windows
(Inno Setup) and macOS (.app/.dmg) installers are built from that bundle by the recipes in
``build_scripts/windows`` and ``build_scripts/macos`` (see README "Build the installers").
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import xcb_libs

from csod_desktop.cli.selftest_cmd import WINDOWED_EXECUTABLE

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SPEC = ROOT / "build_scripts" / "csod_desktop.spec"

#: Packages that must never ship to users; the build fails if the bundle contains them.
FORBIDDEN_IN_BUNDLE = ("pytest", "_pytest", "hypothesis", "pyarrow", "PyInstaller", "importlinter", "IPython")


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from csod_desktop import __version__

    return __version__


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def run_pyinstaller(onefile: bool) -> Path:
    env = dict(os.environ, CSOD_ONEFILE="1" if onefile else "0")
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
        "--distpath", str(DIST), "--workpath", str(BUILD), "--log-level", "WARN",
    ]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    if onefile:
        return DIST / ("csod-desktop" + (".exe" if os.name == "nt" else ""))
    bundle = DIST / "csod-desktop"
    if sys.platform.startswith("linux"):
        # One executable on Linux (csod_desktop.spec): the windowed name is a link to it.
        windowed = bundle / WINDOWED_EXECUTABLE
        windowed.unlink(missing_ok=True)
        windowed.symlink_to("csod-desktop")
    return bundle


def check_bundle(bundle: Path) -> None:
    """Fail the build when development packages slipped in; list the largest pieces."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    found = [name for name in FORBIDDEN_IN_BUNDLE if any(internal.glob(f"{name}*"))]
    if found:
        raise SystemExit(f"The bundle contains packages it must not ship: {', '.join(found)}")
    pieces = sorted(
        ((p, _size(p)) for p in internal.iterdir()), key=lambda item: item[1], reverse=True
    )[:12]
    print("Largest pieces of the bundle:")
    for path, size in pieces:
        print(f"  {_mb(size):>10}  {path.name}")


def linux_archive(bundle: Path, version: str) -> Path:
    """A .tar.gz of the bundle with a .desktop file and the icon, unpacked and run in place."""
    arch = platform.machine().lower()
    name = f"csod-desktop-{version}-linux-{arch}"
    archive = DIST / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / name
        shutil.copytree(bundle, stage, symlinks=True)
        shutil.copy2(ROOT / "build_scripts" / "linux" / "csod-desktop.desktop", stage / "csod-desktop.desktop")
        shutil.copy2(ROOT / "build_scripts" / "linux" / "install.sh", stage / "install.sh")
        icon = ROOT / "resources" / "icons" / "csod-desktop.png"
        if icon.exists():
            shutil.copy2(icon, stage / "csod-desktop.png")
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(stage, arcname=name)
    return archive


def check_xcb_plugin(bundle: Path) -> None:
    """Fail the build when Qt's xcb plugin would not load on a desktop that lacks the X11 extras (issue 17)."""
    problems = xcb_libs.plugin_problems(bundle)
    if problems:
        packages = " ".join(xcb_libs.xcb_packages())
        raise SystemExit(
            "The bundle's window would not open on a Linux desktop without the X11 extras:\n  - "
            + "\n  - ".join(problems)
            + f"\nInstall the packages that provide them on the build machine (Debian/Ubuntu: apt-get install "
            f"{packages}; .ci/run does) and build again."
        )
    print("Qt's xcb plugin: every library it loads is in the bundle or is one the OS provides")


#: Self-test checks that must pass, not only warn, on a build machine (it has a display, real or Xvfb).
MUST_PASS = ("window", "history export")


def self_test(bundle: Path) -> int:
    """Run the bundle's self-test from another directory, with no virtual environment active.

    On Linux under Xvfb when there is no display, and with the system's copies of the X11 extras hidden
    where the machine allows it, so that the window check opens the window as on a desktop without them.
    """
    bundle = bundle.resolve()  # the self-test runs in another directory
    exe = bundle if bundle.is_file() else bundle / ("csod-desktop.exe" if os.name == "nt" else "csod-desktop")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if "venv" not in p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the other checks; the window check picks its own plugin
    with contextlib.ExitStack() as stack:
        prefix: list[str] = []
        if sys.platform.startswith("linux"):
            display = stack.enter_context(xcb_libs.virtual_display())
            if display:
                env["DISPLAY"] = display
                print(f"Window check on Xvfb display {display}", flush=True)
            prefix, note = stack.enter_context(xcb_libs.without_x11_extras(xcb_libs.xcb_packages()))
            print(f"The system's copies of the X11 extras ({', '.join(xcb_libs.xcb_packages())}): {note}", flush=True)
        tmp = stack.enter_context(tempfile.TemporaryDirectory())
        env["CSOD_DESKTOP_HOME"] = str(Path(tmp) / "home")
        print(f"$ {exe} self-test --json   (in {tmp})", flush=True)
        done = subprocess.run([*prefix, str(exe), "self-test", "--json"], cwd=tmp, env=env, timeout=900,
                              stdout=subprocess.PIPE, text=True)
    try:
        checks = {check["name"]: check for check in json.loads(done.stdout)["checks"]}
    except (ValueError, KeyError) as exc:
        print(f"The self-test printed no JSON document ({exc}): {done.stdout[-500:]}", file=sys.stderr)
        return done.returncode or 1
    not_passed = [name for name in MUST_PASS if checks.get(name, {}).get("status") != "pass"]
    if not_passed:
        print(f"These checks must pass on a build machine: {', '.join(not_passed)}", file=sys.stderr)
        return done.returncode or 1
    return done.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--onefile", action="store_true", help="build one executable instead of a folder")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's --self-test after building")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz on Linux")
    args = parser.parse_args(argv)

    version = _version()
    bundle = run_pyinstaller(args.onefile)
    if bundle.is_dir():
        check_bundle(bundle)
        if sys.platform.startswith("linux"):
            check_xcb_plugin(bundle)
    print(f"Bundle: {bundle} ({_mb(_size(bundle))} on disk)")
    if sys.platform.startswith("linux") and not args.onefile and not args.no_archive:
        archive = linux_archive(bundle, version)
        print(f"Archive: {archive} ({_mb(archive.stat().st_size)} compressed)")
    if args.self_test:
        rc = self_test(bundle)
        print(f"Self-test of the bundle: {'passed' if rc == 0 else f'FAILED (exit {rc})'}")
        return rc
    return 0


if __name__ == "__main__":
    sys.exit(main())
