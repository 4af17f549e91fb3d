"""The CAMEO table, the verb and noun patterns, the coder's rules and the factuality cues, validated on load."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from ..errors import DictionaryError
from .files import Source, located, read_data, read_path, validate, where
from .petrarch import NO_EVENT, VerbDictionary, compile_verbs, looks_petrarch, read_verb_dictionary

TARGET = "+"
DOER = "@"  # a kind of doer named in a pattern ("@armed"), defined under doer_kinds in rules.yaml
SET = re.compile(r"&([a-z][a-z0-9_]*)")  # a synonym set named in a pattern ("&weapon")
_PIECE = re.compile(r"\([^()]*\)|[^\s()]+|[()]")  # a "(prep word ...)" group, a word, or a stray bracket


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: a head lemma, the words that must hang from it, and where the target is."""

    code: str
    head: str
    words: tuple[str, ...]
    target_prep: str | None
    target_object: bool
    text: str
    reverse: str = ""  # a code from target to source as well ([xxx:yyy]), or instead when `code` is ""
    layer: int = 0  # 0: Accord's verbs.yaml, 1: the PETRARCH verb dictionary under it
    default: str = ""  # a PETRARCH verb's code for the verb alone: "own" (the verb's), "block" (its block's)

    @cached_property
    def word_set(self) -> frozenset[str]:
        """`words` as a set, built once: the matcher tests it against a word's slots."""
        return frozenset(self.words)

    @cached_property
    def word_preps(self) -> frozenset[str]:
        """The prepositions of the pattern's `prep>word` keys ("over" of "over>&town"), built once."""
        return frozenset(w.split(">", 1)[0] for w in self.words if ">" in w)

    @property
    def specificity(self) -> int:
        """How many words around the head the pattern names: a PETRARCH `prep>word` key names two."""
        return len(self.words) + sum(">" in w for w in self.words) + (1 if self.target_prep else 0)

    @property
    def no_event(self) -> bool:
        """The pattern says the verb codes nothing here (PETRARCH [---])."""
        return self.code == NO_EVENT


@dataclass(frozen=True)
class PatternIndex:
    """The patterns of a long list by their first word, so that only those whose first word is at hand are
    tried, in their order; the positions of those that name no word apart."""

    bare: tuple[int, ...]
    by_word: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, patterns: list[Pattern]) -> PatternIndex:
        by_word: dict[str, list[int]] = defaultdict(list)
        for n, p in enumerate(patterns):
            if p.words:
                by_word[p.words[0]].append(n)
        return cls(tuple(n for n, p in enumerate(patterns) if not p.words),
                   {w: tuple(ns) for w, ns in by_word.items()})

    def candidates(self, patterns: list[Pattern], words) -> list[Pattern]:
        """The patterns of `patterns` (the list indexed) that name no word or whose first word is in `words`."""
        hits = list(self.bare)
        for w in words:
            hits += self.by_word.get(w, ())
        return [patterns[n] for n in sorted(hits)]


INDEXED_PATTERNS = 16  # a verb with this many patterns or more has them indexed


