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
