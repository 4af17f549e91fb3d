"""Load the actor dictionaries (countries, places, agents, ethnic groups, institutions, IGOs, people) and
users' own files."""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import DictionaryError
from ..lexicon import phoenix
from ..lexicon.files import mixed, read_data, read_path, validate

logger = logging.getLogger(__name__)

# Priority when two files claim the same phrase: a later kind in this list wins.
KINDS = ("place", "region", "country", "adjective", "demonym", "capital", "metonym", "igo", "institution", "person",
         "user")
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

    def holds_on(self, day: date) -> bool:
        """Some role of the person covers `day`."""
        return any(r.holds_on(day) for r in self.roles)

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
class DatedPerson(Person):
    """A person from a PETRARCH/Phoenix file, read with that format's rule: on a day no dated role covers, the
    default code, or no actor at all ("") when there is none. Undated text gets no actor from a person with
    dated roles: which role is meant is unknown (the latest one coded a UN mediator of the 1980s as the
    Ecuadorian government he joined later), and the default is mostly a former leader's elite code."""

    default: str = ""

    def code_on(self, day: date | None) -> str:
        if day is None:
            return "" if self.roles else self.default
        for role in self.roles:
            if role.holds_on(day):
                return role.code
        return self.default


@dataclass(frozen=True)
class Entry:
    """What a phrase in text stands for: a fixed code or a person."""

    kind: str
    code: str = ""
    person: Person | None = None
    source: str = ""  # "" for Accord's own dictionaries, else the file (and line) the entry comes from
    # a person's bare surname ("Obama", "von der Leyen"): in dated text, only while a role of theirs holds
    bare: bool = False

    def code_on(self, day: date | None) -> str:
        return self.person.code_on(day) if self.person else self.code


@dataclass(frozen=True)
class Body:
    """A body several states have, named without its country ("the Senate", "Congress"), from bodies.yaml:
    the agent code it takes, the states that have one (empty: any), the country meant when the text names
    none of them."""

    names: tuple[str, ...]
    agent: str
    countries: frozenset[str] = frozenset()
    default: str = ""

    def allows(self, country: str) -> bool:
        return not self.countries or country in self.countries


@dataclass(frozen=True)
class Term:
    """A person's term in an office, from office_holders.yaml: "Sergei Lavrov", foreign minister, RUSGOV; or a
    dated role of a person of people.yaml (`rank` 1) or of a bundled PETRARCH/Phoenix file (`rank` 2): on a
    day, only the terms of the lowest rank that has any count."""

    office: str
    code: str
    person: Person
    surname: str
    start: date
    end: date | None
    rank: int = 0

    @property
    def listed(self) -> bool:
        """The term is one of office_holders.yaml."""
        return self.rank == 0

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(eq=False)
class ActorBook:
    """Every phrase Accord can resolve to an actor, and the role words that give agent codes."""

    phrases: dict[str, Entry] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)
    ethnic: dict[str, str] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)
    # regions by code ("WST": "the West"), whose adjectives name actors as modifiers only; never countries
    regions: dict[str, str] = field(default_factory=dict)
    # office holders by the surname a text may use alone ("Lavrov", "Xi", "von der Leyen")
    surnames: dict[str, list[Term]] = field(default_factory=dict)
    # surnames of several words ("von der Leyen") by their last word
    surnames_by_last: dict[str, list[tuple[str, list[Term]]]] = field(default_factory=dict)
    # bodies named without their country ("Senate", "Congress"), by the name as written
    bodies: dict[str, Body] = field(default_factory=dict)
    # news agencies, as written: the reporter of the news, no actor ("told Reuters")
    reporters: set[str] = field(default_factory=set)
    layers: tuple[str, ...] = ("accord",)  # the dictionary layers read, part of the coder version
    problems: list[str] = field(default_factory=list)  # lines of the user's PETRARCH files skipped, file: line

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


class _HolderModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    surname: str | None = None
    aliases: list[str] = []
    from_: date
    to: date | None

    def __init__(self, **data):
        if "from" in data:
            data["from_"] = data.pop("from")
        super().__init__(**data)


class _OfficeModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    office: str
    code: str
    holders: list[_HolderModel]

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        return _RoleModel._code(v)


