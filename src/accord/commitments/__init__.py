"""The commitments ledger: promises found in sentences, and later sentences as evidence of their fate.

Two steps. `ClaimFinder.claims` reads one parsed sentence and returns Claims: a promise made ("Kim's pledge
to denuclearise"), an act done or not done by an actor, a promise said to be kept, broken or withdrawn, an
act set "despite" a promise, or "neither of these" pointing back at promises. `build_ledger` then walks
all claims of a store in date order: promises become Commitments (a restated promise joins the existing
one), and every later claim by the same promisor whose act matches a commitment's act (same lemmas after
synonyms, see data/commitments.yaml) is evidence. Status follows from the chain: the latest evidence
decides, except that a promise both kept and broken by asserted evidence is disputed, and a withdrawal
ends it.
"""

from __future__ import annotations

import logging
from datetime import date

from spacy.tokens import Span, Token

from ..lexicon.commitments import Lexicon as Lexicon
from ..lexicon.commitments import load_lexicon
from ..records import Claim, Commitment, Evidence

logger = logging.getLogger(__name__)

STATUSES = ("pending", "fulfilled", "unfulfilled", "disputed", "withdrawn")
_OBJECTS = ("dobj", "obj", "nsubjpass", "attr")


def normalise(lemmas) -> list[str]:
    """Lemmas mapped to one word per synonym group, in order, without repeats."""
    canon = load_lexicon().canonical
    out = []
    for lemma in lemmas:
        word = canon.get(lemma, lemma)
        if word not in out:
            out.append(word)
    return out


def similarity(a: list[str], b: list[str]) -> float:
    """How alike two acts are: half for the same verb, half for the overlap of their other words."""
    if not a or not b:
        return 0.0
    verb = 0.5 if a[0] == b[0] else 0.0
    rest_a, rest_b = set(a[1:]), set(b[1:])
    shared = rest_a & rest_b
    if not rest_a or not rest_b:
        objects = 0.5 if verb and not rest_a and not rest_b else 0.0
    elif verb or len(shared) >= 2:  # a different verb needs two shared words ("pass a test" is no dismantling)
        objects = 0.5 * len(shared) / min(len(rest_a), len(rest_b))
    else:
        objects = 0.0
    return round(verb + objects, 3)


