"""Generate news-style articles of any size for benchmarks: seeded, varied, no text repeated.

    python bench/corpus.py --docs 1000 -o corpus.jsonl            # JSONL records (id, title, text, date ...)
    python bench/corpus.py --words 5000000 -o corpus.jsonl.gz     # until about five million words, gzipped
    python bench/corpus.py --docs 3000 --format txt -o folder/    # one .txt file per article (title, blank, text)

Actors come from Accord's dictionaries (src/accord/data/actors: countries, role words, IGOs, institutions and
people with the dates of their roles), events from the verb patterns of src/accord/data/cameo/verbs.yaml put
into the past, future, negated, conditional, reported or called-off forms of a few dozen sentence templates,
with quotes and background sentences around them. The lead sentence of article n is chosen by a permutation
of n over (source, target, pattern, weekday), so no two articles share it, whatever the size. The same seed
and size give the same corpus. The last line printed is `CORPUS <documents> <words>`.

`read_reuters` reads the benchmarks' real news instead: the shared Reuters-21578 JSONL beside the checkout.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import yaml

REUTERS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"

PREPS = {"on", "to", "with", "against", "for", "in", "at", "from", "over", "about", "of", "by", "into",
         "toward", "towards", "onto", "upon", "under", "across", "between", "through", "within", "after"}
PARTICLES = {"off", "up", "down", "out", "back", "away", "aside", "forward", "apart", "together"}
IRREGULAR = {  # base: (past, participle)
    "begin": ("began", "begun"), "beat": ("beat", "beaten"), "blow": ("blew", "blown"),
    "break": ("broke", "broken"), "bring": ("brought", "brought"), "build": ("built", "built"),
    "buy": ("bought", "bought"), "cast": ("cast", "cast"), "cling": ("clung", "clung"), "cut": ("cut", "cut"),
    "do": ("did", "done"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "find": ("found", "found"),
    "fight": ("fought", "fought"), "fly": ("flew", "flown"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "give": ("gave", "given"), "have": ("had", "had"), "hit": ("hit", "hit"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "lay": ("laid", "laid"), "leave": ("left", "left"),
    "lend": ("lent", "lent"), "make": ("made", "made"), "meet": ("met", "met"), "pay": ("paid", "paid"),
    "put": ("put", "put"), "quit": ("quit", "quit"), "rise": ("rose", "risen"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shoot": ("shot", "shot"), "show": ("showed", "shown"),
    "shut": ("shut", "shut"), "sit": ("sat", "sat"), "slay": ("slew", "slain"), "speak": ("spoke", "spoken"),
    "stand": ("stood", "stood"), "strike": ("struck", "struck"), "take": ("took", "taken"),
    "tear": ("tore", "torn"), "throw": ("threw", "thrown"), "uphold": ("upheld", "upheld"),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld", "withheld"), "write": ("wrote", "written"),
    "seek": ("sought", "sought"), "win": ("won", "won"), "tell": ("told", "told"), "say": ("said", "said"),
}
DOUBLE = {"kidnap", "commit", "admit", "permit", "expel", "compel", "control", "patrol", "rebel", "equip",
          "regret", "refer", "occur", "omit", "submit", "transfer", "worship", "handicap"}
PLURAL_USUALLY = {"talk", "sanction", "troop", "tie", "asset", "weapon", "arm", "force", "rock", "negotiation",
                  "relation", "hostage", "prisoner", "right", "reform", "election", "concession", "refugee",
                  "aid", "peacekeeper", "protest", "demand", "tariff", "restriction", "measure", "condolence"}
UNCOUNTABLE = {"aid", "support", "concern", "pressure", "power", "control", "responsibility", "silence",
               "sympathy", "solidarity", "optimism", "guilt", "hope", "confidence", "cooperation", "fire",
               "asylum", "custody", "pessimism", "satisfaction", "relief", "fear", "doubt", "information"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
OUTLETS = ("Accord Wire", "Northern Current", "The Meridian Post", "Global Dispatch", "Harbour Times",
           "Continental Herald", "Eastern Ledger", "Capital Bulletin")
ATTRIBUTIONS = ("officials said", "the foreign ministry said in a statement", "state media reported",
                "a government spokesman told reporters", "according to two people familiar with the matter",
                "diplomats said", "a senior official said on condition of anonymity",
                "the official news agency reported", "witnesses said", "the ministry said on its website")
QUOTES = ("We will not accept any interference in our internal affairs",
          "This is a clear violation of international law",
          "The door to dialogue remains open",
          "Our patience is not unlimited",
          "We are ready to work with all our partners to reduce tensions",
          "Nobody wants a return to the mistakes of the past",
          "The measures are temporary and will be reviewed every three months",
          "We expect concrete steps, not words",
          "These talks were frank and useful",
          "The decision was taken after long consultations with our allies",
          "We have made our position very clear",
          "There can be no military solution to this conflict",
          "The government will protect its citizens by every means available",
          "It is too early to say whether the agreement will hold")
BACKGROUND = (
    "Relations between {A} and {B} have been strained since {year}.",
    "Trade between the two countries reached ${n} billion last year, according to official figures.",
    "The {org} has called for restraint on all sides.",
    "More than {k} people have been displaced by the fighting since {month}.",
    "{A} and {B} signed a cooperation agreement in {year} that covers energy and transport.",
    "Analysts say the dispute is unlikely to be settled before the elections in {month}.",
    "The {org} is due to discuss the matter at a meeting in {city} next week.",
    "{A} has a population of about {n} million.",
    "The last round of negotiations, held in {city} in {year}, ended without an agreement.",
    "Markets in {city} fell {p} percent on the news before recovering later in the day.",
    "The region has seen repeated clashes over water rights and disputed border posts.",
    "Talks are expected to resume in {month}, officials in {city} said.",
    "Neither side gave details of the timetable.",
    "{A}'s parliament is expected to vote on the measure before the end of {month}.",
    "The {role} did not respond to a request for comment.",
)


def read_reuters(path: Path, words: int, keep: Callable[[dict], bool] | None = None) -> list[dict]:
    """Stories of the Reuters JSONL in file order until `words` whitespace-split words, repeats left out (by
    Accord's content hash), and only those `keep` accepts when given; exits naming `path` when it is missing."""
    from accord.records import Article

    if not path.exists():
        sys.exit(f"{path}: corpus not found; the benchmark needs the shared folder ../shared beside the "
                 f"checkout (with corpora/reuters21578.jsonl.gz)")
    stories, seen, total = [], set(), 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            if keep is not None and not keep(story):
                continue
            key = Article(text=story["text"], title=story.get("title", "")).content_hash
            if key in seen:
                continue
            seen.add(key)
            stories.append(story)
            total += len(story["text"].split())
            if total >= words:
                break
    return stories


def _data(*parts: str):
    return resources.files("accord.data").joinpath(*parts)


def _tsv(name: str) -> list[list[str]]:
    rows = []
    for line in _data("actors", name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows[1:]  # header


@dataclass
class Country:
    code: str
    name: str
    adjective: str
    capital: str


def load_countries() -> list[Country]:
    by_code: dict[str, dict[str, str]] = {}
    for code, kind, text in _tsv("countries.tsv"):
        by_code.setdefault(code, {}).setdefault(kind, text)
    return [Country(code, k["name"], k["adjective"], k["capital"]) for code, k in sorted(by_code.items())
            if {"name", "adjective", "capital"} <= set(k) and len(code) == 3]


def load_roles() -> list[str]:
    """Single-word and two-word role nouns of government, military and civil society."""
    return [text for text, agent in _tsv("agents.tsv")
            if agent in ("GOV", "MIL", "LEG", "JUD", "COP", "MED", "BUS", "OPP") and len(text.split()) <= 2]


def load_people() -> list[tuple[str, date, date]]:
    """People with one dated role: (name, from, to)."""
    out = []
    for person in yaml.safe_load(_data("actors", "people.yaml").read_text(encoding="utf-8")):
        for role in person.get("roles", []):
            start, end = role.get("from") or date(1990, 1, 1), role.get("to") or date(2030, 1, 1)
            out.append((person["name"], start, end))
    return out


def load_patterns() -> list[tuple[str, list[str]]]:
    """Verb patterns that read as English in their written order: head, particles, at most one object word,
    prepositions each followed by the target."""
    verbs = yaml.safe_load(_data("cameo", "verbs.yaml").read_text(encoding="utf-8"))["codes"]
    out = []
    for code, entry in verbs.items():
        if not code.isdigit():
            continue  # "---": uses of a verb that name no event
        for pattern in entry.get("verbs", []):
            words = pattern.split()
            objects = [w for w in words[1:] if w not in PREPS | PARTICLES | {"+"}]
            dangling = words[-1] in PREPS
            if len(objects) <= 1 and not dangling and words.count("+") <= 1 and words[0].isalpha():
                out.append((code, words))
    return out


def past(verb: str) -> str:
    return IRREGULAR[verb][0] if verb in IRREGULAR else _regular(verb)


def participle(verb: str) -> str:
    return IRREGULAR[verb][1] if verb in IRREGULAR else _regular(verb)


def _regular(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if verb.endswith("c"):
        return verb + "ked"
    vowels = sum(1 for i, ch in enumerate(verb) if ch in "aeiou" and (i == 0 or verb[i - 1] not in "aeiou"))
    if verb in DOUBLE or (vowels == 1 and len(verb) >= 3 and verb[-1] not in "aeiouwxyh"
                          and verb[-2] in "aeiou" and verb[-3] not in "aeiou"):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def third(verb: str) -> str:
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


class Generator:
    """Articles from the dictionaries; article n depends only on the seed and n."""

    def __init__(self, seed: int = 0):
        self.seed = seed
        self.countries = load_countries()
        self.roles = load_roles()
        self.people = load_people()
        self.patterns = load_patterns()
        self.orgs = [text for text, _code in _tsv("igos.tsv") if not text.startswith("the ")]
        self.institutions: dict[str, list[str]] = {}
        for text, code in _tsv("institutions.tsv"):
            self.institutions.setdefault(code[:3], []).append(text)
        n = len(self.countries)
        self.radix = (n, n - 1, len(self.patterns), len(WEEKDAYS))
        self.space = n * (n - 1) * len(self.patterns) * len(WEEKDAYS)
        self.step = _coprime(self.space, 2_654_435_761 + seed)

    def lead(self, n: int) -> tuple[Country, Country, tuple[str, list[str]], str]:
        """The (source, target, pattern, weekday) of article n: distinct for n below `space`."""
        k = (n * self.step + self.seed) % self.space
        digits = []
        for r in self.radix:
            digits.append(k % r)
            k //= r
        s, t, p, w = digits
        return (self.countries[s], self.countries[(s + 1 + t) % len(self.countries)], self.patterns[p],
                WEEKDAYS[w])

    def article(self, n: int) -> dict:
        rng = random.Random(f"{self.seed}:{n}")
        src, tgt, pattern, weekday = self.lead(n)
        day = date(2012, 1, 1) + timedelta(days=rng.randrange(365 * 12))
        outlet = rng.choice(OUTLETS)
        city = src.capital
        dateline = f"{city.upper()}, {MONTHS[day.month - 1][:3]}. {day.day} ({outlet}) —"
        paragraphs = [f"{dateline} {self.event(rng, src, tgt, pattern, 'past', weekday)}"]
        for _ in range(rng.randint(2, 9)):
            paragraphs.append(" ".join(self.sentence(rng, src, tgt, day) for _ in range(rng.randint(1, 3))))
        title = f"{src.name} {self.predicate(rng, pattern[1], 'third', tgt.name)}"
        return {"id": f"gen-{self.seed}-{n}", "title": title[:1].upper() + title[1:], "date": day.isoformat(),
                "outlet": outlet, "url": f"https://news.example/{day:%Y/%m/%d}/{n}",
                "text": "\n\n".join(paragraphs)}

    def actor(self, rng: random.Random, country: Country, day: date | None = None) -> str:
        roll = rng.random()
        if roll < 0.35:
            return country.name
        if roll < 0.6:
            return f"{country.adjective} {rng.choice(self.roles)}s" if rng.random() < 0.3 else \
                f"the {country.adjective} {rng.choice(self.roles)}"
        if roll < 0.7 and day is not None:
            people = [p for p, start, end in self.people if start <= day <= end]
            if people:
                return rng.choice(people)
        if roll < 0.8 and country.code in self.institutions:
            return rng.choice(self.institutions[country.code])
        if roll < 0.9:
            return f"officials in {country.capital}"
        return f"the government of {country.name}"

    def object_words(self, rng: random.Random, words: list[str], plain: bool = False) -> str:
        out = []
        for w in words[1:]:
            if w == "+":
                break
            if w in PREPS:
                break
            if w in PARTICLES:
                out.append(w)
            else:
                noun = plural(w) if w in PLURAL_USUALLY and w not in UNCOUNTABLE else w
                if not plain and w not in UNCOUNTABLE and rng.random() < 0.4:
                    noun = rng.choice(("new ", "further ", "fresh ", "the ")) + noun
                out.append(noun)
        return " ".join(out)

    def predicate(self, rng: random.Random, words: list[str], form: str, target: str) -> str:
        """The verb phrase of a pattern in one form, with the target put where the pattern says."""
        head = words[0]
        verb = {"past": past(head), "base": head, "participle": participle(head), "third": third(head)}[form]
        rest = self.object_words(rng, words)
        tail = ""
        if "+" in words:
            i = words.index("+")
            prep = words[i - 1] if words[i - 1] in PREPS else ""
            tail = f"{prep} {target}".strip()
            if not prep and not rest:
                return f"{verb} {target}"
        elif not rest:
            tail = target if rng.random() < 0.7 else ""
        elif rng.random() < 0.5:
            tail = f"{rng.choice(('with', 'against', 'on', 'to'))} {target}"
        return " ".join(x for x in (verb, rest, tail) if x)

    def event(self, rng: random.Random, src: Country, tgt: Country, pattern: tuple[str, list[str]], form: str,
              weekday: str | None = None) -> str:
        words = pattern[1]
        when = f" on {weekday}" if weekday else ""
        who, whom = self.actor(rng, src), self.actor(rng, tgt)
        attribution = rng.choice(ATTRIBUTIONS)
        kind = rng.random() if form != "past" else 0.0
        if kind < 0.55:
            return f"{_cap(who)} {self.predicate(rng, words, 'past', whom)}{when}, {attribution}."
        if kind < 0.65:
            return f"{_cap(who)} did not {self.predicate(rng, words, 'base', whom)}{when}, {attribution}."
        if kind < 0.75:
            return f"{_cap(who)} will {self.predicate(rng, words, 'base', whom)} next month, {attribution}."
        if kind < 0.82:
            return (f"If {who} {self.predicate(rng, words, 'third', whom)}, {self.actor(rng, tgt)} would "
                    f"respond, {attribution}.")
        if kind < 0.9:
            return f"{_cap(who)} said it had {self.predicate(rng, words, 'participle', whom)}{when}."
        if kind < 0.95:
            return f"{_cap(who)} called off plans to {self.predicate(rng, words, 'base', whom)}."
        return f"{_cap(who)} could {self.predicate(rng, words, 'base', whom)}, {attribution}."

    def sentence(self, rng: random.Random, src: Country, tgt: Country, day: date) -> str:
        roll = rng.random()
        if roll < 0.5:
            a, b = (src, tgt) if rng.random() < 0.6 else (tgt, src)
            if rng.random() < 0.3:
                b = rng.choice(self.countries)
            return self.event(rng, a, b, rng.choice(self.patterns), "any", rng.choice(WEEKDAYS))
        if roll < 0.7:
            speaker = self.actor(rng, rng.choice((src, tgt)), day)
            verb = rng.choice(("said", "told reporters", "said in a statement", "wrote on social media"))
            return f"\u201c{rng.choice(QUOTES)},\u201d {speaker} {verb}."
        template = rng.choice(BACKGROUND)
        return template.format(A=src.name, B=tgt.name, year=rng.randint(1990, day.year), n=rng.randint(2, 900),
                               k=f"{rng.randint(2, 400) * 1000:,}", month=rng.choice(MONTHS),
                               org=rng.choice(self.orgs), city=rng.choice((src.capital, tgt.capital)),
                               p=f"{rng.uniform(0.2, 6.5):.1f}", role=rng.choice(self.roles))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _coprime(space: int, start: int) -> int:
    from math import gcd

    step = start % space or 1
    while gcd(step, space) != 1:
        step += 1
    return step


def generate(docs: int | None = None, words: int | None = None, seed: int = 0):
    """Articles in order until `docs` articles or `words` words (whitespace-split), whichever comes first."""
    gen = Generator(seed)
    total = n = 0
    while (docs is None or n < docs) and (words is None or total < words) and n < gen.space:
        art = gen.article(n)
        total += len(art["text"].split())
        n += 1
        yield art


def write_jsonl(path: Path, docs: int | None = None, words: int | None = None, seed: int = 0) -> tuple[int, int]:
    """Write generated articles as JSONL (gzipped for a .gz name); how many articles and words."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n_docs = n_words = 0
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for art in generate(docs, words, seed):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
            n_docs, n_words = n_docs + 1, n_words + len(art["text"].split())
    return n_docs, n_words


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, help="this many articles")
    parser.add_argument("--words", type=int, help="articles until this many words")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="a .jsonl or .jsonl.gz file, or a folder for --format txt")
    args = parser.parse_args(argv)
    if args.docs is None and args.words is None:
        parser.error("give --docs or --words")
    start = time.perf_counter()
    n_docs = n_words = 0
    if args.format == "txt":
        args.output.mkdir(parents=True, exist_ok=True)
        for art in generate(args.docs, args.words, args.seed):
            path = args.output / f"{art['id']}.txt"
            path.write_text(f"{art['title']}\n\n{art['text']}\n", encoding="utf-8")
            n_docs, n_words = n_docs + 1, n_words + len(art["text"].split())
    else:
        n_docs, n_words = write_jsonl(args.output, args.docs, args.words, args.seed)
    print(f"wrote {n_docs} articles, {n_words} words to {args.output} in {time.perf_counter() - start:.1f} s",
          file=sys.stderr)
    print(f"CORPUS {n_docs} {n_words}")


if __name__ == "__main__":
    main()
