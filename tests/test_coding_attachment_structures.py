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
