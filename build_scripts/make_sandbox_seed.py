"""Write the sandbox portal's data files (schemas, specification, permissions, seed) and the sample files.

Run from the repository root: ``python build_scripts/make_sandbox_seed.py``. The output is committed; the
sandbox only reads it (``csod_desktop/sandbox/data/``), it never runs this script. Everything is derived from
a fixed random seed, so running it twice writes byte-identical text files (the .xlsx too: fixed document and zip entry times).
Shapes follow ``shared/reference/bulk-api-quick-start.txt`` (Step 2, Get Schema response) and
``bulk-api-data-format.txt``; ``csod_desktop/sandbox/data/README.md`` documents them and the notable ids.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "csod_desktop" / "sandbox" / "data"
SAMPLES = ROOT / "resources" / "samples"
RANDOM_SEED = 20191204  # the quick start's create_date; any constant works, this one is easy to remember
GUID_NAMESPACE = uuid.UUID("5b0b6f5e-2c1a-4f0e-9d3b-6c0a1e7f4a10")

# Custom OU types of the demo portal: type_id -> title. 524291 is the quick start's DynamicOUs_524291
# ("Employee Type"); 52971 is the quick start's other example name (DynamicOUs_52971), used here for "Region".
CUSTOM_OUS = {524291: "Employee Type", 52971: "Region"}
STANDARD_OUS = {
    "ou.division": ("Division", "Bulk API - Division OU"),
    "ou.position": ("Position", "Bulk API - Position OU"),
    "ou.location": ("Location", "Bulk API - Location OU"),
    "ou.costcenter": ("Cost Center", "Bulk API - Cost Center OU"),
    "ou.grade": ("Grade", "Bulk API - Grade OU"),
    "ou.legalentity": ("Legal Entity", "Bulk API - Legal Entity OU"),
}

# ---------------------------------------------------------------------------------------------- schemas


def text(title: str, description: str, max_length: int, *, min_length: int | None = None,
         case_sensitive: bool | None = None, trim: bool = True, **extra: Any) -> dict[str, Any]:
    """A string property in the key order of the quick start's Get Schema response."""
    prop: dict[str, Any] = {}
    if min_length is not None:
        prop["minLength"] = min_length
    prop["maxLength"] = max_length
    if trim:
        prop["trim"] = "leftRight"
    if case_sensitive is not None:
        prop["caseSensitive"] = case_sensitive
    prop.update(title=title, description=description, type="string")
    prop.update(extra)
    return prop


def date_prop(title: str, description: str) -> dict[str, Any]:
    return {"trim": "leftRight", "title": title, "description": description, "type": "string", "format": "date"}


def enum_prop(title: str, description: str, values: list[str]) -> dict[str, Any]:
    return {"enum": values, "trim": "leftRight", "caseSensitive": False, "title": title,
            "description": description, "type": "string"}


def ref_or_blank(title: str, description: str, definition: str) -> dict[str, Any]:
    """A dropdown/multi-checkbox property: the definition, or an empty string (quick start, CF_MultiCheckbox#46)."""
    return {"title": title, "description": description,
            "anyOf": [{"$ref": f"#/definitions/{definition}"}, {"enum": [""], "type": "string"}],
            "default": ""}


def multi_checkbox_definition(name: str, ints: list[int], strings: list[str]) -> dict[str, Any]:
    """Exactly the quick start's definition shape: one free string, or an array of int/string enum items."""
    return {"id": name, "anyOf": [
        {"minLength": 1, "trim": "leftRight", "type": "string"},
        {"uniqueItems": True, "items": [{"anyOf": [
            {"enum": ints, "type": "integer"},
            {"enum": strings, "trim": "leftRight", "caseSensitive": False, "type": "string"},
        ]}], "type": "array"},
    ]}


def ou_ref(title: str, load_type: str) -> dict[str, Any]:
    # The quick start shows OU fields (Division, DynamicOUs_524291) without caseSensitive.
    return text(title, f"OU ID of an existing {load_type} OU, or one loaded in the same payload or job.", 100,
                min_length=1)


def user_ref(title: str, description: str) -> dict[str, Any]:
    return text(title, description, 100, case_sensitive=False)


def employee_schema() -> dict[str, Any]:
    props: dict[str, Any] = {
        "EmployeeIdentificationData_UserId": text("User ID", "Unique identifier for the user", 100,
                                                  min_length=1, case_sensitive=False),
        "EmployeeIdentificationData_Guid": text(
            "GUID", "Cornerstone's global identifier of the user; the primary identifier when LoadPrimaryKey is 1",
            50, min_length=1, case_sensitive=False),
        "EmployeeIdentificationData_Username": text(
            "Username", "Login name; when empty the Bulk API copies the User ID", 100, case_sensitive=False),
        "PersonData_NameData_FirstName": text("First Name", "First Name", 200, min_length=1),
        "PersonData_NameData_MiddleName": text("Middle Name", "Middle Name", 200),
        "PersonData_NameData_LastName": text("Last Name", "Last Name", 200, min_length=1),
        "PersonData_ContactData_EmailAddressData_Primary_EmailAddress": text(
            "Primary Email", "Primary email address", 256, case_sensitive=False),
        "PersonData_ContactData_PhoneData_Work_PhoneNumber": text("Work Phone", "Work phone number", 50),
        "Gender": enum_prop("Gender", "User's gender", ["female", "male", "not known", "not specified"]),
        "DirectManager": user_ref("Manager", "User ID of the user's direct manager"),
        "Approver": user_ref("Approver", "User ID of the user who approves this user's requests"),
        "WorkerStatusData_LastHireDate": date_prop("Last Hire Date", "Date of the most recent hire"),
        "WorkerStatusData_OriginalHireDate": date_prop("Original Hire Date", "Date of the first hire"),
        "_ActivationDt": date_prop("Activation Date", "Date the user record becomes active"),
        "_DeactivationDt": date_prop("Deactivation Date", "Date the user record becomes inactive"),
        "UserType": enum_prop("User Type", "Kind of worker", ["Employee", "Contingent Worker"]),
        "UserSubType": enum_prop("User Sub-type", "Required when User Type is given",
                                 ["Full-Time", "Part-Time", "Seasonal", "Agency", "Independent"]),
        "Division": ou_ref("Division", "ou.division"),
        "Position": ou_ref("Position", "ou.position"),
        "Location": ou_ref("Location", "ou.location"),
        "CostCenter": ou_ref("Cost Center", "ou.costcenter"),
        "Grade": ou_ref("Grade", "ou.grade"),
        "LegalEntity": ou_ref("Legal Entity", "ou.legalentity"),
    }
    for type_id, title in CUSTOM_OUS.items():
        props[f"DynamicOUs_{type_id}"] = ou_ref(title, f"ou.customou (type_id {type_id})")
    props["DynamicUserRelations_16384"] = user_ref("HR Business Partner", "User ID of the HR business partner")
    props["DynamicUserRelations_32768"] = user_ref("Compensation Specialist", "User ID of the compensation specialist")
    props["CF_ShortTextBox#23"] = {"maxLength": 100, "title": "Retirement Account Type",
                                   "description": "Custom short text box", "type": "string", "default": ""}
    props["CF_MultiCheckbox#46"] = ref_or_blank("Product Interest", "Custom multi-checkbox", "CF_MultiCheckbox#46")
    props["CF_MultiCheckbox#47"] = ref_or_blank("System Roles", "Custom multi-checkbox", "CF_MultiCheckbox#47")
    props["CF_Dropdown#12"] = ref_or_blank("Salary Currency", "Custom dropdown", "currency")
    props["CF_DateField#11"] = date_prop("Benefits Eligibility Date", "Custom date field")
    props["CF_NumericField#31"] = {"title": "Annual Bonus Target", "description": "Custom numeric field",
                                   "type": "number"}
    definitions = {
        "CF_MultiCheckbox#46": multi_checkbox_definition("CF_MultiCheckbox#46", [33, 34, 35],
                                                         ["Product A", "Product B", "Product C"]),
        "CF_MultiCheckbox#47": multi_checkbox_definition(
            "CF_MultiCheckbox#47", [61, 62, 63, 64, 65, 66],
            ["Manager", "Administrator", "IT", "HR", "Finance", "Instructor"]),
        # Verbatim from bulk-api-data-format.txt: the integer and string enums are not index-aligned.
        "currency": {"id": "currency", "anyOf": [
            {"enum": [1, 2, 3, 4, 5, 6], "type": "integer"},
            {"enum": ["AUD", "EUR", "GBP", "JPY", "KRW", "USD"], "trim": "leftRight", "caseSensitive": False,
             "type": "string"},
        ]},
    }
    schema = {
        "properties": props,
        "required": ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                     "PersonData_NameData_LastName", "Division"],
        # _ActivationDt/_DeactivationDt exactly as the quick start; User Type -> Sub-type as its GUID note says.
        "dependencies": {"_ActivationDt": ["_DeactivationDt"], "_DeactivationDt": ["_ActivationDt"],
                         "UserType": ["UserSubType"]},
        "definitions": definitions,
        "identity": ["EmployeeIdentificationData_UserId"],
        "id": "csod:chr.employee",
        "type": "object",
        "title": "Employee",
    }
    # Quick start, Step 2: with GUIDs every mapped field is optional except the conditionally required ones.
    # The backend reads this key, applies it for LoadPrimaryKey=1 and strips it from every response.
    sandbox = {"LoadPrimaryKey=1": {"required": ["EmployeeIdentificationData_Guid"],
                                    "identity": ["EmployeeIdentificationData_Guid"]}}
    return {"schema": schema, "x-sandbox": sandbox}


