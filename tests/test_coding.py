"""The CAMEO coder on sentences written for these tests (varied dyads and years)."""

from __future__ import annotations

import pytest


def _triples(events, realised_only=True):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in events if e.realised or not realised_only}


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan imposed sanctions on Russia on Monday.", ("JPN", "RUS", "16")),
    ("Turkey expelled two Dutch diplomats.", ("TUR", "NLD", "16")),
    ("Chinese President Xi Jinping visited Moscow in March.", ("CHN", "RUS", "04")),
    ("Iran accused Israel of sabotage at the Natanz site.", ("IRN", "ISR", "11")),
    ("India criticised Pakistan over the attack.", ("IND", "PAK", "11")),
    ("Vietnamese troops attacked Cambodian border posts.", ("VNM", "KHM", "19")),
    ("The European Union lifted sanctions against Myanmar.", ("IGO", "MMR", "08")),
])
def test_coding_finds_source_code_target(code, text, expected):
    assert expected in _triples(code(text, "2019-05-01"))


def test_coding_passive_voice_swaps_roles(code):
    events = code("Two Canadian citizens were detained by Chinese authorities last week.", "2019-01-10")
    assert ("CHN", "CAN", "17") in _triples(events)


def test_coding_coordinated_sources_give_one_event_each(code):
    events = code("France and Germany condemned Russia's annexation of Crimea.", "2014-03-20")
    triples = _triples(events)
    assert {("FRA", "RUS", "11"), ("DEU", "RUS", "11")} <= triples


def test_coding_coordinated_sources_without_target_are_reciprocal(code):
    events = code("Armenia and Azerbaijan agreed to a ceasefire on Saturday.", "2020-10-10")
    triples = _triples(events)
    assert ("ARM", "AZE", "03") in triples and ("AZE", "ARM", "03") in triples


def test_coding_nominal_event_with_possessor_as_source(code):
    events = code("Modi's visit to Washington was praised by business leaders.", "2017-06-27")
    assert ("IND", "USA", "04") in _triples(events)


def test_coding_nominal_sanctions_take_the_announcing_subject(code):
    events = code("Britain announced new sanctions against Iranian banks.", "2012-01-23")
    assert ("GBR", "IRN", "16") in _triples(events)


def test_coding_reporting_frame_codes_the_reported_event_and_keeps_reporter(code):
    [event] = code("Turkish officials said Greek forces had attacked a Turkish patrol boat.", "2020-08-01")
    assert (event.source[:3], event.target[:3], event.code[:2]) == ("GRC", "TUR", "19")
    assert event.reported_by.startswith("TUR")


def test_coding_statement_of_intent_from_announced_future_act(code):
    events = code("Russia announced that it would send humanitarian aid to Syria.", "2021-04-20")
    realised = [e for e in events if e.realised]
    assert any(e.code.startswith("03") and e.source.startswith("RUS") and e.target.startswith("SYR")
               for e in realised)
    assert all(not e.code.startswith("07") for e in realised)


def test_coding_conditional_warning_is_a_threat(code):
    events = code("If Serbia sends troops into Kosovo, NATO will respond with force, an alliance spokesman said.",
                  "2008-02-20")
    assert any(e.realised and e.code.startswith("13") and e.target.startswith("SRB") for e in events)


def test_coding_event_offsets_point_into_the_text(code):
    text = "Last week, Pakistan recalled its ambassador from India. Delhi protested."
    for e in code(text, "2019-08-10"):
        assert text[e.source_start:e.source_end] == e.source_text
        assert text[e.verb_start:e.verb_end] == e.verb_text
        assert e.sentence in text


