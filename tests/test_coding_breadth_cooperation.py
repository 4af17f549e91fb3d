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
    # 010: what is notified or written to a party is said to it
    ("Macron wrote to Merkel about the budget plan.", ("FRA", "DEU", "010")),
    ("Japan notified the United States of its decision.", ("JPN", "USA", "010")),
    # 012, 013: a feeling voiced about what a party in a "that" clause does
    ("Indian officials expressed concern that China was building roads near the border.", ("IND", "CHN", "012")),
    ("Israel expressed hope that Egypt would reopen the border.", ("ISR", "EGY", "013")),
    ("Washington is hopeful that Pyongyang will return to talks.", ("USA", "PRK", "013")),
    ("Germany is worried that Russia could cut gas supplies.", ("DEU", "RUS", "012")),
    # 014: an option weighed against a party
    ("Britain is considering imposing sanctions on Iran.", ("GBR", "IRN", "014")),
    # 015, 016: one's own act acknowledged or denied, against the party it was done to
    ("Israel acknowledged carrying out an air strike in Syria.", ("ISR", "SYR", "015")),
    ("Russia acknowledged that its jets had struck Turkish troops.", ("RUS", "TUR", "015")),
    ("Pakistan denied sheltering Afghan militants.", ("PAK", "AFG", "016")),
    ("China denied that it had hacked American companies.", ("CHN", "USA", "016")),
    # 018, 019: solidarity stood in, a position shared or agreed on
    ("India stood in solidarity with France.", ("IND", "FRA", "018")),
    ("France and Germany shared the same position on Iran.", ("FRA", "DEU", "019")),
    ("Japan and the United States agreed on the need to pressure North Korea.", ("JPN", "USA", "019")),
    # 057, 061: a defence pact signed, goods bought by kind
    ("Russia and India signed a defense pact.", ("RUS", "IND", "057")),  # signing is 057, whatever the pact
    ("India purchased oil from Russia.", ("IND", "RUS", "061")),
    # 072, 073: military aid approved; relief teams sent, supplies dropped
    ("The Pentagon approved military aid to Ukraine.", ("USA", "UKR", "072")),
    ("Japan sent a relief team to Nepal.", ("JPN", "NPL", "073")),
    ("American helicopters dropped supplies to survivors in Indonesia.", ("USA", "IDN", "073")),
    # 075, 0862: borders opened to refugees; inspectors let in
    ("Germany opened its borders to Syrian refugees.", ("DEU", "SYR", "075")),
    ("Iran let IAEA inspectors visit the site.", ("IRN", "IGO", "0862")),
    ("Syria allowed UN inspectors into Douma.", ("SYR", "IGO", "0862")),
    # 08: a restriction's end named by a noun ("the lifting of", "an easing of"), a pullout from a party
    ("The EU announced the lifting of sanctions on Iran.", ("IGO", "IRN", "085")),
    ("Washington announced an easing of sanctions against Russia.", ("USA", "RUS", "085")),
    ("Israel announced the easing of its blockade on Gaza.", ("ISR", "PSE", "0872")),
    ("The United States announced the pullout of its troops from Iraq.", ("USA", "IRQ", "087")),
    # 0871: a ceasefire between parties, or a ceasefire agreement reached, is a truce of each with the other
    ("A ceasefire between Israel and Hamas took effect on Friday.", ("ISR", "PSE", "0871")),
    ("A ceasefire between Israel and Hamas took effect on Friday.", ("PSE", "ISR", "0871")),
    ("Russia and Ukraine reached a ceasefire agreement.", ("UKR", "RUS", "0871")),
])
def test_coding_low_recall_acts_get_their_code_and_pair(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "source", "code_"), [
    # a curfew, martial law or a state of emergency lifted at home names no other party
    ("Thailand lifted martial law.", "THA", "0814"),
    ("Iraqi authorities lifted a curfew in Baghdad.", "IRQ", "0813"),
    ("Turkey ended its state of emergency.", "TUR", "0814"),
])
def test_coding_restrictions_eased_at_home_need_no_target(code, text, source, code_):
    events = [e for e in code(text, "2019-03-12") if e.realised]
    assert any(e.source.startswith(source) and e.code == code_ for e in events), events


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


@pytest.mark.parametrize("text", [
    # what is acknowledged or denied that is no act of the speaker's own claims or denies nothing
    "Russia acknowledged that growth was slow.",
    "Iraq denied that the Iranians had occupied the island.",
    # what is considered so, or a clause after "considering", is no option weighed against a party
    "Britain considers the California legislation unsatisfactory.",
    "Nor is it reasonable, considering South Korea has a large foreign debt.",
    # lifting a thing is no easing of a restriction
    "The lifting of the heavy box by the Japanese crane took two hours.",
    # a newspaper's report commented on is no party of the comment
    "The German spokesman declined to comment on American newspaper reports.",
])
def test_coding_acknowledging_or_denying_others_acts_codes_no_claim(code, text):
    events = code(text, "2019-03-12")
    assert not any(e.realised and e.code[:2] in ("01", "08") for e in events), events
