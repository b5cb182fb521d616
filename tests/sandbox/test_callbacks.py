"""The job callback: HTTPS only, POSTed once when every import is done (bulk-api-facts.md, "Callback")."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme

from sandbox_http import Api, division_csv


class _Receiver(BaseHTTPRequestHandler):
    received: list[dict[str, Any]]

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", "0"))
        self.received.append({"path": self.path, "body": json.loads(self.rfile.read(length)),
                              "authorization": self.headers.get("Authorization")})
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test server
        pass


@pytest.fixture
def https_receiver(tmp_path: Path) -> Iterator[tuple[str, list[dict[str, Any]], Path]]:
    """A local HTTPS endpoint with a throwaway CA; yields (url, received bodies, CA bundle path)."""
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    received: list[dict[str, Any]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/csod-callback?token=one-time", received, bundle
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _wait_for(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_callback_posted_once_when_the_job_completes(api: Api, https_receiver) -> None:  # noqa: ANN001
    url, received, bundle = https_receiver
    api.control("config", {"callback_ca_bundle": str(bundle), "processing_seconds": 600})
    job = api.create_job({"type": "ou.division"}, {"type": "ou.grade"}, callback=url)
    first, second = (i["import_id"] for i in job["imports"])
    api.post_import(first, division_csv("SUP_CB"))
    api.control("clock", {"advance_seconds": 601})
    _wait_for(lambda: api.status(job["job_id"])["imports"][0]["status"] == "Completed")
    time.sleep(0.2)
    assert received == []  # one import is done, the other has no data yet: the job is not complete
    api.control("config", {"processing_seconds": 0})
    api.post_import(second, b"ouRefId,ouName\r\nG-CB,Grade\r\n")
    _wait_for(lambda: received)
    time.sleep(0.3)  # nothing else comes, even as the worker keeps looking
    api.control("clock", {"advance_seconds": 60})
    time.sleep(0.2)
    assert len(received) == 1
    assert received[0]["body"] == {"job_id": job["job_id"], "job_status": "Completed"}
    assert received[0]["path"] == "/csod-callback?token=one-time"
    assert received[0]["authorization"] is None  # no authentication
    (logged,) = api.control("callbacks")
    assert logged["job_id"] == job["job_id"] and logged["status"] == 200 and logged["error"] is None


def test_failed_callback_is_not_retried(api: Api, tmp_path: Path) -> None:
    # Nothing listens there: one attempt, recorded with its error, never repeated.
    job = api.create_job({"type": "ou.division"}, callback="https://127.0.0.1:9/nobody-home")
    api.post_import(job["imports"][0]["import_id"], division_csv("SUP_CB2"))
    _wait_for(lambda: api.control("callbacks"))
    time.sleep(0.3)
    (logged,) = api.control("callbacks")
    assert logged["status"] is None and logged["error"]


def test_http_callback_refused_at_job_creation(api: Api) -> None:
    refused = api.call("POST", "/jobs", json={"imports": [{"type": "ou.grade"}], "callback": "http://127.0.0.1/cb"})
    assert refused.status_code == 400
    assert "https" in refused.json()["error"]["message"]
