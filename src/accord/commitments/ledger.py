"""Building the ledger: promises become commitments, later claims about the same act become their evidence,
and the status follows from the dated evidence by named rules.

Evidence is the same act: a claim by the promisor (or its agents: the same first three letters of the code)
whose act matches the promised act (verbs of one synonym group and a shared theme word, or two shared theme
words and no clash of CAMEO families), or an explicit reference that resolves to the promise ("its pledge
to ...", "despite its pledge", "has done neither"). Hypothetical, future and modal sentences are never
evidence. Candidates are found through an index by promisor and lemma, so building is linear in the claims.
The sentences about the same things that were not taken (`not_taken`) are worked out for one promise at a time,
when asked, by reading its promisor's claims again: the build keeps only the evidence.
"""

from __future__ import annotations

import functools
import gc
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from spacy.lang.en.lex_attrs import like_num
from spacy.lang.en.stop_words import STOP_WORDS

from ..lexicon.commitments import Lexicon, load_lexicon
from ..records import TITLE, Claim, Commitment, Evidence

PERSON = "person"  # the cue of a claim whose actor is a named person (frame.py sets it)
CALLED_OFF = "called off"  # the cue of a claim that calls off the act its object names (frame.py sets it)
PUT_OFF = "put off"  # the cue of a claim that puts off the act its object names
OBJECT = "object: "  # the cue naming that object's lemma: "object: visit"
COUNT = "count: "  # the cue of how many of its object a promise or act names: "count: 150"
SHARE = "part: "  # the cue of an act done in part (frame.py sets it), before how much: "part: 57 percent"
AGENTLESS = "agentless"  # the cue of a passive act that names no doer ("the prisoners were set free")
RECEIVER = "receiver: "  # with AGENTLESS, the cue of an act received by this party from no named giver
THING = "thing: "  # with AGENTLESS, the cue of the act's subject, what the act is said of: "thing: electricity"
OCCASION = "first since"  # the cue of an occasion said to be the first since a promise of it (frame.py sets it)
SCHEDULED = "scheduled: "  # the cue of the days a promised act is set for, first/last: "scheduled: 2021-04-01/..."
STATUSES = ("pending", "fulfilled", "partial", "unfulfilled", "disputed", "withdrawn")
NOT_EVIDENCE = frozenset({"hypothetical", "future", "modal"})
WINDOW_DAYS = 7  # an assertion and a denial this close together make a dispute, not a change
_REJECTED_KEPT = 12
_READ_BACK = 40  # acts of the same article looked back at when a promise is first read
# "kept its commitments" speaks of the promisor's recent promises: those of the last year, at most this many
GENERAL_DAYS = 365
GENERAL_MAX = 3


def similarity(a: list[str], b: list[str]) -> float:
    """How alike two acts are (0..1): half for verbs of one synonym group, half for the share of theme words
    in common; 0 when `match` would not take them as the same act."""
    ok, shared, _ = match(a, b)
    if not ok:
        return 0.0
    lex = load_lexicon()
    verb = 0.5 if lex.keys(a[0]) & lex.keys(b[0]) else 0.0
    theme = [w for w in a[1:] if w not in lex.generic_words]
    return round(verb + (0.5 * len(shared) / len(theme) if theme else 0.5 * (verb > 0)), 3)


class Words:
    """An act's words as matching reads them, worked out once per claim or commitment: the verb and its keys
    (lemma and synonym groups), the theme (the other words less generic ones) with each word's keys, and the
    names of no actor ("=fordow site"). The theme's parts are worked out when first read: most candidates are
    turned down by their verbs alone (`_may_match`)."""

    __slots__ = ("verb", "verbs", "theme", "theme_keys", "keys", "rest", "names", "exclusive", "_lemmas", "_lex")

    def __init__(self, lemmas: list[str], lex: Lexicon):
        self._lemmas, self._lex = lemmas, lex
        self.verb = lemmas[0] if lemmas else ""
        self.verbs = lex.keys(self.verb)

    def __getattr__(self, name: str):
        """The theme's parts (called only for a slot not yet set)."""
        if name not in _THEME_PARTS:
            raise AttributeError(name)
        # worked out for most acts and promises a party's index hands over, so the lexicon's sets are read once
        # here, not once for each word (an attribute of the lexicon costs more than the set lookup itself), in one
        # loop over the words
        lex = self._lex
        generic, exclusive, keys = lex.generic_words, lex.exclusive, lex.keys
        theme, theme_keys, names, own = [], [], set(), []
        for w in self._lemmas[1:]:
            if w in generic:
                continue
            theme.append(w)
            theme_keys.append(keys(w))
            if w.startswith("="):
                names.add(w)  # names of no actor ("=fordow site")
            if w in exclusive:
                own.append(w)  # words of a set ("short range")
        self.theme, self.theme_keys, self.names, self.exclusive = theme, theme_keys, names, own
        self.rest = rest = frozenset().union(*theme_keys)  # the theme's keys
        self.keys = rest | self.verbs if self.verb not in generic else rest  # every word's
        return getattr(self, name)


_THEME_PARTS = frozenset(("theme", "theme_keys", "keys", "rest", "names", "exclusive"))


def match(promised: list[str], act: list[str], codes: tuple[str, str] = ("", ""), keys: set[str] | None = None,
          negative: bool = False, loose: bool = False) -> tuple[bool, list[str], str]:
    """Whether an act is the promised act: (yes/no, the shared theme words, what matched or why not).

    The same verb (or synonym group) and a shared theme word; or a different verb that still names the act:
    a support verb whose object names the promised verb ("carried out the withdrawal") or, for a promise not to
    act, what it ruled out ("conducted tests", "resumed enriching"); for a promise not to act, the act's verb
    among what it ruled out ("fired a missile" for "refrain from missile tests"). `loose` (a promisor stopping,
    an act set against a promise) takes two shared theme words besides names. Not the same act: names of
    different things, or only a general noun in common. (`keys` is accepted for callers of old and unused.)"""
    if not promised or not act:
        return False, [], "no act words"
    lex = load_lexicon()
    p, a = Words(promised, lex), Words(act, lex)
    ok, shared, why = _match(p, a, codes, negative, loose, lex)
    return ok, shared, _said(p, a, shared, why)


