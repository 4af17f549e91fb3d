"""Rejected candidates ("why not"), worked out when asked for one promise from the stored claims: the same for the
CLI, the API and the commitment page, and nothing of them stored by the ledger's build."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from accord.api.commitments import get_commitment
from accord.api.schemas import CommitmentDetail
from accord.cli import app
from accord.commitments import build_ledger, not_taken
from accord.commitments.ledger import party, reading_place
from accord.records import Claim
from accord.store import Store
from accord.store.ledger import _claims, commitment, commitments, rejected_candidates
from accord.store.models import EvidenceRow
from accord.web.pages import commitment_view

SAME = ("kind", "position", "document_id", "sentence_index", "sentence", "start", "end", "factuality", "actor",
        "date", "matched", "score", "generic", "title")


def _claim(kind: str, actor: str, lemmas: list[str], day: date, document: int, sentence: int = 0, start: int = 0,
           factuality: str = "asserted", promisee: str = "", code: str = "") -> Claim:
    return Claim(kind=kind, actor=actor, actor_text="", action=" ".join(lemmas), lemmas=lemmas,
                 factuality=factuality, sentence_index=sentence, sentence="", start=start, end=start + 5, date=day,
                 published=day, document_id=document, promisee=promisee, code=code)


def _generated(seed: int) -> list[Claim]:
    """Promises and acts of a few parties about a few things, some meetings with a promisee, in reading order."""
    rng = random.Random(seed)
    actors = ["FRAGOV", "FRAMIL", "DEUGOV", "ITAGOV", "ITAREB", "IGOUNO"]
    verbs, things = ["meet", "release", "send", "withdraw", "build"], ["prisoner", "troop", "aid", "road", "envoy"]
    out = []
    for n in range(400):
        day, doc = date(2020, 1, 1) + timedelta(days=n // 8), n // 4
        kind = rng.choice(["promise"] * 2 + ["act"] * 6 + ["contrast", "fulfil"])
        verb = rng.choice(verbs)
        words = [verb, *rng.sample(things, rng.randint(1, 2))]
        promisee, code = (rng.choice(actors), "043") if verb == "meet" else ("", "")
        value = "asserted" if kind == "promise" else rng.choice(["asserted"] * 4 + ["negated", "modal", "future"])
        out.append(_claim(kind, rng.choice(actors), words, day, doc, n % 4, n, value, promisee, code))
        if kind == "act" and rng.random() < 0.4:  # "A and B met": one act, two doers
            out.append(_claim(kind, rng.choice(actors), words, day, doc, n % 4, n, value, promisee, code))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ledger_why_not_from_the_two_parties_claims_is_as_from_all(seed):
    """The store reads only the promisor's party's claims and the acts done with them, and before the promise's
    document only the promises: the same candidates."""
    claims = _generated(seed)
    ledger = build_ledger(claims)
    assert ledger and all(c.rejected == [] for c in ledger)
    listed = 0
    for c in ledger:
        own = c.promisor[:3]
        places = {(k.document_id, k.sentence_index, k.start) for k in claims if k.actor.startswith(own)}
        some = [k for k in claims if k.actor.startswith(own) or k.kind == "act" and (
            k.document_id, k.sentence_index, k.start) in places]
        later = [k for k in some if k.kind == "promise" or reading_place(k) >= reading_place(c.made)]
        everything = not_taken(claims, c.made)
        assert everything is not None
        for part in (some, later):
            assert [(e.claim, e.matched) for e in not_taken(part, c.made)] == [(e.claim, e.matched) for e in everything]
        assert all(party(e.claim.actor) == party(c.promisor) for e in everything)
        taken = {(e.claim.document_id, e.claim.sentence_index) for e in c.evidence}
        assert not taken & {(e.claim.document_id, e.claim.sentence_index) for e in everything}
        listed += len(everything)
    assert listed, "the generated claims should give rejected candidates"


def test_ledger_why_not_keeps_twelve_one_per_sentence():
    day = date(2021, 3, 1)
    promise = _claim("promise", "ESPGOV", ["release", "prisoner"], day, 1)
    later = [_claim("act", "ESPGOV", ["release", "prisoner"], day + timedelta(days=n), 2 + n, factuality=value)
             for n in range(1, 16) for value in ("hypothetical", "future")]  # two claims in each sentence
    rejected = not_taken([promise, *later], promise)
    assert len(rejected) == 12
    assert [e.claim.document_id for e in rejected] == list(range(3, 15))
    assert all(e.claim.factuality == "hypothetical" and "not a realised act" in e.matched for e in rejected)


def test_ledger_why_not_is_none_for_a_promise_said_again():
    day = date(2021, 3, 1)
    first, again = (_claim("promise", "ESPGOV", ["release", "prisoner"], day + timedelta(days=n), n)
                    for n in (1, 2))
    assert not_taken([first, again], again) is None
    assert not_taken([first, again], first) == []


@pytest.fixture(scope="module")
def mine(pipeline, tmp_path_factory):
    """A store of a few articles written for this test: a pledge, a modal and a future report of the act, a
    meeting without the promisee, then the act done."""
    from accord.ingest import Defaults
    from accord.service import ingest

    docs = [("2022-02-01", "Portugal pledged to send two frigates to the Baltic Sea. Portugal also promised to meet "
                           "Estonian leaders in Tallinn."),
            ("2022-03-01", "Portugal could send two frigates to the Baltic Sea next month, a minister said."),
            ("2022-03-15", "Portugal will send two frigates to the Baltic Sea, its navy said."),
            ("2022-04-01", "Portugal met Spanish leaders in Madrid on Friday."),
            ("2022-05-02", "Portugal sent two frigates to the Baltic Sea on Monday.")]
    folder = tmp_path_factory.mktemp("why-not")
    url = f"sqlite:///{folder / 'mine.db'}"
    with Store(url) as store:
        for n, (day, text) in enumerate(docs):
            path = folder / f"{n}.txt"
            path.write_text(text, encoding="utf-8")
            summary = ingest([path], store, pipeline, Defaults(date=date.fromisoformat(day)))
            assert summary.stored == 1 and not summary.failures
    return url


def _compare_surfaces(url: str) -> int:
    """Every commitment's rejected candidates as `commitment`, `show --why-not --json`, the API and the page give
    them, checked against `not_taken` over every stored claim; how many there were."""
    runner, seen = CliRunner(), 0
    with Store(url, create=False) as store:
        with store.session() as s:
            every = _claims(s.connection())
            assert s.scalar(select(func.count()).where(EvidenceRow.kind == "rejected")) == 0  # none stored
        rows = commitments(store)
        assert rows
        for row in rows:
            [made] = [c for c in every if c.kind == "promise" and (
                c.actor, c.action, c.document_id, c.sentence_index, c.start) == (
                row["promisor"], row["action"], row["document_id"], row["sentence_index"], row["start"])]
            expected = [(e.claim.document_id, e.claim.sentence_index, e.claim.start, e.matched)
                        for e in not_taken(every, made)]
            stored = commitment(store, row["id"])
            assert [(e["document_id"], e["sentence_index"], e["start"], e["matched"]) for e in stored["rejected"]] \
                == expected
            assert [e["position"] for e in stored["rejected"]] == list(
                range(row["evidence_count"], row["evidence_count"] + len(expected)))
            assert "rejected" not in commitment(store, row["id"], why_not=False)
            shown = runner.invoke(app, ["commitments", "show", str(row["id"]), "--db", url, "--why-not", "--json"])
            assert shown.exit_code == 0, shown.output
            assert [{k: e[k] for k in SAME} for e in json.loads(shown.output)["rejected"]] == json.loads(
                json.dumps([{k: e[k] for k in SAME} for e in stored["rejected"]], default=str))
            api = CommitmentDetail.model_validate(get_commitment(row["id"], store)).model_dump()
            assert [{k: e[k] for k in SAME} for e in api["rejected"]] == [{k: e[k] for k in SAME}
                                                                           for e in stored["rejected"]]
            with_chain = rejected_candidates(store, row["id"])
            page = commitment_view({**row, "rejected": with_chain, "sentence_start": None}, [])
            assert [(e["sentence"], e["matched"], e["href"]) for e in page["not_taken"]] == [
                (e["sentence"], e["matched"], f"/documents/{e['document_id']}#s{e['sentence_index']}")
                for e in stored["rejected"]]
            seen += len(expected)
    return seen


def test_ledger_why_not_is_the_same_on_every_surface_of_a_small_store(mine):
    assert _compare_surfaces(mine)
    with Store(mine, create=False) as store:
        [frigates] = [r for r in commitments(store) if "frigate" in r["action"]]
        rejected = commitment(store, frigates["id"])["rejected"]
        assert frigates["status"] == "fulfilled"
        assert {e["factuality"] for e in rejected} == {"modal", "future"} and all(
            "not a realised act" in e["matched"] for e in rejected)


def test_ledger_why_not_is_the_same_on_every_surface_of_the_sample(sample_db):
    assert _compare_surfaces(sample_db)
