"""The CAMEO coder: events (source, code, target) from the dependency parse of each sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorBook
from ..actors.names import actor_names
from ..actors.resolve import DocActors, actor_matcher
from ..factuality import Factuality, FactualityRules
from ..lexicon import coder_digest
from ..lexicon.cameo import DOER
from ..nlp.grammar import has_aux, within
from ..records import Event
from .attach import Attachment
from .dates import event_date
from .dictionary import Codebook, load_factuality_cues
from .found import Found
from .frames import FrameEvents, phrases_by_head
from .nouns import NounEvents
from .verbs import VerbEvents


class CameoCoder(VerbEvents, NounEvents, FrameEvents, Attachment):
    """Codes sentences with the patterns of a Codebook and actors of an ActorBook."""

    name = "cameo.v1"

    def __init__(self, nlp, book: ActorBook, codebook: Codebook, actor_files: Iterable[Path] = ()):
        self.nlp = nlp
        self.book = book
        self.codebook = codebook
        self.matcher = actor_matcher(nlp, book)
        self.rules = codebook.rules
        self.support = frozenset(self.rules["support_verbs"])
        self.doer_heads = frozenset(head for head, patterns in codebook.verbs.items()
                                    if any(w.startswith(DOER) for p in patterns for w in p.words))
        self.quantities = frozenset([*self.rules["quantity_nouns"], *self.rules["process_nouns"]])
        self.amount_preps = frozenset(self.rules["amount_preps"])
        self.deadlines = frozenset(self.rules["deadline_preps"])
        self.recipients = frozenset(self.rules["recipient_verbs"])
        self.people_not_phrases = frozenset(self.rules["people_not_phrases"])
        self.phrases = {key: phrases_by_head(self.rules[key]) for key in ("reaction_phrases", "comeuppance")}
        self.reciprocal = tuple(self.rules["reciprocal_roots"])
        self.reporting = codebook.reporting | frozenset(self.rules["clause_reporting"])
        cues = load_factuality_cues()
        self.facts = FactualityRules(cues, self.reporting)
        self.clause = {k: frozenset(v) for k, v in cues["clause_cues"].items()}
        self.future_aux = frozenset(w for w, value in self.facts.aux.items() if value == "future")
        lexicon = coder_digest(nlp, codebook, cues, actor_files=actor_files, layers=book.layers)
        self.version = f"{self.name}+{lexicon}"
        self.names = actor_names(book)
        self.attitude_ids = frozenset(get_string_id(w) for w in self.rules["attitude_adjectives"])  # as spaCy's LOWER

    def name_of(self, code: str) -> str:
        """A readable name for an actor code: "United States government", "United Nations"."""
        return self.names.name(code)

    def assess(self, tok: Token, actors: DocActors) -> Factuality:
        """The factuality of what `tok` says, worked out once per word of a document (the coder and the claims
        both ask)."""
        if tok.doc is not actors.doc:
            return self.facts.assess(tok)
        return actors.of_parse(("fact", tok.i), lambda: self.facts.assess(tok))

    def code_doc(self, doc: Doc, published: date | None, offset: int = 0, first_sentence: int = 0,
                 context: str = "", text: str | None = None, from_dateline: bool = False,
                 ) -> tuple[list[Event], DocActors]:
        """Events of every sentence of `doc`; offsets are shifted by `offset` characters; `context` is the
        country of the document's dateline, if any; `text`, the text `doc` was parsed from, if at hand."""
        actors = DocActors(doc, self.matcher, published, context, text, from_dateline)
        events = []
        for n, sent in enumerate(doc.sents):
            for found in self.code_sentence(sent, actors):
                events.append(self._record(found, sent, first_sentence + n, published, offset, actors))
        return events, actors

    def code_sentence(self, sent: Span, actors: DocActors) -> list[Found]:
        """Every event of one sentence, with factuality decided."""
        found: list[Found] = []
        consumed: set[int] = set()
        doc = sent.doc
        words = actors.of_parse("word classes", lambda: _WordClasses(doc, self)) if doc is actors.doc \
            else _WordClasses(doc, self)
        made: dict[int, Token] = {}  # one Token object per word, made for the words a pass may code and reused

        def tokens(which: list[int]) -> list[Token]:
            out = []
            for i in words.within(which, sent):
                tok = made.get(i)
                if tok is None:
                    tok = made[i] = doc[i]
                out.append(tok)
            return out

        for tok in tokens(words.predicates):
            if tok.pos_ == "ADJ" and tok.lemma_.lower() in self.rules["complement_adjectives"] or (
                    tok.tag_ == "VBN" and tok.lower_ in self.rules["complement_adjectives"]
                    and (tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children))):
                # "Israel is opposed to ...", parsed as a passive or an adjectival participle
                found.extend(self._adjective_events(tok, actors, consumed))
            elif self._attitude(tok):
                found.extend(self._attitude_events(tok, actors))  # "Egypt is concerned about Ethiopia's dam"
            elif tok.pos_ == "VERB":
                found.extend(self._verb_events(tok, actors, consumed))
        for tok in tokens(words.nouns):
            if tok.i not in consumed:
                found.extend(self._noun_events(tok, actors))
        for f in found:
            f.fact = self.assess(f.anchor, actors)
            declined = self.rules["declined_when_negated"].get(f.code)
            said = (f.anchor, *(c for c in f.anchor.children if c.dep_ == "dobj"))  # "made no comment"
            if declined and f.fact.value == "negated" and any(t.lemma_.lower() in self.rules["comment_words"]
                                                               for t in said):
                # "would not comment on the Chilean report", "made no comment on": a comment declined, 011
                f.code, f.fact = declined, Factuality()
            if f.code[:2] == "03" and f.fact.value in ("future", "hypothetical") and \
                    has_aux(f.anchor, self.clause["own_will"], copula=True):
                f.fact = Factuality()  # "said he would be ready to host talks": the readiness is stated now
        stated = (self._intents(found, tokens(words.reporting), actors)
                  + self._conditionals(found, tokens(words.clauses), actors)
                  + self._allegations(found, tokens(words.accusing), actors))
        stated += self._plans(found, stated, actors)
        speech_heads = {f.anchor.i for f in stated}
        speech_heads |= {f.anchor.head.i for f in found if f.anchor.dep_ in ("ccomp", "parataxis")}
        found = [f for f in found if not (f.code[:2] == "01" and f.target is None and f.anchor.i in speech_heads)]
        acts = [g for g in found if g.code[:2] != "01"]
        found = [f for f in found if not (f.code == "010" and any(
            g.source.code[:3] == f.source.code[:3] and (g.target is not None and g.target.known or f.target is None)
            and self._said_in(g.anchor, f.anchor) for g in acts))]
        return _dedupe(self._finish(found + stated))

    def _said_in(self, act: Token, statement: Token) -> bool:
        """`act` is what the text `statement` issues says ("issued a statement to Chile condemning ...", "sent a
        letter to Peru urging ...", "a note in which it protested ..."): then the text is no bare statement (010)
        of its own (rules.yaml `utterance_nouns`)."""
        nouns = self.rules["utterance_nouns"]
        text = statement if statement.lemma_.lower() in nouns else next(
            (c for c in statement.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if text is None:
            return False
        verb = text.head if text.dep_ == "dobj" else None
        tok = act
        for _ in range(4):
            if tok.head == text and tok.dep_ in ("acl", "relcl") or tok.head == verb and tok.dep_ == "advcl" \
                    and tok.tag_ == "VBG":
                return True
            if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head == tok:
                return False
            tok = tok.head
        return False

    def _finish(self, found: list[Found]) -> list[Found]:
        """Reciprocal events of coordinated actors, linked events, and no targetless events but where allowed."""
        out: list[Found] = []
        # "the battle between rival firms", "fighting between Italian and Spanish companies": firms compete, they
        # use no force
        found = [f for f in found if not (f.code[:2] in self.rules["force_roots"]
                                          and f.source.code[3:6] in self.rules["unarmed_sectors"])]
        for f in found:
            if f.target is None and not (f.code.startswith(self.reciprocal) and any(
                    g.anchor == f.anchor and g.target is None and g.source.code != f.source.code for g in found)):
                # "began a hunger strike to protest against Sweden": the purpose clause names the target; not of
                # parties that act together ("officials of Nepal and Bhutan met to discuss refugees": each other)
                purpose = [g for g in found if g.target is not None and within(g.anchor, f.anchor)
                           and (g.source.code == f.source.code or g.source.start == f.source.start)
                           and not _unrealised_under_realised(g, f)]
                if purpose:
                    if purpose[0].source.start == f.source.start:
                        f.source = purpose[0].source  # the same doer, given its country by that clause
                    f.target = purpose[0].target
        protests = {f.anchor.i for f in found if f.code[:2] in self.rules["protest_roots"]}
        if protests:
            # "marched to demand that the president step down": what a protest is for is its content, coded by
            # the protest; the demand is no event of its own
            found = [f for f in found if not (f.code[:2] in self.rules["protest_purpose_roots"]
                                              and _purpose_of(f.anchor, protests))]
        texts = {t.i for g in found for t in (g.anchor, *g.anchor.children)
                 if (t is g.anchor or t.dep_ in ("dobj", "nsubjpass"))
                 and t.lemma_.lower() in self.rules["provision_nouns"]}
        if texts:
            # "signed a military cooperation treaty": the treaty's topic is no cooperation event beside its signing
            found = [f for f in found if not (f.code[:2] in self.rules["text_topic_roots"]
                                              and _topic_of(f.anchor, texts))]
        by_anchor: dict[tuple[int, str], list[Found]] = {}
        for f in found:
            by_anchor.setdefault((f.anchor.i, f.code), []).append(f)
        for group in by_anchor.values():
            open_ = [f for f in group if f.target is None]
            if len(open_) >= 2 and len({f.source.code for f in open_}) >= 2 and (
                    group[0].code < "10" or group[0].code.startswith(self.reciprocal)) and \
                    not group[0].code.startswith(tuple(self.rules["one_way_roots"])) and \
                    not self._one_way(group[0].anchor) and \
                    not (group[0].code >= "10" and self._done_to_a_thing(group[0])):
                # "Armenia and Azerbaijan agreed to a ceasefire": each other's; "Chile and Peru condemned the
                # decision" is no condemnation of each other; a region is no party of such an act ("Bonn and
                # other European nations agreed")
                for f in open_:
                    for g in open_:
                        if f.source.code != g.source.code and not any(
                                a.code[:3] in self.book.regions for a in (f.source, g.source)):
                            out.append(Found(f.code, f.anchor, f.source, g.source, f.pattern, f.fact, f.plan))
                group = [f for f in group if f.target is not None]
            for f in group:
                if f.target is None and not f.code.startswith(tuple(self.rules["targetless_roots"])):
                    continue
                out.append(f)
                linked = self.rules["linked_codes"].get(f.code) or self.rules["linked_patterns"].get(f.pattern)
                if linked and f.target is not None:
                    out.append(Found(linked, f.anchor, f.target, f.source, f"{f.pattern} (linked)", f.fact,
                                     f.plan))
        # an event needs one actor of known country (an unknown one may have taken a country above)
        return [f for f in out if f.source.known or (f.target is not None and f.target.known)]

    def _one_way(self, anchor: Token) -> bool:
        """The event's verb, or the verb its complement governs, is a one-way transfer (`one_way_verbs`: "Japan
        and Korea bought wheat", "agreed to import gas"): coordinated doers do it with a third party."""
        verbs = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")] if anchor.pos_ == "VERB" else []
        return any(v.lemma_.lower() in self.rules["one_way_verbs"] for v in verbs)

    def _done_to_a_thing(self, f: Found) -> bool:
        """The event's verb has an object of its own that its pattern does not name and that is no event
        ("Ethiopia and Eritrea shelled villages along the border", "raided fuel depots"): what the doers act on,
        so they do not act on each other ("fought a war", "traded accusations" still do)."""
        obj = next((c for c in f.anchor.children if c.dep_ == "dobj"), None) if f.anchor.pos_ == "VERB" else None
        if obj is None or obj.lower_ in self.rules["reciprocal_pronouns"]:
            return False
        lemma = obj.lemma_.lower()
        return lemma not in f.pattern.lower().split() and not self.codebook.nouns.get(lemma)

    def _record(self, f: Found, sent: Span, index: int, published: date | None, offset: int,
                actors: DocActors) -> Event:
        row = self.codebook.lookup(f.code)
        when, expression = event_date(sent, f.anchor, published, self.reporting, self.deadlines, self.future_aux)
        if f.plan and when and published and when > published:
            when, expression = published, ""  # the plan is stated now; the act it names comes later
        if f.fact is not None and f.fact.value == "asserted" and when and published and when > published:
            f.fact = Factuality("future", (expression,), 0.7)
        speaker, speaker_text = self._reporter(f.anchor, sent, actors)
        fact = f.fact or Factuality()
        target = f.target
        return Event(
            source=f.source.code, target=target.code if target else "", code=f.code, root=f.code[:2],
            goldstein=row.goldstein if row else None, quad_class=row.quad_class if row else None,
            plover=row.plover if row else "", sentence_index=index, sentence=sent.text.strip(),
            event_date=when, source_text=f.source.text, source_start=f.source.start + offset,
            source_end=f.source.end + offset, target_text=target.text if target else "",
            target_start=target.start + offset if target else None,
            target_end=target.end + offset if target else None,
            verb_text=f.anchor.text, verb_start=f.anchor.idx + offset,
            verb_end=f.anchor.idx + len(f.anchor) + offset, factuality=fact.value,
            factuality_cues=list(fact.cues), confidence=fact.confidence, reported_by=speaker,
            reported_by_text=speaker_text, pattern=f.pattern)


def _unrealised_under_realised(inner: Found, outer: Found) -> bool:
    """ "rejected calls to expel the workers": the expelling asked for gives the rejection no target."""
    return inner.fact is not None and inner.fact.value in ("modal", "future", "hypothetical") and (
        outer.fact is None or outer.fact.value == "asserted")


def _dedupe(found: list[Found]) -> list[Found]:
    """One event per root and dyad in a sentence ("used tear gas to disperse", "began a hunger strike to
    protest"): an asserted mention wins over a future or modal one, then the more specific code."""
    kept: dict[tuple[str, str, str], int] = {}
    out: list[Found] = []
    for f in found:
        key = (f.code[:2], f.source.code, f.target.code if f.target else "")
        if key not in kept:
            kept[key] = len(out)
            out.append(f)
        elif _rank(f) > _rank(out[kept[key]]):
            out[kept[key]] = f
    return out


def _rank(f: Found) -> tuple[bool, bool, int]:
    asserted = f.fact is None or f.fact.value == "asserted"
    return asserted, not f.code.endswith("0"), len(f.code)


class _WordClasses:
    """The words of a document each pass of `code_sentence` may code, found once from spaCy's attribute arrays
    (no Token is made for the others): adjectives, participles, attitude words and verbs; event nouns;
    verbs of reporting (by lemma); adverbial clauses; verbs of accusing (by lemma)."""

    def __init__(self, doc: Doc, coder: CameoCoder):
        strings = doc.vocab.strings
        pos, tag, lower, lemma, dep = doc.to_array([POS, TAG, LOWER, LEMMA, DEP]).T
        lemma_ids = lemma.tolist()
        lemmas = {n: strings[n].lower() for n in set(lemma_ids)}

        def lemma_in(words) -> list[int]:  # a set test per word: numpy's isin costs more on a document's words
            ids = {n for n, w in lemmas.items() if w in words}
            return [i for i, n in enumerate(lemma_ids) if n in ids] if ids else []

        self.predicates = _where((pos == ADJ) | (tag == strings["VBN"]) | (pos == VERB))
        lowers, attitude = lower.tolist(), coder.attitude_ids
        if not attitude.isdisjoint(lowers):  # "concerned", "hopeful": whatever their class
            self.predicates = sorted({*self.predicates, *(i for i, n in enumerate(lowers) if n in attitude)})
        # nouns and names that a noun pattern, a complement family or a state noun names by lemma: no other
        # noun codes an event of its own (`_noun_events`)
        rules, patterns = coder.rules, coder.codebook.nouns
        coded = {n for n, w in lemmas.items()
                 if w in patterns or w in rules["complement_nouns"] or w in rules["state_nouns"]}
        self.nouns = [i for i in _where((pos == NOUN) | (pos == PROPN)) if lemma_ids[i] in coded]
        self.reporting = lemma_in(coder.reporting)
        self.clauses = _where(dep == strings["advcl"])
        self.accusing = lemma_in(coder.rules["accusation_heads"])

    @staticmethod
    def within(which: list[int], sent: Span) -> list[int]:
        """The words of `which` (document order) inside the sentence."""
        return which[bisect_left(which, sent.start):bisect_left(which, sent.end)]


def _where(mask: np.ndarray) -> list[int]:
    return mask.nonzero()[0].tolist()


def _purpose_of(verb: Token, heads: set[int]) -> bool:
    """`verb` is the purpose infinitive or participle of one of the verbs at `heads` ("rallied to demand",
    "marched demanding")."""
    return verb.dep_ == "advcl" and verb.head.i in heads and (
        verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _topic_of(noun: Token, texts: set[int]) -> bool:
    """`noun` is a compound before one of the text nouns at `texts`, directly or through other compounds
    ("cooperation" in "a military cooperation treaty", "an energy cooperation memorandum")."""
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
        if noun.i in texts:
            return True
    return False
