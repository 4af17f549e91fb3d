"""Resolve noun phrases of a parsed document to actor codes, with in-document aliases and pronouns."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TypeVar

from spacy.attrs import DEP, IDX, IS_SPACE, ORTH, POS
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon.phoenix import BUNDLED_ACTORS
from ..lexicon.words import load_actor_words
from .dictionary import ActorBook, Body, Entry

UNKNOWN = "---"
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod"}
_WORDS = load_actor_words()  # data/actors/resolution.yaml
PERSON_PRONOUNS = _WORDS.person_pronouns
THING_PRONOUNS = _WORDS.thing_pronouns
GROUP_PRONOUNS = _WORDS.group_pronouns
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS
_PLACE_PREPS = _WORDS.place_preps
T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """A resolved actor in text: its code and the characters it was read from."""

    code: str
    text: str
    start: int
    end: int
    kind: str = ""

    @property
    def known(self) -> bool:
        return not self.code.startswith(UNKNOWN)


class ActorMatcher:
    """Finds dictionary phrases in a spaCy Doc; built once per (vocabulary, actor book)."""

    def __init__(self, nlp, book: ActorBook):
        self.book = book
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.agent_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, Entry] = {}
        texts = list(book.phrases)
        for i, doc in enumerate(nlp.tokenizer.pipe(texts)):
            self.matcher.add(str(i), [doc])
            self.entries[str(i)] = book.phrases[texts[i]]
        self.keys = {str(i): t for i, t in enumerate(texts)}
        self.acronym_words = _acronym_words(book)
        # entries of the bundled Phoenix files, under Accord's own: matched only where the parser sees a name
        self.layered = {k for k, e in self.entries.items() if e.source.startswith(BUNDLED_ACTORS)}
        self.body_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.bodies: dict[str, tuple[str, Body]] = {}
        for i, (name, doc) in enumerate(zip(book.bodies, nlp.tokenizer.pipe(list(book.bodies)), strict=True)):
            self.body_matcher.add(f"body{i}", [doc])
            self.bodies[f"body{i}"] = (name, book.bodies[name])
        self.reporter_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for text, doc in zip(sorted(book.reporters), nlp.tokenizer.pipe(sorted(book.reporters)), strict=True):
            self.reporter_matcher.add(text, [doc])
        # places by their lower-case text, for datelines ("BOGOTA", "WASHINGTON")
        self.places = {text.lower(): e for text, e in book.phrases.items()
                       if e.kind in ("country", "capital", "place") and e.person is None}
        multi = [a for a in book.agents if " " in a]
        forms = [f for a in multi for f in (a, a + "s")]
        for doc in nlp.tokenizer.pipe(forms):
            self.agent_matcher.add(book.agents.get(doc.text) or book.agents[doc.text[:-1]], [doc])

    def find(self, doc: Doc, day: date | None = None, words: DocWords | None = None) -> list[tuple[Span, Entry]]:
        """Dictionary spans of `doc`, longest first where they overlap, case-checked; a layered person with no
        role on `day` is no span (a shorter phrase of ours inside it may still be)."""
        spans = []
        for match_id, start, end in _match(self.matcher, doc, words):
            key = doc.vocab.strings[match_id]
            span = doc[start:end]
            entry = self.entries[key]
            if key in self.layered and entry.person is not None and not entry.code_on(day):
                continue
            if entry.bare and (day is not None and not entry.person.holds_on(day) or _in_longer_name(span, self.book)):
                continue  # "Bush" in 2015, "Jeb Bush": a bare surname stands for the person only in office
            if key in self.layered and entry.person is not None and day is not None \
                    and any(t.rank < 2 and t.holds_on(day) for t in self.book.surnames.get(span.text, ())):
                continue  # a layered name that is the surname of one of our office holders of the day is theirs
            if entry.kind == "region" and not _modifier(span):
                # "Western diplomats", "Arab states"; not "the Gulf", "Gulf of Mexico"; a region's name still
                # hides the country names inside it ("Latin America" is not America)
                if len(span) > 1:
                    spans.append(Span(doc, start, end, label=key))
                continue
            if (_case_ok(self.keys[key], span) or entry.kind == "adjective" and not entry.source
                    and _lower_case_modifier(span)) and (key not in self.layered
                                                         or _named_entity_ok(span, self.entries[key].kind)):
                spans.append(Span(doc, start, end, label=key))
        return [(s, self.entries[s.label_]) for s in filter_spans(spans)
                if self.entries[s.label_].kind != "region" or _modifier(s)]

    def country_of(self, *places: str) -> str:
        """The country of the first of `places` (named alone, as in a dateline: "BOGOTA" is COL) that has one,
        or ""."""
        for place in places:
            entry = self.places.get(" ".join(place.split()).lower())
            code = entry.code[:3] if entry is not None else ""
            if code in self.book.countries:
                return code
        return ""

    def reporter_spans(self, doc: Doc, words: DocWords | None = None) -> list[Span]:
        """News agencies named as such ("Reuters", "the Associated Press"), case-checked, not part of a
        person's name."""
        spans = []
        for match_id, start, end in _match(self.reporter_matcher, doc, words):
            span = doc[start:end]
            if _case_ok(doc.vocab.strings[match_id], span) and not _in_longer_name(span, self.book):
                spans.append(span)
        return filter_spans(spans)

    def body_spans(self, doc: Doc, taken: dict[int, tuple[Span, Entry]], words: DocWords | None = None
                   ) -> list[tuple[Span, Body]]:
        """Bodies named without their country ("the Senate", "Congress"): names, case-checked, outside the
        dictionary spans (`taken`: "U.S. Senate"), not part of a longer name ("the Party Congress")."""
        spans = []
        for match_id, start, end in _match(self.body_matcher, doc, words):
            span = doc[start:end]
            name, body = self.bodies[doc.vocab.strings[match_id]]
            if any(t.i in taken for t in span) or not _case_ok(name, span) or span.root.pos_ != "PROPN" \
                    or self._in_longer_name(span, taken):
                continue
            spans.append(Span(doc, start, end, label=match_id))
        return [(s, self.bodies[s.label_][1]) for s in filter_spans(spans)]

    def _in_longer_name(self, span: Span, taken: dict[int, tuple[Span, Entry]]) -> bool:
        """A capitalised word before the name that is no country, or one after it that is no role word,
        names the body with it ("Trades Union Congress", "Party Congress", "Congress Party")."""
        doc = span.doc
        for i in (span.start - 1, span.end):
            if not 0 <= i < len(doc) or i in taken:
                continue
            tok = doc[i]
            if i < span.start:
                joined = tok.head.i in range(span.start, span.end) and tok.dep_ in ("compound", "amod", "nmod")
            else:
                joined = span.root.dep_ == "compound" and span.root.head.i == i
            # a role word after it is what the body is a modifier of ("Senate leaders", "Treasury Secretary")
            if joined and tok.pos_ == "PROPN" and tok.text[:1].isupper() and (i < span.start or not any(
                    w in self.book.agents or w in PERSON_ROLES for w in word_forms(tok))):
                return True
        return False

    def agent_spans(self, doc: Doc, words: DocWords | None = None) -> dict[int, tuple[Span, str]]:
        """Multi-word role phrases ("foreign minister"), keyed by their last token."""
        out = {}
        for match_id, start, end in _match(self.agent_matcher, doc, words):
            span = doc[start:end]
            out[end - 1] = (span, doc.vocab.strings[match_id])
        return out


