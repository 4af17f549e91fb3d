"""The SQL store: documents, sentences, actors and events; SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import catalogue
from sqlalchemy import create_engine, delete, event, func, insert, inspect, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError
from ..records import CodedArticle
from ..registry import stores
from .models import (
    ActorRow,
    Base,
    ClaimRow,
    CommitmentRow,
    DocumentRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    QuoteRow,
    RunRow,
    SentenceRow,
    UnresolvedRow,
)

logger = logging.getLogger(__name__)

EVENT_COLUMNS = [c.name for c in EventRow.__table__.columns]
_IN_CHUNK = 500  # values per IN (...) query, well under SQLite's limit
# Core inserts on the tables: far cheaper per row than ORM objects, with the same column defaults.
_INSERT = {row: insert(row.__table__) for row in (DocumentRow, SentenceRow, MentionRow, UnresolvedRow, EventRow,
                                                  ActorRow, ClaimRow, CommitmentRow, EvidenceRow, QuoteRow)}


@dataclass
class EventFilter:
    """What `events` selects; every field is optional."""

    actor: str = ""
    source: str = ""
    target: str = ""
    dyad: tuple[str, str] | None = None
    code: str = ""
    quad_class: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    factuality: str | None = "asserted"
    document_id: int | None = None
    limit: int | None = None


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

    def __init__(self, url: str, create: bool = True):
        self.url = url
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"{url}: not a database URL (e.g. sqlite:///accord.db)") from exc
        self.display = parsed.render_as_string(hide_password=True)
        kwargs = {}
        if parsed.get_backend_name() == "sqlite":
            path = _sqlite_file(parsed)
            if path is not None:
                create = create and parsed.query.get("mode") not in ("ro", "rw")
                if not create and not path.exists():
                    raise StoreError(f"{self.display}: no database here; run 'accord ingest' or 'accord demo' first")
                if create:
                    try:
                        path.parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise StoreError(f"{self.display}: cannot create its folder ({exc.strerror})") from exc
            kwargs["connect_args"] = {"timeout": 5}
        try:
            self.engine = create_engine(url, **kwargs)
        except (ArgumentError, ImportError) as exc:
            hint = " (pip install 'accord-events[postgres]')" if "postgres" in url else ""
            raise StoreError(f"{self.display}: cannot open the database: {exc}{hint}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        with _errors(self.display):
            Base.metadata.create_all(self.engine)
            self._add_missing_indexes()

    def _add_missing_indexes(self) -> None:
        """Create the indexes of the models that a database made by an older Accord lacks (`create_all` adds
        missing tables only). A database that cannot be written keeps working without them, only slower."""
        with self.engine.connect() as conn:
            names = inspect(conn)
            present = {t: {i["name"] for i in names.get_indexes(t)} for t in names.get_table_names()}
        missing = [i for t in Base.metadata.sorted_tables for i in sorted(t.indexes, key=lambda i: i.name)
                   if i.name not in present.get(t.name, set())]
        for n, index in enumerate(missing):
            logger.info("%s: adding index %s to table %s (made by an older Accord)", self.display, index.name,
                        index.table.name)
            try:
                with self.engine.begin() as conn:
                    index.create(conn, checkfirst=True)
            except DBAPIError as exc:
                reason = str(getattr(exc, "orig", exc)).splitlines()[0]
                logger.warning("%s: could not add the indexes %s (%s); queries stay slower until the database is "
                               "opened writable once", self.display, ", ".join(i.name for i in missing[n:]), reason)
                return

    @contextmanager
    def session(self) -> Iterator[Session]:
        with _errors(self.display), self.sessions() as session:
            yield session

    # -- writing --------------------------------------------------------------------------------

    def start_run(self, command: str, coder_version: str, settings: dict) -> int:
        with self.session() as s, s.begin():
            run = RunRow(command=command, coder_version=coder_version, settings=settings, counts={},
                         started_at=datetime.now())
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, counts: dict) -> None:
        with self.session() as s, s.begin():
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
        with self.session() as s, s.begin():
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
            self._write_coding(s, [(i, c) for i, c in zip(ids, batch, strict=True) if i is not None],
                               coder_version)
        return ids

    def replace_coding(self, document_id: int, coded: CodedArticle, coder_version: str) -> None:
        """Swap a document's events, mentions and sentences for a new coding, in one transaction."""
        with self.session() as s, s.begin():
            for table in (EventRow, MentionRow, UnresolvedRow, SentenceRow, ClaimRow, QuoteRow):
                s.execute(delete(table).where(table.document_id == document_id))
            s.get(DocumentRow, document_id).coder_version = coder_version
            self._write_coding(s, [(document_id, coded)], coder_version)

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
            for e in coded.events:
                values = e.to_dict()
                values["event_date"] = e.event_date
                events.append(dict(document_id=doc_id, coder_version=coder_version, **values))
            claims += [dict(document_id=doc_id, **{k: v for k, v in asdict(c).items() if k != "document_id"})
                       for c in coded.claims]
            quotes += [dict(document_id=doc_id, **asdict(q)) for q in coded.quotes]
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
        """Events as dictionaries with their document's date, title and outlet."""
        f = f or EventFilter()
        stmt = select(EventRow, DocumentRow.title, DocumentRow.outlet, DocumentRow.url, DocumentRow.date).join(
            DocumentRow, DocumentRow.id == EventRow.document_id)
        if f.actor:
            stmt = stmt.where(or_(EventRow.source.startswith(f.actor), EventRow.target.startswith(f.actor)))
        if f.source:
            stmt = stmt.where(EventRow.source.startswith(f.source))
        if f.target:
            stmt = stmt.where(EventRow.target.startswith(f.target))
        if f.dyad:
            a, b = f.dyad
            stmt = stmt.where(or_(EventRow.source.startswith(a) & EventRow.target.startswith(b),
                                  EventRow.source.startswith(b) & EventRow.target.startswith(a)))
        if f.code:
            stmt = stmt.where(EventRow.code.startswith(f.code))
        if f.quad_class:
            stmt = stmt.where(EventRow.quad_class == f.quad_class)
        if f.date_from:
            stmt = stmt.where(EventRow.event_date >= f.date_from)
        if f.date_to:
            stmt = stmt.where(EventRow.event_date <= f.date_to)
        if f.factuality:
            stmt = stmt.where(EventRow.factuality == f.factuality)
        if f.document_id is not None:
            stmt = stmt.where(EventRow.document_id == f.document_id)
        stmt = stmt.order_by(EventRow.event_date, EventRow.document_id, EventRow.sentence_index, EventRow.id)
        if f.limit:
            stmt = stmt.limit(f.limit)
        out = []
        with self.session() as s:
            for row, title, outlet, url, published in s.execute(stmt):
                d = {c: getattr(row, c) for c in EVENT_COLUMNS}
                d.update(title=title, outlet=outlet, url=url, published=published)
                out.append(d)
        return out

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
        with self.session() as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(DocumentRow)),
                "sentences": s.scalar(select(func.count()).select_from(SentenceRow)),
                "events": s.scalar(select(func.count()).select_from(EventRow)),
                "asserted_events": s.scalar(select(func.count()).select_from(EventRow)
                                            .where(EventRow.factuality == "asserted")),
                "actors": s.scalar(select(func.count()).select_from(ActorRow)),
                "words": s.scalar(select(func.coalesce(func.sum(DocumentRow.n_words), 0))),
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _stored_hashes(s: Session, hashes: Sequence[str]) -> set[str]:
    unique = list(dict.fromkeys(hashes))
    found: set[str] = set()
    for n in range(0, len(unique), _IN_CHUNK):
        found.update(s.scalars(select(DocumentRow.content_hash)
                               .where(DocumentRow.content_hash.in_(unique[n:n + _IN_CHUNK]))))
    return found


def _sqlite_pragmas(conn, _record) -> None:
    cur = conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


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
def open_sqlite(url: str, create: bool = True) -> Store:
    return Store(url, create)


@stores.register("postgresql")
def open_postgresql(url: str, create: bool = True) -> Store:
    return Store(url, create)


def open_store(url: str, create: bool = True) -> Store:
    """The store for a URL, chosen by its backend name through the registry."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError as exc:
        raise StoreError(f"{url}: not a database URL (e.g. sqlite:///accord.db)") from exc
    try:
        factory = stores.get(backend)
    except catalogue.RegistryError as exc:
        raise StoreError(f"{url}: no store for {backend!r}; use sqlite:/// or postgresql+psycopg://") from exc
    return factory(url, create)
