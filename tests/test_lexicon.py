"""The lexicon layer: one reader that records what it read, one error format, one digest as coder version."""

from __future__ import annotations

import pytest

from accord.coding.coder import CameoCoder
from accord.errors import DictionaryError
from accord.lexicon import coder_digest, digest, read_data, read_path
from accord.lexicon.cameo import load_codebook, load_factuality_cues
from accord.lexicon.files import Source, validate


def test_lexicon_digest_follows_name_and_bytes():
    a = digest([("x.yaml", "1"), ("y.tsv", "2")], "model 1.0")
    assert a == digest([("y.tsv", "2"), ("x.yaml", "1")], "model 1.0")  # order of reading does not matter
    assert a != digest([("x.yaml", "1"), ("y.tsv", "3")], "model 1.0")
    assert a != digest([("x.yaml", "1"), ("y.tsv", "2")], "model 1.1")


def test_lexicon_reads_shipped_and_user_files_with_their_stamps(tmp_path):
    shipped = read_data("quotes.yaml")
    assert shipped.name == "quotes.yaml" and "speech_verbs" in shipped.text and len(shipped.digest) == 64
    mine = tmp_path / "mine.yaml"
    mine.write_text("codes: {}\n", encoding="utf-8")
    assert read_path(mine).stamp[0] == str(mine)
    with pytest.raises(DictionaryError, match=r"missing\.yaml: cannot read the verb dictionary"):
        read_path(tmp_path / "missing.yaml", "verb dictionary")


def test_lexicon_refuses_a_file_that_is_not_utf8(tmp_path):
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("codes: {caf\xe9: 1}\n".encode("latin-1"))
    with pytest.raises(DictionaryError, match=r"latin\.yaml: not UTF-8"):
        read_path(bad)


def test_lexicon_error_names_file_line_and_field(tmp_path):
    from accord.lexicon.cameo import _VerbFile

    text = 'reporting: [say]\ncodes:\n  "040":\n    verbs: ["meet with +"]\n  "4x0":\n    verbs: [talk]\n'
    with pytest.raises(DictionaryError, match=r"^mine\.yaml: line 2: codes: .*4x0"):
        validate(Source("mine.yaml", text, ""), _VerbFile)
    with pytest.raises(DictionaryError, match=r"^mine\.yaml: line 3: not valid YAML"):
        validate(Source("mine.yaml", "codes:\n  - [unclosed\n", ""), _VerbFile)


def test_lexicon_digest_covers_quotes_commitments_actors_and_model(pipeline, tmp_path):
    nlp, book = pipeline.nlp, load_codebook()
    cues = load_factuality_cues()
    base = coder_digest(nlp, book, cues)
    stamps = {name for m in (book, cues) for name, _ in m.sources}
    assert {"cameo/codes.tsv", "cameo/verbs.yaml", "cameo/rules.yaml", "factuality.yaml"} <= stamps
    extra = tmp_path / "actors.yaml"
    extra.write_text("actors:\n  - {code: FRA, text: Hexagone}\n", encoding="utf-8")
    assert coder_digest(nlp, book, cues, actor_files=[extra]) != base

    class Renamed:
        meta = {**nlp.meta, "version": nlp.meta["version"] + ".post1"}

    assert coder_digest(Renamed(), book, cues) != base


def test_lexicon_digest_is_the_coder_version(pipeline):
    coder = pipeline.coder
    assert isinstance(coder, CameoCoder)
    lexicon = coder_digest(pipeline.nlp, coder.codebook, load_factuality_cues(), layers=coder.book.layers)
    assert coder.version == f"cameo.v1+{lexicon}"


def test_lexicon_quote_and_commitment_lists_record_their_file():
    from accord.lexicon.commitments import load_lexicon
    from accord.lexicon.quotes import load_cues

    assert [n for n, _ in load_cues().sources] == ["quotes.yaml"]
    assert [n for n, _ in load_lexicon().sources] == ["commitments.yaml"]


def test_lexicon_word_lists_of_the_stages_come_from_data():
    from accord.actors import resolve
    from accord.lexicon import actor_sources
    from accord.lexicon.words import load_actor_words
    from accord.quotes import FIRST_PERSON

    words = load_actor_words()
    assert "spokesman" in resolve.PERSON_ROLES and resolve.PERSON_ROLES is words.person_roles
    assert "actors/resolution.yaml" in {name for name, _ in actor_sources()}
    assert FIRST_PERSON == {"i", "we", "me", "us"}
    assert load_factuality_cues()["clause_cues"]["condition"] == ["if", "unless"]


@pytest.mark.parametrize(("change", "where"), [
    (("  would: hypothetical", "  would: likely"), r"line \d+: aux\.would"),
    (("clause_cues:\n", "clause_cues:\n  maybe: [perhaps]\n"), r"line \d+: clause_cues\.maybe"),
])
def test_lexicon_factuality_file_is_checked(change, where):
    from accord.lexicon.cameo import _FactualityFile

    text = read_data("factuality.yaml").text
    assert change[0] in text
    with pytest.raises(DictionaryError, match=rf"^factuality\.yaml: {where}"):
        validate(Source("factuality.yaml", text.replace(*change, 1), ""), _FactualityFile)


def test_lexicon_quotes_file_wants_entity_labels_in_capitals():
    from accord.lexicon.quotes import _QuotesFile

    text = read_data("quotes.yaml").text
    assert "name_labels: [ORG," in text
    with pytest.raises(DictionaryError, match=r"^quotes\.yaml: line \d+: name_labels: .*upper-case entity label"):
        validate(Source("quotes.yaml", text.replace("name_labels: [ORG,", "name_labels: [org,", 1), ""), _QuotesFile)


@pytest.mark.slow
def test_lexicon_digest_is_the_same_in_a_fresh_process(pipeline):
    # a worker process, a Spark executor or tomorrow's `accord recode` must compute the version this process
    # stored, whatever the tests before changed in this process and whatever the hash seed
    import os
    import subprocess
    import sys

    child = ("from accord.config import Settings\nfrom accord.pipeline import Pipeline\n"
             "print(Pipeline(Settings(database_url='sqlite://', workers=1)).version)")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == pipeline.version


def test_lexicon_date_words_record_their_file_and_keep_the_calendar():
    from accord.lexicon.dates import _DatesFile, load_date_words

    words = load_date_words()
    assert [n for n, _ in words.sources] == ["dates.yaml"]
    assert words.months.index("june") == 5 and words.weekdays[0] == "monday"
    text = read_data("dates.yaml").text
    assert "months: [january, " in text
    with pytest.raises(DictionaryError, match=r"^dates\.yaml: line \d+: months: .*11 months, not 12"):
        validate(Source("dates.yaml", text.replace("months: [january, ", "months: [", 1), ""), _DatesFile)


def test_lexicon_inquiry_bodies_are_the_verb_files_set():
    book = load_codebook()
    assert book.rules["inquiry_bodies"] == {"commission", "panel", "committee", "tribunal", "team", "board",
                                            "mission"}
