"""The command line's argument checks, exit-code policy and output helpers, in-process (no portal)."""

from __future__ import annotations

import argparse
import io
import json
import os
from pathlib import Path

import pytest

from csod_desktop.cli import connection, exits, load_cmd, terminal
from csod_desktop.errors import (
    AuthenticationError,
    Cancelled,
    ConfigError,
    InputFileError,
    NetworkError,
    PermissionDeniedError,
    SecretError,
    ServerError,
    TemplateError,
    ThrottledError,
)


def _load_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(exit_on_error=False)
    sub = parser.add_subparsers()
    load_cmd.register(sub)
    return parser.parse_args(["load", *argv])


def test_imports_mappings_and_settings_are_combined_per_type(tmp_path):
    args = _load_args(
        "--base-url", "http://127.0.0.1:1", "--client-id", "x",
        "--import", "ou.division=div.csv",
        "--import", "chr.employee=people.csv",
        "--mapping", "chr.employee=tpl.json",
        "--setting", "datetime_culture=en-GB",
        "--setting", "chr.employee:LoadPrimaryKey=0",
        "--setting", "ou.division:AllowInactiveOuAndUser=true",
    )
    request = load_cmd.parse_request(args)
    division, employee = request.imports
    assert (division.type, division.path, division.mapping) == ("ou.division", Path("div.csv"), None)
    assert employee.mapping == Path("tpl.json")
    assert division.settings == {"datetime_culture": "en-GB", "AllowInactiveOuAndUser": True}
    assert employee.settings == {"datetime_culture": "en-GB", "LoadPrimaryKey": 0}
    assert request.on_invalid == "abort" and not request.wait


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        ([], "at least one --import"),
        (["--import", "chr.employee"], "KEY=VALUE"),
        (["--import", "chr.employee=a.csv", "--mapping", "ou.division=t.json"], "no --import loads"),
        (["--import", "chr.employee=a.csv", "--setting", "ou.grade:x=1"], "no --import loads"),
        (["--import", "chr.employee=a.csv", "--callback", "http://acme.example/cb"], "https://"),
        (["--import", "chr.employee=a.csv", "--dry-run", "--report-dir", "r"], "--dry-run"),
        (
            ["--import", "chr.employee=a.csv", "--mapping", "chr.employee=a.json", "--mapping", "chr.employee=b.json"],
            "Two --mapping",
        ),
    ],
)
def test_misused_options_are_usage_errors(argv, needle):
    args = _load_args("--profile", "p", *argv)
    with pytest.raises(ConfigError) as info:
        load_cmd.parse_request(args)
    assert needle in str(info.value)
    assert exits.exit_code_for(info.value) == exits.EXIT_USAGE


def test_more_than_twenty_imports_are_refused():
    argv = []
    for n in range(21):
        argv += ["--import", f"ou.customou{n}=f{n}.csv"]
    with pytest.raises(ConfigError, match="at most 20"):
        load_cmd.parse_request(_load_args("--profile", "p", *argv))


def test_report_dir_implies_wait():
    request = load_cmd.parse_request(_load_args("--profile", "p", "--import", "chr.employee=a", "--report-dir", "r"))
    assert request.wait and request.report_dir == Path("r")


def test_setting_values_are_typed_like_the_quick_start():
    assert load_cmd.coerce_setting("true") is True
    assert load_cmd.coerce_setting("False") is False
    assert load_cmd.coerce_setting("0") == 0
    assert load_cmd.coerce_setting("en-US") == "en-US"
    assert load_cmd.coerce_setting("007") == "007"  # an id with leading zeros stays text


def test_reconcile_is_detected_whatever_the_case():
    request = load_cmd.parse_request(
        _load_args("--profile", "p", "--import", "chr.employee=a", "--setting", "reconcileusers=TRUE")
    )
    assert load_cmd.reconcile_requested(request)
    request = load_cmd.parse_request(
        _load_args("--profile", "p", "--import", "chr.employee=a", "--setting", "ReconcileUsers=false")
    )
    assert not load_cmd.reconcile_requested(request)


def test_secret_on_the_command_line_is_refused_with_the_reason(capsys):
    with pytest.raises(SystemExit) as info:
        _load_args("--profile", "p", "--client-secret", "s3cret", "--import", "chr.employee=a")
    assert info.value.code == 2
    assert "never a command-line argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("err", "code"),
    [
        (AuthenticationError("rejected", status=400), 2),
        (ConfigError("bad"), 2),
        (SecretError("none"), 2),
        (InputFileError("unreadable", line=3), 2),
        (TemplateError("bad template"), 2),
        (NetworkError("down"), 4),
        (ServerError("503", status=503), 4),
        (ThrottledError("429", status=429), 4),
        (PermissionDeniedError("scope", status=401), 4),
        (Cancelled(), 5),
        (KeyboardInterrupt(), 5),
        (RuntimeError("bug"), 1),
    ],
)
def test_exit_code_policy(err, code):
    assert exits.exit_code_for(err) == code


