"""Root 08 where a party gives in: a hostile stance dropped (a threat, an objection, a veto, a claim), a
party's demands agreed to, and the target named on the stance a party backs away from; each on sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a stance dropped, withdrawn, lifted or ended is yielded to the party it was against
    ("Latvia withdrew its objection to the Estonian plan.", ("LVA", "EST", "080")),
    ("Austria dropped its veto of Croatian membership.", ("AUT", "HRV", "080")),
    ("Slovenia lifted its veto on Croatian membership.", ("SVN", "HRV", "080")),
    ("Peru abandoned its claim against Ecuador.", ("PER", "ECU", "080")),
    ("Laos ended its opposition to the Thai dam.", ("LAO", "THA", "080")),
    # backing away from a stance: the target is named on the stance
    ("Mali backed away from its threat against Niger.", ("MLI", "NER", "080")),
    ("Qatar backed down from its objection to Bahraini membership.", ("QAT", "BHR", "080")),
    # a party's demands agreed to are yielded to, not an intent to cooperate
    ("Libya agreed to Egyptian demands.", ("LBY", "EGY", "080")),
])
def test_coding_yielding_a_stance_or_to_demands_is_080(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize(("text", "absent"), [
    # ending one's own opposition is no disapproval
    ("Laos ended its opposition to the Thai dam.", "110"),
    ("Libya agreed to Egyptian demands.", "030"),
])
def test_coding_a_stance_dropped_is_not_the_stance(code, text, absent):
    assert not any(c == absent for _, _, c in realised_triples(code(text)))


def test_coding_opposition_given_up_is_no_opposition_party(code):
    # "their opposition" is a stance here, not the party of that name: no one is acted on
    events = code("Norway and Iceland refused to drop their opposition to the quota plan.")
    assert not any(e.target.endswith("OPP") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a restriction or penalty on a party ended, by any of the verbs that end one, is eased (081, 085)
    ("Kenya waived its ban on Ugandan sugar.", ("KEN", "UGA", "081")),
    ("Kenya revoked its ban on Ugandan sugar.", ("KEN", "UGA", "081")),
    ("Kenya rescinded the ban on Ugandan sugar.", ("KEN", "UGA", "081")),
    ("Kenya removed the ban on Ugandan sugar.", ("KEN", "UGA", "081")),
    ("Canada removed tariffs on Mexican steel.", ("CAN", "MEX", "085")),
    ("Canada dropped its tariffs on Mexican steel.", ("CAN", "MEX", "085")),
    ("Canada rolled back tariffs on Mexican steel.", ("CAN", "MEX", "085")),
    ("Morocco ended restrictions on Algerian trucks.", ("MAR", "DZA", "081")),
])
def test_coding_restriction_ended_is_eased(code, text, expected):
    assert expected in realised_triples(code(text))


def test_coding_restriction_waived_is_not_imposed(code):
    # the ban waived is no ban imposed
    assert not any(c.startswith("17") for _, _, c in realised_triples(code("Kenya waived its ban on Ugandan sugar.")))


@pytest.mark.parametrize(("text", "expected"), [
    # troops leaving a country withdraw from it
    ("The last French troops left Mali on Monday.", ("FRA", "MLI", "087")),
    ("Russian soldiers left Armenia last year.", ("RUS", "ARM", "087")),
])
def test_coding_troops_leaving_a_country_withdraw(code, text, expected):
    assert expected in realised_triples(code(text))


def test_coding_a_minister_leaving_a_country_is_no_withdrawal(code):
    assert not any(c.startswith("08") for _, _, c in realised_triples(
        code("The French foreign minister left Mali on Monday.")))