@dataclass
class Codebook:
    """Everything the coder reads from data files."""

    codes: dict[str, CameoCode]
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    reporting: frozenset[str]
    complements: dict[str, dict[str, str]]
    complement_heads: dict[str, list[Pattern]]
    rules: dict = field(default_factory=dict)
    sources: tuple[tuple[str, str], ...] = ()  # (name, digest) of every file it was built from
    under: dict[str, list[Pattern]] = field(default_factory=dict)  # the PETRARCH verb patterns, tried after `verbs`
    sets_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> PETRARCH synonym sets ("&town")
    # word -> the sets of `sets_of` that have it only as a phrase's last word ("fighter" of "F/A-18 fighter")
    phrase_sets_of: dict[str, frozenset[str]] = field(default_factory=dict)
    conflicts: tuple[str, ...] = ()  # PETRARCH patterns left out because verbs.yaml codes the same words
    problems: tuple[str, ...] = ()  # lines of the PETRARCH file read but not used

    @cached_property
    def under_index(self) -> dict[str, PatternIndex]:
        """An index of the PETRARCH patterns of each verb that has many (`INDEXED_PATTERNS`), built once."""
        return {head: PatternIndex.of(patterns) for head, patterns in self.under.items()
                if len(patterns) >= INDEXED_PATTERNS}

    @cached_property
    def verbs_index(self) -> dict[str, PatternIndex]:
        """The same index of our own verb patterns (verbs.yaml), for the verbs that have many."""
        return {head: PatternIndex.of(patterns) for head, patterns in self.verbs.items()
                if len(patterns) >= INDEXED_PATTERNS}

    def lookup(self, code: str) -> CameoCode | None:
        """The table row of `code`, falling back to its root."""
        return self.codes.get(code) or self.codes.get(code[:3]) or self.codes.get(code[:2])

    def complement(self, family: str, governed: str, negated: bool = False) -> str:
        """The code of a family head ("agreed to", "refused to") governing an event coded `governed`. `negated`:
        the head says the event will not be done ("vowed never to negotiate", "urged Iran not to sign"); the
        table "<family> not" is read first, then rules.yaml `negated_frames` says what the head states instead."""
        if negated:
            code = self.complement(f"{family} not", governed) if f"{family} not" in self.complements else ""
            instead = self.rules.get("negated_frames", {}).get(family)
            if code or instead is None:
                return code or self.complement(family, governed)
            return self.complement(instead, governed) if len(instead) == 2 else instead
        table = self.complements.get(family, {})
        for n in (4, 3, 2):
            if governed and governed[:n] in table:
                return table[governed[:n]]
        return table.get("default", f"{family}0")


class _CodeEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verbs: list[str] = []
    nouns: list[str] = []
    received: list[str] = []


class _VerbFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sets: dict[str, list[str]] = {}
    codes: dict[str, _CodeEntry]
    reporting: list[str] = []
    complements: dict[str, dict[str, str]] = {}
    complement_heads: dict[str, list[str]] = {}

    @field_validator("codes")
    @classmethod
    def _codes(cls, v: dict) -> dict:
        for code in v:
            if not (code.isdigit() and 2 <= len(code) <= 4) and code != NO_EVENT:
                raise ValueError(f"code {code!r} is not a CAMEO code of 2 to 4 digits, nor {NO_EVENT} (no event)")
        return v


