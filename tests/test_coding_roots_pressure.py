"""The pressure roots (10 demand, 11 disapprove, 13 threaten, 14 protest, 16 reduce relations): wordings the
wire uses for each, by class, on sentences written for these tests, and uses of the same words that are no
such act."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # 16: ties or relations broken, suspended, frozen or ended with a party; "break" only with the party named
    ("Panama broke diplomatic ties with Taipei.", ("PAN", "TWN", "16")),
    ("Turkey suspended its military ties with Israel.", ("TUR", "ISR", "16")),
    ("Djibouti ended diplomatic relations with Eritrea.", ("DJI", "ERI", "16")),
    ("Senegal froze its ties with Gambia.", ("SEN", "GMB", "16")),
    # cooperation or coordination scaled back, suspended or reduced
    ("Australia scaled back military cooperation with Fiji.", ("AUS", "FJI", "16")),
    ("The Palestinian Authority suspended security coordination with Israel.", ("PSE", "ISR", "16")),
    ("Latvia reduced its cooperation with Belarus.", ("LVA", "BLR", "16")),
    # diplomatic representation lowered
    ("Jordan reduced its diplomatic representation in Qatar.", ("JOR", "QAT", "161")),
    ("Sweden downgraded its diplomatic representation in Caracas.", ("SWE", "VEN", "161")),
    # a mediation left
    ("Kenya withdrew from the mediation between Sudan and the rebels.", ("KEN", "SDN", "165")),
    ("Egypt pulled out of its mediation between Hamas and Israel.", ("EGY", "ISR", "165")),
    # a boycott imposed on a party's goods is a sanction
    ("Saudi Arabia imposed a boycott on Turkish goods.", ("SAU", "TUR", "163")),
])
def test_coding_relations_reduced(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    # a tie in sport is broken with a goal, not with a party
    "Brazil broke the tie with a late goal against Peru.",
    # the time when a party's cooperation was cut is no act of its own
    "Latvia said reduced cooperation with Belarus had hurt its farmers.",
])
def test_coding_ties_of_no_relations(code, text):
    assert not any(c.startswith("16") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # 114: a protest or complaint filed, delivered, sent or handed to a party
    ("Estonia filed a formal protest with Russia over the airspace violation.", ("EST", "RUS", "114")),
    ("Indonesia sent a protest note to Australia over the spying scandal.", ("IDN", "AUS", "114")),
    ("Vietnam delivered a diplomatic protest to China.", ("VNM", "CHN", "114")),
    ("Greece handed a formal complaint to Turkey.", ("GRC", "TUR", "114")),
    # 115: a lawsuit or legal proceedings brought, launched or initiated against a party
    ("Bosnia brought a lawsuit against Serbia.", ("BIH", "SRB", "115")),
    ("Ukraine launched legal proceedings against Russia.", ("UKR", "RUS", "115")),
    ("Gabon initiated proceedings against Equatorial Guinea at the court.", ("GAB", "GNQ", "115")),
])
def test_coding_protests_and_lawsuits_lodged(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


def test_coding_protest_lodged_is_no_dissent(code):
    # a protest a state files is an official complaint, not dissent in the street (14)
    triples = realised_triples(code("Estonia filed a formal protest with Russia over the airspace violation."))
    assert not any(c.startswith("14") for _, _, c in triples)


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


@pytest.mark.parametrize(("text", "expected"), [
    # 116: a court finding a party guilty, which the parser reads as a clause of the adjective with the party as
    # its subject
    ("The Indonesian court found the Australian man guilty of drug smuggling.", ("IDN", "AUS", "116")),
    ("A French court found the Rwandan doctor guilty of genocide.", ("FRA", "RWA", "116")),
    ("A Dutch court found the Russian separatists guilty of downing the airliner.", ("NLD", "RUS", "116")),
])
def test_coding_found_guilty(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize(("text", "expected"), [
    # 13: a party warned of an armed attack, a nuclear strike or penalties is threatened with them
    ("North Korea warned South Korea of a nuclear strike.", ("PRK", "KOR", "1385")),
    ("Azerbaijan warned Armenia of a military attack.", ("AZE", "ARM", "138")),
    ("Iran warned Israel of a devastating missile strike.", ("IRN", "ISR", "138")),
    ("The European Union warned Poland of financial penalties.", ("IGO", "POL", "13")),
])
def test_coding_party_warned_of_attack_is_threatened(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    # with no party warned, or a danger no party will cause, it is no threat
    "Chile warned of a nuclear attack.",
    "Kenya warned Somalia of the risk of famine.",
    "Ghana warned Togo of a strike by dock workers.",
])
def test_coding_warning_of_no_attack_is_no_threat(code, text):
    assert not any(c.startswith("13") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # 114: a state, its government or an international body that protests complains officially
    ("Japan protested China's installation of a buoy.", ("JPN", "CHN", "114")),
    ("Greece protested against the Turkish overflights.", ("GRC", "TUR", "114")),
    ("The Vietnamese foreign ministry protested over the Chinese survey ship.", ("VNM", "CHN", "114")),
    ("Paris protested over Canada's decision to close its ports.", ("FRA", "CAN", "114")),
])
def test_coding_state_protest_is_official_complaint(code, text, expected):
    triples = realised_triples(code(text))
    assert has_triple(triples, *expected)
    assert not any(c.startswith("14") for _, _, c in triples)


def test_coding_protest_as_purpose_of_summoning_is_no_dissent(code):
    # "to protest" after summoning an envoy is the summoner's complaint, not a demonstration
    triples = realised_triples(code("Malaysia summoned the Chinese ambassador to protest the incursion."))
    assert has_triple(triples, "MYS", "CHN", "114")
    assert not any(c.startswith("14") for _, _, c in triples)


@pytest.mark.parametrize(("text", "expected"), [
    # a people, students or a crowd that protests dissents (14)
    ("Thousands of Georgians protested against the Russian law.", ("GEO", "RUS", "14")),
    ("Students in Manila protested against China.", ("PHL", "CHN", "14")),
    ("Hundreds of Iraqis protested against Turkey.", ("IRQ", "TUR", "14")),
])
def test_coding_crowd_protest_stays_dissent(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize(("text", "expected"), [
    # 10: an obligation told to a party, its subject a pronoun, is demanded of that party
    ("Peru told Chile it must pay compensation.", ("PER", "CHL", "10")),
    ("Kenya told Uganda that it should withdraw its troops from the island.", ("KEN", "UGA", "10")),
])
def test_coding_obligation_told_to_a_party_is_demanded_of_it(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


def test_coding_obligation_of_the_speakers_side_is_no_demand(code):
    assert not any(c.startswith("10") for _, _, c in realised_triples(code("Peru told Chile that we must cooperate.")))


@pytest.mark.parametrize(("text", "expected"), [
    # 13: an answer to another's act, stated as the consequence of a condition, is a threat to it
    ("Russia will react if Finland joins NATO.", ("RUS", "FIN", "13")),
    ("Egypt would take action if Ethiopia filled the dam.", ("EGY", "ETH", "13")),
])
def test_coding_reaction_to_a_condition_is_a_threat(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)


@pytest.mark.parametrize("text", [
    # a consequence and a condition that code nothing offer and threaten nothing
    "The Bundesbank would cut its rates if the Americans cut theirs.",
    "Norway will sell more salmon to Russia if Moscow asks for it.",
])
def test_coding_uncoded_conditional_is_no_threat(code, text):
    assert not any(c.startswith("13") for _, _, c in realised_triples(code(text)))


@pytest.mark.parametrize(("text", "expected"), [
    # 16: aid withheld from a party, and threatened to be
    ("The United States withheld military aid from Egypt.", ("USA", "EGY", "1622")),
    ("Sweden withheld aid from Zambia.", ("SWE", "ZMB", "162")),
    ("The United States threatened to withhold military aid from Egypt.", ("USA", "EGY", "131")),
])
def test_coding_aid_withheld(code, text, expected):
    assert has_triple(realised_triples(code(text)), *expected)
