"""Events of event nouns ("talks", "a warning from X"), their sources and targets, and support verbs."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolve import UNKNOWN, Actor, DocActors
from ..nlp.grammar import amount_preps, child_of, first_conjunct, is_passive, slots_of, verb_forms
from .dictionary import Pattern
from .found import Found
from .match import best_match


class NounEvents:
    """CameoCoder's noun events (a mixin: it uses the coder's codebook, rules and actor methods)."""

    def _noun_events(self, tok: Token, actors: DocActors) -> list[Found]:
        family = self.rules["complement_nouns"].get(tok.lemma_.lower())
        if family is not None and tok.pos_ == "NOUN":
            framed = self._complement_noun_events(tok, family, actors)
            if framed:
                return framed
        patterns = self.codebook.nouns.get(tok.lemma_.lower(), [])
        state = self._state_pattern(tok)
        if state is not None:
            # "went on strike", "remained on hunger strike": a labour strike, not an attack ("strike on +")
            patterns = [p for p in patterns if p.code[:2] == state.code[:2]]
        if not patterns and state is None:
            return []
        if tok.dep_ in ("compound", "amod") and self._role_word(tok.head):
            return []  # "riot police", "peace envoy", "protest leaders" name people, not events
        if tok.dep_ == "compound" and any(tok.lemma_.lower() in p.word_set
                                          for p in self.codebook.nouns.get(tok.head.lemma_.lower(), [])):
            return []  # "an assassination attempt": the head's own pattern names the word (185, not 186)
        slots = slots_of(tok, passive=False)
        match = best_match(patterns, slots) or (state and (state, slots))
        if match is None:
            return []
        pattern, slots = match
        if pattern.code[:2] in self.rules["flow_roots"] and tok.dep_ in ("nsubj", "nsubjpass") \
                and self._states_a_figure(tok.head):
            return []  # "Peruvian exports to Chile totalled $3 billion", "aid to Haiti fell": a figure, not an act
        if pattern.code.startswith(self.reciprocal) and pattern.target_prep in (None, "between") and not any(
                c.dep_ == "poss" for c in self._phrase_head(tok).children):
            # "talks were held between India and Pakistan", "Japan welcomed the agreement between Armenia and
            # Azerbaijan": the parties after "between" act together, not the subject of the verb on the noun;
            # "between A and B, C and D" pairs A with B and C with D
            groups = self._between_groups(tok, actors)
            if groups:
                return [f for group in groups for s in group
                        for f in self._pairs(pattern.code, tok, [s], [t for t in group if t is not s], pattern.text,
                                             actors)]
        sources = self._noun_sources(tok, actors, skip=pattern.target_prep) or self._of_doers(tok, pattern, actors)
        if not sources and pattern.code[:2] in self.rules["purpose_roots"]:
            sources = self._purpose_doers(tok, actors)
        if not sources and tok.dep_ == "ROOT":
            # a headline's verb read as a noun ("Thousands protest in Madrid"): its subject or count is the doer
            subj = next((c for c in tok.children if c.dep_ == "nsubj" or c.dep_ == "nummod" and c.i < tok.i), None)
            if subj is not None:
                sources = actors.actors(subj) or (
                    self._crowd(subj) if pattern.code[:2] in self.rules["crowd_roots"] else [])
        if not sources and pattern.code[:2] in self.rules["crowd_roots"] and tok.dep_ == "nsubj" \
                and self._outbreak(tok.head):
            sources = [Actor(UNKNOWN + "CVL", tok.text, tok.idx, tok.idx + len(tok), "agent")]
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
        code = pattern.code
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            code = self._body_left(code, targets)  # "its withdrawal from the Commonwealth": it leaves the body
        return self._pairs(code, tok, sources, targets, pattern.text, actors)

    def _in_state(self, tok: Token) -> bool:
        """A noun after a preposition of state of a verb like "go" or "be" ("went on strike", "were on alert")."""
        prep = tok.head
        if prep.lower_ == "in" and tok.lemma_.lower() not in self.rules["in_state_nouns"]:
            return False  # "is in agreement with" signs nothing
        return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and any(
            f in self.rules["state_verbs"].get(prep.lower_, ()) for f in verb_forms(prep.head))

    def _suffered(self, tok: Token) -> Token | None:
        """The verb of a state an event noun is suffered in ("came under fire", "was under attack":
        `suffered_states`), else None."""
        prep = tok.head
        if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and any(
                f in self.rules["suffered_states"].get(prep.lower_, ()) for f in verb_forms(prep.head)):
            return prep.head
        return None

    def _state_pattern(self, tok: Token) -> Pattern | None:
        """The code of a noun of rules.yaml `state_nouns` in a state ("went on strike": 143), else None."""
        code = self.rules["state_nouns"].get(tok.lemma_.lower())
        if code is None or not self._in_state(tok):
            return None
        text = f"{tok.head.head.lemma_} {tok.head.lower_} {tok.lower_}"
        return Pattern(code, tok.lemma_.lower(), (), None, False, text)

    def _amount_of(self, obj: Token | None) -> Token | None:
        """The noun an amount object counts ("provide 70 million dollars of aid" -> aid), else `obj`."""
        if obj is None or obj.lemma_.lower() not in self.quantities:
            return obj
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in self.amount_preps), None)
        counted = child_of(of, ("pobj",)) if of is not None else None
        return counted if counted is not None and counted.pos_ in ("NOUN", "PROPN") else obj

    def _phrase_head(self, tok: Token) -> Token:
        """The word whose relations an event noun uses: the head of "a mediation mission", the amount of
        "5 million dollars of aid" and "$50,000 worth of goods"."""
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in self.amount_preps and \
                tok.head.head.lemma_.lower() in self.quantities:
            tok = tok.head.head
        return tok

    def _noun_targets(self, tok: Token, actors: DocActors, code: str, parties: int = 1) -> list[Actor]:
        """Target of an event noun without "+": its own "to/with/against/on" object, else that of the verb
        lending it a subject ("gave a warm welcome to X", "provided aid to Y"). Two or more `parties` to a
        reciprocal act take only a "with" or "against" counterpart ("Peru and Chile resumed
        talks on the maritime border" has none)."""
        tok = self._phrase_head(tok)
        holders = [tok]
        first = first_conjunct(tok)
        if first.dep_ == "dobj" and self._recipient(first.head):
            # "received assurances from X": X assures the subject; "the vote drew a protest from Tokyo", "Serbia's
            # move drew condemnation from X": the doer of the act that drew it
            found = self.subjects(first.head, actors) or self._drawn_by(first.head, actors)
            if found:
                return found
        if first.dep_ in ("dobj", "nsubjpass") and self._support(first.head):
            holders.append(first.head)
        for holder in holders:
            # "launched a mediation effort on Sunday between Kuwait and Iraq": the parser may hang the noun's
            # "between" on the verb lending it a subject
            preps = self.rules["noun_target_preps"] if holder is tok else [*self._target_preps(code), "between"]
            if holder is tok and code[:2] in self.rules["noun_of_target_roots"]:
                preps = [*preps, "of"]
            if parties >= 2 and code.startswith(self.reciprocal):
                preps = [p for p in preps if p in self.rules["counterpart_preps"]]
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    pobj = child_of(child, ("pobj",))
                    found = actors.actors(pobj) if pobj is not None else []
                    if found:
                        return found
                if child.dep_ in ("dative", "iobj") and holder is not tok:
                    found = actors.actors(child_of(child, ("pobj",)) or child)
                    if found:
                        return found
        suffered = self._suffered(first)
        if suffered is not None:  # "the port came under Russian missile attack": done to the verb's subject
            return self.subjects(suffered, actors)
        if first.dep_ == "dobj" and self._support(first.head) and is_passive(first.head):
            # "Kenya was given a warning by Uganda", "Greece was granted a loan by the IMF": the one given to
            given = child_of(first.head, ("nsubjpass",))
            return actors.actors(given) if given is not None else []
        return []

    def _drawn_by(self, verb: Token, actors: DocActors) -> list[Actor]:
        """The doer of the act that is the subject of a verb of `recipient_verbs` ("Ghana's test drew a protest",
        "the move by Serbia drew condemnation"), else none."""
        subj = child_of(verb, ("nsubj",))
        if subj is None or subj.pos_ != "NOUN":
            return []
        return self._noun_sources(subj, actors, support=False)

    def _noun_sources(self, tok: Token, actors: DocActors, support: bool = True, skip: str | None = None
                      ) -> list[Actor]:
        """Who does what the noun names; `skip`, the preposition its pattern takes the target after
        ("withdrawal from +"), names no source."""
        tok = self._phrase_head(tok)
        first = first_conjunct(tok)
        received = first.dep_ == "dobj" and self._recipient(first.head)
        for child in tok.children:
            if child.dep_ == "poss" and not (received and child.pos_ == "PRON"):
                # "Kenya received its first loans from X": its own, received, is no doer
                found = actors.actors(child)
                if found and child.pos_ == "PRON" and support and first.dep_ == "dobj" and self._support(first.head):
                    # "Indian and French troops began their joint exercises": "their" is each of the subjects
                    doers = self.subjects(first.head, actors)
                    if len(doers) > len(found) and all(any(d.code == f.code for d in doers) for f in found):
                        return doers
                return found
        of = next((child_of(c, ("pobj",)) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        by = next((child_of(c, ("pobj",)) for c in of.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
                  None) if of is not None else None
        if by is not None and not any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
            # "the expulsion of Albanians from Kosovo by Serb forces": the parser hangs "by" on the object
            return actors.actors(by)
        # the preposition may hang on a modifier of the amount ("loans totalling $50 million from India")
        own = [*tok.children, *amount_preps(tok, self.rules["amount_modifiers"])]
        for prep in self.rules["noun_source_preps"]:  # "by" before "from": "the expulsion from X by Y"
            for child in own:
                if child.dep_ == "prep" and child.lower_ == prep and prep != skip:
                    pobj = child_of(child, ("pobj",))
                    found = actors.actors(pobj) if pobj is not None else []
                    if found:
                        return found
        for child in tok.children:
            if child.dep_ in ("compound", "amod") and child.i < tok.i and child.i in actors.by_token:
                found = actors.actor(child)
                if found is not None:
                    return [found]
        if received:
            # "Kenya received a warning from Uganda": the giver is after "from", never the subject
            given = next((child_of(c, ("pobj",)) for c in first.head.children
                          if c.dep_ == "prep" and c.lower_ in self.rules["noun_source_preps"]), None)
            return actors.actors(given) if given is not None else []
        if support and first.dep_ in ("dobj", "nsubjpass") and self._support(first.head):
            return self.subjects(first.head, actors)
        suffered = self._suffered(first)
        if suffered is not None:  # "came under fire from Pakistani troops": the attacker is named on the verb
            doer = next((child_of(c, ("pobj",)) for c in suffered.children
                         if c.dep_ in ("prep", "agent") and c.lower_ in self.rules["noun_source_preps"]), None)
            return actors.actors(doer) if doer is not None else []
        if self._in_state(first):
            # "went on strike": the subject strikes; "troops were put on high alert": the passive's subject
            verb = first.head.head
            return self.subjects(verb, actors) or (self._passive_subject(verb, actors) if is_passive(verb) else [])
        for child in tok.children:  # "the demand, which Washington made on Monday": the doer of the clause
            if child.dep_ == "relcl" and self._support(child) and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in child.children):
                return self.subjects(child, actors)
        return []

    def _complement_noun_events(self, tok: Token, family: str, actors: DocActors) -> list[Found]:
        """ "Russia's threat of military action against Ukraine", "Iran's threat to close the strait", "China's
        demand for an apology from Japan", "the U.S. demand that Iraq withdraw": a noun of a complement family
        codes what it governs as its head verb would (verbs.yaml `complements`), from its own doer, to the party
        the governed act names."""
        governed, inner, targets = self._noun_governed(tok, family, actors)
        if governed is None:
            return []
        # "Sudan's promise not to expel the aid workers" is no threat to expel them
        refrained = governed.pos_ in ("VERB", "AUX") and self.facts.negated(governed)
        code = self.codebook.complement(family, inner[0].code, negated=refrained)
        sources = self._noun_sources(tok, actors)
        if not code or not sources:
            return []
        targets = [t for t in targets if all(t.start != s.start for s in sources)] or \
            self._noun_targets(tok, actors, code, parties=len(sources))
        first = first_conjunct(tok)
        if not targets and first.dep_ == "dobj" and not self._support(first.head):
            # "Iran rejected the U.S. demand for talks", "Seoul welcomed Pyongyang's offer of talks": the one
            # who answers it is the one it was made to
            targets = [t for t in self.subjects(first.head, actors) if all(t.code != s.code for s in sources)]
        return self._pairs(code, tok, sources, targets, f"{tok.lemma_} → {governed.lemma_}", actors)

    def _noun_governed(self, tok: Token, family: str, actors: DocActors
                       ) -> tuple[Token | None, tuple | None, list[Actor]]:
        """The act a noun of a complement family governs ("a call for Myanmar to free prisoners", "a request for
        aid", "the offer of talks"), its pattern and the party that act names; (None, None, []) when none."""
        governed, inner, targets = None, None, []
        for child in tok.children:
            if child.dep_ in ("acl", "advcl", "relcl") and child.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "mark" and c.lower_ in ("that", "for")
                    for c in child.children):
                inner = self._inner(child)
                if inner is not None:
                    governed = child
                    doer = child_of(child, ("nsubj",))
                    if doer is not None and family in ("02", "10"):
                        # "the demand that Iraq withdraw", "a call for Myanmar to free prisoners": who is asked
                        targets = self._subject_actors(doer, actors)
                    else:
                        targets = self._targets(child, inner[0], inner[1], actors)
                    break
            if child.dep_ == "prep" and child.lower_ in self.rules["complement_noun_preps"]:
                act = child_of(child, ("pobj",))
                patterns = self.codebook.nouns.get(act.lemma_.lower()) if act is not None else None
                inner = best_match(patterns, slots_of(act, passive=False)) if patterns else None
                if inner is not None:
                    governed = act
                    targets = self._targets(act, inner[0], inner[1], actors) if inner[0].target_prep else \
                        self._noun_targets(act, actors, inner[0].code)
                    if not targets:  # "a demand for an apology from Japan"
                        given = next((child_of(c, ("pobj",)) for c in act.children if c.dep_ == "prep"
                                      and c.lower_ in self.rules["complement_target_preps"]), None)
                        targets = actors.actors(given) if given is not None else []
                    break
            if child.dep_ == "compound" and tok.lemma_.lower() in self.rules["compound_act_nouns"] \
                    and child.pos_ == "NOUN":
                # "a ceasefire proposal", "an extradition request", "an aid offer": the act named before the noun
                patterns = self.codebook.nouns.get(child.lemma_.lower())
                inner = best_match(patterns, slots_of(child, passive=False)) if patterns else None
                if inner is not None:
                    governed = child
                    break
        return governed, inner, targets

    def _purpose_doers(self, noun: Token, actors: DocActors) -> list[Actor]:
        """ "flew to Geneva for talks with Iran", "speaking after talks with Kuwaiti officials, the minister
        said": who holds the talks a verb's purpose or time phrase names (`purpose_preps`) is the verb's doer;
        not where the verb asks for them ("called for talks with Iran": a complement head)."""
        prep = noun.head
        preps = self.rules["purpose_preps"]
        if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj" and \
                prep.head.lemma_.lower() in self.rules["part_nouns"]:
            # "at the end of a visit to Uganda", "on the first day of talks with Peru": the part names the time
            noun, preps = prep.head, [*preps, *self.rules["part_preps"]]
            prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ not in preps:
            return []
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass"):
            return actors.actors(verb)  # "Japan's emperor, on a state visit to China, expressed regret"
        if verb.pos_ == "AUX" and verb.lemma_ == "be" and any(c.dep_ == "nsubj" for c in verb.children):
            return self.subjects(verb, actors)  # "the chancellor was in Beijing for talks with Chinese leaders"
        if verb.pos_ != "VERB" or any(f in self.codebook.complement_heads for f in verb_forms(verb)):
            return []
        return self.subjects(verb, actors)

    def _act_targets(self, noun: Token, actors: DocActors) -> list[Actor]:
        """The target of the act a noun of a share in it names after a preposition ("involvement in the attack
        on U.S. troops", "responsibility for the bombing of a Kenyan hotel"), by that act's own pattern."""
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            act = child_of(prep, ("pobj",))
            patterns = self.codebook.nouns.get(act.lemma_.lower()) if act is not None else None
            match = best_match(patterns, slots_of(act, passive=False)) if patterns else None
            if match is None:
                continue
            if match[0].target_prep:
                found = self._targets(act, match[0], match[1], actors)
            else:
                found = self._noun_targets(act, actors, match[0].code)
            if found:
                return found
        return []

    def _of_doers(self, tok: Token, pattern: Pattern, actors: DocActors) -> list[Actor]:
        """ "the withdrawal of Russian troops from Georgia", "the visit of the Indian premier to Beijing": the
        "of" of a noun whose "of" names no target (rules.yaml `noun_of_target_roots`, a pattern's "of +") names
        who does it."""
        if pattern.target_prep == "of" or pattern.code[:2] in self.rules["noun_of_target_roots"]:
            return []
        of = next((child_of(c, ("pobj",)) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return actors.actors(of) if of is not None else []

    def _role_word(self, tok: Token) -> bool:
        low, lemma = tok.lower_, tok.lemma_.lower()
        return low in self.book.agents or lemma in self.book.agents or \
            " ".join(t.lemma_.lower() for t in tok.doc[max(tok.i - 1, 0):tok.i + 1]) in self.book.agents

    def _recipient(self, verb: Token) -> bool:
        """A verb whose subject undergoes the event noun it governs ("received a warning from")."""
        return verb.pos_ in ("VERB", "AUX") and any(f in self.recipients for f in verb_forms(verb))

    def _outbreak(self, verb: Token) -> bool:
        """A verb by which a protest happens with no doer named ("riots broke out", "protests erupted")."""
        lemma = verb.lemma_.lower()
        particles = [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
        return verb.pos_ == "VERB" and any(
            phrase in self.rules["outbreak_verbs"] for phrase in (lemma, *(f"{lemma} {p}" for p in particles)))

    def _support(self, verb: Token) -> bool:
        """A verb that lends its subject to the event noun it governs ("staged a rally")."""
        return verb.pos_ in ("VERB", "AUX") and any(f in self.support for f in verb_forms(verb))

    def _states_a_figure(self, verb: Token) -> bool:
        """A verb of `figure_verbs`, alone ("totalled") or with the word after it ("were worth", "came to")."""
        lemma = verb.lemma_.lower()
        figures = self.rules["figure_verbs"]
        return lemma in figures or any(f"{lemma} {c.lower_}" in figures for c in verb.children
                                       if c.i > verb.i and c.dep_ in ("acomp", "prep", "prt", "advmod", "attr"))

    def _may_act(self, tok: Token) -> bool:
        """A noun that can stand for people who act (a name, a role word, a plural), not an event noun."""
        lemma = tok.lemma_.lower()
        if lemma in self.codebook.nouns:
            return False
        return tok.tag_ in ("NNS", "NNPS", "NNP") or lemma in self.book.agents or tok.lower_ in self.book.agents

    def _between(self, noun: Token, actors: DocActors) -> list[Actor]:
        """Two or more parties named after the noun's "between" ("clashes between Hutu and Tutsi")."""
        between = self._between_object(noun)
        parties = actors.actors(between) if between is not None else []
        return parties if len(parties) >= 2 else []

    def _between_object(self, noun: Token) -> Token | None:
        head = self._phrase_head(noun)
        # "talks were held between", "fighting erupted between", "clashes continued between": a verb of which the
        # noun is the subject or object says when or how it happened, and its "between" names the parties
        holders = [head, head.head] if head.dep_ in ("nsubjpass", "dobj", "nsubj") else [head]
        if noun is not head:
            holders.append(noun)  # "after three days of talks between Kenya and Uganda": on the noun counted
        return next((child_of(c, ("pobj",)) for h in holders for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "between"), None)

    def _between_groups(self, noun: Token, actors: DocActors) -> list[list[Actor]]:
        """The parties after the noun's "between", in the groups that act together: one group ("between Iran,
        Iraq and Syria"), or one per stretch between commas when each stretch joins two or more parties
        ("talks between Sudan and South Sudan, Ethiopia and Eritrea")."""
        parties = self._between(noun, actors)
        if not parties:
            return []
        pobj = self._between_object(noun)
        doc = pobj.doc
        stretch = doc[pobj.left_edge.i:pobj.right_edge.i + 1]
        cuts = [t.idx for t in stretch if t.text in (",", ";")]
        if not cuts:
            return [parties]
        bounds = [stretch.start_char, *cuts, stretch.end_char]
        groups = [[a for a in parties if lo <= a.start < hi] for lo, hi in zip(bounds, bounds[1:], strict=False)]
        groups = [g for g in groups if g]
        return groups if all(len(g) >= 2 for g in groups) else [parties]
