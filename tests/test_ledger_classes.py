"""Classes of ledger errors found on processes the ledger had not seen (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.records import Article
from conftest import one_commitment as _one

REFERENDUM = ("2021-03-01", "Peru pledged to hold a referendum on the new constitution by the end of the year.")
RENEWED = ("2021-11-01", "Peru now promises to hold the referendum by March.")


@pytest.mark.parametrize(("later", "status"), [
    (("2022-02-01", "Peru has not yet held the referendum."), "pending"),  # before the new deadline
    (("2022-05-01", "Peru has not held the referendum."), "unfulfilled"),  # after it
])
def test_ledger_restated_deadline_moves_the_due_date(ledger, later, status):
    c = _one(ledger(REFERENDUM, RENEWED, later), "PER", "referendum")
    assert (c.due, c.status) == (date(2022, 3, 31), status)


@pytest.mark.parametrize("text", [
    "President Obama told Congress in 2009 that he would close the Guantanamo prison within a year; he never did.",
    "President Obama told Congress in 2009 that he would close the Guantanamo prison within a year, but he never "
    "did.",
    "President Obama told Congress in 2009 that he would close the Guantanamo prison within a year. He never did.",
])
def test_ledger_promise_then_never_did_is_unfulfilled_not_a_negated_promise(ledger, text):
    c = _one(ledger(("2012-03-01", text)), "USA", "prison")
    assert c.status == "unfulfilled"
    assert c.evidence[-1].claim.kind == "anaphor"


def test_ledger_it_did_not_refers_to_the_promise_before(ledger):
    c = _one(ledger(("2021-05-01", "Kenya promised to send 1,000 police officers to Haiti by March. It did not.")),
             "KEN", "police")
    assert c.status == "unfulfilled"


@pytest.mark.parametrize(("later", "status"), [
    ("The talks resumed in Geneva on Thursday.", "fulfilled"),
    ("Peace talks restarted in Geneva on Thursday.", "fulfilled"),
    ("The talks on the dam stalled on Thursday.", "pending"),
])
def test_ledger_talks_resumed_with_no_agent_are_the_promisers_act(ledger, later, status):
    docs = ledger(("2021-03-01", "Sudan and the rebels agreed on Monday to resume peace talks in Geneva."),
                  ("2021-03-20", later))
    assert {(c.promisor, c.status) for c in docs if "talks" in c.action} == {("SDN", status), ("SDNREB", status)}


@pytest.mark.parametrize(("later", "status"), [
    ("The truce held through the weekend.", "fulfilled"),
    ("Israeli and Hamas officials held talks in Cairo about the truce on Saturday.", "pending"),
])
def test_ledger_truce_holding_keeps_a_promised_truce(ledger, later, status):
    docs = ledger(("2021-03-01", "Israel and Hamas agreed to a four-day truce."), ("2021-03-05", later))
    assert [c.status for c in docs if c.promisor == "ISR"] == [status]


def test_ledger_deadline_for_the_act_is_no_report_of_it(ledger):
    c = _one(ledger(("2021-03-01", "Serbia committed to moving its embassy to Jerusalem by July."),
                    ("2021-08-05", "The deadline for Serbia to move its embassy to Jerusalem has passed.")),
             "SRB", "embassy")
    assert c.status != "fulfilled"


def test_ledger_is_to_is_arranged_not_done(ledger):
    c = _one(ledger(("2021-03-01", "Niger pledged to free the detained Chadian traders."),
                    ("2021-03-05", "Niger is to free the detained traders next week.")), "NER", "traders")
    assert c.status == "pending"


AID = ("2021-03-01", "Norway promised to send 50 tonnes of medical supplies to Yemen.")


@pytest.mark.parametrize(("later", "status"), [
    ("Yemen received the medical supplies on Friday.", "fulfilled"),  # the receiver names no giver
    ("The medical supplies arrived in Yemen on Friday.", "fulfilled"),  # the thing arrives at the receiver
    ("The medical supplies reached Yemen on Friday.", "fulfilled"),
    ("Yemen has not yet received the medical supplies.", "pending"),
    ("Oman received medical supplies on Friday.", "pending"),  # another receiver: not this promise's
    ("The medical supplies arrived in Oman on Friday.", "pending"),
])
def test_ledger_receiver_of_what_was_promised_keeps_the_giver_promise(ledger, later, status):
    c = _one(ledger(AID, ("2021-05-01", later)), "NOR", "supplies")
    assert c.status == status


def test_ledger_receipt_of_no_giver_is_no_one_party_act_when_two_promised_it(ledger):
    docs = ledger(("2021-03-01", "Norway promised to send medical supplies to Yemen."),
                  ("2021-03-02", "Sweden pledged to send medical supplies to Yemen."),
                  ("2021-05-01", "Yemen received medical supplies on Friday."))
    assert {(c.promisor, c.status) for c in docs} == {("NOR", "pending"), ("SWE", "pending")}



@pytest.mark.parametrize(("second", "words"), [
    ("while Peru is to refrain from sending patrol boats there", "not send patrol boats"),
    ("while Peru will withdraw its patrol boats from the bay", "withdraw its patrol boats"),
    ("whereas Peru shall withdraw its patrol boats from the bay", "withdraw its patrol boats"),
    ("while talks on the border go on", None),  # no party of its own: no term of the deal
    ("while Peru has long opposed any limits", None),  # no binding word: what Peru did, no term
])
def test_ledger_second_party_of_a_deal_term_in_a_while_clause(ledger, second, words):
    docs = ledger(("2021-03-01", f"Under the accord, Chile will suspend its fishing in the bay for a year, {second}."))
    assert [c.promisor for c in docs if "fishing" in c.action] == ["CHL"]
    actions = [c.action for c in docs if c.promisor == "PER"]
    assert len(actions) == (1 if words else 0) and all(words in a for a in actions), actions


@pytest.mark.parametrize(("day", "later", "status"), [
    ("2021-04-05", "The March deadline for Kenya to send the police officers to Haiti has passed.", "unfulfilled"),
    ("2021-04-05", "The deadline for Kenya to send the officers to Haiti expired last week.", "unfulfilled"),
    ("2021-02-05", "The deadline for Kenya to send the officers to Haiti is at the end of March.", "pending"),
    ("2021-03-25", "The deadline for Kenya to send the officers to Haiti will pass next week.", "pending"),
])
def test_ledger_deadline_said_to_have_passed_is_the_act_not_done(ledger, day, later, status):
    c = _one(ledger(("2021-01-10", "Kenya pledged to send 1,000 police officers to Haiti by March."), (day, later)),
             "KEN", "officers")
    assert c.status == status


@pytest.mark.parametrize("text", [
    "The militia agreed to disarm its fighters, beginning with the handover of its machine guns.",
    "The rebels pledged to leave the town, starting with the removal of their roadblocks.",
])
def test_ledger_participle_of_a_promised_act_is_promised_not_done(pipeline, text):
    [coded] = list(pipeline.process([Article(text=text, date=date(2021, 3, 1), title="t")]))
    assert [c.lemmas for c in coded.claims if c.kind == "act" and c.factuality == "asserted"] == []


@pytest.mark.parametrize("text", [
    "Serbia and Albania agreed to restore the power line once security permitted, and to seek to host the 2031 "
    "European Games together.",
    "Chile and Peru agreed to resume the ferry service and visits to the old monastery once conditions allowed, "
    "and to seek to co-host the 2036 Winter Games.",
])
def test_ledger_infinitive_after_a_condition_is_a_second_promise_not_part_of_the_condition(coded_claims, text):
    # the parser hangs "and to seek ..." on the condition's finite verb; a finite verb is never joined to an
    # infinitive, so the seeking is promised by both parties and the condition ends before it
    promises = [c for c in coded_claims(("2021-03-01", text)) if c.kind == "promise"]
    games = {c.actor for c in promises if "Games" in c.action}
    assert len(games) == 2, [(c.actor, c.action, c.condition) for c in promises]
    first = [c for c in promises if "Games" not in c.action]
    assert first and all(c.condition.startswith("once ") and "Games" not in c.condition for c in first)


@pytest.mark.parametrize(("text", "action"), [
    ("Kenya pledged to use the summit, which opens on May 3, to ease tensions with Somalia.",
     "use the summit to ease tensions with Somalia"),
    ("Kenya promised to send the ships, which are old, and planes.", "send the ships and planes"),
])
def test_ledger_action_steps_over_an_aside_inside_the_act(coded_claims, text, action):
    # a relative clause between commas sits inside the act; the words after it are still the act's
    promises = [c for c in coded_claims(("2023-03-01", text)) if c.kind == "promise"]
    assert [c.action for c in promises] == [action]


@pytest.mark.parametrize(("promise", "act", "promisor", "word"), [
    (("2023-04-03", "Mali's government committed itself to deploying 3,000 soldiers in the north."),
     ("2023-06-12", "Malian soldiers deployed in the river towns on Friday."), "MLI", "soldiers"),
    (("2023-05-02", "Niger pledged to pull its troops back from the border within a month."),
     ("2023-05-20", "Nigerien troops withdrew on Thursday."), "NER", "troops"),
])
def test_ledger_subject_of_a_mover_verb_with_no_object_is_what_it_moves(ledger, promise, act, promisor, word):
    # "the soldiers deployed" is deploying the soldiers: the subject names the promised thing
    c = _one(ledger(promise, act), promisor, word)
    assert c.status == "fulfilled", [e.matched for e in c.evidence]


WITHDRAWAL = ("2022-03-01", "Eritrea pledged to withdraw its forces from the border towns by June.")


@pytest.mark.parametrize(("later", "status"), [
    ("Eritrean forces withdrew from the border towns on Monday but kept soldiers at two checkpoints.", "partial"),
    ("Eritrean forces left the border towns on Monday, but Eritrea retained three army posts on the hills.",
     "partial"),
    # kept back by another party, joined by "and", or not kept: done
    ("Eritrean forces withdrew from the border towns on Monday, but Ethiopian rebels kept their rifles.", "fulfilled"),
    ("Eritrean forces withdrew from the border towns on Monday and kept their discipline.", "fulfilled"),
    ("Eritrean forces withdrew from the border towns on Monday but did not keep soldiers at the checkpoints.",
     "fulfilled"),
])
def test_ledger_act_done_but_part_kept_back_is_partial(ledger, later, status):
    c = _one(ledger(WITHDRAWAL, ("2022-06-20", later)), "ERI", "forces")
    assert c.status == status, [e.matched for e in c.evidence]
