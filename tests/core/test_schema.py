"""The schema model against the reference documents' Get Schema examples."""

from __future__ import annotations

import json

import pytest

from csod_desktop.core.schema import FieldKind, Schema, classify

# bulk-api-quick-start.txt, Step 2, "Get Schema Response", verbatim (the document's "\$" and "\_"
# escapes removed).
QUICK_START_SCHEMA = r"""
{
  "schema": {
  "properties": {
    "EmployeeIdentificationData_UserId": {
      "minLength": 1, "maxLength": 100, "trim": "leftRight", "caseSensitive": false,
      "title": "User ID", "description": "Unique identifier for the user", "type": "string"
    },
    "PersonData_NameData_FirstName": {
      "minLength": 1, "maxLength": 200, "trim": "leftRight",
      "title": "First Name", "description": "First Name", "type": "string"
    },
    "PersonData_NameData_LastName": {
      "minLength": 1, "maxLength": 200, "trim": "leftRight",
      "title": "Last Name", "description": "Last Name", "type": "string"
    },
    "Gender": {
      "enum": ["female", "male", "not known", "not specified"],
      "trim": "leftRight", "caseSensitive": false,
      "title": "Gender", "description": "User's gender", "type": "string"
    },
    "Division": {
      "minLength": 1, "maxLength": 100, "trim": "leftRight", "title": "Division", "type": "string"
    },
    "DynamicOUs_524291": {
      "minLength": 1, "maxLength": 100, "trim": "leftRight", "title": "Employee Type", "type": "string"
    },
    "DynamicUserRelations_32768": {
      "maxLength": 100, "trim": "leftRight", "caseSensitive": false,
      "title": "Compensation Specialist", "type": "string"
    },
    "CF_ShortTextBox#23": {
      "maxLength": 100, "title": "Retirement Account Type", "type": "string", "default": ""
    },
    "CF_MultiCheckbox#46": {
      "title": "Product Interest",
      "anyOf": [
        { "$ref": "#/definitions/CF_MultiCheckbox#46" },
        { "enum": [ "" ], "type": "string" }
      ],
      "default": ""
    }
  },
  "required": [
    "EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
    "PersonData_NameData_LastName", "Division"
  ],
  "dependencies": {
    "_ActivationDt": [ "_DeactivationDt" ],
    "_DeactivationDt": [ "_ActivationDt" ]
  },
  "definitions": {
    "CF_MultiCheckbox#46": {
      "id": "CF_MultiCheckbox#46",
      "anyOf": [
        { "minLength": 1, "trim": "leftRight", "type": "string" },
        {
          "uniqueItems": true,
          "items": [
            {
              "anyOf": [
                { "enum": [ 33, 34, 35 ], "type": "integer" },
                { "enum": [ "Product A", "Product B", "Product C" ], "trim": "leftRight",
                  "caseSensitive": false, "type": "string" }
              ]
            }
          ],
          "type": "array"
        }
      ]
    }
  },
  "identity": [ "EmployeeIdentificationData_UserId" ],
  "id": "csod:chr.employee",
  "type": "object"
  }
}
"""

# bulk-api-data-format.txt, enumerated fields: the currency definition, used through a $ref.
CURRENCY_SCHEMA = {
    "properties": {
        "CF_Dropdown#7": {"title": "Salary Currency", "anyOf": [{"$ref": "#/definitions/currency"}]},
        "ouRefId": {
            "minLength": 1, "maxLength": 100, "trim": "leftRight", "title": "OU ID",
            "description": "Must be a unique ID for every OU. Both alpha and numeric characters are acceptable.",
            "type": "string",
        },
        "parentRefId": {"maxLength": 100, "title": "Parent", "type": "string"},
        "ouOwnerRefId": {"maxLength": 100, "title": "Owner", "type": "string", "x-vendor": {"a": 1}},
    },
    "required": ["ouRefId", "ouName"],
    "identity": ["ouRefId"],
    "definitions": {
        "currency": {
            "id": "currency",
            "anyOf": [
                {"enum": [1, 2, 3, 4, 5, 6], "type": "integer"},
                {"enum": ["AUD", "EUR", "GBP", "JPY", "KRW", "USD"], "trim": "leftRight",
                 "caseSensitive": False, "type": "string"},
            ],
        }
    },
}


