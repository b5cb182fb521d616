"""A small fake portal behind ``httpx.MockTransport`` for the services' unit tests (the sandbox covers the rest)."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from csod_desktop.api import Governor, RetryPolicy
from csod_desktop.services.context import AppContext, build_context
from csod_desktop.services.loads import PollPolicy, PreparedImport
from csod_desktop.store.profiles import Profile

BULK = "/services/api/x/bulk-api/v1"
SECRET = "right-secret-XYZ-123"
ROOT = "http://127.0.0.1:9"
SCOPES = (
    "bulkapijob:read bulkapiimport:read bulkapischema:read bulkapijob:create bulkapiimport:load "
    "bulkapispecification:read bulkapipermission:read"
)
REPORT = (
    b"UserId,FirstName,Loaded,Errors,Warnings\r\n"
    b"u2,Bob,false,Division 'X' does not exist,\r\n"
    b"u3,Cy,TRUE,,Email is missing\r\n"
    b"u4,Di,No,Date is invalid,\r\n"
)


class FakePortal:
    """Jobs, imports and reports in memory; each import completes ``checks_to_complete`` status calls after
    its data arrived. ``problems[load_type]`` gives (errors, warnings) counts for that type."""

    def __init__(self) -> None:
        self.ids = itertools.count(1)
        self.jobs: dict[str, list[str]] = {}
        self.imports: dict[str, dict] = {}
        self.received: Counter[str] = Counter()
        self.report_calls: Counter[str] = Counter()
        self.requests: list[tuple[str, str]] = []
        self.checks_to_complete = 1
        self.problems: dict[str, tuple[int, int]] = {"chr.employee": (2, 1)}
        self.granted_scope: str | None = SCOPES
        self.before: dict[str, Callable[[httpx.Request], httpx.Response | None]] = {}
        self.report_status: int | None = None  # force an answer to report calls (404, 410, 500)
        self.report_message = "CSOD Gone"

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))

    def _json(self, status: int, body: object) -> httpx.Response:
        return httpx.Response(status, json=body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append((request.method, path))
        for prefix, hook in self.before.items():
            if path.endswith(prefix):
                answer = hook(request)
                if answer is not None:
                    return answer
        if path == "/services/api/oauth2/token":
            body = json.loads(request.content)
            if body.get("clientSecret") != SECRET:
                return self._json(400, {"error": "invalid_client"})
            doc = {"access_token": "ZWRnZQ:abcdef", "expires_in": 3600, "token_type": "Bearer"}
            if self.granted_scope is not None:
                doc["scope"] = self.granted_scope
            return self._json(200, doc)
        if request.headers.get("Authorization") != "Bearer ZWRnZQ:abcdef":
            return self._json(401, {"error": {"message": "unauthorized"}})
        rest = path[len(BULK):]
        if request.method == "POST" and rest == "/jobs":
            body = json.loads(request.content)
            job_id = f"job-{next(self.ids)}"
            ids = []
            for item in body["imports"]:
                import_id = f"imp-{next(self.ids)}"
                ids.append(import_id)
                self.imports[import_id] = {"type": item["type"], "status": "Ready", "checks": 0, "records": 0}
            self.jobs[job_id] = ids
            return self._json(200, {"job_id": job_id, "imports": [{"import_id": i} for i in ids]})
        if request.method == "POST" and rest.startswith("/imports/"):
            import_id = rest.split("/")[2]
            data = request.read()
            self.received[import_id] += 1
            imp = self.imports[import_id]
            imp["status"] = "Processing"
            imp["records"] = max(0, data.count(b"\n") - 1)
            return self._json(200, {"import_id": import_id, "message": "request received"})
        if request.method == "GET" and rest.startswith("/jobs/"):
            job_id = rest.split("/")[2]
            items = []
            for import_id in self.jobs[job_id]:
                imp = self.imports[import_id]
                entry = {"id": import_id, "status": imp["status"]}
                if imp["status"] != "Ready":
                    imp["checks"] += 1
                    if imp["checks"] >= self.checks_to_complete:
                        imp["status"] = "Completed"
                        errors, warnings = self.problems.get(imp["type"], (0, 0))
                        entry.update(
                            status="Completed", total_records=imp["records"],
                            successful_records=imp["records"] - errors,
                            successful_records_with_warnings=warnings, error_records=errors,
                        )
                items.append(entry)
            return self._json(200, {"jobId": job_id, "imports": items})
        if request.method == "GET" and "/report" in rest:
            import_id = rest.split("/")[2]
            self.report_calls[import_id] += 1
            if self.report_status is not None:
                return self._json(self.report_status, {"error": {"message": self.report_message}})
            if self.report_calls[import_id] > 5:
                return self._json(410, {"error": {"message": "CSOD Gone"}})
            return httpx.Response(200, content=REPORT, headers={"Content-Type": "text/csv"})
        if rest == "/specification":
            return self._json(200, _SPEC)
        if rest == "/permissions":
            return self._json(200, {"permissions": [{"type": "chr.employee", "permission": "Bulk API - Employee"}]})
        return self._json(404, {"error": {"message": "no such path"}})

    def calls(self, method: str, fragment: str) -> int:
        return sum(1 for m, p in self.requests if m == method and fragment in p)


_SPEC = {
    "openapi": "3.0.0",
    "components": {
        "schemas": {
            "CreateJobRequest": {
                "properties": {
                    "imports": {
                        "items": {
                            "oneOf": [
                                {"title": "Employee", "properties": {"type": {"enum": ["chr.employee"]}}},
                                {"title": "Division", "properties": {"type": {"enum": ["ou.division"]}}},
                            ]
                        }
                    }
                }
            }
        }
    },
}


@pytest.fixture
def portal() -> FakePortal:
    return FakePortal()


@pytest.fixture
def profile() -> Profile:
    return Profile(name="Fake", root_url=ROOT, client_id="cid")


@pytest.fixture
def ctx(portal, profile, stores) -> AppContext:
    context = build_context(
        profile, SECRET, stores=stores, http=portal.client(), governor=Governor.disabled(),
        retry=RetryPolicy.immediate(),
    )
    yield context
    context.close()
    context.http.close()


@pytest.fixture
def payloads(tmp_path) -> Callable[..., list[PreparedImport]]:
    def make(*types: str) -> list[PreparedImport]:
        out = []
        for n, load_type in enumerate(types):
            path = tmp_path / f"payload-{n}.csv"
            path.write_bytes(b"Id,Name\r\n" + b"".join(b"r%d,x\r\n" % i for i in range(5)))
            out.append(
                PreparedImport(load_type=load_type, payload=path, label=f"L{n}", settings={"LoadPrimaryKey": 0},
                               record_count=5, source_name=f"src-{n}.csv")
            )
        return out

    return make


@pytest.fixture
def make_runner(ctx):
    """A runner on the fake portal that polls without waiting."""

    def make(**kw):
        return ctx.runner(poll=PollPolicy.fast(), **kw)

    return make


@pytest.fixture
def secret_value() -> str:
    return SECRET

