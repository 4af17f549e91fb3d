"""The same store on a real PostgreSQL server: the core uses no SQLite-only SQL."""

from __future__ import annotations

from datetime import date

import pytest

from accord.records import Article
from accord.store import EventFilter, Store

pytestmark = pytest.mark.slow  # real processes, servers, browsers or Spark

VERSION = "test"


@pytest.fixture(scope="module")
def coded(pipeline):
    articles = [
        Article(text="Ukraine accused Russia of shelling Kharkiv on Monday. Moscow denied it.", title="A",
                date=date(2022, 5, 3), outlet="Wire"),
        Article(text="Japan imposed sanctions on Russia on Tuesday. Tokyo also expelled eight Russian diplomats.",
                title="B", date=date(2022, 4, 9), outlet="Wire"),
    ]
    return list(pipeline.process(articles))


@pytest.fixture
def pg(pg_url) -> Store:
    store = Store(pg_url)
    yield store
    store.close()


def test_store_postgres_add_and_count(pg, coded):
    for c in coded:
        assert pg.add(c, VERSION) is not None
    stats = pg.stats()
    assert stats["documents"] == 2
    assert stats["events"] == sum(len(c.events) for c in coded) > 0
    assert stats["sentences"] == sum(len(c.sentences) for c in coded)


def test_store_postgres_duplicate_content_adds_nothing(pg, coded):
    pg.add(coded[0], VERSION)
    assert pg.add(coded[0], VERSION) is None
    assert pg.stats()["documents"] == 1


def test_store_postgres_filters_match_sqlite(pg, coded, store):
    for s in (pg, store):
        for c in coded:
            s.add(c, VERSION)
    for flt in (EventFilter(actor="RUS"), EventFilter(dyad=("RUS", "JPN")), EventFilter(code="16"),
                EventFilter(date_from=date(2022, 5, 1)), EventFilter(factuality=None)):
        on_pg = [(e["source"], e["target"], e["code"]) for e in pg.events(flt)]
        on_sqlite = [(e["source"], e["target"], e["code"]) for e in store.events(flt)]
        assert on_pg == on_sqlite


def test_store_postgres_replace_coding(pg, coded):
    doc_id = pg.add(coded[0], VERSION)
    pg.replace_coding(doc_id, coded[1], "v2")
    events = pg.events(EventFilter(document_id=doc_id, factuality=None))
    assert len(events) == len(coded[1].events)
    assert {e["coder_version"] for e in events} == {"v2"}


def test_store_postgres_ingest_through_the_cli(pg_url, tmp_path):
    from typer.testing import CliRunner

    from accord.cli import app

    (tmp_path / "a.txt").write_text("Brazil recalled its ambassador from Israel on Wednesday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", pg_url, "--date", "2024-02-21"])
    assert result.exit_code == 0, result.output
    with Store(pg_url) as store:
        events = store.events(EventFilter(actor="BRA"))
    assert events and events[0]["target"].startswith("ISR")
