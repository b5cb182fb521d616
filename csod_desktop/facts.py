"""The Cornerstone API facts csod-desktop builds on, each written once and cited.

Limits, throttles, the https-only callback rule, how a job setting is read, what counts as loopback and
the environment variables we read. The client, the command line, the window and the sandbox all import
them from here; a number or a rule typed anywhere else is a copy waiting to drift.

References are ``../shared/reference/<file>``, "section".
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from csod_desktop.i18n import translate

# --------------------------------------------------------------------------------------- jobs and data

#: A job holds at most 20 imports (bulk-api-facts.md, "Capacity and data limits"; quick start, Step 4).
MAX_IMPORTS_PER_JOB = 20
#: A portal environment queues at most 50 jobs (bulk-api-facts.md, "Capacity and data limits").
MAX_QUEUED_JOBS = 50
#: At most 5 imports of one load type run at once, 15 for custom OUs (same section).
MAX_RUNNING_IMPORTS_PER_TYPE = 5
MAX_RUNNING_CUSTOM_OU_IMPORTS = 15
#: One payload: at most 300 columns and 1,000,000 records; records past 1,000,000 are dropped silently
#: by the portal, so the client splits instead (bulk-api-facts.md, "Capacity and data limits").
MAX_COLUMNS = 300
MAX_RECORDS = 1_000_000
#: Payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip (same section;
#: employee-ou-api-facts.md §4 "Data-limit wording": before or after compression is [unknown]).
GZIP_REQUIRED_OVER = 20 * 1024 * 1024
#: Reports and payloads are kept 30 days from the import's creation (bulk-api-facts.md, same section).
RETENTION_DAYS = 30
#: A report can be downloaded 5 times; the 6th call answers 410 (same section).
MAX_REPORT_DOWNLOADS = 5
#: Tokens last ``expires_in`` seconds, 3600 by default (bulk-api-facts.md, "Hosts and paths").
TOKEN_LIFETIME = 3600

# ------------------------------------------------------------------------------------------- throttles


@dataclass(frozen=True)
class Throttle:
    """A documented call budget: at most this many calls per minute, hour and day."""

    per_minute: int
    per_hour: int
    per_day: int

    def windows(self) -> tuple[tuple[int, int], ...]:
        """(seconds, calls) for each window, shortest first."""
        return ((60, self.per_minute), (3600, self.per_hour), (86400, self.per_day))


#: Bucket names. SHARED is the one five-per-minute bucket of schemas, specification, job creation and
#: job status; REPORTS the report and its errors and warnings variants together (bulk-api-facts.md,
#: "Endpoints, scopes and throttles").
SHARED, DATA, REPORTS, PERMISSIONS = "shared", "data", "reports", "permissions"

#: Two more rows of the Employee/OU throttling table (employee-ou-api-facts.md, §1 "Throttles" and §2
#: "Endpoints"): EMPLOYEE is the three 150-per-minute rows (``GET /employees/*``, ``POST /employees``,
#: ``PATCH /employees/*``) counted together (whether they share a budget is [unknown]; one budget can only
#: be slower, never refused), OU_SPECIFICATIONS is ``GET /organizations/v1/specifications``. The list
#: endpoints the client reads (EMPLOYEES, OUS, OU_TYPES) are below, with their paths.
EMPLOYEE, OU_SPECIFICATIONS = "employee", "ou-specifications"

THROTTLES: dict[str, Throttle] = {
    SHARED: Throttle(5, 300, 7200),
    DATA: Throttle(30, 1800, 43200),
    REPORTS: Throttle(10, 600, 14400),
    # /permissions has no published limit (bulk-api-facts.md): the client keeps it modest and apart, so it
    # never eats into the shared bucket that status polling needs; the sandbox does not throttle it.
    PERMISSIONS: Throttle(5, 300, 7200),
    EMPLOYEE: Throttle(150, 9000, 216000),
    # "5 per minute, 60 per hour" [doc, conflicting] (employee-ou-api-facts.md §3): all three windows
    # apply, so at most 60 calls an hour go however the minute is read.
    OU_SPECIFICATIONS: Throttle(5, 60, 1440),
}

# ------------------------------------------------------------------------ Employee API v2 and OU API

#: The read endpoints of the portal's own data (employee-ou-api-facts.md §1 "Paths and methods", §2
#: "Endpoints"): the employee list, the OU list and the OU types.
EMPLOYEES_PATH = "/services/api/x/users/v2/employees"
OUS_PATH = "/services/api/x/organizations/v1/ous"
OU_TYPES_PATH = "/services/api/x/organizations/v1/types"

#: Throttle buckets of those endpoints: "GET - Bulk" employees 75/min, 4,500/h, 108,000/day (§1 "Throttles");
#: ``/ous`` and ``/types`` 300/min, 18,000/h, 432,000/day each (§2 "Endpoints"). Limits are counted per URI
#: (§3, the Security Module TIP, *inference* for this API), so ``/ous`` and ``/types`` are two buckets.
EMPLOYEES, OUS, OU_TYPES = "employees", "ous", "ou_types"
THROTTLES.update({
    EMPLOYEES: Throttle(75, 4500, 108000),
    OUS: Throttle(300, 18000, 432000),
    OU_TYPES: Throttle(300, 18000, 432000),
})

#: Every Employee API v2 GET needs the scope ``employee:read`` (§1 "Scopes and permissions").
EMPLOYEE_READ_SCOPE = "employee:read"
#: The OU API's scope is unpublished (§2 "Scopes and permissions" [unknown]). Our choice, written in the
#: sandbox README ("Choices where the reference is silent"): the same ``employee:read``, since "one scope can
#: open more than one API endpoint" (§1) and the OU API is part of the same Employee/OU API product.
OU_READ_SCOPE = EMPLOYEE_READ_SCOPE

#: Default page sizes: 50 records on Employee endpoints, 100 on OU endpoints (§1 "Paging").
EMPLOYEE_PAGE_SIZE = 50
OU_PAGE_SIZE = 100
#: A ``nextPageToken`` lives 5 minutes from the response that carried it (§1 "Paging").
PAGE_TOKEN_TTL = 300

# ------------------------------------------------------------------------------------ ReconcileUsers

#: OUR policy, not Cornerstone's: a ReconcileUsers load that would deactivate more than this share of the
#: portal's active employees needs an explicit override (the window's tick box, the CLI's
#: ``--max-deactivations``). Cornerstone itself deactivates whatever is missing, without a limit.
RECONCILE_MAX_SHARE = 0.10


def reconcile_needs_override(deactivations: int, active_employees: int) -> bool:
    """Whether a ReconcileUsers preview crosses our 10% policy (``RECONCILE_MAX_SHARE``)."""
    if deactivations <= 0:
        return False
    if active_employees <= 0:
        return True
    return deactivations > RECONCILE_MAX_SHARE * active_employees


#: The portal's throttle counters, sent with its answers (employee-ou-api-facts.md §3, from Cornerstone's
#: getting-started throttling page): the limit per hour of the call's URI, and what is left of it in the
#: current hour. "Throttling limits are also tracked at the minute level, as the hourly limit / 60."
RATE_LIMIT_HEADER = "x-csod-throttling-rate-limit-urilevel"
REMAINING_HEADER = "x-csod-requests-remaining-urilevel"
#: The window the two headers count in, in seconds.
RATE_LIMIT_WINDOW = 3600

# ------------------------------------------------------------------------------------------ callbacks


def callback_problem(url: str | None) -> str | None:
    """Why ``url`` cannot be a job's callback, or None when it can (or is empty).

    HTTPS only: "Including an HTTP endpoint in this field will result in a validation error"
    (bulk-api-quick-start.txt, Step 4; bulk-api-facts.md, "Capacity and data limits", Callback).
    """
    text = (url or "").strip()
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() != "https":
        return translate("facts", "The callback address must start with https:// (Cornerstone refuses plain http).")
    if not parts.hostname or any(c.isspace() for c in text):
        return translate("facts", "The callback address is not a complete web address (https://host/path).")
    return None


# ------------------------------------------------------------------------------------------- settings


def get_setting(settings: Mapping[str, Any] | None, name: str, default: Any = None) -> Any:
    """A job setting by name, case-insensitively: the quick start writes both ``LoadPrimaryKey`` and
    ``loadprimarykey`` (bulk-api-facts.md, "Load types", settings)."""
    if not settings:
        return default
    wanted = name.lower()
    for key, value in settings.items():
        if str(key).lower() == wanted:
            return value
    return default


#: The words the portal reads as a boolean, for settings and for boolean fields alike (any case).
TRUE_WORDS = frozenset({"true", "1", "yes", "y"})
FALSE_WORDS = frozenset({"false", "0", "no", "n"})


def parse_flag(value: Any) -> bool | None:
    """A boolean as the portal reads it: JSON booleans, 0/1, true/false (any case); None if neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {0: False, 1: True}.get(value)
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return None


