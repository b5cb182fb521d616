"""Private files under the cache directory: downloaded reports and the one payload folder.

The load plan writes every payload (window and command line alike) into ``payloads/``; the journal
records the files it sends, and ``store.retention`` empties the folder 30 days after each import's
creation. Every file is written atomically (temp file, fsync, rename) with owner-only permissions (0600): reports
and payloads hold employees' personal data. Checksums (sha256) are kept in the journal and checked on read.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from csod_desktop import paths
from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate

REPORTS_DIR = "reports"
PAYLOADS_DIR = "payloads"
_CHUNK = 1024 * 1024


class CacheError(CsodError):
    """A cached file could not be written or read back."""


def _sha256(data: bytes = b"") -> Any:
    """A SHA-256 hasher; hashlib is imported here, its OpenSSL load is not for the first window (issue 15)."""
    import hashlib

    return hashlib.sha256(data)


def sha256_bytes(data: bytes) -> str:
    return _sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class FileCache:
    """The cache directory's private files (reports/, payloads/)."""

    def __init__(self, root: Path | None = None) -> None:
        self._root = root

    @property
    def root(self) -> Path:
        return self._root if self._root is not None else paths.cache_dir()

    def folder(self, name: str) -> Path:
        return paths.own_dir(self.root / name)

    @property
    def payloads_root(self) -> Path:
        """The one payload folder (owner-only)."""
        return self.folder(PAYLOADS_DIR)

    def payload_folder(self, label: str, moment: datetime) -> Path:
        """A new owner-only folder for one import's payload parts, named by ``moment`` and ``label``."""
        stem = paths.safe_path(self.payloads_root, f"{moment.strftime('%Y%m%dT%H%M%S%f')}-{label}").name
        for n in range(1000):
            folder = self.payloads_root / (stem if n == 0 else f"{stem}-{n}")
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:
                continue
            return folder
        raise CacheError(translate(
            "errors",
            "Could not create a payload folder in {payloads_root}."
        ).format(payloads_root=self.payloads_root))

    def holds_payload(self, path: Path) -> bool:
        """Whether ``path`` is inside the payload folder (then it is purged with its import)."""
        try:
            Path(path).resolve().relative_to(self.payloads_root.resolve())
        except ValueError:
            return False
        return True

    def report_path(self, import_id: str) -> Path:
        # Import ids come from the portal: never trusted as paths (paths.safe_path).
        return paths.safe_path(self.folder(REPORTS_DIR), import_id, ".csv")

    def write_bytes(self, target: Path, data: bytes) -> str:
        """Write ``data`` to ``target`` (0600, atomic); returns its sha256."""
        paths.private_dir(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        tmp = Path(tmp_name)
        try:
            if hasattr(os, "fchmod"):  # mkstemp already creates 0600; say it explicitly anyway
                os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise CacheError(translate(
                "errors",
                "Could not write {name} in the cache ({reason}): {parent}."
            ).format(name=target.name, reason=exc.strerror, parent=target.parent)) from exc
        return sha256_bytes(data)

    def copy_in(self, source: Path, target: Path) -> tuple[str, int]:
        """Copy ``source`` to ``target`` (0600, atomic); returns (sha256, size)."""
        paths.private_dir(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        tmp = Path(tmp_name)
        digest = _sha256()
        size = 0
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for chunk in iter(lambda: src.read(_CHUNK), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise CacheError(translate(
                "errors",
                "Could not copy {name} into the cache ({reason})."
            ).format(name=source.name, reason=exc.strerror)) from exc
        return digest.hexdigest(), size

    def read_checked(self, path: Path, sha256: str | None) -> bytes | None:
        """The file's bytes when it exists and matches ``sha256``; None when missing or damaged."""
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if sha256 and sha256_bytes(data) != sha256:
            return None
        return data

    @staticmethod
    def remove(path: Path | None) -> bool:
        if path is None:
            return False
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except IsADirectoryError:
            shutil.rmtree(path, ignore_errors=True)
        return True