OU_SPECIFIC: dict[str, dict[str, Any]] = {
    "ou.division": {"headcountBudget": {"title": "Headcount Budget", "description": "Planned headcount",
                                        "type": "integer"}},
    "ou.position": {
        "jobCode": text("Job Code", "Payroll job code", 50),
        "exempt": {"title": "Exempt", "description": "Exempt from overtime rules", "type": "boolean",
                   "default": False},
    },
    "ou.location": {
        "addressLine1": text("Address", "Street address", 200),
        "city": text("City", "City", 100),
        "stateProvince": text("State / Province", "State or province", 100),
        "postalCode": text("Postal Code", "Postal code", 20),
        "country": text("Country", "ISO 3166 two-letter country code", 2, min_length=2, case_sensitive=False),
    },
    "ou.costcenter": {"glCode": text("GL Code", "General ledger code", 50)},
    "ou.grade": {
        "payRangeMin": {"title": "Pay Range Minimum", "description": "Lowest annual pay", "type": "number"},
        "payRangeMax": {"title": "Pay Range Maximum", "description": "Highest annual pay", "type": "number"},
    },
    "ou.legalentity": {
        "registrationNumber": text("Registration Number", "Company registration number", 50),
        "country": text("Country", "ISO 3166 two-letter country code", 2, min_length=2, case_sensitive=False),
    },
}


def ou_schema(load_type: str, title: str, type_id: int | None = None) -> dict[str, Any]:
    label = f"{title} OU"
    props: dict[str, Any] = {
        # Verbatim from bulk-api-data-format.txt ("Schema Response: Field Size").
        "ouRefId": {"minLength": 1, "maxLength": 100, "trim": "leftRight", "title": "OU ID",
                    "description": "Must be a unique ID for every OU. Both alpha and numeric characters are "
                                   "acceptable.", "type": "string"},
        "ouName": text("Name", f"Name of the {label}", 200, min_length=1),
        "parentRefId": text("Parent", f"OU ID of the parent {label}", 100),
        "ouOwnerRefId": user_ref("Owner", f"User ID of the {label}'s owner"),
        "active": {"title": "Active", "description": "Inactive OUs cannot be assigned unless a job setting "
                   "allows it", "type": "boolean", "default": True},
        "description": text("Description", f"Description of the {label}", 1000),
    }
    props.update(OU_SPECIFIC.get(load_type, {}))
    ident = f"csod:{load_type}" if type_id is None else f"csod:{load_type}.{type_id}"
    schema = {"properties": props, "required": ["ouRefId", "ouName"], "dependencies": {}, "definitions": {},
              "identity": ["ouRefId"], "id": ident, "type": "object"}
    schema["title"] = title
    if type_id is not None:
        schema["type_id"] = type_id
    return {"schema": schema}


# ------------------------------------------------------------------------------ specification, permissions


def load_type_entries() -> list[tuple[str, str, int | None]]:
    """(type, title, type_id) of every load type, in the order the portal lists them."""
    entries: list[tuple[str, str, int | None]] = [("chr.employee", "Employee", None)]
    entries += [(load_type, title, None) for load_type, (title, _perm) in STANDARD_OUS.items()]
    entries += [("ou.customou", title, type_id) for type_id, title in CUSTOM_OUS.items()]
    return entries


def _settings_schema(load_type: str) -> dict[str, Any]:
    common = {
        "datetime_culture": {"type": "string", "enum": ["en-US", "fr-FR", "en-GB"]},
        "number_culture": {"type": "string", "enum": ["en-US", "fr-FR", "es-ES"]},
        "default_culture": {"type": "string", "example": "en-US"},
        "use_default_when_missing": {"type": "boolean"},
    }
    if load_type == "chr.employee":
        return {"type": "object", "properties": {
            "LoadPrimaryKey": {"type": "integer", "enum": [0, 1], "default": 0},
            "ReconcileUsers": {"type": "boolean", "default": False},
            "AllowInactiveOus": {"type": "boolean"}, "AllowInactiveUsers": {"type": "boolean"}, **common}}
    return {"type": "object", "properties": {"AllowInactiveOuAndUser": {"type": "boolean"}, **common}}