def _acronym_words(book: ActorBook) -> dict[str, frozenset[str]]:
    """The last words of the organisations' full names by the acronym the book also lists for them ("EC":
    Community, Commission, Council; "IMF": Fund), from Accord's own files."""
    out: dict[str, set[str]] = {}
    for text, entry in book.phrases.items():
        words = text.split()
        if entry.kind not in ("igo", "institution") or entry.source or len(words) < 2:
            continue
        acronym = "".join(w[0] for w in words if w[:1].isupper())
        other = book.phrases.get(acronym)
        if len(acronym) > 1 and other is not None and other.code == entry.code and not other.source:
            out.setdefault(acronym, set()).add(words[-1])
    return {k: frozenset(v) for k, v in out.items()}


class DocWords:
    """The words of a Doc without its whitespace tokens, built once per document for every phrase matcher, so
    that a name broken by a line break matches as if it were not ("the United\nStates" in hard-wrapped wire
    text)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        space = doc.to_array(IS_SPACE)
        if not space.any():
            self.index: list[int] | None = None
            self.compact = doc
        else:
            kept = (space == 0).nonzero()[0]
            self.index = kept.tolist()
            # the words by their ids: the Doc takes their entries from the vocabulary without hashing strings
            self.compact = Doc(doc.vocab, words=doc.to_array(ORTH)[kept].tolist())

    def match(self, matcher: PhraseMatcher) -> list[tuple[int, int, int]]:
        """The matcher's (id, start, end) over the words, mapped back to the tokens of the Doc."""
        if self.index is None:
            return matcher(self.doc)
        words = self.index
        return [(m, words[start], words[end - 1] + 1) for m, start, end in matcher(self.compact)]


def _match(matcher: PhraseMatcher, doc: Doc, words: DocWords | None) -> list[tuple[int, int, int]]:
    """The matcher's (id, start, end) over `doc`, whitespace tokens left out (`DocWords`)."""
    return (words if words is not None and words.doc is doc else DocWords(doc)).match(matcher)


# The named-entity labels a layered (PETRARCH/Phoenix) phrase must carry in text, by entry kind.
_ENTITY_LABELS = {"person": {"PERSON"}, "country": {"GPE", "NORP", "LOC"}, "place": {"GPE", "LOC", "FAC"},
                  "igo": {"ORG", "NORP", "GPE"}, "institution": {"ORG", "NORP", "GPE", "FAC"}}


def _named_entity_ok(span: Span, kind: str) -> bool:
    """A phrase from a layered dictionary counts only where the parser sees a name of a fitting kind that the
    phrase does not cut ("Lawrence" is no town in "Lawrence Walsh", nor "Organization" a group inside a
    longer name): Phoenix lists tens of thousands of names, some of them also words or common names."""
    labels = _ENTITY_LABELS.get(kind, {"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"})
    seen = False
    for tok in span:
        if not tok.ent_type_:
            continue
        if tok.ent_type_ not in labels:
            return False
        seen = True
    if not seen:
        return False
    doc = span.doc
    if span[0].ent_iob_ == "I" and span.start > 0 and doc[span.start - 1].pos_ == "PROPN":
        return False
    return not (span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.end].pos_ == "PROPN")


def most_named(mentions: list[tuple[int, str]], ties: bool = True) -> str:
    """The country named most often among (position, country) mentions: the latest named on a tie, or none
    (`ties=False`)."""
    counts: dict[str, int] = {}
    for _, country in mentions:
        counts[country] = counts.get(country, 0) + 1
    top = max(counts.values())
    if not ties and sum(1 for n in counts.values() if n == top) > 1:
        return ""
    return next(c for _, c in reversed(mentions) if counts[c] == top)


def _has_words(name: str, words: list[str]) -> bool:
    """`words` occur in a row among the words of `name`."""
    parts = name.replace("-", " ").split() if len(words) == 1 and "-" not in words[0] else name.split()
    return any(parts[i:i + len(words)] == words for i in range(len(parts) - len(words) + 1))


def _in_longer_name(span: Span, book: ActorBook) -> bool:
    """A surname next to another capitalised name word that is no role word ("Jeb Bush", "Bush Sr", not
    "President Bush")."""
    doc = span.doc
    for i in (span.start - 1, span.end):
        if 0 <= i < len(doc):
            tok = doc[i]
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("PERSON", "") \
                    and not any(w in book.agents or w in PERSON_ROLES for w in word_forms(tok)):
                return True
    return False


def _country_of(owner: Actor | None) -> Actor | None:
    """The country of a known owner ("its", "whose"), as an actor named by the owner's words."""
    if owner is None or not owner.known or not owner.code[:3].isalpha():
        return None
    return Actor(owner.code[:3], owner.text, owner.start, owner.end, owner.kind)


def _bare(tok: Token) -> bool:
    """The word has "the" and nothing else before it, and no "of" phrase of a name ("the bloc", "the West"; not
    "the opposition bloc", "the West of Ireland", "the West Bank")."""
    if tok.dep_ in ("compound", "amod"):
        return False
    before = [c for c in tok.children if c.i < tok.i]
    if len(before) != 1 or before[0].dep_ != "det" or before[0].lower_ != "the":
        return False
    # "the West of Ireland" is a place; "accused the West of hypocrisy" hangs the charge on the name
    return not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
                   for c in tok.children)


