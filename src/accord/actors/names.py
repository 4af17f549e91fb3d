"""One readable name per actor code, for the CLI, the API and the dashboard alike.

A code made of a country and agents reads as the country's name and the agents' words ("USAGOV" -> "United
States government", "SYRREBkur" -> "Syria rebels (Kurd)"); an organisation's code reads as the organisation's
own name ("IGOUNO" -> "United Nations"), never as the name of one body that happens to share a code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .dictionary import ActorBook, load_builtin, read_agent_names

UNKNOWN = "---"
# Codes that begin with one of these name an organisation, not a country.
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def _own_name(texts: list[str]) -> str:
    """The name to show among an organisation's listed texts: the first full name (not an acronym, not
    "the ..."), else the first listed."""
    for text in texts:
        if not text.lower().startswith("the ") and not text.replace(".", "").replace(" ", "").isupper():
            return text
    return texts[0]


@dataclass(frozen=True)
class ActorNames:
    """Names for codes, drawn from one actor book."""

    countries: dict[str, str]
    agents: dict[str, str]
    orgs: dict[str, str]
    groups: dict[str, str]

    @classmethod
    def from_book(cls, book: ActorBook) -> ActorNames:
        listed: dict[str, list[str]] = {}
        for text, entry in book.phrases.items():
            # names from Accord's files and users' YAML; a PETRARCH file lists people under organisation codes
            if entry.source:
                continue
            if entry.kind in ("igo", "institution", "user") and entry.code.startswith(ORG_PREFIXES):
                listed.setdefault(entry.code, []).append(text)
        groups: dict[str, str] = {}
        for text, code in book.ethnic.items():
            groups.setdefault(code, text.capitalize() if code.islower() else text)
        orgs = {c: _own_name(t) for c, t in listed.items()}
        return cls({**book.regions, **book.countries}, read_agent_names(), orgs, groups)

    def country(self, code: str) -> str | None:
        if code == UNKNOWN:
            return "unknown country"
        if code in self.countries:
            return self.countries[code]
        found = pycountry.countries.get(alpha_3=code) if code.isalpha() and code.isupper() else None
        return (getattr(found, "common_name", None) or found.name) if found else None

    def name(self, code: str) -> str:
        """A readable name for `code`; the code itself when nothing is known about it."""
        if not code:
            return ""
        if code in self.orgs:
            return self.orgs[code]
        if code.startswith(ORG_PREFIXES):
            for n in range(len(code) - 1, 2, -1):  # a body of a known organisation: "United Nations (KID)"
                if code[:n] in self.orgs:
                    return f"{self.orgs[code[:n]]} ({self._words(code[n:]) or code[n:]})"
            return self.agents.get(code[:3], code) if len(code) == 3 else code
        country = self.country(code[:3])
        if country is None:
            return code
        rest = code[3:]
        words = self._words(rest)
        if words is None:
            return f"{country} ({rest})"
        return f"{country} {words}" if words else country

    def _words(self, rest: str) -> str | None:
        """ "GOVMIL" -> "government military"; a lower-case suffix is an ethnic group, in brackets. None when a
        part is unknown."""
        group = ""
        cut = len(rest)
        while cut > 0 and rest[cut - 1].islower():
            cut -= 1
        if cut < len(rest):
            group = self.groups.get(rest[cut:], rest[cut:])
            rest = rest[:cut]
        if len(rest) % 3:
            return None
        words = []
        for i in range(0, len(rest), 3):
            word = self.agents.get(rest[i:i + 3])
            if word is None:
                return None
            words.append(word)
        text = " ".join(words)
        return f"{text} ({group})" if group and text else group or text


@lru_cache(maxsize=8)
def actor_names(book: ActorBook | None = None) -> ActorNames:
    """The naming service over `book` (Accord's own dictionaries when None)."""
    return ActorNames.from_book(book if book is not None else load_builtin())


def actor_name(code: str, book: ActorBook | None = None) -> str:
    """A readable name for an actor code: "USAGOV" -> "United States government"."""
    return actor_names(book).name(code)
