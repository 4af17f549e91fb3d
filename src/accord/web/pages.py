"""Dashboard pages: each reads the store through accord.store.queries and renders one template."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field, ValidationError

from ..api.app import StoreDep
from ..api.commitments import to_commitment_query
from ..api.errors import ApiError, invalid, validation_details
from ..api.events import to_query
from ..api.labels import FACTUALITY_NOTES
from ..api.quotes import to_quote_query
from ..api.schemas import (
    CommitmentListParams,
    DateRange,
    EventListParams,
    Interval,
    NetworkParams,
    PageParams,
    QuoteListParams,
)
from ..store import Store, ledger
from ..store import queries as q
from ..store import quotes as quote_store
from . import charts, templates
from .highlight import blocks, marked, sentence_parts

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

CODE = re.compile(r"^[A-Za-z0-9-]{1,40}$")
NOT_ASSERTED = tuple(f for f in q.FACTUALITIES if f != "asserted")
DYAD_LIST_LIMIT = 300


class DyadPageParams(DateRange):
    interval: Interval = "week"


class NetworkPageParams(NetworkParams):
    max_nodes: int = Field(25, ge=2, le=100)


def parse(model: type[BaseModel], request: Request) -> BaseModel:
    """Query parameters of a page as `model`; blank form fields count as absent, unknown ones are ignored."""
    raw = {k: v for k, v in request.query_params.items() if v.strip() and k in model.model_fields}
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise invalid([(f"query.{loc}" if loc else "query", msg)
                       for loc, msg in validation_details(exc.errors())]) from exc


def code_of(value: str, where: str) -> str:
    if not CODE.match(value or ""):
        raise invalid([(where, f"{value!r} is not an actor code (letters, digits and '-', e.g. USA or PRKGOV)")])
    return value.upper()


def render(request: Request, name: str, **context):
    return templates.TemplateResponse(request, name, context)


def event_view(e: dict) -> dict:
    """An event row as pages show it: labels, the marked sentence and the link to it."""
    return {**e, "parts": sentence_parts(e, e.get("sentence_start")),
            "href": f"/documents/{e['document_id']}#s{e['sentence_index']}"}


def commitment_view(c: dict, chain: list[dict] | None = None) -> dict:
    """A commitment as pages show it: the promise word marked in its sentence, the evidence chain with the
    act marked in each sentence, links to every sentence."""
    out = {**c, "parts": marked(c["sentence"], c.get("sentence_start"), [(c["start"], c["end"], "promise")]),
           "href": f"/documents/{c['document_id']}#s{c['sentence_index']}"}
    if chain is not None:
        out["chain"] = [{**e, "parts": marked(e["sentence"], e.get("sentence_start"),
                                              [(e["start"], e["end"], f"act k-{e['kind']}")]),
                         "href": f"/documents/{e['document_id']}#s{e['sentence_index']}"} for e in chain]
    out["not_taken"] = [{**e, "href": f"/documents/{e['document_id']}#s{e['sentence_index']}"}
                        for e in c.get("rejected", [])]
    return out


def commitment_views(store: Store, rows: list[dict]) -> list[dict]:
    chains = ledger.evidence_chains(store, [r["id"] for r in rows])
    return [commitment_view(r, chains[r["id"]]) for r in rows]


def quote_view(row: dict) -> dict:
    """A quote as pages show it: its speech cue marked inside it when the cue falls within."""
    return {**row, "parts": marked(row["text"], row["start"], [(row["cue_start"], row["cue_end"], "cue")]),
            "href": f"/documents/{row['document_id']}#s{row['sentence_index']}"}


def _next_href(request: Request, path: str, cursor: str | None) -> str | None:
    shown = {k: v for k, v in request.query_params.items() if k != "cursor" and v.strip()}
    return f"{path}?{urlencode({**shown, 'cursor': cursor})}" if cursor else None


def _first_href(request: Request, path: str) -> str | None:
    if "cursor" not in request.query_params:
        return None
    shown = {k: v for k, v in request.query_params.items() if k != "cursor" and v.strip()}
    return f"{path}?{urlencode(shown)}" if shown else path


def _window(store: Store):
    return q.publication_span(store)


@router.get("/")
def overview(request: Request, store: StoreDep):
    stats = q.totals(store)
    window = _window(store)
    asserted = q.EventQuery(factuality="asserted")
    monthly = q.series(store, asserted, "month")
    return render(request, "overview.html", stats=stats, window=window,
                  chart=charts.quad_figure(monthly, "month", window) if monthly else None,
                  dyads=q.top_dyads(store, limit=10), documents=q.document_page(store, 8).rows,
                  statuses=ledger.status_counts(store), quotes=quote_store.quote_totals(store))


@router.get("/events")
def timeline(request: Request, store: StoreDep):
    params = parse(EventListParams, request)
    f = to_query(store, params)
    page = q.event_page(store, f, params.limit, params.cursor, params.order == "newest")
    window = _window(store)
    first, last = params.date_from or window[0], params.date_to or window[1]
    interval = "month" if first and last and (last - first) > timedelta(days=3 * 365) else "week"
    points = q.series(store, f, interval)
    shown = {k: v for k, v in request.query_params.items() if k not in ("cursor",) and v.strip()}
    next_href = f"/events?{urlencode({**shown, 'cursor': page.next_cursor})}" if page.next_cursor else None
    return render(request, "events.html", params=params, events=[event_view(e) for e in page.rows],
                  chart=charts.quad_figure(points, interval, window) if points else None, interval=interval,
                  next_href=next_href, first_href=f"/events?{urlencode(shown)}" if params.cursor else None,
                  total=sum(p.events for p in points), factualities=q.FACTUALITIES, notes=FACTUALITY_NOTES)


@router.get("/dyad")
def dyad_form(request: Request):
    a = code_of(request.query_params.get("a", ""), "query.a")
    b = code_of(request.query_params.get("b", ""), "query.b")
    return RedirectResponse(f"/dyads/{a}/{b}", status_code=303)


@router.get("/dyads/{a}/{b}")
def dyad(request: Request, a: str, b: str, store: StoreDep):
    a, b = code_of(a, "path.a"), code_of(b, "path.b")
    for code, where in ((a, "path.a"), (b, "path.b")):
        if not q.known_actor(store, code):
            raise ApiError(404, f"unknown actor {code!r}: no stored actor code starts with it", "not_found",
                           [(where, "unknown actor")])
    params = parse(DyadPageParams, request)
    dates = {"date_from": params.date_from, "date_to": params.date_to}
    both = q.EventQuery(dyad=(a, b), factuality="asserted", **dates)
    points = q.series(store, both, params.interval)
    directions = []
    for src, tgt in ((a, b), (b, a)):
        if src == tgt:
            continue
        bs = q.series(store, q.EventQuery(source=src, target=tgt, factuality="asserted", **dates), "month")
        n = sum(x.events for x in bs)
        directions.append({"source": src, "target": tgt, "events": n, "net": sum(x.goldstein_sum for x in bs)})
    page = q.event_page(store, both, DYAD_LIST_LIMIT, newest_first=False)
    weeks: dict = {}
    for e in page.rows:
        key = q.period_start(e["event_date"], params.interval) if e["event_date"] else None
        weeks.setdefault(key, []).append(event_view(e))
    others = q.event_page(store, q.EventQuery(dyad=(a, b), factuality=NOT_ASSERTED, **dates), DYAD_LIST_LIMIT,
                          newest_first=False)
    window = _window(store)
    totals = {"events": sum(x.events for x in points), "net": sum(x.goldstein_sum for x in points),
              "cooperation": sum(x.cooperation for x in points), "conflict": sum(x.conflict for x in points)}
    outside = 0
    if window[0] and not params.date_from and not params.date_to:
        outside = sum(x.events for x in points if x.period < window[0] - timedelta(days=31) or x.period > window[1])
    promises = commitment_views(store, ledger.commitments_between(store, a, b)) if a != b else []
    return render(request, "dyad.html", a=a, b=b, params=params, totals=totals, directions=directions,
                  chart=charts.progress_figure(points, params.interval, window) if points else None,
                  weeks=weeks, more=page.next_cursor is not None, others=[event_view(e) for e in others.rows],
                  outside=outside, window=window, promises=promises,
                  timeline_href="/events?" + urlencode({"dyad": f"{a},{b}", "order": "oldest"}))


@router.get("/network")
def network(request: Request, store: StoreDep):
    params = parse(NetworkPageParams, request)
    net = q.network(store, params.date_from, params.date_to,
                    None if params.factuality == "all" else params.factuality, params.quad, params.level,
                    params.max_nodes)
    return render(request, "network.html", params=params, net=net, factualities=q.FACTUALITIES,
                  chart=charts.network_figure(net["nodes"], net["edges"]) if net["edges"] else None)


@router.get("/documents")
def documents(request: Request, store: StoreDep):
    params = parse(PageParams, request)
    page = q.document_page(store, params.limit, params.cursor)
    next_href = f"/documents?{urlencode({'limit': params.limit, 'cursor': page.next_cursor})}" \
        if page.next_cursor else None
    return render(request, "documents.html", documents=page.rows, next_href=next_href,
                  first=params.cursor is None)


def _page_id(value: str, noun: str) -> int:
    """The id in a page's path, or a 422 naming it: a page shows an error page, never a traceback."""
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) < 2**62:
        raise invalid([(f"path.{noun}_id", f"{value[:40]!r} is not a {noun} id (a whole number)")])
    return int(value)


