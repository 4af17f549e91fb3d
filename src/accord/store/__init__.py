"""The SQL store: documents, sentences, actors and events; SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import catalogue
from sqlalchemy import create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..config import get_settings
from ..errors import StoreError
from ..records import CodedArticle
from ..registry import stores
from .models import (
    ActorRow,
    ClaimRow,
    CommitmentRow,
    DocumentRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    QuoteRow,
    RunRow,
    SentenceRow,
    StateRow,
    UnresolvedRow,
)

logger = logging.getLogger(__name__)

EVENT_COLUMNS = [c.name for c in EventRow.__table__.columns]
_IN_CHUNK = 500  # values per IN (...) query, well under SQLite's limit
# Core inserts on the tables: far cheaper per row than ORM objects, with the same column defaults.
_INSERT = {row: insert(row.__table__) for row in (DocumentRow, SentenceRow, MentionRow, UnresolvedRow, EventRow,
                                                  ActorRow, ClaimRow, CommitmentRow, EvidenceRow, QuoteRow)}


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _values(record) -> dict:
    """A record's fields as the values of its row, without `asdict`'s deep copy: the fields are plain values and
    lists of strings, which the insert reads and does not change."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@dataclass
class EventFilter:
    """What `events` selects; every field is optional. `actor`, `source`, `target` and the two of `dyad` are
    actor code prefixes, `code` a CAMEO code or root prefix, `date_from`/`date_to` an inclusive range of event
    dates; `factuality` one value, a tuple of values, or None for all; `text` words in the sentence. Read
    through `accord.store.queries`, the one place filters are turned into SQL."""

    actor: str = ""
    source: str = ""
    target: str = ""
    dyad: tuple[str, str] | None = None
    code: str = ""
    quad_class: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    factuality: str | tuple[str, ...] | None = "asserted"
    document_id: int | None = None
    limit: int | None = None
    text: str = ""


def _explain(exc: Exception, url: str) -> str:
    text = str(getattr(exc, "orig", exc)).splitlines()[0]
    low = text.lower()
    if "locked" in low:
        return f"{url}: the database is locked by another process; wait for it to finish and try again"
    if "readonly" in low or "read-only" in low:
        return f"{url}: the database is read-only; check its file permissions or choose another --db"
    if "unable to open" in low:
        return f"{url}: the database file cannot be opened; check that its folder exists and is writable"
    return f"{url}: database error: {text}"


@contextmanager
def _errors(url: str):
    try:
        yield
    except (DBAPIError, SQLAlchemyError) as exc:
        raise StoreError(_explain(exc, url)) from exc