def _match(p: Words, a: Words, codes: tuple[str, str], negative: bool, loose: bool,
           lex: Lexicon, off: str = "", partners: tuple[str, ...] = (), thing: str = "") -> tuple[bool, list[str], str]:
    """`match` on words worked out once; the reason is the last part of what `_said` says. `off`: the object of
    an act calling off or putting off what it names ("scrapped the visit" for "travel to Pyongyang": visit).
    `partners`: the parties doing the act together with its actor ("the two men met", "Kim and Moon talked"):
    an actor the promise names is in the act when it is one of them. `thing`: what an act of no named doer is
    said of (`THING`): a general noun that is that thing names the promised one ("the measures were lifted")."""
    verb = not p.verbs.isdisjoint(a.verbs)
    found = a.keys
    shared = [w for w, k in zip(p.theme, p.theme_keys, strict=True) if not k.isdisjoint(found)]
    if partners and len(shared) < len(p.theme):
        shared += [w for w in p.theme if w[0] == "@" and w not in shared and party(w[1:]) in partners]
    light = lex.light_nouns
    if shared and all(w in light for w in shared) and any(w not in light and w[0] != "=" for w in p.theme) and \
            thing not in shared:
        return False, shared, f"only a general word in common ({', '.join(shared)})"
    if p.names and a.names and not p.names & a.names and not _same_names(p.names, a.names):
        return False, shared, f"names differ ({', '.join(sorted(p.names | a.names))})"
    clash = sorted({w for w in p.exclusive for o in a.theme if o in lex.exclusive[w]}) if p.exclusive else None
    if clash:
        other = sorted({o for w in clash for o in a.theme if o in lex.exclusive[w]})
        return False, shared, f"different things ({', '.join(clash)} / {', '.join(other)})"
    if verb:
        # a verb of the group and an actor in common (the act's target) is not the act when the promise names
        # what it gives or does besides: "provide security guarantees to the North" is not kept by sending the
        # North warm regards ("meet Kim" is by meeting Kim, a meeting is with its actors; "joined" is "join")
        if shared and all(w[0] == "@" for w in shared) and any(w[0] not in "=@" for w in p.theme) and \
                p.verb != a.verb and p.verb not in lex.partner_words:
            return False, shared, "only an actor in common"
        return bool(shared or not p.theme), shared, ""
    common = any(w[0] not in "=@" for w in shared)
    # a meeting promised ("meet Kim", "meet the Turkish president") is named by a meeting held together with the
    # party ("Putin and Erdogan held a summit"), not by talks some official of the promisor held with it
    whole = common or bool(partners) and p.verb in lex.partner_words and any(w[0] == "@" for w in shared)
    if off and (p.verbs & lex.keys(off) or p.verb in lex.support_verbs and lex.keys(off) & p.rest):
        return True, shared, f"{a.verb} calls off or puts off the act its object names ({off})"
    # a promise to ask for an act ("ask parliament to lift the ban", an appeal) is done by that act, of whatever
    # family ("parliament lifted the ban")
    if p.verb in lex.asking_verbs and a.verbs & p.rest and common:
        return True, shared, f"{a.verb} is the act it promised to ask for"
    x, y = codes
    if x and y and _family(x) != _family(y):
        return False, shared, f"CAMEO {x} and {y} are different families"
    # a support verb carries out the act its object names: the promised verb ("carried out the withdrawal"), or
    # for a promise not to act that names what it rules out by its object ("refrain from tests", "not resume
    # tests"), a word of that object; "held talks on its weapons program" does not do a promise not to let
    # Pyongyang use the Games to hide its weapons programs
    if a.verb in lex.support_verbs and whole and (p.verbs & a.rest or negative and (
            p.verb in lex.support_verbs or p.verb in lex.refrain_verbs or p.verb in lex.cessation_verbs)):
        return True, shared, f"{a.verb} carries out the act"
    if negative and a.verbs & p.rest and common:
        return True, shared, f"{a.verb} is what it promised not to do"
    # a promise named by its noun alone ("agreed to a truce") is carried out by a support verb whose first word
    # after it is that noun ("the truce held", "held the ceasefire"), not by one about it ("held talks on the truce")
    if not p.theme and a.verb in lex.support_verbs and a.theme and not p.verbs.isdisjoint(a.theme_keys[0]):
        return True, shared, f"{a.verb} carries out the act its noun names"
    if loose and len(shared) >= 2 and common:
        return True, shared, ""
    # another verb does the act a support verb promised when it is the verb of its object ("passed the reform"
    # for "carry out a reform"), not of what the object is about ("restored relations" is not "hold talks on
    # restoring relations"): the object and a word before it, as written first after the verb; a support verb
    # of the act carries that object too ("held the talks" for "resume talks"; "made progress toward a ceasefire"
    # does not do "keep pushing for a ceasefire")
    lead = _lead(p, lex) if p.verb in lex.support_verbs and common else frozenset()
    if lead and (not a.verbs.isdisjoint(lead) or a.verb in lex.support_verbs and not a.rest.isdisjoint(lead)):
        return True, shared, f"{p.verb} promised the act its object names"
    return False, shared, "a different act"


def _may_match(p: Words, a: Words, negative: bool, loose: bool, off: str, lex: Lexicon) -> bool:
    """False when `_match` cannot take the act, whatever their themes: every way it says yes needs a verb of the
    promised verb's group, an object called off, a promise not to act, a `loose` reading or a support verb on
    either side. A cheap test first: a party's index hands a claim more candidates the more promises the party has
    made, and most of them share theme words only."""
    return not p.verbs.isdisjoint(a.verbs) or bool(off) or negative or loose or a.verb in lex.support_verbs or \
        p.verb in lex.support_verbs or p.verb in lex.asking_verbs


def _lead(p: Words, lex: Lexicon) -> frozenset[str]:
    """The keys of the first two theme words of an act that are no particle or name: a support verb's object
    ("hold talks in May on ...": talks; "carry out a constitutional reform": reform)."""
    lead = [k for w, k in zip(p.theme, p.theme_keys, strict=True) if w not in lex.particles and w[0] not in "=@"]
    return frozenset().union(*lead[:2])


def _same_object(p: Words, a: Words, lex: Lexicon) -> bool:
    """Whether a promise said again is about the same thing: the object one names first is among the other's
    words, either way ("dismantle a rocket engine site" is not said again by "dismantle the enrichment facilities
    at Faya", though both are sites); a promise naming no object but names is about them."""
    first, again = _lead(p, lex), _lead(a, lex)
    return not first or not again or not first.isdisjoint(a.rest) or not again.isdisjoint(p.rest)


def _said(p: Words, a: Words, shared: list[str], why: str) -> str:
    """What matched and why (or why not): "verb ship~ship; theme uranium"."""
    said = f"verb {p.verb}~{a.verb}" if p.verbs & a.verbs else f"verbs {p.verb}/{a.verb} differ"
    said += f"; theme {', '.join(w.lstrip('=@') for w in shared)}" if shared else "; no theme word shared"
    return f"{said}; {why}" if why else said


def _same_names(a: set[str], b: set[str]) -> bool:
    """Whether two sets of names can be the same things: a word in common ("=fordow site", "=fordow")."""
    words = lambda names: {w for n in names for w in n.lstrip("=").split()}  # noqa: E731
    return bool(words(a) & words(b))


def _family(code: str) -> int:
    """CAMEO families: verbal cooperation (01-05), material cooperation (06-08), conflict (09-20)."""
    root = int(code[:2]) if code[:2].isdigit() else 0
    return 1 if root <= 5 else 2 if root <= 8 else 3


def party(code: str) -> str:
    """Who counts as the same actor for a promise: a country with its government and agents (the first three
    letters), but rebels and opposition of a country apart from its state, and each international
    organisation apart ("IGOUNO" is not "IGOEUREEC"); the roles and kinds are commitments.yaml's. Worked out
    once per code: the build asks it of every claim, and a new string for each (about half of the claims, at
    100,000 of them) was a tenth of the memory the build held."""
    lex = load_lexicon()
    found = lex.parties.get(code)
    if found is None:
        if code[:3] in lex.body_kinds:
            found = code[:6]
        else:
            role = code[3:6]
            found = code[:3] + ("/" + role if role in lex.nonstate_roles else "")
        lex.parties[code] = found
    return found


