"""Benchmark: whole-process time and peak memory of opening the main window, against a bare PySide6 window.

Usage: python tests/benchmarks/bench_startup.py [--runs N]
Each run is a new Python process, offscreen, that builds a window, shows it and quits right after the
window's first paint; the parent times the process from spawn to exit and reads its peak resident memory
(``ru_maxrss`` from ``wait4``). The bare reference and ours run in pairs, in alternating order, so a busy
moment of the machine falls on both. A third child keeps our window open until the idle-time build of
the later steps is done (what the first paint no longer waits for), for the record.

The children run as an installed app does, with bytecode caches: ``PYTHONDONTWRITEBYTECODE`` (set on
the dev machine) is dropped for them, so the warm-up run writes ``__pycache__`` (git-ignored) and the
measured runs do not compile our sources again (pip and the PyInstaller bundle ship compiled bytecode).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_RATIO = 2.0
GOAL_MB = 100.0

#: Quits the event loop once the watched top-level widget has painted for the first time.
_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
"""

BARE = _PROBE + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1180, 780)
probe = QuitAfterFirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""

# What csod_desktop.app.run() does (logging, stores, the window with its remembered geometry), minus the
# exception hook, ending at the first paint.
OURS = _PROBE + """
from csod_desktop import app
app.configure_logging()
qapp = app.ensure_application()
services = app.build_services()
try:
    window = app.build_window(services, remember_geometry=True)
    probe = QuitAfterFirstPaint()
    window.installEventFilter(probe)
    window.show()
    qapp.exec()
finally:
    services.close()
"""

# Ours again, kept open until every later step is built in the idle time after the first paint.
OURS_IDLE = """
import sys
from PySide6.QtCore import QTimer
from csod_desktop import app
qapp = app.ensure_application()
services = app.build_services()
try:
    window = app.build_window(services)
    window.idle_build_done.connect(lambda: QTimer.singleShot(0, qapp.quit))
    window.show()
    qapp.exec()
    assert all(window.is_built(step) for step in range(len(window.pages))), "idle build did not finish"
finally:
    services.close()
"""


def run_child(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to exit and the peak resident memory in MB of one ``python -c code`` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"the child failed ({proc.returncode}):\n{err}")
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="pairs of runs (the medians are printed)")
    args = parser.parse_args()
    # A home folder of its own, found the way a user's is (platformdirs under $HOME), not CSOD_DESKTOP_HOME.
    home = tempfile.mkdtemp(prefix="csod-bench-startup-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home}
    for name in ("QT_SCALE_FACTOR", "CSOD_CLIENT_SECRET", "PYTHONDONTWRITEBYTECODE", "CSOD_DESKTOP_HOME",
                 "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)

    run_child(BARE, env)  # warm the page cache for both, write the bytecode, create the home folder's stores
    run_child(OURS_IDLE, env)
    bare: list[tuple[float, float]] = []
    ours: list[tuple[float, float]] = []
    for pair in range(args.runs):
        order = ((bare, BARE), (ours, OURS)) if pair % 2 == 0 else ((ours, OURS), (bare, BARE))
        for results, code in order:
            results.append(run_child(code, env))
    idle = [run_child(OURS_IDLE, env) for _ in range(max(1, args.runs // 3))]

    def med(results: list[tuple[float, float]], i: int) -> float:
        return statistics.median(r[i] for r in results)

    ratios = [o[0] / b[0] for o, b in zip(ours, bare, strict=True)]
    load = os.getloadavg()
    print(f"{args.runs} pairs, offscreen, Python {sys.version.split()[0]}; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"bare PySide6 window      {med(bare, 0):6.3f} s  peak {med(bare, 1):6.1f} MB   (median)")
    print(f"csod-desktop window      {med(ours, 0):6.3f} s  peak {med(ours, 1):6.1f} MB   (median)")
    print(f"  after the idle build   {med(idle, 0):6.3f} s  peak {med(idle, 1):6.1f} MB   "
          f"(median of {len(idle)}: every step built after the first paint)")
    ratio, paired = med(ours, 0) / med(bare, 0), statistics.median(ratios)
    print(f"time ratio {ratio:.2f}x (median of pairs {paired:.2f}x; goal <= {GOAL_RATIO:.0f}x for both)"
          f"   peak {med(ours, 1):.1f} MB (goal < {GOAL_MB:.0f} MB)")
    ok = max(ratio, paired) <= GOAL_RATIO and med(ours, 1) < GOAL_MB
    print("goal met" if ok else "goal NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
