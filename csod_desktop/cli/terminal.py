"""Terminal output of the command line: progress and messages on stderr, aligned tables on stdout."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import IO

#: What to do after an interrupted run (stderr and the JSON document say the same).
RESUME_HINT = "The job stays in the journal: run 'csod-desktop resume' to finish it."


@dataclass
class Reporter:
    """Human-readable progress and messages on stderr; a bar redrawn in place only when stderr is a terminal.

    stdout is reserved for the result (a summary, or the one ``--json`` document), so that a scheduler or
    a script can capture it without progress noise.
    """

    quiet: bool = False
    stream: IO[str] = field(default_factory=lambda: sys.stderr)
    _bar_label: str | None = None
    _last_draw: float = 0.0

    @property
    def is_terminal(self) -> bool:
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):
            return False

    def info(self, message: str) -> None:
        if not self.quiet:
            self._clear_bar()
            print(message, file=self.stream, flush=True)

    def warn(self, message: str) -> None:
        self._clear_bar()
        print(f"warning: {message}", file=self.stream, flush=True)

    def error(self, err: BaseException) -> None:
        self._clear_bar()
        if isinstance(err, KeyboardInterrupt):
            message, hint = "Interrupted (Ctrl-C).", RESUME_HINT
        else:
            message, hint = str(err) or type(err).__name__, getattr(err, "hint", "") or ""
        print(f"error: {message}", file=self.stream, flush=True)
        if hint:
            print(f"hint: {hint}", file=self.stream, flush=True)

    def progress(self, label: str, fraction: float | None) -> None:
        """Report progress of a long step; ``fraction`` None means 'working, amount unknown'."""
        if self.quiet:
            return
        if not self.is_terminal:
            # Logs and schedulers get one line per step, not a line per percent.
            if label != self._bar_label:
                self._bar_label = label
                print(f"{label} ...", file=self.stream, flush=True)
            return
        now = time.monotonic()
        if label == self._bar_label and fraction is not None and fraction < 1.0 and now - self._last_draw < 0.1:
            return
        self._bar_label, self._last_draw = label, now
        width = 30
        if fraction is None:
            bar = "[" + "." * width + "]     "
        else:
            filled = int(max(0.0, min(1.0, fraction)) * width)
            bar = "[" + "#" * filled + " " * (width - filled) + f"] {fraction:4.0%}"
        self.stream.write(f"\r{bar} {label}"[:200].ljust(80))
        self.stream.flush()

    def _clear_bar(self) -> None:
        if self._bar_label is not None and self.is_terminal:
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()
        if self.is_terminal:
            self._bar_label = None


def utf8_streams() -> None:
    """stdout in UTF-8 (the JSON document promises it, whatever the Windows code page or a cron
    locale of C); stderr never fails on a character its encoding lacks."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "replace")):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if callable(reconfigure) and encoding != "utf8":
            try:
                reconfigure(encoding="utf-8", errors=errors)
            except (ValueError, OSError):
                pass


def print_table(rows: list[tuple[str, ...]], stream: IO[str] | None = None) -> None:
    """Rows as aligned columns on stdout; the first row is the header."""
    out = stream or sys.stdout
    if not rows:
        return
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.write("  ".join(cells).rstrip() + "\n")
    out.flush()
