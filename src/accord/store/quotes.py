"""Quotes in the store: who is quoted, named or anonymous, and how much of each document rests on whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select

from . import Store
from .models import DocumentRow, QuoteRow
from .queries import CursorError, Page, _after, _order, _position, _prefix, connect, decode_cursor, encode_cursor

_COLUMNS = [c.name for c in QuoteRow.__table__.columns]
Q = QuoteRow.__table__.c
D = DocumentRow.__table__.c
SPEAKER_KINDS = ("person", "organisation", "anonymous", "author", "")


def quotes(store: Store, anonymous: bool | None = None, speaker: str = "", document_id: int | None = None,
           limit: int | None = None) -> list[dict]:
    """Quotes with their document's title and date, in document order (filters as in `quote_page`)."""
    f = QuoteQuery(anonymous=anonymous, speaker=speaker, document_id=document_id)
    stmt = (select(*(Q[c] for c in _COLUMNS), D.title, D.date.label("published"))
            .join_from(QuoteRow, DocumentRow, Q.document_id == D.id)
            .order_by(D.date.asc().nulls_last(), Q.document_id, Q.start, Q.id))
    if limit:
        stmt = stmt.limit(limit)
    with connect(store, 0) as conn:
        return [dict(r._mapping) for r in conn.execute(stmt.where(*_conditions(conn, f)))]


@dataclass
class QuoteQuery:
    """What `quote_page` selects; every field is optional. `speaker` is a code prefix, `text` words of the
    quote or of the speaker's name, `speaker_kind` one of SPEAKER_KINDS."""

    anonymous: bool | None = None
    speaker: str = ""
    speaker_kind: str | None = None
    document_id: int | None = None
    text: str = ""


def _conditions(conn, f: QuoteQuery) -> list:
    out = []
    if f.anonymous is not None:
        out.append(Q.anonymous == f.anonymous)
    if f.speaker:
        out.append(_prefix(conn, Q.speaker, f.speaker))
    if f.speaker_kind is not None:
        out.append(Q.speaker_kind == f.speaker_kind)
    if f.document_id is not None:
        out.append(Q.document_id == f.document_id)
    if f.text:
        out.append(or_(Q.text.icontains(f.text, autoescape=True), Q.speaker_text.icontains(f.text, autoescape=True)))
    return out


def _quote_position(cursor: str) -> tuple[date | None, int, int, int]:
    values = decode_cursor(cursor, "q")
    try:
        day, doc, start, last = values["d"], values["doc"], values["s"], values["i"]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (doc, start, last)):
            raise TypeError
        return (date.fromisoformat(day) if day is not None else None), doc, start, last
    except (KeyError, TypeError, ValueError) as exc:
        raise CursorError(f"cursor {cursor[:40]!r} is not one this server handed out; start again without it"
                          ) from exc


def _after_quote(position: tuple[date | None, int, int, int]):
    """Quotes after `position` in page order: newest document first (undated last), then in text order."""
    day, doc, start, last = position
    later_in_doc = or_(Q.start > start, and_(Q.start == start, Q.id > last))
    later_doc = or_(Q.document_id < doc, and_(Q.document_id == doc, later_in_doc))
    if day is None:
        return and_(D.date.is_(None), later_doc)
    return or_(D.date < day, D.date.is_(None), and_(D.date == day, later_doc))


def quote_page(store: Store, f: QuoteQuery, limit: int = 50, cursor: str | None = None) -> Page:
    """A page of quotes, newest document first and in text order inside one, with the document's title,
    outlet and date."""
    position = _quote_position(cursor) if cursor else None
    with connect(store) as conn:
        where = _conditions(conn, f)
        if position:
            where.append(_after_quote(position))
        stmt = (select(*(Q[c] for c in _COLUMNS), D.title, D.outlet, D.date.label("published"))
                .join_from(QuoteRow, DocumentRow, Q.document_id == D.id).where(*where)
                .order_by(D.date.desc().nulls_last(), Q.document_id.desc(), Q.start, Q.id).limit(limit + 1))
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    if not more:
        return Page(rows, None)
    last = rows[-1]
    return Page(rows, encode_cursor({"k": "q", "d": last["published"], "doc": last["document_id"],
                                     "s": last["start"], "i": last["id"]}))


