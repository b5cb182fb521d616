"""The OAuth 2.0 applications the sandbox portal knows: their credentials, scopes and view of the employees.

Three applications share the public demo secret (README, "OAuth applications"):

- ``demo-client``: every Bulk API scope and ``employee:read``; sees every employee.
- ``constrained-client``: the same scopes, but its service account holds "Employee API - View -
  Constrained" (employee-ou-api-facts.md §1 "Scopes and permissions"): the Employee API lists only the
  employees of the divisions in the ``constrained_view`` setting (and their sub-divisions). The Bulk API
  permissions cannot be constrained (§4 "Permissions per load type"), so its loads reach everyone.
- ``bulk-only-client``: the Bulk API scopes only, as an application registered before Employee API v2,
  whose scopes must be selected explicitly (§1, help.csod.com "Employee API v2").
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from csod_desktop import facts
from csod_desktop.sandbox.errors import BadRequest, InvalidCredentials

CLIENT_ID = "demo-client"
CONSTRAINED_CLIENT_ID = "constrained-client"
BULK_ONLY_CLIENT_ID = "bulk-only-client"
CLIENT_SECRET = "demo-secret"
BULK_SCOPES = ("bulkapijob:read", "bulkapiimport:read", "bulkapischema:read", "bulkapijob:create",
               "bulkapiimport:load", "bulkapispecification:read", "bulkapipermission:read")
PEOPLE_SCOPES = tuple(dict.fromkeys((facts.EMPLOYEE_READ_SCOPE, facts.OU_READ_SCOPE)))
SCOPES = BULK_SCOPES + PEOPLE_SCOPES


@dataclass(frozen=True)
class App:
    """One OAuth application: what it may ask for, and whether its employee view is constrained."""

    client_id: str
    scopes: tuple[str, ...]
    constrained: bool = False


APPS = {
    CLIENT_ID: App(CLIENT_ID, SCOPES),
    CONSTRAINED_CLIENT_ID: App(CONSTRAINED_CLIENT_ID, SCOPES, constrained=True),
    BULK_ONLY_CLIENT_ID: App(BULK_ONLY_CLIENT_ID, BULK_SCOPES),
}


def grant(body: Any) -> tuple[App, list[str]]:
    """(application, granted scopes) for a token request, or the 400 the token endpoint answers.

    ``scope`` omitted grants every scope of the application. A scope the portal does not know, or one the
    application was not given, is a 400 (the OAuth ``invalid_scope`` answer; Cornerstone's is unpublished).
    """
    if not isinstance(body, dict):
        raise BadRequest("The token request body must be a JSON object.")
    if body.get("grantType") != "client_credentials":
        raise InvalidCredentials("grantType must be client_credentials.")
    client_id = str(body.get("clientId", ""))
    app = APPS.get(client_id)
    ok_id = app is not None and secrets.compare_digest(client_id, app.client_id)
    ok_secret = secrets.compare_digest(str(body.get("clientSecret", "")), CLIENT_SECRET)
    if app is None or not (ok_id and ok_secret):
        raise InvalidCredentials()
    asked = str(body.get("scope") or "").split()
    unknown = [s for s in asked if s not in SCOPES]
    if unknown:
        raise BadRequest(f"Unknown scope(s): {' '.join(unknown)}.")
    refused = [s for s in asked if s not in app.scopes]
    if refused:
        raise BadRequest(f"The application {app.client_id} was not given the scope(s): {' '.join(refused)}.",
                         description="Select the scopes of the API application in API Management.")
    return app, asked or list(app.scopes)
