"""Bounded reading: a file (gunzipped when it is gzip) read ahead, capped, and cut into lines of a bounded length."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputError
from .sniff import HEAD_BYTES

MB = 1024 * 1024
SKIP_BYTES = 1024 * 1024  # what is read at a time while skipping the rest of a line that is too long


@dataclass(frozen=True)
class Limits:
    """How much of an input is read: crossing a limit fails that document (or line), not the run.

    Memory is bounded by these, whatever the size of the input."""

    file_bytes: int = 200 * MB  # one text or HTML document, as read (after gunzip)
    decompressed_bytes: int = 4096 * MB  # what one gzip file may expand to
    document_chars: int = 1_000_000  # the text of one document
    line_bytes: int = 16 * MB  # one JSONL line, one CSV line or field
    json_depth: int = 64  # nesting of arrays and objects in one JSONL record

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(file_bytes=settings.max_file_mb * MB, decompressed_bytes=settings.max_decompressed_mb * MB,
                   document_chars=settings.max_document_chars, line_bytes=settings.max_line_mb * MB,
                   json_depth=settings.max_json_depth)


class _Capped(io.RawIOBase):
    """A decompressing stream that fails once more than `limit` bytes came out of it (a gzip bomb)."""

    def __init__(self, inner: BinaryIO, limit: int, name: str):
        self.inner, self.limit, self.name, self.count = inner, limit, name, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.inner.readinto(buffer)
        self.count += n
        if self.count > self.limit:
            raise InputError(f"{self.name}: expands to more than {self.limit // MB:,} MB when decompressed "
                             f"(ACCORD_MAX_DECOMPRESSED_MB); the rest of it is not read")
        return n

    def close(self) -> None:
        self.inner.close()
        super().close()


class _Prefixed(io.RawIOBase):
    """The bytes read ahead, then the rest of the stream they came from."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self.head, self.rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        return self.rest.readinto(buffer)

    def close(self) -> None:
        self.rest.close()
        super().close()


def read_upto(fh: BinaryIO, n: int) -> bytes:
    """Up to `n` bytes: fewer only at the end of the stream."""
    parts, size = [], 0
    while size < n:
        part = fh.read(n - size)
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def open_input(raw: BinaryIO, name: str, limits: Limits) -> tuple[BinaryIO, bytes, bool]:
    """A stream of the input's bytes (gunzipped when it starts as gzip does, whatever its name), its first
    `HEAD_BYTES` bytes (also still in the stream) and whether it was gzip."""
    head = read_upto(raw, HEAD_BYTES)
    stream: BinaryIO = io.BufferedReader(_Prefixed(head, raw))
    if not head.startswith(b"\x1f\x8b"):
        return stream, head, False
    gz = gzip.GzipFile(fileobj=stream, mode="rb")
    stream = io.BufferedReader(_Capped(gz, limits.decompressed_bytes, name))
    head = read_upto(stream, HEAD_BYTES)
    return io.BufferedReader(_Prefixed(head, stream)), head, True


def bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of a binary stream; the line is None when it is longer than `limit` bytes, and the
    rest of it is skipped without being kept."""
    n = 0
    while line := fh.readline(limit + 1):
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(SKIP_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield n, None
            continue
        yield n, line


class LineTooLong(Exception):
    """A text line over the limit (its rest skipped); raised through csv.reader, which goes on after it."""

    def __init__(self, line: int):
        self.line = line


class TextLines:
    """The lines of a text stream for csv.reader, at most `limit` characters each; a longer one raises
    LineTooLong, and iteration goes on after it. `line` is the number of the last line read."""

    def __init__(self, fh: io.TextIOBase, limit: int):
        self.fh, self.limit, self.line = fh, limit, 0

    def __iter__(self) -> TextLines:
        return self

    def __next__(self) -> str:
        line = self.fh.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.line += 1
        if len(line) > self.limit and not line.endswith(("\n", "\r")):
            while (rest := self.fh.readline(SKIP_BYTES)) and not rest.endswith(("\n", "\r")):
                pass
            raise LineTooLong(self.line)
        return line
