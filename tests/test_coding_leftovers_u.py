"""Leftover classes of earlier audits (issue 10), each on sentences written for these tests: a treaty's topic
beside its signing, business parties named as foreign to the story's country."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a military cooperation treaty.",
    "Austria signed an energy cooperation memorandum with Slovakia.",
    "The security cooperation pact was signed by Chile and Peru.",
])
def test_coding_treaty_topic_adds_no_cooperation_beside_its_signing(code, text):
    codes = {c for _, _, c in realised_triples(code(text))}
    assert "057" in codes
    assert codes == {"057"}, codes


@pytest.mark.parametrize(("text", "expected"), [
    # cooperation that is no text's topic is still coded
    ("Chile and Peru expanded military cooperation.", ("CHL", "PER", "060")),
    ("Chile and Peru signed a treaty and began military cooperation.", ("CHL", "PER", "057")),
    # a ceasefire deal signed keeps its ceasefire (the topic's root is not cooperation)
    ("Ghana and Togo signed a ceasefire deal.", ("GHA", "TGO", "0871")),
])
def test_coding_cooperation_outside_a_signed_text_is_kept(code, text, expected):
    assert expected in realised_triples(code(text))
