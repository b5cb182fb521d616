"""PortalReader: the Employee API v2 and OU API list endpoints, page by page, with their own token.

The reads use a second token of the same OAuth application (scope ``employee:read``), so that an
application with only the Bulk scopes keeps working exactly as before: whatever the portal answers here
ends as :class:`~csod_desktop.errors.PortalDataUnavailable`, and the checks that need no portal data go on.

Paging is tolerant of every open question of ``shared/reference/employee-ou-api-facts.md`` §1 "Paging"
and "Response shapes": the envelope or a bare array, the token key in any case, ``count`` as the page's
or the listing's, a last page with the token absent, null or empty, and where the token goes back (the
query parameter ``nextPageToken``, else ``pageToken``, else a ``nextPageToken`` header: a placement the
portal ignores shows as page 1 coming back, and the next one is tried).
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from csod_desktop import facts
from csod_desktop.api.auth import ClientCredentialsAuth
from csod_desktop.api.errors import status_error, transport_error
from csod_desktop.api.transports import READ, RETRY, send_signed
from csod_desktop.errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    PortalDataUnavailable,
    PortalValidationError,
)
from csod_desktop.i18n import number, translate

#: The token of these reads asks for the Employee API scope and the OU API's (our choice, facts.py).
PORTAL_READ_SCOPES = " ".join(dict.fromkeys((facts.EMPLOYEE_READ_SCOPE, facts.OU_READ_SCOPE)))
#: Page sizes tried in turn: the maximum ``pageSize`` is unpublished (§1 "Paging" [unknown]); a 400 on the
#: first page means "too many", and None finally leaves the portal's default (50 / 100).
PAGE_SIZES: tuple[int | None, ...] = (1000, 500, 200, None)
#: Where the page token may go back (§1 "Paging": "How the token is sent back for page 2" [unknown]).
TOKEN_PLACEMENTS: tuple[tuple[str, str], ...] = (("query", "nextPageToken"), ("query", "pageToken"),
                                                 ("header", "nextPageToken"))
#: How every "off" sentence below begins in English (the window's tests look for it; the sentences are
#: translated whole, each with these words in its own language).
OFF = "Checks against your portal's data are off:"


def scope_hint() -> str:
    """What the API application needs to read the portal's employees and OUs."""
    return translate(
        "portal data",
        "In Cornerstone's API Management, add the Employee API v2 scope employee:read to this API "
        "application, and give its user 'Employee API - View'; the Employee/OU API is enabled through "
        "Edge Marketplace.",
    )


def __getattr__(name: str) -> str:
    # SCOPE_HINT was a constant: read now, in the window's language (ui.portal_panel imports it).
    if name == "SCOPE_HINT":
        return scope_hint()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Page:
    """One page of a listing. ``first``: a listing (re)starts here, forget earlier pages of it."""

    items: list[dict[str, Any]]
    number: int
    first: bool
    total: int | None = None  # the listing's size, when the portal's ``count`` can only mean that


