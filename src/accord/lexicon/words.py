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
    bare_pair_nouns: list[str]
    pair_roles: list[str]
    region_parties: list[str]
    product_plurals: list[str] = []
    product_heads: list[str] = []
    outsider_words: list[str] = []
    venue_nouns: list[str] = []
    venue_preps: list[str] = []
    plural_countries: dict[str, list[str]] = {}
    compass_pairs: dict[str, list[str]] = {}
    short_references: dict[str, list[str]] = {}
    compass_parties: dict[str, str] = {}
    seat_cities: dict[str, str] = {}

    @field_validator("short_references", "compass_parties", "seat_cities")
    @classmethod
    def _codes(cls, v: dict[str, list[str]] | dict[str, str]) -> dict[str, list[str]] | dict[str, str]:
        one_words(list(v))
        for codes in v.values():
            for c in [codes] if isinstance(codes, str) else codes:
                if not (isinstance(c, str) and len(c) >= 3 and c.isalnum() and c.isupper()):
                    raise ValueError(f"{c!r} must be an actor code (upper-case letters)")
        return v

    @field_validator("compass_pairs")
    @classmethod
    def _pairs(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for codes in v.values():
            if len(codes) != 2 or not all(len(c) == 3 and c.isupper() for c in codes):
                raise ValueError(f"{codes!r} must list two three-letter country codes, the north's first")
        return v

    @field_validator("person_pronouns", "thing_pronouns", "group_pronouns", "place_preps", "speech_verbs",
                     "member_roles", "member_preps", "collectives", "person_roles", "state_agents", "compass_names",
                     "sponsor_words", "pair_nouns", "bare_pair_nouns", "region_parties", "product_plurals",
                     "product_heads", "outsider_words", "venue_nouns", "venue_preps", "plural_countries")
    @classmethod
    def _words(cls, v: list[str] | dict[str, list[str]]) -> list[str] | dict[str, list[str]]:
        if isinstance(v, dict):
            one_words(list(v))
            for codes in v.values():
                if len(codes) < 2 or not all(isinstance(c, str) and len(c) == 3 and c.isupper() for c in codes):
                    raise ValueError(f"{codes!r} must list two or more three-letter country codes")
            return v
        return one_words(v)

    @field_validator("pair_roles")
    @classmethod
    def _roles(cls, v: list[str]) -> list[str]:
        for n, role in enumerate(v):
            if not isinstance(role, str) or len(role) != 3 or not role.isalpha() or not role.isupper():
                raise ValueError(f"entry {n} ({role!r}) must be a three-letter role code in upper case")
        return v


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
    bare_pair_nouns: frozenset[str]
    pair_roles: frozenset[str]
    region_parties: frozenset[str]
    product_plurals: frozenset[str]
    product_heads: frozenset[str]
    outsider_words: frozenset[str]
    venue_nouns: frozenset[str]
    venue_preps: frozenset[str]
    plural_countries: dict[str, tuple[str, ...]]
    compass_pairs: dict[str, tuple[str, str]]
    short_references: dict[str, tuple[str, ...]]
    compass_parties: dict[str, str]
    seat_cities: dict[str, str]
    sources: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def load_actor_words() -> ActorWords:
    """The shipped actors/resolution.yaml."""
    source = read_data("actors", "resolution.yaml")
    raw = validate(source, _ResolutionFile)
    mappings = ("place_preps", "plural_countries", "compass_pairs", "short_references", "compass_parties",
                "seat_cities")
    sets = {k: frozenset(v) for k, v in raw.model_dump().items() if k not in mappings}
    plural = {k: tuple(v) for k, v in raw.plural_countries.items()}
    return ActorWords(**sets, place_preps=tuple(raw.place_preps), plural_countries=plural,
                      compass_pairs={k: (v[0], v[1]) for k, v in raw.compass_pairs.items()},
                      short_references={k: tuple(v) for k, v in raw.short_references.items()},
                      compass_parties=dict(raw.compass_parties), seat_cities=dict(raw.seat_cities),
                      sources=(source.stamp,))
