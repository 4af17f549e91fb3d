"""The two op-eds in ../shared/seeds, read from there: what the issue says Accord must make of them."""

from __future__ import annotations

from datetime import date

import pytest

from accord.service import ingest
from accord.store import EventFilter
from accord.store.ledger import commitment, commitments
from accord.store.quotes import quotes


@pytest.fixture(scope="module")
def seeded(shared, pipeline, tmp_path_factory):
    from accord.ingest import Defaults
    from accord.store import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.db'}")
    summary = ingest([shared / "seeds"], store, pipeline, Defaults(date=date(2018, 8, 20)))
    assert summary.stored == 2 and not summary.failures
    yield store
    store.close()


def _find(rows, words):
    return [r for r in rows if all(w in r["action"] for w in words)]


@pytest.mark.parametrize("words", [("return", "remains"), ("dismantle", "test", "site")])
def test_seeds_north_korean_promises_are_not_kept(seeded, words):
    [row] = _find(commitments(seeded), words)
    assert row["promisor"].startswith("PRK")
    assert row["status"] in ("unfulfilled", "disputed")
    chain = commitment(seeded, row["id"])["evidence"]
    assert any("neither" in e["sentence"] for e in chain)


def test_seeds_pledge_to_denuclearise_has_the_iaea_sentence(seeded):
    [row] = _find(commitments(seeded), ("denuclear",))
    assert row["promisor"].startswith("PRK") and row["status"] in ("unfulfilled", "disputed")
    chain = commitment(seeded, row["id"])["evidence"]
    assert any("International Atomic Energy Agency" in e["sentence"] for e in chain)


def test_seeds_plan_to_cancel_the_war_games(seeded):
    [row] = _find(commitments(seeded), ("cancel", "war"))
    assert row["promisor"].startswith("USA")


def test_seeds_senior_official_quotes_are_anonymous(seeded):
    found = [q for q in quotes(seeded) if "senior administration official" in q["speaker_text"]]
    assert len({q["text"] for q in found}) >= 2
    assert all(q["anonymous"] and q["speaker_kind"] == "anonymous" for q in found)


@pytest.mark.parametrize("fragment", ["If the trip is another failure", "North Korea has done neither"])
def test_seeds_conditional_and_negated_sentences_assert_nothing(seeded, fragment):
    events = seeded.events(EventFilter(factuality=None))
    hits = [e for e in events if fragment in e["sentence"]]
    assert all(e["factuality"] != "asserted" for e in hits)
