"""The ways wire copy reports the hostile acts of CAMEO roots 11-20 (rejections, threats, protests, force
posture, reduced relations, coercion, assault, fighting, mass violence), by class of report, each on
sentences written for these tests, and the words of those acts that name no such act in other uses."""

from __future__ import annotations

import pytest


def _realised(events):
    return [e for e in events if e.realised]


@pytest.mark.parametrize(("text", "expected"), [
    # 12: boycotting negotiations is declining to meet; rejecting a peace plan or a settlement rejects a plan
    # to settle
    ("Serbia boycotted the negotiations with Kosovo.", ("SRB", "XKX", "125")),
    ("Ukraine rejected the Chinese peace plan.", ("UKR", "CHN", "127")),
    ("Armenia rejected the Azerbaijani settlement.", ("ARM", "AZE", "127")),
    # 11: rallying support against a party
    ("Venezuela rallied support against Colombia at the OAS.", ("VEN", "COL", "113")),
    # 13 and 20: a nuclear strike on a party, threatened or made
    ("Pakistan threatened a nuclear strike on India.", ("PAK", "IND", "1385")),
    ("Russia carried out a nuclear strike on Ukraine.", ("RUS", "UKR", "2042")),
    # 14: a general or nationwide strike launched ("launch strike" alone is an attack)
    ("Bolivian unions launched a general strike against the government.", ("BOL", "BOL", "143")),
    # 15: weapons paraded
    ("Iran paraded its new missiles in Tehran.", ("IRN", "", "150")),
    # 16: lending frozen; monitors, observers and peacekeepers withdrawn from a country
    ("The World Bank froze lending to Tanzania.", ("IGO", "TZA", "1621")),
    ("The OSCE withdrew its monitors from Georgia.", ("IGO", "GEO", "1662")),
    ("Canada withdrew its peacekeepers from Haiti.", ("CAN", "HTI", "1661")),
    # 18: sexual abuse named by its adverb or its noun
    ("Sudanese soldiers sexually abused women in Darfur.", ("SDN", "SDN", "1821")),
    # 19: a truce broken
    ("Syrian government forces broke the truce with rebels in Idlib.", ("SYR", "SYR", "196")),
    # 20: thousands expelled; ethnic cleansing conducted; a chemical attack carried out; an atomic bomb dropped
    ("Iraqi forces expelled thousands of Kurds from Kirkuk.", ("IRQ", "IRQ", "201")),
    ("Ethiopia conducted ethnic cleansing in Eritrea.", ("ETH", "ERI", "203")),
    ("Iraq carried out a chemical attack on Iranian troops.", ("IRQ", "IRN", "2041")),
    ("The United States dropped an atomic bomb on Nagasaki.", ("USA", "JPN", "2042")),
])
def test_coding_hostile_act_reported_by_its_object_gets_its_code(code, text, expected):
    source, target, code_ = expected
    events = _realised(code(text, "2019-03-12"))
    assert any(e.source.startswith(source) and e.target.startswith(target) and e.code == code_
               for e in events), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "code_"), [
    # a raised alert, a curfew, a state of emergency or martial law are declared at home: no other party
    ("Spain raised its terror alert level on Friday.", "151"),
    ("Thailand heightened its alert after the bombing.", "151"),
    ("The Sri Lankan government imposed a nationwide curfew.", "1723"),
    ("Peru declared a state of emergency on Monday.", "1724"),
    ("The Burmese junta declared martial law.", "1724"),
])
def test_coding_act_done_at_home_needs_no_target(code, text, code_):
    events = _realised(code(text, "2019-03-12"))
    assert code_ in {e.code for e in events}, [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "codes"), [
    # a patrol is a thing attacked, not a show of force by the country that sent it
    ("Militants ambushed an Egyptian army patrol in Sinai.", {"190"}),
    # "launched a strike" without a word of labour is an attack
    ("Israel launched a strike on Hamas in Gaza.", {"190"}),
    # three expelled diplomats are no mass expulsion
    ("Poland expelled three Russian diplomats.", {"161"}),
])
def test_coding_words_of_hostile_acts_keep_their_other_uses(code, text, codes):
    assert {e.code for e in _realised(code(text, "2019-03-12"))} == codes


