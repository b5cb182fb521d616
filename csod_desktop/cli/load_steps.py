"""The steps of ``csod-desktop load`` as a view of one load plan per import (``services.plan``), as the window's are.

Each step sets a plan's inputs or reads its results and fills the import's entry of the ``--json``
document; the rules (which mapping, what is sent, what ReconcileUsers forbids) are the plan's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import paths
from csod_desktop.cli import interrupts, terminal
from csod_desktop.cli.load_document import (
    LEFT_OUT_IN_JSON,
    PROBLEMS_IN_JSON,
    left_out_document,
    problem_document,
    suggestion_document,
)
from csod_desktop.errors import ConfigError, TemplateError
from csod_desktop.services.mapping_choice import MappingChoice
from csod_desktop.services.plan import LoadPlan, ReconcileLeftOutError
from csod_desktop.services.schemas import fetch_schema, resolve_load_type

if TYPE_CHECKING:
    from csod_desktop.cli.load_request import ImportRequest, LoadRequest
    from csod_desktop.services.stores import Stores

#: Share of an import's preparation progress taken by reading the file; mapping and validation take the rest.
_READ_SHARE = 0.4
#: Records left out under ReconcileUsers listed one per line on stderr (all of them are counted).
SHOWN_ON_STDERR = 50


@dataclass
class Prepared:
    """One ``--import`` and its load plan (read, mapped, validated; once written, its payload parts)."""

    index: int
    request: ImportRequest
    doc: dict[str, Any]
    plan: LoadPlan

    @property
    def load_type(self) -> str:
        return self.plan.load_type

    @property
    def type_id(self) -> Any:
        return self.plan.type_id  # the portal's custom OU type_id (an int in the specification)

    @property
    def result(self) -> Any:
        return self.plan.validation  # core.validation.ValidationResult

    @property
    def payloads(self) -> list[Any]:
        return self.plan.payloads  # core.payload.PayloadInfo, one per import

    @property
    def sendable(self) -> bool:
        return bool(self.payloads) and self.doc["sent_records"] > 0

    @property
    def slug(self) -> str:
        """``chr.employee`` or ``ou.customou.52971``: how the files of this import are named."""
        return self.load_type + (f".{self.type_id}" if self.type_id is not None else "")


# -------------------------------------------------------------------------------------------- safety


def portal_name(ctx: Any) -> str:
    """The word an administrator types to confirm ReconcileUsers: the window's dialog asks for the same."""
    from csod_desktop.store.profiles import confirmation_word

    return confirmation_word(getattr(ctx, "profile", None))


def check_reconcile(ctx: Any, confirmation: str | None) -> None:
    """ReconcileUsers=true deactivates every employee missing from the payload (quick start, Step 4):
    the same confirmation as the window, typed as --confirm-reconcile PORTAL-NAME."""
    expected = portal_name(ctx)
    if confirmation is None or confirmation.strip() != expected:
        raise ConfigError(
            f"ReconcileUsers=true deactivates every employee of the portal {expected} who is missing from "
            "the file; nothing was sent.",
            hint=f"Use it only with a file of all active employees. To go ahead, add --confirm-reconcile {expected}.",
        )


def reconcile_refusals(
    prepared: list[Prepared], request: LoadRequest, reporter: terminal.Reporter
) -> list[ReconcileLeftOutError]:
    """The plan's ReconcileUsers rule for every import: a record left out of the payload (skipped as
    invalid, or in another import of a split file) is an employee the portal would deactivate, so the
    whole load stops before anything is sent. Each refusal lists its records on stderr and in the JSON."""
    refusals = []
    for item in prepared:
        problem = item.plan.reconcile_problem(skip_invalid=request.on_invalid == "skip")
        if problem is None:
            continue
        refusals.append(problem)
        item.doc["left_out"] = left_out_document(problem.left_out)
        reporter.info(f"{item.request.path.name}: {len(problem.left_out):,} record(s) would be left out under "
                      "ReconcileUsers:")
        for row, ident, why in problem.left_out.records[:SHOWN_ON_STDERR]:
            reporter.info(f"  record {row}" + (f" ({ident})" if ident else "") + f": {why}")
        if len(problem.left_out) > SHOWN_ON_STDERR:
            reporter.info(f"  ... {len(problem.left_out) - SHOWN_ON_STDERR:,} more (the first {LEFT_OUT_IN_JSON:,} "
                          "in --json)")
    return refusals


# ------------------------------------------------------------------------------------------- prepare