def specification() -> dict[str, Any]:
    """OpenAPI v3 document; bulk-api-data-format.txt, "Custom OUs": CreateJobRequest -> imports.items -> type_id enum."""
    items = []
    for load_type, title, type_id in load_type_entries():
        props: dict[str, Any] = {"type": {"type": "string", "enum": [load_type]}}
        required = ["type"]
        if type_id is not None:
            props["type_id"] = {"type": "integer", "enum": [type_id], "description": f"Custom OU type: {title}"}
            required.append("type_id")
        props["label"] = {"type": "string", "maxLength": 100}
        props["settings"] = _settings_schema(load_type)
        items.append({"title": title, "type": "object", "required": required, "properties": props})
    all_types = sorted({t for t, _title, _id in load_type_entries()})
    custom_ids = list(CUSTOM_OUS)
    error = {"type": "object", "properties": {
        "status": {"type": "string"}, "timeStamp": {"type": "string", "format": "date-time"},
        "error": {"type": "object", "properties": {
            "errorId": {"type": "string"}, "message": {"type": "string"}, "code": {"type": "string"},
            "description": {"type": "string", "nullable": True}, "details": {"nullable": True}}}}}
    bearer = [{"bearerAuth": []}]

    def op(summary: str, scope: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {"summary": summary, "security": bearer, "x-scope": scope,
                "responses": {**responses, "401": {"description": "Token invalid or expired, or scope missing"},
                              "429": {"description": "CSOD Too many requests.",
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
                **extra}

    def json_body(ref: str) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}

    def ok(description: str, ref: str | None = None, media: str = "application/json") -> dict[str, Any]:
        body: dict[str, Any] = {"description": description}
        body["content"] = {media: {"schema": {"$ref": f"#/components/schemas/{ref}"} if ref else {"type": "string"}}}
        return body

    import_id = [{"name": "import_id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}]
    report = lambda what: op(f"Download the import's {what}", "bulkapiimport:read",  # noqa: E731
                             {"200": ok("Header plus Loaded, Errors, Warnings columns", media="text/csv"),
                              "404": {"description": "Unknown import, or report not ready yet"},
                              "410": {"description": "Downloaded five times already, or past 30 days"}},
                             parameters=import_id)
    paths = {
        "/schemas": {"post": op("Get the schema of a load type", "bulkapischema:read",
                                {"200": ok("The schema", "SchemaResponse")}, requestBody=json_body("SchemaRequest"))},
        "/specification": {"get": op("This document", "bulkapispecification:read", {"200": ok("OpenAPI v3")})},
        "/permissions": {"get": op("Load types and the permission each needs", "bulkapipermission:read",
                                   {"200": ok("Permissions", "PermissionsResponse")})},
        "/jobs": {
            "post": op("Create a job", "bulkapijob:create", {"201": ok("Created", "CreateJobResponse"),
                                                              "400": {"description": "Validation error"}},
                       requestBody=json_body("CreateJobRequest")),
            "get": op("List jobs", "bulkapijob:read", {"200": ok("Jobs")}, parameters=[
                {"name": n, "in": "query", "schema": s} for n, s in (
                    ("job_create_from_date", {"type": "string", "format": "date"}),
                    ("job_create_to_date", {"type": "string", "format": "date"}),
                    ("page_number", {"type": "integer", "minimum": 1}),
                    ("page_size", {"type": "integer", "minimum": 1}))]),
        },
        "/jobs/{job_id}": {"get": op("Job status", "bulkapijob:read", {"200": ok("Status", "JobStatus"),
                                                                       "404": {"description": "Unknown job"}},
                                     parameters=[{"name": "job_id", "in": "path", "required": True,
                                                  "schema": {"type": "string", "format": "uuid"}}])},
        "/imports/{import_id}": {"post": op(
            "Send an import's data", "bulkapiimport:load",
            {"202": ok("Accepted", "CreateImportResponse"), "404": {"description": "Unknown import"}},
            parameters=import_id + [{"name": "Content-Encoding", "in": "header", "schema": {"type": "string",
                                                                                          "enum": ["gzip"]}}],
            requestBody={"required": True, "content": {"text/csv": {"schema": {"type": "string"}},
                                                       "application/json": {"schema": {"type": "array"}}}})},
        "/imports/{import_id}/report": {"get": report("full report")},
        "/imports/{import_id}/report/errors": {"get": report("errors")},
        "/imports/{import_id}/report/warnings": {"get": report("warnings")},
        "/imports/{import_id}/errors": {"get": report("errors")},
        "/imports/{import_id}/warnings": {"get": report("warnings")},
    }
    schemas = {
        "CreateJobRequest": {"type": "object", "required": ["imports"], "properties": {
            "label": {"type": "string", "maxLength": 100},
            "callback": {"type": "string", "format": "uri", "pattern": "^https://"},
            "imports": {"type": "array", "minItems": 1, "maxItems": 20, "items": {
                "type": "object", "discriminator": {"propertyName": "type"}, "oneOf": items}},
        }},
        "CreateJobResponse": {"type": "object", "properties": {
            "job_id": {"type": "string"}, "create_date": {"type": "string", "format": "date-time"},
            "owner_ref": {"type": "string"}, "status": {"type": "string"}, "label": {"type": "string"},
            "remaining_capacity": {"type": "integer"}, "status_url": {"type": "string"},
            "imports": {"type": "array", "items": {"type": "object", "properties": {
                "import_id": {"type": "string"}, "type": {"type": "string"}, "label": {"type": "string"},
                "remaining_capacity": {"type": "integer"}}}}}},
        "CreateImportResponse": {"type": "object", "properties": {
            "message": {"type": "string"}, "remaining_capacity": {"type": "integer"},
            "import_id": {"type": "string"}, "report_url": {"type": "string"}}},
        "JobStatus": {"type": "object", "properties": {
            "jobId": {"type": "string"}, "imports": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"type": "string"}, "status": {"type": "string"}, "total_records": {"type": "integer"},
                "successful_records": {"type": "integer"}, "successful_records_with_warnings": {"type": "integer"},
                "error_records": {"type": "integer"}, "error_status": {"type": "string", "nullable": True}}}}}},
        "SchemaRequest": {"type": "object", "required": ["type"], "properties": {
            "type": {"type": "string", "enum": all_types},
            "type_id": {"type": "integer", "enum": custom_ids, "description": "Required for ou.customou"},
            "settings": {"type": "object"}}},
        "SchemaResponse": {"type": "object", "properties": {"schema": {"type": "object"}}},
        "PermissionsResponse": {"type": "object", "properties": {"permissions": {"type": "array", "items": {
            "type": "object", "properties": {"type": {"type": "string"}, "permission": {"type": "string"}}}}}},
        "Error": error,
    }
    return {
        "openapi": "3.0.1",
        "info": {"title": "Edge Bulk API", "version": "v1",
                 "description": "csod-desktop sandbox portal: the Bulk API of a local demo portal."},
        "servers": [{"url": "/services/api/x/bulk-api/v1"}],
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer",
                           "description": "POST /services/api/oauth2/token (client credentials)"}}},
    }


def permissions() -> dict[str, Any]:
    perms = [{"type": "chr.employee", "permission": "Bulk API - Employee"}]
    perms += [{"type": t, "permission": p} for t, (_title, p) in STANDARD_OUS.items()]
    perms.append({"type": "ou.customou", "permission": "Bulk API - Custom OU"})
    return {"permissions": perms}


# ------------------------------------------------------------------------------------------------ seed OUs


def _ou(ref: str, name: str, parent: str = "", owner: str = "", active: bool = True, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"ouRefId": ref, "ouName": name}
    if parent:
        record["parentRefId"] = parent
    if owner:
        record["ouOwnerRefId"] = owner
    record["active"] = active
    record["description"] = name if active else f"{name} (retired)"
    record.update(extra)
    return record


CEO = "948752281"            # the quick start's manager of Aime Jones (904321062)
VPS = ["903300421", "937393194", "918634631", "926114470", "931802556", "945267318", "912904785", "939551027"]
SERVICE_ACCOUNT = "bulk-apis-service-account"  # owner_ref in the quick start's Create Job response
# The system account of the Employee API's own list example (employee-ou-api-facts.md §1 "List page"): id 1,
# externalId "bsuser", userName "CSODBSAdmin", "CSOD BusinessAdmin". A full listing includes such accounts.
SYSTEM_ACCOUNT = {
    "EmployeeIdentificationData_UserId": "bsuser",
    "EmployeeIdentificationData_Guid": str(uuid.uuid5(GUID_NAMESPACE, "bsuser")),
    "EmployeeIdentificationData_Username": "CSODBSAdmin",
    "PersonData_NameData_FirstName": "CSOD", "PersonData_NameData_LastName": "BusinessAdmin",
    "Gender": "not specified", "UserType": "Employee", "UserSubType": "Full-Time",
    "Division": "SUP_000012100", "Position": "Computer Support Specialist", "Location": "San Jose",
    "CostCenter": "CC-1000", "Grade": "G01", "LegalEntity": "ACME-US", "DynamicOUs_524291": "Full Time",
    "DynamicOUs_52971": "NA-WEST", "CF_Dropdown#12": "USD", "active": True,
}
# Ids the quick start uses that must NOT exist, so its examples fail the way the reference implies.
ABSENT_USERS = {"904321062", "904221052", "987798693"}
ABSENT_OUS = {"ou.division": ["SUPERVISORY_ORGANIZATION-3-9244"], "ou.location": ["OR"]}

