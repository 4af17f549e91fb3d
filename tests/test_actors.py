"""Actor dictionaries: loading, validation, time-bounded roles, user files, resolution in text."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.dictionary import extend, load_builtin
from accord.errors import DictionaryError


@pytest.fixture(scope="module")
def book():
    return load_builtin()


@pytest.mark.parametrize(("text", "code"), [
    ("North Korea", "PRK"), ("Pyongyang", "PRK"), ("North Korean", "PRK"), ("Chinese", "CHN"),
    ("Washington", "USA"), ("Kremlin", "RUSGOV"), ("White House", "USAGOV"),
    ("Pentagon", "USAMIL"), ("IAEA", "IGO"), ("NATO", "IGO"), ("ASEAN", "IGO"),
    # trade and central-bank institutions of economic news (the Reuters-21578 run's commonest unresolved names)
    ("EC", "IGOEUREEC"), ("GATT", "IGOBUSWTO"), ("Bundesbank", "DEUGOV"), ("Federal Reserve", "USAGOV"),
    ("Bank of Japan", "JPNGOV"), ("MITI", "JPNGOV"),
])
def test_actors_builtin_phrases_resolve(book, text, code):
    entry = book.phrases.get(text)
    assert entry is not None, text
    assert entry.code_on(date(2018, 7, 1)).startswith(code)


def test_actors_every_un_member_has_a_name(book):
    import pycountry

    codes = {e.code for e in book.phrases.values() if e.kind == "country"}
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in codes]
    assert len(missing) < 5, missing


@pytest.mark.parametrize(("day", "code"), [(date(2015, 6, 1), "USABUS"), (date(2018, 6, 12), "USAGOV")])
def test_actors_person_code_depends_on_date(book, day, code):
    assert book.phrases["Donald Trump"].code_on(day) == code


def test_actors_pompeo_changes_office(book):
    pompeo = book.phrases["Mike Pompeo"]
    assert pompeo.code_on(date(2017, 6, 1)) != pompeo.code_on(date(2018, 7, 6))


def test_actors_user_file_extends_the_book(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("actors:\n  - code: USAGOV\n    names: [Foggy Bottom]\nagents:\n  spymaster: SPY\n"
                    "people:\n  - name: Jane Example\n    aliases: [Example]\n    roles:\n"
                    "      - {code: FRAGOV, from: 2020-01-01, to: null}\n", encoding="utf-8")
    book = load_builtin()
    extend(book, user)
    assert book.phrases["Foggy Bottom"].code == "USAGOV"
    assert book.agents["spymaster"] == "SPY"
    assert book.phrases["Example"].code_on(date(2021, 1, 1)) == "FRAGOV"


@pytest.mark.parametrize(("content", "message"), [
    ("actors: [{code: USAGOV}]", "names"),
    ("people:\n  - name: X\n    roles: [{code: 'US A', from: 2020-01-01}]", "roles"),
    ("colour: blue", "colour"),
    ("- just\n- a list", "mapping"),
    ("actors: [", "not valid YAML"),
])
def test_actors_bad_user_file_names_file_and_field(tmp_path, content, message):
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        extend(load_builtin(), user)
    assert str(user) in str(err.value) and message in str(err.value)


def test_actors_unknown_names_are_reported_unresolved(pipeline):
    from accord.records import Article

    [coded] = list(pipeline.process([Article(text="Zorblaxian envoy Quentin Vasquez-Oduya met Iranian officials "
                                                  "in the city of Farnstead on Tuesday.")]))
    names = {text for text, _ in coded.unresolved}
    assert any("Quentin" in n or "Vasquez" in n for n in names)


def test_actors_user_actor_file_changes_coding(tmp_path):
    from accord.config import Settings
    from accord.pipeline import Pipeline

    user = tmp_path / "mine.yaml"
    user.write_text("actors:\n  - code: NORGOV\n    names: [Ministry of Quiet Affairs]\n", encoding="utf-8")
    p = Pipeline(Settings(database_url="sqlite://", actors=[user]))
    events = p.code_text("The Ministry of Quiet Affairs criticised Sweden on Monday.", date(2020, 1, 8))
    assert any(e.source == "NORGOV" and e.target.startswith("SWE") for e in events)


@pytest.mark.parametrize(("text", "code"), [("Kirkuk", "IRQ"), ("Lagos", "NGA"), ("Crimea", "UKR"),
                                            ("Golan Heights", "SYR"), ("Mosul", "IRQ")])
def test_actors_places_give_their_country(book, text, code):
    entry = book.phrases[text]
    assert (entry.kind, entry.code) == ("place", code)


def test_actors_every_place_row_is_used(book):
    from importlib import resources

    rows = resources.files("accord.data").joinpath("actors", "places.tsv").read_text(encoding="utf-8")
    names = [line.split("\t")[1] for line in rows.splitlines()
             if line.strip() and not line.startswith(("#", "code\t"))]
    shadowed = [n for n in names if book.phrases[n].kind != "place"]
    assert len(names) > 1000 and not shadowed


def test_actors_ethnic_groups_carry_a_three_letter_suffix(book):
    assert book.ethnic["kurds"] == "kur" and book.ethnic["shiite"] == "SHI"
    assert all(len(code) == 3 and code.isalpha() for code in book.ethnic.values())


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Ethnic Albanians in Macedonia staged a protest.", "Albanians", "MKDCVLalb"),
    ("Albanians voted on Sunday.", "Albanians", "ALB"),
    ("Bosnian Serbs rejected the plan.", "Serbs", "BIHCVLsrp"),
    ("Shona rebels attacked the town.", "rebels", "---REBsna"),
    ("An anti-Iran journalist was wounded.", "journalist", "---MED"),
])
def test_actors_group_words_resolve_to_group_codes(pipeline, text, word, code):
    from accord.actors.resolve import DocActors

    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, None)
    tok = next(t for t in doc if t.text == word)
    assert actors.actor(tok).code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    # the name before "-backed" sponsors the group: the group's own modifier gives its country
    ("Iran-backed Houthi rebels attacked a Saudi airport.", "rebels", "YEMREB"),
    ("Iranian-supported Houthi fighters fired drones at Israel.", "fighters", "YEMREB"),
    ("Turkish-backed Syrian fighters attacked Kurdish forces.", "fighters", "SYRREB"),
    # a leading country keeps the forces it leads
    ("Saudi-led forces bombed the port.", "forces", "SAUMIL"),
])
def test_actors_a_sponsor_named_before_backed_is_not_the_owner(pipeline, text, word, code):
    from accord.actors.resolve import DocActors

    doc = pipeline.nlp(text)
    actors = DocActors(doc, pipeline.coder.matcher, date(2022, 5, 6))
    tok = next(t for t in doc if t.text == word)
    assert actors.actor(tok).code == code


def test_actors_a_sponsor_alone_leaves_the_group_without_its_country(pipeline):
    from accord.actors.resolve import DocActors

    doc = pipeline.nlp("Russian-backed separatists shelled the town.")
    actors = DocActors(doc, pipeline.coder.matcher, date(2022, 5, 6))
    assert not actors.actor(doc[3]).code.startswith("RUS")


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Eduard Shevardnadze", date(1988, 5, 1), "RUSGOV"), ("Eduard Shevardnadze", date(1996, 5, 1), "GEOGOV"),
    ("Nelson Mandela", date(1992, 1, 1), "ZAFOPP"), ("Nelson Mandela", date(1996, 1, 1), "ZAFGOV"),
    ("Jean-Bertrand Aristide", date(1993, 1, 1), "HTIOPP"), ("Mobutu", date(1990, 1, 1), "CODGOV"),
])
def test_actors_leaders_of_earlier_decades_have_dated_roles(book, name, day, code):
    assert book.phrases[name].code_on(day) == code


@pytest.mark.parametrize(("text", "code"), [("Islamic Salvation Front", "DZAREB"), ("UNITA", "AGOREB"),
                                            ("Khmer Rouge", "KHMREB"), ("Soviet Union", "RUS")])
def test_actors_armed_groups_and_historical_states(book, text, code):
    assert book.phrases[text].code_on(date(1992, 1, 1)) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("The IAEA has had no inspectors in Syria since Damascus expelled them in 2011.", ("SYR", "IGO")),
    ("Norway's envoys arrived in Moscow on Monday. Russia expelled them a week later.", ("RUS", "NOR")),
])
def test_actors_object_pronoun_is_not_the_subjects_country(code, text, expected):
    expulsions = [(e.source[:3], e.target[:3]) for e in code(text, "2018-08-21") if e.code.startswith("16")]
    assert expulsions == [expected]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("North Korea fired a missile on Monday. Seoul's foreign ministry urged the North to stop.", "KORGOV", "PRK"),
    ("South Korea offered talks to North Korea in March. In May the North rejected the offer from the South.",
     "PRK", "KOR"),
    ("South Sudan and Sudan met in Addis Ababa. The South accused Khartoum of bombing its border towns.",
     "SSD", "SDNGOV"),
])
def test_actors_the_north_and_the_south_stand_for_the_country_named_before(code, text, source, target):
    pairs = {(e.source, e.target) for e in code(text, "2019-05-10")}
    assert (source, target) in pairs, pairs


def test_actors_the_north_is_no_country_without_one_named_before(code):
    events = code("The North rejected the offer of talks from the South.", "2019-05-10")
    assert not [e for e in events if e.source[:3] in ("PRK", "KOR", "SDN", "SSD")], events


@pytest.mark.parametrize(("text", "sources"), [
    ("Both Koreas condemned Japan.", {"PRK", "KOR"}),
    ("The two Sudans condemned Egypt.", {"SDN", "SSD"}),
])
def test_actors_plural_of_a_divided_country_is_each_of_its_states(code, text, sources):
    events = code(text, "2016-03-02")
    assert {e.source for e in events if e.code.startswith("11")} == sources


def test_actors_plural_of_a_divided_country_as_object(code):
    events = code("Japan urged the two Koreas to reduce tension.", "2016-03-02")
    assert {e.target for e in events if e.source == "JPN"} == {"PRK", "KOR"}


def test_actors_name_ending_in_a_pronouns_letters_is_the_name(pipeline):
    # "Liu He": the last word of a person's name is the name, not the pronoun "he" (a vice premier of China)
    from accord.actors.resolve import DocActors

    doc = pipeline.nlp("President Donald Trump met reporters. Chinese Vice Premier Liu He said China would buy more.")
    actors = DocActors(doc, pipeline.coder.matcher, None)
    name = next(t for t in doc if t.text == "He")
    found = actors.actor(name)
    assert found is None or found.code[:3] != "USA"


@pytest.mark.parametrize(("text", "source", "target"), [
    # an organisation named by its acronym, then by the last word of its full name
    ("The EC criticised Japan on Monday. The Community urged Tokyo to open its markets.", "IGOEUREEC", "JPNGOV"),
    ("The IMF met Argentine officials. The Fund later criticised Buenos Aires.", "IGOBUSIMF", "ARGGOV"),
])
def test_actors_the_last_word_of_a_full_name_after_its_acronym(code, text, source, target):
    events = code(text, "1987-05-06")
    assert any((e.source, e.target) == (source, target) and e.source_text in ("Community", "Fund") for e in events)


@pytest.mark.parametrize(("text", "target"), [
    ("U.S. aid to the contra rebels angered Nicaragua.", "NICREB"),
    ("The army attacked the contras near the border.", "NICREB"),
])
def test_actors_a_rebel_group_written_in_lower_case(code, text, target):
    assert any(e.target == target for e in code(text, "1987-05-06"))


@pytest.mark.parametrize(("text", "source"), [
    # a role phrase headed by its first word takes its country from that word's modifiers
    ("The U.S. secretary of state met the German chancellor.", "USAGOV"),
    ("The White House chief of staff met Israeli officials.", "USAGOV"),
    ("The Pakistani head of state visited Kabul.", "PAKGOV"),
])
def test_actors_a_role_phrase_of_several_words_headed_by_its_first(code, text, source):
    events = code(text, "2019-05-06")
    assert any(e.source == source for e in events), events


def test_actors_remembered_works_out_once_while_context_words_stay(pipeline):
    from accord.actors.resolve import DocActors

    doc = pipeline.nlp("Chile expelled the Peruvian ambassador on Monday.")
    actors = DocActors(doc, pipeline.coder.matcher, date(2019, 5, 6))
    calls = []

    def make():
        calls.append(1)
        return len(calls)

    assert actors.remembered(("question", 1), make) == 1
    assert actors.remembered(("question", 1), make) == 1  # not worked out again
    assert actors.remembered(("question", 2), make) == 2  # another question
    actors._contextual.add(0)  # a word takes its country from the document: answers may change
    assert actors.remembered(("question", 1), make) == 3


def test_actors_shared_subjects_are_the_coders_and_copies(pipeline):
    from accord.actors.resolve import DocActors

    doc = pipeline.nlp("Chile expelled the Peruvian ambassador and said it would recall its envoy.")
    actors = DocActors(doc, pipeline.coder.matcher, date(2019, 5, 6))
    coder = pipeline.coder
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert len(verbs) >= 2
    for verb in verbs:
        first = coder.subjects(verb, actors)
        assert first == coder._subjects(verb, actors, 0)
        first.append(None)  # a caller changing its list changes no one else's
        assert None not in coder.subjects(verb, actors)
    assert [a.code for a in coder.subjects(verbs[0], actors)] == ["CHL"]
