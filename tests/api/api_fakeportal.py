"""A scripted fake portal for ``httpx.MockTransport``: records every request, answers from a script."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from csod_desktop.api import BulkApiClient, Governor, RetryPolicy

ROOT = "https://acme.csod.com"
BULK = "/services/api/x/bulk-api/v1"
TOKEN = "/services/api/oauth2/token"
THROTTLE_BODY = {
    "status": "429",
    "timeStamp": "2026-11-23T10:00:00Z",
    "error": {"errorId": "e-1", "message": "CSOD Too many requests.", "code": "429", "description": None, "details": None},
}

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass
class Seen:
    method: str
    path: str
    authorization: str | None
    body: bytes
    headers: dict[str, str]


@dataclass
class FakePortal:
    """Answers scripted per ``(METHOD, path regex)``: a queue used first, then a default."""

    scripts: list[tuple[str, re.Pattern[str], list[Answer]]] = field(default_factory=list)
    defaults: list[tuple[str, re.Pattern[str], Answer]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    tokens_issued: int = 0
    expires_in: int = 3600

    def __post_init__(self) -> None:
        self.default("POST", TOKEN, self._token)

    def _token(self, request: httpx.Request) -> httpx.Response:
        self.tokens_issued += 1
        body = {"access_token": f"ZWRnZQ:tok{self.tokens_issued}", "expires_in": self.expires_in,
                "scope": "x", "token_type": "Bearer"}
        return httpx.Response(200, json=body)

    def script(self, method: str, path: str, *answers: Answer) -> None:
        self.scripts.append((method, re.compile(path + "$"), list(answers)))

    def default(self, method: str, path: str, answer: Answer) -> None:
        self.defaults.insert(0, (method, re.compile(path + "$"), answer))

    def calls(self, method: str, path: str) -> list[Seen]:
        pattern = re.compile(path + "$")
        return [s for s in self.seen if s.method == method and pattern.match(s.path)]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.seen.append(Seen(request.method, request.url.path, request.headers.get("Authorization"), body,
                              dict(request.headers)))
        for method, pattern, answers in self.scripts:
            if method == request.method and pattern.match(request.url.path) and answers:
                return self._answer(answers.pop(0), request)
        for method, pattern, answer in self.defaults:
            if method == request.method and pattern.match(request.url.path):
                return self._answer(answer, request)
        return httpx.Response(404, json={"error": {"message": "no such path"}})

    @staticmethod
    def _answer(answer: Answer, request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return answer(request)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})})


class FakeTime:
    """A clock that only moves when something sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(0.0, seconds)


def make_client(portal: FakePortal, *, governor: Governor | None = None, attempts: int = 5,
                time_: FakeTime | None = None) -> tuple[BulkApiClient, httpx.Client, FakeTime]:
    t = time_ or FakeTime()
    http = httpx.Client(transport=httpx.MockTransport(portal))
    gov = governor if governor is not None else Governor(clock=t.clock, sleep=t.sleep)
    client = BulkApiClient(http, ROOT, "demo-client", lambda: "demo-secret", governor=gov,
                           retry=RetryPolicy(attempts=attempts, jitter=0.0), clock=t.clock, sleep=t.sleep)
    return client, http, t