DIVISIONS = [  # (ref, name, parent, vp index owning it or None)
    ("SUP_000012100", "Acme Corporation", "", None),
    ("SUP_000012151", "Corporate Services", "SUP_000012100", 0),
    ("SUP_000012152", "Finance", "SUP_000012100", 1),
    ("SUP_000012153", "Human Resources", "SUP_000012100", 2),
    ("SUP_000012154", "Information Technology", "SUP_000012100", 3),
    ("SUP_000012155", "Sales", "SUP_000012100", 4),
    ("SUPERVISORY_ORGANIZATION-3-9286", "Sales West", "SUP_000012155", 4),
    ("SUP_000012161", "Sales East", "SUP_000012155", 4),
    ("SUP_000012162", "Sales APAC", "SUP_000012155", 4),
    ("SUP_000012156", "Customer Service", "SUP_000012100", 5),
    ("SUP_000012157", "Engineering", "SUP_000012100", 6),
    ("SUP_000012171", "Platform Engineering", "SUP_000012157", 6),
    ("SUP_000012172", "Product Engineering", "SUP_000012157", 6),
    ("SUP_000012158", "Marketing", "SUP_000012100", 7),
]
INACTIVE_DIVISION = "SUP_000012199"
# Per division: the positions its people hold (first one is the managers' position) and its cost center.
DIVISION_JOBS = {
    "SUP_000012151": (["Corporate Services Manager", "Office Manager", "Computer Support Specialist"], "CC-1100"),
    "SUP_000012152": (["Finance Manager", "Accountant", "Financial Analyst", "Payroll Specialist"], "CC-1200"),
    "SUP_000012153": (["HR Manager", "HR Generalist", "Recruiter"], "CC-1300"),
    "SUP_000012154": (["IT Manager", "Computer Support Specialist", "Systems Administrator"], "CC-1400"),
    "SUPERVISORY_ORGANIZATION-3-9286": (["Sales Manager", "Account Manager", "Sales Representative"], "CC-1500"),
    "SUP_000012161": (["Sales Manager", "Account Manager", "Sales Representative"], "CC-1500"),
    "SUP_000012162": (["Sales Manager", "Account Manager", "Sales Representative"], "CC-1500"),
    "SUP_000012156": (["Customer Service Manager", "CS-Customer Service#37486"], "CC-1600"),
    "SUP_000012171": (["Engineering Manager", "Software Engineer", "Senior Software Engineer"], "CC-1700"),
    "SUP_000012172": (["Engineering Manager", "Software Engineer", "Senior Software Engineer", "Data Analyst"],
                      "CC-1700"),
    "SUP_000012158": (["Marketing Manager", "Marketing Specialist"], "CC-1800"),
}
POSITIONS = sorted({p for jobs, _cc in DIVISION_JOBS.values() for p in jobs}
                   | {"Chief Executive Officer", "Vice President"})
LOCATIONS = [  # (ref, name, country ref, state, legal entity, region)
    ("Los Angeles", "Los Angeles", "US", "CA", "ACME-US", "NA-WEST"),
    ("San Jose", "San Jose", "US", "CA", "ACME-US", "NA-WEST"),
    ("New York", "New York", "US", "NY", "ACME-US", "NA-EAST"),
    ("Chicago", "Chicago", "US", "IL", "ACME-US", "NA-EAST"),
    ("Toronto", "Toronto", "CA", "ON", "ACME-CA", "NA-EAST"),
    ("Montréal", "Montréal", "CA", "QC", "ACME-CA", "NA-EAST"),
    ("London", "London", "GB", "", "ACME-GB", "EMEA"),
    ("Paris", "Paris", "FR", "", "ACME-FR", "EMEA"),
    ("Lyon", "Lyon", "FR", "", "ACME-FR", "EMEA"),
    ("Brisbane", "Brisbane", "AU", "QLD", "ACME-AU", "APAC"),
    ("Sydney", "Sydney", "AU", "NSW", "ACME-AU", "APAC"),
    ("Shanghai", "Shanghai", "CN", "", "ACME-CN", "APAC"),
    ("Mumbai", "Mumbai", "IN", "MH", "ACME-IN", "APAC"),
    ("São Paulo", "São Paulo", "BR", "SP", "ACME-BR", "LATAM"),
]
COUNTRIES = {"US": "United States", "CA": "Canada", "GB": "United Kingdom", "FR": "France", "AU": "Australia",
             "CN": "China", "IN": "India", "BR": "Brazil"}
LEGAL_ENTITIES = {"ACME-US": ("Acme Inc.", "US"), "ACME-CA": ("Acme Canada Ltd.", "CA"),
                  "ACME-GB": ("Acme UK Ltd", "GB"), "ACME-FR": ("Acme France SAS", "FR"),
                  "ACME-AU": ("Acme Australia Pty Ltd", "AU"), "ACME-CN": ("Acme (Shanghai) Co., Ltd.", "CN"),
                  "ACME-IN": ("Acme India Pvt. Ltd.", "IN"), "ACME-BR": ("Acme Brasil Ltda.", "BR")}
COST_CENTERS = {"CC-1000": "Executive", "CC-1100": "Corporate Services", "CC-1200": "Finance",
                "CC-1300": "Human Resources", "CC-1400": "Information Technology", "CC-1500": "Sales",
                "CC-1600": "Customer Service", "CC-1700": "Engineering", "CC-1800": "Marketing"}
EMPLOYEE_TYPES = ["Full Time", "Part Time", "Intern", "Contractor", "Temporary"]
REGIONS = [("NA", "North America", ""), ("NA-WEST", "North America West", "NA"),
           ("NA-EAST", "North America East", "NA"), ("EMEA", "Europe, Middle East and Africa", ""),
           ("APAC", "Asia Pacific", ""), ("LATAM", "Latin America", "")]


def seed_ous() -> dict[str, list[dict[str, Any]]]:
    """Every seeded OU per file key (load type, or ou.customou.<type_id>); inactive ones last in each list."""
    ous: dict[str, list[dict[str, Any]]] = {}
    ous["ou.division"] = [_ou(ref, name, parent, CEO if vp is None else VPS[vp], headcountBudget=40)
                          for ref, name, parent, vp in DIVISIONS]
    ous["ou.division"].append(_ou(INACTIVE_DIVISION, "Legacy Operations", "SUP_000012100", active=False))
    ous["ou.position"] = [_ou(p, p, jobCode=f"J{1000 + i}", exempt=("Manager" in p or "Chief" in p))
                          for i, p in enumerate(POSITIONS)]
    ous["ou.position"].append(_ou("Typist", "Typist", active=False, jobCode="J0999", exempt=False))
    locations = [_ou(code, name, country=code) for code, name in COUNTRIES.items()]
    for i, (ref, name, country, state, _le, _region) in enumerate(LOCATIONS):
        locations.append(_ou(ref, name, country, addressLine1=f"{100 + 10 * i} Market Street", city=name,
                             stateProvince=state, postalCode=f"{10000 + 137 * i}", country=country))
    locations.append(_ou("Detroit", "Detroit", "US", active=False, city="Detroit", stateProvince="MI",
                         country="US"))
    ous["ou.location"] = locations
    ous["ou.costcenter"] = [_ou(ref, name, glCode=f"6{ref[3:]}-00") for ref, name in COST_CENTERS.items()]
    ous["ou.costcenter"].append(_ou("CC-1999", "Legacy", active=False, glCode="61999-00"))
    ous["ou.grade"] = [_ou(f"G{n:02d}", f"Grade {n}", payRangeMin=30000 + 9000 * n, payRangeMax=45000 + 14000 * n)
                       for n in range(1, 13)]
    ous["ou.legalentity"] = [_ou(ref, name, registrationNumber=f"REG-{i + 1:05d}", country=country)
                             for i, (ref, (name, country)) in enumerate(LEGAL_ENTITIES.items())]
    ous["ou.customou.524291"] = [_ou(t, t) for t in EMPLOYEE_TYPES] + [_ou("Seasonal", "Seasonal", active=False)]
    ous["ou.customou.52971"] = [_ou(ref, name, parent) for ref, name, parent in REGIONS]
    return ous


