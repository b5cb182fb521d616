"""GUI fixtures for the run, results and history steps: the window fixtures and guards of ``tests/gui``, shared."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_GUI = Path(__file__).resolve().parents[1] / "gui"
if str(_GUI) not in sys.path:
    sys.path.insert(0, str(_GUI))  # gui_helpers
_spec = importlib.util.spec_from_file_location("_gui_conftest_shared", _GUI / "conftest.py")
_shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_shared)

no_dangling_qthreads = _shared.no_dangling_qthreads
no_dangling_qtimers = _shared.no_dangling_qtimers
make_window = _shared.make_window
