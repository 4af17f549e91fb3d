"""Events: the filtered, cursor-paged list and time series; totals of the store."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..store import Store
from ..store import queries as q
from ..store.ledger import status_counts
from ..store.quotes import quote_totals
from .app import StoreDep
from .errors import ApiError, responses
from .labels import actor_label, code_label
from .schemas import EventFilterParams, EventListParams, EventPage, Series, SeriesParams, Stats

router = APIRouter(prefix="/api", tags=["events"], responses=responses(422, 503))


def check_actor(store: Store, code: str, location: str) -> str:
    """`code` when some stored actor code starts with it, else a 422 naming the parameter."""
    if not q.known_actor(store, code):
        message = f"unknown actor {code!r}: no stored actor code starts with it (list them at /api/actors)"
        raise ApiError(422, message, "unknown_actor", [(location, message)])
    return code


def to_query(store: Store, p: EventFilterParams, where: str = "query") -> q.EventQuery:
    """The library query for validated parameters; actors that match nothing stored are an error."""
    for name in ("actor", "source", "target"):
        if getattr(p, name):
            check_actor(store, getattr(p, name), f"{where}.{name}")
    dyad = None
    if p.dyad:
        a, b = p.dyad.split(",")
        dyad = (check_actor(store, a, f"{where}.dyad"), check_actor(store, b, f"{where}.dyad"))
    return q.EventQuery(actor=p.actor or "", source=p.source or "", target=p.target or "", dyad=dyad,
                        code=p.code or "", quad_class=p.quad, date_from=p.date_from, date_to=p.date_to,
                        factuality=None if p.factuality == "all" else p.factuality, text=p.q or "")


def event_out(row: dict, document: dict | None = None) -> dict:
    """An event row with readable labels and links; `document` fills in title, outlet, url and date."""
    out = dict(row)
    if document is not None:
        out.update(title=document["title"], outlet=document["outlet"], url=document["url"],
                   published=document["date"])
    out["factuality_cues"] = list(out.get("factuality_cues") or [])
    out["source_label"] = actor_label(row["source"])
    out["target_label"] = actor_label(row["target"])
    out["code_label"] = code_label(row["code"])
    out["links"] = {"sentence": f"/documents/{row['document_id']}#s{row['sentence_index']}",
                    "document": f"/api/documents/{row['document_id']}"}
    return out


def point_out(bucket: q.Bucket) -> dict:
    d = bucket.as_dict()
    c = bucket.quad_counts
    d["quad_counts"] = {"verbal_cooperation": c[1], "material_cooperation": c[2], "verbal_conflict": c[3],
                        "material_conflict": c[4]}
    return d


@router.get("/events", response_model=EventPage, summary="Events, filtered and paged")
def list_events(params: Annotated[EventListParams, Query()], store: StoreDep) -> dict:
    """Events newest first (or `order=oldest`), each with its sentence, offsets and document. Follow
    `next_cursor` for the next page."""
    page = q.event_page(store, to_query(store, params), params.limit, params.cursor, params.order == "newest")
    return {"events": [event_out(r) for r in page.rows], "next_cursor": page.next_cursor}


@router.get("/events/series", response_model=Series, summary="Events per day, week or month")
def event_series(params: Annotated[SeriesParams, Query()], store: StoreDep) -> dict:
    """Counts, Goldstein sum and mean, cooperation and conflict, counts per QuadClass, for the events the
    filters select (events without a date are left out)."""
    buckets = q.series(store, to_query(store, params), params.interval)
    return {"interval": params.interval, "points": [point_out(b) for b in buckets]}


@router.get("/stats", response_model=Stats, summary="Totals of the store")
def stats(store: StoreDep) -> dict:
    """How many documents, sentences, events (per factuality) and actors, the span of event dates, the quotes
    (how many rest on anonymous sources) and the commitments per status."""
    return {**q.totals(store), "quotes": quote_totals(store), "commitments": status_counts(store)}