class _BodyModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[str]
    agent: str
    countries: list[str] = []
    default: str = ""

    @field_validator("agent")
    @classmethod
    def _agent(cls, v: str) -> str:
        if not (len(v) == 3 and v.isalpha() and v.isupper()):
            raise ValueError("an agent code is three capital letters, e.g. LEG")
        return v


class _BodiesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bodies: list[_BodyModel]


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
    entry, bare = Entry(kind, person=person), Entry(kind, person=person, bare=True)
    for text in (person.name, *person.aliases):
        book.add(text, bare if is_surname(text, person.name) else entry)


def is_surname(alias: str, name: str) -> bool:
    """An alias that is a surname used alone: one word ("Obama", "Xi"), or the last words of the name ("von der
    Leyen" of "Ursula von der Leyen")."""
    alias = " ".join(alias.split())
    return alias != name and (" " not in alias or name.endswith(" " + alias))


def _data(name: str) -> str:
    return read_data("actors", name).text


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
    for row in _read_tsv(_data("regions.tsv"), "actors/regions.tsv", ["code", "name", "text"]):
        book.regions[row["code"]] = row["name"]
        book.add(row["text"], Entry("region", row["code"]))
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
    _add_office_holders(book)
    _add_bodies(book)
    for row in _read_tsv(_data("news_agencies.tsv"), "actors/news_agencies.tsv", ["text"]):
        book.reporters.add(" ".join(row["text"].split()))
    return book


def _add_bodies(book: ActorBook) -> None:
    """Bodies named without their country (bodies.yaml); their countries must be known country codes."""
    source = read_data("actors", "bodies.yaml")
    for n, item in enumerate(validate(source, _BodiesFile).bodies, start=1):
        unknown = [c for c in (*item.countries, *([item.default] if item.default else [])) if c not in book.countries]
        if unknown:
            raise DictionaryError(f"actors/bodies.yaml: body {n} ({item.names[0]}): {unknown} "
                                  f"are not country codes (ISO alpha-3)")
        body = Body(tuple(item.names), item.agent, frozenset(item.countries), item.default)
        for name in item.names:
            book.bodies[" ".join(name.split())] = body


def _add_office_holders(book: ActorBook) -> None:
    """Office holders since 2015 (office_holders.yaml): a person not in people.yaml gets an entry with the
    roles of all their terms; every term is indexed by its surname for bare-surname resolution."""
    raw = yaml.safe_load(_data("office_holders.yaml")) or []
    offices = []
    for n, item in enumerate(raw):
        try:
            offices.append(_OfficeModel(**item))
        except ValidationError as err:
            raise DictionaryError(_where(f"actors/office_holders.yaml: office {n + 1}", err)) from err
    known = {p.name: p for p in book.people}
    roles: dict[str, list[Role]] = {}
    aliases: dict[str, list[str]] = {}
    for office in offices:
        for h in office.holders:
            if h.to is not None and h.to < h.from_:
                raise DictionaryError(f"actors/office_holders.yaml: {office.office}: {h.name}: "
                                      f"ends ({h.to}) before it starts ({h.from_})")
            roles.setdefault(h.name, []).append(Role(office.code, h.from_, h.to))
            aliases.setdefault(h.name, []).extend(a for a in h.aliases if a not in aliases.get(h.name, []))
    people = {}
    for name, held in roles.items():
        if name in known:
            people[name] = known[name]
        else:
            people[name] = Person(name, tuple(aliases[name]), tuple(sorted(held, key=lambda r: r.start)))
            _add_person(book, people[name])
    for office in offices:
        for h in office.holders:
            surname = h.name.split()[-1] if h.surname is None else h.surname
            if surname:
                term = Term(office.office, office.code, people[h.name], surname, h.from_, h.to)
                _add_surname(book, surname, term)
    for person in book.people:
        if person.name not in roles:
            _add_role_terms(book, person)
    for surname, terms in book.surnames.items():
        if " " in surname:
            book.surnames_by_last.setdefault(surname.split()[-1], []).append((surname, terms))