def test_coding_event_date_follows_time_expressions(code):
    [event] = [e for e in code("Saudi Arabia cut diplomatic ties with Qatar on Monday.", "2017-06-07")
               if e.realised]
    assert event.event_date.isoformat() == "2017-06-05"


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Pakistan expelled two Indian diplomats on June 12.", "2019-06-20", "2019-06-12"),
    ("Chile will host Peru's president on June 12.", "2019-05-28", "2019-06-12"),  # the coming June 12
    ("Norway hosted Russia's foreign minister on December 3.", "2020-01-08", "2019-12-03"),  # across the new year
    ("Cuba released three dissidents last June.", "2021-05-10", "2020-06-01"),
    ("Kenya expelled a Somali envoy in April 2009.", "2018-05-01", "2009-04-01"),
])
def test_coding_month_and_day_without_year_is_the_nearest_such_date(code, text, published, day):
    dates = {e.event_date.isoformat() for e in code(text, published) if e.event_date}
    assert day in dates, dates


def test_coding_goldstein_and_quad_class_come_from_the_cameo_table(code):
    [event] = [e for e in code("Egypt hosted Sudanese President Omar al-Bashir in Cairo.", "2018-03-19")
               if e.code.startswith("043")][:1]
    assert event.goldstein == pytest.approx(2.8)
    assert event.quad_class == 1
    assert event.plover


def test_coding_later_pronoun_resolves_to_the_named_person(code):
    text = ("German Chancellor Angela Merkel arrived in Beijing on Thursday. "
            "She met Chinese Premier Li Keqiang and criticised China over human rights.")
    events = code(text, "2019-09-06")
    assert ("DEU", "CHN", "11") in _triples(events)


def test_coding_surname_refers_back_to_full_name(code):
    text = ("Venezuelan opposition leader Juan Guaido travelled to Bogota on Friday. "
            "Guaido later met the Colombian president.")
    events = code(text, "2019-02-23")
    assert any(e.source_text == "Guaido" and e.source.startswith("VEN") for e in events)


def test_coding_bare_role_takes_country_from_the_other_actor(code):
    events = code("The Sudanese army clashed with rebels in Darfur.", "2014-04-02")
    assert any(e.source.startswith("SDN") and e.target.startswith("SDN") for e in events)


def test_coding_adjective_of_willingness_states_an_intent(code):
    events = code("Ethiopia said it was ready to withdraw its troops from Somalia.", "2009-01-02")
    assert any(e.realised and e.code.startswith("03") and e.source.startswith("ETH") and e.target.startswith("SOM")
               for e in events)


def test_coding_hostile_noun_takes_its_target_from_of(code):
    events = code("Turkey launched its invasion of northern Syria on Wednesday.", "2019-10-10")
    assert ("TUR", "SYR", "19") in _triples(events)


def test_coding_compound_event_noun_uses_the_phrase(code):
    events = code("Norway sent a mediation team to Sri Lanka.", "2002-02-22")
    assert ("NOR", "LKA", "04") in _triples(events)


def test_coding_reported_obligation_is_a_demand(code):
    events = code("The French foreign minister said Iran must stop enriching uranium.", "2006-02-01")
    assert any(e.realised and e.code.startswith("10") and e.source.startswith("FRA") and e.target.startswith("IRN")
               for e in events)


def test_coding_alleging_a_hostile_act_is_an_accusation(code):
    events = code("Ukraine alleged that Russian forces had shelled a Ukrainian hospital.", "2022-03-10")
    assert any(e.realised and e.code == "112" and e.source.startswith("UKR") and e.target.startswith("RUS")
               for e in events)
    assert not any(e.realised and e.code.startswith("19") for e in events)


def test_coding_passive_participle_noun_is_not_the_doer(code):
    events = code("Police in Kenya arrested three Somali men wanted in the attack.", "2013-10-01")
    assert not any(e.source.startswith("SOM") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Polish legislators began a hunger strike on Friday to protest against Belarus.", ("POL", "BLR", "14")),
    ("Greek fishermen started a hunger strike to protest against Turkey.", ("GRC", "TUR", "14")),
])
def test_coding_purpose_clause_gives_the_target(code, text, expected):
    events = [e for e in code(text, "2015-06-01") if e.code.startswith("142")]
    assert {(e.source[:3], e.target[:3], e.code[:2]) for e in events} == {expected}


