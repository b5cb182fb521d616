"""Hostile inputs on the command line (issue 19): bounded secret files, header-only files, echoed values, paths."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_shapes import SAMPLES, parse_json, run_cli

from csod_desktop.cli import connection as common
from csod_desktop.errors import SecretError

# Reads the secret file in a child whose address space is capped: without a bounded read, /dev/zero
# ends in MemoryError there instead of eating the machine's memory.
_READ_SECRET = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from pathlib import Path
from csod_desktop.cli import connection as common
from csod_desktop.errors import SecretError
try:
    common.read_secret_file(Path(sys.argv[1]))
except SecretError as exc:
    print("refused:", exc)
"""


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_secret_file_of_endless_zeros_is_refused_at_once():
    done = subprocess.run([sys.executable, "-c", _READ_SECRET, "/dev/zero"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("refused:") and "4 KB" in done.stdout and "not a secret file" in done.stdout


def test_a_big_or_binary_secret_file_is_refused_without_reading_it_whole(tmp_path):
    big = tmp_path / "big"
    with big.open("wb") as handle:
        handle.write(b"s3cret\n")
        handle.truncate(64 * 1024 * 1024)  # sparse: 64 MB of NUL bytes after the secret
    with pytest.raises(SecretError, match="more than 4 KB"):
        common.read_secret_file(big)
    binary = tmp_path / "binary"
    binary.write_bytes(b"\x00\x01\x02secret")
    with pytest.raises(SecretError, match="not a text file"):
        common.read_secret_file(binary)
    fine = tmp_path / "fine"
    fine.write_text("s3cret\n", encoding="utf-8")
    os.chmod(fine, 0o600)
    assert common.read_secret_file(fine) == "s3cret"


def _where(sandbox) -> list[str]:
    return ["--base-url", sandbox.root_url, "--client-id", "demo-client"]


def test_a_header_only_file_is_refused_by_the_dry_run_as_by_the_real_load(sandbox, tmp_path):
    header = (SAMPLES / "employees.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    path = tmp_path / "header_only.csv"
    path.write_text(header + "\r\n", encoding="utf-8")
    for extra in (["--dry-run"], []):
        done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={path}", "--json", *extra)
        assert done.returncode == 2, (extra, done.stderr)
        doc = parse_json(done)
        assert doc["outcome"] == "invalid" and doc["error"]["type"] == "InvalidData"
        assert "header_only.csv holds no record, only a header" in doc["error"]["message"]
    assert not [r for r in sandbox.requests() if r["method"] == "POST" and "/bulk-api/v1/jobs" in r["path"]]


def test_a_huge_cell_is_refused_but_not_echoed_whole_into_the_json_document(sandbox, tmp_path):
    lines = (SAMPLES / "employees.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    first = lines[1].split(",")
    huge = "Z" * 3_000_000
    first[header.index("PersonData_NameData_FirstName")] = huge
    path = tmp_path / "huge_cell.csv"
    path.write_text("\r\n".join([lines[0], ",".join(first), *lines[2:]]) + "\r\n", encoding="utf-8")
    done = run_cli("load", *_where(sandbox), "--import", f"chr.employee={path}", "--dry-run", "--json")
    assert done.returncode == 2, done.stderr[-2000:]
    doc = parse_json(done)
    (problem,) = [p for p in doc["imports"][0]["problems"]["items"] if p["rule"] == "max_length"]
    assert problem["row"] == 1 and "3000000 characters long" in problem["message"]
    assert problem["value"].endswith("… (3000000 characters)") and len(problem["value"]) < 300
    assert len(done.stdout) < 100_000 and len(done.stderr) < 100_000
