"""Classes the old blind set (now a second dev set) showed in modern wire and op-ed sentences (issue 10), each
on sentences written for these tests (other actors, places and wording), with sentences that must keep their
code or stay uncoded."""

from __future__ import annotations

import pytest


def _realised(events):
    return {(e.source, e.target, e.code) for e in events if e.realised}


def _has(triples, source, target, code):
    return any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in triples)


# -- "they" of two or more speakers named together ------------------------------------------------------


@pytest.mark.parametrize(("text", "one", "other", "root"), [
    ("Chile and Peru said they had signed a trade pact.", "CHL", "PER", "057"),
    ("Bolivia and Paraguay said on Thursday they had agreed to demarcate the frontier.", "BOL", "PRY", "03"),
    ("Croatia and Slovenia said they had resumed talks on the bay.", "HRV", "SVN", "046"),
    ("Ghana and Togo announced that they would reopen the shared border.", "GHA", "TGO", "03"),
])
def test_coding_blind_t_they_of_coordinated_speakers_is_each_party(code, text, one, other, root):
    triples = _realised(code(text))
    assert _has(triples, one, other, root) and _has(triples, other, one, root), triples


@pytest.mark.parametrize(("text", "kept"), [
    # one speaker: "they" and "it" keep their reading
    ("Chile said it had signed a trade pact with Peru.", ("CHL", "PER", "057")),
    ("The Peruvian rebels rejected the plan and said they would fight the army.", ("PERREB", "PERMIL", "")),
    # a pronoun that is no subject of the reported clause does not stand for the speakers
    ("Armenia and Azerbaijan said Russia had urged them to talk.", ("RUS", "", "")),
])
def test_coding_blind_t_they_of_one_speaker_keeps_its_reading(code, text, kept):
    triples = _realised(code(text)) | {(e.source, e.target, e.code) for e in code(text)}
    assert _has(triples, *kept), triples


def test_coding_blind_t_they_of_coordinated_speakers_act_on_no_third_party(code):
    # "they" stands for the speakers, not for a party named after them
    triples = _realised(code("Kenya and Uganda said they had signed a deal with Tanzania."))
    assert _has(triples, "KEN", "TZA", "057") and _has(triples, "UGA", "TZA", "057"), triples
    assert not _has(triples, "KEN", "UGA", "057"), triples


# -- drills held around, near or off a party --------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("China held military drills around the Philippines on Monday.", ("CHN", "PHL", "150")),
    ("Russian warships staged exercises near Norway.", ("RUSMIL", "NOR", "150")),
    ("Iran conducted naval drills off the coast of Kuwait.", ("IRN", "KWT", "150")),
    ("Russia launched naval drills off Japan's northern coast.", ("RUS", "JPN", "150")),
    ("North Korea staged artillery drills near the border with South Korea.", ("PRK", "KOR", "150")),
    ("Chinese jets began exercises around Vietnam.", ("CHN", "VNM", "150")),
])
def test_coding_blind_t_drills_around_a_party_are_a_show_of_force_at_it(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize(("text", "kept", "wrong"), [
    # drills held with a partner stay military cooperation; drills by one's own coast name no one else
    ("India staged joint exercises with France.", ("IND", "FRA", "062"), ("IND", "FRA", "150")),
    ("China and Russia held joint drills near Japan.", ("CHN", "RUS", "062"), ("CHN", "RUS", "150")),
    ("Belarus held drills near its border.", ("BLR", "", "150"), ("BLR", "BLR", "150")),
])
def test_coding_blind_t_drills_with_a_partner_or_at_home_keep_their_code(code, text, kept, wrong):
    triples = _realised(code(text))
    assert _has(triples, *kept), triples
    assert not _has(triples, *wrong), triples


# -- an order to leave given to another state's forces expels them ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad ordered American soldiers to leave the country.", ("TCD", "USAMIL", "166")),
    ("Mali told the French forces to leave without delay.", ("MLI", "FRAMIL", "166")),
    ("Somalia ordered Ethiopian troops to leave its soil.", ("SOM", "ETHMIL", "166")),
    ("The Congolese government ordered the UN mission to leave by the end of the year.", ("COD", "IGOUNO", "166")),
    # the neighbours keep theirs: diplomats (161), peacekeepers (1661)
    ("Kenya ordered three Somali diplomats to leave.", ("KEN", "SOMGOV", "161")),
    ("Eritrea ordered the United Nations peacekeepers to leave.", ("ERI", "IGOUNO", "1661")),
])
def test_coding_blind_t_order_to_leave_expels_another_states_forces(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize("text", [
    # one's own people, or people of no country named, ordered to leave are withdrawn, not expelled
    "Russia ordered its troops to leave the city of Kherson.",
    "The White House ordered American troops to leave Afghanistan by August.",
    "Putin ordered troops to leave the border area.",
    "Britain ordered its diplomats to leave Kyiv.",
    "Ankara ordered troops to leave for the border.",
])
def test_coding_blind_t_order_to_leave_given_to_ones_own_expels_no_one(code, text):
    events = code(text)
    assert not [e for e in events if e.code[:2] == "16"], [(e.source, e.target, e.code) for e in events]


# -- who oversees talks is no party to them ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "one", "other", "sponsor"), [
    ("Armenia and Azerbaijan held talks under the auspices of the European Union.", "ARM", "AZE", "IGO"),
    ("Serbia and Kosovo began indirect talks under Norwegian auspices.", "SRB", "XKX", "NOR"),
    ("Sudan began talks with the rebels under Ethiopian auspices.", "SDN", "SDNREB", "ETH"),
])
def test_coding_blind_t_sponsor_of_talks_is_no_party_to_them(code, text, one, other, sponsor):
    triples = _realised(code(text))
    assert _has(triples, one, other, "046"), triples
    assert not any(sponsor in (s[:3], t[:3]) for s, t, _ in triples), triples