class _Index:
    """One party's commitments by the keys (lemmas, synonym groups) of their act, two by two: the promised
    verb with each theme word, and each pair of theme words, as `match` takes them (a promise with no theme
    word by its verb alone). A claim looks up only the pairs of its own act's keys, and under each only the
    latest LATEST commitments (a restated promise joins its commitment, so a pair holds many only for a
    promisor with many promises about the same things, and the newest of those are the ones later news is
    about), and of all those the latest TAKEN. Pairs are kept as a dict of dicts, first key then second (the
    lesser first), so a claim builds no keys and skips every word no commitment has; buckets hold the
    commitments' places, so a claim gathers them with set unions and orders them as numbers."""

    LATEST = 4
    TAKEN = 8

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.pairs: dict[str, dict[str, list[int]]] = {}
        self.alone: dict[str, list[int]] = {}  # promises with no theme word, by verb key
        self.by_verb: dict[str, list[Commitment]] = {}  # all, by verb key: for "despite the truce"
        self.placed: list[Commitment] = []  # the commitments by place, in the order they were added
        # by place, the promised verb's keys, or None for a promise any act may match by its verb (a promise not
        # to act, a support verb): what `_may_match` reads of a promise, kept beside the places
        self.gate: list[frozenset[str] | None] = []
        self.words: dict[int, Words] = {}  # each commitment's act words, by id, once it is a candidate

    def words_of(self, c: Commitment) -> Words:
        found = self.words.get(id(c))
        if found is None:
            found = self.words[id(c)] = Words(c.lemmas, self.lex)
        return found

    def keys_of(self, words: list[str]) -> list[str]:
        """The words (less generic ones) and their synonym groups, sorted."""
        keys, generic, out = self.lex.keys, self.lex.generic_words, set()
        for word in words:
            if word not in generic:
                out.update(keys(word))
        return sorted(out)

    def add(self, c: Commitment) -> None:
        place = len(self.placed)
        self.placed.append(c)
        lex = self.lex
        verb = c.lemmas[0]
        self.gate.append(None if c.negative or verb in lex.support_verbs or verb in lex.asking_verbs
                         else lex.keys(verb))
        pairs = self.pairs
        verbs, theme = self.lex.keys(c.lemmas[0]), self.keys_of(c.lemmas[1:])
        if c.promisee and _partner_act(c.code, c.lemmas, self.lex):
            # a meeting promised to a party is found by a meeting the two had ("Kim and Moon talked")
            theme = sorted({*theme, "@" + party(c.promisee)})
        for v in verbs:
            self.by_verb.setdefault(v, []).append(c)
            if not theme:
                self.alone.setdefault(v, []).append(place)
        keys = {(v, t) if v < t else (t, v) for v in verbs for t in theme if v != t}
        keys.update((a, b) for i, a in enumerate(theme) for b in theme[i + 1:])
        for a, b in keys:
            pairs.setdefault(a, {}).setdefault(b, []).append(place)

    def of_thing(self, claim: Claim) -> list[Commitment]:
        """Promises named by a noun alone ("agreed to a truce") that an act's first word after its verb names
        ("the truce held"), the latest few per key."""
        if len(claim.lemmas) < 2:
            return []
        placed = self.placed
        return [placed[k] for key in self.lex.keys(claim.lemmas[1]) for k in self.alone.get(key, [])[-self.LATEST:]]

    def named(self, claim: Claim) -> list[Commitment]:
        """Commitments whose verb the claim's object names ("scrapped the visit": promises to travel or visit),
        the latest few per verb key, for a claim calling an act off or putting it off."""
        found: dict[int, Commitment] = {}
        for key in self.lex.keys(called_off(claim)):
            for c in self.by_verb.get(key, [])[-self.LATEST:]:
                found[id(c)] = c
        return list(found.values())

    def candidates(self, claim: Claim, partners: tuple[str, ...] = (),
                   verbs: frozenset[str] | None = None) -> list[Commitment]:
        """Commitments whose act may be the claim's act (checked by `match`); `partners`, the parties doing the
        act with the claim's actor, count as named by it ("the two men met": a promise to meet Kim). With `verbs`
        (the keys of the act's verb, for an act `_may_match` takes only by its verb), those of the latest that
        `_may_match` turns down are left out: found without reading the commitments, which at 10·N are mostly
        far apart in memory."""
        if not claim.lemmas:
            return []
        seen: set[int] = set()
        latest = self.LATEST
        for v in self.lex.keys(claim.lemmas[0]):
            bucket = self.alone.get(v)
            if bucket:
                seen.update(bucket[-latest:])
        pairs = self.pairs
        words = self.keys_of(claim.lemmas)
        if partners:
            words = sorted({*words, *("@" + p for p in partners)})
        for i, a in enumerate(words):
            inner = pairs.get(a)
            if inner is None:
                continue
            for b in words[i + 1:]:
                bucket = inner.get(b)
                if bucket:
                    seen.update(bucket[-latest:])
        if not seen:
            return []
        placed = self.placed
        if verbs is None:
            return [placed[k] for k in sorted(seen)[-self.TAKEN:]]
        gate = self.gate
        return [placed[k] for k in sorted(seen)[-self.TAKEN:] if gate[k] is None or not gate[k].isdisjoint(verbs)]


def _order(c: Claim):
    # a headline (sentence index TITLE) is read after its text, which it sums up: the text's promise is the one
    # made, the headline's the same said again
    where = c.sentence_index if c.sentence_index != TITLE else 1 << 30
    return (c.published or c.date or date.min, c.document_id or 0, where, c.kind != "promise", c.start)


def reading_place(c: Claim) -> tuple[date, int]:
    """Where a claim's document comes in reading order: its date and number (`_order` begins with them)."""
    return c.published or c.date or date.min, c.document_id or 0


_paused = [0]  # builds running with the garbage collector paused, and whether it was on before the first
_pause_lock = threading.Lock()
_was_on = [False]


def _collector_paused(build):
    """Run `build` with the cyclic garbage collector paused (as Mercurial's `util.nogc`): it starts a collection
    every few hundred new containers and a full one each time the survivors grow by a quarter, walking every
    commitment, evidence item and index list made so far, so at 100,000 claims it took a tenth of the build
    and its share grew with the ledger. The ledger makes no cycles, so nothing waits on it; it is back on
    (if it was on) when the last build running ends, even on an error."""

    @functools.wraps(build)
    def paused(*args, **kwargs):
        with _pause_lock:
            if not _paused[0]:
                _was_on[0] = gc.isenabled()
                gc.disable()
            _paused[0] += 1
        try:
            return build(*args, **kwargs)
        finally:
            with _pause_lock:
                _paused[0] -= 1
                if not _paused[0] and _was_on[0]:
                    gc.enable()

    return paused


