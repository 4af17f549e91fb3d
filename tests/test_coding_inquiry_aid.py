"""Acts of roots 01, 06, 07 and 09 that wire copy reports in ways the coder read as nothing or as the wrong pair;
each on sentences written for these tests, with counter-examples that must stay as they are."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # the doer after "by" of the act looked into is the inquiry's target, not those it was done to
    ("Ghanaian prosecutors opened an investigation into the killing of two farmers by Togolese soldiers.",
     ("GHA", "TGO", "091")),
    ("The United Nations launched an inquiry into the abuse of migrants by Libyan guards.", ("IGO", "LBY", "092")),
    ("Chile began investigating the torture of students by Bolivian soldiers.", ("CHL", "BOL", "092")),
    ("Germany investigated allegations of bribery by Turkish officials.", ("DEU", "TUR", "091")),
    # a claim looked into names its party in its "that" clause
    ("The European Commission opened an inquiry into allegations that Vietnam is dumping steel.",
     ("IGO", "VNM", "090")),
    ("Brazil launched an investigation into claims that Argentina subsidised its wheat exports.",
     ("BRA", "ARG", "090")),
    ("Mexico is investigating reports that Guatemalan soldiers crossed the border.", ("MEX", "GTM", "090")),
])
def test_coding_inquiry_targets_who_did_what_it_looks_into(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "source", "wrong_target"), [
    ("Ghanaian prosecutors opened an investigation into the killing of two farmers by Togolese soldiers.",
     "GHA", "GHA"),
    ("The United Nations launched an inquiry into the abuse of migrants by Libyan guards.", "IGO", "---"),
])
def test_coding_inquiry_target_is_not_the_victim(code, text, source, wrong_target):
    triples = realised_triples(code(text, "2019-03-12"))
    assert any(c.startswith("09") for _, _, c in triples), triples
    assert not any(s.startswith(source) and t.startswith(wrong_target) and c.startswith("09")
                   for s, t, c in triples), triples


@pytest.mark.parametrize("text", [
    # what an inquiry found, and a report denied, open no inquiry
    "The probe found that Greek officials had taken bribes.",
    "Brazil denied reports that Argentina had closed the border.",
])
def test_coding_findings_and_denied_reports_are_no_inquiry(code, text):
    assert not any(e.code.startswith("09") for e in code(text, "2019-03-12"))


@pytest.mark.parametrize(("text", "expected"), [
    # a commodity sold, supplied or pumped to a party is economic cooperation (gas is no weapon here)
    ("Algeria supplied gas to Italy.", ("DZA", "ITA", "061")),
    ("Qatar began pumping gas to Egypt on Monday.", ("QAT", "EGY", "061")),
    ("Norway sold crude to Japan.", ("NOR", "JPN", "061")),
    # economic ties taken up again
    ("Ecuador and Peru restored commercial ties on Monday.", ("PER", "ECU", "061")),
    ("Armenia and Turkey resumed trade on Monday.", ("ARM", "TUR", "061")),
    ("Cuba restored trade relations with Chile.", ("CUB", "CHL", "061")),
    # the wounded carried to safety are aid to the place they are taken from
    ("Indian helicopters evacuated the wounded from a Nepalese village.", ("IND", "NPL", "073")),
    ("Turkish ships evacuated injured civilians from the Libyan port.", ("TUR", "LBY", "073")),
    # "their" on a joint act of coordinated parties is each of them
    ("Indian and French troops began their largest joint exercises in years.", ("FRA", "IND", "062")),
])
def test_coding_material_cooperation_and_aid_as_wires_report_them(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "wrong_code"), [
    ("Algeria supplied gas to Italy.", "072"),
    # firms trading with each other are no cooperation of states
    ("Royal Dutch Shell sold oil to Toyota.", "061"),
    # diplomats taken home are no aid
    ("Britain evacuated its diplomats from Sudan.", "073"),
])
def test_coding_trade_and_evacuations_that_are_no_cooperation_or_aid(code, text, wrong_code):
    assert not any(e.code.startswith(wrong_code) for e in code(text, "2019-03-12"))


@pytest.mark.parametrize(("text", "expected"), [
    # a comment negated is a comment declined (011), by verb or by noun
    ("Peru would not comment on the Chilean report.", ("PER", "CHL", "011")),
    ("A Swiss spokesman could not comment on the French decision.", ("CHE", "FRA", "011")),
    ("The Kenyan foreign ministry had no comment on the Ugandan charges.", ("KEN", "UGA", "011")),
    ("The Egyptian government has made no comment on the Sudanese proposal.", ("EGY", "SDN", "011")),
    # a feeling about what a party will do, with "that" left out or the clause on the copula
    ("Hungary is confident Serbia will sign the deal.", ("HUN", "SRB", "013")),
    ("Japan was optimistic Vietnam would accept the offer.", ("JPN", "VNM", "013")),
    ("Norway said it was pessimistic Russia would return to the talks.", ("NOR", "RUS", "012")),
])
def test_coding_statements_as_wires_word_them(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize("text", [
    # a clause of doubt ("whether") is no optimism; a negated criticism is no comment declined
    "Japan was uncertain whether Vietnam would accept the offer.",
    "Croatia did not criticise the Serbian decision.",
    "Greece made no comment on the weather.",
])
def test_coding_doubts_and_negated_acts_are_no_statement(code, text):
    assert not any(e.realised and e.code[:2] == "01" for e in code(text, "2019-03-12"))


@pytest.mark.parametrize(("text", "expected"), [
    # an extradition approved or ordered, and wanted people handed back, are judicial cooperation with the state
    # they go to
    ("Kenya approved the suspect's extradition to Belgium.", ("KEN", "BEL", "063")),
    ("Argentina ordered the extradition of a former officer to Spain.", ("ARG", "ESP", "063")),
    ("Brazil returned the fugitive banker to Portugal.", ("BRA", "PRT", "063")),
    ("Peru sent the suspect back to Chile.", ("PER", "CHL", "063")),
    # a peacekeeping operation taken charge of
    ("Ghana took over the peacekeeping mission in Liberia.", ("GHA", "LBR", "074")),
    ("In March 2007 the African Union took charge of the peacekeeping operation in Somalia.", ("IGO", "SOM", "074")),
    # relief flown in is no visit
    ("Australia flew emergency supplies to Tonga.", ("AUS", "TON", "073")),
    ("Canada flew food to Haiti.", ("CAN", "HTI", "073")),
])
def test_coding_judicial_cooperation_peacekeeping_and_relief(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "wrong_code"), [
    # an extradition approved praises no one; a leader flying somewhere brings no relief
    ("Kenya approved the suspect's extradition to Belgium.", "051"),
    ("The Israeli premier flew to Cyprus.", "073"),
])
def test_coding_extraditions_and_flights_keep_their_sense(code, text, wrong_code):
    assert not any(e.code.startswith(wrong_code) for e in code(text, "2019-03-12"))


@pytest.mark.parametrize(("text", "expected"), [
    # a party supplied with a commodity cooperates economically (061), as with weapons it is armed (072)
    ("Norway supplied South Africa with crude.", ("NOR", "ZAF", "061")),
    ("Russia supplied Syria with weapons.", ("RUS", "SYR", "072")),
    # investigators examining what a party owns investigate it
    ("Polish investigators examined the wreckage of the Russian plane.", ("POL", "RUS", "090")),
    # refugee status granted is asylum; a party bankrolled is given economic aid
    ("Sweden granted refugee status to two Eritrean journalists.", ("SWE", "ERI", "075")),
    ("Norway bankrolled the Palestinian Authority for years.", ("NOR", "PSE", "071")),
])
def test_coding_supplies_examinations_status_and_funding(code, text, expected):
    triples = realised_triples(code(text, "2019-03-12"))
    assert has_triple(triples, *expected), triples


def test_coding_examining_a_proposal_is_no_inquiry(code):
    assert not any(e.code.startswith("09") for e in code("Germany examined the Polish proposal.", "2019-03-12"))
