"""The report viewer over a 200,000-row report: no filter or search change freezes the GUI thread.

The limit only catches a freeze (a scan of every row per keystroke, on the GUI thread), never a busy
machine; the milliseconds themselves are a benchmark, printed by ``tests/benchmarks/bench_gui.py``.
"""

from __future__ import annotations

import pytest

from csod_desktop.services.reports import ReportResult
from csod_desktop.ui.models.report_model import ReportData, ReportModel, build_table
from results_helpers import MESSAGES, REPORT_ROWS, big_report, filter_timings, report_data

pytestmark = pytest.mark.gui

ROWS = REPORT_ROWS
#: Seconds: a filter change that takes longer is a freeze, whatever else the machine is doing (issue 19,
#: item 14). On a quiet machine each change takes a few tens of milliseconds (see the benchmark).
FREEZE_LIMIT_S = 1.0


def test_filter_and_search_on_a_200k_row_report_never_freeze_the_window(qtbot, make_window):
    window = make_window()
    shown, timings = filter_timings(window.results_page, report_data())
    print(f"shown in {shown * 1000:.0f} ms;", {name: f"{seconds * 1000:.1f} ms" for name, seconds in timings.items()})
    assert shown < FREEZE_LIMIT_S, f"showing the report took {shown * 1000:.0f} ms on the GUI thread"
    slow = {name: round(seconds * 1000) for name, seconds in timings.items() if seconds > FREEZE_LIMIT_S}
    assert not slow, f"filter changes over {FREEZE_LIMIT_S * 1000:.0f} ms (ms): {slow}; all: {timings}"


def test_filters_agree_with_a_plain_scan():
    """The vectorized filter finds exactly the rows a cell-by-cell scan finds (a small report)."""
    result = ReportResult("imp", "full", big_report(600), from_cache=True, path=None, downloads_used=1, cap=4)
    data = ReportData("imp", result)
    table = build_table(data)
    parsed = data.parsed

    def scan(kind: str, search: str, message: str) -> list[int]:
        out = []
        for i, (row, shown) in enumerate(zip(parsed.rows, table.rows, strict=True)):
            if kind == "errors" and not (parsed.errors(row) or parsed.loaded(row) is False):
                continue
            if kind == "warnings" and not parsed.warnings(row):
                continue
            if message and message not in [m.strip() for m in parsed.errors(row).split(" | ")]:
                continue
            if search and not any(search in cell.lower() for cell in shown):
                continue
            out.append(i)
        return out

    for kind in ("all", "errors", "warnings"):
        for search in ("", "person1", "e00059", "first5", "inactive", "nothing"):
            for message in ("", *MESSAGES):
                assert table.visible(kind, search, message) == scan(kind, search, message), (kind, search, message)
    model = ReportModel()
    model.set_report(data)
    model.set_filter(kind="errors", search="FIRST1")
    assert [model.report_row(i) for i in range(model.rowCount())] == scan("errors", "first1", "")
