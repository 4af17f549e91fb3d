"""The one read layer of the store: event filters, pages by cursor, every event streamed, time series, the actor
network, totals. The CLI, the API, the dashboard, exports and `Store.events` all read through it, so a filter
means the same everywhere: actor and code filters are code prefixes (`USA` takes in `USAGOV`, `04` every code
of root 04), dates an inclusive range.

Every query runs under a time budget (`QueryCostError` past it; the `query_seconds` setting, or none for the
CLI and exports) and is written with SQLAlchemy Core so it runs unchanged on SQLite and PostgreSQL; dates are
bucketed by week or month in Python, not in SQL.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
from sqlalchemy import Date, String, and_, case, cast, exists, func, or_, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ..errors import StoreError
from . import EVENT_COLUMNS, EventFilter, Store, _explain
from .models import ActorRow, DocumentRow, EventRow, MentionRow, QuoteRow, RunRow, SentenceRow

FACTUALITIES = ("asserted", "negated", "hypothetical", "future", "modal", "called_off", "disputed")
INTERVALS = ("day", "week", "month")
MAX_CODES_IN = 200
PROBE_ROWS = 5000
BUILD_SECONDS = 600.0

E = EventRow.__table__.c
D = DocumentRow.__table__.c
S = SentenceRow.__table__.c


class QueryCostError(StoreError):
    """A query ran past its time budget; narrow it (dates, actors) and ask again."""


class CursorError(ValueError):
    """A pagination cursor that this server did not hand out."""


EventQuery = EventFilter  # the name the API and dashboard use


@dataclass
class Page:
    """One page of rows and the cursor of the next page (None on the last)."""

    rows: list[dict]
    next_cursor: str | None


@dataclass
class Bucket:
    """Events of one period: counts, Goldstein totals and counts per QuadClass."""

    period: date
    events: int = 0
    goldstein_sum: float = 0.0
    cooperation: float = 0.0
    conflict: float = 0.0
    quad_counts: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})

    @property
    def goldstein_mean(self) -> float | None:
        # from the sum rounded first: databases add floats in different orders
        return round(self.goldstein_sum, 6) / self.events if self.events else None

    def as_dict(self) -> dict:
        return {"period": self.period, "events": self.events, "goldstein_sum": round(self.goldstein_sum, 3),
                "goldstein_mean": None if self.goldstein_mean is None else round(self.goldstein_mean, 3),
                "cooperation": round(self.cooperation, 3), "conflict": round(self.conflict, 3),
                "quad_counts": {str(k): v for k, v in self.quad_counts.items()}}


# -- connections ------------------------------------------------------------------------------------


@contextmanager
def connect(store: Store, seconds: float | None = None) -> Iterator[Connection]:
    """A connection whose statements are interrupted after `seconds` (by default the store's `query_seconds`;
    0: never), raising `QueryCostError`."""
    seconds = store.query_seconds if seconds is None else seconds
    if not seconds:
        with _store_errors(store), store.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()
        return
    try:
        with store.engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                raw = conn.connection.driver_connection
                deadline = time.monotonic() + seconds
                raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
            elif conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(seconds * 1000)}")
            try:
                yield conn
            finally:
                if sqlite:
                    raw.set_progress_handler(None, 0)
                conn.rollback()
    except (DBAPIError, SQLAlchemyError) as exc:
        text = str(getattr(exc, "orig", exc)).lower()
        if "interrupted" in text or "statement timeout" in text or "canceling statement" in text:
            raise QueryCostError(f"the query took more than {seconds:.0f} s; narrow it with a date range, "
                                 f"an actor or a code") from exc
        raise StoreError(_explain(exc, store.display)) from exc


@contextmanager
def _store_errors(store: Store):
    try:
        yield
    except (DBAPIError, SQLAlchemyError) as exc:
        raise StoreError(_explain(exc, store.display)) from exc


def _prefix(conn: Connection, column, prefix: str):
    """`column` starts with `prefix`: a range on SQLite, where it can use the index; LIKE elsewhere, which
    stays right under any collation."""
    if conn.dialect.name == "sqlite":
        return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))
    return column.startswith(prefix, autoescape=True)


def _actor(conn: Connection, column, prefix: str, indexed: bool = True):
    """`column` holds an actor code starting with `prefix`. As a list of the stored codes when it is short:
    an index on (source, target) then seeks each pair instead of scanning every USA... entry (every code an
    event names is in the actors table: the store adds it with the event)."""
    codes = conn.scalars(select(ActorRow.code).where(_prefix(conn, ActorRow.code, prefix))
                         .order_by(ActorRow.code).limit(MAX_CODES_IN + 1)).all()
    if not indexed:
        column = _opaque(column)
    return column.in_(codes) if len(codes) <= MAX_CODES_IN else _prefix(conn, column, prefix)


def _opaque(column):
    """The same value, but no index key: steers the planner (SQLite plans without statistics) away from an
    index that looks selective and is not, as factuality = 'asserted' (most rows)."""
    return column.concat("")


def has_actors(f: EventQuery) -> bool:
    return bool(f.actor or f.source or f.target or f.dyad)


def conditions(conn: Connection, f: EventQuery, plan: str = "auto") -> list:
    """WHERE terms of an event query. `plan` says which index should answer it: "actors" (the actor codes,
    for selective actors), "dates" (factuality and date, in date order, for busy actors), or "auto": actors
    when the query names some."""
    if plan == "auto":
        plan = "actors" if has_actors(f) else "dates"
    by_actor = plan == "actors"
    out = []
    if f.actor:
        out.append(or_(_actor(conn, E.source, f.actor, by_actor), _actor(conn, E.target, f.actor, by_actor)))
    if f.source:
        out.append(_actor(conn, E.source, f.source, by_actor))
    if f.target:
        out.append(_actor(conn, E.target, f.target, by_actor))
    if f.dyad:
        a, b = f.dyad
        out.append(or_(and_(_actor(conn, E.source, a, by_actor), _actor(conn, E.target, b, by_actor)),
                       and_(_actor(conn, E.source, b, by_actor), _actor(conn, E.target, a, by_actor))))
    if f.code:
        out.append(_prefix(conn, E.code, f.code))
    if f.quad_class:
        out.append(E.quad_class == f.quad_class)
    if f.date_from:
        out.append(E.event_date >= f.date_from)
    if f.date_to:
        out.append(E.event_date <= f.date_to)
    factuality = _opaque(E.factuality) if by_actor and has_actors(f) else E.factuality
    if isinstance(f.factuality, tuple):
        out.append(factuality.in_(f.factuality))
    elif f.factuality:
        out.append(factuality == f.factuality)
    if f.document_id is not None:
        out.append(E.document_id == f.document_id)
    if f.text:
        out.append(E.sentence.icontains(f.text, autoescape=True))
    return out


# -- cursors ----------------------------------------------------------------------------------------


def encode_cursor(values: dict) -> str:
    raw = json.dumps(values, separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: str) -> dict:
    """The values of a cursor of `kind`; `CursorError` when it is not one this server handed out."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(values, dict) or values.get("k") != kind:
            raise ValueError
        return values
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise CursorError(f"cursor {cursor[:40]!r} is not one this server handed out; start again without it"
                          ) from exc


