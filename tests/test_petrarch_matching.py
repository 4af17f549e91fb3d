"""The PETRARCH layer's patterns matched over the parse where the parse and the dictionary write the same words
differently, each class on sentences written for these tests, with sentences of the same verbs that must keep
their reading."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a particle and the verb's object where CAMEO.2.0 writes a prepositional phrase: "- * (OVER &TOWN) [192]"
    ("Armenian forces took over two villages in Azerbaijan.", ("ARM", "AZE", "192")),
    ("Tajik fighters took over a border town in Kyrgyzstan.", ("TJK", "KGZ", "192")),
    # the object's conjunct is an object too: "the farms and villages"
    ("Azerbaijan took over the farms and villages of Armenia.", ("AZE", "ARM", "192")),
])
def test_particle_object_fits_a_prepositional_pattern(code, text, expected):
    assert expected in realised_triples(code(text))


@pytest.mark.parametrize("text", [
    # taking over what is not a place is no occupation
    "Ukraine took over the chairmanship of the council from Poland.",
    "The Peruvian firm took over a factory in Bolivia.",
    "Croatia took over the talks with Slovenia.",
    "Gabon took over the debts of Cameroon.",
    # a place taken without the particle is not the pattern's phrase
    "Finland took the town back from Sweden.",
])
def test_other_things_taken_over_are_no_occupation(code, text):
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in realised_triples(code(text))), \
        realised_triples(code(text))


def test_a_particle_pattern_needs_its_own_particle(code):
    # "(OVER &TOWN)" names "over": "took the villages" has no particle, "took up" another one
    assert not any(c == "192" for _, _, c in realised_triples(code("Armenia took up the villages issue with "
                                                                  "Azerbaijan.")))
