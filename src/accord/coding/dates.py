"""Event dates: the publication date moved by the time expressions of the sentence."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon.dates import load_date_words

logger = logging.getLogger(__name__)

_WORDS = load_date_words()  # data/dates.yaml
_MONTHS = {m: n for n, m in enumerate(_WORDS.months, start=1)}
# Words that make a DATE entity a point in time worth parsing (not a duration such as "two years").
_POINT_WORDS = _WORDS.point_words | frozenset(_WORDS.weekdays) | frozenset(_WORDS.months) | _WORDS.month_abbreviations


@lru_cache(maxsize=20000)
def parse_date(text: str, base: date, tense: str = "") -> date | None:
    """The date an expression names, read from `base` (the publication date) and the `tense` of its verb."""
    bare = text.lower().strip().rstrip(".")
    if bare in _WORDS.weekdays:  # news usage: the most recent such day, the publication day included; the
        day = _WORDS.weekdays.index(bare)  # coming one for a future act ("will fly to Tokyo on Sunday")
        if tense == "future":
            return base + timedelta(days=(day - base.weekday()) % 7)
        return base - timedelta(days=(base.weekday() - day) % 7)
    words = bare.split()
    if len(words) == 2 and words[0] in _WORDS.earlier_words | _WORDS.later_words and words[1] in _MONTHS:
        month = _MONTHS[words[1]]  # "last June": the latest June before this month; "next June" the first after
        if words[0] in _WORDS.earlier_words:
            return date(base.year if month < base.month else base.year - 1, month, 1)
        return date(base.year if month > base.month else base.year + 1, month, 1)
    found = _dateparser(text, base, any(w in text.lower().split() for w in _WORDS.future_words))
    if found is None:
        return None
    words = set(text.lower().replace(",", " ").split())
    if words & _WORDS.relative_words or any(w.isdigit() and len(w) == 4 for w in words):
        return found
    # a month and day without a year: the nearest such date ("June 12" in a May article is the coming one),
    # the latest one not after `base` when the verb is `past` ("annexed Crimea in March")
    candidates = [d for d in (_same_day(found, found.year + k) for k in (-1, 0, 1)) if d is not None]
    if tense == "past" and any(d <= base for d in candidates):
        return max(d for d in candidates if d <= base)
    if tense == "future" and any(d >= base for d in candidates):
        return min(d for d in candidates if d >= base)
    return min(candidates, key=lambda d: abs((d - base).days))


@lru_cache(maxsize=20000)
def _dateparser(text: str, base: date, future: bool) -> date | None:
    """The day dateparser reads in `text` from `base`, preferring the future or the past: asked once for an
    expression, whatever the tense of the verb it dates (the events and the claims both ask)."""
    import dateparser

    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "future" if future else "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return None if parsed is None else parsed.date()


def without_preposition(text: str) -> str:
    """A date expression without a leading preposition of dates.yaml ("on Monday" -> "Monday")."""
    low = text.lower()
    for prep in _WORDS.leading_preps:
        if low.startswith(prep + " "):
            return text[len(prep) + 1:]
    return text


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _is_point(ent: Span) -> bool:
    words = {t.lower_ for t in ent}
    return bool(words & _POINT_WORDS) or any(t.text.isdigit() and len(t.text) == 4 for t in ent)  # not "five"


def _attached(ent: Span, anchor: Token) -> bool:
    """The time expression modifies the event's word (directly or through a preposition)."""
    tok = ent.root
    for _ in range(3):
        if tok.head == anchor:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _clause(tok: Token) -> Token:
    """The verb of the clause `tok` is in: itself for a verb, else its nearest verb above ("sanctions" in
    "imposed sanctions" -> imposed)."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head == tok:
            return tok
        tok = tok.head
    return tok


def _in_clause(ent: Span, anchor: Token, reporting: frozenset[str]) -> bool:
    """The time expression is in the event's own clause, or in the clause of a reporting verb that governs
    it ("said on Monday that ... had attacked"): not in a clause of its own ("after Iran tested a missile in
    October", "the envoy, who had met them in June")."""
    clause, own = _clause(anchor), _clause(ent.root.head if ent.root.head != ent.root else ent.root)
    if own == clause:
        return True
    tok = clause
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "parataxis") or tok.head == tok:
            return False
        tok = _clause(tok.head)
        if tok.lemma_.lower() in reporting:
            return own == tok
    return False


def _deadline(ent: Span, deadlines: frozenset[str]) -> bool:
    """The expression is a time limit ("gave Greece until Friday"), not when the event happens."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in deadlines or ent[0].lower_ in deadlines


def _tense(anchor: Token, future_aux: frozenset[str]) -> str:
    """ "past" for a verb in a past tense ("annexed", "had met"), "future" for one with an auxiliary of
    `future_aux` ("will fly"), else ""."""
    verb = _clause(anchor)
    if any(c.dep_ == "aux" and c.lower_ in future_aux for c in verb.children):
        return "future"
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return "past"
    return ""


def event_date(sent: Span, anchor: Token, published: date | None, reporting: frozenset[str] = frozenset(),
               deadlines: frozenset[str] = frozenset(), future_aux: frozenset[str] = frozenset()
               ) -> tuple[date | None, str]:
    """The date of the event anchored at `anchor`, and the expression it came from ("" for none): from a time
    expression of its own clause (or of the reporting clause above it), never a time limit in `deadlines`;
    a date without a year read by the tense of the event's verb (auxiliaries of the future: `future_aux`)."""
    if published is None:
        return None, ""
    points = [e for e in sent.ents if e.label_ == "DATE" and _is_point(e) and not _deadline(e, deadlines)
              and _in_clause(e, anchor, reporting)]
    if not points:
        return published, ""
    chosen = next((e for e in points if _attached(e, anchor)), None)
    if chosen is None:
        if len(points) > 1:
            return published, ""
        chosen = points[0]
    text = without_preposition(chosen.text)
    tense = _tense(anchor, future_aux)
    try:
        found = parse_date(text, published, tense)
    except Exception as exc:  # dateparser raises assorted errors on odd input; the date stays the default
        logger.debug("date expression %r not parsed: %s", text, exc)
        return published, ""
    if found is None or abs((found - published).days) > 365 * 30:
        return published, ""
    if tense == "past" and found > published:
        # "pledged $50 million for next year": a verb in a past tense was done; a time to come is that of what
        # it names (the money's delivery), not its own
        return published, ""
    return found, chosen.text
