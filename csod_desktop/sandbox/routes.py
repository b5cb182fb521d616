"""The URL table of the sandbox: the Bulk API (bulk-api-facts.md), the Employee and OU API reads
(employee-ou-api-facts.md) and the control plane, nothing else."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Route

from csod_desktop import facts
from csod_desktop.sandbox.control import ControlPlane, SandboxMiddleware, control_routes
from csod_desktop.sandbox.models import API, SandboxBackend
from csod_desktop.sandbox.people_responses import PeopleApiResponses
from csod_desktop.sandbox.responses import BulkApiResponses

TOKEN_PATH = "/services/api/oauth2/token"


def api_routes(api: BulkApiResponses) -> list[Route]:
    e = api._errors
    return [
        Route(TOKEN_PATH, e(api.token), methods=["POST"]),
        Route(f"{API}/schemas", e(api.schemas), methods=["POST"]),
        Route(f"{API}/specification", e(api.specification), methods=["GET"]),
        Route(f"{API}/permissions", e(api.permissions), methods=["GET"]),
        Route(f"{API}/jobs", e(api.create_job), methods=["POST"]),
        Route(f"{API}/jobs", e(api.list_jobs), methods=["GET"]),
        Route(f"{API}/jobs/{{job_id}}", e(api.job_status), methods=["GET"]),
        Route(f"{API}/imports/{{import_id}}", e(api.post_import), methods=["POST"]),
        Route(f"{API}/imports/{{import_id}}/report", e(api.report), methods=["GET"]),
        # The quick start spells the variants /report/errors and /report/warnings; the throttling and scope
        # pages spell them /errors and /warnings (bulk-api-facts.md, "[doc, conflicting]"): answer both.
        Route(f"{API}/imports/{{import_id}}/report/{{variant:str}}", e(api.report), methods=["GET"]),
        Route(f"{API}/imports/{{import_id}}/{{variant:str}}", e(api.report), methods=["GET"]),
    ]


def people_routes(api: BulkApiResponses, people: PeopleApiResponses) -> list[Route]:
    e = api._errors
    return [
        Route(facts.EMPLOYEES_PATH, e(people.employees), methods=["GET"]),
        Route(facts.OUS_PATH, e(people.ous), methods=["GET"]),
        Route(facts.OU_TYPES_PATH, e(people.ou_types), methods=["GET"]),
    ]


def build_app(backend: SandboxBackend, plane: ControlPlane) -> SandboxMiddleware:
    api = BulkApiResponses(backend)
    people = PeopleApiResponses(backend)
    app = Starlette(routes=api_routes(api) + people_routes(api, people) + control_routes(backend, plane))
    return SandboxMiddleware(app, plane)