# ---------------------------------------------------------------------------------------------- seed users

FIRST_NAMES = [("Olivia", "female"), ("Liam", "male"), ("Emma", "female"), ("Noah", "male"), ("Amélie", "female"),
               ("Lucas", "male"), ("Sofia", "female"), ("Mateo", "male"), ("Chloé", "female"), ("Ethan", "male"),
               ("Priya", "female"), ("Arjun", "male"), ("Mei", "female"), ("Wei", "male"), ("Zoë", "female"),
               ("François", "male"), ("Ingrid", "female"), ("Jürgen", "male"), ("Aisha", "female"),
               ("Omar", "male"), ("Hannah", "female"), ("Daniel", "male"), ("Camila", "female"),
               ("João", "male"), ("Yuki", "not specified"), ("Sam", "not known"), ("Grace", "female"),
               ("Oliver", "male"), ("Isabella", "female"), ("James", "male"), ("Léa", "female"),
               ("Hugo", "male"), ("Maya", "female"), ("Ravi", "male"), ("Nora", "female"), ("Ben", "male")]
LAST_NAMES = ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Martinez", "Nguyen", "Chen", "Wang", "Patel",
              "Sharma", "Dubois", "Lefèvre", "Müller", "Schmidt", "O'Brien", "Kowalski", "Silva", "Santos",
              "Rossi", "Tanaka", "Kim", "Lee", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White",
              "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
              "Adams", "Nelson", "Hill", "Ramírez", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
              "Evans", "Núñez", "Østergaard"]
CURRENCY_BY_COUNTRY = {"US": "USD", "CA": "USD", "GB": "GBP", "FR": "EUR", "AU": "AUD", "CN": "USD",
                       "IN": "USD", "BR": "USD"}
DIVISION_LOCATIONS = {"SUPERVISORY_ORGANIZATION-3-9286": ["Los Angeles", "San Jose"],
                      "SUP_000012161": ["New York", "Chicago", "Toronto", "Montréal"],
                      "SUP_000012162": ["Brisbane", "Sydney", "Shanghai", "Mumbai"]}
INACTIVE_USERS = ["958120334", "963004417", "971555208"]
MANAGERS_PER_DIVISION = 3
REPORTS_PER_MANAGER = 7
ASCII = str.maketrans("éèêëàâäçôöüùûïîñøØóíúãÉ'", "eeeeaaacoouuuiinoOoiuaE-")


def _ascii(name: str) -> str:
    return name.translate(ASCII).replace("-", "").replace(" ", "").lower()


