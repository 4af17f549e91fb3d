"""Events stated by a frame around other events: intents, plans, demands, conditionals, allegations, and
who reports an event."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..actors.resolve import Actor, DocActors
from ..factuality import Factuality
from ..lexicon.cameo import Pattern, compile_pattern
from ..nlp.grammar import SUBJECT_DEPS, child_of, has_aux, slots_of
from .found import Found
from .match import best_match


class FrameEvents:
    """CameoCoder's framed events (a mixin: it uses the coder's codebook, rules and found events)."""

    def _intents(self, found: list[Found], sent: list[Token], actors: DocActors) -> list[Found]:
        """A speaker announcing a future act of its own side states an intent (03x): "Moscow said it would
        expel ...", "North Korea announced it would suspend tests". `sent`: the sentence's verbs of reporting (or
        all its words)."""
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
                if has_aux(clause, self.clause["obligation"]):
                    out.extend(self._demands(head, clause, speakers, self._told(head, clause, actors) or doers, inner))
                    continue
                if not has_aux(clause, self.clause["future"]):
                    continue
                if self._comeuppance(clause):
                    # "said Peru would pay a heavy price": the speaker threatens the party told it will suffer
                    out.extend(Found("130", head, speaker, doer, f"threat: {clause.lemma_}", Factuality())
                               for speaker in speakers for doer in doers if doer.code[:3] != speaker.code[:3])
                    continue
                # "would not hesitate to use force" intends the act (factuality.yaml `litotes`)
                family = "12" if any(c.dep_ == "neg" for c in clause.children) \
                    and clause.lemma_.lower() not in self.facts.litotes else "03"
                for speaker in speakers:
                    own = [f for f in inner if f.source.code[:3] == speaker.code[:3]]
                    for f in own:
                        if self._no_party(f, found):
                            continue  # "said it will host a meeting": an act toward no party states no intent
                        # the complement table says what announcing the act states: an intent (03x), a
                        # threat when the act is hostile ("said it would destroy": 13x), a refusal (12x)
                        code = self.codebook.complement(family, f.code)
                        out.append(Found(code, head, speaker, f.target, f"intent: {f.pattern}", Factuality()))
                    if not inner and any(d.code[:3] == speaker.code[:3] for d in doers):
                        # "announced it would halt its rocket tests": calling off an act of its own is an intent
                        # to yield (035); any other act no pattern codes, an intent toward the party it names
                        off = family == "03" and clause.lemma_.lower() in self.rules["calling_off_verbs"]
                        out.append(Found("035" if off else self.codebook.complement(family, ""), head, speaker,
                                         self._any_target(clause, actors), f"intent: {clause.lemma_}", Factuality()))
        return out

    def _told(self, head: Token, clause: Token, actors: DocActors) -> list[Actor]:
        """ "Peru told Chile it must pay compensation": a pronoun of the second or third person that is the subject
        of an obligation told to a party stands for that party, not for the speaker; the press told ("told
        reporters it must ...") is no such party."""
        subject = child_of(clause, ("nsubj",))
        told = child_of(head, ("dobj", "dative"))
        if subject is None or told is None or subject.tag_ != "PRP" or "1" in subject.morph.get("Person"):
            return []
        return [a for a in actors.actors(told) if a.code[3:6] not in self.rules["press_sectors"]]

    def _reaction(self, tok: Token) -> bool:
        """The verb answers another's act (rules.yaml `reaction_phrases`: "will respond", "would take action")."""
        return self._says(tok, "reaction_phrases")

    def _comeuppance(self, clause: Token) -> bool:
        """The clause says its subject will suffer for what it did (rules.yaml `comeuppance`: "would pay a heavy
        price", "would regret its decision")."""
        return self._says(clause, "comeuppance")

    def _says(self, verb: Token, key: str) -> bool:
        """The verb and its slots fit one of the phrases of rules.yaml `key` (in the grammar of verbs.yaml)."""
        patterns = self.phrases[key].get(verb.lemma_.lower())
        return bool(patterns) and best_match(patterns, slots_of(verb, passive=False)) is not None

    def _actor_condition(self, tok: Token, actors: DocActors) -> bool:
        """The clause has an if/unless condition whose subject is an actor ("if Iran blocks ...")."""
        cond = next((c for c in tok.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in self.clause["condition"] for m in c.children)), None)
        return cond is not None and bool(self.subjects(cond, actors))

    def _plans(self, found: list[Found], stated: list[Found], actors: DocActors) -> list[Found]:
        """An act an actor will do or plans to do states an intent (03x), or a threat (13x) when hostile:
        "the minister will visit Oman" (036), "Chile plans to impose tariffs on ..." (132); "will not"
        refuses (12x). Acts already stated by a speaker, a complement or a condition are left alone."""
        # by country: "Kenya will send aid to Haiti, the Kenyan minister said" is the minister's intent (KENGOV),
        # stated once, not also Kenya's plan (KEN)
        covered = {(f.anchor.i, f.source.code[:3]) for f in stated}
        covered |= {(f.anchor.head.i, f.source.code[:3]) for f in stated if f.anchor.dep_ in ("ccomp", "xcomp")}
        out = []
        for f in found:
            cue = self._plan_cue(f.anchor)
            if f.reverse:
                continue  # "will visit Kenya for talks": the plan is the visitor's, not what Kenya does back
            if self._no_party(f, found):
                continue  # "banks will receive interest payments": an act toward no party states no intent
            if cue is None or f.fact is None or f.fact.value not in ("future", "negated"):
                continue
            if self._predicted(f, actors):
                continue  # "analysts expect Peru will reach a deal": another's forecast, not Peru's plan
            verb = cue
            if any((t.i, f.source.code[:3]) in covered for t in (f.anchor, verb, verb.head)) \
                    or any(g.anchor == verb.head and g.source.code[:3] == f.source.code[:3] for g in stated):
                continue
            if any(c.dep_ == "neg" for c in verb.children) or f.fact.value == "negated":
                if f.code[:2] >= "09":
                    continue
                family = "12"
            elif f.code[:2] in self.rules["stated_plan_roots"]:
                # an appeal, demand, disapproval or refusal to come is stated now ("will urge China to lift the
                # ban", "will stand firm")
                family = f.code[:2]
            else:
                family = "13" if f.code[:2] > "12" else "03"
            code = f.code if family == f.code[:2] else self.codebook.complement(family, f.code)
            code = code if code.startswith(family) else f"{family}0"
            out.append(Found(code, f.anchor, f.source, f.target, f"plan: {f.pattern}", Factuality(), plan=True))
        return out

    def _predicted(self, f: Found, actors: DocActors) -> bool:
        """The act's clause is what someone not of the doer's side believes or expects will happen (factuality.yaml
        clause_cues `belief`: "the bank believes Peru will reach an agreement")."""
        clause = f.anchor
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.clause["belief"]:
            return False
        return not any(h.code[:3] == f.source.code[:3] for h in self.subjects(clause.head, actors))

    def _no_party(self, f: Found, found: list[Found]) -> bool:
        """The act names no party and needs one (its code is not of `targetless_roots`), and no other doer
        of it is its party ("Japan and China will meet": each other's)."""
        return f.target is None and not f.code.startswith(tuple(self.rules["targetless_roots"])) and not any(
            g.anchor == f.anchor and g.target is None and g.source.code != f.source.code for g in found)

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
                any(c.dep_ == "aux" and c.lower_ == "going" for c in verb.children) or \
                self.facts.headline_infinitive(verb) is not None:  # "Russia to expel 23 diplomats"
            return verb
        if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in self.rules["plan_heads"] or (
                verb.head.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.head.children))):
            return verb
        return None

    def _demands(self, head: Token, clause: Token, speakers: list[Actor], doers: list[Actor],
                 inner: list[Found]) -> list[Found]:
        """ "X said Y must reach an agreement": X demands (10x) of Y what the clause names. A thing named after a
        party ("the Dalian shipyard must build bigger tankers", "the Peruvian economy must open up") is
        asked nothing."""
        subject = child_of(clause, ("nsubj",))
        if subject is not None and subject.pos_ == "NOUN" and not self._may_act(subject) \
                and subject.lemma_.lower() not in self.rules["party_nouns"]:
            return []
        code = self.codebook.complement("10", inner[0].code if inner else "")
        out = []
        for speaker in speakers:
            for doer in doers:
                if doer.code[:3] != speaker.code[:3]:
                    out.append(Found(code, head, speaker, doer, f"demand: {clause.lemma_}", Factuality()))
        return out

    def _conditionals(self, found: list[Found], sent: list[Token], actors: DocActors) -> list[Found]:
        """ "If Iran blocks the strait, the Navy will respond": a threat (13x) when the condition or the
        consequence is hostile, else a conditional promise (03x), from the one who will act to the other.
        `sent`: the sentence's adverbial clauses (or all its words)."""
        out = []
        # each word's first if/unless clause, found from the clauses up: no word's children are looked at
        # unless it is a clause
        conditions: dict[int, tuple[Token, Token]] = {}  # by the word the clause hangs on: that word, the clause
        for tok in sent:
            if tok.dep_ == "advcl" and tok.head.i not in conditions and any(
                    m.dep_ == "mark" and m.lower_ in self.clause["condition"] for m in tok.children):
                conditions[tok.head.i] = (tok.head, tok)
        for i in sorted(conditions):  # in text order
            tok, cond = conditions[i]
            if not has_aux(tok, self.clause["future"]):
                continue
            doers, others = self.subjects(tok, actors), self.subjects(cond, actors)
            consequence = next((f for f in found if f.anchor == tok), None)
            condition = next((f for f in found if f.anchor == cond), None)
            reaction = consequence is None and self._reaction(tok)
            if consequence is None and condition is None and not reaction:
                continue  # "the Bundesbank would cut its rates if the Americans cut theirs": nothing is threatened
            # "NATO will respond if Serbia attacks", "Russia will react if Finland joins NATO": an answer is a threat
            hostile = (consequence is not None and consequence.code[:2] >= "09") or (
                consequence is None and (reaction or condition.code[:2] >= "09"))
            family = "13" if hostile else "03"
            code = self.codebook.complement(family, consequence.code if consequence else "")
            for doer in doers:
                for other in others:
                    if doer.code[:3] != other.code[:3]:
                        out.append(Found(code, tok, doer, other, f"conditional: {tok.lemma_}", Factuality()))
        return out

    def _allegations(self, found: list[Found], sent: list[Token], actors: DocActors) -> list[Found]:
        """ "X alleged that Y had attacked Z": X accuses Y (112); claiming one's own hostile act is owning it
        (015). `sent`: the sentence's verbs of accusing (or all its words)."""
        out = []
        heads = self.rules["accusation_heads"]
        for head in sent:
            if head.lemma_.lower() not in heads:
                continue
            for clause in (c for c in head.children if c.dep_ == "ccomp"):
                hostile = [f for f in found if f.code[:2] >= "10" and (f.anchor == clause or f.anchor.head == clause)]
                if not hostile and heads[head.lemma_.lower()] != "always":
                    continue
                addressed = heads[head.lemma_.lower()] == "addressed"
                if addressed and not (any(f.fact.value == "asserted" for f in hostile) and any(
                        a.known for c in head.children if c.dep_ in ("dobj", "dative") for a in actors.actors(c))):
                    # "told reporters that rebels attacked": a report; "told Kyiv that its jets would strike": a
                    # threat of its own, no accusation
                    continue
                speakers = self.subjects(head, actors)
                fact = self.assess(head, actors)  # "could charge that ...", "did not allege that ...": not made
                for doer in self.subjects(clause, actors) or [f.source for f in hostile]:
                    for speaker in speakers:
                        code = "015" if doer.code[:3] == speaker.code[:3] else "112"
                        if addressed and code == "015":
                            continue
                        target = None if code == "015" else doer
                        out.append(Found(code, head, speaker, target, f"allegation: {head.lemma_}", fact))
        return out

    def _reporter(self, anchor: Token, sent: Span, actors: DocActors) -> tuple[str, str]:
        """Who reports the event: the subject of a reporting verb above it, or "according to X"."""
        tok = anchor
        for _ in range(6):
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    to = child_of(child, ("prep",))
                    pobj = child_of(to, ("pobj",)) if to is not None else None
                    if pobj is not None:
                        return _speaker(pobj, actors)
            head = tok.head
            if head == tok:
                break
            if tok.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in self.reporting:
                subj = child_of(head, SUBJECT_DEPS)
                return _speaker(subj, actors) if subj is not None else ("", "")
            tok = head
        for child in sent.root.children:
            if child.dep_ in ("ccomp", "parataxis") and child.lemma_.lower() in self.reporting and child.i > anchor.i:
                subj = child_of(child, SUBJECT_DEPS)
                if subj is not None:
                    return _speaker(subj, actors)
        return "", ""


def _speaker(tok: Token, actors: DocActors) -> tuple[str, str]:
    found = actors.actor(tok)
    return (found.code if found else ""), " ".join(t.text for t in tok.subtree)


def phrases_by_head(texts: Iterable[str]) -> dict[str, list[Pattern]]:
    """Phrases of rules.yaml in the grammar of verbs.yaml ("pay (for it)"), compiled once, by their head verb."""
    out: dict[str, list[Pattern]] = {}
    for text in texts:
        pattern = compile_pattern("130", text, "rules.yaml")
        out.setdefault(pattern.head, []).append(pattern)
    return out
