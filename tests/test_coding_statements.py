"""A statement, note or resolution a party issues: what a participle after it says is the author's act
(sentences written for these tests)."""

from __future__ import annotations

import pytest


def _triples(events):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in events if e.realised}


@pytest.mark.parametrize(("text", "expected"), [
    ("Cairo issued a statement condemning the Israeli air strikes on Gaza.", ("EGY", "ISR", "11")),
    ("The Chinese foreign ministry released a statement criticising Japan over the shrine visit.",
     ("CHN", "JPN", "11")),
    ("India issued a statement accusing Pakistan of sheltering militants.", ("IND", "PAK", "11")),
    ("The African Union released a communique urging Ethiopia to withdraw its troops.", ("IGO", "ETH", "02")),
    ("The UN Security Council adopted a resolution condemning North Korea for the missile launch.",
     ("IGO", "PRK", "11")),
    ("Seoul sent a diplomatic note protesting the Japanese claim to the islands.", ("KOR", "JPN", "14")),
    ("The statement, released by Tehran on Sunday, condemned Israel.", ("IRN", "ISR", "11")),
])
def test_statement_participle_is_its_authors_act(code, text, expected):
    assert expected in _triples(code(text, "2019-03-02"))


@pytest.mark.parametrize("text", [
    "A statement condemning the attack circulated online on Sunday.",
    "The report, citing witnesses, said the town was quiet.",
    "Cairo issued a statement on the talks on Sunday.",
])
def test_statement_without_an_author_or_an_act_codes_nothing(code, text):
    assert not _triples(code(text, "2019-03-02"))


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause of the text, its subject a pronoun, says what the author does
    ("Peru released a statement in which it accused Ecuador of arming the rebels.", ("PER", "ECU", "11")),
    ("Austria issued a statement in which it urged Hungary to release the activists.", ("AUT", "HUN", "02")),
])
def test_statement_relative_clause_is_its_authors_act(code, text, expected):
    assert expected in _triples(code(text, "2019-03-02"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway sent a letter to Sweden urging it to lift the ban on salmon imports.", ("NOR", "SWE", "02")),
    ("Peru issued a statement to Chile condemning the Chilean navy's seizure of two trawlers.", ("PER", "CHL", "11")),
    ("Peru released a statement in which it accused Ecuador of arming the rebels.", ("PER", "ECU", "11")),
])
def test_statement_saying_an_act_is_no_bare_statement(code, text, expected):
    triples = _triples(code(text, "2019-03-02"))
    assert expected in triples
    assert not any(c == "01" for _, _, c in triples), triples
