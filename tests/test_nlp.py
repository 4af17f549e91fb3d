"""Language identification: other languages are recognised; text too short to judge is left undetermined."""

from __future__ import annotations

import pytest

from accord.nlp.language import detect
from accord.records import Article


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Außenminister sagte, man "
     "werde die Lage weiter genau beobachten.", "de"),
    ("Le gouvernement français a annoncé lundi de nouvelles sanctions contre la Russie, a déclaré le porte-parole "
     "du ministère des Affaires étrangères à la presse.", "fr"),
    ("The foreign ministers of Japan and South Korea met in Tokyo on Monday to discuss the North Korean missile "
     "launches and agreed to keep sharing intelligence with Washington. Both said they would ask the Security "
     "Council to tighten the sanctions, and China's envoy was expected in Seoul later in the week for talks on "
     "the same subject.", "en"),
])
def test_nlp_language_of_a_paragraph(text, lang):
    assert detect(text)[0] == lang


@pytest.mark.parametrize("text", [
    "Qtly div 18 cts vs 18 cts prior\n    Pay December two\n    Record November nine",
    "Shr loss 12 cts vs profit 40 cts\n    Net loss 1.2 mln vs profit 3.9 mln",
    "Iran protested.",
])
def test_nlp_language_of_a_short_or_tabular_text_is_undetermined_unless_certain(text, pipeline):
    lang, prob = detect(text)
    assert lang in ("und", "en"), (lang, prob)
    assert pipeline.check_language(Article(text=text)) is None  # coded, not skipped


def test_nlp_language_takes_every_short_reuters_story_for_english_or_undetermined(shared):
    """Reuters-21578 (read from ../shared) is all English; its short stories are tables and one-liners, which a
    language identifier confuses with other languages ("Qtly div ..." as Nigerian Pidgin)."""
    import gzip
    import json

    path = shared / "corpora" / "reuters21578.jsonl.gz"
    if not path.exists():
        pytest.skip("../shared/corpora/reuters21578.jsonl.gz is not there")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [t for t in (json.loads(line)["text"] for line in fh) if len(t) < 400]
    assert len(texts) > 2000
    wrong = [(t[:60], *detect(t)) for t in texts if detect(t)[0] not in ("en", "und")]
    assert wrong == []


@pytest.mark.parametrize(("text", "dateline"), [
    ("OSLO, March 3 (Nordic Wire) — Norway said on Tuesday", "OSLO, March 3 (Nordic Wire) — "),
    ("ADDIS ABABA, Ethiopia, Feb. 9 — The African Union", "ADDIS ABABA, Ethiopia, Feb. 9 — "),
    ("FORT BRAGG, N.C., Oct. 2, 2018 (Accord Wire) -- Troops", "FORT BRAGG, N.C., Oct. 2, 2018 (Accord Wire) -- "),
    ("CAIRO (Reuters) - Egypt's foreign minister", "CAIRO (Reuters) - "),
    ("HAVANA — Cuba freed", "HAVANA — "),
    ("Iran - the country's envoy said", ""),
    ("The U.S. - China talks ended", ""),
    ("Pakistan and India agreed on Monday - a first - to", ""),
])
def test_nlp_dateline_at_the_start_of_a_story(text, dateline):
    from accord.nlp.dateline import dateline_end

    assert text[:dateline_end(text)] == dateline


def test_nlp_dateline_place_is_no_actor_and_offsets_still_count_from_the_start(code):
    text = "KYIV, Aug. 24 (Accord Wire) — Ukraine and Poland signed a defence pact on Monday."
    events = code(text)
    assert events and all("KYIV" not in (e.source_text, e.target_text) for e in events)
    assert {(e.source[:3], e.target[:3]) for e in events} >= {("UKR", "POL")}
    for e in events:
        assert text[e.source_start:e.source_end] == e.source_text
        assert e.sentence.startswith("Ukraine and Poland")


@pytest.mark.parametrize(("text", "expected"), [
    ("MINSK, Belarus, Feb. 11 — German Chancellor Angela Merkel and French President Francois Hollande met "
     "Vladimir Putin.", {("DEU", "RUS"), ("FRA", "RUS")}),
    ("ANKARA, Turkey, May 2 — Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdogan held "
     "talks on Syria.", {("IRN", "TUR"), ("TUR", "IRN")}),
])
def test_nlp_dateline_city_and_country_are_not_parties(code, text, expected):
    events = code(text, "2015-02-11")
    assert {(e.source[:3], e.target[:3]) for e in events} == expected


@pytest.mark.parametrize("text", [
    "Angola and Namibia signed a border accord\n\nThe ministers said the talks would resume in May.",
    "Oil prices rose on Tuesday after the talks ended\n    Saudi Arabia's oil minister said output would stay "
    "unchanged.",
])
def test_nlp_no_sentence_runs_across_a_paragraph_break(pipeline, text):
    doc = pipeline.nlp(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert len(sentences) == 2
    first, second = sentences
    assert text.startswith(first) and text.rstrip().endswith(second)