def test_connection_request_needs_a_portal_and_a_client_id(monkeypatch):
    ns = argparse.Namespace(profile=None, base_url=None, portal=None, env=None, client_id=None, client_secret_file=None)
    with pytest.raises(ConfigError, match="No portal"):
        connection.connection_request(ns)
    ns.base_url = "https://acme.csod.com"
    with pytest.raises(ConfigError, match="--client-id"):
        connection.connection_request(ns)
    ns.client_id = "abc"
    with pytest.raises(SecretError, match="No client secret"):
        connection.connection_request(ns)
    monkeypatch.setenv("CSOD_CLIENT_SECRET", " s3cret\n")
    request = connection.connection_request(ns)
    assert (request.secret, request.secret_source) == ("s3cret", "environment")


def test_secret_file_wins_over_the_environment_and_warns_when_shared(tmp_path, monkeypatch, capsys):
    secret = tmp_path / "secret"
    secret.write_text("from-file\nignored\n", encoding="utf-8")
    os.chmod(secret, 0o644)
    monkeypatch.setenv("CSOD_CLIENT_SECRET", "from-env")
    ns = argparse.Namespace(
        profile=None, base_url=None, portal="acme", env=None, client_id="abc", client_secret_file=secret
    )
    request = connection.connection_request(ns)
    assert (request.secret, request.secret_source, request.environment) == ("from-file", "file", "production")
    if os.name == "posix":
        assert "chmod 600" in capsys.readouterr().err
    secret.write_text("\n", encoding="utf-8")
    with pytest.raises(SecretError, match="empty"):
        connection.connection_request(ns)


def test_env_without_portal_and_both_roots_are_refused():
    base = dict(profile=None, client_id="x", client_secret_file=None)
    with pytest.raises(ConfigError, match="not both"):
        connection.connection_request(argparse.Namespace(base_url="https://a", portal="a", env=None, **base))
    with pytest.raises(ConfigError, match="--env goes with --portal"):
        connection.connection_request(argparse.Namespace(base_url="https://a", portal=None, env="stage", **base))


def test_run_command_turns_errors_into_the_json_envelope(capsys):
    def body(args, stores, reporter, document):
        assert stores is given  # the stores cli.main opened are handed to the body
        raise AuthenticationError("The portal refused the client id or secret.", status=400, hint="Check it.")

    given = object()
    code = exits.run_command(argparse.Namespace(json=True), "types", body, given)
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert code == 2
    assert document == {
        "schema_version": 1,
        "command": "types",
        "ok": False,
        "exit_code": 2,
        "error": {
            "type": "AuthenticationError",
            "message": "The portal refused the client id or secret.",
            "hint": "Check it.",
            "status": 400,
        },
    }
    assert "error: The portal refused" in captured.err


def test_reporter_draws_a_bar_only_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    plain = io.StringIO()
    reporter = terminal.Reporter(stream=plain)
    for n in range(5):
        reporter.progress("Validating", n / 4)
    assert plain.getvalue() == "Validating ...\n"  # one line per step in logs
    tty = Tty()
    reporter = terminal.Reporter(stream=tty)
    reporter.progress("Validating", 0.5)
    assert "\r[" in tty.getvalue() and "50%" in tty.getvalue()
    quiet = io.StringIO()
    terminal.Reporter(stream=quiet, quiet=True).progress("x", 0.1)
    assert quiet.getvalue() == ""


def test_mapping_origin_names_how_each_file_was_mapped():
    from types import SimpleNamespace as NS

    from csod_desktop.services.mapping_choice import mapping_origin

    def mapping(*methods, target="x"):
        return NS(matches=[NS(source=f"c{i}", target=target, method=m) for i, m in enumerate(methods)])

    assert mapping_origin(mapping("template"), True) == "template"
    assert mapping_origin(mapping("template", "template"), False) == "remembered"
    assert mapping_origin(mapping("name", "name"), False) == "exact"
    assert mapping_origin(mapping("name", "title"), False) == "auto"
    assert mapping_origin(mapping("name", target=None), False) == "auto"  # an unmapped column is not exact


def test_reconcile_word_is_the_windows_one():
    from types import SimpleNamespace as NS

    from csod_desktop.cli.load_steps import check_reconcile, portal_name

    acme = NS(profile=NS(portal="acme", is_sandbox=False, root_url="https://acme.csod.com"))
    sandbox = NS(profile=NS(portal=None, is_sandbox=True, root_url="http://127.0.0.1:8765"))
    pilot = NS(profile=NS(portal=None, is_sandbox=False, root_url="https://acme-pil.csod.com"))
    assert [portal_name(c) for c in (acme, sandbox, pilot)] == ["acme", "sandbox", "acme-pil.csod.com"]
    check_reconcile(acme, " acme ")
    with pytest.raises(ConfigError, match="portal acme") as info:
        check_reconcile(acme, "ACME-stage")
    assert "--confirm-reconcile acme" in info.value.hint
    with pytest.raises(ConfigError):
        check_reconcile(acme, None)


def test_exit_code_for_a_finished_job():
    from csod_desktop.cli.status_cmd import exit_code_for_job

    assert exit_code_for_job({"finished": True, "imports": [{"error_records": 0, "error_status": None}]}) == 0
    assert exit_code_for_job({"finished": True, "imports": [{"error_records": 2}]}) == 3
    assert exit_code_for_job({"finished": True, "imports": [{"error_records": 0, "error_status": "Unreadable"}]}) == 3
    assert exit_code_for_job({"finished": False, "imports": []}) == 4
