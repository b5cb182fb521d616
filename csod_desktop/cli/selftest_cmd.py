"""``csod-desktop --self-test``: prove this installation works, one pass/fail line per check."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from csod_desktop.cli import common

PASS, WARN, FAIL = "pass", "warn", "FAIL"

#: Seconds the Qt probe may take (a cold start of Qt on a slow disk, not a hang).
QT_PROBE_TIMEOUT = 90


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
    common.add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run every check; exit 0 only when none failed (``warn`` does not fail)."""
    if getattr(args, "qt_probe", False):
        return _qt_probe()
    json_mode = bool(getattr(args, "json", False))
    out = sys.stderr if json_mode else sys.stdout
    results: list[CheckResult] = []
    for name, check in CHECKS:
        started = time.monotonic()
        try:
            status, detail = check()
        except KeyboardInterrupt:
            print("Interrupted.", file=sys.stderr)
            return common.EXIT_INTERRUPTED
        except Exception as exc:  # noqa: BLE001 (a self-test reports every failure, it never crashes)
            status, detail = FAIL, f"{type(exc).__name__}: {exc}"
            if os.environ.get("CSOD_SELFTEST_DEBUG"):
                traceback.print_exc()
        result = CheckResult(name, status, detail, round(time.monotonic() - started, 2))
        results.append(result)
        print(f"{result.status:<4}  {result.name:<22} {result.detail}", file=out, flush=True)
    failed = [r for r in results if r.status == FAIL]
    code = 1 if failed else common.EXIT_OK
    summary = (
        f"Self-test failed: {len(failed)} of {len(results)} checks." if failed
        else f"Self-test passed: {len(results)} checks."
    )
    print(summary, file=out, flush=True)
    if json_mode:
        document = common.base_document("self-test")
        document.update(
            ok=not failed,
            exit_code=code,
            checks=[r.__dict__ for r in results],
        )
        common.emit_json(document)
    return code


# ------------------------------------------------------------------------------------------------ checks


def check_keyring() -> tuple[str, str]:
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


def check_journal() -> tuple[str, str]:
    """The journal opens (or is created) in the data folder, and that folder takes a file write."""
    from csod_desktop import paths

    data = paths.data_dir()
    probe = data / f".selftest-{os.getpid()}"
    probe.write_bytes(b"ok")
    probe.unlink()
    from csod_desktop.store.journal import Journal

    journal = Journal()
    try:
        count = len(journal.unfinished_jobs())
    finally:
        journal.close()
    return PASS, f"journal {journal.path} opens and is writable ({count} unfinished jobs)"


def check_tls() -> tuple[str, str]:
    """Certificate authorities to verify https:// portals: certifi's bundle, or the OS default paths."""
    import ssl

    context = ssl.create_default_context()
    sources = []
    try:
        import certifi

        cafile = certifi.where()
        if Path(cafile).is_file():
            context.load_verify_locations(cafile=cafile)
            sources.append(f"certifi ({cafile})")
    except ImportError:
        pass
    defaults = ssl.get_default_verify_paths()
    for candidate in (defaults.cafile, defaults.capath):
        if candidate and Path(candidate).exists():
            sources.append(candidate)
    count = context.cert_store_stats().get("x509_ca", 0)
    if count == 0 and not (defaults.capath and Path(defaults.capath).is_dir()):
        return FAIL, "no certificate authorities found: https:// portals cannot be verified"
    return PASS, f"{count} certificate authorities loaded from {', '.join(sources) or 'the OS store'}"


def check_qt() -> tuple[str, str]:
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


def check_workbooks() -> tuple[str, str]:
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


def check_sandbox_load() -> tuple[str, str]:
    """Start the embedded sandbox and run a small employee load through the services the window uses.

    The load runs under a temporary home folder, so the demo job does not land in the user's journal.
    """
    from csod_desktop import paths
    from csod_desktop.sandbox.server import SandboxServer

    sample = paths.resource_path("samples", "employees.csv")
    if not sample.is_file():
        return FAIL, f"the sample file {sample} is missing from this installation"
    with tempfile.TemporaryDirectory(prefix="csod-selftest-") as tmp:
        home = Path(tmp)
        secret_file = home / "secret"
        secret_file.write_text("demo-secret\n", encoding="utf-8")
        secret_file.chmod(0o600)
        saved_env = {name: os.environ.get(name) for name in (paths.HOME_ENV, common.SECRET_ENV)}
        os.environ[paths.HOME_ENV] = str(home / "home")
        os.environ.pop(common.SECRET_ENV, None)
        try:
            with SandboxServer(relaxed=True, data_dir=home / "sandbox") as server:
                document = _run_load(server.root_url, sample, secret_file, home / "reports")
                import_id = (document["imports"][0] or {}).get("import_id")
                report = _run_report(server.root_url, import_id, secret_file, home / "report.csv") if import_id else None
        finally:
            for name, value in saved_env.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
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


def _run_load(root_url: str, sample: Path, secret_file: Path, report_dir: Path) -> dict:
    """The same code path as 'csod-desktop load --wait --report-dir', in this process, quietly."""
    from csod_desktop.cli import build_parser, load_cmd

    args = build_parser().parse_args(
        [
            "load", "--base-url", root_url, "--client-id", "demo-client",
            "--client-secret-file", str(secret_file), "--import", f"chr.employee={sample}",
            "--label", "csod-desktop self-test", "--wait", "--report-dir", str(report_dir), "--json", "--quiet",
        ]
    )
    document = common.base_document("load")
    reporter = common.Reporter(quiet=True)
    try:
        code = load_cmd._load(args, reporter, document)
    except (common.CsodError, OSError) as err:
        code = common.exit_code_for(err)
        document["error"] = common.error_document(err)
    document["exit_code"] = code
    return document


def _run_report(root_url: str, import_id: str, secret_file: Path, out: Path) -> dict:
    """The same code path as 'csod-desktop report IMPORT_ID --out FILE' (ledger, cache), in this process."""
    from csod_desktop.cli import build_parser, report_cmd

    args = build_parser().parse_args(
        [
            "report", import_id, "--out", str(out), "--base-url", root_url, "--client-id", "demo-client",
            "--client-secret-file", str(secret_file), "--json",
        ]
    )
    document = common.base_document("report")
    try:
        report_cmd._report(args, common.Reporter(quiet=True), document)
    except (common.CsodError, OSError) as err:
        document["error"] = common.error_document(err)
    return document


CHECKS: list[tuple[str, Callable[[], tuple[str, str]]]] = [
    ("keyring", check_keyring),
    ("journal", check_journal),
    ("tls certificates", check_tls),
    ("qt platform plugin", check_qt),
    ("workbook reader", check_workbooks),
    ("sandbox load", check_sandbox_load),
]