def _position(cursor: str, kind: str) -> tuple[date | None, int]:
    """The (date, id) a date-ordered cursor stands for."""
    values = decode_cursor(cursor, kind)
    try:
        day, last_id = values["d"], values["i"]
        if not isinstance(last_id, int) or isinstance(last_id, bool):
            raise TypeError
        return (date.fromisoformat(day) if day is not None else None), last_id
    except (KeyError, TypeError, ValueError) as exc:
        raise CursorError(f"cursor {cursor[:40]!r} is not one this server handed out; start again without it"
                          ) from exc


def _after(day_col, id_col, cursor: tuple[date | None, int], newest_first: bool):
    """Rows after `cursor` in (date, id) order, newest or oldest first, rows without a date last."""
    day, last_id = cursor
    later = id_col < last_id if newest_first else id_col > last_id
    if day is None:
        return and_(day_col.is_(None), later)
    beyond = day_col < day if newest_first else day_col > day
    return or_(beyond, and_(day_col == day, later), day_col.is_(None))


def _order(day_col, id_col, newest_first: bool) -> list:
    if newest_first:
        return [day_col.desc().nulls_last(), id_col.desc()]
    return [day_col.asc().nulls_last(), id_col.asc()]


# -- events -----------------------------------------------------------------------------------------


