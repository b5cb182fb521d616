"""The sandbox's Employee API v2 and OU API, as employee-ou-api-facts.md §1 and §2 describe them, over the same
portal the Bulk API loads into (plain HTTP: what a client sees on the wire)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from csod_desktop import facts
from sandbox_http import ALL_SCOPES, TOKEN_PATH, Api

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
EMPLOYEE_READ = facts.EMPLOYEE_READ_SCOPE


class People:
    """GETs on the Employee and OU APIs with a token of one OAuth application."""

    def __init__(self, server: Any, http: httpx.Client, client_id: str = "demo-client",
                 scope: str | None = None) -> None:
        self.server, self.http = server, http
        body = {"clientId": client_id, "clientSecret": "demo-secret", "grantType": "client_credentials"}
        if scope is not None:
            body["scope"] = scope
        answer = http.post(server.root_url + TOKEN_PATH, json=body)
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["access_token"]

    def get(self, path: str, params: dict[str, Any] | None = None, **headers: str) -> httpx.Response:
        return self.http.get(self.server.root_url + path, params=params,
                             headers={"Authorization": f"Bearer {self.token}", **headers})

    def employees(self, **params: Any) -> httpx.Response:
        return self.get(facts.EMPLOYEES_PATH, params)

    def all_employees(self, page_size: int = 100) -> list[dict[str, Any]]:
        out, token = [], None
        while True:
            params: dict[str, Any] = {"pageSize": page_size}
            if token:
                params["nextPageToken"] = token
            body = self.employees(**params).json()
            out += body["data"]
            token = body.get("nextpagetoken")
            if not token:
                return out


@pytest.fixture
def people(sandbox: Any, http: httpx.Client) -> People:
    return People(sandbox, http)


def test_list_envelope_and_page_tokens(people: People) -> None:
    first = people.employees(pageSize=2)
    assert first.status_code == 200
    body = first.json()
    assert list(body) == ["timestamp", "nextpagetoken", "count", "data"]  # the example's keys, lower-case token
    assert body["count"] == 2 and len(body["data"]) == 2
    assert body["data"][0]["externalId"] == "bsuser" and body["data"][0]["userName"] == "CSODBSAdmin"
    assert body["data"][0]["id"] == 1  # the system account of the doc's own example
    second = people.employees(nextPageToken=body["nextpagetoken"]).json()
    assert [e["id"] for e in second["data"]] == [3, 4]  # the token remembers pageSize and the place
    # Treat the token as opaque: an altered one is refused.
    altered = people.employees(nextPageToken=body["nextpagetoken"][:-2] + "xx")
    assert altered.status_code == 400 and "page token" in altered.json()["error"]["message"]


def test_default_page_sizes_and_maximum(people: People, sandbox: Any) -> None:
    assert len(people.employees().json()["data"]) == facts.EMPLOYEE_PAGE_SIZE
    assert len(people.get(facts.OUS_PATH).json()["data"]) == facts.OU_PAGE_SIZE
    assert people.employees(pageSize=1000).status_code == 200
    assert people.employees(pageSize=1001).status_code == 400
    sandbox.control("config", {"max_page_size": 200})
    assert people.employees(pageSize=201).status_code == 400


def test_a_page_token_lives_five_minutes_on_the_sandbox_clock(people: People, sandbox: Any) -> None:
    token = people.employees(pageSize=10).json()["nextpagetoken"]
    sandbox.control("clock", {"advance_seconds": facts.PAGE_TOKEN_TTL - 2})
    page = people.employees(nextPageToken=token).json()
    assert page["count"] == 10
    sandbox.control("clock", {"advance_seconds": 3})  # 5 minutes after the response that carried it
    assert people.employees(nextPageToken=token).status_code == 400
    assert people.employees(nextPageToken=page["nextpagetoken"]).status_code == 200  # its own clock


def test_full_listing_pages_to_the_end_with_every_employee_once(people: People, sandbox: Any) -> None:
    everyone = people.all_employees(page_size=40)
    ids = [e["externalId"] for e in everyone]
    assert len(ids) == len(set(ids)) == 278  # 277 seeded employees and the system account
    by_id = {e["id"]: e for e in everyone}
    ceo = next(e for e in everyone if e["externalId"] == "948752281")
    vp = next(e for e in everyone if e["externalId"] == "903300421")
    assert vp["managerId"] == ceo["id"] and ceo["managerId"] is None
    assert all(e["managerId"] is None or e["managerId"] in by_id for e in everyone)
    inactive = {e["externalId"] for e in everyone if not e["workerStatus"]["active"]}
    assert inactive == {"958120334", "963004417", "971555208"}
    assert "active" not in ceo and "status" not in ceo  # workerStatus.active only (§1)


def test_filters(people: People) -> None:
    one = people.employees(externalId="948752281")
    assert one.status_code == 200 and isinstance(one.json(), list)  # the quick starts' bare array
    assert [e["userName"] for e in one.json()] == ["daniel.kim"]
    assert people.employees(externalId="904321062").json() == []  # an absent user: an empty list
    by_name = people.employees(userName="DANIEL.KIM").json()["data"]
    assert [e["externalId"] for e in by_name] == ["948752281"]
    active = people.employees(status="active", pageSize=1000).json()
    assert active["count"] == 275 and all(e["workerStatus"]["active"] for e in active["data"])
    assert people.employees(status="inactive").json()["count"] == 3
    assert people.employees(status="sleeping").status_code == 400
    assert people.employees(lastName="Kim", firstName="Daniel").json()["count"] == 1  # filters combine
    ids = people.employees(ids="1,2").json()["data"]
    assert [e["externalId"] for e in ids] == ["bsuser", "948752281"]
    assert people.employees(createdDate="2011-08-22").json()["count"] >= 1  # the CEO's hire date (seed)
    assert people.employees(createddate="2011-08-22").json()["count"] >= 1  # names in any case


def test_ous_filter_takes_internal_ou_ids_without_subordinates(people: People) -> None:
    finance = people.get(facts.OUS_PATH, {"externalId": "SUP_000012152", "typeId": 2}).json()["data"]
    assert len(finance) == 1
    members = people.employees(ous=finance[0]["id"], pageSize=1000).json()["data"]
    assert members and len(members) < 100
    root = people.get(facts.OUS_PATH, {"externalId": "SUP_000012100"}).json()["data"][0]
    in_root = people.employees(ous=root["id"], pageSize=1000).json()["data"]
    assert {e["externalId"] for e in members}.isdisjoint({e["externalId"] for e in in_root})
    both = people.employees(ous=f"{finance[0]['id']},{root['id']}", pageSize=1000).json()["data"]
    assert len(both) == len(members) + len(in_root)


def test_ou_api_types_and_lookups(people: People) -> None:
    types = people.get(facts.OU_TYPES_PATH).json()
    assert {"timestamp", "pageNumber", "count", "data"} <= set(types)
    names = {t["id"]: t["name"] for t in types["data"]}
    assert names[2] == "Division" and names[4] == "Position" and names[524291] == "Employee Type"
    assert all(set(t) == {"id", "name", "description", "details"} for t in types["data"])
    divisions = people.get(facts.OUS_PATH, {"typeId": 2, "pageSize": 1000}).json()["data"]
    by_id = {d["id"]: d for d in divisions}
    assert all(d["typeId"] == 2 for d in divisions)
    sales_west = next(d for d in divisions if d["externalId"] == "SUPERVISORY_ORGANIZATION-3-9286")
    assert by_id[sales_west["parentId"]]["typeId"] == 2
    assert set(sales_west) >= {"id", "typeId", "active", "name", "externalId", "ownerId", "description",
                               "parentId", "reconcilable", "customFields"}
    inactive = next(d for d in divisions if d["externalId"] == "SUP_000012199")
    assert inactive["active"] is False
    # OU ids are unique within their type only: "Typist" is a position, not a division.
    assert people.get(facts.OUS_PATH, {"externalId": "Typist", "typeId": 2}).json()["data"] == []
    assert len(people.get(facts.OUS_PATH, {"externalId": "Typist"}).json()["data"]) == 1


def test_scopes(sandbox: Any, http: httpx.Client) -> None:
    bulk_only_token = People(sandbox, http, scope=ALL_SCOPES)  # the demo application, Bulk scopes asked only
    assert bulk_only_token.employees().status_code == 401
    assert bulk_only_token.get(facts.OUS_PATH).status_code == 401
    assert People(sandbox, http, scope=EMPLOYEE_READ).employees().status_code == 200
    # An application registered without the Employee API scopes: asking for it is refused at the token.
    refused = http.post(sandbox.root_url + TOKEN_PATH, json={
        "clientId": "bulk-only-client", "clientSecret": "demo-secret", "grantType": "client_credentials",
        "scope": f"{ALL_SCOPES} {EMPLOYEE_READ}"})
    assert refused.status_code == 400 and EMPLOYEE_READ in refused.json()["error"]["message"]
    plain = People(sandbox, http, client_id="bulk-only-client")
    assert plain.employees().status_code == 401
    assert plain.http.get(sandbox.root_url + "/services/api/x/bulk-api/v1/permissions",
                          headers={"Authorization": f"Bearer {plain.token}"}).status_code == 200


def test_constrained_view_lists_part_of_the_portal(sandbox: Any, http: httpx.Client, people: People) -> None:
    constrained = People(sandbox, http, client_id="constrained-client")
    seen = constrained.all_employees()
    everyone = people.all_employees()
    assert 0 < len(seen) < len(everyone)
    ids = {e["id"] for e in seen}
    assert any(e["managerId"] not in ids for e in seen if e["managerId"])  # managers outside the view
    sandbox.control("config", {"constrained_view": ["SUP_000012100"]})  # the root division: everyone in it
    assert len(constrained.all_employees()) == len(everyone)


def test_a_loaded_employee_appears_and_reconcile_really_deactivates(sandbox: Any, http: httpx.Client,
                                                                    people: People) -> None:
    api = Api(sandbox, http).login()
    job, _ = api.load("chr.employee", (SAMPLES / "employees.csv").read_bytes(), {"LoadPrimaryKey": 0})
    api.wait(job)
    found = people.employees(externalId="E10002").json()
    assert len(found) == 1 and found[0]["workerStatus"]["active"] is True
    manager = people.employees(externalId="E10001").json()[0]
    assert found[0]["managerId"] == manager["id"] and found[0]["id"] > 278  # new internal ids
    assert found[0]["employeeMetaData"]["createdDate"]
    before = {e["externalId"] for e in people.all_employees() if e["workerStatus"]["active"]}
    body = b"EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName\r\n" \
           b"948752281,Daniel,Kim\r\nE10001,Francois,Allen\r\n"
    job, _ = api.load("chr.employee", body, {"LoadPrimaryKey": 0, "ReconcileUsers": True})
    api.wait(job)
    after = {e["externalId"] for e in people.all_employees() if e["workerStatus"]["active"]}
    assert after == {"948752281", "E10001"} and len(before) == 275 + 50


@pytest.mark.parametrize(("setting", "check"), [
    ({"page_token_key": "nextPageToken"}, lambda b: "nextPageToken" in b and "nextpagetoken" not in b),
    ({"count_is": "total"}, lambda b: b["count"] == 278 and len(b["data"]) == 5),
    ({"list_shape": "bare"}, lambda b: isinstance(b, list) and len(b) == 278),
])
def test_alternative_shapes_for_what_the_reference_leaves_open(people: People, sandbox: Any, setting: dict,
                                                               check: Any) -> None:
    sandbox.control("config", setting)
    assert check(people.employees(pageSize=5).json())


@pytest.mark.parametrize(("last", "expected"), [("absent", ...), ("null", None), ("empty", "")])
def test_last_page_token_variants(people: People, sandbox: Any, last: str, expected: Any) -> None:
    sandbox.control("config", {"last_page_token": last})
    body = people.get(facts.OU_TYPES_PATH).json()  # one page
    if expected is ...:
        assert "nextpagetoken" not in body
    else:
        assert body["nextpagetoken"] == expected


def test_token_sent_back_in_a_header_when_configured(people: People, sandbox: Any) -> None:
    sandbox.control("config", {"page_token_param": "header:nextPageToken"})
    token = people.employees(pageSize=3).json()["nextpagetoken"]
    ignored = people.employees(nextPageToken=token).json()  # the query parameter is not looked at now
    assert ignored["data"][0]["id"] == 1
    page = people.get(facts.EMPLOYEES_PATH, None, nextPageToken=token).json()
    assert page["data"][0]["id"] == 4


def test_documented_per_minute_throttles(throttled_sandbox: Any, http: httpx.Client) -> None:
    people = People(throttled_sandbox, http)
    limit = facts.THROTTLES[facts.EMPLOYEES].per_minute
    assert limit == 75
    for _ in range(limit):
        assert people.employees(pageSize=1).status_code == 200
    refused = people.employees(pageSize=1)
    assert refused.status_code == 429 and refused.json()["error"]["message"] == "CSOD Too many requests."
    # Limits are per URI: the OU API still answers.
    assert people.get(facts.OU_TYPES_PATH).status_code == 200
    throttled_sandbox.control("clock", {"advance_seconds": 61})
    assert people.employees(pageSize=1).status_code == 200
    ous = facts.THROTTLES[facts.OUS].per_minute
    for _ in range(ous):
        assert people.get(facts.OUS_PATH, {"pageSize": 1}).status_code == 200
    assert people.get(facts.OUS_PATH, {"pageSize": 1}).status_code == 429


def test_control_plane_adds_employees(people: People, sandbox: Any) -> None:
    added = sandbox.control("users", {"users": [
        {"EmployeeIdentificationData_UserId": f"B{i:05d}", "PersonData_NameData_FirstName": "Bench",
         "PersonData_NameData_LastName": str(i), "DirectManager": "948752281"} for i in range(30)]})
    assert added == {"users": 30}
    found = people.employees(externalId="B00007").json()[0]
    assert found["userName"] == "B00007" and found["guid"] and found["managerId"] == 2
