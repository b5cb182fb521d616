"""Token endpoint, token expiry on the sandbox clock, and the per-endpoint scope checks (bulk-api-facts.md)."""

from __future__ import annotations

import re

import pytest

from sandbox_http import ALL_SCOPES, Api


def test_token_shape_and_credentials(api: Api) -> None:
    response = api.get_token()
    assert response.status_code == 200
    body = response.json()
    assert re.fullmatch(r"ZWRnZQ:[0-9a-f]{64}", body["access_token"])
    assert body["expires_in"] == 3600 and body["token_type"] == "Bearer"
    assert body["scope"] == ALL_SCOPES
    assert api.get_token(clientSecret="wrong").status_code == 400
    assert api.get_token(clientId="someone-else").status_code == 400
    refused = api.get_token(grantType="password")
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "400"
    assert api.get_token(scope="bulkapijob:read nonsense:scope").status_code == 400
    malformed = api.http.post(api.server.root_url + "/services/api/oauth2/token", content=b"{not json")
    assert malformed.status_code == 400


def test_calls_without_a_valid_token_are_401(api: Api) -> None:
    api.token = None
    assert api.call("GET", "/specification").status_code == 401
    api.token = "ZWRnZQ:" + "0" * 64
    assert api.call("GET", "/specification").status_code == 401


def test_token_expires_on_the_sandbox_clock(api: Api) -> None:
    api.control("config", {"token_lifetime": 5})
    api.login()
    assert api.get_token().json()["expires_in"] == 5
    assert api.call("GET", "/permissions").status_code == 200
    api.control("clock", {"advance_seconds": 4})
    assert api.call("GET", "/permissions").status_code == 200
    api.control("clock", {"advance_seconds": 2})
    expired = api.call("GET", "/permissions")
    assert expired.status_code == 401
    api.login()
    assert api.call("GET", "/permissions").status_code == 200


ENDPOINTS = [
    ("bulkapischema:read", "POST", "/schemas", {"json": {"type": "ou.division"}}, 200),
    ("bulkapispecification:read", "GET", "/specification", {}, 200),
    ("bulkapipermission:read", "GET", "/permissions", {}, 200),
    ("bulkapijob:create", "POST", "/jobs", {"json": {"imports": [{"type": "ou.grade"}]}}, 201),
    ("bulkapijob:read", "GET", "/jobs", {}, 200),
    ("bulkapiimport:load", "POST", "/imports/nope", {"content": b"a\r\n1\r\n"}, 404),
    ("bulkapiimport:read", "GET", "/imports/nope/report", {}, 404),
]


@pytest.mark.parametrize(("scope", "method", "path", "kwargs", "ok"), ENDPOINTS, ids=[e[2] for e in ENDPOINTS])
def test_each_endpoint_checks_its_scope(api: Api, scope: str, method: str, path: str, kwargs: dict, ok: int) -> None:
    others = " ".join(s for s in ALL_SCOPES.split() if s != scope)
    api.login(others)
    refused = api.call(method, path, **kwargs)
    assert refused.status_code == 401, refused.text
    assert refused.json()["error"]["code"] == "401"
    api.login(scope)
    assert api.call(method, path, **kwargs).status_code == ok
