"""``csod-desktop --self-test``: prove this installation works, one pass/fail line per check."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from csod_desktop import facts
from csod_desktop.cli import arguments, exits, terminal
from csod_desktop.errors import CsodError

if TYPE_CHECKING:
    from csod_desktop.services.stores import Stores

PASS, WARN, FAIL = "pass", "warn", "FAIL"

#: Seconds the Qt probe may take (a cold start of Qt on a slow disk, not a hang).
QT_PROBE_TIMEOUT = 90
#: Seconds the windowed executable may take to show its window, and then to close it again.
WINDOW_TIMEOUT = 120
WINDOW_CLOSE_TIMEOUT = 30
#: The windowed executable beside ``csod-desktop`` in a bundle (build_scripts/csod_desktop.spec names it so).
WINDOWED_EXECUTABLE = "CSOD Desktop"


@dataclass
class CheckResult:
    name: str
    status: str  # PASS, WARN (works in a degraded way: does not fail the self-test) or FAIL
    detail: str
    seconds: float = 0.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help="same as --self-test: check this installation end to end",
        description="Start the embedded sandbox, run a small load end to end through the same services "
        "as the window, and print one pass/fail line per check. Exit 0 only when no check failed "
        "('warn' lines are degraded but working, e.g. no OS keyring on a headless machine).",
    )
    parser.add_argument(
        "--qt-probe",
        action="store_true",
        help="internal: only load the Qt platform plugin in this process and report it (used by the self-test)",
    )
    arguments.add_json_argument(parser)
    parser.set_defaults(func=run, uses_stores=True)


def run(args: argparse.Namespace, stores: Stores) -> int:
    """Run every check on the stores ``cli.main`` opened; exit 0 only when none failed (``warn`` does not fail)."""
    if getattr(args, "qt_probe", False):
        return _qt_probe()
    json_mode = bool(getattr(args, "json", False))
    out = sys.stderr if json_mode else sys.stdout
    results: list[CheckResult] = []
    for name, check in CHECKS:
        started = time.monotonic()
        try:
            status, detail = check(stores)
        except KeyboardInterrupt:
            print("Interrupted.", file=sys.stderr)
            return exits.EXIT_INTERRUPTED
        except Exception as exc:  # noqa: BLE001 (a self-test reports every failure, it never crashes)
            status, detail = FAIL, f"{type(exc).__name__}: {exc}"
            if os.environ.get("CSOD_SELFTEST_DEBUG"):
                traceback.print_exc()
        result = CheckResult(name, status, detail, round(time.monotonic() - started, 2))
        results.append(result)
        print(f"{result.status:<4}  {result.name:<22} {result.detail}", file=out, flush=True)
    failed = [r for r in results if r.status == FAIL]
    code = 1 if failed else exits.EXIT_OK
    summary = (
        f"Self-test failed: {len(failed)} of {len(results)} checks." if failed
        else f"Self-test passed: {len(results)} checks."
    )
    print(summary, file=out, flush=True)
    if json_mode:
        document = exits.base_document("self-test")
        document.update(
            ok=not failed,
            exit_code=code,
            checks=[r.__dict__ for r in results],
        )
        exits.emit_json(document)
    return code


# ------------------------------------------------------------------------------------------------ checks


def check_keyring(stores: Stores) -> tuple[str, str]:
    """A working OS keyring stores, reads and deletes a throwaway entry; none at all is a warning."""
    import keyring
    import keyring.errors
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        # A headless server has no keyring; the app then takes the secret for the run
        # (CSOD_CLIENT_SECRET or --client-secret-file), which works, so this is not a failure.
        return WARN, (
            "no OS keyring on this machine: secrets come from CSOD_CLIENT_SECRET or --client-secret-file"
        )
    service, user, value = "csod-desktop-selftest", "probe", f"probe-{os.getpid()}"
    try:
        keyring.set_password(service, user, value)
        read = keyring.get_password(service, user)
        keyring.delete_password(service, user)
    except keyring.errors.KeyringError as exc:
        return FAIL, f"{name} refused a test entry: {exc}"
    if read != value:
        return FAIL, f"{name} returned a different value than it stored"
    return PASS, f"{name} stores, reads and deletes entries"


def check_journal(stores: Stores) -> tuple[str, str]:
    """The journal opened (or was created) in the data folder, and that folder takes a file write."""
    from csod_desktop import paths

    data = paths.data_dir()
    probe = data / f".selftest-{os.getpid()}"
    probe.write_bytes(b"ok")
    probe.unlink()
    journal = stores.journal
    count = len(journal.unfinished_jobs())
    return PASS, f"journal {journal.path} opens and is writable ({count} unfinished jobs)"


def check_tls(stores: Stores) -> tuple[str, str]:
    """The trust store every https:// portal call is verified with (``api.network``, the one configuration)."""
    from csod_desktop.api.network import CERTIFI, trust_store

    trust = trust_store()
    if trust.kind == CERTIFI and not trust.context.cert_store_stats().get("x509_ca", 0):
        return FAIL, "no certificate authorities found: https:// portals cannot be verified"
    return PASS, f"https:// portals are verified against {trust.description}"


