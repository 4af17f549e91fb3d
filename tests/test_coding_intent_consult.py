"""Intents to cooperate (03) and consultations (04) as wire copy reports them, on sentences written for these
tests (issue 10, round 3): meetings and talks had, engaged in or wrapped up, calls on the phone, go-betweens,
visitors welcomed; openness to an act; and the intents that are no event: an act of no named kind toward no
party, or a plan of an act that names no party."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # 040, 046: a meeting or talks had rather than held; talks engaged in, concluded or wrapped up
    ("The Dutch premier had talks with the Belgian prime minister.", ("NLD", "BEL", "046")),
    ("The Kenyan president had a meeting with his Tanzanian counterpart.", ("KEN", "TZA", "040")),
    ("India and Bangladesh wrapped up two days of border talks on Thursday.", ("IND", "BGD", "046")),
    ("Hanoi engaged in talks with Beijing over the islands.", ("VNM", "CHN", "046")),
    ("Ghana concluded talks with Togo on the border.", ("GHA", "TGO", "046")),
    # the parties named after "of" a plural role ("the foreign ministers of A and B") are each a party
    ("The foreign ministers of Egypt and Jordan met in Cairo on Monday.", ("JOR", "EGY", "040")),
    ("The leaders of Chile and Bolivia held talks in Lima.", ("BOL", "CHL", "046")),
    # talks started by a phrasal verb; talks counted by days keep the parties after their "between"
    ("Vietnam and Cambodia kicked off talks on their border on Tuesday.", ("KHM", "VNM", "046")),
    ("The statement was issued after three days of talks between Kenya and Uganda.", ("UGA", "KEN", "046")),
    # a visit or talks named by the part of them that a time phrase names are the verb's doer's
    ("The Kenyan foreign minister said at the end of a three-day visit to Uganda that trade had grown.",
     ("KEN", "UGA", "042")),
    ("Speaking on the second day of talks with Peruvian officials, the Chilean minister praised the progress.",
     ("CHL", "PER", "046")),
    # talks a visitor is somewhere for are the visitor's
    ("The German chancellor was in Beijing for talks with Chinese leaders.", ("DEU", "CHN", "046")),
    # 041: on the phone, with the parties as the subject
    ("The Spanish and Portuguese prime ministers spoke on the phone on Sunday.", ("ESP", "PRT", "041")),
    # 045: acting or serving as mediator between parties
    ("Oman acted as mediator between Iran and Britain.", ("OMN", "IRN", "045")),
    ("Norway served as a mediator between Colombia and the ELN rebels.", ("NOR", "COL", "045")),
    # and going back and forth between them
    ("The Swedish envoy shuttled between Armenian and Azerbaijani officials on Monday.", ("SWE", "AZE", "045")),
    ("The American envoy shuttled between Beirut and Damascus.", ("USA", "SYR", "045")),
    # 043: a visitor given a welcome of state
    ("Indonesia rolled out the red carpet for the Chinese premier.", ("IDN", "CHN", "043")),
    ("The Thai king gave the Japanese emperor a rousing welcome.", ("THA", "JPN", "043")),
    # 03: openness or willingness signalled or shown governs its act as willingness expressed does
    ("Japan signalled openness to talks with North Korea.", ("JPN", "PRK", "036")),
    ("Seoul expressed openness to a summit with Tokyo.", ("KOR", "JPN", "036")),
    ("Ankara showed willingness to mediate between Moscow and Kyiv.", ("TUR", "RUS", "039")),
    # 034: a commitment to an act named by its noun ("commitment to reform")
    ("Slovakia restated its commitment to reform.", ("SVK", "", "034")),
    # 030: an act no pattern codes is still intended toward the party it names
    ("Belgium agreed to reschedule Congo's debt.", ("BEL", "COD", "030")),
    ("Austria pledged to rebuild Slovenia's railways.", ("AUT", "SVN", "030")),
    # 036: an invitation accepted was extended by the party it came from or is to
    ("Peru accepted an invitation to visit Chile.", ("CHL", "PER", "036")),
    ("Kenya accepted an invitation from Ethiopia to attend talks.", ("ETH", "KEN", "036")),
    # 038: mediation by another party agreed to or accepted, toward the mediator
    ("Kenya agreed to Qatari mediation.", ("KEN", "QAT", "038")),
    ("Colombia agreed to Cuba's mediation.", ("COL", "CUB", "038")),
    # 033: a plan announced governs its act as an intent
    ("China announced plans to provide aid to Venezuela.", ("CHN", "VEN", "033")),
    # 13: a reprisal vowed is a threat, also a retaliatory step intended
    ("Moscow pledged a tough response to Washington.", ("RUS", "USA", "130")),
    ("Beijing vowed countermeasures against Canberra.", ("CHN", "AUS", "130")),
    ("Korea was ready to take retaliatory measures against Japan.", ("KOR", "JPN", "130")),
    # 035: announcing that an act of one's own will be called off
    ("Pyongyang announced it would halt its missile launches.", ("PRK", "", "035")),
    ("Morocco said it would suspend its phosphate exports.", ("MAR", "", "035")),
])
def test_coding_intent_and_consult_as_the_wire_reports_them(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "root"), [
    # an intent of no named kind toward no party says nothing coded
    ("Portugal said it would review the figures.", "03"),
    ("The Canadian government said it would study the report.", "03"),
    # a plan of an act that needs a party and names none
    ("Brazilian coffee producers will meet in Rio next month.", "03"),
    ("Argentine banks will receive interest payments in July.", "03"),
    # a plan of an act no pattern codes
    ("Toyota announced plans to build a plant in Kentucky.", "03"),
    # a swift response pledged to a disaster is no threat
    ("The Red Cross pledged a swift response to the floods in Bangladesh.", "13"),
    # stopping another's act is no concession
    ("Russia said it would block the resolution.", "035"),
    # a ferry going back and forth mediates nothing
    ("The ferry shuttled between Dover and Calais.", "045"),
    # a danger to talks is no threat, and no talks are held by the protesters
    ("The protests are a threat to the talks between Seoul and Tokyo.", "13"),
])
def test_coding_intent_without_a_party_or_kind_is_no_event(code, text, root):
    assert not [e for e in code(text, "2019-03-12") if e.realised and e.code.startswith(root)]


def test_coding_coordinated_parties_still_plan_to_meet_each_other(code):
    # the rule above leaves a plan alone when its doers are each other's party
    events = code("Japan and China will hold talks in Beijing next week.", "2019-03-12")
    pairs = {(e.source[:3], e.target[:3]) for e in events if e.realised and e.code == "036"}
    assert pairs == {("JPN", "CHN"), ("CHN", "JPN")}, events


@pytest.mark.parametrize(("text", "expected"), [
    # troops, peacekeepers or weapons arriving are sent (154), deployed (074) or delivered (072), not visiting
    ("French troops arrived in Chad on Sunday.", ("FRA", "TCD", "154")),
    ("A first batch of Nepalese peacekeeping troops arrived in Haiti on Friday.", ("NPL", "HTI", "074")),
    ("Poland's first Abrams tanks arrived in Lithuania on Tuesday.", ("POL", "LTU", "072")),
])
def test_coding_forces_arriving_are_no_visit(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected) and not any(c.startswith("042") for _, _, c in triples), triples


def test_coding_a_defence_minister_arriving_still_visits(code):
    triples = realised_triples(code("The Iranian defence minister arrived in Baghdad on Monday.", "2019-03-12"))
    assert has_triple(triples, "IRN", "IRQ", "042"), triples
