"""The HTTP API served by uvicorn over the sample corpus: filters, pages, series, network, errors, ingest."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from datetime import date, timedelta

import httpx
import pytest

from accord.api import ServeSettings, create_app
from accord.store import EventFilter, Store
from conftest import accord_exe

pytestmark = pytest.mark.slow  # real processes, servers, browsers or Spark

ERROR_KEYS = {"status", "type", "message", "details"}


@pytest.fixture(scope="module")
def api(live_url):
    with httpx.Client(base_url=live_url, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def sample(sample_db):
    with Store(sample_db, create=False) as store:
        yield store


def all_events(api, **params) -> list[dict]:
    """Every event of a filter, following cursors."""
    out, cursor = [], None
    while True:
        r = api.get("/api/events", params={**params, "limit": 200, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return out


def assert_error(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in r.text
    return body["error"]


# -- events ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("params", "flt"), [
    ({"actor": "PRK", "date_from": "2018-06-01", "date_to": "2018-12-31"},
     EventFilter(actor="PRK", date_from=date(2018, 6, 1), date_to=date(2018, 12, 31))),
    ({"dyad": "usa,prk"}, EventFilter(dyad=("USA", "PRK"))),
    ({"code": "04"}, EventFilter(code="04")),
    ({"quad": 4}, EventFilter(quad_class=4)),
    ({"source": "USA", "target": "RUS"}, EventFilter(source="USA", target="RUS")),
    ({"factuality": "negated"}, EventFilter(factuality="negated")),
    ({"factuality": "all", "actor": "KOR"}, EventFilter(factuality=None, actor="KOR")),
])
def test_api_server_events_filter_matches_the_library(api, sample, params, flt):
    got = all_events(api, **params)
    expected = sample.events(flt)
    assert expected, "the sample corpus should have events for this filter"
    assert sorted(e["id"] for e in got) == sorted(e["id"] for e in expected)


def test_api_server_events_text_search_is_case_insensitive(api):
    events = all_events(api, q="SANCTIONS", factuality="all")
    assert events and all("sanctions" in e["sentence"].lower() for e in events)


def test_api_server_events_cursor_pages_cover_every_event_once(api, sample):
    seen, cursor, pages = [], None, 0
    while True:
        r = api.get("/api/events", params={"limit": 7, "factuality": "all", **({"cursor": cursor} if cursor else {})})
        body = r.json()
        seen += [e["id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == sample.stats()["events"]
    assert pages == -(-len(seen) // 7)


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_api_server_events_are_ordered_by_date(api, order):
    events = all_events(api, order=order, factuality="all")
    dates = [e["event_date"] for e in events if e["event_date"]]
    assert dates == sorted(dates, reverse=order == "newest")


def test_api_server_event_carries_labels_offsets_and_sentence_link(api):
    [e] = api.get("/api/events", params={"dyad": "USA,PRK", "code": "04", "limit": 1}).json()["events"]
    assert e["source_label"] and e["target_label"] and e["code_label"]
    doc = api.get(e["links"]["document"]).json()
    assert e["links"]["sentence"] == f"/documents/{e['document_id']}#s{e['sentence_index']}"
    assert doc["text"][e["verb_start"]:e["verb_end"]] == e["verb_text"]
    assert e["sentence"][e["verb_start"] - e["sentence_start"]:e["verb_end"] - e["sentence_start"]] == e["verb_text"]


# -- series, dyads, network -----------------------------------------------------------------------


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_api_server_dyad_series_adds_up_to_the_dyad_events(api, sample, interval):
    body = api.get("/api/dyads/USA/PRK/series", params={"interval": interval}).json()
    events = [e for e in sample.events(EventFilter(dyad=("USA", "PRK"))) if e["event_date"]]
    points = body["points"]
    assert sum(p["events"] for p in points) == body["totals"]["events"] == len(events)
    assert body["totals"]["goldstein_sum"] == pytest.approx(sum(e["goldstein"] or 0 for e in events), abs=0.01)
    for p in points:
        assert sum(p["quad_counts"].values()) == p["events"]
        assert p["goldstein_sum"] == pytest.approx(p["cooperation"] - p["conflict"], abs=0.01)
        day = date.fromisoformat(p["period"])
        assert {"week": day.weekday() == 0, "month": day.day == 1, "day": True}[interval]
    periods = [date.fromisoformat(p["period"]) for p in points]
    assert periods == sorted(periods)
    if interval == "week":
        assert all(b - a == timedelta(days=7) for a, b in zip(periods, periods[1:], strict=False))


def test_api_server_dyad_series_directions_add_up_to_both(api):
    get = lambda d: api.get("/api/dyads/USA/PRK/series", params={"direction": d}).json()["totals"]["events"]  # noqa: E731
    assert get("a_to_b") + get("b_to_a") == get("both") > 0


def test_api_server_dyads_are_busiest_first(api):
    dyads = api.get("/api/dyads", params={"limit": 5}).json()["dyads"]
    assert [(d["a"], d["b"]) for d in dyads][0] == ("PRK", "USA")
    assert [d["events"] for d in dyads] == sorted((d["events"] for d in dyads), reverse=True)


def test_api_server_network_edges_count_events(api, sample):
    net = api.get("/api/network", params={"level": "country", "max_nodes": 10}).json()
    codes = {n["code"] for n in net["nodes"]}
    assert len(codes) <= 10 and {"USA", "PRK"} <= codes
    usa_prk = next(e for e in net["edges"] if (e["source"], e["target"]) == ("USA", "PRK"))
    expected = [e for e in sample.events(EventFilter(source="USA", target="PRK"))]
    assert usa_prk["events"] == len(expected)
    assert all(e["source"] in codes and e["target"] in codes and e["source"] != e["target"] for e in net["edges"])


# -- actors, documents, stats ---------------------------------------------------------------------


def test_api_server_actors_page_and_detail(api):
    page = api.get("/api/actors", params={"prefix": "USA", "limit": 2}).json()
    assert [a["code"][:3] for a in page["actors"]] == ["USA", "USA"] and page["next_cursor"]
    more = api.get("/api/actors", params={"prefix": "USA", "limit": 2, "cursor": page["next_cursor"]}).json()
    assert more["actors"][0]["code"] > page["actors"][-1]["code"]
    usa = api.get("/api/actors/usagov").json()
    assert usa["label"] == "United States government" and usa["as_source"] > 0


def test_api_server_document_offsets_point_into_its_text(api):
    docs = api.get("/api/documents", params={"limit": 3}).json()["documents"]
    assert len(docs) == 3 and docs[0]["date"] >= docs[1]["date"]
    doc = api.get(f"/api/documents/{docs[0]['id']}").json()
    for s in doc["sentences"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"]
    for m in doc["mentions"]:
        assert doc["text"][m["start"]:m["end"]] == m["text"]
    assert {e["document_id"] for e in doc["events"]} <= {doc["id"]}


def test_api_server_stats_match_the_store(api, sample):
    stats = api.get("/api/stats").json()
    expected = sample.stats()
    assert {k: stats[k] for k in ("documents", "sentences", "events", "actors", "words")} == {
        k: expected[k] for k in ("documents", "sentences", "events", "actors", "words")}
    assert stats["by_factuality"]["asserted"] == expected["asserted_events"]


# -- quotes and commitments --------------------------------------------------------------------------


def all_pages(api, path: str, key: str, **params) -> list[dict]:
    """Every row of a paged endpoint, following cursors."""
    out, cursor = [], None
    while True:
        r = api.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body[key]
        cursor = body["next_cursor"]
        if not cursor:
            return out


@pytest.mark.parametrize(("params", "kwargs"), [
    ({}, {}),
    ({"anonymous": "true"}, {"anonymous": True}),
    ({"anonymous": "false"}, {"anonymous": False}),
    ({"speaker": "usagov"}, {"speaker": "USAGOV"}),
    ({"document_id": 3}, {"document_id": 3}),
])
def test_api_server_quotes_filter_matches_the_library(api, sample, params, kwargs):
    from accord.store.quotes import quotes

    got = all_pages(api, "/api/quotes", "quotes", limit=37, **params)
    expected = quotes(sample, **kwargs)
    assert expected, "the sample corpus should have quotes for this filter"
    assert len(got) == len({q["id"] for q in got})
    assert sorted(q["id"] for q in got) == sorted(q["id"] for q in expected)
    days = [q["published"] for q in got if q["published"]]
    assert days == sorted(days, reverse=True)


def test_api_server_quotes_carry_offsets_speakers_and_links(api):
    quotes = api.get("/api/quotes", params={"limit": 200}).json()["quotes"]
    texts: dict[int, str] = {}
    kinds = set()
    for q in quotes:
        text = texts.get(q["document_id"]) or texts.setdefault(
            q["document_id"], api.get(q["links"]["document"]).json()["text"])
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
        assert q["links"]["sentence"] == f"/documents/{q['document_id']}#s{q['sentence_index']}"
        assert bool(q["speaker_label"]) == bool(q["speaker"])
        assert q["anonymous"] == (q["speaker_kind"] == "anonymous")
        kinds.add(q["speaker_kind"])
    assert {"person", "organisation", "anonymous"} <= kinds


def test_api_server_quotes_text_search_matches_quote_or_speaker(api):
    quotes = all_pages(api, "/api/quotes", "quotes", q="FAMILIAR", limit=200)
    assert quotes and all("familiar" in (q["text"] + " " + q["speaker_text"]).lower() for q in quotes)
    assert any("familiar" not in q["text"].lower() for q in quotes)  # found by the speaker's words


@pytest.mark.parametrize(("kind", "stored"), [("anonymous", "anonymous"), ("person", "person"), ("unknown", "")])
def test_api_server_quotes_filter_by_speaker_kind(api, kind, stored):
    quotes = all_pages(api, "/api/quotes", "quotes", speaker_kind=kind, limit=200)
    assert quotes and {q["speaker_kind"] for q in quotes} == {stored}


def test_api_server_document_carries_its_quotes(api):
    doc = api.get("/api/documents/1").json()
    listed = all_pages(api, "/api/quotes", "quotes", document_id=1, limit=200)
    assert doc["quotes"] and [q["id"] for q in doc["quotes"]] == [q["id"] for q in listed]
    assert any(q["anonymous"] for q in doc["quotes"]) and not all(q["anonymous"] for q in doc["quotes"])


def test_api_server_sourcing_adds_up_per_outlet_and_document(api, sample):
    from accord.store.quotes import sourcing

    outlets = api.get("/api/sourcing", params={"limit": 200}).json()
    documents = all_pages(api, "/api/sourcing", "rows", by="document", limit=7)
    library = {d["document_id"]: d for d in sourcing(sample)}
    assert {d["document_id"] for d in documents} == set(library)
    for d in documents:
        assert (d["quotes"], d["anonymous"], d["share_anonymous"]) == (
            library[d["document_id"]]["quotes"], library[d["document_id"]]["anonymous"],
            library[d["document_id"]]["share_anonymous"])
    totals = outlets["totals"]
    assert totals["quotes"] == sum(o["quotes"] for o in outlets["rows"]) == sum(d["quotes"] for d in documents)
    assert totals["anonymous"] == sum(o["anonymous"] for o in outlets["rows"]) > 0
    assert totals["share_anonymous"] == pytest.approx(totals["anonymous"] / totals["quotes"], abs=0.001)
    assert [o["quotes"] for o in outlets["rows"]] == sorted((o["quotes"] for o in outlets["rows"]), reverse=True)
    first = api.get("/api/sourcing", params={"limit": 3}).json()
    rest = api.get("/api/sourcing", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert first["rows"] + rest["rows"] == outlets["rows"][:6]


@pytest.mark.parametrize(("params", "kwargs"), [
    ({}, {}),
    ({"status": "unfulfilled"}, {"status": "unfulfilled"}),
    ({"status": "pending"}, {"status": "pending"}),
    ({"promisor": "prk"}, {"actor": "PRK"}),
])
def test_api_server_commitments_filter_matches_the_library(api, sample, params, kwargs):
    from accord.store.ledger import commitments

    got = all_pages(api, "/api/commitments", "commitments", limit=4, order="oldest", **params)
    expected = commitments(sample, **kwargs)
    assert expected, "the sample corpus should have commitments for this filter"
    assert [c["id"] for c in got] == [c["id"] for c in expected]
    assert all(c["links"]["page"] == f"/commitments/{c['id']}" for c in got)


def test_api_server_commitments_actor_takes_in_promisor_and_promisee(api):
    everything = all_pages(api, "/api/commitments", "commitments", limit=200)
    with_promisee = [c for c in everything if c["promisee"]]
    assert with_promisee, "the sample corpus should have a commitment with a promisee"
    code = with_promisee[0]["promisee"]
    got = {c["id"] for c in all_pages(api, "/api/commitments", "commitments", actor=code, limit=200)}
    assert got == {c["id"] for c in everything if c["promisor"].startswith(code) or c["promisee"].startswith(code)}
    newest = [c["made_on"] for c in everything if c["made_on"]]
    assert newest == sorted(newest, reverse=True)


def test_api_server_commitments_of_a_document_are_made_or_evidenced_there(api):
    chains = {c["id"]: api.get(f"/api/commitments/{c['id']}").json()
              for c in all_pages(api, "/api/commitments", "commitments", limit=200)}
    evidenced = {e["document_id"] for c in chains.values() for e in c["evidence"]} - {
        c["document_id"] for c in chains.values()}
    assert evidenced, "the sample corpus should have evidence in a document no promise was made in"
    for doc in sorted(evidenced)[:3] + sorted({c["document_id"] for c in chains.values()})[:3]:
        got = [c["id"] for c in all_pages(api, "/api/commitments", "commitments", document_id=doc, limit=200)]
        assert got and sorted(got) == sorted(i for i, c in chains.items() if c["document_id"] == doc
                                             or any(e["document_id"] == doc for e in c["evidence"]))


def test_api_server_commitment_evidence_points_to_its_sentences(api, sample):
    from accord.records import TITLE
    from accord.store.ledger import commitment, commitments

    chained = [c["id"] for c in commitments(sample) if c["evidence_count"]]
    assert chained
    headlines = 0
    for cid in chained:
        body = api.get(f"/api/commitments/{cid}").json()
        stored = commitment(sample, cid)
        assert [(e["kind"], e["score"], e["document_id"], e["sentence_index"]) for e in body["evidence"]] == [
            (e["kind"], e["score"], e["document_id"], e["sentence_index"]) for e in stored["evidence"]]
        assert [e["position"] for e in body["evidence"]] == list(range(len(body["evidence"])))
        for item in [body, *body["evidence"]]:
            doc = api.get(item["links"]["document"]).json()
            assert item["links"]["sentence"] == f"/documents/{item['document_id']}#s{item['sentence_index']}"
            if item["sentence_index"] == TITLE:  # a headline: the title is its sentence, its offsets in the title
                headlines += 1
                assert item["sentence"] == doc["title"].strip() and item["sentence_start"] is None
                assert 0 <= item["start"] < item["end"] <= len(item["sentence"])
                continue
            sentence = next(s for s in doc["sentences"] if s["index"] == item["sentence_index"])
            assert sentence["text"].rstrip() == item["sentence"].rstrip()
            assert sentence["start"] == item["sentence_start"]
            assert sentence["start"] <= item["start"] < item["end"] <= sentence["end"]
    assert headlines  # the sample's chains include what a headline says, which points into its title


def test_api_server_stats_count_quotes_and_commitments(api, sample):
    from accord.store.ledger import commitments
    from accord.store.quotes import quotes

    stats = api.get("/api/stats").json()
    assert set(stats["commitments"]) == {"pending", "fulfilled", "partial", "unfulfilled", "disputed",
                                           "withdrawn"}
    for status, n in stats["commitments"].items():
        assert n == len(commitments(sample, status))
    assert stats["quotes"]["quotes"] == len(quotes(sample))
    assert stats["quotes"]["anonymous"] == len(quotes(sample, anonymous=True))
    assert sum(stats["quotes"]["by_speaker_kind"].values()) == stats["quotes"]["quotes"]


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "url", "status", "location"), [
    ("GET", "/api/events?actor=ZZZ", 422, "query.actor"),
    ("GET", "/api/events?dyad=USA,QQQ", 422, "query.dyad"),
    ("GET", "/api/events?dyad=USA", 422, "query.dyad"),
    ("GET", "/api/events?date_from=2018-13-45", 422, "query.date_from"),
    ("GET", "/api/events?date_from=yesterday", 422, "query.date_from"),
    ("GET", "/api/events?date_from=2019-01-01&date_to=2018-01-01", 422, "query"),
    ("GET", "/api/events?limit=100000", 422, "query.limit"),
    ("GET", "/api/events?limit=0", 422, "query.limit"),
    ("GET", "/api/events?cursor=bm90IGEgY3Vyc29y", 422, "query.cursor"),
    ("GET", "/api/events?quad=9", 422, "query.quad"),
    ("GET", "/api/events?factuality=rumoured", 422, "query.factuality"),
    ("GET", "/api/events?actor=USA%27%20OR%201%3D1--", 422, "query.actor"),
    ("GET", "/api/events?limit=5&colour=red", 422, "query.colour"),
    ("GET", "/api/dyads/USA/ZZZ/series", 404, "path.b"),
    ("GET", "/api/dyads/USA/PRK/series?interval=year", 422, "query.interval"),
    ("GET", "/api/actors/NOPE", 404, "path.code"),
    ("GET", "/api/documents/99999", 404, "path.document_id"),
    ("GET", "/api/documents/abc", 422, "path.document_id"),
    ("GET", "/api/network?max_nodes=5000", 422, "query.max_nodes"),
    ("GET", "/api/quotes?speaker=ZZZ", 422, "query.speaker"),
    ("GET", "/api/quotes?speaker_kind=ghost", 422, "query.speaker_kind"),
    ("GET", "/api/quotes?anonymous=maybe", 422, "query.anonymous"),
    ("GET", "/api/quotes?document_id=999999", 422, "query.document_id"),
    ("GET", "/api/quotes?limit=5000", 422, "query.limit"),
    ("GET", "/api/quotes?cursor=bm90IGEgY3Vyc29y", 422, "query.cursor"),
    ("GET", "/api/sourcing?by=country", 422, "query.by"),
    ("GET", "/api/sourcing?cursor=eyJrIjoic28iLCJvIjotNX0", 422, "query.cursor"),
    ("GET", "/api/commitments?status=kept", 422, "query.status"),
    ("GET", "/api/commitments?actor=ZZZ", 422, "query.actor"),
    ("GET", "/api/commitments?limit=201", 422, "query.limit"),
    ("GET", "/api/commitments?cursor=eyJrIjoiZW4iLCJkIjpudWxsLCJpIjoxfQ", 422, "query.cursor"),
    ("GET", "/api/commitments/999999", 404, "path.commitment_id"),
    ("GET", "/api/commitments/abc", 422, "path.commitment_id"),
    ("GET", "/api/nowhere", 404, None),
    ("DELETE", "/api/events", 405, None),
    ("POST", "/api/documents", 403, None),
])
def test_api_server_bad_input_gets_the_json_error_shape(api, method, url, status, location):
    err = assert_error(api.request(method, url, json={"text": "x"} if method == "POST" else None), status)
    if location:
        assert location in [d["location"] for d in err["details"]]


@pytest.mark.parametrize("q", ["'; DROP TABLE events; --", "100%", "_", "\" OR 1=1", "%' OR '1'='1"])
def test_api_server_sql_like_search_text_is_taken_literally(api, sample, q):
    r = api.get("/api/events", params={"q": q, "factuality": "all"})
    assert r.status_code == 200 and all(q.lower() in e["sentence"].lower() for e in r.json()["events"])
    r = api.get("/api/quotes", params={"q": q})
    assert r.status_code == 200 and all(q.lower() in (x["text"] + " " + x["speaker_text"]).lower()
                                        for x in r.json()["quotes"])
    assert sample.stats()["events"] > 0


def test_api_server_page_error_is_a_page_without_traceback(live_url):
    r = httpx.get(f"{live_url}/dyads/USA/ZZZ", headers={"accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "unknown actor" in r.text and "Traceback" not in r.text


def test_api_server_sends_security_headers(api):
    r = api.get("/api/stats")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


# -- ingest ----------------------------------------------------------------------------------------

TOKEN = "test-token-1234"
TEXT = "Japan imposed sanctions on Russia on Monday. Russia did not retaliate against Japan."


@pytest.fixture(scope="module")
def writable(pipeline, serve_app, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('ingest') / 'ingest.db'}"
    settings = ServeSettings(database_url=url, api_token=TOKEN, max_upload_mb=1,
                             allowed_hosts=["127.0.0.1", "localhost"])
    with httpx.Client(base_url=serve_app(create_app(url, settings, pipeline)), timeout=60) as client:
        yield client


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dXNlcjpwYXNz"])
def test_api_server_ingest_refuses_missing_or_wrong_token(writable, header):
    r = writable.post("/api/documents", json={"text": TEXT}, headers={"authorization": header} if header else {})
    assert_error(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"


def test_api_server_ingest_stores_pasted_text_once(writable):
    auth = {"authorization": f"Bearer {TOKEN}"}
    r = writable.post("/api/documents", json={"text": TEXT, "title": "Sanctions", "date": "2022-03-09"}, headers=auth)
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["stored"] == 1 and first["events"] >= 2 and len(first["document_ids"]) == 1
    doc = writable.get(f"/api/documents/{first['document_ids'][0]}").json()
    assert doc["title"] == "Sanctions" and doc["date"] == "2022-03-09"
    assert {(e["source"], e["target"], e["code"][:2], e["factuality"]) for e in doc["events"]} >= {
        ("JPN", "RUS", "16", "asserted")}
    again = writable.post("/api/documents", json={"text": TEXT, "title": "Sanctions"}, headers=auth).json()
    assert again["stored"] == 0 and again["duplicates"] == 1 and again["document_ids"] == first["document_ids"]


def test_api_server_network_follows_new_documents(writable):
    def edge(net):
        return next((e["events"] for e in net["edges"] if (e["source"], e["target"]) == ("CHL", "PER")), 0)

    before = edge(writable.get("/api/network", params={"factuality": "all"}).json())
    text = {"text": "Chile accused Peru of spying on its navy.", "date": "2020-05-04"}
    r = writable.post("/api/documents", json=text, headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and r.json()["stored"] == 1
    assert edge(writable.get("/api/network", params={"factuality": "all"}).json()) == before + 1


def test_api_server_ingest_reads_an_uploaded_file(writable):
    auth = {"authorization": f"Bearer {TOKEN}"}
    files = {"file": ("wire.jsonl", b'{"id": "w1", "text": "Iran expelled two French diplomats.", "date": '
                                    b'"2019-03-05"}\n{"id": "w2", "text": ""}\n', "application/json")}
    body = writable.post("/api/documents/upload", files=files, data={"outlet": "Wire"}, headers=auth).json()
    assert body["stored"] == 1 and len(body["failures"]) == 1
    assert body["failures"][0].startswith("wire.jsonl:2")


def test_api_server_ingest_refuses_oversized_upload(writable):
    auth = {"authorization": f"Bearer {TOKEN}"}
    files = {"file": ("big.txt", b"word " * 300_000, "text/plain")}
    assert_error(writable.post("/api/documents/upload", files=files, headers=auth), 413)


def test_api_server_ingest_rejects_malformed_body(writable):
    auth = {"authorization": f"Bearer {TOKEN}"}
    err = assert_error(writable.post("/api/documents", content=b"{not json", headers={
        **auth, "content-type": "application/json"}), 422)
    assert err["details"]


def test_api_server_refuses_other_host_names(writable):
    assert_error(writable.get("/api/stats", headers={"host": "attacker.example"}), 400)
    assert writable.get("/api/stats", headers={"host": "localhost:1234"}).status_code == 200


# -- the command -----------------------------------------------------------------------------------


def test_api_server_serve_command_serves_until_stopped(sample_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "ACCORD_API_TOKEN"}
    proc = subprocess.Popen([accord_exe(), "serve", "--db", sample_db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "the server did not answer within 60 s"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["documents"] == 34
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=20)
        finally:
            proc.kill()
    assert f"http://127.0.0.1:{port}/" in out


# -- PostgreSQL ------------------------------------------------------------------------------------


def copy_store(source_url: str, target_url: str) -> None:
    """Every row of every table, as they are (ids included)."""
    from sqlalchemy import insert, select

    from accord.store.models import Base

    with Store(source_url, create=False) as src, Store(target_url) as dst, src.engine.connect() as read, \
            dst.engine.begin() as write:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            write.execute(table.delete())  # the state rows a new store starts with
            if rows:
                write.execute(insert(table), rows)


@pytest.mark.parametrize("urls", [[
    "/api/events?dyad=USA,PRK&factuality=all&limit=200", "/api/events?actor=prk&date_from=2018-06-01&limit=200",
    "/api/events?q=Sanctions&factuality=all&limit=200", "/api/events?code=04&order=oldest&limit=200",
    "/api/dyads/USA/PRK/series?interval=week", "/api/dyads/USA/PRK/series?interval=month&direction=b_to_a",
    "/api/dyads/KOR/PRK/series?interval=day", "/api/events/series?interval=month&factuality=all",
    "/api/network", "/api/network?level=actor&factuality=all", "/api/dyads", "/api/documents?limit=50",
    "/api/documents/3", "/api/actors?prefix=USA", "/api/stats", "/api/events?actor=ZZZ", "/api/actors/NOPE",
    "/api/quotes?limit=200", "/api/quotes?anonymous=true&speaker=USA", "/api/quotes?q=Familiar",
    "/api/sourcing?by=document&limit=200", "/api/commitments?limit=200", "/api/commitments?status=disputed",
    "/api/commitments/1", "/api/commitments/999999"]])
def test_api_server_postgresql_answers_like_sqlite(api, sample_db, pg_url, serve_app, urls):
    copy_store(sample_db, pg_url)
    with httpx.Client(base_url=serve_app(create_app(pg_url, ServeSettings(database_url=pg_url))), timeout=30) as pg:
        for url in urls:
            here, there = api.get(url), pg.get(url)
            assert (here.status_code, here.json()) == (there.status_code, there.json()), url
