"""The ways wire copy reports cooperation (roots 01-08): calls by telephone, visitors welcomed, rounds of talks,
intents whose act hangs on a noun or is given to a party, acts on a party named as an infinitive's subject, people
and things handed back, staff and credit sent to help; each on sentences written for these tests, with
counter-examples of other senses that must stay uncoded or unrealised."""

from __future__ import annotations

import pytest

from conftest import has_triple, realised_triples


@pytest.mark.parametrize(("text", "expected"), [
    # 041: speaking by telephone, with the other party after "with" or coordinated in the subject
    ("Modi and Netanyahu spoke by phone on Tuesday.", ("IND", "ISR", "041")),
    ("The Thai premier talked by phone with the Malaysian king.", ("THA", "MYS", "041")),
    # 04: views exchanged by coordinated parties; a round of talks is talks
    ("Thai and Cambodian officials exchanged views on the border.", ("THA", "KHM", "040")),
    ("Greek and Turkish diplomats held a fresh round of talks in Ankara.", ("GRC", "TUR", "046")),
    # 043: a visiting official welcomed, or welcomed on a visit or at the airport
    ("The Omani sultan welcomed the Iranian president in Muscat.", ("OMN", "IRN", "043")),
    ("Nepal welcomed the Indian foreign minister on a two-day visit.", ("NPL", "IND", "043")),
    # 018: a message or letter of condolence sent to a party
    ("The Japanese emperor sent a message of condolence to the Thai king.", ("JPN", "THA", "018")),
    # 03: the act intended hangs on the noun of the head, or is spelt otherwise than the dictionary
    ("Switzerland expressed its readiness to mediate between Armenia and Azerbaijan.", ("CHE", "ARM", "039")),
    ("Morocco said it was ready to normalise relations with Algeria.", ("MAR", "DZA", "032")),
    # 03: what is offered or promised to a party named as indirect object, counted by an amount
    ("Canada offered Haiti a package of humanitarian aid.", ("CAN", "HTI", "0333")),
    ("Norway promised Moldova a loan.", ("NOR", "MDA", "0331")),
    # 07, 08: the party acted on is the subject the parser gives the infinitive after the verb
    ("Sudan allowed U.N. inspectors to visit Darfur.", ("SDN", "IGO", "0862")),
    ("Jordan helped Iraq rebuild its army.", ("JOR", "IRQ", "070")),
    # 084: people and things handed back
    ("Vietnam returned the remains of 12 American servicemen to the United States.", ("VNM", "USA", "0841")),
    ("Pakistan returned 20 Indian fishermen to India.", ("PAK", "IND", "0841")),
    ("France returned looted artefacts to Benin.", ("FRA", "BEN", "0842")),
    # 07: rescue teams and doctors sent, refugees counted by thousands taken in
    ("China sent rescue teams to Nepal after the earthquake.", ("CHN", "NPL", "073")),
    ("Kenya took in thousands of Somali refugees.", ("KEN", "SOM", "075")),
    # 06: coordinated parties coordinating their work
    ("Jordan and Israel coordinated their security policy.", ("JOR", "ISR", "060")),
    # 04: talks a verb's purpose or time phrase names are its doer's; a participle set off by commas is an act
    ("The Kenyan foreign minister flew to Geneva for talks with Ethiopian officials.", ("KEN", "ETH", "046")),
    ("Speaking after talks with Omani officials, the Yemeni envoy said the truce would hold.", ("YEM", "OMN", "046")),
    ("The Indian premier, visiting Dhaka for the first time, signed a trade deal.", ("IND", "BGD", "042")),
    # 02: the party called on is the target, not the place the act asked for names
    ("Turkey called on Russia to withdraw its forces from Syria.", ("TUR", "RUS", "02")),
    # 03: an act continued, a commitment to act, an intent noun proposed, a dispute to be ended
    ("Japan pledged to continue supporting Ukraine.", ("JPN", "UKR", "032")),
    ("Britain reaffirmed its commitment to defend Estonia.", ("GBR", "EST", "032")),
    ("Egypt proposed a peace plan for Sudan.", ("EGY", "", "037")),
    ("Peru offered to end its border dispute with Ecuador.", ("PER", "ECU", "035")),
    # 041, 062, 061, 081, 0842: calls held, drills taken part in, goods bought, crossings opened, ships handed over
    ("Xi and Putin held a telephone conversation on Friday.", ("CHN", "RUS", "041")),
    ("Indian and French troops took part in joint exercises.", ("IND", "FRA", "062")),
    ("India bought Russian oil at a discount.", ("IND", "RUS", "061")),
    ("Egypt reopened the Rafah crossing into Gaza.", ("EGY", "PSE", "081")),
    ("Iran handed over the seized tanker to Britain.", ("IRN", "GBR", "0842")),
    # 03: the act helped is the act intended; goods given "with" to a party named as object
    ("Algeria said it was ready to help mediate between Mali and the Tuareg rebels.", ("DZA", "MLI", "039")),
    ("Kuwait agreed to provide Jordan with a 300 million dollar loan.", ("KWT", "JOR", "0331")),
    # 042: a visit named beside the subject by "on" is the subject's
    ("The Dutch king, on a state visit to Indonesia, apologised for colonial violence.", ("NLD", "IDN", "042")),
])
def test_coding_cooperation_reported_as_wire_copy_says_it(code, text, expected):
    triples = realised_triples(code(text, "2018-07-10"))
    assert has_triple(triples, *expected), triples