@pytest.mark.parametrize("text", [
    "Germany restored diplomatic ties with and reopened its embassy in Damascus.",
    "Riot police used tear gas to disperse Chilean students in Santiago.",
])
def test_coding_one_event_per_code_and_dyad_in_a_sentence(code, text):
    events = code(text, "2012-03-01")
    keys = [(e.code, e.source, e.target) for e in events]
    assert keys and len(keys) == len(set(keys))


def test_coding_claiming_ones_own_attack_is_not_an_accusation(code):
    events = code("Ukraine claimed that they had shelled Russian positions.", "2023-05-02")
    assert any(e.realised and e.code == "015" and e.source.startswith("UKR") for e in events)
    assert not any(e.code.startswith("11") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lars Nystrom, the Swedish foreign minister, criticised Hungary on Monday.", ("SWE", "HUN", "11")),
    ("Pierre Duval, a French army general, met Malian officers in Bamako.", ("FRA", "MLI", "04")),
])
def test_coding_unknown_name_takes_the_role_of_its_apposition(code, text, expected):
    assert expected in _triples(code(text, "2016-09-12"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile rejected Bolivia's proposal for talks on sea access.", ("CHL", "BOL", "12")),
    ("Bolivia rejected Chile's offer of talks.", ("BOL", "CHL", "12")),
])
def test_coding_refusing_a_proposal_targets_its_author(code, text, expected):
    assert expected in _triples(code(text, "2013-04-24"))


def test_coding_object_control_infinitive_parsed_as_adverbial_clause(code):
    events = code("The UN envoy demanded parties to the fighting in Yemen to open the ports.", "2018-11-20")
    assert ("IGO", "YEM", "10") in _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Turkish journalists began a hunger strike to protest President Erdogan's refusal to release their "
     "colleagues.", ("TUR", "TUR", "142")),
    ("Kenyan nurses started a hunger strike on Monday to protest the Kenyan government's failure to pay them.",
     ("KEN", "KEN", "142")),
    ("Dozens of Egyptian lawyers staged a rally to protest against Israel.", ("EGY", "ISR", "141")),
])
def test_coding_protest_with_purpose_clause_is_one_event_of_the_specific_code(code, text, expected):
    protests = [e for e in code(text, "2017-02-14") if e.code.startswith("14")]
    assert [(e.source[:3], e.target[:3], e.code) for e in protests] == [expected]


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Hundreds of Syrian Kurds protested against Turkey on Saturday.", "SYRCVLkur", "TUR", "14"),
    ("Bosnian Croats rejected the Serbian proposal.", "BIHCVLhrv", "SRB", "12"),
    ("Ethnic Hungarians in Romania demonstrated in Cluj.", "ROUCVLhun", "ROU", "14"),
    ("Nigerian police arrested three Ibo traders in Kano.", "NGACOP", "NGABUSibo", "17"),
])
def test_coding_ethnic_group_is_not_the_state_of_its_name(code, text, source, target, root):
    events = code(text, "2004-05-03")
    assert any(e.source == source and e.target.startswith(target) and e.code.startswith(root) for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed four policemen in Kirkuk on Monday.", ("IRQ", "IRQ", "19")),
    ("Police dispersed students in Lahore.", ("PAK", "PAK", "17")),
    ("Hundreds of Tamils rallied in Jaffna on Friday.", ("LKA", "LKA", "14")),
    ("Anti-American protesters marched on the US embassy in Karachi.", ("PAK", "USA", "14")),
])
def test_coding_actors_of_unknown_country_take_the_place_named(code, text, expected):
    assert expected in _triples(code(text, "2011-08-08"))


