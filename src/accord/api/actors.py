"""Actors, the busiest dyads, a dyad's time series and the actor network."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ..store import Store
from ..store import queries as q
from .app import StoreDep
from .errors import ApiError, responses
from .events import point_out
from .labels import actor_label
from .schemas import (
    Actor,
    ActorCode,
    ActorListParams,
    ActorPage,
    DyadList,
    DyadListParams,
    DyadSeries,
    DyadSeriesParams,
    Network,
    NetworkParams,
)

router = APIRouter(prefix="/api", tags=["actors"], responses=responses(422, 503))

CodePath = Annotated[ActorCode, Path(description="Actor code or code prefix (`USA`, `PRKGOV`).")]


def _dates(p) -> dict:
    return dict(date_from=p.date_from, date_to=p.date_to, factuality=None if p.factuality == "all" else p.factuality)


def _known(store: Store, code: str, location: str) -> str:
    if not q.known_actor(store, code):
        raise ApiError(404, f"unknown actor {code!r}: no stored actor code starts with it (list them at "
                       f"/api/actors)", "not_found", [(location, "unknown actor")])
    return code


@router.get("/actors", response_model=ActorPage, summary="Actors with their event counts")
def list_actors(params: Annotated[ActorListParams, Query()], store: StoreDep) -> dict:
    """Actor codes in order, each with a readable label, how often it is source and target of an event and
    how often the text names it."""
    page = q.actor_page(store, params.prefix or "", params.limit, params.cursor)
    return {"actors": [{**r, "label": actor_label(r["code"])} for r in page.rows], "next_cursor": page.next_cursor}


@router.get("/actors/{code}", response_model=Actor, responses=responses(404), summary="One actor")
def get_actor(code: CodePath, store: StoreDep) -> dict:
    """The actor with exactly this code."""
    page = q.actor_page(store, code, 1)
    if not page.rows or page.rows[0]["code"] != code:
        raise ApiError(404, f"no actor with code {code!r} (list them at /api/actors)", "not_found",
                       [("path.code", "unknown actor")])
    return {**page.rows[0], "label": actor_label(code)}


@router.get("/dyads", response_model=DyadList, summary="The busiest pairs of countries")
def list_dyads(params: Annotated[DyadListParams, Query()], store: StoreDep) -> dict:
    """Pairs of countries (or international organisations) by how many events they have with each other, both
    directions together, with their Goldstein sum and mean."""
    rows = q.top_dyads(store, limit=params.limit, **_dates(params))
    return {"dyads": [{**r, "a_label": actor_label(r["a"]), "b_label": actor_label(r["b"])} for r in rows]}


@router.get("/dyads/{a}/{b}/series", response_model=DyadSeries, responses=responses(404),
            summary="Time series of a dyad")
def dyad_series(a: CodePath, b: CodePath, params: Annotated[DyadSeriesParams, Query()],
                store: StoreDep) -> dict:
    """Per day, week or month: events between A and B, Goldstein sum (cooperation minus conflict) and mean,
    and counts per QuadClass. Codes are prefixes: `USA` takes in `USAGOV` and `USAMIL`."""
    _known(store, a, "path.a")
    _known(store, b, "path.b")
    if params.direction == "both":
        f = q.EventQuery(dyad=(a, b), **_dates(params))
    else:
        src, tgt = (a, b) if params.direction == "a_to_b" else (b, a)
        f = q.EventQuery(source=src, target=tgt, **_dates(params))
    buckets = q.series(store, f, params.interval)
    n = sum(x.events for x in buckets)
    total = sum(x.goldstein_sum for x in buckets)
    mean = round(round(total, 6) / n, 3) if n else None
    totals = {"events": n, "goldstein_sum": round(total, 3), "goldstein_mean": mean,
              "cooperation": round(sum(x.cooperation for x in buckets), 3),
              "conflict": round(sum(x.conflict for x in buckets), 3)}
    return {"a": a, "a_label": actor_label(a), "b": b, "b_label": actor_label(b), "interval": params.interval,
            "direction": params.direction, "factuality": params.factuality, "totals": totals,
            "points": [point_out(x) for x in buckets]}


@router.get("/network", response_model=Network, summary="Who acts on whom")
def network(params: Annotated[NetworkParams, Query()], store: StoreDep) -> dict:
    """Directed edges between the busiest actors, weighted by event count, with the mean Goldstein score
    (tone: below 0 conflict, above 0 cooperation)."""
    net = q.network(store, quad_class=params.quad, level=params.level, max_nodes=params.max_nodes,
                    **_dates(params))
    nodes = [{"code": n["code"], "label": actor_label(n["code"]), "events": n["events"]} for n in net["nodes"]]
    return {"level": params.level, "nodes": nodes, "edges": net["edges"]}

