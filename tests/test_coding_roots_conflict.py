"""Roots 12 (reject), 19 (fight) and 20 (mass violence), and the attachment and precision gaps beside them
(issue 10): who is the target of a response to another's act, a commodity's flow halted to a party, frozen
assets released; each class with the other senses of its words that must stay as they are. Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _triples(events):
    return [(e.source, e.target, e.code, e.factuality) for e in events]


def _has(events, source: str, target: str, code: str) -> bool:
    """A realised event from `source` to `target` (prefixes) whose code starts with `code`."""
    return any(e.realised and e.source.startswith(source) and e.target.startswith(target)
               and e.code.startswith(code) for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a response to an act names the act's doer after "by", not those it was done to
    ("The European Union condemned the killing of protesters by Belarusian police.", ("IGO", "BLR", "11")),
    ("Canada condemned the arrest of journalists by Egyptian security forces.", ("CAN", "EGY", "11")),
    # (a body's protest is an official complaint, 114)
    ("The European Union protested the detention of activists by Chinese police.", ("IGO", "CHN", "11")),
])
def test_coding_response_to_an_act_targets_its_doer_after_by(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # a commodity's flow to a party halted is an embargo, not a blockade (191) nor aid cut (162)
    ("Russia cut off gas supplies to Ukraine.", ("RUS", "UKR", "163")),
    ("Moscow halted oil exports to Lithuania.", ("RUS", "LTU", "163")),
    ("Iraq stopped oil shipments to Jordan.", ("IRQ", "JOR", "163")),
    # threatened, it is a threat of sanctions, not of force
    ("Algeria threatened to cut off gas supplies to Spain.", ("DZA", "ESP", "1312")),
    ("Russia threatened to halt oil deliveries to Poland.", ("RUS", "POL", "1312")),
    # frozen assets or funds released or unblocked: sanctions eased (085), not people released (0841)
    ("South Korea released frozen Iranian assets.", ("KOR", "IRN", "085")),
    ("Washington released $6 billion in frozen Iranian funds.", ("USA", "IRN", "085")),
    ("Britain unblocked Libyan assets.", ("GBR", "LBY", "085")),
])
def test_coding_economic_flows_halted_and_assets_released(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)


@pytest.mark.parametrize(("text", "code_"), [
    # supplies cut off to a besieged place stay a blockade; a commodity cut with no party is no embargo
    ("The rebels cut off supplies to the besieged city of Homs.", "191"),
    ("OPEC agreed to cut oil supplies.", None),
    ("The bank released its quarterly results.", None),
])
def test_coding_economic_flow_words_keep_their_other_senses(code, text, code_):
    codes = {e.code for e in code(text, "2019-03-12") if e.realised}
    assert (code_ in codes) if code_ else not codes & {"163", "085", "0841"}, codes


@pytest.mark.parametrize(("text", "expected"), [
    # diplomats ordered to leave or declared persona non grata are expelled: relations reduced (161)
    ("Lithuania ordered three Russian diplomats to leave the country.", ("LTU", "RUS", "161")),
    ("Poland declared a Russian diplomat persona non grata.", ("POL", "RUS", "161")),
    ("Chad told the Sudanese ambassador to leave within 48 hours.", ("TCD", "SDN", "161")),
    # inspectors and peacekeepers ordered out are expelled as such (1662, 1661)
    ("Iraq ordered the UN inspectors to leave.", ("IRQ", "IGO", "1662")),
])
def test_coding_diplomats_ordered_out_are_expelled(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)


@pytest.mark.parametrize("text", [
    # people told to leave who are no envoys of another state are not expelled diplomats
    "The army ordered residents to leave their homes.",
    "The judge ordered the journalists to leave the courtroom.",
])
def test_coding_orders_to_leave_that_expel_no_diplomat(code, text):
    events = code(text, "2019-03-12")
    assert not [e for e in events if e.realised and e.code.startswith("16")], _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # a party that borrows from another is lent to: the lender gives economic aid (071), not the borrower
    ("Pakistan borrowed $3 billion from Saudi Arabia.", ("SAU", "PAK", "071")),
    ("Zambia took out a loan from China.", ("CHN", "ZMB", "071")),
])
def test_coding_borrowing_is_the_lenders_aid(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)
    assert not _has(events, expected[1], expected[0], "07"), _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # dockworkers are workers, detainees people held by a state (Phoenix's agents have them)
    ("Greek dockworkers blocked the port of Piraeus.", ("GRCLAB", "144")),
    ("Egypt released 300 detainees.", ("EGYOPP", "0841")),
])
def test_coding_role_words_of_workers_and_detainees(code, text, expected):
    actor, code_ = expected
    events = code(text, "2019-03-12")
    assert any(e.realised and e.code == code_ and actor in (e.source, e.target) for e in events), _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # fighting whose parties follow "between" on the verb it is the subject of: both sides fight each other
    ("Fighting continued between Armenian and Azerbaijani troops.", ("ARM", "AZE", "19")),
    ("Fighting continued between Armenian and Azerbaijani troops.", ("AZE", "ARM", "19")),
    # mass killings of a people are mass violence (202), not one killing
    ("Sudanese militias carried out mass killings of civilians in Darfur.", ("SDN", "SDN", "202")),
])
def test_coding_fighting_between_parties_and_mass_killing(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)


@pytest.mark.parametrize("text", [
    # "as fighting flared", which the parser reads as a gerund with a participle, names no fighters: the parties
    # of the clause above are not its doers
    "Ethiopia and Kenya urged calm on Monday, as fighting flared anew in the south of Somalia.",
    "Peru and Ecuador pledged to keep talking, as fighting flared anew in the east of the Cenepa valley.",
])
def test_coding_fighting_named_without_parties_borrows_none(code, text):
    events = code(text, "2019-03-12")
    assert not [e for e in events if e.realised and e.code.startswith("19")], _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # "the Commonwealth" alone is the Commonwealth of Nations (its longer names stay theirs)
    ("Fiji was suspended from the Commonwealth.", ("IGOCWN", "FJI", "16")),
    ("The Commonwealth Secretary-General urged Fiji to hold elections.", ("IGOCWN", "FJI", "02")),
    ("The Commonwealth of Independent States criticised Georgia.", ("IGOCASCIS", "GEO", "11")),
])
def test_coding_commonwealth_is_an_igo(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # fighters are people: no aircraft of a PETRARCH set that has "fighter" only in "F/A-18 fighter"
    ("Turkish troops attacked Kurdish fighters.", ("TUR", "TUR", "19")),
    ("Russian troops fought Chechen fighters near Grozny.", ("RUS", "RUS", "19")),
    ("Malian troops attacked Tuareg fighters near Kidal.", ("MLI", "MLI", "19")),
])
def test_coding_force_used_on_fighters(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)


def test_coding_forces_sent_are_no_peacekeepers_offered(code):
    # "forces" alone is no member of the peacekeeping set that has "peacekeeping force"
    events = code("Ethiopia sent special forces into Somalia.", "2019-03-12")
    assert not [e for e in events if e.code.startswith("03") or e.code == "038"], _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    # a place taken back from a party: the party, also where the parser hangs "from" on the place
    ("Ukrainian forces recaptured the city of Kherson from Russian troops.", ("UKR", "RUS", "192")),
    ("Ethiopian troops recaptured the town of Lalibela from Tigrayan rebels.", ("ETH", "ETH", "192")),
])
def test_coding_place_retaken_from_a_party_targets_it(code, text, expected):
    events = code(text, "2019-03-12")
    assert _has(events, *expected), _triples(events)