@pytest.mark.parametrize(("text", "source", "target", "code_"), [
    ("A car bomb killed six Somali soldiers in Baidoa.", "SOMUAF", "SOM", "1832"),
    ("A roadside bombing near Kandahar killed two Canadian soldiers.", "AFGUAF", "CAN", "1833"),
    ("A Turkish air strike wounded three Kurdish fighters near Erbil.", "TUR", "IRQ", "195"),
])
def test_coding_violent_event_noun_as_doer_gives_code_and_source(code, text, source, target, code_):
    events = code(text, "2009-09-09")
    assert any(e.source == source and e.target.startswith(target) and e.code == code_ for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad received a stern warning from Sudan on Tuesday.", ("SDN", "TCD", "13")),
    ("Nepal got an invitation from India to attend the summit.", ("IND", "NPL", "03")),
])
def test_coding_receiving_an_event_noun_reverses_the_roles(code, text, expected):
    triples = _triples(code(text, "2012-10-02"))
    assert expected in triples
    assert not any(t[0] == expected[1] for t in triples)


def test_coding_amount_of_aid_is_the_aid(code):
    assert ("JPN", "VNM", "07") in _triples(code("Japan gave Vietnam 200 million dollars of aid.", "1995-02-01"))


def test_coding_coordinated_nationalities_give_one_event_each(code):
    triples = _triples(code("US and Canadian students staged a protest in Havana.", "2001-05-05"))
    assert {("USA", "CUB", "14"), ("CAN", "CUB", "14")} <= triples


def test_coding_state_agent_is_not_made_part_of_the_state_it_deals_with(code):
    events = code("The government thanked Norway for its mediation.", "1999-06-06")
    assert not any(e.source.startswith("NOR") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru presented evidence against Chile at the court.", ("PER", "CHL", "11")),
    ("Canada helped Ukrainian refugees in Poland.", ("CAN", "UKR", "07")),
])
def test_coding_common_verb_senses(code, text, expected):
    assert expected in _triples(code(text, "2015-12-01"))


@pytest.mark.parametrize("text", ["Peruvian President Alberto Fujimori resigned on Monday.",
                                  "The Hungarian prime minister stepped down after the vote."])
def test_coding_resignation_needs_no_target(code, text):
    assert any(e.realised and e.code == "0831" and e.source.endswith("GOV") for e in code(text, "2000-11-20"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany paid compensation to Polish forced labourers.", ("DEU", "POL", "08")),
    ("Serbia eased emergency measures in Kosovo.", ("SRB", "XKX", "08")),
    ("Opposition groups agreed to call off the demonstration in Dhaka.", ("BGD", "BGD", "03")),
    ("Soviet troops invaded Afghanistan in 1979.", ("RUS", "AFG", "19")),
])
def test_coding_yielding_and_historical_names(code, text, expected):
    assert expected in _triples(code(text, "1999-01-01"))


def test_coding_threat_takes_its_country_from_the_place_of_the_threatened_act(code):
    events = code("The Nepalese government threatened to impose a curfew in Pokhara.", "2006-04-10")
    assert any(e.realised and e.code.startswith("13") and e.source == "NPLGOV" and e.target == "NPL"
               for e in events)


@pytest.mark.parametrize(("text", "source"), [
    ("Members of the Egyptian opposition met Sudanese officials.", "EGYOPP"),
    ("A spokesman of the United Nations condemned Israel.", "IGOUNO"),
    # "for" names the body as "of" does; a country's spokesman speaks for its government
    ("A spokesman for the Polish foreign ministry declined to comment on the Czech decision.", "POLGOV"),
    ("The spokeswoman for the European Commission criticised Hungary.", "IGOEUREEC"),
    ("A spokesman for Chile accused Argentina of delaying the payments.", "CHLGOV"),
])
def test_coding_role_of_a_body_takes_the_body_code(code, text, source):
    assert any(e.source == source for e in code(text, "2010-10-10"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey is opposed to Russian mediation in the conflict.", ("TUR", "RUS", "12")),
    ("Egypt is opposed to Qatari mediation between the factions, a spokesman said.", ("EGY", "QAT", "12")),
])
def test_coding_opposed_to_anothers_act_is_a_refusal(code, text, expected):
    assert expected in _triples(code(text, "2000-02-02"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Colombian rebels rejected a Venezuelan proposal and said they had attacked Ecuadorian troops.",
     ("COL", "ECU", "19")),
    ("Malian rebels rejected an Algerian peace plan and said they opposed the presence of French soldiers.",
     ("MLI", "FRA", "11")),
])
def test_coding_pronoun_subject_of_a_reported_clause_is_the_speaker(code, text, expected):
    triples = _triples(code(text, "2003-03-03"))
    assert expected in triples
    assert not any(t[0] in ("VEN", "DZA") for t in triples)