def setting_flag(settings: Mapping[str, Any] | None, name: str, default: bool = False) -> bool:
    """A boolean job setting (``ReconcileUsers``, ``AllowInactiveUsers``, ...); unset or unreadable: default."""
    value = get_setting(settings, name, None)
    if value is None or value == "":
        return default
    parsed = parse_flag(value)
    return default if parsed is None else parsed


def reconcile_users(settings: Mapping[str, Any] | None) -> bool:
    """Whether ``ReconcileUsers`` is on: the job then deactivates every active employee missing from the
    payload (bulk-api-facts.md, "Load types", settings). The window, the CLI and the sandbox all ask here."""
    return setting_flag(settings, "ReconcileUsers", False)


# ------------------------------------------------------------------------------------------- loopback


def is_loopback(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (the local sandbox): the only hosts that may be
    reached over plain http, and the ones a proxy is never used for."""
    if not host:
        return False
    host = host.strip().strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str | None) -> bool:
    """True when ``url``'s host is loopback (any scheme)."""
    if not url:
        return False
    try:
        return is_loopback(urlsplit(url.strip()).hostname)
    except ValueError:
        return False


# ---------------------------------------------------------------------------------- environment names

#: The client secret for one run, when no keyring entry or secret file is used (README, "Command line").
SECRET_ENV = "CSOD_CLIENT_SECRET"
#: A file path: the window writes what its first exposure showed there, then closes (``--self-test``'s window
#: check starts the windowed executable with it; README, "Install").
WINDOW_PROBE_ENV = "CSOD_DESKTOP_WINDOW_PROBE"
#: The window's language for this run, over the saved choice and the OS's: ``fr``, ``de``, ``es``,
#: ``pt_BR``, ``en``, or ``pseudo`` (the test locale: every translated string marked and lengthened).
LANGUAGE_ENV = "CSOD_DESKTOP_LANGUAGE"
#: The window's theme for this run, ``light`` or ``dark``, over the OS's colour scheme (tests, screenshots).
THEME_ENV = "CSOD_DESKTOP_THEME"
#: ``off``: no client-side pacing for a portal on this computer (a ``sandbox --relaxed`` that an integrator's
#: own tests drive). Ignored for every other portal: a real one is always paced (README, "Command line").
PACING_ENV = "CSOD_DESKTOP_PACING"


def pacing_off(root_url: str | None, environ: Mapping[str, str]) -> bool:
    """True when :data:`PACING_ENV` turns the client's pacing off and ``root_url`` is loopback."""
    return environ.get(PACING_ENV, "").strip().lower() == "off" and is_loopback_url(root_url)