def _lower_get(mapping: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    wanted = name.lower()
    for key, value in mapping.items():
        if isinstance(key, str) and key.lower() == wanted:
            return True, value
    return False, None


def parse_list(body: Any) -> tuple[list[dict[str, Any]], str | None, int | None]:
    """(items, next page token or None, count or None) of a list answer, envelope or bare array."""
    if isinstance(body, list):
        return [i for i in body if isinstance(i, dict)], None, None
    if not isinstance(body, dict):
        raise ApiError("The portal's answer to a list request could not be understood (not a list).")
    found, data = _lower_get(body, "data")
    if not found or not isinstance(data, list):
        raise ApiError("The portal's list answer has no data array.")
    _, token = _lower_get(body, "nextPageToken")
    _, count = _lower_get(body, "count")
    token = str(token).strip() if token not in (None, "") else None
    count = count if isinstance(count, int) and not isinstance(count, bool) else None
    return [i for i in data if isinstance(i, dict)], token or None, count


def _signature(items: list[dict[str, Any]]) -> tuple[Any, ...]:
    return tuple(i.get("id", i.get("externalId")) for i in items[:5])


class PortalReader:
    """The list endpoints of the Employee and OU APIs for one portal, within the documented throttles."""

    def __init__(self, transport: httpx.BaseTransport, root_url: str, auth: ClientCredentialsAuth) -> None:
        self.root_url = root_url.rstrip("/")
        #: The Bulk API client's layers (retry of reads, the shared throttle budget, one log line per call):
        #: these reads take their slots in their own buckets (``api.governor.bucket_for``).
        self.transport = transport
        self.auth = auth
        self._placement = 0  # index in TOKEN_PLACEMENTS, learned once per reader
        self._placement_confirmed = False
        self.requests = 0  # calls sent (tests, the benchmark)

    # ------------------------------------------------------------------------------ listings

    def employee_pages(self, **filters: Any) -> Generator[Page, None, None]:
        """Every employee the application may see (active and inactive: no ``status`` filter)."""
        yield from self.pages(facts.EMPLOYEES_PATH, filters, what=translate("portal data", "reading the portal's employees"))

    def ou_type_list(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for page in self.pages(facts.OU_TYPES_PATH, {}, what=translate("portal data", "reading the portal's OU types")):
            items = list(page.items) if page.first else items + page.items
        return items

    def ou_pages(self, type_id: Any) -> Generator[Page, None, None]:
        yield from self.pages(facts.OUS_PATH, {"typeId": type_id}, what=translate("portal data", "reading the portal's OUs"))

    def pages(self, path: str, filters: Mapping[str, Any], *, what: str) -> Generator[Page, None, None]:
        """Pages of one listing. A refused page token (expired: 5 minutes, §1) starts the listing again (twice
        at most); a page that starts with a ``first`` page replaces whatever came before it."""
        restarts = 0
        size_index = 0
        while True:
            params = dict(filters)
            size = PAGE_SIZES[size_index]
            if size is not None:
                params["pageSize"] = size
            try:
                body = self.get(path, params, what=what)
            except PortalValidationError:
                if size_index + 1 >= len(PAGE_SIZES):
                    raise
                size_index += 1  # the portal's maximum page size is smaller: ask for less
                continue
            items, token, count = parse_list(body)
            total = count if count is not None and count > len(items) else None
            yield Page(items, 1, True, total)
            first = _signature(items)
            seen = {token}
            number = 1
            restart = False
            while token:
                try:
                    body = self._next_page(path, params, token, what)
                except PortalValidationError:
                    # A refused token: expired (5 minutes), or sent back where this portal does not want it.
                    # An expired one is fixed by starting again; a fresh one refused again means the place.
                    if not self._placement_confirmed and restarts >= 1 and self._placement + 1 < len(TOKEN_PLACEMENTS):
                        self._placement += 1
                        continue
                    if restarts >= 2:
                        raise
                    restarts, restart = restarts + 1, True
                    break
                items, next_token, _count = parse_list(body)
                if items and _signature(items) == first and not self._placement_confirmed:
                    # Page 1 came back: the portal ignored the token where we put it.
                    if self._placement + 1 >= len(TOKEN_PLACEMENTS):
                        raise ApiError(
                            translate("portal data", "The portal's pages could not be followed while {what}: every "
                                                     "way of sending the page token back was ignored.").format(what=what),
                            hint=translate("portal data", "Report this to csod-desktop's maintainers with the "
                                                          "portal's API version."))
                    self._placement += 1
                    continue
                self._placement_confirmed = True
                number += 1
                yield Page(items, number, False, total)
                if not items or next_token in seen:
                    break  # an empty page or a token seen before: the listing is over
                seen.add(next_token)
                token = next_token
            if not restart:
                return

    def _next_page(self, path: str, params: Mapping[str, Any], token: str, what: str) -> Any:
        kind, name = TOKEN_PLACEMENTS[self._placement]
        # The filters and pageSize go again with the token: harmless if the token carries them (§1 [unknown]).
        if kind == "header":
            return self.get(path, params, what=what, headers={name: token})
        return self.get(path, {**params, name: token}, what=what)

    # ------------------------------------------------------------------------------ one call

    def get(self, path: str, params: Mapping[str, Any] | None = None, *, what: str = "",
            headers: Mapping[str, str] | None = None) -> Any:
        """One GET through the client's layers (its bucket's budget, retried on 429, 5xx and dropped
        connections); JSON back, or PortalDataUnavailable when this application may not read it."""
        request = httpx.Request("GET", self.root_url + path, params=dict(params or {}),
                                headers={"Accept": "application/json", **dict(headers or {})},
                                extensions={RETRY: READ})
        self.requests += 1
        try:
            response = send_signed(self.transport, self.auth, request)
        except httpx.HTTPError as exc:
            raise transport_error(exc, what=what, host=request.url.host) from exc
        except AuthenticationError as exc:
            # Our secret works for the Bulk API token: a refused token here is the scope (sandbox
            # README; Cornerstone's answer to an unselected scope is unpublished).
            raise PortalDataUnavailable(
                translate("portal data", "Checks against your portal's data are off: the portal refused a token "
                                         "with the scope {scopes} (HTTP {status}), so the API application does not "
                                         "have it.").format(scopes=PORTAL_READ_SCOPES, status=exc.status),
                status=exc.status, hint=scope_hint()) from exc
        status = response.status_code
        if status < 400:
            return self._json(response, what)
        error = status_error(response, what=what)
        if isinstance(error, (PermissionDeniedError, NotFoundError)):
            raise PortalDataUnavailable(_unavailable(status, what), status=status, hint=scope_hint()) from error
        raise error

    @staticmethod
    def _json(response: httpx.Response, what: str) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise ApiError(translate("portal data", "The portal's answer while {what} was not JSON.").format(what=what),
                           status=response.status_code) from exc

    def check(self) -> str:
        """One small read of each API (one employee, the OU types); a sentence saying what it saw.

        Raises PortalDataUnavailable when either cannot be read with this application.
        """
        employees = self.get(facts.EMPLOYEES_PATH, {"pageSize": 1}, what=translate("portal data", "reading one employee"))
        items, _token, _count = parse_list(employees)
        types = self.ou_type_list()
        if items:
            sentence = translate("portal data", "The Employee API and the OU API answer ({count} OU types); Review "
                                                "checks your files against the portal's employees and OUs.")
        else:
            sentence = translate("portal data", "The Employee API and the OU API answer ({count} OU types); Review "
                                                "checks your files against the portal's employees and OUs (no "
                                                "employee visible yet).")
        return sentence.format(count=number(len(types)))


def _unavailable(status: int, what: str) -> str:
    if status == 404:
        return translate("portal data", "Checks against your portal's data are off: the Employee/OU API is not "
                                        "enabled on this portal (HTTP 404 while {what}).").format(what=what)
    return translate("portal data", "Checks against your portal's data are off: the API application may not read "
                                    "the portal's employees or OUs (HTTP {status} while {what}); it needs the "
                                    "employee:read scope and the 'Employee API - View' permission."
                     ).format(status=status, what=what)


def reader_for(transport: httpx.BaseTransport, root_url: str, auth: ClientCredentialsAuth) -> PortalReader:
    """A reader beside a Bulk API client: the same application (a token of its own scopes) and layers."""
    return PortalReader(transport, root_url, auth.with_scopes(PORTAL_READ_SCOPES))


__all__ = ["PAGE_SIZES", "PORTAL_READ_SCOPES", "TOKEN_PLACEMENTS", "Page", "PortalReader", "parse_list", "reader_for"]
