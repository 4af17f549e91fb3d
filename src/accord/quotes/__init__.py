"""Direct and indirect quotes, who is quoted, and how much of a document rests on anonymous sources.

Choices where news text is ambiguous:

- A direct quote's text includes its quote marks. A quote split around its tag ("“We are ready,” he said,
  “to talk.”") is one quote whose span runs from the first opening mark to the last closing mark, tag
  included; `cue_*` and `speaker_*` point inside it. An indirect quote is the reported clause; when the
  tag sits inside that clause ("The goal, officials said, is ..."), the span covers the tag too. So
  `text == document[start:end]` always holds.
- An unclosed double quote runs to the end of its paragraph (the news convention for a quote that goes on
  in the next paragraph, which then opens with a quote mark and keeps the speaker). A ‘ that never closes
  in its paragraph is not a quote mark. Single quotes inside double quotes (and double inside single) are
  nested and belong to the outer quote. Straight single quotes are apostrophes, never quote marks.
- Paragraphs are separated by blank lines; in a text without blank lines, by line breaks.
- The speaker is the subject of the speech tag right after the quote, right before it, or of the speech
  verb (or speech noun: "a statement condemning ...") that governs it. A quote with no tag that opens a
  sentence keeps the speaker of the last quote in its paragraph. "he"/"she"/"they" as the subject of a tag
  refer to the previous speaker unless a newer person is named in between.
- Speaker kinds: "person" for a named person or a singular title ("Iran's foreign minister"); "anonymous"
  for an anonymity marker ("not authorised to speak", "familiar with"), an unnamed role ("officials", "the
  senior administration official", "sources"), an indefinite title ("a European minister") or unnamed
  people ("some analysts"); "organisation" for countries, institutions, media and unnamed spokespeople;
  "author" for "we"/"I" ("as we reported") and for quotes without any tag.
- With no speech tag at all, a quote with a verb and at least four words (or ending a sentence) is the
  author's; anything shorter is a scare quote and is not reported. A tag without a findable subject
  ("it was reported that") gives the kind "".
- Negated speech ("never said", "did not say") and questions ("asked whether") are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from ..actors.resolve import Actor, DocActors
from ..lexicon.quotes import QuoteCues, build_cues, load_cues, load_quote_words
from ..nlp.grammar import child_of
from ..records import Quote

__all__ = ["QuoteCues", "build_cues", "document_sourcing", "find_quotes", "load_cues"]

_WORDS = load_quote_words()  # data/quotes.yaml
FIRST_PERSON = _WORDS["first_person"]
SINGULAR_PRONOUNS = _WORDS["singular_pronouns"]
PLURAL_PRONOUNS = _WORDS["plural_pronouns"]
RELATIVE = _WORDS["relative_pronouns"]
INDEFINITE = _WORDS["indefinite_words"]
NAME_LABELS = _WORDS["name_labels"]
QUESTION_MARKS = _WORDS["question_marks"]
_CLAUSE_MARKS = _WORDS["clause_marks"]
_OWNER_PREPS = _WORDS["owner_preps"]
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"\n")
_OPEN_BEFORE = "([{—–-/“\"‘"
_MARKS = re.compile("[“”‘’\"]")  # the characters `_scan` reads
_MAX_GAP = 120          # characters of speech tag between the two parts of a split quote
_TAIL_TOKENS = 30       # tokens after a quote searched for its tag
_BEFORE_TOKENS = 40     # tokens before a quote searched for its tag
_UTTERANCE_WORDS = 4    # an untagged quote with a verb and this many words (or a full stop) is no scare quote


# -- public API --------------------------------------------------------------------------------------------

def find_quotes(doc: Doc, actors: DocActors, offset: int = 0, first_sentence: int = 0) -> list[Quote]:
    """Direct and indirect quotes of `doc` in text order; character offsets are shifted by `offset` and
    sentence indices by `first_sentence`, as for the chunks of `Pipeline._code`."""
    text = actors.text if actors.doc is doc else doc.text  # spaCy rebuilds Doc.text on every access
    if not text.strip():
        return []
    return _Finder(doc, actors, load_cues(), text).run(offset, first_sentence)


def document_sourcing(quotes: list[Quote]) -> dict:
    """How a document's quotes are sourced: counts by kind of speaker and the share that is anonymous."""
    n = len(quotes)
    anonymous = sum(q.anonymous for q in quotes)
    return {
        "quotes": n,
        "anonymous": anonymous,
        "named": sum(q.speaker_kind in ("person", "organisation") for q in quotes),
        "author": sum(q.speaker_kind == "author" for q in quotes),
        "unattributed": sum(q.speaker_kind == "" for q in quotes),
        "share_anonymous": round(anonymous / n, 3) if n else 0.0,
    }


