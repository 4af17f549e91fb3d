"""Classes of ledger errors found on our own gold processes' misses (sentences written for these tests, about
other parties)."""

from __future__ import annotations

import pytest

from accord.records import Article
from conftest import one_commitment as _one


def test_ledger_as_soon_as_clause_of_a_future_act_is_not_done(ledger):
    c = _one(ledger(("2021-03-01", "Lima promised to release the fishermen by May."),
                    ("2021-03-08", "The Chilean president assured his Peruvian counterpart that Santiago would sign "
                                   "the treaty as soon as Lima had released the fishermen.")), "PER", "fishermen")
    assert c.status == "pending"
    assert not c.evidence


def test_ledger_as_soon_as_is_the_condition_of_the_promise(pipeline):
    [coded] = list(pipeline.process([Article(text="Chile promised that it would sign the treaty as soon as Peru "
                                                  "releases the fishermen.", date=None)]))
    [promise] = [c for c in coded.claims if c.kind == "promise"]
    assert promise.condition == "as soon as Peru releases the fishermen"


@pytest.mark.parametrize(("later", "status"), [
    ("Chile's parliament passed the constitutional amendments on Tuesday.", "fulfilled"),
    ("Chile's parliament passed the budget amendments on Tuesday.", "pending"),
])
def test_ledger_constitutional_amendment_amends_the_constitution(ledger, later, status):
    c = _one(ledger(("2021-03-01", "Chile pledged to amend its constitution by the end of the year."),
                    ("2021-11-20", later)), "CHL", "constitution")
    assert c.status == status


def test_ledger_armed_group_promises_as_rebels_of_its_country(ledger):
    c = _one(ledger(("2021-03-01", "Ethiopia's government and the Oromo Liberation Army agreed on Monday to a "
                                   "permanent ceasefire. The Oromo Liberation Army agreed to disarm its fighters "
                                   "within a year.")), "ETH", "disarm")
    assert c.promisor == "ETHREB"


@pytest.mark.parametrize("text", [
    "The federal government pledged to restore electricity to Darfur.",
    "The government pledged to restore electricity to Darfur within a month.",
])
def test_ledger_government_is_not_kept_from_its_country_by_a_place_within_it(ledger, text):
    c = _one(ledger(("2021-03-01", "KHARTOUM, March 1 - Sudan's government and the rebels agreed on Monday to a "
                                   f"permanent ceasefire. {text}")), "SDN", "electricity")
    assert c.promisor == "SDNGOV"


@pytest.mark.parametrize(("later", "status"), [
    ("Chile's parliament lifted the ban on Peruvian fishing boats on Tuesday.", "fulfilled"),
    ("Chile's parliament extended the ban on Peruvian fishing boats on Tuesday.", "pending"),
])
def test_ledger_promise_to_ask_for_an_act_is_done_by_the_act(ledger, later, status):
    c = _one(ledger(("2021-03-01", "Chile agreed to ask parliament to lift the ban on Peruvian fishing boats."),
                    ("2021-06-01", later)), "CHL", "ban")
    assert c.status == status


@pytest.mark.parametrize(("later", "status"), [
    ("Chad changed its electoral law on Monday.", "pending"),
    ("Chad changed its name on Monday.", "fulfilled"),
])
def test_ledger_name_is_a_word_of_the_act_though_spacy_stops_it(ledger, later, status):
    c = _one(ledger(("2021-03-01", "Chad promised to change its name by June."), ("2021-04-01", later)), "TCD", "name")
    assert c.status == status


@pytest.mark.parametrize("text", ["Ghana agreed to take back all deported migrants.",
                                  "Ghana agreed to take the deported migrants back."])
def test_ledger_light_verb_with_a_particle_is_its_own_act(ledger, text):
    c = _one(ledger(("2021-03-01", text)), "GHA", "migrants")
    assert c.lemmas[0] == "take"