@_collector_paused
def build_ledger(claims: list[Claim]) -> list[Commitment]:
    """Commitments and their evidence from claims in reading order (articles by date), each with a status and
    the rule that decided it; in the order the promises were made."""
    lex = load_lexicon()
    ledger: list[Commitment] = []
    general: dict[str, list[Claim]] = defaultdict(list)
    parties, doers, several, nobody = _by_party(claims)
    places: list[tuple] = []  # each commitment's place in reading order (`_order` of the promise)
    # a claim bears only on its own party's promises, so each party is read on its own, in reading order
    for own in parties.values():
        first = len(ledger)
        _read_party(own, lex, ledger, general, doers, several, None)
        made = ledger[first:]
        if not nobody:
            # with no act that names no doer, nothing read later bears on the party's promises: they are
            # finished now, while they are still in the processor's cache (at 10·N, taken up one by one at the
            # end, they were mostly not)
            _general(made, general)
            for commitment in made:
                commitment.status, commitment.rule = decide(commitment)
        places += [_order(c.made) for c in made]
    if nobody:
        _agentless(ledger, nobody, lex, doers)
        _general(ledger, general)
        for commitment in ledger:
            commitment.status, commitment.rule = decide(commitment)
    return [ledger[n] for n in sorted(range(len(ledger)), key=places.__getitem__)]


def _by_party(claims: list[Claim]) -> tuple[dict[str, list[Claim]], dict[tuple, tuple[str, ...]],
                                            dict[tuple, tuple[str, ...]], list[Claim]]:
    """The claims of each party in reading order, and the parties of each act by its place ("Kim and Moon
    met"): tuples of strings, which the garbage collector stops tracking, where a set for each of the many acts
    made it walk them all again and again; those of the places of acts by more than one party, looked up for
    every claim (the whole, at 10·N, was too large to stay in the processor's cache, and most places have one
    party); and the acts that name no doer, in reading order (`_agentless`)."""
    parties: dict[str, list[Claim]] = defaultdict(list)
    doers: dict[tuple, tuple[str, ...]] = {}
    several: dict[tuple, tuple[str, ...]] = {}
    alone: dict[str, tuple[str]] = {}  # one tuple for all the places a party acts at alone (most places)
    nobody: list[Claim] = []
    for claim in sorted(claims, key=_order):  # the store gives them nearly in order: a cheap sort
        if AGENTLESS in claim.cues:
            if claim.kind == "act" and claim.lemmas:
                nobody.append(claim)
            continue
        own = party(claim.actor)
        parties[own].append(claim)
        if claim.kind == "act":
            where = (claim.document_id, claim.sentence_index, claim.start)
            found = doers.get(where)
            if found is None:
                doers[where] = alone.get(own) or alone.setdefault(own, (own,))
            elif own not in found:
                doers[where] = several[where] = found + (own,)
    return parties, doers, several, nobody


@_collector_paused
def not_taken(claims: list[Claim], made: Claim) -> list[Evidence] | None:
    """The sentences about the same things as the promise `made` (one of `claims`) that were not taken as its
    evidence, each with the reason, as `build_ledger` would find them: its party's claims read again (with the
    acts done in the same words, for who did them together), only this promise compared; None when `made` makes
    no commitment (it restates one). The claims may be those alone, and before the promise's document
    (`reading_place`) the promises alone: other claims before it bear only on earlier promises."""
    lex = load_lexicon()
    parties, doers, several, _ = _by_party(claims)
    ledger: list[Commitment] = []
    _read_party(parties.get(party(made.actor), []), lex, ledger, defaultdict(list), doers, several, made)
    return next((c.rejected for c in ledger if c.made is made), None)


def _read_party(claims: list[Claim], lex: Lexicon, ledger: list[Commitment], general: dict[str, list[Claim]],
                doers: dict[tuple, tuple[str, ...]], several: dict[tuple, tuple[str, ...]], why_not: Claim | None):
    """One party's claims in reading order: its promises into the ledger, its acts and references as evidence;
    `several`, the parties of the acts done by more than one (`_by_party`). With `why_not` (a promise), only its
    commitment is compared with the acts, and it keeps the candidates it does not take (`rejected`); without,
    none are kept."""
    index = _Index(lex)
    recent: dict[tuple[int | None, int], list[tuple[int, Commitment]]] = {}
    read: list[Claim] = []  # the party's acts read so far in the current document
    spoken: tuple[tuple, list[tuple[Claim, Commitment]]] = ((), [])  # the sentence's promises and their commitments
    for claim in claims:
        where = (claim.document_id, claim.sentence_index)
        if read and read[-1].document_id != claim.document_id:
            read = []
        if spoken[0] != where:
            spoken = (where, [])
        if claim.kind == "promise":
            commitment = _restated(index, claim)
            if commitment is not None:
                _restate(commitment, claim)
            elif claim.lemmas and claim.factuality in ("asserted", "future"):
                commitment = Commitment(claim.actor, claim.promisee, claim.action, claim.lemmas, claim.code, claim,
                                        negative=claim.negative, due=claim.due, deadline=claim.deadline)
                ledger.append(commitment)
                index.add(commitment)
                # "The army freed the fishermen on Monday. ... Chad had pledged to free them": an act the article
                # reports as done (or called off) before the promise, dated on or after it, is evidence too
                if why_not is None or claim is why_not:
                    for act in read[-_READ_BACK:]:
                        why = _consider(commitment, index.words_of(commitment), act, Words(act.lemmas, lex), lex,
                                        doers, None, why_not is not None)
                        if why is not None and why_not is not None:
                            _reject(commitment, act, why)
            else:
                continue
            recent.setdefault(where, []).append((claim.group, commitment))
            spoken[1].append((claim, commitment))
            continue
        if claim.kind == "anaphor":
            named = recent.get((claim.document_id, claim.sentence_index - 1), []) + recent.get(where, [])
            for commitment in {id(c): c for _, c in named}.values():
                kind = "unfulfilled" if claim.factuality == "negated" else _done(commitment, claim, True)[0]
                if kind:
                    _add(commitment, Evidence(kind, claim, 0.8, "refers back to the promises just named"))
            continue
        if claim.kind in ("fulfil", "breach", "withdraw", "contrast"):
            if not _reference(claim, recent.get(where, []), index, why_not) and "general" in claim.cues:
                general[party(claim.actor)].append(claim)  # "kept its commitments", "violated the agreement"
            continue
        if claim.kind in ("act", "cease") and claim.lemmas and claim.factuality == "asserted":
            read.append(claim)
        if spoken[1] and claim.kind == "act" and claim.lemmas:
            _said_after(claim, spoken[1], lex)
        if why_not is None and claim.kind == "act" and claim.factuality in NOT_EVIDENCE:
            # a hypothetical, future or modal act is evidence of no promise (`_done`, whatever its cues) and the
            # build keeps no reasons: it is compared with none (a sixth of the acts, and the candidates of each
            # grow with its party's promises)
            continue
        off = called_off(claim)
        # the build keeps no reasons: a promise `_may_match` turns down by its verb alone is not handed over
        verbs = lex.keys(claim.lemmas[0]) if why_not is None and not off and claim.kind != "cease" and \
            claim.lemmas and claim.lemmas[0] not in lex.support_verbs else None
        found = index.candidates(claim, (), verbs)
        partners = several.get((claim.document_id, claim.sentence_index, claim.start), ()) if several else ()
        if len(partners) > 1:  # "the two men met": promises to meet the other, to whom they were made
            have = {id(c) for c in found}
            found += [c for c in index.candidates(claim, partners, verbs) if id(c) not in have and c.promisee
                      and party(c.promisee) in partners]
        if off:
            found = list({id(c): c for c in found + index.named(claim)}.values())
        if why_not is not None:
            found = [c for c in found if c.made is why_not]
        if found:
            act, keep = Words(claim.lemmas, lex), why_not is not None
            for commitment in found:
                why = _consider(commitment, index.words_of(commitment), claim, act, lex, doers, off, keep)
                if why is not None and why_not is not None:
                    _reject(commitment, claim, why)


