"""Attachment failures (issue 10): a coded verb whose two parties are both named, in a structure other than
plain "X verb Y", each class with the neighbouring readings that must stay as they are. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a passive's "by" agent that closes its clause, hung by the parser on the complement's verb
    ("Former president Omar Bongo was accused of stealing public money by Gabonese opposition leaders.",
     ("GAB", "GAB", "112")),
    ("The Ugandan minister was criticised for failing to act by Kenyan lawmakers.", ("KEN", "UGA", "11")),
    ("Bolivia was accused of harbouring drug traffickers by Peru.", ("PER", "BOL", "112")),
])
def test_coding_passive_agent_hung_on_the_complement(code, text, expected):
    triples = realised_triples(code(text))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "wrong"), [
    # a "by" of the complement's noun names that noun's author, not the passive's agent
    ("Chile was criticised for ignoring a ruling by the World Trade Organization.", "IGO"),
    # a passive complement keeps its own agent
    ("The Nigerian governor was accused of being funded by Chad.", "TCD"),
])
def test_coding_passive_agent_not_taken_from_inside_the_complement(code, text, wrong):
    triples = realised_triples(code(text))
    assert not any(s == wrong and c.startswith("11") for s, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # a party said to be among a group, the group the antecedent of the clause that says what it did
    ("Estonia was among the states that condemned the Belarusian border closure.", ("EST", "BLR", "11")),
    ("Gabon is one of nine countries that have recognised the military government of Niger.", ("GAB", "NER", "05")),
    ("Ireland was among the first donors that sent aid to Tonga.", ("IRL", "TON", "07")),
])
def test_attachment_a_party_among_a_group_is_the_doer_of_its_clause(code, text, expected):
    assert has_triple(realised_triples(code(text, "2021-03-01")), *expected)


@pytest.mark.parametrize(("text", "expected"), [
    # fighting off an attack is force against whoever made it, not against what it was aimed at
    ("Ukrainian forces repelled a Russian assault on Bakhmut.", ("UKR", "RUS", "19")),
    ("Congolese troops repulsed a rebel assault on Goma.", ("COD", "COD", "19")),
    ("Afghan police beat back a Taliban attack on a checkpoint in Helmand.", ("AFG", "AFG", "19")),
    ("Kurdish fighters repelled an attack by Islamic State militants on Kobani.", ("", "IMG", "19")),
    # the phrasal verbs of fighting an attack off
    ("Malian soldiers fought off an assault by Tuareg rebels on their base near Gao.", ("MLI", "MLI", "19")),
    ("Nigerian troops fended off a Boko Haram raid on Maiduguri.", ("NGA", "NGA", "19")),
])
def test_coding_repelling_an_attack_is_force_against_its_makers(code, text, expected):
    events = [e for e in code(text, "2016-09-14") if e.realised]
    assert any(e.source.startswith(expected[0]) and e.target.startswith(expected[1]) and e.root == expected[2]
               for e in events), [(e.source, e.target, e.code) for e in events]
    assert not any(e.target_text in ("Bakhmut", "Goma", "Kobani", "Helmand") for e in events), \
        [(e.source, e.target, e.target_text, e.code) for e in events]


@pytest.mark.parametrize("text", [
    # nobody named made the attack: no target, and the place attacked is the repeller's own
    "Syrian troops repelled an attack on Aleppo.",
    "Malian soldiers fought off an assault on their base near Gao.",
])
def test_coding_repelling_an_attack_by_no_one_named_has_no_target(code, text):
    events = [e for e in code(text, "2016-09-14") if e.realised]
    assert not any(e.root == "19" and e.target for e in events), [(e.source, e.target, e.code) for e in events]


def test_coding_fighting_off_what_is_no_attack_is_no_force(code):
    events = [e for e in code("Kenya fought off a challenge from Uganda at the trade body.", "2016-09-14")
              if e.realised]
    assert not any(e.root in ("18", "19", "20") for e in events), [(e.source, e.target, e.code) for e in events]


def test_coding_launching_an_attack_keeps_its_aim_as_target(code):
    events = [e for e in code("Somali militants launched an attack on Baidoa.", "2016-09-14") if e.realised]
    assert any(e.root == "19" and e.target.startswith("SOM") for e in events), \
        [(e.source, e.target, e.code) for e in events]
