"""Roots 15 (force posture), 17 (coerce) and 18 (assault) as wire copy reports them (issue 10), each class with
the neighbouring readings that must stay as they are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # civilians seized or captured by armed irregulars are abducted (181), not property seized (171)
    ("Militants seized two Turkish truck drivers in northern Iraq.", ("IRQ", "TUR", "181")),
    ("Rebels captured three Indian engineers in eastern Congo.", ("COD", "IND", "181")),
    # the doer word of an assassination is an actor
    ("An assassin killed the Haitian president.", ("", "HTI", "18")),
])
def test_coding_people_seized_by_irregulars_are_abducted(code, text, expected):
    events = [e for e in code(text) if e.realised]
    triples = {(s if expected[0] else "", t, c) for s, t, c in realised_triples(events)}
    assert has_triple(triples, *expected), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "code_"), [
    # a state's forces seizing people, and irregulars seizing a town or weapons, keep their codes
    ("Militants seized the town of Palmyra.", "181"),
    ("Rebels captured two army tanks.", "181"),
    ("Iranian forces seized a British oil tanker.", "181"),
])
def test_coding_seizing_keeps_its_other_readings(code, text, code_):
    codes = {e.code for e in code(text) if e.realised}
    assert code_ not in codes, codes


@pytest.mark.parametrize(("text", "expected"), [
    # armed irregulars attacking civilian places or people use unconventional violence (180), not battle (190)
    ("Gunmen attacked a luxury hotel in the Malian capital Bamako.", ("MLI", "MLI", "180")),
    ("Islamist militants attacked a church in northern Burkina Faso.", ("BFA", "BFA", "180")),
    ("Rebels attacked a crowded market in eastern Congo.", ("COD", "COD", "180")),
])
def test_coding_irregulars_attacking_civilian_places_use_unconventional_violence(code, text, expected):
    events = [e for e in code(text) if e.realised]
    assert has_triple(realised_triples(events), *expected), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize(("text", "code_"), [
    # troops attacking a hotel, or rebels attacking troops or a town, fight (190)
    ("Malian soldiers attacked a hotel in northern Niger.", "19"),
    ("Rebels attacked an army base in eastern Congo.", "19"),
    ("Rebels attacked the town of Goma.", "19"),
])
def test_coding_attacks_on_forces_and_towns_stay_battle(code, text, code_):
    codes = {e.code for e in code(text) if e.realised}
    assert any(c.startswith(code_) for c in codes) and not any(c.startswith("180") for c in codes), codes
