"""Factuality of events: only what the text presents as having happened is asserted."""

from __future__ import annotations

import pytest


def _values(events, root):
    return {e.factuality for e in events if e.code.startswith(root)}


@pytest.mark.parametrize(("text", "root", "value"), [
    ("Chile expelled three Bolivian diplomats.", "16", "asserted"),
    ("Chile did not expel the Bolivian diplomats.", "16", "negated"),
    ("Chile never expelled any Bolivian diplomats.", "16", "negated"),
    ("Chile refused to meet Bolivian envoys.", "04", "negated"),
    ("If Bolivia closes the border, Chile will expel Bolivian diplomats.", "16", "hypothetical"),
    ("Chile will expel three Bolivian diplomats next week.", "16", "future"),
    ("Chile plans to expel three Bolivian diplomats.", "16", "future"),
    ("Chile may expel three Bolivian diplomats.", "16", "modal"),
    ("Chile could impose sanctions on Bolivia.", "16", "modal"),
    ("Chile called off the planned sanctions against Bolivia.", "16", "called_off"),
    ("Chile postponed its visit to Bolivia.", "04", "called_off"),
    ("Bolivia claimed that Chilean troops had attacked a Bolivian border post.", "19", "disputed"),
    ("Chile was pressured by Argentina to expel the Bolivian diplomats.", "16", "modal"),
    ("Argentina encouraged Chile to impose sanctions on Bolivia.", "16", "modal"),
    ("Argentina defended the right of Chile to expel Bolivian diplomats.", "16", "modal"),
    ("Chile is going to expel three Bolivian diplomats.", "16", "future"),
])
def test_factuality_value_of_event(code, text, root, value):
    events = code(text, "2016-03-10")
    assert value in _values(events, root), [(e.code, e.factuality, e.factuality_cues) for e in events]


def test_factuality_cues_name_the_deciding_words(code):
    [event] = [e for e in code("Chile did not expel the Bolivian diplomats.", "2016-03-10") if e.code.startswith("16")]
    assert event.factuality == "negated" and "not" in event.factuality_cues
    assert 0 < event.confidence <= 1


def test_factuality_ordinary_attribution_stays_asserted(code):
    events = code("Officials said Japan had lodged a protest with South Korea.", "2019-07-04")
    assert events and all(e.factuality == "asserted" for e in events)


def test_factuality_reported_would_is_future_and_the_statement_asserted(code):
    events = code("Trump said the United States would stop the joint exercises with South Korea.", "2018-06-13")
    assert any(e.realised and e.code.startswith("03") for e in events)
    assert not any(e.realised and e.code.startswith(("16", "08", "19")) for e in events)


def test_factuality_conditional_sanctions_are_not_asserted(code):
    events = code("If the talks fail again, Congress will push for more sanctions on Venezuela.", "2019-03-01")
    assert not [e for e in events if e.realised and e.code.startswith("16")]


def test_factuality_date_after_publication_makes_event_future(code):
    events = code("The Indian prime minister travels to Tokyo next week.", "2018-10-20")
    assert {e.factuality for e in events if e.code.startswith("04")} == {"future"}


@pytest.mark.parametrize(("text", "root", "value"), [
    # a clause of time in the present tense speaks of an act still to come
    ("Peru will keep its embassy closed until Ecuador releases the detained fishermen.", "08", "future"),
    ("Once Ecuador releases the detained fishermen, Peru will reopen its embassy.", "08", "future"),
    ("Peru wants guarantees before Ecuador releases the detained fishermen.", "08", "future"),
    ("Lima will not talk until there is proof that Quito has released the fishermen.", "08", "future"),
    # in the past tense the same marks report what happened
    ("The talks went on until Ecuador released the detained fishermen.", "08", "asserted"),
    ("Before Ecuador released the detained fishermen, Peru had closed its embassy.", "08", "asserted"),
])
def test_factuality_clause_of_time_in_the_present_is_not_yet_done(code, text, root, value):
    values = _values(code(text, "2016-03-10"), root)
    assert value in values and (value == "asserted" or "asserted" not in values), values


@pytest.mark.parametrize(("text", "root"), [
    ("Moscow denied reports that its troops had shelled Ukrainian villages near Kharkiv.", "19"),
    ("Tehran rejected allegations that it had supplied drones to Russia.", "07"),
    ("Belgrade dismissed accusations that its police had expelled ethnic Albanians from Kosovo.", "20"),
    ("Reports that Rwandan troops had attacked Congolese villages were denied by Kigali.", "19"),
    # a time phrase between the verb and the claim, where the parser takes "reports" for a verb
    ("Madrid denied on Tuesday reports that its envoy had met Moroccan officials in Rabat.", "04"),
    ("Lima denied on Monday reports that its navy had fired on Chilean boats.", "19"),
])
def test_factuality_act_in_a_denied_claim_is_disputed(code, text, root):
    """An act stated by a noun of a claim ("reports that ...") takes the stance of the verb the noun is the
    object of: denied, rejected or dismissed, the act is disputed, not asserted."""
    values = _values(code(text, "2022-05-10"), root)
    assert values == {"disputed"}, values


@pytest.mark.parametrize("text", [
    "Kyiv confirmed reports that Russian troops had shelled Ukrainian villages near Kharkiv.",
    "Washington repeated its allegation that Tehran had supplied drones to Russia.",
])
def test_factuality_act_in_a_claim_not_denied_keeps_its_stance(code, text):
    values = _values(code(text, "2022-05-10"), "")
    assert "asserted" in values and "disputed" not in values, values


def test_factuality_neither_nor_subject_negates(code):
    events = code("Neither Chile nor Peru criticised Bolivia.", "2016-03-02")
    assert {(e.source, e.factuality) for e in events} == {("CHL", "negated"), ("PER", "negated")}


@pytest.mark.parametrize(("text", "root", "value"), [
    # an event noun after a phrase of time-before is still to come
    ("The peso fell ahead of Friday's meeting of the Chilean and Bolivian trade ministers.", "04", "future"),
    ("Protesters gathered on the eve of the Chilean president's visit to La Paz.", "04", "future"),
    # what it is good or needed that a party does, the infinitive hung on the copula of "it is ..."
    ("It is essential for Chile and Bolivia to exchange intelligence.", "06", "modal"),
    ("It is vital for Bolivia to resume talks with Chile.", "04", "modal"),
    # permission to act, its infinitive parsed as a clause with a subject of its own
    ("The accord allows Chile to inspect Bolivian trucks at the border.", "09", "modal"),
])
def test_factuality_acts_still_to_come_wanted_or_allowed_are_not_asserted(code, text, root, value):
    events = code(text, "2016-03-10")
    assert _values(events, root) == {value}, [(e.code, e.factuality, e.factuality_cues) for e in events]


@pytest.mark.parametrize(("text", "root"), [
    ("Ahead of the vote, Chile expelled two Bolivian diplomats.", "16"),
    ("Bolivia and Chile exchanged intelligence last year.", "06"),
])
def test_factuality_a_done_act_near_those_words_stays_asserted(code, text, root):
    assert _values(code(text, "2016-03-10"), root) == {"asserted"}