class _People:
    """Builds the seeded employees: a CEO, eight VPs, managers per division and their reports."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.users: list[dict[str, Any]] = []
        self.used_ids: set[str] = set(ABSENT_USERS) | set(INACTIVE_USERS) | {CEO, *VPS}
        self.usernames: set[str] = set()
        self.location_info = {ref: (country, le, region) for ref, _n, country, _s, le, region in LOCATIONS}
        self.location_info["Detroit"] = ("US", "ACME-US", "NA-EAST")  # retired location of a former employee

    def new_id(self) -> str:
        while True:
            candidate = str(self.rng.randint(900_000_000, 989_999_999))
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate

    def add(self, user_id: str, division: str, position: str, grade: int, manager: str, approver: str,
            *, location: str | None = None, active: bool = True, roles: str = "") -> dict[str, Any]:
        rng = self.rng
        first, gender = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        username = f"{_ascii(first)}.{_ascii(last)}"
        n = 2
        while username in self.usernames:
            username, n = f"{_ascii(first)}.{_ascii(last)}{n}", n + 1
        self.usernames.add(username)
        location = location or rng.choice(DIVISION_LOCATIONS.get(division, [loc[0] for loc in LOCATIONS]))
        country, legal_entity, region = self.location_info[location]
        original = dt.date(2005, 1, 3) + dt.timedelta(days=rng.randint(0, 7000))
        last_hire = original if rng.random() < 0.85 else original + dt.timedelta(days=rng.randint(200, 900))
        record: dict[str, Any] = {
            "EmployeeIdentificationData_UserId": user_id,
            "EmployeeIdentificationData_Guid": str(uuid.uuid5(GUID_NAMESPACE, user_id)),
            "EmployeeIdentificationData_Username": username,
            "PersonData_NameData_FirstName": first,
            "PersonData_NameData_LastName": last,
            "PersonData_ContactData_EmailAddressData_Primary_EmailAddress": f"{username}@acme.com",
            "Gender": gender,
        }
        if rng.random() < 0.2:
            record["PersonData_NameData_MiddleName"] = rng.choice(["Marie", "J.", "Anne", "Lee", "R."])
        if manager:
            record["DirectManager"] = manager
        if approver:
            record["Approver"] = approver
        record.update({
            "WorkerStatusData_OriginalHireDate": original.isoformat(),
            "WorkerStatusData_LastHireDate": last_hire.isoformat(),
            "UserType": "Employee", "UserSubType": "Full-Time",
            "Division": division, "Position": position, "Location": location,
            "CostCenter": DIVISION_JOBS.get(division, ([], "CC-1000"))[1], "Grade": f"G{grade:02d}",
            "LegalEntity": legal_entity, "DynamicOUs_524291": "Full Time", "DynamicOUs_52971": region,
            "CF_Dropdown#12": CURRENCY_BY_COUNTRY[country],
        })
        if grade <= 3 and rng.random() < 0.3:
            record.update(UserType="Contingent Worker", UserSubType="Agency", DynamicOUs_524291="Contractor")
        elif rng.random() < 0.08:
            record.update(UserSubType="Part-Time", DynamicOUs_524291="Part Time")
        if roles:
            record["CF_MultiCheckbox#47"] = roles
        if rng.random() < 0.3:
            record["CF_MultiCheckbox#46"] = ";".join(sorted(rng.sample(["Product A", "Product B", "Product C"],
                                                                       rng.randint(1, 2))))
        if grade >= 8:
            record["CF_NumericField#31"] = f"{5 + 2.5 * (grade - 7):.1f}"
        if not active:
            record["_ActivationDt"] = original.isoformat()
            record["_DeactivationDt"] = (last_hire + dt.timedelta(days=400)).isoformat()
        record["active"] = active
        self.users.append(record)
        return record


def seed_users() -> list[dict[str, Any]]:
    rng = random.Random(RANDOM_SEED)
    people = _People(rng)
    people.add(CEO, "SUP_000012100", "Chief Executive Officer", 12, "", "", location="San Jose",
               roles="Manager;Administrator")
    vp_divisions = {vp: ref for ref, _name, parent, vp in DIVISIONS if vp is not None and parent == "SUP_000012100"}
    for index, vp in enumerate(VPS):
        people.add(vp, vp_divisions[index], "Vice President", 11, CEO, CEO, roles="Manager")
    hr_staff: list[str] = []
    comp_staff: list[str] = []
    for ref, _name, _parent, vp_index in DIVISIONS:
        if ref not in DIVISION_JOBS:
            continue
        jobs, _cc = DIVISION_JOBS[ref]
        vp = VPS[vp_index]
        for _m in range(MANAGERS_PER_DIVISION):
            manager = people.add(people.new_id(), ref, jobs[0], rng.randint(8, 10), vp, CEO,
                                 roles="Manager" + (";IT" if ref == "SUP_000012154" else ""))
            manager_id = manager["EmployeeIdentificationData_UserId"]
            for _r in range(REPORTS_PER_MANAGER):
                role = "IT" if ref == "SUP_000012154" else ("HR" if ref == "SUP_000012153" else "")
                report = people.add(people.new_id(), ref, rng.choice(jobs[1:]), rng.randint(2, 7), manager_id, vp,
                                    roles=role)
                if ref == "SUP_000012153":
                    (hr_staff if report["Position"] != "Recruiter" else comp_staff).append(
                        report["EmployeeIdentificationData_UserId"])
    # Custom relations: every employee outside HR gets an HR business partner; some a compensation specialist.
    for user in people.users:
        if user["Division"] != "SUP_000012153" and hr_staff:
            user["DynamicUserRelations_16384"] = rng.choice(hr_staff)
            if comp_staff and rng.random() < 0.5:
                user["DynamicUserRelations_32768"] = rng.choice(comp_staff)
    # Former employees: inactive, in retired OUs (AllowInactiveUsers / AllowInactiveOus cases).
    first_manager = people.users[len(VPS) + 1]["EmployeeIdentificationData_UserId"]
    people.add(INACTIVE_USERS[0], INACTIVE_DIVISION, "Typist", 2, first_manager, CEO, location="Detroit",
               active=False)
    people.add(INACTIVE_USERS[1], "SUP_000012151", "Office Manager", 4, first_manager, CEO, active=False)
    people.add(INACTIVE_USERS[2], "SUP_000012154", "Systems Administrator", 5, VPS[3], CEO, active=False)
    service = people.add(SERVICE_ACCOUNT, "SUP_000012100", "Computer Support Specialist", 1, "", "",
                         location="San Jose", roles="Administrator")
    service.update(PersonData_NameData_FirstName="API", PersonData_NameData_LastName="ServiceAccount",
                   EmployeeIdentificationData_Username=SERVICE_ACCOUNT,
                   PersonData_ContactData_EmailAddressData_Primary_EmailAddress="api.serviceaccount@acme.com",
                   Gender="not specified")
    service.pop("PersonData_NameData_MiddleName", None)
    return people.users


# ------------------------------------------------------------------------------------------------- samples

# Verbatim from bulk-api-quick-start.txt, Step 3 (the example CSV; the janedoe02 row has the unquoted comma
# in "Accountant, San Jose") and Step 5 (the same body, whose last row is 904221052, not 904321062).
QUICKSTART_HEADER = ("EmployeeIdentificationData_UserId,PersonData_NameData_FirstName,PersonData_NameData_LastName,"
                     "EmployeeIdentificationData_Username,DirectManager,"
                     "PersonData_ContactData_EmailAddressData_Primary_EmailAddress,WorkerStatusData_LastHireDate,"
                     "Division,Position,Location,DynamicOUs_524291,DynamicUserRelations_16384,CF_MultiCheckbox#47")
QUICKSTART_ROWS = [
    "johnsmith01,John,Smith,johnsmith01,904321062,johnsmith01@acme.com,2019-12-01,SUPERVISORY_ORGANIZATION-3-9244,"
    "Account Manager,Los Angeles,Full Time,918634631,Manager;Administrator",
    "janedoe02,Jane,Doe,janedoe02,904321062,janedoe02@acme.com,2019-10-01,SUPERVISORY_ORGANIZATION-3-9244,"
    "Accountant, San Jose,Intern,918634631,",
    "rajkumar01,Raj,Kumar,rajkumar01,903300421,rajkumar01@acme.com,2019-12-01,SUPERVISORY_ORGANIZATION-3-9244,"
    "CS-Customer Service#37486,OR,Part Time,918634631,Administrator",
    "jamesanderson,James,anderson,jamesanderson,937393194,jamesanderson@acme.com,2019-11-25,"
    "SUPERVISORY_ORGANIZATION-3-9244,Computer Support Specialist,Brisbane,Full Time,918634631,IT",
    "904321062,Aime,Jones,aimejones,948752281,aimejones@acme.com,2018-01-29,SUP_000012151,"
    "Corporate Services Manager,Shanghai,Full Time,987798693,Manager;Administrator",
]
QUICKSTART_JSON = [
    {"EmployeeIdentificationData_UserId": "johnsmith01", "PersonData_NameData_FirstName": "John",
     "PersonData_NameData_LastName": "Smith", "EmployeeIdentificationData_Username": "johnsmith01",
     "DirectManager": "904321062", "PersonData_ContactData_EmailAddressData_Primary_EmailAddress":
         "johnsmith01@acme.com", "WorkerStatusData_LastHireDate": "2019-12-01",
     "Division": "SUPERVISORY_ORGANIZATION-3-9286", "Position": "Account Manager", "Location": "Los Angeles",
     "DynamicOUs_524291": "Full Time", "DynamicUserRelations_16384": "918634631",
     "CF_MultiCheckbox": "Manager;Administrator"},
    {"EmployeeIdentificationData_UserId": "janedoe02", "PersonData_NameData_FirstName": "Jane",
     "PersonData_NameData_LastName": "Doe", "EmployeeIdentificationData_Username": "janedoe02",
     "DirectManager": "904321062", "PersonData_ContactData_EmailAddressData_Primary_EmailAddress":
         "janedoe02@acme.com", "WorkerStatusData_LastHireDate": "2019-10-01",
     "Division": "SUPERVISORY_ORGANIZATION-3-9286", "Position": "Accountant", "Location": "San Jose",
     "DynamicOUs_524291": "Full Time", "DynamicUserRelations_16384": "918634631",
     "CF_MultiCheckbox": "Administrator"},
]
SAMPLE_COLUMNS = ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                  "PersonData_NameData_LastName", "EmployeeIdentificationData_Username", "DirectManager",
                  "PersonData_ContactData_EmailAddressData_Primary_EmailAddress", "Gender",
                  "WorkerStatusData_LastHireDate", "Division", "Position", "Location", "CostCenter", "Grade",
                  "LegalEntity", "DynamicOUs_524291", "DynamicOUs_52971", "DynamicUserRelations_16384",
                  "CF_MultiCheckbox#47", "CF_Dropdown#12"]
ERROR_EXTRA_COLUMNS = ["UserType", "UserSubType", "_ActivationDt", "_DeactivationDt"]
NEW_DIVISIONS = [("SUP_000012181", "Sales Central", "SUP_000012155", VPS[4]),
                 ("SUP_000012182", "Data Science", "SUP_000012157", VPS[6]),
                 ("SUP_000012183", "Machine Learning", "SUP_000012182", VPS[6]),  # parent is in the same file
                 ("SUP_000012184", "Customer Success", "SUP_000012156", VPS[5])]
# Title headers (the schema's "title" of each property), as an HRIS export would name its columns.
TITLE_COLUMNS = ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                 "PersonData_NameData_LastName", "EmployeeIdentificationData_Username", "DirectManager",
                 "PersonData_ContactData_EmailAddressData_Primary_EmailAddress", "Gender",
                 "WorkerStatusData_LastHireDate", "Division", "Position", "Location", "DynamicOUs_524291"]


def _us_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{month}/{day}/{year}"


def _new_employee(rng: random.Random, user_id: str, manager: dict[str, Any], hr: list[str]) -> dict[str, str]:
    """A new employee in the manager's division and location, referencing only seeded OUs and users."""
    first, gender = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    username = f"{_ascii(first)}.{_ascii(last)}.{user_id.lower()}"
    jobs = DIVISION_JOBS.get(manager["Division"], (["Vice President", "Data Analyst"], ""))[0]
    hired = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 600))
    return {
        "EmployeeIdentificationData_UserId": user_id, "PersonData_NameData_FirstName": first,
        "PersonData_NameData_LastName": last, "EmployeeIdentificationData_Username": username,
        "DirectManager": manager["EmployeeIdentificationData_UserId"],
        "PersonData_ContactData_EmailAddressData_Primary_EmailAddress": f"{username}@acme.com", "Gender": gender,
        "WorkerStatusData_LastHireDate": _us_date(hired.isoformat()), "Division": manager["Division"],
        "Position": rng.choice(jobs[1:]), "Location": manager["Location"], "CostCenter": manager["CostCenter"],
        "Grade": f"G{rng.randint(2, 6):02d}", "LegalEntity": manager["LegalEntity"],
        "DynamicOUs_524291": rng.choice(["Full Time", "Full Time", "Part Time", "Intern"]),
        "DynamicOUs_52971": manager["DynamicOUs_52971"], "DynamicUserRelations_16384": rng.choice(hr),
        "CF_MultiCheckbox#47": rng.choice(["", "", "IT", "Finance", "Instructor;IT"]),
        "CF_Dropdown#12": manager["CF_Dropdown#12"],
    }


