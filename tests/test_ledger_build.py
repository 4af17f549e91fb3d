from __future__ import annotations

import gc
from datetime import date

import pytest

import accord.commitments.ledger as ledger_module
from accord.commitments import build_ledger
from accord.records import Claim


def _claim(kind: str, actor: str, lemmas: list[str], day: int, document: int, factuality: str = "asserted") -> Claim:
    return Claim(kind=kind, actor=actor, actor_text="", action=" ".join(lemmas), lemmas=lemmas,
                 factuality=factuality, sentence_index=0, sentence="", start=0, end=0, date=date(2020, 1, day),
                 published=date(2020, 1, day), document_id=document)


@pytest.fixture
def claims():
    return [_claim("promise", "FRAGOV", ["release", "prisoner"], 1, 1),
            _claim("act", "FRAMIL", ["release", "prisoner"], 5, 2)]


@pytest.mark.parametrize("enabled", [True, False])
def test_ledger_build_leaves_the_collector_as_it_found_it(claims, enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert build_ledger(claims)[0].status == "fulfilled"
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_ledger_build_pauses_the_collector_and_turns_it_back_on_after_an_error(claims, monkeypatch):
    seen = []
    real = ledger_module.decide
    monkeypatch.setattr(ledger_module, "decide", lambda c: seen.append(gc.isenabled()) or real(c))
    assert gc.isenabled()
    build_ledger(claims)
    assert seen == [False]
    with pytest.raises(TypeError):
        build_ledger(claims + [_claim("act", None, ["release"], 6, 3)])
    assert gc.isenabled()


@pytest.mark.parametrize("other, status", [("PRKGOV", "fulfilled"), ("CHNGOV", "pending")])
def test_ledger_build_meeting_is_kept_when_the_promisee_is_a_doer_of_the_act(other, status):
    promise = _claim("promise", "USAGOV", ["meet"], 1, 1)
    promise.promisee, promise.code = "PRKGOV", "043"
    met = [_claim("act", actor, ["meet"], 5, 2) for actor in ("USAGOV", other)]  # "A and B met": one act, two doers
    for act in met:
        act.code = "043"
    assert [c.status for c in build_ledger([promise, *met]) if c.promisor == "USAGOV"] == [status]


def test_ledger_build_turns_down_early_only_acts_that_match_would_turn_down():
    # `_may_match` is the cheap first test of a candidate: wherever `_match` takes an act, it must let it through
    from itertools import combinations, product

    from accord.commitments import load_lexicon
    from accord.commitments.ledger import Words, _match, _may_match

    lex = load_lexicon()
    verbs = ["free", "release", "hold", "refrain", "halt", "test", "meet", "fire"]
    things = ["test", "prisoner", "missile", "long", "short", "proposal", "=yongbyon"]
    acts = [[v, *t] for v in verbs for n in (0, 1, 2) for t in combinations(things, n)]
    turned_down = 0
    for promised, act in product(acts, acts):
        p, a = Words(promised, lex), Words(act, lex)
        for negative, loose, off in product((False, True), (False, True), ("", "test")):
            if not _may_match(p, a, negative, loose, off, lex):
                turned_down += 1
                assert not _match(p, a, ("", ""), negative, loose, lex, off)[0], (promised, act, negative, loose, off)
    assert turned_down > 0
