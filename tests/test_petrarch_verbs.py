"""The PETRARCH/TABARI verb dictionary read natively, layered under verbs.yaml and matched over the parse."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.dictionary import load_actors
from accord.coding.coder import CameoCoder
from accord.errors import DictionaryError
from accord.lexicon.cameo import load_codebook
from accord.lexicon.files import Source, read_data
from accord.lexicon.petrarch import compile_verbs, looks_petrarch, read_verb_dictionary

# A small verb dictionary in the PETRARCH format, written for these tests.
MINE = """\
# synonym sets
&GRIEVANCE
+DISPUTE
+QUARREL_

&SUPPLY_
+FOOD
+MEDICINE
+FUEL_OIL

####### VERB PATTERNS #######

--- EXCORIATE [---] ---
EXCORIATE   # a comment after a verb
- * (OVER &GRIEVANCE) [111]  # excoriate over a dispute
- * (FOR SILENCE) [---]

---  FERRY   [---]  ---
FERRY {FERRIES FERRIED FERRYING}
- * &SUPPLY (TO +) [073]
- RELIEF * [070]

---  SHELVE   [160]  ---
SHELVE
+PUT_OFF {+PUTS_OFF +PUTTING_OFF} [---]
- * {JOINT PROJECT} [161:161]

---  FLEE   [---]  ---
FLEE {FLEES FLED FLEEING}
- * (TO +) [:075]

~ a (a b ATTACK) SAY = a b 015