@pytest.mark.parametrize(("text", "expected"), [
    # 14, 15: a state its subject goes into or stays in ("went on strike", "were on high alert")
    ("Kenyan doctors went on strike on Monday.", ("KEN", "", "143")),
    ("Jailed Turkish journalists remained on hunger strike.", ("TUR", "", "142")),
    ("Nepalese police were on high alert.", ("NPL", "", "151")),
    # 18: a killing of an office holder is an assassination, tried or done
    ("Maoist rebels killed an Indian lawmaker in Chhattisgarh.", ("IND", "IND", "186")),
    ("Rebels tried to kill the Afghan governor.", ("AFG", "AFG", "185")),
    # 18: people beaten, by name of who they are, active or passive; an airliner taken over
    ("Zimbabwean police beat opposition activists in Harare.", ("ZWE", "ZWE", "182")),
    ("Two Turkish journalists were beaten by police in Istanbul.", ("TUR", "TUR", "182")),
    ("Hijackers seized an Ethiopian airliner.", ("", "ETH", "181")),
    # 18: terrorists attacking use unconventional violence
    ("Terrorists attacked a Kenyan police station.", ("KEN", "KEN", "180")),
    # 15: tanks massed; gendarmes sent
    ("Russia massed tanks on the Belarusian border.", ("RUS", "BLR", "154")),
    ("The Togolese government deployed gendarmes in Lome.", ("TGO", "TGO", "153")),
])
def test_coding_hostile_act_by_state_victim_or_doer_gets_its_code(code, text, expected):
    source, target, code_ = expected
    events = _realised(code(text, "2019-03-12"))
    assert any(e.source.startswith(source) and e.target.startswith(target) and e.code == code_
               for e in events), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize("text", [
    "Workers on strike at the port met on Monday.",
    "The United States issued a travel alert for Mexico.",
    "Germany beat Brazil in the World Cup semi-final.",
    "India increased security cooperation with Japan.",
])
def test_coding_strike_alert_and_beat_in_other_senses_give_no_hostile_event(code, text):
    events = _realised(code(text, "2019-03-12"))
    assert not [e for e in events if e.code[:2] in ("14", "15", "18")], [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # 19: a corridor or border sealed restricts movement
    ("Serbia blocked the corridor to Kosovo.", ("SRB", "XKX", "191")),
    ("Egypt sealed its border with Gaza.", ("EGY", "PSE", "191")),
    # 12: a draft vetoed or blocked in the Security Council
    ("China blocked a draft on Myanmar at the United Nations.", ("CHN", "MMR", "129")),
    # 16: participation in a body or treaty suspended
    ("Russia suspended its participation in the Council of Europe.", ("RUS", "IGO", "160")),
])
def test_coding_hostile_act_on_movement_votes_and_membership_gets_its_code(code, text, expected):
    source, target, code_ = expected
    events = _realised(code(text, "2019-03-12"))
    assert any(e.source.startswith(source) and e.target.startswith(target) and e.code == code_
               for e in events), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # 13: the party threatened with an act, and a threatened nuclear launch at a party
    ("Canada threatened India with sanctions.", ("CAN", "IND", "1312")),
    ("The United States threatened Mexico with tariffs.", ("USA", "MEX", "1312")),
    ("Russia threatened to fire nuclear missiles at Poland.", ("RUS", "POL", "1385")),
    # a threat of unspecified coercion or retaliation is a threat, not one of repression (137)
    ("Syria threatened Turkey with retaliation.", ("SYR", "TUR", "130")),
    ("Egypt threatened to retaliate against Ethiopia.", ("EGY", "ETH", "130")),
])
def test_coding_threat_names_the_party_threatened_and_its_act(code, text, expected):
    source, target, code_ = expected
    events = _realised(code(text, "2019-03-12"))
    assert any(e.source.startswith(source) and e.target.startswith(target) and e.code == code_
               for e in events), [(e.source, e.target, e.code) for e in events]