def known_speaker(store: Store, prefix: str) -> bool:
    """Whether any stored quote has a speaker code starting with `prefix`."""
    with connect(store) as conn:
        return bool(conn.scalar(select(exists().where(_prefix(conn, Q.speaker, prefix)))))


def sourcing(store: Store) -> list[dict]:
    """Per document: quotes, how many rest on anonymous sources, and the share."""
    anon = func.sum(func.cast(QuoteRow.anonymous, QuoteRow.sentence_index.type))
    stmt = (select(DocumentRow.id, DocumentRow.title, func.count(QuoteRow.id), anon)
            .join(QuoteRow, QuoteRow.document_id == DocumentRow.id)
            .group_by(DocumentRow.id, DocumentRow.title).order_by(DocumentRow.id))
    with store.session() as s:
        return [{"document_id": i, "title": t, "quotes": n, "anonymous": int(a or 0),
                 "share_anonymous": _share(a, n)} for i, t, n, a in s.execute(stmt)]


def _share(anonymous, quotes) -> float:
    return round((anonymous or 0) / quotes, 3) if quotes else 0.0


def _anonymous_sum():
    return func.sum(func.cast(Q.anonymous, Q.sentence_index.type))


def sourcing_by_outlet(store: Store, limit: int = 50, offset: int = 0) -> list[dict]:
    """Per outlet (blank when the documents name none): documents quoting anyone, quotes, how many rest on
    anonymous sources and the share; most quotes first."""
    n = func.count(Q.id)
    stmt = (select(D.outlet, func.count(func.distinct(Q.document_id)), n, _anonymous_sum())
            .join_from(QuoteRow, DocumentRow, Q.document_id == D.id).group_by(D.outlet)
            .order_by(n.desc(), D.outlet).limit(limit).offset(offset))
    with connect(store) as conn:
        return [{"outlet": o, "documents": docs, "quotes": q, "anonymous": int(a or 0), "share_anonymous": _share(a, q)}
                for o, docs, q, a in conn.execute(stmt)]


def sourcing_page(store: Store, limit: int = 50, cursor: str | None = None) -> Page:
    """Per document with quotes, newest first: quotes, how many rest on anonymous sources and the share."""
    position = _position(cursor, "sd") if cursor else None
    n = func.count(Q.id)
    stmt = (select(D.id, D.title, D.outlet, D.date, n, _anonymous_sum())
            .join_from(DocumentRow, QuoteRow, Q.document_id == D.id)
            .group_by(D.id, D.title, D.outlet, D.date).order_by(*_order(D.date, D.id, True)).limit(limit + 1))
    if position:
        stmt = stmt.where(_after(D.date, D.id, position, True))
    with connect(store) as conn:
        rows = [{"document_id": i, "title": t, "outlet": o, "date": d, "quotes": q, "anonymous": int(a or 0),
                 "share_anonymous": _share(a, q)} for i, t, o, d, q, a in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor({"k": "sd", "d": rows[-1]["date"], "i": rows[-1]["document_id"]}) if more else None
    return Page(rows, nxt)


def quote_totals(store: Store) -> dict:
    """Quotes in the store, how many rest on anonymous sources, the share, and counts per speaker kind."""
    with connect(store) as conn:
        total, anon = conn.execute(select(func.count(Q.id), _anonymous_sum())).one()
        kinds = dict(conn.execute(select(Q.speaker_kind, func.count()).group_by(Q.speaker_kind)).all())
    return {"quotes": total, "anonymous": int(anon or 0), "share_anonymous": _share(anon, total),
            "by_speaker_kind": {k or "unknown": v for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])}}
