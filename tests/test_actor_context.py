"""Actors whose code depends on the document: bodies named without their country, role words, bare surnames
and people whose roles change with the date."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.resolve import DocActors


def _actor(pipeline, text: str, word: str, day: date | None = date(2019, 4, 2), nth: int = -1, context: str = ""):
    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, day, context)
    toks = [t for t in doc if t.text == word]
    assert toks, word
    found = actors.actor(toks[nth])
    return found.code if found is not None else None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Chile's Senate rejected the pension bill.", "Senate", "CHLLEG"),
    ("The Peruvian Congress voted to remove the minister.", "Congress", "PERLEG"),
    ("The House of Representatives of Japan passed the budget.", "House", "JPNLEG"),
    ("The Senate of Kenya met in Nairobi.", "Senate", "KENLEG"),
    # a state not listed as having such a body is still meant when the text says so
    ("Ireland's Treasury issued new bonds.", "Treasury", "IRLGOV"),
])
def test_actor_context_body_takes_its_modifiers_country(pipeline, text, word, code):
    assert _actor(pipeline, text, word) == code


@pytest.mark.parametrize(("text", "word", "code"), [
    # the country the document has named most before the sentence
    ("Chile's president met union leaders in Santiago on Monday. Chilean ministers backed him. "
     "The Senate rejected the pension reform on Wednesday.", "Senate", "CHLLEG"),
    ("Protesters marched in Manila on Friday. The Philippine government called for calm. "
     "Congress will debate the curfew next week.", "Congress", "PHLLEG"),
    ("Bogota and the rebels agreed a ceasefire. The House of Representatives must now approve it.",
     "House", "COLLEG"),
    # only a state that has such a body: Iran has no Senate, so the default
    ("Iran's president spoke in Tehran on Monday. Iranian officials met in Isfahan. "
     "The Senate approved new sanctions on Iran.", "Senate", "USALEG"),
    ("Moscow answered within hours. The Treasury froze the assets of three Russian banks.", "Treasury", "USAGOV"),
    # nothing known: the default
    ("The Senate adjourned for the summer.", "Senate", "USALEG"),
    # the first sentence: the country the rest of the document is about
    ("The Senate passed the amnesty law on Tuesday. Colombian officials said Bogota would sign it.",
     "Senate", "COLLEG"),
])
def test_actor_context_body_takes_the_documents_country(pipeline, text, word, code):
    assert _actor(pipeline, text, word) == code


def test_actor_context_dateline_names_the_country(pipeline):
    assert _actor(pipeline, "The Senate approved the treaty.", "Senate", context="PHL") == "PHLLEG"
    assert _actor(pipeline, "The Senate approved the treaty.", "Senate", context="IRN") == "USALEG"  # no Senate
    assert pipeline.coder.matcher.country_of("MANILA") == "PHL"
    assert pipeline.coder.matcher.country_of("NOWHERESVILLE") == ""
    assert pipeline.coder.matcher.country_of("NOWHERESVILLE", "Chile") == "CHL"


@pytest.mark.parametrize("dateline", ["MANILA, May 3 (Wire) —", "SAN JOSE DE BUENAVISTA, Philippines —"])
def test_actor_context_dateline_reaches_the_coder(pipeline, dateline):
    events = pipeline.code_text(f"{dateline} The Senate criticised Japan on Tuesday.", date(2019, 5, 8))
    assert [e.source for e in events if e.target.startswith("JPN")] == ["PHLLEG"]


@pytest.mark.parametrize(("text", "word"), [
    ("The Trades Union Congress called a national strike.", "Congress"),
    ("The Congress Party won the state election.", "Congress"),
])
def test_actor_context_a_longer_name_is_not_the_body(pipeline, text, word):
    assert _actor(pipeline, text, word, nth=0) != "USALEG"


def test_actor_context_body_as_a_modifier(pipeline):
    text = "Japan's prime minister spoke in Tokyo. Japanese officials agreed. Senate leaders criticised the plan."
    assert _actor(pipeline, text, "leaders") == "USALEG"  # Japan has no Senate
    text = "Kenya's president spoke in Nairobi. Kenyan officials agreed. Senate leaders criticised the plan."
    assert _actor(pipeline, text, "leaders") == "KENLEG"


@pytest.mark.parametrize(("text", "word", "code"), [
    # no such role named before: the country the document is about
    ("Ecuador's government declared a state of emergency in Quito. The army arrested dozens of protesters.",
     "army", "ECUMIL"),
    ("Ecuador's government declared a state of emergency in Quito. Police closed the main roads.",
     "Police", "ECUCOP"),
    # a role of that kind named before wins
    ("Ecuadorean officials met Peruvian generals in Lima. The army closed the border.", "army", "PERMIL"),
    # nothing before: unknown, for the event to place
    ("The army closed the border.", "army", "---MIL"),
])
def test_actor_context_role_word_takes_the_documents_country(pipeline, text, word, code):
    assert _actor(pipeline, text, word) == code


def test_actor_context_role_word_not_of_a_country_its_sentence_names(pipeline):
    text = "Ecuador's government declared a state of emergency in Quito. The army accused Ecuador's neighbours."
    assert _actor(pipeline, text, "army") == "---MIL"


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Obama criticised Congress.", date(2012, 5, 1), "USAGOV"),
    ("Obama criticised Congress.", None, "USAGOV"),  # undated text: the person's latest role
    ("Obama criticised Congress.", date(2019, 5, 1), None),  # out of office: a bare surname is no one
    ("Barack Obama criticised Congress.", date(2019, 5, 1), "USAGOV"),  # a full name still resolves
    ("Jeb Bush criticised Congress.", date(2007, 5, 1), None),  # part of another person's name
    ("Secretary Albright criticised Congress.", date(1998, 5, 1), "USAGOV"),  # a title is no part of the name
])
def test_actor_context_bare_surname_only_in_office(pipeline, text, day, code):
    word = next(w for w in ("Obama", "Bush", "Albright") if w in text)
    assert _actor(pipeline, text, word, day=day) == code


@pytest.fixture(scope="module")
def turncoat(tmp_path_factory):
    """A pipeline with a user's person whose affiliation changes: rebel, then opposition leader, then
    minister."""
    from accord.config import Settings
    from accord.pipeline import Pipeline

    user = tmp_path_factory.mktemp("actors") / "people.yaml"
    user.write_text("people:\n  - name: Tomas Verano Quispe\n    aliases: [Verano]\n    roles:\n"
                    "      - {code: PERREB, from: 1990-01-01, to: 2010-12-31}\n"
                    "      - {code: PEROPP, from: 2011-01-01, to: 2015-12-31}\n"
                    "      - {code: PERGOV, from: 2018-01-01, to: null}\n", encoding="utf-8")
    return Pipeline(Settings(database_url="sqlite://", actors=[user]))


@pytest.mark.parametrize(("day", "full", "bare"), [
    (date(2005, 3, 1), "PERREB", "PERREB"),
    (date(2013, 3, 1), "PEROPP", "PEROPP"),
    (date(2017, 3, 1), "PEROPP", None),  # between roles: the full name keeps the last role, the surname none
    (date(2020, 3, 1), "PERGOV", "PERGOV"),
])
def test_actor_context_person_coded_by_the_role_of_the_day(turncoat, day, full, bare):
    assert _actor(turncoat, "Tomas Verano Quispe criticised Chile.", "Quispe", day=day) == full
    assert _actor(turncoat, "Verano criticised Chile.", "Verano", day=day) == bare
    events = turncoat.code_text("Tomas Verano Quispe criticised Chile on Monday.", day)
    assert [e.source for e in events if e.target.startswith("CHL")] == [full]


@pytest.mark.parametrize("text", [
    "The finance minister told Reuters on Friday that Peru would repay the loan.",
    "Chile rejected the offer, according to the Associated Press.",
    "A spokesman told AFP that Bolivia had closed the border.",
])
def test_actor_context_news_agency_is_the_reporter(pipeline, text):
    from accord.records import Article

    [coded] = list(pipeline.process([Article(text=text, date=date(2019, 4, 2))]))
    agencies = ("Reuters", "Associated Press", "AFP")
    assert not any(a in name for name, _ in coded.unresolved for a in agencies)
    assert not any(e.target.endswith("MED") for e in coded.events)
    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, date(2019, 4, 2))
    named = [t for t in doc if t.text in ("Reuters", "Press", "AFP")]
    assert named and all(actors.actor(t) is None for t in named)


def test_actor_context_news_agency_names_need_their_case(pipeline):
    doc = pipeline.nlp("The ap of the valley was quiet.")
    assert not DocActors(doc, pipeline.coder.matcher, None).reporters


@pytest.mark.parametrize(("text", "word", "code"), [
    # commodity organisations are IGOs (Phoenix's codes where it has them)
    ("The International Coffee Organization met in London.", "Organization", "IGOAGRCOF"),
    ("Brazil asked the ICO to restore export quotas.", "ICO", "IGOAGRCOF"),
    ("The International Cocoa Organization cut its price range.", "Organization", "IGOAGRICO"),
    # US agencies of trade news; a department several states have takes its context
    ("The CCC will buy surplus sorghum.", "CCC", "USAGOV"),
    ("The Fed left rates unchanged.", "Fed", "USAGOV"),
    ("The Agriculture Department raised its crop estimate.", "Department", "USAGOV"),
    ("The Philippine Agriculture Department banned pork imports.", "Department", "PHLGOV"),
    # an old spelling of a capital
    ("Peking protested on Monday.", "Peking", "CHNGOV"),
])
def test_actor_context_names_of_trade_news(pipeline, text, word, code):
    assert _actor(pipeline, text, word, day=None) == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The European Commission proposed new quotas. The Commission said France objected.", "Commission",
     "IGOEUREEC"),
    ("The International Monetary Fund lent Peru money. The Fund later criticised Lima.", "Fund", "IGOBUSIMF"),
    ("The Philippine Agriculture Department banned imports. The Department said Thailand agreed.",
     "Department", "PHLGOV"),
    # nothing of that name before: no actor from this rule
    ("The Commission said France objected.", "Commission", None),
    # a role word is not read back to a name ("army" is a role: the country of the story, not the rebels)
    ("The Free Syrian Army shelled Idlib. The Army said it repelled them.", "Army", "SYRMIL"),
])
def test_actor_context_organisation_named_by_its_last_word(pipeline, text, word, code):
    assert _actor(pipeline, text, word, day=None) == code


def test_actor_context_role_word_takes_no_country_on_a_tie(pipeline):
    text = "Peru's envoy flew to Quito. Ecuador's envoy flew to Lima. The army closed the border."
    assert _actor(pipeline, text, "army") == "---MIL"


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Jalali met the Iraqi ambassador.", date(2024, 10, 15), "SYRGOV"),
    ("Murhaf Abu Qasra inspected the troops.", date(2025, 2, 1), "SYRMIL"),
    ("Pak Thae Song visited Moscow.", date(2025, 3, 1), "PRKGOV"),
    ("Kim Min-seok visited Tokyo.", date(2025, 9, 1), "KORGOV"),
])
def test_actor_context_office_holders_added(pipeline, text, day, code):
    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, day)
    assert code in {a.code for a in map(actors.actor, doc) if a is not None}


def test_actor_context_name_broken_by_a_line_break(pipeline):
    text = "Officials of the United\nStates met the European\nCommunity's foreign\nminister in Rome."
    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, None)
    codes = {t.text: a.code for t in doc if (a := actors.actor(t)) is not None}
    assert codes["States"] == "USA" and codes["Community"] == "IGOEUREEC"
    assert not actors.unresolved()


def test_actor_context_conjunct_shares_the_named_country_over_the_documents(pipeline):
    # the document names Peru most, but the rebels are coordinated with Colombia's army
    text = "Peru's president met Peruvian ministers in Lima. The Colombian army and the rebels agreed a truce."
    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, date(2019, 4, 2))
    army = next(t for t in doc if t.text == "army")
    assert [a.code for a in actors.actors(army)] == ["COLMIL", "COLREB"]


def test_actor_context_dateline_speaks_only_when_the_text_has_not(pipeline):
    text = "Sudan's army and Sudanese officials met in Khartoum. The rebels rejected the truce."
    assert _actor(pipeline, text, "rebels", context="CHE") == "SDNREB"  # talks datelined at a venue
    assert _actor(pipeline, "The rebels rejected the truce.", "rebels", context="SDN") == "SDNREB"


def test_actor_context_state_role_not_of_its_sentences_country_even_when_named_before(pipeline):
    text = "Kenyan officials met in Nairobi on Monday. The government thanked Kenya's neighbours."
    assert _actor(pipeline, text, "government") == "---GOV"
    text = "Kenyan officials met Ugandan officials in Nairobi. The government thanked Uganda."
    assert _actor(pipeline, text, "government") == "KENGOV"
    # a rebel is of the country its own sentence names
    text = "Malian rebels attacked a convoy near Kidal. The rebels later agreed to talks with the Malian army."
    assert _actor(pipeline, text, "rebels") == "MLIREB"


def test_actor_context_role_phrase_names_are_not_unresolved(pipeline):
    doc = pipeline.nlp("Trade Minister Ana Ruiz met Commerce Secretary Paul Okafor in Lima.")
    actors = DocActors(doc, pipeline.coder.matcher, date(2019, 4, 2))
    assert not [n for n, _ in actors.unresolved() if n in ("Trade", "Commerce")]


def test_actor_context_pieces_of_a_long_document_keep_the_country_named_before(pipeline):
    # a document longer than one piece: the role word in the last piece is of the country the first named
    from accord.pipeline import CHUNK_CHARS, chunks

    opening = "Chile's government reviewed the budget. Chilean ministers met on Monday.\n\n"
    filler = "Markets were calm and prices of copper held steady through the week.\n\n"
    text = opening + filler * (CHUNK_CHARS // len(filler) + 1) + "The army criticised Japan on Friday."
    assert len(chunks(text)) >= 2
    events = pipeline.code_text(text, date(2019, 5, 8))
    assert [e.source for e in events if e.target.startswith("JPN")] == ["CHLMIL"]


@pytest.mark.parametrize(("text", "word", "code"), [
    # a plural role word opening a sentence is often parsed as a name, whose lemma keeps the plural
    ("Guerrillas abducted a senator near Cali.", "Guerrillas", "---REB"),
    ("Militias shelled a village near Aleppo.", "Militias", "---REB"),
    ("Marines landed in Mogadishu on Monday.", "Marines", "---MIL"),
    ("Policemen attacked a police station near the border.", "Policemen", "---COP"),
])
def test_actor_context_plural_role_word_read_as_a_name_is_the_role(pipeline, text, word, code):
    assert _actor(pipeline, text, word, nth=0) == code


def test_actor_context_plural_role_word_opening_a_sentence_codes_its_event(pipeline):
    events = pipeline.code_text("Guerrillas abducted a Colombian senator near Cali.", date(2019, 4, 2))
    assert [(e.source, e.target, e.code[:2]) for e in events] == [("COLREB", "COLLEG", "18")]


@pytest.mark.parametrize("text", ["Rogers met Chinese officials in Beijing.", "Jones met Chinese officials."])
def test_actor_context_a_surname_ending_in_s_stays_a_name(pipeline, text):
    assert _actor(pipeline, text, text.split()[0], nth=0) is None

