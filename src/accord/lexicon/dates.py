"""The word lists of data/dates.yaml: month and day names and the words that place a time expression."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, field_validator

from .files import one_words, read_data, validate


class _DatesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    months: list[str]
    weekdays: list[str]
    month_abbreviations: list[str]
    point_words: list[str]
    relative_words: list[str]
    future_words: list[str]
    earlier_words: list[str]
    later_words: list[str]
    leading_preps: list[str]

    @field_validator("*")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        return one_words(v)

    @field_validator("months")
    @classmethod
    def _twelve(cls, v: list[str]) -> list[str]:
        if len(v) != 12:
            raise ValueError(f"{len(v)} months, not 12")
        return v

    @field_validator("weekdays")
    @classmethod
    def _seven(cls, v: list[str]) -> list[str]:
        if len(v) != 7:
            raise ValueError(f"{len(v)} days, not 7")
        return v


@dataclass(frozen=True)
class DateWords:
    """The word lists of data/dates.yaml; `months` and `weekdays` keep calendar order."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    month_abbreviations: frozenset[str]
    point_words: frozenset[str]
    relative_words: frozenset[str]
    future_words: frozenset[str]
    earlier_words: frozenset[str]
    later_words: frozenset[str]
    leading_preps: tuple[str, ...]
    sources: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def load_date_words() -> DateWords:
    """The shipped dates.yaml."""
    source = read_data("dates.yaml")
    raw = validate(source, _DatesFile)
    ordered = ("months", "weekdays", "leading_preps")
    return DateWords(**{k: tuple(v) if k in ordered else frozenset(v) for k, v in raw.model_dump().items()},
                     sources=(source.stamp,))