def _agentless(ledger: list[Commitment], nobody: list[Claim], lex: Lexicon, doers: dict[tuple, tuple[str, ...]]):
    """Acts that name no doer ("the prisoners were set free", "the sanctions on Togo were lifted"), in reading
    order among all parties' promises made so far and those of its article: the act of the party that promised
    it, when its words name a thing the promise names (not only a number or an actor: its subject, the thing it
    is said of, `THING`) and no other party promised such an act, or all of
    them in one sentence ("Israel and Hamas agreed to extend the truce": "the truce was extended" is theirs).
    Never against a promise not to act: an act of no named doer breaks no one's promise. A thing received by a
    party from no named giver (cue `RECEIVER`) is only for promises to that party (promisee, or named in the act)."""
    index = _Index(lex)
    made = sorted(ledger, key=lambda c: _order(c.made))
    n, touched = 0, {}
    for claim in nobody:
        key = _order(claim)
        # with the promises of its own article: "Chile was taken off the list. ... Biden had promised in April to
        # take it off" (dated on or after the promise, the act reported before it is evidence, as a party's is)
        while n < len(made) and (_order(made[n].made) < key or _order(made[n].made)[:2] == key[:2]):
            index.add(made[n])
            n += 1
        act, taken = Words(claim.lemmas, lex), []
        receiver = next((party(c[len(RECEIVER):]) for c in claim.cues if c.startswith(RECEIVER)), "")
        thing = _cue(claim, THING)
        for commitment in {id(c): c for c in index.candidates(claim) + index.of_thing(claim)}.values():
            if commitment.negative:
                continue  # "missiles were launched": whoever did it, no one is said to have broken a promise
            if receiver and party(commitment.promisee or "") != receiver and not any(
                    w[0] == "@" and party(w[1:]) == receiver for w in commitment.lemmas):
                continue  # "Oman received medical supplies": not the supplies promised to Yemen
            promised = index.words_of(commitment)
            if thing and promised.keys.isdisjoint(lex.keys(thing)):
                continue  # "water supplies returned to the south" restores no telephone service promised there
            ok, shared, _ = _match(promised, act, (commitment.code, claim.code), commitment.negative, False, lex,
                                   thing=thing)
            # a promise named by its noun alone ("agreed to a truce"): the act names that noun first ("the truce
            # held"), not only the verb ("much work remained" for "sanctions would remain")
            if ok and (any(w[0] not in "=@" and not like_num(w) for w in shared) or not promised.theme and act.theme
                       and not promised.verbs.isdisjoint(act.theme_keys[0])):
                taken.append(commitment)
        if len({party(c.promisor) for c in taken}) > 1 and len(
                {(c.made.document_id, c.made.sentence_index, *c.lemmas) for c in taken}) > 1:
            continue  # more than one party promised such an act: whose it is, the text does not say
        if taken:  # "the talks resumed": held by the parties that promised them, with those they promised
            where = (claim.document_id, claim.sentence_index, claim.start)
            doers[where] = tuple(dict.fromkeys(party(p) for c in taken for p in (c.promisor, c.promisee) if p))
        for commitment in taken:
            _consider(commitment, index.words_of(commitment), claim, act, lex, doers, None, False)
            touched[id(commitment)] = commitment
    for commitment in touched.values():
        commitment.evidence.sort(key=lambda e: _order(e.claim))


def _said_after(claim: Claim, spoken: list[tuple[Claim, Commitment]], lex: Lexicon) -> None:
    """"Kim promised in September to visit Seoul by the end of 2018, but did not make the trip": an act after a
    promise in its sentence, by the promisor, of the promised verb's group and about nothing the promise does not
    name, is the promised act (the trip is the visit promised); not done after the deadline that promise names,
    it is not kept."""
    verbs, act = lex.keys(claim.lemmas[0]), None
    for said, commitment in spoken:
        if said.start >= claim.start or verbs.isdisjoint(lex.keys(commitment.lemmas[0])):
            continue
        act = act or Words(claim.lemmas, lex)
        promised = Words(commitment.lemmas, lex).rest
        if any(k.isdisjoint(promised) for k in act.theme_keys):
            continue
        kind, why = _done(commitment, claim)
        if kind == "pending" and said.due and claim.date and claim.date > said.due:
            kind, why = "unfulfilled", f"not done after the deadline it was said with ({said.due})"
        if kind:
            _add(commitment, Evidence(kind, claim, 0.8, f"the act of the promise named before it in the sentence "
                                                        f"({claim.lemmas[0]}); {why}"))


def _restate(commitment: Commitment, claim: Claim) -> None:
    """The same promise said again; with another deadline than the one it had ("now promises to do it by
    March"), the new deadline is the promise's: not done before it, the promise is pending again."""
    due = claim.due
    if not due or due == commitment.due:
        _add(commitment, Evidence("restated", claim, 1.0, "the same promise said again"))
        return
    moved = commitment.due
    commitment.due, commitment.deadline = due, claim.deadline
    if moved is None:
        _add(commitment, Evidence("restated", claim, 1.0, f"the same promise said again, due {due}"))
    else:
        _add(commitment, Evidence("pending", claim, 1.0, f"said again with a new deadline: {due}, was {moved}"))


def _restated(index: _Index, claim: Claim) -> Commitment | None:
    lex = index.lex
    here = (claim.document_id, claim.sentence_index)
    if claim.lemmas and claim.lemmas[0] in lex.accept_verbs and not lex.invitation_nouns.isdisjoint(
            claim.lemmas[1:]) and lex.partner_words.isdisjoint(claim.lemmas[1:]):
        # "would accept the invitation", naming no act of its own: the meeting the article's invitation is
        # for, promised in it before (the party's latest promise of a meeting in the same article)
        for c in reversed(index.placed):
            if c.made.document_id != claim.document_id:
                break
            if not c.negative and _partner_act(c.code, c.lemmas, lex):
                return c
    said: Words | None = None
    found = index.candidates(claim)
    if len(claim.lemmas) == 1 and lex.completion_verbs.intersection(claim.cues):
        # "agreed to complete its withdrawal", naming nothing but the act: the party's latest promises of it
        found = list({id(c): c for c in found + [c for v in lex.keys(claim.lemmas[0])
                                                 for c in index.by_verb.get(v, [])[-_Index.LATEST:]]}.values())
    for c in found:
        if (c.made.document_id, c.made.sentence_index) == here:
            continue  # "will hand A back by May and return B by June": two promises, not one said twice
        if claim.promisee and party(c.promisee or "") != party(claim.promisee) and _names(claim, claim.promisee) \
                and not _names(c.made, claim.promisee):
            continue  # "send police to Haiti", then "send police to Somalia": the act promised to another party
        if c.negative == claim.negative and c.made is not claim and lex.keys(c.lemmas[0]) & lex.keys(claim.lemmas[0]):
            said = said or Words(claim.lemmas, lex)
            if not said.theme or _match(index.words_of(c), said, ("", ""), False, False, lex)[0] and _same_object(
                    index.words_of(c), said, lex):
                return c
    return None


