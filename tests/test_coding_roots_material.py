"""Roots 01, 06, 07, 08 and 09 in the wordings wire stories use for them (statements, material cooperation, aid,
yielding, investigation), each class on sentences written for these tests about other parties."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a charge denied whose "that" clause says the denier's side acted: 016 against the party acted on
    ("Syria denied allegations that its troops had entered Lebanon.", ("SYR", "LBN", "016")),
    ("Eritrea dismissed allegations that it was arming Somali insurgents.", ("ERI", "SOM", "016")),
    ("The Rwandan army denied charges that its soldiers had looted Congolese villages.", ("RWA", "COD", "016")),
    ("Syria rejected accusations that it had sent troops into Lebanon.", ("SYR", "LBN", "016")),
    # the claim's author, when named, is who the denial answers
    ("Ethiopia dismissed American charges that its troops had shelled Somali towns.", ("ETH", "USA", "016")),
    ("Ethiopia dismissed charges by Washington that its troops had shelled Somali towns.", ("ETH", "USA", "016")),
    # one's own forces sent are what the act is done with, not the party it is done to
    ("Syria denied that it had sent troops into Lebanon.", ("SYR", "LBN", "016")),
])
def test_coding_charge_of_own_act_denied_is_016(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    "Syria denied that it had sent troops into Lebanon.",
    "Syria rejected accusations that it had sent troops into Lebanon.",
])
def test_coding_denial_is_not_against_own_troops(code, text):
    assert not any(t.endswith("MIL") for _, t, c in realised_triples(code(text)) if c == "016")


@pytest.mark.parametrize("text", [
    # another party's act in the claim: no denial of responsibility
    "Japan denied reports that China was buying Japanese steel plants.",
    "Peru rejected claims that Chilean troops had crossed the border.",
    # nothing done to a party
    "Vietnam denied charges that its economy was slowing.",
    # a report denied is no charge answered: it states no event
    "Syria denied reports that its troops had entered Lebanon.",
    "Oman denied reports that its envoy had held talks in Tehran with Iranian officials.",
])
def test_coding_no_charge_of_own_act_denied_is_no_016(code, text):
    assert not any(c == "016" for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize("text", [
    "Libya acknowledged responsibility for the bombing of the American airliner.",
    "Libya assumed responsibility for the bombing of the American airliner.",
])
def test_coding_responsibility_acknowledged_is_015(code, text):
    assert has_triple(realised_triples(code(text)), "LBY", "USA", "015")


@pytest.mark.parametrize(("text", "expected"), [
    # a body of inquiry set up investigates the party of the inquiry it makes: after "into" on its "of" inquiry,
    # or in the inquiry act of its infinitive
    ("The Security Council established a commission of inquiry into human rights violations in Burundi.",
     ("IGO", "BDI", "09")),
    ("The Security Council created a commission to investigate human rights violations in Burundi.",
     ("IGO", "BDI", "09")),
    ("Ghana appointed a panel to probe the deaths of three Togolese traders.", ("GHA", "TGO", "09")),
    ("The African Union formed a team to look into allegations of abuse by Ethiopian troops.", ("IGO", "ETH", "09")),
    # the infinitive the parser hangs on the verb: the investigation is set up, not only planned
    ("Tanzania set up a commission to investigate the killing of Burundian refugees.", ("TZA", "BDI", "09")),
])
def test_coding_body_of_inquiry_set_up_is_09(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    # a body set up for no inquiry investigates no one
    "Mali set up a committee of Senegalese experts to draft a new constitution.",
    "Kenya formed a commission of Ugandan and Tanzanian judges.",
    "The Kenyan government appointed a commission to review the constitution.",
    "Kenya formed a team of Ugandan experts to draft the treaty.",
    # parties that set up a body together do not investigate each other
    "Mali and Senegal set up a joint commission on border security.",
    "Egypt and Sudan formed a joint team to monitor the border.",
])
def test_coding_body_set_up_for_no_inquiry_is_no_09(code, text):
    assert not any(c.startswith("09") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # a team, group or contingent of relief staff sent is the staff sent: humanitarian aid to the party they go to
    ("Brazil sent a team of doctors to Haiti.", ("BRA", "HTI", "073")),
    ("Brazil sent a group of doctors to Haiti.", ("BRA", "HTI", "073")),
    ("Cuba sent a contingent of 200 doctors to Venezuela.", ("CUB", "VEN", "073")),
])
def test_coding_team_of_relief_staff_sent_is_073(code, text, expected):
    assert expected in realised_triples(code(text))


def test_coding_team_of_doctors_sent_is_no_intent(code):
    assert not any(c.startswith("03") for _, _, c in realised_triples(code("Brazil sent a team of doctors to Haiti.")))


@pytest.mark.parametrize(("text", "expected"), [
    # a comment declined after a question: on the party the question is about
    ("Asked about the Chilean proposal, the Bolivian minister declined to comment.", ("BOL", "CHL", "011")),
    ("Asked about the Chilean proposal, the Bolivian minister declined comment.", ("BOL", "CHL", "011")),
    ("Asked whether Peru would retaliate, the Ecuadorean minister declined to comment.", ("ECU", "PER", "011")),
])
def test_coding_comment_declined_when_asked_is_011_on_the_question(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    # a question about no party, or put by a party, names none; a bare comment is no statement to anyone
    "Asked about the talks, the Bolivian minister declined to comment.",
    "Asked by Chilean reporters about the talks, the Bolivian minister declined to comment.",
    "The Bolivian minister declined to comment.",
    "The Bolivian minister commented on Tuesday.",
])
def test_coding_comment_declined_on_no_party_is_no_event(code, text):
    assert not realised_triples(code(text))
