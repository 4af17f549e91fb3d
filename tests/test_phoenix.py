"""PETRARCH/Phoenix dictionaries read natively and layered under Accord's own actor dictionaries."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.dictionary import DatedPerson, extend_any, layer_phoenix, load_actors, load_book, load_builtin
from accord.errors import DictionaryError
from accord.lexicon import phoenix

ACTORS = """# a small actor file in the Phoenix format
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_  # its capital
ANTON_VELKOV_  # a minister
\t[RURGOV 150301-190630]
\t[RURMIL 20190701-20210115]
BORIS_ZELENKO_ [RURELI]
\t[RUROPP >200101]
NOBODY_IN_PARTICULAR_
\t[---]
"""


def test_phoenix_reads_names_synonyms_and_dated_roles():
    records = phoenix.read_actors(ACTORS, "mine.txt")
    assert [r.names for r in records] == [("RURITANIA", "RURITANIAN", "STRELSAU"), ("ANTON VELKOV",),
                                          ("BORIS ZELENKO",)]
    country, minister, other = records
    assert country.default == "RUR" and country.roles == ()
    assert minister.roles == (phoenix.PhoenixRole("RURGOV", date(2015, 3, 1), date(2019, 6, 30)),
                              phoenix.PhoenixRole("RURMIL", date(2019, 7, 1), date(2021, 1, 15)))
    assert other.default == "RURELI" and other.roles == (phoenix.PhoenixRole("RUROPP", date(2020, 1, 1)),)
    assert minister.line == 5


@pytest.mark.parametrize(("line", "message"), [
    ("\t[RURGOV 2015-2019]", "not YYMMDD or YYYYMMDD"),
    ("\t[RURGOV 190101-150101]", "ends"),
    ("\t[RURGOV 150101]", "not <date, >date or date-date"),
    ("+_ [RURGOV]", "a name line without a name"),
])
def test_phoenix_reader_skips_a_bad_line_and_names_file_and_line(line, message):
    problems: list[str] = []
    [record] = phoenix.read_actors("SOMEONE_\n" + line + "\n\t[RURGOV >190102]\n", "mine.txt", problems)
    assert record.roles == (phoenix.PhoenixRole("RURGOV", date(2019, 1, 2)),)
    assert len(problems) == 1 and problems[0].startswith("mine.txt: line 2: ") and message in problems[0]


def test_phoenix_reader_without_a_list_skips_the_same_lines():
    [record] = phoenix.read_actors("SOMEONE_\n\t[RURGOV 2015017-190101]\n\t[RURGOV >190102]\n", "x")
    assert record.roles == (phoenix.PhoenixRole("RURGOV", date(2019, 1, 2)),)


def test_phoenix_decodes_each_line_on_its_own():
    raw = "CAF\u00c9_ONE_ [RUR]\n".encode() + "+CAF\xc9_TWO_\n".encode("latin-1")
    assert phoenix.decode_lines(raw).splitlines() == ["CAF\u00c9_ONE_ [RUR]", "+CAF\u00c9_TWO_"]


def test_phoenix_agents_expand_sets_and_plurals_and_skip_prefix_codes():
    text = ("!PERSON! = MAN, WOMAN\nFERRY!PERSON! [~TRN]\nBOARD_OF_WARDENS {BOARDS_OF_WARDENS} [~GOV]\n"
            "SAILOR {} [~MIL]\nHARBOUR_WATCH [IGO~]\n")
    got = {(a.text, a.code) for a in phoenix.read_agents(text, "agents.txt")}
    assert got == {("ferryman", "TRN"), ("ferrywoman", "TRN"), ("board of wardens", "GOV"),
                   ("boards of wardens", "GOV"), ("sailor", "MIL")}


def test_phoenix_discards_mark_stories():
    got = phoenix.read_discards("+CHESS OLYMPIAD\nTHIRD SEED  # tennis\n")
    assert got == [phoenix.PhoenixDiscard("chess olympiad", True), phoenix.PhoenixDiscard("third seed", False)]


def test_phoenix_content_tells_the_formats_apart():
    assert phoenix.looks_like_phoenix(ACTORS)
    assert not phoenix.looks_like_phoenix("actors:\n  - code: NORGOV\n    names: [Storting]\n")
    assert not phoenix.looks_like_phoenix("")


def test_phoenix_dated_person_has_no_role_outside_its_dates():
    [_, minister, other] = phoenix.read_actors(ACTORS, "mine.txt")
    book = load_builtin()
    layer_phoenix(book, [minister, other])
    velkov = book.phrases["ANTON VELKOV"].person
    assert isinstance(velkov, DatedPerson)
    assert velkov.code_on(date(2016, 1, 1)) == "RURGOV"
    assert velkov.code_on(date(2020, 1, 1)) == "RURMIL"
    assert velkov.code_on(date(2023, 1, 1)) == ""  # no role, no default: no actor
    assert velkov.code_on(None) == ""  # undated: which role is unknown
    zelenko = book.phrases["BORIS ZELENKO"].person
    assert zelenko.code_on(date(2010, 1, 1)) == "RURELI" and zelenko.code_on(date(2021, 1, 1)) == "RUROPP"


def test_phoenix_bundled_files_sit_under_ours():
    book, conflicts = load_book()
    ours = load_builtin()
    for text, entry in ours.phrases.items():  # every phrase of ours keeps its entry
        assert book.phrases[text] == entry, text
    assert len(book.phrases) > 5 * len(ours.phrases)
    assert conflicts and all(c.ours != c.theirs for c in conflicts)
    assert all(c.text in ours.phrases for c in conflicts)
    lower = {t.lower() for t in ours.phrases}
    extra = [t for t, e in book.phrases.items() if e.source]
    assert extra and not any(t.lower() in lower for t in extra)


def test_phoenix_bundled_names_that_are_role_words_are_left_out():
    book = load_actors()
    assert "SENATE" not in book.phrases and "Senate" not in book.phrases


def test_phoenix_user_file_wins_over_ours(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("WHITE_HOUSE_ [RURGOV]\nANTON_VELKOV_\n\t[RURGOV 150301-190630]\n", encoding="latin-1")
    book = load_builtin()
    conflicts = extend_any(book, path)
    assert book.phrases["WHITE HOUSE"].code == "RURGOV"
    assert "White House" not in book.phrases
    assert [(c.text, c.ours, c.theirs) for c in conflicts] == [("White House", "RURGOV", "USAGOV")]


def test_phoenix_user_file_with_no_records_is_one_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("# nothing but [a comment]\nJUST_A_NAME_\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="empty.txt"):
        extend_any(load_builtin(), path)


def test_phoenix_user_file_codes_text(tmp_path):
    from accord.config import Settings
    from accord.pipeline import Pipeline

    path = tmp_path / "mine.txt"
    path.write_text("MINISTRY_OF_QUIET_AFFAIRS_ [NORGOV]\n", encoding="utf-8")
    p = Pipeline(Settings(database_url="sqlite://", actors=[path]))
    events = p.code_text("The Ministry of Quiet Affairs criticised Sweden on Monday.", date(2020, 1, 8))
    assert any(e.source == "NORGOV" and e.target.startswith("SWE") for e in events)


@pytest.mark.parametrize(("text", "name", "code"), [
    # provinces only the Phoenix files list
    ("Gunmen attacked a police post in Takhar on Monday.", "Takhar", "AFG"),
    ("Gunmen attacked a police post in Laghman on Monday.", "Laghman", "AFG"),
])
def test_phoenix_bundled_place_resolves_in_text(pipeline, text, name, code):
    from accord.records import Article

    [coded] = pipeline.process([Article(text=text, date=date(2019, 3, 4))])
    assert any(m.text == name and m.code == code for m in coded.mentions), coded.mentions


def test_phoenix_bundled_name_inside_a_longer_name_is_not_matched(pipeline):
    from accord.records import Article

    [coded] = pipeline.process([Article(text="Lawrence Ferlinghetti met the mayor of Portland.",
                                        date=date(2019, 3, 4))])
    assert not any(m.text == "Lawrence" for m in coded.mentions)


def test_phoenix_dictionary_check_lists_conflicts(tmp_path):
    import json

    from typer.testing import CliRunner

    from accord.cli import app

    path = tmp_path / "mine.txt"
    path.write_text("WHITE_HOUSE_ [RURGOV]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["dictionary", "check", "--actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {"kind": "actor", "text": "White House", "used": "RURGOV", "other": "USAGOV", "source": "Accord",
            "day": None} in rows
    assert any(r["source"].startswith("Phoenix.") for r in rows)  # the bundled layer's conflicts too


BAD_ROLE = """RURITANIA_  [RUR]
ANTON_VELKOV_
\t[RURGOV 150301-1906300]
\t[RURMIL 20190701-20210115]
BORIS_ZELENKO_ [RURELI]
"""


def test_phoenix_dictionary_check_reports_a_bad_line_and_reads_the_rest(tmp_path):
    import json

    from typer.testing import CliRunner

    from accord.cli import app

    path = tmp_path / "bad.txt"
    path.write_text(BAD_ROLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["dictionary", "check", "--actors", str(path), "--limit", "1"])
    assert result.exit_code == 0, result.output
    problems = [ln for ln in result.stdout.splitlines() if ln.startswith("actor problem: ")]
    assert len(problems) == 1
    assert problems[0].startswith(f"actor problem: {path}: line 3: [RURGOV 150301-1906300]: date '1906300'")
    assert any(ln.startswith("actor dictionaries loaded;") and ln.endswith("1 line left out")
               for ln in result.stdout.splitlines())
    rows = [json.loads(ln) for ln in
            CliRunner().invoke(app, ["dictionary", "check", "--actors", str(path), "--json"]).stdout.splitlines()]
    assert {"kind": "actor problem", "message": problems[0][len("actor problem: "):]} in rows


def test_phoenix_user_file_bad_line_is_a_warning_when_coding(tmp_path, caplog):
    path = tmp_path / "bad.txt"
    path.write_text(BAD_ROLE, encoding="utf-8")
    with caplog.at_level("WARNING", logger="accord.actors.dictionary"):
        book = load_actors((path,), False)
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}: line 3: [RURGOV 150301-1906300]: date '1906300' is not YYMMDD or YYYYMMDD; line skipped"]
    velkov = book.phrases["ANTON VELKOV"].person
    assert velkov.code_on(date(2020, 1, 1)) == "RURMIL" and velkov.code_on(date(2016, 1, 1)) == ""
    assert book.phrases["BORIS ZELENKO"].code == "RURELI"


def test_phoenix_layer_can_be_turned_off_and_changes_the_coder_version():
    import spacy

    from accord.coding.coder import CameoCoder
    from accord.config import Settings
    from accord.lexicon.cameo import load_codebook

    assert Settings(database_url="sqlite://").phoenix_actors
    nlp = spacy.blank("en")
    on, off = load_actors((), True), load_actors((), False)
    assert "TAKHAR" in on.phrases and "TAKHAR" not in off.phrases
    assert CameoCoder(nlp, on, load_codebook()).version != CameoCoder(nlp, off, load_codebook()).version
