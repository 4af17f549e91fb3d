"""The SQL store on real SQLite files: one transaction per document, filters, recoding, errors."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from datetime import date

import pytest

from accord.errors import StoreError
from accord.records import Article, CodedArticle
from accord.store import EventFilter, Store

VERSION = "test.v1"

TEXTS = [
    (date(2019, 3, 2), "Kyiv Wire",
     "Russia accused Ukraine of shelling a border village. The village lies near the border, said "
     "Olena Brovko of the Kharkiv Monitoring Group."),
    (date(2019, 5, 10), "Gulf Desk",
     "Iran threatened the United States with retaliation. Iran did not attack the United States. "
     "The United States accused Iran of attacking tankers."),
    (date(2019, 7, 1), "Seoul Daily",
     "Japan restricted exports to South Korea. South Korea protested to Japan. "
     "Japan will meet South Korea next week to discuss trade."),
]


@pytest.fixture(scope="module")
def coded(pipeline) -> list[CodedArticle]:
    """Three short articles on different dyads, coded by the real pipeline."""
    articles = [Article(text=t, date=d, outlet=o, title=f"{o} report") for d, o, t in TEXTS]
    out = list(pipeline.process(articles))
    assert all(isinstance(c, CodedArticle) for c in out), out
    return out


@pytest.fixture
def full(store, coded) -> Store:
    for c in coded:
        store.add(c, VERSION)
    return store


def _db_path(store: Store) -> str:
    return store.engine.url.database


def _count(path: str, table: str, document_id: int) -> int:
    con = sqlite3.connect(path)
    try:
        sql = f"SELECT count(*) FROM {table} WHERE document_id = ?"
        return con.execute(sql, (document_id,)).fetchone()[0]
    finally:
        con.close()


def _broken(c: CodedArticle) -> CodedArticle:
    """The same coding with a last event the database must refuse (no source actor)."""
    bad = dataclasses.replace(c.events[-1], source=None)
    return dataclasses.replace(c, events=[*c.events, bad])


@pytest.mark.parametrize(("table", "attr"), [("events", "events"), ("sentences", "sentences"),
                                             ("mentions", "mentions"), ("unresolved", "unresolved")])
def test_store_add_commits_every_row_of_the_document(store, coded, table, attr):
    c = coded[0]
    doc_id = store.add(c, VERSION)
    assert isinstance(doc_id, int)
    assert len(getattr(c, attr)) > 0
    assert _count(_db_path(store), table, doc_id) == len(getattr(c, attr))


def test_store_add_failing_midway_leaves_nothing(store, coded):
    with pytest.raises(StoreError):
        store.add(_broken(coded[1]), VERSION)
    assert store.stats() == {"documents": 0, "sentences": 0, "events": 0, "asserted_events": 0, "actors": 0,
                             "words": 0}


def test_store_readding_same_content_returns_none_and_adds_nothing(store, coded):
    assert store.add(coded[0], VERSION) is not None
    before = store.stats()
    elsewhere = dataclasses.replace(coded[0].article, outlet="Other Outlet")
    again = dataclasses.replace(coded[0], article=elsewhere)
    assert store.add(again, VERSION) is None
    assert store.stats() == before
    assert store.has(coded[0].article.content_hash)


def test_store_stats_count_every_kind_of_row(full, coded):
    codes = {m.code for c in coded for m in c.mentions}
    codes |= {x for c in coded for e in c.events for x in (e.source, e.target) if x}
    assert full.stats() == {
        "documents": 3,
        "sentences": sum(len(c.sentences) for c in coded),
        "events": sum(len(c.events) for c in coded),
        "asserted_events": sum(e.realised for c in coded for e in c.events),
        "actors": len(codes),
        "words": sum(c.n_words for c in coded),
    }


def _key(e: dict) -> tuple:
    return e["document_id"], e["sentence_index"], e["source"], e["target"], e["code"]


@pytest.mark.parametrize(("flt", "keep"), [
    (EventFilter(actor="IRN"), lambda e: "IRN" in (e["source"][:3], e["target"][:3])),
    (EventFilter(actor="JP"), lambda e: e["source"].startswith("JP") or e["target"].startswith("JP")),
    (EventFilter(source="USA"), lambda e: e["source"].startswith("USA")),
    (EventFilter(target="UKR"), lambda e: e["target"].startswith("UKR")),
    (EventFilter(code="11"), lambda e: e["code"].startswith("11")),
    (EventFilter(code="112"), lambda e: e["code"].startswith("112")),  # a code filters by prefix
    (EventFilter(quad_class=4), lambda e: e["quad_class"] == 4),
    (EventFilter(date_from=date(2019, 4, 1), date_to=date(2019, 6, 30)),
     lambda e: date(2019, 4, 1) <= e["event_date"] <= date(2019, 6, 30)),
    (EventFilter(date_from=date(2019, 7, 1)), lambda e: e["event_date"] >= date(2019, 7, 1)),
], ids=["actor", "actor-prefix", "source", "target", "code-root", "code", "quad", "date-range", "date-from"])
def test_store_events_filter_selects_matching_asserted_events(full, flt, keep):
    everything = full.events(EventFilter(factuality=None))
    expected = sorted(_key(e) for e in everything if e["factuality"] == "asserted" and keep(e))
    got = full.events(flt)
    assert expected, "the fixture articles should give at least one matching event"
    assert sorted(_key(e) for e in got) == expected
    assert len(got) < len(everything)


@pytest.mark.parametrize("pair", [("USA", "IRN"), ("IRN", "USA")])
def test_store_events_dyad_matches_either_direction(full, pair):
    got = full.events(EventFilter(dyad=pair))
    assert {(e["source"], e["target"]) for e in got} == {("IRN", "USA"), ("USA", "IRN")}


@pytest.mark.parametrize(("factuality", "expected"), [
    ("asserted", {"asserted"}),
    (None, {"asserted", "negated", "future"}),
    ("negated", {"negated"}),
])
def test_store_events_factuality_filter(full, coded, factuality, expected):
    got = full.events(EventFilter(factuality=factuality))
    assert {e["factuality"] for e in got} == expected
    assert len(got) == sum(1 for c in coded for e in c.events if factuality in (None, e.factuality))


def test_store_events_default_filter_is_asserted_only(full):
    assert full.events() == full.events(EventFilter(factuality="asserted"))
    assert len(full.events()) < len(full.events(EventFilter(factuality=None)))


def test_store_events_carry_document_fields(full):
    [e] = full.events(EventFilter(dyad=("RUS", "UKR")))
    assert (e["title"], e["outlet"], e["published"]) == ("Kyiv Wire report", "Kyiv Wire", date(2019, 3, 2))
    assert e["coder_version"] == VERSION


def test_store_replace_coding_swaps_events_of_one_document(full, coded):
    ru, ir = full.documents()[0]["id"], full.documents()[1]["id"]
    others = full.events(EventFilter(document_id=ir, factuality=None))
    full.replace_coding(ru, coded[2], "test.v2")
    got = full.events(EventFilter(document_id=ru, factuality=None))
    # the store lists events by event date, the coder by position in the text
    assert sorted((e["source"], e["target"], e["code"]) for e in got) == sorted((e.source, e.target, e.code)
                                                                                for e in coded[2].events)
    assert {e["coder_version"] for e in got} == {"test.v2"}
    assert _count(_db_path(full), "sentences", ru) == len(coded[2].sentences)
    assert [d.coder_version for d in full.iter_documents()] == ["test.v2", VERSION, VERSION]
    assert full.events(EventFilter(document_id=ir, factuality=None)) == others


def test_store_replace_coding_failing_keeps_old_events(full, coded):
    ru = full.documents()[0]["id"]
    before = full.events(EventFilter(document_id=ru, factuality=None))
    with pytest.raises(StoreError):
        full.replace_coding(ru, _broken(coded[2]), "test.v2")
    assert full.events(EventFilter(document_id=ru, factuality=None)) == before
    assert _count(_db_path(full), "sentences", ru) == len(coded[0].sentences)
    assert next(full.iter_documents()).coder_version == VERSION


def test_store_locked_database_raises_store_error_and_keeps_rows(tmp_path, coded):
    store = Store(f"sqlite:///{tmp_path / 'accord.db'}", busy_seconds=0.5)  # waits half a second, not 30
    store.add(coded[0], VERSION)
    before = store.stats()
    path = _db_path(store)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError) as info:
            store.add(coded[1], VERSION)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "locked" in str(info.value) and path in str(info.value)
    assert store.stats() == before
    store.close()


def _read_only_by_uri(path: str) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def _read_only_by_chmod(path: str) -> str:
    if os.geteuid() == 0:
        pytest.skip("root writes through file permissions; the mode=ro case covers a read-only database")
    os.chmod(path, 0o444)
    os.chmod(os.path.dirname(path), 0o555)
    return f"sqlite:///{path}"


@pytest.mark.parametrize("make_url", [_read_only_by_uri, _read_only_by_chmod], ids=["uri-mode-ro", "chmod"])
def test_store_read_only_database_raises_store_error(tmp_path, monkeypatch, coded, make_url):
    monkeypatch.chdir(tmp_path)
    path = str(tmp_path / "ro.db")
    writer = Store(f"sqlite:///{path}")
    writer.add(coded[0], VERSION)
    before = writer.stats()
    writer.close()
    url = make_url(path)
    try:
        ro = Store(url)
        try:
            assert ro.stats() == before
            with pytest.raises(StoreError) as info:
                ro.add(coded[1], VERSION)
            assert "read-only" in str(info.value) and path in str(info.value)
            assert ro.stats() == before
        finally:
            ro.close()
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(path, 0o644)
    # nothing beside the database but SQLite's own WAL companions, which a reader of a WAL database opens
    assert {p.name for p in tmp_path.iterdir()} - {"ro.db-wal", "ro.db-shm"} == {"ro.db"}


@pytest.mark.parametrize("url", ["sqlite:///{tmp}/missing.db",
                                 "sqlite:///file:{tmp}/missing.db?mode=ro&uri=true"])
def test_store_missing_database_without_create_raises(tmp_path, url):
    with pytest.raises(StoreError, match="no database here"):
        Store(url.format(tmp=tmp_path), create=False)
    assert list(tmp_path.iterdir()) == []


def test_store_uri_filename_creates_no_stray_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    Store(f"sqlite:///file:{tmp_path}/data/a.db?uri=true").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert (tmp_path / "data" / "a.db").exists()


def test_store_add_many_matches_adding_one_by_one(tmp_path, coded):
    one = Store(f"sqlite:///{tmp_path / 'one.db'}")
    many = Store(f"sqlite:///{tmp_path / 'many.db'}")
    try:
        ids = [one.add(c, VERSION) for c in [*coded, coded[0]]]
        assert many.add_many([*coded, coded[0]], VERSION) == ids == [1, 2, 3, None]
        assert many.stats() == one.stats()
        assert many.events(EventFilter(factuality=None)) == one.events(EventFilter(factuality=None))
        assert many.actor_counts() == one.actor_counts()
    finally:
        one.close()
        many.close()


def test_store_add_many_failing_keeps_documents_before_the_failure(store, coded):
    with pytest.raises(StoreError):
        store.add_many([coded[0], _broken(coded[1]), coded[2]], VERSION)
    assert [d["title"] for d in store.documents()] == [coded[0].article.title]
    assert store.stats()["events"] == len(coded[0].events)
