"""A 100,000-row file: reading and validation run in workers, and the GUI thread never freezes.

The limit here only catches a real freeze (work on the GUI thread), never a busy machine: the worst
gap is a benchmark, measured and printed by ``tests/benchmarks/bench_gui.py``.
"""

from __future__ import annotations

import time

import pytest

from csod_desktop.api import RetryPolicy
from gui_helpers import StallProbe, big_file, read_and_validate, reach_file_step

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROWS = 100_000
#: A gap over a second is a freeze the administrator sees, whatever else the machine is doing; a busy
#: two-core machine stretches the 10 ms ticks to a few hundred ms at worst (issue 19, item 14).
FREEZE_LIMIT_S = 1.0


def test_reading_and_validating_100k_rows_keeps_the_window_responsive(qtbot, make_window, sandbox, tmp_path):
    path = big_file(tmp_path, ROWS)
    window = make_window(context_options={"retry": RetryPolicy(attempts=2, base=0.05, cap=0.1)})
    reach_file_step(qtbot, window, sandbox.root_url)
    reading_stall, validation_stall = read_and_validate(qtbot, window, path, StallProbe())
    print(f"worst GUI-thread gap: reading {reading_stall * 1000:.0f} ms, checking {validation_stall * 1000:.0f} ms")
    assert window.file_page.n_records == ROWS
    assert reading_stall < FREEZE_LIMIT_S, f"GUI thread froze {reading_stall * 1000:.0f} ms while reading"
    assert validation_stall < FREEZE_LIMIT_S, f"GUI thread froze {validation_stall * 1000:.0f} ms while checking"
    review = window.review_page
    assert review.review.result.n_records == ROWS
    assert review.statement.text().startswith(f"{ROWS:,} records ready")


def test_the_probe_sees_a_freeze_when_the_gui_thread_blocks(qtbot):
    """The probe itself can fail: blocking the GUI thread past the limit shows up as a gap over it."""
    probe = StallProbe()
    probe.start()
    try:
        qtbot.wait(50)
        time.sleep(FREEZE_LIMIT_S + 0.1)
        qtbot.wait(50)
    finally:
        worst = probe.stop()
    assert worst > FREEZE_LIMIT_S