# -- finding -----------------------------------------------------------------------------------------------

@dataclass
class _Found:
    """A quote while it is being read: its content tokens, its tag and its speaker so far."""

    kind: str
    start: int
    end: int
    paragraph: int
    content: set[int]
    closed: bool = True
    parts: list[tuple[int, int]] = field(default_factory=list)
    split_tag: tuple[Token, Token | None] | None = None
    utterance: bool = True
    opens_sentence: bool = False
    tagged: bool = False
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    subject: Token | None = None
    tag_region: set[int] = field(default_factory=set)
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str = ""
    speaker_kind: str = ""

    def take_speaker(self, other: _Found, with_cue: bool) -> None:
        self.speaker, self.speaker_kind = other.speaker, other.speaker_kind
        if with_cue:
            self.cue, self.cue_start, self.cue_end = other.cue, other.cue_start, other.cue_end
            self.speaker_text = other.speaker_text
            self.speaker_start, self.speaker_end = other.speaker_start, other.speaker_end
            self.subject = other.subject


class _Finder:
    def __init__(self, doc: Doc, actors: DocActors, cues: QuoteCues, text: str):
        self.doc, self.text, self.actors, self.cues = doc, text, actors, cues
        self.starts = doc.to_array(IDX).tolist()
        self._forms: dict[int, tuple[str, str]] = {}  # (lower-case form, lower-case lemma) by token, as read
        self.first_words = cues.marker_starts
        self.paragraphs = _paragraphs(self.text)
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.sentence_starts = [s.start_char for s in doc.sents]
        self.quoted = [False] * len(doc)
        self.direct_spans: list[tuple[int, int]] = []

    def run(self, offset: int, first_sentence: int) -> list[Quote]:
        direct = self._direct()
        for q in direct:
            for i in q.content:
                self.quoted[i] = True
        self.direct_spans = [(q.start, q.end) for q in direct]
        found = _one_per_span(direct + self._indirect())
        kept = self._attribute(found)
        return [self._record(q, offset, first_sentence) for q in kept]

    # -- direct quotes ---------------------------------------------------------------------------------

    def _direct(self) -> list[_Found]:
        out: list[_Found] = []
        for p, (a, b) in enumerate(self.paragraphs):
            found: list[_Found] = []
            for start, end, closed in _scan(self.text, a, b):
                if not any(c.isalnum() for c in self.text[start:end]):
                    continue
                part = _content(self.text, start, end, closed)
                tag = self._split_tag(found[-1], start) if found and found[-1].closed else None
                if tag is not None:  # the second part of a quote split around its tag
                    found[-1].end, found[-1].closed, found[-1].split_tag = end, closed, tag
                    found[-1].parts.append(part)
                else:
                    found.append(_Found("direct", start, end, p, set(), closed, parts=[part]))
            limits = [f.start for f in found[1:]] + [b]  # a tag after a quote ends where the next one opens
            for q, limit in zip(found, limits[:len(found)], strict=True):
                q.content = {i for x, y in q.parts for i in self._tokens(x, y)}
                words = [t for t in (self.doc[i] for i in q.content) if not t.is_punct and not t.is_space]
                said = "".join(self.text[x:y] for x, y in q.parts).rstrip("”\"’ ")
                q.utterance = any(t.pos_ in ("VERB", "AUX") for t in words) and (
                    len(words) >= _UTTERANCE_WORDS or said.endswith((".", "!", "?", ",")))
                before = self.text[a:q.start].rstrip()
                q.opens_sentence = not before or before[-1] in ".!?:”\"’)"
                tag = (q.split_tag or self._tag_after(q, limit) or self._tag_before(q, a, out)
                       or self._tag_above(q))
                if tag is not None:
                    self._set_tag(q, *tag)
                out.append(q)
        return out

    def _split_tag(self, first: _Found, start: int) -> tuple[Token, Token | None] | None:
        """The speech tag between two parts of one quote ("“We are ready,” he said, “to talk.”")."""
        x, y = first.parts[-1]
        gap = self.text[first.end:start]
        if not self.text[x:y].rstrip().endswith((",", "—", "–", "-", ":")) or len(gap) > _MAX_GAP \
                or "\n" in gap or not gap.rstrip().endswith((",", ":", "—", "–")):
            return None
        gap_tokens = [self.doc[i] for i in self._tokens(first.end, start)]
        if any(t.text in (".", "!", "?", ";") for t in gap_tokens):
            return None
        for tok in gap_tokens:
            if self._speech_verb(tok, tag=True):
                return (tok, self._subject(tok) or self._inverted_subject(tok)) if not _negated(tok) else None
        return None

    def _tag_after(self, q: _Found, limit: int) -> tuple[Token, Token | None] | None:
        """A tag right after the quote: ", he said." / ", said a diplomat who ..." / ", according to X"."""
        x, y = _content(self.text, q.start, q.end, q.closed)
        ends = self.text[x:y].rstrip("”\"’ ")
        if not ends.endswith((",", ".", "!", "?", "—", "–", "-", ":")) \
                and self.text[q.end:q.end + 2].lstrip()[:1] not in (",", "—", "–"):
            return None  # the quote runs on into its sentence ("the “maximum pressure” campaign")
        tail: list[Token] = []
        for tok in self.doc[bisect_left(self.starts, q.end):]:
            if tok.idx >= limit or "\n" in tok.text or len(tail) >= _TAIL_TOKENS:
                break
            tail.append(tok)
            if tok.text in (".", "!", "?", ";"):
                break
        for n, tok in enumerate(tail):
            if _according(tok) and not any(not t.is_punct for t in tail[:n]):
                return tok, _according_to(tok)
            if not self._speech_verb(tok, tag=True):
                continue
            if _negated(tok) or any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i and c.i not in q.content
                                    for c in tok.children):
                return None
            subj = self._subject(tok)
            allowed = {t.i for t in subj.subtree} if subj is not None else set()
            for c in tok.children:
                if c.dep_ in ("advmod", "aux", "npadvmod"):
                    allowed.update(t.i for t in c.subtree)
            if any(t.i not in allowed for t in tail[:n] if not t.is_punct):
                return None
            return tok, subj or self._inverted_subject(tok)
        return None

    def _tag_before(self, q: _Found, paragraph_start: int, earlier: list[_Found]
                    ) -> tuple[Token, Token | None] | None:
        """A tag right before the quote: "He told reporters: ..." / "According to X, ...". """
        first = bisect_left(self.starts, q.start)
        floor = max([paragraph_start] + [e.end for e in earlier if e.paragraph == q.paragraph])
        for tok in reversed(self.doc[max(0, first - _BEFORE_TOKENS):first]):
            if tok.idx < floor or tok.text in (".", "!", "?", ";") or "\n" in tok.text:
                return None
            if _according(tok):
                return tok, _according_to(tok)
            if self._speech_verb(tok, tag=True):
                return (tok, self._subject(tok)) if not _negated(tok) else None
            if tok.pos_ in ("VERB", "AUX"):
                return None
        return None

    def _tag_above(self, q: _Found) -> tuple[Token, Token | None] | None:
        """A speech verb or noun that governs the quote ("called the sanctions “...”", "a statement
        condemning the “...”")."""
        for i in sorted(q.content):
            tok = self.doc[i]
            if tok.is_punct or tok.head.i in q.content or tok.head is tok:
                continue
            for _ in range(6):
                if tok.head is tok:
                    break
                tok = tok.head
                if self._speech_verb(tok):
                    return (tok, self._subject(tok)) if not _negated(tok) else None
                if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.cues.speech_nouns:
                    return tok, self._owner(tok)
                if not q.utterance and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "ccomp" and not (
                        self._speech_verb(tok.head) or tok.head.lemma_.lower() in self.cues.speech_nouns):
                    return None  # words inside another act's clause ("a plan to end the “costly” war"): scare quotes
        return None

    def _set_tag(self, q: _Found, cue: Token, subject: Token | None) -> None:
        q.tagged = True
        if _according(cue):
            to = child_of(cue, ("prep",))
            q.cue_start, q.cue_end = cue.idx, to.idx + len(to)
            q.cue = self.text[q.cue_start:q.cue_end]
            q.tag_region = {t.i for t in cue.subtree}
        else:
            q.cue, q.cue_start, q.cue_end = cue.text, cue.idx, cue.idx + len(cue)
            q.tag_region = self._region(cue, q.content)
        if subject is not None:
            self._set_speaker(q, subject)

    # -- indirect speech -------------------------------------------------------------------------------

    def _indirect(self) -> list[_Found]:
        out = []
        doc, strings = self.doc, self.doc.vocab.strings
        # only "according" and verbs of speech (by lemma) can be a speech cue: no Token is made for other words
        pos, lower, lemma = doc.to_array([POS, LOWER, LEMMA]).T
        verbs = (pos == VERB).nonzero()[0].tolist()
        lemmas = lemma.tolist()
        speech = {n for n in {lemmas[i] for i in verbs} if strings[n].lower() in self.cues.speech_verbs}
        cues = {i for i in verbs if lemmas[i] in speech} | set((lower == strings["according"]).nonzero()[0].tolist())
        for i in sorted(cues):
            if self.quoted[i]:
                continue
            tok = doc[i]
            if _according(tok):
                host, speaker = tok.head, _according_to(tok)
                if host is tok or speaker is None:
                    continue
                tokens = [t for t in host.subtree if not tok.left_edge.i <= t.i <= tok.right_edge.i]
            elif self._speech_verb(tok) and not _negated(tok):
                clause = child_of(tok, ("ccomp",))
                if clause is not None:
                    if self.quoted[clause.i] or any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS
                                                    for c in clause.children):
                        continue
                    tokens = _reported(tok, clause)
                elif tok.dep_ == "parataxis" or tok.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
                    tokens = [t for t in tok.head.subtree if not tok.left_edge.i <= t.i <= tok.right_edge.i]
                else:
                    continue
                speaker = self._subject(tok)
            else:
                continue
            tokens = _strip(tokens)
            words = [t for t in tokens if not t.is_punct]
            if len(words) < 2 or sum(self.quoted[t.i] for t in words) * 2 >= len(words):
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            for a, b in self.direct_spans:  # a partial quote inside the clause is whole within it
                if a < start < b or a < end < b:
                    start, end = min(start, a), max(end, b)
            q = _Found("indirect", start, end, self._paragraph(start), {t.i for t in tokens})
            self._set_tag(q, tok, speaker)
            out.append(q)
        return out

    # -- speakers --------------------------------------------------------------------------------------

    def _set_speaker(self, q: _Found, subject: Token) -> None:
        if subject.pos_ in ("NOUN", "PROPN") and subject.lemma_.lower() in self.cues.speech_nouns:
            subject = self._owner(subject) or subject
        phrase = _phrase(subject, q.content)
        q.subject = subject
        q.speaker_start, q.speaker_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        q.speaker_text = self.text[q.speaker_start:q.speaker_end]
        actor = self.actors.actor(subject)
        q.speaker = actor.code if actor is not None else ""
        q.speaker_kind = self._kind(subject, phrase, actor, q.tag_region)
        if q.speaker_kind == "anonymous":
            q.speaker = self._said_country(subject)

    def _kind(self, subj: Token, phrase: list[Token], actor: Actor | None, region: set[int]) -> str:
        low, lemma = subj.lower_, subj.lemma_.lower()
        if low in FIRST_PERSON:
            return "author"
        if low in SINGULAR_PRONOUNS:
            return "person"
        if subj.pos_ == "PRON":
            return "organisation" if actor is not None else ""
        name_parts = [subj] + [c for c in subj.children if c.dep_ == "appos"]
        if any(t.ent_type_ == "PERSON" for t in name_parts) or actor is not None and actor.kind == "person":
            return "person"
        if self._marked(region | {t.i for t in phrase}):
            return "anonymous"
        if lemma in self.cues.spokes_roles:
            return "organisation"
        plural = subj.tag_ in ("NNS", "NNPS") or lemma == "people"
        if lemma in self.cues.anonymous_roles:
            titled = not plural and any(c.lower_ in self.cues.identifying_modifiers for c in subj.children)
            return "person" if titled else "anonymous"
        if plural and subj.pos_ == "NOUN" and actor is None:
            return "anonymous"  # unnamed people: "some analysts", "critics"
        if lemma in self.cues.person_roles and not plural:
            indefinite = any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in INDEFINITE
                             for c in subj.children)
            return "anonymous" if indefinite else "person"
        if actor is not None or subj.ent_type_ in NAME_LABELS or lemma in self.cues.media_nouns \
                or subj.pos_ == "PROPN":
            return "organisation"
        return ""

    def _said_country(self, head: Token) -> str:
        """The country an anonymous source is said to be from, by a modifier of its head noun ("a senior
        Iranian official", "a U.S. official"); none for "a Western diplomat" or "people familiar with Iran's
        position" (not the host country, not a country merely named near it)."""
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < head.i:
                for tok in child.subtree:
                    found = self.actors.actor(tok) if tok.ent_type_ in ("NORP", "GPE") else None
                    if found is not None and found.code[:3].isalpha() and found.code[:3].isupper():
                        return found.code
        return ""

    def _marked(self, region: set[int]) -> bool:
        """Whether an anonymity marker ("on condition of anonymity") lies within `region`."""
        n, form = len(self.doc), self._form
        for i in region:
            if not _is_form(form(i), self.first_words):
                continue  # no marker starts here
            for marker in self.cues.markers:
                if i + len(marker) <= n and all(
                        i + k in region and _is_form(form(i + k), alts) for k, alts in enumerate(marker)):
                    return True
        return False

    def _form(self, i: int) -> tuple[str, str]:
        """The lower-case form and lemma of token `i`, read once."""
        found = self._forms.get(i)
        if found is None:
            tok = self.doc[i]
            found = self._forms[i] = (tok.lower_, tok.lemma_.lower())
        return found

    def _attribute(self, found: list[_Found]) -> list[_Found]:
        """Untagged quotes take the speaker before them in the paragraph (or are the author's); pronoun
        speakers take the previous speaker."""
        kept: list[_Found] = []
        for q in found:
            if q.kind == "direct" and not q.tagged:
                prev = self._previous(q, kept)
                if prev is not None:
                    q.take_speaker(prev, with_cue=True)
                elif q.utterance:
                    q.speaker_kind = "author"
                else:
                    continue  # a scare quote
            elif q.subject is not None and q.subject.lower_ in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
                prev = self._antecedent(q, kept)
                if prev is not None:
                    q.take_speaker(prev, with_cue=False)
            kept.append(q)
        return kept

    def _previous(self, q: _Found, kept: list[_Found]) -> _Found | None:
        """The speaker a quote without a tag continues: the last one in its paragraph when the quote opens
        a sentence, or the last of the previous paragraph when that ended inside an open quote."""
        if not q.opens_sentence:
            return None
        for prev in reversed(kept):
            if prev.paragraph == q.paragraph and prev.speaker_kind not in ("", "author"):
                return prev
            if prev.paragraph < q.paragraph:
                a = self.paragraphs[q.paragraph][0]
                opens = not self.text[a:q.start].strip()
                if opens and prev.paragraph == q.paragraph - 1 and prev.kind == "direct" and not prev.closed \
                        and prev.speaker_kind not in ("", "author"):
                    return prev
                return None
        return None

    def _antecedent(self, q: _Found, kept: list[_Found]) -> _Found | None:
        """The previous speaker a pronoun subject refers to, unless a person is named after them."""
        singular = q.subject.lower_ in SINGULAR_PRONOUNS
        for prev in reversed(kept):
            if prev.paragraph < q.paragraph - 1:
                return None
            if prev.subject is None or prev.subject.i >= q.subject.i:
                continue
            if singular and prev.speaker_kind in ("person", "anonymous") \
                    and prev.subject.tag_ not in ("NNS", "NNPS"):
                newer = [i for i, _, kind in self.actors.history
                         if kind == "person" and prev.subject.i < i < q.subject.i and not self.quoted[i]
                         and not prev.speaker_start <= self.doc[i].idx < prev.speaker_end]
                return None if newer else prev
            if not singular and prev.speaker_kind in ("anonymous", "organisation"):
                return prev
        return None

    # -- helpers ---------------------------------------------------------------------------------------

    def _speech_verb(self, tok: Token, tag: bool = False) -> bool:
        """A verb of speech, not "so-called"; with `tag`, also one that is speech only next to a quote
        ("he continued")."""
        return tok.pos_ == "VERB" and tok.dep_ != "amod" \
            and tok.lemma_.lower() in (self.cues.tag_verbs if tag else self.cues.speech_verbs)

    def _subject(self, verb: Token) -> Token | None:
        """The subject of a speech verb, through coordination and participles ("... and added", "adding");
        the noun a relative clause or participle hangs on ("a report that claims", "a statement saying")."""
        tok = verb
        for _ in range(4):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            named = [c for c in subjects if c.lower_ not in RELATIVE]
            if named:
                return named[0]
            if subjects or tok.dep_ == "acl":  # "a report that claims ...", "a statement saying ..."
                return tok.head if tok.dep_ in ("relcl", "acl") else None
            if tok.dep_ not in ("conj", "advcl", "xcomp") or tok.head is tok \
                    or tok.dep_ == "advcl" and tok.tag_ != "VBG":
                return None
            tok = tok.head
        return None

    @staticmethod
    def _inverted_subject(verb: Token) -> Token | None:
        """ "said Zarif" parsed with the speaker as an object."""
        for c in verb.rights:
            if c.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                return c
        return None

    def _owner(self, noun: Token) -> Token | None:
        """Who issued a statement or report: "the ministry's statement", "a report by the IAEA", "the
        ministry issued a statement", "the IAEA said in a report"."""
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
                pobj = child_of(c, ("pobj",))
                if pobj is not None and pobj.lemma_.lower() not in self.cues.speech_nouns:
                    return pobj
        tok = noun
        for _ in range(3):
            if tok.dep_ not in ("dobj", "pobj", "prep", "attr", "oprd") or tok.head is tok:
                return None
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return child_of(tok, ("nsubj",))
        return None

    def _region(self, cue: Token, content: set[int]) -> set[int]:
        """The tokens of a speech tag: the cue and what hangs from it, but not the reported clause."""
        out, stack = set(), [cue]
        while stack:
            tok = stack.pop()
            if tok.i in content:
                continue
            out.add(tok.i)
            stack.extend(c for c in tok.children
                         if c.dep_ not in ("ccomp", "conj", "parataxis") and not self._speech_verb(c))
        return out

    def _tokens(self, a: int, b: int) -> range:
        """Indices of the tokens overlapping characters a..b."""
        first = bisect_right(self.starts, a) - 1
        if first < 0 or self.starts[first] + len(self.doc[first]) <= a:
            first += 1
        return range(first, bisect_left(self.starts, b))

    def _paragraph(self, char: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, char) - 1)

    def _record(self, q: _Found, offset: int, first_sentence: int) -> Quote:
        def shift(x: int | None) -> int | None:
            return None if x is None else x + offset

        sentence = max(0, bisect_right(self.sentence_starts, q.start) - 1)
        return Quote(text=self.text[q.start:q.end], start=q.start + offset, end=q.end + offset, kind=q.kind,
                     cue=q.cue, cue_start=shift(q.cue_start), cue_end=shift(q.cue_end),
                     speaker_text=q.speaker_text, speaker_start=shift(q.speaker_start),
                     speaker_end=shift(q.speaker_end), speaker=q.speaker, speaker_kind=q.speaker_kind,
                     sentence_index=first_sentence + sentence, anonymous=q.speaker_kind == "anonymous")


