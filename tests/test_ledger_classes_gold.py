"""Classes of ledger errors found on our own gold processes (tests/data/ledger); the sentences are written for
these tests, about other parties."""

from __future__ import annotations

import pytest

from conftest import one_commitment as _one

PANEL = ("2021-03-02", "Kenya promised Tanzania that it would chair a panel to oversee the border vote.")


@pytest.mark.parametrize(("later", "status"), [
    ("The panel overseeing the border vote, chaired by a Kenyan judge, first convened in Arusha on Monday.",
     "fulfilled"),
    ("The panel overseeing the border vote, chaired by a Ugandan judge, first convened in Arusha on Monday.",
     "pending"),
])
def test_ledger_agent_of_a_participle_on_a_thing_does_its_act(ledger, later, status):
    c = _one(ledger(PANEL, ("2021-05-12", later)), "KEN", "panel")
    assert c.status == status


def test_ledger_participle_act_names_the_thing_it_qualifies(coded_claims):
    claims = coded_claims(("2021-05-12", "The inquiry into the crash, led by a Chilean prosecutor, ended on Friday."))
    led = [c for c in claims if c.actor.startswith("CHL") and c.lemmas[0] == "lead"]
    assert [(c.action, c.factuality) for c in led] == [("lead the inquiry", "asserted")]
    assert "inquiry" in led[0].lemmas


GUNMEN = ("2021-03-02", "Under the truce, the Houthis will move their gunmen and artillery south of the Hodeidah road.")


@pytest.mark.parametrize(("later", "status"), [
    ("The Houthis have not pulled their gunmen back from the road, Yemen's defence minister said.", "unfulfilled"),
    ("The Houthis pulled their gunmen back from the road on Sunday.", "fulfilled"),
    ("The Houthis withdrew their gunmen from the road on Sunday.", "fulfilled"),
])
def test_ledger_moving_forces_away_is_withdrawing_them(ledger, later, status):
    c = _one(ledger(GUNMEN, ("2021-05-10", later)), "YEM", "gunmen")
    assert c.status == status


@pytest.mark.parametrize(("text", "verb"), [
    ("Sudanese rebels agreed to move their fighters back from the ceasefire line.", "withdraw"),
    ("Sudanese rebels agreed to move their fighters north of the ceasefire line.", "withdraw"),
    ("Sudanese rebels agreed to move their fighters north to the ceasefire line.", "move"),
])
def test_ledger_move_with_an_object_names_the_movement_not_the_object(coded_claims, text, verb):
    [promise] = [c for c in coded_claims(("2021-03-02", text)) if c.kind == "promise"]
    assert promise.lemmas[:2] == [verb, "fighter"]


@pytest.mark.parametrize(("later", "status"), [
    ("Chile was formally removed from the U.S. list of currency manipulators on Friday.", "fulfilled"),
    ("The Treasury took Chile off the list of currency manipulators on Friday.", "fulfilled"),
    ("Chile was added to a list of tax havens on Friday.", "pending"),
])
def test_ledger_taking_a_party_off_a_list_is_removing_it(ledger, later, status):
    c = _one(ledger(("2021-03-02", "Biden told Congress on Monday that he would take Chile off the list of currency "
                                   "manipulators."), ("2021-05-10", later)), "USA", "list")
    assert c.status == status


def test_ledger_act_of_no_doer_reported_before_the_promise_in_its_article(ledger):
    c = _one(ledger(("2021-05-29", "Peru was formally removed from the U.S. list of drug transit countries on "
                                   "Friday. Washington had told Lima on April 2 that it would remove Peru from the "
                                   "list.")), "USA", "list")
    assert c.status == "fulfilled"


HAITI = ("2021-03-02", "Kenya pledged to send 1,000 police officers to Haiti by June.")
SOMALIA = ("2021-03-09", "Kenya pledged to send 200 police officers to Somalia by July.")


def test_ledger_same_act_promised_to_another_party_is_a_promise_of_its_own(ledger):
    docs = ledger(HAITI, SOMALIA)
    assert sorted((c.promisee, c.action) for c in docs) == [
        ("HTI", "send 1,000 police officers to Haiti"), ("SOM", "send 200 police officers to Somalia")]


def test_ledger_restatement_goes_to_the_promise_it_says_again(ledger):
    docs = ledger(HAITI, SOMALIA, ("2021-04-09", "Kenya again promised to send the 200 police officers to Somalia "
                                                 "by August."))
    c = _one(docs, "KEN", "Somalia")
    assert [e.kind for e in c.evidence] == ["pending"]  # said again with a new deadline
    assert not _one(docs, "KEN", "Haiti").evidence
