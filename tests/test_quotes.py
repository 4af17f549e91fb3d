"""Quotes and sources: direct and indirect speech, who is quoted, and anonymous sourcing."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.resolve import DocActors
from accord.coding.dictionary import load_codebook
from accord.errors import DictionaryError
from accord.quotes import build_cues, document_sourcing, find_quotes, load_cues
from accord.records import Quote


@pytest.fixture
def quotes(pipeline):
    """Quotes of one text, checked for what every quote must satisfy."""

    def run(text: str, day: date = date(2019, 5, 6), offset: int = 0, first_sentence: int = 0) -> list[Quote]:
        doc = pipeline.nlp(text)
        found = find_quotes(doc, DocActors(doc, pipeline.coder.matcher, day), offset, first_sentence)
        for q in found:
            assert text[q.start - offset:q.end - offset] == q.text
            assert q.kind in ("direct", "indirect")
            assert q.anonymous == (q.speaker_kind == "anonymous")
            if q.cue_start is not None:
                assert text[q.cue_start - offset:q.cue_end - offset] == q.cue
            if q.speaker_start is not None:
                assert text[q.speaker_start - offset:q.speaker_end - offset] == q.speaker_text
        return found

    return run


def _only(found: list[Quote]) -> Quote:
    assert len(found) == 1, [(q.text, q.speaker_text) for q in found]
    return found[0]


# -- direct quotes -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "quoted", "cue", "speaker", "kind"), [
    ("“Moscow will respond in kind,” Lavrov said.", "“Moscow will respond in kind,”", "said", "Lavrov",
     "person"),
    ("Zarif told reporters in Tehran: “We will not renegotiate the deal.”",
     "“We will not renegotiate the deal.”", "told", "Zarif", "person"),
    ("“Beijing has crossed a red line,” said Taiwan’s foreign ministry.", "“Beijing has crossed a red line,”",
     "said", "Taiwan’s foreign ministry", "organisation"),
    ('"The tariffs on Chinese steel will stay," the US trade representative said.',
     '"The tariffs on Chinese steel will stay,"', "said", "the US trade representative", "person"),
    ("‘We will leave the EU on 31 October,’ the prime minister told parliament.",
     "‘We will leave the EU on 31 October,’", "told", "the prime minister", "person"),
    ("“The embargo is over,” according to a senior Iranian official.", "“The embargo is over,”",
     "according to", "a senior Iranian official", "anonymous"),
])
def test_quotes_direct_quote_speaker_from_speech_tag(quotes, text, quoted, cue, speaker, kind):
    q = _only(quotes(text))
    assert (q.kind, q.text, q.cue, q.speaker_text, q.speaker_kind) == ("direct", quoted, cue, speaker, kind)


def test_quotes_speaker_resolved_to_actor_code(quotes):
    q = _only(quotes("“We will defend our sovereignty,” Chinese Foreign Minister Wang Yi said."))
    assert q.speaker.startswith("CHN")


def test_quotes_split_quote_is_one_span_with_its_tag_inside(quotes):
    text = "“We are ready,” Zarif said, “to return to the talks in Vienna.”"
    q = _only(quotes(text))
    assert (q.start, q.end) == (0, len(text))
    assert q.start < q.cue_start < q.cue_end < q.end and q.speaker_text == "Zarif"


def test_quotes_direct_quote_spans_sentences(quotes):
    text = "“The talks failed. Nothing was agreed. We are going home,” the Chinese envoy said."
    q = _only(quotes(text))
    assert q.text.startswith("“The talks failed.") and q.text.endswith("home,”")
    assert q.speaker_text == "the Chinese envoy" and q.sentence_index == 0


def test_quotes_untagged_quote_keeps_previous_speaker_in_paragraph(quotes):
    found = quotes("“Tehran is isolated,” said a senior European diplomat who was not authorized to speak. "
                   "“Its options are running out.”")
    speaker = "a senior European diplomat who was not authorized to speak"
    assert [q.speaker_text for q in found] == [speaker, speaker]
    assert all(q.anonymous for q in found)


def test_quotes_quote_continued_in_next_paragraph_keeps_speaker(quotes):
    found = quotes("“We will not accept this,” said Wang Yi. “Taiwan is part of China.\n\n"
                   "“Any attempt at independence will fail.”")
    assert [q.speaker_text for q in found] == ["Wang Yi"] * 3
    assert found[1].text == "“Taiwan is part of China."


def test_quotes_pronoun_tag_refers_to_previous_speaker(quotes):
    found = quotes("“It is over,” said a senior Iranian official. “We will not return to Vienna,” he added.")
    assert [q.speaker_kind for q in found] == ["anonymous", "anonymous"]
    assert found[1].speaker_text == "he" and found[1].speaker == found[0].speaker


def test_quotes_pronoun_tag_refers_to_newer_named_person(quotes):
    found = quotes("“It is over,” said Mohammad Javad Zarif. Vladimir Putin arrived later. "
                   "“We will not wait,” he said.")
    assert found[0].speaker.startswith("IRN") and found[1].speaker.startswith("RUS")


@pytest.mark.parametrize(("text", "quoted", "cue", "speaker"), [
    ("Beijing called the arms sale to Taiwan “a gross interference”.", "“a gross interference”", "called",
     "Beijing"),
    ("Taiwan’s defence ministry issued a statement condemning the “reckless provocation” by the warships.",
     "“reckless provocation”", "statement", "Taiwan’s defence ministry"),
    ("The IAEA expressed “serious concern” about the enrichment at Fordow.", "“serious concern”", "expressed",
     "The IAEA"),
])
def test_quotes_partial_quote_belongs_to_governing_speaker(quotes, text, quoted, cue, speaker):
    q = _only([q for q in quotes(text) if q.kind == "direct"])
    assert (q.text, q.cue, q.speaker_text, q.speaker_kind) == (quoted, cue, speaker, "organisation")


def test_quotes_quote_without_speaker_is_the_authors(quotes):
    q = _only(quotes("“Trade wars are good and easy to win.”"))
    assert (q.speaker_kind, q.cue, q.speaker, q.cue_start) == ("author", "", "", None)


def test_quotes_scare_quote_is_not_a_quote(quotes):
    assert quotes("The so-called “maximum pressure” campaign on Iran continues.") == []


# -- indirect speech ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "reported", "cue", "speaker"), [
    ("Russian officials said that Moscow would expel two British diplomats.",
     "Moscow would expel two British diplomats", "said", "Russian officials"),
    ("According to Xinhua, the Chinese navy ended its drills near Taiwan.",
     "the Chinese navy ended its drills near Taiwan", "According to", "Xinhua"),
    ("The trade talks will resume in Geneva next week, diplomats said.",
     "The trade talks will resume in Geneva next week", "said", "diplomats"),
    ("Officials briefed on the draft said it would extend the tariffs to Chinese steel.",
     "it would extend the tariffs to Chinese steel", "said", "Officials briefed on the draft"),
    ("The aim of the visit, officials said, is to revive the nuclear talks.",
     "The aim of the visit, officials said, is to revive the nuclear talks", "said", "officials"),
    ("Britain will seek another delay, as the prime minister said on Monday.",
     "Britain will seek another delay", "said", "the prime minister"),
    ("China’s commerce ministry said on Thursday it would retaliate against the tariffs.",
     "it would retaliate against the tariffs", "said", "China’s commerce ministry"),
    ("The Kremlin denied that Russian troops had crossed into Ukraine.",
     "Russian troops had crossed into Ukraine", "denied", "The Kremlin"),
])
def test_quotes_indirect_speech_reported_clause_and_speaker(quotes, text, reported, cue, speaker):
    q = _only(quotes(text))
    assert (q.kind, q.text, q.cue, q.speaker_text) == ("indirect", reported, cue, speaker)


@pytest.mark.parametrize("text", [
    "The ministry did not say whether the talks with Iran would resume.",
    "Lavrov has never said that Russia would leave the treaty.",
    "Reporters asked whether China would retaliate against the tariffs.",
    "Merkel believes that the nuclear deal with Iran can be saved.",
])
def test_quotes_negated_speech_questions_and_beliefs_are_not_quotes(quotes, text):
    assert quotes(text) == []


def test_quotes_partial_quote_lies_whole_inside_reported_clause(quotes):
    found = quotes("Beijing said the visit by the American delegation was “a provocation”.")
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "the visit by the American delegation was “a provocation”"),
        ("direct", "“a provocation”")]
    assert {q.speaker_text for q in found} == {"Beijing"}


def test_quotes_direct_quote_is_not_also_indirect(quotes):
    found = quotes("Zarif said that “Iran is ready to talk.”")
    assert [q.kind for q in found] == ["direct"]


@pytest.mark.parametrize("text", [
    "In March, according to a deal to be signed with Seoul, the ministry will no longer need to ask the cabinet "
    "for approval, the ministry's statement said.",
    "Next year, according to the new treaty, Norway will share its fishing data with Russia, the minister said.",
])
def test_quotes_clause_according_to_a_document_and_said_is_one_quote_of_the_speaker(quotes, text):
    q = _only(quotes(text))
    assert q.cue == "said" and q.kind == "indirect"


# -- speaker kinds -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("Wang Yi said China would defend its sovereignty.", "Wang Yi", "person"),
    ("Iran’s foreign minister said the nuclear deal was dead.", "Iran’s foreign minister", "person"),
    ("The EU’s top diplomat said the agreement with Iran must be saved.", "The EU’s top diplomat", "person"),
    ("Iran said it would resume enrichment.", "Iran", "organisation"),
    ("The Russian foreign ministry said the expulsions were unjustified.", "The Russian foreign ministry",
     "organisation"),
    ("State media reported that the missile test was a success.", "State media", "organisation"),
    ("A spokesman for the Kremlin said the summit would go ahead.", "A spokesman for the Kremlin",
     "organisation"),
    ("A senior administration official who was not authorized to speak said the tariffs would stay.",
     "A senior administration official who was not authorized to speak", "anonymous"),
    ("The senior administration official said the tariffs would stay.", "The senior administration official",
     "anonymous"),
    ("Sources close to the negotiations said Beijing would cancel the soybean purchases.",
     "Sources close to the negotiations", "anonymous"),
    ("People familiar with the matter said Beijing would cancel the soybean purchases.",
     "People familiar with the matter", "anonymous"),
    ("Sceptics inside the government argue that the backstop will never be removed.",
     "Sceptics inside the government", "anonymous"),
    ("A European minister, speaking on condition of anonymity, said the deal with Iran was dead.",
     "A European minister, speaking on condition of anonymity", "anonymous"),
    ("Some analysts said the sanctions on Russia were failing.", "Some analysts", "anonymous"),
    ("As we reported last week, Britain will ask for another extension.", "we", "author"),
    ("It was reported that Tehran had expelled the inspectors.", "", ""),
])
def test_quotes_speaker_kind(quotes, text, speaker, kind):
    q = _only(quotes(text))
    assert (q.speaker_text, q.speaker_kind) == (speaker, kind)


# -- offsets -----------------------------------------------------------------------------------------------

def test_quotes_offsets_and_sentences_shift_with_chunk(quotes):
    text = "Talks ended in Geneva. “Nothing was agreed,” a Chinese negotiator said."
    plain = _only(quotes(text))
    shifted = _only(quotes(text, offset=500, first_sentence=7))
    assert (shifted.start, shifted.end, shifted.cue_start, shifted.speaker_start) == (
        plain.start + 500, plain.end + 500, plain.cue_start + 500, plain.speaker_start + 500)
    assert (plain.sentence_index, shifted.sentence_index) == (1, 8)


# -- bad input ---------------------------------------------------------------------------------------------

def test_quotes_unclosed_quote_runs_to_paragraph_end(quotes):
    text = ("“Russia will not be intimidated,” Lavrov said. “The sanctions are illegal and we respond\n\n"
            "The foreign ministry summoned the British ambassador.")
    found = quotes(text)
    assert [q.text for q in found] == ["“Russia will not be intimidated,”",
                                       "“The sanctions are illegal and we respond"]
    assert found[1].speaker_text == "Lavrov"


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("“The minister told us ‘no deal is better than a bad deal’ and then left,” a British negotiator said.",
     "“The minister told us ‘no deal is better than a bad deal’ and then left,”", "a British negotiator"),
    ("‘They keep saying “we are ready” but nothing happens,’ an EU official said.",
     "‘They keep saying “we are ready” but nothing happens,’", "an EU official"),
])
def test_quotes_nested_quote_belongs_to_outer_quote(quotes, text, quoted, speaker):
    q = _only(quotes(text))
    assert (q.text, q.speaker_text) == (quoted, speaker)


def test_quotes_lone_single_mark_is_no_quote(quotes):
    found = quotes("The ‘90s were different. Beijing’s statement said the visit was “a provocation”.")
    assert [q.text for q in found if q.kind == "direct"] == ["“a provocation”"]


def test_quotes_long_paragraph(quotes):
    sentences = []
    for n in range(100):
        sentences += [f"“Round {n} of the talks went well,” said a senior Iranian official.",
                      f"Russian diplomats said meeting {n} was useful.",
                      "The delegates then left the hall in Vienna."]
    found = quotes(" ".join(sentences))
    assert [q.kind for q in found].count("direct") == 100
    assert [q.kind for q in found].count("indirect") == 100
    assert all(q.anonymous for q in found)


def test_quotes_document_of_quotes_only(quotes):
    found = quotes("“Sanctions are theft.” “We will never negotiate under pressure.”\n\n“The world watches.”")
    assert [q.text for q in found] == ["“Sanctions are theft.”", "“We will never negotiate under pressure.”",
                                       "“The world watches.”"]
    assert {q.speaker_kind for q in found} == {"author"}


@pytest.mark.parametrize("text", ["", "   \n\n  ", "“", "“”", '"'])
def test_quotes_empty_or_bare_marks_give_nothing(quotes, text):
    assert quotes(text) == []


# -- sourcing and word lists -------------------------------------------------------------------------------

def _quote(kind: str) -> Quote:
    return Quote("“...”", 0, 5, "direct", speaker_kind=kind, anonymous=kind == "anonymous")


def test_document_sourcing_counts_and_share():
    counts = document_sourcing([_quote("anonymous"), _quote("anonymous"), _quote("person"),
                                _quote("organisation"), _quote("author"), _quote("")])
    assert counts == {"quotes": 6, "anonymous": 2, "named": 2, "author": 1, "unattributed": 1,
                      "share_anonymous": 0.333}


def test_document_sourcing_of_no_quotes():
    assert document_sourcing([])["share_anonymous"] == 0.0


def test_quotes_cues_join_reporting_verbs_without_thought_verbs():
    cues = load_cues()
    assert {"say", "tell", "add", "claim"} <= cues.speech_verbs and "believe" not in cues.speech_verbs


@pytest.mark.parametrize(("change", "field"), [
    (("speech_verbs: [reply", "speech_verbs: [Reply"), "speech_verbs"),
    (("not_speech:", "unknown_list: []\nnot_speech:"), "unknown_list"),
    (('"on condition of anonymity"', '"on condition|| of anonymity"'), "anonymity_markers"),
])
def test_quotes_cues_reject_malformed_file(change, field):
    from importlib import resources

    text = resources.files("accord.data").joinpath("quotes.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    with pytest.raises(DictionaryError, match=rf"quotes\.yaml: line \d+: {field}"):
        build_cues(text.replace(change[0], change[1], 1), load_codebook().reporting)


@pytest.mark.parametrize("text", [
    "The senator criticised a speech by the president revealing his plan to end the “wasteful” and “reckless” "
    "programme.",
    "The ministry welcomed the decision to scrap the “outdated” subsidies for farmers.",
])
def test_quotes_scare_quotes_in_an_acts_clause_are_no_quotes(quotes, text):
    assert [q.text for q in quotes(text) if q.kind == "direct"] == []


@pytest.mark.parametrize(("text", "said"), [
    ("The senator called the programme “wasteful”.", "“wasteful”"),
    ("The foreign minister said the agreement was “a fair outcome”.", "“a fair outcome”"),
])
def test_quotes_few_words_governed_by_speech_are_quotes(quotes, text, said):
    assert said in [q.text for q in quotes(text) if q.kind == "direct"]


def test_quotes_conditional_keeps_its_condition(quotes):
    q = _only(quotes("If the rebels attack again, the army will respond with force, the Colombian defence "
                     "minister warned."))
    assert q.text.startswith("If the rebels attack again")


@pytest.mark.parametrize(("text", "country"), [
    ("LIMA — A senior Western diplomat, who spoke on condition of anonymity, said the talks had stalled.", ""),
    ("LIMA — People familiar with the talks said Chile had rejected the offer.", ""),
    ("An official familiar with Iran's position said the talks had stalled.", ""),
    ("LIMA — A senior Chilean official said the talks had stalled.", "CHL"),
    ("A U.S. official who declined to be named said the talks had stalled.", "USA"),
])
def test_quotes_anonymous_source_is_of_the_country_it_is_said_to_be_from(quotes, text, country):
    q = _only(quotes(text))
    assert q.anonymous and q.speaker[:3] == country


@pytest.mark.parametrize(("text", "spans"), [
    ("He said “we will go” and then “we stay” again.", [("“we will go”", True), ("“we stay”", True)]),
    ("“First part, “second part” closes.", [("“First part,", False), ("“second part”", True)]),
    ("An unclosed “quote runs to the end", [("“quote runs to the end", False)]),
    ("Plain \"straight\" quotes and ‘one lone mark", [("\"straight\"", True)]),
])
def test_quotes_scan_finds_outermost_quotes_by_their_marks(text, spans):
    from accord.quotes import _scan

    found = _scan(text, 0, len(text))
    assert [(text[a:b], closed) for a, b, closed in found] == spans
