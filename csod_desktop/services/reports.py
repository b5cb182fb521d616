"""Import reports: served from the local cache, downloaded at most once per need, within the ledger's cap.

A report can be downloaded five times, ever (bulk-api-facts.md, "Capacity and data limits"). Every
download is recorded in the ledger before it is sent (``store.ledger``); the downloaded full report is
cached and every later view (full, errors, warnings) is derived from that copy, never downloaded again.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping as MappingABC
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csod_desktop.errors import (
    ApiError,
    ConfigError,
    NetworkError,
    NotFoundError,
    ReportExpiredError,
    ReportQuotaError,
)
from csod_desktop.store.journal import Journal
from csod_desktop.store.ledger import PORTAL_DOWNLOAD_LIMIT
from csod_desktop.store.records import (
    REPORT_CAPPED,
    REPORT_EXHAUSTED,
    REPORT_EXPIRED,
    REPORT_FAILED,
    REPORT_NOT_READY,
    REPORT_OWED_STATES,
    REPORT_SAVED,
)
from csod_desktop.i18n import number, translate

if TYPE_CHECKING:
    import polars

    from csod_desktop.api import BulkApiClient

log = logging.getLogger(__name__)

VARIANTS = ("full", "errors", "warnings")
#: Flag values meaning "this record was loaded" (bulk-api-facts.md, "Shapes nobody has published": parse
#: tolerantly, any case).
TRUE_FLAGS = frozenset({"true", "yes", "y", "loaded", "1", "t"})
FALSE_FLAGS = frozenset({"false", "no", "n", "not loaded", "notloaded", "0", "f", ""})


# ------------------------------------------------------------------------------------------ parsing


@dataclass
class ParsedReport:
    """A report CSV: the header, the rows as strings, and where the Loaded / Errors / Warnings columns are.

    Extra columns the portal adds are kept as they are (bulk-api-facts.md: "show whatever extra columns
    arrive").
    """

    header: list[str]
    rows: list[list[str]]
    loaded_col: int | None = None
    errors_col: int | None = None
    warnings_col: int | None = None

    @property
    def data_columns(self) -> list[str]:
        """The columns that came from the payload (the header minus the three flag columns)."""
        flags = {self.loaded_col, self.errors_col, self.warnings_col}
        return [name for index, name in enumerate(self.header) if index not in flags]

    def _cell(self, row: list[str], col: int | None) -> str:
        return row[col].strip() if col is not None and col < len(row) else ""

    def loaded(self, row: list[str]) -> bool | None:
        """True/False from the Loaded flag; None when there is no such column or the value is unknown."""
        if self.loaded_col is None:
            return None
        text = self._cell(row, self.loaded_col).lower()
        if text in TRUE_FLAGS:
            return True
        if text in FALSE_FLAGS:
            return False
        return None

    def errors(self, row: list[str]) -> str:
        return self._cell(row, self.errors_col)

    def warnings(self, row: list[str]) -> str:
        return self._cell(row, self.warnings_col)

    def error_rows(self) -> list[list[str]]:
        """Rows with an error; with no Errors column, rows flagged as not loaded."""
        if self.errors_col is None:
            return [r for r in self.rows if self.loaded(r) is False]
        return [r for r in self.rows if self.errors(r)]

    def warning_rows(self) -> list[list[str]]:
        return [r for r in self.rows if self.warnings(r)]

    def problem_cells(self, row: list[str]) -> dict[int, str]:
        """The cells of ``row`` its Errors and Warnings name: {column index: "error" | "warning"}.

        The report's messages are free text (bulk-api-facts.md, "Shapes nobody has published"): a cell
        is named when a message quotes its value ('SUP_999') or names its column (its property name, or
        that name in words: "First Name" for PersonData_NameData_FirstName). Errors win over warnings.
        """
        marks: dict[int, str] = {}
        for kind, text in (("warning", self.warnings(row)), ("error", self.errors(row))):
            if not text:
                continue
            for index in named_cells(self.header, row, text, skip={self.loaded_col, self.errors_col,
                                                                     self.warnings_col}):
                marks[index] = kind
        return marks

    def error_counts(self) -> Counter[str]:
        """Errors grouped by message, most frequent first (``Counter.most_common``)."""
        return Counter(self.errors(r) for r in self.error_rows() if self.errors(r))

    def to_csv(self, rows: list[list[str]] | None = None) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.header)
        writer.writerows(self.rows if rows is None else rows)
        return out.getvalue().encode("utf-8")

    def variant(self, name: str) -> bytes:
        """The CSV of one view: ``full``, ``errors`` or ``warnings`` (derived here, never downloaded)."""
        if name == "full":
            return self.to_csv()
        if name == "errors":
            return self.to_csv(self.error_rows())
        if name == "warnings":
            return self.to_csv(self.warning_rows())
        raise ConfigError(translate("reports", "Unknown report view {name!r}: use full, errors or warnings.").format(name=name))

    def frame(self) -> polars.DataFrame:
        """The report as a polars DataFrame of strings (header names made unique), for table views."""
        import polars as pl  # noqa: PLC0415 (only the window needs frames)

        names: list[str] = []
        seen: Counter[str] = Counter()
        for name in self.header:
            seen[name] += 1
            names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
        width = len(names)
        columns = {
            name: [row[i] if i < len(row) else None for row in self.rows] for i, name in enumerate(names)
        }
        if not width:
            return pl.DataFrame()
        return pl.DataFrame(columns, schema={name: pl.String for name in names})


_QUOTED = re.compile(r"""'([^']{1,200})'|"([^"]{1,200})"|‘([^’]{1,200})’|“([^”]{1,200})”""")


