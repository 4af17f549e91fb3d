"""Read articles from files, folders and stdin: plain text, HTML, JSONL and CSV, gzipped or not, streamed.

Every reader is bounded by `Limits` (settings `max_*`): memory follows the largest document allowed, not the
size of the input, and whatever crosses a limit is one Failure naming it while the rest goes on."""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import Article
from .sniff import HEAD_BYTES, check_readable, decode, refuse_binary, sniff_encoding
from .streams import MB, Limits, LineTooLong, TextLines, bounded_lines, open_input, read_upto

__all__ = ["CSV_SUFFIXES", "FIELDS", "HTML_SUFFIXES", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "Defaults", "Failure",
           "Limits", "decode", "parse_date", "read_file", "read_html", "read_inputs", "read_stdin", "read_text"]

logger = logging.getLogger(__name__)

FIELDS = ("id", "title", "text", "date", "url", "outlet", "author")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv"}
MAX_DATE_CHARS = 100  # a longer 'date' value is not looked at
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_BRACKETS = re.compile(r"[\[\]{}]")


@dataclass
class Failure:
    """An input that could not be read (or a line of it), with a one-line reason naming it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"

    def as_record(self) -> dict:
        """{"input", "line", "reason"}, for a JSONL file of failures; the line is split off a source that
        names one ("news.jsonl:12", as an article read from a line is named)."""
        source, line = self.source, self.line
        if line is None and (m := re.fullmatch(r"(.+):(\d+)", source)):
            source, line = m.group(1), int(m.group(2))
        return {"input": source, "line": line, "reason": self.message}


@dataclass
class Defaults:
    """Values for documents whose input lacks them (--date, --outlet)."""

    date: date | None = None
    outlet: str = ""


def parse_date(value) -> date | None:
    """A date from ISO text, a datetime, or free text ("26-FEB-1987"); None when there is none."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if len(text) > MAX_DATE_CHARS:
        raise ValueError(f"date {text[:40]!r}... is not a date (use YYYY-MM-DD)")
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    except (ValueError, OverflowError, TypeError, re.error):  # dateparser's own errors on odd text
        parsed = None
    if parsed is None:
        raise ValueError(f"date {text!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


def _limited(text: str, name: str, limits: Limits) -> str:
    if len(text) > limits.document_chars:
        raise InputError(f"{name}: {len(text):,} characters is over the limit of {limits.document_chars:,} a "
                         f"document (ACCORD_MAX_DOCUMENT_CHARS); split it")
    return text


def _storable(value, name: str) -> None:
    """Refuse strings a database cannot hold: NUL characters, lone surrogates."""
    if isinstance(value, str):
        if "\x00" in value:
            raise InputError(f"{name}: a field holds a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(f"{name}: a field holds a lone surrogate ({value[exc.start]!r}), which is not "
                             f"text") from exc
    elif isinstance(value, dict):
        for k, v in value.items():
            _storable(k, name)
            _storable(v, name)
    elif isinstance(value, list):
        for v in value:
            _storable(v, name)


def _article(record: dict, name: str, defaults: Defaults, limits: Limits | None = None) -> Article:
    limits = limits or Limits()
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{name}: no 'text' field with content")
    _limited(text, name, limits)
    _storable(record, name)
    check_readable(text, name)
    try:
        when = parse_date(record.get("date")) or defaults.date
    except ValueError as exc:
        raise InputError(f"{name}: {exc}") from exc
    meta = {k: v for k, v in record.items() if k not in FIELDS}
    return Article(text=text, title=str(record.get("title") or ""), date=when,
                   outlet=str(record.get("outlet") or defaults.outlet), url=str(record.get("url") or ""),
                   author=str(record.get("author") or ""), external_id=str(record.get("id") or ""),
                   source=name, metadata=meta)


def read_text(text: str, name: str, defaults: Defaults, limits: Limits | None = None) -> Article:
    """Plain text; a short first line followed by a blank line is the title."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise InputError(f"{name}: the file is empty")
    _limited(text, name, limits or Limits())
    title, body = "", text
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and len(first) < 200 and not first.rstrip().endswith((".", "?", "!")):
        title, body = first.strip(), rest.strip()
    if not body:
        raise InputError(f"{name}: no text after the title")
    return Article(text=body, title=title, date=defaults.date, outlet=defaults.outlet, source=name)


# A page whose extracted text has no line of this many words is a menu, a link list or a gallery, not an
# article: storing it would add a document of navigation words ("Home", "World", "Sign in").
PROSE_WORDS = 6


def read_html(html: str, name: str, defaults: Defaults, limits: Limits | None = None) -> Article:
    """The main text and metadata of an HTML page, through trafilatura."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises lxml errors of several kinds on broken pages
        raise InputError(f"{name}: the HTML could not be parsed ({type(exc).__name__})") from exc
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    if not doc or not (doc.get("text") or "").strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    if not any(len(line.split()) >= PROSE_WORDS for line in doc["text"].splitlines()):
        raise InputError(f"{name}: no article text found in the HTML page (only menus, links or captions, no line "
                         f"of {PROSE_WORDS} words or more)")
    try:
        when = parse_date(doc.get("date")) or defaults.date
    except ValueError:
        when = defaults.date
    text, title = doc["text"].strip(), (doc.get("title") or "").strip()
    if title and text.startswith(title) and text[len(title):len(title) + 1] in ("\n", ""):
        text = text[len(title):].strip() or text  # trafilatura repeats the <h1> title as the first line
    _limited(text, name, limits or Limits())
    return Article(text=text, title=title, date=when,
                   outlet=doc.get("sitename") or defaults.outlet, url=doc.get("url") or "",
                   author=doc.get("author") or "", source=name,
                   metadata={k: doc[k] for k in ("description", "categories", "tags") if doc.get(k)})


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:20]} is too large a number")
    return value