def clean_employees(users: list[dict[str, Any]]) -> list[dict[str, str]]:
    """50 new employees that load without a single error or warning (en-US dates)."""
    rng = random.Random(RANDOM_SEED + 1)
    managers = [u for u in users if u["active"] and u.get("Division") in DIVISION_JOBS
                and u["Position"] == DIVISION_JOBS[u["Division"]][0][0]]
    hr = [u["EmployeeIdentificationData_UserId"] for u in users if u["active"] and u["Division"] == "SUP_000012153"]
    rows = [_new_employee(rng, f"E{10001 + i}", rng.choice(managers), hr) for i in range(50)]
    # E10001 manages E10002..E10005 (a manager loaded in the same payload); E10006's manager E10050 comes later.
    for row in rows[1:5]:
        row["DirectManager"] = "E10001"
    rows[5]["DirectManager"] = "E10050"
    return rows


def planted_errors(users: list[dict[str, Any]]) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """20 employees with documented mistakes; returns the rows and the expected problems (1-based rows)."""
    rng = random.Random(RANDOM_SEED + 2)
    managers = [u for u in users if u["active"] and u.get("Division") in DIVISION_JOBS
                and u["Position"] == DIVISION_JOBS[u["Division"]][0][0]]
    hr = [u["EmployeeIdentificationData_UserId"] for u in users if u["active"] and u["Division"] == "SUP_000012153"]
    rows = [_new_employee(rng, f"E{20001 + i}", rng.choice(managers), hr) for i in range(20)]
    for row in rows:
        row.update({c: "" for c in ERROR_EXTRA_COLUMNS})
    plan = [
        (3, "PersonData_NameData_LastName", "", "required", "error"),
        (5, "Gender", "F", "enum", "error"),
        (7, "WorkerStatusData_LastHireDate", "13/25/2021", "date", "error"),
        (9, "Division", "SUP_999999999", "reference", "error"),
        (11, "DirectManager", "999999999", "reference", "error"),
        (12, "EmployeeIdentificationData_UserId", rows[1]["EmployeeIdentificationData_UserId"], "duplicate", "error"),
        # Dependencies: the problem is the empty dependent field (the value that triggers it is planted below).
        (14, "UserSubType", "", "dependency", "error"),
        (15, "_DeactivationDt", "", "dependency", "error"),
        (16, "CF_MultiCheckbox#47", "Manager;Janitor", "enum", "error"),
        (17, "PersonData_NameData_FirstName", "X" * 201, "max_length", "error"),
        (18, "DynamicUserRelations_16384", "999999998", "reference", "warning"),  # custom relation: skipped
        (20, "CF_Dropdown#12", "CHF", "enum", "error"),
    ]
    rows[13]["UserType"] = "Employee"  # record 14: User Type -> Sub-type
    rows[14]["_ActivationDt"] = "03/01/2025"  # record 15: _ActivationDt <-> _DeactivationDt
    expected = []
    for row, column, value, rule, severity in plan:
        rows[row - 1][column] = value
        expected.append({"row": row, "column": column, "rule": rule, "severity": severity, "value": value})
    return rows, expected


def fr_employees(users: list[dict[str, Any]]) -> list[dict[str, str]]:
    """French export: fr-FR dates (day first), decimal commas, characters only Windows-1252 has (œ, €)."""
    manager = next(u for u in users if u["active"] and u["Position"] == "Finance Manager")
    people = [("Amélie", "Lecœur", "female"), ("François", "Bérénger", "male"), ("Chloé", "Dubois", "female"),
              ("Hélène", "Faÿ", "female"), ("Jérôme", "Garçon", "male"), ("Léa", "Ménard", "female"),
              ("Noël", "Brûlé", "male"), ("Zoé", "Çelik", "female"), ("Gaël", "Lefèvre", "male"),
              ("Maëlle", "Œuvray", "female")]
    rows = []
    for i, (first, last, gender) in enumerate(people):
        hired = dt.date(2023, 9, 4) + dt.timedelta(days=37 * i)
        rows.append({
            "EmployeeIdentificationData_UserId": f"F{10001 + i}", "PersonData_NameData_FirstName": first,
            "PersonData_NameData_LastName": last, "DirectManager": manager["EmployeeIdentificationData_UserId"],
            "Gender": gender, "WorkerStatusData_LastHireDate": hired.strftime("%d/%m/%Y"),
            "Division": manager["Division"], "Position": "Accountant", "Location": "Paris" if i % 3 else "Lyon",
            "LegalEntity": "ACME-FR", "CF_Dropdown#12": "EUR", "CF_NumericField#31": f"{7 + i},5",
            "CF_ShortTextBox#23": "Plan d'épargne entreprise (€)",
        })
    return rows


UPDATE_COLUMNS = ["EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
                  "PersonData_NameData_LastName", "DirectManager", "WorkerStatusData_LastHireDate", "Division",
                  "Position", "Location", "Grade"]


