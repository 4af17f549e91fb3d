"""Decide whether an event is presented as having happened, from cues in its parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nlp.grammar import subjunctive

ASSERTED = "asserted"
VALUES = ("asserted", "negated", "hypothetical", "future", "modal", "called_off", "disputed")

# Dependency links along which an event inherits the status of what governs it.
_GOVERNED = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "advcl", "conj", "nsubjpass", "auxpass",
             "acomp",
             "attr", "oprd", "appos", "compound", "nsubj"}
_VIA_OBJECT = {"dobj", "pobj", "pcomp", "prep", "nsubjpass", "compound"}


@dataclass(frozen=True)
class Factuality:
    """An event's factuality value, the words that decided it, and how sure the rule is."""

    value: str = ASSERTED
    cues: tuple[str, ...] = ()
    confidence: float = 0.9


class FactualityRules:
    """The cue lists of data/factuality.yaml applied to a dependency parse."""

    def __init__(self, cues: dict, reporting: frozenset[str]):
        self.aux = cues["aux"]
        self.governors = cues["governors"]
        self.phrasal = cues["phrasal_governors"]
        self.marks = set(cues["conditional_marks"])
        self.pending = set(cues["pending_marks"])
        self.negators = set(cues["negators"])
        self.negative_pronouns = frozenset(cues["negative_pronouns"])
        self.doubt = set(cues["doubt_words"])
        self.noun_mods = cues["noun_modifiers"]
        self.nouns = cues["noun_governors"]
        self.claim_nouns = frozenset(cues["claim_nouns"])
        self.claim_denials = frozenset(cues["claim_denials"])
        self.subject_infinitive = cues["subject_infinitive"]
        self.litotes = frozenset(cues["litotes"])
        self.and_governors = frozenset(cues["and_governors"])
        self.pending_preps = frozenset(cues["pending_preps"])
        self.open_questions = frozenset(cues["open_questions"])
        self.certainties = frozenset(cues["certainties"])
        self.reporting = reporting

    def assess(self, anchor: Token) -> Factuality:
        """Walk from the event's word up through what governs it; the nearest cue decides."""
        reported = self._reported(anchor)
        found = self._open_question(anchor) or self._local(anchor, reported)
        if found is not None:
            return found
        weak = self._modifier(anchor)
        tok = anchor
        for _ in range(8):
            if tok.dep_ == "relcl" and any(c.dep_ == "mark" for c in tok.children) and self.asking_noun(tok.head):
                # "the demand that Iraq withdraw", parsed as a relative clause: asked for, not done
                return Factuality(self.nouns[tok.head.lemma_.lower()], (tok.head.text,), 0.7)
            to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in self.subject_infinitive), None)
            if tok.dep_ in ("relcl", "advcl") and to is not None and tok.head.pos_ == "NOUN":
                # "the deadline for Serbia to move its embassy", its infinitive parsed as a relative or adverbial
                # clause of the noun: as "a decision to send troops" below
                return Factuality("modal", (tok.head.text,), 0.6)
            if tok.dep_ not in _GOVERNED or tok.head == tok:
                break
            if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                break
            if tok.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                break  # only a purpose infinitive ("met to discuss") shares the status of its head
            asked = self._asking_object(tok)
            if asked is not None:
                return asked
            if to is not None and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and tok.head.i < tok.i:
                # "Kosovo is to refrain from ...", "the envoys are to meet in May": arranged, not done
                return Factuality(self.subject_infinitive[to.lower_], (tok.head.text, to.text), 0.75)
            if tok.dep_ == "ccomp" and tok.i < tok.head.i and any(c.dep_ == "punct" and c.lower_ in (";", ":")
                                                                  and tok.i < c.i < tok.head.i
                                                                  for c in tok.head.children):
                break  # "X told Congress he would close it; he never did": two sentences, parsed as one
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.litotes \
                    and any(c.dep_ == "neg" for c in tok.head.children):
                # "would not hesitate to use force": the act is intended, not denied
                return Factuality("future", (tok.head.text,), 0.75)
            if tok.dep_ == "ccomp" and self.governors.get(tok.head.lemma_.lower()) == "modal" \
                    and subjunctive(tok, tok.head):
                # "demanded that Belarus free the drivers", "urged that Thailand withdraw": asked for, not done
                return Factuality("modal", (tok.head.text,), 0.75)
            infinitive = tok.dep_ == "acl" and to is not None
            # "allows Spain to ban ...", parsed as a clause with a subject of its own: as "allowed it to ban";
            # "to try and reach a deal": as "try to reach"
            via, tok = "xcomp" if tok.dep_ == "ccomp" and to is not None or self._and_governed(tok) \
                else tok.dep_, tok.head
            found = self._governor(tok, via) or self._local(tok, reported)
            if found is not None:
                return found
            if infinitive and tok.pos_ in ("NOUN", "PROPN"):
                # "the right of Russian troops to fire", "a decision to send troops": a possibility
                return Factuality("modal", (tok.text,), 0.6)
            if via == "ccomp" and tok.lemma_.lower() in self.reporting:
                break
        return weak or Factuality()

    def negated(self, tok: Token) -> bool:
        """The word carries a negation of its own ("not to expel", "never to negotiate", "would not sign")."""
        found = self._local(tok, reported=False)
        return found is not None and found.value == "negated"

    def _reported(self, tok: Token) -> bool:
        for _ in range(8):
            if tok.head == tok:
                return False
            if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in self.reporting:
                return True
            tok = tok.head
        return False

    def _open_question(self, tok: Token) -> Factuality | None:
        """The clause of the event is one the sentence calls an open question ("it is unclear whether Peru will
        restore ties", "it is far from clear that ...", "whether ... is uncertain"): a possibility."""
        clause = tok
        for _ in range(4):
            if clause.dep_ not in ("xcomp", "conj") or clause.head == clause:
                break
            clause = clause.head
        if clause.dep_ not in ("ccomp", "advcl", "csubj") or clause.dep_ != "csubj" and not any(
                c.dep_ == "mark" and (c.lower_ == "that" or c.lower_ in self.marks) for c in clause.children):
            return None
        head = clause.head
        said = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
        # "far from clear": the adjective is the object of the adverb's preposition
        far = [p for a in head.children if a.dep_ == "advmod" for pr in a.children if pr.dep_ == "prep"
               for p in pr.children if p.dep_ == "pobj" and p.pos_ == "ADJ"]
        negated = any(c.dep_ == "neg" for c in head.children)
        for adj in said + far:
            lemma = adj.lemma_.lower()
            if lemma in self.open_questions or lemma in self.certainties and (
                    adj in far or negated or any(c.dep_ == "neg" for c in adj.children)):
                return Factuality("modal", (adj.text,), 0.75)
        return None

    def _modifier(self, tok: Token) -> Factuality | None:
        """Weak cues on an event noun ("the planned summit"), used when nothing above decides."""
        for child in tok.children:
            if child.dep_ == "amod":
                for form in (child.lemma_.lower(), child.lower_):
                    if form in self.noun_mods:
                        return Factuality(self.noun_mods[form], (child.text,), 0.7)
        return None

    def _local(self, tok: Token, reported: bool) -> Factuality | None:
        """Cues on the word itself: negation, auxiliaries, conditional marks, doubt, modifiers."""
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj", "cc:preconj") and low in self.negators):
                return Factuality("negated", (child.text,), 0.9)
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and low in self.negative_pronouns:
                return Factuality("negated", (child.text,), 0.85)
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                for det in child.children:  # "no state", "neither India nor Pakistan"
                    if det.dep_ in ("det", "preconj") and (det.lower_ == "no" or det.lower_ in self.negative_pronouns):
                        return Factuality("negated", (det.text,), 0.85)
            if child.dep_ == "det" and low == "no":
                return Factuality("negated", (child.text,), 0.85)
        mark = self.headline_infinitive(tok)
        if mark is not None:
            return Factuality(self.subject_infinitive[mark.lower()], (mark,), 0.7)
        for child in tok.children:
            low = child.lower_
            if child.dep_ in ("aux", "auxpass") and low in self.aux:
                value = self.aux[low]
                if low == "would" and reported:
                    value = "future"
                return Factuality(value, (child.text,), 0.8)
            if child.dep_ == "aux" and low == "going" and any(g.lower_ == "to" for g in child.head.children):
                return Factuality("future", ("going to",), 0.8)
            if child.dep_ == "mark" and low in self.marks:
                return Factuality("hypothetical", (child.text,), 0.85)
            if child.dep_ == "mark" and low in self.pending and _present(tok):
                return Factuality("future", (child.text,), 0.75)
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.marks for m in child.children) \
                    and self.governors.get(tok.lemma_.lower()) not in ("hypothetical", "future"):
                # "threatened retaliation if Israel struck", "offered aid if ...": the condition is that of the
                # act threatened or promised; the threat or the offer is made
                mark = next(m.text for m in child.children if m.dep_ == "mark" and m.lower_ in self.marks)
                return Factuality("hypothetical", (mark,), 0.75)
            if child.dep_ in ("advmod", "amod") and low in self.doubt:
                return Factuality("disputed", (child.text,), 0.75)
        return None

    def headline_infinitive(self, tok: Token) -> str | None:
        """The mark of "Russia to expel 23 diplomats": an infinitive that is the sentence's main verb and has its
        own subject; None for any other word."""
        if tok.dep_ != "ROOT" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None
        return next((c.text for c in tok.children if c.dep_ == "aux" and c.lower_ in self.subject_infinitive), None)

    def asking_noun(self, tok: Token | None) -> bool:
        """A noun of asking, planning or hoping ("calls", "plan", "hope")."""
        return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.nouns

    def _asking_object(self, tok: Token) -> Factuality | None:
        """ "rejected calls to expel the workers", parsed with the infinitive on the verb: the infinitive after
        a noun of asking or planning that is the verb's object belongs to that noun; after any object of a verb
        that calls it off ("blocked a resolution to ..."), it is called off with it."""
        if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None
        obj = next((c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i), None)
        if self.asking_noun(obj):
            return Factuality(self.nouns[obj.lemma_.lower()], (obj.text,), 0.7)
        if obj is not None and obj.pos_ == "NOUN" and self.governors.get(tok.head.lemma_.lower()) == "called_off":
            # "vetoed a resolution to impose sanctions", "scrapped a programme to train the rebels": what the
            # thing called off was for is not done either
            return Factuality("called_off", (tok.head.text,), 0.7)
        return None

    def _and_governed(self, tok: Token) -> bool:
        """ "to try and reach a deal", "will try and boost trade": a base-form verb coordinated with "and" after a
        base-form governor of `and_governors` is what that governor governs."""
        head = tok.head
        return tok.dep_ == "conj" and tok.tag_ == "VB" and head.tag_ in ("VB", "VBP") \
            and head.lemma_.lower() in self.and_governors \
            and any(c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < tok.i for c in head.children)

    def _governor(self, head: Token, via: str) -> Factuality | None:
        """Cues from the word that governs the event ("plans to", "called off", "claimed that")."""
        lemma = head.lemma_.lower()
        if via == "pobj" and head.dep_ == "prep" and f"{head.head.lower_} {head.lower_}" in self.pending_preps:
            # "ahead of Thursday's meeting", "on the eve of the summit": still to come
            return Factuality("future", (head.head.text, head.text), 0.7)
        if via in ("advcl", "xcomp", "ccomp") and head.lemma_ == "be":
            # "it is desirable for Chile to ...": the copula's adjective governs its infinitive
            adjective = next((c for c in head.children if c.dep_ == "acomp" and c.i < head.i + 3), None)
            if adjective is not None and self.governors.get(adjective.lemma_.lower()) == "modal":
                return Factuality("modal", (adjective.text,), 0.7)
        if via == "xcomp" and _going_to(head):
            return Factuality("future", ("going to",), 0.8)
        if via in ("acl", "prep", "advcl") and self.asking_noun(head):
            # "demands to withdraw", "hope for a summit", "a plan to deploy": asked, planned, hoped for
            return Factuality(self.nouns[lemma], (head.text,), 0.7)
        if (via == "acl" or via == "ccomp" and head.pos_ == "VERB") and lemma in self.claim_nouns \
                and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in self.claim_denials:
            # "denied reports that its troops had shelled ...": the claim is denied, the act disputed; "denied
            # on Friday reports that ..." is parsed with "reports" a verb that is the object, its clause a ccomp
            return Factuality("disputed", (head.head.text, head.text), 0.7)
        if via == "prep" and head.dep_ in ("advmod", "prt") and head.pos_ in ("ADV", "ADP"):
            # "backed away from its threat", the preposition hung on the adverb: the verb and its adverb govern
            value = self.phrasal.get(f"{head.head.lemma_.lower()} {head.lower_}")
            if value is not None:
                return Factuality(value, (head.head.text, head.text), 0.75)
        # a clause coordinated with "backed down from ..." is no part of what was backed down from
        extras = [] if via == "conj" else [c.lower_ for c in head.children if c.dep_ in ("prt", "prep")
                                           or c.dep_ == "advmod" and c.i == head.i + 1]
        for extra in extras:
            value = self.phrasal.get(f"{lemma} {extra}")
            if value is not None:
                return Factuality(value, (head.text, extra), 0.75)
        value = self.governors.get(lemma)
        if value is None or via == "conj":
            return None
        if value == "called_off" and via in _VIA_OBJECT | {"xcomp", "acl"}:
            return Factuality(value, (head.text,), 0.75)
        if value == "disputed" and via in ("ccomp", "xcomp"):  # "denied that it bombed", "denied bombing"
            return Factuality(value, (head.text,), 0.7)
        if value not in ("called_off", "disputed") and via in ("xcomp", "acl", "ccomp", "advcl") \
                and head.pos_ != "AUX":
            if via == "ccomp" and value != "negated":
                return None
            return Factuality(value, (head.text,), 0.75)
        return None


def _going_to(tok: Token) -> bool:
    """ "is going to lift": the progressive of "go" governing an infinitive is a future."""
    return tok.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)


def _present(tok: Token) -> bool:
    """A finite verb in the present tense ("complies", "meet", "is"), or a copula's complement whose copula is."""
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("cop", "aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in tok.children)