def check_qt(stores: Stores) -> tuple[str, str]:
    """Qt's platform plugin loads, in a child process: a missing plugin aborts the process it loads in."""
    if getattr(sys, "frozen", False):
        # In a bundle sys.executable is csod-desktop itself: its hidden probe mode loads Qt.
        command = [sys.executable, "self-test", "--qt-probe"]
    else:
        command = [sys.executable, "-c", "import sys; from csod_desktop.cli import selftest_cmd; sys.exit(selftest_cmd._qt_probe())"]
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display: the headless plugin still proves Qt loads
    done = subprocess.run(command, capture_output=True, text=True, timeout=QT_PROBE_TIMEOUT, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return FAIL, f"Qt did not start (exit {done.returncode}): {' | '.join(tail) or 'no output'}"
    info = json.loads(lines[-1])
    return PASS, f"Qt {info['qt']} loads the '{info['platform']}' platform plugin"


def _qt_probe() -> int:
    """Child side of :func:`check_qt`. PySide6 is imported by name so the CLI's import graph stays Qt-free."""
    import importlib

    qt_core = importlib.import_module("PySide6.QtCore")
    qt_widgets = importlib.import_module("PySide6.QtWidgets")
    app = qt_widgets.QApplication.instance() or qt_widgets.QApplication([sys.argv[0]])
    print(json.dumps({"qt": qt_core.qVersion(), "platform": app.platformName()}), flush=True)
    return 0


def check_window(_stores: Stores | None = None) -> tuple[str, str]:
    """The windowed executable opens its main window on this display; on Linux through Qt's xcb plugin (X11).

    The installers' shortcuts start that executable, and Qt aborts it when a platform plugin's libraries are
    missing, which the offscreen probe above cannot see (issue 17: the xcb plugin's X11 libraries).
    """
    from csod_desktop import paths

    env = dict(os.environ)
    expected = None
    if sys.platform.startswith("linux"):
        if not env.get("DISPLAY"):
            return WARN, "no X11 display here (DISPLAY is not set), so the window was not tried"
        env["QT_QPA_PLATFORM"] = expected = "xcb"
    else:
        env.pop("QT_QPA_PLATFORM", None)  # the OS's own plugin (cocoa, windows), as a shortcut starts it
    # ignore_cleanup_errors: on Windows a just-killed child can hold its files a moment longer.
    with tempfile.TemporaryDirectory(prefix="csod-selftest-window-", ignore_cleanup_errors=True) as tmp:
        shown_file = Path(tmp) / "shown.json"
        env[facts.WINDOW_PROBE_ENV] = str(shown_file)
        env[paths.HOME_ENV] = str(Path(tmp) / "home")  # no profile, no window geometry of the user's touched
        started = time.monotonic()
        with (Path(tmp) / "stderr.txt").open("w+", encoding="utf-8", errors="replace") as stderr:
            child = subprocess.Popen(_windowed_command(), env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=stderr)
            try:
                while not shown_file.exists() and child.poll() is None:
                    if time.monotonic() - started > WINDOW_TIMEOUT:
                        return FAIL, f"no window appeared within {WINDOW_TIMEOUT} s"
                    time.sleep(0.1)
                seconds = time.monotonic() - started
                if not shown_file.exists():
                    stderr.seek(0)
                    return FAIL, f"the window did not open (exit {child.returncode}): {_qt_complaint(stderr.read())}"
                try:
                    child.wait(timeout=WINDOW_CLOSE_TIMEOUT)
                except subprocess.TimeoutExpired:
                    return FAIL, f"the window opened but did not close within {WINDOW_CLOSE_TIMEOUT} s"
            finally:
                if child.poll() is None:
                    child.kill()
                    child.wait()
        shown = json.loads(shown_file.read_text(encoding="utf-8"))
    if expected and shown["platform"] != expected:
        return FAIL, f"the window opened on the '{shown['platform']}' platform plugin, not '{expected}'"
    return PASS, (
        f"'{shown['title']}' opened on the '{shown['platform']}' platform plugin "
        f"({shown['width']}x{shown['height']}) in {seconds:.1f} s"
    )


def _qt_complaint(stderr: str) -> str:
    """Qt's own words on why the window could not open (its ``qt.qpa`` lines name the missing library)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    said = [line for line in lines if line.startswith("qt.qpa")] or lines[-3:]
    return " | ".join(said[:3]) or "no output"


def _windowed_command() -> list[str]:
    """What the installers' shortcuts start: the windowed executable of a bundle, or ``gui_main`` otherwise."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        windowed = executable.with_name(WINDOWED_EXECUTABLE + (".exe" if os.name == "nt" else ""))
        # A one-file build has a single executable, which opens the window when given no command.
        return [str(windowed)] if windowed.is_file() else [str(executable)]
    return [sys.executable, "-c", "import sys; from csod_desktop.cli import gui_main; sys.exit(gui_main())"]


def check_history_export(_stores: Stores | None = None) -> tuple[str, str]:
    """The History step's DuckDB export works here: a job in a scratch journal, exported and read back.

    DuckDB ships with every install and bundle (issue 17), so the window offers the export everywhere.
    """
    import duckdb

    from csod_desktop import paths
    from csod_desktop.cli import build_parser, history_cmd, open_stores
    from csod_desktop.store.journal import NewImport

    with tempfile.TemporaryDirectory(prefix="csod-selftest-history-") as tmp:
        out = Path(tmp) / "history.duckdb"
        with _environment({paths.HOME_ENV: str(Path(tmp) / "home")}), open_stores() as scratch:
            journal = scratch.journal
            job = journal.begin_job("self-test", "http://127.0.0.1:9", "csod-desktop self-test",
                                    [NewImport("chr.employee", label="employees.csv", record_count=2)])
            journal.job_created(job.ref, "selftest-job", ["selftest-import"])
            # The command line's export path, which the window's button shares (services.history).
            args = build_parser().parse_args(["history", "--export", "duckdb", str(out), "--json"])
            history_cmd._history(args, scratch, terminal.Reporter(quiet=True), exits.base_document("history"))
        con = duckdb.connect(str(out), read_only=True)
        try:
            jobs = con.execute("SELECT job_id FROM jobs").fetchall()
            imports = con.execute("SELECT import_id, load_type FROM imports").fetchall()
        finally:
            con.close()
    if jobs != [("selftest-job",)] or imports != [("selftest-import", "chr.employee")]:
        return FAIL, f"the DuckDB file read back {jobs} and {imports}"
    return PASS, f"DuckDB {duckdb.__version__} wrote and read back the tables jobs and imports"


def check_workbooks(_stores: Stores | None = None) -> tuple[str, str]:
    """Read the sample workbook with the native reader the window uses (python-calamine, xlrd for .xls)."""
    import python_calamine
    import xlrd  # noqa: F401 (the .xls number formats: present in the bundle, or .xls files fail)

    from csod_desktop import paths
    from csod_desktop.core.reading import read_table

    sample = paths.resource_path("samples", "employees.xlsx")
    if not sample.is_file():
        return FAIL, f"the sample workbook {sample} is missing from this installation"
    table = read_table(sample)
    same = read_table(paths.resource_path("samples", "employees.csv"))
    if table.n_records != same.n_records or table.headers != same.headers:
        return FAIL, f"{sample.name} read as {table.n_records} records, its CSV twin has {same.n_records}"
    native = Path(python_calamine.__file__).parent.name
    return PASS, f"{sample.name}: {table.n_records} records read natively ({native})"


def check_translations(_stores: Stores | None = None) -> tuple[str, str]:
    """The window's catalogues are here: built ``.qm`` files in the bundle, ``.ts`` sources elsewhere
    (built on first use by ``pyside6-lrelease``, which comes with PySide6)."""
    from csod_desktop import i18n, paths

    frozen = bool(getattr(sys, "frozen", False))
    suffix = ".qm" if frozen else ".ts"
    missing = [code for code in i18n.TRANSLATED
               if not paths.resource_path("i18n", f"csod_desktop_{code}{suffix}").is_file()]
    if missing:
        return FAIL, (f"no {suffix} catalogue for {', '.join(missing)}: the window would show English "
                      "instead; reinstall csod-desktop")
    names = ", ".join(i18n.LANGUAGES[code] for code in i18n.TRANSLATED)
    return PASS, f"{len(i18n.TRANSLATED)} languages besides English ({names})"


def check_sandbox_load(stores: Stores) -> tuple[str, str]:
    """Start the embedded sandbox and run a small employee load through the services the window uses.

    The load runs under a temporary home folder with stores of its own (opened by the same root as
    every command), so the demo job does not land in the user's journal.
    """
    from csod_desktop import paths
    from csod_desktop.cli import open_stores
    from csod_desktop.sandbox.server import SandboxServer

    sample = paths.resource_path("samples", "employees.csv")
    if not sample.is_file():
        return FAIL, f"the sample file {sample} is missing from this installation"
    with tempfile.TemporaryDirectory(prefix="csod-selftest-") as tmp:
        home = Path(tmp)
        secret_file = home / "secret"
        secret_file.write_text("demo-secret\n", encoding="utf-8")
        secret_file.chmod(0o600)
        with _environment({paths.HOME_ENV: str(home / "home"), facts.SECRET_ENV: None}):
            with SandboxServer(relaxed=True, data_dir=home / "sandbox") as server, open_stores() as demo_stores:
                document = _run_load(server.root_url, sample, secret_file, home / "reports", demo_stores)
                import_id = (document["imports"][0] or {}).get("import_id")
                report = (_run_report(server.root_url, import_id, secret_file, home / "report.csv", demo_stores)
                          if import_id else None)
    if document["error"]:
        return FAIL, f"the load failed: {document['error']['message']}"
    totals = document["totals"]
    if document["outcome"] != "loaded" or totals["successful_records"] != totals["records"]:
        return FAIL, (
            f"the load ended '{document['outcome']}': {totals['successful_records']} of "
            f"{totals['records']} records loaded"
        )
    if report is None or report["error"]:
        why = report["error"]["message"] if report else "no import id"
        return FAIL, f"the job completed but its report could not be downloaded: {why}"
    return PASS, (
        f"sandbox job {document['job']['job_id'][:8]}...: {totals['successful_records']} of "
        f"{totals['records']} records loaded, report downloaded ({report['rows']} problem rows)"
    )


def _run_load(root_url: str, sample: Path, secret_file: Path, report_dir: Path, stores: Stores) -> dict:
    """The same code path as 'csod-desktop load --wait --report-dir', in this process, quietly."""
    from csod_desktop.cli import build_parser, load_cmd

    args = build_parser().parse_args(
        [
            "load", "--base-url", root_url, "--client-id", "demo-client",
            "--client-secret-file", str(secret_file), "--import", f"chr.employee={sample}",
            "--label", "csod-desktop self-test", "--wait", "--report-dir", str(report_dir), "--json", "--quiet",
        ]
    )
    document = exits.base_document("load")
    reporter = terminal.Reporter(quiet=True)
    try:
        code = load_cmd._load(args, stores, reporter, document)
    except (CsodError, OSError) as err:
        code = exits.exit_code_for(err)
        document["error"] = exits.error_document(err)
    document["exit_code"] = code
    return document


def _run_report(root_url: str, import_id: str, secret_file: Path, out: Path, stores: Stores) -> dict:
    """The same code path as 'csod-desktop report IMPORT_ID --out FILE' (ledger, cache), in this process."""
    from csod_desktop.cli import build_parser, report_cmd

    args = build_parser().parse_args(
        [
            "report", import_id, "--out", str(out), "--base-url", root_url, "--client-id", "demo-client",
            "--client-secret-file", str(secret_file), "--json",
        ]
    )
    document = exits.base_document("report")
    try:
        report_cmd._report(args, stores, terminal.Reporter(quiet=True), document)
    except (CsodError, OSError) as err:
        document["error"] = exits.error_document(err)
    return document


@contextlib.contextmanager
def _environment(values: dict[str, str | None]) -> Iterator[None]:
    """Set (or, for None, unset) environment variables for a check, and put back what was there."""
    saved = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


CHECKS: list[tuple[str, Callable[[Stores], tuple[str, str]]]] = [
    ("keyring", check_keyring),
    ("journal", check_journal),
    ("tls certificates", check_tls),
    ("qt platform plugin", check_qt),
    ("window", check_window),
    ("workbook reader", check_workbooks),
    ("translations", check_translations),
    ("sandbox load", check_sandbox_load),
    ("history export", check_history_export),
]
