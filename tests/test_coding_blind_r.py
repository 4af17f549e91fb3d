"""Classes of wrong roots and uncoded uses of known verbs found by a blind set of news sentences, each with
sentences written for these tests (other actors, other wording) and sentences that must keep their code."""

from __future__ import annotations

import pytest


def _realised(events):
    return {(e.source, e.target, e.code) for e in events if e.realised}


def _has(triples, source, target, code):
    return any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in triples)


@pytest.mark.parametrize(("text", "expected"), [
    # signing an agreement is 057 whatever it is about: a defence or security pact too
    ("Japan and Australia signed a defence pact.", ("JPN", "AUS", "057")),
    ("Poland signed a security agreement with Ukraine.", ("POL", "UKR", "057")),
    ("Greece and France signed a defense agreement on Tuesday.", ("FRA", "GRC", "057")),
    # state forces firing on a crowd repress it (175)
    ("Iranian police fired on protesters in Tehran.", ("IRNCOP", "IRN", "175")),
    ("Sudanese security forces opened fire on demonstrators in Khartoum.", ("SDNCOP", "SDN", "175")),
    ("Bolivian soldiers fired at a crowd of demonstrators.", ("BOLMIL", "BOL", "175")),
    ("Kenyan police shot dozens of protesters in Nairobi.", ("KENCOP", "KEN", "175")),
    # soldiers or police captured by armed irregulars are taken hostage (181)
    ("Hamas captured two Israeli soldiers.", ("PSE", "ISRMIL", "181")),
    ("The Taliban seized four Pakistani soldiers.", ("AFG", "PAKMIL", "181")),
    ("Boko Haram militants captured five Nigerian policemen.", ("NGA", "NGACOP", "181")),
    # a state halting flights to another reduces relations (160)
    ("Qatar suspended flights to Bahrain.", ("QAT", "BHR", "160")),
    ("Russia halted all flights to Georgia.", ("RUS", "GEO", "160")),
    ("The Kuwaiti government cancelled flights to Iraq.", ("KWTGOV", "IRQ", "160")),
])
def test_coding_blind_r_root_of_the_act(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize(("text", "kept"), [
    # what the act is done to or by decides: forces firing on forces fight, an army capturing soldiers detains them
    ("Indian troops fired on Pakistani positions.", ("INDMIL", "PAK", "190")),
    ("Ukrainian forces captured two Russian soldiers.", ("UKRMIL", "RUSMIL", "173")),
    ("Militants seized three Turkish truck drivers.", ("", "TUR", "181")),
    # the cooperation a pact brings stays 062; a trade deal signed stays 057
    ("Vietnam bought warplanes from Russia.", ("VNM", "RUS", "062")),
    ("Kenya signed a trade deal with Britain.", ("KEN", "GBR", "057")),
])
def test_coding_blind_r_neighbours_keep_their_code(code, text, kept):
    triples = _realised(code(text))
    assert _has(triples, *kept), triples


@pytest.mark.parametrize(("text", "wrong"), [
    ("Japan and Australia signed a defence pact.", "062"),
    ("Iranian police fired on protesters in Tehran.", "190"),
    ("Hamas captured two Israeli soldiers.", "173"),
    ("Rebels fired on protesters in the eastern town.", "175"),  # rebels are no state forces
])
def test_coding_blind_r_old_root_is_gone(code, text, wrong):
    triples = _realised(code(text))
    assert not any(c.startswith(wrong) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # leaving an international organisation reduces relations with it (161), as a withdrawal of forces does not
    ("Morocco withdrew from the African Union.", ("MAR", "IGOAFRAFU", "161")),
    ("Venezuela pulled out of the Organization of American States.", ("VEN", "IGOOAS", "161")),
    ("Gambia announced its withdrawal from the Commonwealth.", ("GMB", "IGOCWN", "161")),
    # people in a country not their own are deported as individuals (174), however many
    ("Qatar deported hundreds of Nepalese workers.", ("QAT", "NPL", "174")),
    ("Libya expelled thousands of Egyptian workers.", ("LBY", "EGY", "174")),
    ("Thailand deported 2,000 Cambodian migrants.", ("THA", "KHM", "174")),
    # a report of one's own hostile act denied is a denial of responsibility toward the party acted on (016)
    ("Turkey denied reports that its jets had bombed Syrian villages.", ("TUR", "SYR", "016")),
    ("Rwanda denied claims that its soldiers had attacked Congolese villages.", ("RWA", "COD", "016")),
    # an act branded as wrong, the judgement an appositive after the object ("branded the vote a fraud"): 111
    ("Serbia branded Kosovo's decision a violation of the agreement.", ("SRB", "XKX", "111")),
    ("Armenia branded Azerbaijan's blockade a crime.", ("ARM", "AZE", "111")),
])
def test_coding_blind_r_known_verb_use_coded(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize(("text", "kept", "wrong"), [
    ("Kenya withdrew its soldiers from the African Union mission.", ("KEN", "IGOAFRAFU", "087"), "161"),
    ("Ethiopia withdrew its troops from Somalia.", ("ETH", "SOM", "087"), "161"),
    ("Iraq expelled 40,000 Iranians.", ("IRQ", "IRN", "201"), "174"),  # a people, not sojourners
    ("The Iraqi army displaced thousands of Kurdish villagers.", ("IRQ", "IRQ", "201"), "174"),
])
def test_coding_blind_r_neighbours_keep_their_root(code, text, kept, wrong):
    triples = _realised(code(text))
    assert _has(triples, *kept) and not any(c.startswith(wrong) for _, _, c in triples), triples


@pytest.mark.parametrize("text", [
    "Oman denied reports that its envoy had held talks with Israel.",  # no hostile act reported: no charge
    "Chile called Bolivia's claim a matter for the court.",            # no word of wrong: no criticism
])
def test_coding_blind_r_no_denial_or_criticism(code, text):
    triples = _realised(code(text))
    assert not any(c.startswith(("016", "111")) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # an order to a party of another country, named in the object, is a demand on it (10x by the act ordered)
    ("Algeria ordered Moroccan troops to withdraw from the border.", ("DZA", "MARMIL", "1056")),
    ("Nigeria ordered the Chinese firm to halt its mining work.", ("NGA", "CHN", "10")),
    # an order whose own pattern fits keeps its code: diplomats told to leave are expelled (161), another
    # state's forces told to leave too (166, "order out" in the CAMEO codebook)
    ("The Iraqi government ordered Turkish forces to leave Bashiqa.", ("IRQGOV", "TURMIL", "166")),
    ("Mali ordered the French ambassador to leave the country.", ("MLI", "FRAGOV", "161")),
])
def test_coding_blind_r_order_to_another_party_is_a_demand(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize("text", [
    "Putin ordered Russian troops to withdraw from the border.",                  # its own forces
    "The Turkish president ordered the army to attack Kurdish positions in Syria.",  # no party named in the object
    "Japan ordered an investigation into the Chinese hacking.",                    # a noun ordered is no command
])
def test_coding_blind_r_order_of_own_forces_is_no_demand(code, text):
    triples = _realised(code(text))
    assert not any(c.startswith("10") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # "whose" before a noun in a relative clause is the party the clause is said of
    ("Kenya, whose troops invaded Somalia in 2011, hosted the talks.", ("KENMIL", "SOM", "192")),
    ("Rwanda, whose soldiers shelled Congolese villages, denied the charge.", ("RWAMIL", "COD", "194")),
    ("The talks were hosted by Qatar, whose envoy met Hamas leaders.", ("QAT", "PSE", "04")),
])
def test_coding_blind_r_relative_whose_is_its_antecedents(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples
