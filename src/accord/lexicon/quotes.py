"""The word lists of data/quotes.yaml: speech verbs and nouns, roles, anonymity markers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict, field_validator

from ..actors.resolve import PERSON_ROLES
from .cameo import load_codebook
from .files import Source, one_words, read_data, validate


@dataclass(frozen=True)
class QuoteCues:
    """The word lists of data/quotes.yaml, with the reporting verbs of the CAMEO codebook."""

    speech_verbs: frozenset[str]
    tag_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    anonymous_roles: frozenset[str]
    person_roles: frozenset[str]
    identifying_modifiers: frozenset[str]
    spokes_roles: frozenset[str]
    media_nouns: frozenset[str]
    markers: tuple[tuple[frozenset[str], ...], ...]
    sources: tuple[tuple[str, str], ...] = ()

    @cached_property
    def marker_starts(self) -> frozenset[str]:
        """The words an anonymity marker can open with (any of the alternatives of its first word)."""
        return frozenset().union(*(marker[0] for marker in self.markers))


class _QuotesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    speech_verbs: list[str]
    tag_only_verbs: list[str]
    not_speech: list[str]
    speech_nouns: list[str]
    anonymous_roles: list[str]
    person_roles: list[str]
    identifying_modifiers: list[str]
    spokes_roles: list[str]
    media_nouns: list[str]
    anonymity_markers: list[str]
    first_person: list[str]
    singular_pronouns: list[str]
    plural_pronouns: list[str]
    relative_pronouns: list[str]
    indefinite_words: list[str]
    question_marks: list[str]
    clause_marks: list[str]
    owner_preps: list[str]
    name_labels: list[str]

    @field_validator("speech_verbs", "tag_only_verbs", "not_speech", "speech_nouns", "anonymous_roles",
                     "person_roles", "identifying_modifiers", "spokes_roles", "media_nouns", "first_person",
                     "singular_pronouns", "plural_pronouns", "relative_pronouns", "indefinite_words",
                     "question_marks", "clause_marks", "owner_preps")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        return one_words(v, forbidden="|")

    @field_validator("name_labels")
    @classmethod
    def _labels(cls, v: list[str]) -> list[str]:
        for n, label in enumerate(v):
            if not label or label != label.strip().upper() or " " in label:
                raise ValueError(f"entry {n} ({label!r}) must be one upper-case entity label")
        return v

    @field_validator("anonymity_markers")
    @classmethod
    def _phrases(cls, v: list[str]) -> list[str]:
        for n, phrase in enumerate(v):
            words = phrase.split()
            if not words or phrase != phrase.lower() or any(not alt for w in words for alt in w.split("|")):
                raise ValueError(f"entry {n} ({phrase!r}) must be lower-case words, alternatives joined by |")
        return v


def build_cues(text: str | Source, reporting: frozenset[str], name: str = "quotes.yaml") -> QuoteCues:
    """Validate the text of a quotes file and combine it with the codebook's reporting verbs."""
    source = text if isinstance(text, Source) else Source(name, text, "")
    parsed = validate(source, _QuotesFile)
    verbs = (reporting | frozenset(parsed.speech_verbs)) - frozenset(parsed.not_speech)
    markers = tuple(tuple(frozenset(w.split("|")) for w in p.split()) for p in parsed.anonymity_markers)
    return QuoteCues(
        speech_verbs=verbs, tag_verbs=verbs | frozenset(parsed.tag_only_verbs),
        speech_nouns=frozenset(parsed.speech_nouns), anonymous_roles=frozenset(parsed.anonymous_roles),
        person_roles=frozenset(parsed.person_roles) | PERSON_ROLES,
        identifying_modifiers=frozenset(parsed.identifying_modifiers),
        spokes_roles=frozenset(parsed.spokes_roles), media_nouns=frozenset(parsed.media_nouns),
        markers=markers, sources=(source.stamp,) if source.digest else ())


@lru_cache(maxsize=1)
def load_cues() -> QuoteCues:
    """The shipped quotes.yaml with the reporting verbs of cameo/verbs.yaml and cameo/rules.yaml."""
    book = load_codebook()
    reporting = book.reporting | frozenset(book.rules["clause_reporting"])
    return build_cues(read_data("quotes.yaml"), reporting)


@lru_cache(maxsize=1)
def load_quote_words() -> dict[str, frozenset[str]]:
    """The pronoun, determiner, mark and label lists of the shipped quotes.yaml, by key."""
    parsed = validate(read_data("quotes.yaml"), _QuotesFile)
    return {k: frozenset(getattr(parsed, k)) for k in ("first_person", "singular_pronouns", "plural_pronouns",
                                                        "relative_pronouns", "indefinite_words", "question_marks",
                                                        "clause_marks", "owner_preps", "name_labels")}
