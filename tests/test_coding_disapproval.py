"""Root 11 (disapprove): criticism by what a party calls another's act, faulting, and complaints about what a
party does; each on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # an act called, branded or described as wrong is criticised: the party that did it is the target
    ("Finland called Russia's decision unacceptable.", ("FIN", "RUS", "111")),
    ("Jordan called the Israeli raids a violation of international law.", ("JOR", "ISR", "111")),
    ("Egypt described the Ethiopian move as a provocation.", ("EGY", "ETH", "111")),
    ("Poland labelled the Belarusian flights a provocation.", ("POL", "BLR", "111")),
    # faulting a party for what it did
    ("Australia faulted Indonesia for the delays.", ("AUS", "IDN", "111")),
])
def test_coding_act_called_wrong_is_criticised(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    "Finland called the meeting useful.",
    "Egypt described the talks as a success.",
])
def test_coding_act_called_good_is_no_criticism(code, text):
    assert not any(c.startswith("11") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # a complaint about what a party does names that party in its clause
    ("Chile complained that Peru had broken the fishing accord.", ("CHL", "PER", "114")),
    ("Mexican officials complained that the United States was blocking their tomato exports.",
     ("MEX", "USA", "114")),
])
def test_coding_complaint_is_about_the_party_of_its_clause(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize(("text", "expected"), [
    # charging that a party does something accuses it, whatever the act
    ("Chile charged that Peru was dumping fish on its market.", ("CHL", "PER", "112")),
    ("Canadian officials charged that the United States was subsidising its wheat farmers.", ("CAN", "USA", "112")),
])
def test_coding_charged_that_accuses_the_party_of_the_clause(code, text, expected):
    assert expected in realised_triples(code(text))


def test_coding_charged_with_a_crime_is_no_accusation_of_a_clause(code):
    # charged with smuggling: a legal charge (173), not an accusation of a clause's party
    assert ("CHL", "PER", "173") in realised_triples(code("Chile charged two Peruvian fishermen with smuggling."))


@pytest.mark.parametrize("text", [
    "French winegrowers could charge that Chile was dumping wine on their market.",
    "Peru did not allege that Chile had broken the accord.",
])
def test_coding_accusation_not_made_is_not_realised(code, text):
    assert not any(c.startswith("112") for _, _, c in realised_triples(code(text)))
