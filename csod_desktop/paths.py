"""Where csod-desktop keeps its files: one module decides every path (like qutebrowser's standarddir).

By default the per-user directories of the OS (platformdirs). Setting ``CSOD_DESKTOP_HOME`` puts
everything under one folder instead: tests, portable installs and the self-test use that.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "csod-desktop"
APP_AUTHOR = "csod-desktop"
HOME_ENV = "CSOD_DESKTOP_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)  # owner-only: the journal and the report cache hold personal data
    except OSError:
        pass
    return path


def config_dir() -> Path:
    """Profiles, settings and mapping templates."""
    home = _home()
    base = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return _ensure(base)


def data_dir() -> Path:
    """The journal (SQLite) and the report ledger."""
    home = _home()
    base = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return _ensure(base)


def cache_dir() -> Path:
    """Downloaded reports and copies of sent payloads (purged after Cornerstone's 30-day retention)."""
    home = _home()
    base = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    return _ensure(base)


def log_dir() -> Path:
    """Log files. Never a secret, a token or an Authorization header in them."""
    home = _home()
    base = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return _ensure(base)


def templates_dir() -> Path:
    """Mapping templates, human-readable JSON, one folder per load type."""
    return _ensure(config_dir() / "templates")


def all_dirs() -> list[Path]:
    """Every directory the app writes to (used by the secret-leak test and the self-test)."""
    return [config_dir(), data_dir(), cache_dir(), log_dir()]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, styles, samples), installed, editable or frozen alike."""
    import sys
    from importlib import resources

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "csod_desktop", "resources", *parts)
    try:
        root = Path(str(resources.files("csod_desktop.resources")))
    except ModuleNotFoundError:
        root = Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)
