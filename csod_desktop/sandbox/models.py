"""Jobs, imports and tokens, and ``SandboxBackend``: all the portal's state and every rule it enforces.

The rules follow ``shared/reference/bulk-api-quick-start.txt`` (shapes) and ``bulk-api-facts.md`` (limits).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import secrets
import threading
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from csod_desktop import facts
from csod_desktop.sandbox import catalog, payloads
from csod_desktop.sandbox.clock import SandboxClock, utc_iso
from csod_desktop.sandbox.config import Config, checked_changes
from csod_desktop.sandbox.errors import (
    BadRequest, CapacityExceeded, DownloadsExhausted, ImportAlreadyReceived, InvalidCredentials, MissingScope,
    NotFound, ReportExpired, ReportNotReady, Unauthorized, ValidationFailed,
)
from csod_desktop.sandbox.persistence import SCHEMA_VERSION, MemoryStore, Snapshot
from csod_desktop.sandbox.portal import PortalState
from csod_desktop.sandbox.throttle import Throttle

API = "/services/api/x/bulk-api/v1"
CLIENT_ID = "demo-client"
CLIENT_SECRET = "demo-secret"
SCOPES = ("bulkapijob:read", "bulkapiimport:read", "bulkapischema:read", "bulkapijob:create",
          "bulkapiimport:load", "bulkapispecification:read", "bulkapipermission:read")
MAX_IMPORTS_PER_JOB = facts.MAX_IMPORTS_PER_JOB
MAX_ACTIVE_JOBS = facts.MAX_QUEUED_JOBS
TYPE_CAPACITY = facts.MAX_RUNNING_IMPORTS_PER_TYPE
CUSTOM_OU_CAPACITY = facts.MAX_RUNNING_CUSTOM_OU_IMPORTS
MAX_DOWNLOADS = facts.MAX_REPORT_DOWNLOADS
RETENTION_SECONDS = facts.RETENTION_DAYS * 86400

CREATED, QUEUED, PROCESSING, COMPLETED, FAILED = "Created", "Queued", "Processing", "Completed", "Failed"
FINAL = {COMPLETED, FAILED}
REPORT_VARIANTS = {"full", "errors", "warnings"}


@dataclass
class Token:
    scopes: frozenset[str]
    expires_at: float


@dataclass
class Import:
    import_id: str
    job_id: str
    type: str
    label: str
    settings: dict[str, Any]
    type_id: int | None
    created: float
    status: str = CREATED
    content_type: str | None = None
    received_at: float | None = None
    due_at: float | None = None
    completed_at: float | None = None
    total_records: int = 0
    successful_records: int = 0
    successful_records_with_warnings: int = 0
    error_records: int = 0
    error_status: str | None = None
    downloads: int = 0
    header: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The portal-state key of this import's load type (``ou.customou.<type_id>`` for custom OUs)."""
        return catalog.type_key(self.type, self.type_id)

    @property
    def capacity_group(self) -> str:
        return self.type

    @property
    def active(self) -> bool:
        return self.status in (QUEUED, PROCESSING)


@dataclass
class Job:
    job_id: str
    label: str
    callback: str | None
    created: float
    owner_ref: str
    import_ids: list[str] = field(default_factory=list)
    callback_sent: bool = False


def _capacity_of(load_type: str) -> int:
    return CUSTOM_OU_CAPACITY if load_type == catalog.CUSTOM_OU else TYPE_CAPACITY


def _iso(epoch: float) -> str:
    return utc_iso(dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc))


