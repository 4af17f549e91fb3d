"""Navigation of a dependency parse that every stage shares: a verb's forms, children, auxiliaries and slots."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

OBJECT_DEPS = ("dobj", "obj", "attr", "oprd")
SUBJECT_DEPS = ("nsubj", "csubj")


def verb_forms(tok: Token) -> tuple[str, ...]:
    """The lemma, then forms guessed from the word itself where the lemmatizer slips ("staged" -> "stag"),
    then the verb without a "re-" prefix ("reimposed" -> "impose")."""
    return _forms(tok.lemma_.lower(), tok.lower_)


@lru_cache(maxsize=4096)
def _forms(lemma: str, low: str) -> tuple[str, ...]:
    """`verb_forms` of a word by its lemma and lower-case form (spelling alone: asked for again for the same
    word by several passes)."""
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
    return tuple(forms)


def is_passive(tok: Token) -> bool:
    """The word has a passive subject or auxiliary ("was expelled")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def child_of(tok: Token | None, deps: tuple[str, ...]) -> Token | None:
    """The first child of `tok` with one of the relations `deps`; None for no `tok` or no such child."""
    if tok is None:
        return None
    return next((c for c in tok.children if c.dep_ in deps), None)


def subject_of(tok: Token) -> Token | None:
    """The verb's subject; of two, the one that is no subordinate clause parsed as a noun ("After Russia annexed
    Crimea, the European Union imposed ...", with "Crimea", its mark and its subject, as a second subject)."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        plain = [c for c in subjects if not any(g.dep_ in ("mark", "nsubj") for g in c.children)]
        if plain:
            return plain[0]
    if subjects:
        return _clause_object_as_subject(tok, subjects[0]) or subjects[0]
    return None


def split_subject(verb: Token, subj: Token) -> Token | None:
    """The second half of a coordinated subject the parser split in two ("Colombian President Ana Gil and rebel
    leader Luis Mora signed ...": both nsubj of the verb, the "and" left hanging on the first with no conjunct):
    the other subject, when the first ends in that "and" and the second starts right after it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 2 or subjects[0] is not subj and subjects[0].i != subj.i:
        return None
    first, second = subjects
    end = first.right_edge
    if end.dep_ != "cc" or end.head.i != first.i or any(c.dep_ == "conj" for c in first.children):
        return None
    return second if second.left_edge.i == end.i + 1 else None


def next_clause_subject(verb: Token) -> Token | None:
    """The last conjunct of the object of the verb before `verb` when it is `verb`'s subject ("Ghana criticised Togo
    and Nigeria said ...": the parser reads "Nigeria" as a second object and "said" as a conjoined verb with no
    subject): a finite conjoined verb without a subject of its own that starts right after that conjunct, with
    no "and" or comma of its own between ("criticised Togo and Nigeria and said ..." shares its subject). The
    parser may also hang that verb as a clause with no mark ("Spain met Portugal and France criticised Italy")."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or head == verb or verb.i < head.i or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "expl", "mark") for c in verb.children):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    obj = child_of(head, ("dobj",))
    if obj is None or obj.i > verb.i:
        return None
    last = max((c for c in obj.conjuncts if c.i > obj.i), key=lambda c: c.i, default=None)
    if last is None or last.pos_ not in ("PROPN", "NOUN") or verb.left_edge.i != last.right_edge.i + 1:
        return None
    return last


def amount_preps(noun: Token, modifiers: frozenset[str]) -> list[Token]:
    """The prepositions the parser hangs on a modifier after the noun that states its amount (`modifiers`: "loans
    totalling $50 million from India", "aid worth $2 billion from Japan"): they are the noun's own."""
    return [p for m in noun.children if m.dep_ in ("acl", "amod") and m.i > noun.i
            and m.lemma_.lower() in modifiers for p in m.children if p.dep_ == "prep"]


def _clause_object_as_subject(verb: Token, subj: Token) -> Token | None:
    """The main clause's real subject when the parser took the last word of an adverbial clause before it for
    the subject and the subject for its apposition ("If Turkey attacks Syria, the United States will impose
    sanctions": "Syria" nsubj of "impose", "States" its appos): a word of the clause is never the main verb's
    subject. None when the parse is not of that shape."""
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < subj.i
                   and c.right_edge.i == subj.i - 1 and any(m.dep_ == "mark" for m in c.children)), None)
    if clause is None or any(c.dep_ in OBJECT_DEPS for c in clause.children):
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                 and any(p.dep_ == "punct" and p.text == "," and subj.i < p.i < c.i for p in subj.children)), None)


