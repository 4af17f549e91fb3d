"""Actors of an event: subjects, targets, the place an event happens in, and one event per source and target."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolve import UNKNOWN, Actor, DocActors
from ..nlp.grammar import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    antecedent,
    child_of,
    clause_object,
    is_passive,
    member_of,
    next_clause_subject,
    split_subject,
    subject_of,
)
from .dictionary import Pattern
from .found import Found

_INHERIT_SUBJECT = ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp")


class Attachment:
    """CameoCoder's attachment of actors (a mixin: it uses the coder's rules and codebook)."""

    def subjects(self, tok: Token, actors: DocActors, depth: int = 0) -> list[Actor]:
        """The actors that do what `tok` says; worked out once per word of a document (the coder's verb,
        noun and frame passes and the claims all ask)."""
        if depth or tok.doc is not actors.doc:
            return self._subjects(tok, actors, depth)
        return list(actors.remembered(("subjects", tok.i), lambda: self._subjects(tok, actors, 0)))

    def _subjects(self, tok: Token, actors: DocActors, depth: int) -> list[Actor]:
        if depth > 4:
            return []
        if is_passive(tok):
            agent = child_of(tok, ("agent",))
            if agent is None:  # "was threatened with sanctions by the U.S.": "by" hung on the phrase before it
                agent = next((b for c in tok.children if c.dep_ == "prep" and c.lower_ != "by"
                              for n in c.children if n.dep_ == "pobj"
                              for b in n.children if b.dep_ == "prep" and b.lower_ == "by"), None)
            if agent is None:  # "was granted a loan by the IMF": "by" hung on the object the passive keeps
                agent = next((b for c in tok.children if c.dep_ == "dobj"
                              for b in c.children if b.dep_ == "prep" and b.lower_ == "by"), None) or next(
                    (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i + 1
                     and child_of(tok, ("dobj",)) is not None), None)  # "was granted asylum by France"
            if agent is None:
                agent = self._closing_agent(tok)
            pobj = child_of(agent, ("pobj",)) if agent is not None else None
            if pobj is None and tok.lemma_.lower() in self.rules["removal_verbs"]:
                return self._removed_from(tok, actors)  # "Fiji was suspended from the Commonwealth"
            return actors.actors(pobj) if pobj is not None else []
        subj = subject_of(tok)
        if subj is None and tok.dep_ == "ROOT" and tok.pos_ == "VERB":
            # a headline's subject read as a compound of its verb ("Turkey shells Kurdish militia in Syria")
            subj = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i), None)
        if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "relcl" and \
                tok.head.lemma_.lower() in self.rules["utterance_nouns"]:
            # "a statement in which it accused Chile", "a letter which urged Peru": the text speaks for its author
            author = self._author(tok.head, actors, depth)
            if author:
                return author
        if subj is not None:
            if antecedent(subj) is not subj and tok.tag_ in ("VBZ", "VBP") and not any(
                    c.dep_ == "aux" for c in tok.children):
                return []  # "a firm that gives guarantees": the simple present says what it does, not that it did
            found = self._subject_actors(subj, actors)
            other = split_subject(tok, subj)
            if other is not None:  # "President Ana Gil and rebel leader Luis Mora signed": both sign
                found = [*found, *(a for a in self._subject_actors(other, actors) if a not in found)]
            if not found and subj.lemma_.lower() in self.rules["utterance_nouns"] and \
                    tok.lemma_.lower() not in self.reporting:
                return self._author(subj, actors, depth)  # "the statement, issued by Cairo, condemned ...": its author
            return found
        ahead = next_clause_subject(tok)
        if ahead is not None:  # "Ghana criticised Togo and Nigeria said ...": Nigeria said it
            return self._subject_actors(ahead, actors)
        infinitive = tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if infinitive:
            obj = child_of(tok.head, OBJECT_DEPS)
            found = actors.actors(obj) if obj is not None else []
            if found and tok.head.lemma_.lower() not in self.codebook.complement_heads:
                # "summoned the Indian envoy to protest": a purpose clause is the subject's, when the object is
                # another state's party; troops or officials of no country named are what the subject acts with
                # ("Kenya sent troops to fight ...": Kenyan troops). Not for coordinated subjects, which would act
                # on each other ("French and German firms met Japanese firms to discuss ...")
                doers = self.subjects(tok.head, actors, depth + 1)
                if tok.dep_ == "advcl" and len(doers) == 1 and all(
                        f.known and all(f.code[:3] != d.code[:3] for d in doers) for f in found):
                    return doers
                if len(doers) == 1 and doers[0].known and doers[0].code[:3] not in self.rules["non_state_sectors"] \
                        and not any(f.known for f in found):
                    return [_placed(f, doers[0].code[:3]) for f in found]
            if found:  # object control: "pushed North Korea to deliver", "urged Iran to stop"
                return found
        if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp":  # "Chile is likely to recognise ...": Chile
            return self.subjects(tok.head.head, actors, depth + 1)
        if tok.dep_ == "xcomp" and is_passive(tok.head):
            # "Argentina was forced to expel ...", "was asked to mediate": the passive's subject is the doer
            return self._passive_subject(tok.head, actors)
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in self.rules["gerund_preps"] \
                and tok.head.head.pos_ == "VERB":
            # "Kenya responded by expelling ...", "was praised after releasing ...": the doer of the verb, when
            # that is no event ("the summit was held after receiving ..." says nothing of who received)
            verb = tok.head.head
            subj = child_of(verb, ("nsubjpass",) if is_passive(verb) else SUBJECT_DEPS)
            if subj is not None and subj.lemma_.lower() in self.codebook.nouns:
                return []
            return self._passive_subject(verb, actors) if is_passive(verb) else self.subjects(verb, actors, depth + 1)
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in self.rules["utterance_nouns"]:
            # "a UN resolution calling for ...": the noun's own actor; "issued a statement condemning ...": its author
            return actors.actors(tok.head) or self._author(tok.head, actors, depth)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "two men sought in the slaying": the noun is what is acted on, the doer is unnamed; "Uganda, backed
            # by Kenya, ...": the agent does it to the party the participle qualifies
            return self._participle_agents(tok, actors)
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return actors.actors(tok.head)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(c.dep_ == "mark" for c in tok.children) and any(
                c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") for c in tok.children):
            # "..., as fighting flared in the north": the parser reads the noun as a gerund and its verb as a
            # participle on it; the clause names no doer, and borrows none from the clause above
            return []
        if tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBD") and tok.i < tok.head.i and not any(
                c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in tok.children):
            # "Asked about the offer, the minister said ...", "When pressed on the talks, ...": a participle before
            # its clause (the parser may tag it a past tense: a clause with no subject is none) says what was done
            # to the clause's subject; the doer is its "by" agent, if named
            by = child_of(tok, ("agent",))
            agent = child_of(by, ("pobj",)) if by is not None else None
            return actors.actors(agent) if agent is not None else []
        if tok.dep_ in _INHERIT_SUBJECT and tok.head != tok:
            return self.subjects(tok.head, actors, depth + 1)
        return []

    def _closing_agent(self, verb: Token) -> Token | None:
        """The "by" phrase that closes a passive's clause when the parser hung it on a verb of the complement
        ("was accused of stealing public money by Gabonese leaders", "was criticised for failing to act by
        lawmakers"): a party's name or role word, on an active verb under the passive. Not the author of a
        noun ("for ignoring a ruling by the WTO") nor the agent of a passive of its own ("of being funded by
        Chad")."""
        last = verb.right_edge
        while last.i > verb.i and last.is_punct:
            last = last.nbor(-1)
        by = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.i > verb.i
                   and t.right_edge.i == last.i), None)
        if by is None or by.head == verb or by.head.pos_ != "VERB":
            return None
        pobj = child_of(by, ("pobj",))
        if pobj is None or not self._party_word(pobj):
            return None
        tok = by.head
        while tok != verb:  # every verb between is active, and a complement of the one above
            if is_passive(tok) or tok.dep_ not in ("pcomp", "xcomp", "pobj", "prep", "dobj"):
                return None
            tok = tok.head
        return by

    def _author(self, noun: Token, actors: DocActors, depth: int) -> list[Actor]:
        """Who issued a statement, a note or a resolution (`utterance_nouns`): its possessor ("Beijing's note"),
        its by/from object, else the subject of the verb it is the object of ("Cairo issued a statement"), or
        that verb's agent when passive ("a resolution ... was adopted by the Council")."""
        for child in noun.children:
            if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in self.rules["noun_source_preps"]:
                owner = child if child.dep_ == "poss" else child_of(child, ("pobj",))
                found = actors.actors(owner) if owner is not None else []
            elif child.dep_ == "acl" and child.tag_ == "VBN":  # "the statement, released by Tehran, ..."
                agent = child_of(child_of(child, ("agent",)), ("pobj",))
                found = actors.actors(agent) if agent is not None else []
            else:
                continue
            if found:
                return found
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
            return self.subjects(noun.head, actors, depth + 1)
        return []

    def _subject_actors(self, subj: Token, actors: DocActors) -> list[Actor]:
        """The actors of a subject; a relative pronoun stands for the one noun its clause qualifies ("Ghana,
        which expelled ...": Ghana), not for the nouns coordinated with it ("Italy, which refused ..., Spain and
        Greece": Italy alone)."""
        noun = antecedent(subj)
        if noun is subj:
            found = actors.actors(subj)
            listed = self._listed(subj, actors) if subj.tag_ == "NNS" and not found else []
            return listed or (found + self._companions(subj, actors) if found else [])
        found = actors.actor(noun)
        member = member_of(noun) if found is None else None  # "Chad was among the countries that ...": Chad
        if member is not None:
            found = actors.actor(member)
        return [found] if found is not None else []

    def _each_other(self, verb: Token) -> Token | None:
        """The word of a reciprocal pronoun (`reciprocal_pronouns`) that is the verb's object, indirect object or
        prepositional object ("accused each other", "traded insults with one another"), or that owns its object
        ("expelled each other's ambassadors": then the object)."""
        pairs = self.rules["reciprocal_pronouns"]
        for child in verb.children:
            if child.dep_ in (*OBJECT_DEPS, "dative", "iobj"):
                word = child
            elif child.dep_ == "prep":
                word = child_of(child, ("pobj",))
            else:
                continue
            for w in (word, child_of(word, ("poss",))) if word is not None else ():
                if w is None:
                    continue
                doc = w.doc
                before = f"{doc[w.i - 1].lower_} {w.lower_}" if w.i > 0 else ""
                after = f"{w.lower_} {doc[w.i + 1].lower_}" if w.i + 1 < len(doc) else ""
                if before in pairs or after in pairs:
                    return word
        return None

    def _reciprocal(self, code: str, anchor: Token, sources: list[Actor], word: Token, pattern: str,
                    actors: DocActors) -> list[Found]:
        """Coordinated parties acting on each other ("Armenia and Azerbaijan accused each other"): one event
        from each party to each other party of another country; what each owns keeps its kind ("expelled each
        other's ambassadors": SRB -> HRVGOV)."""
        owned = next((a for a in actors.actors(word) if not a.known), None) if word.lower_ not in (
            "other", "another", "one") else None
        out = []
        for s in sources:
            for t in sources:
                if s.code[:3] == t.code[:3] or not s.known or not t.known:
                    continue
                if owned is not None:
                    t = Actor(t.code[:3] + owned.code[len(UNKNOWN):], owned.text, owned.start, owned.end, owned.kind)
                out.append(Found(code, anchor, s, t, pattern))
        return out

    def _companions(self, subj: Token, actors: DocActors) -> list[Actor]:
        """Parties a subject names beside itself by one of `companion_preps` ("Saudi Arabia, along with Bahrain
        and Egypt, cut ties with Qatar"; "together with", "alongside")."""
        preps = self.rules["companion_preps"]
        out: list[Actor] = []
        for child in subj.children:
            if child.dep_ != "prep":
                continue
            inner = child_of(child, ("prep",))
            if inner is not None and f"{child.lower_} {inner.lower_}" in preps:
                pobj = child_of(inner, ("pobj",))
            elif child.lower_ in preps or any(f"{m.lower_} {child.lower_}" in preps for m in child.children
                                              if m.dep_ == "advmod"):
                pobj = child_of(child, ("pobj",))
            else:
                continue
            out += [a for a in actors.actors(pobj) if a.known] if pobj is not None else []
        return out

    def _listed(self, noun: Token, actors: DocActors) -> list[Actor]:
        """The parties a general noun lists ("many nations, including Chile and Peru", "three states -- Chile,
        Peru and Bolivia --", "countries such as Chile"): an apposition, or a preposition of `listing_preps`.
        Only a common plural that is no actor itself lists ("its chairman, Ernest Saunders" is one person,
        "Democrats, including Speaker Wright" a party, "guerrillas including a U.S. adviser" rebels)."""
        for child in noun.children:
            words = f"{child.nbor(-1).lower_} {child.lower_}" if child.i > 0 else child.lower_
            if child.dep_ == "appos":
                member = child
            elif child.dep_ == "prep" and (child.lower_ in self.rules["listing_preps"]
                                           or words in self.rules["listing_preps"]):
                member = child_of(child, ("pobj",))
            else:
                continue
            found = [a for a in actors.actors(member) if a.known] if member is not None else []
            if found:
                return found
        return []

    def _understood_subject(self, verb: Token) -> Token | None:
        """The word that stands as subject of a verb without one of its own: the subject above a gerund after one
        of `gerund_preps` ("stabbed two men before being shot"), a conjoined verb ("arrived and was greeted") or
        an infinitive ("refused to be inspected")."""
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in self.rules["gerund_preps"]:
            head = head.head
        elif verb.dep_ not in ("conj", "xcomp") or head == verb:
            return None
        if head.pos_ != "VERB":
            return None
        subj = child_of(head, ("nsubjpass",) if is_passive(head) else SUBJECT_DEPS)
        return antecedent(subj) if subj is not None else None

    def _named_doers(self, noun: Token, actors: DocActors) -> list[Actor]:
        """Who did what a noun names, from the agent of a participle that lends its subject (a support verb) or
        one of `doer_participles` ("condemned the attacks carried out by Israeli settlers", "an inquiry into
        killings committed by Eritrean troops"); not "the accord opposed by fishermen"."""
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and (
                    self._support(acl) or acl.lemma_.lower() in self.rules["doer_participles"]):
                pobj = child_of(child_of(acl, ("agent",)), ("pobj",))
                found = actors.actors(pobj) if pobj is not None else []
                if found:
                    return found
        return []

    def _inquired(self, noun: Token, code: str, actors: DocActors) -> list[Actor]:
        """For an inquiry (`inquiry_roots`), who did what `noun` names: its doer after "by" ("the killing of
        protesters by Ugandan police"), also on its "of" object ("allegations of abuse by the guards") or by a
        participle (`_named_doers`), else the subject of a "that" clause on a claim (`claim_nouns`: "reports
        that Guatemalan soldiers crossed the border"); for a response to an act (`act_doer_roots`: "condemned
        the killing of protesters by Belarusian police") the doer only; none for other codes."""
        inquiry = code[:2] in self.rules["inquiry_roots"]
        if not inquiry and code[:2] not in self.rules["act_doer_roots"]:
            return []
        of = next((child_of(c, ("pobj",)) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        for act in (noun, of) if of is not None else (noun,):
            by = next((child_of(c, ("pobj",)) for c in act.children if c.dep_ in ("prep", "agent")
                       and c.lower_ == "by"), None)
            found = (actors.actors(by) if by is not None else []) or self._named_doers(act, actors)
            if found:
                return found
        if inquiry and noun.lemma_.lower() in self.rules["claim_nouns"]:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                           for m in clause.children):
                    subj = child_of(clause, ("nsubj", "nsubjpass"))
                    found = self._subject_actors(subj, actors) if subj is not None else []
                    if found:
                        return found
        return []

    def _removed_from(self, verb: Token, actors: DocActors) -> list[Actor]:
        """The party a passive of removal (`removal_verbs`) names after "from" or "out of" ("was suspended from
        the African Union", "were expelled from Chile"), when it is not the removed party's own country."""
        removed = child_of(verb, ("nsubjpass",))
        own = {a.code[:3] for a in actors.actors(removed)} if removed is not None else set()
        outs = [c for c in verb.children if c.lower_ == "out"]
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        preps += [c for h in (verb, *outs) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  and c.i > 0 and c.nbor(-1).lower_ == "out"]  # "kicked out of", however "out" is parsed
        for prep in preps:
            pobj = child_of(prep, ("pobj",))
            found = [a for a in actors.actors(pobj) if a.known and a.code[:3] not in own] if pobj is not None else []
            if found:
                return found
        return []

    def _participle_agents(self, verb: Token, actors: DocActors) -> list[Actor]:
        """The agent of a past participle qualifying a party ("Uganda, backed by Kenya"; "rebels armed by
        Rwanda"): it does what the participle says to the party; none for a participle on anything else ("a
        tariff approved by the Senate", "a report released by Iran")."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or not self._party_word(verb.head) or \
                not any(a.known for a in actors.actors(verb.head)):
            return []
        pobj = child_of(child_of(verb, ("agent",)), ("pobj",))
        if pobj is None or not self._party_word(pobj):
            return []  # not "backed by artillery fire", nor "a programme guaranteed by the parent company"
        return [a for a in actors.actors(pobj) if a.known]

    def _party_word(self, noun: Token) -> bool:
        """The word names a party itself (a name or a role word), not a thing a party's name modifies ("the
        programmes of a Canadian bank", "budget cuts")."""
        return noun.tag_ in ("NNP", "NNPS") or self._role_word(noun)

    def _passive_subject(self, verb: Token, actors: DocActors) -> list[Actor]:
        """The actors of a passive verb's subject ("Argentina was forced ...")."""
        subj = child_of(verb, ("nsubjpass",))
        return self._subject_actors(subj, actors) if subj is not None else []

    def _targets(self, tok: Token, pattern: Pattern, slots: dict[str, Token], actors: DocActors,
                 skip_object: bool = False, places: bool = True) -> list[Actor]:
        """The parties `tok` acts on by `pattern`; not an object conjunct that is the next clause's subject
        ("Ghana criticised Togo and Nigeria said ...": Togo only)."""
        found = self._targets_of(tok, pattern, slots, actors, skip_object, places)
        ahead = [s for c in tok.children if c.dep_ in ("conj", "advcl")
                 for s in (next_clause_subject(c),) if s is not None]
        if not ahead or not found:
            return found
        doc = tok.doc
        spans = [(doc[s.left_edge.i].idx, doc[s.right_edge.i].idx + len(doc[s.right_edge.i])) for s in ahead]
        return [a for a in found if not any(start <= a.start < end for start, end in spans)]

    def _targets_of(self, tok: Token, pattern: Pattern, slots: dict[str, Token], actors: DocActors,
                    skip_object: bool = False, places: bool = True) -> list[Actor]:
        if pattern.target_prep:
            # the preposition may hang on the verb's object ("recaptured the city of Kherson from Russian troops")
            direct = child_of(tok, ("dobj",))
            holders = [tok, *(slots[w] for w in pattern.words if w in slots), *([direct] if direct is not None else [])]
            preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "agent", "dative")
                     and c.lower_ == pattern.target_prep]
            for prep in preps:
                pobj = child_of(prep, ("pobj", "pcomp"))
                if pobj is None:
                    continue
                direct = self._inquired(pobj, pattern.code, actors) or actors.actors(pobj)
                if direct:
                    return direct
                found = actors.find_in(pobj)
                if found is not None:
                    return [found]
                doers = self._named_doers(pobj, actors)
                if doers:
                    return doers
            return []
        if is_passive(tok):  # "... before being shot by police": what is acted on may be the subject above
            obj = child_of(tok, ("nsubjpass",)) or self._understood_subject(tok)
        elif self._participle_agents(tok, actors):  # "the rebels, armed by Rwanda, ...": the rebels
            obj = tok.head
        else:
            # a direct object before a complement ("shot dead the ambassador": "dead" is the verb's oprd)
            obj = child_of(tok, ("dobj", "obj")) or child_of(tok, OBJECT_DEPS) or clause_object(tok)
        noun = antecedent(obj) if obj is not None else None
        if noun is not obj and (noun.tag_ in ("NNP", "NNPS") or self._role_word(noun)):
            obj = noun  # "the refugees, who were expelled by Libya", "the envoy whom Peru expelled"
        if obj is not None and not skip_object and pattern.code[:2] in self.rules["inquiry_roots"] \
                and obj.lemma_.lower() in self.rules["inquiry_bodies"]:
            return self._body_inquired(obj, tok, actors)  # "set up a panel to investigate ...": whom it looks into
        obj = self._amount_of(obj)
        if obj is not None and not skip_object and pattern.code[:2] in self.rules["force_roots"] \
                and obj.lemma_.lower() in self.rules["thrust_nouns"] and not self._support(tok):
            return self._thrust_makers(obj, actors)  # "repelled a rebel assault on the town": the rebels
        if obj is not None and not skip_object and pattern.code[:3] in self.rules["own_act_families"] \
                and self._charge(obj):
            found = self._claimed(obj, tok, actors)  # "dismissed charges that it had armed the rebels"
            if found:
                return found
        if obj is not None and not skip_object:
            # "welcomed the deal between A and B": both; "investigated the abuse of inmates by guards": the guards
            found = self._holder(obj, actors) if pattern.code[:2] in self.rules["force_roots"] else []
            topic = self._topic(obj, pattern.code)  # "discussed the Yemen war": Yemen is what was talked about
            if topic:
                found = self._between(obj, actors)
            else:
                found = found or self._inquired(obj, pattern.code, actors) or actors.actors(obj) \
                    or self._between(obj, actors)
            if not found and not topic:
                topics = tuple(self.rules["topic_preps"]) if pattern.code[:2] in self.rules["topic_roots"] else ()
                if pattern.code.startswith(self.rules["venue_codes"]):
                    topics += tuple(self.rules["location_preps"])  # "held talks in Geneva"
                inner = actors.find_in(obj, skip=topics + tuple(self.rules["role_preps"])
                                       + tuple(self.rules["sponsor_preps"]))
                found = [inner] if inner is not None else self._named_doers(obj, actors)
            if found:
                return found
            if not pattern.words and obj.pos_ == "NOUN" and obj.dep_ != "nsubjpass" \
                    and pattern.code[:2] not in self.rules["force_roots"]:
                # "received assurances": the object is what is acted on, and it is no actor; "signed a
                # contract to supply tea to Pakistan": its act may name the party. Force is used where it
                # lands: "shelled villages in Syria" is against Syria.
                return self._act_party(obj, pattern.code, actors)
            if pattern.code[:2] in self.rules["force_roots"]:
                # "detonated a bomb in Cairo that killed two soldiers": those it harmed, before where
                found = self._harmed(obj, actors)
                if found:
                    return found
            if pattern.code[:2] in self.rules["landing_roots"]:
                found = self._landed(obj, actors)  # "fired a rocket that crashed into the sea off Japan"
                if found:
                    return found
        dative = child_of(tok, ("dative", "iobj"))
        if dative is not None:
            found = actors.actors(child_of(dative, ("pobj",)) or dative)
            if found:
                return found
        if pattern.target_object:
            return []
        # the object of a group a pattern of ours names holds the target too ("backed away from its threat
        # against Niger")
        groups = [slots[w] for w in pattern.words if ">" in w and w in slots and slots[w].pos_ == "NOUN"] \
            if not pattern.layer else []
        holders = [tok] + ([obj] if obj is not None else []) + groups
        places = places and not pattern.code.startswith(self.rules["venue_codes"])  # "met in Nairobi"
        for preps in (self._target_preps(pattern.code), self.rules["location_preps"] if places else []):
            for holder in holders:
                for child in holder.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        pobj = child_of(child, ("pobj",))
                        if pobj is not None:
                            found = self._inquired(pobj, pattern.code, actors) or actors.actors(pobj) \
                                or self._across(pobj, actors)
                            if found:
                                return found
        if pattern.code[:2] in self.rules["beneficiary_roots"]:
            # "provide 70 million dollars of aid for Romania": aid goes to whom it is for
            for holder in (*holders, child_of(tok, OBJECT_DEPS)):
                for child in holder.children if holder is not None else ():
                    pobj = child_of(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ == "for" else None
                    found = actors.actors(pobj) if pobj is not None else []
                    if found:
                        return found
        for holder in holders:  # "mobilized reservists for a war against Iraq": the purpose's target
            for child in holder.children:
                pobj = child_of(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ == "for" else None
                if pobj is not None and pobj.lemma_.lower() in self.codebook.nouns:
                    found = self._noun_targets(pobj, actors, pattern.code)
                    if found:
                        return found
        if obj is not None and obj.lemma_.lower() in self.rules["act_share_nouns"]:
            # "denied involvement in the attack on U.S. troops", "claimed responsibility for the bombing of a
            # Kenyan hotel": the party the act is done to
            found = self._act_targets(obj, actors)
            if found:
                return found
        if pattern.code.startswith(tuple(self.rules["clause_target_codes"])):
            # "expressed concern that China was building roads", "voiced hope that Egypt would reopen the
            # border": the party of the clause the feeling is about
            for holder in holders:
                for clause in holder.children:
                    if clause.dep_ in ("ccomp", "acl") and clause.pos_ in ("VERB", "AUX") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                        subj = child_of(clause, ("nsubj", "nsubjpass"))
                        found = actors.actors(subj) if subj is not None else []
                        if found:
                            return found
        found = self._act_party(obj, pattern.code, actors) if obj is not None else []
        if not found and obj is not None and not skip_object \
                and pattern.code[:2] in self.rules["possessed_target_roots"]:
            # "said Malian troops had shelled its border villages": force is used on whose they are, when
            # nothing else names a party ("sealed its border with Gaza"); one's own are dropped with the sources
            # (verbs.VerbEvents)
            owner = child_of(obj, ("poss",))
            mine = actors.actor(owner) if owner is not None and owner.pos_ == "PRON" else None
            found = [mine] if mine is not None and mine.known else []
        return found

    def _holder(self, place: Token, actors: DocActors) -> list[Actor]:
        """The party that holds a place by a participle of `holder_participles` on it ("rebel-held villages",
        "Russian-occupied towns", "villages held by the rebels"): force used on the place is used on it. A holder
        of no country takes that of the place ("rebel-held areas of Aleppo": SYRREB)."""
        for part in place.children:
            if part.dep_ not in ("amod", "acl", "compound") or part.tag_ != "VBN" \
                    or part.lemma_.lower() not in self.rules["holder_participles"]:
                continue
            agent = child_of(child_of(part, ("agent",)), ("pobj",))
            who = agent if agent is not None else next(
                (c for c in part.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < part.i), None)
            holders = actors.actors(who) if who is not None else []
            if not holders:
                continue
            country = next((a.code[:3] for a in actors.actors(place) if a.known), None)
            return [_placed(h, country) if country is not None else h for h in holders]
        return []

    def _body_inquired(self, body: Token, verb: Token, actors: DocActors) -> list[Actor]:
        """The party of the inquiry a body of inquiry (`inquiry_bodies`) that `verb` sets up makes: after "into" on
        the body or on its "of" inquiry ("a commission of inquiry into abuses in Burundi"), else the target of the
        inquiry act of its infinitive, also where the parser hangs it on the verb ("a panel to investigate the
        killing of Malian traders"); none without one."""
        holders = [body, *(p for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.codebook.nouns)]
        for holder in holders:
            for prep in holder.children:
                pobj = child_of(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ == "into" else None
                if pobj is not None:
                    found = self._inquired(pobj, "09", actors) or actors.actors(pobj)
                    inner = actors.find_in(pobj) if not found else None
                    return found or ([inner] if inner is not None else [])
        members = [p for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]  # "a team of experts to investigate ..."
        act = next((c for h, deps in ((body, ("acl", "relcl")), *((m, ("acl", "relcl")) for m in members),
                                      (verb, ("advcl",))) for c in h.children
                    if c.dep_ in deps and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in c.children)), None)
        inner = self._inner(act) if act is not None else None
        if inner is None or inner[0].code[:2] not in self.rules["inquiry_roots"]:
            return []
        return self._targets(act, inner[0], inner[1], actors)

    def _charge(self, noun: Token) -> bool:
        """A noun of a charge (`charge_nouns`), or a report (`claim_nouns`) whose clause tells of a hostile act
        (its root in `charged_roots`: "denied reports that its jets had bombed Kurdish camps"; a report of talks
        denied charges no one)."""
        lemma = noun.lemma_.lower()
        if lemma in self.rules["charge_nouns"]:
            return True
        if lemma not in self.rules["claim_nouns"]:
            return False
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        inner = self._inner(clause) if clause is not None else None
        return inner is not None and inner[0].code[:2] in self.rules["charged_roots"]

    def _claimed(self, claim: Token, verb: Token, actors: DocActors) -> list[Actor]:
        """The party of a charge a verb denies or admits (`own_act_families`, `charge_nouns`): its author when
        named, not the press ("rejected Lebanese accusations that ...", "charges by Peru that ..."), else the party
        acted on in its "that" clause when the verb's own side is the clause's doer ("denied allegations that its
        troops had entered Lebanon": Lebanon; not its own troops, nor "denied charges that China was buying
        steel plants")."""
        by = [child_of(c, ("pobj",)) for c in claim.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
        author = [a for n in (claim, *by) if n is not None for a in actors.actors(n)
                  if a.known and a.code[3:6] not in self.rules["press_sectors"]]
        if author:
            return author
        clause = next((c for c in claim.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            return []
        own = {s.code[:3] for s in self.subjects(verb, actors)}
        doers = self.subjects(clause, actors)
        if not own or not doers or any(d.code[:3] not in own for d in doers):
            return []
        inner = self._inner(clause)
        found = self._acted_on(clause, inner, own, actors) if inner is not None else \
            [t for t in [self._any_target(clause, actors)] if t is not None]
        return [t for t in found if t.code[:3] not in own]

    def _acted_on(self, clause: Token, inner: tuple[Pattern, dict[str, Token]], own: set[str], actors: DocActors
                  ) -> list[Actor]:
        """The party a clause's act of the speaker's own side is done to, its own forces or forces of no country
        being what it acts with ("denied it had sent troops into Lebanon": Lebanon)."""
        found = self._targets(clause, inner[0], inner[1], actors)
        if all(t.code[:3] in own or t.code.startswith(UNKNOWN) for t in found):
            found = self._targets(clause, inner[0], inner[1], actors, skip_object=True) or found
        return found

    def _across(self, place: Token, actors: DocActors) -> list[Actor]:
        """The party across a border (`border_nouns`) that names it after "with" ("near its border with
        Ukraine")."""
        if place.lemma_.lower() not in self.rules["border_nouns"]:
            return []
        party = next((child_of(c, ("pobj",)) for c in place.children if c.dep_ == "prep" and c.lower_ == "with"),
                     None)
        return actors.actors(party) if party is not None else []

    def _landed(self, weapon: Token, actors: DocActors) -> list[Actor]:
        """The party whose land or waters a relative clause on a missile or shell says it came down in
        (`landing_verbs`: "a rocket that crashed into the sea off Japan", "rockets that fell inside Israel"); not
        the firer's own ("fell into the sea off its east coast"), nor a sea named after a country ("the Sea of
        Japan")."""
        firer = child_of(weapon.head, ("nsubj",)) if weapon.dep_ in ("dobj", "obj") else None
        own = {a.code[:3] for a in actors.actors(firer)} if firer is not None else set()
        for clause in weapon.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.rules["landing_verbs"]:
                continue
            for prep in clause.children:
                pobj = child_of(prep, ("pobj",)) if prep.dep_ == "prep" else None
                if pobj is None or pobj.pos_ == "PROPN" and child_of(pobj, ("prep",)) is not None:
                    continue  # "in the Sea of Japan": a sea named after a country, not that country's waters
                found = actors.find_in(pobj, skip=("of",))
                if found is not None and found.known and found.kind != "pronoun" and found.code[:3] not in own:
                    return [found]
        return []

    def _harmed(self, weapon: Token, actors: DocActors) -> list[Actor]:
        """Those a relative clause on a weapon or attack says it harmed (`harm_verbs`: "set off a bomb that
        wounded ten police officers", "an ambush that killed three soldiers")."""
        for clause in weapon.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self.rules["harm_verbs"] \
                    and not is_passive(clause):
                victim = child_of(clause, ("dobj",))
                found = actors.actors(victim) if victim is not None else []
                if found:
                    return found
        return []

    def _act_party(self, obj: Token, code: str, actors: DocActors) -> list[Actor]:
        """The party an object's infinitive act names: its proper-noun object ("accepted an invitation to visit
        Beijing"), else, for an event of `act_roots`, the object of one of its `act_preps` ("signed an agreement
        to borrow yen from Japan", "a contract to supply tea to Pakistan"; "criticised a plan to sell arms to
        Taiwan" does not criticise Taiwan)."""
        act = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None:
            return []
        named = child_of(act, OBJECT_DEPS)
        if named is not None and named.tag_ in ("NNP", "NNPS"):
            return actors.actors(named)
        for child in act.children if code[:2] in self.rules["act_roots"] else ():
            pobj = child_of(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ in self.rules["act_preps"] \
                else None
            found = actors.actors(pobj) if pobj is not None else []
            if found:
                return found
        return []

    def _provoker(self, verb: Token, sources: list[Actor], actors: DocActors) -> list[Actor]:
        """Who did what a response answers, for a response that names no target: the subject of a clause of
        time or cause on the verb (`cause_marks`: "After Russia annexed Crimea, the EU imposed sanctions",
        "Because Iran tested a missile, Washington imposed new sanctions"), when it is another party."""
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in self.rules["cause_marks"]
                                                 and m.i < clause.i for m in clause.children):
                continue
            subj = subject_of(clause)
            found = self._subject_actors(subj, actors) if subj is not None else []
            found = [a for a in found if a.known and not any(a.code[:3] == s.code[:3] for s in sources)]
            if found:
                return found
        return []

    def _addressee(self, verb: Token, code: str, sources: list[Actor], actors: DocActors) -> list[Actor]:
        """The party an exchange framing a statement, appeal, offer or consultation names, for one that names no
        target (`address_roots`): "In a letter to Iran, France urged restraint", "During talks with India, China
        proposed a deal"; the frame is a preposition of the verb whose object is one of `address_nouns`."""
        if code.startswith(tuple(self.rules["question_target_codes"])):
            found = self._asked_about(verb, sources, actors)
            if found:
                return found
        if code[:2] not in self.rules["address_roots"]:
            return []
        for frame in verb.children:
            noun = child_of(frame, ("pobj",)) if frame.dep_ == "prep" else None
            if noun is None or noun.lemma_.lower() not in self.rules["address_nouns"]:
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    party = child_of(prep, ("pobj",))
                    found = [a for a in (actors.actors(party) if party is not None else [])
                             if not any(a.code[:3] == s.code[:3] for s in sources)]
                    if found:
                        return found
        return []

    def _asked_about(self, verb: Token, sources: list[Actor], actors: DocActors) -> list[Actor]:
        """The party of the question a participle of asking on the verb puts (`question_heads`), after one of
        `question_preps` or as the subject of its clause of `question_marks` ("Asked about the Chilean proposal,
        the minister declined to comment": Chile; "Asked whether Peru would retaliate, ...": Peru)."""
        for frame in verb.children:
            if frame.dep_ != "advcl" or frame.lemma_.lower() not in self.rules["question_heads"]:
                continue
            for child in frame.children:
                topic = None
                if child.dep_ == "prep" and child.lower_ in self.rules["question_preps"]:
                    pobj = child_of(child, ("pobj",))
                    inner = actors.find_in(pobj) if pobj is not None else None
                    topic = [inner] if inner is not None else []
                elif child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in self.rules["question_marks"]
                                                   for m in child.children):
                    topic = self.subjects(child, actors)
                found = [a for a in topic or [] if a.known and not any(a.code[:3] == s.code[:3] for s in sources)]
                if found:
                    return found
        return []

    def _thrust_makers(self, attack: Token, actors: DocActors) -> list[Actor]:
        """Who made an attack a verb of force acts against (`thrust_nouns`): its "by" agent, a party in its
        modifiers ("a Taliban attack", "the rebels' offensive"), or the agent of a participle on it; else none."""
        by = next((child_of(c, ("pobj",)) for c in attack.children if c.dep_ in ("prep", "agent")
                   and c.lower_ == "by"), None)
        found = actors.actors(by) if by is not None else []
        for child in attack.children:
            if not found and child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < attack.i:
                found = actors.actors(child)
        return found or self._named_doers(attack, actors)

    def _topic(self, obj: Token, code: str) -> bool:
        """Whether `obj` is a matter talked about (`topic_nouns`) by a statement or meeting (`topic_noun_codes`)."""
        return code.startswith(self.rules["topic_noun_codes"]) and obj.lemma_.lower() in self.rules["topic_nouns"]

    def _target_preps(self, code: str) -> list[str]:
        """The prepositions whose object may be the target of an event of `code`: "talks on Syria" and
        "a conference on Libya" are about a topic, "an attack on Syria" is not."""
        if code[:2] in self.rules["topic_roots"]:
            return [p for p in self.rules["target_preps"] if p not in self.rules["topic_preps"]]
        return self.rules["target_preps"]

    def _any_target(self, tok: Token, actors: DocActors) -> Actor | None:
        """The first actor among a clause's object and prepositional objects ("give permission to Russia")."""
        for child in tok.children:
            if child.dep_ in OBJECT_DEPS + ("dative",):
                found = actors.find_in(child)
                if found is not None:
                    return found
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in self.rules["target_preps"]:
                pobj = child_of(child, ("pobj",))
                found = actors.find_in(pobj) if pobj is not None else None
                if found is not None:
                    return found
        return None

    def _only_a_place(self, actor: Actor, verb: Token) -> bool:
        """The actor stands for where the verb's act happens: a place after in/at/near on the verb or its
        object, or an event noun object known only by such a place ("talks in Hanoi")."""
        obj = child_of(verb, OBJECT_DEPS)
        counted = self._amount_of(obj)  # "held a new round of talks in Arusha": the place is on the noun counted
        for holder in dict.fromkeys(h for h in (verb, obj, counted) if h is not None):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in self.rules["location_preps"]:
                    span = child.doc[child.left_edge.i:child.right_edge.i + 1]
                    if span.start_char <= actor.start < span.end_char:
                        return True
        if obj is None:
            return False
        return any(o.lemma_.lower() in self.codebook.nouns and actor.start in (o.idx, o.doc[o.left_edge.i].idx)
                   for o in dict.fromkeys((obj, counted)))

    def _pairs(self, code: str, anchor: Token, sources: list[Actor], targets: list[Actor], pattern: str,
               actors: DocActors) -> list[Found]:
        """One event per source and target; actors of unknown country take the country of the place named
        ("gunmen killed two villagers near Kirkuk"), else that of the other actor."""
        if code.startswith(tuple(self.rules["press_codes"])):  # "declined to comment on a newspaper report"
            targets = [t for t in targets if t.code[3:6] not in self.rules["press_sectors"]]
        if any(not t.known for t in targets) and code.startswith(tuple(self.rules["origin_codes"])):
            origin = self._origin(anchor, actors)
            if origin is not None:  # "took in refugees from South Sudan"
                targets = [_placed(t, origin) for t in targets]
        if any(not a.known for a in (*sources, *targets)):
            place = self._place(anchor, actors)
            if place is not None:
                sources, targets = [_placed(a, place) for a in sources], [_placed(a, place) for a in targets]
        if len(sources) == 1 and len(targets) == 1:
            source = sources[0]
            if source.known or source.code[len(UNKNOWN):len(UNKNOWN) + 3] not in self.rules["roaming_sectors"]:
                source = self._domestic(source, targets[0])  # "pirates seized a Norwegian ship": no Norwegians
            sources, targets = [source], [self._domestic(targets[0], sources[0])]
            sources, targets = [self._counterpart(sources[0], targets[0])], [self._counterpart(targets[0], sources[0])]
        if code.startswith(tuple(self.rules["state_trade_codes"])) and all(map(self._private, sources)):
            targets = [t for t in targets if not self._private(t)]  # "Shell sold oil to Toyota": commerce
            if not targets:
                return []
        out = []
        for s in sources:
            if not targets or code.startswith(tuple(self.rules["targetless_roots"])) and all(
                    t.code == s.code for t in targets):
                # "China held naval drills in the South China Sea": its own place is no target
                out.append(Found(code, anchor, s, None, pattern))
            for t in targets:
                if t.code != s.code and (s.known or t.known):
                    out.append(Found(code, anchor, s, t, pattern))
        return out

    def _private(self, actor: Actor) -> bool:
        """A state's firm or other private party (`private_sectors`), not an organisation of no state."""
        return actor.code[3:6] in self.rules["private_sectors"] \
            and actor.code[:3] not in self.rules["non_state_sectors"]

    def _origin(self, anchor: Token, actors: DocActors) -> str | None:
        """The country a "from" names on the event's word, its verb or their objects ("took in refugees from
        South Sudan")."""
        verb = anchor.head if anchor.pos_ in ("NOUN", "PROPN") and anchor.head != anchor else anchor
        holders = [anchor, verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]
        holders += [p for h in holders[2:] for p in h.children if p.dep_ == "pobj"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    pobj = child_of(child, ("pobj",))
                    country = actors.place_in(pobj) if pobj is not None else None
                    if country is not None:
                        return country
        return None

    def _place(self, anchor: Token, actors: DocActors) -> str | None:
        """The country of the place where the event at `anchor` happens ("in Lagos", "near the town of
        Samarra"), from a place preposition on the event's word or on the verb of an event noun; for a
        participle of another verb, where that verb's act happened or fell."""
        verb = anchor.head if anchor.pos_ in ("NOUN", "PROPN") and anchor.head != anchor else anchor
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in self.rules["gerund_preps"]:
            verb = verb.head.head  # "stabbed two men in X before being shot by police": one scene, X's police
        # "threatened to impose a curfew in X", "killed 23 people when they blew themselves up in X"
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in self.rules["time_marks"] for m in c.children))]
        holders = [anchor, *verbs]
        for v in verbs:
            holders += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            holders += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in self.rules["location_preps"]:
                    pobj = child_of(child, ("pobj",))
                    country = actors.place_in(pobj) if pobj is not None else None
                    if country is not None:
                        return country
        if anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "conj") and anchor.head.pos_ == "VERB":
            # "jets bombed Idlib, killing 12 civilians": the people killed were where the strike fell
            struck = child_of(anchor.head, ("dobj",))
            return (actors.place_in(struck) if struck is not None else None) or self._place(anchor.head, actors)
        return None

    def _counterpart(self, actor: Actor, other: Actor) -> Actor:
        """ "The Chilean foreign minister met his Peruvian counterpart": a counterpart (`counterpart_words`)
        known only by its country holds the other's kind of office."""
        words = actor.text.lower().split()
        if len(actor.code) != 3 or not words or words[-1] not in self.rules["counterpart_words"] \
                or len(other.code) < 6 or not other.known:
            return actor
        return Actor(actor.code + other.code[3:6], actor.text, actor.start, actor.end, actor.kind)

    def _domestic(self, actor: Actor, other: Actor) -> Actor:
        """An actor of unknown country in an event with a country's actor is taken to be of that country
        ("the Sudanese government accused rebels", "police dispersed demonstrators"), but not an official
        dealing with a state or another state's official: "the government thanked China" is no Chinese
        event."""
        if actor.known or actor.kind == "outsider" or not other.known or not other.code[:3].isalpha() \
                or other.code[:3] in self.rules["non_state_sectors"]:
            return actor
        agents = self.rules["state_agents"]
        if actor.code[len(UNKNOWN):len(UNKNOWN) + 3] in agents and (len(other.code) == 3 or other.code[3:6] in agents):
            return actor  # "President X welcomed the South African leader": two states' officials
        return Actor(other.code[:3] + actor.code[len(UNKNOWN):], actor.text, actor.start, actor.end, actor.kind)


def _placed(actor: Actor, country: str) -> Actor:
    """An actor of unknown country, placed in `country` (not one named as foreign to it: "foreign troops")."""
    if actor.known or actor.kind == "outsider":
        return actor
    return Actor(country + actor.code[len(UNKNOWN):], actor.text, actor.start, actor.end, actor.kind)
