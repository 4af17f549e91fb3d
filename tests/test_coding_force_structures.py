"""Roots 19 and 20 as wire copy reports them, the figurative senses of their verbs in business news, and the
structures that hide an act's parties (a passive that keeps its object, a frame naming the addressee, a gerund
naming its parties after "between"), each on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # 190: a raid by armed men, forces engaging forces, a military campaign, a gerund naming its parties
    ("Moroccan soldiers raided an Algerian border post.", ("MAR", "DZA", "190")),
    ("Thai troops engaged Cambodian forces near the temple.", ("THA", "KHM", "190")),
    ("Uganda waged a military campaign against Congolese rebels.", ("UGA", "COD", "190")),
    ("Fighting between Kyrgyz and Tajik troops killed 40 people.", ("KGZ", "TJK", "190")),
    ("Fighting erupted between Sudan and South Sudan on Tuesday.", ("SSD", "SDN", "190")),
    # 194 and 195: the weapon fired or the kind of strike names the code over a general attack
    ("Azerbaijan fired artillery at Armenian villages.", ("AZE", "ARM", "194")),
    ("Indian forces launched mortar attacks on Pakistani posts.", ("IND", "PAK", "194")),
    ("Kenya launched air strikes against Somali militants.", ("KEN", "SOM", "195")),
    ("The United States launched cruise missiles at Libya.", ("USA", "LBY", "195")),
    # 191: the parser hangs the sealed place on the particle ("sealed off Gaza")
    ("Israel sealed off Gaza.", ("ISR", "PSE", "191")),
    # a state an attack is suffered in: the subject is the target, the noun's modifier or "from" the doer
    ("The Georgian town of Gori came under Russian air attack.", ("RUS", "GEO", "195")),
    ("Aden came under heavy Saudi shelling.", ("SAU", "YEM", "194")),
    # victims of a strike that names whom it struck are of that party
    ("Turkish air raids on Iraq killed nine people.", ("TUR", "IRQ", "195")),
    # 2041: an attack made with a chemical agent
    ("Iraqi forces attacked Iranian troops with mustard gas.", ("IRQ", "IRN", "2041")),
    # 180 and 202: atrocities and genocide committed are done, not promised
    ("Croatia said Serbia committed atrocities against Croatian civilians.", ("SRB", "HRV", "180")),
    ("Indonesia committed genocide against East Timorese.", ("IDN", "TLS", "202")),
    # 154: any kind of force massed
    ("Ethiopia has massed soldiers near the Eritrean frontier.", ("ETH", "ERI", "154")),
    # 062: weapons bought from a party, as CAMEO.2.0 codes buying weapons
    ("Vietnam bought warplanes from Russia.", ("VNM", "RUS", "062")),
    ("Qatar purchased tanks from Germany.", ("QAT", "DEU", "062")),
    # 080: a threat given up
    ("Hungary withdrew its threat to veto Ukraine.", ("HUN", "UKR", "080")),
])
def test_coding_force_and_listed_gaps_get_their_code(code, text, expected):
    source, target, code_ = expected
    triples = realised_triples(code(text, "2019-03-12"))
    assert any(s == source and t == target and c == code_ for s, t, c in triples), triples


@pytest.mark.parametrize(("text", "expected"), [
    # a passive that keeps its object: the subject is the one given to, the "by" party the giver
    ("Ecuador was granted a loan by the World Bank.", ("IGO", "ECU", "071")),
    ("A Russian pilot was granted asylum by Sweden.", ("SWE", "RUS", "075")),
    ("Armenia was given a warning by Azerbaijan.", ("AZE", "ARM", "130")),
    ("Moldova was offered a loan by the European Union.", ("IGO", "MDA", "0331")),
    # a frame naming the addressee of a statement, appeal, offer or demand that names none
    ("In a letter to Israel, Jordan urged restraint.", ("JOR", "ISR", "0256")),
    ("During talks with Vietnam, Cambodia proposed a new border deal.", ("KHM", "VNM", "030")),
    ("At a meeting with Iraq, Kuwait demanded compensation.", ("KWT", "IRQ", "10")),
    # force or seizure used on what a possessive pronoun says is a party's ("its border villages")
    ("Niger said Malian troops had shelled its border villages.", ("MLI", "NER", "194")),
    ("Mongolia said Chinese jets had bombed its outposts.", ("CHN", "MNG", "195")),
    ("Thailand said Cambodian soldiers had seized its fishing boats.", ("KHM", "THA", "171")),
])
def test_coding_structures_attach_both_parties(code, text, expected):
    source, target, code_ = expected
    triples = realised_triples(code(text, "2019-03-12"))
    assert any(s == source and t == target and c.startswith(code_) for s, t, c in triples), triples


@pytest.mark.parametrize("text", [
    "Sudan's army shelled its positions.",
    "Russian troops shelled their positions.",
])
def test_coding_force_on_ones_own_pronoun_names_no_party(code, text):
    # the pronoun stands for the doer's own side: no party is acted on
    assert not realised_triples(code(text, "2019-03-12"))


def test_coding_pirates_do_not_take_their_victims_country(code):
    events = [e for e in code("Pirates hijacked a Liberian tanker.", "2019-03-12") if e.realised]
    assert [(e.source, e.target[:3], e.code) for e in events] == [("---CRM", "LBR", "181")]


@pytest.mark.parametrize(("text", "absent"), [
    # figurative force in business and politics: criticism or opposition, or nothing
    ("Canada ruled that American potato imports injured Canadian growers.", "19"),
    ("The United States attacked Germany's interest rate policy.", "19"),
    ("France fought the Italian takeover of the shipyard.", "19"),
    ("Britain and Japan clashed over access to Japanese banks.", "19"),
    ("Turkish imports displaced Greek cotton in Egypt.", "20"),
    # a disaster or an accident uses no force
    ("Storms in northern Vietnam killed 12 people.", "19"),
    # police raiding an office coerce (170); only armed men raiding attack
    ("Egyptian police raided the offices of a German charity.", "19"),
    # the addressee of a frame is no target of a hostile act
    ("In a phone call with Erdogan, Putin condemned the attack.", "11"),
])
def test_coding_figurative_force_and_frames_code_no_force(code, text, absent):
    events = [e for e in code(text, "2019-03-12") if e.realised]
    assert not any(e.code.startswith(absent) for e in events), [(e.source, e.target, e.code) for e in events]