class _DoerKind(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    sectors: list[str]
    actor_kinds: list[str] = []


class _RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target_preps: list[str]
    noun_source_preps: list[str]
    noun_target_preps: list[str]
    counterpart_preps: list[str]
    complement_target_preps: list[str]
    time_marks: list[str]
    force_roots: list[str]
    possessed_target_roots: list[str] = []
    harm_verbs: frozenset[str] = frozenset()
    holder_participles: frozenset[str] = frozenset()
    doer_noun_preps: list[str]
    non_state_sectors: list[str]
    state_agents: list[str]
    support_verbs: list[str]
    clause_reporting: list[str]
    targetless_roots: list[str]
    location_preps: list[str]
    border_nouns: list[str]
    linked_codes: dict[str, str]
    linked_patterns: dict[str, str] = {}
    complement_adjectives: dict[str, str]
    attitude_adjectives: dict[str, str] = {}
    attitude_preps: list[str] = []
    act_share_nouns: list[str] = []
    complement_nouns: dict[str, str] = {}
    complement_noun_preps: list[str] = []
    amount_preps: list[str] = ["of"]
    amount_modifiers: frozenset[str] = frozenset()
    accusation_heads: dict[str, Literal["always", "hostile", "addressed"]]
    noun_of_target_roots: list[str]
    quantity_nouns: list[str]
    process_nouns: list[str] = []
    recipient_verbs: list[str]
    plan_heads: list[str]
    reciprocal_roots: list[str]
    one_way_roots: list[str] = []
    one_way_verbs: frozenset[str] = frozenset()
    question_heads: list[str] = []
    question_marks: list[str] = []
    question_preps: list[str] = []
    question_acts: list[str] = []
    question_target_codes: list[str] = []
    own_preps: dict[str, list[str]] = {}
    provision_nouns: list[str] = []
    provision_verbs: list[str] = []
    text_topic_roots: list[str] = []
    compound_act_nouns: list[str] = []
    reciprocal_pronouns: list[str]
    means_of_doers: dict[str, str]
    topic_preps: list[str]
    role_preps: list[str]
    sponsor_preps: list[str] = []
    landing_verbs: list[str] = []
    landing_roots: list[str] = []
    topic_roots: list[str]
    topic_nouns: frozenset[str] = frozenset()
    topic_noun_codes: tuple[str, ...] = ()
    beneficiary_roots: list[str]
    infinitive_only_heads: list[str]
    command_heads: frozenset[str] = frozenset()
    deed_heads: list[str] = []
    address_nouns: list[str] = []
    address_roots: list[str] = []
    roaming_sectors: list[str] = []
    mishap_nouns: list[str] = []
    market_nouns: frozenset[str] = frozenset()
    self_deployed_roots: frozenset[str] = frozenset()
    force_sectors: frozenset[str] = frozenset()
    gathering_heads: frozenset[str] = frozenset()
    suffered_states: dict[str, list[str]] = {}
    own_act_families: list[str] = []
    foreseen_act_codes: dict[str, str] = {}
    deadline_preps: list[str]
    gerund_preps: list[str]
    removal_verbs: list[str] = []
    doer_participles: list[str]
    utterance_nouns: list[str]
    response_roots: list[str]
    cause_marks: list[str]
    open_act_families: list[str]
    comeuppance: list[str] = []
    reaction_phrases: list[str] = []
    listing_preps: list[str]
    companion_preps: list[str]
    act_preps: list[str]
    act_roots: list[str]
    state_verbs: dict[str, list[str]]
    state_nouns: dict[str, str]
    in_state_nouns: frozenset[str] = frozenset()
    counterpart_words: list[str]
    aspect_verbs: list[str] = []
    helping_verbs: list[str] = []
    with_goods_verbs: list[str] = []
    purpose_preps: list[str] = []
    part_nouns: list[str] = []
    part_preps: list[str] = []
    purpose_roots: list[str] = []
    crowd_words: list[str] = []
    crowd_roots: list[str] = []
    protest_purpose_roots: list[str] = []
    protest_roots: list[str] = []
    outbreak_verbs: list[str] = []
    doer_kinds: dict[str, _DoerKind] = {}
    mass_codes: dict[str, str] = {}
    mass_count: int = 0
    sojourner_nouns: frozenset[str] = frozenset()
    mass_words: frozenset[str] = frozenset()
    individual_codes: dict[str, str] = {}
    expulsion_verbs: frozenset[str] = frozenset()
    body_left_codes: dict[str, str] = {}
    body_only_patterns: list[str] = []
    emulation_verbs: list[str] = []
    subjunctive_heads: list[str] = []
    exchange_verbs: list[str] = []
    origin_codes: list[str] = []
    clause_target_codes: list[str] = []
    inquiry_roots: list[str] = []
    thrust_nouns: str = ""  # the name of a set of the verb file ("&thrust")
    inquiry_bodies: str = ""  # the name of a set of the verb file ("&inquiry_body")
    judgement_verbs: str = ""  # the name of a set of the verb file ("&label_verb")
    object_predicates: list[str] = []
    judgment_codes: list[str] = []
    unarmed_sectors: list[str] = []
    mishap_verbs: list[str] = []
    people_not_phrases: frozenset[str] = frozenset()
    act_doer_roots: list[str] = []
    declined_when_negated: dict[str, str] = {}
    comment_words: list[str] = []
    state_trade_codes: list[str] = []
    private_sectors: list[str] = []
    private_layer_roots: list[str] = []
    claim_nouns: list[str] = []
    charge_nouns: list[str] = []
    charged_roots: list[str] = []
    press_codes: list[str] = []
    press_sectors: list[str] = []
    calling_off_verbs: list[str] = []
    accepting_codes: dict[str, str] = {}
    negated_frames: dict[str, str] = {}
    stated_plan_roots: tuple[str, ...] = ("10", "11", "12")
    venue_codes: tuple[str, ...] = ()
    party_nouns: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    topic_verb_codes: tuple[str, ...] = ()
    flow_roots: tuple[str, ...] = ()
    figure_verbs: frozenset[str] = frozenset()
    petrarch_defaults: Literal["none", "own", "new", "all"] = "none"
    petrarch_left_out: list[str] = []


def compile_pattern(code: str, text: str, where: str) -> Pattern:
    """Parse one pattern string without sets ("impose sanction on +", "pull out (of talk)") into a Pattern.
    A group "(prep word ...)" names a preposition and the words of its object, kept as "prep>word" keys (the
    slot keys of nlp.grammar.prep_objects); "(prep +)" is "prep +", "(prep)" the preposition alone, and
    "(prep word ... +)" both: the object named, and the target found in it ("into abuses by the army")."""
    words: list[str] = []
    for piece in _PIECE.findall(text.lower()):
        if piece in ("(", ")") or piece.startswith("(") and "(" in piece[1:]:
            raise DictionaryError(f"{where}: pattern {text!r} has an unmatched bracket")
        if not piece.startswith("("):
            words.append(piece)
            continue
        prep, *rest = piece[1:-1].split() or [""]
        if not prep or prep == TARGET or not words:
            raise DictionaryError(f"{where}: pattern {text!r}: a group must follow the head and start with a "
                                  f"preposition: (prep word ...) or (prep +)")
        if TARGET in rest[:-1]:
            raise DictionaryError(f"{where}: pattern {text!r}: '+' must close its group: (prep word ... +)")
        target = rest[-1:] == [TARGET]
        objects = [f"{prep}>{w}" for w in rest if w != TARGET]
        words += [*objects, prep, TARGET] if target else objects or [prep]
    if not words or words[0] == TARGET:
        raise DictionaryError(f"{where}: pattern {text!r} must start with a head word")
    if any(w.startswith("&") for w in words):
        raise DictionaryError(f"{where}: pattern {text!r} names a set that is not expanded")
    if words.count(TARGET) > 1:
        raise DictionaryError(f"{where}: pattern {text!r} has more than one '+'")
    target_prep, target_object = None, False
    if TARGET in words:
        i = words.index(TARGET)
        if i == 1:
            target_object = True
        else:
            target_prep = words[i - 1]
        words.remove(TARGET)
    rest = tuple(dict.fromkeys(w for w in words[1:] if w != target_prep))
    return Pattern(code, words[0], rest, target_prep, target_object, " ".join(text.split()))


def expand_sets(text: str, sets: dict[str, list[str]]) -> list[str]:
    """The patterns a pattern with sets stands for, one per member of each set named (in the order of the
    members, the first set varying slowest): "&send weapon" -> ["sell weapon", "ship weapon", ...]. A member
    may itself name a set. A set that is not defined raises KeyError naming it."""
    found = SET.search(text)
    if found is None:
        return [text]
    return [out for member in sets[found.group(1)]
            for out in expand_sets(text[:found.start()] + member + text[found.end():], sets)]


def _check_sets(sets: dict[str, list[str]], source: Source) -> None:
    """Each set has a name of one lower-case word and one or more phrases, every set it names is defined, and
    no set contains itself."""
    def visit(name: str, path: tuple[str, ...]) -> None:
        for n, member in enumerate(sets[name]):
            for inner in SET.findall(member):
                if inner not in sets:
                    raise DictionaryError(f"{located(source, ('sets', name, n))}: set &{inner} is not defined "
                                          f"under sets")
                if inner in path:
                    raise DictionaryError(f"{located(source, ('sets', name, n))}: set &{inner} contains itself "
                                          f"(through {' -> '.join('&' + p for p in (*path, inner))})")
                visit(inner, (*path, inner))

    twice = _named_twice(source)
    if twice is not None:
        raise DictionaryError(f"{where(source.name, twice[1], 'sets')}: set {twice[0]!r} is defined twice")
    for name, members in sets.items():
        if not re.fullmatch(SET.pattern[1:], name):
            raise DictionaryError(f"{located(source, ('sets', name))}: set name {name!r} must be a lower-case word "
                                  f"(letters, digits, _)")
        if not members or not all(m.split() for m in members):
            raise DictionaryError(f"{located(source, ('sets', name))}: set {name!r} must list one or more phrases")
    for name in sets:
        visit(name, (name,))


def _named_twice(source: Source) -> tuple[str, int] | None:
    """A set name given twice in the `sets:` mapping of the file's text (YAML keeps the last without a word),
    with the line of its second definition."""
    lines = source.text.splitlines()
    start = next((n for n, line in enumerate(lines) if re.match(r"sets:\s*(#.*)?$", line)), None)
    if start is None:
        return None
    seen, indent = set(), None
    for n in range(start + 1, len(lines)):
        line = lines[n]
        if line.strip() and not line[0].isspace() and not line.startswith("#"):
            break
        key = re.match(r"(\s+)([^\s:#\"']+):", line)
        if key is None or indent is not None and key.group(1) != indent:
            continue
        indent = key.group(1)
        if key.group(2) in seen:
            return key.group(2), n + 1
        seen.add(key.group(2))
    return None


def _compiled(code: str, text: str, sets: dict[str, list[str]], source: Source, loc: tuple) -> list[Pattern]:
    """The patterns of one pattern string of the verb file, its sets expanded; errors name file, line and
    field."""
    try:
        texts = expand_sets(text, sets)
    except KeyError as exc:
        raise DictionaryError(f"{located(source, loc)}: pattern {text!r} names set &{exc.args[0]}, which is not "
                              f"defined under sets") from exc
    out = []
    for concrete in texts:
        try:
            out.append(compile_pattern(code, concrete, ".".join(map(str, loc))))
        except DictionaryError as exc:
            raise DictionaryError(f"{located(source, loc)}: {str(exc).split(': ', 1)[1]}"
                                  + (f" (from {text!r})" if concrete != text else "")) from exc
    return out


def load_table(text: str, name: str = "cameo/codes.tsv") -> dict[str, CameoCode]:
    reader = csv.DictReader(io.StringIO(text), delimiter="\t")
    expected = ["code", "name", "goldstein", "quad_class", "plover"]
    if reader.fieldnames != expected:
        raise DictionaryError(f"{name}: header is {reader.fieldnames}, expected {expected}")
    table = {}
    for n, row in enumerate(reader, start=2):
        try:
            entry = CameoCode(row["code"], row["name"], float(row["goldstein"]), int(row["quad_class"]),
                              row["plover"])
        except (TypeError, ValueError) as exc:
            raise DictionaryError(f"{name}: row {n}: {exc}") from exc
        if not -10 <= entry.goldstein <= 10 or entry.quad_class not in (1, 2, 3, 4):
            raise DictionaryError(f"{name}: row {n}: goldstein or quad_class out of range")
        table[entry.code] = entry
    return table


def build_codebook(verbs_text: str | Source, table: dict[str, CameoCode], rules_text: str | Source,
                   verbs_name: str = "cameo/verbs.yaml") -> Codebook:
    verbs_src = verbs_text if isinstance(verbs_text, Source) else Source(verbs_name, verbs_text, "")
    rules_src = rules_text if isinstance(rules_text, Source) else Source("cameo/rules.yaml", rules_text, "")
    verbs_name = verbs_src.name
    parsed = validate(verbs_src, _VerbFile)
    rules = validate(rules_src, _RulesFile)
    for name, codes in (("linked_codes", [*rules.linked_codes, *rules.linked_codes.values()]),
                        ("linked_patterns", list(rules.linked_patterns.values())),
                        ("means_of_doers", list(rules.means_of_doers.values())),
                        ("state_nouns", list(rules.state_nouns.values())),
                        ("attitude_adjectives", list(rules.attitude_adjectives.values())),
                        ("mass_codes", [*rules.mass_codes, *rules.mass_codes.values()]),
                        ("individual_codes", [*rules.individual_codes, *rules.individual_codes.values()]),
                        ("body_left_codes", [*rules.body_left_codes, *rules.body_left_codes.values()])):
        for code in codes:
            if code not in table and code[:3] not in table:
                raise DictionaryError(f"cameo/rules.yaml: {name}: code {code} is not in the CAMEO table")
    sets = parsed.sets
    _check_sets(sets, verbs_src)
    dumped = rules.model_dump()
    # a set of the verb file, so the words are listed once; a user's verb file without that set has none
    dumped["inquiry_bodies"] = frozenset(sets.get(rules.inquiry_bodies.removeprefix("&"), ()))
    dumped["thrust_nouns"] = frozenset(sets.get(rules.thrust_nouns.removeprefix("&"), ()))
    dumped["judgement_verbs"] = frozenset(sets.get(rules.judgement_verbs.removeprefix("&"), ()))
    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    owner: dict[tuple, tuple[str, str]] = {}
    for code, entry in parsed.codes.items():
        if code != NO_EVENT and code not in table and code[:3] not in table and code[:2] not in table:
            raise DictionaryError(f"{located(verbs_src, ('codes', code))}: code {code} is not in the CAMEO table")
        for kind, index in (("verbs", verbs), ("nouns", nouns), ("received", verbs)):
            for n, text in enumerate(getattr(entry, kind)):
                for p in _compiled(code, text, sets, verbs_src, ("codes", code, kind, n)):
                    if kind == "received":  # the target does the code to the verb's subject
                        p = replace(p, code="", reverse=code)
                    doer = next((w for w in p.words if w.startswith(DOER) and w[1:] not in rules.doer_kinds), None)
                    if doer is not None:
                        raise DictionaryError(f"{located(verbs_src, ('codes', code, kind, n))}: pattern {text!r} "
                                              f"names doer kind {doer}, which is not defined under doer_kinds in "
                                              f"cameo/rules.yaml")
                    key = (kind, p.head, frozenset(p.words), p.target_prep, p.target_object)
                    if key not in owner:
                        owner[key] = (code, text)
                        index[p.head].append(p)
                    elif owner[key][0] != code:
                        also = f" (as {p.text!r})" if p.text != " ".join(text.split()) else ""
                        raise DictionaryError(f"{located(verbs_src, ('codes', code, kind, n))}: pattern {text!r}"
                                              f"{also} is already listed under {owner[key][0]} "
                                              f"({owner[key][1]!r})")
    for index in (verbs, nouns):
        for head in index:
            index[head].sort(key=lambda p: -p.specificity)
    heads: dict[str, list[Pattern]] = defaultdict(list)
    for family, texts in parsed.complement_heads.items():
        for n, text in enumerate(texts):
            for p in _compiled(family, text, sets, verbs_src, ("complement_heads", family, n)):
                heads[p.head].append(p)
    for head in heads:
        heads[head].sort(key=lambda p: -p.specificity)
    return Codebook(table, dict(verbs), dict(nouns), frozenset(parsed.reporting), parsed.complements,
                    dict(heads), dumped,
                    tuple(s.stamp for s in (verbs_src, rules_src) if s.digest))


def layer_petrarch(book: Codebook, petrarch: VerbDictionary) -> Codebook:
    """Put the PETRARCH verb patterns beside ours (`book.under`): ours code a verb unless the PETRARCH pattern
    that fits is more specific within the same root (coding.match.outranks), or none of ours fits. Where both
    code the same head and words differently, ours win and the PETRARCH pattern is listed in `conflicts`. A
    PETRARCH verb's code on its own (its default) applies as `rules.petrarch_defaults` says: "none"; "own" (a
    code given on the verb's line) or "new" (its own or its block's) for verbs that are neither heads in
    verbs.yaml nor reporting verbs; "all" for any but reporting verbs."""
    policy = book.rules.get("petrarch_defaults", "none")
    speech = book.reporting | frozenset(book.rules.get("clause_reporting", ()))
    topic, stated = book.rules.get("topic_verbs", frozenset()), book.rules.get("topic_verb_codes", ())
    left_out = frozenset(" ".join(t.split()) for t in book.rules.get("petrarch_left_out", ()))
    conflicts = []
    under: dict[str, list[Pattern]] = {}
    for head, patterns in compile_verbs(petrarch, Pattern).items():
        ours = book.verbs.get(head, [])
        mine = {(frozenset(p.words), p.target_prep): p for p in ours}
        seen = set()
        added = []
        for p in patterns:
            if p.code and p.code != NO_EVENT and not _known(p.code, book.codes):
                continue
            if p.default and not _default_applies(p, policy, bool(ours), head in speech):
                continue
            if head in topic and _names_act_noun(p, stated):
                continue  # "explained the sanctions": the topic of the telling, not an act of the teller
            if p.text.split("  (", 1)[0] in left_out:
                continue  # rules.yaml petrarch_left_out: a code that does not fit the pattern's noun
            key = (frozenset(p.words), p.target_prep)
            if key in mine:
                if (mine[key].code, "") != (p.code, p.reverse):
                    where = p.text.rsplit("(", 1)[-1].rstrip(")")
                    conflicts.append(f"{head}: verbs.yaml codes {mine[key].text!r} {mine[key].code}; "
                                     f"{p.text.split('  (')[0]!r} ({where}) is left out")
                continue
            if key not in seen:
                seen.add(key)
                added.append(p)
        if added:
            added.sort(key=lambda p: -p.specificity)
            under[head] = added
    sets_of: dict[str, list[str]] = {}
    for name, words in petrarch.synsets.items():
        for word in words:
            sets_of.setdefault(word, []).append(name)
    book.under = under
    book.sets_of = {w: tuple(s) for w, s in sets_of.items()}
    book.phrase_sets_of = {w: frozenset(n for n in names if w not in petrarch.alone.get(n, ()))
                           for w, names in sets_of.items()}
    book.conflicts = tuple(dict.fromkeys(conflicts))
    book.problems = petrarch.problems
    book.sources = (*book.sources, *petrarch.sources)
    return book


def _names_act_noun(p: Pattern, stated: tuple[str, ...]) -> bool:
    """The pattern codes an act the speaker does not state as its own (a code not starting with one of `stated`)
    by words after the verb, none in a preposition group: "- * SANCTIONS [163]"; not "- * OPPOSITION [110]",
    "- * (AS DISASTER) [110]"."""
    return p.code != NO_EVENT and not p.code.startswith(stated) and bool(p.words) \
        and not any(">" in w for w in p.words)


def _default_applies(p: Pattern, policy: str, in_ours: bool, speech: bool) -> bool:
    if policy == "none" or speech:
        return False
    if policy == "all":
        return True
    return not in_ours and (policy == "new" or p.default == "own")


def _known(code: str, table: dict[str, CameoCode]) -> bool:
    return code in table or code[:3] in table


def read_verbs(source: Source) -> tuple[Source | None, VerbDictionary | None]:
    """A verb file in either format, told apart by its content: (YAML source, None) or (None, PETRARCH)."""
    if looks_petrarch(source.text):
        return None, read_verb_dictionary(source)
    return source, None


@lru_cache(maxsize=4)
def load_codebook(verbs_path: Path | None = None) -> Codebook:
    """The shipped codebook: verbs.yaml over CAMEO.2.0.txt. A user's verb file replaces the layer of its
    format: Accord YAML replaces verbs.yaml, a PETRARCH file replaces CAMEO.2.0.txt."""
    table_src = read_data("cameo", "codes.tsv")
    table = load_table(table_src.text)
    yaml_src, petrarch = None, None
    if verbs_path is not None:
        yaml_src, petrarch = read_verbs(read_path(verbs_path, "verb dictionary"))
    if yaml_src is None:
        yaml_src = read_data("cameo", "verbs.yaml")
    if petrarch is None:
        petrarch = read_verb_dictionary(read_data("petrarch2", "CAMEO.2.0.txt"))
    book = build_codebook(yaml_src, table, read_data("cameo", "rules.yaml"))
    book.sources = (table_src.stamp, *book.sources)
    return layer_petrarch(book, petrarch)


@dataclass(frozen=True)
class FactualityCues:
    """The cue lists of data/factuality.yaml."""

    lists: dict
    sources: tuple[tuple[str, str], ...]

    def __getitem__(self, key: str):
        return self.lists[key]


FactValue = Literal["asserted", "negated", "hypothetical", "future", "modal", "called_off", "disputed"]


class _ClauseCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    future: list[str]
    own_will: list[str]
    plan: list[str]
    obligation: list[str]
    condition: list[str]
    belief: list[str] = []


class _FactualityFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    aux: dict[str, FactValue]
    governors: dict[str, FactValue]
    phrasal_governors: dict[str, FactValue]
    noun_governors: dict[str, FactValue]
    claim_nouns: list[str]
    claim_denials: list[str]
    conditional_marks: list[str]
    pending_marks: list[str]
    negative_pronouns: list[str]
    clause_cues: _ClauseCues
    negators: list[str]
    doubt_words: list[str]
    noun_modifiers: dict[str, FactValue]
    subject_infinitive: dict[str, FactValue] = {}
    litotes: list[str] = []
    and_governors: list[str] = []
    pending_preps: list[str] = []
    open_questions: list[str] = []
    certainties: list[str] = []


@lru_cache(maxsize=1)
def load_factuality_cues() -> FactualityCues:
    """The cue lists of data/factuality.yaml, checked against their schema."""
    source = read_data("factuality.yaml")
    return FactualityCues(validate(source, _FactualityFile).model_dump(), (source.stamp,))
