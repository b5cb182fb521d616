"""Where csod-desktop keeps its files: one module decides every path (like qutebrowser's standarddir).

By default the per-user directories of the OS (platformdirs). Setting ``CSOD_DESKTOP_HOME`` puts
everything under one folder instead: tests, portable installs and the self-test use that.

It also decides two rules for every file the app writes (issue 19, items 6 and 8): a name built from
outside data (a portal's import id, a label, a file name) goes through :func:`safe_path`, which reduces
it to a safe name and checks the result stays in its folder; and every file and folder the app creates
is owner-only (:func:`private_dir`, :func:`private_file`): payloads, reports and exports hold
employees' personal data.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from csod_desktop.errors import ConfigError

APP_NAME = "csod-desktop"
APP_AUTHOR = "csod-desktop"
HOME_ENV = "CSOD_DESKTOP_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


#: Owner-only: read, written (and for folders entered) by the user running the app, by no one else.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _chmod(path: Path, mode: int) -> None:
    try:
        path.chmod(mode)
    except OSError:  # a file system without POSIX modes (a FAT stick, some network shares)
        pass


def private_dir(path: Path) -> Path:
    """``path`` as a folder: every folder created on the way is owner-only; an existing one is left as
    it is (an administrator's own ``--report-dir`` keeps its permissions)."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    path.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        _chmod(folder, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only (or empty an existing one and make it owner-only), so that
    whatever writes it next (``open(path, "w")``, polars, openpyxl, gzip) keeps it private."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)
    return path


def make_private(path: Path) -> Path:
    """Make a file another library created (SQLite, DuckDB, Qt) owner-only."""
    _chmod(path, PRIVATE_FILE_MODE)
    return path


def own_dir(path: Path) -> Path:
    """A folder of the app's own: owner-only, also when it existed before (made by an older version)."""
    private_dir(path)
    _chmod(path, PRIVATE_DIR_MODE)  # the app's own folders are owner-only even when they existed before
    return path


_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
SAFE_NAME_LIMIT = 120


def safe_name(text: str, *, distinct: bool = True) -> str:
    """``text`` (an id, a label, a file name from outside) as a file name: letters, digits, ``._-`` only,
    no leading dot, at most 120 characters. With ``distinct`` a name that had to change gets a short hash
    of the original, so two different ids never share a file (``a/b`` and ``a_b``); a name the
    administrator typed (a template's) stays readable without it."""
    cleaned = _UNSAFE_RUN.sub("_", text).strip("._")[:SAFE_NAME_LIMIT]
    if cleaned and (cleaned == text or not distinct):
        return cleaned
    from hashlib import sha256  # here: its OpenSSL load is not for the first window (issue 15)

    digest = sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{cleaned[: SAFE_NAME_LIMIT - 9]}-{digest}" if cleaned else f"item-{digest}"


def safe_path(folder: Path, name: str, suffix: str = "", *, distinct: bool = True) -> Path:
    """``folder / (safe_name(name) + suffix)``, checked to stay inside ``folder``.

    Every path built from outside data goes through here: a portal (or anything answering as one) that
    names an import ``../../x`` must not make the app write outside the folder it was given.
    """
    if suffix and _UNSAFE_RUN.search(suffix):
        raise ValueError(f"unsafe suffix {suffix!r}")  # suffixes are ours (".csv"), never outside data
    target = folder / f"{safe_name(name, distinct=distinct)}{suffix}"
    base = folder.resolve()
    if target.resolve().parent != base:
        raise ConfigError(
            f"The file name {name!r} would be written outside {folder}; nothing was written there.",
            hint="This name came from outside the app (the portal or a file): report it to your administrator.",
        )
    return target


def config_dir() -> Path:
    """Profiles, settings and mapping templates."""
    home = _home()
    base = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return own_dir(base)


def data_dir() -> Path:
    """The journal (SQLite) and the report ledger."""
    home = _home()
    base = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return own_dir(base)


def cache_dir() -> Path:
    """Downloaded reports and copies of sent payloads (purged after Cornerstone's 30-day retention)."""
    home = _home()
    base = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    return own_dir(base)


def log_dir() -> Path:
    """Log files. Never a secret, a token or an Authorization header in them."""
    home = _home()
    base = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return own_dir(base)


def templates_dir() -> Path:
    """Mapping templates, human-readable JSON, one folder per load type."""
    return own_dir(config_dir() / "templates")


def exports_dir() -> Path:
    """Copies of reports made to open them in a spreadsheet ("Open in spreadsheet"): employees' personal
    data, deleted 30 days after they were written (``store.retention``)."""
    return own_dir(data_dir() / "exports")


def fixes_dir() -> Path:
    """Files of failed rows written for "Fix and reload": employees' personal data, deleted 30 days after
    they were written (``store.retention``)."""
    return own_dir(data_dir() / "fixes")


def dated_dirs() -> list[Path]:
    """The app's folders of personal data kept by age alone (no journal entry): the 30-day purge sweeps them."""
    return [exports_dir(), fixes_dir()]


def all_dirs() -> list[Path]:
    """Every directory the app writes to (used by the secret-leak test and the self-test)."""
    return [config_dir(), data_dir(), cache_dir(), log_dir()]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, styles, samples), installed, editable or frozen alike."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "csod_desktop", "resources", *parts)
    # The package's own folder (installed or editable: setup.py maps resources/ to it). Not
    # importlib.resources: importing it cost the first window 5 ms (issue 15), and the package is a folder.
    try:
        import csod_desktop.resources as package
    except ModuleNotFoundError:
        root = Path(__file__).resolve().parent.parent / "resources"
    else:
        root = Path(package.__file__).parent
    return root.joinpath(*parts)
