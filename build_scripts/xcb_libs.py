"""Qt's xcb plugin in the Linux bundle: which libraries it loads, whether the bundle carries them, and a run
of the bundle without the system's copies of the X11 extras.

PyInstaller bundles the shared libraries it finds on the build machine and only warns about the ones it
cannot find, so a build machine without ``libxcb-cursor0`` made a bundle that aborted with "could not load
the Qt platform plugin xcb" on every desktop without it (issue 17). :func:`plugin_problems` turns that
warning into a failed build; :func:`without_x11_extras` and :func:`virtual_display` let the bundle's
self-test open its window as on such a desktop.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

PACKAGES_FILE = Path(__file__).resolve().parent / "linux" / "xcb-packages.txt"
#: The plugins the xcb window loads: the platform plugin and its OpenGL integrations.
PLUGIN_GLOBS = ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/xcbglintegrations/*.so")
#: ldd's lines: "libfoo.so.1 => /path/libfoo.so.1 (0x...)" or "libfoo.so.1 => not found".
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def xcb_packages() -> list[str]:
    """The Debian packages of ``linux/xcb-packages.txt`` (also read by ``.ci/run``)."""
    lines = PACKAGES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _internal(bundle: Path) -> Path:
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def _left_to_the_os(name: str) -> bool:
    """PyInstaller's own rule: glibc, the OpenGL/EGL stack, libxcb.so.1 and libdrm come from the OS, never a bundle."""
    from PyInstaller.depend import dylib

    return bool(dylib.exclude_list.check_library(name))


def plugin_problems(bundle: Path) -> list[str]:
    """One sentence per library the bundle's xcb plugins load that it neither carries nor may take from the OS.

    ``ldd`` resolves each plugin as the bundle's bootloader does (``LD_LIBRARY_PATH`` is the bundle's
    ``_internal`` folder; Qt's own libraries come through the plugin's ``$ORIGIN`` run path). A library
    found only in the build machine's system folders is a problem too: the user's machine may not have it.
    """
    internal = _internal(bundle).resolve()
    plugins = sorted({p for pattern in PLUGIN_GLOBS for p in internal.glob(pattern)})
    if not any(p.name == "libqxcb.so" for p in plugins):
        return [f"{internal} has no PySide6/Qt/plugins/platforms/libqxcb.so: the xcb platform plugin was not collected"]
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    unusable: dict[str, str] = {}  # library -> where ldd found it, or "not found"
    needed_by: dict[str, set[str]] = {}
    problems: list[str] = []
    for plugin in plugins:
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            problems.append(f"ldd could not read {plugin.name}: {done.stderr.strip()}")
            continue
        for line in done.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found" or (
                not Path(where).resolve().is_relative_to(internal) and not _left_to_the_os(name)
            ):
                unusable[name] = where
                needed_by.setdefault(name, set()).add(plugin.name)
    for name, where in sorted(unusable.items()):
        users = ", ".join(sorted(needed_by[name]))
        problems.append(
            f"{name} (needed by {users}) is not in the bundle, nor on the build machine" if where == "not found"
            else f"{name} (needed by {users}) is not in the bundle: only the build machine has it ({where})"
        )
    return problems


# ---------------------------------------------------------------------------- a machine without the extras


def system_copies(packages: list[str]) -> list[Path]:
    """The shared libraries that ``packages`` installed on this machine (``dpkg -L``); none when not installed."""
    found: list[Path] = []
    for package in packages:
        done = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            continue  # not installed: this machine already lacks it
        found += [Path(line) for line in done.stdout.splitlines() if re.search(r"\.so(\.|$)", line)]
    return sorted({path for path in found if path.is_file() or path.is_symlink()})


@contextlib.contextmanager
def without_x11_extras(packages: list[str]) -> Iterator[tuple[list[str], str]]:
    """A command prefix that runs a program with the system's copies of ``packages``' libraries hidden.

    A private mount namespace (``unshare -m``) lays an overlay over each library folder with a whiteout
    for each file, so the dynamic loader finds them only in the bundle; nothing outside that one process
    tree sees a change. Needs root, ``unshare`` and overlayfs: elsewhere the prefix is empty and the
    second value says why.
    """
    if not shutil.which("dpkg"):
        yield [], "not hidden: no dpkg on this machine to list them"
        return
    copies = system_copies(packages)
    if not copies:
        yield [], "none installed on this machine"
        return
    if os.geteuid() != 0 or not shutil.which("unshare"):
        yield [], "not hidden: hiding them needs root and unshare (util-linux)"
        return
    with tempfile.TemporaryDirectory(prefix="csod-no-x11-extras-") as tmp:
        mounts = []
        for number, folder in enumerate(sorted({path.parent for path in copies})):
            upper, work = Path(tmp, f"upper{number}"), Path(tmp, f"work{number}")
            upper.mkdir()
            work.mkdir()
            for path in copies:
                if path.parent == folder:
                    os.mknod(upper / path.name, 0o600 | 0o020000, os.makedev(0, 0))  # an overlayfs whiteout
            mounts.append(f"mount -t overlay overlay -o lowerdir={folder},upperdir={upper},workdir={work} {folder}")
        script = " && ".join(mounts) + ' && exec "$@"'
        prefix = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh"]
        probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
        if probe.returncode != 0:
            yield [], f"not hidden: the overlay mount failed ({probe.stderr.strip()})"
            return
        yield prefix, f"{len(copies)} system libraries hidden"


@contextlib.contextmanager
def virtual_display(timeout: float = 30) -> Iterator[str | None]:
    """An Xvfb display for the window check when there is no X display (``None`` when DISPLAY is set already)."""
    if os.environ.get("DISPLAY"):
        yield None
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit(
            "The bundle's window check needs an X display: install Xvfb (Debian/Ubuntu: apt-get install xvfb) "
            "or run the build on a desktop session."
        )
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], timeout)
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                raise SystemExit(f"Xvfb did not start within {timeout:.0f} s (exit code {server.poll()})")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
