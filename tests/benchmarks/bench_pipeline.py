"""Benchmark: our pipeline against a pandas reference, a per-row jsonschema validator and the I/O floor.

Usage: python tests/benchmarks/bench_pipeline.py [--data DIR] [--rows N]
Generates DIR/employees.csv first when it is missing (see generate.py). Each pipeline runs in its own
child process so its peak memory (VmHWM from /proc, which counts polars' native allocations that
tracemalloc cannot see) is its own; the parent prints times, ratios, memory and planted errors found.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import itertools
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA_FILE = HERE.parent.parent / "csod_desktop" / "sandbox" / "data" / "schemas" / "chr.employee.json"
SLICE = 50_000  # rows the per-row jsonschema validator runs on; its time is scaled to the file


def load_schema():
    from csod_desktop.core.schema import Schema

    return Schema.from_response(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), "chr.employee")


def planted_keys(manifest: dict, limit: int | None = None) -> set[tuple[int, str, str]]:
    return {(p["row"], p["column"], p["rule"]) for p in manifest["planted"] if limit is None or p["row"] <= limit}


# ---- (a) ours -------------------------------------------------------------------------------------
def run_ours(csv_path: Path, manifest: dict, out_dir: Path) -> dict:
    """The real path of the window and ``load``: one load plan, read, mapped, checked, written."""
    from csod_desktop.services.plan import LoadPlan

    schema = load_schema()
    start = time.perf_counter()
    plan = LoadPlan("chr.employee", settings=manifest["settings"], schema=schema)
    plan.read(csv_path)
    plan.choose_mapping()
    validation = plan.validate()
    [payload] = plan.write_payloads(out_dir, name="ours.csv")
    elapsed = time.perf_counter() - start
    problems = validation.problems
    found = set(zip(problems["row"].to_list(), problems["column"].to_list(), problems["rule"].to_list(), strict=True))
    return {
        "seconds": elapsed,
        "steps": {k: round(v, 3) for k, v in plan.timings.items()},
        "found": len(planted_keys(manifest) & found),
        "planted": len(planted_keys(manifest)),
        "records_sent": payload.records,
        "payload_bytes": payload.size,
    }


# ---- (b) the pandas reference ---------------------------------------------------------------------
def run_pandas(csv_path: Path, manifest: dict, out_dir: Path) -> dict:
    """What a competent developer writes with pandas defaults: the same checks, vectorized."""
    import numpy as np
    import pandas as pd

    schema = load_schema()
    start = time.perf_counter()
    df = pd.read_csv(csv_path, dtype=str)
    n = len(df)
    found: set[tuple[int, str, str]] = set()
    bad = np.zeros(n, dtype=bool)

    def report(mask, column: str, rule: str, error: bool = True) -> None:
        nonlocal bad
        mask = np.asarray(mask, dtype=bool)
        for row in np.flatnonzero(mask):
            found.add((int(row) + 1, column, rule))
        if error:
            bad |= mask

    stripped = {c: df[c].str.strip() for c in df.columns}
    for name in schema.required:
        if name in df.columns:
            report(stripped[name].isna() | (stripped[name] == ""), name, "required")
    for name in df.columns:
        prop = schema.get(name)
        if prop is None:
            continue
        length = stripped[name].str.len()
        if prop.max_length is not None:
            report(length > prop.max_length, name, "max_length")
        if prop.enum_strings:
            allowed = {e.casefold() for e in prop.enum_strings}
            parts = stripped[name].str.split(";").explode().str.strip().str.lower()
            wrong = parts.notna() & (parts != "") & ~parts.isin(allowed)
            report(wrong.groupby(level=0).any().reindex(df.index, fill_value=False), name, "enum")
        if prop.is_date:
            text = stripped[name]
            shaped = text.str.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}").fillna(False)
            parsed = pd.to_datetime(text.str.replace(r"[/.]", "-", regex=True), format="%Y-%m-%d", errors="coerce")
            report(text.notna() & (text != "") & (~shaped | parsed.isna()), name, "date")
    key = stripped[schema.identity[0]].str.lower()
    report(key.notna() & key.duplicated(keep="first"), schema.identity[0], "duplicate")
    users = set(key.dropna())
    for name in ("DirectManager", "DynamicUserRelations_16384"):
        ref = stripped[name].str.lower()
        report(ref.notna() & (ref != "") & ~ref.isin(users), name, "reference", error=False)
    valid = df[~bad]
    buffer = io.StringIO()
    valid.to_csv(buffer, index=False, lineterminator="\r\n")
    body = gzip.compress(buffer.getvalue().encode("utf-8"), compresslevel=6)
    (out_dir / "pandas.csv.gz").write_bytes(body)
    elapsed = time.perf_counter() - start
    return {
        "seconds": elapsed,
        "found": len(planted_keys(manifest) & found),
        "planted": len(planted_keys(manifest)),
        "records_sent": len(valid),
        "payload_bytes": len(body),
    }


# ---- (c) per-row jsonschema -----------------------------------------------------------------------
def run_jsonschema(csv_path: Path, manifest: dict, out_dir: Path) -> dict:
    """One Draft 2020-12 validator built once, called per record on the first 50,000 records."""
    import datetime as dt

    import jsonschema

    schema = load_schema()
    properties: dict[str, dict] = {}
    for prop in schema.properties.values():
        spec: dict = {"type": "string"}
        if prop.max_length is not None:
            spec["maxLength"] = prop.max_length
        if prop.enum_strings:
            alt = "|".join(re.escape(e) for e in prop.enum_strings)
            spec["pattern"] = rf"(?i)^\s*({alt})\s*(;\s*({alt})\s*)*$" if prop.multi else rf"(?i)^\s*({alt})\s*$"
        if prop.is_date:
            spec["format"] = "en-GB-date"
        properties[prop.name] = spec
    json_schema = {
        "type": "object",
        "properties": properties,
        "required": list(schema.required),
        "allOf": [{"properties": {name: {"pattern": r"\S"}}} for name in schema.required],
    }
    checker = jsonschema.FormatChecker()

    @checker.checks("en-GB-date")
    def _date(value: object) -> bool:
        match = re.fullmatch(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*", str(value))
        if not match:
            return False
        try:
            dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return False
        return True

    validator = jsonschema.Draft202012Validator(json_schema, format_checker=checker)
    rule_of = {"required": "required", "pattern": "enum", "maxLength": "max_length", "format": "date"}
    found: set[tuple[int, str, str]] = set()
    seen: set[str] = set()
    start = time.perf_counter()
    with csv_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for number, row in enumerate(itertools.islice(reader, SLICE), start=1):
            record = {k: v for k, v in row.items() if v != ""}
            for error in validator.iter_errors(record):
                if error.validator == "required":
                    column = error.message.split("'")[1]
                else:
                    column = str(error.absolute_path[0]) if error.absolute_path else ""
                rule = rule_of.get(str(error.validator), str(error.validator))
                if error.validator == "pattern" and column in schema.required and not schema.get(column).enum_strings:
                    rule = "required"
                found.add((number, column, rule))
            key = row[schema.identity[0]].strip().lower()
            if key in seen:
                found.add((number, schema.identity[0], "duplicate"))
            seen.add(key)
    elapsed = time.perf_counter() - start
    in_slice = planted_keys(manifest, SLICE)
    in_slice_checkable = {k for k in in_slice if k[2] != "reference"}
    return {
        "seconds": elapsed * (manifest["rows"] / SLICE),
        "slice_seconds": elapsed,
        "found": len(in_slice_checkable & found),
        "planted": len(in_slice),
        "note": "per-row: references to users elsewhere in the file cannot be checked",
    }


# ---- (d) the floor --------------------------------------------------------------------------------
def run_floor(csv_path: Path, manifest: dict, out_dir: Path) -> dict:
    start = time.perf_counter()
    size = len(csv_path.read_bytes())
    return {"seconds": time.perf_counter() - start, "bytes": size}


RUNNERS = {"ours": run_ours, "pandas": run_pandas, "jsonschema": run_jsonschema, "floor": run_floor}


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM (reset by exec, unlike ru_maxrss, which a child
    inherits from a big parent), falling back to getrusage where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(kind: str, data_dir: Path) -> None:
    manifest = json.loads((data_dir / "planted.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as out:
        result = RUNNERS[kind](data_dir / "employees.csv", manifest, Path(out))
    result["peak_mb"] = peak_rss_mb()
    print(json.dumps(result))


def measure(kind: str, data_dir: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--data", str(data_dir)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of (a) and (d); the best is kept")
    parser.add_argument("--child", choices=sorted(RUNNERS))
    args = parser.parse_args()
    if args.child:
        child(args.child, args.data)
        return
    if not (args.data / "employees.csv").exists():
        # In a child too: this process stays small, so the children it starts measure only themselves.
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--rows", str(args.rows), "--out", str(args.data)], check=True
        )
    size_mb = (args.data / "employees.csv").stat().st_size / 1e6
    print(f"file: {args.data / 'employees.csv'} ({size_mb:.1f} MB)")
    results = {}
    for kind in ("floor", "ours", "pandas", "jsonschema"):
        runs = [measure(kind, args.data) for _ in range(args.repeat if kind in ("floor", "ours") else 1)]
        results[kind] = min(runs, key=lambda r: r["seconds"])
        results[kind]["peak_mb"] = max(r["peak_mb"] for r in runs)
        r = results[kind]
        extra = f"  steps {r['steps']}" if "steps" in r else ""
        found = f"  found {r['found']}/{r['planted']} planted" if "found" in r else ""
        print(f"({'abcd'[['ours', 'pandas', 'jsonschema', 'floor'].index(kind)]}) {kind:<10} {r['seconds']:8.2f} s"
              f"  peak {r['peak_mb']:7.0f} MB ({r['peak_mb'] / size_mb:.1f}x file){found}{extra}", flush=True)
    a, b, c, d = (results[k]["seconds"] for k in ("ours", "pandas", "jsonschema", "floor"))
    print(f"b/a = {b / a:.1f}x (goal >= 5)   c/a = {c / a:.1f}x (goal >= 40)   a/d = {a / d:.1f}x from the floor")
    print(f"(c) ran {SLICE:,} records in {results['jsonschema']['slice_seconds']:.2f} s, scaled to the file; "
          f"{results['jsonschema']['note']}")
    mem = results["ours"]["peak_mb"] / size_mb
    print(f"ours: peak memory {mem:.1f}x the file (goal < 4), "
          f"found {results['ours']['found']}/{results['ours']['planted']} planted problems")


if __name__ == "__main__":
    main()
