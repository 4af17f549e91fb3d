"""Acts of roots 01, 06-09 (and demands) that wire copy reports in ways the coder read as nothing or as the wrong
pair: comments made or declined on a party, demands made by insisting that a party act, exchanges between the
parties that make them, refugees of the country they come from, inquiries named by the crime; each on sentences
written for these tests, with counter-examples that must stay uncoded."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # 010, 011: a comment on a party's act is a statement about it; declining one is 011, by verb or by noun
    ("Japan commented on South Korea's decision.", ("JPN", "KOR", "010")),
    ("The French foreign minister made remarks about Iran's nuclear program.", ("FRA", "IRN", "010")),
    ("The Kremlin declined to comment on the British report.", ("RUS", "GBR", "011")),
    ("Beijing declined comment on the Japanese claims.", ("CHN", "JPN", "011")),
    ("Israel refused to comment on the Syrian allegations.", ("ISR", "SYR", "011")),
    # 10: insisting that a party act, in the subjunctive, demands it of that party
    ("Britain insisted that Russia withdraw its troops.", ("GBR", "RUS", "1056")),
    ("The United States insisted Iran release the sailors.", ("USA", "IRN", "1053")),
    ("France insisted that the Syrian rebels leave the city.", ("FRA", "SYR", "100")),
    ("China insisted that the United States stop selling arms to Taiwan.", ("CHN", "USA", "100")),
    # 0841: parties that exchange captives do it with each other, also when they agree to
    ("Armenia and Azerbaijan swapped prisoners on Tuesday.", ("ARM", "AZE", "0841")),
    ("Armenia and Azerbaijan swapped prisoners on Tuesday.", ("AZE", "ARM", "0841")),
    ("The Houthis and Saudi Arabia swapped detainees.", ("SAU", "YEM", "0841")),
    ("Russia and Ukraine agreed to exchange prisoners.", ("RUS", "UKR", "0353")),
    # 075: people who fled, taken in or sheltered, are of the country they come from
    ("Uganda took in refugees from South Sudan.", ("UGA", "SSD", "075")),
    ("Turkey has taken in refugees from Syria.", ("TUR", "SYR", "075")),
    ("Germany accepted migrants from Afghanistan.", ("DEU", "AFG", "075")),
    ("Kenya gave shelter to refugees from Somalia.", ("KEN", "SOM", "075")),
    ("The United States sent food to refugees from Syria.", ("USA", "SYR", "073")),
    # 091, 094: an inquiry named by its crime, or a party investigated for one
    ("French prosecutors launched a fraud probe into a Russian senator.", ("FRA", "RUS", "091")),
    ("Swiss prosecutors opened a criminal investigation into the Malaysian fund.", ("CHE", "MYS", "091")),
    ("American prosecutors investigated Mexican officials for bribery.", ("USA", "MEX", "091")),
    ("The International Criminal Court investigated Serbian generals for war crimes.", ("IGO", "SRB", "094")),
])
def test_coding_low_recall_acts_get_their_code_and_pair(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


def test_coding_exchange_with_a_named_side_is_with_that_side(code):
    triples = realised_triples(code("Russia and Belarus exchanged prisoners with Ukraine.", "2019-03-12"))
    assert has_triple(triples, "BLR", "UKR", "0841") and has_triple(triples, "RUS", "UKR", "0841"), triples
    assert not has_triple(triples, "RUS", "BLR", "0841"), triples


@pytest.mark.parametrize(("text", "source", "wrong_target"), [
    # the captives exchanged, the refugees taken in, are not the other party
    ("Russia and Ukraine exchanged prisoners.", "RUS", "---"),
    ("Uganda took in refugees from South Sudan.", "UGA", "UGA"),
])
def test_coding_exchanged_or_sheltered_people_are_not_the_wrong_party(code, text, source, wrong_target):
    triples = realised_triples(code(text, "2019-03-12"))
    assert triples
    assert not any(s.startswith(source) and t.startswith(wrong_target) for s, t, _ in triples), triples


@pytest.mark.parametrize("text", [
    # insisting on what is so reports it; no demand
    "Iran insisted that it is not building a bomb.",
    "Britain insisted that Russia was responsible for the attack.",
    "Russia insisted that its troops had withdrawn from Syria.",
    # a team taking people in from a storm names no country
    "The team has taken in refugees from the storm.",
])
def test_coding_statements_of_fact_and_unplaced_people_are_no_demand_or_asylum(code, text):
    events = code(text, "2019-03-12")
    assert not any(e.code[:2] == "10" or e.code == "075" for e in events), events