def column_words(name: str) -> str:
    """A property name as a title would say it: ``PersonData_NameData_FirstName`` -> "first name"."""
    last = name.rsplit("_", 1)[-1].lstrip("\ufeff")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", last).replace("#", " ").strip().lower()


def named_cells(header: list[str], row: list[str], message: str, *, skip: set[int | None] = frozenset()) -> list[int]:
    """The columns of ``row`` a report message is about: it quotes their value or names them."""
    by_name, quoted = _message_refs(tuple(header), message)
    found: list[int] = []
    for index in range(len(header)):
        if index in skip:
            continue
        value = row[index].strip() if index < len(row) else ""
        if index in by_name or (value and value in quoted):
            found.append(index)
    return found


@functools.lru_cache(maxsize=4096)
def _message_refs(header: tuple[str, ...], message: str) -> tuple[frozenset[int], frozenset[str]]:
    """(columns a message names, values it quotes): a big report repeats few messages, worked out once each."""
    quoted = frozenset(next(g for g in match.groups() if g is not None).strip() for match in _QUOTED.finditer(message))
    lowered = message.lower()
    names = frozenset(index for index, name in enumerate(header)
                      if _mentions(lowered, name.lower()) or (len(column_words(name)) > 2 and
                                                               _mentions(lowered, column_words(name))))
    return names, quoted


def _mentions(text: str, words: str) -> bool:
    return bool(words) and re.search(rf"(?<![\w]){re.escape(words)}(?![\w])", text) is not None


def _find(header: list[str], name: str) -> int | None:
    wanted = name.lower()
    for index, text in enumerate(header):
        if text.strip().lstrip("\ufeff").lower() == wanted:
            return index
    return None


def parse_report(data: bytes) -> ParsedReport:
    """Parse a report CSV tolerantly: BOM or not, any flag spelling, short or long rows kept as they are."""
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return ParsedReport(header=[], rows=[])
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    return ParsedReport(
        header=header,
        rows=rows,
        loaded_col=_find(header, "Loaded"),
        errors_col=_find(header, "Errors"),
        warnings_col=_find(header, "Warnings"),
    )


# ----------------------------------------------------------------------------- when a report is not saved


def failure_state(exc: BaseException) -> str:
    """The journal's report state (``store.records``, REPORT_*) after a download that raised ``exc``."""
    if isinstance(exc, ReportExpiredError):
        return REPORT_EXPIRED
    if isinstance(exc, ReportQuotaError):
        # The portal's 410 carries the status; our own cap refuses before sending (no status).
        return REPORT_EXHAUSTED if exc.status == 410 else REPORT_CAPPED
    if isinstance(exc, NotFoundError):
        return REPORT_NOT_READY
    return REPORT_FAILED


class _Sentences(MappingABC[str, str]):
    """A report state's sentence, looked up in the window's language each time it is read (a dict of
    English sentences would be fixed when this module is imported, before any language is installed)."""

    def __init__(self, sentences: dict[str, Callable[[], str]]) -> None:
        self._sentences = sentences

    def __getitem__(self, state: str) -> str:
        return self._sentences[state]()

    def __iter__(self) -> Iterator[str]:
        return iter(self._sentences)

    def __len__(self) -> int:
        return len(self._sentences)


#: What became of a report that was not saved, one sentence per state (the CLI, the JSON and the window).
STATE_TEXT: MappingABC[str, str] = _Sentences({
    REPORT_NOT_READY: lambda: translate("reports", "not saved: the portal did not have it ready yet (it still "
                                                   "answered 404)"),
    REPORT_FAILED: lambda: translate("reports", "not saved: the download failed"),
    REPORT_CAPPED: lambda: translate("reports", "not saved: this app's download cap for it is reached"),
    REPORT_EXHAUSTED: lambda: translate("reports", "not saved: the portal answered 410, its five downloads are "
                                                   "spent"),
    REPORT_EXPIRED: lambda: translate("reports", "not saved: Cornerstone no longer keeps it (30 days)"),
})