EVENT_ROW = [*(E[c] for c in EVENT_COLUMNS), D.title, D.outlet, D.url, D.date.label("published")]
EVENT_SELECT = [*EVENT_ROW, select(S.start).where(S.document_id == E.document_id, S.index == E.sentence_index)
                .scalar_subquery().label("sentence_start")]


def _event_rows(conn: Connection, f: EventQuery, limit: int, position: tuple[date | None, int] | None,
                newest_first: bool, columns: list) -> list[dict]:
    """Up to `limit` events matching `f` after `position` (date, id), in date order: the pagination of every
    event read."""
    where = conditions(conn, f, _page_plan(conn, f))
    if position:
        where.append(_after(E.event_date, E.id, position, newest_first))
    # the ids first, from an index alone; then only those rows
    ids = conn.scalars(select(E.id).where(*where).order_by(*_order(E.event_date, E.id, newest_first))
                       .limit(limit)).all()
    stmt = select(*columns).join_from(EventRow, DocumentRow, E.document_id == D.id).where(E.id.in_(ids))
    found = {r.id: dict(r._mapping) for r in conn.execute(stmt)}
    return [found[i] for i in ids]


def event_page(store: Store, f: EventQuery, limit: int = 50, cursor: str | None = None,
               newest_first: bool = True) -> Page:
    """A page of events matching `f`, with their document's title, outlet, url and date and the offset of
    their sentence."""
    kind = "e" + ("n" if newest_first else "o")
    position = _position(cursor, kind) if cursor else None
    with connect(store) as conn:
        rows = _event_rows(conn, f, limit + 1, position, newest_first, EVENT_SELECT)
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor({"k": kind, "d": rows[-1]["event_date"], "i": rows[-1]["id"]}) if more else None
    return Page(rows, nxt)


def iter_events(store: Store, f: EventQuery, newest_first: bool = False, seconds: float | None = 0,
                page: int = 1000) -> Iterator[dict]:
    """Every event matching `f` (at most `f.limit`), oldest first, with its document's title, outlet, url and
    date; read `page` events at a time, each page a query of its own under `seconds` (0: no limit), so memory
    stays flat and no read holds the database for the whole export."""
    position, left = None, f.limit or None
    while left is None or left > 0:
        size = page if left is None else min(page, left)
        with connect(store, seconds) as conn:
            rows = _event_rows(conn, f, size, position, newest_first, EVENT_ROW)
        yield from rows
        if len(rows) < size:
            return
        if left is not None:
            left -= len(rows)
        position = (rows[-1]["event_date"], rows[-1]["id"])


def _page_plan(conn: Connection, f: EventQuery) -> str:
    """Seek the actors' events and sort them when they are few; else walk the events in date order, where a
    busy actor's come soon. A count bounded by PROBE_ROWS tells which."""
    if not has_actors(f):
        return "dates"
    probe = select(E.id).where(*conditions(conn, f, "actors")).limit(PROBE_ROWS).subquery()
    return "actors" if conn.scalar(select(func.count()).select_from(probe)) < PROBE_ROWS else "dates"


def count_events(store: Store, f: EventQuery) -> int:
    with connect(store) as conn:
        return conn.scalar(select(func.count()).select_from(EventRow).where(*conditions(conn, f)))


