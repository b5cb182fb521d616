"""``load`` against the portal's own data: the snapshot read within the throttles, the job's other imports,
what each import changes, and the ReconcileUsers preview (``--max-deactivations``, its list in --report-dir).

The rules are the window's: the plan checks with the snapshot (``LoadPlan.set_portal``), the preview's 10%
policy is ``ReconcilePreview.allows``; this module only sets the inputs and says the results.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop import facts, paths
from csod_desktop.cli import interrupts, terminal
from csod_desktop.errors import ApiError, ConfigError, NetworkError

if TYPE_CHECKING:
    from csod_desktop.cli.load_request import LoadRequest
    from csod_desktop.cli.load_steps import Prepared
    from csod_desktop.core.portal import PortalSnapshot

#: Deactivations listed by name on stderr (all of them are counted, and written with --report-dir).
SHOWN_ON_STDERR = 20


def read_snapshot(ctx: Any, reporter: terminal.Reporter, document: dict[str, Any]) -> PortalSnapshot | None:
    """The portal's employees and OUs (the stored snapshot while fresh), read page by page within the
    documented throttles (the client's governor) with progress on stderr. Without ``employee:read``, or when
    the portal cannot be read, one sentence says the checks are those of the file alone."""
    from csod_desktop.services.loads import pump
    from csod_desktop.services.portal_data import read_failed

    reporter.progress("Reading the portal's employees and OUs", None)
    snapshot = None
    try:
        snapshot = pump(ctx.portal_data.current(is_cancelled=interrupts.cancel_requested),
                        lambda step: reporter.progress(step.text, step.fraction))
        off = snapshot.off_sentence
    except (ApiError, NetworkError) as exc:
        off = read_failed(exc)
    if off:
        reporter.warn(off)
    document["portal_data"] = {
        "checked": snapshot is not None and (snapshot.employees is not None or snapshot.ous is not None),
        "snapshot_taken_at": snapshot.taken_at.isoformat() if snapshot is not None else None,
        "employees": None if snapshot is None or snapshot.employees is None else len(snapshot.employees),
        "ous": None if snapshot is None or snapshot.ous is None else len(snapshot.ous),
        "employees_complete": None if snapshot is None or snapshot.employees is None else snapshot.employees_complete,
        "checks_off": off,
    }
    return snapshot


def check_within_job(prepared: list[Prepared], snapshot: PortalSnapshot | None, request: LoadRequest,
                     reporter: terminal.Reporter) -> None:
    """A reference may point to a record another import of the job creates (bulk-api-data-format.txt): each
    import is checked again with the ids the others send, where they provide any."""
    from csod_desktop.core.portal import JobIds

    if snapshot is None or len(prepared) < 2:
        return
    skip = request.on_invalid == "skip"
    sent = [(p.plan.type_key, p.plan.records_sent(skip_invalid=skip)) for p in prepared]
    for index, item in enumerate(prepared):
        ids = JobIds.from_frames(frame for j, frame in enumerate(sent) if j != index)
        if not ids.users and not ids.ous:
            continue
        item.plan.set_portal(snapshot, ids)
        reporter.progress(f"Checking {item.request.path.name} with the job's other imports", None)
        item.plan.validate(is_cancelled=interrupts.cancel_requested)


def review(prepared: list[Prepared], request: LoadRequest, reporter: terminal.Reporter) -> dict[int, Any]:
    """Each import's changes and ReconcileUsers preview: on stderr, in its JSON entry, and the preview's
    list in --report-dir. Returns the previews by import index (for :func:`reconcile_refusal`)."""
    skip = request.on_invalid == "skip"
    previews: dict[int, Any] = {}
    for item in prepared:
        if item.result is None or item.result.file_errors:
            continue
        portal = item.plan.portal_review(skip_invalid=skip)
        name = item.request.path.name
        schema = item.plan.schema
        titles = {n: p.title for n, p in schema.properties.items()} if schema is not None else {}
        if portal.changes is not None:
            item.doc["changes"] = portal.changes.to_json()
            reporter.info(f"{name}: {portal.changes.sentence(titles, records=item.result.n_records)}")
        preview = previews[item.index] = portal.reconcile
        if preview is None:
            if item.plan.reconcile:
                reporter.warn(f"{name}: ReconcileUsers deactivates every active employee missing from the file, "
                              "and who that is cannot be listed without the portal's employees.")
            continue
        item.doc["reconcile"] = preview.summary_json()
        reporter.info(f"{name}: {preview.sentence}")
        for d in preview.deactivations[:SHOWN_ON_STDERR]:
            manager = f", manager {d.manager_name or d.manager}" if d.manager else ""
            reporter.info(f"  {d.user_id} {d.name}{manager}" + (f" ({d.note})" if d.note else ""))
        if preview.count > SHOWN_ON_STDERR:
            reporter.info(f"  ... and {preview.count - SHOWN_ON_STDERR:,} more"
                          + (" (all of them in --report-dir)" if request.report_dir else ""))
        item.doc["reconcile"]["list"] = write_deactivations(item, preview, request.report_dir, reporter)
    return previews


def write_deactivations(item: Prepared, preview: Any, report_dir: Path | None,
                        reporter: terminal.Reporter) -> str | None:
    """The preview's list as a CSV in --report-dir (cells neutralized, as every report); its path or None."""
    from csod_desktop.core.export import write_csv
    from csod_desktop.core.reconcile import DEACTIVATION_HEADER

    if report_dir is None:
        return None
    paths.private_dir(report_dir)
    out = paths.safe_path(report_dir, f"{item.index:02d}-{item.slug}-deactivations", ".csv")
    write_csv(out, DEACTIVATION_HEADER, preview.rows())
    reporter.info(f"Employees ReconcileUsers deactivates ({preview.count:,}): {out}")
    return str(out)


def reconcile_refusal(prepared: list[Prepared], previews: dict[int, Any], request: LoadRequest) -> ConfigError | None:
    """Our 10% policy (``facts.RECONCILE_MAX_SHARE``): a preview above it needs ``--max-deactivations N``
    with N at least its count, and no preview may exceed an N given. An N that cannot be checked (the
    portal's employees could not be read) stops the load too: a limit is a promise."""
    allowed = request.max_deactivations
    for item in prepared:
        if not item.plan.reconcile or item.result is None or item.result.file_errors:
            continue
        preview = previews.get(item.index)
        name = item.request.path.name
        if preview is None:
            if allowed is None:
                continue
            return ConfigError(
                f"{name}: --max-deactivations {allowed:,} cannot be checked: the portal's employees could not be "
                "read, so who ReconcileUsers deactivates is not known. Nothing was sent.",
                hint="Give the API application the employee:read scope, or leave out --max-deactivations.")
        if preview.allows(allowed):
            continue
        count = f"{preview.count:,}"
        if allowed is None:
            return ConfigError(
                f"{name}: {preview.sentence} That is more than {facts.RECONCILE_MAX_SHARE:.0%} of the active "
                "employees, so nothing was sent.",
                hint=f"Check the list (--report-dir writes it), then add --max-deactivations {preview.count} to "
                     f"deactivate these {count} employees.")
        return ConfigError(
            f"{name}: {preview.sentence} That is more than --max-deactivations {allowed:,}, so nothing was sent.",
            hint=f"Check the list (--report-dir writes it); --max-deactivations {preview.count} allows it.")
    return None
