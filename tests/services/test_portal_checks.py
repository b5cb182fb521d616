"""Review with the portal's data says what the sandbox portal then does (issue 12, "Done when").

For every sample of ``resources/samples``, in a fresh sandbox: the file is prepared with a snapshot read
through the Employee and OU APIs, then sent whole (errors included) through the load runner; the number of
records Review calls ready must equal the number the portal loads, and the records it calls errors must be
exactly the ones the portal fails. Rules only the portal can know would be named here; there are none left
for these samples.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from csod_desktop.api import Governor
from csod_desktop.api.portal_snapshot import fetch_snapshot
from csod_desktop.core.changes import what_will_change
from csod_desktop.core.portal import JobIds, PortalSnapshot, schema_type_key
from csod_desktop.core.reconcile import reconcile_preview
from csod_desktop.core.schema import Schema
from csod_desktop.services.context import AppContext, build_context
from csod_desktop.services.loads import PollPolicy, pump
from csod_desktop.services.plan import LoadPlan
from csod_desktop.store.profiles import sandbox_profile

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
EN = {"LoadPrimaryKey": 0, "datetime_culture": "en-US", "number_culture": "en-US"}
FR = {"LoadPrimaryKey": 0, "datetime_culture": "fr-FR", "number_culture": "fr-FR"}


@dataclass
class Item:
    """One import of a job: a sample file, its load type and settings."""

    name: str
    load_type: str = "chr.employee"
    settings: dict[str, Any] | None = None
    type_id: int | None = None

    @property
    def key(self) -> str:
        return f"ou.customou.{self.type_id}" if self.type_id else self.load_type

    @property
    def identity(self) -> str:
        if self.load_type != "chr.employee":
            return "ouRefId"
        lpk1 = str((self.settings or {}).get("LoadPrimaryKey")) == "1"
        return "EmployeeIdentificationData_Guid" if lpk1 else "EmployeeIdentificationData_UserId"


JOBS = {
    "quickstart_employees.csv": [Item("quickstart_employees.csv", settings=EN)],
    "quickstart_import_body.csv": [Item("quickstart_import_body.csv", settings=EN)],
    "quickstart_employees.json": [Item("quickstart_employees.json", settings=EN)],
    "employees.csv": [Item("employees.csv", settings=EN)],
    "employees.xlsx": [Item("employees.xlsx", settings=EN)],
    "hris_export_titles.csv": [Item("hris_export_titles.csv", settings=EN)],
    "employees_fr_cp1252.csv": [Item("employees_fr_cp1252.csv", settings=FR)],
    "employees_with_errors.csv": [Item("employees_with_errors.csv", settings=EN)],
    "divisions.csv": [Item("divisions.csv", "ou.division", {})],
    "employees_updates.csv": [Item("employees_updates.csv", settings=EN)],
    "employees_guid_updates.csv": [Item("employees_guid_updates.csv", settings={**EN, "LoadPrimaryKey": 1})],
    "employee_types_524291.csv": [Item("employee_types_524291.csv", "ou.customou", {}, 524291)],
    "employees_new_divisions.csv": [Item("employees_new_divisions.csv", settings=EN)],
    "divisions.csv+employees_new_divisions.csv": [Item("divisions.csv", "ou.division", {}),
                                                  Item("employees_new_divisions.csv", settings=EN)],
}


@pytest.fixture
def ctx(sandbox: Any, stores: Any) -> AppContext:
    with build_context(sandbox_profile(sandbox.root_url), "demo-secret", stores=stores,
                       governor=Governor.disabled()) as context:
        yield context


def snapshot_of(ctx: AppContext) -> PortalSnapshot:
    return pump(fetch_snapshot(ctx.client.portal_reader()))


def schema_for(ctx: AppContext, item: Item) -> Schema:
    body = ctx.client.schema(item.load_type, settings=item.settings or None, type_id=item.type_id)
    return Schema.from_response(body, item.load_type)


def plan_of(path: Path, schema: Schema, settings: dict[str, Any] | None, snapshot: PortalSnapshot | None = None,
            job_ids: JobIds | None = None, *, load_type: str = "chr.employee", type_id: int | None = None) -> LoadPlan:
    """A load plan checked the way Review checks it (the automatic mapping, the portal's data if given)."""
    plan = LoadPlan(load_type, type_id=type_id, settings=settings or {}, schema=schema)
    plan.read(path)
    plan.choose_mapping(None)
    plan.set_portal(snapshot, job_ids)
    plan.validate()
    return plan


def review(ctx: AppContext, items: list[Item], snapshot: PortalSnapshot | None, out: Path) -> list[LoadPlan]:
    """Check every import of a job the way Review does, each seeing the ids the others provide; the payloads
    carry every record, errors included, so that the portal says what it does with each."""
    schemas = [schema_for(ctx, item) for item in items]
    plain = [plan_of(SAMPLES / item.name, schema, item.settings, load_type=item.load_type, type_id=item.type_id)
             for item, schema in zip(items, schemas)]
    plans = []
    for index, (item, schema) in enumerate(zip(items, schemas)):
        others = JobIds.from_frames(
            (other.key, p.frame.filter(p.validation.valid)) for j, (other, p) in enumerate(zip(items, plain))
            if j != index)
        plan = plan_of(SAMPLES / item.name, schema, item.settings, snapshot, others, load_type=item.load_type,
                       type_id=item.type_id)
        if not plan.validation.file_errors:
            plan.write_payloads(out, name=f"{index}-{item.key}.csv", skip_invalid=False)
        plans.append(plan)
    return plans


def send(ctx: AppContext, items: list[Item], plans: list[LoadPlan]) -> list[Any]:
    imports = [imp for plan in plans for imp in plan.prepared_imports("oracle")]
    job = pump(ctx.runner(poll=PollPolicy.fast(), fetch_reports=False).run(imports, "oracle"))
    by_type = {imp.load_type + str(imp.type_id or ""): imp for imp in job.imports}
    return [by_type[item.load_type + str(item.type_id or "")] for item in items]


def failed_identities(ctx: AppContext, import_id: str, identity: str) -> Counter[str]:
    text = ctx.client.report(import_id).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return Counter((r.get(identity) or "").strip() for r in rows if r["Loaded"].strip().lower() != "true")


def error_identities(prepared: LoadPlan, identity: str) -> Counter[str]:
    bad = prepared.frame.filter(~prepared.validation.valid)
    values = bad.get_column(identity).to_list() if identity in bad.columns else [""] * bad.height
    return Counter((v or "").strip() for v in values)


@pytest.mark.parametrize("job_name", list(JOBS))
def test_review_with_the_portal_says_what_the_portal_does(ctx: AppContext, tmp_path: Path, job_name: str) -> None:
    items = JOBS[job_name]
    prepared = review(ctx, items, snapshot_of(ctx), tmp_path)
    assert not any(p.validation.file_errors for p in prepared), [p.validation.file_errors for p in prepared]
    results = send(ctx, items, prepared)
    for item, prep, imp in zip(items, prepared, results):
        ready = int(prep.validation.valid.sum())
        assert imp.successful_records == ready, (item.name, prep.validation.problem_list())
        assert imp.error_records == prep.validation.n_records - ready
        if imp.error_records:
            assert failed_identities(ctx, imp.import_id, item.identity) == error_identities(prep, item.identity)


def test_employees_csv_has_no_reference_message_for_what_the_portal_holds(ctx: AppContext, tmp_path: Path) -> None:
    item = Item("employees.csv", settings=EN)
    without = review(ctx, [item], None, tmp_path)[0].validation
    warnings = without.problems.filter(without.problems["rule"] == "reference").get_column("message").to_list()
    assert warnings and all("must already exist in the portal" in m for m in warnings)  # issue 12's complaint
    with_portal = review(ctx, [item], snapshot_of(ctx), tmp_path)[0].validation
    assert with_portal.problems.height == 0 and with_portal.ok


def test_the_quick_start_csv_shows_its_division_errors_before_sending(ctx: AppContext, tmp_path: Path) -> None:
    item = Item("quickstart_employees.csv", settings=EN)
    assert ctx.client.list_jobs("2000-01-01", "2100-01-01") == []  # nothing sent: no job in the portal
    result = review(ctx, [item], snapshot_of(ctx), tmp_path)[0].validation
    division = result.problems.filter((result.problems["column"] == "Division")
                                      & (result.problems["severity"] == "error"))
    assert sorted(division.get_column("row").to_list()) == [1, 2, 3, 4]
    assert all("SUPERVISORY_ORGANIZATION-3-9244" in m for m in division.get_column("message").to_list())
    assert int(result.valid.sum()) == 1  # Aime Jones: her custom relation is a warning, she loads
    relation = result.problems_for_row(5)
    assert [(p.column, p.severity.value) for p in relation] == [("DynamicUserRelations_16384", "warning")]


def test_without_a_snapshot_review_is_as_before(ctx: AppContext, tmp_path: Path) -> None:
    item = Item("quickstart_employees.csv", settings=EN)
    result = review(ctx, [item], None, tmp_path)[0].validation
    assert int(result.valid.sum()) == 5  # the pre-flight's old blind spot (issue 12, "Why")
    assert set(result.problems.get_column("severity").to_list()) == {"warning"}


def test_a_constrained_view_turns_unseen_references_into_warnings(sandbox: Any, stores: Any, tmp_path: Path) -> None:
    profile = sandbox_profile(sandbox.root_url).with_changes(client_id="constrained-client")
    with build_context(profile, "demo-secret", stores=stores, governor=Governor.disabled()) as constrained:
        snap = snapshot_of(constrained)
        assert not snap.employees_complete
        result = review(constrained, [Item("employees.csv", settings=EN)], snap, tmp_path)[0].validation
    assert result.ok  # a manager outside the view is not called missing
    unseen = result.problems.filter(result.problems["rule"] == "reference")
    assert unseen.height and set(unseen.get_column("severity").to_list()) == {"warning"}
    assert all("outside that view" in m for m in unseen.get_column("message").to_list())


def test_inactive_references_are_errors_unless_the_job_allows_them(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "inactive.csv"
    path.write_text("EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
                    "DirectManager,Division\r\nX1,A,B,958120334,SUP_000012151\r\nX2,C,D,948752281,SUP_000012199\r\n",
                    encoding="utf-8")
    schema = schema_for(ctx, Item("x"))
    snap = snapshot_of(ctx)
    strict = plan_of(path, schema, EN, snap).validation
    assert [(p.row, p.column, p.rule) for p in strict.problem_list()] == [(1, "DirectManager", "inactive"),
                                                                       (2, "Division", "inactive")]
    allowed = plan_of(path, schema, {**EN, "AllowInactiveUsers": True, "AllowInactiveOus": True}, snap).validation
    assert allowed.ok and allowed.problems.height == 0


def test_user_id_and_username_are_cross_unique_in_the_file_and_against_the_portal(ctx: AppContext,
                                                                                  tmp_path: Path) -> None:
    path = tmp_path / "cross.csv"
    path.write_text(
        "EmployeeIdentificationData_UserId,EmployeeIdentificationData_Username,PersonData_NameData_FirstName,"
        "PersonData_NameData_LastName,Division\r\n"
        "N1,N2,A,B,SUP_000012151\r\n"            # Username N2 is the User ID of record 2 (in the file)
        "N2,nn2,C,D,SUP_000012151\r\n"           # a Username of its own: fine
        "N3,daniel.kim,E,F,SUP_000012151\r\n"    # the CEO's Username in the portal
        "N4,948752281,G,H,SUP_000012151\r\n"     # the CEO's User ID as a Username
        "oliver.nguyen,,I,J,SUP_000012151\r\n"   # a User ID that is a portal employee's Username
        "N6,same,K,L,SUP_000012151\r\nN7,SAME,M,N,SUP_000012151\r\n",  # one Username twice
        encoding="utf-8")
    schema = schema_for(ctx, Item("x"))
    prepared = plan_of(path, schema, EN, snapshot_of(ctx))
    result = prepared.validation
    found = sorted((p.row, p.column, p.rule) for p in result.problem_list())
    assert found == [(1, "EmployeeIdentificationData_Username", "cross_unique"),
                     (3, "EmployeeIdentificationData_Username", "cross_unique"),
                     (4, "EmployeeIdentificationData_Username", "cross_unique"),
                     (5, "EmployeeIdentificationData_UserId", "cross_unique"),
                     (7, "EmployeeIdentificationData_Username", "duplicate")]
    assert "Edge Import" in result.problems_for_row(1)[0].message
    # The sandbox, the oracle, refuses exactly those records.
    item = Item(path.name, settings=EN)
    prepared.write_payloads(tmp_path, skip_invalid=False)
    job = pump(ctx.runner(poll=PollPolicy.fast(), fetch_reports=False).run(prepared.prepared_imports("x"), "cross"))
    assert job.imports[0].successful_records == 2
    assert failed_identities(ctx, job.imports[0].import_id, item.identity) == error_identities(prepared,
                                                                                               item.identity)


def test_what_will_change_against_the_portal(ctx: AppContext, tmp_path: Path) -> None:
    item = Item("employees_updates.csv", settings=EN)
    snap = snapshot_of(ctx)
    prepared = review(ctx, [item], snap, tmp_path)[0]
    changes = what_will_change(prepared.frame, schema_for(ctx, item), EN, snap, keep=prepared.validation.valid)
    # Records 6-10 change Location and Grade: OU fields the Employee API's list does not carry.
    assert (changes.new, changes.changed, changes.unchanged) == (0, 0, 10)
    assert set(changes.not_compared) >= {"Location", "Grade", "Division"}
    assert changes.text.startswith("0 new, 0 changed, 10 unchanged (not compared: ")
    path = tmp_path / "renamed.csv"
    path.write_text("EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
                    "WorkerStatusData_LastHireDate,Division\r\n948752281,Daniel,Kim-Lee,08/22/2011,SUP_000012100\r\n"
                    "E99999,Ann,New,01/02/2024,SUP_000012151\r\n926114470,Noah,Evans,,SUP_000012154\r\n",
                    encoding="utf-8")
    schema = schema_for(ctx, Item("x"))
    renamed = plan_of(path, schema, EN, snap)
    changes = renamed.portal_review().changes
    assert (changes.new, changes.changed, changes.unchanged) == (1, 1, 1)
    assert changes.changes_for(1) == [{"column": "PersonData_NameData_LastName", "title": schema.get(
        "PersonData_NameData_LastName").title, "old": "Kim", "new": "Kim-Lee"}]
    assert changes.to_json() == {"new": 1, "changed": 1, "unchanged": 1, "compared": [
        "PersonData_NameData_FirstName", "PersonData_NameData_LastName", "WorkerStatusData_LastHireDate"],
        "not_compared": ["Division"]}
    # Loaded, then read again: nothing left to change.
    renamed.write_payloads(tmp_path)
    pump(ctx.runner(poll=PollPolicy.fast(), fetch_reports=False).run(renamed.prepared_imports("x"), "rename"))
    after = what_will_change(renamed.frame, schema, EN, snapshot_of(ctx))
    assert (after.new, after.changed, after.unchanged) == (0, 0, 3)


def test_ous_what_will_change(ctx: AppContext, tmp_path: Path) -> None:
    item = Item("divisions.csv", "ou.division", {})
    snap = snapshot_of(ctx)
    prepared = review(ctx, [item], snap, tmp_path)[0]
    schema = schema_for(ctx, item)
    assert schema_type_key(schema.load_type, schema.raw) == "ou.division"
    changes = what_will_change(prepared.frame, schema, {}, snap)
    assert (changes.new, changes.changed, changes.unchanged) == (4, 0, 0)


@pytest.mark.parametrize("keep_ids", [["948752281", "E10001"], None])
def test_reconcile_preview_is_the_set_the_portal_deactivates(ctx: AppContext, tmp_path: Path, sandbox: Any,
                                                             keep_ids: list[str] | None) -> None:
    settings = {**EN, "ReconcileUsers": True}
    if keep_ids is None:
        item = Item("employees.csv", settings=settings)
        path = SAMPLES / item.name
    else:
        path = tmp_path / "few.csv"
        path.write_text("EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
                        "Division\r\n" + "".join(f"{u},A,B,SUP_000012151\r\n" for u in keep_ids), encoding="utf-8")
        item = Item(path.name, settings=settings)
    schema = schema_for(ctx, item)
    snap = snapshot_of(ctx)
    prepared = plan_of(path, schema, settings, snap)
    preview = reconcile_preview(prepared.frame, snap, keep=prepared.keep(),
                                service_account="bulk-apis-service-account")
    assert prepared.portal_review().reconcile.count == preview.count
    active_before = {e.user_id for e in snap.active_employees()}
    prepared.write_payloads(tmp_path)
    pump(ctx.runner(poll=PollPolicy.fast(), fetch_reports=False).run(prepared.prepared_imports("x"), "reconcile"))
    after = snapshot_of(ctx)
    deactivated = {u for u in active_before if not after.employee(u).active}
    assert {d.user_id for d in preview.deactivations} == deactivated
    assert preview.count == len(deactivated) == 275 - (1 if keep_ids else 0)
    assert preview.needs_override and preview.active_employees == 275
    flags = {d.user_id: (d.system_account, d.service_account) for d in preview.flagged}
    assert flags == {"bsuser": (True, False), "bulk-apis-service-account": (False, True)}
    vp = next(d for d in preview.deactivations if d.user_id == "903300421")
    assert vp.manager == "948752281" and vp.manager_name and vp.name
    assert "ReconcileUsers would deactivate" in preview.sentence and "system account" in preview.sentence


def test_an_application_without_employee_read_loads_with_todays_checks(sandbox: Any, stores: Any,
                                                                       tmp_path: Path) -> None:
    profile = sandbox_profile(sandbox.root_url).with_changes(client_id="bulk-only-client")
    with build_context(profile, "demo-secret", stores=stores, governor=Governor.disabled()) as bulk_only:
        snap = pump(bulk_only.portal_data.current())
        assert snap.employees is None and snap.ous is None
        item = Item("employees.csv", settings=EN)
        schema = schema_for(bulk_only, item)
        today = plan_of(SAMPLES / item.name, schema, EN)
        with_snapshot = plan_of(SAMPLES / item.name, schema, EN, snap)
        assert with_snapshot.validation.problems.equals(today.validation.problems)  # nothing changed
        review_doc = with_snapshot.portal_review()
        assert review_doc.off.startswith("Checks against your portal's data are off:")
        assert review_doc.off.count("Checks against") == 1 and "employee:read" in review_doc.off
        assert review_doc.changes is None and review_doc.reconcile is None
        with_snapshot.write_payloads(tmp_path)
        job = pump(bulk_only.runner(poll=PollPolicy.fast(), fetch_reports=False).run(
            with_snapshot.prepared_imports("bulk only"), "bulk only"))
        assert job.imports[0].successful_records == 50
