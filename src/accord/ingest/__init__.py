"""Read articles from files, folders and stdin: plain text, HTML, JSONL and CSV."""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError
from ..records import Article

logger = logging.getLogger(__name__)

FIELDS = ("id", "title", "text", "date", "url", "outlet", "author")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


@dataclass
class Failure:
    """An input that could not be read, with a one-line reason naming it."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


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
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        raise ValueError(f"date {text!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8, then the declared charset, then a detected one; binary is refused."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, not text; give .txt, .html, .jsonl or .csv")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(head)
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    results = from_bytes(data[:1_000_000])
    best = results.best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: not UTF-8 and no encoding could be detected; convert it to UTF-8")
    encoding = best.encoding
    # English-language news that is not UTF-8 is most often Windows-1252/Latin-1: prefer it when it fits.
    tied = {m.encoding for m in results if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01}
    if "cp1252" in tied:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: not UTF-8 and not {encoding}; convert it to UTF-8") from exc


def _article(record: dict, name: str, defaults: Defaults) -> Article:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{name}: no 'text' field with content")
    try:
        when = parse_date(record.get("date")) or defaults.date
    except ValueError as exc:
        raise InputError(f"{name}: {exc}") from exc
    meta = {k: v for k, v in record.items() if k not in FIELDS}
    return Article(text=text, title=str(record.get("title") or ""), date=when,
                   outlet=str(record.get("outlet") or defaults.outlet), url=str(record.get("url") or ""),
                   author=str(record.get("author") or ""), external_id=str(record.get("id") or ""),
                   source=name, metadata=meta)


def read_text(text: str, name: str, defaults: Defaults) -> Article:
    """Plain text; a short first line followed by a blank line is the title."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise InputError(f"{name}: the file is empty")
    title, body = "", text
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and len(first) < 200 and not first.rstrip().endswith((".", "?", "!")):
        title, body = first.strip(), rest.strip()
    if not body:
        raise InputError(f"{name}: no text after the title")
    return Article(text=body, title=title, date=defaults.date, outlet=defaults.outlet, source=name)


def read_html(html: str, name: str, defaults: Defaults) -> Article:
    """The main text and metadata of an HTML page, through trafilatura."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises lxml errors of several kinds on broken pages
        raise InputError(f"{name}: the HTML could not be parsed ({type(exc).__name__})") from exc
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    if not doc or not (doc.get("text") or "").strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    try:
        when = parse_date(doc.get("date")) or defaults.date
    except ValueError:
        when = defaults.date
    text, title = doc["text"].strip(), (doc.get("title") or "").strip()
    if title and text.startswith(title) and text[len(title):len(title) + 1] in ("\n", ""):
        text = text[len(title):].strip() or text  # trafilatura repeats the <h1> title as the first line
    return Article(text=text, title=title, date=when,
                   outlet=doc.get("sitename") or defaults.outlet, url=doc.get("url") or "",
                   author=doc.get("author") or "", source=name,
                   metadata={k: doc[k] for k in ("description", "categories", "tags") if doc.get(k)})


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if raw.strip():
                yield n, raw.decode("utf-8-sig", errors="strict") if n == 1 else raw.decode("utf-8")


def read_jsonl(path: Path, name: str, defaults: Defaults) -> Iterator[Article | Failure]:
    """One JSON object a line, streamed; a bad line is reported and skipped."""
    count = 0
    try:
        for n, line in _lines(path):
            count += 1
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Failure(f"{name}:{n}", f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield Failure(f"{name}:{n}", "expected a JSON object with a 'text' field")
                continue
            try:
                yield _article(record, f"{name}:{n}", defaults)
            except InputError as exc:
                yield Failure(f"{name}:{n}", str(exc).split(": ", 1)[-1])
    except UnicodeDecodeError:
        yield Failure(name, "JSONL must be UTF-8; convert the file to UTF-8")
    except (OSError, EOFError) as exc:
        yield Failure(name, f"cannot be read ({exc})")
    if count == 0:
        yield Failure(name, "the file is empty")


def read_csv(path: Path, name: str, defaults: Defaults) -> Iterator[Article | Failure]:
    """CSV with a header naming at least a 'text' column, streamed row by row."""
    try:
        data = path.read_bytes()
        text = decode(data, name)
    except InputError as exc:
        yield Failure(name, str(exc).split(": ", 1)[-1])
        return
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield Failure(name, f"CSV needs a header with a 'text' column (found {reader.fieldnames})")
        return
    try:
        for row in reader:
            where = f"{name}:{reader.line_num}"
            if None in row:
                yield Failure(where, "the row has more fields than the header")
                continue
            try:
                yield _article(row, where, defaults)
            except InputError as exc:
                yield Failure(where, str(exc).split(": ", 1)[-1])
    except csv.Error as exc:
        yield Failure(f"{name}:{reader.line_num}", f"malformed CSV ({exc})")


def read_file(path: Path, defaults: Defaults, max_mb: int = 200) -> Iterator[Article | Failure]:
    """Articles of one file, by its extension (a .gz is opened first)."""
    name = str(path)
    suffix = path.suffix.lower()
    inner = Path(path.stem).suffix.lower() if suffix == ".gz" else suffix
    if inner in JSONL_SUFFIXES:
        yield from read_jsonl(path, name, defaults)
        return
    if inner in CSV_SUFFIXES:
        yield from read_csv(path, name, defaults)
        return
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise InputError(f"{name}: {size // (1024 * 1024)} MB is over the {max_mb} MB limit of one "
                             f"document; split it or raise ACCORD_MAX_FILE_MB")
        data = gzip.decompress(path.read_bytes()) if suffix == ".gz" else path.read_bytes()
        text = decode(data, name)
        looks_html = inner in HTML_SUFFIXES or (inner not in TEXT_SUFFIXES and
                                                 text.lstrip()[:200].lower().startswith(("<!doctype", "<html")))
        yield read_html(text, name, defaults) if looks_html else read_text(text, name, defaults)
    except InputError as exc:
        yield Failure(name, str(exc).split(": ", 1)[-1])
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Failure(name, f"cannot be read ({getattr(exc, 'strerror', None) or exc})")


def read_stdin(defaults: Defaults, stream=None) -> Iterator[Article | Failure]:
    """Standard input: JSONL when every line is a JSON object, else one plain-text article."""
    data = (stream or sys.stdin.buffer).read()
    try:
        text = decode(data, "<stdin>")
    except InputError as exc:
        yield Failure("<stdin>", str(exc).split(": ", 1)[-1])
        return
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        for n, line in enumerate(lines, start=1):
            try:
                yield _article(json.loads(line), f"<stdin>:{n}", defaults)
            except json.JSONDecodeError as exc:
                yield Failure(f"<stdin>:{n}", f"malformed JSON ({exc.msg})")
            except InputError as exc:
                yield Failure(f"<stdin>:{n}", str(exc).split(": ", 1)[-1])
        return
    try:
        yield read_text(text, "<stdin>", defaults)
    except InputError as exc:
        yield Failure("<stdin>", str(exc).split(": ", 1)[-1])


def read_inputs(paths: Iterable[str | Path], defaults: Defaults | None = None, max_mb: int = 200
                ) -> Iterator[Article | Failure]:
    """Articles of every path (files, folders recursively, "-" for stdin), in order, streamed."""
    defaults = defaults or Defaults()
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin(defaults)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield Failure(str(path), "the folder holds no files")
            for file in files:
                yield from read_file(file, defaults, max_mb)
        elif path.exists():
            yield from read_file(path, defaults, max_mb)
        else:
            yield Failure(str(path), "no such file or folder")
