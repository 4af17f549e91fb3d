"""Readable names for actor and CAMEO codes, from the shipped dictionaries: USAGOV -> "United States government"."""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

import pycountry

from ..coding.dictionary import load_table

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
    "unfulfilled": "the latest evidence says it was not kept",
    "disputed": "the evidence says both: kept and not kept",
    "withdrawn": "the promisor took it back",
}


def _rows(*parts: str) -> list[list[str]]:
    text = resources.files("accord.data").joinpath(*parts).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t"))


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    countries: dict[str, str] = {}
    for row in _rows("actors", "countries.tsv"):
        if len(row) >= 3 and row[1] == "name":
            countries.setdefault(row[0], row[2])
    agents: dict[str, str] = {}
    for row in _rows("actors", "agents.tsv"):
        if len(row) >= 2:
            agents.setdefault(row[1], row[0])
    orgs: dict[str, str] = {}
    for row in _rows("actors", "igos.tsv"):
        if len(row) >= 2:
            orgs.setdefault(row[1], row[0])
    return countries, agents, orgs


@lru_cache(maxsize=4096)
def actor_label(code: str) -> str:
    """A readable name for an actor code; the code itself when nothing is known about it."""
    countries, agents, orgs = _names()
    if not code:
        return ""
    if code in orgs:
        return orgs[code]
    if code.startswith(("IGO", "NGO")):
        for n in range(len(code) - 1, 2, -1):
            if code[:n] in orgs:
                return f"{orgs[code[:n]]} ({code[n:]})"
        return code
    head, rest = code[:3], code[3:]
    if head == "---":
        country = "unknown country"
    else:
        country = countries.get(head)
        if country is None:
            found = pycountry.countries.get(alpha_3=head)
            country = (getattr(found, "common_name", None) or found.name) if found else None
    if country is None:
        return code
    words = [agents.get(rest[i:i + 3], rest[i:i + 3].lower()) for i in range(0, len(rest), 3)]
    return " ".join([country, *words])


@lru_cache(maxsize=1)
def cameo_table() -> dict:
    """The CAMEO table (codes.tsv): code -> name, Goldstein weight, QuadClass, PLOVER category."""
    return load_table(resources.files("accord.data").joinpath("cameo", "codes.tsv").read_text(encoding="utf-8"))


def code_label(code: str) -> str:
    """The CAMEO name of an event code (falling back to its root), e.g. 163 -> "Impose embargo, boycott..."."""
    table = cameo_table()
    entry = table.get(code) or table.get(code[:3]) or table.get(code[:2])
    return entry.name if entry else code
