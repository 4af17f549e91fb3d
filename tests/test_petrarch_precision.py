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
