"""``SandboxServer``: the sandbox portal on uvicorn in a background thread (tests, the demo, the CLI)."""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from csod_desktop.i18n import in_english
from csod_desktop.sandbox.control import ControlPlane, DroppedConnection
from csod_desktop.sandbox.lifecycle import Processor
from csod_desktop.sandbox.models import CLIENT_ID, CLIENT_SECRET, SandboxBackend
from csod_desktop.sandbox.persistence import open_store
from csod_desktop.sandbox.routes import build_app

__all__ = ["CLIENT_ID", "CLIENT_SECRET", "SandboxServer", "TlsFiles"]


class _QuietDrops(logging.Filter):
    """A dropped-connection fault is deliberate: keep its traceback out of uvicorn's error log."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


class _Uvicorn(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    # IPPROTO_TCP, not 0: with protocol 0 asyncio does not set TCP_NODELAY on accepted connections, and every
    # keep-alive request then waits ~40 ms on delayed ACKs.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


@dataclass(frozen=True)
class TlsFiles:
    """The sandbox over HTTPS: its certificate chain and key (PEM), and the CA file that signed them."""

    certificate: Path
    key: Path
    ca: Path


class SandboxServer:
    """The sandbox portal served on ``host:port`` (port 0 picks a free one); ``root_url`` once started.

    With ``tls`` it answers HTTPS (tests of the client's trust store and proxies); plain http otherwise.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, relaxed: bool = False, seed: int | None = None,
                 data_dir: Path | str | None = None, tls: TlsFiles | None = None) -> None:
        self.host = host
        self.port = port
        self.relaxed = relaxed
        self.seed = seed
        self.data_dir = Path(data_dir) if data_dir else None
        self.tls = tls
        self.backend: SandboxBackend | None = None
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._processor: Processor | None = None
        self._http: httpx.Client | None = None
        self._log_filter = _QuietDrops()

    @property
    def root_url(self) -> str:
        if self._server is None:
            raise RuntimeError("The sandbox is not running: call start() first.")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}"

    def start(self, timeout: float = 15.0) -> SandboxServer:
        store = open_store(self.data_dir)
        self.backend = SandboxBackend(relaxed=self.relaxed, seed=self.seed, store=store)
        plane = ControlPlane(self.backend)
        sock = _listening_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        tls: dict[str, Any] = {}
        if self.tls is not None:
            tls = {"ssl_certfile": str(self.tls.certificate), "ssl_keyfile": str(self.tls.key)}
        config = uvicorn.Config(build_app(self.backend, plane), log_level="warning", access_log=False,
                                lifespan="off", timeout_graceful_shutdown=2, **tls)
        ready = threading.Event()
        self._server = _Uvicorn(config, ready)
        logging.getLogger("uvicorn.error").addFilter(self._log_filter)
        self._thread = threading.Thread(target=in_english(self._server.run), kwargs={"sockets": [sock]},
                                        name=f"sandbox-{self.port}", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            self.stop()
            sock.close()
            raise RuntimeError(f"The sandbox did not start within {timeout:.0f} s.")
        self._processor = Processor(self.backend)
        self._processor.start()
        return self

    def stop(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._processor is not None:
            self._processor.stop()
            self._processor = None
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._thread = None
        if self.backend is not None:
            self.backend.store.close()
        logging.getLogger("uvicorn.error").removeFilter(self._log_filter)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # ------------------------------------------------------------------------------ control helpers

    def control(self, path: str, json: Any = None, *, method: str | None = None) -> Any:
        """Call the control plane: ``control("reset", {})`` POSTs, ``control("requests")`` GETs.

        ``path`` may be given with or without its ``/_sandbox/`` prefix. Raises for an error status.
        """
        if self._http is None:
            # The sandbox is on this computer: never through a proxy of the environment (HTTP_PROXY...).
            verify: Any = ssl.create_default_context(cafile=str(self.tls.ca)) if self.tls else True
            self._http = httpx.Client(base_url=self.root_url, timeout=30, trust_env=False, verify=verify)
        name = path.lstrip("/")
        name = name[len("_sandbox/"):] if name.startswith("_sandbox/") else name
        verb = method or ("GET" if json is None else "POST")
        response = self._http.request(verb, "/_sandbox/" + name, json=json)
        response.raise_for_status()
        return response.json() if response.content else None

    def control_get(self, path: str) -> Any:
        return self.control(path, method="GET")

    def requests(self) -> list[dict[str, Any]]:
        """The request log of the API paths (method, path, status, time, bytes; never headers or bodies)."""
        return self.control("requests", method="GET")