def test_coding_role_word_compound_is_no_event(code):
    events = code("Kenyan riot police dispersed protesters in Nairobi.", "2017-10-26")
    assert not any(e.code.startswith("145") for e in events)
    assert ("KEN", "KEN", "17") in _triples(events)


@pytest.mark.parametrize(("text", "code_"), [
    ("The Brazilian foreign minister will visit Angola next month.", "036"),
    ("Spain plans to impose sanctions on Venezuela.", "131"),
    ("Jordan will not accept more Syrian refugees.", "12"),
])
def test_coding_announced_plan_states_an_intent_threat_or_refusal(code, text, code_):
    events = code(text, "2014-04-04")
    assert any(e.realised and e.code.startswith(code_) for e in events)
    assert not any(e.realised and not e.code.startswith(code_[:2]) for e in events)


@pytest.mark.parametrize("text", ["Japan and South Korea will hold talks in Hanoi.",
                                  "Russian and Chinese diplomats met in Geneva."])
def test_coding_coordinated_parties_meet_each_other_not_the_place(code, text):
    targets = {e.target[:3] for e in code(text, "2019-02-02") if e.code.startswith(("03", "04"))}
    assert targets and not targets & {"VNM", "CHE"}


@pytest.mark.parametrize(("text", "source", "target", "code_"), [
    ("Rebels tried to assassinate the Chadian president.", "TCD", "TCD", "185"),
    ("Two suicide bombers killed 14 Iraqi policemen in Baquba.", "IRQ", "IRQ", "1831"),
    ("Poland mobilised reservists for a war against Belarus.", "POL", "BLR", "154"),
    ("Ethiopian troops captured a strategic town from Eritrean forces.", "ETH", "ERI", "192"),
    ("The World Food Programme cut food aid to Somali refugees in Kenya.", "IGO", "SOM", "162"),
    ("Malawi forced Zimbabwean refugees out of the country.", "MWI", "ZWE", "166"),
    ("Iraqi troops launched artillery fire against Iranian positions.", "IRQ", "IRN", "194"),
    ("The Pope called for sanctions against Burma.", "VAT", "MMR", "113"),
])
def test_coding_cameo_senses_of_force_aid_and_appeals(code, text, source, target, code_):
    events = code(text, "1998-08-08")
    assert any(e.realised and e.source[:3] == source and e.target[:3] == target and e.code == code_
               for e in events), [(e.source, e.code, e.target) for e in events]


@pytest.mark.parametrize(("text", "pair"), [
    ("Talks were held between India and Pakistan.", ("IND", "PAK")),
    ("Clashes between Hutu and Tutsi militias erupted near Bujumbura.", ("BDI", "BDI")),
])
def test_coding_parties_named_after_between_act_with_each_other(code, text, pair):
    events = [e for e in code(text, "1996-06-06") if e.code.startswith(("04", "19"))]
    assert {(e.source[:3], e.target[:3]) for e in events} >= {pair, pair[::-1]}