def _add_role_terms(book: ActorBook, person: Person, rank: int = 1) -> None:
    """The dated roles of a person of people.yaml (or, `rank` 2, of a bundled Phoenix file: only roles with
    both ends, not its elite codes XXXELI) as terms under the last word of their name, for bare surnames on a
    date ("Hariri" in 2018 is Saad Hariri, his father being dead; "Aoun" in 2019 is no one, two holding
    roles): not a name of one word, a suffix ("II", "Jr."), a word of two letters, a Korean given name
    ("Dae-jung") or a short last word of three or more (East Asian order: "Kim Yong Nam", "Lee Kuan Yew")."""
    words = person.name.split()
    last = words[-1]
    if len(words) < 2 or len(last) < 3 or last.endswith(".") or not last[:1].isupper() \
            or set(last) <= set("IVX") or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", last) \
            or (len(words) > 2 and len(last) <= 4):
        return
    for role in person.roles:
        if rank == 2 and (role.start is None or role.end is None or role.code.endswith("ELI")):
            continue  # an open role of the Phoenix files ended at some day after they were last edited
        _add_surname(book, last, Term("", role.code, person, last, role.start or date.min, role.end, rank=rank))


def _add_surname(book: ActorBook, surname: str, term: Term) -> None:
    """Index `term` under its surname, and under the surname without accents as wire text often writes it
    ("Orban" for "Orbán", "Pinera" for "Piñera")."""
    book.surnames.setdefault(surname, []).append(term)
    plain = "".join(c for c in unicodedata.normalize("NFKD", surname) if not unicodedata.combining(c))
    if plain != surname:
        book.surnames.setdefault(plain, []).append(term)


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


@dataclass(frozen=True)
class Conflict:
    """A phrase both Accord's dictionaries and a layered PETRARCH/Phoenix file list, with different codes on
    `day` (None: whatever the date). Ours is the code used."""

    text: str
    ours: str
    theirs: str
    source: str
    day: date | None = None


# Codes that begin with one of these are organisations (IGOs, NGOs, militant groups, companies).
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def _phoenix_code(code: str, agents: dict[str, str]) -> str:
    """A Phoenix code as Accord writes it: a company (MNCUSA) is its country's business (USABUS), as Accord's own
    dictionaries code companies; "" for codes that name no actor here (a bare agent such as [MED] or [ELI], a
    company without a country)."""
    if code.startswith("MNC"):
        return code[3:6] + "BUS" if len(code) >= 6 and code[3:6] not in agents else ""
    if code[:3] in agents and not code.startswith(ORG_PREFIXES):
        return ""
    return code


def _phoenix_entry(actor: phoenix.PhoenixActor, name: str, agents: dict[str, str]) -> Entry | None:
    where = f"{actor.source}:{actor.line}"
    default = _phoenix_code(actor.default, agents) if actor.default else ""
    if actor.roles:
        roles = [Role(c, r.start, r.end) for r in actor.roles if (c := _phoenix_code(r.code, agents))]
        if not roles and not default:
            return None
        person = DatedPerson(actor.names[0].title(), tuple(n.title() for n in actor.names[1:]), tuple(roles),
                             default)
        return Entry("person", person=person, source=where)
    if not default:
        return None
    if default.startswith(ORG_PREFIXES):
        kind = "igo"
    elif len(default) == 3:
        kind = "country" if name == actor.names[0] else "place"
    else:
        kind = "institution"
    return Entry(kind, default, source=where)


def _disagreement(ours: Entry, theirs: Entry) -> tuple[str, str, date | None] | None:
    """The first date (or None) on which two entries give different codes."""
    days: list[date | None] = [None]
    if theirs.person is not None:
        days = [r.start or r.end for r in theirs.person.roles if r.start or r.end] or [None]
    if ours.person is not None:  # only where ours asserts a role
        days = [d for d in days if any(r.holds_on(d) for r in ours.person.roles if d is not None)]
    for day in days:
        a, b = ours.code_on(day), theirs.code_on(day)
        if a != b:
            return a, b, day
    return None