@router.get("/documents/{document_id}")
def document(request: Request, document_id: str, store: StoreDep):
    doc = q.document(store, _page_id(document_id, "document"))
    if doc is None:
        raise ApiError(404, f"no document {document_id}; see the list of documents", "not_found")
    starts = {s["index"]: s["start"] for s in doc["sentences"]}
    events = [event_view({**e, "sentence_start": starts.get(e["sentence_index"])}) for e in doc["events"]]
    promises = commitment_views(store, ledger.commitment_page(
        store, ledger.CommitmentQuery(document_id=doc["id"]), 100, newest_first=False).rows)
    marks = []
    for c in promises:
        if c["document_id"] == doc["id"]:
            marks.append({"start": c["start"], "end": c["end"], "kind": "promise",
                          "title": f"promise #{c['id']} by {c['promisor']}: {c['action']} ({c['status']})"})
        for e in c["chain"]:
            if e["document_id"] == doc["id"]:
                marks.append({"start": e["start"], "end": e["end"], "kind": e["kind"],
                              "title": f"evidence for promise #{c['id']} by {c['promisor']}: {e['kind']}"})
    return render(request, "document.html", doc=doc, events=events, quotes=doc["quotes"], promises=promises,
                  blocks=blocks(doc["text"], doc["sentences"], doc["mentions"], doc["events"], doc["quotes"], marks))


