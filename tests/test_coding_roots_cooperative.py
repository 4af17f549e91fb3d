"""Cooperative roots 02-05 (appeal, intent, consult, diplomatic cooperation) on sentences written for these
tests (issue 10): wordings the coder missed and their near misses that must stay uncoded or coded apart."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "target"), [
    ("Kenya will give 40 million dollars to Somalia for drought relief, the Kenyan finance minister said.", "SOM"),
    ("Under the deal, Vietnam will pull its fishing fleet out of the disputed waters near Malaysia, a Vietnamese "
     "government spokesman said on Monday.", "MYS"),
    ("Norway will resume talks with Colombia's ELN rebels in Oslo, the Norwegian foreign minister said.", "COL"),
])
def test_coding_a_plan_said_by_its_own_state_is_one_intent(code, text, target):
    # the speaker's intent (its government) and the subject's plan (its country) are one act, said once
    intents = [e for e in code(text, "2019-03-12") if e.realised and e.root == "03" and e.target[:3] == target]
    assert len(intents) == 1, intents


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kuwaiti emir launched a mediation effort on Tuesday between Bahrain and Qatar.", ("KWT", "BHR", "045")),
    ("Ghana launched mediation between Togo and Benin.", ("GHA", "BEN", "045")),
    ("Switzerland undertook a mediation mission last month between Armenia and Azerbaijan.", ("CHE", "AZE", "045")),
])
def test_coding_mediation_between_parties_named_on_its_verb(code, text, expected):
    # the parser hangs the noun's "between" on the verb that lends the noun its doer
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "pair"), [
    ("A phone call between the Nigerian and Ghanaian presidents lasted forty minutes.", ("NGA", "GHA")),
    ("Officials said a telephone conversation between the Thai and Cambodian prime ministers took place on Friday.",
     ("THA", "KHM")),
])
def test_coding_a_phone_call_between_parties_is_each_ones(code, text, pair):
    # 041 is reciprocal like 040: the parties after "between" called each other
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, pair[0], pair[1], "041") and has_triple(triples, pair[1], pair[0], "041"), triples


@pytest.mark.parametrize(("text", "expected", "not_code"), [
    # a party hosting talks with another negotiates with it; hosting talks between others mediates
    ("Austria hosted talks with Slovenia on the border on Wednesday.", ("AUT", "SVN", "046"), "045"),
    ("The Saudi king hosted negotiations with a Yemeni delegation in Riyadh.", ("SAU", "YEM", "046"), "045"),
    ("Kenya hosted talks between Ethiopia and Eritrea.", ("KEN", "ERI", "045"), "046"),
])
def test_coding_talks_hosted_with_a_party_are_the_hosts_own(code, text, expected, not_code):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples
    assert not any(s == expected[0] and c.startswith(not_code) for s, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # talks, negotiations or contact a party is or remains in are its own with the party after "with"
    ("Zambia is in talks with the International Monetary Fund on a rescue package.", ("ZMB", "IGO", "046")),
    ("Ecuador remained in negotiations with Peru over the border.", ("ECU", "PER", "046")),
    ("The Slovak premier stayed in contact with the Czech government during the floods.", ("SVK", "CZE", "040")),
])
def test_coding_talks_a_party_is_in_are_its_own(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize("text", [
    "Chile is in agreement with Argentina on the need for lower tariffs.",
    "Tunisia was in crisis with Libya after the border closure.",
])
def test_coding_other_nouns_a_party_is_in_are_no_event(code, text):
    assert not [e for e in code(text, "2019-03-12") if e.realised], text


@pytest.mark.parametrize(("text", "expected"), [
    # a party open to talks or dialogue with another intends to meet it, as one ready or willing to
    ("Belgrade said it was open to dialogue with Pristina.", ("SRB", "XKX", "036")),
    ("The Nicaraguan government remains open to negotiations with the Catholic church.", ("NIC", "NIC", "036")),
    ("Eritrea is open to talks with Djibouti on the border.", ("ERI", "DJI", "036")),
])
def test_coding_a_party_open_to_talks_intends_them(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize("text", [
    "The Danish government is open to criticism from Greenland.",
    "Ghana is open to foreign investment from India.",
    "The Chilean president published an open letter to Bolivia.",
])
def test_coding_openness_to_anything_but_talks_is_no_intent(code, text):
    assert not [e for e in code(text, "2019-03-12") if e.realised and e.root == "03"], text


@pytest.mark.parametrize(("text", "pair", "place"), [
    # coordinated parties holding a round or days of talks somewhere negotiate with each other, not with the venue
    ("Malaysia and Thailand held a fresh round of talks in Jakarta.", ("MYS", "THA"), "IDN"),
    ("Envoys from Serbia and Kosovo held two days of talks in Brussels on Monday.", ("SRB", "XKX"), "BEL"),
])
def test_coding_a_round_of_talks_between_parties_is_not_with_the_venue(code, text, pair, place):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, pair[0], pair[1], "046") and has_triple(triples, pair[1], pair[0], "046"), triples
    assert not any(place in (s, t) for s, t, _ in triples), triples


@pytest.mark.parametrize(("text", "pair"), [
    # a PETRARCH pattern whose doers are coordinated parties codes their act with each other, as ours do
    ("Jordan and Qatar resumed diplomatic relations on Sunday.", ("JOR", "QAT")),
    ("Morocco and Iran restored diplomatic ties after a seven-year rift.", ("MAR", "IRN")),
])
def test_coding_coordinated_parties_of_a_petrarch_pattern_act_on_each_other(code, text, pair):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, pair[0], pair[1], "05") and has_triple(triples, pair[1], pair[0], "05"), triples


@pytest.mark.parametrize("text", [
    # hosts, visitors and mediators named together with no other party do not host, visit or mediate each other
    "Chile and Argentina hosted the regional football championship.",
    "Norway and Switzerland mediated quietly for months.",
])
def test_coding_coordinated_hosts_or_mediators_do_not_act_on_each_other(code, text):
    assert not [e for e in code(text, "2019-03-12") if e.realised and e.code[:3] in ("042", "043", "045")], text


@pytest.mark.parametrize(("text", "pair", "code_", "place"), [
    # parties that agree to meet somewhere intend it toward each other, not toward the venue
    ("The Philippine government and the communist rebels agreed to meet in Oslo.", ("PHL", "PHL"), "036", "NOR"),
    ("Eritrea and Djibouti agreed to meet in Doha next month.", ("ERI", "DJI"), "036", "QAT"),
    # parties that met to discuss something met each other
    ("Senior officials of Laos and Cambodia met in Bangkok to discuss migrants.", ("KHM", "LAO"), "040", "THA"),
])
def test_coding_parties_meeting_somewhere_meet_each_other(code, text, pair, code_, place):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, pair[0], pair[1], code_), triples
    assert not any(t == place and c.startswith(code_[:2]) for _, t, c in triples), triples
