"""Reading a promise itself, on sentences written for these tests: which sentences are promises at all (terms a
deal's text states, not ultimatums, stances or appointments), the act's readable form, a promise said again."""

from __future__ import annotations

from datetime import date

import pytest

from accord.commitments import build_ledger
from accord.records import Article


@pytest.fixture
def promises(pipeline):
    """The promise claims of one sentence: (promisor's country, action)."""

    def run(text: str):
        [coded] = list(pipeline.process([Article(text=text, date=date(2021, 5, 3), title="t")]))
        return [(c.actor[:3], c.action) for c in coded.claims if c.kind == "promise"]

    return run


@pytest.mark.parametrize(("text", "promise"), [
    ("The accord says that Chad shall open its border crossings to aid convoys.",
     ("TCD", "open its border crossings")),
    # the tagger reads "obliges" as a plural noun here
    ("The accord obliges Chad to disarm the militias.", ("TCD", "disarm the militias")),
])
def test_commitment_frames_terms_a_deal_text_states_are_promises(promises, text, promise):
    assert promises(text) == [promise]


@pytest.mark.parametrize("text", [
    "VIENNA, March 4 - The agency said that Iran had kept enriching uranium in the months since its leaders "
    "pledged to cap enrichment at a low level.",
    "OSLO, June 2 - Colombia and the rebels resumed talks on Monday, and officials agreed to meet again in Havana "
    "on June 20.",
])
def test_commitment_frames_dateline_is_not_the_promisor(promises, text):
    assert not [p for p in promises(text) if p[0] in ("AUT", "NOR")]


@pytest.mark.parametrize("text", [
    "Erdogan said he would give Stockholm until June to extradite the suspects.",
    "Putin said he would give Kyiv until Monday to accept the offer.",
])
def test_commitment_frames_ultimatum_is_no_promise(promises, text):
    assert promises(text) == []


@pytest.mark.parametrize("text", [
    "Brazil said it would judge Argentina by its deeds rather than its words.",
    "The Turkish government said it would wait until March for Sweden to act.",
    "Ankara said it would take care of the problem.",
])
def test_commitment_frames_stance_is_no_promise(promises, text):
    assert promises(text) == []


@pytest.mark.parametrize("text", [
    "Ankara said it would push for a tougher resolution at the council.",
    "A Dutch official said the Netherlands would press Belgium to close the old reactor.",
    "Spain said it would keep pressing for a ceasefire in the region.",
])
def test_commitment_frames_pressure_is_a_stance_not_a_promise(promises, text):
    assert promises(text) == []


@pytest.mark.parametrize("text", [
    "Canada said it would announce new tariffs on steel next week.",
    "Macron said he would discuss the outcome of the talks with German leaders in Berlin.",
    "Sanchez said Spain would share the findings with Lisbon.",
])
def test_commitment_frames_saying_it_will_speak_of_acts_is_no_promise(promises, text):
    assert promises(text) == []


def test_commitment_frames_agreeing_to_discuss_is_still_a_promise(promises):
    assert [p for p, _ in promises("Italy agreed to discuss the border dispute with Austria.")] == ["ITA"]


def test_commitment_frames_appointment_is_no_promise_but_the_party_s_act_is(promises):
    assert promises("The Kremlin said Lavrov and Ryabkov would lead the Russian delegation at the talks.") == []
    assert promises("The Kremlin said Russia would send a delegation to Geneva next week.") == [
        ("RUS", "send a delegation to Geneva")]


@pytest.mark.parametrize(("text", "action"), [
    # a thing that goes on is kept so by the promisor
    ("Tokyo pledged that the sanctions on Pyongyang would stay in place.", "keep the sanctions on Pyongyang in place"),
    # a party named as the act's subject is the promisor, no part of the act
    ("Seoul pledged that the South would refrain from new military drills near the border.",
     "refrain from new military drills near the border"),
])
def test_commitment_frames_action_starts_with_the_act(promises, text, action):
    assert [a for _, a in promises(text)] == [action]


def test_commitment_frames_promise_said_again_joins_its_row(pipeline):
    claims = []
    for n, (day, text) in enumerate([
            ("2021-05-01", "Under the deal, Ethiopia will withdraw its troops from the border town of Badme within "
                           "30 days."),
            ("2021-06-02", "Ethiopia agreed to complete its withdrawal by July 10, officials said.")]):
        [coded] = list(pipeline.process([Article(text=text, date=date.fromisoformat(day), title=str(n))]))
        for claim in coded.claims:
            claim.document_id = n
            claims.append(claim)
    rows = [c for c in build_ledger(claims) if c.promisor.startswith("ETH")]
    assert [c.action for c in rows] == ["withdraw its troops from the border town of Badme"]
    # said again with a later deadline than "within 30 days": the promise is due then, and pending till then
    assert [e.kind for e in rows[0].evidence] == ["pending"]
    assert (rows[0].due, rows[0].status) == (date(2021, 7, 10), "pending")
    assert rows[0].evidence[0].claim.sentence.startswith("Ethiopia agreed to complete")


@pytest.mark.parametrize(("text", "promise"), [
    ("Japan's pledge of $2 billion for reconstruction was the largest at the conference.",
     ("JPN", "provide $2 billion for reconstruction")),
    ("The European Union promised 500 million euros in aid to Jordan.",
     ("IGO", "provide 500 million euros in aid to Jordan")),
    ("Russia gave assurances that it would not attack the ports.", ("RUS", "not attack the ports")),
    ("Under the deal, Chad is to withdraw its troops by June.", ("TCD", "withdraw its troops")),
    ("Ethiopia will release 100 prisoners under the agreement, the foreign ministry said.",
     ("ETH", "release 100 prisoners")),
])
def test_commitment_frames_promise_phrasings(promises, text, promise):
    assert promises(text) == [promise]


def test_commitment_frames_agreed_on_an_act(promises):
    assert promises("Armenia and Azerbaijan also agreed on a prisoner exchange.") == [
        ("ARM", "agree on a prisoner exchange"), ("AZE", "agree on a prisoner exchange")]


def test_commitment_frames_joined_act_with_its_own_subject_is_that_subject_s(promises):
    assert promises("Under the accord, Serbia will reopen its border crossings, and Kosovo will lift its import "
                    "tariffs.") == [("SRB", "reopen its border crossings"), ("XKX", "lift its import tariffs")]
