"""The command line behind proxies: the local sandbox is reached directly whatever the environment says."""

from __future__ import annotations

from cli_shapes import SAMPLES, parse_json, run_cli

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _load(sandbox, **env: str):
    return run_cli(
        "load", "--base-url", sandbox.root_url, "--client-id", "demo-client",
        "--import", f"ou.division={SAMPLES / 'divisions.csv'}", "--wait", "--poll-interval", "0.2", "--json",
        NO_PROXY="", no_proxy="", **env,
    )


def test_load_against_the_local_sandbox_works_with_proxies_pointing_at_a_closed_port(sandbox, closed_port):
    dead = f"http://127.0.0.1:{closed_port}"
    done = _load(sandbox, **{name: dead for name in PROXY_VARIABLES})
    assert done.returncode == 0, done.stderr
    assert parse_json(done)["outcome"] == "loaded"


def test_load_never_sends_the_secret_to_the_environments_proxy(sandbox, recording_proxy):
    done = _load(sandbox, **{name: recording_proxy.url for name in PROXY_VARIABLES})
    assert done.returncode == 0, done.stderr
    assert recording_proxy.seen == [] and bytes(recording_proxy.raw) == b""