def antecedent(tok: Token) -> Token:
    """The noun a relative clause qualifies, for its relative pronoun ("Ghana, which expelled ..." -> Ghana;
    "the refugees, who were expelled" -> refugees); any other word is itself."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and tok.head.head != tok.head:
        return tok.head.head
    return tok


def member_of(noun: Token) -> Token | None:
    """The subject a group noun is said to include, as a relative clause's antecedent: "Chad was among the
    countries that ...", "Chad is one of ten nations that ..." -> Chad; None for any other noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if prep.lower_ == "of" and holder.lower_ == "one" and holder.dep_ == "attr":
        holder = holder.head
    elif prep.lower_ != "among":
        return None
    if holder.lemma_ != "be":
        return None
    return child_of(holder, ("nsubj",))


def has_aux(tok: Token, words: frozenset[str], copula: bool = False) -> bool:
    """The word has an auxiliary among `words`; with `copula`, an adjective's copula counts ("would be
    ready")."""
    holders = [tok, tok.head] if copula and tok.dep_ == "acomp" else [tok]
    return any(c.dep_ == "aux" and c.lower_ in words for h in holders for c in h.children)


def slots_of(tok: Token, passive: bool, amounts: frozenset[str] = frozenset(),
             deadlines: frozenset[str] = frozenset(), amount_preps: frozenset[str] = frozenset()) -> dict[str, Token]:
    """The words a pattern may name around `tok`: particles, object, prepositions with their objects
    (`prep_objects`), object's modifiers; for an object that is one of `amounts`, the noun it counts after one
    of `amount_preps` ("provided 5 million dollars of aid", "gave Jordan a billion dollars in aid"). A time is no
    slot, but for the prepositions of a deadline in `deadlines` ("gave Greece until Friday")."""
    slots: dict[str, Token] = {}
    objects = []
    children = list(tok.children)  # read once: a word's children are found by scanning its phrase
    for child in children:
        dep = child.dep_
        if dep == "prep" and is_temporal(child) and child.lower_ not in deadlines:
            continue  # "called on Sunday for sanctions": a time is no slot of a pattern
        if dep in ("prt", "prep", "agent", "dative"):
            slots.setdefault(child.lower_ if dep != "prt" else child.lemma_.lower(), child)
            if dep != "prt":
                for key, pobj in prep_objects(child):
                    slots.setdefault(key, pobj)
        if dep in ("prt", "prep", "advmod"):
            inner = compound_prep(child)
            if inner is not None:  # "pulled out of the talks", "walked away from the deal"
                slots.setdefault(inner.lower_, inner)
                for key, pobj in prep_objects(inner):
                    slots.setdefault(key, pobj)
        elif dep in OBJECT_DEPS or (passive and dep == "nsubjpass") or dep == "xcomp" and child.pos_ == "NOUN":
            objects.append(child)
        elif dep == "compound" and tok.pos_ in ("NOUN", "PROPN"):
            slots.setdefault(child.lemma_.lower(), child)
    for child in children:
        if child.dep_ in ("acomp", "advmod", "oprd", "amod", "npadvmod"):
            slots.setdefault(child.lemma_.lower(), child)
        elif child.dep_ in ("advcl", "ccomp") and any(child.i == o.right_edge.i + 1 for o in objects) \
                and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "mark", "dobj") for c in child.children):
            # "held ten students hostage": a word after the object that the parser reads as a clause of its own
            # is the object's predicate
            slots.setdefault(child.lower_, child)
        elif _small_clause(child, tok):  # "found the man guilty of smuggling": "find guilty"
            slots.setdefault(child.lemma_.lower(), child)
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        objects = _relative_object(tok, objects)
    if not objects and tok.pos_ in ("VERB", "AUX"):
        held = clause_object(tok)
        if held is not None:
            objects.append(held)
    for obj in list(objects):
        if obj.lemma_.lower() in amounts:
            objects += [p for c in obj.children if c.dep_ == "prep" and c.lower_ in amount_preps
                        for p in c.children if p.dep_ == "pobj"]
    for obj in objects:
        slots.setdefault(obj.lemma_.lower(), obj)
        for child in obj.children:
            if child.dep_ == "prep":
                slots.setdefault(child.lower_, child)
                for key, pobj in prep_objects(child):
                    slots.setdefault(key, pobj)
            elif child.dep_ in ("compound", "amod") and not _hyphen_participle(child) or child.dep_ == "appos" \
                    and child.left_edge.i > 0 and not tok.doc[child.left_edge.i - 1].is_punct:
                # an appositive with no comma before it is what the object is called ("branded the vote a fraud")
                slots.setdefault(child.lemma_.lower(), child)
    return slots