def _content(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not tok.is_stop and tok.is_alpha


def _object_heads(verb: Token) -> list[Token]:
    """The object and prepositional objects that say what the act is about."""
    heads = []
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            heads.append(child)
        elif child.dep_ == "prep":
            heads += [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    return heads


def act_lemmas(verb: Token) -> list[str]:
    """The act a verb names: its lemma, particle, objects and their modifiers ("return remains")."""
    words = [verb.lemma_.lower()]
    words += [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
    for head in _object_heads(verb):
        words += [t.lemma_.lower() for t in head.subtree
                  if _content(t) and t.ent_type_ not in ("CARDINAL", "DATE") and t.dep_ != "poss"]
    return normalise(words[:8])


def act_text(verb: Token) -> str:
    """A short phrase for an act: "not" if negated, the verb lemma, particle and the content words of what it is
    about ("refrain from nuclear tests", "work toward complete denuclearization")."""
    parts = ["not"] if negated(verb) else []
    parts.append(verb.lemma_.lower())
    parts += [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
    for head in _object_heads(verb):
        parts += [t.lower_ if t.tag_ == "NNS" else t.lemma_.lower() for t in head.subtree
                  if _content(t) and t.ent_type_ not in ("CARDINAL", "DATE")][:4]
    return " ".join(parts[:7])


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


class ClaimFinder:
    """Finds claims in sentences with the coder's actors, subjects and factuality."""

    def __init__(self, coder):
        self.coder = coder
        self.lex = load_lexicon()

    def claims(self, sent: Span, actors, index: int, published: date | None, offset: int = 0) -> list[Claim]:
        out: list[Claim] = []
        group = 0
        tokens = list(sent)
        self._sent = sent
        for tok in tokens:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in self.lex.promise_verbs:
                group += 1
                out.extend(self._promise_verb(tok, actors, index, published, offset, group))
            elif tok.pos_ == "NOUN" and lemma in self.lex.promise_nouns:
                group += 1
                out.extend(self._promise_noun(tok, actors, index, published, offset, group))
        promised = {id(c) for c in out}
        for tok in tokens:
            if tok.pos_ != "VERB" or tok.lemma_.lower() in self.lex.promise_verbs:
                continue
            if tok.lemma_.lower() in self.coder.reporting:
                continue
            claim = self._act(tok, actors, index, published, offset, out)
            if claim is not None:
                out.append(claim)
        return [c for c in out if id(c) in promised or c.actor]

    # -- promises -------------------------------------------------------------------------------

    def _promise_verb(self, tok, actors, index, published, offset, group) -> list[Claim]:
        acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        acts += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and _complement_of(c, tok)]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"):
            acts += [c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
        if not acts:
            return []
        promisors = self.coder.subjects(tok, actors)
        promisee = self._promisee(tok, actors)
        fact = self.coder.facts.assess(tok)
        return self._promises(acts, promisors, promisee, fact.value, tok, actors, index, published, offset, group)

    def _promise_noun(self, tok, actors, index, published, offset, group) -> list[Claim]:
        acts = [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        acts += _gerund_list(tok, self._sent)
        lemma = tok.lemma_.lower()
        if not acts and lemma in self.lex.needs_action:
            return []
        promisors = self._noun_promisors(tok, actors)
        # a promise named by a noun was made, whatever is said about keeping it; only "no promise" denies it
        value = "negated" if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) else "asserted"
        claims = self._promises(acts, promisors, "", value, tok, actors, index, published, offset, group)
        for claim in self._about_promise(tok, promisors, actors, index, published, offset, group):
            claims.append(claim)
        return claims

    def _promises(self, acts, promisors, promisee, value, anchor, actors, index, published, offset, group):
        out = []
        for act in [a for v in acts for a in (v, *v.conjuncts) if a.pos_ in ("VERB", "AUX")]:
            if set(act_lemmas(act)) <= self.lex.light_verbs:
                continue
            for promisor in promisors or []:
                claim = self._claim("promise", promisor, act_text(act), act_lemmas(act), value, anchor, index,
                                    published, offset, group)
                claim.negative = negated(act)
                claim.promisee = promisee
                claim.code = self._code_of(act)
                out.append(claim)
        return out

    def _about_promise(self, noun, promisors, actors, index, published, offset, group) -> list[Claim]:
        """The promise noun is kept, broken, withdrawn, or set against an act ("despite Kim's pledge")."""
        out = []
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.lex.contrast_preps:
            verb = head.head
            value = self.coder.facts.assess(verb).value
            for promisor in promisors:
                out.append(self._claim("contrast", promisor, act_text(verb), act_lemmas(verb), value, verb, index,
                                       published, offset, group))
            return out
        verb = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head
        relcl = next((c for c in noun.children if c.dep_ == "relcl"), None)
        for candidate in [v for v in (verb, relcl) if v is not None] + _clause_verbs(relcl):
            kind = self._judgement(candidate)
            if kind is None:
                continue
            value = self.coder.facts.assess(candidate).value
            subjects = self.coder.subjects(candidate, actors) or promisors
            for actor in subjects or promisors:
                out.append(self._claim(kind, actor, "", [], value, candidate, index, published, offset, group))
        return out

    def _judgement(self, verb: Token) -> str | None:
        lemma = verb.lemma_.lower()
        if lemma in self.lex.fulfil_verbs:
            return "fulfil"
        if lemma in self.lex.breach_verbs:
            return "breach"
        if lemma in self.lex.withdraw_verbs:
            return "withdraw"
        return None

    def _noun_promisors(self, noun: Token, actors) -> list:
        for child in noun.children:
            if child.dep_ == "poss":
                return actors.actors(child)
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.i < noun.i:
                found = actors.actor(child)
                if found is not None:
                    return [found]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and actors.actors(pobj):
                    return actors.actors(pobj)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ in ("VERB", "AUX"):
            return self.coder.subjects(verb, actors)
        return []

    def _promisee(self, tok: Token, actors) -> str:
        for child in tok.children:
            if child.dep_ in ("dative", "iobj", "dobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                found = actors.actors(child)
                if found:
                    return found[0].code
            if child.dep_ == "prep" and child.lower_ in ("to", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = actors.actors(pobj) if pobj is not None else []
                if found:
                    return found[0].code
        return ""

    # -- acts -----------------------------------------------------------------------------------

    def _act(self, verb: Token, actors, index, published, offset, promises: list[Claim]) -> Claim | None:
        """An act by an actor, or "has done neither of these" pointing back at the promises named before."""
        subjects = self.coder.subjects(verb, actors)
        if not subjects:
            return None
        value = self.coder.facts.assess(verb).value
        obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
        if obj is not None and obj.lower_ in self.lex.anaphors and verb.lemma_.lower() in ("do", "deliver", "keep"):
            negated = obj.lower_ in ("neither", "none") or value == "negated"
            kind = "anaphor"
            claim = self._claim(kind, subjects[0], "", [], "negated" if negated else value, verb, index, published,
                                offset, 0)
            return claim
        lemma = verb.lemma_.lower()
        if lemma in self.lex.fulfil_verbs | self.lex.breach_verbs | self.lex.withdraw_verbs:
            if any(c.lemma_.lower() in self.lex.promise_nouns for c in verb.subtree if c.dep_ in ("dobj", "pobj")):
                return None  # handled with the promise noun
        if verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.lemma_.lower() in self.lex.promise_nouns:
            return None
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in self.lex.promise_verbs:
            return None
        claim = self._claim("act", subjects[0], act_text(verb), act_lemmas(verb), value, verb, index, published,
                            offset, 0)
        claim.code = self._code_of(verb)
        return claim

    def _code_of(self, verb: Token) -> str:
        """The CAMEO code of the act, by the coder's own patterns ("" when none matches)."""
        from ..coding.coder import best_pattern, slots_of

        match = best_pattern(self.coder.codebook.verbs.get(verb.lemma_.lower(), []), slots_of(verb, passive=False))
        return match[0].code if match else ""

    def _claim(self, kind, actor, action, lemmas, value, anchor: Token, index, published, offset, group) -> Claim:
        sent = self._sent
        return Claim(kind=kind, actor=actor.code, actor_text=actor.text, action=action, lemmas=list(lemmas),
                     factuality=value, sentence_index=index, sentence=sent.text.strip(),
                     start=anchor.idx + offset, end=anchor.idx + len(anchor) + offset, date=published, group=group)


def _complement_of(clause: Token, verb: Token) -> bool:
    """Whether a clause parsed as the verb's complement can be one: after the verb ("agreed that it would ..."),
    or fronted as reported words followed by the verb or its subject ("We will halt the drills, Trump
    promised"), not a clause of its own earlier in the sentence ("X did not comment, though Y agreed to ...")."""
    if clause.i > verb.i:
        return True
    after = clause.right_edge.i + 1
    doc = verb.doc
    while after < len(doc) and (doc[after].is_punct or doc[after].is_quote):
        after += 1
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return after == verb.i or any(s.left_edge.i == after for s in subjects)


def _gerund_list(noun: Token, sent: Span) -> list[Token]:
    """Gerunds listed after a promise noun ("two promises ...: returning the remains ... and dismantling ...")."""
    colon = next((t for t in sent if t.i > noun.i and t.text == ":"), None)
    if colon is None:
        return []
    first = next((t for t in sent if t.i > colon.i and t.tag_ == "VBG"), None)
    return [first] if first is not None else []


def _clause_verbs(relcl: Token | None) -> list[Token]:
    """Verbs inside a relative clause ("promises that Trump claimed Kim already fulfilled")."""
    if relcl is None:
        return []
    return [t for t in relcl.subtree if t.pos_ == "VERB" and t is not relcl]


def build_ledger(claims: list[Claim]) -> list[Commitment]:
    """Commitments and their evidence from claims in date order (see the module docstring)."""
    lex = load_lexicon()
    ordered = sorted(claims, key=lambda c: (c.date or date.min, c.document_id or 0, c.sentence_index,
                                            c.kind != "promise", c.start))
    ledger: list[Commitment] = []
    recent: dict[tuple[int | None, int], list[Commitment]] = {}
    for claim in ordered:
        if claim.kind == "promise":
            found = _match(ledger, claim, lex.threshold, before=False)
            if found:
                commitment, score = found[0]
                _add(commitment, Evidence("restated", claim, score))
            elif claim.lemmas and claim.factuality in ("asserted", "future"):
                commitment = Commitment(claim.actor, claim.promisee, claim.action, claim.lemmas, claim.code, claim,
                                        negative=claim.negative)
                ledger.append(commitment)
            else:
                continue
            recent.setdefault((claim.document_id, claim.sentence_index), []).append(commitment)
            continue
        if claim.kind == "anaphor":
            previous = recent.get((claim.document_id, claim.sentence_index - 1), []) + recent.get(
                (claim.document_id, claim.sentence_index), [])
            for commitment in {id(c): c for c in previous}.values():
                kind = "unfulfilled" if claim.factuality == "negated" else _act_kind(claim.factuality)
                if kind:
                    _add(commitment, Evidence(kind, claim, 0.6))
            continue
        if claim.kind in ("fulfil", "breach", "withdraw", "contrast"):
            same = recent.get((claim.document_id, claim.sentence_index), [])
            targets = [c for c in same if c.made.group == claim.group] or [
                c for c in ledger if c.promisor[:3] == claim.actor[:3] and c.made is not claim]
            for commitment in targets:
                kind = _judged(claim)
                if kind:
                    _add(commitment, Evidence(kind, claim, 0.7 if same else 0.5))
            continue
        for commitment, score in _match(ledger, claim, lex.threshold, before=True):
            kind = _act_kind(claim.factuality, commitment.negative)
            if kind:
                _add(commitment, Evidence(kind, claim, score))
    for commitment in ledger:
        commitment.status = status_of(commitment)
    return ledger


def _add(commitment: Commitment, evidence: Evidence) -> None:
    """Add evidence to the chain, one item per sentence: the claim of a sentence that bears on the status (not
    a mere restatement) and matches best stands for it ("returned 55 cases of remains, meeting one pledge" is one
    piece of evidence, not two; "withdrew its pledge to allow ..." is a withdrawal, not a restatement)."""
    where = (evidence.claim.document_id, evidence.claim.sentence_index)
    rank = lambda e: (e.kind != "restated", e.score)  # noqa: E731
    for n, e in enumerate(commitment.evidence):
        if (e.claim.document_id, e.claim.sentence_index) == where:
            if rank(evidence) > rank(e):
                commitment.evidence[n] = evidence
            return
    commitment.evidence.append(evidence)


def ledger_row(c: Commitment, plover: dict[str, str]) -> tuple[dict, list[dict]]:
    """A commitment as stored (the SQL store, Spark's Parquet): its columns, and its evidence chain as rows;
    documents by the claims' `document_id`. The last evidence date leaves restatements out when there is more."""
    chain = [e for e in c.evidence if e.kind != "restated"] or c.evidence
    made = c.made
    row = dict(promisor=c.promisor, promisee=c.promisee, action=c.action, code=c.code, plover=plover.get(c.code, ""),
               status=c.status, made_on=made.date, document_id=made.document_id, sentence_index=made.sentence_index,
               sentence=made.sentence, start=made.start, end=made.end, reported_by=made.reported_by,
               evidence_count=len(c.evidence),
               last_evidence_on=max((e.claim.date for e in chain if e.claim.date), default=None))
    evidence = [dict(position=n, kind=e.kind, score=e.score, document_id=e.claim.document_id,
                     sentence_index=e.claim.sentence_index, sentence=e.claim.sentence, start=e.claim.start,
                     end=e.claim.end, factuality=e.claim.factuality, actor=e.claim.actor,
                     reported_by=e.claim.reported_by, date=e.claim.date) for n, e in enumerate(c.evidence)]
    return row, evidence


def _match(ledger: list[Commitment], claim: Claim, threshold: float, before: bool) -> list[tuple[Commitment, float]]:
    out = []
    for commitment in ledger:
        if commitment.promisor[:3] != claim.actor[:3] or commitment.made is claim:
            continue
        if before and (commitment.made.document_id, commitment.made.sentence_index) == (
                claim.document_id, claim.sentence_index):
            continue
        score = similarity(commitment.lemmas, claim.lemmas)
        if score >= threshold:
            out.append((commitment, score))
    return sorted(out, key=lambda cs: -cs[1])


def _act_kind(value: str, negative: bool = False) -> str | None:
    """How an act bears on a promise; for a promise not to act ("not to resume tests") doing it breaks it."""
    kind = {"asserted": "fulfilled", "negated": "unfulfilled", "disputed": "disputed",
            "called_off": "unfulfilled"}.get(value)
    if negative and kind in ("fulfilled", "unfulfilled"):
        return "unfulfilled" if kind == "fulfilled" else "fulfilled"
    return kind


def _judged(claim: Claim) -> str | None:
    value = claim.factuality
    if claim.kind == "contrast":
        return "disputed" if value == "disputed" else "unfulfilled"
    if claim.kind == "withdraw":
        return "withdrawn" if value == "asserted" else None
    if claim.kind == "breach":
        return {"asserted": "unfulfilled", "negated": "fulfilled", "disputed": "disputed"}.get(value)
    return {"asserted": "fulfilled", "negated": "unfulfilled", "disputed": "disputed"}.get(value)


def status_of(commitment: Commitment) -> str:
    """The status that follows from the evidence chain (restatements do not change it)."""
    kinds = [e.kind for e in commitment.evidence if e.kind != "restated"]
    if not kinds:
        return "pending"
    if "withdrawn" in kinds:
        return "withdrawn"
    asserted = {e.kind for e in commitment.evidence if e.claim.factuality in ("asserted", "negated")}
    if "fulfilled" in asserted and "unfulfilled" in asserted:
        return "disputed"
    return kinds[-1]