# -- text and tokens ---------------------------------------------------------------------------------------

def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs: blank-line separated, else line separated."""
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    out, start = [], 0
    for m in sep.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()] or [(0, len(text))]


def _scan(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each outermost quote in text[a:b]; an unclosed double quote ends at b."""
    spans: list[tuple[int, int, bool]] = []
    not_marks: set[int] = set()
    opened: int | None = None
    single = False
    i = a
    while True:
        mark = _MARKS.search(text, i, b)  # only the quote marks change the state: the words between are skipped
        if mark is None:
            if opened is not None and single:
                not_marks.add(opened)  # a lone ‘ is no quote mark: read on from just after it
                i, opened = opened + 1, None
                continue
            break
        i = mark.start()
        ch = text[i]
        if opened is None:
            if ch in "“\"":
                opened, single = i, False
            elif ch == "‘" and i not in not_marks and _opens_word(text, i, a):
                opened, single = i, True
        elif single:
            if ch == "’" and _closes_word(text, i, b):
                spans.append((opened, i + 1, True))
                opened = None
        elif ch in "”\"":
            spans.append((opened, i + 1, True))
            opened = None
        elif ch == "“":  # a new quote opens before the last one closed: that one was left open
            spans.append((opened, _trim_end(text, opened, i), False))
            opened = i
        i += 1
        if i == b and opened is not None and single:
            not_marks.add(opened)
            i, opened = opened + 1, None
    if opened is not None:
        spans.append((opened, _trim_end(text, opened, b), False))
    return spans