#: The same truth for the window's Results step, with what the administrator can do there.
WINDOW_ADVICE: MappingABC[str, str] = _Sentences({
    REPORT_NOT_READY: lambda: translate(
        "reports", "Cornerstone has not made this report available yet (it answers 404 for a while after an "
        "import completes). Open these results again in a few minutes: it is downloaded then, and a 404 spends no "
        "download."),
    REPORT_FAILED: lambda: translate(
        "reports", "The report could not be downloaded. Open these results again when the portal answers: it is "
        "downloaded then."),
    REPORT_CAPPED: lambda: translate(
        "reports", "This app's download cap for the report is reached. Raise the cap in Settings (at most 5) to "
        "download it."),
    REPORT_EXHAUSTED: lambda: translate(
        "reports", "Cornerstone will not serve this report again: its five downloads are spent. The import's "
        "counts stay in the History step."),
    REPORT_EXPIRED: lambda: translate(
        "reports", "Cornerstone no longer keeps this report (results are kept 30 days). The import's counts stay "
        "in the History step."),
})


def can_fetch_later(state: str | None) -> bool:
    """Whether asking again later can get the report: owed (404, a failure), or past our own cap."""
    return state in (*REPORT_OWED_STATES, REPORT_CAPPED)


# ------------------------------------------------------------------------------------------ service


@dataclass
class ReportResult:
    """A report as served: the bytes of the asked view, whether they came from the cache, the ledger count."""

    import_id: str
    variant: str
    data: bytes
    from_cache: bool
    path: Path | None
    downloads_used: int
    cap: int
    downloaded_at: datetime | None = None
    #: A sentence shown above the report when something needs saying (expired, quota spent on the portal).
    notice: str | None = None
    _parsed: ParsedReport | None = field(default=None, repr=False)

    @property
    def usage_text(self) -> str:
        return translate("reports", "{used} of {limit} used, cap {cap}").format(
            used=number(self.downloads_used), limit=number(PORTAL_DOWNLOAD_LIMIT), cap=number(self.cap))

    @property
    def parsed(self) -> ParsedReport:
        if self._parsed is None:
            self._parsed = parse_report(self.data)
        return self._parsed


