"""The pattern grammar of verbs.yaml: synonym sets (`&name`) and a preposition's object (`(prep word)`), how
they compile, what they match over a parse, and the errors a malformed one gives (file, line, field)."""

from __future__ import annotations

from importlib import resources

import pytest

from accord.coding.match import best_match
from accord.errors import DictionaryError
from accord.lexicon.cameo import SET, build_codebook, compile_pattern, expand_sets, load_table
from accord.lexicon.files import Source
from accord.nlp.grammar import is_passive, slots_of


@pytest.fixture(scope="module")
def table():
    return load_table(resources.files("accord.data").joinpath("cameo", "codes.tsv").read_text(encoding="utf-8"))


def _book(table, text: str):
    rules = resources.files("accord.data").joinpath("cameo", "rules.yaml").read_text(encoding="utf-8")
    return build_codebook(Source("mine.yaml", text, ""), table, rules)


def _shapes(patterns):
    return {(p.code, p.words, p.target_prep) for p in patterns}


def test_verb_patterns_set_stands_for_each_member(table):
    book = _book(table, 'sets:\n  arms: [tank, "jet fighter"]\ncodes:\n  "072":\n    verbs: ["sell &arms to +"]\n')
    assert _shapes(book.verbs["sell"]) == {("072", ("tank",), "to"), ("072", ("jet", "fighter"), "to")}
    assert {p.text for p in book.verbs["sell"]} == {"sell tank to +", "sell jet fighter to +"}


def test_verb_patterns_set_may_name_a_set_and_stand_for_the_head(table):
    text = ('sets:\n  give: [sell, "hand over"]\n  arms: [tank, "&aircraft"]\n  aircraft: [warplane, drone]\n'
            'codes:\n  "072":\n    verbs: ["&give &arms"]\n')
    book = _book(table, text)
    assert _shapes(book.verbs["sell"]) == {("072", (w,), None) for w in ("tank", "warplane", "drone")}
    assert _shapes(book.verbs["hand"]) == {("072", ("over", w), None) for w in ("tank", "warplane", "drone")}


def test_verb_patterns_sets_expand_in_order():
    sets = {"a": ["x", "y"], "b": ["1", "2"]}
    assert expand_sets("v &a &b", sets) == ["v x 1", "v x 2", "v y 1", "v y 2"]


@pytest.mark.parametrize(("text", "words", "prep", "obj"), [
    ("pull out (of talk)", ("out", "of>talk"), None, False),
    ("investigation (into war crime)", ("into>war", "into>crime"), None, False),
    ("open fire (on +)", ("fire",), "on", False),
    ("open fire on +", ("fire",), "on", False),
    ("walk (out)", ("out",), None, False),
    ("accuse + (of spy)", ("of>spy",), None, True),
    ("inquiry (into abuse +)", ("into>abuse",), "into", False),
])
def test_verb_patterns_prep_group_names_the_preposition_object(text, words, prep, obj):
    p = compile_pattern("000", text, "here")
    assert (p.words, p.target_prep, p.target_object) == (words, prep, obj)


def test_verb_patterns_prep_object_counts_as_two_words():
    assert compile_pattern("161", "pull out (of talk)", "x").specificity > \
        compile_pattern("087", "pull out of +", "x").specificity


@pytest.mark.parametrize(("body", "message"), [
    ('verbs: ["sell &arm"]', r"codes\.072\.verbs\.0: pattern 'sell &arm' names set &arm, which is not defined"),
    ('verbs: [sell, "pull out (of talk"]', r"codes\.072\.verbs\.1: .*unmatched bracket"),
    ('verbs: ["(of talk) pull"]', r"codes\.072\.verbs\.0: .*a group must follow the head"),
    ('verbs: ["fire (on + rebel)"]', r"codes\.072\.verbs\.0: .*'\+' must close its group"),
    ('verbs: [sell, "sell tank @dealer"]', r"codes\.072\.verbs\.1: pattern 'sell tank @dealer' names doer kind "
                                          r"@dealer, which is not defined under doer_kinds"),
])
def test_verb_patterns_error_names_file_line_and_field(table, body, message):
    with pytest.raises(DictionaryError, match=r"^mine\.yaml: line 5: " + message):
        _book(table, f'sets:\n  arms: [tank]\ncodes:\n  "072":\n    {body}\n')


