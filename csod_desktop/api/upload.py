"""The data POST body: bytes or a file streamed in chunks, with upload progress, restarting on each send."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

from csod_desktop import facts
from csod_desktop.errors import ConfigError, InputFileError
from csod_desktop.i18n import translate

CHUNK = 256 * 1024
GZIP_REQUIRED_OVER = facts.GZIP_REQUIRED_OVER
GZIP_MAGIC = b"\x1f\x8b"

Progress = Callable[[int, int], None]


class UploadSource:
    """A payload to send: ``bytes`` or a ``Path``. Each :meth:`body` is a fresh one-shot stream."""

    def __init__(self, payload: bytes | bytearray | memoryview | Path | str) -> None:
        if isinstance(payload, (bytes, bytearray, memoryview)):
            self.data: bytes | None = bytes(payload)
            self.path: Path | None = None
            self.size = len(self.data)
            head = self.data[:2]
        else:
            self.data = None
            self.path = Path(payload)
            try:
                self.size = self.path.stat().st_size
                with self.path.open("rb") as fh:
                    head = fh.read(2)
            except OSError as exc:
                raise InputFileError(
                    translate(
                        "errors",
                        "The payload file {path} cannot be read ({reason})."
                    ).format(path=self.path, reason=exc.strerror or exc),
                    hint=translate("errors", "Prepare the payload again."),
                ) from exc
        self.looks_gzipped = head == GZIP_MAGIC

    def content_encoding(self, requested: str | None) -> str | None:
        """The Content-Encoding to send: the caller's choice, else gzip when the bytes are gzip."""
        if requested:
            return requested
        return "gzip" if self.looks_gzipped else None

    def check_size(self, content_encoding: str | None) -> None:
        if self.size > GZIP_REQUIRED_OVER and not content_encoding:
            raise ConfigError(
                translate(
                    "errors",
                    "The payload is {size:.1f} MB: Cornerstone requires payloads over 20 MB to be "
                    "gzip-compressed."
                ).format(size=self.size / 1024 / 1024),
                hint=translate(
                    "errors",
                    "Prepare the payload again; the app compresses large payloads itself."
                ),
            )

    def body(self, progress: Progress | None = None) -> UploadBody:
        return UploadBody(self, progress)


class UploadBody(httpx.SyncByteStream):
    """The payload's chunks, reporting progress; each iteration starts again from the first byte.

    ``replayable``: the sign-in flow may send it once more after a 401 (the portal did not act on it).
    :meth:`close` releases the file of an iteration cut short.
    """

    replayable = True

    def __init__(self, source: UploadSource, progress: Progress | None) -> None:
        self._source = source
        self._progress = progress
        self._gen: Iterator[bytes] | None = None

    def _chunks(self) -> Iterator[bytes]:
        sent = 0
        total = self._source.size
        if self._progress is not None:
            self._progress(0, total)
        if self._source.data is not None:
            view = memoryview(self._source.data)
            for start in range(0, total, CHUNK):
                chunk = bytes(view[start : start + CHUNK])
                yield chunk
                sent += len(chunk)
                if self._progress is not None:
                    self._progress(sent, total)
            return
        assert self._source.path is not None
        with self._source.path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk
                sent += len(chunk)
                if self._progress is not None:
                    self._progress(sent, total)

    def __iter__(self) -> Iterator[bytes]:
        self.close()
        self._gen = self._chunks()
        return self._gen

    def close(self) -> None:
        if self._gen is not None:
            self._gen.close()
            self._gen = None
