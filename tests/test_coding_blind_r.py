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