def _type_id(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        if isinstance(value, (bool, dict, list)):
            raise TypeError
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # 1e999 reads as infinity, which has no int
        raise BadRequest(f"type_id {str(value)[:40]!r} is not a number.") from None
    if not 0 <= number < 2**31:
        raise BadRequest("type_id must be a whole number between 0 and 2147483647.")
    return number


class SandboxBackend:
    """Holds the portal (people, OUs), jobs, imports, reports and tokens; enforces the documented rules."""

    def __init__(self, *, relaxed: bool = False, seed: int | None = None, store: MemoryStore | None = None,
                 clock: SandboxClock | None = None) -> None:
        self.relaxed = relaxed
        self.clock = clock or SandboxClock()
        self.store = store or MemoryStore()
        self.config = Config.defaults(relaxed)
        self.throttle = Throttle(self.clock.time)
        self.portal = PortalState()
        self.lock = threading.RLock()
        self.jobs: dict[str, Job] = {}
        self.imports: dict[str, Import] = {}
        self.reports: dict[str, bytes] = {}
        self.payloads: dict[str, bytes] = {}
        self.tokens: dict[str, Token] = {}
        self.callbacks: list[dict[str, Any]] = []
        self.on_received: list[Any] = []  # callables woken when data arrives (the processing worker)
        self.on_clock_moved: list[Any] = []  # callables run (synchronously) after the clock moved
        self._rng = random.Random(seed)
        self._seeded = seed is not None
        snapshot = self.store.load()
        if snapshot is None:
            self.reset(seed)
        else:
            self._restore(snapshot)

    # ------------------------------------------------------------------------------ state

    def reset(self, seed: int | None = None) -> None:
        """Forget jobs, imports, reports and tokens; reload the seed portal (control plane ``reset``)."""
        with self.lock:
            if seed is not None:
                self._rng = random.Random(seed)
                self._seeded = True
            self.jobs.clear()
            self.imports.clear()
            self.reports.clear()
            self.payloads.clear()
            self.tokens.clear()
            self.callbacks.clear()
            self.throttle.reset()
            self.portal.load_seed()
            self.store.wipe()
            self.store.put_users(self.portal.users.values())
            for key, bucket in self.portal.ous.items():
                self.store.put_ous(key, bucket.values())
            self._save_config()

    def _restore(self, snap: Snapshot) -> None:
        self.portal.load(snap.users, snap.ous)
        self.jobs = {d["job_id"]: Job(**d) for d in snap.jobs}
        self.imports = {d["import_id"]: Import(**d) for d in snap.imports}
        self.reports = dict(snap.reports)
        self.payloads = dict(snap.payloads)
        self.clock.advance(float(snap.meta.get("clock_offset", 0.0)) - self.clock.offset)
        known: dict[str, Any] = {}
        for name, value in (snap.meta.get("config") or {}).items():
            try:  # a setting stored by an older sandbox that did not check it is dropped, not trusted
                known.update(checked_changes({name: value}))
            except BadRequest:
                continue
        self.config = Config(**{**asdict(Config.defaults(self.relaxed)), **known})
        self.throttle.enabled = self.config.throttles
        for imp in self.imports.values():
            if imp.status == PROCESSING:  # interrupted by the restart: run it again
                imp.status = QUEUED

    def _save_config(self) -> None:
        self.throttle.enabled = self.config.throttles
        self.store.put_meta("schema_version", SCHEMA_VERSION)
        self.store.put_meta("config", asdict(self.config))
        self.store.put_meta("clock_offset", self.clock.offset)

    def update_config(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        changes = checked_changes(changes)  # all checked before any is taken: a 400 changes nothing
        with self.lock:
            for name, value in changes.items():
                setattr(self.config, name, value)
            self._save_config()
        return asdict(self.config)

    def clock_moved(self) -> None:
        self.store.put_meta("clock_offset", self.clock.offset)
        for callback in list(self.on_clock_moved):
            callback()

    def new_id(self) -> str:
        if self._seeded:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        return str(uuid.uuid4())

    def save_import(self, imp: Import) -> None:
        self.store.put_import(asdict(imp))

    def save_job(self, job: Job) -> None:
        self.store.put_job(asdict(job))

    def _wake(self) -> None:
        for callback in list(self.on_received):
            callback()

    # ------------------------------------------------------------------------------ auth

    def issue_token(self, body: Any) -> dict[str, Any]:
        """Step 1 of the quick start; 400 for wrong credentials or grant type (bulk-api-facts.md "Hosts")."""
        if not isinstance(body, dict):
            raise BadRequest("The token request body must be a JSON object.")
        if body.get("grantType") != "client_credentials":
            raise InvalidCredentials("grantType must be client_credentials.")
        ok_id = secrets.compare_digest(str(body.get("clientId", "")), CLIENT_ID)
        ok_secret = secrets.compare_digest(str(body.get("clientSecret", "")), CLIENT_SECRET)
        if not (ok_id and ok_secret):
            raise InvalidCredentials()
        asked = str(body.get("scope") or "").split()
        unknown = [s for s in asked if s not in SCOPES]
        if unknown:
            raise BadRequest(f"Unknown scope(s): {' '.join(unknown)}.")
        granted = asked or list(SCOPES)
        token = "ZWRnZQ:" + secrets.token_hex(32)
        lifetime = int(self.config.token_lifetime)
        with self.lock:
            now = self.clock.time()
            self.tokens = {k: t for k, t in self.tokens.items() if t.expires_at > now}
            self.tokens[token] = Token(frozenset(granted), now + lifetime)
        return {"access_token": token, "expires_in": lifetime, "scope": " ".join(granted), "token_type": "Bearer"}

    def authorize(self, authorization: str | None, scope: str, bucket: str | None = None) -> None:
        """401 without a valid token or its scope; then count the call in its throttle bucket (429)."""
        scheme, _, value = (authorization or "").partition(" ")
        token = self.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
        if token is None or token.expires_at <= self.clock.time():
            raise Unauthorized()
        if scope not in token.scopes:
            raise MissingScope(description=f"This call needs the {scope} scope.")
        if bucket:
            self.throttle.hit(bucket)

    # ------------------------------------------------------------------------------ catalog

    def schema(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict) or not isinstance(body.get("type"), str):
            raise BadRequest("The schema request needs a load type: {\"type\": \"chr.employee\", \"settings\": {}}.")
        settings = body.get("settings") if isinstance(body.get("settings"), dict) else {}
        type_id = _type_id(body.get("type_id", catalog.setting(settings, "type_id")))
        result = catalog.schema_body(body["type"], type_id, settings)
        if result is None:
            raise BadRequest(f"Unknown load type {body['type']!r}" + (f" with type_id {type_id}." if type_id else "."))
        return result

    # ------------------------------------------------------------------------------ capacity

    def _active_jobs(self) -> set[str]:
        return {imp.job_id for imp in self.imports.values() if imp.active}

    def _active_of(self, load_type: str) -> int:
        return sum(1 for imp in self.imports.values() if imp.active and imp.type == load_type)

    def job_capacity(self) -> int:
        return MAX_ACTIVE_JOBS - len(self._active_jobs())

    def type_capacity(self, load_type: str) -> int:
        return _capacity_of(load_type) - self._active_of(load_type)

    # ------------------------------------------------------------------------------ jobs

    def create_job(self, body: Any) -> dict[str, Any]:
        """Step 4: a container of imports; no capacity is used until data is posted."""
        if not isinstance(body, dict):
            raise BadRequest("The job request body must be a JSON object.")
        items = body.get("imports")
        if not isinstance(items, list) or not items:
            raise ValidationFailed("A job needs at least one import.")
        if len(items) > MAX_IMPORTS_PER_JOB:
            raise ValidationFailed(f"A job holds at most {MAX_IMPORTS_PER_JOB} imports; this one has {len(items)}.")
        callback = body.get("callback")
        if callback not in (None, ""):
            problem = facts.callback_problem(str(callback))
            if problem:  # quick start Step 4: an HTTP callback URL results in a validation error
                raise ValidationFailed(problem)
        specs = []
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("type"), str):
                raise ValidationFailed(f"Import {index + 1} needs a load type.")
            settings = item.get("settings") or {}
            if not isinstance(settings, dict):
                raise ValidationFailed(f"Import {index + 1}: settings must be an object.")
            type_id = _type_id(item.get("type_id", catalog.setting(settings, "type_id")))
            if not catalog.known_type(item["type"], type_id):
                raise ValidationFailed(f"Import {index + 1}: unknown load type {item['type']!r}"
                                       + (f" with type_id {type_id}." if type_id else "."))
            catalog.check_settings(index, settings)
            specs.append((item["type"], str(item.get("label") or item["type"]), settings, type_id))
        with self.lock:
            if self.job_capacity() <= 0:
                raise CapacityExceeded(f"CSOD capacity reached: {MAX_ACTIVE_JOBS} jobs are already queued.")
            now = self.clock.time()
            job = Job(self.new_id(), str(body.get("label") or ""), callback or None, now, catalog.service_account())
            self.jobs[job.job_id] = job
            answer_imports = []
            for load_type, label, settings, type_id in specs:
                imp = Import(self.new_id(), job.job_id, load_type, label, dict(settings), type_id, now)
                self.imports[imp.import_id] = imp
                job.import_ids.append(imp.import_id)
                self.save_import(imp)
                entry = {"import_id": imp.import_id, "type": load_type, "label": label,
                         "remaining_capacity": self.type_capacity(load_type)}
                if type_id is not None:
                    entry["type_id"] = type_id
                answer_imports.append(entry)
            self.save_job(job)
            return {"job_id": job.job_id, "create_date": _iso(now), "owner_ref": job.owner_ref, "status": "ready",
                    "label": job.label, "remaining_capacity": self.job_capacity(), "imports": answer_imports,
                    "status_url": f"{API}/jobs/{job.job_id}"}

    def _job(self, job_id: str) -> Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise NotFound(f"No job {job_id}.")
        return job

    def import_view(self, imp: Import) -> dict[str, Any]:
        """One entry of Step 6's ``imports`` (the quick start's field names)."""
        status = imp.status
        if status == QUEUED and imp.received_at is not None and imp.due_at is not None:
            if self.clock.time() >= (imp.received_at + imp.due_at) / 2 and imp.due_at > imp.received_at:
                status = PROCESSING
        return {"id": imp.import_id, "status": status, "total_records": imp.total_records,
                "successful_records": imp.successful_records,
                "successful_records_with_warnings": imp.successful_records_with_warnings,
                "error_records": imp.error_records, "error_status": imp.error_status}

    def job_state(self, job: Job) -> str:
        statuses = [self.imports[i].status for i in job.import_ids]
        if statuses and all(s in FINAL for s in statuses):
            return COMPLETED
        return "ready" if all(s == CREATED for s in statuses) else PROCESSING.lower()

    def job_status(self, job_id: str) -> dict[str, Any]:
        """Step 6: ``jobId`` and per import ``id``, ``status``, the four counts and ``error_status``."""
        with self.lock:
            job = self._job(job_id)
            return {"jobId": job.job_id, "imports": [self.import_view(self.imports[i]) for i in job.import_ids]}

    def list_jobs(self, start: dt.date | None, end: dt.date | None, page: int, size: int) -> dict[str, Any]:
        """``GET /jobs`` (bulk-api-facts.md "[seen]"; its answer's shape is unpublished, so the sandbox picks
        ``{"jobs": [...], "page_number", "page_size", "total_count"}``, newest first; both dates inclusive)."""
        with self.lock:
            chosen = []
            for job in sorted(self.jobs.values(), key=lambda j: j.created, reverse=True):
                created = dt.datetime.fromtimestamp(job.created, tz=dt.timezone.utc).date()
                if (start and created < start) or (end and created > end):
                    continue
                chosen.append(job)
            page_jobs = chosen[(page - 1) * size : page * size]
            jobs = [{"job_id": j.job_id, "label": j.label, "create_date": _iso(j.created), "owner_ref": j.owner_ref,
                     "status": self.job_state(j),
                     "imports": [{"import_id": i, "type": self.imports[i].type, "label": self.imports[i].label,
                                  **{k: v for k, v in self.import_view(self.imports[i]).items() if k != "id"}}
                                 for i in j.import_ids]}
                    for j in page_jobs]
        return {"jobs": jobs, "page_number": page, "page_size": size, "total_count": len(chosen)}

    # ------------------------------------------------------------------------------ imports

    def receive_import(self, import_id: str, raw: bytes, content_type: str | None,
                       content_encoding: str | None) -> dict[str, Any]:
        """Step 5: accept one payload per import, within the data and capacity limits; 202 then processing."""
        with self.lock:
            imp = self.imports.get(import_id)
            if imp is None:
                raise NotFound(f"No import {import_id}.")
            if imp.status != CREATED:
                # Unpublished whether an import takes several POSTs (bulk-api-facts.md): the sandbox takes one.
                raise ImportAlreadyReceived()
        payload = payloads.accept(raw, content_type, content_encoding)
        with self.lock:
            if imp.status != CREATED:
                raise ImportAlreadyReceived()
            if imp.job_id not in self._active_jobs() and self.job_capacity() <= 0:
                raise CapacityExceeded(f"CSOD capacity reached: {MAX_ACTIVE_JOBS} jobs are already queued.")
            if self.type_capacity(imp.type) <= 0:
                raise CapacityExceeded(f"CSOD capacity reached: {_capacity_of(imp.type)} {imp.type} imports are "
                                       "already running; wait for one to complete.")
            now = self.clock.time()
            imp.status, imp.received_at = QUEUED, now
            imp.due_at = now + float(self.config.processing_seconds)
            imp.content_type, imp.header = payload.content_type, payload.header
            imp.total_records = payload.records
            self.payloads[import_id] = payload.body
            self.store.put_payload(import_id, payload.body)
            self.save_import(imp)
            answer = {"message": "request received", "remaining_capacity": self.type_capacity(imp.type),
                      "import_id": import_id, "report_url": f"{API}/imports/{import_id}/report"}
        self._wake()
        return answer

    def report(self, import_id: str, variant: str) -> bytes:
        """Step 7: the report CSV; 404 until ready, 410 after five downloads or 30 days (bulk-api-facts.md)."""
        if variant not in REPORT_VARIANTS:
            raise NotFound()
        with self.lock:
            imp = self.imports.get(import_id)
            if imp is None:
                raise NotFound(f"No import {import_id}.")
            now = self.clock.time()
            if now >= imp.created + RETENTION_SECONDS:
                raise ReportExpired()
            if imp.status not in FINAL or imp.completed_at is None:
                raise ReportNotReady("CSOD Not found: the import has not completed yet.")
            if now < imp.completed_at + float(self.config.report_404_seconds):
                raise ReportNotReady()
            if imp.downloads >= MAX_DOWNLOADS:
                raise DownloadsExhausted()
            data = self.reports.get(import_id)
            if data is None:
                raise ReportNotReady("CSOD Not found: this import has no report.")
            imp.downloads += 1
            self.save_import(imp)
        return _report_variant(data, variant)

    def forget_expired(self) -> None:
        """Drop reports and payloads past the 30-day retention (the sandbox clock decides)."""
        with self.lock:
            now = self.clock.time()
            for imp in self.imports.values():
                if now < imp.created + RETENTION_SECONDS:
                    continue
                if self.reports.pop(imp.import_id, None) is not None:
                    self.store.put_report(imp.import_id, None)
                if imp.status in FINAL and self.payloads.pop(imp.import_id, None) is not None:
                    self.store.put_payload(imp.import_id, None)


def _report_variant(data: bytes, variant: str) -> bytes:
    """The errors or warnings variant: the header plus the rows whose Errors (Warnings) column is not empty."""
    if variant == "full":
        return data
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    header = next(rows, [])
    column = "Errors" if variant == "errors" else "Warnings"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    if column in header:
        index = header.index(column)
        for row in rows:
            if len(row) > index and row[index].strip():
                writer.writerow(row)
    return out.getvalue().encode("utf-8")
