"""The log file rolls over at its size and keeps only its backups, as RotatingFileHandler would."""

from __future__ import annotations

import logging
import sys

import pytest

from csod_desktop.store.logfile import PrivateLog


def test_the_log_rolls_over_at_its_size_and_keeps_three_old_files(tmp_path):
    path = tmp_path / "logs" / "app.log"
    handler = PrivateLog(path, max_bytes=1_000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test-logfile")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(100):  # 100 lines of 50 characters: 5,000 bytes
            logger.warning("line %03d %s", n, "x" * 41)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all((path.parent / name).stat().st_size < 1_000 for name in files)
    # The newest lines are in the current file, the ones before in .1: nothing in between was lost.
    current = path.read_text(encoding="utf-8").splitlines()
    previous = (path.parent / "app.log.1").read_text(encoding="utf-8").splitlines()
    assert current[-1].startswith("line 099")
    assert int(previous[-1][5:8]) + 1 == int(current[0][5:8])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_new_log_file_is_owner_only(tmp_path):
    path = tmp_path / "app.log"
    handler = PrivateLog(path, max_bytes=100, backups=1)
    handler.close()
    assert path.stat().st_mode & 0o777 == 0o600
