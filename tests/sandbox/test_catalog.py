"""Schemas, specification and permissions answered from the data files (quick start Step 2, data-format "Custom OUs")."""

from __future__ import annotations

import json
from importlib import resources

from sandbox_http import Api

DATA = resources.files("csod_desktop.sandbox") / "data"


def _file(*parts: str) -> dict:
    node = DATA
    for part in parts:
        node = node / part
    return json.loads(node.read_text(encoding="utf-8"))


def test_schema_requests(api: Api) -> None:
    division = api.call("POST", "/schemas", json={"type": "ou.division", "settings": {}})
    assert division.status_code == 200
    assert division.headers["content-type"].startswith("application/json")
    assert division.headers["cache-control"] == "private"
    assert division.json() == _file("schemas", "ou.division.json")
    # type_id may also come inside the settings; setting names are case-insensitive.
    custom = api.call("POST", "/schemas", json={"type": "ou.customou", "settings": {"TYPE_ID": 52971}})
    assert custom.json()["schema"]["type_id"] == 52971
    guid = api.call("POST", "/schemas", json={"type": "chr.employee", "settings": {"loadprimarykey": "1"}})
    assert guid.json()["schema"]["identity"] == ["EmployeeIdentificationData_Guid"]
    for body in [None, {"type": "chr.unknown"}, {"settings": {}}, {"type": "ou.customou"},
                 {"type": "ou.customou", "type_id": "abc"}]:
        refused = api.call("POST", "/schemas", json=body)
        assert refused.status_code == 400, body
        assert refused.json()["error"]["code"] == "400"


def test_specification_and_permissions_are_the_data_files(api: Api) -> None:
    assert api.call("GET", "/specification").json() == _file("specification.json")
    assert api.call("GET", "/permissions").json() == _file("permissions.json")


def test_unknown_paths_are_404(api: Api) -> None:
    assert api.call("GET", "/nothing-here").status_code == 404
    assert api.call("GET", "/imports/some-id/full").status_code == 404
