"""Names from outside stay inside their folder; every file and folder the app creates is owner-only (issue 19,
items 6 and 8). The portal here is a small fake: objects with the ids a hostile portal could answer."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from types import SimpleNamespace

import polars as pl
import pytest

from csod_desktop import paths
from csod_desktop.cli import load_document, report_cmd, resume_cmd
from csod_desktop.cli.load_document import import_document
from csod_desktop.cli.load_request import ImportRequest
from csod_desktop.cli.load_steps import Prepared
from csod_desktop.cli.terminal import Reporter
from csod_desktop.core.export import write_csv
from csod_desktop.core.payload import write_payload
from csod_desktop.core.templates import TemplateStore, write_blank_template
from csod_desktop.errors import ConfigError
from csod_desktop.services.history import export_csv
from csod_desktop.services.reports import ReportResult
from csod_desktop.store.cache import FileCache
from csod_desktop.store.journal import Journal

HOSTILE_IDS = ["../../x", "../../../../tmp/escaped", "/etc/cron.d/evil", "..", ".hidden", "a\\..\\b", ""]
REPORT = b"ouRefId,ouName,Loaded,Errors,Warnings\r\nA1,Sales,false,Bad parent,\r\n"

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def usual_umask():
    """The usual default umask: without modes of our own, files would be 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().parent == folder.resolve()


def _everything_under(root: Path) -> list[Path]:
    return [root, *root.rglob("*")]


# ----------------------------------------------------------------------------------------- item 6


@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_safe_path_keeps_every_hostile_name_inside_its_folder(tmp_path, name):
    target = paths.safe_path(tmp_path, name, ".csv")
    assert _inside(target, tmp_path) and target.name.endswith(".csv") and not target.name.startswith(".")
    assert "/" not in target.name and "\\" not in target.name


def test_distinct_ids_never_share_a_file_and_plain_ids_keep_their_name(tmp_path):
    assert paths.safe_name("7f1e0c2a-1111-4222-8333-944445555666") == "7f1e0c2a-1111-4222-8333-944445555666"
    assert paths.safe_name("a/b") != paths.safe_name("a_b")
    with pytest.raises(ValueError):
        paths.safe_path(tmp_path, "x", "/../y")


def _prepared(tmp_path: Path, import_id: str) -> Prepared:
    doc = import_document(1, ImportRequest("ou.division", tmp_path / "divisions.csv"))
    doc.update(import_ids=[import_id], import_id=import_id, counts={"error_records": 1})
    plan = SimpleNamespace(load_type="ou.division", type_id=None, validation=None, payloads=[])
    return Prepared(index=1, request=ImportRequest("ou.division", tmp_path / "divisions.csv"), doc=doc, plan=plan)


@pytest.mark.parametrize("import_id", HOSTILE_IDS[:3])
def test_load_report_dir_keeps_reports_named_by_the_portal_inside(tmp_path, import_id):
    report_dir = tmp_path / "deep" / "er" / "reports"
    item = _prepared(tmp_path, import_id)
    reports = {import_id: ReportResult(import_id, "full", REPORT, from_cache=False, path=None, downloads_used=1, cap=4)}
    document = {"imports": [item.doc], "job": {"job_id": "j1"}, "outcome": "loaded_with_failures"}
    load_document.record_reports([item], reports, report_dir, Reporter(quiet=True), document)
    saved = Path(item.doc["report"]["path"])
    assert _inside(saved, report_dir) and saved.read_bytes().startswith(b"\xef\xbb\xbfouRefId")
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and report_dir not in p.parents]
    assert outside == []
    assert json.loads((report_dir / "summary.json").read_text(encoding="utf-8"))["outcome"] == "loaded_with_failures"


def test_resume_report_dir_keeps_reports_named_by_the_portal_inside(tmp_path):
    report_dir = tmp_path / "reports"
    imp = SimpleNamespace(import_id="../../x", position=0, load_type="../../../lt")
    job = SimpleNamespace(job_id="/etc/cron.d/evil", imports=[imp])
    reports = {"../../x": ReportResult("../../x", "full", REPORT, from_cache=False, path=None, downloads_used=1, cap=4)}
    (saved,) = resume_cmd._save_reports(job, reports, report_dir)
    assert _inside(Path(saved), report_dir)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [Path(saved)]


def test_report_out_folder_and_the_report_cache_make_portal_ids_safe(tmp_path):
    out = report_cmd.default_out(tmp_path, "../../x", "errors")
    assert _inside(out, tmp_path) and out.name.startswith("report-") and out.name.endswith(".csv")
    assert report_cmd.default_out(tmp_path / "given.csv", "../../x", "full") == tmp_path / "given.csv"
    cache = FileCache(tmp_path / "cache")
    path = cache.report_path("../../../x")
    assert _inside(path, tmp_path / "cache" / "reports")


