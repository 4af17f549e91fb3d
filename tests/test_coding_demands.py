"""Root 10 (demand): what a party demands is asked for, not done, and a demand that is what a protest is for
is the protest's content; each on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize(("text", "demanded"), [
    # a "that"-clause in the subjunctive asks for its act: the act is not realised
    ("Estonia demanded that Belarus free the detained Estonian truck drivers.", ("BLR", "EST", "08")),
    ("Malta insisted that Libya release the Maltese fishermen.", ("LBY", "MLT", "08")),
    ("Cambodia urged that Thailand release the Cambodian fishermen.", ("THA", "KHM", "08")),
    # the same without "that"
    ("Uruguay demanded Paraguay release the Uruguayan sailors.", ("PRY", "URY", "08")),
])
def test_coding_act_demanded_in_a_clause_is_not_realised(code, text, demanded):
    events = code(text)
    assert any(e.code.startswith(("10", "02")) and e.realised for e in events)
    source, target, root = demanded
    assert not any(e.realised and e.source[:3] == source and e.code.startswith(root) for e in events)


def test_coding_act_reported_in_a_clause_stays_realised(code):
    # a clause that reports ("said that ... freed") is no demand: the act is told as done
    assert ("BLR", "EST", "0841") in realised_triples(
        code("Estonia said that Belarus had freed the detained Estonian truck drivers."))


@pytest.mark.parametrize(("text", "target"), [
    ("Tens of thousands of Bolivians marched in La Paz and other cities on Monday to demand that President Luis "
     "Arce step down.", "BOL"),
    ("Thousands of Armenians rallied in Yerevan on Sunday to demand that Prime Minister Nikol Pashinyan step down.",
     ""),
])
def test_coding_demand_a_protest_is_for_is_no_demand_of_its_own(code, text, target):
    events = [e for e in code(text) if e.realised]
    # the protest is the event, against the party the demand names
    assert any(e.code.startswith("14") and e.target.startswith(target) for e in events)
    assert not any(e.code.startswith("10") for e in events)
    assert not any(e.code.startswith("08") for e in events)  # the resignation demanded is not done either


def test_coding_demand_of_a_party_beside_a_protest_stays(code):
    # a demand made in its own clause, not as what a march is for, is still a demand
    assert ("BOL", "PER", "102") in realised_triples(
        code("Bolivia demanded an apology from Peru after protesters marched on its embassy in Lima."))