def _names(claim: Claim, code: str) -> bool:
    """Whether a claim's act names the party of `code` ("@SOM" among its words)."""
    return any(w[0] == "@" and party(w[1:]) == party(code) for w in claim.lemmas)


def _reference(claim: Claim, here: list[tuple[int, Commitment]], index: _Index, why_not: Claim | None) -> bool:
    """A promise said to be kept, broken, withdrawn or set against an act: the promise named in the same
    phrase, else the promisor's promise whose act the sentence reports. False when it names none of them
    ("fulfilled its commitments"): a general reference, for `_general`. The promise `why_not` keeps the
    reference when it does not take it."""
    targets = [c for g, c in here if g == claim.group] if claim.group else []
    how = "names the promise in the same phrase"
    if "act noun" in claim.cues and claim.lemmas:  # "despite the truce": the promise of a truce
        named = index.lex.keys(claim.lemmas[0])
        targets = list({id(c): c for v in named for c in index.by_verb.get(v, [])[-_Index.LATEST:]
                        if index.lex.keys(c.lemmas[0]) & named}.values())
        how = f"names the act promised ({claim.lemmas[0]})"
    elif not targets and claim.lemmas:
        act = Words(claim.lemmas, index.lex)
        targets = [c for c in index.candidates(claim)
                   if _match(index.words_of(c), act, (c.code, claim.code), c.negative, True, index.lex)[0]]
        how = "its act is the promised act"
    for commitment in targets:
        kind, why = _judged(claim)
        if kind:
            _add(commitment, Evidence(kind, claim, 0.7, f"{how}; {why}"))
        elif commitment.made is why_not:
            _reject(commitment, claim, why)
    return bool(targets)


def _general(ledger: list[Commitment], general: dict[str, list[Claim]]) -> None:
    """Each commitment takes the latest few general references of its promisor ("kept its commitments")
    from after it was made and within GENERAL_DAYS; they decide only a promise with no evidence of its own."""
    orders: dict[str, list[tuple]] = {}  # each party's references in reading order, as collected
    for commitment in ledger:
        refs = general.get(party(commitment.promisor))
        made = commitment.made
        if not refs:
            continue
        keys = orders.get(party(commitment.promisor))
        if keys is None:
            keys = orders[party(commitment.promisor)] = [_order(c) for c in refs]
        first = bisect_right(keys, _order(made))
        limit = (made.published or made.date or date.min) + timedelta(days=GENERAL_DAYS)
        last = bisect_right(keys, (limit, float("inf")))
        said = {(e.claim.document_id, e.claim.sentence_index) for e in commitment.evidence}
        for claim in refs[max(first, last - GENERAL_MAX):last]:
            if (claim.document_id, claim.sentence_index) in said:
                continue  # the sentence is evidence already, by what it reports
            kind, why = _judged(claim)
            if kind:
                commitment.evidence.append(Evidence(kind, claim, 0.5, f"names the promisor's promises in general; "
                                                                      f"{why}", True))
        commitment.evidence.sort(key=lambda e: _order(e.claim))


def _judged(claim: Claim) -> tuple[str | None, str]:
    value = claim.factuality
    if value in NOT_EVIDENCE:
        return None, f"{value} sentence: not a realised act"
    if claim.kind == "contrast":
        return ("disputed" if value == "disputed" else "unfulfilled"), "an act set against the promise"
    if claim.kind == "withdraw":
        return ("withdrawn", "the promise is withdrawn") if value == "asserted" else (None, f"withdrawal {value}")
    if claim.kind == "breach":
        kind = {"asserted": "unfulfilled", "negated": "fulfilled", "disputed": "disputed"}.get(value)
        return kind, f"said to be broken ({value})"
    if value == "asserted" and _cue(claim, SHARE):  # "had only partly met its pledge"
        return "partial", f"said to be kept in part ({_cue(claim, SHARE)})"
    kind = {"asserted": "fulfilled", "negated": "unfulfilled", "disputed": "disputed"}.get(value)
    return kind, f"said to be kept ({value})"


def _consider(commitment: Commitment, promised: Words, claim: Claim, act: Words, lex: Lexicon,
              doers: dict[tuple, tuple[str, ...]], off: str | None = None,
              keep: bool = True) -> str | Callable[[], str] | None:
    """Take an act as evidence of a commitment, or say why not (a function for a reason worked out only when
    kept, see `_reject`); None when taken or not a candidate. `off` is `called_off(claim)` when the caller has
    it. Without `keep` (the build, which keeps no rejected candidate) no reason is worked out, and an act that
    could be no evidence of the promise whatever its words (a hypothetical sentence) is not compared: the checks
    are all free of effects, so only their order differs, and the evidence is the same."""
    made = commitment.made
    if made is claim or made.sentence_index == claim.sentence_index and made.document_id == claim.document_id:
        return None
    if off is None:
        off = called_off(claim)
    if not _may_match(promised, act, commitment.negative, claim.kind == "cease", off, lex):
        # not the promised act whatever else holds (most candidates): the first reason, worked out when kept
        return functools.partial(_not_taken_why, commitment, promised, claim, act, lex, doers, off) if keep else None
    if not keep:
        done = _done(commitment, claim)
        if done[0] is None:
            return None
    why = _not_the_act(commitment, claim, act, lex, doers, off)
    if why:
        return why
    ok, shared, why = _compared(commitment, promised, claim, act, lex, doers, off)
    if not ok:
        return functools.partial(_said, promised, act, shared, why) if keep else None
    said = _said(promised, act, shared, why)
    kind, why = _done(commitment, claim) if keep else done
    if kind is None:
        return f"{said}; {why}"
    codes = f"; CAMEO {claim.code}" if claim.code else ""
    _add(commitment, Evidence(kind, claim, round(0.5 + 0.5 * min(len(shared), 3) / 3, 3), f"{said}{codes}; {why}"))
    return None


def _not_the_act(commitment: Commitment, claim: Claim, act: Words, lex: Lexicon, doers: dict[tuple, tuple[str, ...]],
                 off: str) -> str:
    """Why an act is not the promised one whatever its words (dated before it, another person, a meeting without
    the promisee, held on other days), or ""."""
    made = commitment.made
    if claim.date and made.date and _before(claim.date, made.date):
        return "the act is dated before the promise"
    if not off and _another_person(made, claim, lex):
        return f"{claim.actor_text} is not {made.actor_text}, who promised to do it in person"
    if OCCASION in claim.cues and _in_person(made, claim, lex):
        return f"an occasion of the parties, not one {made.actor_text} promised to attend in person"
    if not _with_promisee(commitment, claim, act, lex, doers, off):
        return f"a meeting or talks without {commitment.promisee}, the promisee"
    return "" if off else _off_schedule(made, claim, lex)


def _compared(commitment: Commitment, promised: Words, claim: Claim, act: Words, lex: Lexicon,
              doers: dict[tuple, tuple[str, ...]], off: str) -> tuple[bool, list[str], str]:
    """`_match` of the promised act and the claim's, the promisee among the act's doers named by it (only the
    promisee's: its acts are read for why-not, others' not)."""
    partners = (party(commitment.promisee),) if commitment.promisee and party(commitment.promisee) in doers.get(
        (claim.document_id, claim.sentence_index, claim.start), ()) else ()
    return _match(promised, act, (commitment.code, claim.code), commitment.negative, claim.kind == "cease", lex, off,
                  partners, _cue(claim, THING))