def _opens_word(text: str, i: int, a: int) -> bool:
    return (i == a or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE) and i + 1 < len(text) \
        and not text[i + 1].isspace()


def _closes_word(text: str, i: int, b: int) -> bool:
    return not text[i - 1].isspace() and (i + 1 >= b or not text[i + 1].isalnum())


def _trim_end(text: str, start: int, end: int) -> int:
    return max(start + 1, len(text[:end].rstrip()))


def _content(text: str, start: int, end: int, closed: bool) -> tuple[int, int]:
    """The characters inside a quote's marks, without surrounding spaces."""
    x, y = start + 1, end - 1 if closed else end
    while x < y and text[x].isspace():
        x += 1
    while y > x and text[y - 1].isspace():
        y -= 1
    return x, y


def _strip(tokens: list[Token]) -> list[Token]:
    """A clause without its leading "that", conjunction or punctuation and its trailing punctuation; a leading
    "if", "unless", "once" ... stays: the quote is conditional."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc" or (
            tokens[0].dep_ == "mark" and tokens[0].lower_ in _CLAUSE_MARKS)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def _reported(verb: Token, clause: Token) -> list[Token]:
    """The clause a speech verb governs, without the verb's own adverbials that the parser hung on it
    ("said on Thursday it would ...")."""
    subject = child_of(clause, ("nsubj", "nsubjpass", "expl"))
    if subject is None or child_of(clause, ("mark",)) is not None:
        return list(clause.subtree)
    leading = {t.i for c in clause.children
               if c.dep_ in ("prep", "npadvmod", "advmod") and verb.i < c.i < subject.i for t in c.subtree}
    return [t for t in clause.subtree if t.i not in leading]


def _phrase(head: Token, content: set[int]) -> list[Token]:
    """The words of the phrase headed by `head`, outside the quote, without edge punctuation."""
    inside = {t.i for t in head.subtree if t.i not in content}
    lo = hi = head.i
    while lo - 1 in inside:
        lo -= 1
    while hi + 1 in inside:
        hi += 1
    words = head.doc[lo:hi + 1]
    first = next((t.i for t in words if not t.is_punct), head.i)
    last = next((t.i for t in reversed(words) if not t.is_punct and t.dep_ != "case"), head.i)
    return list(head.doc[first:last + 1])


def _is_form(forms: tuple[str, str], alts: frozenset[str]) -> bool:
    """A word's lower-case form or lemma is one of `alts`."""
    return forms[0] in alts or forms[1] in alts


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _by_according(q: _Found) -> bool:
    return " ".join(q.cue.lower().split()) == "according to"


