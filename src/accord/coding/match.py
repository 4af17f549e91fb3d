"""Choosing the pattern that codes a word: the most specific one whose words are in its slots."""

from __future__ import annotations

from spacy.symbols import prt
from spacy.tokens import Token

from ..lexicon.cameo import DOER
from ..nlp.grammar import OBJECT_DEPS, prep_objects
from .dictionary import Pattern, PatternIndex


def best_match(patterns: list[Pattern], slots: dict[str, Token], distinct: bool = False,
               index: PatternIndex | None = None) -> tuple[Pattern, dict[str, Token]] | None:
    """The most specific pattern whose words are all present; a particle of the verb must be in the pattern
    ("call off strikes" is not "call strikes"). With `distinct`, each word of the pattern names a word of its
    own ("fighter aircraft" is not one "fighters"). `index`, of `patterns`, skips those that cannot match."""
    if index is not None:
        patterns = index.candidates(patterns, slots)
    particles = {w for w, t in slots.items() if t.dep == prt}
    present = slots.keys()
    for p in patterns:
        if particles and particles - p.word_set - {p.target_prep} - p.word_preps:
            continue  # "took over the town" fits "(OVER &TOWN)": the particle is the pattern's preposition
        if present >= p.word_set and (p.target_prep is None or p.target_prep in slots or _held(p, slots)):
            if distinct and len({slots[w].i for w in p.words}) < len(p.words):
                continue
            return p, slots
    return None


def _held(p: Pattern, slots: dict[str, Token]) -> bool:
    """A pattern of ours names its target's preposition on the object of one of its groups ("pull out (of talk)
    with +": "pulled out of the talks with Britain")."""
    return not p.layer and any(c.dep_ == "prep" and c.lower_ == p.target_prep
                               for w in p.words if ">" in w for c in slots[w].children)


def outranks(p: Pattern, q: Pattern) -> bool:
    """Pattern `p` (of the PETRARCH layer) refines `q` (ours): it names more words after the verb and gives a
    code of the same root ("accused Estonia of espionage": 1125 over 112), or says this use is no event
    ([---]). A code of another root does not overturn our reading of the verb, and a verb's default, naming
    no word, never beats a pattern of ours."""
    if not p.no_event and p.code[:2] != q.code[:2]:
        return False
    return _after(p) > _after(q)


def _after(p: Pattern) -> int:
    """How many words after the verb a pattern names: its object, particles, prepositions and their objects
    (a PETRARCH `prep>word` names two); a subject word (`^word`) says who acts, not what is done."""
    return sum(1 + (">" in w) for w in p.words if not w.startswith("^")) + (1 if p.target_prep else 0)


def coded(match: tuple[Pattern, dict] | None) -> tuple[Pattern, dict] | None:
    """A match that gives a code from source to target (not a PETRARCH [---] or [:yyy])."""
    return match if match is not None and match[0].code and not match[0].no_event else None


def best_pattern(patterns: list[Pattern], slots: dict[str, Token], index: PatternIndex | None = None
                 ) -> tuple[Pattern, dict[str, Token]] | None:
    """The pattern that codes the words around a verb, as the coder picks it; None for a PETRARCH [---]."""
    return coded(best_match(patterns, slots, index=index))


def petrarch_slots(tok: Token, slots: dict[str, Token], sets_of: dict[str, tuple[str, ...]]) -> dict[str, Token]:
    """`slots` with the keys PETRARCH patterns name (lexicon.petrarch._keys): a noun's written form beside its
    lemma ("talks"), `prep>word` for a preposition of the verb or its object with its object's word,
    `^word` for a subject, auxiliary, negation or adverb before the verb, and `&set` for a word of a
    synonym set."""
    out = dict(slots)
    for word, t in slots.items():
        if t.lower_ != word and ">" not in word and not word.startswith(DOER):  # "@state": the subject, no object
            out.setdefault(t.lower_, t)  # "talks", "planned" ({PLANNED VISIT})
    objects = [t for t in slots.values() if t.head == tok and t.dep_ in OBJECT_DEPS]
    for obj in objects:
        for other in obj.conjuncts:  # "massed troops and tanks": each object is one
            out.setdefault(other.lemma_.lower(), other)
            out.setdefault(other.lower_, other)
    # "accused Iran of killing", "served Chile with an ultimatum": when a party is the object, what is done
    # to it is named in a prepositional phrase of the verb
    children = list(tok.children)  # read once: a word's children are found by scanning its phrase
    particles = [c for c in children if c.dep == prt]
    for particle in particles:
        # "took over the town", "called up reservists": the parser makes the word a particle and the noun the
        # verb's object, where PETRARCH writes a prepositional phrase ("- * (OVER &TOWN)")
        for obj in objects:
            for noun in (obj, *obj.conjuncts):
                for w in (noun, *(m for m in noun.children if m.dep_ in ("compound", "amod"))):
                    out.setdefault(f"{particle.lower_}>{w.lemma_.lower()}", noun)
                    out.setdefault(f"{particle.lower_}>{w.lower_}", noun)
    party = any(t.dep_ in ("dative", *OBJECT_DEPS) and t.pos_ in ("PROPN", "PRON")
                for t in children)
    holders = [tok, *(t for t in slots.values() if t.head == tok and t.pos_ in ("NOUN", "PROPN"))]
    for holder in holders:
        for prep in children if holder is tok else holder.children:
            if prep.dep_ in ("prep", "agent", "dative"):
                # "(ON TRADE)" fits "on a free trade deal": the object or one of its modifiers
                for key, pobj in prep_objects(prep):
                    out.setdefault(key, pobj)
                    if party and holder is tok:
                        out.setdefault(pobj.lemma_.lower(), pobj)
                        out.setdefault(pobj.lower_, pobj)
    for child in children:
        if child.i < tok.i and child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod"):
            out.setdefault("^" + child.lemma_.lower(), child)
            out.setdefault("^" + child.lower_, child)
            for mod in child.children:
                if mod.dep_ in ("compound", "amod") and child.dep_ in ("nsubj", "nsubjpass"):
                    out.setdefault("^" + mod.lemma_.lower(), mod)
    hyphened: dict[int, list[str]] = {}  # by word: several keys name one word
    for key, t in list(out.items()):
        if key.startswith(DOER):
            continue
        if ">" in key:
            prep, word = key.split(">", 1)
            prefix = prep + ">"
        elif key.startswith("^"):
            prefix, word = "^", key[1:]
        else:
            prefix, word = "", key
        for name in sets_of.get(word, ()):
            out.setdefault(prefix + name, t)
        joins = hyphened.get(t.i)
        if joins is None:
            joins = hyphened[t.i] = _hyphened(t)
        for joined in joins:
            out.setdefault(prefix + joined, t)
    return out


def _hyphened(tok: Token) -> list[str]:
    """The hyphenated word that `tok` is a part of, as the dictionary writes it ("free-trade", "sit-in"): the
    parser splits it into the parts and the hyphen."""
    doc, i, out = tok.doc, tok.i, []
    for a in (i - 2, i):
        if 0 <= a and a + 2 < len(doc) and doc[a + 1].text == "-" and not doc[a].whitespace_ \
                and not doc[a + 1].whitespace_:
            out.append(f"{doc[a].lower_}-{doc[a + 2].lower_}")
    return out
