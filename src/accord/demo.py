"""The demo database: the bundled sample corpus, coded into a database marked as the demo's own. `accord demo`
replaces such a database and nothing else, and two demos at once each finish with a whole database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import Column, DateTime, Integer, MetaData, Table, create_engine, func, inspect, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .errors import StoreError
from .pipeline import Pipeline
from .service import IngestSummary, ingest
from .store import Store, open_store
from .store.models import Base, DocumentRow

MARKER = "accord_demo"
_marker = Table(MARKER, MetaData(), Column("documents", Integer, nullable=False),
                Column("last_document_id", Integer), Column("created_at", DateTime, nullable=False))


class DemoError(StoreError):
    """The demo would replace a database it did not make."""


def sample_path():
    """The bundled sample corpus (a Traversable; open it with importlib.resources.as_file)."""
    return resources.files("accord.data").joinpath("sample", "articles.jsonl")


def _parse(url: str):
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url}: not a database URL (e.g. sqlite:///accord.db)") from exc


def _display(url: str) -> str:
    return _parse(url).render_as_string(hide_password=True)


def _sqlite_path(url: str) -> Path | None:
    """The file of a plain SQLite URL; None for other backends. URI filenames and memory are refused."""
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    db = parsed.database or ""
    if not db or db == ":memory:" or db.startswith("file:") or parsed.query:
        raise DemoError(f"{_display(url)}: the demo needs a plain SQLite file (sqlite:///demo.db) or a server URL")
    return Path(db).expanduser()


def status(url: str) -> str:
    """What is at `url`: "absent" (nothing, or a database without tables), "demo" (made by the demo and
    holding nothing else since) or "other" (anything else: never to be replaced)."""
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            return "absent"
        if not path.is_file():
            return "other"
        url = f"sqlite:///file:{path}?mode=ro&uri=true"
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return "absent"
            if MARKER not in tables or DocumentRow.__tablename__ not in tables:
                return "other"
            marks = conn.execute(select(_marker.c.documents, _marker.c.last_document_id)).all()
            held = conn.execute(select(func.count(), func.max(DocumentRow.id))).one()
    except SQLAlchemyError as exc:
        if path is not None and "not a database" in str(exc):
            return "other"
        raise StoreError(f"{_display(url)}: cannot read it to check that it is a demo database "
                         f"({str(getattr(exc, 'orig', exc)).splitlines()[0]})") from exc
    finally:
        engine.dispose()
    return "demo" if len(marks) == 1 and tuple(marks[0]) == tuple(held) else "other"


def _engine(url: str) -> Engine:
    try:
        return create_engine(url)
    except (ArgumentError, ImportError) as exc:
        hint = " (pip install 'accord-events[postgres]')" if "postgres" in url else ""
        raise StoreError(f"{_display(url)}: cannot open the database: {exc}{hint}") from exc


def refuse(url: str) -> DemoError:
    return DemoError(f"{_display(url)}: not a database made by 'accord demo' (or it has gained documents since); "
                     f"the demo replaces only its own: give --db a new file")


def _mark(store: Store) -> None:
    with store.engine.begin() as conn:
        _marker.create(conn, checkfirst=True)
        documents, last = conn.execute(select(func.count(), func.max(DocumentRow.id))).one()
        conn.execute(_marker.delete())
        conn.execute(_marker.insert().values(documents=documents, last_document_id=last,
                                             created_at=datetime.now()))


def _code_sample(store: Store, pipeline: Pipeline, progress: Callable | None) -> IngestSummary:
    with resources.as_file(sample_path()) as path:
        summary = ingest([path], store, pipeline, None, progress)
    _mark(store)
    return summary


def build(url: str, pipeline: Pipeline, progress: Callable | None = None) -> IngestSummary:
    """Code the sample corpus into `url`, replacing the demo database there, if any; DemoError for any other
    database. A SQLite demo is built in a file beside the target and copied in with SQLite's backup, so that a
    server reading the old one, or another demo, sees one whole database or the other."""
    if status(url) == "other":
        raise refuse(url)
    path = _sqlite_path(url)
    if path is None:
        return _build_in_place(url, pipeline, progress)
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.name}.demo-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        with open_store(f"sqlite:///{scratch}") as store:
            summary = _code_sample(store, pipeline, progress)
        if status(url) == "other":  # made by someone else while the demo was coding
            raise refuse(url)
        with contextlib.closing(sqlite3.connect(scratch)) as src, \
                contextlib.closing(sqlite3.connect(path, timeout=60)) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise StoreError(f"{_display(url)}: cannot write the demo database ({exc})") from exc
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + "-journal"),
                         scratch.with_name(scratch.name + "-wal"), scratch.with_name(scratch.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return summary


def _build_in_place(url: str, pipeline: Pipeline, progress: Callable | None) -> IngestSummary:
    """On a database server: drop the demo's tables and code the sample again, one demo at a time (an advisory
    lock on PostgreSQL)."""
    engine = _engine(url)
    try:
        with engine.connect() as lock:
            if engine.dialect.name == "postgresql":
                lock.execute(text("SELECT pg_advisory_lock(hashtext('accord demo'))"))
            if status(url) == "other":
                raise refuse(url)
            with engine.begin() as conn:
                names = set(inspect(conn).get_table_names())
                _marker.drop(conn, checkfirst=True)
                if "alembic_version" in names:
                    conn.execute(text("DROP TABLE alembic_version"))
                Base.metadata.drop_all(conn)
            with open_store(url) as store:
                return _code_sample(store, pipeline, progress)
    except SQLAlchemyError as exc:
        raise StoreError(f"{_display(url)}: cannot replace the demo database "
                         f"({str(getattr(exc, 'orig', exc)).splitlines()[0]})") from exc
    finally:
        engine.dispose()