def series(store: Store, f: EventQuery, interval: str = "week") -> list[Bucket]:
    """Events matching `f` (with a date) per day, week (from Monday) or month, oldest first; empty periods
    between the first and last are included, with zeros."""
    if interval not in INTERVALS:
        raise ValueError(f"interval {interval!r}: use one of {', '.join(INTERVALS)}")
    score = func.coalesce(E.goldstein, 0.0)
    per_quad = [func.sum(case((E.quad_class == k, 1), else_=0)) for k in (1, 2, 3, 4)]
    rows = []
    with connect(store) as conn:
        for part in _one_way(f):
            period = _period(conn, interval)
            stmt = (select(period, func.count(), func.sum(score), func.sum(case((score > 0, score), else_=0.0)),
                           func.sum(case((score < 0, -score), else_=0.0)), *per_quad)
                    .where(*conditions(conn, part)).group_by(period))
            rows += conn.execute(stmt).all()
    buckets: dict[date, Bucket] = {}
    for day, n, total, coop, conflict, *quads in rows:
        if day is None:
            continue
        start = period_start(day, interval)
        b = buckets.get(start)
        if b is None:
            b = buckets[start] = Bucket(start)
        b.events += n
        b.goldstein_sum += total or 0.0
        b.cooperation += coop or 0.0
        b.conflict += conflict or 0.0
        for k, count in enumerate(quads, start=1):
            b.quad_counts[k] += count or 0
    if not buckets:
        return []
    periods = _periods(min(buckets), max(buckets), interval)
    return [buckets.get(p) or Bucket(p) for p in periods]


def _period(conn: Connection, interval: str):
    """The first day of an event's period, computed by the database where it can (fewer rows to fetch); the
    day itself elsewhere, which `series` then buckets."""
    if interval == "day":
        return E.event_date
    if conn.dialect.name == "sqlite":
        shift = ("weekday 0", "-6 days") if interval == "week" else ("start of month",)
        return type_coerce(func.date(E.event_date, *shift), Date)
    if conn.dialect.name == "postgresql":
        return cast(func.date_trunc(interval, E.event_date), Date)
    return E.event_date


def _one_way(f: EventQuery) -> list[EventQuery]:
    """A dyad query as one query per direction, which an index on (source, target) answers without an OR;
    kept whole when the two actors overlap (USA and USAGOV), where one event could match both ways."""
    if not f.dyad or f.source or f.target:
        return [f]
    a, b = f.dyad
    if a.startswith(b) or b.startswith(a):
        return [f]
    return [replace(f, dyad=None, source=a, target=b), replace(f, dyad=None, source=b, target=a)]


