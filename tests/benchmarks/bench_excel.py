"""Excel reading: our reader against openpyxl read-only, pandas.read_excel and calamine's raw value read.

Usage: python tests/benchmarks/bench_excel.py [--rows 100000] [--repeat 3] [--data DIR] [--skip-slow]
Generates DIR/employees_<rows>.xlsx on first use (tests/fixtures/workbooks.py, written by XlsxWriter
like Excel: shared strings, styles, cached formula results). Each reader runs in its own child process;
peak memory is that process's VmHWM from /proc (tracemalloc cannot see native allocations). Ours and
the floor run ``--repeat`` times alternately and the median is printed; openpyxl and pandas run once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # legacy_excel_reader
sys.path.insert(0, str(HERE.parent))  # tests/ for fixtures.workbooks
sys.path.insert(0, str(HERE.parent.parent))


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_ours(path: Path) -> dict:
    from csod_desktop.core.reading import read_table

    start = time.perf_counter()
    table = read_table(path)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": table.n_records, "checked": check_text(table)}


def run_floor(path: Path) -> dict:
    import python_calamine

    start = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": len(rows) - 1}


def run_fastexcel(path: Path) -> dict:
    """The other native candidate (not a dependency: measured when installed, pip install fastexcel)."""
    import fastexcel

    start = time.perf_counter()
    frame = fastexcel.read_excel(path).load_sheet(0).to_polars()
    return {"seconds": time.perf_counter() - start, "rows": frame.height}


def run_legacy(path: Path) -> dict:
    """Today's reader (before this change): openpyxl read-only plus the text of each cell."""
    from legacy_excel_reader import read_excel

    from csod_desktop.core.reading import ReadOptions

    start = time.perf_counter()
    table = read_excel(path, ReadOptions())
    return {"seconds": time.perf_counter() - start, "rows": table.n_records}


def run_openpyxl(path: Path) -> dict:
    """openpyxl read-only's own loop: each cell's value and number format, nothing rendered."""
    import openpyxl

    start = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for row in book.worksheets[0].iter_rows():
        for cell in row:
            _ = (cell.value, getattr(cell, "number_format", None), getattr(cell, "is_date", False))
        n += 1
    book.close()
    return {"seconds": time.perf_counter() - start, "rows": n - 1}


def run_pandas(path: Path) -> dict:
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_excel(path)  # default engine (openpyxl for .xlsx)
    return {"seconds": time.perf_counter() - start, "rows": len(frame)}


def check_text(table) -> int:
    """Every 997th record against the text Excel shows for the generated values."""
    from fixtures.workbooks import BIG_COLUMNS, expected_text

    checked = 0
    for i in range(0, table.n_records, 997):
        got = table.frame.row(i)
        want = expected_text(i)
        for name, a, b in zip(BIG_COLUMNS, got, want, strict=True):
            if a != b:
                raise AssertionError(f"record {i + 1}, {name}: read {a!r}, Excel shows {b!r}")
            checked += 1
    return checked


RUNNERS = {"ours": run_ours, "floor": run_floor, "fastexcel": run_fastexcel, "legacy": run_legacy,
           "openpyxl": run_openpyxl, "pandas": run_pandas}
LABELS = {
    "ours": "ours: csod_desktop read_table (calamine + styles)",
    "floor": "python-calamine raw value read (floor)",
    "fastexcel": "fastexcel to_polars (the other candidate)",
    "legacy": "openpyxl read-only (today's reader, with its text)",
    "openpyxl": "openpyxl read-only, values only (its own loop)",
    "pandas": "pandas.read_excel (default engine)",
}


def child(name: str, path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", name, "--file", str(path)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--skip-slow", action="store_true", help="leave out the openpyxl readers and pandas")
    parser.add_argument("--child")
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    if args.child:
        result = RUNNERS[args.child](args.file)
        result["peak_mb"] = _peak_mb()
        print(json.dumps(result))
        return

    from fixtures.workbooks import write_big_workbook

    path = args.data / f"employees_{args.rows}.xlsx"
    if not path.exists():
        args.data.mkdir(parents=True, exist_ok=True)
        print(f"generating {path} …", flush=True)
        write_big_workbook(path, args.rows)
    import importlib.util
    import os

    print(f"{path.name}: {args.rows:,} rows × 13 columns, {path.stat().st_size / 1e6:.1f} MB; "
          f"load average {os.getloadavg()[0]:.2f}")

    order = ["floor", "ours"] + (["fastexcel"] if importlib.util.find_spec("fastexcel") else [])
    results: dict[str, list[dict]] = {name: [] for name in order}
    for _ in range(args.repeat):
        for name in order:
            results[name].append(child(name, path))
    if not args.skip_slow:
        slow = ["legacy", "openpyxl"] + (["pandas"] if importlib.util.find_spec("pandas") else [])
        if "pandas" not in slow:
            print("pandas is not installed (not a dependency): pip install pandas to measure pandas.read_excel")
        for name in slow:
            results[name] = [child(name, path)]
    median = {name: statistics.median(r["seconds"] for r in runs) for name, runs in results.items()}
    peak = {name: max(r["peak_mb"] for r in runs) for name, runs in results.items()}
    print(f"ours checked {results['ours'][0]['checked']:,} cells against what Excel shows: all equal")
    for name, seconds in median.items():
        runs = " ".join(f"{r['seconds']:.2f}" for r in results[name])
        ratio = seconds / median["floor"]
        print(f"{LABELS[name]:<52} {seconds:7.2f} s  {ratio:6.2f}× floor  peak {peak[name]:6.0f} MB  (runs: {runs})")
    print(f"ours / floor: {median['ours'] / median['floor']:.2f}× (goal: within 2×); "
          f"load average at the end {os.getloadavg()[0]:.2f}")
    if "legacy" in median:
        print(f"today's reader (openpyxl read-only) / ours: {median['legacy'] / median['ours']:.1f}× "
              "(goal: at least 15×)")
        print(f"openpyxl read-only values only / ours: {median['openpyxl'] / median['ours']:.1f}×")
        if "pandas" in median:
            print(f"pandas.read_excel / ours: {median['pandas'] / median['ours']:.1f}×")


if __name__ == "__main__":
    main()
