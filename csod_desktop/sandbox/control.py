"""The control plane under ``/_sandbox/`` (INTERFACES.md): reset, clock, config, faults, request log, callbacks.

Besides its routes this module holds the fault rules and the request log, and ``SandboxMiddleware``, which
applies the faults to the API paths and logs every API request (never a header or a body).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import itertools
import json
import random
import re
import threading
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from csod_desktop.sandbox.bodies import json_body
from csod_desktop.sandbox.clock import utc_iso
from csod_desktop.sandbox.errors import BadRequest, InjectedFault, SandboxApiError
from csod_desktop.sandbox.config import Config, seconds
from csod_desktop.sandbox.models import SandboxBackend

PREFIX = "/_sandbox"
REQUEST_LOG_SIZE = 20_000
#: How far the control plane may move the clock from real time: ten years each way, far past any token
#: lifetime or the 30-day retention, and well inside what a date can hold.
MAX_CLOCK_OFFSET = 10 * 366 * 86400
#: Fault rules: the statuses an HTTP answer can have, latencies up to a minute, paths up to 500 characters.
_FAULT_TYPES: dict[str, tuple[type, ...]] = {
    "method": (str, type(None)), "path": (str,), "status": (int, type(None)), "probability": (int, float),
    "count": (int, type(None)), "latency": (int, float), "drop": (bool,), "after_handling": (bool,),
}
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class DroppedConnection(Exception):
    """Raised after half a response was sent: uvicorn then closes the connection (the client sees a cut body)."""


@dataclass
class FaultRule:
    id: int
    method: str | None = None
    path: str = ".*"
    status: int = 503
    probability: float = 1.0
    count: int | None = None
    latency: float = 0.0
    drop: bool = False
    after_handling: bool = False
    applied: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return re.search(self.path, path) is not None


class ControlPlane:
    """Fault rules and the request log, shared by the middleware and the control routes."""

    def __init__(self, backend: SandboxBackend) -> None:
        self.backend = backend
        self.faults: list[FaultRule] = []
        # Bounded: a demo sandbox left running for days must not grow without end.
        self.requests: collections.deque[dict[str, Any]] = collections.deque(maxlen=REQUEST_LOG_SIZE)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._random = random.Random()

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()
            self.requests.clear()

    def add_fault(self, spec: dict[str, Any]) -> FaultRule:
        allowed = set(FaultRule.__dataclass_fields__) - {"id", "applied"}
        unknown = set(spec) - allowed
        if unknown:
            raise BadRequest(f"Unknown fault field(s): {', '.join(sorted(unknown))}.")
        _check_fault(spec)
        try:
            re.compile(str(spec.get("path", ".*")))
            rule = FaultRule(id=next(self._ids), **spec)
        except (TypeError, re.error) as exc:
            raise BadRequest(f"Bad fault rule: {exc}.") from exc
        with self._lock:
            self.faults.append(rule)
        return rule

    def take_fault(self, method: str, path: str) -> FaultRule | None:
        """The first rule that matches and still has uses left (``count``), drawn with its probability."""
        with self._lock:
            for rule in self.faults:
                if rule.count is not None and rule.applied >= rule.count:
                    continue
                if rule.matches(method, path) and self._random.random() < rule.probability:
                    rule.applied += 1
                    return rule
        return None

    def log(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(entry)


def _check_fault(spec: dict[str, Any]) -> None:
    """A fault rule the middleware can apply to every request, or a 400: a rule with a status of "abc"
    once made every API call fail with a crash instead of the fault."""
    for name, value in spec.items():
        kinds = _FAULT_TYPES.get(name)
        if kinds is None:
            continue  # unknown names are refused by add_fault with the list
        if isinstance(value, bool) and bool not in kinds:
            raise BadRequest(f"Fault field {name} cannot be true or false.")
        if not isinstance(value, kinds):
            raise BadRequest(f"Fault field {name} has the wrong type ({type(value).__name__}).")
    status = spec.get("status")
    if status is not None and not 100 <= status <= 599:
        raise BadRequest("Fault status must be an HTTP status between 100 and 599.")
    if not 0.0 <= float(spec.get("probability", 1.0)) <= 1.0:
        raise BadRequest("Fault probability must be between 0 and 1.")
    if spec.get("count") is not None and spec["count"] < 0:
        raise BadRequest("Fault count must be 0 or more.")
    seconds("Fault latency", spec.get("latency", 0.0), high=60.0)
    if len(str(spec.get("path", ""))) > 500 or len(str(spec.get("method") or "")) > 20:
        raise BadRequest("Fault path is limited to 500 characters and method to 20.")


def _error_message(status: int, backend: SandboxBackend) -> tuple[dict[str, Any], bytes]:
    body = json.dumps(InjectedFault(status).body(utc_iso(backend.clock.now()))).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    return {"type": "http.response.start", "status": status, "headers": headers}, body


class SandboxMiddleware:
    """Applies fault rules to API requests and writes the request log (``/_sandbox/`` is never faulted)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], plane: ControlPlane) -> None:
        self.app = app
        self.plane = plane

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        received = 0
        entry: dict[str, Any] = {"method": method, "path": path, "status": None,
                                 "time": self.plane.backend.clock.now().isoformat(), "bytes": 0}

        async def counting_receive() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            return message

        rule = self.plane.take_fault(method, path)
        try:
            if rule is not None:
                entry["fault"] = rule.id
                if rule.latency:
                    await asyncio.sleep(float(rule.latency))
            # A rule with neither a status nor a drop only adds latency.
            faulting = rule is not None and bool(rule.drop or rule.status)
            if not faulting or rule.after_handling:
                captured: list[dict[str, Any]] = []

                async def logging_send(message: dict[str, Any]) -> None:
                    if message["type"] == "http.response.start":
                        entry["status"] = message["status"]
                    if faulting:
                        captured.append(message)  # the real answer is replaced by the fault below
                    else:
                        await send(message)

                await self.app(scope, counting_receive, logging_send)
                if faulting:
                    await self._fault(rule, send, captured, entry)
            else:
                while (await counting_receive()).get("more_body", False):
                    pass  # read the whole request first: the failure comes after the data left the client
                await self._fault(rule, send, [], entry)
        finally:
            entry["bytes"] = received
            self.plane.log(entry)

    async def _fault(self, rule: FaultRule, send: Send, captured: list[dict[str, Any]],
                     entry: dict[str, Any]) -> None:
        if not rule.drop:
            start, body = _error_message(int(rule.status), self.plane.backend)
            entry["status"] = start["status"]
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        start = next((m for m in captured if m["type"] == "http.response.start"), None)
        body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
        status = start["status"] if start else 200
        entry["status"], entry["dropped"] = status, True
        headers = [(k, v) for k, v in (start or {}).get("headers", []) if k.lower() != b"content-length"]
        declared = len(body) + 64  # promise more than will ever come
        headers.append((b"content-length", str(declared).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2] or b"{", "more_body": True})
        raise DroppedConnection(f"fault {rule.id}: connection dropped mid-response")


