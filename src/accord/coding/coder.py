"""The CAMEO coder: events (source, code, target) from the dependency parse of each sentence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorBook
from ..actors.names import actor_names
from ..actors.resolve import UNKNOWN, Actor, DocActors, actor_matcher
from ..factuality import Factuality, FactualityRules
from ..lexicon import coder_digest
from ..records import Event
from .dates import event_date
from .dictionary import Codebook, Pattern, load_factuality_cues

_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd")
NON_STATE = {"IGO", "NGO", "IMG", "MNC"}
_SUBJECT_DEPS = ("nsubj", "csubj")
_INHERIT_SUBJECT = ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp")
# Agents that act for a state: they are not taken to be of the country they deal with as a whole.
_STATE_AGENTS = {"GOV", "MIL", "LEG", "JUD", "SPY"}
# Roots of violent acts: an event noun of these roots can be the doer of a verb of these roots.
_FORCE_ROOTS = ("18", "19", "20")


@dataclass
class _Found:
    """An event before it becomes a record: the word it hangs on and its actors."""

    code: str
    anchor: Token
    source: Actor
    target: Actor | None
    pattern: str
    fact: Factuality | None = None
    plan: bool = False  # a stated plan: dated when it is said, not when the planned act is due


class CameoCoder:
    """Codes sentences with the patterns of a Codebook and actors of an ActorBook."""

    name = "cameo.v1"

    def __init__(self, nlp, book: ActorBook, codebook: Codebook, actor_files: Iterable[Path] = ()):
        self.nlp = nlp
        self.book = book
        self.codebook = codebook
        self.matcher = actor_matcher(nlp, book)
        self.rules = codebook.rules
        self.support = frozenset(self.rules["support_verbs"])
        self.quantities = frozenset(self.rules["quantity_nouns"])
        self.deadlines = frozenset(self.rules["deadline_preps"])
        self.recipients = frozenset(self.rules["recipient_verbs"])
        self.reciprocal = tuple(self.rules["reciprocal_roots"])
        self.reporting = codebook.reporting | frozenset(self.rules["clause_reporting"])
        cues = load_factuality_cues()
        self.facts = FactualityRules(cues, self.reporting)
        self.clause = {k: frozenset(v) for k, v in cues["clause_cues"].items()}
        self.future_aux = frozenset(w for w, value in self.facts.aux.items() if value == "future")
        lexicon = coder_digest(nlp, codebook, cues, actor_files=actor_files, layers=book.layers)
        self.version = f"{self.name}+{lexicon}"
        self.names = actor_names(book)

    def name_of(self, code: str) -> str:
        """A readable name for an actor code: "United States government", "United Nations"."""
        return self.names.name(code)

    # -- documents ------------------------------------------------------------------------------

    def code_doc(self, doc: Doc, published: date | None, offset: int = 0, first_sentence: int = 0
                 ) -> tuple[list[Event], DocActors]:
        """Events of every sentence of `doc`; offsets are shifted by `offset` characters."""
        actors = DocActors(doc, self.matcher, published)
        events = []
        for n, sent in enumerate(doc.sents):
            for found in self.code_sentence(sent, actors):
                events.append(self._record(found, sent, first_sentence + n, published, offset, actors))
        return events, actors

    def code_sentence(self, sent: Span, actors: DocActors) -> list[_Found]:
        """Every event of one sentence, with factuality decided."""
        found: list[_Found] = []
        consumed: set[int] = set()
        tokens = list(sent)  # one Token object per word, reused by every pass below
        for tok in tokens:
            if tok.pos_ == "ADJ" and tok.lemma_.lower() in self.rules["complement_adjectives"] or (
                    tok.tag_ == "VBN" and tok.lower_ in self.rules["complement_adjectives"]
                    and (tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children))):
                # "Israel is opposed to ...", parsed as a passive or an adjectival participle
                found.extend(self._adjective_events(tok, actors, consumed))
            elif tok.pos_ == "VERB":
                found.extend(self._verb_events(tok, actors, consumed))
        for tok in tokens:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                found.extend(self._noun_events(tok, actors))
        for f in found:
            f.fact = self.facts.assess(f.anchor)
            if f.code[:2] == "03" and f.fact.value in ("future", "hypothetical") and \
                    _has_aux(f.anchor, self.clause["own_will"], copula=True):
                f.fact = Factuality()  # "said he would be ready to host talks": the readiness is stated now
        stated = (self._intents(found, tokens, actors) + self._conditionals(found, tokens, actors)
                  + self._allegations(found, tokens, actors))
        stated += self._plans(found, stated, actors)
        speech_heads = {f.anchor.i for f in stated}
        speech_heads |= {f.anchor.head.i for f in found if f.anchor.dep_ in ("ccomp", "parataxis")}
        found = [f for f in found if not (f.code[:2] == "01" and f.target is None and f.anchor.i in speech_heads)]
        return _dedupe(self._finish(found + stated))

    def _finish(self, found: list[_Found]) -> list[_Found]:
        """Reciprocal events of coordinated actors, linked events, and no targetless events but where allowed."""
        out: list[_Found] = []
        for f in found:
            if f.target is None:
                # "began a hunger strike to protest against Sweden": the purpose clause names the target
                purpose = [g for g in found if g.target is not None and _within(g.anchor, f.anchor)
                           and (g.source.code == f.source.code or g.source.start == f.source.start)
                           and not _unrealised_under_realised(g, f)]
                if purpose:
                    if purpose[0].source.start == f.source.start:
                        f.source = purpose[0].source  # the same doer, given its country by that clause
                    f.target = purpose[0].target
        by_anchor: dict[tuple[int, str], list[_Found]] = {}
        for f in found:
            by_anchor.setdefault((f.anchor.i, f.code), []).append(f)
        for group in by_anchor.values():
            open_ = [f for f in group if f.target is None]
            if len(open_) >= 2 and len({f.source.code for f in open_}) >= 2:
                for f in open_:
                    for g in open_:
                        if f.source.code != g.source.code:
                            out.append(_Found(f.code, f.anchor, f.source, g.source, f.pattern, f.fact, f.plan))
                group = [f for f in group if f.target is not None]
            for f in group:
                if f.target is None and not f.code.startswith(tuple(self.rules["targetless_roots"])):
                    continue
                out.append(f)
                linked = self.rules["linked_codes"].get(f.code)
                if linked and f.target is not None:
                    out.append(_Found(linked, f.anchor, f.target, f.source, f"{f.pattern} (linked)", f.fact,
                                      f.plan))
        # an event needs one actor of known country (an unknown one may have taken a country above)
        return [f for f in out if f.source.known or (f.target is not None and f.target.known)]

    # -- verbs ----------------------------------------------------------------------------------

    def _verb_events(self, tok: Token, actors: DocActors, consumed: set[int]) -> list[_Found]:
        if self._describes_party(tok, actors):
            return []
        lemma = tok.lemma_.lower()
        slots = _slots(tok, passive=_is_passive(tok), amounts=self.quantities, deadlines=self.deadlines)
        heads = self.codebook.complement_heads.get(lemma)
        if heads:
            match = _best(heads, slots)
            if match is not None:
                found = self._complement_event(tok, match[0], slots, actors, consumed)
                if found is not None:
                    return found
        found = self._verb_match(tok, slots)
        if found is None or found[1][0].no_event:
            return []  # no pattern, or a PETRARCH [---]: the verb codes nothing here
        obj = _child(tok, ("dobj",))
        if self._recipient(tok) and obj is not None and obj.lemma_.lower() in self.codebook.nouns \
                and obj.lemma_.lower() not in self.book.agents:
            return []  # "received assurances from ...": the noun is the event
        patterns, (pattern, slots) = found  # the slots the pattern was matched over (PETRARCH keys included)
        targets = self._targets(tok, pattern, slots, actors)
        if pattern.target_prep and not targets:
            # "protest to +" needs an actor after "to"; else a pattern without the preposition may fit
            # ("to protest President Assad's failure to usher in reforms")
            plain = _best([p for p in patterns if p.target_prep is None], slots)
            if plain is not None:
                pattern = plain[0]
                targets = self._targets(tok, pattern, slots, actors)
        if pattern.layer and not targets:
            return []  # a PETRARCH pattern codes an event between two actors only ("took part in ...")
        code = pattern.code
        weapon = self._weapon(tok, code, actors) if code[:2] in _FORCE_ROOTS else None
        if weapon is not None:
            noun, code, sources = weapon
            consumed.add(noun.i)
        else:
            sources = self.subjects(tok, actors)
        if not sources:
            return []  # "talks were held between X and Y": the noun may still name its parties
        for word in pattern.words:
            consumed.add(slots[word].i)
        if len(sources) == 1 and targets and all(_own_forces(sources[0], t) for t in targets):
            # "France is ready to contribute troops", "Britain mobilized army reservists": the state's own
            # forces are what it acts with; the target, if any, is named elsewhere
            targets = self._targets(tok, pattern, slots, actors, skip_object=True)
        elif len(sources) >= 2 and targets and code.startswith(self.reciprocal):
            # "Obama and Putin will meet in Zurich", "Japan and Korea held talks in Hanoi": coordinated
            # parties meet each other, not the place
            targets = [t for t in self._targets(tok, pattern, slots, actors, places=False)
                       if not self._only_a_place(t, tok)]
        found = self._pairs(code or pattern.reverse, tok, sources, targets, pattern.text, actors)
        if pattern.reverse:
            # PETRARCH [xxx:yyy]: the target does yyy to the source as well; [:yyy] only that
            back = [_Found(pattern.reverse, f.anchor, f.target, f.source, f"{f.pattern} (reverse)")
                    for f in found if f.target is not None]
            found = back if not code else found + back
        return found

    def _verb_match(self, tok: Token, slots: dict[str, Token]
                    ) -> tuple[list[Pattern], tuple[Pattern, dict[str, Token]]] | None:
        """The patterns of the verb's head and the best of them that fits: ours (verbs.yaml) for any form of
        the verb first, then the PETRARCH layer's, matched over the slots its patterns name."""
        forms = _verb_forms(tok)
        for x in forms:
            patterns = self.codebook.verbs.get(x)
            match = _best(patterns, slots) if patterns else None
            if match is not None:
                return patterns, match
        heads = [x for x in forms if x in self.codebook.under]
        if heads and not self._calls_off(tok):
            slots = _petrarch_slots(tok, slots, self.codebook.sets_of)
            for x in heads:
                match = _best(self.codebook.under[x], slots, distinct=True)
                if match is not None:
                    if self._noun_of_ours(tok, match[0], slots):
                        return None  # "launched artillery fire", "called off sanctions": our noun codes it
                    return self.codebook.under[x], match
        return None

    def _calls_off(self, verb: Token) -> bool:
        """ "called off the strikes", "suspended the talks": a verb that makes what it governs called off
        (factuality.yaml) leaves that act unrealised; it is no PETRARCH event of its own."""
        lemma = verb.lemma_.lower()
        return self.facts.governors.get(lemma) == "called_off" or any(
            self.facts.phrasal.get(f"{lemma} {c.lower_}") == "called_off"
            for c in verb.children if c.dep_ in ("prt", "prep"))

    def _noun_of_ours(self, verb: Token, pattern: Pattern, slots: dict[str, Token]) -> bool:
        """The verb's object, or a word the PETRARCH pattern names, is an event noun that one of our noun
        patterns codes, and the verb lends it its subject ("launched artillery fire") or its status ("called off
        the sanctions"): that event is ours to code."""
        lemma = verb.lemma_.lower()
        status = lemma in self.facts.governors or any(
            f"{lemma} {c.lower_}" in self.facts.phrasal for c in verb.children if c.dep_ in ("prt", "prep"))
        if not (status or self._support(verb)):
            return False
        obj = _child(verb, _OBJECT_DEPS)
        for t in (*(slots[w] for w in pattern.words), *((obj,) if obj is not None else ())):
            nouns = self.codebook.nouns.get(t.lemma_.lower()) if t.pos_ in ("NOUN", "PROPN") else None
            if nouns and _best(nouns, _slots(t, passive=False)) is not None:
                return True
        return False

    def _describes_party(self, tok: Token, actors: DocActors) -> bool:
        """A present participle that says what a party is or does ("firms helping the regime bust sanctions",
        "banks financing the government"): a description, no event of its own unless it says when it happened
        ("troops firing on the crowd on Friday")."""
        if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if not self._may_act(tok.head):
            return False  # "a resolution calling for sanctions" is no party
        return not any(c.dep_ == "prep" and _temporal(c) or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
                       for c in tok.children)

    def _target_preps(self, code: str) -> list[str]:
        """The prepositions whose object may be the target of an event of `code`: "talks on Syria" and
        "a conference on Libya" are about a topic, "an attack on Syria" is not."""
        if code[:2] in self.rules["topic_roots"]:
            return [p for p in self.rules["target_preps"] if p not in self.rules["topic_preps"]]
        return self.rules["target_preps"]

    def _between(self, noun: Token, actors: DocActors) -> list[Actor]:
        """Two or more parties named after the noun's "between" ("clashes between Hutu and Tutsi")."""
        head = self._phrase_head(noun)
        holders = [head, head.head] if head.dep_ in ("nsubjpass", "dobj") else [head]  # "talks were held between"
        between = next((_child(c, ("pobj",)) for h in holders for c in h.children
                        if c.dep_ == "prep" and c.lower_ == "between"), None)
        parties = actors.actors(between) if between is not None else []
        return parties if len(parties) >= 2 else []

    def _only_a_place(self, actor: Actor, verb: Token) -> bool:
        """The actor stands for where the verb's act happens: a place after in/at/near on the verb or its
        object, or an event noun object known only by such a place ("talks in Hanoi")."""
        obj = _child(verb, _OBJECT_DEPS)
        for holder in (verb, obj) if obj is not None else (verb,):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in self.rules["location_preps"]:
                    span = child.doc[child.left_edge.i:child.right_edge.i + 1]
                    if span.start_char <= actor.start < span.end_char:
                        return True
        if obj is None or obj.lemma_.lower() not in self.codebook.nouns:
            return False
        return actor.start in (obj.idx, obj.doc[obj.left_edge.i].idx)

    def _weapon(self, tok: Token, code: str, actors: DocActors) -> tuple[Token, str, list[Actor]] | None:
        """ "A roadside bombing killed ...", "was killed in a car bomb explosion", "an Israeli air strike
        wounded ...": a violent event noun as the doer gives the code, and its own source or, when it names
        none, unidentified attackers (---UAF)."""
        if _is_passive(tok):
            holders = [c for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")]
            nouns = [n for h in holders for n in h.children if n.dep_ == "pobj"]
        else:
            nouns = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        for noun in nouns:
            # "two suicide bombers killed ...": a doer whose role names the means
            role = " ".join(t.lemma_.lower() for t in noun.doc[max(noun.i - 1, 0):noun.i + 1])
            means = self.rules["means_of_doers"].get(role) or self.rules["means_of_doers"].get(noun.lemma_.lower())
            if means:
                doers = self.subjects(tok, actors)
                if doers:
                    return noun, means, doers
            match = _best(self.codebook.nouns.get(noun.lemma_.lower(), []), _slots(noun, passive=False))
            if match is None or match[0].code[:2] not in _FORCE_ROOTS:
                continue
            for part in (c for c in noun.children if c.dep_ == "compound"):  # "car bomb explosion"
                inner = _best(self.codebook.nouns.get(part.lemma_.lower(), []), _slots(part, passive=False))
                if inner is not None and inner[0].code[:2] in _FORCE_ROOTS and len(inner[0].code) > len(match[0].code):
                    match = inner
            sources = self._noun_sources(noun, actors, support=False) or self._between(noun, actors)
            if not sources:
                phrase = noun.doc[noun.left_edge.i:noun.i + 1]
                sources = [Actor(UNKNOWN + "UAF", phrase.text, phrase.start_char, phrase.end_char, "agent")]
            return noun, match[0].code, sources
        return None

    def _complement_event(self, head: Token, family: Pattern, slots: dict[str, Token], actors: DocActors,
                          consumed: set[int], sources: list[Actor] | None = None) -> list[_Found] | None:
        """ "agreed to meet", "refused to negotiate", "called for talks": the code follows what is governed."""
        governed = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        controlled = _child(head, _OBJECT_DEPS)
        if governed is None and family.code in ("02", "10") and controlled is not None and self._may_act(controlled):
            # "demanded the parties to allow ...": an object-control infinitive the parser hangs as advcl
            governed = next((c for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        inner, targets = None, []
        if governed is None and clause is not None:
            governed = clause
            inner = self._inner(clause)
            targets = self.subjects(clause, actors)
            if not targets and inner is not None:
                targets = self._targets(clause, inner[0], inner[1], actors)
        elif governed is not None:
            inner = self._inner(governed)
            if inner is not None:
                targets = self._targets(governed, inner[0], inner[1], actors)
        else:
            if head.lemma_.lower() in self.rules["infinitive_only_heads"]:
                return None
            holder = slots.get(family.words[-1]) if family.words else None
            noun = _child(holder, ("pobj",)) if holder is not None and holder.dep_ == "prep" else None
            noun = noun if noun is not None else _child(head, _OBJECT_DEPS)
            if noun is None and not family.words:  # "opposed to French mediation", "agreed to a truce"
                noun = next((_child(c, ("pobj",)) for c in head.children if c.dep_ == "prep" and c.lower_ == "to"),
                            None)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                return None
            inner = _best(self.codebook.nouns.get(noun.lemma_.lower(), []), _slots(noun, passive=False))
            if inner is None:
                return None
            governed = noun
            consumed.add(noun.i)
            if inner[0].target_prep:
                targets = self._targets(noun, inner[0], inner[1], actors)
        code = self.codebook.complement(family.code, inner[0].code if inner else "")
        if not code:
            return None
        if sources is None:
            sources = self.subjects(head, actors)
        if governed is clause and targets and all(any(t.code[:3] == s.code[:3] for s in sources) for t in targets):
            # "warned that the United States would destroy X": the speaker's own side acts; its target is X's
            other = self._targets(clause, inner[0], inner[1], actors) if inner is not None else []
            targets = other or [t for t in [self._any_target(clause, actors)] if t is not None] or targets
        obj = _child(head, _OBJECT_DEPS)
        if obj is not None and family.code in ("02", "10"):
            inside = actors.find_in(obj) if obj != governed else None
            targets = actors.actors(obj) or ([inside] if inside is not None else targets)
        if not targets:
            pobj = next((_child(c, ("pobj",)) for c in head.children
                         if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with")), None)
            targets = actors.actors(pobj) if pobj is not None else []
        if not targets and governed.pos_ in ("NOUN", "PROPN"):
            # "rejected Saddam Hussein's proposal", "welcomed a Swiss peace plan": the one whose act is
            # accepted, refused or demanded is the target
            targets = [t for t in self._noun_sources(governed, actors, support=False)
                       if not any(t.start == s.start for s in sources)]
        if not targets:
            cond = next((c for t in (governed, head) for c in t.children if c.dep_ == "advcl"
                         and any(m.dep_ == "mark" and m.lower_ in self.clause["condition"] for m in c.children)), None)
            targets = self.subjects(cond, actors) if cond is not None else []
        return self._pairs(code, head, sources, targets, f"{family.text} → {governed.lemma_}", actors)

    def _inner(self, verb: Token) -> tuple[Pattern, dict[str, Token]] | None:
        """The pattern that codes a governed verb ("agreed to [halt arms shipments]"): ours by its lemma,
        else the PETRARCH layer's."""
        lemma = verb.lemma_.lower()
        slots = _slots(verb, passive=_is_passive(verb), amounts=self.quantities)
        inner = _coded(_best(self.codebook.verbs.get(lemma, []), slots))
        if inner is None and lemma in self.codebook.under:
            inner = _coded(_best(self.codebook.under[lemma], _petrarch_slots(verb, slots, self.codebook.sets_of),
                                 distinct=True))
        return inner

    def _may_act(self, tok: Token) -> bool:
        """A noun that can stand for people who act (a name, a role word, a plural), not an event noun."""
        lemma = tok.lemma_.lower()
        if lemma in self.codebook.nouns:
            return False
        return tok.tag_ in ("NNS", "NNPS", "NNP") or lemma in self.book.agents or tok.lower_ in self.book.agents

    def _allegations(self, found: list[_Found], sent: list[Token], actors: DocActors) -> list[_Found]:
        """ "X alleged that Y had attacked Z": X accuses Y (112); claiming one's own hostile act is owning it
        (015)."""
        out = []
        heads = self.rules["accusation_heads"]
        for head in sent:
            if head.lemma_.lower() not in heads:
                continue
            for clause in (c for c in head.children if c.dep_ == "ccomp"):
                hostile = [f for f in found if f.code[:2] >= "10" and (f.anchor == clause or f.anchor.head == clause)]
                if not hostile and heads[head.lemma_.lower()] != "always":
                    continue
                speakers = self.subjects(head, actors)
                for doer in self.subjects(clause, actors) or [f.source for f in hostile]:
                    for speaker in speakers:
                        code = "015" if doer.code[:3] == speaker.code[:3] else "112"
                        target = None if code == "015" else doer
                        out.append(_Found(code, head, speaker, target, f"allegation: {head.lemma_}", Factuality()))
        return out

    def _adjective_events(self, tok: Token, actors: DocActors, consumed: set[int]) -> list[_Found]:
        """ "Syria is willing to withdraw its troops", "Israel is opposed to French mediation"."""
        word = tok.lemma_.lower() if tok.pos_ == "ADJ" else tok.lower_
        family = self.rules["complement_adjectives"][word]
        head = tok.head if tok.dep_ in ("acomp", "amod") else tok
        fake = Pattern(family, word, (), None, False, f"{word} to")
        subject = _child(tok, ("nsubjpass",)) if tok.pos_ == "VERB" else None
        sources = actors.actors(subject) if subject is not None else self.subjects(head, actors)
        return self._complement_event(tok, fake, _slots(tok, passive=False), actors, consumed, sources) or []

    def _intents(self, found: list[_Found], sent: list[Token], actors: DocActors) -> list[_Found]:
        """A speaker announcing a future act of its own side states an intent (03x): "Moscow said it would
        expel ...", "North Korea announced it would suspend tests"."""
        out = []
        for head in sent:
            if head.lemma_.lower() not in self.reporting:
                continue
            if any(f.anchor == head and f.code[:2] != "01" for f in found):
                continue  # "warned that its army would crush ...": the head's own event (a threat) says it
            for clause in (c for c in head.children if c.dep_ == "ccomp"):
                if self._actor_condition(clause, actors):
                    continue  # "... it will respond if Iran blocks the strait": a conditional (below)
                speakers = self.subjects(head, actors)
                doers = self.subjects(clause, actors)
                # an act the clause calls off is not the one intended ("would suspend its missile tests")
                inner = [f for f in found if (f.anchor == clause or f.anchor.head == clause and
                         f.anchor.dep_ in ("dobj", "xcomp", "conj", "acomp"))
                         and (f.fact is None or f.fact.value != "called_off")]
                if _has_aux(clause, self.clause["obligation"]):
                    out.extend(self._demands(head, clause, speakers, doers, inner))
                    continue
                if not _has_aux(clause, self.clause["future"]):
                    continue
                family = "12" if any(c.dep_ == "neg" for c in clause.children) else "03"
                for speaker in speakers:
                    own = [f for f in inner if f.source.code[:3] == speaker.code[:3]]
                    for f in own:
                        # the complement table says what announcing the act states: an intent (03x), a
                        # threat when the act is hostile ("said it would destroy": 13x), a refusal (12x)
                        code = self.codebook.complement(family, f.code)
                        out.append(_Found(code, head, speaker, f.target, f"intent: {f.pattern}", Factuality()))
                    if not inner and any(d.code[:3] == speaker.code[:3] for d in doers):
                        out.append(_Found(self.codebook.complement(family, ""), head, speaker,
                                          self._any_target(clause, actors), f"intent: {clause.lemma_}", Factuality()))
        return out

    def _actor_condition(self, tok: Token, actors: DocActors) -> bool:
        """The clause has an if/unless condition whose subject is an actor ("if Iran blocks ...")."""
        cond = next((c for c in tok.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in self.clause["condition"] for m in c.children)), None)
        return cond is not None and bool(self.subjects(cond, actors))

    def _plans(self, found: list[_Found], stated: list[_Found], actors: DocActors) -> list[_Found]:
        """An act an actor will do or plans to do states an intent (03x), or a threat (13x) when hostile:
        "the minister will visit Oman" (036), "Chile plans to impose tariffs on ..." (132); "will not"
        refuses (12x). Acts already stated by a speaker, a complement or a condition are left alone."""
        covered = {(f.anchor.i, f.source.code) for f in stated}
        covered |= {(f.anchor.head.i, f.source.code) for f in stated if f.anchor.dep_ in ("ccomp", "xcomp")}
        out = []
        for f in found:
            cue = self._plan_cue(f.anchor)
            if cue is None or f.fact is None or f.fact.value not in ("future", "negated"):
                continue
            verb = cue
            if any((t.i, f.source.code) in covered for t in (f.anchor, verb, verb.head)) \
                    or any(g.anchor == verb.head and g.source.code == f.source.code for g in stated):
                continue
            if any(c.dep_ == "neg" for c in verb.children) or f.fact.value == "negated":
                if f.code[:2] >= "09":
                    continue
                family = "12"
            else:
                family = "13" if f.code[:2] >= "10" else "03"
            code = self.codebook.complement(family, f.code)
            code = code if code.startswith(family) else f"{family}0"
            out.append(_Found(code, f.anchor, f.source, f.target, f"plan: {f.pattern}", Factuality(), plan=True))
        return out

    def _plan_cue(self, anchor: Token) -> Token | None:
        """The verb that makes the act at `anchor` a plan: its own will/shall/going-to, or a governing
        plan/intend/schedule ("plans to impose", "is scheduled to attend")."""
        verb = anchor
        if anchor.pos_ in ("NOUN", "PROPN"):  # "will hold talks": the support verb carries the tense
            if anchor.dep_ != "dobj" or not self._support(anchor.head):
                return None
            verb = anchor.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "aux" and c.lower_ in self.clause["plan"] for c in verb.children) or \
                any(c.dep_ == "aux" and c.lower_ == "going" for c in verb.children):
            return verb
        if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in self.rules["plan_heads"] or (
                verb.head.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.head.children))):
            return verb
        return None

    def _demands(self, head: Token, clause: Token, speakers: list[Actor], doers: list[Actor],
                 inner: list[_Found]) -> list[_Found]:
        """ "X said Y must reach an agreement": X demands (10x) of Y what the clause names."""
        code = self.codebook.complement("10", inner[0].code if inner else "")
        out = []
        for speaker in speakers:
            for doer in doers:
                if doer.code[:3] != speaker.code[:3]:
                    out.append(_Found(code, head, speaker, doer, f"demand: {clause.lemma_}", Factuality()))
        return out

    def _conditionals(self, found: list[_Found], sent: list[Token], actors: DocActors) -> list[_Found]:
        """ "If Iran blocks the strait, the Navy will respond": a threat (13x) when the condition or the
        consequence is hostile, else a conditional promise (03x), from the one who will act to the other."""
        out = []
        for tok in sent:
            cond = next((c for c in tok.children if c.dep_ == "advcl" and
                         any(m.dep_ == "mark" and m.lower_ in self.clause["condition"] for m in c.children)), None)
            if cond is None or not _has_aux(tok, self.clause["future"]):
                continue
            doers, others = self.subjects(tok, actors), self.subjects(cond, actors)
            consequence = next((f for f in found if f.anchor == tok), None)
            condition = next((f for f in found if f.anchor == cond), None)
            hostile = (consequence is not None and consequence.code[:2] >= "09") or (
                consequence is None and (condition is None or condition.code[:2] >= "09"))
            family = "13" if hostile else "03"
            code = self.codebook.complement(family, consequence.code if consequence else "")
            for doer in doers:
                for other in others:
                    if doer.code[:3] != other.code[:3]:
                        out.append(_Found(code, tok, doer, other, f"conditional: {tok.lemma_}", Factuality()))
        return out

    def _any_target(self, tok: Token, actors: DocActors) -> Actor | None:
        """The first actor among a clause's object and prepositional objects ("give permission to Russia")."""
        for child in tok.children:
            if child.dep_ in _OBJECT_DEPS + ("dative",):
                found = actors.find_in(child)
                if found is not None:
                    return found
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in self.rules["target_preps"]:
                pobj = _child(child, ("pobj",))
                found = actors.find_in(pobj) if pobj is not None else None
                if found is not None:
                    return found
        return None

    # -- nouns ----------------------------------------------------------------------------------

    def _noun_events(self, tok: Token, actors: DocActors) -> list[_Found]:
        patterns = self.codebook.nouns.get(tok.lemma_.lower())
        if not patterns:
            return []
        if tok.dep_ in ("compound", "amod") and self._role_word(tok.head):
            return []  # "riot police", "peace envoy", "protest leaders" name people, not events
        match = _best(patterns, _slots(tok, passive=False))
        if match is None:
            return []
        pattern, slots = match
        sources = self._noun_sources(tok, actors)
        if not sources and pattern.code.startswith(self.reciprocal) and not pattern.target_prep:
            # "talks were held between India and Pakistan": the parties after "between" act together
            parties = self._between(tok, actors)
            if parties:
                return self._pairs(pattern.code, tok, parties, [], pattern.text, actors)
        if not sources:
            return []
        if pattern.target_prep:
            targets = self._targets(tok, pattern, slots, actors)
        else:
            targets = self._noun_targets(tok, actors, pattern.code, parties=len(sources))
        targets = [t for t in targets if all(t.start != s.start for s in sources)]
        holder = tok.head if tok.dep_ == "compound" else tok.head.head if tok.dep_ == "pobj" else None
        if not targets and holder is not None and holder.pos_ == "NOUN" and holder.lemma_.lower() not in \
                self.codebook.nouns and holder.lemma_.lower() not in self.quantities:
            # "a Turkish patrol boat", "the missile test site": a kind of thing; "data on North Korean missile
            # launches": a topic; neither says that anyone acted
            return []
        return self._pairs(pattern.code, tok, sources, targets, pattern.text, actors)

    def _amount_of(self, obj: Token | None) -> Token | None:
        """The noun an amount object counts ("provide 70 million dollars of aid" -> aid), else `obj`."""
        if obj is None or obj.lemma_.lower() not in self.quantities:
            return obj
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = _child(of, ("pobj",)) if of is not None else None
        return counted if counted is not None and counted.pos_ in ("NOUN", "PROPN") else obj

    def _phrase_head(self, tok: Token) -> Token:
        """The word whose relations an event noun uses: the head of "a mediation mission", the amount of
        "5 million dollars of aid" and "$50,000 worth of goods"."""
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.quantities:
            tok = tok.head.head
        return tok

    def _noun_targets(self, tok: Token, actors: DocActors, code: str, parties: int = 1) -> list[Actor]:
        """Target of an event noun without "+": its own "to/with/against/on" object, else that of the verb
        lending it a subject ("gave a warm welcome to X", "provided aid to Y"). Two or more `parties` to a
        reciprocal act take only a "with" or "against" counterpart ("Peru and Chile resumed
        talks on the maritime border" has none)."""
        tok = self._phrase_head(tok)
        holders = [tok]
        first = _first_conjunct(tok)
        if first.dep_ == "dobj" and self._recipient(first.head):
            return self.subjects(first.head, actors)  # "received assurances from X": X assures the subject
        if first.dep_ in ("dobj", "nsubjpass") and self._support(first.head):
            holders.append(first.head)
        for holder in holders:
            preps = self.rules["noun_target_preps"] if holder is tok else self._target_preps(code)
            if holder is tok and code[:2] in self.rules["noun_of_target_roots"]:
                preps = [*preps, "of"]
            if parties >= 2 and code.startswith(self.reciprocal):
                preps = [p for p in preps if p in ("with", "against")]
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    pobj = _child(child, ("pobj",))
                    found = actors.actors(pobj) if pobj is not None else []
                    if found:
                        return found
                if child.dep_ in ("dative", "iobj") and holder is not tok:
                    found = actors.actors(_child(child, ("pobj",)) or child)
                    if found:
                        return found
        return []

    def _noun_sources(self, tok: Token, actors: DocActors, support: bool = True) -> list[Actor]:
        tok = self._phrase_head(tok)
        for child in tok.children:
            if child.dep_ == "poss":
                return actors.actors(child)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in self.rules["noun_source_preps"]:
                pobj = _child(child, ("pobj",))
                if pobj is not None:
                    return actors.actors(pobj)
        for child in tok.children:
            if child.dep_ in ("compound", "amod") and child.i < tok.i and child.i in actors.by_token:
                found = actors.actor(child)
                if found is not None:
                    return [found]
        first = _first_conjunct(tok)
        if first.dep_ == "dobj" and self._recipient(first.head):
            # "Kenya received a warning from Uganda": the giver is after "from", never the subject
            given = next((_child(c, ("pobj",)) for c in first.head.children
                          if c.dep_ == "prep" and c.lower_ in self.rules["noun_source_preps"]), None)
            return actors.actors(given) if given is not None else []
        if support and first.dep_ in ("dobj", "nsubjpass") and self._support(first.head):
            return self.subjects(first.head, actors)
        for child in tok.children:  # "the demand, which Washington made on Monday": the doer of the clause
            if child.dep_ == "relcl" and self._support(child) and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in child.children):
                return self.subjects(child, actors)
        return []

    def _role_word(self, tok: Token) -> bool:
        low, lemma = tok.lower_, tok.lemma_.lower()
        return low in self.book.agents or lemma in self.book.agents or \
            " ".join(t.lemma_.lower() for t in tok.doc[max(tok.i - 1, 0):tok.i + 1]) in self.book.agents

    def _recipient(self, verb: Token) -> bool:
        """A verb whose subject undergoes the event noun it governs ("received a warning from")."""
        return verb.pos_ in ("VERB", "AUX") and any(f in self.recipients for f in _verb_forms(verb))

    def _support(self, verb: Token) -> bool:
        """A verb that lends its subject to the event noun it governs ("staged a rally")."""
        return verb.pos_ in ("VERB", "AUX") and any(f in self.support for f in _verb_forms(verb))

    # -- actors of a word -----------------------------------------------------------------------

    def subjects(self, tok: Token, actors: DocActors, depth: int = 0) -> list[Actor]:
        if depth > 4:
            return []
        if _is_passive(tok):
            agent = _child(tok, ("agent",))
            pobj = _child(agent, ("pobj",)) if agent is not None else None
            return actors.actors(pobj) if pobj is not None else []
        subj = _child(tok, _SUBJECT_DEPS)
        if subj is not None:
            return actors.actors(subj)
        infinitive = tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if infinitive:
            obj = _child(tok.head, _OBJECT_DEPS)
            found = actors.actors(obj) if obj is not None else []
            if found:  # object control: "pushed North Korea to deliver", "urged Iran to stop"
                return found
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return []  # "two men sought in the slaying": the noun is what is acted on, the doer is unnamed
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return actors.actors(tok.head)
        if tok.dep_ in _INHERIT_SUBJECT and tok.head != tok:
            return self.subjects(tok.head, actors, depth + 1)
        return []

    def _targets(self, tok: Token, pattern: Pattern, slots: dict[str, Token], actors: DocActors,
                 skip_object: bool = False, places: bool = True) -> list[Actor]:
        if pattern.target_prep:
            holders = [tok, *(slots[w] for w in pattern.words if w in slots)]
            preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "agent", "dative")
                     and c.lower_ == pattern.target_prep]
            for prep in preps:
                pobj = _child(prep, ("pobj", "pcomp"))
                if pobj is None:
                    continue
                direct = actors.actors(pobj)
                if direct:
                    return direct
                found = actors.find_in(pobj)
                if found is not None:
                    return [found]
            return []
        obj = _child(tok, ("nsubjpass",)) if _is_passive(tok) else _child(tok, _OBJECT_DEPS)
        obj = self._amount_of(obj)
        if obj is not None and not skip_object:
            found = actors.actors(obj)
            if not found:
                topics = tuple(self.rules["topic_preps"]) if pattern.code[:2] in self.rules["topic_roots"] else ()
                inner = actors.find_in(obj, skip=topics)
                found = [inner] if inner is not None else []
            if found:
                return found
            if not pattern.words and obj.pos_ == "NOUN" and obj.dep_ != "nsubjpass":
                return []  # "received assurances": the object is what is acted on, and it is no actor
        dative = _child(tok, ("dative", "iobj"))
        if dative is not None:
            found = actors.actors(_child(dative, ("pobj",)) or dative)
            if found:
                return found
        if pattern.target_object:
            return []
        holders = [tok] + ([obj] if obj is not None else [])
        for preps in (self._target_preps(pattern.code), self.rules["location_preps"] if places else []):
            for holder in holders:
                for child in holder.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        pobj = _child(child, ("pobj",))
                        if pobj is not None:
                            found = actors.actors(pobj)
                            if found:
                                return found
        if pattern.code[:2] in self.rules["beneficiary_roots"]:
            # "provide 70 million dollars of aid for Romania": aid goes to whom it is for
            for holder in (*holders, _child(tok, _OBJECT_DEPS)):
                for child in holder.children if holder is not None else ():
                    pobj = _child(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ == "for" else None
                    found = actors.actors(pobj) if pobj is not None else []
                    if found:
                        return found
        for holder in holders:  # "mobilized reservists for a war against Iraq": the purpose's target
            for child in holder.children:
                pobj = _child(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ == "for" else None
                if pobj is not None and pobj.lemma_.lower() in self.codebook.nouns:
                    found = self._noun_targets(pobj, actors, pattern.code)
                    if found:
                        return found
        return []

    def _pairs(self, code: str, anchor: Token, sources: list[Actor], targets: list[Actor], pattern: str,
               actors: DocActors) -> list[_Found]:
        """One event per source and target; actors of unknown country take the country of the place named
        ("gunmen killed two villagers near Kirkuk"), else that of the other actor."""
        if any(not a.known for a in (*sources, *targets)):
            place = self._place(anchor, actors)
            if place is not None:
                sources, targets = [_placed(a, place) for a in sources], [_placed(a, place) for a in targets]
        if len(sources) == 1 and len(targets) == 1:
            sources, targets = [_domestic(sources[0], targets[0])], [_domestic(targets[0], sources[0])]
        out = []
        for s in sources:
            if not targets or code.startswith(tuple(self.rules["targetless_roots"])) and all(
                    t.code == s.code for t in targets):
                # "China held naval drills in the South China Sea": its own place is no target
                out.append(_Found(code, anchor, s, None, pattern))
            for t in targets:
                if t.code != s.code and (s.known or t.known):
                    out.append(_Found(code, anchor, s, t, pattern))
        return out

    def _place(self, anchor: Token, actors: DocActors) -> str | None:
        """The country of the place where the event at `anchor` happens ("in Lagos", "near the town of
        Samarra"), from a place preposition on the event's word or on the verb of an event noun."""
        verb = anchor.head if anchor.pos_ in ("NOUN", "PROPN") and anchor.head != anchor else anchor
        # "threatened to impose a curfew in X", "killed 23 people when they blew themselves up in X"
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "while") for m in c.children))]
        holders = [anchor, *verbs]
        for v in verbs:
            holders += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            holders += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in self.rules["location_preps"]:
                    pobj = _child(child, ("pobj",))
                    country = actors.place_in(pobj) if pobj is not None else None
                    if country is not None:
                        return country
        return None

    # -- records --------------------------------------------------------------------------------

    def _record(self, f: _Found, sent: Span, index: int, published: date | None, offset: int,
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

    def _reporter(self, anchor: Token, sent: Span, actors: DocActors) -> tuple[str, str]:
        """Who reports the event: the subject of a reporting verb above it, or "according to X"."""
        tok = anchor
        for _ in range(6):
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    to = _child(child, ("prep",))
                    pobj = _child(to, ("pobj",)) if to is not None else None
                    if pobj is not None:
                        return _speaker(pobj, actors)
            head = tok.head
            if head == tok:
                break
            if tok.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in self.reporting:
                subj = _child(head, _SUBJECT_DEPS)
                return _speaker(subj, actors) if subj is not None else ("", "")
            tok = head
        for child in sent.root.children:
            if child.dep_ in ("ccomp", "parataxis") and child.lemma_.lower() in self.reporting and child.i > anchor.i:
                subj = _child(child, _SUBJECT_DEPS)
                if subj is not None:
                    return _speaker(subj, actors)
        return "", ""


def _speaker(tok: Token, actors: DocActors) -> tuple[str, str]:
    found = actors.actor(tok)
    return (found.code if found else ""), " ".join(t.text for t in tok.subtree)


def _verb_forms(tok: Token) -> list[str]:
    """The lemma, then forms guessed from the word itself where the lemmatizer slips ("staged" -> "stag"),
    then the verb without a "re-" prefix ("reimposed" -> "impose")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    forms = [lemma]
    if low.endswith("ied"):
        forms.append(low[:-3] + "y")
    elif low.endswith("ed"):
        forms += [low[:-1], low[:-2], low[:-3]]
    elif low.endswith("ing"):
        forms += [low[:-3] + "e", low[:-3], low[:-4]]
    elif low.endswith("es"):
        forms += [low[:-1], low[:-2]]
    elif low.endswith("s"):
        forms.append(low[:-1])
    forms += [f[2:].lstrip("-") for f in list(forms) if f.startswith("re") and len(f) > 5]
    forms += [f[:-3] + "ize" for f in list(forms) if f.endswith("ise") and len(f) > 5]  # "mobilised"
    return forms


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _child(tok: Token | None, deps: tuple[str, ...]) -> Token | None:
    if tok is None:
        return None
    return next((c for c in tok.children if c.dep_ in deps), None)


def _has_aux(tok: Token, words: frozenset[str], copula: bool = False) -> bool:
    """The word has an auxiliary among `words`; with `copula`, an adjective's copula counts ("would be
    ready")."""
    holders = [tok, tok.head] if copula and tok.dep_ == "acomp" else [tok]
    return any(c.dep_ == "aux" and c.lower_ in words for h in holders for c in h.children)


def _slots(tok: Token, passive: bool, amounts: frozenset[str] = frozenset(),
           deadlines: frozenset[str] = frozenset()) -> dict[str, Token]:
    """The words a pattern may name around `tok`: particles, object, prepositions, object's modifiers; for an
    object that is one of `amounts`, the noun it counts ("provided 5 million dollars of aid"). A time is no
    slot, but for the prepositions of a deadline in `deadlines` ("gave Greece until Friday")."""
    slots: dict[str, Token] = {}
    objects = []
    for child in tok.children:
        dep = child.dep_
        if dep == "prep" and _temporal(child) and child.lower_ not in deadlines:
            continue  # "called on Sunday for sanctions": a time is no slot of a pattern
        if dep in ("prt", "prep", "agent", "dative"):
            slots.setdefault(child.lower_ if dep != "prt" else child.lemma_.lower(), child)
        elif dep in _OBJECT_DEPS or (passive and dep == "nsubjpass") or dep == "xcomp" and child.pos_ == "NOUN":
            objects.append(child)
        elif dep == "compound" and tok.pos_ in ("NOUN", "PROPN"):
            slots.setdefault(child.lemma_.lower(), child)
    for child in tok.children:
        if child.dep_ in ("acomp", "advmod", "oprd", "amod", "npadvmod"):
            slots.setdefault(child.lemma_.lower(), child)
    for obj in list(objects):
        if obj.lemma_.lower() in amounts:
            objects += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]
    for obj in objects:
        slots.setdefault(obj.lemma_.lower(), obj)
        for child in obj.children:
            if child.dep_ == "prep":
                slots.setdefault(child.lower_, child)
            elif child.dep_ in ("compound", "amod"):
                slots.setdefault(child.lemma_.lower(), child)
    return slots