---  DOWNGRADE   [160]  ---
DOWNGRADE
- * {JOINT PROJECT} [161:161]
"""


def _source(text: str, name: str = "mine.verbs.txt") -> Source:
    return Source(name, text, "0" * 64)


@pytest.fixture(scope="module")
def coder(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("verbs") / "mine.verbs.txt"
    path.write_text(MINE, encoding="utf-8")
    return CameoCoder(pipeline.nlp, load_actors(()), load_codebook(path))


@pytest.fixture
def code_with(coder, pipeline):
    def run(text: str) -> list:
        events, _ = coder.code_doc(pipeline.nlp(text), date(2019, 5, 2))
        return [(e.source, e.code, e.target, e.factuality) for e in events]
    return run


def test_petrarch_reads_sets_blocks_members_and_patterns():
    book = read_verb_dictionary(_source(MINE))
    assert book.synsets["&grievance"] == {"dispute", "quarrel"}
    assert book.synsets["&supply"] == {"food", "medicine", "oil"}  # a phrase by its last word
    names = [b.name for b in book.blocks]
    assert names == ["EXCORIATE", "FERRY", "SHELVE", "FLEE", "DOWNGRADE"]
    shelve = book.blocks[2]
    assert shelve.code == "160" and [m.head for m in shelve.members] == ["shelve", "put"]
    put = shelve.members[1]
    assert put.after == ("off",) and put.code == "---" and put.forms == ("puts", "putting")
    ferry = book.blocks[1]
    assert ferry.members[0].forms == ("ferries", "ferried", "ferrying")
    first = ferry.patterns[0]
    assert [e.kind for e in first.post] == ["set", "prep"] and first.post[1].words == ("to", "+")
    assert ferry.patterns[1].pre[0].words == ("relief",)
    assert [(p.code, p.reverse) for p in (shelve.patterns[0], book.blocks[3].patterns[0])] == [
        ("161", "161"), ("", "075")]
    assert book.blocks[0].patterns[1].code == "---"
    assert any("line 32" in p and "transformation" in p for p in book.problems)


def test_petrarch_compiles_patterns_to_slot_keys():
    verbs = compile_verbs(read_verb_dictionary(_source(MINE)), _Pattern)
    excoriate = {p.words: p for p in verbs["excoriate"]}
    assert excoriate[("over>&grievance",)].code == "111"
    ferry = verbs["ferry"][0]
    assert ferry.words == ("&supply",) and ferry.target_prep == "to"
    assert verbs["ferried"] == verbs["ferry"]  # irregular forms index the same patterns
    assert [p.words for p in verbs["ferry"]][1] == ("^relief",)
    put = verbs["put"]
    assert all("off" in p.words for p in put) and not any(p.default for p in put)  # its own [---]
    shelve = next(p for p in verbs["shelve"] if p.default)
    assert shelve.code == "160" and shelve.default == "block"


def _Pattern(code, head, words, target_prep, target_object, text, reverse="", layer=0, default=""):
    from accord.lexicon.cameo import Pattern
    return Pattern(code, head, words, target_prep, target_object, text, reverse, layer, default)


@pytest.mark.parametrize(("text", "field"), [
    ("--- X [1a0] ---\nX\n", "code"),
    ("--- X [---] ---\nX\n- * WORD\n", "code"),
    ("--- X [---] ---\nX\n- WORD [010]\n", "pattern"),
    ("--- X [---] ---\nX\n- * (TO {A B) [010]\n", "pattern"),
])
def test_petrarch_skips_a_malformed_line_naming_it(text, field):
    book = read_verb_dictionary(_source("--- OK [---] ---\nOK\n" + text))
    assert any(p.startswith(f"mine.verbs.txt: line {n}: {field}") for p in book.problems for n in (3, 4, 5))


def test_petrarch_skips_a_pattern_with_an_undefined_set():
    book = read_verb_dictionary(_source("--- X [---] ---\nX\n- * &NOWHERE [010]\n- * WORD [020]\n"))
    assert [p.code for p in book.blocks[0].patterns] == ["020"]
    assert book.problems == ("mine.verbs.txt: line 3: pattern: synonym set &NOWHERE is not defined above; "
                             "the pattern is skipped",)


def test_petrarch_refuses_a_file_without_blocks():
    with pytest.raises(DictionaryError, match=r"mine\.verbs\.txt: no '--- NAME \[code\] ---' verb block"):
        read_verb_dictionary(_source("&SET\n+WORD\n"))


def test_petrarch_format_is_told_from_yaml_by_content():
    assert looks_petrarch(MINE)
    assert looks_petrarch(read_data("petrarch2", "CAMEO.2.0.txt").text)
    assert not looks_petrarch(read_data("cameo", "verbs.yaml").text)


def test_petrarch_shipped_dictionary_reads_with_few_problems():
    book = read_verb_dictionary(read_data("petrarch2", "CAMEO.2.0.txt"))
    assert len(book.blocks) > 300 and sum(len(b.patterns) for b in book.blocks) > 4000
    assert len(book.problems) < 20


def test_petrarch_codes_a_preposition_object_from_a_synonym_set(code_with):
    assert ("NOR", "111", "SWE", "asserted") in code_with("Norway excoriated Sweden over the fishing dispute.")
    assert not any(e[1] == "111" for e in code_with("Norway excoriated Sweden over the weather."))


def test_petrarch_no_event_pattern_codes_nothing(code_with):
    assert code_with("Norway excoriated Sweden for its silence.") == []


def test_petrarch_target_after_a_preposition_and_irregular_form(code_with):
    events = code_with("Greek ships ferried medicine to Cyprus.")
    assert ("GRC", "073", "CYP", "asserted") in events


def test_petrarch_verb_default_follows_the_policy(code_with):
    # petrarch_defaults: none (rules.yaml) -- the block's [160] alone codes nothing; a pattern does
    assert code_with("Japan downgraded the bridge with Korea.") == []
    events = code_with("Japan downgraded a joint project with Korea.")
    assert ("JPN", "161", "KOR", "asserted") in events and ("KOR", "161", "JPN", "asserted") in events


def test_petrarch_verb_that_calls_off_codes_no_event_of_its_own(code_with):
    # "shelve" makes what it governs called off (factuality.yaml); the same pattern as above codes nothing
    assert not any(e[3] == "asserted" for e in code_with("Japan shelved a joint project with Korea."))


def test_petrarch_reverse_only_code_swaps_the_actors(code_with):
    events = code_with("Thousands of Syrian refugees fled to Turkey.")
    assert any(e[0] == "TUR" and e[1] == "075" and e[2].startswith("SYR") for e in events)
    assert not any(e[0].startswith("SYR") and e[1] == "075" for e in events)


def test_petrarch_pattern_defers_to_our_event_noun(code_with):
    # our noun pattern codes the talks; "shelved" makes them called off, not a PETRARCH event of its own
    assert not any(e[3] == "asserted" for e in code_with("Japan shelved trade talks with Korea."))


def test_petrarch_pattern_with_our_words_and_another_code_is_left_out(tmp_path):
    path = tmp_path / "clash.txt"
    path.write_text("--- IMPOSE [---] ---\nIMPOSE\n- * SANCTION (ON +) [020]\n- * QUOTA [1721]\n",
                    encoding="utf-8")
    book = load_codebook(path)
    assert any(c.startswith("impose: verbs.yaml codes 'impose sanction on +' 163; '- * SANCTION (ON +) [020]'")
               for c in book.conflicts)
    assert all(p.code != "020" for p in book.under.get("impose", []))
    assert [p.code for p in book.under["impose"]] == ["1721"]


def test_petrarch_pattern_needs_a_target(tmp_path, pipeline):
    path = tmp_path / "wave.txt"
    path.write_text("--- WAVE [---] ---\nWAVE\n- * BANNER [141]\n", encoding="utf-8")
    coder = CameoCoder(pipeline.nlp, load_actors(()), load_codebook(path))

    def codes(text):
        return [(e.code, e.target) for e in coder.code_doc(pipeline.nlp(text), date(2019, 5, 2))[0]]

    # a protest (14) may have no target in verbs.yaml; a PETRARCH pattern codes only between two actors
    assert codes("Chilean students waved banners.") == []
    assert ("141", "PER") in codes("Chilean students waved banners against Peru.")


def test_petrarch_each_pattern_word_names_its_own_word(tmp_path, pipeline):
    path = tmp_path / "fighters.txt"
    path.write_text("&PLANE\n+JET\n+FIGHTER\n\n--- FLY [---] ---\nFLY\n- * {FIGHTER &PLANE} (OVER +) [138]\n",
                    encoding="utf-8")
    coder = CameoCoder(pipeline.nlp, load_actors(()), load_codebook(path))

    def codes(text):
        return [e.code for e in coder.code_doc(pipeline.nlp(text), date(2019, 5, 2))[0]]

    assert "138" in codes("Russia flew fighter jets over Estonia.")
    assert "138" not in codes("Russia flew fighters over Estonia.")


def _cli(*args):
    from typer.testing import CliRunner

    from accord.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_petrarch_cli_code_takes_either_verb_format(tmp_path):
    import json
    from importlib import resources

    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "r1", "date": "2019-05-02",
                                   "text": "Norway excoriated Sweden over the fishing dispute."}) + "\n",
                       encoding="utf-8")
    mine = tmp_path / "mine.verbs.txt"
    mine.write_text(MINE, encoding="utf-8")
    shipped = resources.files("accord.data").joinpath("petrarch2", "CAMEO.2.0.txt")
    out = {}
    for name, verbs in (("mine", mine), ("shipped", shipped), ("default", None)):
        pred = tmp_path / f"{name}.jsonl"
        result = _cli("code", "--records", records, "--output", pred, *(("--verbs", verbs) if verbs else ()))
        assert result.exit_code == 0, result.output
        out[name] = [json.loads(line)["code"] for line in pred.read_text(encoding="utf-8").splitlines()]
    assert out["mine"] == ["111"]  # only the user's PETRARCH file knows "excoriate"
    assert "111" not in out["shipped"] and out["shipped"] == out["default"]


def test_petrarch_cli_bad_verb_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("codes:\n  \"4x0\":\n    verbs: [talk]\n", encoding="utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": "r1", "text": "Peru met Chile."}\n', encoding="utf-8")
    result = _cli("code", "--records", records, "--output", tmp_path / "out.jsonl", "--verbs", bad)
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "bad.yaml: line 1: codes: Value error, code '4x0'" in lines[0]


def test_petrarch_cli_dictionary_check_lists_conflicts_and_problems(tmp_path):
    import json

    path = tmp_path / "clash.txt"
    path.write_text("--- IMPOSE [---] ---\nIMPOSE\n- * SANCTION (ON +) [020]\n- * &NOWHERE [1721]\n",
                    encoding="utf-8")
    result = _cli("dictionary", "check", "--verbs", path)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any(ln.startswith("verb conflict: impose: verbs.yaml codes 'impose sanction on +' 163") for ln in lines)
    assert any(ln.startswith("verb problem: ") and "line 4" in ln and "&NOWHERE" in ln for ln in lines)
    assert lines[-1] == "verb dictionaries loaded; 1 verb conflict (ours win), 1 line left out"
    rows = [json.loads(ln) for ln in _cli("dictionary", "check", "--verbs", path, "--json").stdout.splitlines()]
    assert {"kind": "verb problem", "message": next(ln for ln in lines if "&NOWHERE" in ln)[14:]} in rows


def test_petrarch_user_verb_file_changes_the_coder_version(pipeline, tmp_path):
    mine = tmp_path / "mine.verbs.txt"
    mine.write_text(MINE, encoding="utf-8")
    other = CameoCoder(pipeline.nlp, load_actors(()), load_codebook(mine))
    assert other.version != pipeline.coder.version and other.version.startswith("cameo.v1+")


def test_petrarch_pattern_of_prepositions_only_is_left_out():
    text = "--- LINK [---] ---\nLINK\n- * (WITH) [0311]\n- * INTO [080]\n- * (INTO TOWN) [192]\n- * (TO +) [042]\n"
    kept = [(p.words, p.target_prep) for p in compile_verbs(read_verb_dictionary(_source(text)), _Pattern)["link"]]
    assert kept == [(("into>town",), None), ((), "to")]


# A verb file for the tests of precedence and of the matcher: verbs.yaml codes "accuse" on its own (112), and
# by what is alleged only for kinds it lists (not subversion, hypocrisy, treachery).
LAYERED = """\
&TOPIC
+TRADE

