"""Appeals (02) and rejections (12) as wire copy reports them, each a class on sentences written for these tests:
a rejection answers the act asked for, demanded or offered; a question put by a reporter, a document that
"calls for" something and doers named together are no appeal."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # what was asked for (02x), demanded (10x) or offered (03x) names the refusal
    ("Hungary rejected Austria's request for military aid.", "HUN", "AUT", "1222"),
    ("Venezuela rejected calls by Peru for early elections.", "VEN", "PER", "1234"),
    ("Serbia rejected the Albanian demand for the release of the detained journalists.", "SRB", "ALB", "1243"),
    ("Turkey rejected calls by Sweden for a ceasefire.", "TUR", "SWE", "1246"),
    ("Cuba rejected American calls to release political prisoners.", "CUB", "USA", "1243"),
    ("Taiwan rejected China's offer of talks.", "TWN", "CHN", "125"),
    ("Ethiopia rejected the Sudanese ceasefire proposal.", "ETH", "SDN", "1246"),
    ("Ethiopia rejected Kenya's offer to mediate.", "ETH", "KEN", "126"),
    # an offer is refused by the party it was made to: aid offered and turned down is material cooperation
    # rejected (121), not the rejecter's refusal to give aid (122)
    ("Lebanon turned down Iran's offer of military aid.", "LBN", "IRN", "1212"),
    ("Mali rejected Algeria's offer of humanitarian aid.", "MLI", "DZA", "121"),
    # a plan's compound is its topic, not an act offered: a peace plan rejected is a plan rejected
    ("Senegal rejected the Gambian peace plan.", "SEN", "GMB", "127"),
    # an invitation declined is declined to the party it names
    ("Azerbaijan declined an invitation to meet with Armenian officials.", "AZE", "ARM", "125"),
    # mediation a party is urged to accept is mediation appealed for
    ("The African Union urged Sudan to accept Ethiopian mediation.", "IGO", "SDN", "028"),
    # a withdrawal from an agreement rejects it, as the verb does; it is no military withdrawal
    ("Argentina announced its withdrawal from the fishing pact with Uruguay.", "ARG", "URY", "127"),
    ("Bolivia confirmed its exit from the gas treaty with Brazil.", "BOL", "BRA", "127"),
])
def test_coding_rejection_answers_the_act_asked_for(code, text, source, target, cameo):
    triples = realised_triples(code(text, "2019-05-14"))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize("text", [
    # a reporter's question, or a question put to someone, is no appeal
    "Asked whether Iran would retaliate, the French foreign minister said he did not know.",
    "The Japanese prime minister was asked about China's military budget.",
    "Asked to comment on the report, a Canadian official declined.",
    "Asked by reporters to comment on the Russian proposal, the French president said nothing.",
    "When asked if Russia would attend, the Kremlin spokesman said a decision had not been made.",
    "Reporters asked Merkel whether Germany would send tanks to Ukraine.",
    # a text binding its parties provides for what it "calls for"
    "The Minsk agreement calls on Ukraine to hold local elections.",
    "The Egyptian budget calls on the IMF to release the next loan tranche.",
    # doers named together with no one appealed to do not appeal to each other
    "Germany and Britain called for lower spending.",
    "The five-year program was delayed by calls from Britain and France for budget cuts.",
    "Spain and Portugal praised the decision.",
])
def test_coding_no_appeal_where_none_is_made(code, text):
    events = [e for e in code(text, "2019-05-14") if e.realised and e.code[:2] == "02" or e.code[:3] == "051"]
    assert not events, [(e.source, e.target, e.code, e.pattern) for e in events]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # the same verbs in their appeal sense still code
    ("Japan was asked by the United States to cut its tariffs.", "USA", "JPN", "02"),
    ("China called for a ceasefire between Russia and Ukraine.", "CHN", "RUS", "0256"),
    ("Israel asked Egypt whether it would open the border, and urged Cairo to act.", "ISR", "EGY", "02"),
    ("Chile called on Bolivia to return to talks.", "CHL", "BOL", "026"),
    ("The Russian proposal calls for talks between Israel and Iran.", "RUS", "ISR", "026"),
])
def test_coding_appeal_in_its_own_sense_still_codes(code, text, source, target, cameo):
    triples = realised_triples(code(text, "2019-05-14"))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize(("text", "place"), [
    # a city or capital naming an agreement, process or meeting is where it was made, not a party to it
    ("Australia commented on the Paris agreement.", "FRA"),
    ("Russia criticised the Minsk agreements.", "BLR"),
    ("Israel rejected the Oslo accords.", "NOR"),
    ("Brazil praised the Paris climate deal.", "FRA"),
    ("Turkey welcomed progress in the Astana process.", "KAZ"),
    ("Iran attended the Geneva talks on Syria.", "CHE"),
    # through the words between the place and the noun, and for rules named after a city
    ("Kazakhstan praised the Normandy format talks.", "FRA"),
    ("Canada praised the Dayton peace accords.", "USA"),
    ("Poland rejected the Dublin regulation.", "IRL"),
])
def test_coding_agreement_named_after_a_city_names_no_party(code, text, place):
    events = [e for e in code(text, "2019-05-14") if place in (e.source[:3], e.target[:3])]
    assert not events, [(e.source, e.target, e.code, e.pattern) for e in events]


@pytest.mark.parametrize("text", ["Israel criticised the Iran deal.", "Israel criticised the Iran nuclear deal."])
def test_coding_agreement_named_after_a_country_keeps_the_party(code, text):
    triples = realised_triples(code(text, "2019-05-14"))
    assert has_triple(triples, "ISR", "IRN", "11"), triples


@pytest.mark.parametrize(("text", "source", "target"), [
    # silence kept on another party's act declines comment on it
    ("China remained silent on the Russian invasion.", "CHN", "RUS"),
    ("Pakistan stayed silent over the Saudi crackdown.", "PAK", "SAU"),
    ("Berlin was silent about the Polish demands.", "DEU", "POL"),
    # a country's election is no reform granted (08) without a party it is granted to
    ("China remained silent on Taiwan's election.", "CHN", "TWN"),
])
def test_coding_silence_on_an_act_declines_comment(code, text, source, target):
    triples = realised_triples(code(text, "2019-05-14"))
    assert has_triple(triples, source, target, "011"), triples
    assert not any(c[:2] == "08" for _, _, c in triples), triples


@pytest.mark.parametrize("text", ["The guns fell silent across Syria.", "China remained silent on the economy."])
def test_coding_silence_without_a_party_codes_nothing(code, text):
    assert not [e for e in code(text, "2019-05-14") if e.code == "011"]