def test_verb_patterns_doer_kind_is_a_word_that_counts(table):
    book = _book(table, 'codes:\n  "183":\n    verbs: ["bomb @irregular"]\n  "195":\n    verbs: [bomb]\n')
    assert [(p.code, p.words) for p in book.verbs["bomb"]] == [("183", ("@irregular",)), ("195", ())]


def test_verb_patterns_same_pattern_under_two_codes_is_refused(table):
    text = ('sets:\n  arms: [tank]\ncodes:\n  "070":\n    nouns: ["sale tank"]\n'
            '  "072":\n    nouns: [aid, "sale &arms"]\n')
    with pytest.raises(DictionaryError, match=r"^mine\.yaml: line 7: codes\.072\.nouns\.1: pattern 'sale &arms' "
                                              r"\(as 'sale tank'\) is already listed under 070"):
        _book(table, text)


@pytest.mark.parametrize(("sets", "message"), [
    ("  a: [x, '&b']\n  b: ['&a']", r"line \d: sets\.\w\.0: set &\w contains itself"),
    ("  a: [x, '&c']", r"line 2: sets\.a\.1: set &c is not defined"),
    ("  A-b: [x]", r"line 2: sets\.A-b: set name 'A-b' must be a lower-case word"),
    ("  a: []", r"line 2: sets\.a: set 'a' must list one or more phrases"),
])
def test_verb_patterns_bad_set_is_named(table, sets, message):
    with pytest.raises(DictionaryError, match=r"^mine\.yaml: " + message):
        _book(table, f"sets:\n{sets}\ncodes: {{}}\n")


@pytest.mark.parametrize(("sentence", "head", "code"), [
    ("The prosecutor opened an investigation into fraud at the ministry.", "open", "091"),
    ("The prosecutor opened an investigation into the crash.", "open", "090"),
    ("Police launched a probe into election fraud.", "launch", "091"),
    ("Iran accused Estonia of spying.", "accuse", "1125"),
    ("Iran accused Estonia of lying.", "accuse", "112"),
])
def test_verb_patterns_prep_object_matches_over_the_parse(pipeline, table, sentence, head, code):
    text = ('sets:\n  crime: [fraud, corruption, spy]\n  inquiry: [investigation, probe]\ncodes:\n'
            '  "090":\n    verbs: ["&launch &inquiry"]\n'
            '  "091":\n    verbs: ["&launch &inquiry (into &crime)"]\n'
            '  "112":\n    verbs: [accuse]\n  "1125":\n    verbs: ["accuse (of spy)"]\n')
    book = _book(table, text.replace("&launch", "&start").replace("sets:\n", "sets:\n  start: [open, launch]\n"))
    verb = next(t for t in pipeline.nlp(sentence) if t.lemma_ == head)
    match = best_match(book.verbs[head], slots_of(verb, passive=is_passive(verb)))
    assert match is not None and match[0].code == code


def test_verb_patterns_every_shipped_set_is_named():
    import yaml

    data = yaml.safe_load(resources.files("accord.data").joinpath("cameo", "verbs.yaml").read_text(encoding="utf-8"))
    named = {name for entry in data["codes"].values() for texts in entry.values() for t in texts
             for name in SET.findall(t)}
    named |= {name for members in data["sets"].values() for m in members for name in SET.findall(m)}
    named |= {name for texts in data["complement_heads"].values() for t in texts for name in SET.findall(t)}
    assert data["sets"] and set(data["sets"]) <= named


def test_verb_patterns_set_defined_twice_is_refused(table):
    text = "sets:\n  arms: [tank]\n  # people\n  arms: [rifle]\ncodes: {}\n"
    with pytest.raises(DictionaryError, match=r"^mine\.yaml: line 4: sets: set 'arms' is defined twice"):
        _book(table, text)
