"""The real app in its own process, for the kill-and-restart test: ``python app_process.py start|resume ROOT_URL``.

``start`` connects to the sandbox profile, runs a one-import job and prints ``POSTED <job id>`` once the
portal has the data (then waits to be killed). ``resume`` opens the app again, connects, and prints
``FINISHED <job id> <state>`` and ``REPORT <rows> <usage>`` when the status panel has carried the job on.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def pump(done, timeout: float = 90.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            print("TIMEOUT", flush=True)
            sys.exit(3)
        QApplication.processEvents()
        time.sleep(0.01)


def main(mode: str, root_url: str, source: str | None = None) -> int:
    from csod_desktop import app
    from csod_desktop.services.loads import PollPolicy

    app.ensure_application()
    window = app.build_window()
    window.show()
    status = window.run_page.status
    status.poll_policy = PollPolicy(first_check=0.2, interval=0.5, growth=1.0, maximum=1.0, tick=0.1)
    page = window.connect_page
    page.reload_profiles(select="Sandbox")
    page.test_connection()
    pump(lambda: window.state.context is not None and not any(w.name == "connect" for w in window.pool.running()))
    journal = window.state.context.journal
    if mode == "start":
        from csod_desktop.core.mapping import Mapping
        from csod_desktop.services.loads import PreparedImport

        path = Path(source)
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        mapping = Mapping("chr.employee", columns={h: h for h in header}).to_dict()
        window.run_page.add_import(PreparedImport(
            load_type="chr.employee", payload=path, label="killed mid-job", source_name=path.name,
            record_count=4, mapping=mapping, source_path=path, settings={"datetime_culture": "en-US"}))
        window.run_page.run_now()
        pump(lambda: bool(journal.jobs()) and all(i.post_state == "sent" for i in journal.jobs()[0].imports))
        print("POSTED", journal.jobs()[0].job_id, flush=True)
        while True:  # working, until the test kills this process
            pump(lambda: False, timeout=1e9)
    finished: list[int] = []
    status.job_finished.connect(finished.append)
    pump(lambda: bool(finished) and not status.active_jobs())
    job = journal.job(finished[0])
    print("FINISHED", job.job_id, job.state, flush=True)
    imp = job.imports[0]
    window.results_page.open_import(imp.import_id)
    pump(lambda: window.results_page.data is not None and not window.pool.busy)
    rows = window.results_page.model.visible_rows()
    print("REPORT", len(rows), rows[0][0] if rows else "-", window.results_page.usage.text(), flush=True)
    window.close()
    pump(lambda: not window.pool.busy)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
