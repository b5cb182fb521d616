"""The sandbox portal's processing of one import, built on the client's own ``validate()``.

The data rules (required fields, dependencies, lengths, enums, dates, numbers, duplicates) are the
ones of ``csod_desktop.core.validation``: one implementation serves the client and the portal (issue 4).
This module adds what only the portal knows: the body as received (CSV per RFC 4180 or a JSON
array), references resolved against the portal and the other imports of the job, inactive users
and OUs, records identical to the stored ones, ``ReconcileUsers``, defaults and the report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import polars as pl

from csod_desktop import facts
from csod_desktop.core import rules
from csod_desktop.core.problems import Severity
from csod_desktop.core.schema import Property, Schema
from csod_desktop.core.validation import ValidationResult, validate

# Records past 1,000,000 are dropped silently; wider payloads than 300 columns are refused when posted.
MAX_RECORDS = facts.MAX_RECORDS
MAX_COLUMNS = facts.MAX_COLUMNS
EMPLOYEE = "chr.employee"
USER_ID = "EmployeeIdentificationData_UserId"
USERNAME = "EmployeeIdentificationData_Username"
GUID = "EmployeeIdentificationData_Guid"
REPORT_COLUMNS = ("Loaded", "Errors", "Warnings")
_JOIN = " | "  # between messages in one report cell: "; " already separates multi-checkbox values


class PortalView(Protocol):
    """The portal as processing sees it (implemented by ``csod_desktop.sandbox.portal.PortalView``)."""

    def user(self, user_id: str) -> dict[str, Any] | None: ...

    def ou(self, load_type: str, ou_id: str) -> dict[str, Any] | None: ...

    def all_user_ids(self) -> Iterable[str]: ...


class JobRefs(Protocol):
    """Ids provided by the other imports of the same job."""

    users: set[str]
    ous: dict[str, set[str]]


@dataclass
class RecordOutcome:
    """What happened to one record of the payload."""

    values: dict[str, str | None]
    loaded: bool
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_identical: bool = False


@dataclass
class ImportCounts:
    """The status counts of the quick start's Step 6 (successful includes those with warnings)."""

    total_records: int = 0
    successful_records: int = 0
    successful_records_with_warnings: int = 0
    error_records: int = 0


@dataclass
class ImportOutcome:
    """Everything the backend applies after processing: portal writes, counts and the report."""

    header: list[str]
    rows: list[RecordOutcome] = field(default_factory=list)
    upserts: list[dict[str, Any]] = field(default_factory=list)
    deactivate: list[str] = field(default_factory=list)
    error_status: str | None = None
    counts: ImportCounts = field(default_factory=ImportCounts)

    @property
    def total_records(self) -> int:
        return self.counts.total_records

    @property
    def successful_records(self) -> int:
        return self.counts.successful_records

    @property
    def successful_records_with_warnings(self) -> int:
        return self.counts.successful_records_with_warnings

    @property
    def error_records(self) -> int:
        return self.counts.error_records

    def report_csv(self) -> bytes:
        """The payload's header plus Loaded, Errors, Warnings; only records with errors or warnings.

        A clean import's report is the header alone (bulk-api-quick-start.txt, Step 7). RFC 4180, CRLF.
        """
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([*self.header, *REPORT_COLUMNS])
        for row in self.rows:
            if row.errors or row.warnings:
                writer.writerow([*(row.values.get(h) or "" for h in self.header),
                                 "true" if row.loaded else "false", _JOIN.join(row.errors), _JOIN.join(row.warnings)])
        return out.getvalue().encode("utf-8")


class UnreadablePayload(Exception):
    """The body cannot be read at all: the import fails with ``error_status``."""


# --------------------------------------------------------------------------------------------- parsing


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")  # bulk-api-data-format.txt: "UTF encode your payload"
    except UnicodeDecodeError as exc:
        raise UnreadablePayload(
            f"The payload is not UTF-8 text (byte {exc.start} cannot be read). Save the file as UTF-8 and send it again."
        ) from exc


