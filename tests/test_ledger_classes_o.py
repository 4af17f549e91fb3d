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