def _petrarch_slots(tok: Token, slots: dict[str, Token], sets_of: dict[str, tuple[str, ...]]) -> dict[str, Token]:
    """`slots` with the keys PETRARCH patterns name (lexicon.petrarch._keys): a noun's written form beside its
    lemma ("talks"), `prep>word` for a preposition of the verb or its object with its object's word,
    `^word` for a subject, auxiliary, negation or adverb before the verb, and `&set` for a word of a
    synonym set."""
    out = dict(slots)
    for word, t in slots.items():
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ != word:
            out.setdefault(t.lower_, t)
    holders = [tok, *(t for t in slots.values() if t.head == tok and t.pos_ in ("NOUN", "PROPN"))]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent", "dative"):
                for pobj in prep.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        out.setdefault(f"{prep.lower_}>{pobj.lemma_.lower()}", pobj)
                        out.setdefault(f"{prep.lower_}>{pobj.lower_}", pobj)
    for child in tok.children:
        if child.i < tok.i and child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod"):
            out.setdefault("^" + child.lemma_.lower(), child)
            out.setdefault("^" + child.lower_, child)
            for mod in child.children:
                if mod.dep_ in ("compound", "amod") and child.dep_ in ("nsubj", "nsubjpass"):
                    out.setdefault("^" + mod.lemma_.lower(), mod)
    for key, t in list(out.items()):
        if ">" in key:
            prep, word = key.split(">", 1)
            prefix = prep + ">"
        elif key.startswith("^"):
            prefix, word = "^", key[1:]
        else:
            prefix, word = "", key
        for name in sets_of.get(word, ()):
            out.setdefault(prefix + name, t)
    return out