def test_a_payload_copy_labelled_from_outside_stays_in_the_cache(tmp_path, isolated_home):
    source = tmp_path / "01-x.csv"
    source.write_bytes(b"ouRefId,ouName\r\nA1,Sales\r\n")
    journal = Journal()
    try:
        copy, _sha, size = journal.keep_payload_copy(source, "../../../../label")
    finally:
        journal.close()
    assert _inside(copy, paths.cache_dir() / "payloads") and size == source.stat().st_size


def test_a_template_for_a_hostile_load_type_stays_in_the_templates_folder(tmp_path):
    store = TemplateStore(tmp_path / "templates")
    folder = store.folder("../../outside")
    assert folder.parent == tmp_path / "templates"


def test_the_escape_check_itself_refuses_a_folder_trick(tmp_path, monkeypatch):
    # Even if safe_name were wrong, safe_path refuses a name that resolves elsewhere.
    monkeypatch.setattr(paths, "safe_name", lambda text, distinct=True: text)
    with pytest.raises(ConfigError, match="outside"):
        paths.safe_path(tmp_path, "../x", ".csv")


# ----------------------------------------------------------------------------------------- item 8


@posix_only
def test_every_file_and_folder_the_app_creates_is_owner_only(tmp_path, isolated_home, usual_umask):
    created: list[Path] = []
    store = TemplateStore()
    created.append(store.folder("chr.employee"))  # templates/<type>/
    from csod_desktop.core.mapping import Mapping

    created.append(store.save(Mapping(load_type="chr.employee", columns={"a": "b"}), name="t"))
    blank_csv, guide = write_blank_template(_schema(), tmp_path / "blank" / "t.csv")
    created += [blank_csv, guide, blank_csv.parent]
    frame = pl.DataFrame({"ouRefId": ["A1"], "ouName": ["Sales"]})
    payload = write_payload(frame, paths.cache_dir() / "payloads" / "20260101-000000" / "01-ou.division.csv")
    created += [payload.path, payload.path.parent]
    big = write_payload(frame, tmp_path / "gz" / "p.csv", gzip_over=1)
    created += [big.path, big.path.parent]
    exported = tmp_path / "exports" / "nested" / "report.csv"
    write_csv(exported, ["a"], [["b"]])
    created += [exported, exported.parent, exported.parent.parent]
    created.append(export_csv([], tmp_path / "history" / "h.csv"))
    report_dir = tmp_path / "reports"
    item = _prepared(tmp_path, "imp-1")
    document = {"imports": [item.doc], "job": {"job_id": "j1"}, "outcome": "loaded"}
    load_document.record_reports([item], {"imp-1": ReportResult("imp-1", "full", REPORT, False, None, 1, 4)},
                              report_dir, Reporter(quiet=True), document)
    created += _everything_under(report_dir)
    journal = Journal()
    try:
        copy, _, _ = journal.keep_payload_copy(payload.path, "01-ou.division")
        created.append(copy)
    finally:
        journal.close()
    created += _everything_under(isolated_home)
    modes = {str(p): oct(_mode(p)) for p in created if p is not None and p.exists()}
    loose = {p: m for p, m in modes.items() if int(m, 8) & 0o077}
    assert not loose, loose
    assert len(modes) > 20


@posix_only
def test_an_existing_report_folder_keeps_its_own_permissions(tmp_path, usual_umask):
    given = tmp_path / "shared"
    given.mkdir(mode=0o755)
    given.chmod(0o755)
    write_csv(given / "r.csv", ["a"], [["b"]])
    assert _mode(given) == 0o755 and _mode(given / "r.csv") == 0o600


@posix_only
def test_the_log_file_is_owner_only_also_after_a_rollover(isolated_home, usual_umask):
    import logging

    from csod_desktop import app

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        app.configure_logging()
        (handler,) = [h for h in root.handlers if h not in before]
        log = Path(handler.baseFilename)
        assert _mode(log) == 0o600
        handler.doRollover()
        assert _mode(log) == 0o600 and _mode(log.with_name(log.name + ".1")) == 0o600
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()


def _schema():
    import json as _json

    from csod_desktop.core.schema import Schema

    body = _json.loads((Path(__file__).resolve().parents[2] / "csod_desktop" / "sandbox" / "data" / "schemas"
                        / "ou.division.json").read_text(encoding="utf-8"))
    return Schema.from_response(body, "ou.division")
