"""Portal roots and the tolerant parsing of Bulk API answers."""

from __future__ import annotations

import json

import pytest

from csod_desktop.api import BulkApiClient, JobStatus, normalize_root, resolve_root, root_url_for
from csod_desktop.api.models import CreatedJob, load_types_from_specification, parse_job_list
from csod_desktop.errors import ConfigError


@pytest.mark.parametrize(
    ("portal", "env", "root"),
    [
        ("acme", "production", "https://acme.csod.com"),
        ("acme", "stage", "https://acme-stg.csod.com"),
        ("ACME", "pilot", "https://acme-pilot.csod.com"),
        ("acme.csod.com", None, "https://acme.csod.com"),
        ("acme-stg", "stage", "https://acme-stg.csod.com"),
    ],
)
def test_root_url_for_environments(portal, env, root):
    assert root_url_for(portal, env) == root


def test_bad_portal_name_and_environment():
    with pytest.raises(ConfigError):
        root_url_for("ac me", "production")
    with pytest.raises(ConfigError):
        root_url_for("acme", "qa")


def test_explicit_root_overrides_and_is_trimmed():
    assert resolve_root(portal="acme", root_url="https://acme-pil.csod.com/") == "https://acme-pil.csod.com"
    assert normalize_root("https://acme.csod.com/services/api/x/bulk-api/v1/jobs") == "https://acme.csod.com"
    assert normalize_root("acme.csod.com") == "https://acme.csod.com"


@pytest.mark.parametrize("root", ["http://127.0.0.1:8123", "http://localhost:9000", "http://[::1]:80"])
def test_plain_http_is_allowed_on_loopback(root):
    assert normalize_root(root) == root


@pytest.mark.parametrize("root", ["http://acme.csod.com", "http://10.0.0.5", "ftp://acme.csod.com"])
def test_plain_http_elsewhere_is_refused(root):
    with pytest.raises(ConfigError):
        normalize_root(root)


def test_client_refuses_http_root():
    import httpx

    with httpx.Client() as http, pytest.raises(ConfigError, match="unencrypted"):
        BulkApiClient(http, "http://acme.csod.com", "id", lambda: "s")


def test_job_status_accepts_both_spellings_and_keeps_unknown_statuses():
    quick_start = JobStatus.from_response(
        {"jobId": "j", "imports": [{"id": "a", "status": "Completed", "total_records": 5, "error_status": None}]}
    )
    client_code = JobStatus.from_response(
        {"job_id": "j", "imports": [{"import_id": "a", "status": "Post-processing", "total_records": "5"}]}
    )
    assert quick_start.job_id == client_code.job_id == "j"
    assert quick_start.imports[0].import_id == client_code.imports[0].import_id == "a"
    assert quick_start.finished and not client_code.finished
    assert client_code.imports[0].status == "Post-processing" and client_code.imports[0].total_records == 5
    assert client_code.imports[0].received


@pytest.mark.parametrize(
    ("item", "received"),
    [
        ({"id": "a", "status": "ready"}, False),
        ({"id": "a", "status": "Created", "total_records": None}, False),
        ({"id": "a", "status": "ready", "total_records": 3}, True),
        ({"id": "a", "status": "Processing"}, True),
        ({"id": "a", "status": "Failed", "error_status": "Unreadable payload"}, True),
        ({"id": "a", "status": "SomethingNew"}, True),
    ],
)
def test_received_rule(item, received):
    assert JobStatus.from_response({"jobId": "j", "imports": [item]}).imports[0].received is received


def test_created_job_accepts_id_spellings():
    job = CreatedJob.from_response({"jobId": "j", "imports": [{"id": "a", "type": "ou.division"}]})
    assert job.job_id == "j" and job.imports[0].import_id == "a"


def test_job_list_shapes():
    assert parse_job_list([{"job_id": 1}]) == [{"job_id": 1}]
    assert parse_job_list({"jobs": [{"job_id": 1}], "page": 1}) == [{"job_id": 1}]
    assert parse_job_list({"data": [{"job_id": 2}]}) == [{"job_id": 2}]
    assert parse_job_list({"unexpected": True}) == []


def test_load_types_from_the_sandbox_specification():
    from importlib import resources

    spec = json.loads(resources.files("csod_desktop.sandbox").joinpath("data/specification.json").read_text())
    types = load_types_from_specification(spec)
    names = {t.type for t in types}
    assert {"chr.employee", "ou.division", "ou.position", "ou.customou"} <= names
    custom = [t for t in types if t.is_custom_ou]
    assert custom and all(t.type == "ou.customou" and isinstance(t.type_id, int) for t in custom)
    assert {t.title for t in custom} >= {"Employee Type"}


def test_load_types_with_refs_and_a_shared_type_id_enum():
    spec = {
        "components": {
            "schemas": {
                "CreateJobRequest": {"properties": {"imports": {"type": "array", "items": {"$ref": "#/components/schemas/Import"}}}},
                "Import": {
                    "anyOf": [
                        {"properties": {"type": {"const": "ou.grade"}}},
                        {"title": "Custom OU", "properties": {
                            "type": {"enum": ["ou.customou"]},
                            "type_id": {"enum": [7, 9], "x-enumNames": ["Region", "Team"]},
                        }},
                    ]
                },
            }
        }
    }
    types = load_types_from_specification(spec)
    assert [(t.type, t.type_id, t.title) for t in types] == [
        ("ou.grade", None, "Grade"), ("ou.customou", 7, "Region"), ("ou.customou", 9, "Team")]
