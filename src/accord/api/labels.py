"""Readable names for actor and CAMEO codes, from the shipped dictionaries: USAGOV -> "United States government"."""

from __future__ import annotations

from functools import lru_cache

from ..actors.names import actor_name
from ..lexicon.cameo import load_table
from ..lexicon.files import read_data

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
FACTUALITY_NOTES = {
    "asserted": "the text says it happened",
    "negated": "the text says it did not happen",
    "hypothetical": "only under a condition (if, unless)",
    "future": "announced or expected, not yet done",
    "modal": "could, might or should happen",
    "called_off": "planned, then called off",
    "disputed": "claimed by one side, disputed",
}
STATUS_NOTES = {
    "pending": "no later sentence says whether it was kept",
    "fulfilled": "the latest evidence says it was kept",
    "partial": "the latest evidence says it was kept in part",
    "unfulfilled": "the latest evidence says it was not kept",
    "disputed": "sources disagree: one says kept, another not",
    "withdrawn": "the promisor took it back",
}


def actor_label(code: str) -> str:
    """A readable name for an actor code; the code itself when nothing is known about it."""
    return actor_name(code)


@lru_cache(maxsize=1)
def cameo_table() -> dict:
    """The CAMEO table (codes.tsv): code -> name, Goldstein weight, QuadClass, PLOVER category."""
    return load_table(read_data("cameo", "codes.tsv").text)


def code_label(code: str) -> str:
    """The CAMEO name of an event code (falling back to its root), e.g. 163 -> "Impose embargo, boycott..."."""
    table = cameo_table()
    entry = table.get(code) or table.get(code[:3]) or table.get(code[:2])
    return entry.name if entry else code
