"""Classes of ledger errors found on processes the ledger had not seen (written before Accord was run on them),
tested on sentences written for these tests about other parties."""

from __future__ import annotations

import pytest

from conftest import one_commitment as _one


@pytest.mark.parametrize(("text", "promisor", "word"), [
    ("Kenya is to pull its troops out of the border town by the end of June.", "KEN", "troops"),
    ("Peru and Chile are to sign a fishing accord within 60 days.", "CHL", "fishing"),
    ("Under the plan, Mali is to submit a list of its arms depots within a week.", "MLI", "list"),
    ("Ghana is to free the fishermen by Friday, and to return their boats by the end of the month.", "GHA",
     "boats"),
])
def test_ledger_act_a_party_is_to_do_by_a_deadline_is_a_promise(ledger, text, promisor, word):
    c = _one(ledger(("2021-03-01", f"ACCRA, March 1 - {text}")), promisor, word)
    assert c.status == "pending"


@pytest.mark.parametrize("text", [
    "The Kenyan president is to visit Paris next week.",  # a schedule, no deadline
    "Kenya is to hold elections in August.",
    "Kenya's central bank is to announce its decision by Thursday.",  # words about an act
    # acts of a timetable, with a deadline all the same
    "The Kenyan foreign minister is to travel to Addis Ababa by Friday.",
    "Kenya's supreme court is to rule on the election within a month.",
    "Kenya must pull its troops out of the border town by the end of June, Somalia said.",  # a demand
])
def test_ledger_schedule_or_demand_is_no_promise(ledger, text):
    assert ledger(("2021-03-01", f"NAIROBI, March 1 - {text}")) == []


def test_ledger_both_sides_are_a_government_and_its_rebels(ledger):
    rows = ledger(("2021-03-01", "KINSHASA, March 1 - Congo's government and the M23 rebels agreed on Monday to a "
                                 "truce around Goma after talks in Angola. Under the deal, both sides must pull their "
                                 "fighters back from the main road within 30 days, leaving security to African "
                                 "Union observers."))
    pulls = {(c.promisor[:6], c.promisee[:6]) for c in rows if "pull" in c.action}
    assert pulls == {("CODGOV", "CODREB"), ("CODREB", "CODGOV")}


def test_ledger_the_parties_are_the_two_named_before(ledger):
    rows = ledger(("2021-03-01", "BOGOTA, March 1 - Colombia's government and the ELN rebels met in Havana on "
                                 "Monday. The parties agreed to exchange all prisoners."))
    swaps = {c.promisor[:6] for c in rows if "prisoners" in c.action}
    assert swaps == {"COLGOV", "COLREB"}


_TRUCE = ("2021-03-01", "BAKU, March 1 - Armenia and Azerbaijan agreed on Monday to a ceasefire along their border.")


@pytest.mark.parametrize(("later", "armenia", "azerbaijan"), [
    ("Armenia and Azerbaijan accused each other of breaking the ceasefire on Tuesday.", "disputed", "disputed"),
    ("Armenia and Azerbaijan accused one another of breaking the ceasefire on Tuesday.", "disputed", "disputed"),
    ("Armenian and Azerbaijani officials met on Monday. Each side has accused the other of violating the ceasefire.",
     "disputed", "disputed"),
    # the accused's breach, as the other side says: not a fact, and not the accuser's
    ("Azerbaijan accused Armenia of violating the ceasefire on Tuesday.", "disputed", "pending"),
    ("Azerbaijan blamed Armenia for breaking the ceasefire on Tuesday.", "disputed", "pending"),
    # said by the text itself, it is broken
    ("Armenian troops violated the ceasefire on Tuesday.", "unfulfilled", "pending"),
])
def test_ledger_breach_one_side_accuses_the_other_of_is_disputed(ledger, later, armenia, azerbaijan):
    rows = ledger(_TRUCE, ("2021-03-10", f"YEREVAN, March 10 - {later}"))
    assert (_one(rows, "ARM", "ceasefire").status, _one(rows, "AZE", "ceasefire").status) == (armenia, azerbaijan)


def test_ledger_a_charge_after_a_stated_breach_keeps_it_broken(ledger):
    # the charge agrees with what the text itself said: no dispute
    rows = ledger(_TRUCE, ("2021-03-10", "YEREVAN, March 10 - Armenian troops violated the ceasefire on Tuesday."),
                  ("2021-03-12", "BAKU, March 12 - Azerbaijan accused Armenia of violating the ceasefire again."))
    assert _one(rows, "ARM", "ceasefire").status == "unfulfilled"


@pytest.mark.parametrize(("later", "status"), [
    ("The measures were lifted on Friday, Peru's fisheries ministry said.", "fulfilled"),
    # another thing lifted, or the measures named by another act, keep nothing
    ("The curbs were lifted on Friday.", "pending"),
    ("New measures were announced on Friday.", "pending"),
])
def test_ledger_general_noun_a_doerless_act_is_said_of_names_the_promised_thing(ledger, later, status):
    c = _one(ledger(("2021-03-01", "LIMA, March 1 - Peru pledged on Monday to lift the measures on Chilean fishing "
                                   "boats by the end of March."), ("2021-03-20", f"LIMA, March 20 - {later}")),
             "PER", "measures")
    assert c.status == status


@pytest.mark.parametrize(("later", "status"), [
    ("U.S. officials said China's commitment to buy more American goods had been only partly met.", "partial"),
    ("China has partially fulfilled its pledge to buy more American goods, U.S. officials said.", "partial"),
    ("China has fulfilled its pledge to buy more American goods, U.S. officials said.", "fulfilled"),
])
def test_ledger_promise_said_kept_partly_is_partial(ledger, later, status):
    c = _one(ledger(("2021-03-01", "BEIJING, March 1 - China pledged to buy more American goods."),
                    ("2021-05-01", f"WASHINGTON, May 1 - {later}")), "CHN", "buy")
    assert c.status == status


@pytest.mark.parametrize(("later", "status"), [
    ("India partly lifted the curbs on Nepalese trucks on Friday.", "partial"),
    ("India lifted the curbs on Nepalese trucks on Friday.", "fulfilled"),
])
def test_ledger_act_done_partly_is_partial(ledger, later, status):
    c = _one(ledger(("2021-03-01", "NEW DELHI, March 1 - India pledged to lift the curbs on Nepalese trucks."),
                    ("2021-05-01", f"NEW DELHI, May 1 - {later}")), "IND", "curbs")
    assert c.status == status