def test_coding_coordinated_parties_negotiate_with_each_other_not_with_the_topic(code):
    events = code("Serbia and Croatia resumed negotiations on the return of Croatian refugees.", "1997-07-07")
    assert {(e.source[:3], e.target[:3]) for e in events if e.code.startswith("04")} == {("SRB", "HRV"), ("HRV", "SRB")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia denied that its jets had bombed civilians in Aleppo.", ("RUS", "SYR", "19")),
    ("Canada refused to send troops and urged its citizens to leave Haiti.", ("CAN", "CAN", "02")),
])
def test_coding_possessive_pronoun_gives_a_role_word_its_country(code, text, expected):
    assert expected in _triples(code(text, "2016-10-10"), realised_only=False)


@pytest.mark.parametrize("text", ["Germany will host a conference on Libya.",
                                  "Japan and Russia held talks on the Kuril islands with China watching."])
def test_coding_what_talks_are_about_is_no_target(code, text):
    assert not any(e.target.startswith(("LBY", "CHN")) for e in code(text, "2020-01-15"))


def test_coding_going_to_is_a_plan(code):
    events = code("The EU is going to lift sanctions on Belarus.", "2016-02-15")
    assert any(e.realised and e.code.startswith("03") and e.target.startswith("BLR") for e in events)
    assert not any(e.realised and e.code.startswith("08") for e in events)


def test_coding_dictionary_refuses_a_pattern_under_two_codes():
    from importlib import resources

    from accord.coding.dictionary import build_codebook, load_table
    from accord.errors import DictionaryError

    data = resources.files("accord.data")
    table = load_table(data.joinpath("cameo", "codes.tsv").read_text(encoding="utf-8"))
    rules = data.joinpath("cameo", "rules.yaml").read_text(encoding="utf-8")
    verbs = 'codes:\n  "040":\n    verbs: ["meet with +"]\n  "046":\n    verbs: ["meet  with +"]\n'
    with pytest.raises(DictionaryError, match="already listed under 040"):
        build_codebook(verbs, table, rules, "mine.yaml")


@pytest.mark.parametrize(("text", "target"), [
    ("Moon Jae-in called off his planned meeting with Shinzo Abe.", "JPN"),
    ("Brazil cancelled a summit with Argentina on Friday.", "ARG"),
])
def test_coding_cancelled_meeting_is_a_refusal_to_meet(code, text, target):
    events = code(text, "2019-08-01")
    assert any(e.realised and e.code == "125" and e.target.startswith(target) for e in events)
    assert not any(e.realised and e.code.startswith("04") for e in events)


def test_coding_would_be_ready_is_a_stated_readiness(code):
    events = code("Norway said it would be ready to host talks between Colombia and the rebels.", "2012-08-27")
    assert any(e.realised and e.code == "039" and e.source == "NOR" and e.target.startswith("COL") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan agreed to provide 300 million dollars of aid for Myanmar and Laos.", {("JPN", "MMR"), ("JPN", "LAO")}),
    ("Sweden donated food for Haitian refugees.", {("SWE", "HTI")}),
])
def test_coding_aid_goes_to_whom_it_is_for(code, text, expected):
    pairs = {(e.source[:3], e.target[:3]) for e in code(text, "2008-05-20") if e.realised}
    assert expected <= pairs


@pytest.mark.parametrize(("text", "code_"), [
    ("The Pope on Sunday called for sanctions against Burma.", "113"),
    ("Moroccan officials met on Tuesday with Algerian envoys.", "040"),
])
def test_coding_time_expressions_are_no_pattern_slots(code, text, code_):
    assert any(e.realised and e.code == code_ for e in code(text, "2007-10-01"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya undertook to release the Somali prisoners.", ("KEN", "SOM", "03")),
    ("The Norwegian envoy undertook a mediation mission between Sudan and South Sudan.", ("NOR", "SDN", "04")),
])
def test_coding_undertake_pledges_an_act_but_supports_a_noun(code, text, expected):
    assert expected in _triples(code(text, "2018-08-21"))