def _in_full_name(tok: Token) -> bool:
    """The word is part of a person's name of two or more words."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return tok.ent_type_ == "PERSON" and any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in near)


def _against(tok: Token) -> bool:
    """The name is the object of an "anti-" or "pro-" prefix ("anti-Syria", "pro-Russian")."""
    doc = tok.doc
    low = tok.lower_
    if low.startswith(("anti-", "pro-")):
        return True
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].lower_ in ("anti", "pro"):
        return True
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "pro-")


def _sponsor(tok: Token) -> bool:
    """The word is a sponsor participle after a hyphen ("backed" of "Iran-backed"), or the name before one: what
    it names backs the noun and does not own it."""
    doc = tok.doc
    if tok.i >= 1 and doc[tok.i - 1].text in ("-", "–") and tok.lower_ in _WORDS.sponsor_words:
        return True
    low = tok.lower_
    if "-" in low and low.rsplit("-", 1)[1] in _WORDS.sponsor_words:  # one token: "Iranian-backed"
        return True
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and doc[tok.i + 2].lower_ in _WORDS.sponsor_words


_DASH = re.compile("[-–]")


def _near_dash(doc: Doc, text: str) -> set[int]:
    """The words with a hyphen or dash in them, and the words beside those: all that `_against` and `_sponsor`
    may hold true of. `text` is the text `doc` was parsed from (`Doc.text` rebuilds it from every token)."""
    if "-" not in text and "–" not in text:
        return set()
    starts = doc.to_array(IDX).tolist()
    out: set[int] = set()
    for dash in _DASH.finditer(text):
        i = bisect_right(starts, dash.start()) - 1  # the word the dash is in: there is none in whitespace
        out.update((i - 1, i, i + 1))
    return out


_ELIDED_KINDS = ("country", "adjective", "demonym")


def _elided(doc: Doc, taken: dict[int, tuple[Span, Entry]], book: ActorBook) -> list[tuple[Span, Entry]]:
    """Names whose shared words are written once, in the name after them: "North" of "North and South Korea",
    "East" of "East and West Germany" (a word before a dictionary name and coordinated with one of its words,
    that makes a dictionary name with the name's words after the first)."""
    out = []
    for span, _ in {id(v[0]): v for v in taken.values()}.values():
        if len(span) < 2:
            continue
        for word in sorted({c for t in span for c in t.conjuncts}, key=lambda c: c.i):
            if word.i >= span.start or word.i in taken:
                continue
            entry = book.phrases.get(" ".join([word.text, *(t.text for t in span[1:])]))
            if entry is not None and entry.kind in _ELIDED_KINDS:
                out.append((doc[word.i:word.i + 1], entry))
    return out


def _modifier(span: Span) -> bool:
    """The phrase modifies a noun after it, alone or coordinated ("Western diplomats", "Western and Arab
    states")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Western and Arab diplomats"
        root = root.head
    return root.dep_ in ("amod", "compound", "nmod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")


def _modifies(tok: Token, noun: Token) -> bool:
    """`tok` modifies `noun`, directly or through the modifiers between ("Normandy" in "Normandy format talks")."""
    while tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i:
        tok = tok.head
        if tok.i == noun.i:
            return True
    return False


def _lower_case_modifier(span: Span) -> bool:
    """A country's adjective written in lower case as an adjective of a noun ("russian banks", "japanese
    officials"): still the country (a word in lower case that only looks like one is no adjective there: "to
    polish relations")."""
    return len(span) == 1 and span.text.islower() and span.root.pos_ in ("ADJ", "PROPN") and _modifier(span)


def _case_ok(entry: str, span: Span) -> bool:
    """Capitalised dictionary entries need capitals in text; short acronyms need exact case."""
    text = span.text
    if entry.isupper() and len(entry.replace(".", "")) <= 3:
        return text == entry
    if entry[:1].isupper():
        return text[:1].isupper()
    return True


@lru_cache(maxsize=8)
def actor_matcher(nlp, book: ActorBook) -> ActorMatcher:
    return ActorMatcher(nlp, book)


def word_forms(tok: Token) -> tuple[str, ...]:
    """The forms of a word to look up among role words: as written in lower case, its lemma, and for a plural
    the parser took for a name ("Guerrillas abducted ...", "Militias shelled ..." opening a sentence: a proper
    noun keeps its plural as lemma) its singulars."""
    low = tok.lower_
    if tok.pos == PROPN and low.endswith("men") and len(low) > 5:  # "Policemen", "Gunmen"
        return low, tok.lemma_.lower(), low[:-3] + "man"
    if tok.pos != PROPN or not low.endswith("s") or low.endswith("ss") or len(low) < 5:
        return low, tok.lemma_.lower()
    if low.endswith("ies"):
        return low, tok.lemma_.lower(), low[:-3] + "y"
    return low, tok.lemma_.lower(), low[:-1], *((low[:-2],) if low.endswith("es") else ())


def join(country: str, agent: str) -> str:
    """Combine a country (or fuller) code with an agent code, without repeating the agent."""
    if not agent or country.endswith(agent) or len(country) > 3:
        return country
    return country + agent


class DocActors:
    """Actor resolution within one document: dictionary spans, role words, aliases, pronouns.

    `context` is the country the document is about when this doc is not the first piece of it (the one its
    pieces before named most), else the country it is datelined at, when known: a body or role word named
    without its country ("the Senate", "the army") may take it."""

    def __init__(self, doc: Doc, matcher: ActorMatcher, day: date | None, context: str = "", text: str | None = None,
                 from_dateline: bool = False):
        self.doc = doc
        # the text the doc was parsed from, when the caller has it: spaCy rebuilds Doc.text on every access
        self.text = doc.text if text is None else text
        self.book = matcher.book
        self.day = day
        self.context = context
        self.from_dateline = from_dateline  # the context is the dateline's country, not what pieces before named
        # the words of news agencies: the reporter, no actor
        words = DocWords(doc)
        self.reporters = {t.i for span in matcher.reporter_spans(doc, words) for t in span}
        self.by_token: dict[int, tuple[Span, Entry]] = {}
        for span, entry in matcher.find(doc, day, words):
            if not any(t.i in self.reporters for t in span):
                for t in span:
                    self.by_token[t.i] = (span, entry)
        for span, entry in _elided(doc, self.by_token, self.book):
            self.by_token[span.start] = (span, entry)
        self.bodies: dict[int, tuple[Span, Body]] = {}
        for span, body in matcher.body_spans(doc, self.by_token, words):
            for t in span:
                self.bodies[t.i] = (span, body)
        # (first token, country) of every dictionary span that names a state, in text order: what the
        # document is about
        self.countries: list[tuple[int, str]] = sorted(
            (span.start, code[:3]) for span, entry in {id(v[0]): v for v in self.by_token.values()}.values()
            if (code := entry.code_on(day))[:3] in self.book.countries and not _against(span[0]))
        # those of them that name a place within a state ("Darfur"), not the state as a party
        self.places = {i for i, _ in self.countries if self.by_token[i][1].kind == "place"}
        self.agent_spans = matcher.agent_spans(doc, words)
        # the same phrases by their first token, where that token heads the phrase ("secretary of state")
        self.agent_heads = {span.start: (span, code) for span, code in self.agent_spans.values()
                            if all(t.i == span.start or t.head.i in range(span.start, span.end) for t in span)}
        # the words of a role phrase before its last ("fighter" of "fighter jet"): that phrase decides (`_agent`)
        self.role_inner = {i for span, _ in self.agent_spans.values() for i in range(span.start, span.end - 1)}
        # words with a hyphen or dash in or beside them: only they can be named after "anti-" or "pro-", or be a
        # sponsor participle (`_against`, `_sponsor`)
        self.near_dash = _near_dash(doc, self.text)
        self.acronym_words = matcher.acronym_words
        self.aliases: dict[str, list[tuple[int, Actor]]] = {}
        self.history: list[tuple[int, Actor, str]] = []
        self._cache: dict[int, Actor | None] = {}
        self._contextual: set[int] = set()  # words whose country comes from the document, not their phrase
        self._shared: dict[str, bool] = {}
        self._starts: list[int] = []
        self._memo: dict = {}  # what other stages worked out once for this document (`remembered`)
        self._parse_memo: dict = {}  # what they worked out from the parse alone (`of_parse`)
        self._build_history()

    # -- public ---------------------------------------------------------------------------------

    def actors(self, head: Token) -> list[Actor]:
        """Actors of the phrase headed by `head` and of the phrases coordinated with it."""
        states = _WORDS.plural_countries.get(head.lower_) if head.text[:1].isupper() else None
        if states:  # "the two Koreas": each of the states
            phrase = head.doc[head.left_edge.i:head.i + 1]
            return [Actor(code, phrase.text, phrase.start_char, phrase.end_char, "country") for code in states]
        pair = self._pair(head) or self._speakers(head)
        if pair:  # "the two men", "both sides": the two parties just named together; "they" of two speakers
            phrase = head.doc[head.left_edge.i:head.i + 1]
            return [Actor(a.code, phrase.text, phrase.start_char, phrase.end_char, a.kind) for a in pair]
        out = []
        hit = self.by_token.get(head.i)
        members = list(hit[0]) if hit is not None else [head]
        conjuncts = [c for m in members for c in m.conjuncts if c.i not in {x.i for x in members}]
        for tok in (head, *conjuncts):
            if tok.i < head.i and head.dep_ == "conj":
                continue
            actor = self.actor(tok)
            if actor is not None and (not actor.known or tok.i in self._contextual) and out and out[0].known \
                    and out[0].code[:3].isalpha():
                # "Israeli helicopters and tanks", "the Ukrainian army and the rebels": a conjunct whose country
                # is unknown, or only guessed from the rest of the document, shares the first one's country
                actor = Actor(out[0].code[:3] + actor.code[3:], actor.text, actor.start, actor.end, actor.kind)
            if actor is not None:
                out.extend(self._modifier_conjuncts(tok, actor))
        return out

    def _pair(self, head: Token) -> list[Actor]:
        """"Both sides", "the two men" (a noun of `pair_nouns` with no modifier of its own): the two parties of the
        story so far, the two named most before the noun (the first named on a tie); else none."""
        lemma = head.lemma_.lower()
        # "each side" (accused the other) stands for the two as well
        each = head.tag_ == "NN" and lemma in _WORDS.bare_pair_nouns and any(
            c.lower_ == "each" and c.dep_ == "det" for c in head.children)
        if not each and (head.tag_ != "NNS" or lemma not in _WORDS.pair_nouns or not any(
                (c.lower_ in ("both", "two") or c.lower_ == "the" and lemma in _WORDS.bare_pair_nouns)
                and c.dep_ in ("det", "nummod", "predet") for c in head.children)) or any(
                c.dep_ in ("amod", "compound", "poss") or c.dep_ == "prep" for c in head.children):
            return []
        counts: dict[str, list] = {}  # party -> [mentions, first mention, actor]
        for i, prior, kind in self.history:
            if i >= head.i:
                break
            if kind == "place" or not prior.known or not prior.code[:3].isalpha():
                continue
            key = prior.code[:6] if prior.code[:3] in ("IGO", "NGO") else prior.code[:3] + (
                prior.code[3:6] if prior.code[3:6] in _WORDS.pair_roles else "")
            counts.setdefault(key, [0, i, prior])[0] += 1
        ranked = sorted(counts.values(), key=lambda c: (-c[0], c[1]))
        return [c[2] for c in ranked[:2]] if len(ranked) >= 2 else []

    def actor(self, tok: Token) -> Actor | None:
        """The actor of the single phrase headed by `tok`, or None."""
        if tok.i not in self._cache:
            self._cache[tok.i] = None  # a cycle through pronouns and modifiers resolves to nothing
            self._cache[tok.i] = self._resolve(tok)
        return self._cache[tok.i]

    def remembered(self, key, make: Callable[[], T]) -> T:
        """`make()` worked out once per document for `key` (a question about one of its words, asked again by
        the coder and the claims): kept while the words taking their country from the document stay the same,
        since a word resolved later may join them and change what an actor lookup gives."""
        known = len(self._contextual)  # that set only grows: the same size is the same set
        found = self._memo.get(key)
        if found is not None and found[0] == known:
            return found[1]
        value = make()
        if len(self._contextual) == known:  # else it read a changing set: not kept
            self._memo[key] = (known, value)
        return value

    def of_parse(self, key, make: Callable[[], T]) -> T:
        """`make()` worked out once per document for `key`, for what the parse alone decides (no actor lookup,
        so unlike `remembered` it stays right whatever the words resolve to later): the word classes of the
        document, the factuality of a word."""
        if key not in self._parse_memo:
            self._parse_memo[key] = make()
        return self._parse_memo[key]

    def find_in(self, tok: Token, depth: int = 3, skip: tuple[str, ...] = ()) -> Actor | None:
        """The phrase's actor, or the first actor inside it along prepositions ("the deal with Iran"), not
        through the prepositions in `skip`."""
        actor = self.actor(tok)
        if actor is not None or depth == 0:
            return actor
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in skip:
                continue
            if child.dep_ in ("prep", "pobj", "appos") or child.dep_ == "poss" and child.pos_ != "PRON":
                found = self.find_in(child, depth - 1, skip)
                if found is not None:
                    return found
        return None

    def place_in(self, tok: Token) -> str | None:
        """The country of the first country, capital or place named in the phrase of `tok` ("the town of
        Samarra", "a residential sector of eastern Beirut")."""
        for t in tok.subtree:
            hit = self.by_token.get(t.i)
            if hit is not None and hit[1].kind in ("country", "capital", "place") and not _against(t):
                code = hit[1].code_on(self.day)
                if code[:3].isalpha() and code[:3].upper() == code[:3]:
                    return code[:3]
        return None

    def unresolved(self) -> list[tuple[str, str]]:
        """Named entities that resolved to no actor, or (organisations and people) only to the country of a
        place in or after their name ("the Kharkiv Monitoring Group"), with their labels."""
        out = []
        roles = {i for span, _ in self.agent_spans.values() for i in range(span.start, span.end)}  # "Trade Minister"
        for ent in self.doc.ents:  # by token index: no Token is made for the words of an entity
            if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON"):
                continue
            root, words = ent.root, range(ent.start, ent.end)
            if root.i in self.by_token or any(i in self.reporters for i in words) or all(i in roles for i in words):
                continue
            named = any(i in self.by_token for i in words)
            if named and ent.label_ in ("GPE", "NORP"):
                continue
            found = self.actor(root)
            if found is None or not found.known or (named and len(found.code) == 3):
                out.append((self.text[ent.start_char:ent.end_char], ent.label_))
        return out

    # -- resolution -----------------------------------------------------------------------------

    def _resolve(self, tok: Token) -> Actor | None:
        if tok.i in self.reporters:
            return None
        low = tok.lower_
        if (tok.pos_ == "PRON" or low in PRONOUNS) and not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"):
            # a name may end in a pronoun's letters ("Vice Premier Liu He"): then it is the name
            return self._pronoun(tok) if low in PRONOUNS else None
        hit = self.by_token.get(tok.i)
        if self._venue(tok, hit) or tok.lemma_.lower() in _WORDS.venue_nouns and any(
                self._venue(c, self.by_token.get(c.i)) for c in tok.doc[tok.left_edge.i:tok.i]
                if _modifies(c, tok)):
            # "the Paris agreement", "the Minsk agreements", "the Normandy format talks": where it was made
            return None
        if tok.lemma_.lower() in COLLECTIVES and hit is None:
            # "thousands of Tamils", "a group of Moroccan diplomats": the people counted
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if counted is not None:
                found = self.actor(counted)
                if found is not None:
                    start = min(tok.idx, found.start)
                    return Actor(found.code, self.text[start:found.end], start, found.end, found.kind)
        group = self._ethnic(tok)
        if group and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("amod", "compound", "poss"):
            # "Iraqi Kurds", "ethnic Albanians in south Serbia": people of a group, in a country if one is named
            country = self._country_modifier(tok)
            code = join(country.code if country is not None and len(country.code) == 3 else UNKNOWN, "CVL")
            start = min(country.start, tok.idx) if country is not None else tok.idx
            return Actor(code + group, self.text[start:tok.idx + len(tok)], start, tok.idx + len(tok), "ethnic")
        if hit is not None and hit[0].root.i == tok.i or (hit is not None and tok.i == hit[0].end - 1):
            span, entry = hit
            if entry.kind == "region" and not self._region_party(tok):
                return None  # "a new attack in the Gulf war": no actor
            code = entry.code_on(self.day)
            if entry.kind == "capital":
                # "Brussels criticised Poland": the body seated there (resolution.yaml `seat_cities`)
                code = _WORDS.seat_cities.get(span.text.lower()) or join(code, "GOV")
            return Actor(code, span.text, span.start_char, span.end_char, entry.kind)
        named = self.bodies.get(tok.i)
        if named is not None and tok.i in (named[0].root.i, named[0].end - 1):
            return self._body(*named)
        if hit is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ != "PERSON" \
                and not any(w in self.book.agents for w in word_forms(tok)) \
                and not any(c.dep_ in MODIFIER_DEPS for c in tok.children if c.i < tok.i):
            earlier = self._named_before(tok)
            if earlier is not None:
                return Actor(earlier.code, tok.text, tok.idx, tok.idx + len(tok), earlier.kind)
            region = _WORDS.compass_parties.get(tok.lower_)
            if region and _bare(tok):  # "accused the West of hypocrisy"; not "the West of Ireland"
                return Actor(region, tok.text, tok.idx, tok.idx + len(tok), "region")
        kinds = _WORDS.short_references.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" and _bare(tok) else None
        if kinds:
            # "the bloc" after "the European Union", "the alliance" after "NATO": the body named last
            prior = next((a for i, a, _ in reversed(self.history) if i < tok.i and a.code.startswith(kinds)), None)
            if prior is not None:
                return Actor(prior.code, tok.text, tok.idx, tok.idx + len(tok), prior.kind)
        agent, agent_span = self._agent(tok)
        if not agent and tok.pos_ in ("PROPN", "NOUN"):
            agent, agent_span = self._title(tok)
        if agent and tok.lemma_.lower() in MEMBER_ROLES and (agent_span is None or len(agent_span) == 1):
            # "leaders of the opposition coalition", "a spokesman for the UN": the body they speak for
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in _WORDS.member_preps), None)
            body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            found = self.actor(body) if body is not None else None
            if found is not None and len(found.code) > 3 and found.kind not in ("person", "pronoun"):
                return Actor(found.code, self.text[tok.idx:found.end], tok.idx, found.end, "agent")
            if found is not None and found.kind == "country":  # "a spokesman for Poland": its government's
                return Actor(join(found.code, agent), self.text[tok.idx:found.end], tok.idx, found.end, "agent")
        country = self._country_modifier(tok, pronouns=bool(agent))
        if country is not None and country.kind == "region" and not agent \
                and tok.lemma_.lower() not in _WORDS.region_parties:
            country = None  # "Arab states", not "Gulf shipping" or "European markets"
        group = self._group_modifier(tok) if agent else ""
        if country is not None and (agent or tok.pos_ in ("NOUN", "PROPN")):
            start = min(country.start, agent_span.start_char if agent_span is not None else tok.idx)
            end = max(tok.idx + len(tok), agent_span.end_char if agent_span is not None else 0)
            code = join(country.code, agent)
            return Actor(code + group if len(code) == 6 else code, self.text[start:end], start, end, "agent")
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
            alias = next((a for start, a in reversed(self.aliases.get(tok.text, [])) if start < tok.i), None)
            if alias is not None:
                return Actor(alias.code, tok.text, tok.idx, tok.idx + len(tok), "person")
            holder = self._office_holder(tok)
            if holder is not None:
                return holder
            if not agent:
                # "Ana Ruiz, the United Nations refugee envoy, ...": an unknown name takes the
                # role its apposition gives it
                for child in tok.children:
                    if child.dep_ == "appos" and child.i > tok.i:
                        inner = self.actor(child)
                        if inner is not None and inner.known:
                            return Actor(inner.code, self.text[tok.idx:tok.idx + len(tok)], tok.idx,
                                         tok.idx + len(tok), "person")
        if agent:
            for child in tok.children:
                if child.dep_ == "appos":
                    inner = self.actor(child)
                    if inner is not None:
                        return Actor(inner.code, self.text[tok.idx:inner.end], tok.idx, inner.end, "person")
            span = agent_span if agent_span is not None else tok.doc[tok.i:tok.i + 1]
            if any(c.dep_ in ("amod", "compound") and c.i < span.start and c.lemma_.lower() in _WORDS.outsider_words
                   for c in tok.children):
                # "creditor banks", "foreign lenders": not of the country the story is about
                return Actor(UNKNOWN + agent + group, span.text, span.start_char, span.end_char, "outsider")
            found = self._context_agent(tok, agent, span)
            return Actor(found.code + group, found.text, found.start, found.end, found.kind) if group else found
        return None

    def _region_party(self, tok: Token) -> bool:
        """A region's adjective names an actor only on a role word or a noun of `region_parties` ("Western
        diplomats", "Arab and African states"), not on any other noun ("the Gulf war", "Western criticism")."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        noun = tok.head
        return noun.lemma_.lower() in _WORDS.region_parties or bool(self._agent(noun)[0] or self._title(noun)[0])

    def _named_before(self, tok: Token) -> Actor | None:
        """ "the Commission" after "the European Commission", "the Fund" after "the International Monetary
        Fund" or "the IMF": the last word of an organisation's name stands for the one the document named last with it
        (not a role word: "the Army" after "the Free Syrian Army" may be another army); and "the North" the
        country named before whose name opens with it."""
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        compass = tok.lower_ in _WORDS.compass_names and tok.text[:1].isupper() \
            and tok.dep_ not in ("compound", "amod") and the
        for i, prior, kind in reversed(self.history):
            if i < tok.i and kind == "org" and prior.known and prior.kind in ("igo", "institution", "agent"):
                words = prior.text.split()
                if len(words) > 1 and words[-1] == tok.text:
                    return prior
                if the and tok.text in self.acronym_words.get(prior.text, ()):
                    return prior  # "the Community" after "the EC"
            if compass and i < tok.i and prior.kind == "country" \
                    and prior.text.split()[0].lower() == tok.lower_:
                # "the North" after "North Korea", "the South" after "South Sudan"
                return Actor(prior.code[:3], prior.text, prior.start, prior.end, prior.kind)
        if compass and _bare(tok):
            # "Seoul proposed talks ... the North": a divided country's other state (`compass_pairs`); not "the
            # North of England"
            # also a state of the pair named later in the same sentence ("The South criticised North Korea"), or
            # the dateline's ("SEOUL - The South accused Pyongyang ...")
            side = 0 if tok.lower_ == "north" else 1
            start, end = self._sent_bounds(tok)
            for pair in _WORDS.compass_pairs.values():
                if self.context in pair or any(i < tok.i and prior.code[:3] in pair for i, prior, _ in self.history) \
                        or any(start <= i < end and i != tok.i and hit[1].code_on(self.day)[:3] in pair
                               for i, hit in self.by_token.items()):
                    return Actor(pair[side], tok.text, tok.idx, tok.idx + len(tok), "country")
        return None

    def _body(self, span: Span, body: Body) -> Actor:
        """A body named without its country ("the Senate", "Colombia's Congress", "the Senate of Chile"): the
        country of its modifier, else of its context (`_context_agent`)."""
        inside = frozenset(t.i for t in span)
        for tok in span:
            found = self._country_modifier(tok, pronouns=True, skip=inside)
            if found is not None and found.code[:3] in self.book.countries:
                start, end = min(found.start, span.start_char), max(found.end, span.end_char)
                return Actor(join(found.code[:3], body.agent), self.text[start:end], start, end, "agent")
        return self._context_agent(span.root, body.agent, span, body)

    def _office_holder(self, tok: Token) -> Actor | None:
        """A bare surname ("Lavrov", "Xi", "von der Leyen") names the one office holder of the document's date
        who has it (else the one person of people.yaml with a role that day, else the one of the Phoenix files,
        where the parser sees no other kind of name), when no one else named in the document has it."""
        terms, start = None, tok.i
        for name, held in self.book.surnames_by_last.get(tok.text, ()):  # a surname of several words first
            n = len(name.split())
            if tok.i - n + 1 >= 0 and self.doc[tok.i - n + 1:tok.i + 1].text.lower() == name.lower():
                terms, start = held, tok.i - n + 1
                break
        if terms is None:
            terms = self.book.surnames.get(tok.text)
        if not terms or self.day is None or not tok.text[:1].isupper():
            return None
        doc = self.doc
        before, after = (doc[start - 1] if start > 0 else None), (doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
        if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("PERSON", "")
               for t in (before, after)):
            return None  # part of a longer name ("Sung Kim", "Kim Yo Jong")
        of_day = [t for t in terms if t.holds_on(self.day)]
        rank = min((t.rank for t in of_day), default=0)
        if rank == 2 and tok.ent_type_ not in ("PERSON", ""):
            return None  # the Phoenix files hold tens of thousands of names: not where the parser sees another kind
        held = {id(t.person): t for t in of_day if t.rank == rank}
        if len({t.code for t in held.values()}) != 1:
            return None  # no one, or holders of different codes ("Kim" in 2021: heads of both Koreas' governments)
        # several holders of one code ("Kim" in 2019: North Korea's leader and its premier) name that code
        term = next(iter(held.values()))
        if not self._surname_unshared(term.surname, *held.values()):
            return None
        return Actor(term.code, doc[start:tok.i + 1].text, doc[start].idx, tok.idx + len(tok), "person")

    def _surname_unshared(self, surname: str, *terms) -> bool:
        """No person named in the document other than the holders carries `surname` ("Sung Kim" and "Kim" in
        one story: "Kim" is not read as Kim Jong Un)."""
        if surname not in self._shared:
            own = {name for term in terms for name in (term.person.name, *term.person.aliases)}
            words = surname.split()
            names = [ent.text for ent in self.doc.ents if ent.label_ == "PERSON" and len(ent) > len(words)]
            names += [span.text for span, entry in {id(v[0]): v for v in self.by_token.values()}.values()
                      if entry.person is not None and all(entry.person is not t.person for t in terms)]
            others = [n for n in names if n not in own and _has_words(n, words)]
            self._shared[surname] = bool(others)
        return not self._shared[surname]

    def _ethnic(self, tok: Token, modifier: bool = False) -> str:
        """The suffix of the ethnic or religious group `tok` names here ("Kurds", "Shiite", the "Albanians" of
        "ethnic Albanians", the "Serbs" of "Bosnian Serbs"), else ""."""
        group = self.book.ethnic.get(tok.lower_) or self.book.ethnic.get(tok.lemma_.lower())
        if not group:
            return ""
        if not modifier and _in_full_name(tok):
            return ""  # "Karen Pierce" is a person; "Karen rebels" and "Hutu and Tutsi" are not
        hit = self.by_token.get(tok.i)
        if hit is None:
            return group
        span, entry = hit
        if len(span) > 1 or entry.kind not in ("demonym", "adjective"):
            return ""
        # a country's demonym names the group only when marked "ethnic" or set in another country
        holder = tok.head if tok.dep_ in ("amod", "compound") else tok
        marks = [c for t in {tok.i: tok, holder.i: holder}.values() for c in t.children
                 if c.i != tok.i and c.i not in {x.i for x in tok.conjuncts}]
        if any(c.lower_ == "ethnic" for c in marks):
            return group
        for c in marks:
            other = self.by_token.get(c.i)
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and other is not None \
                    and other[1].kind in ("country", "adjective", "demonym") and other[1].code != entry.code:
                return group
        return ""

    def _group_modifier(self, tok: Token) -> str:
        """The group suffix of a role word's modifier ("Shona rebels", "ethnic Albanian guerrillas")."""
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
                group = self._ethnic(child, modifier=True) or next(
                    (self._ethnic(g, modifier=True) for g in child.children
                     if g.dep_ in ("amod", "compound") and self._ethnic(g, modifier=True)), "")
                if group:
                    return group
        return ""

    @staticmethod
    def _venue(tok: Token, hit) -> bool:
        """A city or capital naming the agreement, process or meeting it modifies, directly or through the
        words between ("Paris" in "the Paris agreement", "Normandy" in "the Normandy format talks"), not a
        party to it (resolution.yaml `venue_nouns`)."""
        if hit is None or hit[1].kind not in ("capital", "place"):
            return False
        head = tok
        while head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
            head = head.head
            if head.lemma_.lower() in _WORDS.venue_nouns:
                return True
        return False

    def _agent(self, tok: Token) -> tuple[str, Span | None]:
        multi = self.agent_spans.get(tok.i)
        if multi is not None:
            return multi[1], multi[0]
        multi = self.agent_heads.get(tok.i)
        if multi is not None:
            return multi[1], multi[0]  # "the U.S. secretary of state", "minister of defence": the head word
        if tok.i in self.role_inner:
            return "", None  # "fighter" in "fighter jet": the longer role phrase, ended by a later word, decides
        if tok.lemma_.lower() in _WORDS.product_plurals and (tok.tag_ == "NNS" or tok.dep_ == "compound" and (
                tok.head.lemma_.lower() in _WORDS.product_heads)):
            return "", None  # "Korean televisions", "colour television sets": goods, not the medium
        for form in word_forms(tok):
            if form in self.book.agents:
                if form in MEMBER_ROLES:
                    # "rebel leader", "militia commander", "union chief": the leader of the body its modifier
                    # names, not of a government
                    for child in tok.children:
                        if child.dep_ in ("compound", "amod") and child.i < tok.i:
                            inner, _ = self._agent(child)
                            if inner:
                                return inner, tok.doc[child.i:tok.i + 1]
                return self.book.agents[form], tok.doc[tok.i:tok.i + 1]
        return "", None

    def _title(self, tok: Token) -> tuple[str, Span | None]:
        """A role word before a name or noun ("President Michel Suleiman", "opposition groups")."""
        for child in tok.children:
            if child.dep_ == "compound" and child.i < tok.i:
                agent, span = self._agent(child)
                if agent:
                    return agent, span
        return "", None

    def _country_modifier(self, tok: Token, depth: int = 0, pronouns: bool = False,
                          skip: frozenset[int] = frozenset()) -> Actor | None:
        """A country, institution or person among the modifiers of `tok` (or behind its "of"); the words
        `skip` are not looked at."""
        if depth > 3:
            return None
        children = list(tok.children)  # in text order
        for child in children:
            if child.i in skip:
                continue
            if child.dep_ == "poss" and child.lower_ in PRONOUNS and child.i < tok.i:
                if not pronouns:
                    continue
                # "its jets", "their troops" (role words only): the country of what the pronoun stands for
                country = _country_of(self.actor(child))
                if country is not None:
                    return country
                continue
            if child.dep_ == "poss" and child.tag_ == "WP$" and child.i < tok.i:
                # "Kenya, whose troops entered Somalia": the party the relative clause is said of
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                country = _country_of(self.actor(clause.head)) if pronouns and clause is not None else None
                if country is not None:
                    return country
                continue
            if child.dep_ in MODIFIER_DEPS and child.i < tok.i:
                if child.i in self.near_dash and (_against(child) or _sponsor(child)):
                    continue  # an "anti-Iran blogger" is not Iran's, nor "Iran-backed rebels" Iranian
                if self._ethnic(child):
                    # "ethnic Albanian guerrillas" are not Albania's; "Turkish Kurd refugees" are Turkey's
                    inner = self._country_modifier(child, depth + 1)
                    if inner is not None:
                        return inner
                    continue
                hit = self.by_token.get(child.i)
                if hit is not None:
                    span, entry = hit
                    code = entry.code_on(self.day)
                    return Actor(code, span.text, span.start_char, span.end_char, entry.kind)
                if child.i in self.bodies:  # "Senate leaders", "Treasury officials"
                    found = self.actor(child)
                    if found is not None and found.known:
                        return found
                inner = self._country_modifier(child, depth + 1)
                if inner is not None:
                    return inner
        preps = [c for c in children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i not in skip
                 and not (c.lower_ in _WORDS.venue_preps and tok.lemma_.lower() in _WORDS.venue_nouns)]
        for child in sorted(preps, key=lambda c: _PLACE_PREPS.index(c.lower_)):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = self.actor(pobj)
                    if found is not None and found.known:
                        code = found.code
                        if found.kind in ("capital", "place", "country"):
                            code = code[:3]  # "a curfew in Algiers", "a company of Tehran": the country
                        return Actor(code, found.text, found.start, found.end, found.kind)
        return None

    def _modifier_conjuncts(self, tok: Token, actor: Actor) -> list[Actor]:
        """ "Chinese and Russian firms", "the foreign ministers of India and Pakistan" (a plural role) stand for
        two actors."""
        out = [actor]
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _WORDS.member_preps for g in c.children
              if g.dep_ == "pobj"] if tok.tag_ == "NNS" else []
        for child in (*tok.children, *of):
            first = self.by_token.get(child.i) if child.dep_ in ("amod", "compound", "nmod", "pobj") else None
            # the conjuncts of any word of the name: "North and South Korea" hangs "North" on "South"
            # (not the phrase's own conjuncts, which `actors` reads: "North Korea and the United States")
            conjuncts = [c for t in first[0] if t.i != tok.i for c in t.conjuncts
                         if c.i not in range(first[0].start, first[0].end) and c.i != tok.i
                         and c not in tok.conjuncts] if first is not None else []
            if first is not None and not conjuncts and tok.tag_ == "NNS" and child.dep_ == "amod" \
                    and any(c.dep_ == "cc" for c in child.children):
                # "the Dutch and Belgian prime ministers" parsed with both adjectives on the noun: the next one
                conjuncts = [c for c in tok.children if c.dep_ == "amod" and c.i > child.i][:1]
            if conjuncts:
                if not actor.code.startswith(first[1].code_on(self.day)):
                    continue
                agent = actor.code[len(first[1].code_on(self.day)):]
                for conj in conjuncts:
                    hit = self.by_token.get(conj.i)
                    if hit is not None:
                        span, entry = hit
                        out.append(Actor(join(entry.code_on(self.day), agent), span.text, span.start_char,
                                         span.end_char, entry.kind))
        return out

    def _context_agent(self, tok: Token, agent: str, span: Span, body: Body | None = None) -> Actor:
        """A bare role ("the ministry", "officials", "President Museveni") or body ("the Senate"): the country
        the document has named most often with that role before this sentence, else the country the document
        is about (`_context_country`), else the body's default, else unknown (an event may still make it
        domestic). A state role (`STATE_AGENTS`) takes neither way a country its own sentence names ("the
        government thanked China"), unless it would take none and the sentence names only places within the
        country ("the government pledged to restore power to Darfur"); others may ("the insurgents agreed to talks
        with the Afghan government")."""
        self._contextual.update(t.i for t in span)
        self._contextual.add(tok.i)
        start, end = self._sent_bounds(tok)
        named = [(i, c) for i, c in self.countries if start <= i < end] if body is None and agent in STATE_AGENTS \
            else []
        own = {c for _, c in named}
        country = self._agent_country(tok, agent, body, start, own)
        states = {c for i, c in named if i not in self.places}
        if not country and states != own:
            country = self._agent_country(tok, agent, body, start, states)
        return Actor((country or UNKNOWN) + agent, span.text, span.start_char, span.end_char, "agent")

    def _agent_country(self, tok: Token, agent: str, body: Body | None, start: int, own: set[str]) -> str:
        """The country of a bare role or body (`_context_agent`), never one of `own`, or ""."""
        counts: dict[str, int] = {}
        for i, prior, _ in self.history:
            if i < start and prior.known and len(prior.code) >= 6 and prior.code[3:6] == agent \
                    and (body is None or body.allows(prior.code[:3])) and prior.code[:3] not in own:
                counts[prior.code[:3]] = counts.get(prior.code[:3], 0) + 1
        if counts:  # the country whose such actors the document has named most (the latest on a tie)
            top = max(counts.values())
            return next(p.code[:3] for i, p, _ in reversed(self.history)
                        if i < start and p.code[:3] in counts and counts[p.code[:3]] == top)
        return self._context_country(tok, body, own) or (body.default if body is not None else "")

    def _context_country(self, tok: Token, body: Body | None, own: set[str]) -> str:
        """The country the document is about, for a body or role word of the sentence of `tok`: the one named
        most before the sentence (for a role word, only if no other is named as often; for a body, the latest
        on a tie, and only states that have it), else the dateline's (a story datelined at a summit's venue
        is mostly about others: the dateline speaks only when the text has not, and for a role word only when
        the text names no country up to the end of its sentence: "officials" of a story filed in Tokyo about
        Korea talks are not Japan's), else, for a body, the one named most after the sentence; never one of
        `own` (see `_context_agent`)."""
        allowed = body.allows if body is not None else (lambda country: True)
        start, end = self._sent_bounds(tok)
        before = [(i, c) for i, c in self.countries if i < start and allowed(c) and c not in own]
        if before:
            return most_named(before, ties=body is not None)
        if body is None and self.from_dateline and any(i < end for i, _ in self.countries):
            return ""  # a role word of a text that names countries: the dateline is where it was filed, not whose
        if self.context and allowed(self.context) and self.context not in own:
            return self.context
        after = [(i, c) for i, c in self.countries if i >= end and allowed(c)] if body is not None else []
        return most_named(after) if after else ""

    def _sent_bounds(self, tok: Token) -> tuple[int, int]:
        """The first token index of the sentence of `tok` and the one after its last."""
        start = self._sent_start(tok)
        k = bisect_right(self._starts, tok.i)
        return start, self._starts[k] if k < len(self._starts) else len(self.doc)

    def _sent_start(self, tok: Token) -> int:
        """The first token index of the sentence of `tok` (Token.sent is slow: it scans the document)."""
        if not self._starts:
            self._starts = [s.start for s in self.doc.sents]
        return self._starts[bisect_right(self._starts, tok.i) - 1]

    def _pronoun(self, tok: Token) -> Actor | None:
        """The nearest compatible actor before the pronoun; "it" only when the nearest noun is an actor, and
        never the subject of the pronoun's own clause ("Kim refused to meet him": him is not Kim)."""
        low = tok.lower_
        if tok.dep_ == "poss":
            owner = self._clause_subject(tok)
            if owner is not None:
                return Actor(owner.code, tok.text, tok.idx, tok.idx + len(tok), "pronoun")
        speaker = self._speaker_of(tok)
        if speaker is not None:
            return Actor(speaker.code, tok.text, tok.idx, tok.idx + len(tok), "pronoun")
        salient = self._previous_subject(tok) if low in THING_PRONOUNS else None
        if salient is not None:
            found = self.actor(salient)
            if found is None or self._kind(salient, found) not in ("country", "org"):
                return None  # "The missile flew over Japan. It landed in the sea": the missile
            return Actor(found.code, tok.text, tok.idx, tok.idx + len(tok), "pronoun")
        if low in THING_PRONOUNS | GROUP_PRONOUNS:
            tags = ("NN", "NNP") if low in THING_PRONOUNS else ("NNS", "NNPS")
            noun = next((t for t in reversed(tok.doc[max(0, tok.i - 40):tok.i])
                         if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "poss", "npadvmod")
                         and t.ent_type_ not in ("DATE", "TIME") and t.tag_ in tags), None)
            if low in THING_PRONOUNS and (noun is None or self.actor(noun) is None):
                return None
            if noun is not None and self.actor(noun) is None and tok.i - noun.i < 12:
                return None  # "inspectors ... expelled them": the nearest plural noun is no actor
        bound = self._clause_subjects(tok) if tok.dep_ in ("dobj", "pobj", "dative", "iobj") else set()
        # nor anyone of the subject's country ("Pyongyang expelled them": them is not North Korea)
        countries = {self.by_token[i][1].code_on(self.day)[:3] for i in bound if i in self.by_token}
        for i, prior, kind in reversed(self.history):
            if i >= tok.i or i in bound or prior.code[:3] in countries:
                continue
            if tok.i - i > 120:
                break
            if low in PERSON_PRONOUNS and kind == "person":
                return Actor(prior.code, tok.text, tok.idx, tok.idx + len(tok), "pronoun")
            if low in THING_PRONOUNS and kind in ("country", "org"):
                return Actor(prior.code, tok.text, tok.idx, tok.idx + len(tok), "pronoun")
            if low in GROUP_PRONOUNS and kind in ("group", "country", "org"):
                return Actor(prior.code, tok.text, tok.idx, tok.idx + len(tok), "pronoun")
        return None

    def _previous_subject(self, tok: Token) -> Token | None:
        """ "Iran tested a missile on Monday. It also threatened Israel": the main subject of the sentence before,
        for a subject "it" opening its sentence (which that subject is the likeliest to stand for); not that of
        the copula, mostly a placeholder ("It will be difficult to ...")."""
        start = self._sent_start(tok)
        if tok.dep_ not in ("nsubj", "nsubjpass") or start == 0 or tok.head.lemma_ == "be" or any(
                t.dep_ not in ("cc", "advmod", "punct") for t in self.doc[start:tok.i]):
            return None
        before = self.doc[self._sent_start(self.doc[start - 1]):start]
        root = next((t for t in before if t.dep_ == "ROOT"), None)
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None

    def _speaker_subject(self, tok: Token) -> Token | None:
        """The subject of the verb of saying whose reported clause has `tok` as its subject, or None."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        verb = tok.head.head
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        for _ in range(3):  # a conjoined verb shares the first one's subject
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None or verb.dep_ != "conj":
                break
            verb = verb.head
        return None if subj is None or subj.lower_ in PRONOUNS else subj

    def _speakers(self, head: Token) -> list[Actor]:
        """ "Chile and Peru said they had signed a pact": a plural subject pronoun of a reported clause stands
        for every party of a coordinated speaker, not for the first alone."""
        if head.lower_ not in GROUP_PRONOUNS:
            return []
        subj = self._speaker_subject(head)
        if subj is None or not subj.conjuncts:
            return []
        group = [a for a in self.actors(subj) if a.known]
        return group if len(group) > 1 else []

    def _speaker_of(self, tok: Token) -> Actor | None:
        """ "The rebels rejected the plan and said they opposed ...": the subject pronoun of a reported clause
        is its speaker, when they agree in kind."""
        subj = self._speaker_subject(tok)
        if subj is None:
            return None
        found = self.actor(subj)
        if found is None:
            return None
        kind, low = self._kind(subj, found), tok.lower_
        ok = (low in PERSON_PRONOUNS and kind == "person") or (low in THING_PRONOUNS and kind in ("country", "org")) \
            or (low in GROUP_PRONOUNS and kind in ("group", "country", "org"))
        return found if ok else None

    def _clause_subject(self, tok: Token) -> Actor | None:
        """A possessive usually belongs to the subject of its clause ("Tehran ... despite its pledge")."""
        verb = tok
        for _ in range(6):
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        while subj is None and verb.dep_ == "conj" and verb.head != verb:  # "X refused ... and urged its"
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None or subj.lower_ in PRONOUNS:
            return None
        found = self.actor(subj)
        if found is None:
            return None
        kind = self._kind(subj, found)
        low = tok.lower_
        ok = (low in PERSON_PRONOUNS and kind == "person") or (low in THING_PRONOUNS and kind in ("country", "org")) \
            or (low in GROUP_PRONOUNS and kind in ("group", "country", "org"))
        return found if ok else None

    @staticmethod
    def _clause_subjects(tok: Token) -> set[int]:
        """Token indices of the subjects of the verbs that govern `tok` within its clause."""
        out: set[int] = set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for _ in range(4):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    out.update(t.i for t in child.subtree)
            if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
                break
            verb = verb.head
        return out

    def _build_history(self) -> None:
        """Resolve every candidate phrase head once, in order, for pronouns and surname aliases."""
        heads = set()
        for span, _ in {id(v[0]): v for v in self.by_token.values()}.values():
            heads.add(span.root.i if span.root.i < span.end else span.end - 1)
        for span, _ in {id(v[0]): v for v in self.bodies.values()}.values():
            heads.add(span.root.i)
        strings = self.doc.vocab.strings
        words = self.doc.to_array([POS, DEP])
        nouns = ((words[:, 0] == NOUN) | (words[:, 0] == PROPN)) & (words[:, 1] != strings["compound"]) \
            & (words[:, 1] != strings["amod"])
        for i in nouns.nonzero()[0].tolist():  # no Token made for other words
            if i not in self.by_token and self._maybe_actor(self.doc[i]):
                heads.add(i)
        for i in sorted(heads):
            tok = self.doc[i]
            if tok.dep_ in ("compound", "amod", "poss") and tok.head.i in heads and tok.head.i > i:
                # a modifier of a larger phrase: the phrase's head speaks for it
                hit = self.by_token.get(i)
                if hit is None or hit[1].kind not in ("person",):
                    continue
            actor = self.actor(tok)
            if actor is None:
                continue
            kind = self._kind(tok, actor)
            self.history.append((i, actor, kind))
            if kind == "person" and actor.known:
                self._alias(tok, actor)

    def _maybe_actor(self, tok: Token) -> bool:
        """Cheap test before resolving: a name, a role word, or a noun with a named modifier or "of X"."""
        if tok.pos_ == "PROPN" or tok.i in self.agent_spans or tok.i in self.agent_heads:
            return True
        if tok.lower_ in self.book.agents or tok.lemma_.lower() in self.book.agents:
            return True
        if tok.lower_ in self.book.ethnic or tok.lemma_.lower() in self.book.ethnic:
            return True
        if tok.lemma_.lower() in _WORDS.short_references:
            return True
        for child in tok.children:
            if child.i in self.by_token or child.i in self.bodies or child.dep_ == "compound":
                return True
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                return True
        return False

    def _alias(self, tok: Token, actor: Actor) -> None:
        """A person's first and last names stand for them later in the document ("Kim", "Pompeo"); the most
        recently named person wins ("Sung Kim ... Kim Jong Un ... Kim" is Kim Jong Un)."""
        hit = self.by_token.get(tok.i)
        span = hit[0] if hit is not None else tok.doc[tok.i:tok.i + 1]
        for name in (span[0], span[-1]):
            other = self.by_token.get(name.i)
            if other is not None and other[1].kind != "person":
                continue
            if name.pos_ == "PROPN" and name.text[:1].isupper() and len(name.text) > 2:
                self.aliases.setdefault(name.text, []).append((span[-1].i, actor))

    def _kind(self, tok: Token, actor: Actor) -> str:
        if actor.kind == "person" or tok.ent_type_ == "PERSON":
            return "person"
        if actor.kind == "place":
            return "place"  # where something happens; no pronoun stands for it
        if actor.kind in ("country", "capital", "institution", "igo"):
            return "country" if actor.kind in ("country", "capital") else "org"
        if actor.kind == "demonym" or tok.tag_ in ("NNS", "NNPS"):
            return "group"
        if actor.kind in ("agent", "outsider") and tok.tag_ == "NN":
            singular_person = tok.lemma_.lower() in PERSON_ROLES
            return "person" if singular_person else "org"
        return "org"


SPEECH_VERBS = _WORDS.speech_verbs
MEMBER_ROLES = _WORDS.member_roles
COLLECTIVES = _WORDS.collectives
PERSON_ROLES = _WORDS.person_roles
STATE_AGENTS = frozenset(a.upper() for a in _WORDS.state_agents)