@pytest.fixture
def quick_start() -> Schema:
    return Schema.from_response(json.loads(QUICK_START_SCHEMA))


def test_quick_start_top_level(quick_start):
    assert quick_start.load_type == "chr.employee"  # from "id": "csod:chr.employee"
    assert list(quick_start.properties)[:3] == [
        "EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName", "PersonData_NameData_LastName"]
    assert quick_start.required == (
        "EmployeeIdentificationData_UserId", "PersonData_NameData_FirstName",
        "PersonData_NameData_LastName", "Division")
    assert quick_start.dependencies == {"_ActivationDt": ("_DeactivationDt",), "_DeactivationDt": ("_ActivationDt",)}
    assert quick_start.identity == ("EmployeeIdentificationData_UserId",)
    assert "definitions" in quick_start.raw


def test_bare_schema_and_wrapped_schema_agree():
    wrapped = Schema.from_response(json.loads(QUICK_START_SCHEMA))
    bare = Schema.from_response(json.loads(QUICK_START_SCHEMA)["schema"], load_type="chr.employee")
    assert wrapped.properties == bare.properties


def test_plain_string_property(quick_start):
    user_id = quick_start.get("EmployeeIdentificationData_UserId")
    assert (user_id.title, user_id.description, user_id.type) == ("User ID", "Unique identifier for the user", "string")
    assert (user_id.min_length, user_id.max_length, user_id.trim) == (1, 100, "leftRight")
    assert user_id.required and not user_id.is_enum and user_id.kind is FieldKind.STANDARD
    assert quick_start.by_title(" first name ").name == "PersonData_NameData_FirstName"
    assert quick_start.get("PersonData_NameData_FirstName").case_sensitive is False


def test_string_enum(quick_start):
    gender = quick_start.get("Gender")
    assert gender.enum_strings == ("female", "male", "not known", "not specified")
    assert gender.enum_ints is None and gender.is_enum and not gender.multi and not gender.required


def test_multi_checkbox_through_ref_and_any_of(quick_start):
    prop = quick_start.get("CF_MultiCheckbox#46")
    assert prop.title == "Product Interest"
    assert prop.multi and prop.type == "array"
    assert prop.enum_strings == ("Product A", "Product B", "Product C")  # the blank "" branch is not a value
    assert prop.enum_ints == (33, 34, 35)
    assert prop.trim == "leftRight" and prop.case_sensitive is False
    assert prop.default == "" and prop.kind is FieldKind.CUSTOM_FIELD


def test_kinds_and_reference_types(quick_start):
    assert quick_start.get("Division").kind is FieldKind.OU_REFERENCE
    assert quick_start.get("Division").reference_type == "ou.division"
    custom_ou = quick_start.get("DynamicOUs_524291")
    assert (custom_ou.kind, custom_ou.reference_type, custom_ou.title) == (
        FieldKind.CUSTOM_OU, "ou.customou.524291", "Employee Type")
    relation = quick_start.get("DynamicUserRelations_32768")
    assert (relation.kind, relation.reference_type) == (FieldKind.CUSTOM_RELATION, "user")
    assert quick_start.get("CF_ShortTextBox#23").kind is FieldKind.CUSTOM_FIELD
    assert quick_start.get("CF_ShortTextBox#23").reference_type is None
    assert quick_start.get("Gender").kind is FieldKind.STANDARD