def _json_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # a multi-checkbox sent as a JSON array
        return ";".join(v for v in (_json_value(x) for x in value) if v is not None)
    if isinstance(value, int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


def _parse_json(text: str) -> tuple[list[str], list[list[str | None]], dict[int, str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadablePayload(f"The payload is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from exc
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise UnreadablePayload("A JSON payload must be an array of records, one object per record "
                                "(bulk-api-quick-start.txt, Step 3).")
    header = list(dict.fromkeys(str(k) for item in data for k in item))
    records = [[_json_value(item.get(h)) for h in header] for item in data]
    return header, records, {}


def _parse_csv(text: str) -> tuple[list[str], list[list[str | None]], dict[int, str]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        while header is not None and not any(h.strip() for h in header):
            header = next(reader, None)  # blank lines before the header
        if header is None:
            raise UnreadablePayload("The payload is empty: it has no header line.")
        header = [h.strip() for h in header]
        if any(h == "" for h in header):
            raise UnreadablePayload("The payload's header has an empty column name.")
        repeated = sorted({h for h in header if header.count(h) > 1})
        if repeated:
            raise UnreadablePayload(f"The payload's header repeats the column {repeated[0]}.")
        records: list[list[str | None]] = []
        ragged: dict[int, str] = {}
        width = len(header)
        for fields in reader:
            if not fields or (len(fields) == 1 and fields[0] == "" and width > 1):
                continue  # an empty line (the final CRLF, or a blank line between records)
            if len(fields) != width:
                # RFC 4180: every record has the header's number of fields. An unquoted comma inside a
                # value ("Accountant, San Jose" in the quick start's Step 3) gives one field too many.
                ragged[len(records)] = (
                    f"This record has {len(fields)} values but the header has {width} columns. A value that "
                    "contains a comma, a double quote or a line break must be enclosed in double quotes."
                )
                fields = (fields + [""] * width)[:width]
            records.append(list(fields))
    except csv.Error as exc:
        raise UnreadablePayload(f"The CSV payload cannot be read near line {reader.line_num}: {exc}.") from exc
    return header, records, ragged


def parse_payload(body: bytes, content_type: str) -> tuple[list[str], list[list[str | None]], dict[int, str]]:
    """(header, records, {record index: ragged-row error}) of a CSV or JSON body (gzip already undone)."""
    text = _text(body)
    base = (content_type or "").split(";", 1)[0].strip().lower()
    if base.endswith("json") or (not base and text.lstrip().startswith("[")):
        return _parse_json(text)
    return _parse_csv(text)


# ------------------------------------------------------------------------------------- references


class _KnownRefs:
    """``KnownRefs`` for validate(): the portal, then the other imports of the same job."""

    def __init__(self, portal: PortalView, job_refs: JobRefs) -> None:
        self.portal = portal
        self.job_users = {u.lower() for u in getattr(job_refs, "users", set()) or set()}
        self.job_ous = {k: set(v) for k, v in (getattr(job_refs, "ous", {}) or {}).items()}
        self._lower: dict[str, str] | None = None

    def stored_user(self, user_id: str) -> dict[str, Any] | None:
        record = self.portal.user(user_id)
        if record is None:  # user ids are caseSensitive false in the schema
            if self._lower is None:
                self._lower = {u.lower(): u for u in self.portal.all_user_ids()}
            real = self._lower.get(user_id.lower())
            record = self.portal.user(real) if real is not None else None
        return record

    def user_exists(self, user_id: str) -> bool:
        return self.stored_user(user_id) is not None or user_id.lower() in self.job_users

    def user_active(self, user_id: str) -> bool:
        record = self.stored_user(user_id)
        return True if record is None else rules.setting_flag(record, "active", True)

    def ou_exists(self, load_type: str, ou_id: str) -> bool:
        return self.portal.ou(load_type, ou_id) is not None or ou_id in self.job_ous.get(load_type, set())

    def ou_active(self, load_type: str, ou_id: str) -> bool:
        record = self.portal.ou(load_type, ou_id)
        return True if record is None else rules.setting_flag(record, "active", True)


# -------------------------------------------------------------------------------------- processing


def process_import(load_type: str, schema: Schema, settings: Mapping[str, Any], body: bytes, content_type: str,
                   portal: PortalView, job_refs: JobRefs) -> ImportOutcome:
    """Process one import's payload the way the portal does, without writing anything yet."""
    try:
        header, records, ragged = parse_payload(body, content_type)
    except UnreadablePayload as exc:
        return ImportOutcome(header=[], error_status=str(exc))
    if len(header) > MAX_COLUMNS:
        return ImportOutcome(header=header, error_status=(
            f"The payload has {len(header)} columns; the portal accepts at most {MAX_COLUMNS}."))
    records = records[:MAX_RECORDS]  # bulk-api-facts.md: the rest is dropped silently
    frame = pl.DataFrame(
        {h: [r[i] for r in records] for i, h in enumerate(header)}, schema=dict.fromkeys(header, pl.String)
    )
    refs = _KnownRefs(portal, job_refs)
    # The portal reads every value with the job's one datetime_culture and number_culture
    # (bulk-api-data-format.txt): a date it cannot read fails its record, and one it reads another way
    # is stored as it reads it. It never weighs the column as a whole: that is the client's job.
    result = validate(frame, schema, settings, known_refs=refs, infer_cultures=False)
    return _Outcome(load_type, schema, settings, header, records, ragged, result, refs).build()


class _Outcome:
    """Turns validation problems and the portal's records into per-record outcomes and writes."""

    def __init__(self, load_type: str, schema: Schema, settings: Mapping[str, Any], header: list[str],
                 records: list[list[str | None]], ragged: dict[int, str], result: ValidationResult,
                 refs: _KnownRefs) -> None:
        self.load_type, self.schema, self.settings = load_type, schema, settings
        self.header, self.records, self.ragged, self.result, self.refs = header, records, ragged, result, refs
        self.employee = load_type == EMPLOYEE or schema.is_employee
        self.use_default = rules.setting_flag(settings, "use_default_when_missing", False)
        self.dculture, self.nculture = result.date_culture, result.number_culture

    def build(self) -> ImportOutcome:
        errors: dict[int, list[str]] = {}
        warnings: dict[int, list[str]] = {}
        skipped: set[tuple[int, str]] = set()
        file_errors: list[str] = []
        for p in self.result.problems.iter_rows(named=True):
            if p["row"] == 0:
                if p["severity"] == Severity.ERROR.value:
                    file_errors.append(p["message"])
                continue  # file-level warnings (unknown columns) do not belong to a record
            target = errors if p["severity"] == Severity.ERROR.value else warnings
            target.setdefault(p["row"] - 1, []).append(p["message"])
            if p["rule"] == "reference" and p["severity"] == Severity.WARNING.value:
                skipped.add((p["row"] - 1, p["column"]))  # a custom relation to nobody: skip the relation
        outcome = ImportOutcome(header=self.header)
        counts = outcome.counts
        for i, raw in enumerate(self.records):
            values = dict(zip(self.header, raw, strict=True))
            # A ragged record's other "problems" come from its shifted values: report the cause alone.
            errs = [self.ragged[i]] if i in self.ragged else [*file_errors, *errors.get(i, [])]
            warns = [] if i in self.ragged else list(warnings.get(i, []))
            row = RecordOutcome(values=values, loaded=False, errors=errs, warnings=warns)
            if not errs:
                self._load(i, row, values, skipped, outcome)
            row.loaded = not row.errors
            outcome.rows.append(row)
            counts.total_records += 1
            if row.loaded:
                counts.successful_records += 1
                counts.successful_records_with_warnings += bool(row.warnings)
            else:
                counts.error_records += 1
        if self.employee and rules.setting_flag(self.settings, "ReconcileUsers", False):
            outcome.deactivate = self._reconcile()
        return outcome

    # ---------------------------------------------------------------------------------- one record

    def _stored(self, record: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
        """(stored record, error) for the record's identity."""
        if self.employee:
            user_id = record.get(USER_ID)
            if user_id:
                return self.refs.stored_user(str(user_id)), None
            guid = record.get(GUID)
            by_guid = getattr(self.refs.portal, "user_by_guid", None)
            stored = by_guid(str(guid)) if guid and by_guid is not None else None
            if stored is None:
                # LoadPrimaryKey 1 updates existing employees: a GUID names someone the portal made.
                return None, f"No employee has the GUID '{guid}', and the record has no User ID to create one."
            return stored, None
        ou_id = record.get(self.schema.identity[0] if self.schema.identity else "ouRefId")
        return (self.refs.portal.ou(self.load_type, str(ou_id)) if ou_id else None), None

    def _load(self, i: int, row: RecordOutcome, values: Mapping[str, str | None], skipped: set[tuple[int, str]],
              outcome: ImportOutcome) -> None:
        record: dict[str, Any] = {}
        empty: list[Property] = []
        for name, raw in values.items():
            prop = self.schema.get(name)
            if prop is None or (i, name) in skipped:
                continue  # unknown columns are not loaded; a skipped relation keeps its stored value
            value = rules.apply_trim(raw, prop.trim)
            if value is None or value == "":
                empty.append(prop)
            else:
                record[name] = self._canonical(prop, value)
        stored, error = self._stored(record)
        if error:
            row.errors.append(error)
            return
        for prop in empty:
            # bulk-api-data-format.txt, use_default_when_missing: a new record always takes the field's
            # default; an existing one takes it only when the setting is true, else the field is left alone.
            if prop.default is not None and (stored is None or self.use_default):
                record[prop.name] = self._canonical(prop, prop.default) if prop.default != "" else ""
        if self.employee:
            if stored is not None:
                record[USER_ID] = stored.get(USER_ID, record.get(USER_ID))  # the portal's spelling of the id
            elif not record.get(USERNAME) and record.get(USER_ID):
                record[USERNAME] = record[USER_ID]  # data format: no username -> the user id is copied
        if stored is not None and self._identical(record, stored):
            row.skipped_identical = True  # quick start, "modification history": unchanged records are skipped
            return
        outcome.upserts.append(record)

    def _canonical(self, prop: Property, value: Any) -> Any:
        """The stored form: dates ISO, numbers with a dot, enums as the schema spells them; typed for OUs."""
        text = str(value)
        typed = not self.employee  # OU records keep JSON numbers and booleans (sandbox seed format)
        if prop.multi:
            good, _ = rules.match_multi(text, prop)
            return ";".join(good)
        if prop.is_enum:
            return rules.match_enum(text, prop) or text
        if prop.is_date:
            date = rules.parse_date(text, self.dculture)
            return date.isoformat() if date else text
        if prop.type == "boolean":
            flag = value if isinstance(value, bool) else rules.parse_bool(text)
            if flag is None:
                return text
            return flag if typed else ("true" if flag else "false")
        if prop.is_number:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value if typed else str(value)
            number = rules.parse_number(text, self.nculture)
            if number is None:
                return text
            if typed:
                return int(number) if prop.type == "integer" else float(number)
            return format(number, "f")
        return text

    def _identical(self, record: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
        """True when every field sent equals the stored one (in its canonical form)."""
        return all(self._same(self.schema.get(name), value, stored.get(name)) for name, value in record.items())

    @staticmethod
    def _same(prop: Property | None, new: Any, old: Any) -> bool:
        if _blank(new) or _blank(old):
            return _blank(new) and _blank(old)
        a, b = str(new), str(old)
        if prop is None:
            return a == b
        if prop.type == "boolean":
            return rules.parse_bool(a) == rules.parse_bool(b)
        if prop.is_number:
            x, y = rules.parse_number(a, "en-US"), rules.parse_number(b, "en-US")
            return x is not None and x == y
        if prop.multi:
            return {v.casefold() for v in rules.split_multi(a)} == {v.casefold() for v in rules.split_multi(b)}
        if prop.is_enum or (prop.reference_type is not None and not prop.case_sensitive):
            return a.casefold() == b.casefold()
        return a == b

    def _reconcile(self) -> list[str]:
        """ReconcileUsers: every active employee missing from the payload is deactivated (quick start, Step 4)."""
        present = {str(v).strip().lower() for r in self.records for h, v in zip(self.header, r, strict=True)
                   if h in (USER_ID, GUID) and v}
        result = []
        for user_id in self.refs.portal.all_user_ids():
            stored = self.refs.portal.user(user_id) or {}
            if user_id.lower() in present or str(stored.get(GUID, "")).lower() in present:
                continue
            if rules.setting_flag(stored, "active", True):
                result.append(user_id)
        return result


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")
