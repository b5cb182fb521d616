"""The HTTP face of the Employee API v2 and the OU API: check token, scope and throttle, one call, serialize."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from csod_desktop import facts
from csod_desktop.sandbox.apps import APPS
from csod_desktop.sandbox.people import PeopleApi
from csod_desktop.sandbox.responses import HEADERS, JSON_TYPE


def _json(body: Any) -> Response:
    return Response(json.dumps(body), media_type=JSON_TYPE, headers=HEADERS)


class PeopleApiResponses:
    """One method per read endpoint of employee-ou-api-facts.md §1 and §2 that the sandbox serves."""

    def __init__(self, backend: object) -> None:
        self.backend = backend
        self.people = PeopleApi(backend)

    def _caller(self, request: Request, scope: str, bucket: str) -> tuple[str, bool]:
        backend: Any = self.backend
        token = backend.authorize(request.headers.get("authorization"), scope)
        request.state.bucket = bucket  # authenticated from here on: the answer carries the counters
        backend.throttle.hit(bucket)
        app = APPS.get(token.client_id)
        return token.client_id, bool(app and app.constrained)

    async def employees(self, request: Request) -> Response:
        client_id, constrained = self._caller(request, facts.EMPLOYEE_READ_SCOPE, facts.EMPLOYEES)
        return _json(self.people.employees(client_id, constrained, request.query_params, request.headers))

    async def ous(self, request: Request) -> Response:
        client_id, _ = self._caller(request, facts.OU_READ_SCOPE, facts.OUS)
        return _json(self.people.ous(client_id, request.query_params, request.headers))

    async def ou_types(self, request: Request) -> Response:
        client_id, _ = self._caller(request, facts.OU_READ_SCOPE, facts.OU_TYPES)
        return _json(self.people.ou_types(client_id, request.query_params, request.headers))