def period_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def _periods(first: date, last: date, interval: str) -> list[date]:
    out, p = [], first
    while p <= last:
        out.append(p)
        if interval == "month":
            p = date(p.year + p.month // 12, p.month % 12 + 1, 1)
        else:
            p += timedelta(days=7 if interval == "week" else 1)
    return out


# -- actors and the network ------------------------------------------------------------------------


def country_level(code: str) -> str:
    """The country (or international organisation) of an actor code: USAGOV -> USA, IGOUNOIAE -> IGOUNO."""
    return code[:6] if code.startswith(("IGO", "NGO", "MNC")) else code[:3]


def known_actor(store: Store, prefix: str) -> bool:
    """Whether any stored actor code starts with `prefix`."""
    with connect(store) as conn:
        return bool(conn.scalar(select(exists().where(_prefix(conn, ActorRow.code, prefix)))))


def actor_names(store: Store, codes: list[str]) -> dict[str, str]:
    """Names of actor codes; a country-level code without a row of its own takes its first sub-actor's."""
    out: dict[str, str] = {}
    if not codes:
        return out
    with connect(store) as conn:
        for code in codes:
            row = conn.execute(select(ActorRow.code, ActorRow.name).where(_prefix(conn, ActorRow.code, code))
                               .order_by(func.length(ActorRow.code), ActorRow.code).limit(1)).first()
            if row:
                out[code] = row.name
    return out


def actor_page(store: Store, prefix: str = "", limit: int = 50, cursor: str | None = None) -> Page:
    """Actors by code, with how many events they are source and target of and how often they are named."""
    after = decode_cursor(cursor, "a").get("c") if cursor else None
    if cursor and not isinstance(after, str):
        raise CursorError(f"cursor {cursor[:40]!r} is not one this server handed out; start again without it")
    with connect(store) as conn:
        stmt = select(ActorRow.code, ActorRow.name).order_by(ActorRow.code).limit(limit + 1)
        if prefix:
            stmt = stmt.where(_prefix(conn, ActorRow.code, prefix))
        if after is not None:
            stmt = stmt.where(ActorRow.code > after)
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        more = len(rows) > limit
        rows = rows[:limit]
        for r in rows:
            r["as_source"] = conn.scalar(select(func.count()).where(E.source == r["code"]))
            r["as_target"] = conn.scalar(select(func.count()).where(E.target == r["code"]))
            r["mentions"] = conn.scalar(select(func.count()).where(MentionRow.code == r["code"]))
    return Page(rows, encode_cursor({"k": "a", "c": rows[-1]["code"]}) if more else None)


@dataclass
class _Edges:
    """Events with a target summed per (factuality, day, source, target, QuadClass), as numpy columns: the
    pre-aggregation behind `network`, rebuilt when the store changes."""

    version: tuple
    codes: list[str]
    src: np.ndarray
    tgt: np.ndarray
    day: np.ndarray
    fact: np.ndarray
    quad: np.ndarray
    count: np.ndarray
    gold: np.ndarray


_EDGES: dict[str, _Edges] = {}
_EDGES_LOCK = threading.Lock()


def _version(conn: Connection) -> tuple:
    """Changes whenever events are added or recoded: every write goes through a run, and new rows get new ids."""
    return tuple(conn.execute(select(select(func.max(E.id)).scalar_subquery(),
                                     select(func.max(RunRow.id)).scalar_subquery(),
                                     select(func.max(D.id)).scalar_subquery())).one())


def _edges(store: Store) -> _Edges:
    """The pre-aggregated edges of the store, read again when it has changed (seconds for a million events:
    `warm` does it ahead of the first request)."""
    with connect(store) as conn:
        version = _version(conn)
    cached = _EDGES.get(store.url)
    if cached is not None and cached.version == version:
        return cached
    with _EDGES_LOCK, connect(store, BUILD_SECONDS) as conn:
        cached = _EDGES.get(store.url)
        version = _version(conn)
        if cached is not None and cached.version == version:
            return cached
        cols = (E.source, E.target, E.factuality, cast(E.event_date, String), E.quad_class)
        stmt = (select(*cols, func.count(), func.sum(func.coalesce(E.goldstein, 0.0))).where(E.target != "")
                .group_by(*cols))  # in the order of ix_events_dyad_cover: no sort
        # constants only, so literal SQL; read through the driver's cursor, ten times faster than Row objects
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.execute(str(stmt.compile(conn, compile_kwargs={"literal_binds": True})))
            rows = cursor.fetchall()
        finally:
            cursor.close()
        ids: dict[str, int] = {}
        facts = {f: i for i, f in enumerate(FACTUALITIES)}
        n = len(rows)
        sources, targets, facts_, days, quads, counts, golds = zip(*rows, strict=True) if rows else ((),) * 7
        src = np.fromiter((ids.setdefault(c, len(ids)) for c in sources), np.int32, n)
        tgt = np.fromiter((ids.setdefault(c, len(ids)) for c in targets), np.int32, n)
        fact = np.fromiter((facts.get(f, -1) for f in facts_), np.int8, n)
        day = np.array([str(d)[:10] if d else "NaT" for d in days], dtype="datetime64[D]").astype(np.int64)
        day = np.where(day < -10**12, -1, day + date(1970, 1, 1).toordinal())  # NaT (no date) is -1
        quad = np.fromiter((q or 0 for q in quads), np.int8, n)
        count = np.fromiter(counts, np.int64, n)
        gold = np.fromiter((g or 0.0 for g in golds), np.float64, n)
        edges = _Edges(version, list(ids), src, tgt, day, fact, quad, count, gold)
        _EDGES[store.url] = edges
        return edges


def warm(store: Store) -> None:
    """Build what `network` reads, so that the first request does not wait for it."""
    _edges(store)


def network(store: Store, date_from: date | None = None, date_to: date | None = None,
            factuality: str | tuple | None = "asserted", quad_class: int | None = None, level: str = "country",
            max_nodes: int = 30) -> dict:
    """Who acts on whom: directed edges with event count and Goldstein sum and mean among the `max_nodes`
    busiest actors, at `level` "country" (USAGOV counts as USA) or "actor"; actors acting on themselves are
    left out of the edges (but count for their weight)."""
    cube = _edges(store)
    keep = np.ones(len(cube.count), dtype=bool)
    if factuality:
        wanted = [FACTUALITIES.index(f) for f in ((factuality,) if isinstance(factuality, str) else factuality)
                  if f in FACTUALITIES]
        keep &= np.isin(cube.fact, wanted)
    if date_from:
        keep &= cube.day >= date_from.toordinal()
    if date_to:
        keep &= (cube.day <= date_to.toordinal()) & (cube.day >= 0)
    if quad_class:
        keep &= cube.quad == quad_class
    names = [country_level(c) for c in cube.codes] if level == "country" else cube.codes
    index = {name: i for i, name in enumerate(dict.fromkeys(names))}
    to_node = np.array([index[n] for n in names], dtype=np.int64)
    k = max(len(index), 1)
    pair = to_node[cube.src[keep]] * k + to_node[cube.tgt[keep]]
    if k * k <= 4_000_000:
        counts = np.bincount(pair, weights=cube.count[keep], minlength=k * k)
        sums = np.bincount(pair, weights=cube.gold[keep], minlength=k * k)
        found = np.nonzero(counts)[0]
        counts, sums = counts[found], sums[found]
    else:
        found, inverse = np.unique(pair, return_inverse=True)
        counts = np.bincount(inverse, weights=cube.count[keep])
        sums = np.bincount(inverse, weights=cube.gold[keep])
    a, b = found // k, found % k
    weight = np.bincount(a, weights=counts, minlength=k)
    weight += np.bincount(b, weights=np.where(a != b, counts, 0), minlength=k)
    labels = list(index)
    order = sorted((i for i in range(len(labels)) if weight[i] > 0), key=lambda i: (-weight[i], labels[i]))
    kept = set(order[:max_nodes])
    edges = [{"source": labels[x], "target": labels[y], "events": int(n), "goldstein_sum": round(total, 3),
              "goldstein_mean": round(round(total, 6) / n, 3)}
             for n, total, x, y in zip(counts.tolist(), sums.tolist(), a.tolist(), b.tolist(), strict=True)
             if x != y and x in kept and y in kept]
    edges.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
    nodes = [{"code": labels[i], "events": int(weight[i])} for i in order[:max_nodes]]
    return {"nodes": nodes, "edges": edges}


def top_dyads(store: Store, date_from: date | None = None, date_to: date | None = None,
              factuality: str | tuple | None = "asserted", limit: int = 10) -> list[dict]:
    """The busiest pairs of countries, both directions together, with their Goldstein sum and mean."""
    pairs: dict[tuple[str, str], list[float]] = {}
    for e in network(store, date_from, date_to, factuality, max_nodes=100_000)["edges"]:
        key = tuple(sorted((e["source"], e["target"])))
        acc = pairs.setdefault(key, [0, 0.0])
        acc[0] += e["events"]
        acc[1] += e["goldstein_sum"]
    best = sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [{"a": a, "b": b, "events": n, "goldstein_sum": round(total, 3),
             "goldstein_mean": round(round(total, 6) / n, 3)} for (a, b), (n, total) in best]


# -- documents and totals ---------------------------------------------------------------------------


DOCUMENT_FIELDS = [D.id, D.title, D.date, D.outlet, D.url, D.author, D.n_words, D.language]


def document_page(store: Store, limit: int = 20, cursor: str | None = None) -> Page:
    """Documents, newest publication date first, each with how many events it holds."""
    position = _position(cursor, "d") if cursor else None
    n_events = select(func.count()).where(E.document_id == D.id).scalar_subquery()
    n_asserted = (select(func.count()).where(E.document_id == D.id, E.factuality == "asserted")
                  .scalar_subquery())
    with connect(store) as conn:
        stmt = select(*DOCUMENT_FIELDS, n_events.label("events"), n_asserted.label("asserted_events"))
        if position:
            stmt = stmt.where(_after(D.date, D.id, position, True))
        stmt = stmt.order_by(*_order(D.date, D.id, True)).limit(limit + 1)
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, encode_cursor({"k": "d", "d": rows[-1]["date"], "i": rows[-1]["id"]}) if more else None)


