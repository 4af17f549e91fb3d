"""Hostile acts of CAMEO roots 14-18 as modern wire copy reports them, by class of report, each on sentences
written for these tests, with the uses of the same words that name no such act."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # ties broken off, as relations are
    ("Bahrain broke off ties with Qatar.", "BHR", "QAT", "161"),
    # the expulsion, recall or withdrawal of diplomats named after "of"
    ("The expulsion of four Czech diplomats by Moscow deepened the row.", "RUS", "CZE", "161"),
    ("Zambia ordered the expulsion of two Chinese diplomats.", "ZMB", "CHN", "161"),
    ("Kosovo's recall of its ambassador from Belgrade surprised observers.", "XKX", "SRB", "161"),
    ("Israel's withdrawal of its ambassador from Ankara angered Turkey.", "ISR", "TUR", "161"),
    # aid paused, and development money held back
    ("Washington paused military assistance to Ukraine.", "USA", "UKR", "1622"),
    ("Canada paused funding to the Palestinian agency.", "CAN", "PSE", "162"),
    ("The IMF suspended disbursements to Sri Lanka.", "IGO", "LKA", "162"),
    ("Germany froze development aid to Burundi.", "DEU", "BDI", "162"),
])
def test_coding_reduced_relations_by_their_wire_wording(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize("text", [
    # a recall or an expulsion of no diplomat, payments held back from creditors
    "The recall of 50,000 cars by Toyota hurt its shares.",
    "The expulsion of the striker by the referee angered fans.",
    "Brazil halted interest payments to foreign banks.",
    "Creditors halted payments to the bankrupt firm.",
])
def test_coding_reduced_relations_words_in_other_uses(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("16") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # a bomb or an attack whose relative clause says whom it killed or wounded: they are its target, before the
    # place it went off in
    ("Separatists set off a bomb that wounded ten Pakistani soldiers.", "PAK", "PAK", "183"),
    ("Insurgents planted a roadside bomb that killed three Malian soldiers.", "MLI", "MLI", "1833"),
    ("Militants detonated a bomb in Cairo that killed two Egyptian soldiers.", "EGY", "EGY", "183"),
    ("Rebels launched an attack that killed ten Chadian soldiers.", "TCD", "TCD", "190"),
])
def test_coding_force_targets_whom_its_relative_clause_harmed(code, text, source, target, cameo):
    events = [e for e in code(text) if e.realised]
    assert any(e.source.startswith(source) and e.target.startswith(target + "MIL") and e.code == cameo
               for e in events), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize("text", [
    # a disaster that kills is no force, whatever its clause says
    "The earthquake caused a landslide that killed 40 Peruvian villagers.",
    "Heavy rain triggered floods that killed dozens of Kenyan farmers.",
])
def test_coding_harm_by_no_one_is_no_force(code, text):
    triples = realised_triples(code(text))
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # people held or kept hostage, however the parser reads the word after them (a clause, a predicate)
    ("Gunmen held 30 Nigerian students hostage for two weeks.", "NGA", "NGA", "181"),
    ("Gunmen held the Nigerian students hostage.", "NGA", "NGA", "181"),
    ("Rebels kept three Colombian soldiers hostage in the jungle.", "COL", "COL", "181"),
    # a crowd throwing petrol bombs or bricks riots; it sets off no bomb
    ("Protesters hurled petrol bombs at police in Belfast.", "GBR", "GBR", "145"),
    ("Rioters threw Molotov cocktails at Chilean police.", "CHL", "CHL", "145"),
    # armed forces in another's skies, waters or air defence zone show force
    ("Russian bombers violated Japanese airspace.", "RUS", "JPN", "150"),
    ("Chinese warplanes entered Taiwan's air defence identification zone.", "CHN", "TWN", "150"),
    ("Two Turkish frigates violated Greek territorial waters.", "TUR", "GRC", "150"),
])
def test_coding_hostile_acts_in_wire_idiom(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize(("text", "source"), [
    # burning oneself in protest is dissent with no party named
    ("A Kenyan teacher set himself on fire outside parliament in Nairobi.", "KEN"),
    ("A Tunisian street vendor set himself ablaze outside the governor's office.", "TUN"),
])
def test_coding_self_immolation_is_dissent(code, text, source):
    triples = realised_triples(code(text))
    assert any(s == source and c == "140" for s, _, c in triples), triples


@pytest.mark.parametrize("text", [
    # a civil pilot in another's airspace defies a rule; a table set or a bottle thrown away is nothing
    "A Cessna pilot violated Swiss airspace.",
    "The Palestinian cook set the table for the Egyptian guests.",
    "The Dutch chef threw the bottles into a bin.",
])
def test_coding_hostile_idiom_words_in_other_uses(code, text):
    triples = realised_triples(code(text))
    assert not any(c[:2] in ("14", "15", "18") for _, _, c in triples), triples


@pytest.mark.parametrize("text", [
    # prices and currencies rally in a figure of speech; a party that demonstrates its resolve shows it
    "Brazilian shares rallied after the Argentine vote.",
    "Chile's peso rallied against the dollar.",
    "Indonesia's rupiah rallied on Monday.",
    "Japan demonstrated its commitment to free trade with Australia.",
    "South Korea demonstrated its resolve to Pyongyang.",
])
def test_coding_rally_of_prices_or_a_showing_is_no_protest(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("14") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source"), [
    ("Hungarian students rallied in Budapest.", "HUN"),
    ("Opposition supporters rallied against the Zambian president.", "ZMB"),
    ("Protesters demonstrated against the Chilean government.", "CHL"),
])
def test_coding_people_who_rally_still_protest(code, text, source):
    triples = realised_triples(code(text))
    assert any(s == source and c == "141" for s, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # limits put on a party's exports or imports penalise it as sanctions do
    ("Japan imposed export curbs on Russia.", "JPN", "RUS", "163"),
    ("China imposed import curbs on Australian wine.", "CHN", "AUS", "163"),
    ("India slapped import restrictions on Malaysian palm oil.", "IND", "MYS", "163"),
    # a candidate or politician killed is assassinated
    ("Gunmen killed a Mexican mayoral candidate in Guerrero.", "MEX", "MEX", "186"),
    ("Gunmen shot dead a Honduran politician in San Pedro Sula.", "HND", "HND", "186"),
])
def test_coding_trade_curbs_and_killed_candidates(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # forces deployed with no agent named are their own state's
    ("Thousands of Russian troops were deployed to Belarus.", "RUS", "BLR", "154"),
    ("Riot police were deployed in Tbilisi.", "GEO", "", "153"),
])
def test_coding_forces_deployed_without_agent_are_their_states(code, text, source, target, cameo):
    events = [e for e in code(text) if e.realised]
    assert any(e.source.startswith(source) and e.target.startswith(target) and e.code == cameo
               for e in events), [(e.source, e.target, e.code) for e in events]


@pytest.mark.parametrize("text", [
    # one officer sent is no force deployed; tourists sent are no force
    "The Kenyan police chief was sent to Uganda for talks.",
    "Thousands of Russian tourists were sent to Turkey.",
])
def test_coding_passive_sending_of_no_force(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("15") for _, _, c in triples), triples
