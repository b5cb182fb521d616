"""The report ledger: recorded before sending, a local cap below five, the count survives a restart."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

import pytest

from csod_desktop.errors import ConfigError, ReportQuotaError
from csod_desktop.store.journal import Journal


def test_cap_defaults_to_four_and_refuses_with_the_count():
    with Journal() as journal:
        ledger = journal.ledger
        assert ledger.cap == 4
        for _ in range(4):
            ledger.confirm(ledger.reserve("imp-1"))
        with pytest.raises(ReportQuotaError) as info:
            ledger.reserve("imp-1")
        assert "4 of 5 downloads used; the cap is 4" in str(info.value)
        assert ledger.usage_text("imp-1") == "4 of 5 used, cap 4"
        assert ledger.remaining("imp-1") == 0 and ledger.remaining("imp-2") == 4
        assert len(ledger.entries("imp-1")) == 4  # the refusal sent nothing and recorded nothing


@pytest.mark.parametrize("bad", [0, 6, "4", 2.5])
def test_cap_is_one_to_five(bad):
    with Journal() as journal, pytest.raises(ConfigError, match="from 1 to 5"):
        journal.ledger.set_cap(bad)


def test_cap_is_configurable_and_persists():
    with Journal() as journal:
        journal.ledger.set_cap(2)
    with Journal() as journal:
        ledger = journal.ledger
        assert ledger.cap == 2
        ledger.confirm(ledger.reserve("imp"))
        ledger.confirm(ledger.reserve("imp", "errors"))  # the variants count too
        with pytest.raises(ReportQuotaError, match="2 of 5 downloads used; the cap is 2"):
            ledger.reserve("imp")


def test_unknown_outcomes_count_and_definite_refusals_do_not():
    with Journal() as journal:
        ledger = journal.ledger
        ledger.reserve("imp")  # in flight when the process died: the portal may have served it
        ledger.fail(ledger.reserve("imp"), counted=True, note="connection dropped")
        ledger.fail(ledger.reserve("imp"), counted=False, http_status=404, note="not ready yet")
        assert ledger.downloads_used("imp") == 2
        ledger.exhausted(ledger.reserve("imp"))
        assert ledger.downloads_used("imp") == 5
        with pytest.raises(ReportQuotaError, match="5 of 5"):
            ledger.reserve("imp")
        states = [e.state for e in ledger.entries("imp")]
        assert states == ["requested", "failed", "failed", "exhausted"]


def test_report_cache_is_private_checksummed_and_detects_damage():
    with Journal() as journal:
        ledger = journal.ledger
        assert ledger.read_cached("imp") is None and ledger.cached("imp") is None
        record = ledger.store_report("imp", b"a,Loaded\r\n1,false\r\n", rows=1)
        assert stat.S_IMODE(record.path.stat().st_mode) == 0o600 and record.rows == 1
        assert ledger.read_cached("imp") == b"a,Loaded\r\n1,false\r\n"
        record.path.write_bytes(b"tampered")
        assert ledger.read_cached("imp") is None


def test_ids_from_the_portal_cannot_escape_the_cache_folder():
    with Journal() as journal:
        record = journal.ledger.store_report("../../etc/passwd", b"x")
        assert record.path.parent == journal.cache.root / "reports"


_TWO_DOWNLOADS = textwrap.dedent(
    """
    from csod_desktop.store.journal import Journal
    journal = Journal()
    ledger = journal.ledger
    ledger.confirm(ledger.reserve("imp-restart"))
    ledger.reserve("imp-restart")  # recorded before sending; the process ends before it is settled
    """
)


def test_the_ledger_survives_a_process_restart(isolated_home):
    env = dict(os.environ, CSOD_DESKTOP_HOME=str(isolated_home))
    subprocess.run([sys.executable, "-c", _TWO_DOWNLOADS], env=env, timeout=60, check=True)
    with Journal() as journal:
        assert journal.ledger.downloads_used("imp-restart") == 2


def test_two_journals_on_one_file_cannot_both_take_the_last_download():
    import threading

    first, second = Journal(), Journal()
    taken, refused = [], []

    def grab(journal):
        for _ in range(4):
            try:
                taken.append(journal.ledger.reserve("shared"))
            except ReportQuotaError:
                refused.append(1)

    threads = [threading.Thread(target=grab, args=(j,)) for j in (first, second, first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first.close()
    second.close()
    assert len(taken) == 4 and len(refused) == 12
