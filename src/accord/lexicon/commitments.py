"""The word lists of data/commitments.yaml: promise, fulfilment, breach and withdrawal words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .files import read_data, validate


class _CommitmentsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    promise_verbs: list[str]
    promise_nouns: list[str]
    needs_action: list[str]
    light_verbs: list[str]
    fulfil_verbs: list[str]
    breach_verbs: list[str]
    withdraw_verbs: list[str]
    contrast_preps: list[str]
    anaphors: list[str]
    synonyms: list[list[str]]
    match_threshold: float


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/commitments.yaml."""

    promise_verbs: frozenset[str]
    promise_nouns: frozenset[str]
    needs_action: frozenset[str]
    light_verbs: frozenset[str]
    fulfil_verbs: frozenset[str]
    breach_verbs: frozenset[str]
    withdraw_verbs: frozenset[str]
    contrast_preps: frozenset[str]
    anaphors: frozenset[str]
    canonical: dict
    threshold: float
    sources: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped commitments.yaml."""
    source = read_data("commitments.yaml")
    raw = validate(source, _CommitmentsFile).model_dump()
    canonical = {}
    for group in raw["synonyms"]:
        for word in group:
            canonical.setdefault(str(word), str(group[0]))
    sets = {k: frozenset(map(str, raw[k])) for k in ("promise_verbs", "promise_nouns", "needs_action",
                                                       "light_verbs", "fulfil_verbs", "breach_verbs", "withdraw_verbs",
                                                       "contrast_preps", "anaphors")}
    return Lexicon(**sets, canonical=canonical, threshold=float(raw["match_threshold"]),
                   sources=(source.stamp,))
