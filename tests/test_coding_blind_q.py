"""Classes a blind set of news and op-ed sentences showed (issue 10), each on sentences written for these tests:
short references to parties ("the South" of a divided country, "the bloc", "the alliance", "the West", a city
that stands for the body seated there), and events presented as happening where nothing happened (or the
reverse)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.resolve import DocActors


def _actor(pipeline, text: str, word: str, nth: int = -1, day: date = date(2019, 4, 2)) -> str | None:
    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, day)
    toks = [t for t in doc if t.text == word]
    assert toks, word
    found = actors.actor(toks[nth])
    return found.code if found is not None else None


def _realised(events, root: str = ""):
    return [e for e in events if e.realised and e.code.startswith(root)]


# -- "the North" and "the South" of a divided country ----------------------------------------------------


@pytest.mark.parametrize(("text", "word", "code"), [
    # the story names one Korean state, by any name: the other is "the South" or "the North"
    ("North Korea tested a rocket engine on Sunday. The South called the test a provocation.", "South", "KOR"),
    ("Officials from Pyongyang and Seoul met at the border. The North then blamed the South for the delay.",
     "North", "PRK"),
    ("Officials from Pyongyang and Seoul met at the border. The North then blamed the South for the delay.",
     "South", "KOR"),
    ("Seoul's unification ministry proposed new family reunions. The North has not replied.", "North", "PRK"),
])
def test_coding_blind_compass_word_in_a_korea_story_is_the_other_state(pipeline, text, word, code):
    assert (_actor(pipeline, text, word) or "")[:3] == code


@pytest.mark.parametrize(("text", "word"), [
    # no divided state named: a region of the country, no state
    ("Italy's regions disagree over the budget. The North wants lower taxes.", "North"),
    ("Protests spread across Nigeria. The North saw the largest marches.", "North"),
    ("Sudan's army fought militias in Darfur. The North was quiet.", "North"),
])
def test_coding_blind_compass_word_elsewhere_is_no_korean_state(pipeline, text, word):
    assert (_actor(pipeline, text, word) or "")[:3] not in ("PRK", "KOR")


def test_coding_blind_compass_word_codes_an_event_in_a_korea_story(code):
    events = code("North Korea fired two artillery shells near the border. The South accused Pyongyang of "
                  "breaking the truce.")
    assert any(e.source.startswith("KOR") and e.code.startswith("11") for e in _realised(events))


# -- "the bloc", "the alliance": the body of that kind named before --------------------------------------


@pytest.mark.parametrize(("text", "word", "code"), [
    ("European Union ministers met in Luxembourg on Monday. The bloc agreed to extend its sanctions on Minsk.",
     "bloc", "IGOEUREEC"),
    ("ASEAN foreign ministers gathered in Vientiane. The bloc called for restraint in the South China Sea.",
     "bloc", "IGOSEAASN"),
    ("NATO defence ministers met on Thursday. The alliance agreed to send more jets to the Baltic states.",
     "alliance", "IGOWSTNAT"),
])
def test_coding_blind_short_reference_is_the_body_named_before(pipeline, text, word, code):
    assert _actor(pipeline, text, word) == code


@pytest.mark.parametrize(("text", "word"), [
    # no such body named before: no actor
    ("Farmers protested in Lyon. The bloc of opposition parties walked out.", "bloc"),
    ("Two Kenyan parties formed an electoral pact. The alliance won three seats.", "alliance"),
])
def test_coding_blind_short_reference_without_a_body_is_no_actor(pipeline, text, word):
    found = _actor(pipeline, text, word)
    assert found is None or not found.startswith("IGO")


def test_coding_blind_alliance_codes_an_event(code):
    events = code("NATO leaders met in Vilnius on Tuesday. The alliance condemned Belarus for hosting the weapons.")
    assert any(e.source == "IGOWSTNAT" and e.target.startswith("BLR") and e.code.startswith("11")
               for e in _realised(events))


# -- "the West" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Iran accused the West of hypocrisy over the nuclear talks.",
    "The West imposed new sanctions on Belarus.",
])
def test_coding_blind_the_west_is_a_party(pipeline, text):
    assert _actor(pipeline, text, "West") == "WST"


@pytest.mark.parametrize(("text", "word"), [
    ("Israeli troops raided a village in the West Bank.", "West"),
    ("Floods hit the West of Ireland.", "West"),
])
def test_coding_blind_west_in_a_place_name_is_no_party(pipeline, text, word):
    assert _actor(pipeline, text, word) != "WST"


# -- a city that stands for the body seated there ---------------------------------------------------------


def test_coding_blind_brussels_as_a_party_is_the_eu(code):
    events = code("Brussels criticised Poland over its new media law.")
    assert any(e.source == "IGOEUREEC" and e.target.startswith("POL") for e in _realised(events, "11"))


def test_coding_blind_city_as_venue_is_no_party(code):
    events = code("Serbia and Kosovo held talks in Brussels on Monday.")
    assert events and all(not e.source.startswith(("BEL", "IGOEUR")) and not e.target.startswith(("BEL", "IGOEUR"))
                          for e in events)


# -- an act in a clause the sentence calls an open question is no stated plan ------------------------------


@pytest.mark.parametrize("text", [
    "It is far from clear that Peru will restore ties with Mexico.",
    "It is not clear that Ghana will send troops to Mali.",
    "It is unclear whether Uruguay will ever recognise the new government in Caracas.",
    "Whether Peru will restore ties with Mexico is uncertain.",
])
def test_coding_blind_open_question_states_no_plan(code, text):
    events = code(text)
    assert not _realised(events), [(e.source, e.target, e.code) for e in events]
    assert events and all(e.factuality == "modal" for e in events)


@pytest.mark.parametrize("text", [
    # said, or stated as certain: the plan stands
    "It is clear that Peru will restore ties with Mexico, the minister said.",
    "Peru will restore ties with Mexico, the minister said.",
])
def test_coding_blind_certain_clause_keeps_its_plan(code, text):
    assert _realised(code(text), "03")


# -- a pledge made now for later is made ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Denmark pledged $40 million for next year to help Yemen.",
    "Austria pledged aid to Moldova for next year.",
])
def test_coding_blind_pledge_for_next_year_is_made_now(code, text):
    events = code(text, "2019-03-01")
    pledges = [e for e in events if e.code.startswith("03")]
    assert pledges and all(e.realised and e.event_date == date(2019, 3, 1) for e in pledges)


def test_coding_blind_act_to_come_next_year_stays_future(code):
    events = code("Denmark will send aid to Yemen next year.", "2019-03-01")
    sent = [e for e in events if e.code.startswith("07")]
    assert sent and not any(e.realised for e in sent)


# -- a warning of another party's act is no threat of the speaker's ----------------------------------------


@pytest.mark.parametrize(("text", "speaker", "doer"), [
    ("Lithuania warned that Russia could retaliate against the Baltic states.", "LTU", "RUS"),
    ("Australia warned that China might impose new tariffs on Canadian barley.", "AUS", "CHN"),
    ("Egypt warned that Ethiopia may cut the flow of the Nile.", "EGY", "ETH"),
])
def test_coding_blind_warning_of_anothers_act_is_a_pessimistic_comment(code, text, speaker, doer):
    events = code(text)
    assert not any(e.source.startswith(speaker) for e in _realised(events, "13")), \
        [(e.source, e.target, e.code) for e in events]
    assert any(e.source.startswith(speaker) and e.target.startswith(doer) and e.code == "012"
               for e in _realised(events))


@pytest.mark.parametrize(("text", "speaker", "target"), [
    # the speaker's own side acts, the party warned is told, or the party named suffers: a threat
    ("Peru warned that its navy would seize Chilean fishing boats.", "PER", "CHL"),
    ("Ghana warned Togo that it would close the border.", "GHA", "TGO"),
    ("Bolivia warned that Chile would pay dearly for the raid.", "BOL", "CHL"),
    # a force of the speaker's own country is its side
    ("Kenya's interior minister warned that the police would crush any protest by the opposition.", "KEN", "KEN"),
])
def test_coding_blind_warning_of_ones_own_act_stays_a_threat(code, text, speaker, target):
    events = code(text)
    assert any(e.source.startswith(speaker) and e.target.startswith(target) for e in _realised(events, "13")), \
        [(e.source, e.target, e.code) for e in events]
