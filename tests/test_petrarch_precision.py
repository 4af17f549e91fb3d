"""Precision of the PETRARCH layer (events coded from CAMEO.2.0.txt where verbs.yaml has no pattern), by classes
found judging its events on the Reuters coverage slice (issue 10); each on sentences written for these tests,
with the near cases that must keep their code."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


def _layer(events) -> list:
    """The events a PETRARCH pattern coded (its text names the dictionary file and line)."""
    return [e for e in events if "CAMEO.2.0.txt" in e.pattern]


@pytest.mark.parametrize("text", [
    "The Kenyan bank awarded a contract to a Brazilian firm to build the port.",
    "A committee of Kenyan coffee importers awarded contracts to three Peruvian companies.",
    "Two Norwegian airlines are buying the jets from Brazil.",
    "The Chilean bank is closing its office in Lima.",
    "The Egyptian company will sell security devices and systems into Libya.",
    "The Indonesian trading company will send a team to Australia next week to negotiate a coal contract.",
    "The Kenyan bank agreed to award a contract to a Brazilian firm.",
    "Two Norwegian airlines plan to buy the jets.",
])
def test_petrarch_layer_codes_no_firms_business(code, text):
    events = code(text, "2019-04-02")
    assert not _layer(events), [(e.source, e.target, e.code, e.pattern) for e in events]
    assert not any(e.realised and e.source[3:6] == "BUS" and e.root < "17" for e in events), \
        [(e.source, e.target, e.code, e.pattern) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # a state dealing with a firm, and a state's own act, keep the layer's code
    ("Kenya awarded a contract to a Brazilian firm to build the port.", ("KEN", "BRA", "031")),
    ("Indonesia sent a team to Australia for talks on the border.", ("IDN", "AUS", "036")),
])
def test_petrarch_layer_keeps_states_acts(code, text, expected):
    triples = realised_triples(code(text, "2019-04-02"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "wrong"), [
    # the subject's own word is no object a PETRARCH pattern names: "Community" is no town taken (&TOWN [192])
    ("Nigeria urged that the Economic Community of West African States take firm measures against Mali.", "192"),
    ("The East African Community took new steps against Burundi.", "192"),
    # a pattern naming no word but its target is the block's default for one sense ("- * + [111]", written for
    # "mock"): repeating or echoing is no criticism
    ("Ethiopia repeated an invitation to Eritrea to take the border dispute to the court.", "111"),
    ("The Senegalese plan was echoed by Mali's foreign minister.", "111"),
    # rules.yaml petrarch_left_out: patterns whose code does not fit their noun
    # (trade barriers are no show of force, rhetoric no threat of sanctions, a minister appointed no material
    # cooperation, a council set up no appeal)
    ("Peru said Chile should build barriers against Bolivian imports.", "150"),
    ("The Kenyan government has stepped up its rhetoric against Uganda.", "132"),
    ("The president of Malawi appointed a new prime minister on Monday.", "060"),
    ("The African Union set up a council for Sudan.", "022"),
    ("The Security Council was set up by Britain and France in 1945.", "022"),
])
def test_petrarch_layer_leaves_out_patterns_of_another_sense(code, text, wrong):
    events = code(text, "2019-04-02")
    assert not any(e.code.startswith(wrong) for e in _layer(events)), \
        [(e.source, e.target, e.code, e.pattern) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # the same verbs keep the patterns that fit them
    ("Rebels took the town of Goma from Congolese troops.", ("COD", "COD", "192")),
    ("Kenya mocked Uganda over the election.", ("KEN", "UGA", "111")),
    ("Mali appointed a new ambassador to Senegal.", ("MLI", "SEN", "050")),
])
def test_petrarch_layer_keeps_fitting_patterns(code, text, expected):
    events = code(text, "2019-04-02")
    assert has_triple(realised_triples(events), *expected), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize("text", [
    # the doer's own country, named in the noun the pattern names, is no party it acts on
    "Kenya's foreign minister reiterated Kenya's position on the border.",
    "The Kenyan president intervened to resolve Kenya's dispute with Uganda.",
])
def test_petrarch_layer_takes_no_own_country_as_target(code, text):
    events = _layer(code(text, "2019-04-02"))
    assert not any(e.target == e.source[:3] for e in events), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # another country's dispute: that country, as the noun says (the other side, after "with", would do too)
    ("The Kenyan president resolved Uganda's dispute with Tanzania.", ("KEN", "UGA", "039")),
    ("Kenya's foreign minister welcomed Uganda's decision.", ("KEN", "UGA", "05")),
])
def test_petrarch_layer_keeps_another_countrys_noun_as_target(code, text, expected):
    triples = realised_triples(code(text, "2019-04-02"))
    assert has_triple(triples, *expected), triples
