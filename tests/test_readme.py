"""The README's Quick start is a contract: CI runs exactly its test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    section = section.split("\n### ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.S)


def test_quick_start_has_exactly_two_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2, commands
    assert all("\n" not in command for command in commands)


def test_ci_runs_the_readme_test_command():
    test_command = _quick_start_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci


def test_the_history_example_reads_an_export(tmp_path):
    """README, "The history in Python": the example runs against a real export and reads its rows."""
    import subprocess
    import sys

    from csod_desktop.services.history import export_duckdb, history_rows
    from csod_desktop.store.journal import Journal, NewImport

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### The history in Python", 1)[1].split("\n### ", 1)[0]
    (example,) = re.findall(r"```python\n(.+?)\n```", section, flags=re.S)
    journal = Journal()
    job = journal.begin_job("acme", "http://127.0.0.1:9", "nightly",
                            [NewImport("chr.employee", label="people.csv", record_count=5)])
    journal.job_created(job.ref, "job-1", ["imp-1"])
    journal.record_status(job.ref, [{"import_id": "imp-1", "status": "Completed", "total_records": 5,
                                     "successful_records": 3, "successful_records_with_warnings": 0,
                                     "error_records": 2}])
    export_duckdb(history_rows(journal), tmp_path / "csod-history.duckdb")
    journal.close()
    # A child process: the example is what a user runs in their own Python.
    done = subprocess.run([sys.executable, "-c", example + "\nprint(rows)"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('nightly', 'chr.employee', 3, 2)]"
