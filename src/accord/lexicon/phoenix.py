"""Read the PETRARCH/Phoenix actor, agent and discard dictionaries in their own text format.

Actor records (Phoenix.*.actors.txt, a user's own .txt)::

    PRIMARY_NAME_  [CODE]          # a name; "_" joins words; an optional default code
    +SYNONYM_NAME                  # more names of the same actor
        [CODE 150101-181231]       # a dated role (YYMMDD or YYYYMMDD; "<date", ">date", "date-date")
        [CODE]                     # a default role

Agents (Phoenix.agents.txt): ``PHRASE {PLURAL} [~CODE]`` with ``!SET! = A, B`` substitution sets. Discards
(Phoenix.discards.txt): one phrase a line, ``+`` for a whole story. Nothing here resolves text: the readers
return frozen records, and accord.actors.dictionary layers them under Accord's own dictionaries.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from ..errors import DictionaryError
from .files import mixed, read_data
from .petrarch import BRACKET, NULL_CODE

logger = logging.getLogger(__name__)

BUNDLED_ACTORS = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt")
BUNDLED_AGENTS = "Phoenix.agents.txt"
BUNDLED_DISCARDS = "Phoenix.discards.txt"

_CODE = re.compile(r"^[A-Za-z]{3,}$|^---[A-Za-z]*$")
_SUBST = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass(frozen=True)
class PhoenixRole:
    """A code an actor holds between two dates (inclusive; either end open)."""

    code: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class PhoenixActor:
    """One record: its names (words joined by spaces), dated roles in file order, and a default code."""

    names: tuple[str, ...]
    roles: tuple[PhoenixRole, ...]
    default: str
    source: str
    line: int


@dataclass(frozen=True)
class PhoenixAgent:
    """A role phrase (lower case, words joined by spaces) and the agent code it adds after a country."""

    text: str
    code: str
    source: str
    line: int


@dataclass(frozen=True)
class PhoenixDiscard:
    """A phrase whose sentence (or, with story=True, whole story) is not coded."""

    text: str
    story: bool


def bundled_text(name: str) -> str:
    """A shipped PETRARCH-2 dictionary file, decoded line by line (UTF-8, else Latin-1)."""
    return read_data("petrarch2", name, decode=mixed).text


def decode_lines(raw: bytes) -> str:
    """Decode a dictionary that mixes encodings: each line as UTF-8, or Latin-1 where UTF-8 fails."""
    return mixed("", raw)


def looks_like_phoenix(text: str) -> bool:
    """True when a file's content is a PETRARCH actor dictionary rather than Accord YAML: its records are
    upper-case names with "_" joins and "[CODE]" brackets, and no line is a YAML key."""
    lines = [ln.split("#", 1)[0].rstrip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return False
    if any(re.match(r"^(actors|agents|people)\s*:", ln) for ln in lines):
        return False
    bracketed = sum(1 for ln in lines if BRACKET.search(ln))
    return bracketed > 0 and all(not ln.lstrip().startswith("- ") for ln in lines)


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _day(text: str) -> date:
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        year = 1900 + yy if yy > 30 else 2000 + yy  # two-digit years: 31-99 are 19xx, 00-30 are 20xx
    else:
        year = int(text[:4])
    return date(year, int(text[-4:-2]), int(text[-2:]))


def parse_role(body: str) -> PhoenixRole:
    """ "USAGOV 090120-170120" -> a dated role; raises ValueError naming what is wrong."""
    parts = body.split(None, 1)
    if not parts:
        raise ValueError("empty brackets")
    code = parts[0]
    if not _CODE.match(code):
        raise ValueError(f"code {code!r} is not letters")
    if len(parts) == 1:
        return PhoenixRole(code)
    when = parts[1].replace(" ", "")
    if when.startswith("<"):
        return PhoenixRole(code, None, _day(when[1:]))
    if when.startswith(">"):
        return PhoenixRole(code, _day(when[1:]), None)
    if when.count("-") == 1:
        a, b = when.split("-")
        start, end = _day(a), _day(b)
        if end < start:
            raise ValueError(f"the role ends ({end}) before it starts ({start})")
        return PhoenixRole(code, start, end)
    raise ValueError(f"date restriction {parts[1]!r} is not <date, >date or date-date")


def read_actors(text: str, source: str, problems: list[str] | None = None) -> list[PhoenixActor]:
    """Actor records of a Phoenix/TABARI actor file, a shipped one or a user's, read the same way: a malformed
    role or a name line without a name is skipped, the rest of the record kept. Each skipped line is appended
    to `problems` as "file: line N: what is wrong" when a list is given, else counted in the debug log."""
    out: list[PhoenixActor] = []
    names: list[str] = []
    roles: list[PhoenixRole] = []
    default = ""
    first = 0
    skipped: list[str] = []

    def flush() -> None:
        if names and (roles or default):
            out.append(PhoenixActor(tuple(names), tuple(roles), default, source, first))

    for n, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        stripped = body.strip()
        brackets = BRACKET.findall(stripped)
        if not stripped.startswith("["):  # a name: "+" adds a synonym, anything else starts a record
            if not stripped.startswith("+"):
                flush()
                names, roles, default, first = [], [], "", n
            name = _name(BRACKET.split(stripped)[0].lstrip("+"))
            if name:
                names.append(name)
            else:
                skipped.append(f"{source}: line {n}: a name line without a name")
        for inner in brackets:
            try:
                role = parse_role(inner.strip())
            except ValueError as exc:
                skipped.append(f"{source}: line {n}: [{inner}]: {exc}")
                continue
            if role.code.startswith(NULL_CODE):
                continue  # "not an actor" in that period: no role to assert
            if role.start is None and role.end is None:
                default = default or role.code
            else:
                roles.append(role)
    flush()
    if problems is not None:
        problems.extend(skipped)
    elif skipped:
        logger.debug("%s: %d malformed lines skipped", source, len(skipped))
    return out


def read_agents(text: str, source: str) -> list[PhoenixAgent]:
    """Agent phrases of a Phoenix agents file, substitution sets and irregular plurals expanded. Prefix agents
    ("[NGO~]") are left out: Accord's actor codes put agents after the country only."""
    sets: dict[str, list[str]] = {}
    out: list[PhoenixAgent] = []
    for n, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        subst = _SUBST.match(body)
        if subst:
            sets[subst.group(1)] = [w.strip() for w in subst.group(2).split(",") if w.strip()]
            continue
        found = BRACKET.search(body)
        if found is None:
            continue
        code = found.group(1).strip()
        if not code.startswith("~"):
            continue
        code = code[1:]
        if not code.isalpha():
            raise DictionaryError(f"{source}: line {n}: agent code [~{code}] is not letters")
        phrase = body[:found.start()]
        plural = ""
        if "{" in phrase:
            phrase, _, rest = phrase.partition("{")
            plural = rest.partition("}")[0]
        for form in (phrase, plural):
            for text_ in _expand(form.strip(), sets):
                name = _name(text_).lower()
                if name:
                    out.append(PhoenixAgent(name, code, source, n))
    return out


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    marker = re.search(r"![A-Z]+!", phrase)
    if marker is None:
        return [phrase] if phrase else []
    words = sets.get(marker.group(0), [])
    return [x for w in words for x in _expand(phrase[:marker.start()] + w + phrase[marker.end():], sets)]


def read_discards(text: str) -> list[PhoenixDiscard]:
    """Discard phrases, lower case; story=True for the "+" ones."""
    out = []
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if body:
            story = body.startswith("+")
            out.append(PhoenixDiscard(_name(body.lstrip("+")).lower(), story))
    return out
