"""Quotes in the store: who is quoted, named or anonymous, and how much of each document rests on whom."""

from __future__ import annotations

from sqlalchemy import func, select

from . import Store
from .models import DocumentRow, QuoteRow

_COLUMNS = [c.name for c in QuoteRow.__table__.columns]


def quotes(store: Store, anonymous: bool | None = None, speaker: str = "", document_id: int | None = None,
           limit: int | None = None) -> list[dict]:
    """Quotes with their document's title and date, in document order."""
    stmt = select(QuoteRow, DocumentRow.title, DocumentRow.date).join(
        DocumentRow, DocumentRow.id == QuoteRow.document_id)
    if anonymous is not None:
        stmt = stmt.where(QuoteRow.anonymous == anonymous)
    if speaker:
        stmt = stmt.where(QuoteRow.speaker.startswith(speaker))
    if document_id is not None:
        stmt = stmt.where(QuoteRow.document_id == document_id)
    stmt = stmt.order_by(DocumentRow.date, QuoteRow.document_id, QuoteRow.start)
    if limit:
        stmt = stmt.limit(limit)
    with store.session() as s:
        return [{**{c: getattr(q, c) for c in _COLUMNS}, "title": title, "published": day}
                for q, title, day in s.execute(stmt)]


def sourcing(store: Store) -> list[dict]:
    """Per document: quotes, how many rest on anonymous sources, and the share."""
    anon = func.sum(func.cast(QuoteRow.anonymous, QuoteRow.sentence_index.type))
    stmt = (select(DocumentRow.id, DocumentRow.title, func.count(QuoteRow.id), anon)
            .join(QuoteRow, QuoteRow.document_id == DocumentRow.id)
            .group_by(DocumentRow.id, DocumentRow.title).order_by(DocumentRow.id))
    with store.session() as s:
        return [{"document_id": i, "title": t, "quotes": n, "anonymous": int(a or 0),
                 "share_anonymous": round((a or 0) / n, 3) if n else 0.0} for i, t, n, a in s.execute(stmt)]