def _too_deep(line: str, limit: int) -> bool:
    """Whether arrays and objects nest deeper than `limit` in a JSON line (brackets in strings not counted)."""
    if line.count("[") + line.count("{") <= limit:
        return False
    brackets = _JSON_BRACKETS.findall(_JSON_STRING.sub("", line))
    return max(accumulate(1 if b in "[{" else -1 for b in brackets), default=0) > limit


def _record(line: str, where: str, n: int, defaults: Defaults, limits: Limits) -> Article | Failure:
    """The article of one JSONL line, or the Failure naming it."""
    if _too_deep(line, limits.json_depth):
        return Failure(where, f"JSON nested deeper than {limits.json_depth} levels (ACCORD_MAX_JSON_DEPTH)", n)
    try:
        record = json.loads(line, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        return Failure(where, f"malformed JSON ({exc.msg} at column {exc.colno})", n)
    except RecursionError:
        return Failure(where, "JSON nested too deeply to read (ACCORD_MAX_JSON_DEPTH)", n)
    except ValueError as exc:  # a number: NaN, infinite, or of more digits than Python converts
        reason = "a number of too many digits" if "digits" in str(exc) else str(exc)
        return Failure(where, f"malformed JSON ({reason})", n)
    if not isinstance(record, dict):
        return Failure(where, "expected a JSON object with a 'text' field", n)
    try:
        return _article(record, f"{where}:{n}", defaults, limits)
    except InputError as exc:
        return Failure(where, str(exc).split(": ", 1)[-1], n)


def _jsonl(fh: BinaryIO, name: str, defaults: Defaults, limits: Limits) -> Iterator[Article | Failure]:
    """One JSON object a UTF-8 line, streamed; a bad line is reported and skipped."""
    count = 0
    for n, raw in bounded_lines(fh, limits.line_bytes):
        if raw is None:
            count += 1
            yield Failure(name, f"line longer than {limits.line_bytes // MB:,} MB (ACCORD_MAX_LINE_MB): skipped", n)
            continue
        if not raw.strip():
            continue
        count += 1
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            yield Failure(name, "not UTF-8: JSONL must be UTF-8; convert the file to UTF-8", n)
            continue
        yield _record(line, name, n, defaults, limits)
    if count == 0:
        yield Failure(name, "the file is empty")


def _csv(fh: BinaryIO, head: bytes, name: str, defaults: Defaults, limits: Limits) -> Iterator[Article | Failure]:
    """CSV with a header naming at least a 'text' column, streamed row by row in its detected encoding."""
    if not head.strip():
        yield Failure(name, "the file is empty")
        return
    try:
        encoding = sniff_encoding(head, name, complete=len(head) < HEAD_BYTES)
    except InputError as exc:
        yield Failure(name, str(exc).split(": ", 1)[-1])
        return
    # csv keeps its field limit in one global; every reader here sets it to the line limit before reading
    csv.field_size_limit(limits.line_bytes)
    lines = TextLines(io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline=""), limits.line_bytes)
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader, None)
    except (csv.Error, LineTooLong, UnicodeDecodeError) as exc:
        yield Failure(name, f"the CSV header cannot be read ({type(exc).__name__})")
        return
    if not header or "text" not in header:
        yield Failure(name, f"CSV needs a header with a 'text' column (found {(header or [])[:20]})")
        return
    rows = 0  # records after the header, good or bad
    while True:
        rows += 1
        try:
            row = next(reader)
        except StopIteration:
            if rows == 1:
                yield Failure(name, "no rows after the CSV header")
            return
        except LineTooLong as exc:
            yield Failure(name, f"line longer than {limits.line_bytes // MB:,} MB (ACCORD_MAX_LINE_MB): skipped",
                          exc.line)
            continue
        except csv.Error as exc:
            if "field limit" in str(exc):  # a quoted field over many lines: where the next row starts is unknown
                yield Failure(name, f"a quoted field longer than {limits.line_bytes // MB:,} MB "
                                    f"(ACCORD_MAX_LINE_MB): the rest of the file is not read", lines.line)
                return
            yield Failure(name, f"malformed CSV ({exc})", lines.line)
            continue
        except UnicodeDecodeError:
            yield Failure(name, f"not {encoding} after this line: the rest is not read; convert it to UTF-8",
                          lines.line)
            return
        if not any(field.strip() for field in row):
            rows -= 1
            continue
        if len(row) > len(header):
            yield Failure(name, "the row has more fields than the header", lines.line)
            continue
        try:
            yield _article(dict(zip(header, row, strict=False)), f"{name}:{lines.line}", defaults, limits)
        except InputError as exc:
            yield Failure(name, str(exc).split(": ", 1)[-1], lines.line)