def _hyphen_participle(tok: Token) -> bool:
    """The participle of a hyphenated modifier ("a Tokyo-based firm", "the US-led coalition"): it says where the
    thing is or who leads it, so it is no word of a pattern ("formed a new Tokyo-based subsidiary" is no
    military base formed)."""
    return tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def _relative_object(verb: Token, objects: list[Token]) -> list[Token]:
    """The objects of a relative clause's verb, with the noun the clause qualifies in the place of its relative
    pronoun ("the tariffs that Washington imposed", "the sanctions which were imposed") or of the object it
    leaves out ("the tariffs Washington slapped on ..."); a clause whose subject is the pronoun ("the state that
    imposed tariffs") keeps its own."""
    pronouns = [o for o in objects if o.tag_ in ("WDT", "WP")]
    gap = not objects and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "xcomp", "prt") or c.dep_ == "prep" and not any(
            g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children)
    if pronouns or gap:
        return [o for o in objects if o not in pronouns] + [verb.head]
    return objects


def clause_object(verb: Token) -> Token | None:
    """The subject the parser gives an infinitive clause that is the verb's object ("allowed inspectors to
    return", "helped Ukraine repair its grid"), or the object it hangs on the verb's particle ("sealed off
    Gaza"): the one the verb acts on."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.tag_ == "VB" and clause.i > verb.i and all(
                a.dep_ != "aux" or a.lower_ == "to" for a in clause.children):
            subj = child_of(clause, ("nsubj",))
            if subj is not None and subj.i > verb.i:
                return subj
        if _small_clause(clause, verb):  # "found the Australian man guilty": the one found guilty
            return child_of(clause, ("nsubj",))
        if clause.dep_ == "prt":
            held = child_of(clause, ("pobj",))
            if held is not None:
                return held
    return None


def _small_clause(clause: Token, verb: Token) -> bool:
    """An adjective after the verb that the parser makes a clause with the verb's object as its subject ("found
    the man guilty", "declared the vote invalid")."""
    if clause.dep_ != "ccomp" or clause.pos_ != "ADJ" or clause.i < verb.i:
        return False
    subj = child_of(clause, ("nsubj",))
    return subj is not None and verb.i < subj.i < clause.i


def prep_objects(prep: Token) -> list[tuple[str, Token]]:
    """The "prep>word" slots of a preposition ("into>fraud" for "into fraud", and "into>war" beside
    "into>crime" for "into war crimes"): the lemma and the written form of its object and of the object's
    compound and adjective modifiers, each with the object."""
    out = []
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:  # "described the sanctions as criminal": the parser hangs the adjective on the preposition
        objects = [c for c in prep.children if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ"]
    for pobj in objects:
        for w in (pobj, *(m for m in pobj.children if m.dep_ in ("compound", "amod"))):
            out.append((f"{prep.lower_}>{w.lemma_.lower()}", pobj))
            out.append((f"{prep.lower_}>{w.lower_}", pobj))
    return out


def compound_prep(word: Token) -> Token | None:
    """The preposition that follows an adverb or particle with no object of its own and hangs from it ("out
    of", "away from", "back to"): it is the verb's preposition as much as the word's."""
    if any(c.dep_ in ("pobj", "pcomp") for c in word.children):
        return None
    return next((c for c in word.children if c.dep_ == "prep" and c.i == word.i + 1), None)


def is_temporal(prep: Token) -> bool:
    """The preposition's object is a date or time ("on Sunday", "in March", "for two years")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


def subjunctive(clause: Token, head: Token) -> bool:
    """A "that"-clause that asks for its act rather than reporting it: a base form with a subject of its own
    ("that Russia withdraw", "Iran should release"), or a present form under a past head ("insisted that the
    rebels leave"), never "be" or "have" ("insisted they are innocent")."""
    if child_of(clause, ("nsubj",)) is None or clause.lemma_.lower() in ("be", "have"):
        return False
    aux = [a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a not in ("should", "must") for a in aux):
        return False
    return clause.tag_ == "VB" or clause.tag_ == "VBP" and head.tag_ == "VBD"


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated words ("photographs and other military intelligence" -> photographs)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def within(inner: Token, outer: Token) -> bool:
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
