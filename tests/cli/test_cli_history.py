"""``csod-desktop history`` (list, CSV and DuckDB exports) on a journal written by the store."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from cli_shapes import parse_json, run_cli, validate_envelope

from csod_desktop.store.journal import Journal, NewImport


@pytest.fixture
def journal_with_a_job():
    journal = Journal()
    job = journal.begin_job(
        "command line",
        "http://127.0.0.1:9",
        "nightly",
        [NewImport("ou.division", label="divisions.csv", record_count=4, source_name="divisions.csv"),
         NewImport("chr.employee", label="people.csv", record_count=5, source_name="people.csv")],
    )
    journal.job_created(job.ref, "job-1", ["imp-1", "imp-2"])
    journal.record_status(
        job.ref,
        [
            {"import_id": "imp-1", "status": "Completed", "total_records": 4, "successful_records": 4,
             "successful_records_with_warnings": 0, "error_records": 0},
            {"import_id": "imp-2", "status": "Completed", "total_records": 5, "successful_records": 3,
             "successful_records_with_warnings": 1, "error_records": 2},
        ],
    )
    journal.close()


def test_empty_history_says_so():
    done = run_cli("history")
    assert done.returncode == 0, done.stderr
    assert "No job in the journal yet." in done.stdout


def test_history_lists_jobs_as_text_and_json(journal_with_a_job):
    done = run_cli("history")
    assert done.returncode == 0, done.stderr
    assert "job-1" in done.stdout and "imp-2" in done.stdout
    doc = parse_json(run_cli("history", "--json"))
    validate_envelope(doc)
    (job,) = doc["jobs"]
    assert job["job_id"] == "job-1" and job["state"] == "finished"
    assert [i["error_records"] for i in job["imports"]] == [0, 2]


def test_history_exports_csv_one_row_per_import(journal_with_a_job, tmp_path):
    out = tmp_path / "history.csv"
    done = run_cli("history", "--export", "csv", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert parse_json(done)["export"] == {"format": "csv", "path": str(out), "rows": 2, "jobs": 1}
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["job_id"], r["import_id"], r["load_type"], r["error_records"]) for r in rows] == [
        ("job-1", "imp-1", "ou.division", "0"),
        ("job-1", "imp-2", "chr.employee", "2"),
    ]


def _duckdb_query(path, sql: str):
    """Run a query in a child process: duckdb's bindings report leaks at exit in the process that loads them."""
    code = (
        "import duckdb, json, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(json.dumps(con.execute(sys.argv[2]).fetchall()))\n"
        "con.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), sql], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [tuple(row) for row in json.loads(done.stdout)]


def test_history_exports_duckdb_tables(journal_with_a_job, tmp_path):
    # No skip: DuckDB is a default dependency (pyproject.toml), not an extra the test run might lack.
    out = tmp_path / "history.duckdb"
    done = run_cli("history", "--export", "DUCKDB", str(out))
    assert done.returncode == 0, done.stderr
    # Two real tables, as the data-pipeline guide mirrors the API's jobs and imports (not a view).
    assert _duckdb_query(
        out, "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' "
        "ORDER BY table_name"
    ) == [("imports", "BASE TABLE"), ("jobs", "BASE TABLE")]
    assert _duckdb_query(out, "SELECT job_id, job_label, job_state FROM jobs") == [("job-1", "nightly", "finished")]
    assert _duckdb_query(out, "SELECT import_id, load_type FROM imports ORDER BY import_id") == [
        ("imp-1", "ou.division"), ("imp-2", "chr.employee")]
    assert _duckdb_query(
        out, "SELECT count(*) FROM imports JOIN jobs USING (job_ref) WHERE jobs.job_id = 'job-1'"
    ) == [(2,)]
    assert _duckdb_query(
        out, "SELECT sum(successful_records), sum(error_records) FROM imports WHERE job_id='job-1'"
    ) == [(7, 2)]
    # Exporting again replaces the table instead of doubling the rows.
    assert run_cli("history", "--export", "duckdb", str(out)).returncode == 0
    assert _duckdb_query(out, "SELECT count(*) FROM imports") == [(2,)]
    assert _duckdb_query(out, "SELECT count(*) FROM jobs") == [(1,)]


def test_duckdb_missing_is_a_clear_usage_error(journal_with_a_job, tmp_path):
    # A sitecustomize on PYTHONPATH hides duckdb from the child process, as in a trimmed environment.
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text(
        "import sys\n"
        "class _Hide:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'duckdb' or name.startswith('duckdb.'):\n"
        "            raise ImportError('duckdb hidden by the test')\n"
        "sys.meta_path.insert(0, _Hide())\n",
        encoding="utf-8",
    )
    done = run_cli("history", "--export", "duckdb", str(tmp_path / "h.duckdb"), PYTHONPATH=str(hide))
    assert done.returncode == 2
    assert "cannot write DuckDB files" in done.stderr and "as CSV" in done.stderr
    assert "pip" not in done.stderr  # a sentence for an administrator, not a developer's command


def test_export_format_is_checked(tmp_path):
    done = run_cli("history", "--export", "xlsx", str(tmp_path / "h.xlsx"))
    assert done.returncode == 2 and "csv or duckdb" in done.stderr
