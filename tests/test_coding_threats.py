"""Root 13 (threaten): the wordings of a threat the wire uses, each on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a reprisal threatened or vowed, named by a noun, is against the party the noun names
    ("Chile has threatened retaliation against Peru.", ("CHL", "PER", "13")),
    ("Iceland threatened reprisals against Norwegian trawlers.", ("ISL", "NOR", "13")),
    ("Vietnam vowed reprisals against Cambodia.", ("VNM", "KHM", "13")),
    ("Kenya vowed retaliation against Somalia.", ("KEN", "SOM", "13")),
    # warned of a reprisal against a party, with no party warned
    ("Serbia warned of retaliation against Kosovo.", ("SRB", "XKX", "13")),
])
def test_coding_reprisal_threatened_is_against_the_party_it_names(code, text, expected):
    source, target, root = expected
    assert any(s == source and t == target and c.startswith(root) for s, t, c in realised_triples(code(text)))


@pytest.mark.parametrize("text", [
    "Chile said it would retaliate against Peru.",
    "Vietnam vowed to retaliate against Cambodia.",
    "Kenya vowed reprisals against Somalia.",
])
def test_coding_retaliation_intended_is_a_threat_of_no_named_kind(code, text):
    # retaliation names no kind of act: 130, not a threat of repression (137)
    codes = {c for _, _, c in realised_triples(code(text)) if c.startswith("13")}
    assert codes == {"130"}


def test_coding_warning_of_a_reprisal_with_no_party_is_no_threat(code):
    # "warned of" with no party named is pessimism, not a threat
    assert not any(c.startswith("13") for _, _, c in realised_triples(code("Serbia warned of retaliation.")))


@pytest.mark.parametrize(("text", "expected"), [
    # a party told it will pay a price or regret what it did is threatened by the speaker
    ("Chile said Peru would pay a heavy price for the raid.", ("CHL", "PER", "13")),
    ("Greece said Turkey would regret its decision.", ("GRC", "TUR", "13")),
    ("Egypt vowed that Sudan would pay dearly for the attack.", ("EGY", "SDN", "13")),
    ("Ethiopia vowed that Eritrea would pay for it.", ("ETH", "ERI", "13")),
    ("Kenya warned that Somalia would face serious consequences.", ("KEN", "SOM", "13")),
])
def test_coding_party_told_it_will_pay_is_threatened(code, text, expected):
    source, target, root = expected
    assert any(s == source and t == target and c.startswith(root) for s, t, c in realised_triples(code(text)))


@pytest.mark.parametrize("text", [
    "Chile said Peru would pay the first instalment in May.",
    "Greece said it would regret missing the summit.",
    "Chile said Peru would pay for the repairs.",
])
def test_coding_payment_or_regret_of_no_threat(code, text):
    assert not any(c.startswith("13") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # "would not hesitate to" act is to act: a threat when the act is hostile, never a refusal
    ("Sweden warned it would not hesitate to use force against Turkey.", ("SWE", "TUR", "13")),
    ("Chile said it would not hesitate to impose sanctions on Peru.", ("CHL", "PER", "13")),
])
def test_coding_not_hesitating_to_act_is_intending_it(code, text, expected):
    source, target, root = expected
    events = code(text)
    triples = realised_triples(events)
    assert any(s == source and t == target and c.startswith(root) for s, t, c in triples)
    assert not any(c.startswith("12") for _, _, c in triples)
    assert not any(e.factuality == "negated" for e in events)  # the act is intended, not denied