def document(store: Store, document_id: int) -> dict | None:
    """A document with its text, sentences, events (any factuality), actor mentions and quotes; None if absent."""
    with connect(store) as conn:
        doc = conn.execute(select(*DOCUMENT_FIELDS, D.text, D.coder_version)
                           .where(D.id == document_id)).first()
        if doc is None:
            return None
        out = dict(doc._mapping)
        out["sentences"] = [dict(r._mapping) for r in conn.execute(
            select(S.index, S.start, S.end, S.text).where(S.document_id == document_id).order_by(S.index))]
        out["events"] = [dict(r._mapping) for r in conn.execute(
            select(*(E[c] for c in EVENT_COLUMNS)).where(E.document_id == document_id)
            .order_by(E.sentence_index, E.verb_start, E.id))]
        m = MentionRow.__table__.c
        out["mentions"] = [dict(r._mapping) for r in conn.execute(
            select(m.code, m.text, m.start, m.end, m.kind).where(m.document_id == document_id)
            .order_by(m.start))]
        quote = QuoteRow.__table__.c
        out["quotes"] = [dict(r._mapping) for r in conn.execute(
            select(quote).where(quote.document_id == document_id).order_by(quote.start, quote.id))]
    return out


def known_document(store: Store, document_id: int) -> bool:
    with connect(store) as conn:
        return bool(conn.scalar(select(exists().where(D.id == document_id))))