def _document(fh: BinaryIO, head: bytes, name: str, inner: str, defaults: Defaults, limits: Limits) -> Article:
    """A whole text or HTML document: refused from its first bytes when binary, else read up to the limit."""
    if not head.strip():
        raise InputError(f"{name}: the file is empty")
    refuse_binary(head, name)
    data = read_upto(fh, limits.file_bytes + 1)
    if len(data) > limits.file_bytes:
        raise InputError(f"{name}: over the {limits.file_bytes // MB:,} MB limit of one document; split it or "
                         f"raise ACCORD_MAX_FILE_MB")
    text = decode(data, name)
    looks_html = inner in HTML_SUFFIXES or (inner not in TEXT_SUFFIXES and
                                             text.lstrip()[:200].lower().startswith(("<!doctype", "<html")))
    return read_html(text, name, defaults, limits) if looks_html else read_text(text, name, defaults, limits)


def _stream(raw: BinaryIO, name: str, inner: str | None, defaults: Defaults, limits: Limits
            ) -> Iterator[Article | Failure]:
    """The articles of one input stream; `inner` is its format by name (None: by content, as for stdin)."""
    try:
        fh, head, _ = open_input(raw, name, limits)
        if inner is None:
            inner = ".jsonl" if head.lstrip()[:1] == b"{" else ".txt"
        if inner in JSONL_SUFFIXES:
            refuse_binary(head, name)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:8192]:
                yield Failure(name, "JSONL must be UTF-8 (this looks like UTF-16 or binary data); convert it")
                return
            yield from _jsonl(fh, name, defaults, limits)
        elif inner in CSV_SUFFIXES:
            yield from _csv(fh, head, name, defaults, limits)
        else:
            yield _document(fh, head, name, inner, defaults, limits)
    except InputError as exc:
        yield Failure(name, str(exc).split(": ", 1)[-1])
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(name, f"cannot be read ({getattr(exc, 'strerror', None) or exc})")


def read_file(path: Path, defaults: Defaults, max_mb: int | None = None, limits: Limits | None = None
              ) -> Iterator[Article | Failure]:
    """Articles of one file, by its extension (a .gz is gunzipped first, as is any file that is gzip)."""
    limits = _limits(limits, max_mb)
    name = str(path)
    suffix = path.suffix.lower()
    inner = Path(path.stem).suffix.lower() if suffix == ".gz" else suffix
    streamed = inner in JSONL_SUFFIXES or inner in CSV_SUFFIXES
    try:
        size = path.stat().st_size
        if not streamed and suffix != ".gz" and size > limits.file_bytes:
            yield Failure(name, f"{size // MB:,} MB is over the {limits.file_bytes // MB:,} MB limit of one "
                                f"document; split it or raise ACCORD_MAX_FILE_MB")
            return
        raw = open(path, "rb")  # noqa: SIM115  (closed below, after the generator is done with it)
    except OSError as exc:
        yield Failure(name, f"cannot be read ({exc.strerror or exc})")
        return
    with raw:
        yield from _stream(raw, name, inner, defaults, limits)


def read_stdin(defaults: Defaults, stream: BinaryIO | None = None, limits: Limits | None = None
               ) -> Iterator[Article | Failure]:
    """Standard input, streamed (gunzipped when it is gzip): JSONL when it starts with '{', else one
    plain-text article."""
    yield from _stream(stream or sys.stdin.buffer, "<stdin>", None, defaults, limits or Limits())


def _limits(limits: Limits | None, max_mb: int | None) -> Limits:
    if limits is None:
        from ..config import get_settings

        limits = Limits.from_settings(get_settings())
    if max_mb is not None:
        limits = Limits(**{**limits.__dict__, "file_bytes": max_mb * MB})
    return limits


def read_inputs(paths: Iterable[str | Path], defaults: Defaults | None = None, max_mb: int | None = None,
                limits: Limits | None = None) -> Iterator[Article | Failure]:
    """Articles of every path (files, folders recursively, "-" for stdin), in order, streamed; `limits` (by
    default from the settings; `max_mb` replaces its size of one document) bound what is read."""
    defaults = defaults or Defaults()
    limits = _limits(limits, max_mb)
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin(defaults, limits=limits)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield Failure(str(path), "the folder holds no files")
            for file in files:
                yield from read_file(file, defaults, limits=limits)
        elif path.exists():
            yield from read_file(path, defaults, limits=limits)
        else:
            yield Failure(str(path), "no such file or folder")
