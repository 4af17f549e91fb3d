"""Acts told apart by a preposition's object ("an investigation into genocide", "pulled out of the talks"),
each class on sentences written for these tests, with sentences of the same verbs that are not that act."""

from __future__ import annotations

import pytest


def _triples(events):
    return {(e.source[:3], e.target[:3], e.code) for e in events if e.realised}


@pytest.mark.parametrize(("text", "expected"), [
    # 091-094: an investigation is coded by what it looks into
    ("Brazilian prosecutors opened an investigation into corruption at Petrobras.", ("BRA", "BRA", "091")),
    ("Turkey opened an investigation into the killing of a Saudi journalist.", ("TUR", "SAU", "091")),
    ("The UN launched an investigation into torture by Egyptian police.", ("IGO", "EGY", "092")),
    ("NATO ordered an investigation into the airstrike on the hospital in Kunduz.", ("IGO", "AFG", "093")),
    ("The International Criminal Court opened an investigation into genocide in Myanmar.", ("IGO", "MMR", "094")),
    ("The United Nations launched an inquiry into war crimes by Syrian forces.", ("IGO", "SYR", "094")),
    # 1121-1125: an accusation is coded by what is alleged
    ("Russia accused Estonia of spying.", ("RUS", "EST", "1125")),
    ("Iran accused the United States of espionage.", ("IRN", "USA", "1125")),
    ("Iraq accused Kuwait of stealing oil.", ("IRQ", "KWT", "1121")),
    ("Iran accused Saudi Arabia of killing its pilgrims.", ("IRN", "SAU", "1121")),
    ("India accused Pakistan of aggression.", ("IND", "PAK", "1123")),
    ("Ukraine accused Russia of war crimes.", ("UKR", "RUS", "1124")),
    # 164, 127: leaving talks halts negotiations; leaving a deal rejects it; the other party follows "with"
    ("Iran pulled out of the nuclear talks with Britain.", ("IRN", "GBR", "164")),
    ("North Korea walked out of the talks with South Korea on Friday.", ("PRK", "KOR", "164")),
    ("Hungary withdrew from the negotiations with the European Union.", ("HUN", "IGO", "164")),
    ("Russia withdrew from the arms control treaty with the United States.", ("RUS", "USA", "127")),
    ("Venezuela pulled out of the trade agreement with Colombia.", ("VEN", "COL", "127")),
    ("Washington walked away from the nuclear deal with Iran.", ("USA", "IRN", "127")),
    # 046: returning to talks or to the table is negotiating again
    ("Colombia returned to the negotiating table with the FARC rebels.", ("COL", "COL", "046")),
    ("Iran returned to talks with the European Union.", ("IRN", "IGO", "046")),
    ("The Taliban returned to the talks with the United States in Doha.", ("AFG", "USA", "046")),
    ("Iranian officials took part in talks with the United States.", ("IRN", "USA", "046")),
    ("Colombia took part in the negotiations with the ELN rebels.", ("COL", "COL", "046")),
    # 190: going to war with a party, taking up arms against it
    ("Iraq went to war with Iran in 1980.", ("IRQ", "IRN", "190")),
    ("Peru went to war against Ecuador in 1941.", ("PER", "ECU", "190")),
    ("Syrian rebels took up arms against the government of Bashar al-Assad.", ("SYR", "SYR", "190")),
    # 0252, 0256: calm and restraint urged on parties
    ("France appealed for calm between Armenia and Azerbaijan.", ("FRA", "ARM", "0252")),
    ("Washington urged India and Pakistan to remain calm.", ("USA", "PAK", "0252")),
    ("The United Nations urged Israel and Hamas to exercise restraint.", ("IGO", "ISR", "0256")),
    ("Britain called on both Serbia and Kosovo to calm tensions.", ("GBR", "SRB", "0256")),
    # 173, 141: taken into custody, placed under arrest; taking to the streets
    ("Egyptian police placed the former president under house arrest.", ("EGY", "EGY", "173")),
    ("Turkish police took two German journalists into custody.", ("TUR", "DEU", "173")),
    ("Thousands of Iranians took to the streets on Friday.", ("IRN", "", "141")),
])
def test_coding_prep_object_names_the_act(code, text, expected):
    assert expected in _triples(code(text, "2019-05-10"))


@pytest.mark.parametrize(("text", "absent"), [
    # the same verbs and nouns with another object are not that act
    ("Turkey opened an investigation into the crash of a Russian airliner.", ("091", "092", "093", "094")),
    ("The Philippines accused China of bullying.", ("1121", "1122", "1123", "1124", "1125")),
    ("Japan pulled out of a recession.", ("087", "127", "164")),
    ("Britain withdrew its troops from Iraq.", ("127", "164")),
    ("Uganda returned the two fishermen to Kenya.", ("046",)),
    ("The stock market remained calm on Monday.", ("082",)),
    ("The minister put the plan under review.", ("173",)),
    ("The Kenyan president went to the war memorial in Nairobi.", ("190",)),
])
def test_coding_prep_object_other_sense_is_not_the_act(code, text, absent):
    assert not any(e.code in absent for e in code(text, "2019-05-10"))


def test_coding_prep_object_generic_investigation_stays_generic(code):
    assert ("TUR", "RUS", "090") in _triples(code("Turkey opened an investigation into the crash of a Russian "
                                                   "airliner.", "2019-05-10"))
