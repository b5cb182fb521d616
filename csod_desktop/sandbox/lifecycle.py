"""The asynchronous part of the portal: a worker that processes posted imports and sends job callbacks.

An import moves Created → Queued → Processing → Completed (or Failed with ``error_status``). The worker
takes an import once the sandbox clock passes its due time (``processing_seconds`` after the POST; zero
in relaxed mode), runs ``processing.process_import`` on it and applies the outcome to the portal.
"""

from __future__ import annotations

import logging
import ssl
import threading
from typing import Any

import httpx

from csod_desktop.core.schema import Schema
from csod_desktop.i18n import in_english
from csod_desktop.sandbox import catalog, payloads, processing
from csod_desktop.sandbox.models import COMPLETED, FAILED, FINAL, PROCESSING, QUEUED, Import, SandboxBackend
from csod_desktop.sandbox.portal import OU_ID, USER_ID, JobRefs, PortalView

logger = logging.getLogger(__name__)
COUNTS = ("total_records", "successful_records", "successful_records_with_warnings", "error_records")


def _count(outcome: Any, name: str) -> int:
    """A count from the outcome, whether exposed as attributes or under ``counts`` (object or mapping)."""
    for holder in (outcome, getattr(outcome, "counts", None)):
        if holder is None:
            continue
        value = holder.get(name) if isinstance(holder, dict) else getattr(holder, name, None)
        if value is not None and not callable(value):
            return int(value)
    return 0


