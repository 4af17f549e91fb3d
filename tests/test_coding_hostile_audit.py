"""The ways wire copy reports threats, shows of force, protests and assaults that the coder used to miss or
misread, each a class on sentences written for these tests: a condition's words are no subject of the main
clause, a threat taken back is not made, a mobilisation names no target, crowds that clash or burn riot."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # the object of an if-clause read as the main verb's subject, the real subject as its apposition
    ("If Turkey attacks Syria, the United States will impose sanctions.", "USA", "TUR", "1312"),
    ("If Venezuela invades Guyana, the United States will impose an embargo.", "USA", "VEN", "1312"),
])
def test_coding_condition_object_is_no_main_subject(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples
    assert not any(s == target and c.startswith("13") for s, _, c in triples), triples


@pytest.mark.parametrize("text", [
    "Turkey backed down from its threat to impose sanctions on Iraq.",
    "Washington climbed down from its threat of tariffs on Mexican goods.",
    "Russia walked back its threat to cut gas supplies to Moldova.",
    "Ankara backed away from its threat to expel the Dutch ambassador.",
])
def test_coding_threat_taken_back_is_not_made(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("13") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a mobilisation or a deployment with no party named against is still a show of force (the target empty)
    ("Russia mobilised its reserves on Wednesday.", "RUS", "154"),
    ("Israel called up 40,000 reservists.", "ISR", "154"),
    ("Armenia declared a general mobilisation.", "ARM", "154"),
    ("Ukraine ordered a partial mobilization on Friday.", "UKR", "154"),
    ("Russia reinforced its garrison in Kaliningrad.", "RUS", "154"),
    # a show of force named as such
    ("China staged a show of force near Taiwan.", "CHN", "150"),
    ("Iran mounted a display of force in the Gulf.", "IRN", "150"),
])
def test_coding_force_posture_without_target(code, text, source, cameo):
    triples = realised_triples(code(text))
    assert any(s == source and c == cameo for s, _, c in triples), triples


@pytest.mark.parametrize("text", [
    # mobilising money and reinforcing a view are no force (the verbs alone code nothing without a target)
    "The Indian Railway Finance Corporation mobilised 3.8 billion rupees last year.",
    "The drop in American factory orders reinforced the view that growth will be slow.",
    "Japanese banks deployed their surplus funds abroad.",
])
def test_coding_force_verbs_need_a_force(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("15") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # crowds that fight police or set fire to things riot (145), not a military clash or an arson (1712)
    ("Protesters clashed with police in Santiago.", "CHL", "CHL", "145"),
    ("Students clashed with riot police in Jakarta.", "IDN", "IDN", "145"),
    ("Demonstrators set fire to the Danish embassy in Damascus.", "SYR", "DNK", "145"),
    ("Protesters torched a police station in Karachi.", "PAK", "PAK", "145"),
    # crowds blocking crossings, ports, entrances
    ("Farmers blocked border crossings between Poland and Ukraine.", "---", "POL", "144"),
    # threatening with force or military action
    ("North Korea threatened the United States with military action.", "PRK", "USA", "138"),
    ("Turkey threatened Greece with force.", "TUR", "GRC", "138"),
    # an official shot dead is assassinated; an attempt survived is an attempt, by the attempt's doer
    ("A Turkish policeman shot dead the Russian ambassador in Ankara.", "TUR", "RUS", "186"),
    ("Gunmen gunned down the Colombian governor.", "COL", "COL", "186"),
    ("The Afghan president survived an assassination attempt by Taliban gunmen.", "AFG", "AFG", "185"),
    ("Taliban gunmen made an assassination attempt on the Afghan president.", "AFG", "AFG", "185"),
])
def test_coding_hostile_act_gets_its_code(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize(("text", "wrong"), [
    # the state's own forces closing a crossing are no protest; an attempt survived is no assassination
    ("Israel blocked the border crossing into Gaza.", "144"),
    ("The Afghan president survived an assassination attempt by Taliban gunmen.", "186"),
])
def test_coding_hostile_act_not_misread(code, text, wrong):
    triples = realised_triples(code(text))
    assert not any(c == wrong for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "target"), [
    # a role word inside a longer role phrase ("fighter" in "fighter jet") is no agent of its own
    ("Turkey criticised the fighter jet programme of Greece.", "GRCMIL"),
    # the plural of a medium names the goods ("televisions"), not the outlets
    ("China imposed tariffs on American televisions.", "USA"),
    ("Japan banned imports of South Korean radios.", "KOR"),
])
def test_actors_role_word_in_a_thing_is_no_agent(code, text, target):
    targets = {e.target for e in code(text) if e.realised}
    assert target in targets, targets
    assert not any(t.endswith(("REB", "MED")) for t in targets), targets


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a riot or protest that breaks out or erupts is done by civilians of the place named
    ("Riots broke out in Mombasa after the vote.", "KENCVL", "145"),
    ("Protests erupted across Iraq on Sunday.", "IRQCVL", "140"),
    # pirates or hijackers seizing a vessel or a plane hijack it; a state seizing one impounds it
    ("Pirates seized a Greek cargo ship.", "", "181"),
    ("Bolivia seized an Argentine cargo plane.", "BOL", "171"),
    # tests and launches named by "of"; forces flying or sailing near another state's waters
    ("Pakistan carried out a test of a nuclear-capable missile.", "PAK", "150"),
    ("Chinese bombers flew near South Korean airspace.", "CHN", "150"),
])
def test_coding_force_and_crowds_by_kind(code, text, source, cameo):
    triples = realised_triples(code(text))
    assert any(s.startswith(source[:3]) and c == cameo for s, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # cooperation cancelled or stopped reduces relations; arms exports stopped cut military aid
    ("Russia cancelled its military cooperation with Norway.", "RUS", "NOR", "160"),
    ("Sweden scrapped its defence cooperation with Turkey.", "SWE", "TUR", "160"),
    ("Germany stopped arms exports to Saudi Arabia.", "DEU", "SAU", "1622"),
    ("Spain suspended weapons exports to Israel.", "ESP", "ISR", "1622"),
])
def test_coding_relations_reduced_by_kind(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize("text", [
    "Fighting broke out in Nairobi.",  # no protest named
    "Demonstrators burned effigies of the minister in Madrid.",  # a demonstration, not a riot
])
def test_coding_crowd_acts_not_overread(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("145") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # a party warned of what will be done to it is threatened, by kind of what is warned of
    ("Beijing warned Canberra of firm countermeasures.", "CHN", "AUS", "130"),
    ("Tehran warned Riyadh of a harsh response.", "IRN", "SAU", "130"),
    ("India warned Pakistan of military consequences.", "IND", "PAK", "138"),
    # the condition is that of the act warned of: the warning is made
    ("The United States warned Turkey of sanctions if it bought Russian missiles.", "USA", "TUR", "1312"),
])
def test_coding_party_warned_of_reprisal_is_threatened(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize("text", [
    "The IMF warned of serious consequences for the world economy.",  # no party warned: pessimism at most
    "Britain warned that Iran had seized a Norwegian tanker.",  # a past act reported, not threatened
    "Moscow warned that Kiev has shelled Russian border towns.",
])
def test_coding_warning_without_threat(code, text):
    triples = realised_triples(code(text))
    assert not any(c.startswith("13") for _, _, c in triples), triples


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # accused of an act of aggression named by its verb
    ("Armenia accused Azerbaijani troops of occupying its villages.", "ARM", "AZE", "1123"),
    # opposition rallied by forming an alliance against a party
    ("Opposition parties formed a coalition against the Zambian president.", "ZMB", "ZMB", "113"),
    # a complaint or case taken to a court is a lawsuit
    ("Bolivia took Chile to the International Court of Justice.", "BOL", "CHL", "115"),
    ("Iran filed a complaint against the United States at the International Court of Justice.", "IRN", "USA", "115"),
])
def test_coding_disapproval_by_kind(code, text, source, target, cameo):
    triples = realised_triples(code(text))
    assert has_triple(triples, source, target, cameo), triples


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # workers launching or beginning a strike stop work; forces raising an alert are the military's alert
    ("Peruvian miners launched a strike on Monday.", "PER", "143"),
    ("Nigerian doctors began a strike over pay.", "NGA", "143"),
    ("The Pentagon raised its alert level on Friday.", "USA", "152"),
])
def test_coding_posture_and_strikes_by_doer(code, text, source, cameo):
    triples = realised_triples(code(text))
    assert any(s == source and c == cameo for s, _, c in triples), triples


def test_coding_backing_down_leaves_a_coordinated_clause(code):
    # what was backed down from is called off; a clause coordinated with it is not
    triples = realised_triples(code(
        "The Chilean government backed down from the fuel price rises but restated its commitment to reform."))
    assert any(s.startswith("CHL") and c.startswith("03") for s, _, c in triples), triples