# ------------------------------------------------------------------------------------------ routes


def control_routes(backend: SandboxBackend, plane: ControlPlane) -> list[Route]:
    async def body_of(request: Request) -> dict[str, Any]:
        data = await json_body(request)
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise BadRequest("The control request must be a JSON object.")
        return data

    def guarded(handler: Callable[[Request], Awaitable[Any]]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                result = await handler(request)
            except SandboxApiError as err:
                return JSONResponse(err.body(utc_iso(backend.clock.now())), status_code=err.status)
            return result if isinstance(result, Response) else JSONResponse(result)
        return endpoint

    async def reset(request: Request) -> dict[str, Any]:
        seed = (await body_of(request)).get("seed")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise BadRequest("seed must be a whole number.")
        backend.clock.reset()
        backend.config = Config.defaults(backend.relaxed)
        backend.reset(int(seed) if seed is not None else None)
        plane.clear()
        return {"reset": True, "now": backend.clock.now().isoformat()}

    async def clock(request: Request) -> dict[str, Any]:
        if request.method == "POST":
            body = await body_of(request)
            if "advance_seconds" in body:
                step = seconds("advance_seconds", body["advance_seconds"], low=-MAX_CLOCK_OFFSET, high=MAX_CLOCK_OFFSET)
                if abs(backend.clock.offset + step) > MAX_CLOCK_OFFSET:
                    raise BadRequest(f"The sandbox clock stays within {MAX_CLOCK_OFFSET // 86400} days of real time.")
                backend.clock.advance(step)
            elif "now" in body:
                try:
                    moment = dt.datetime.fromisoformat(str(body["now"])[:64].replace("Z", "+00:00"))
                    if moment.tzinfo is None:
                        moment = moment.replace(tzinfo=dt.timezone.utc)
                    offset = (moment - dt.datetime.now(dt.timezone.utc)).total_seconds()
                except (ValueError, OverflowError) as exc:
                    raise BadRequest(f"now must be an ISO-8601 time: {exc}.") from exc
                if abs(offset) > MAX_CLOCK_OFFSET:
                    raise BadRequest(f"The sandbox clock stays within {MAX_CLOCK_OFFSET // 86400} days of real time.")
                backend.clock.set(moment)
            else:
                raise BadRequest('Send {"advance_seconds": N} or {"now": "ISO-8601"}.')
            await run_in_threadpool(backend.clock_moved)  # imports due by the new time are processed first
        return {"now": backend.clock.now().isoformat(), "offset_seconds": backend.clock.offset}

    async def config(request: Request) -> dict[str, Any]:
        if request.method == "POST":
            return backend.update_config(await body_of(request))
        return asdict(backend.config)

    async def faults(request: Request) -> Any:
        if request.method == "POST":
            rule = plane.add_fault(await body_of(request))
            return JSONResponse({"id": rule.id}, status_code=201)
        if request.method == "DELETE":
            with plane._lock:
                plane.faults.clear()
            return {"deleted": True}
        return [asdict(rule) for rule in plane.faults]

    async def requests(request: Request) -> Any:
        if request.method == "DELETE":
            with plane._lock:
                plane.requests.clear()
            return {"deleted": True}
        with plane._lock:
            return list(plane.requests)

    async def callbacks(request: Request) -> Any:
        with backend.lock:
            return list(backend.callbacks)

    async def user(request: Request) -> Any:
        record = backend.portal.user(request.path_params["user_id"])
        return record if record is not None else JSONResponse({"error": "no such user"}, status_code=404)

    async def ou(request: Request) -> Any:
        record = backend.portal.ou(request.path_params["load_type"], request.path_params["ou_id"])
        return record if record is not None else JSONResponse({"error": "no such OU"}, status_code=404)

    async def index(request: Request) -> Any:
        return {"sandbox": True, "relaxed": backend.relaxed, "now": backend.clock.now().isoformat(),
                "config": asdict(backend.config)}

    return [
        Route(PREFIX + "/", guarded(index), methods=["GET"]),
        Route(PREFIX + "/reset", guarded(reset), methods=["POST"]),
        Route(PREFIX + "/clock", guarded(clock), methods=["GET", "POST"]),
        Route(PREFIX + "/config", guarded(config), methods=["GET", "POST"]),
        Route(PREFIX + "/faults", guarded(faults), methods=["GET", "POST", "DELETE"]),
        Route(PREFIX + "/requests", guarded(requests), methods=["GET", "DELETE"]),
        Route(PREFIX + "/callbacks", guarded(callbacks), methods=["GET"]),
        Route(PREFIX + "/users/{user_id:path}", guarded(user), methods=["GET"]),
        Route(PREFIX + "/ous/{load_type}/{ou_id:path}", guarded(ou), methods=["GET"]),
    ]
