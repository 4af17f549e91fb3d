"""Quotes: who is quoted, named or anonymous, and the share of anonymous sourcing per outlet or document."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..store import Store
from ..store import queries as q
from ..store.quotes import QuoteQuery, known_speaker, quote_page, quote_totals, sourcing_by_outlet, sourcing_page
from .app import StoreDep
from .errors import ApiError, responses
from .labels import actor_label
from .schemas import QuoteListParams, QuotePage, Sourcing, SourcingParams

router = APIRouter(prefix="/api", tags=["quotes"], responses=responses(422, 503))


def quote_out(row: dict) -> dict:
    """A quote row with the speaker's readable name and the link to its sentence."""
    return {**row, "speaker_label": actor_label(row["speaker"]) if row["speaker"] else "",
            "links": {"sentence": f"/documents/{row['document_id']}#s{row['sentence_index']}",
                      "document": f"/api/documents/{row['document_id']}"}}


def check_document(store: Store, document_id: int | None, location: str) -> None:
    if document_id is not None and not q.known_document(store, document_id):
        message = f"no document {document_id} (list them at /api/documents)"
        raise ApiError(422, message, "unknown_document", [(location, message)])


def to_quote_query(store: Store, p: QuoteListParams) -> QuoteQuery:
    """The library query for validated parameters; a speaker or document that matches nothing is an error."""
    if p.speaker and not (q.known_actor(store, p.speaker) or known_speaker(store, p.speaker)):
        message = f"unknown speaker {p.speaker!r}: no stored actor or speaker code starts with it"
        raise ApiError(422, message, "unknown_actor", [("query.speaker", message)])
    check_document(store, p.document_id, "query.document_id")
    kind = None if p.speaker_kind is None else "" if p.speaker_kind == "unknown" else p.speaker_kind
    return QuoteQuery(anonymous=p.anonymous, speaker=p.speaker or "", speaker_kind=kind,
                      document_id=p.document_id, text=p.q or "")


@router.get("/quotes", response_model=QuotePage, summary="Quotes and their speakers, filtered and paged")
def list_quotes(params: Annotated[QuoteListParams, Query()], store: StoreDep) -> dict:
    """Direct and indirect quotes, newest document first and in text order inside one, each with its speaker
    (code, readable name, kind, whether anonymous), speech cue, offsets in the document text and a link to
    its sentence. Follow `next_cursor` for the next page."""
    page = quote_page(store, to_quote_query(store, params), params.limit, params.cursor)
    return {"quotes": [quote_out(r) for r in page.rows], "next_cursor": page.next_cursor}


@router.get("/sourcing", response_model=Sourcing, summary="Share of anonymous sources per outlet or document")
def sourcing(params: Annotated[SourcingParams, Query()], store: StoreDep) -> dict:
    """How many quotes each outlet (`by=outlet`, most quotes first) or document (`by=document`, newest first)
    has, how many rest on anonymous sources, and the share; with the totals over every stored quote."""
    totals = quote_totals(store)
    if params.by == "document":
        page = sourcing_page(store, params.limit, params.cursor)
        return {"by": "document", "totals": totals, "rows": [{**r, "documents": 1} for r in page.rows],
                "next_cursor": page.next_cursor}
    offset = q.decode_cursor(params.cursor, "so").get("o") if params.cursor else 0
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise q.CursorError(f"cursor {params.cursor[:40]!r} is not one this server handed out; start again "
                            f"without it")
    rows = sourcing_by_outlet(store, params.limit + 1, offset)
    more = len(rows) > params.limit
    nxt = q.encode_cursor({"k": "so", "o": offset + params.limit}) if more else None
    return {"by": "outlet", "totals": totals, "rows": rows[:params.limit], "next_cursor": nxt}