class ReportService:
    """Reports through the ledger (cap), the cache and the API client, in that order."""

    def __init__(self, journal: Journal, client: BulkApiClient | None = None) -> None:
        self.journal = journal
        self.client = client
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def _lock_for(self, import_id: str) -> threading.Lock:
        # Two views opening the same report at once must not both download it: one waits for the other
        # and then finds the cached copy.
        with self._guard:
            return self._locks.setdefault(import_id, threading.Lock())

    @property
    def ledger(self) -> Any:
        return self.journal.ledger

    @property
    def cap(self) -> int:
        return self.ledger.cap

    def downloads_used(self, import_id: str) -> int:
        return self.ledger.downloads_used(import_id)

    def usage_text(self, import_id: str) -> str:
        """"1 of 5 used, cap 4"."""
        return self.ledger.usage_text(import_id)

    def has_cached(self, import_id: str) -> bool:
        return self.ledger.read_cached(import_id) is not None

    def can_download(self, import_id: str) -> bool:
        return self.ledger.remaining(import_id) > 0

    def cached(self, import_id: str, variant: str = "full") -> ReportResult | None:
        """The cached report (any view), or None. Never touches the network."""
        data = self.ledger.read_cached(import_id)
        if data is None:
            return None
        record = self.ledger.cached(import_id)
        parsed = parse_report(data)
        return ReportResult(
            import_id=import_id,
            variant=variant,
            data=data if variant == "full" else parsed.variant(variant),
            from_cache=True,
            path=record.path if record else None,
            downloads_used=self.downloads_used(import_id),
            cap=self.cap,
            downloaded_at=record.downloaded_at if record else None,
            _parsed=parsed if variant == "full" else None,
        )

    def fetch(self, import_id: str, variant: str = "full", *, refresh: bool = False) -> ReportResult:
        """The report of ``import_id``: from the cache when there is one, else one download.

        ``refresh=True`` downloads again even with a cached copy (the window asks the user first). A
        download past the cap raises ReportQuotaError with the count; a 410 or an expired report raises
        too, unless a cached copy exists: then that copy is returned with a ``notice`` saying why.
        """
        if variant not in VARIANTS:
            raise ConfigError(translate("reports", "Unknown report view {variant!r}: use full, errors or "
                                                   "warnings.").format(variant=variant))
        with self._lock_for(import_id):
            try:
                result = self._fetch(import_id, variant, refresh)
            except (ApiError, ConfigError, NetworkError) as exc:
                # A ConfigError (no connection) says nothing of the report; a saved copy stays saved.
                if not isinstance(exc, ConfigError) and not self.has_cached(import_id):
                    self._remember(import_id, failure_state(exc), str(exc))
                raise
            self._remember(import_id, REPORT_SAVED, result.notice)
            return result

    def _remember(self, import_id: str, state: str, note: str | None) -> None:
        """The journal remembers what became of the report, so "not saved" outlives this process."""
        try:
            self.journal.set_report_state(import_id, state, note)
        except Exception:  # noqa: BLE001 - the report itself was served or refused; the bookkeeping must not hide that
            log.warning("could not record the report state of import %s", import_id, exc_info=True)

    def _fetch(self, import_id: str, variant: str, refresh: bool) -> ReportResult:
        if not refresh:
            cached = self.cached(import_id, variant)
            if cached is not None:
                return cached
        if self.client is None:
            raise ConfigError(
                translate("reports", "This report is not saved on this computer and there is no portal "
                                     "connection to download it."),
                hint=translate("reports", "Connect to the portal the import was sent to, then open the report "
                                          "again."),
            )
        # Recorded before sending (raises ReportQuotaError past the cap: nothing is sent).
        request_id = self.ledger.reserve(import_id, "full")
        try:
            data = self.client.report(import_id, "full")
        except ReportExpiredError as exc:
            self.ledger.fail(request_id, counted=False, http_status=exc.status, note="expired")
            return self._fallback(import_id, variant, exc, expired=True)
        except ReportQuotaError as exc:
            self.ledger.exhausted(request_id, note="the portal answered 410")
            return self._fallback(import_id, variant, exc, expired=False)
        except NotFoundError as exc:
            # A 404 serves nothing: it does not spend a download.
            self.ledger.fail(request_id, counted=False, http_status=exc.status, note="not found")
            imp = self.journal.find_import(import_id)
            if imp is None or not imp.finished:
                raise
            # An import we know has completed: its report is late, not lost (bulk-api-facts.md, "[seen]").
            raise NotFoundError(
                translate("reports", "The portal has not made the report of import {import_id} available yet "
                                     "(HTTP 404, which Cornerstone answers for a while after an import "
                                     "completes).").format(import_id=import_id),
                status=exc.status, error_id=exc.error_id,
                hint=translate("reports", "No download was spent. Try again in a few minutes; the app remembers "
                                          "the report is not saved."),
            ) from exc
        except NetworkError as exc:
            # The answer may have been served before the connection dropped: count it.
            self.ledger.fail(request_id, counted=True, note=type(exc).__name__)
            raise
        except ApiError as exc:
            ambiguous = exc.status is None or exc.status >= 500
            self.ledger.fail(request_id, counted=ambiguous, http_status=exc.status, note=type(exc).__name__)
            raise
        parsed = parse_report(data)
        record = self.ledger.store_report(import_id, data, rows=len(parsed.rows))
        self.ledger.confirm(request_id)
        # The log stays English: its facts, not the window's sentence.
        log.info("report of import %s downloaded (%d of %d used, cap %d)", import_id, self.downloads_used(import_id),
                 PORTAL_DOWNLOAD_LIMIT, self.cap)
        return ReportResult(
            import_id=import_id,
            variant=variant,
            data=data if variant == "full" else parsed.variant(variant),
            from_cache=False,
            path=record.path,
            downloads_used=self.downloads_used(import_id),
            cap=self.cap,
            downloaded_at=record.downloaded_at,
            _parsed=parsed if variant == "full" else None,
        )

    def _fallback(self, import_id: str, variant: str, exc: ApiError, *, expired: bool) -> ReportResult:
        """The saved copy, with a notice of why the portal did not serve it (410: expired, or no download left)."""
        cached = self.cached(import_id, variant)
        if cached is None:
            raise exc
        if cached.downloaded_at is None:
            notice = (translate("reports", "Cornerstone no longer keeps this report (30 days). Showing the copy "
                                           "saved on this computer earlier.") if expired
                      else translate("reports", "The portal has no download of this report left (HTTP 410). Showing "
                                                "the copy saved on this computer earlier."))
        else:
            notice = (translate("reports", "Cornerstone no longer keeps this report (30 days). Showing the copy "
                                           "saved on this computer on {when}.") if expired
                      else translate("reports", "The portal has no download of this report left (HTTP 410). Showing "
                                                "the copy saved on this computer on {when}."))
        cached.notice = notice.format(when=cached.downloaded_at.strftime("%Y-%m-%d %H:%M UTC")
                                      if cached.downloaded_at else "")
        return cached
