"""The API's HTTP face: each handler parses the request, makes one backend call and serializes the answer."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from csod_desktop.sandbox import catalog
from csod_desktop.sandbox.bodies import MAX_PAYLOAD_BYTES, MAX_PLAIN_PAYLOAD_BYTES, json_body, read_body
from csod_desktop.sandbox.clock import utc_iso
from csod_desktop.sandbox.errors import BadRequest, NotFound, PayloadTooLarge, SandboxApiError
from csod_desktop.sandbox.models import SandboxBackend

Handler = Callable[[Request], Awaitable[Response]]
# Cornerstone answers JSON as "application/json;charset=UTF-8" with "Cache-Control: private" (quick start).
JSON_TYPE = "application/json;charset=UTF-8"
HEADERS = {"Cache-Control": "private"}


def _json(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body), status_code=status, media_type=JSON_TYPE, headers=HEADERS)


def _day(params: Mapping[str, str], name: str) -> dt.date | None:
    value = params.get(name)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise BadRequest(f"{name} must be a date YYYY-MM-DD.") from None


def _number(params: Mapping[str, str], name: str, default: int, top: int) -> int:
    try:
        value = int(params.get(name) or default)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number.") from None
    if not 1 <= value <= top:
        raise BadRequest(f"{name} must be between 1 and {top}.")
    return value


class BulkApiResponses:
    """One method per endpoint of bulk-api-facts.md's table, plus the token endpoint."""

    def __init__(self, backend: SandboxBackend) -> None:
        self.backend = backend

    def _errors(self, handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except SandboxApiError as err:
                body = err.body(utc_iso(self.backend.clock.now()))
                return JSONResponse(body, status_code=err.status, headers=HEADERS)
        return endpoint

    def _auth(self, request: Request, scope: str, bucket: str | None) -> None:
        self.backend.authorize(request.headers.get("authorization"), scope, bucket)

    # ---------------------------------------------------------------------------------- endpoints

    async def token(self, request: Request) -> Response:
        return _json(self.backend.issue_token(await json_body(request)))

    async def schemas(self, request: Request) -> Response:
        self._auth(request, "bulkapischema:read", "shared")
        return _json(self.backend.schema(await json_body(request)))

    async def specification(self, request: Request) -> Response:
        self._auth(request, "bulkapispecification:read", "shared")
        return _json(catalog.specification())

    async def permissions(self, request: Request) -> Response:
        self._auth(request, "bulkapipermission:read", None)  # no published throttle (bulk-api-facts.md)
        return _json(catalog.permissions())

    async def create_job(self, request: Request) -> Response:
        self._auth(request, "bulkapijob:create", "shared")
        return _json(self.backend.create_job(await json_body(request)), status=201)

    async def job_status(self, request: Request) -> Response:
        self._auth(request, "bulkapijob:read", "shared")
        return _json(self.backend.job_status(request.path_params["job_id"]))

    async def list_jobs(self, request: Request) -> Response:
        self._auth(request, "bulkapijob:read", "shared")
        params = request.query_params
        start, end = _day(params, "job_create_from_date"), _day(params, "job_create_to_date")
        page, size = _number(params, "page_number", 1, 10**6), _number(params, "page_size", 50, 100)
        return _json(self.backend.list_jobs(start, end, page, size))

    async def post_import(self, request: Request) -> Response:
        self._auth(request, "bulkapiimport:load", "data")
        # Bounded before it is read: 20 MB uncompressed (the documented gzip rule), else the sandbox's cap.
        encoding = (request.headers.get("content-encoding") or "").strip().lower()
        limit = MAX_PAYLOAD_BYTES if encoding in {"gzip", "x-gzip"} else MAX_PLAIN_PAYLOAD_BYTES
        raw = await read_body(request, limit, PayloadTooLarge)
        answer = await run_in_threadpool(  # gzip and a million records take a moment: off the event loop
            self.backend.receive_import, request.path_params["import_id"], raw,
            request.headers.get("content-type"), request.headers.get("content-encoding"),
        )
        return _json(answer, status=202)

    async def report(self, request: Request) -> Response:
        self._auth(request, "bulkapiimport:read", "reports")
        variant = request.path_params.get("variant", "full")
        if variant not in ("full", "errors", "warnings"):
            raise NotFound(f"No such report variant: {variant}.")
        data = self.backend.report(request.path_params["import_id"], variant)
        return Response(data, media_type="text/csv; charset=utf-8", headers=HEADERS)

    async def not_found(self, request: Request) -> Response:
        raise NotFound(f"No such endpoint: {request.method} {request.url.path}.")
