"""Leftover classes of earlier audits (issue 10), each on sentences written for these tests: a treaty's topic
beside its signing, business parties named as foreign to the story's country."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a military cooperation treaty.",
    "Austria signed an energy cooperation memorandum with Slovakia.",
    "The security cooperation pact was signed by Chile and Peru.",
])
def test_coding_treaty_topic_adds_no_cooperation_beside_its_signing(code, text):
    codes = {c for _, _, c in realised_triples(code(text))}
    assert "057" in codes
    assert codes == {"057"}, codes


@pytest.mark.parametrize(("text", "expected"), [
    # cooperation that is no text's topic is still coded
    ("Chile and Peru expanded military cooperation.", ("CHL", "PER", "060")),
    ("Chile and Peru signed a treaty and began military cooperation.", ("CHL", "PER", "057")),
    # a ceasefire deal signed keeps its ceasefire (the topic's root is not cooperation)
    ("Ghana and Togo signed a ceasefire deal.", ("GHA", "TGO", "0871")),
])
def test_coding_cooperation_outside_a_signed_text_is_kept(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize(("text", "absent"), [
    ("Argentina reached a deal with creditor banks.", ("ARG", "ARG")),
    ("Ecuador asked foreign lenders for more time.", ("ECU", "ECU")),
    ("Mexico held talks with international banks on its debt.", ("MEX", "MEX")),
    ("Taliban fighters attacked foreign troops in Kandahar.", ("AFG", "AFG")),
])
def test_coding_foreign_or_creditor_role_is_not_the_story_country(code, text, absent):
    events = [e for e in code(text) if e.realised]
    assert events
    assert not any((e.source[:3], e.target[:3]) == absent for e in events), [(e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare role word still takes the story's country; a country named on it wins
    ("Argentina reached a deal with banks.", ("ARG", "ARGBUS")),
    ("The Nigerian foreign minister met his Ghanaian counterpart.", ("NGAGOV", "GHAGOV")),
    ("The foreign ministry of Chile summoned the Peruvian ambassador.", ("CHLGOV", "PERGOV")),
])
def test_coding_role_words_keep_their_country(code, text, expected):
    assert expected in {(e.source, e.target) for e in code(text) if e.realised}


@pytest.mark.parametrize(("text", "expected"), [
    # an international body quit, left or exited is left (161), as "withdrew from" it is
    ("Mali quit the African Union.", ("MLI", "IGO", "161")),
    ("Gambia left the Commonwealth.", ("GMB", "IGO", "161")),
    ("Venezuela quit the Organization of American States.", ("VEN", "IGO", "161")),
    ("Russia exited the Council of Europe.", ("RUS", "IGO", "161")),
    ("Ecuador left OPEC in 2020.", ("ECU", "IGO", "161")),
])
def test_coding_quitting_an_international_body_leaves_it(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    "The president left Paris on Monday.",
    "The French foreign minister left Mali on Monday.",
    "He quit his post as minister.",
    "The minister left the meeting early.",
])
def test_coding_leaving_a_place_or_post_is_no_withdrawal(code, text):
    assert not any(c[:2] in ("08", "16") for _, _, c in realised_triples(code(text)))


def test_coding_troops_leaving_a_country_still_withdraw(code):
    assert ("FRA", "MLI", "087") in realised_triples(code("The last French troops left Mali on Monday."))


@pytest.mark.parametrize(("text", "expected"), [
    # a party told that another did a hostile act is told an accusation: the teller accuses the doer (112)
    ("Ghana told Benin that Togo had broken the truce.", ("GHA", "TGO", "112")),
    ("Ghana told Benin that Togolese soldiers violated the ceasefire.", ("GHA", "TGO", "112")),
    ("Kenya told the UN that Somali militias had attacked its police.", ("KEN", "SOM", "112")),
])
def test_coding_telling_a_party_of_anothers_hostile_act_accuses_the_doer(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    # told to the press: a report, no accusation
    "The Kenyan police chief told reporters that Somali militias had attacked a police post.",
    # one's own act foretold is a threat of its own, and one's own act done no accusation
    "Russia told Ukraine that Russian jets would bomb Kyiv.",
    "Ghana told Benin that Ghanaian troops had attacked Togolese rebels.",
    # nothing hostile told
    "Ghana told Benin that Togo would host talks.",
])
def test_coding_telling_without_an_addressed_hostile_act_is_no_accusation(code, text):
    assert not any(c in ("112", "015") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # a party's act called, labelled or branded wrong is criticised, also where the parser hangs the judgement on
    # the object's noun ("move" read as a verb or a predicate)
    ("Egypt labelled the Sudanese move a provocation.", ("EGY", "SDN", "111")),
    ("Egypt branded the Sudanese move a provocation.", ("EGY", "SDN", "111")),
    ("Japan called the Chinese move a violation of its sovereignty.", ("JPN", "CHN", "111")),
    ("Egypt called Sudan's move a provocation.", ("EGY", "SDN", "111")),
    ("Egypt called the Sudanese plan a provocation.", ("EGY", "SDN", "111")),
    ("Egypt called the Sudanese move unacceptable.", ("EGY", "SDN", "111")),
])
def test_coding_act_labelled_wrong_is_criticised(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    "Egypt called the Sudanese move a breakthrough.",
    "Egypt called the Sudanese president a friend.",
    "Japan called on China to end its aggression.",
])
def test_coding_label_verb_without_a_judgement_of_wrong_is_no_criticism(code, text):
    assert not any(c.startswith("11") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # "the South" and "the North" of a story filed in Seoul, or of a sentence naming either Korea, are its states
    ("SEOUL (Reuters) - The South accused Pyongyang of provocation.", ("KOR", "PRK", "112")),
    ("SEOUL - The South criticised Japan.", ("KOR", "JPN", "111")),
    ("The South criticised North Korea.", ("KOR", "PRK", "111")),
])
def test_coding_bare_south_of_a_korea_story_is_south_korea(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    "ROME - The North of Italy was hit by floods.",
    "Nigeria's army said the North was calm.",
    "Chile said the South would host talks with Peru.",
])
def test_coding_the_north_or_south_elsewhere_is_no_korea(code, text):
    assert not any({"KOR", "PRK"} & {s, t} for s, t, _ in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # relief goods let into a party's land: delivery of aid allowed (0863), as "let aid" is
    ("Israel let fuel into Gaza.", ("ISR", "PSE", "0863")),
    ("Egypt allowed fuel into Gaza.", ("EGY", "PSE", "0863")),
    ("Jordan let medical supplies into Syria.", ("JOR", "SYR", "0863")),
    ("Turkey let relief supplies into Syria.", ("TUR", "SYR", "0863")),
])
def test_coding_relief_goods_let_in_allow_aid_delivery(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    # people let in are no goods; trade allowed is no aid
    "Israel let Palestinian workers into Israel.",
    "Chile allowed fuel imports from Peru.",
])
def test_coding_people_or_trade_let_in_is_no_aid_delivery(code, text):
    assert not any(c == "0863" for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "code_"), [
    # "try and V" is "try to V": the act is attempted, not done
    ("Kenyan officials flew to Kampala to try and settle the dispute with Uganda.", "039"),
    ("Ghana sent a delegation to Lome to try and resolve its dispute with Togo.", "039"),
])
def test_coding_try_and_verb_is_an_attempt_not_the_act(code, text, code_):
    events = [e for e in code(text) if e.code == code_]
    assert events
    assert not any(e.realised for e in events)


def test_coding_acts_coordinated_in_the_past_stay_done(code):
    text = "Ecuador settled the dispute with Peru and signed a border treaty."
    assert ("ECU", "PER", "039") in realised_triples(code(text))


@pytest.mark.parametrize(("text", "expected"), [
    # armed forces entering or crossing into another's land take territory, as "rolled into" does (192)
    ("Turkish troops entered Syria on Tuesday.", ("TUR", "SYR", "192")),
    ("Armenian forces entered Azerbaijani territory.", ("ARM", "AZE", "192")),
    ("Rwandan troops crossed the border into Congo.", ("RWA", "COD", "192")),
])
def test_coding_armed_forces_entering_a_country_is_an_incursion(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    "Syrian refugees entered Turkey.",
    "The Kenyan president entered Uganda by road.",
    "UN peacekeepers entered South Sudan.",
])
def test_coding_unarmed_or_peacekeeping_entry_is_no_incursion(code, text):
    assert not any(c.startswith("19") for _, _, c in realised_triples(code(text)))


def test_coding_warships_entering_waters_stay_a_show_of_force(code):
    assert ("CHN", "JPN", "150") in realised_triples(code("Chinese warships entered Japanese waters."))


@pytest.mark.parametrize(("text", "code_"), [
    # three or more coordinated parties of a reciprocal act: each with each, both ways; the venue is no party
    ("The foreign ministers of Ghana, Togo and Benin met in Accra on Monday.", "040"),
    ("Kenya, Uganda and Tanzania signed a customs pact.", "057"),
    ("Kenya, Uganda and Tanzania held talks in Geneva.", "046"),
])
def test_coding_three_parties_of_a_reciprocal_act_are_paired_each_way(code, text, code_):
    pairs = {(s, t) for s, t, c in realised_triples(code(text)) if c == code_}
    parties = {s for s, _ in pairs}
    assert len(parties) == 3
    assert pairs == {(s, t) for s in parties for t in parties if s != t}
    assert "CHE" not in {t for _, t in pairs}


def test_coding_three_parties_of_a_one_sided_act_do_not_act_on_each_other(code):
    assert not realised_triples(code("Chile, Peru and Bolivia condemned the decision."))