@pytest.mark.parametrize(
    ("name", "load_type", "kind", "ref"),
    [
        ("DirectManager", "chr.employee", FieldKind.USER_REFERENCE, "user"),
        ("Approver", "chr.employee", FieldKind.USER_REFERENCE, "user"),
        ("Position", "chr.employee", FieldKind.OU_REFERENCE, "ou.position"),
        ("Location", "chr.employee", FieldKind.OU_REFERENCE, "ou.location"),
        ("CostCenter", "chr.employee", FieldKind.OU_REFERENCE, "ou.costcenter"),
        ("LegalEntity", "chr.employee", FieldKind.OU_REFERENCE, "ou.legalentity"),
        ("Grade", "chr.employee", FieldKind.OU_REFERENCE, "ou.grade"),
        ("parentRefId", "ou.division", FieldKind.OU_REFERENCE, "ou.division"),
        ("parentRefId", "ou.customou.7", FieldKind.OU_REFERENCE, "ou.customou.7"),
        ("ouOwnerRefId", "ou.location", FieldKind.USER_REFERENCE, "user"),
        ("ouRefId", "ou.location", FieldKind.STANDARD, None),
        ("CF_DateField#11", "chr.employee", FieldKind.CUSTOM_FIELD, None),
        ("PersonData_NameData_FirstName", "chr.employee", FieldKind.STANDARD, None),
    ],
)
def test_classify(name, load_type, kind, ref):
    assert classify(name, load_type) == (kind, ref)


def test_currency_enum_keeps_both_forms_apart():
    schema = Schema.from_response({"schema": CURRENCY_SCHEMA}, load_type="ou.division")
    currency = schema.get("CF_Dropdown#7")
    assert currency.enum_ints == (1, 2, 3, 4, 5, 6)
    assert currency.enum_strings == ("AUD", "EUR", "GBP", "JPY", "KRW", "USD")
    assert currency.type == "string" and not currency.multi and currency.is_enum and not currency.is_number
    assert schema.required == ("ouRefId", "ouName")  # a required name without a property is kept as given
    assert schema.get("ouRefId").required and not schema.get("parentRefId").required
    assert schema.get("parentRefId").reference_type == "ou.division"


def test_unknown_keywords_are_kept():
    schema = Schema.from_response(CURRENCY_SCHEMA, load_type="ou.location")
    owner = schema.get("ouOwnerRefId")
    assert owner.raw["x-vendor"] == {"a": 1}
    assert owner.unknown_keywords == {"x-vendor": {"a": 1}}


def test_dates_numbers_and_formats():
    schema = Schema.from_response({
        "properties": {
            "WorkerStatusData_LastHireDate": {"title": "Last Hire Date", "type": "string"},
            "CF_DateField#11": {"title": "Review", "type": "string"},
            "Birth": {"title": "Birth", "type": "string", "format": "date-time"},
            "Salary": {"title": "Salary", "type": "number"},
            "Level": {"title": "Level", "type": "integer"},
            "Active": {"title": "Active", "type": "boolean"},
            "Email": {"title": "Email", "type": "string", "format": "email"},
        }
    })
    assert schema.get("WorkerStatusData_LastHireDate").is_date
    assert schema.get("CF_DateField#11").is_date
    assert schema.get("Birth").is_date
    assert schema.get("Salary").is_number and schema.get("Level").is_number
    assert not schema.get("Active").is_number and schema.get("Active").type == "boolean"
    assert schema.get("Email").format is None and schema.get("Email").raw["format"] == "email"


def test_guid_property_and_degenerate_bodies():
    schema = Schema.from_response({"properties": {"EmployeeIdentificationData_Guid": {"type": "string"},
                                                  "EmployeeIdentificationData_UserId": {"type": "string"}},
                                   "identity": ["EmployeeIdentificationData_UserId"]})
    assert schema.guid_property() == "EmployeeIdentificationData_Guid"
    empty = Schema.from_response({})
    assert empty.properties == {} and empty.required == () and empty.guid_property() is None
    cyclic = Schema.from_response({"properties": {"A": {"$ref": "#/definitions/a"}},
                                   "definitions": {"a": {"anyOf": [{"$ref": "#/definitions/a"}]}}})
    assert cyclic.get("A").type == "string"
