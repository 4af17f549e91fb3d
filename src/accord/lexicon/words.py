"""Small word lists of the stages that are not dictionaries: actor resolution's pronouns and role words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, field_validator

from .files import one_words, read_data, validate


class _ResolutionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    person_pronouns: list[str]
    thing_pronouns: list[str]
    group_pronouns: list[str]
    place_preps: list[str]
    speech_verbs: list[str]
    member_roles: list[str]
    member_preps: list[str] = ["of"]
    collectives: list[str]
    person_roles: list[str]
    state_agents: list[str]
    compass_names: list[str]
    sponsor_words: list[str]
    pair_nouns: list[str]
    region_parties: list[str]
    product_plurals: list[str] = []
    product_heads: list[str] = []
    venue_nouns: list[str] = []
    venue_preps: list[str] = []
    plural_countries: dict[str, list[str]] = {}

    @field_validator("*")
    @classmethod
    def _words(cls, v: list[str] | dict[str, list[str]]) -> list[str] | dict[str, list[str]]:
        if isinstance(v, dict):
            one_words(list(v))
            for codes in v.values():
                if len(codes) < 2 or not all(isinstance(c, str) and len(c) == 3 and c.isupper() for c in codes):
                    raise ValueError(f"{codes!r} must list two or more three-letter country codes")
            return v
        return one_words(v)


@dataclass(frozen=True)
class ActorWords:
    """The word lists of data/actors/resolution.yaml."""

    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    place_preps: tuple[str, ...]
    speech_verbs: frozenset[str]
    member_roles: frozenset[str]
    member_preps: frozenset[str]
    collectives: frozenset[str]
    person_roles: frozenset[str]
    state_agents: frozenset[str]
    compass_names: frozenset[str]
    sponsor_words: frozenset[str]
    pair_nouns: frozenset[str]
    region_parties: frozenset[str]
    product_plurals: frozenset[str]
    product_heads: frozenset[str]
    venue_nouns: frozenset[str]
    venue_preps: frozenset[str]
    plural_countries: dict[str, tuple[str, ...]]
    sources: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def load_actor_words() -> ActorWords:
    """The shipped actors/resolution.yaml."""
    source = read_data("actors", "resolution.yaml")
    raw = validate(source, _ResolutionFile)
    sets = {k: frozenset(v) for k, v in raw.model_dump().items() if k not in ("place_preps", "plural_countries")}
    plural = {k: tuple(v) for k, v in raw.plural_countries.items()}
    return ActorWords(**sets, place_preps=tuple(raw.place_preps), plural_countries=plural, sources=(source.stamp,))