def _not_taken_why(commitment: Commitment, promised: Words, claim: Claim, act: Words, lex: Lexicon,
                   doers: dict[tuple, tuple[str, ...]], off: str) -> str:
    """What `_consider` says of an act it does not take for want of a matching verb: the first reason, in its
    order."""
    why = _not_the_act(commitment, claim, act, lex, doers, off)
    if why:
        return why
    _, shared, why = _compared(commitment, promised, claim, act, lex, doers, off)
    return _said(promised, act, shared, why)


def _cue(claim: Claim, prefix: str, default: str = "") -> str:
    """What the claim's first cue that begins with `prefix` says after it ("count: 150": "150"), or `default`;
    read for each candidate a claim is compared with, and most claims have no cue: a plain loop, no generator."""
    for cue in claim.cues:
        if cue.startswith(prefix):
            return cue[len(prefix):]
    return default


def _count(claim: Claim) -> int:
    """How many of its object a claim's act names ("released 39 prisoners"), or 0."""
    return int(_cue(claim, COUNT, "0"))


def called_off(claim: Claim) -> str:
    """The object's lemma of a claim calling off or putting off the act it names ("scrapped the visit"), or ""."""
    return next((c[len(OBJECT):] for c in claim.cues if c.startswith(OBJECT)), "")


def _another_person(made: Claim, claim: Claim, lex: Lexicon) -> bool:
    """Whether an act a person promised to do in person (meet, visit, host: `personal_codes`) is reported of
    another named person of the party ("Trump would meet Kim": not "Pompeo met Kim"); a pronoun or a body
    names no other person."""
    if not _in_person(made, claim, lex) or PERSON not in claim.cues:
        return False
    # names: capitalised words less those capitalised only to open a sentence ("The two men met" names no one)
    words = lambda text: {w for w in text.split() if w[:1].isupper() and w.lower() not in STOP_WORDS}  # noqa: E731
    named = words(claim.actor_text)
    return bool(named) and not words(made.actor_text) & named


def _in_person(made: Claim, claim: Claim, lex: Lexicon) -> bool:
    """Whether a named person promised to do the act in person (meet, visit, host: `personal_codes`)."""
    return (made.code or claim.code).startswith(lex.personal_codes) and PERSON in made.cues


def _with_promisee(commitment: Commitment, claim: Claim, act: Words, lex: Lexicon, doers: dict[tuple, tuple[str, ...]],
                   off: str = "") -> bool:
    """Whether a meeting, visit or talks (`partner_codes`, of the promise or else of the act; with no code,
    `partner_words`) promised to a promisee is had with it: the act names it ("met Kim") or it is one of the
    act's doers ("Kim and Moon met"); other acts need no such check. Calling it off (`off`) names no one
    ("scrapped the visit") or the promisee."""
    promisee = commitment.promisee
    if not promisee or off and not any(w[0] == "@" for w in act.theme):
        return True
    if not _partner_act(commitment.code or claim.code, commitment.lemmas, lex):
        return True
    own = party(promisee)
    return any(w.startswith("@") and party(w[1:]) == own for w in act.theme) or own in doers.get(
        (claim.document_id, claim.sentence_index, claim.start), ())


def _partner_act(code: str, words: list[str], lex: Lexicon) -> bool:
    """Whether an act is had with a counterpart: a meeting, visit or talks (`partner_codes`; with no code,
    `partner_words`: the verb, or a support verb's object)."""
    if code:
        return code.startswith(lex.partner_codes)
    return bool(words) and (words[0] in lex.partner_words or (
        words[0] in lex.support_verbs and len(words) > 1 and words[1] in lex.partner_words))


def _off_schedule(made: Claim, claim: Claim, lex: Lexicon) -> str:
    """Why a meeting held is not the one promised for given days ("hold a summit at the end of April" is not kept
    by a summit in May), or "": a meeting promised with no date is kept by any later one, and talks promised for a
    month go on after it (only `occasion_words` are held on their days)."""
    days = _cue(made, SCHEDULED)
    words = made.lemmas
    if not days or not claim.date or not (words[0] in lex.occasion_words or words[0] in lex.support_verbs and len(
            words) > 1 and words[1] in lex.occasion_words):
        return ""
    first, last = (date.fromisoformat(d) for d in days.split("/"))
    if first - timedelta(days=WINDOW_DAYS) <= claim.date <= last + timedelta(days=WINDOW_DAYS):
        return ""
    return f"held {claim.date}, not on the days it was promised for ({first} to {last})"


def _before(act: date, promise: date) -> bool:
    """Whether an act is dated before the promise; a date the text gives by its month alone ("last month", "in
    June") is read as the month's first day, so an act of the promise's own month is not before it."""
    return act < promise and not (act.day == 1 and (act.year, act.month) == (promise.year, promise.month))


def _done(commitment: Commitment, claim: Claim, anaphor: bool = False) -> tuple[str | None, str]:
    """The effect of an act on a promise of it, and why."""
    value = claim.factuality
    if CALLED_OFF in claim.cues and value == "asserted" and not commitment.negative:
        return "withdrawn", "the promisor's side called it off"
    if PUT_OFF in claim.cues and value == "asserted" and not commitment.negative:
        return "pending", "put off: not done yet, not abandoned"
    if claim.kind == "cease":
        if commitment.negative:
            if value == "asserted":
                return "fulfilled", "stopped doing what it promised not to do"
            return None, "says again that it will not do it"
        if value in ("future", "asserted", "negated"):
            return "withdrawn", "the promisor says it will stop or not do it"
        return None, f"a {value} statement of stopping"
    if value in NOT_EVIDENCE:
        return None, f"{value} sentence: not a realised act"
    if value == "disputed":
        return "disputed", "the act is reported as disputed"
    done = value == "asserted"
    if value not in ("asserted", "negated", "called_off"):
        return None, f"factuality {value}"
    lex = load_lexicon()
    # "agreed to halt the exercises" is kept by suspending them: the promise's own verb of stopping, done
    stopped = claim.lemmas and commitment.lemmas[0] in lex.cessation_verbs and lex.keys(claim.lemmas[0]) & lex.keys(
        commitment.lemmas[0])
    if commitment.negative and not stopped:
        return ("unfulfilled", "the act it promised not to do was done") if done else (
            "fulfilled", "the act it promised not to do was not done")
    if done and claim.lemmas and claim.lemmas[0] in lex.onset_verbs and not lex.keys(claim.lemmas[0]) & lex.keys(
            commitment.lemmas[0]):
        return "partial", f"{claim.lemmas[0]} it: begun, not finished"
    if done:
        part = _cue(claim, SHARE)
        if part:
            return "partial", f"{part}: done in part" if part in lex.part_words else f"{part} of it: done in part"
        promised = commitment.made.amount
        if promised and claim.amount and claim.amount < promised:
            return "partial", f"{claim.amount:,.0f} of {promised:,.0f}"
        promised, given = _count(commitment.made), _count(claim)
        if promised and given and given < promised:
            return "partial", f"{given:,} of the {promised:,} promised"
        return "fulfilled", "the act was done"
    cues = set(claim.cues)
    refused = cues & lex.refusal_verbs
    if refused:
        return "unfulfilled", f"the text says it {' / '.join(sorted(refused))}ed"
    due = commitment.due
    if due and claim.date and claim.date > due:
        return "unfulfilled", f"not done after the deadline ({due})"
    if cues & lex.not_yet_words:
        return "pending", "not done yet, and the text says so ('yet', 'still')"
    if claim.date and claim.published and claim.date != claim.published or _dated_occasion(claim):
        return "pending", "not done on a given day, before any deadline"
    if commitment.made.condition:
        return "pending", "not done, but the promise waits on its condition"
    return "unfulfilled", "the text says it was not done"


