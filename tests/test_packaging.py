"""A regular (non-editable) install carries the stylesheet, icons, samples and the sandbox's data, and a
fresh ``pip install`` of the wheel exports the history to DuckDB without any extra."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from csod_desktop.store.journal import Journal, NewImport

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("csod_desktop-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_resources_and_sandbox_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "csod_desktop/resources/styles/app.qss",
        "csod_desktop/resources/icons/csod-desktop.png",
        "csod_desktop/resources/samples/quickstart_employees.csv",
        "csod_desktop/sandbox/data/schemas/chr.employee.json",
        "csod_desktop/sandbox/data/specification.json",
        "csod_desktop/sandbox/data/seed/users.json",
    ):
        assert needed in names, needed
    # Nothing from the repository's top level leaks into site-packages as a package of its own.
    assert not any(name.startswith(("resources/", "tests/", "build_scripts/")) for name in names)


def _default_requirements(wheel: Path) -> set[str]:
    """The distribution names a plain ``pip install`` of the wheel pulls in (Requires-Dist without an extra)."""
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode().splitlines()
    requires = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Requires-Dist:")]
    return {r.split(";")[0].split(">")[0].split("=")[0].split("<")[0].strip().lower() for r in requires if "extra ==" not in r}


@pytest.mark.slow
def test_default_dependencies_carry_duckdb_and_not_pandas(wheel):
    default = _default_requirements(wheel)
    assert "duckdb" in default  # the History step's export, without an extra (issue 17)
    # Nothing imports pandas: it and NumPy cost ~160 MB in every install (README, "Install").
    assert "pandas" not in default and "numpy" not in default


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_fresh_install_exports_the_history_to_duckdb(wheel, tmp_path):
    env_dir = tmp_path / "fresh"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, timeout=1100,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    journal = Journal()
    job = journal.begin_job("acme", "http://127.0.0.1:9", "nightly",
                            [NewImport("chr.employee", label="people.csv", record_count=3)])
    journal.job_created(job.ref, "job-7", ["imp-7"])
    journal.close()
    out = tmp_path / "history.duckdb"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    exported = subprocess.run(
        [str(bindir / "csod-desktop"), "history", "--export", "duckdb", str(out), "--json"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["export"]["rows"] == 1
    read_back = (
        "import duckdb, importlib.util, json, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(json.dumps([con.execute('SELECT job_id FROM jobs').fetchall(),\n"
        "                  con.execute('SELECT import_id, load_type FROM imports').fetchall(),\n"
        "                  importlib.util.find_spec('pandas') is None]))\n"
    )
    done = subprocess.run([str(python), "-c", read_back, str(out)], capture_output=True, text=True, timeout=60,
                          env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    jobs, imports, no_pandas = json.loads(done.stdout)
    assert jobs == [["job-7"]] and imports == [["imp-7", "chr.employee"]]
    assert no_pandas  # the fresh install did not bring pandas along