def _one_per_span(found: list[_Found]) -> list[_Found]:
    """The quotes in text order, one per span: a clause both "according to" someone and governed by a speech
    verb ("the Institute will no longer need approval, according to the accord, the statement said") is the
    verb's."""
    by_span: dict[tuple[int, int], _Found] = {}
    for q in found:
        seen = by_span.get((q.start, q.end))
        if seen is None or _by_according(seen) and not _by_according(q):
            by_span[q.start, q.end] = q
    return sorted(by_span.values(), key=lambda q: (q.start, q.end))


def _according(tok: Token) -> bool:
    return tok.lower_ == "according" and child_of(tok, ("prep",)) is not None \
        and child_of(tok, ("prep",)).lower_ == "to"


def _according_to(tok: Token) -> Token | None:
    return child_of(child_of(tok, ("prep",)), ("pobj",))


def attribute(events, claims, quotes: list[Quote]) -> None:
    """An event or claim inside a quote is reported by the quote's speaker (when nothing nearer says who)."""
    spans = sorted(((q.start, q.end, q) for q in quotes if q.speaker or q.speaker_text), key=lambda s: s[:2])
    if not spans:
        return
    for e in events:
        q = _enclosing(spans, e.verb_start)
        if q is not None and not e.reported_by:
            e.reported_by, e.reported_by_text = q.speaker, q.speaker_text
    for c in claims:
        q = _enclosing(spans, c.start)
        if q is not None and not c.reported_by:
            c.reported_by = q.speaker


def _enclosing(spans, at: int | None):
    """The innermost quote whose span holds character `at`."""
    if at is None:
        return None
    best = None
    for start, end, q in spans:
        if start > at:
            break
        if start <= at < end and (best is None or end - start < best.end - best.start):
            best = q
    return best
