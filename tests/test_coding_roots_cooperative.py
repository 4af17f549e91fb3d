"""Cooperative roots 02-05 (appeal, intent, consult, diplomatic cooperation) on sentences written for these
tests (issue 10): wordings the coder missed and their near misses that must stay uncoded or coded apart."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "target"), [
    ("Kenya will give 40 million dollars to Somalia for drought relief, the Kenyan finance minister said.", "SOM"),
    ("Under the deal, Vietnam will pull its fishing fleet out of the disputed waters near Malaysia, a Vietnamese "
     "government spokesman said on Monday.", "MYS"),
    ("Norway will resume talks with Colombia's ELN rebels in Oslo, the Norwegian foreign minister said.", "COL"),
])
def test_coding_a_plan_said_by_its_own_state_is_one_intent(code, text, target):
    # the speaker's intent (its government) and the subject's plan (its country) are one act, said once
    intents = [e for e in code(text, "2019-03-12") if e.realised and e.root == "03" and e.target[:3] == target]
    assert len(intents) == 1, intents