def _coded(match: tuple[Pattern, dict] | None) -> tuple[Pattern, dict] | None:
    """A match that gives a code from source to target (not a PETRARCH [---] or [:yyy])."""
    return match if match is not None and match[0].code and not match[0].no_event else None


def _temporal(prep: Token) -> bool:
    """The preposition's object is a date or time ("on Sunday", "in March", "for two years")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


def _best(patterns: list[Pattern], slots: dict[str, Token], distinct: bool = False
          ) -> tuple[Pattern, dict[str, Token]] | None:
    """The most specific pattern whose words are all present; a particle of the verb must be in the pattern
    ("call off strikes" is not "call strikes"). With `distinct`, each word of the pattern names a word of its
    own ("fighter aircraft" is not one "fighters")."""
    particles = {w for w, t in slots.items() if t.dep_ == "prt"}
    for p in patterns:
        if particles - set(p.words) - {p.target_prep}:
            continue
        if all(w in slots for w in p.words) and (p.target_prep is None or p.target_prep in slots):
            if distinct and len({slots[w].i for w in p.words}) < len(p.words):
                continue
            return p, slots
    return None


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated words ("photographs and other military intelligence" -> photographs)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _within(inner: Token, outer: Token) -> bool:
    """`inner` hangs below the verb of `outer` (or `outer` itself) through a purpose clause or complement."""
    verb = outer.head if outer.pos_ == "NOUN" and outer.dep_ in ("dobj", "nsubjpass") else outer
    if inner == verb:
        return False  # the support verb's own event ("offered concessions") is no purpose clause
    tok = inner
    for _ in range(4):
        if tok == verb:
            return True
        if tok.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "acl") or tok.head == tok:
            return False
        tok = tok.head
    return tok == verb


def _own_forces(source: Actor, target: Actor) -> bool:
    """A state acting with its own military ("France ... troops") rather than on it."""
    return len(source.code) == 3 and target.code in (source.code + "MIL", UNKNOWN + "MIL")


def _placed(actor: Actor, country: str) -> Actor:
    """An actor of unknown country, placed in `country`."""
    if actor.known:
        return actor
    return Actor(country + actor.code[len(UNKNOWN):], actor.text, actor.start, actor.end, actor.kind)


def _domestic(actor: Actor, other: Actor) -> Actor:
    """An actor of unknown country in an event with a country's actor is taken to be of that country
    ("the Sudanese government accused rebels", "police dispersed demonstrators"), but not an official
    dealing with a state or another state's official: "the government thanked China" is no Chinese
    event."""
    if actor.known or not other.known or not other.code[:3].isalpha() or other.code[:3] in NON_STATE:
        return actor
    if actor.code[len(UNKNOWN):len(UNKNOWN) + 3] in _STATE_AGENTS and (len(other.code) == 3 or
                                                                        other.code[3:6] in _STATE_AGENTS):
        return actor  # "President X welcomed the South African leader": two states' officials
    return Actor(other.code[:3] + actor.code[len(UNKNOWN):], actor.text, actor.start, actor.end, actor.kind)




def _unrealised_under_realised(inner: _Found, outer: _Found) -> bool:
    """ "rejected calls to expel the workers": the expelling asked for gives the rejection no target."""
    return inner.fact is not None and inner.fact.value in ("modal", "future", "hypothetical") and (
        outer.fact is None or outer.fact.value == "asserted")


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One event per root and dyad in a sentence ("used tear gas to disperse", "began a hunger strike to
    protest"): an asserted mention wins over a future or modal one, then the more specific code."""
    kept: dict[tuple[str, str, str], int] = {}
    out: list[_Found] = []
    for f in found:
        key = (f.code[:2], f.source.code, f.target.code if f.target else "")
        if key not in kept:
            kept[key] = len(out)
            out.append(f)
        elif _rank(f) > _rank(out[kept[key]]):
            out[kept[key]] = f
    return out


def _rank(f: _Found) -> tuple[bool, bool, int]:
    asserted = f.fact is None or f.fact.value == "asserted"
    return asserted, not f.code.endswith("0"), len(f.code)


def best_pattern(patterns: list[Pattern], slots: dict[str, Token]) -> tuple[Pattern, dict[str, Token]] | None:
    """The pattern that codes the words around a verb, as the coder picks it; None for a PETRARCH [---]."""
    return _coded(_best(patterns, slots))


slots_of = _slots