class Processor:
    """One daemon thread; woken when data arrives or the clock moves, else it looks every 50 ms."""

    POLL_SECONDS = 0.05

    def __init__(self, backend: SandboxBackend) -> None:
        self.backend = backend
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._senders: list[threading.Thread] = []
        self._running = threading.Lock()  # one pass at a time, the worker's or a clock move's
        self._ids: dict[tuple[str, int], set[str]] = {}
        backend.on_received.append(self._wake.set)
        backend.on_clock_moved.append(self.run_due)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=in_english(self._run), name="sandbox-processor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self.run_due in self.backend.on_clock_moved:
            self.backend.on_clock_moved.remove(self.run_due)
        if self._thread is not None:
            self._thread.join(timeout=10)
        for sender in self._senders:
            sender.join(timeout=10)
        self._senders.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.POLL_SECONDS)
            self._wake.clear()
            try:
                self.run_due()
            except Exception:  # never let one bad import stop the portal
                logger.exception("sandbox processing failed")

    # ----------------------------------------------------------------------------- processing

    def _take_due(self) -> list[Import]:
        backend = self.backend
        with backend.lock:
            now = backend.clock.time()
            due = [imp for imp in backend.imports.values()
                   if imp.status == QUEUED and imp.due_at is not None and imp.due_at <= now]
            # OUs before employees of the same job, so that employees may reference new OUs.
            due.sort(key=lambda i: (backend.jobs[i.job_id].created, i.type == catalog.EMPLOYEE, i.received_at or 0))
            for imp in due:
                imp.status = PROCESSING
            return due

    def run_due(self) -> None:
        """Process every import whose time has come. Also called when the control plane moves the clock, so
        that on return the imports due by the new time are done (tests need no sleeps)."""
        with self._running:
            for imp in self._take_due():
                if self._stop.is_set():
                    return
                self.process(imp)
            self.backend.forget_expired()
            self._send_callbacks()

    def _provided_ids(self, other: Import, body: bytes) -> set[str]:
        """The identifiers an import's payload provides, parsed once per import (a job holds up to 20)."""
        key = (other.import_id, hash(body))  # seeded resets reuse import ids: the body tells them apart
        cached = self._ids.get(key)
        if cached is None:
            if len(self._ids) > 1000:
                self._ids.clear()
            column = USER_ID if other.type == catalog.EMPLOYEE else OU_ID
            cached = self._ids[key] = payloads.column_values(body, other.content_type or "", column)
        return cached

    def _job_refs(self, imp: Import) -> JobRefs:
        refs = JobRefs()
        backend = self.backend
        for other_id in backend.jobs[imp.job_id].import_ids:
            other = backend.imports[other_id]
            body = backend.payloads.get(other_id)
            if other_id == imp.import_id or body is None or other.content_type is None:
                continue
            ids = self._provided_ids(other, body)
            if other.type == catalog.EMPLOYEE:
                refs.users |= ids
            else:
                refs.ous.setdefault(other.key, set()).update(ids)
        return refs

    def process(self, imp: Import) -> None:
        backend = self.backend
        try:
            body = backend.payloads[imp.import_id]
            schema = Schema.from_response(catalog.schema_body(imp.type, imp.type_id, imp.settings), imp.key)
            outcome = processing.process_import(imp.key, schema, imp.settings, body, imp.content_type or "text/csv",
                                                PortalView(backend.portal), self._job_refs(imp))
        except Exception as exc:
            logger.exception("sandbox import %s could not be processed", imp.import_id)
            self.finish(imp, None, error_status=f"The import could not be processed: {exc}")
            return
        self.finish(imp, outcome)

    def finish(self, imp: Import, outcome: Any, error_status: str | None = None) -> None:
        """Apply an outcome: upserts and deactivations into the portal, counts, the report CSV."""
        backend = self.backend
        with backend.lock:
            if imp.import_id not in backend.imports or backend.imports[imp.import_id] is not imp:
                return  # reset while processing
            error_status = error_status or (getattr(outcome, "error_status", None) if outcome is not None else None)
            if outcome is not None and not error_status:
                self._apply(imp, outcome)
                for name in COUNTS:
                    setattr(imp, name, _count(outcome, name))
                report = outcome.report_csv()
                backend.reports[imp.import_id] = report
                backend.store.put_report(imp.import_id, report)
            if error_status:
                imp.status, imp.error_status = FAILED, str(error_status)
                imp.successful_records = imp.successful_records_with_warnings = 0
                imp.error_records = imp.total_records
                header = ",".join(imp.header + ["Loaded", "Errors", "Warnings"]).encode("utf-8") + b"\r\n"
                backend.reports[imp.import_id] = header
            else:
                imp.status = COMPLETED
            imp.completed_at = backend.clock.time()
            backend.save_import(imp)

    def _apply(self, imp: Import, outcome: Any) -> None:
        portal, store = self.backend.portal, self.backend.store
        upserts = list(getattr(outcome, "upserts", None) or [])
        now = self.backend.clock.time()
        if imp.type == catalog.EMPLOYEE:
            store.put_users(portal.upsert_users(upserts, new_id=self.backend.new_id, now=now))
            store.put_users(portal.deactivate_users(getattr(outcome, "deactivate", None) or [], now=now))
        else:
            store.put_ous(imp.key, portal.upsert_ous(imp.key, upserts, now=now))

    # ----------------------------------------------------------------------------- callbacks

    def _send_callbacks(self) -> None:
        """One POST per completed job with a callback, never retried (bulk-api-facts.md, "Callback")."""
        backend = self.backend
        with backend.lock:
            ready = []
            for job in backend.jobs.values():
                if job.callback and not job.callback_sent and job.import_ids and all(
                    backend.imports[i].status in FINAL for i in job.import_ids
                ):
                    job.callback_sent = True
                    backend.save_job(job)
                    ready.append((job.job_id, job.callback))
            bundle = backend.config.callback_ca_bundle
        for job_id, url in ready:
            sender = threading.Thread(target=self._post_callback, args=(job_id, url, bundle),
                                      name="sandbox-callback", daemon=True)
            self._senders = [s for s in self._senders if s.is_alive()] + [sender]
            sender.start()

    def _post_callback(self, job_id: str, url: str, bundle: str | None) -> None:
        entry: dict[str, Any] = {"job_id": job_id, "url": url, "time": self.backend.clock.now().isoformat(),
                                 "status": None, "error": None}
        try:
            # The control plane's CA bundle lets tests receive the callback on a local HTTPS server.
            verify: Any = ssl.create_default_context(cafile=bundle) if bundle else True
            # The portal's own call: the proxies of whoever runs the sandbox (HTTP_PROXY...) are not the portal's.
            response = httpx.post(url, json={"job_id": job_id, "job_status": COMPLETED}, verify=verify, timeout=10,
                                  trust_env=False)
            entry["status"] = response.status_code
        except Exception as exc:  # whatever went wrong, record it: the portal does not retry (facts "Callback")
            entry["error"] = f"{type(exc).__name__}: {exc}"
        with self.backend.lock:
            self.backend.callbacks.append(entry)