def _dated_occasion(claim: Claim) -> bool:
    """"Had not freed the fishermen by Friday": a negation about one day."""
    words = claim.sentence.lower().replace(",", " ").replace(".", " ").split()
    lex = load_lexicon()
    return any(w in words for w in lex.weekdays | lex.day_words)


def _add(commitment: Commitment, evidence: Evidence) -> None:
    """Add evidence to the chain, one item per sentence: the claim of a sentence that bears on the status (not
    a mere restatement) and matches best stands for it ("freed 30 of the sailors, meeting one pledge" is one
    piece of evidence, not two; "withdrew its pledge to allow ..." is a withdrawal, not a restatement). Claims
    come in reading order, so a sentence already in the chain is its last item."""
    where = (evidence.claim.document_id, evidence.claim.sentence_index)
    chain = commitment.evidence
    if chain and (chain[-1].claim.document_id, chain[-1].claim.sentence_index) == where:
        if _rank(evidence) > _rank(chain[-1]):
            chain[-1] = evidence
        return
    chain.append(evidence)
    if commitment.rejected and (commitment.rejected[-1].claim.document_id,
                                commitment.rejected[-1].claim.sentence_index) == where:
        commitment.rejected.pop()


def _rank(e: Evidence) -> tuple:
    """Which of two claims of a sentence stands for it (`_add`): one that decides (done, not done, called off)
    beats one that leaves it pending ("asked him not to travel, scrapping the visit")."""
    return e.kind != "restated", not e.generic, e.kind != "pending", e.score


def _reject(commitment: Commitment, claim: Claim, why: str | Callable[[], str]) -> None:
    """Keep a rejected candidate (one per sentence, a few per commitment) to show why it was not taken; `why`
    may be a function, called only when the candidate is kept."""
    rejected = commitment.rejected
    if len(rejected) >= _REJECTED_KEPT:
        return
    document, sentence = claim.document_id, claim.sentence_index
    for last in (commitment.evidence, rejected):
        if last and last[-1].claim.sentence_index == sentence and last[-1].claim.document_id == document:
            return
    rejected.append(Evidence("rejected", claim, 0.0, why if isinstance(why, str) else why()))


_STATUS_OF = {"fulfilled": "fulfilled", "unfulfilled": "unfulfilled", "partial": "partial", "pending": "pending",
              "disputed": "disputed", "withdrawn": "withdrawn"}


def decide(commitment: Commitment) -> tuple[str, str]:
    """The status that follows from the evidence chain, and the rule that decided it (naming the evidence by
    its position in the chain and its date)."""
    chain = [(n, e) for n, e in enumerate(commitment.evidence) if e.kind != "restated"]
    if not chain:
        return "pending", "no evidence: pending"
    specific = [(n, e) for n, e in chain if not e.generic]
    pool = specific or chain
    general = "" if specific else " (only general references: 'kept its commitments')"
    pool = sorted(pool, key=lambda ne: (ne[1].claim.date or date.min, ne[0]))
    kept, dropped, effective = False, False, []
    for n, e in pool:
        if e.kind == "withdrawn" and kept:
            continue  # a promise kept cannot be withdrawn afterwards; leaving a deal is a new decision
        if dropped and e.kind != "fulfilled":
            continue  # once abandoned, only doing it in full changes the status
        kept = kept or e.kind == "fulfilled"
        dropped = e.kind == "withdrawn"
        effective.append((n, e))
    if not effective:
        return "fulfilled", "kept before any withdrawal"
    n, last = effective[-1]
    when = last.claim.date
    near = [(m, e) for m, e in effective if e.kind in ("fulfilled", "unfulfilled") and when and e.claim.date
            and abs((when - e.claim.date).days) <= WINDOW_DAYS]
    kinds = {e.kind for _, e in near}
    if {"fulfilled", "unfulfilled"} <= kinds and len({(e.claim.document_id, e.claim.reported_by)
                                                       for _, e in near}) > 1:
        cited = ", ".join(f"#{m}" for m, _ in near)
        return "disputed", f"one source says done, another not, within {WINDOW_DAYS} days ({cited}){general}"
    done = next(((m, e) for m, e in effective if e.kind == "fulfilled"), None)
    if not commitment.negative and done and last.kind == "unfulfilled" and last.claim.document_id != done[
            1].claim.document_id:
        return "disputed", f"said done (#{done[0]}, {done[1].claim.date}), later said not done (#{n}, {when}){general}"
    stated = next(((m, e) for m, e in reversed(effective) if e.kind != "disputed"), None)
    if last.kind == "disputed" and stated is not None and stated[1].kind == "unfulfilled":
        # "troops violated the truce", later "Azerbaijan accused Armenia of violating it": the charge agrees
        return "unfulfilled", (f"a breach stated (#{stated[0]}, {stated[1].claim.date}), later also charged "
                               f"(#{n}, {when}){general}")
    due = commitment.due
    if last.kind == "pending" and due and when and when > due:
        return "unfulfilled", f"not done by the deadline {due} (#{n}, {when}){general}"
    status = _STATUS_OF[last.kind]
    rule = {"withdrawn": "the promisor abandoned it", "pending": "not done yet"}.get(status, "latest evidence")
    why = last.matched.rsplit("; ", 1)[-1]
    return status, f"{rule}: #{n} ({when or 'undated'}) {last.kind}, {why}{general}"


def ledger_row(c: Commitment, plover: dict[str, str]) -> tuple[dict, list[dict]]:
    """A commitment as stored (the SQL store, Spark's Parquet): its columns, and its evidence chain as rows;
    documents by the claims' `document_id`. The last evidence date leaves restatements out when there is
    more."""
    chain = [e for e in c.evidence if e.kind != "restated"] or c.evidence
    made = c.made
    row = dict(promisor=c.promisor, promisee=c.promisee, action=c.action, code=c.code, plover=plover.get(c.code, ""),
               status=c.status, made_on=made.date, document_id=made.document_id, sentence_index=made.sentence_index,
               sentence=made.sentence, start=made.start, end=made.end, reported_by=made.reported_by,
               evidence_count=len(c.evidence),
               last_evidence_on=max((e.claim.date for e in chain if e.claim.date), default=None),
               text=made.text, text_start=made.text_start, text_end=made.text_end, condition=made.condition,
               deadline=c.deadline, due_on=c.due, rule=c.rule)
    evidence = [dict(position=n, kind=e.kind, score=e.score, document_id=e.claim.document_id,
                     sentence_index=e.claim.sentence_index, sentence=e.claim.sentence, start=e.claim.start,
                     end=e.claim.end, factuality=e.claim.factuality, actor=e.claim.actor,
                     reported_by=e.claim.reported_by, date=e.claim.date, matched=e.matched, generic=e.generic)
                for n, e in enumerate(c.evidence)]
    return row, evidence