@pytest.mark.parametrize(("text", "root"), [
    ("The Kenyan president did not speak by telephone with his Ugandan counterpart.", "04"),  # negated
    ("The minister spoke to reporters by phone from Kabul.", "041"),                         # no party
    ("If Iraq allows U.N. inspectors to return, sanctions will be eased.", "086"),           # conditional
    ("Sudan refused to allow U.N. inspectors to visit Darfur.", "086"),                      # refused
    ("Iran asked Iraq to return the remains of Iranian soldiers.", "084"),                   # asked for
    ("Iraqi troops returned to their barracks in Basra.", "084"),                             # going back
    ("Japan welcomed the Chinese president's decision.", "043"),                              # a decision
    ("Canada offered to send aid to Haiti.", "07"),                                          # offered only
    ("The Thai prime minister received a letter from the Cambodian king.", "04"),             # a letter, no visit
    ("Kenya called for talks with Ethiopia.", "04"),                                          # talks asked for
    ("India refused to buy Russian oil.", "061"),                                             # refused
    ("China did not take part in the joint drills with Russia.", "062"),                     # negated
    ("Turkey was asked to hand over the tanker to Iran.", "084"),                             # asked for
])
def test_coding_cooperation_counter_examples_stay_unrealised(code, text, root):
    triples = realised_triples(code(text, "2018-07-10"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


def test_coding_deal_welcomed_between_parties_is_no_deal_of_the_one_who_welcomes(code):
    triples = realised_triples(code("Norway welcomed the accord between Colombia and the ELN rebels.", "2018-07-10"))
    assert has_triple(triples, "COL", "COL", "057"), triples  # the rebels and the government signed it
    assert not any(s == "NOR" and c == "057" for s, _, c in triples), triples


def test_coding_talks_between_pairs_of_parties_pair_each_with_its_own(code):
    triples = realised_triples(code("Talks between Peru and Chile, Bolivia and Paraguay opened in Lima.", "2018-07-10"))
    pairs = {(s, t) for s, t, c in triples if c.startswith("04")}
    assert {("PER", "CHL"), ("CHL", "PER"), ("BOL", "PRY"), ("PRY", "BOL")} <= pairs, triples
    assert not pairs & {("PER", "BOL"), ("PER", "PRY"), ("CHL", "BOL"), ("CHL", "PRY")}, triples
