"""The pressure roots (10 demand, 11 disapprove, 13 threaten, 14 protest, 16 reduce relations): wordings the
wire uses for each, by class, on sentences written for these tests, and uses of the same words that are no
such act."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # 111: verbs of rebuke with one reading in news
    ("The Dutch government reproached Turkey for the remarks.", ("NLD", "TUR", "111")),
    ("Ghana's president chastised Togo over the border closure.", ("GHA", "TGO", "111")),
    ("The Kenyan minister assailed Uganda for the raid.", ("KEN", "UGA", "111")),
    ("Peru's foreign minister disparaged Bolivia's proposal.", ("PER", "BOL", "111")),
    # a party's act called or described as a wrong (the parser may hang the adjective on "as")
    ("Venezuela's foreign minister described the American sanctions as criminal.", ("VEN", "USA", "111")),
    ("Beijing branded Tokyo's decision hostile.", ("CHN", "JPN", "111")),
    ("Moscow called Estonia's decision unfriendly.", ("RUS", "EST", "111")),
    ("Chile's president described the Bolivian claim as absurd.", ("CHL", "BOL", "111")),
])
def test_coding_rebukes(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    "The minister described the talks with Bolivia as useful.",
    "Chile described the Bolivian delegation as large.",
])
def test_coding_description_of_no_wrong(code, text):
    assert not any(c.startswith("11") for _, _, c in realised_triples(code(text)))