class Store:
    """A database of coded documents; one transaction per document, or per batch with `add_many`."""

    def __init__(self, url: str, create: bool = True, upgrade: bool | None = None, busy_seconds: float | None = None,
                 check_schema: bool = True):
        """Open (or with `create`, make) the database at `url`. A schema older than this Accord's is upgraded
        when `upgrade` (by default: when `create`), else refused with the command that upgrades it; a newer one
        is always refused. `check_schema=False` opens it as it is (for `accord db`)."""
        self.url = url
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"{url}: not a database URL (e.g. sqlite:///accord.db)") from exc
        self.display = parsed.render_as_string(hide_password=True)
        settings = get_settings()
        self.query_seconds = settings.query_seconds
        kwargs = {}
        if parsed.get_backend_name() == "sqlite":
            path = _sqlite_file(parsed)
            read_only = parsed.query.get("mode") == "ro"
            if path is not None:
                create = create and parsed.query.get("mode") not in ("ro", "rw")
                if not create and not path.exists():
                    raise StoreError(f"{self.display}: no database here; run 'accord ingest' or 'accord demo' first")
                if create:
                    try:
                        path.parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise StoreError(f"{self.display}: cannot create its folder ({exc.strerror})") from exc
            # writers outwait the longest read, whatever the settings say
            busy = max(settings.sqlite_busy_seconds, 2 * settings.query_seconds) if busy_seconds is None \
                else busy_seconds
            kwargs["connect_args"] = {"timeout": busy}
        try:
            self.engine = create_engine(url, **kwargs)
        except (ArgumentError, ImportError) as exc:
            hint = " (pip install 'accord-events[postgres]')" if "postgres" in url else ""
            raise StoreError(f"{self.display}: cannot open the database: {exc}{hint}") from exc
        if self.engine.dialect.name == "sqlite":
            _sqlite_setup(self.engine, busy, wal=path is not None and not read_only)
        self._writer = self.engine.execution_options(accord_writer=True)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)
        if check_schema:
            self._check_schema(create if upgrade is None else upgrade)

    def _check_schema(self, upgrade: bool) -> None:
        """Refuse a newer schema; upgrade an older one, or say how to."""
        from . import schema

        with _errors(self.display), self.engine.connect() as conn:
            state = schema.read_state(conn)
        if state.kind == "current":
            return
        schema.refuse_newer(state, self.display)
        if not upgrade:
            raise StoreError(schema.older_message(state, self.display))
        with self.write_connection() as conn:
            schema.upgrade(conn)

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A connection in a write transaction that holds the store's one writer lock (BEGIN IMMEDIATE on
        SQLite, a transaction-level advisory lock on PostgreSQL) until it commits."""
        with _errors(self.display), self._writer.begin() as conn:
            _lock_writer(conn)
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in a write transaction under the writer lock (see `write_connection`)."""
        with _errors(self.display), self._write_sessions() as s, s.begin():
            _lock_writer(s.connection())
            yield s

    @contextmanager
    def session(self) -> Iterator[Session]:
        with _errors(self.display), self.sessions() as session:
            yield session

    # -- writing --------------------------------------------------------------------------------

    def start_run(self, command: str, coder_version: str, settings: dict) -> int:
        with self.writing() as s:
            run = RunRow(command=command, coder_version=coder_version, settings=settings, counts={},
                         started_at=datetime.now())
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, counts: dict) -> None:
        with self.writing() as s:
            run = s.get(RunRow, run_id)
            run.counts = counts
            run.finished_at = datetime.now()

    def has(self, content_hash: str) -> bool:
        return bool(self.stored_hashes([content_hash]))

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Those of `hashes` whose content is already stored."""
        with self.session() as s:
            return _stored_hashes(s, hashes)

    def add(self, coded: CodedArticle, coder_version: str, run_id: int | None = None) -> int | None:
        """Store one coded article with all its rows, or nothing; None when its content is already stored."""
        return self.add_many([coded], coder_version, run_id)[0]

    def add_many(self, batch: Sequence[CodedArticle], coder_version: str, run_id: int | None = None
                 ) -> list[int | None]:
        """Store coded articles as `add` does, in one transaction; None for content stored before (or earlier
        in the batch). If the transaction fails, the articles are added one by one, so that those before the
        failing one are kept as with `add`, and the error is raised."""
        try:
            return self._add_all(batch, coder_version, run_id)
        except StoreError:
            if len(batch) <= 1:
                raise
        return [self._add_all([coded], coder_version, run_id)[0] for coded in batch]

    def _add_all(self, batch: Sequence[CodedArticle], coder_version: str, run_id: int | None
                 ) -> list[int | None]:
        hashes = [coded.article.content_hash for coded in batch]
        ids: list[int | None] = []
        with self.writing() as s:
            seen = _stored_hashes(s, hashes)
            conn = s.connection()
            for coded, content_hash in zip(batch, hashes, strict=True):
                if content_hash in seen:
                    ids.append(None)
                    continue
                seen.add(content_hash)
                a = coded.article
                values = dict(content_hash=content_hash, external_id=a.external_id, title=a.title,
                              text=a.text, date=a.date, outlet=a.outlet, url=a.url, author=a.author,
                              source=a.source, language=coded.language, n_words=coded.n_words,
                              meta=_jsonable(a.metadata), coder_version=coder_version, run_id=run_id)
                ids.append(conn.execute(_INSERT[DocumentRow], values).inserted_primary_key[0])
            stored = [(i, c) for i, c in zip(ids, batch, strict=True) if i is not None]
            self._write_coding(s, stored, coder_version)
            if stored:
                _codings_changed(s)
        return ids

    def replace_coding(self, document_id: int, coded: CodedArticle, coder_version: str) -> None:
        """Swap a document's events, mentions and sentences for a new coding, in one transaction."""
        with self.writing() as s:
            for table in (EventRow, MentionRow, UnresolvedRow, SentenceRow, ClaimRow, QuoteRow):
                s.execute(delete(table).where(table.document_id == document_id))
            s.get(DocumentRow, document_id).coder_version = coder_version
            self._write_coding(s, [(document_id, coded)], coder_version)
            _codings_changed(s)

    def _write_coding(self, s: Session, docs: list[tuple[int, CodedArticle]], coder_version: str) -> None:
        """The rows of each (document id, coding): one multi-row insert per table for all of them."""
        sentences, mentions, unresolved, events, claims, quotes, names = [], [], [], [], [], [], {}
        for doc_id, coded in docs:
            sentences += [dict(document_id=doc_id, index=x.index, start=x.start, end=x.end, text=x.text)
                          for x in coded.sentences]
            mentions += [dict(document_id=doc_id, code=m.code, text=m.text[:400], start=m.start, end=m.end,
                              kind=m.kind) for m in coded.mentions]
            unresolved += [dict(document_id=doc_id, text=t[:400], label=label)
                           for t, label in coded.unresolved]
            events += [dict(document_id=doc_id, coder_version=coder_version, **_values(e)) for e in coded.events]
            claims += [{**_values(c), "document_id": doc_id} for c in coded.claims]
            quotes += [dict(document_id=doc_id, **_values(q)) for q in coded.quotes]
            codes = {m.code: m.text for m in coded.mentions}
            codes.update({e.source: e.source_text for e in coded.events})
            codes.update({e.target: e.target_text for e in coded.events if e.target})
            codes.update(coded.names)
            for code, name in codes.items():
                names.setdefault(code, name)  # the first document to name an actor names it
        for table, rows in ((SentenceRow, sentences), (MentionRow, mentions), (UnresolvedRow, unresolved),
                            (EventRow, events), (ClaimRow, claims), (QuoteRow, quotes)):
            if rows:
                s.connection().execute(_INSERT[table], rows)
        known = set()
        codes = list(names)
        for n in range(0, len(codes), _IN_CHUNK):
            known.update(s.scalars(select(ActorRow.code).where(ActorRow.code.in_(codes[n:n + _IN_CHUNK]))))
        new = [dict(code=c, name=n[:400]) for c, n in names.items() if c not in known]
        if new:
            s.connection().execute(_INSERT[ActorRow], new)

    # -- reading --------------------------------------------------------------------------------

    def events(self, f: EventFilter | None = None) -> list[dict]:
        """Events as dictionaries with their document's date, title and outlet, oldest first (no time limit)."""
        from .queries import iter_events

        return list(iter_events(self, f or EventFilter()))

    def events_frame(self, f: EventFilter | None = None):
        """Events as a pandas DataFrame (pip install pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise StoreError("events_frame needs pandas: pip install pandas") from exc
        return pd.DataFrame(self.events(f))

    def documents(self, limit: int | None = None) -> list[dict]:
        stmt = select(DocumentRow.id, DocumentRow.title, DocumentRow.date, DocumentRow.outlet, DocumentRow.n_words,
                      DocumentRow.source).order_by(DocumentRow.date, DocumentRow.id)
        if limit:
            stmt = stmt.limit(limit)
        with self.session() as s:
            return [dict(r._mapping) for r in s.execute(stmt)]

    def iter_documents(self, batch: int = 200) -> Iterator[DocumentRow]:
        """Every stored document, fetched in batches so memory stays flat."""
        last = 0
        while True:
            with self.session() as s:
                rows = list(s.scalars(select(DocumentRow).where(DocumentRow.id > last)
                                      .order_by(DocumentRow.id).limit(batch)))
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def actor_counts(self) -> list[dict]:
        """Known actors with how many events they are source or target of."""
        with self.session() as s:
            src = dict(s.execute(select(EventRow.source, func.count()).group_by(EventRow.source)).all())
            tgt = dict(s.execute(select(EventRow.target, func.count()).group_by(EventRow.target)).all())
            mentions = dict(s.execute(select(MentionRow.code, func.count()).group_by(MentionRow.code)).all())
            actors = s.scalars(select(ActorRow)).all()
        rows = [{"code": a.code, "name": a.name, "mentions": mentions.get(a.code, 0),
                 "as_source": src.get(a.code, 0), "as_target": tgt.get(a.code, 0)} for a in actors]
        return sorted(rows, key=lambda r: (-(r["as_source"] + r["as_target"] + r["mentions"]), r["code"]))

    def unresolved_counts(self, limit: int | None = None) -> list[dict]:
        """Named entities that resolved to no actor, most frequent first."""
        stmt = (select(UnresolvedRow.text, UnresolvedRow.label, func.count().label("count"))
                .group_by(UnresolvedRow.text, UnresolvedRow.label).order_by(func.count().desc(), UnresolvedRow.text))
        if limit:
            stmt = stmt.limit(limit)
        with self.session() as s:
            return [dict(r._mapping) for r in s.execute(stmt)]

    def stats(self) -> dict:
        """How many documents, sentences, events (and asserted ones), actors and words are stored."""
        from .queries import totals

        t = totals(self, seconds=0)
        return {"documents": t["documents"], "sentences": t["sentences"], "events": t["events"],
                "asserted_events": t["by_factuality"].get("asserted", 0), "actors": t["actors"],
                "words": t["words"]}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _codings_changed(s: Session) -> None:
    """Count a write that changed stored codings, in its transaction: the ledger built before is now stale."""
    s.execute(update(StateRow).where(StateRow.key == "claims").values(value=StateRow.value + 1))


def _stored_hashes(s: Session, hashes: Sequence[str]) -> set[str]:
    unique = list(dict.fromkeys(hashes))
    found: set[str] = set()
    for n in range(0, len(unique), _IN_CHUNK):
        found.update(s.scalars(select(DocumentRow.content_hash)
                               .where(DocumentRow.content_hash.in_(unique[n:n + _IN_CHUNK]))))
    return found


WRITER_LOCK = (0x41636364, 1)  # PostgreSQL advisory lock key of the store's writers ('Accd', 1)


def _lock_writer(conn: Connection) -> None:
    """Wait for the writer lock of a PostgreSQL database, held to the end of the transaction; on SQLite the
    transaction itself began with BEGIN IMMEDIATE, the one writer lock SQLite has."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": WRITER_LOCK[0], "b": WRITER_LOCK[1]})


