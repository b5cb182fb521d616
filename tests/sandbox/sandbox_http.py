"""Plain HTTP helpers for the sandbox tests: a thin client over one reused ``httpx.Client`` per server."""

from __future__ import annotations

import time
from typing import Any

import httpx

API = "/services/api/x/bulk-api/v1"
TOKEN_PATH = "/services/api/oauth2/token"
ALL_SCOPES = ("bulkapijob:read bulkapiimport:read bulkapischema:read bulkapijob:create bulkapiimport:load "
              "bulkapispecification:read bulkapipermission:read")
FINAL = {"Completed", "Failed"}


class Api:
    """Plain HTTP against the sandbox: no csod_desktop.api, so the tests see exactly what the portal answers."""

    def __init__(self, server: Any, http: httpx.Client) -> None:
        self.server = server
        self.http = http
        self.token: str | None = None

    def get_token(self, scope: str = ALL_SCOPES, **overrides: Any) -> httpx.Response:
        body = {"clientId": "demo-client", "clientSecret": "demo-secret", "grantType": "client_credentials",
                "scope": scope, **overrides}
        return self.http.post(self.server.root_url + TOKEN_PATH, json=body)

    def login(self, scope: str = ALL_SCOPES) -> Api:
        response = self.get_token(scope)
        assert response.status_code == 200, response.text
        self.token = response.json()["access_token"]
        return self

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return self.http.request(method, self.server.root_url + API + path, headers=headers, **kwargs)

    def control(self, name: str, body: Any = None, method: str | None = None) -> Any:
        return self.server.control(name, body, method=method)

    def create_job(self, *imports: dict[str, Any], callback: str | None = None, expect: int = 201) -> dict[str, Any]:
        body: dict[str, Any] = {"label": "test job", "imports": list(imports)}
        if callback is not None:
            body["callback"] = callback
        response = self.call("POST", "/jobs", json=body)
        assert response.status_code == expect, response.text
        return response.json()

    def post_import(self, import_id: str, body: bytes, content_type: str = "text/csv",
                    expect: int | None = 202, **headers: str) -> httpx.Response:
        response = self.call("POST", f"/imports/{import_id}", content=body,
                             headers={"Content-Type": content_type, **headers})
        if expect is not None:
            assert response.status_code == expect, response.text
        return response

    def load(self, load_type: str, body: bytes, settings: dict[str, Any] | None = None,
             content_type: str = "text/csv", **extra: Any) -> tuple[str, str]:
        """Create a one-import job and post ``body``; returns (job_id, import_id)."""
        job = self.create_job({"type": load_type, "label": "load", "settings": settings or {}, **extra})
        import_id = job["imports"][0]["import_id"]
        self.post_import(import_id, body, content_type)
        return job["job_id"], import_id

    def status(self, job_id: str) -> dict[str, Any]:
        response = self.call("GET", f"/jobs/{job_id}")
        assert response.status_code == 200, response.text
        return response.json()

    def wait(self, job_id: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            body = self.status(job_id)
            if all(item["status"] in FINAL for item in body["imports"]):
                return body
            assert time.monotonic() < deadline, body
            time.sleep(0.02)


def division_csv(*ids: str) -> bytes:
    lines = ["ouRefId,ouName,parentRefId"] + [f"{ou_id},Division {ou_id},SUP_000012100" for ou_id in ids]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")

