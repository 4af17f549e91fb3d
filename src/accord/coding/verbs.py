"""Events of verbs and adjectives: verb patterns (ours, then the PETRARCH layer's), complements, weapons."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolve import UNKNOWN, Actor, DocActors
from ..lexicon.cameo import DOER
from ..nlp.grammar import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    antecedent,
    child_of,
    is_passive,
    is_temporal,
    slots_of,
    subject_of,
    subjunctive,
    verb_forms,
)
from .attach import _placed
from .dictionary import Pattern
from .found import Found
from .match import best_match, coded, outranks, petrarch_slots


class VerbEvents:
    """CameoCoder's verb events (a mixin: it uses the coder's codebook, rules and actor methods)."""

    def _verb_events(self, tok: Token, actors: DocActors, consumed: set[int]) -> list[Found]:
        lemma = tok.lemma_.lower()
        if lemma not in self.codebook.complement_heads and not any(
                x in self.codebook.verbs or x in self.codebook.under for x in verb_forms(tok)):
            return []  # no pattern of ours or of the PETRARCH layer for any form of the word: nothing to match
        if self._describes_party(tok, actors) or self._question(tok) or self._provision(tok):
            return []
        slots = slots_of(tok, passive=is_passive(tok), amounts=self.quantities, deadlines=self.deadlines,
                         amount_preps=self.amount_preps)
        slots = self._predicate(tok, self._judged(tok, self._goods(tok, slots)))
        own = self.rules["own_preps"].get(lemma)
        if own:  # "called a moratorium on its debt": the object's preposition is no appeal's
            slots = {k: t for k, t in slots.items() if k.split(">")[0] not in own
                     or (t if t.dep_ == "prep" else t.head).head == tok}
        heads = self.codebook.complement_heads.get(lemma)
        if heads:
            match = best_match(heads, slots)
            if match is not None and not self._names_group(tok, slots) and not self._own_command(tok, lemma, slots):
                found = self._complement_event(tok, match[0], slots, actors, consumed)
                if found is not None:
                    return found
        if any(x in self.doer_heads for x in verb_forms(tok)):
            slots.update(self._doer_slots(tok, actors))  # "tanks rolled into ...": "roll into + @armed"
        candidates = self._verb_match(tok, slots)
        if not candidates or candidates[0][1][0].no_event:
            return []  # no pattern, or a PETRARCH [---]: the verb codes nothing here
        obj = child_of(tok, ("dobj",))
        if self._recipient(tok) and obj is not None and (obj.lemma_.lower() in self.codebook.nouns or
                                                         obj.lemma_.lower() in self.rules["utterance_nouns"]) \
                and obj.lemma_.lower() not in self.book.agents:
            return []  # "received assurances from ...": the noun is the event; "received a letter": no visit
        for patterns, (pattern, slots) in candidates:  # the slots the pattern was matched over
            targets = self._targets(tok, pattern, slots, actors)
            if pattern.target_prep and not targets:
                # "protest to +" needs an actor after "to"; else a pattern without the preposition may fit
                # ("to protest President Assad's failure to usher in reforms")
                plain = best_match([p for p in patterns if p.target_prep is None], slots)
                if plain is not None:
                    pattern = plain[0]
                    targets = self._targets(tok, pattern, slots, actors)
            if not pattern.layer or targets or pattern.code and pattern.code < "10" \
                    and pattern.code.startswith(self.reciprocal) and len(self.subjects(tok, actors)) >= 2:
                # a PETRARCH pattern codes an event between two actors only ("took part in ..."); coordinated
                # doers of a cooperative act are each other's ("Jordan and Qatar resumed diplomatic relations")
                break
        else:
            return []
        if pattern.no_event:
            return []
        code = pattern.code
        if code in self.rules["judgment_codes"] and _small_clause(tok):
            return []  # "considers the law unacceptable": an opinion of a thing, no option weighed
        if code[:2] in self.rules["force_roots"] and self._mishap(tok):
            return []  # "storms killed two people", "the crash, which killed 520 people": no one used force
        if code[:2] in self.rules["crowd_roots"] and (self._mishap(tok, "market_nouns") or self._shows(tok, pattern)):
            return []  # "Brazilian shares rallied", "demonstrated its resolve": no one took to the streets
        weapon = self._weapon(tok, code, actors) if code[:2] in self.rules["force_roots"] else None
        if weapon is not None:
            noun, code, sources = weapon
            consumed.add(noun.i)
            struck = next((a for c in noun.children if c.dep_ == "prep" and c.lower_ in self.rules["target_preps"]
                           for p in c.children if p.dep_ == "pobj" for a in actors.actors(p) if a.known), None)
            if struck is not None and targets and all(not t.known for t in targets):
                # "Israeli air raids on Gaza killed ten people": the people are of the party the raids struck
                targets = [_placed(t, struck.code[:3]) for t in targets]
        else:
            sources = self.subjects(tok, actors)
        if not sources and code[:2] in self.rules["crowd_roots"]:
            sources = self._crowd(subject_of(tok))  # "Thousands rallied in Lisbon"
        if not sources and code[:2] in self.rules["self_deployed_roots"] and is_passive(tok):
            # "Thousands of Russian troops were deployed to Belarus": forces sent or alerted with no agent named
            # are sent by their own state; the party is the one named elsewhere. A body of them, not one officer
            # ("the police chief was sent to Uganda")
            subj = child_of(tok, ("nsubjpass",))
            many = subj is not None and (subj.tag_ in ("NNS", "NNPS")
                                         or subj.lemma_.lower() in self.rules["crowd_words"])
            sources = [a for a in (actors.actors(subj) if many else [])
                       if a.code[3:6] in self.rules["force_sectors"]]
            if sources:
                targets = [t for t in self._targets(tok, pattern, slots, actors, skip_object=True)
                           if t.code != sources[0].code]
        if not sources and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and code.startswith(self.reciprocal):
            # "Fighting between Armenia and Azerbaijan killed dozens": a gerund read as a noun names its parties
            return [f for group in self._between_groups(tok, actors) for s in group
                    for f in self._pairs(code, tok, [s], [t for t in group if t is not s], pattern.text, actors)]
        if not sources:
            return []  # "talks were held between X and Y": the noun may still name its parties
        if pattern.layer and self._commerce(code or pattern.reverse, sources):
            return []  # "a Kenyan bank awarded a contract", "airlines are buying the jets": a firm's business
        if code[:2] in self.rules["possessed_target_roots"]:
            # a pronoun's country that is the doer's own is no party acted on ("Sudan's army shelled its
            # positions"); its people or forces may be ("shelled its own people")
            targets = [t for t in targets if t.kind != "pronoun" or len(t.code) > 3
                       or all(t.code != s.code[:3] for s in sources)]
        if any(w in self.rules["object_predicates"] for w in pattern.words):
            # "ordered French troops to leave": an order to leave expels another state's people; given to the
            # source's own or to forces of no country named ("ordered its diplomats to leave Kyiv", "ordered
            # troops to leave the border area") it withdraws them, and expels no one. Envoys of no country named
            # are another state's ("ordered the ambassador to leave the country").
            targets = [t for t in targets if (t.known or t.code[3:6] not in self.rules["force_sectors"])
                       and all(t.code[:3] != s.code[:3] for s in sources)]
            if not targets:
                return []
        for word in pattern.words:
            consumed.add(slots[word].i)
        reciprocal = self._each_other(tok) if len(sources) >= 2 and code else None
        if reciprocal is None and len(sources) >= 2 and code and self._exchanged(tok):
            reciprocal = tok  # "Russia and Ukraine swapped prisoners": with each other
        if reciprocal is not None:  # "Armenia and Azerbaijan accused each other": each is the others' target
            return self._reciprocal(code, tok, sources, reciprocal, pattern.text, actors)
        if len(sources) == 1 and targets and all(_own_forces(sources[0], t) for t in targets):
            # "France is ready to contribute troops", "Britain mobilized army reservists": the state's own
            # forces are what it acts with; the target, if any, is named elsewhere
            targets = self._targets(tok, pattern, slots, actors, skip_object=True)
        elif len(sources) == 1 and targets and all(t.kind in ("place", "capital") and t.code[:3] == sources[0].code[:3]
                                                   for t in targets):
            # "Egypt reopened the Rafah crossing into Gaza": a place of its own is where it acts; the party is
            # named elsewhere
            targets = self._targets(tok, pattern, slots, actors, skip_object=True) or targets
        elif len(sources) == 1 and targets and all(self._own_agent(sources[0], t) for t in targets):
            # "Seoul sent an envoy to Tokyo", "dispatched its foreign minister to Japan": the official sent is
            # the source's own; the party the preposition names is the target
            other = [t for t in self._targets(tok, pattern, slots, actors, skip_object=True, places=False)
                     if not self._own_agent(sources[0], t)]
            if not other:  # "recalled its ambassador in Bolivia": the host of the official
                obj = child_of(tok, ("dobj",))
                other = [a for c in (obj.children if obj is not None else ()) if c.dep_ == "prep"
                         and c.lower_ in self.rules["location_preps"] for p in c.children if p.dep_ == "pobj"
                         for a in actors.actors(p) if a.known and a.code[:3] != sources[0].code[:3]]
            if not other and code[:2] in self.rules["response_roots"]:
                other = self._provoker(tok, sources, actors)  # "After X invaded Y, Greece recalled its envoy"
            # "Peru recalled its ambassador": with no other party named, the state's own official, named by a
            # possessive pronoun of its country, is no party it acts on (force may be: "Chad's army shelled its
            # own soldiers"); others stay ("investigators questioned the former French president", "prosecutors
            # searched the offices of the ruling party")
            obj = child_of(tok, ("dobj",))
            mine = obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children) and all(
                t.known and t.code[:3] == sources[0].code[:3] for t in targets) and \
                (code or pattern.reverse)[:2] not in self.rules["possessed_target_roots"]
            targets = other or ([] if mine else targets)
        elif len(sources) >= 2 and targets and code.startswith(self.reciprocal):
            # "Obama and Putin will meet in Zurich", "Japan and Korea held talks in Hanoi": coordinated
            # parties meet each other, not the place
            targets = [t for t in self._targets(tok, pattern, slots, actors, places=False)
                       if not self._only_a_place(t, tok)]
        if pattern.layer and targets and (code or pattern.reverse)[:2] not in self.rules["possessed_target_roots"] \
                and all(_own_country(t, sources) for t in targets):
            # "Kenya's foreign minister reiterated Kenya's position": the doer's own country, named in the noun
            # the PETRARCH pattern names, is no party it acts on; another named beside it may be ("Kenya's
            # dispute with Uganda")
            targets = [t for t in self._targets(tok, pattern, slots, actors, skip_object=True)
                       if not _own_country(t, sources)]
        if not targets and code[:2] in self.rules["response_roots"]:
            targets = self._provoker(tok, sources, actors)
        if not targets:
            targets = self._addressee(tok, code, sources, actors)  # "During talks with India, China proposed ..."
        if code in self.rules["mass_codes"] and targets and self._many(tok, targets):
            code = self.rules["mass_codes"][code]  # "expelled 40,000 Iranians": a mass expulsion
        elif code in self.rules["individual_codes"] and tok.lemma_.lower() in self.rules["expulsion_verbs"] \
                and self._sojourners(tok):
            code = self.rules["individual_codes"][code]  # "deported hundreds of Ghanaian workers": not a people
        if pattern.text in self.rules["body_only_patterns"]:
            if not (targets and all(t.kind == "igo" for t in targets)):
                return []  # "the president left Paris", "quit his post": no body left
            code = self._body_left(code, targets)  # "quit the African Union": it leaves the body
        elif child_of(tok, ("dobj",)) is None:
            code = self._body_left(code, targets)  # "withdrew from the Arab League": it leaves the body
        found = self._pairs(code or pattern.reverse, tok, sources, targets, pattern.text, actors)
        if pattern.layer and len(sources) < 2:
            found = [f for f in found if f.target is not None]  # its own place is no second actor
        if pattern.reverse:
            # PETRARCH [xxx:yyy]: the target does yyy to the source as well; [:yyy] only that
            back = [Found(pattern.reverse, f.anchor, f.target, f.source, f"{f.pattern} (reverse)", reverse=True)
                    for f in found if f.target is not None]
            found = back if not code else found + back
        return found

    def _commerce(self, code: str, sources: list[Actor]) -> bool:
        """A PETRARCH pattern's code of `private_layer_roots` done by firms alone (`private_sectors`): the
        dictionary's patterns of contracts, purchases, offices and programs read a firm's business as a state's
        act ("awarded a contract", "closed its office in Lima", "launched a note program")."""
        return bool(sources) and code[:2] in self.rules["private_layer_roots"] and all(map(self._private, sources))

    def _body_left(self, code: str, targets: list[Actor]) -> str:
        """A withdrawal whose every target is an international body leaves it (rules.yaml `body_left_codes`:
        "withdrew from the Arab League", "its withdrawal from the Commonwealth"); any other code is itself."""
        if code in self.rules["body_left_codes"] and targets and all(t.kind == "igo" for t in targets):
            return self.rules["body_left_codes"][code]
        return code

    def _mishap(self, verb: Token, nouns: str = "mishap_nouns") -> bool:
        """The verb's subject (or the noun its relative clause qualifies) is a disaster or accident
        (`mishap_nouns`), or another list of rules.yaml `nouns` of no doer (`market_nouns`); or the verb says
        what an accident did (`mishap_verbs`: "the ferry capsized, drowning 40 people")."""
        if nouns == "mishap_nouns" and verb.dep_ in ("advcl", "conj") \
                and verb.head.lemma_.lower() in self.rules["mishap_verbs"] \
                and (verb.tag_ == "VBG" or verb.dep_ == "conj") \
                and not any(c.dep_ in (*SUBJECT_DEPS, "mark") for c in verb.children):
            # "the airliner crashed into a mountain, killing 520 people": the accident's own participle or
            # conjunct; a clause of its own is not ("the truce collapsed as Russian troops shelled Kharkiv")
            return True
        subj = subject_of(verb)
        noun = antecedent(subj) if subj is not None else None
        return noun is not None and noun.lemma_.lower() in self.rules[nouns]

    def _shows(self, verb: Token, pattern: Pattern) -> bool:
        """A verb of `gathering_heads` coded by its head alone that has an object or a clause of its own
        ("demonstrated its commitment", "demonstrated that talks work"): a showing, not a rally."""
        return not pattern.words and not pattern.layer and verb.lemma_.lower() in self.rules["gathering_heads"] \
            and any(c.dep_ in ("dobj", "ccomp") for c in verb.children)

    def _question(self, tok: Token) -> bool:
        """ "Asked to comment, the minister said", "was asked about the talks", "asked whether Iran would attend":
        a question put, not an appeal (rules.yaml `question_heads`)."""
        if tok.lemma_.lower() not in self.rules["question_heads"]:
            return False
        if is_passive(tok) or tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in tok.children):
            if child_of(tok, ("agent",)) is None:
                return True
        if any(c.dep_ == "prep" and c.lower_ in self.rules["question_preps"] or c.dep_ == "xcomp"
               and c.lemma_.lower() in self.rules["question_acts"] for c in tok.children):
            return True
        return any(c.dep_ in ("ccomp", "advcl", "xcomp") and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ in self.rules["question_marks"]
            or m.tag_ in ("WDT", "WP", "WRB") and m.i < c.i for m in c.children) for c in tok.children)

    def _provision(self, tok: Token) -> bool:
        """ "The plan calls for a ceasefire": a document provides for what it names; it appeals to no one."""
        if tok.lemma_.lower() not in self.rules["provision_verbs"]:
            return False
        subject = child_of(tok, ("nsubj",))
        return subject is not None and subject.lemma_.lower() in self.rules["provision_nouns"]

    def _doer_slots(self, verb: Token, actors: DocActors) -> dict[str, Token]:
        """The kinds of doer (rules.yaml `doer_kinds`) the verb's subject, or a passive's agent, is of, as the slots
        "@kind" that patterns name ("roll into + @armed"): by its noun or a compound before it ("army tanks"), or
        by its actor's sector (IMG: an international militant group)."""
        if is_passive(verb):
            agent = child_of(verb, ("agent",))
            doer = child_of(agent, ("pobj",)) if agent is not None else None
        else:
            doer = subject_of(verb)
            if doer is None and verb.dep_ == "conj":  # "crossed the border and entered the town"
                doer = subject_of(verb.head)
            if doer is None and verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                             for a in verb.children):
                doer = subject_of(verb.head)  # "summoned the envoy to protest": a purpose is the subject's
        if doer is None:
            return {}
        if doer.lemma_.lower() in self.quantities:  # "a first batch of peacekeepers arrived"
            doer = next((child_of(c, ("pobj",)) for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"),
                        None) or doer
        words = {doer.lemma_.lower(), *(c.lemma_.lower() for c in doer.children if c.dep_ == "compound")}
        found = actors.actors(doer)
        sectors = {("IMG" if a.code[:3] == "IMG" else a.code[3:6]) for a in found}
        kinds = {a.kind for a in found}
        return {DOER + name: doer for name, kind in self.rules["doer_kinds"].items()
                if words & set(kind["words"]) or sectors & set(kind["sectors"])
                or kinds & set(kind.get("actor_kinds", ()))}

    def _crowd(self, subj: Token | None) -> list[Actor]:
        """ "Thousands rallied", "tens of thousands marched": a subject that only counts people (`crowd_words`,
        with no "of" naming whom) is civilians, of the country of the place named."""
        counted = subj
        while counted is not None and counted.lemma_.lower() in self.rules["crowd_words"]:
            of = next((c for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                phrase = subj.doc[subj.left_edge.i:counted.i + 1]
                return [Actor(UNKNOWN + "CVL", phrase.text, phrase.start_char, phrase.end_char, "agent")]
            counted = child_of(of, ("pobj",))
        return []

    def _many(self, verb: Token, targets: list[Actor]) -> bool:
        """The people the verb acts on are many: its object is counted at rules.yaml `mass_count` or more
        ("40,000 Iranians"), or is a people named by its ethnic group and not counted ("ethnic Albanians")."""
        obj = child_of(verb, ("nsubjpass",) if is_passive(verb) else ("dobj",))
        if obj is None:
            return False
        counts = [c for c in obj.children if c.dep_ == "nummod"]
        for count in counts:
            if count.lemma_.lower() in ("thousand", "million"):  # "two million refugees"
                return True
            try:
                number = float(count.text.replace(",", ""))
            except ValueError:
                continue
            if number >= self.rules["mass_count"]:
                return not self._sojourners(verb)
        return not counts and all(t.kind == "ethnic" for t in targets)

    def _sojourners(self, verb: Token) -> bool:
        """The people the verb acts on are of rules.yaml `sojourner_nouns`, people in a country not their own
        ("40,000 migrants", "hundreds of Ethiopian workers"), however many."""
        obj = child_of(verb, ("nsubjpass",) if is_passive(verb) else ("dobj",))
        while obj is not None and obj.lemma_.lower() in self.rules["mass_words"]:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = child_of(of, ("pobj",)) if of is not None else None
        return obj is not None and obj.lemma_.lower() in self.rules["sojourner_nouns"]

    def _own_command(self, tok: Token, lemma: str, slots: dict[str, Token]) -> bool:
        """A head of `command_heads` whose own pattern with words fits ("ordered three diplomats to leave")."""
        if lemma not in self.rules["command_heads"]:
            return False
        match = best_match(self.codebook.verbs.get(lemma, []), slots, index=self.codebook.verbs_index.get(lemma))
        return match is not None and bool(match[0].words)

    def _names_group(self, tok: Token, slots: dict[str, Token]) -> bool:
        """A pattern of ours for the verb names the noun after "to" that a complement head would read as the act
        agreed or refused to ("agree (to demand)": "agreed to Egyptian demands" yields; "agreed to a truce"
        stays an intent)."""
        patterns = [p for x in verb_forms(tok) for p in self.codebook.verbs.get(x, ())
                    if any(w.startswith("to>") for w in p.words)]
        return bool(patterns) and best_match(patterns, slots) is not None

    def _verb_match(self, tok: Token, slots: dict[str, Token]
                    ) -> list[tuple[list[Pattern], tuple[Pattern, dict[str, Token]]]]:
        """The patterns of the verb's head and the best of them that fits, in the order they are tried: of
        ours (verbs.yaml, any form of the verb) and of the PETRARCH layer's (matched over the slots its
        patterns name): ours first, unless the PETRARCH pattern refines it (match.outranks)."""
        forms = verb_forms(tok)
        ours = None
        for x in forms:
            patterns = self.codebook.verbs.get(x)
            match = best_match(patterns, slots, index=self.codebook.verbs_index.get(x)) if patterns else None
            if match is not None:
                ours = (patterns, match)
                break
        heads = [x for x in forms if x in self.codebook.under]
        if heads and not self._calls_off(tok):
            pslots = self._petrarch_slots(tok, slots)
            for x in heads:
                match = best_match(self.codebook.under[x], pslots, distinct=True,
                                   index=self.codebook.under_index.get(x))
                if match is not None:
                    if ours is not None and not outranks(match[0], ours[1][0]):
                        return [ours]
                    if self._noun_of_ours(tok, match[0], pslots):
                        # "launched artillery fire", "called off sanctions": our noun codes it
                        return [ours] if ours is not None else []
                    return [(self.codebook.under[x], match)] + ([ours] if ours is not None else [])
        return [ours] if ours is not None else []

    def _petrarch_slots(self, verb: Token, slots: dict[str, Token]) -> dict[str, Token]:
        """The slots PETRARCH patterns name (`petrarch_slots`), but for a word of `people_not_phrases` standing for
        a set that has it only as a phrase's last word: "struck Kurdish fighters" names people, not the set of
        aircraft that has "F/A-18 fighter"."""
        out = petrarch_slots(verb, slots, self.codebook.sets_of)
        people, phrased = self.people_not_phrases, self.codebook.phrase_sets_of
        return {k: t for k, t in out.items()
                if "&" not in k or t.lemma_.lower() not in people
                or "&" + k.split("&", 1)[1] not in phrased.get(t.lemma_.lower(), frozenset())}

    def _predicate(self, verb: Token, slots: dict[str, Token]) -> dict[str, Token]:
        """ "ordered three diplomats to leave": a verb of `object_predicates` after the verb's object, saying what
        the object is to do, is a word a pattern may name."""
        obj = child_of(verb, OBJECT_DEPS)
        if obj is None:
            return slots
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > obj.i and child.lemma_.lower() in self.rules["object_predicates"] \
                    and not any(c.dep_ == "prep" and c.lower_ == "for" for c in child.children):
                # "told the troops to leave for the front" sends them somewhere: no order out
                return {**slots, child.lemma_.lower(): child}
        return slots

    def _judged(self, verb: Token, slots: dict[str, Token]) -> dict[str, Token]:
        """ "called Sudan's move a provocation", "labelled the Chinese move a provocation": for a verb of
        `judgement_verbs`, the judgement the parser hangs on the object's noun (read as a predicate noun, or as a
        verb right after the object with no "to" or subject of its own) is a word of the verb."""
        if verb.lemma_.lower() not in self.rules["judgement_verbs"]:
            return slots
        obj = child_of(verb, ("dobj",))
        out = dict(slots)
        for child in verb.children:
            if child.i < verb.i:
                continue
            noun = child.dep_ in ("dobj", "oprd") and child.pos_ == "NOUN"
            # "branded the Sudanese move a provocation" may also be read as a clause whose subject is "the Sudanese"
            before = obj if obj is not None else child_of(child, SUBJECT_DEPS)
            verbal = child.dep_ in ("xcomp", "ccomp") and before is not None and child.i == before.right_edge.i + 1 \
                and not any(c.dep_ in ("aux", "mark") or c.dep_ in SUBJECT_DEPS and c.i != before.i
                            for c in child.children)
            if noun or verbal:
                for word in child.children:
                    if word.i > child.i and word.dep_ in ("dobj", "acomp", "oprd", "attr"):
                        out.setdefault(word.lemma_.lower(), word)
        return out

    def _goods(self, verb: Token, slots: dict[str, Token]) -> dict[str, Token]:
        """ "provided Vietnam with a loan", "supplied the rebels with missiles": for a verb of `with_goods_verbs`
        whose object is a party, what it gives after "with" stands where the object would (the party stays
        the target)."""
        if not any(f in self.rules["with_goods_verbs"] for f in verb_forms(verb)):
            return slots
        obj = child_of(verb, OBJECT_DEPS)
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        goods = self._amount_of(child_of(prep, ("pobj",))) if prep is not None else None
        if obj is None or obj.pos_ not in ("PROPN", "NOUN") or goods is None or goods.pos_ != "NOUN":
            return slots
        out = dict(slots)
        out.setdefault(goods.lemma_.lower(), goods)
        for mod in goods.children:
            if mod.dep_ in ("compound", "amod"):
                out.setdefault(mod.lemma_.lower(), mod)
        return out

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
        the sanctions"), or the noun names its own doer ("praised the minister's visit"): that event is ours to
        code."""
        lemma = verb.lemma_.lower()
        status = lemma in self.facts.governors or any(
            f"{lemma} {c.lower_}" in self.facts.phrasal for c in verb.children if c.dep_ in ("prt", "prep"))
        lends = status or self._support(verb)
        obj = child_of(verb, OBJECT_DEPS)
        for t in (*(slots[w] for w in pattern.words), *((obj,) if obj is not None else ())):
            if not lends and not any(c.dep_ == "poss" for c in t.children):
                continue
            nouns = self.codebook.nouns.get(t.lemma_.lower()) if t.pos_ in ("NOUN", "PROPN") else None
            if nouns and best_match(nouns, slots_of(t, passive=False)) is not None:
                return True
        return False

    def _describes_party(self, tok: Token, actors: DocActors) -> bool:
        """A present participle that says what a party is or does ("firms helping the regime bust sanctions",
        "banks financing the government"): a description, no event of its own unless it says when it happened
        ("troops firing on the crowd on Friday")."""
        if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.i > tok.head.i:
            return False  # "the Japanese premier, visiting Seoul, laid a wreath": set off, it says what he did
        if not self._may_act(tok.head):
            return False  # "a resolution calling for sanctions" is no party
        return not any(c.dep_ == "prep" and is_temporal(c) or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
                       for c in tok.children)

    def _weapon(self, tok: Token, code: str, actors: DocActors) -> tuple[Token, str, list[Actor]] | None:
        """ "A roadside bombing killed ...", "was killed in a car bomb explosion", "an Israeli air strike
        wounded ...": a violent event noun as the doer gives the code, and its own source or, when it names
        none, unidentified attackers (---UAF)."""
        if is_passive(tok):
            holders = [c for c in tok.children
                       if c.dep_ in ("agent", "prep") and c.lower_ in self.rules["doer_noun_preps"]]
            nouns = [n for h in holders for n in h.children if n.dep_ == "pobj"]
        else:
            nouns = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        for noun in nouns:
            # "two suicide bombers killed ...": a doer whose role names the means
            role = " ".join(t.lemma_.lower() for t in noun.doc[max(noun.i - 1, 0):noun.i + 1])
            means = self.rules["means_of_doers"].get(role) or self.rules["means_of_doers"].get(noun.lemma_.lower())
            if means and (code.endswith("0") and means[:2] <= code[:2] or means.startswith(code)):
                # the means refines a general act ("gunmen killed"), never a specific one ("gunmen abducted"),
                # nor unconventional violence (18) into conventional force (19: "gunmen attacked a hotel")
                doers = self.subjects(tok, actors)
                if doers:
                    return noun, means, doers
            match = best_match(self.codebook.nouns.get(noun.lemma_.lower(), []), slots_of(noun, passive=False))
            if match is None or match[0].code[:2] not in self.rules["force_roots"]:
                continue
            for part in (c for c in noun.children if c.dep_ == "compound"):  # "car bomb explosion"
                inner = best_match(self.codebook.nouns.get(part.lemma_.lower(), []), slots_of(part, passive=False))
                if inner is not None and inner[0].code[:2] in self.rules["force_roots"] \
                        and len(inner[0].code) > len(match[0].code):
                    match = inner
            sources = self._noun_sources(noun, actors, support=False) or self._between(noun, actors)
            if not sources:
                phrase = noun.doc[noun.left_edge.i:noun.i + 1]
                sources = [Actor(UNKNOWN + "UAF", phrase.text, phrase.start_char, phrase.end_char, "agent")]
            return noun, match[0].code, sources
        return None

    def _complement_event(self, head: Token, family: Pattern, slots: dict[str, Token], actors: DocActors,
                          consumed: set[int], sources: list[Actor] | None = None) -> list[Found] | None:
        """ "agreed to meet", "refused to negotiate", "called for talks": the code follows what is governed."""
        governed = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if governed is not None and governed.lemma_.lower() in self.rules["helping_verbs"]:
            # "ready to help mediate an end to the war": the act helped, when it is coded; else the help
            helped = next((c for c in governed.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                           and c.tag_ == "VB" and self._inner(c) is not None), None)
            governed = helped or governed
        while governed is not None and governed.lemma_.lower() in self.rules["aspect_verbs"]:
            # "pledged to continue supporting Syria", "agreed to resume talks": the act continued or begun
            governed = next((c for c in governed.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
                or (governed if self._inner(governed) is not None else None)
            if governed is not None and governed.lemma_.lower() in self.rules["aspect_verbs"]:
                break
        controlled = child_of(head, OBJECT_DEPS)
        if governed is None and family.code in ("02", "10") and controlled is not None and self._may_act(controlled):
            # "demanded the parties to allow ...": an object-control infinitive the parser hangs as advcl
            governed = next((c for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        elif governed is None and controlled is None and not family.words:
            # "threatened on Friday to expel ...": a time phrase between makes the parser hang the infinitive
            # as advcl; a bare head ("threaten", "agree", "refuse") governs it as its complement
            governed = next((c for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > head.i
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                             and not any(m.dep_ == "mark" for m in c.children)), None)
        if governed is None and family.words and slots.get(family.words[-1]) is not None:
            # "expressed its willingness to mediate": the infinitive hangs on the head's noun
            governed = next((c for c in slots[family.words[-1]].children if c.dep_ == "acl" and c.pos_ == "VERB"
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if governed is not None and governed.lemma_.lower() in self.rules["emulation_verbs"]:
            # "threatened to follow Brazil in cutting ties with Colombia": the act is cutting ties
            governed = next((g for c in governed.children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), governed)
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if head.lemma_.lower() in self.rules["subjunctive_heads"] and not family.words and (
                governed is not None or clause is None or not subjunctive(clause, head)):
            return None  # "insisted that Russia had withdrawn" reports; "insisted that Russia withdraw" demands
        inner, targets, inner_code, asked_of, suffers = None, [], "", [], ""
        if governed is None and clause is not None:
            if family.code == "13" and _done(clause):
                return None  # "warned that Iran had attacked a tanker" reports a past act; a threat is of one to come
            governed = clause
            inner = self._inner(clause)
            if inner is None and family.code in ("03", "13") and self._comeuppance(clause):
                inner_code = suffers = "13"  # "vowed that Sudan would pay dearly": a threat to the party that will pay
            targets = self.subjects(clause, actors)
            if not targets and inner is not None:
                targets = self._targets(clause, inner[0], inner[1], actors)
        elif governed is not None:
            inner = self._inner(governed)
            if inner is not None:
                targets = self._targets(governed, inner[0], inner[1], actors)
            elif family.code in self.rules["open_act_families"]:
                # "threatened to block Japanese banks": an act no pattern codes is still done to the party
                # it names
                named = self._any_target(governed, actors)
                targets = [named] if named is not None else []
        else:
            if head.lemma_.lower() in self.rules["infinitive_only_heads"]:
                return None
            holder = slots.get(family.words[-1]) if family.words else None
            noun = child_of(holder, ("pobj",)) if holder is not None and holder.dep_ == "prep" else None
            if noun is None and holder is not None and holder.lemma_.lower() in self.rules["complement_nouns"]:
                # "signalled openness to talks": the act the head's noun is open to, on the noun or the head
                noun = next((child_of(c, ("pobj",)) for t in (holder, head) for c in t.children if c.dep_ == "prep"
                             and c.lower_ in self.rules["complement_noun_preps"]), None)
            noun = noun if noun is not None else self._amount_of(child_of(head, OBJECT_DEPS))
            if noun is None and not family.words:  # "opposed to French mediation", "agreed to a truce"
                noun = next((child_of(c, ("pobj",)) for c in head.children if c.dep_ == "prep" and c.lower_ == "to"),
                            None)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                return None
            inner = best_match(self.codebook.nouns.get(noun.lemma_.lower(), []), slots_of(noun, passive=False))
            asked = self.rules["complement_nouns"].get(noun.lemma_.lower())
            nested = None
            if asked:
                _, nested, asked_of = self._noun_governed(noun, asked, actors)
                asked_of = asked_of if asked == "03" else []
                late = next((c for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > noun.i
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
                if nested is None and late is not None:  # "rejected calls to resign": the parser hangs it on the verb
                    nested = self._inner(late)
                    asked_of = self._targets(late, nested[0], nested[1], actors) \
                        if nested is not None and asked == "03" else []
            if nested is not None:
                # "rejected calls for a ceasefire", "turned down Ukraine's request for air defence systems",
                # "rejected the offer of talks": the answer is to the act asked for, demanded or offered
                inner_code = self.codebook.complement(asked, nested[0].code)
            elif inner is None:
                return None
            if inner is not None and head.lemma_.lower() in self.rules["deed_heads"] and inner[0].code[:2] >= "11":
                return None  # "committed atrocities": done, and coded by the verb's own pattern
            governed = noun
            consumed.add(noun.i)
            if inner is not None and inner[0].target_prep:
                targets = self._targets(noun, inner[0], inner[1], actors)
            elif inner is not None and family.code in self.rules["open_act_families"]:
                # "threatened retaliation against Peru", "vowed reprisals against Cambodia": the act threatened
                # or vowed is done to the party its noun names
                targets = self._noun_targets(noun, actors, inner[0].code)
        if inner is not None and inner[0].text in self.rules["body_only_patterns"]:
            # "threatened to quit the African Union": a body left; "insisted the rebels leave the city": no pattern
            if targets and all(t.kind == "igo" for t in targets):
                inner_code = self._body_left(inner[0].code, targets)
            else:
                inner = None
        if not inner_code:
            inner_code = inner[0].code if inner else ""
        # "vowed never to negotiate", "urged Iran not to sign": the act is one the head says will not be done
        refrained = governed.pos_ in ("VERB", "AUX") and self.facts.negated(governed)
        code = self.codebook.complement(family.code, inner_code, negated=refrained)
        if not code:
            return None
        if sources is None:
            sources = self.subjects(head, actors)
        if inner is not None and inner[0].layer and self._commerce(code, sources):
            return []  # "the bank agreed to award a contract": the act agreed is a firm's business
        if len(sources) >= 2 and code.startswith(self.reciprocal) and governed.pos_ in ("VERB", "AUX"):
            # "Colombia and the ELN agreed to meet in Havana": parties that will act together intend it toward
            # each other, not toward the place
            targets = [t for t in targets if not self._only_a_place(t, governed)]
        if code in self.rules["accepting_codes"] and governed.pos_ in ("NOUN", "PROPN"):
            # "agreed to Qatari mediation", "accepted Norway's mediation": the act intended is another's, so
            # it is accepted (038), from the one it is done by
            doers = [d for d in self._noun_sources(governed, actors, support=False)
                     if all(d.code[:3] != s.code[:3] for s in sources)]
            if doers:
                code, targets = self.rules["accepting_codes"][code], doers
        reciprocal = self._each_other(head) if len(sources) >= 2 else None
        if reciprocal is None and len(sources) >= 2 and governed.pos_ == "VERB" and self._exchanged(governed):
            reciprocal = governed  # "Russia and Ukraine agreed to exchange prisoners"
        if reciprocal is not None:  # "Greece and Turkey threatened each other with sanctions"
            return self._reciprocal(code, head, sources, reciprocal, f"{family.text} → {governed.lemma_}", actors)
        own_side = bool(targets) and all(any(t.code[:3] == s.code[:3] for s in sources) for t in targets)
        if governed is clause and not own_side and family.code in self.rules["own_act_families"]:
            return None  # "admitted the Iranians had occupied ground" claims no act of its own
        foreseen = self.rules["foreseen_act_codes"].get(family.code)
        if foreseen and governed is clause and targets and not suffers and not is_passive(clause) \
                and all(t.known and all(t.code[:3] != s.code[:3] for s in sources) for t in targets) \
                and child_of(head, OBJECT_DEPS) is None \
                and not any(c.dep_ in ("dative", "iobj") for c in head.children):
            # "Poland warned that Russia could retaliate": another's act foreseen, no threat of the speaker's
            return self._pairs(foreseen, head, sources, targets, f"{family.text} → {governed.lemma_} (foreseen)",
                               actors)
        if governed is clause and own_side:
            # "warned that the United States would destroy X": the speaker's own side acts; its target is X's
            if inner is None:
                other = []
            elif family.code in self.rules["own_act_families"]:  # "denied it had sent troops into Lebanon"
                other = self._acted_on(clause, inner, {s.code[:3] for s in sources}, actors)
            else:
                other = self._targets(clause, inner[0], inner[1], actors)
            named = self._any_target(clause, actors)
            targets = other or ([named] if _other_side(named, sources) else
                                [t for t in targets if _other_side(t, sources)])
        # "Egypt's army chief warned that Egypt would close the canal": the speaker's own side is no target; with
        # no other party named below either (as "warned the United States it may retaliate" names one), the head
        # states nothing here (an intent of its own is the reporting frame's, frames.py)
        own_only = governed is clause and own_side and not targets
        obj = child_of(head, OBJECT_DEPS) or (child_of(head, ("nsubjpass",)) if is_passive(head) else None)
        if obj is not None and family.code in ("02", "10", "13"):
            # "threatened Russia with sanctions", "Israel was urged by the U.S. to show restraint"
            inside = actors.find_in(obj) if obj != governed else None
            targets = actors.actors(obj) or ([inside] if inside is not None else targets)
        elif family.code in ("02", "10", "13"):
            # "NATO called on Russia to withdraw from Georgia", "appealed to Israel to let fuel into Gaza": the
            # party asked is the target, not the one the act asked for names
            asked = next((found for c in head.children if c.dep_ in ("prep", "dative")
                          and c.lower_ in self.rules["complement_target_preps"]
                          for found in [actors.actors(child_of(c, ("pobj",)) or c)] if found), None)
            targets = asked or targets
        if not targets:
            pobj = next((child_of(c, ("pobj",)) for c in head.children
                         if c.dep_ in ("prep", "dative") and c.lower_ in self.rules["complement_target_preps"]), None)
            if pobj is None:  # "offered Kyiv a package of aid", "promised Ukraine more tanks": the one given to
                pobj = next((c for c in head.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN")),
                            None)
            if pobj is None and is_passive(head) and child_of(head, ("dobj",)) is not None:
                pobj = child_of(head, ("nsubjpass",))  # "Greece was offered a loan by the EU": the one given to
            targets = actors.actors(pobj) if pobj is not None else []
        if not targets and code[:3] in self.rules["own_act_families"] and governed.pos_ == "NOUN" \
                and self._charge(governed):
            targets = self._claimed(governed, head, actors)  # "rejected accusations that it had sent troops ..."
        if not targets and governed.pos_ in ("NOUN", "PROPN"):
            # "rejected Saddam Hussein's proposal", "welcomed a Swiss peace plan": the one whose act is
            # accepted, refused or demanded is the target
            targets = [t for t in self._noun_sources(governed, actors, support=False)
                       if not any(t.start == s.start for s in sources)]
        if not targets:
            # "declined an invitation to meet with U.S. officials": the party an offered act names is who
            # offered it; who called for an act ("rejected calls to expel the workers") is not the act's party
            targets = [t for t in asked_of if not any(t.start == s.start for s in sources)]
        if not targets:
            cond = next((c for t in (governed, head) for c in t.children if c.dep_ == "advcl"
                         and any(m.dep_ == "mark" and m.lower_ in self.clause["condition"] for m in c.children)), None)
            targets = self.subjects(cond, actors) if cond is not None else []
        if not targets and code[:2] in self.rules["response_roots"]:
            targets = self._provoker(head, sources, actors)  # "When Israel bombed X, Syria threatened retaliation"
        if not targets:
            targets = self._addressee(head, code, sources, actors)  # "In a letter to Iran, France urged restraint"
        if own_only and not targets:
            return []
        if head.lemma_.lower() in self.rules["command_heads"] and (not _names_party(obj) or all(
                t.code[:3] in {s.code[:3] for s in sources} for t in targets)):
            # "ordered its troops to withdraw", "ordered the army to attack": no demand on another party
            return None
        return self._pairs(code, head, sources, targets, f"{family.text} → {governed.lemma_}", actors)

    def _inner(self, verb: Token) -> tuple[Pattern, dict[str, Token]] | None:
        """The pattern that codes a governed verb ("agreed to [halt arms shipments]"): ours by its lemma,
        else the PETRARCH layer's."""
        lemma = verb.lemma_.lower()
        slots = self._predicate(verb, self._goods(verb, slots_of(
            verb, passive=is_passive(verb), amounts=self.quantities, amount_preps=self.amount_preps)))
        inner = None
        for form in verb_forms(verb):  # "ready to normalise ties": the spelling the dictionary has
            inner = coded(best_match(self.codebook.verbs.get(form, []), slots,
                                     index=self.codebook.verbs_index.get(form)))
            if inner is not None:
                break
        if lemma in self.codebook.under:
            under = coded(best_match(self.codebook.under[lemma], self._petrarch_slots(verb, slots),
                                     distinct=True, index=self.codebook.under_index.get(lemma)))
            if under is not None and (inner is None or outranks(under[0], inner[0])):
                inner = under
        return inner

    def _adjective_events(self, tok: Token, actors: DocActors, consumed: set[int]) -> list[Found]:
        """ "Syria is willing to withdraw its troops", "Israel is opposed to French mediation"."""
        word = tok.lemma_.lower() if tok.pos_ == "ADJ" else tok.lower_
        family = self.rules["complement_adjectives"][word]
        head = tok.head if tok.dep_ in ("acomp", "amod") else tok
        fake = Pattern(family, word, (), None, False, f"{word} to")
        subject = child_of(tok, ("nsubjpass",)) if tok.pos_ == "VERB" else None
        sources = actors.actors(subject) if subject is not None else self.subjects(head, actors)
        return self._complement_event(tok, fake, slots_of(tok, passive=False), actors, consumed, sources) or []

    def _attitude(self, tok: Token) -> bool:
        """A predicate adjective of rules.yaml `attitude_adjectives` ("is concerned", "remained critical"), or
        such a participle as a passive ("is alarmed by")."""
        if tok.lower_ not in self.rules["attitude_adjectives"]:
            return False
        return tok.dep_ == "acomp" or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)

    def _attitude_events(self, tok: Token, actors: DocActors) -> list[Found]:
        """ "Egypt is concerned about Ethiopia's dam", "Japan is alarmed by China's buildup": the subject states
        the attitude toward the party its preposition's phrase names (the phrase's own actor, its doer or the
        first actor inside it)."""
        subject = child_of(tok, ("nsubjpass",)) if tok.dep_ != "acomp" else None
        sources = self._subject_actors(subject, actors) if subject is not None else self.subjects(tok.head, actors)
        if not sources:
            return []
        targets: list[Actor] = []
        for prep in tok.children:
            pobj = child_of(prep, ("pobj",)) if prep.dep_ in ("prep", "agent") else None
            if pobj is None or prep.lower_ not in self.rules["attitude_preps"]:
                continue
            inside = actors.find_in(pobj, depth=5)  # "about the new round of talks with Turkey"
            for found in (actors.actors(pobj), self._noun_sources(pobj, actors, support=False),
                          [inside] if inside is not None else []):
                # "about its talks with Nigeria": its own talks name the other party
                targets = [t for t in found if all(t.start != s.start and t.code != s.code for s in sources)]
                if targets:
                    break
            if targets:
                break
        code = self.rules["attitude_adjectives"][tok.lower_]
        if not targets and code.startswith(tuple(self.rules["clause_target_codes"])):
            # "is hopeful that Pyongyang will return to talks": the party of the clause
            # "is confident Serbia will sign": "that" may be left out, but not changed ("whether", "if")
            holders = (*tok.children, *(tok.head.children if tok.dep_ == "acomp" else ()))  # or on "was"
            clause = next((c for c in holders if c.dep_ == "ccomp" and all(
                m.lower_ == "that" for m in c.children if m.dep_ == "mark")), None)
            subj = child_of(clause, ("nsubj", "nsubjpass")) if clause is not None else None
            targets = [t for t in (actors.actors(subj) if subj is not None else [])
                       if all(t.code[:3] != s.code[:3] for s in sources)]
        if not targets:
            return []
        return self._pairs(code, tok, sources, targets, f"be {tok.lower_}", actors)

    def _exchanged(self, verb: Token) -> bool:
        """A verb of giving in return (`exchange_verbs`) that names no other side after "with"."""
        return verb.lemma_.lower() in self.rules["exchange_verbs"] and not any(
            c.dep_ == "prep" and c.lower_ == "with" for t in (verb, child_of(verb, ("dobj",))) if t is not None
            for c in t.children)

    def _own_agent(self, source: Actor, target: Actor) -> bool:
        """The target is an official or force of no country named ("an envoy"), of the state that is the source
        ("South Korea sent its foreign minister") or of the source's own kind ("Seoul sent its envoy"); not
        another body of the same state ("Congress opposed the Fed action on two Japanese firms")."""
        agents = self.rules["state_agents"]
        sector = target.code[len(UNKNOWN):] if not target.known else target.code[3:]
        return source.known and source.code[3:6] in ("", *agents) and sector[:3] in agents and (
            not target.known or target.code[:3] == source.code and len(source.code) == 3
            or target.code == source.code)


def _own_forces(source: Actor, target: Actor) -> bool:
    """A state acting with its own military ("France ... troops") rather than on it."""
    return len(source.code) == 3 and target.code in (source.code + "MIL", UNKNOWN + "MIL")


def _own_country(target: Actor, sources: list[Actor]) -> bool:
    """The target is the bare country (KEN) of each source, itself a part of that country (KENGOV)."""
    return all(target.code == s.code[:3] != s.code for s in sources)


def _small_clause(verb: Token) -> bool:
    """The verb's complement says what a thing is, with no act of its own: "considers the law unacceptable",
    "considered the offer to be insufficient", "considers the claim a provocation"."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and child_of(c, ("nsubj",)) is not None
               and (c.pos_ in ("ADJ", "NOUN") or c.lemma_ == "be" and child_of(c, ("acomp", "attr")) is not None)
               for c in verb.children)


def _done(verb: Token) -> bool:
    """A clause's verb says the act is done: a past tense or a perfect ("attacked", "had attacked", "has been
    enriching"), with no auxiliary of the future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "would", "shall", "'ll", "wo", "could", "might", "may") for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)


def _other_side(actor: Actor | None, sources: list[Actor]) -> bool:
    """`actor` is of none of the sources' sides: USAGOV and USA are one side, ZWEOPP and ZWEGOV two."""
    return actor is not None and not any(actor.code.startswith(s.code) or s.code.startswith(actor.code)
                                         for s in sources)


def _names_party(noun: Token | None) -> bool:
    """The noun phrase names its party itself: a name, or a name or nationality before the noun ("Turkish
    forces", "the Chinese firm"); "the army" leaves it to the document."""
    return noun is not None and (noun.pos_ == "PROPN" or any(
        t.ent_type_ in ("NORP", "GPE", "ORG") for t in noun.subtree if t.i < noun.i))