class CommitmentPageParams(CommitmentListParams):
    limit: int = Field(20, ge=1, le=100)


@router.get("/commitments")
def commitments(request: Request, store: StoreDep):
    params = parse(CommitmentPageParams, request)
    page = ledger.commitment_page(store, to_commitment_query(store, params), params.limit, params.cursor,
                                  params.order == "newest")
    return render(request, "commitments.html", params=params, statuses=ledger.status_counts(store),
                  commitments=commitment_views(store, page.rows),
                  next_href=_next_href(request, "/commitments", page.next_cursor),
                  first_href=_first_href(request, "/commitments"))


@router.get("/commitments/{commitment_id}")
def commitment(request: Request, commitment_id: str, store: StoreDep):
    row = ledger.commitment_with_chain(store, _page_id(commitment_id, "commitment"))
    if row is None:
        raise ApiError(404, f"no commitment {commitment_id}; see the commitments board", "not_found")
    return render(request, "commitment.html", c=commitment_view(row, row["evidence"]))


SOURCE_CHOICES = {"": "any source", "true": "anonymous only", "false": "named only"}


@router.get("/quotes")
def quotes(request: Request, store: StoreDep):
    params = parse(QuoteListParams, request)
    page = quote_store.quote_page(store, to_quote_query(store, params), params.limit, params.cursor)
    return render(request, "quotes.html", params=params, quotes=[quote_view(r) for r in page.rows],
                  totals=quote_store.quote_totals(store), outlets=quote_store.sourcing_by_outlet(store, 10),
                  sources=SOURCE_CHOICES, next_href=_next_href(request, "/quotes", page.next_cursor),
                  first_href=_first_href(request, "/quotes"))


@router.get("/docs")
def api_docs(request: Request):
    spec = request.app.openapi()
    operations = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [{"name": p["name"], "where": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params,
                               "statuses": sorted(op.get("responses", {}))})
    return render(request, "docs.html", spec=spec, operations=operations)
