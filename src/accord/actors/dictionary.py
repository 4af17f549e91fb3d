"""Load the actor dictionaries (countries, places, agents, ethnic groups, institutions, IGOs, people) and
users' own files."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import DictionaryError

logger = logging.getLogger(__name__)

# Priority when two files claim the same phrase: a later kind in this list wins.
KINDS = ("place", "country", "adjective", "demonym", "capital", "metonym", "igo", "institution", "person", "user")
COUNTRY_KINDS = {"name": "country", "demonym": "demonym", "adjective": "adjective",
                 "capital": "capital", "metonym": "metonym"}


@dataclass(frozen=True)
class Role:
    """A code a person holds from one date to another (either end may be open)."""

    code: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    """A named person whose actor code depends on the date."""

    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def code_on(self, day: date | None) -> str:
        """The code of the role held on `day`; the latest role when the date is unknown or outside all."""
        for role in self.roles:
            if role.holds_on(day):
                return role.code
        dated = [r for r in self.roles if r.start or r.end]
        if day is not None and dated:
            before = [r for r in dated if (r.end or r.start) and (r.end or r.start) <= day]
            if before:
                return max(before, key=lambda r: r.end or r.start).code
            return min(dated, key=lambda r: r.start or r.end).code
        return self.roles[-1].code if self.roles else ""


@dataclass(frozen=True)
class Entry:
    """What a phrase in text stands for: a fixed code or a person."""

    kind: str
    code: str = ""
    person: Person | None = None

    def code_on(self, day: date | None) -> str:
        return self.person.code_on(day) if self.person else self.code


@dataclass(eq=False)
class ActorBook:
    """Every phrase Accord can resolve to an actor, and the role words that give agent codes."""

    phrases: dict[str, Entry] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)
    ethnic: dict[str, str] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, entry: Entry) -> None:
        key = " ".join(text.split())
        if not key:
            return
        old = self.phrases.get(key)
        if old is None or KINDS.index(entry.kind) >= KINDS.index(old.kind):
            self.phrases[key] = entry


class _RoleModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    code: str
    from_: date | None = None
    to: date | None = None

    def __init__(self, **data):
        if "from" in data:
            data["from_"] = data.pop("from")
        super().__init__(**data)

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not v or not v.replace("-", "").isalnum():
            raise ValueError("an actor code is letters (and '-' for unknown country), e.g. USAGOV")
        return v


class _PersonModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str] = []
    roles: list[_RoleModel]


class _ActorModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str
    names: list[str]


class _UserFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    actors: list[_ActorModel] = []
    agents: dict[str, str] = {}
    people: list[_PersonModel] = []


def _where(name: str, err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    return f"{name}: {loc}: {first['msg']}"


def _read_tsv(text: str, name: str, header: list[str]) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise DictionaryError(f"{name}: the file is empty; expected the header {'<tab>'.join(header)}")
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    got = next(reader)
    if [h.strip() for h in got] != header:
        raise DictionaryError(f"{name}: header is {got}, expected {header}")
    rows = []
    for n, row in enumerate(reader, start=2):
        if len(row) != len(header):
            raise DictionaryError(f"{name}: row {n} has {len(row)} fields, expected {len(header)} ({header})")
        rec = {h: v.strip() for h, v in zip(header, row, strict=True)}
        for h, v in rec.items():
            if not v:
                raise DictionaryError(f"{name}: row {n}: field {h!r} is empty")
        rows.append(rec)
    return rows


def _person(model: _PersonModel) -> Person:
    roles = tuple(Role(r.code, r.from_, r.to) for r in model.roles)
    return Person(model.name, tuple(model.aliases), roles)


def _add_person(book: ActorBook, person: Person, kind: str = "person") -> None:
    book.people.append(person)
    entry = Entry(kind, person=person)
    for text in (person.name, *person.aliases):
        book.add(text, entry)


def _data(name: str) -> str:
    return resources.files("accord.data").joinpath("actors", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def read_agent_names() -> dict[str, str]:
    """Agent code -> the words that name it in labels ("GOV" -> "government"), from actors/agent_names.tsv."""
    rows = _read_tsv(_data("agent_names.tsv"), "actors/agent_names.tsv", ["code", "name"])
    return {row["code"]: row["name"] for row in rows}


def load_builtin() -> ActorBook:
    """The dictionaries shipped with Accord."""
    book = ActorBook()
    for c in pycountry.countries:
        book.countries[c.alpha_3] = getattr(c, "common_name", None) or c.name
        for text in {c.name, getattr(c, "common_name", c.name)}:
            if "," not in text:
                book.add(text, Entry("country", c.alpha_3))
    named: set[str] = set()
    for row in _read_tsv(_data("countries.tsv"), "actors/countries.tsv", ["code", "kind", "text"]):
        if row["kind"] not in COUNTRY_KINDS:
            raise DictionaryError(f"actors/countries.tsv: kind {row['kind']!r} for {row['text']!r} "
                                  f"is not one of {sorted(COUNTRY_KINDS)}")
        if row["kind"] == "name" and row["code"] not in named:  # the first name listed is the one shown
            named.add(row["code"])
            book.countries[row["code"]] = row["text"]
        book.add(row["text"], Entry(COUNTRY_KINDS[row["kind"]], row["code"]))
    for row in _read_tsv(_data("places.tsv"), "actors/places.tsv", ["code", "text"]):
        book.add(row["text"], Entry("place", row["code"]))
    for row in _read_tsv(_data("agents.tsv"), "actors/agents.tsv", ["text", "agent"]):
        book.agents[row["text"].lower()] = row["agent"]
    for row in _read_tsv(_data("ethnic.tsv"), "actors/ethnic.tsv", ["text", "code"]):
        if not (len(row["code"]) == 3 and row["code"].isalpha()):
            raise DictionaryError(f"actors/ethnic.tsv: {row['text']!r}: code {row['code']!r} is not three letters")
        book.ethnic[row["text"].lower()] = row["code"]
    for row in _read_tsv(_data("igos.tsv"), "actors/igos.tsv", ["text", "code"]):
        book.add(row["text"], Entry("igo", row["code"]))
    for row in _read_tsv(_data("institutions.tsv"), "actors/institutions.tsv", ["text", "code"]):
        book.add(row["text"], Entry("institution", row["code"]))
    try:
        people = yaml.safe_load(_data("people.yaml")) or []
        for item in people:
            _add_person(book, _person(_PersonModel(**item)))
    except ValidationError as err:
        raise DictionaryError(_where("actors/people.yaml", err)) from err
    return book


def extend(book: ActorBook, path: Path) -> None:
    """Add a user's YAML dictionary (keys actors, agents, people) to `book`."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the actor dictionary ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(raw, dict):
        raise DictionaryError(f"{path}: expected a mapping with keys actors, agents, people")
    try:
        user = _UserFile(**raw)
    except ValidationError as err:
        raise DictionaryError(_where(str(path), err)) from err
    for actor in user.actors:
        for text in actor.names:
            book.add(text, Entry("user", actor.code))
    for text, agent in user.agents.items():
        book.agents[text.lower()] = agent
    for person in user.people:
        _add_person(book, _person(person), kind="user")


@lru_cache(maxsize=8)
def load_actors(extra: tuple[Path, ...] = ()) -> ActorBook:
    """Built-in dictionaries plus the user's files, in order."""
    book = load_builtin()
    for path in extra:
        extend(book, path)
    logger.debug("actor book: %d phrases, %d agents, %d people", len(book.phrases),
                 len(book.agents), len(book.people))
    return book