--- ACCUSE [---] ---
ACCUSE
- * (OF SUBVERSION) [1125]
- * (OF HYPOCRISY) [---]
- * (OF TREACHERY) [161]

--- TOUT [---] ---
TOUT
- * {PROPOSED VISIT} (TO +) [036]

--- INK [---] ---
INK
- * {FREE-TRADE PACT} (WITH +) [057]

--- JOURNEY [---] ---
JOURNEY
- * (FOR TALKS) [046:046]

--- SERVE [---] ---
SERVE
- * ULTIMATUM [139]

--- SHIP [---] ---
SHIP
- * TANK (TO +) [072]

--- GOAD [111] ---
GOAD
TAUNT [110]

--- HOIST [---] ---
HOIST
- * BANNER [141]
- * (ON &TOPIC) [111]
"""


@pytest.fixture(scope="module")
def layered(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("layered") / "layered.verbs.txt"
    path.write_text(LAYERED, encoding="utf-8")
    coder = CameoCoder(pipeline.nlp, load_actors(()), load_codebook(path))

    def run(text: str) -> list:
        events, _ = coder.code_doc(pipeline.nlp(text), date(2019, 5, 2))
        return [(e.source, e.code, e.target) for e in events if e.factuality == "asserted"]
    return run


def test_petrarch_pattern_naming_a_phrase_refines_our_bare_verb(layered):
    assert ("RUS", "1125", "EST") in layered("Russia accused Estonia of subversion.")
    assert ("RUS", "112", "EST") in layered("Russia accused Estonia of lying.")  # ours: nothing more specific
    # a more specific PETRARCH [---] says this use is no event of the verb
    assert not any(e[1].startswith("11") for e in layered("Russia accused Estonia of hypocrisy."))
    # a more specific code of another root does not overturn our reading of the verb
    events = layered("Russia accused Estonia of treachery.")
    assert ("RUS", "112", "EST") in events and not any(e[1] == "161" for e in events)


def test_petrarch_verb_codes_on_their_own_are_not_used(layered):
    # petrarch_defaults: none -- neither a code on the verb's own line nor its block's codes the verb alone
    assert layered("France taunted Italy.") == []  # TAUNT [110]
    assert layered("France goaded Italy.") == []  # --- GOAD [111] ---


def test_petrarch_pattern_word_matches_the_written_form_of_a_modifier(layered):
    # {PROPOSED VISIT}: "proposed" is lemmatised to "propose"
    assert ("NOR", "036", "SWE") in layered("Norway touted the proposed visit to Sweden.")


def test_petrarch_pattern_word_after_a_party_object_is_found_in_its_phrase(layered):
    assert ("NOR", "139", "SWE") in layered("Norway served Sweden with an ultimatum.")


def test_petrarch_pattern_word_matches_a_coordinated_object(layered):
    assert ("NOR", "072", "SWE") in layered("Norway shipped troops and tanks to Sweden.")


def test_petrarch_preposition_phrase_matches_a_modifier_of_its_object(layered):
    assert ("NOR", "111", "SWE") in layered("Norway hoisted banners against Sweden on the trade deal.")


def test_petrarch_own_place_is_no_second_actor(layered):
    # 14 may go without a target in verbs.yaml; a PETRARCH pattern needs a second actor, not the source's place
    assert layered("Chile hoisted banners in Santiago.") == []
    assert ("CHL", "141", "PER") in layered("Chile hoisted banners against Peru.")


def test_petrarch_alternative_words_are_read_as_either():
    text = "--- GATHER [---] ---\nGATHER\n- * (TO/FOR PROTEST) [141]\n- BOMBING/BLAST * [183]\n"
    kept = {p.words for p in compile_verbs(read_verb_dictionary(_source(text)), _Pattern)["gather"]}
    assert kept == {("to>protest",), ("for>protest",), ("^bombing",), ("^blast",)}


def test_petrarch_hyphenated_word_matches_the_parts_the_parser_splits(layered):
    assert ("NOR", "057", "SWE") in layered("Norway inked a free-trade pact with Sweden.")
    assert not any(e[1] == "057" for e in layered("Norway inked a free pact on trade with Sweden."))


def test_petrarch_caret_stands_for_any_phrase():
    text = "--- OPEN [---] ---\nOPEN\n- * TALKS (IN ^) (WITH +) [046]\n- * LEAVE ^ INTO + [042]\n"
    kept = {(p.words, p.target_prep, p.target_object)
            for p in compile_verbs(read_verb_dictionary(_source(text)), _Pattern)["open"]}
    assert kept == {(("talks", "in"), "with", False), (("leave", "into"), None, True)}


def test_petrarch_reverse_code_of_a_planned_act_is_no_plan_of_the_target(layered):
    events = layered("The Norwegian foreign minister will journey to Sweden for talks.")
    assert ("NORGOV", "036", "SWE") in events
    assert not any(e[0].startswith("SWE") for e in events)  # Sweden does not plan the talks back


@pytest.mark.parametrize(("layer", "indexes"), [("under", "under_index"), ("verbs", "verbs_index")])
def test_petrarch_pattern_index_picks_what_a_full_scan_picks(pipeline, layer, indexes):
    """The index of a verb's many patterns (of the PETRARCH layer, and of ours) tries only those whose first word
    is at hand, in their order: for slots holding each pattern's own words (and one word of the pattern after
    it), it picks the pattern the scan of the whole list picks."""
    from accord.coding.match import best_match

    codebook = pipeline.coder.codebook
    doc = pipeline.nlp.make_doc(" ".join(f"w{n}" for n in range(12)))
    assert getattr(codebook, indexes)  # the shipped dictionaries have verbs with many patterns
    tried = 0
    for head, index in getattr(codebook, indexes).items():
        patterns = getattr(codebook, layer)[head]
        assert best_match(patterns, {}, False, index) == best_match(patterns, {})  # those that name no word
        for p, after in zip(patterns, patterns[1:] + patterns[:1], strict=True):
            words = [*p.words, *after.words[:1]] + ([p.target_prep] if p.target_prep else [])
            slots = {w: doc[n] for n, w in enumerate(dict.fromkeys(words)) if n < len(doc)}
            for distinct in (False, True):
                assert best_match(patterns, slots, distinct, index) == best_match(patterns, slots, distinct)
            tried += 1
    assert tried > 1000