def _sqlite_setup(engine, busy_seconds: float, wal: bool) -> None:
    """SQLite with foreign keys, WAL (readers never wait for the writer) and a busy timeout; transactions begun
    by Accord itself, so that writers take the write lock first (BEGIN IMMEDIATE) and DDL is transactional."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # no implicit BEGIN from the driver: on_begin says which
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_seconds * 1000)}")
        if wal:
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError as exc:  # read-only files, or a lock held while switching
                logger.debug("journal_mode=WAL not set: %s", exc)
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("accord_writer") else "BEGIN")


def _sqlite_file(parsed) -> Path | None:
    """The file behind a SQLite URL, also for URI filenames (file:PATH?mode=ro&uri=true); None in memory."""
    db = parsed.database
    if db and db.startswith("file:") and parsed.query.get("uri") == "true":
        if parsed.query.get("mode") == "memory":
            return None
        db = unquote(urlsplit(db).path)
    return Path(db) if db and db != ":memory:" else None


def _jsonable(meta: dict) -> dict:
    out = {}
    for k, v in meta.items():
        out[str(k)] = v if isinstance(v, (str, int, float, bool, list, dict, type(None))) else str(v)
    return out


@stores.register("sqlite")
def open_sqlite(url: str, create: bool = True, upgrade: bool | None = None) -> Store:
    return Store(url, create, upgrade)


@stores.register("postgresql")
def open_postgresql(url: str, create: bool = True, upgrade: bool | None = None) -> Store:
    return Store(url, create, upgrade)


def open_store(url: str, create: bool = True, upgrade: bool | None = None) -> Store:
    """The store for a URL, chosen by its backend name through the registry; `create` and `upgrade` as for
    `Store` (a factory that takes no `upgrade` is asked only when it is given)."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError as exc:
        raise StoreError(f"{url}: not a database URL (e.g. sqlite:///accord.db)") from exc
    try:
        factory = stores.get(backend)
    except catalogue.RegistryError as exc:
        raise StoreError(f"{url}: no store for {backend!r}; use sqlite:/// or postgresql+psycopg://") from exc
    return factory(url, create) if upgrade is None else factory(url, create, upgrade=upgrade)