def prepare(
    ctx: Any, index: int, item: ImportRequest, request: LoadRequest, reporter: terminal.Reporter, doc: dict[str, Any],
    *, snapshot: Any = None,
) -> Prepared:
    """Read, map and validate one file through its load plan (as the window does), against the portal's
    ``snapshot`` when there is one; :func:`describe` then fills its JSON entry."""
    reporter.progress("Reading the portal's load types", None)
    load_type, type_id = resolve_load_type(ctx.client, item.type)
    doc.update(type=load_type, type_id=None if type_id is None else str(type_id), label=item.path.name)
    reporter.progress(f"Reading the schema of {item.type}", None)
    schema = fetch_schema(ctx.client, load_type, type_id, item.settings)
    plan = LoadPlan(load_type, type_id=type_id, settings=item.settings, schema=schema)
    plan.set_portal(snapshot)
    prepared = Prepared(index=index, request=item, doc=doc, plan=plan)

    templates = ctx.templates
    given = None
    if item.mapping is not None:
        given = templates.load(item.mapping)
        if given.load_type and given.load_type != load_type:
            raise TemplateError(
                f"The template {item.mapping} is for {given.load_type}, not {load_type}.",
                hint="Give the template saved for this load type.",
            )
    name = item.path.name
    label = f"Preparing {name}"
    plan.read(item.path, progress=lambda f: reporter.progress(label, _READ_SHARE * f),
              is_cancelled=interrupts.cancel_requested)
    for warning in plan.source.warnings if plan.source is not None else []:
        reporter.warn(f"{name}: {warning}")
    choice = plan.choose_mapping(templates, given=given, template=item.mapping)
    mapping = choice.mapping
    doc["mapping"] = {
        "origin": choice.origin,
        "template": str(item.mapping) if item.mapping else None,
        "columns": {src: tgt for src, tgt in mapping.columns.items() if tgt},
        "unmapped_sources": list(mapping.unmapped_sources()),
    }
    if choice.guessed and not request.auto_map:
        refuse_mapping(item, choice)
    for column in doc["mapping"]["unmapped_sources"]:
        reporter.warn(f"{name}: column {column!r} is not mapped and will not be sent.")
    plan.validate(progress=lambda f: reporter.progress(label, _READ_SHARE + (1 - _READ_SHARE) * f),
                  is_cancelled=interrupts.cancel_requested)
    return prepared


def describe(prepared: Prepared, reporter: terminal.Reporter) -> None:
    """The import's last check in its JSON entry and on stderr (the first errors, the warnings counted)."""
    validation, doc, name = prepared.result, prepared.doc, prepared.request.path.name
    n_valid = int(validation.valid.sum()) if validation.n_records else 0
    problems = validation.problem_list(limit=PROBLEMS_IN_JSON)
    doc.update(records=validation.n_records, valid_records=n_valid)
    doc["problems"] = {
        "error_records": int(validation.n_errors),
        "warnings": int(validation.n_warnings),
        "items": [problem_document(p) for p in problems],
        "truncated": validation.problems.height > len(problems),
    }
    # The settings the data calls for: said, never applied (issue 13: the CLI never changes a setting).
    doc["suggestions"] = [suggestion_document(s) for s in validation.suggestions]
    reporter.info(
        f"{name}: {validation.n_records} records, {validation.n_errors} with errors, "
        f"{validation.n_warnings} with warnings (mapping: {doc['mapping']['origin']})."
    )
    report_problems(validation, reporter)
    for problem in validation.confirmations:  # dates no value proves the order of: load, but say how
        reporter.warn(f"{name}: {problem.message} {problem.hint}")


def report_problems(validation: Any, reporter: terminal.Reporter, shown: int = 10) -> None:
    """The first errors one by one, then the warnings counted by rule and column (stderr)."""
    errors = validation.problems.filter(validation.problems["severity"] == "error")
    for problem in errors.head(shown).iter_rows(named=True):
        where = f"record {problem['row']}" if problem["row"] else "file"
        reporter.info(f"  error: {where}, {problem['column']}: {problem['message']}")
        if not problem["row"] and problem["hint"]:
            reporter.info(f"    fix: {problem['hint']}")
    if errors.height > shown:
        reporter.info(f"  ... {errors.height - shown} more errors (all of them in --json and --report-dir)")
    summary = validation.summary()
    warnings = summary.filter(summary["severity"] == "warning")
    for row in warnings.head(shown).iter_rows(named=True):
        reporter.info(f"  warning: {row['rule']} on {row['column']}: {row['count']} time(s)")


def refuse_mapping(item: ImportRequest, choice: MappingChoice) -> None:
    """A guessed mapping is never sent without ``--auto-map``: say which columns were guessed."""
    unsure, unmapped = choice.guesses()
    parts = []
    if unmapped:
        parts.append("not mapped: " + ", ".join(unmapped))
    if unsure:
        parts.append("guessed: " + ", ".join(unsure))
    raise ConfigError(
        f"{item.path.name}: no template for this file's columns, and not every column is a property name "
        f"({'; '.join(parts)}). Nothing was sent.",
        hint="Save a template in the app and give it with --mapping TYPE=TEMPLATE.json, or add --auto-map "
        "to accept the automatic mapping.",
    )


# ------------------------------------------------------------------------------------------ payloads