def layer_phoenix(book: ActorBook, actors: list[phoenix.PhoenixActor], agents: list[phoenix.PhoenixAgent] = (),
                  over: bool = False, stop: frozenset[str] = frozenset()) -> list[Conflict]:
    """Add Phoenix records to `book`: under what it holds (the bundled files), or over it (a user's own file,
    `over=True`). Phrases are compared without case; the conflicts found are returned. Bundled names that are
    also role words (of `book` or in `stop`: "Senate", "Youth") are left out: they name no one actor."""
    index = {text.lower(): text for text in book.phrases}
    conflicts: list[Conflict] = []
    known_agents = read_agent_names()
    # a bundled name that is also a role word ("Senate", "Youth") names no one actor, nor does a news agency
    generic = set(book.agents) | stop | {r.lower() for r in book.reporters}
    for actor in actors:
        for name in actor.names:
            if name.startswith("THE ") and not over:
                name = name[4:]  # "THE US": the article is no part of a name in Accord's matcher
            entry = _phoenix_entry(actor, name, known_agents)
            if entry is None or (not over and name.lower() in generic):
                continue
            if entry.person is not None and name == actor.names[0]:
                book.people.append(entry.person)
                if not over:
                    _add_role_terms(book, entry.person, rank=2)
            key = name.lower()
            held = index.get(key)
            if held is not None:
                old = book.phrases[held]
                if not old.source.startswith(phoenix.BUNDLED_ACTORS) or over:
                    differ = _disagreement(old, entry) if not over else _disagreement(entry, old)
                    if differ is not None:
                        conflicts.append(Conflict(held, *differ[:2], entry.source if not over else old.source
                                                  or "Accord", differ[2]))
                if not over:
                    continue
                del book.phrases[held]
            index[key] = name
            book.phrases[name] = entry
    for agent in agents:
        if over:
            book.agents[agent.text] = agent.code
        else:
            book.agents.setdefault(agent.text, agent.code)
    return conflicts


@lru_cache(maxsize=1)
def bundled_phoenix() -> tuple[tuple[phoenix.PhoenixActor, ...], tuple[phoenix.PhoenixAgent, ...]]:
    """The PETRARCH-2/Phoenix actor and agent records shipped with Accord, read once."""
    actors = [a for name in phoenix.BUNDLED_ACTORS
              for a in phoenix.read_actors(phoenix.bundled_text(name), name)]
    agents = phoenix.read_agents(phoenix.bundled_text(phoenix.BUNDLED_AGENTS), phoenix.BUNDLED_AGENTS)
    return tuple(actors), tuple(agents)


def extend_phoenix(book: ActorBook, path: Path) -> list[Conflict]:
    """Add a user's PETRARCH/Phoenix actor file over `book` (a user's entries win, as in YAML files)."""
    actors = phoenix.read_actors(read_path(path, "actor dictionary", decode=mixed).text, str(path), book.problems)
    if not actors:
        raise DictionaryError(f"{path}: no actor records found (expected NAME_ [CODE] lines)")
    return layer_phoenix(book, actors, over=True)


def extend_any(book: ActorBook, path: Path) -> list[Conflict]:
    """Add a user's actor file in either format, told apart by its content: Accord YAML or PETRARCH .txt."""
    try:
        head = Path(path).read_bytes()[:200_000]
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the actor dictionary ({exc.strerror})") from exc
    if phoenix.looks_like_phoenix(phoenix.decode_lines(head)):
        return extend_phoenix(book, path)
    extend(book, path)
    return []


def load_book(extra: tuple[Path, ...] = (), with_phoenix: bool = True) -> tuple[ActorBook, list[Conflict]]:
    """Accord's dictionaries, the bundled Phoenix ones under them, the user's files over both; and the
    conflicts met on the way."""
    book = load_builtin()
    conflicts: list[Conflict] = []
    if with_phoenix:
        book.layers = (*book.layers, "phoenix")
        actors, agents = bundled_phoenix()
        # Phoenix's role words are not added (Accord's own agents.tsv decides roles; measured in docs/coding.md),
        # but they keep the bundled names that are role words out
        conflicts += layer_phoenix(book, list(actors), stop=frozenset(a.text for a in agents))
    for path in extra:
        conflicts += extend_any(book, path)
    return book, conflicts


@lru_cache(maxsize=8)
def load_actors(extra: tuple[Path, ...] = (), with_phoenix: bool = True) -> ActorBook:
    """Built-in dictionaries (Accord's over the bundled Phoenix ones) plus the user's files, in order."""
    book, _ = load_book(extra, with_phoenix)
    for problem in book.problems:
        logger.warning("%s; line skipped", problem)
    logger.debug("actor book: %d phrases, %d agents, %d people", len(book.phrases),
                 len(book.agents), len(book.people))
    return book


def actor_conflicts(extra: tuple[Path, ...] = ()) -> tuple[list[Conflict], list[str]]:
    """Where Accord's actor dictionaries and the Phoenix ones (or the user's files) disagree, ours winning; and
    the lines of the user's PETRARCH files skipped."""
    book, conflicts = load_book(extra)
    return conflicts, book.problems