def publication_span(store: Store) -> tuple[date | None, date | None]:
    """The first and last publication dates of the stored documents."""
    with connect(store) as conn:
        return tuple(conn.execute(select(func.min(D.date), func.max(D.date))).one())


def totals(store: Store, seconds: float | None = None) -> dict:
    """Counts of every kind of row, events per factuality and the span of event dates."""
    with connect(store, seconds) as conn:
        def count(table, *where):
            return conn.scalar(select(func.count()).select_from(table).where(*where))

        first, last = conn.execute(select(func.min(E.event_date), func.max(E.event_date))).one()
        return {
            "documents": count(DocumentRow.__table__),
            "sentences": count(SentenceRow.__table__),
            "events": count(EventRow.__table__),
            "actors": count(ActorRow.__table__),
            "words": conn.scalar(select(func.coalesce(func.sum(D.n_words), 0))),
            "by_factuality": {k: v for k, v in conn.execute(
                select(E.factuality, func.count()).group_by(E.factuality).order_by(func.count().desc()))},
            "first_event_date": first,
            "last_event_date": last,
        }


def document_ids(store: Store, hashes: list[str]) -> list[int]:
    """Ids of the stored documents with these content hashes, in the order given (absent ones left out)."""
    found: dict[str, int] = {}
    with connect(store) as conn:
        for n in range(0, len(hashes), 500):
            chunk = hashes[n:n + 500]
            found.update(conn.execute(select(D.content_hash, D.id).where(D.content_hash.in_(chunk))).all())
    return [found[h] for h in dict.fromkeys(hashes) if h in found]