def updates(users: list[dict[str, Any]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """10 seeded users by User ID (the first 5 identical to the seed, the last 5 promoted and moved), and
    5 others by GUID only (LoadPrimaryKey 1: every other field optional) with a new grade."""
    rng = random.Random(RANDOM_SEED + 4)
    candidates = [u for u in users if u["active"] and u.get("Division") in DIVISION_JOBS
                  and u["Position"] != DIVISION_JOBS[u["Division"]][0][0]]
    picked = rng.sample(candidates, 15)
    rows = []
    for i, user in enumerate(picked[:10]):
        row = {c: user.get(c, "") for c in UPDATE_COLUMNS}
        row["WorkerStatusData_LastHireDate"] = _us_date(user["WorkerStatusData_LastHireDate"])
        if i >= 5:
            places = [loc for loc in DIVISION_LOCATIONS.get(user["Division"], [loc[0] for loc in LOCATIONS])
                      if loc != user["Location"]]
            row["Location"] = rng.choice(places)
            row["Grade"] = f"G{min(int(user['Grade'][1:]) + 1, 12):02d}"
        rows.append(row)
    by_guid = [{"EmployeeIdentificationData_Guid": u["EmployeeIdentificationData_Guid"],
                "Grade": f"G{min(int(u['Grade'][1:]) + 1, 12):02d}"} for u in picked[10:]]
    return rows, by_guid


def _csv_text(columns: list[str], rows: list[dict[str, str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, lineterminator="\r\n",
                            extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _write_text(path: Path, text_: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text_.encode(encoding))


def _write_json(path: Path, data: Any) -> None:
    _write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _write_xlsx(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    from openpyxl import Workbook  # build-time only; the sandbox never imports this script

    book = Workbook()
    sheet = book.active
    sheet.title = "Employees"
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(c, "") for c in columns])
    notes = book.create_sheet("Read me")
    notes.append(["Sample export for csod-desktop: the same 50 employees as employees.csv (en-US dates)."])
    book.properties.created = dt.datetime(2026, 1, 1)
    book.properties.creator = "csod-desktop make_sandbox_seed.py"
    buffer = io.BytesIO()
    book.save(buffer)
    # Rewrite the zip with fixed entry times so that re-running the generator leaves the file unchanged.
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", content)
            target.writestr(info, content)


def write_data() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    employee = employee_schema()
    _write_json(DATA / "schemas" / "chr.employee.json", employee)
    for load_type, (title, _perm) in STANDARD_OUS.items():
        _write_json(DATA / "schemas" / f"{load_type}.json", ou_schema(load_type, title))
    for type_id, title in CUSTOM_OUS.items():
        _write_json(DATA / "schemas" / f"ou.customou.{type_id}.json", ou_schema("ou.customou", title, type_id))
    _write_json(DATA / "specification.json", specification())
    _write_json(DATA / "permissions.json", permissions())
    users = seed_users()
    # One user per line: a third of the indented size, and a diff shows which users changed. The system
    # account comes first (internal id 1, as in the example) and is left out of the samples' choices.
    lines = ",\n".join("    " + json.dumps(user, ensure_ascii=False) for user in [SYSTEM_ACCOUNT, *users])
    _write_text(DATA / "seed" / "users.json", '{\n  "users": [\n' + lines + "\n  ]\n}\n")
    ou_files = {}
    for key, records in seed_ous().items():
        load_type, _, type_id = key.partition(".customou.")
        body: dict[str, Any] = {"load_type": "ou.customou" if type_id else key}
        if type_id:
            body["type_id"] = int(type_id)
        body["ous"] = records
        _write_json(DATA / "seed" / "ous" / f"{key}.json", body)
        ou_files[key] = f"ous/{key}.json"
    manifest = {
        "users": "users.json",
        "ous": ou_files,
        "service_account": SERVICE_ACCOUNT,
        "notable": {
            "system_accounts": [SYSTEM_ACCOUNT["EmployeeIdentificationData_UserId"]],
            "ceo": CEO, "vice_presidents": VPS, "inactive_users": INACTIVE_USERS,
            "absent_users": sorted(ABSENT_USERS), "absent_ous": ABSENT_OUS,
            "inactive_ous": {"ou.division": [INACTIVE_DIVISION], "ou.position": ["Typist"],
                             "ou.location": ["Detroit"], "ou.costcenter": ["CC-1999"],
                             "ou.customou.524291": ["Seasonal"]},
        },
    }
    _write_json(DATA / "seed" / "manifest.json", manifest)
    return users, employee


def write_samples(users: list[dict[str, Any]], employee: dict[str, Any]) -> None:
    _write_text(SAMPLES / "quickstart_employees.csv", "\r\n".join([QUICKSTART_HEADER, *QUICKSTART_ROWS]) + "\r\n")
    step5 = [*QUICKSTART_ROWS[:-1], QUICKSTART_ROWS[-1].replace("904321062,", "904221052,", 1)]
    _write_text(SAMPLES / "quickstart_import_body.csv", "\r\n".join([QUICKSTART_HEADER, *step5]) + "\r\n")
    _write_json(SAMPLES / "quickstart_employees.json", QUICKSTART_JSON)
    clean = clean_employees(users)
    _write_text(SAMPLES / "employees.csv", _csv_text(SAMPLE_COLUMNS, clean))
    bad, expected = planted_errors(users)
    _write_text(SAMPLES / "employees_with_errors.csv", _csv_text(SAMPLE_COLUMNS + ERROR_EXTRA_COLUMNS, bad))
    _write_json(SAMPLES / "employees_with_errors.expected.json",
                {"settings": {"LoadPrimaryKey": 0, "datetime_culture": "en-US", "number_culture": "en-US"},
                 "records": len(bad), "problems": expected})
    divisions = [{"ouRefId": ref, "ouName": name, "parentRefId": parent, "ouOwnerRefId": owner,
                  "active": "true", "description": f"{name}, created by the divisions.csv sample"}
                 for ref, name, parent, owner in NEW_DIVISIONS]
    _write_text(SAMPLES / "divisions.csv", _csv_text(list(divisions[0]), divisions))
    rng = random.Random(RANDOM_SEED + 3)
    hr = [u["EmployeeIdentificationData_UserId"] for u in users if u["active"] and u["Division"] == "SUP_000012153"]
    joiners = []
    for i, (ref, _name, _parent, owner) in enumerate(NEW_DIVISIONS):
        row = _new_employee(rng, f"E{40001 + i}", next(u for u in users if u["EmployeeIdentificationData_UserId"]
                                                      == owner), hr)
        row.update(Division=ref, Position="Sales Manager" if i == 0 else "Data Analyst", CostCenter="CC-1000")
        joiners.append(row)
    _write_text(SAMPLES / "employees_new_divisions.csv", _csv_text(SAMPLE_COLUMNS, joiners))
    titles = [employee["schema"]["properties"][c]["title"] for c in TITLE_COLUMNS]
    titled = [{title: row[c] for title, c in zip(titles, TITLE_COLUMNS)} for row in clean[:20]]
    _write_text(SAMPLES / "hris_export_titles.csv", _csv_text(titles, titled))
    fr_columns = list(fr_employees(users)[0])
    _write_text(SAMPLES / "employees_fr_cp1252.csv", _csv_text(fr_columns, fr_employees(users), ";"), "cp1252")
    _write_xlsx(SAMPLES / "employees.xlsx", SAMPLE_COLUMNS, clean)
    # Custom OU "Employee Type" (type_id 524291): two new types, one under an existing parent.
    types = [{"ouRefId": "Apprentice", "ouName": "Apprentice", "parentRefId": "Intern", "active": "true"},
             {"ouRefId": "Fixed Term", "ouName": "Fixed Term", "parentRefId": "", "active": "true"}]
    _write_text(SAMPLES / "employee_types_524291.csv", _csv_text(list(types[0]), types))
    by_id, by_guid = updates(users)
    _write_text(SAMPLES / "employees_updates.csv", _csv_text(UPDATE_COLUMNS, by_id))
    _write_text(SAMPLES / "employees_guid_updates.csv", _csv_text(list(by_guid[0]), by_guid))


def main() -> None:
    users, employee = write_data()
    write_samples(users, employee)
    print(f"wrote {DATA.relative_to(ROOT)} and {SAMPLES.relative_to(ROOT)} ({len(users)} seeded users)")


if __name__ == "__main__":
    main()
