"""Classes of ledger errors behind our gold processes' misses, tested on sentences written for these tests about
other parties."""

from __future__ import annotations

import pytest

from conftest import one_commitment as _one


@pytest.mark.parametrize(("promise", "later", "status"), [
    ("restore electricity to Baidoa within a month",
     "Electricity returned to Baidoa on Friday for the first time in two years, the power company said.", "fulfilled"),
    ("restore telephone services to the south", "Telephone services resumed in the south on Friday.", "fulfilled"),
    ("restore telephone services to the south", "Telephone services were restored in the south on Friday.",
     "fulfilled"),
    # another thing coming back to the same place restores nothing promised there
    ("restore telephone services to the south", "Water supplies returned to the south on Friday.", "pending"),
    ("restore electricity to Baidoa within a month", "Refugees returned to Baidoa on Friday.", "pending"),
])
def test_ledger_service_coming_back_restores_it(ledger, promise, later, status):
    c = _one(ledger(("2021-03-01", f"NAIROBI, March 1 - Somalia's government pledged to {promise}."),
                    ("2021-03-20", later)), "SOM", "restore")
    assert c.status == status


@pytest.mark.parametrize(("later", "status"), [
    ("Sudan and South Sudan exchanged 30 captured soldiers for 25 militia fighters on Friday near the border.",
     "fulfilled"),
    # an exchange of other things, or of fire, is no prisoner swap
    ("Sudan and South Sudan exchanged ambassadors on Friday.", "pending"),
    ("Sudanese and South Sudanese troops exchanged fire on Friday near the border.", "pending"),
])
def test_ledger_people_exchanged_are_the_prisoners_of_a_swap(ledger, later, status):
    c = _one(ledger(("2021-03-01", "Sudan and South Sudan agreed on Monday to exchange all prisoners by the end of "
                                   "May."), ("2021-04-10", later)), "SDN", "prisoners")
    assert c.status == status


def test_ledger_exchange_of_people_keeps_no_promise_of_other_things(ledger):
    c = _one(ledger(("2021-03-01", "Sudan and South Sudan agreed on Monday to exchange ambassadors by the end of May."),
                    ("2021-04-10", "Sudan and South Sudan exchanged 30 captured soldiers for 25 militia fighters on "
                                   "Friday.")), "SDN", "ambassadors")
    assert c.status == "pending"