def payload_folder(stores: Stores, request: LoadRequest) -> Path:
    """``--payload-dir``, else a new folder in the app's one payload folder (purged after 30 days)."""
    if request.payload_dir is not None:
        request.payload_dir.mkdir(parents=True, exist_ok=True)
        return request.payload_dir
    return stores.payload_folder("load")


def write_payloads(stores: Stores, prepared: list[Prepared], request: LoadRequest, reporter: terminal.Reporter) -> None:
    """Write each import's payload through its plan (RFC 4180 CSV of property names); with skip, only the
    valid rows. More than 1,000,000 records are split into parts of one import each, never truncated
    (bulk-api-facts.md, "Capacity and data limits")."""
    folder = paths.private_dir(payload_folder(stores, request))
    skip = request.on_invalid == "skip"
    for item in prepared:
        result = item.result
        valid = item.doc["valid_records"]
        left_out = result.n_records - valid if skip and result.n_errors else 0
        item.doc["skipped_invalid"] = left_out
        if skip and result.n_errors and valid == 0:
            reporter.warn(f"{item.request.path.name}: no valid record; this import is left out of the job.")
            continue
        reporter.progress(f"Writing the payload of {item.request.path.name}", None)
        parts = item.plan.write_payloads(folder, name=f"{item.index:02d}-{item.slug}.csv", skip_invalid=skip,
                                         is_cancelled=interrupts.cancel_requested)
        item.doc["sent_records"] = sum(int(p.records) for p in parts)
        first = parts[0]
        item.doc["payload"] = {
            "path": str(first.path),
            "size": sum(int(p.size) for p in parts),
            "records": item.doc["sent_records"],
            "gzipped": bool(first.gzipped),
            "sha256": first.sha256,
        }
        if len(parts) > 1:
            item.doc["payload"]["parts"] = [str(p.path) for p in parts]
        if left_out:
            reporter.info(
                f"{item.request.path.name}: {left_out} invalid record(s) left out (--on-invalid skip); "
                f"{item.doc['sent_records']} will be sent."
            )


# ---------------------------------------------------------------------------------------------- send


def send(
    ctx: Any,
    to_send: list[Prepared],
    request: LoadRequest,
    reporter: terminal.Reporter,
    document: dict[str, Any],
    *,
    poll: Any = None,
    is_cancelled: Any = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Create the job, post each payload and (with --wait) follow it, through the window's LoadRunner.

    Returns the reports the runner fetched (imports with errors or warnings) and the ``ReportSkipped``
    events of the reports it could not (why, in ``state``), both by import id.
    """
    from csod_desktop.cli.load_document import apply_job_record
    from csod_desktop.services.loads import ordered, pump

    specs = []
    owner: dict[int, Prepared] = {}
    for item in to_send:
        for spec in item.plan.prepared_imports(label=item.request.path.name):
            specs.append(spec)
            owner[id(spec)] = item
    # OU imports first, then employees (as the window does): an employee's new division in the same job
    # exists before the employee points to it. The order is fixed here so each import maps back to its file.
    specs = ordered(specs)
    runner = ctx.runner(poll=poll, is_cancelled=is_cancelled, fetch_reports=request.wait)
    label = request.label or "csod-desktop " + ", ".join(i.request.path.name for i in to_send)[:80]
    events = runner.run(specs, label, callback=request.callback, wait=request.wait, reorder=False)
    seen: dict[str, Any] = {}

    def on_event(event: Any) -> None:
        render_event(event, reporter, seen)
        name = type(event).__name__
        if name == "JobCreated":
            document["job"] = {"job_id": event.job_id, "status": None, "finished": False, "imports": []}
            for spec, import_id in zip(specs, event.import_ids, strict=True):
                doc = owner[id(spec)].doc
                doc["import_id"] = doc["import_id"] or import_id
                doc.setdefault("import_ids", []).append(import_id)
        elif name == "ReportReady":
            seen.setdefault("reports", {})[event.import_id] = event.result
        elif name == "ReportSkipped" and not event.clean:
            seen.setdefault("not_saved", {})[event.import_id] = event

    job = pump(events, on_event)
    apply_job_record(job, specs, {key: item.doc for key, item in owner.items()}, document)
    return seen.get("reports", {}), seen.get("not_saved", {})


def render_event(event: Any, reporter: terminal.Reporter, seen: dict[str, Any]) -> None:
    """Runner events as progress (uploads, waiting) or one line each (milestones) on stderr."""
    name = type(event).__name__
    if name in ("UploadProgress", "Waiting"):
        reporter.progress(event.text, event.fraction if name == "UploadProgress" else None)
    elif name == "StatusChecked":
        if event.text != seen.get("status"):
            seen["status"] = event.text
            reporter.info(event.text)
    elif name == "StatusProblem":
        reporter.warn(event.text)
    elif name == "ReportSkipped" and not event.clean:
        reporter.warn(event.text)
    elif name not in ("ReportSkipped",):
        reporter.info(event.text)

