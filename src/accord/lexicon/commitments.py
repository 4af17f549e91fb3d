"""The word lists of data/commitments.yaml: promise, act, condition, fulfilment, breach and withdrawal words, and
the synonym groups evidence is matched by."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, field_validator

from .cameo import load_factuality_cues
from .files import read_data, validate

_SETS = ("promise_verbs", "promise_nouns", "needs_action", "intention_verbs", "agreement_nouns", "light_verbs",
         "stop_nouns",
         "support_verbs",
         "refrain_verbs", "asking_verbs", "completion_verbs", "cessation_verbs", "condition_marks", "deadline_preps",
         "not_yet_words", "fulfil_verbs", "breach_verbs", "withdraw_verbs", "contrast_preps", "anaphors",
         "generic_words", "particles", "firm_condition_marks", "binding_aux", "weekdays", "months", "day_words",
         "point_words", "time_preps", "promisor_preps", "promisee_preps", "target_preps", "anaphor_verbs",
         "refusal_verbs", "binding_verbs", "text_nouns", "bargain_nouns", "part_nouns", "light_nouns", "onset_verbs",
         "nonstate_roles", "body_kinds", "share_nouns", "percent_nouns", "partner_words", "cancel_verbs",
         "delay_verbs", "result_verbs", "receipt_verbs", "possession_verbs", "done_words", "part_words",
         "happen_phrases", "terms_verbs", "ultimatum_verbs", "ultimatum_preps", "stance_acts", "role_verbs",
         "letting_verbs", "leaving_verbs", "return_verbs", "table_nouns", "currency_nouns",
         "act_noun_preps", "arrival_verbs", "parallel_marks", "deadline_nouns", "lapse_verbs", "speech_acts",
         "joint_verbs", "joint_preps", "first_words", "since_marks", "occasion_preps", "accept_verbs",
         "invitation_nouns", "occasion_words", "mover_verbs", "away_moves", "away_words", "away_directions",
         "retention_verbs", "retention_marks", "swap_verbs", "swapped_people",
         "accusation_verbs", "accusation_preps", "schedule_verbs")


class _CommitmentsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    promise_verbs: list[str]
    promise_nouns: list[str]
    needs_action: list[str]
    intention_verbs: list[str]
    agreement_nouns: list[str]
    light_verbs: list[str]
    stop_nouns: list[str]
    support_verbs: list[str]
    refrain_verbs: list[str]
    asking_verbs: list[str]
    completion_verbs: list[str]
    cessation_verbs: list[str]
    condition_marks: list[str]
    deadline_preps: list[str]
    not_yet_words: list[str]
    fulfil_verbs: list[str]
    breach_verbs: list[str]
    withdraw_verbs: list[str]
    contrast_preps: list[str]
    anaphors: list[str]
    money_verb: str
    generic_words: list[str]
    synonyms: list[list[str]]
    particles: list[str]
    firm_condition_marks: list[str]
    binding_aux: list[str]
    weekdays: list[str]
    months: list[str]
    day_words: list[str]
    point_words: list[str]
    time_preps: list[str]
    promisor_preps: list[str]
    promisee_preps: list[str]
    target_preps: list[str]
    anaphor_verbs: list[str]
    refusal_verbs: list[str]
    money_scales: dict[str, float]
    name_labels: list[str]
    binding_verbs: list[str]
    text_nouns: list[str]
    bargain_nouns: list[str]
    part_nouns: list[str]
    light_nouns: list[str]
    onset_verbs: list[str]
    span_days: dict[str, int]
    exclusive_words: list[list[str]]
    nonstate_roles: list[str]
    body_kinds: list[str]
    share_nouns: list[str]
    percent_nouns: list[str]
    personal_codes: list[str]
    partner_codes: list[str]
    partner_words: list[str]
    cancel_verbs: list[str]
    delay_verbs: list[str]
    result_verbs: list[str]
    receipt_verbs: list[str]
    possession_verbs: list[str]
    arrival_verbs: list[str]
    schedule_verbs: list[str] = []
    mover_verbs: list[str]
    away_moves: list[str]
    away_words: list[str]
    away_directions: list[str]
    away_verb: str
    retention_verbs: list[str]
    retention_marks: list[str]
    parallel_marks: list[str]
    deadline_nouns: list[str]
    lapse_verbs: list[str]
    done_words: list[str]
    part_words: list[str]
    happen_phrases: list[str]
    terms_verbs: list[str]
    ultimatum_verbs: list[str]
    ultimatum_preps: list[str]
    stance_acts: list[str]
    speech_acts: list[str]
    joint_verbs: list[str]
    joint_preps: list[str]
    first_words: list[str]
    since_marks: list[str]
    occasion_preps: list[str]
    accept_verbs: list[str]
    invitation_nouns: list[str]
    occasion_words: list[str]
    role_verbs: list[str]
    state_verbs: dict[str, str]
    currency_nouns: list[str]
    act_noun_preps: list[str]
    receipt_verb: str
    letting_verbs: list[str]
    leaving_verbs: list[str]
    release_verb: str
    return_verbs: list[str]
    table_nouns: list[str]
    resumed_talks: list[str]
    phrasal_acts: dict[str, str]
    swap_verbs: list[str]
    swapped_people: list[str]
    accusation_verbs: list[str]
    accusation_preps: list[str]
    swap_word: str

    @field_validator("nonstate_roles", "body_kinds")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if len(c) != 3 or not c.isalpha() or not c.isupper()]
        if bad:
            raise ValueError(f"not three capital letters of an actor code: {', '.join(bad)}")
        return v


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/commitments.yaml; `groups` maps a lemma to the synonym groups it belongs to."""

    promise_verbs: frozenset[str]
    promise_nouns: frozenset[str]
    needs_action: frozenset[str]
    intention_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    light_verbs: frozenset[str]
    support_verbs: frozenset[str]
    refrain_verbs: frozenset[str]
    completion_verbs: frozenset[str]
    cessation_verbs: frozenset[str]
    condition_marks: frozenset[str]
    deadline_preps: frozenset[str]
    not_yet_words: frozenset[str]
    fulfil_verbs: frozenset[str]
    breach_verbs: frozenset[str]
    withdraw_verbs: frozenset[str]
    contrast_preps: frozenset[str]
    anaphors: frozenset[str]
    generic_words: frozenset[str]
    money_verb: str
    receipt_verb: str
    groups: dict
    particles: frozenset[str]
    firm_condition_marks: frozenset[str]
    binding_aux: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]
    day_words: frozenset[str]
    point_words: frozenset[str]
    time_preps: frozenset[str]
    promisor_preps: frozenset[str]
    promisee_preps: frozenset[str]
    target_preps: frozenset[str]
    anaphor_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    binding_verbs: frozenset[str]
    text_nouns: frozenset[str]
    bargain_nouns: frozenset[str]
    part_nouns: frozenset[str]
    light_nouns: frozenset[str]
    onset_verbs: frozenset[str]
    nonstate_roles: frozenset[str]
    body_kinds: frozenset[str]
    share_nouns: frozenset[str]
    percent_nouns: frozenset[str]
    partner_words: frozenset[str]
    cancel_verbs: frozenset[str]
    delay_verbs: frozenset[str]
    result_verbs: frozenset[str]
    receipt_verbs: frozenset[str]
    possession_verbs: frozenset[str]
    done_words: frozenset[str]
    part_words: frozenset[str]
    happen_phrases: frozenset[str]
    letting_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    return_verbs: frozenset[str]
    table_nouns: frozenset[str]
    span_days: dict
    terms_verbs: frozenset[str] = frozenset()
    ultimatum_verbs: frozenset[str] = frozenset()
    ultimatum_preps: frozenset[str] = frozenset()
    stance_acts: frozenset[str] = frozenset()
    speech_acts: frozenset[str] = frozenset()
    joint_verbs: frozenset[str] = frozenset()
    joint_preps: frozenset[str] = frozenset()
    first_words: frozenset[str] = frozenset()
    since_marks: frozenset[str] = frozenset()
    occasion_preps: frozenset[str] = frozenset()
    accept_verbs: frozenset[str] = frozenset()
    invitation_nouns: frozenset[str] = frozenset()
    occasion_words: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    state_verbs: dict[str, str] = field(default_factory=dict)
    currency_nouns: frozenset[str] = frozenset()
    act_noun_preps: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    schedule_verbs: frozenset[str] = frozenset()
    mover_verbs: frozenset[str] = frozenset()
    away_moves: frozenset[str] = frozenset()
    away_words: frozenset[str] = frozenset()
    away_directions: frozenset[str] = frozenset()
    away_verb: str = "withdraw"
    retention_verbs: frozenset[str] = frozenset()
    retention_marks: frozenset[str] = frozenset()
    swap_verbs: frozenset[str] = frozenset()
    swapped_people: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()
    accusation_preps: frozenset[str] = frozenset()
    swap_word: str = "prisoner"
    asking_verbs: frozenset[str] = frozenset()
    stop_nouns: frozenset[str] = frozenset()
    parallel_marks: frozenset[str] = frozenset()
    deadline_nouns: frozenset[str] = frozenset()
    lapse_verbs: frozenset[str] = frozenset()
    exclusive: dict = field(default_factory=dict)  # a word -> the other words of its exclusive set
    money_scales: dict[str, float] = field(default_factory=dict)
    name_labels: frozenset[str] = frozenset()
    singletons: dict = field(default_factory=dict, repr=False, compare=False)  # `keys` of words of no group
    parties: dict = field(default_factory=dict, repr=False, compare=False)  # the ledger's `party` of actor codes
    personal_codes: tuple[str, ...] = ()  # CAMEO codes of acts done in person, for str.startswith
    partner_codes: tuple[str, ...] = ()  # CAMEO codes (prefixes) of acts had with a counterpart
    future_aux: frozenset[str] = frozenset()  # factuality.yaml's future and "would" auxiliaries
    if_marks: frozenset[str] = frozenset()  # factuality.yaml's clause condition marks
    negative_pronouns: frozenset[str] = frozenset()  # factuality.yaml's
    sources: tuple[tuple[str, str], ...] = ()
    release_verb: str = "release"
    resumed_talks: tuple[str, ...] = ()
    phrasal_acts: dict = field(default_factory=dict)  # "set free" -> "free"

    def keys(self, word: str) -> frozenset[str]:
        """The word and the synonym groups it belongs to: two words match when their keys meet (a word may be
        in several groups: money is "transferred", so are prisoners)."""
        found = self.groups.get(word) or self.singletons.get(word)
        if found is None:  # a word of no group: its own key, made once
            found = self.singletons[word] = frozenset((word,))
        return found

    @property
    def time_points(self) -> frozenset[str]:
        """Words that make a date expression a point in time: day and month names, "today", "ago", "last"."""
        return self.weekdays | self.months | self.day_words | self.point_words

    @property
    def sure_conditions(self) -> frozenset[str]:
        """Marks that make a clause a condition whatever its tense ("if", "unless", "provided")."""
        return self.if_marks | self.firm_condition_marks


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped commitments.yaml."""
    source = read_data("commitments.yaml")
    raw = validate(source, _CommitmentsFile).model_dump()
    facts = load_factuality_cues()
    groups: dict[str, set[str]] = {}
    for n, group in enumerate(raw["synonyms"]):
        for word in map(str, group):
            groups.setdefault(word, {word}).add(f"#{n}")
    return Lexicon(**{k: frozenset(map(str, raw[k])) for k in _SETS}, money_verb=str(raw["money_verb"]),
                   receipt_verb=str(raw["receipt_verb"]), release_verb=str(raw["release_verb"]),
                   away_verb=str(raw["away_verb"]), swap_word=str(raw["swap_word"]),
                   resumed_talks=tuple(map(str, raw["resumed_talks"])),
                   phrasal_acts={str(k): str(v) for k, v in raw["phrasal_acts"].items()},
                   money_scales=dict(raw["money_scales"]), name_labels=frozenset(raw["name_labels"]),
                   span_days={str(k): int(v) for k, v in raw["span_days"].items()},
                   state_verbs={str(k): str(v) for k, v in raw["state_verbs"].items()},
                   personal_codes=tuple(map(str, raw["personal_codes"])),
                   partner_codes=tuple(map(str, raw["partner_codes"])),
                   exclusive={str(w): frozenset(map(str, ws)) - {str(w)} for ws in raw["exclusive_words"] for w in ws},
                   groups={w: frozenset(g) for w, g in groups.items()},
                   future_aux=frozenset(w for w, v in facts["aux"].items() if v in ("future", "hypothetical")),
                   if_marks=frozenset(facts["clause_cues"]["condition"]),
                   negative_pronouns=frozenset(facts["negative_pronouns"]),
                   sources=(source.stamp,))  # factuality.yaml is recorded by its own cues model