# -- a reaction drawn from a party is its act on whoever drew it ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil expelled the diplomat, drawing a rebuke from Lisbon.", ("PRT", "BRA", "111")),
    ("Serbia's move triggered condemnation from the European Union.", ("IGOEUREEC", "SRB", "111")),
    ("Turkey's purchase of Russian missiles drew criticism from Washington.", ("USA", "TUR", "111")),
    ("The Chinese decision drew a rebuke from Manila.", ("PHL", "CHN", "111")),
    ("The move by Uzbekistan drew condemnation from Kazakhstan.", ("KAZ", "UZB", "111")),
    ("Hungary's premier flew to Beijing, drawing criticism from NATO allies.", ("IGOWSTNAT", "HUN", "111")),
])
def test_coding_blind_t_reaction_drawn_from_a_party_is_its_act_on_the_drawer(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize(("text", "kept"), [
    # what the noun names of its own stays: its doer, its target, a between
    ("The incident sparked a diplomatic protest by Japan to China.", ("JPN", "CHN", "114")),
    ("The rocket fire prompted Israeli air strikes on Gaza.", ("ISR", "PSE", "195")),
    ("The crisis prompted talks between India and Nepal.", ("IND", "NPL", "046")),
    ("The dispute prompted Chinese sanctions against Lithuania.", ("CHN", "LTU", "163")),
    ("Kenya won praise from the United Nations.", ("IGOUNO", "KEN", "051")),
])
def test_coding_blind_t_noun_drawn_keeps_its_own_parties(code, text, kept):
    triples = _realised(code(text))
    assert _has(triples, *kept), triples


def test_coding_blind_t_reaction_drawn_by_no_party_names_no_target(code):
    triples = _realised(code("The decision drew sharp condemnation from the African Union."))
    assert not any(t for _, t, _ in triples), triples


# -- where a missile came down names whom the launch was aimed at ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea fired a ballistic missile that crashed into the sea off the coast of Japan.",
     ("PRK", "JPN", "150")),
    ("North Korea launched two missiles that fell into the sea near South Korea.", ("PRK", "KOR", "150")),
    ("Pyongyang launched a missile that splashed down inside Japan's exclusive economic zone.",
     ("PRK", "JPN", "150")),
    ("Hamas fired rockets that landed inside Israel.", ("PSE", "ISR", "19")),
    ("Syrian forces fired shells that fell in Turkish territory.", ("SYRMIL", "TUR", "19")),
])
def test_coding_blind_t_where_a_missile_came_down_is_the_target(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize("text", [
    "North Korea fired two missiles into the sea off its east coast.",   # its own waters
    "North Korea test-fired a missile that landed in the Sea of Japan.",  # a sea named after a country
    "North Korea fired a missile that fell into the sea, Seoul said.",
])
def test_coding_blind_t_missile_down_in_no_partys_waters_has_no_target(code, text):
    triples = _realised(code(text))
    assert _has(triples, "PRK", "", "150") and not any(t for _, t, _ in triples), triples


# -- more words that brand an act wrong --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul called Tokyo's export curbs unjust.", ("KOR", "JPN", "111")),
    ("Mexico called the American tariffs unfair.", ("MEX", "USA", "111")),
    ("Minsk branded the Polish border closure destabilising.", ("BLR", "POL", "111")),
])
def test_coding_blind_t_act_branded_unfair_is_criticised(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


# -- a high commissioner is an ambassador ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana recalled its high commissioner from London.", ("GHA", "GBRGOV", "161")),
    ("Canada expelled the Indian high commissioner.", ("CAN", "INDGOV", "161")),
    ("Britain summoned the Nigerian high commissioner.", ("GBR", "NGAGOV", "114")),
    ("The Australian high commissioner met the Fijian prime minister.", ("AUSGOV", "FJIGOV", "040")),
])
def test_coding_blind_t_high_commissioner_is_a_states_envoy(code, text, expected):
    triples = _realised(code(text))
    assert _has(triples, *expected), triples


def test_coding_blind_t_un_high_commissioner_stays_the_un(code):
    triples = _realised(code("The UN High Commissioner for Refugees visited Chad."))
    assert _has(triples, "IGOUNO", "TCD", "042"), triples
