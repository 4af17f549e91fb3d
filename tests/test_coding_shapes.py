"""Events reported in the shapes wire copy uses besides "X verbed Y": a predicate adjective of attitude, an event
noun whose doer follows "by" or "of", a verb denied; each with sentences written for these tests and counter-examples
that must stay unrealised or uncoded."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a predicate adjective of attitude: the subject voices it toward the party its preposition names
    ("Uganda is concerned about Kenya's new border fence.", ("UGA", "KEN", "012")),
    ("Vietnam was alarmed by Chinese survey ships in its waters.", ("VNM", "CHN", "012")),
    ("Norway remains worried about Russian naval activity in the Arctic.", ("NOR", "RUS", "012")),
    ("Chile said it was deeply troubled by Bolivia's decision.", ("CHL", "BOL", "012")),
    ("Ghana is hopeful about its trade talks with Nigeria.", ("GHA", "NGA", "013")),
    ("Greece is optimistic about the new round of talks with Turkey.", ("GRC", "TUR", "013")),
    ("Sweden was sharply critical of the Turkish offensive.", ("SWE", "TUR", "111")),
])
def test_coding_attitude_adjective_names_its_party(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "root"), [
    ("Uganda is not concerned about Kenya's new border fence.", "012"),   # negated
    ("If Chile is worried about Bolivia, it will say so.", "012"),       # conditional
    ("Uganda is worried about rising food prices.", "01"),              # no party named
    ("The officials concerned about Kenya's fence met in Kampala.", "01"),  # a participle describing a noun
    ("Ghana invited the concerned parties to talks with Nigeria.", "012"),  # an attribute, no predicate
])
def test_coding_attitude_adjective_counter_examples_stay_unrealised(code, text, root):
    triples = realised_triples(code(text, "2019-03-12"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs "by" on the noun's "of" object: the agent is still the doer of the event noun
    ("The arrest of a Canadian businessman by Chinese police angered Ottawa.", ("CHN", "CAN", "173")),
    ("The detention of a Dutch reporter by Egyptian police in Cairo drew protests.", ("EGY", "NLD", "173")),
    ("The seizure of a Panamanian tanker by Iran raised oil prices.", ("IRN", "PAN", "171")),
    ("The release of 12 Turkish sailors by Nigeria ended the standoff.", ("NGA", "TUR", "084")),
    # "by" beats "from", and a pattern's own "from +" names no source
    ("The expulsion of Georgians from Abkhazia by Russian troops continued.", ("RUS", "GEO", "")),
    ("The withdrawal of Cuban troops from Angola began in 1989.", ("CUB", "AGO", "087")),
    # "of" names the doer of an act whose "of" is no target
    ("The visit of the Polish president to Kyiv lasted two days.", ("POL", "UKR", "042")),
])
def test_coding_event_noun_takes_its_doer_after_by_or_of(code, text, expected):
    source, target, code_ = expected
    triples = realised_triples(code(text, "2019-03-12"))
    assert any(s == source and t == target and c.startswith(code_) and c[:2] != "01" for s, t, c in triples), \
        triples


@pytest.mark.parametrize(("text", "root"), [
    ("The visit of the Polish president to Kyiv was postponed.", "04"),       # called off
    ("Poland demanded the release of the fishermen by Indonesia.", "08"),     # asked for
    ("The arrest of Thai fishermen off Indonesia was condemned.", "17"),     # no doer named
])
def test_coding_event_noun_counter_examples_stay_unrealised(code, text, root):
    triples = realised_triples(code(text, "2019-03-12"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "root"), [
    # an act denied by a gerund is disputed, as one denied by a clause; the denial itself is coded
    ("Rwanda denied shelling Congolese villages.", "19"),
    ("Syria denied arming militants in Lebanon.", "07"),
    ("Pakistan denied threatening Afghanistan.", "13"),
    # a plot foiled, an attack thwarted: nothing happened
    ("Kenyan police foiled a plot to kill the Ugandan president.", "18"),
])
def test_coding_denied_or_foiled_act_is_not_realised(code, text, root):
    triples = realised_triples(code(text, "2019-03-12"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


def test_coding_denial_of_act_is_coded_beside_the_disputed_act(code):
    events = code("Rwanda denied shelling Congolese villages.", "2019-03-12")
    assert any(e.code == "016" and e.realised and e.source == "RWA" for e in events), events
    assert any(e.root == "19" and e.factuality == "disputed" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # talks "between" two parties as the subject of another verb: the parties talk to each other
    ("Talks between Sudan and South Sudan ended without a deal.", ("SDN", "SSD", "046")),
    ("The talks between Chad and Libya broke down in May.", ("TCD", "LBY", "046")),
    # a passive complement head: its agent asks or threatens, its subject is asked or threatened
    ("Sudan was urged by the African Union to hold elections.", ("IGO", "SDN", "02")),
    ("Venezuela was threatened with an oil embargo by the United States.", ("USA", "VEN", "13")),
    # a share in an act claimed or denied names the act's target
    ("Rwanda denied involvement in the attack on Congolese soldiers.", ("RWA", "COD", "016")),
    ("The Pakistani Taliban claimed responsibility for the attack on a Chinese convoy.", ("PAK", "CHN", "015")),
    # an amount given "in" aid or loans is that aid
    ("Kuwait gave Jordan 500 million dollars in aid.", ("KWT", "JOR", "070")),
    ("China gave Zambia two billion dollars in loans.", ("CHN", "ZMB", "071")),
])
def test_coding_shapes_second_step(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "root"), [
    ("Talks between Sudan and South Sudan were called off.", "04"),      # called off
    ("Sudan was not urged by the African Union to hold elections.", "02"),  # negated
    ("The Pakistani Taliban claimed responsibility for the bombing.", "01"),  # the act names no party
    ("Zambia gave in to Chinese demands after a month.", "07"),         # a particle, no amount
    ("Kuwait gave Jordan a warning in private.", "07"),                  # "in" names no counted thing
])
def test_coding_shapes_second_step_counter_examples(code, text, root):
    triples = realised_triples(code(text, "2019-03-12"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of a complement family codes what it governs, from its own doer
    ("Egypt's demand for an apology from Israel went unanswered.", ("EGY", "ISR", "102")),
    ("The U.N. call for Myanmar to free its prisoners went unheeded.", ("IGO", "MMR", "025")),
    ("The Turkish demand that Sweden extradite the suspects angered Stockholm.", ("TUR", "SWE", "10")),
    ("Norway's pledge of aid to Mozambique was welcomed.", ("NOR", "MOZ", "033")),
    # its target, when the governed act names none: the party that answers it
    ("Japan ignored China's call for talks on the islands.", ("CHN", "JPN", "026")),
])
def test_coding_complement_noun_codes_what_it_governs(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


def test_coding_act_demanded_in_that_clause_is_not_realised(code):
    events = code("The U.S. demand that Syria withdraw its troops from Lebanon was ignored.", "2019-03-12")
    assert not any(e.root == "08" and e.realised for e in events), events
    assert any(e.root == "08" and e.source == "SYR" and e.factuality == "modal" for e in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("The threat of sanctions hangs over Iran.", "13"),                 # no doer
    ("Officials discussed the threat of a Russian attack on Ukraine.", "19"),  # a threat, no attack
])
def test_coding_complement_noun_counter_examples(code, text, root):
    triples = realised_triples(code(text, "2019-03-12"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's "X to do Y": the act is to come, stated now as a plan of X
    ("Hungary to expel two Ukrainian diplomats", ("HUN", "UKR", "future", "16")),
    ("Egypt to host Sudanese peace talks", ("EGY", "", "future", "04")),
])
def test_coding_headline_infinitive_is_a_coming_act(code, text, expected):
    source, target, fact, root = expected
    events = code(text, "2019-03-12")
    assert any(e.source.startswith(source) and e.target.startswith(target) and e.root == root
               and e.factuality == fact for e in events), events
    assert not any(e.root == root and e.realised for e in events), events


def test_coding_headline_infinitive_states_a_plan(code):
    events = code("Hungary to expel two Ukrainian diplomats", "2019-03-12")
    assert any(e.source == "HUN" and e.target.startswith("UKR") and e.code.startswith("13") and e.realised
               for e in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Hungary agreed to expel two Ukrainian diplomats.", "16"),    # an infinitive under a verb: its governor decides
    ("Hungary expelled two Ukrainian diplomats.", "13"),           # done, no plan
])
def test_coding_headline_infinitive_counter_examples(code, text, root):
    triples = realised_triples(code(text, "2019-03-12"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source"), [
    # armed forces put on alert raise the military alert status (152), by their own state (codes.tsv)
    ("Pakistani troops were put on high alert.", "PAK"),
    ("Greek forces were placed on alert after the incident.", "GRC"),
])
def test_coding_forces_put_on_alert_are_on_alert(code, text, source):
    triples = realised_triples(code(text, "2019-03-12"))
    assert any(s == source and c == "152" for s, _, c in triples), triples
