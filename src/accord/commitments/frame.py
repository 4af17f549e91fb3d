"""Claims in one parsed sentence: a promise as a frame around a coded act, an act done or not, a promise said
to be kept, broken or withdrawn.

A promise is the commitment word (verb "pledged to", noun "X's pledge to", "under the deal, X will") by its
promisor around the promised act, which is read like any event: its words in the text (`text`, with offsets)
and a readable normal form (`action`: the verb's lemma, then the rest as written), its lemmas for matching,
its CAMEO code, its negation ("not to test", "refrain from testing"). Around it: the promisee (indirect object,
"to/with X", else the target of the act), the date the text gives for the promise, a condition ("once the
inspectors verify ...") and a deadline ("by the end of the year").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Span, Token

from ..actors.resolve import UNKNOWN, Actor
from ..coding.dates import parse_date, without_preposition
from ..coding.match import best_pattern
from ..lexicon.commitments import Lexicon, load_lexicon
from ..lexicon.dates import load_date_words
from ..nlp.grammar import slots_of
from ..records import Claim
from .ledger import (
    AGENTLESS,
    CALLED_OFF,
    COUNT,
    OBJECT,
    OCCASION,
    PERSON,
    PUT_OFF,
    RECEIVER,
    SCHEDULED,
    SHARE,
    THING,
    party,
)

_OBJECTS = ("dobj", "obj", "nsubjpass", "attr")
# parts of a clause that are not the act itself: subordinate clauses, asides, other acts joined to it
_NOT_ACT = {"advcl", "relcl", "parataxis", "appos", "punct", "cc", "conj", "mark", "nsubj", "nsubjpass", "aux",
            "auxpass", "neg", "advmod", "npadvmod", "dep", "preconj", "expl", "intj", "meta"}
_MAX_WORDS = 18
_WORD_CLASSES = (VERB, NOUN, AUX)  # of the words a claim is anchored on
_NUMBER = re.compile(r"[\d,.]+")


def _content(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not tok.is_stop and tok.is_alpha


def negated(verb: Token) -> bool:
    """"not"/"never" on the verb, "no longer" or "no more" ("would no longer use the phrase"), or "no" on its
    object ("will send no more grain")."""
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(
            d.lower_ == "no" for d in c.children) for c in verb.children):
        return True
    return any(c.dep_ in _OBJECTS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in verb.children)


def _object_heads(verb: Token) -> list[Token]:
    heads = []
    for child in verb.children:
        if child.dep_ in _OBJECTS or child.dep_ in ("dative", "acomp", "oprd"):
            heads.append(child)
        elif child.dep_ == "prep":
            heads += [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    return heads


def act_lemmas(verb: Token, lex: Lexicon | None = None, actors=None) -> list[str]:
    """The act a verb names, for matching: its lemma, particle and the content words and numbers of what it
    is about; a name of several words is one word, marked "=" ("=south korea"), or with `actors` the actor it
    names, marked "@" ("@KOR": "Seoul" and "South Korea" are one)."""
    lex = lex or load_lexicon()
    return _lemmas(verb, lex, actors, verb.sent.ents, _act_tokens(verb, lex, asides=True))


def _lemmas(verb: Token, lex: Lexicon, actors, ents, tokens: list[Token]) -> list[str]:
    """`act_lemmas` from the sentence's entities and the act's words with its asides."""
    words = [verb.lemma_.lower()]
    # "make payments", "take steps": the noun names the act (what "move" has as object is what it moves); not
    # with a particle, which makes a verb of its own ("take back the migrants", "take the migrants back")
    if words[0] in lex.light_verbs and words[0] not in lex.mover_verbs and not any(
            c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in lex.particles for c in verb.children):
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        words = [noun.lemma_.lower()] if noun is not None else words
    if words[0] in lex.away_moves and _moved_away(tokens, lex):  # "move its fighters north of the river"
        words = [lex.away_verb]
    if words[0] in lex.letting_verbs and any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in lex.leaving_verbs
                                             for c in verb.children):
        words = [lex.release_verb]  # "let the fishermen go home": their release
    elif words[0] in lex.return_verbs and any(t.lower_ in lex.table_nouns for t in tokens):
        words = list(lex.resumed_talks)  # "returned to the negotiating table": talks resumed
    skip = verb.i
    # "were set free": freed; "take Chile off the list", the particle read as a preposition: removing it
    after = next((c for c in verb.children if c.dep_ in ("prt", "oprd", "acomp") or c.dep_ == "prep" and
                  f"{verb.lemma_.lower()} {c.lower_}" in lex.phrasal_acts), None)
    if after is not None and after.dep_ == "prep":
        words, skip = [lex.phrasal_acts[f"{verb.lemma_.lower()} {after.lower_}"]], after.i
    elif after is not None and f"{words[0]} {after.lemma_.lower()}" in lex.phrasal_acts:
        words, skip = [lex.phrasal_acts[f"{words[0]} {after.lemma_.lower()}"]], after.i
    else:
        words += [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
    names = {t.i: ent for ent in ents if ent.label_ in lex.name_labels for t in ent}
    for tok in tokens:
        if tok.i == verb.i or tok.dep_ == "prt" or tok.i == skip:
            continue
        if tok.i in names and tok.pos_ == "PROPN":
            code = _actor_code(tok, actors) if actors is not None else ""
            words.append("@" + code if code else "=" + " ".join(t.lower_ for t in names[tok.i] if t.pos_ == "PROPN"))
        elif (_content(tok) or tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.stop_nouns) and \
                tok.ent_type_ not in ("CARDINAL", "DATE", "MONEY", "PERCENT", "QUANTITY"):
            words.append(tok.lemma_.lower())
        elif tok.like_num and tok.ent_type_ not in ("DATE",):
            words.append(tok.lower_)
    words = list(dict.fromkeys(words))[:14]
    # "exchanged 40 soldiers for 12 rebel fighters": people swapped are the swap's prisoners
    if words[0] in lex.swap_verbs and lex.swap_word not in words and not lex.swapped_people.isdisjoint(words):
        words = [*words[:13], lex.swap_word]
    return words


def _moved_away(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the words of an act of moving forces move them away: "back", "behind the line", "north of the
    river" (the direction word followed by "of", wherever the parser hangs it)."""
    doc = tokens[0].doc
    return any(t.lower_ in lex.away_words and t.pos_ != "NOUN" or t.lower_ in lex.away_directions
               and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" for t in tokens)


def _actor_code(tok: Token, actors) -> str:
    """The actor a name in an act stands for (its party: country, or organisation), or ""."""
    for actor in actors.actors(tok):
        if actor.start <= tok.idx < actor.end and actor.code[:3] != "---":
            return actor.code[:6] if actor.code[:3] in ("IGO", "NGO", "MNC", "IMG") else actor.code[:3]
    return ""


def _act_tokens(verb: Token, lex: Lexicon, asides: bool = False) -> list[Token]:
    """The words of the act: the verb and its objects and modifiers, not its subject, subordinate clauses
    (conditions), deadlines or acts joined to it; relative clauses and asides only with `asides` (for
    matching: "the new goal, a fall in coal use of 40 percent")."""
    keep = [verb]
    for child in verb.children:
        if asides and child.dep_ == "nsubjpass" and child.pos_ in ("NOUN", "PROPN"):
            # "the boats were handed over (by Peru)": the boats, for matching
            keep += _phrase(child, lex, _CLAUSES)
            continue
        if asides and child.dep_ == "nsubj" and child.pos_ == "NOUN" and verb.lemma_.lower() in lex.mover_verbs and \
                not any(c.dep_ in _OBJECTS for c in verb.children):
            keep.append(child)  # "the soldiers deployed": deploying the soldiers, for matching
            continue
        if (child.dep_ in _NOT_ACT or _is_deadline(child, lex) or child.ent_type_ == "DATE" and child.dep_ != "dobj"
                or is_frame(child, lex) or _is_condition(child, lex)):
            if child.dep_ == "neg":
                keep.append(child)
            elif child.dep_ in ("advmod", "npadvmod") and child.i > verb.i and child.ent_type_ != "DATE" and (
                    child.dep_ == "advmod" and child.lower_ in lex.particles
                    or any(c.dep_ == "prep" for c in child.children)):
                # "fly the envoys home from Nairobi", "move its fighters north of the river"
                keep += _phrase(child, lex, ())
            continue
        keep += _phrase(child, lex, _CLAUSES if asides else (*_CLAUSES, "appos"))
    return sorted(keep, key=lambda t: t.i)


_CLAUSES = ("relcl", "advcl", "parataxis")
# what makes a verb with a subject more than the subject's own change ("the talks resumed"): an object or
# complement names what was done to something else, or the verb says something of the subject
_SUBJECT_ONLY_STOPS = frozenset({"dobj", "obj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "agent"})
# what after "do", "deliver", "keep" says what was done: without any, the verb stands for an act named before
_ELLIPSIS_STOPS = frozenset({"xcomp", "ccomp", "prep", "dative", "acomp", "attr", "oprd", "advcl", "prt", "agent"})


def _phrase(top: Token, lex: Lexicon, clauses: tuple[str, ...]) -> list[Token]:
    """`top` and the words under it, short of clauses of the kinds in `clauses` and of the phrases that frame
    an act (a deal's terms, a deadline, a condition): one walk down the tree, each word looked at once."""
    out, todo = [top], [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in clauses or _framing(child, lex) or child.dep_ == "pobj" and _promise_phrase(child, lex):
                continue
            out.append(child)
            todo.append(child)
    return out


def _promise_phrase(noun: Token, lex: Lexicon) -> bool:
    """A promise noun with its own act ("ends visit with a pledge to help ..."): a promise of its own, no part of
    the act it hangs on."""
    return noun.lemma_.lower() in lex.promise_nouns and any(c.dep_ in ("acl", "relcl") for c in noun.children)


def _framing(tok: Token, lex: Lexicon) -> bool:
    """A phrase that is no part of the act it sits in: a deal's frame, a condition, a deadline."""
    return tok.dep_ in ("prep", "advcl", "acl") and (is_frame(tok, lex) or _is_deadline(tok, lex)
                                                     or _is_condition(tok, lex))


def _inside_clause(tok: Token, top: Token, asides: bool = False) -> bool:
    """Whether a word belongs to a relative or subordinate clause or (unless `asides`) an apposition inside
    `top`'s phrase."""
    while tok != top:
        if tok.dep_ in ("relcl", "advcl", "parataxis") or tok.dep_ == "appos" and not asides:
            return True
        tok = tok.head
    return False


def is_frame(tok: Token, lex: Lexicon) -> bool:
    """The phrase that makes an act a term of a deal: "under the deal", "as part of the accord", "in return"."""
    if tok.dep_ != "prep":
        return False
    deals = lex.agreement_nouns | lex.text_nouns
    for obj in (c for c in tok.children if c.dep_ == "pobj"):
        lemma = obj.lemma_.lower()
        if tok.lower_ == "under" and lemma in deals or tok.lower_ == "in" and lemma in lex.bargain_nouns:
            return True
        if tok.lower_ == "as" and lemma in lex.part_nouns and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in deals for o in p.children)
                for p in obj.children):
            return True
    return False


def _is_condition(tok: Token, lex: Lexicon) -> bool:
    """A condition parsed as a phrase of the verb: "provided that the rebels disarm"."""
    return tok.dep_ in ("prep", "advcl", "acl") and tok.left_edge.lower_ in lex.firm_condition_marks


def _deal_of_clause(verb: Token, lex: Lexicon) -> Token | None:
    """The deal a clause with no subject of its own is about, however the parser hangs it: "a pact that commits
    both sides to ...", "a pact creating a commission and committing both sides to ...", "signed a pact ...,
    committing both sides to ..."; else None."""
    first = verb
    while first.dep_ == "conj":
        first = first.head
    nouns = [first.head] if first.dep_ in ("acl", "relcl") else []
    for v in {first, first.head} if first.dep_ == "advcl" else {first}:
        if v is not verb:
            nouns += [c for c in v.children if c.dep_ in ("dobj", "obj")]
    return next((n for n in nouns if n.lemma_.lower() in lex.agreement_nouns | lex.text_nouns), None)


def _is_deadline(tok: Token, lex: Lexicon) -> bool:
    """"by the end of March", "within 90 days", "by May" (a month the tagger took for no date); not "by two
    days" ("extend the truce by two days": how much)."""
    return (tok.dep_ == "prep" and tok.lower_ in lex.deadline_preps
            and any(c.dep_ == "pobj" and (c.ent_type_ == "DATE" or c.lower_ in lex.months and c.text[0].isupper())
                    and not (tok.lower_ == "by" and _span(c, lex)) for c in tok.children))


def _span(noun: Token, lex: Lexicon) -> bool:
    """Whether a date phrase is a bare length of time ("two days", "a week"), not a point in it."""
    words = [t.lower_ for t in noun.subtree]
    return len(words) == 2 and words[1].rstrip("s") in lex.span_days and (
        words[0] in ("a", "an") or next(iter(noun.subtree)).like_num)


def count_of(verb: Token) -> int | None:
    """How many of its object an act names ("release 150 prisoners", "freed 13 women and children"), or None."""
    for obj in (c for c in verb.children if c.dep_ in _OBJECTS):
        number = obj if _NUMBER.fullmatch(obj.text) else next(  # "freed 12 of the fishermen"
            (c for c in obj.children if c.dep_ == "nummod" and _NUMBER.fullmatch(c.text)), None)
        if number is not None:
            try:
                return int(float(number.text.replace(",", "")))
            except ValueError:
                return None
    return None


_STOPS = {",", ";", ":", "—", "–", "(", ")"}


def _stretch(verb: Token, lex: Lexicon, tokens: list[Token] | None = None, end: int | None = None) -> Span:
    """The act as one stretch of the text from its verb: up to the last of its words before a break (a comma,
    an aside, a joined act), at most a few words long. `tokens` are the act's words when known, `end` the end
    of its sentence."""
    kept = {t.i for t in (_act_tokens(verb, lex) if tokens is None else tokens)}
    doc, last, resume = verb.doc, verb.i, -1
    for t in doc[verb.i + 1:verb.sent.end if end is None else end]:
        if t.i <= resume:
            continue
        if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].i in kept and doc[t.i + 1].dep_ == "conj":
            continue  # a list inside the act: "spend it only on food, medicine and other goods"
        aside = _aside_after(t, kept)
        if aside is not None:  # "use the summit, which opens in May, to ease tensions": past the aside
            resume = aside
            continue
        if t.text in _STOPS or t.is_space and "\n" in t.text or t.i - verb.i > _MAX_WORDS:
            break
        if t.i in kept:
            last = t.i
        elif t.dep_ in ("cc", "conj", "relcl", "advcl", "mark") and t.head.i in kept | {verb.i}:
            break
    while last > verb.i and (doc[last].is_punct or doc[last].is_space
                             or doc[last].pos_ in ("CCONJ", "ADP", "DET", "PART")):
        last -= 1
    return doc[verb.i:last + 1]


def _aside_after(comma: Token, kept: set[int]) -> int | None:
    """Where an aside that `comma` opens ends, when the act goes on after it: a relative clause or apposition
    on a word of the act, closed by a comma that a word of the act follows."""
    doc = comma.doc
    if comma.text != "," or comma.i + 1 >= len(doc):
        return None
    head = doc[comma.i + 1]
    while head.head.i > comma.i and head.head.i != head.i and head.dep_ not in ("relcl", "appos"):
        head = head.head
    if head.dep_ not in ("relcl", "appos") or head.head.i not in kept or head.left_edge.i != comma.i + 1:
        return None
    close = head.right_edge.i + 1
    if close + 1 < len(doc) and doc[close].text == "," and close + 1 in kept:
        return close
    return None


def _without_asides(stretch: Span, verb: Token) -> str:
    """The stretch's words short of the asides `_stretch` stepped over."""
    kept, skip, inside = [], -1, {t.i for t in stretch}
    for t in stretch:
        if t.i <= skip:
            continue
        end = _aside_after(t, inside) if t.i > verb.i else None
        if end is not None:
            skip = end
            continue
        kept.append(t)
    return "".join(t.text_with_ws if n + 1 < len(kept) and kept[n + 1].i == t.i + 1 else t.text + " "
                   for n, t in enumerate(kept)).strip()


def act_span(verb: Token, lex: Lexicon) -> tuple[int, int, str]:
    """The act as the text words it: character offsets in the parsed text, and the words."""
    span = _stretch(verb, lex)
    return span.start_char, span.end_char, span.text


def readable(verb: Token, lex: Lexicon, negative: bool) -> str:
    """The normal form of an act: "not " when negative, the verb's lemma, then its words as the text has them
    ("not sell drones fitted with guided bombs")."""
    return _readable(verb, _stretch(verb, lex), negative)


def _readable(verb: Token, stretch: Span, negative: bool) -> str:
    """`readable` from the act's stretch of text."""
    rest = _without_asides(stretch, verb)[len(verb.text):].strip() if len(stretch) > 1 else ""
    said_no = rest.lower().startswith("no ") or " no " in f" {rest.lower()} "
    return " ".join(w for w in ("not" if negative and not said_no else "", verb.lemma_.lower(), rest) if w)


def amount_of(tokens, lex: Lexicon | None = None) -> float | None:
    """The first sum of money among the words ("$3 billion" -> 3e9), or None."""
    lex = lex or load_lexicon()
    scales = lex.money_scales
    tokens = list(tokens)
    toks = [t for t in tokens if t.ent_type_ == "MONEY"]
    if not toks:  # "500 million euros": a number before a currency's noun the tagger did not mark as money
        currency = next((t for t in tokens if t.lemma_.lower() in lex.currency_nouns), None)
        toks = [t for t in currency.subtree if t.i < currency.i] if currency is not None else []
    for n, t in enumerate(toks):
        if t.like_num and _NUMBER.fullmatch(t.text):
            try:
                value = float(t.text.replace(",", ""))
            except ValueError:
                continue
            if n + 1 < len(toks) and toks[n + 1].lower_ in scales:
                value *= scales[toks[n + 1].lower_]
            return value
    return None


def share_of(verb: Token, lex: Lexicon) -> str:
    """How much of its object an act says was done, when only part ("bought 57 percent of the goods", "freed
    half of the sailors", "partly lifted the curbs"): the words ("57 percent", "partly"), else ""."""
    said = _part_adverb(verb, lex)
    if said:
        return said
    for obj in (c for c in verb.children if c.dep_ in _OBJECTS):
        lemma = obj.lemma_.lower()
        if lemma not in lex.share_nouns or not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            continue
        if lemma in lex.percent_nouns:
            number = next((t for t in obj.subtree if t.i < obj.i and t.like_num and _NUMBER.fullmatch(t.text)), None)
            try:
                if number is None or float(number.text.replace(",", "")) >= 100:
                    continue
            except ValueError:
                continue
        return verb.doc[obj.left_edge.i:obj.i + 1].text
    return ""


def _part_adverb(verb: Token, lex: Lexicon) -> str:
    """A word of `part_words` on the verb ("partly lifted", "had only partially met its pledge"), or ""."""
    return next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in lex.part_words), "")


def due_date(text: str, published: date | None, lex: Lexicon | None = None) -> date | None:
    """The last day a deadline allows ("by 2025" -> 2025-12-31, "by the end of the year", "by June", "by March
    10", "within 90 days" of the publication date); a day without a year is the next one after publication."""
    if published is None:
        return None
    lex = lex or load_lexicon()
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if len(words) >= 3 and words[0] == "within" and words[2].rstrip("s") in lex.span_days and (
            words[1].isdigit() or words[1] == "a"):
        count = int(words[1]) if words[1].isdigit() else 1
        return published + timedelta(days=count * lex.span_days[words[2].rstrip("s")])
    years = [int(w) for w in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)]

    dates = load_date_words()  # month names in calendar order, and their abbreviations ("by Nov. 20")

    def month_of(w: str) -> int:
        """The month a word names (1-12), or 0."""
        short = w in dates.month_abbreviations
        return next((n for n, m in enumerate(dates.months, 1) if w == m or short and m.startswith(w)), 0)

    named = next(((i, month_of(w)) for i, w in enumerate(words) if month_of(w)), None)
    if named:
        at, month = named
        after = words[at + 1:]
        day = int(after[0]) if after and after[0].isdigit() and int(after[0]) <= 31 else 0
        year = years[0] if years else published.year
        last = calendar.monthrange(year, month)[1]
        due = date(year, month, min(day, last) if day else last)
        if years or due >= published:
            return due
        return due.replace(year=year + 1, day=min(due.day, calendar.monthrange(year + 1, month)[1]))
    if years:
        return date(years[0], 12, 31)
    if "year" in words and ("end" in words or "this" in words):
        return date(published.year, 12, 31)
    try:
        return parse_date(text, published)
    except Exception:  # dateparser raises assorted errors on odd input; no deadline date then
        return None


def text_date(sent: Span, anchor: Token, published: date | None, skip: set[int],
              lex: Lexicon | None = None, ents=None) -> date | None:
    """The date the text gives for the word at `anchor` ("pledged in June", "shipped in December"): a point
    in time attached to it, not inside `skip` (the act's own words, a deadline); else None. `ents` are the
    sentence's entities when known."""
    if published is None:
        return None
    lex = lex or load_lexicon()
    for ent in sent.ents if ents is None else ents:
        if ent.label_ != "DATE" or ent.root.i in skip:
            continue
        words = {t.lower_ for t in ent}
        root = ent.root
        attached = root.head == anchor and root.dep_ in ("npadvmod", "tmod", "advmod", "pobj") or (
            root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head == anchor
            and root.head.lower_ in lex.time_preps) or _occasion(root, anchor)
        if not attached or not (words & lex.time_points or any(t.like_num and len(t.text) == 4 for t in ent)):
            continue
        text = without_preposition(ent.text)
        try:
            found = parse_date(text, published)
        except Exception:  # as above: an unparsed expression gives no date
            found = None
        if found is not None and found > published and words & lex.months and not any(
                t.like_num and len(t.text) == 4 for t in ent):
            # a month's day without its year, said of what was done or promised: the last one before publication
            found = _year_before(found)
        if found is not None and abs((found - published).days) < 365 * 30:
            return found
    return None


def _joined_date(sent: Span, anchor: Token, published: date | None, skip: set[int], lex: Lexicon) -> date | None:
    """The date of the verb a promise verb is joined to ("said in Tokyo on Wednesday that ... and vowed to ...",
    parsed as joined to the reported clause or to the verb of saying), or None."""
    if anchor.dep_ != "conj":
        return None
    head = anchor.head
    for _ in range(2):
        if head.pos_ not in ("VERB", "AUX"):
            return None
        found = text_date(sent, head, published, skip, lex)
        if found is not None or head.dep_ != "ccomp":
            return found
        head = head.head
    return None


def _document_date(sent: Span, anchor: Token, published: date | None, lex: Lexicon) -> date | None:
    """"a pledge in the June 12 statement, under which X agreed to ...": the date of the deal or document a
    promise is made under by a relative phrase (the nearest such noun before it; the parser often hangs the
    clause elsewhere), or None."""
    if published is None or not any(c.dep_ == "prep" and any(p.tag_ == "WDT" for p in c.children)
                                     for c in anchor.children):
        return None
    deals = lex.agreement_nouns | lex.text_nouns
    noun = next((t for t in reversed(anchor.doc[sent.start:anchor.i]) if t.lemma_.lower() in deals), None)
    for ent in sent.ents if noun is not None else ():
        if ent.label_ == "DATE" and ent.root.head == noun and ent.root.dep_ in ("nmod", "compound", "amod"):
            try:
                found = parse_date(without_preposition(ent.text), published)
            except Exception:  # an unparsed expression gives no date
                return None
            if found is not None and found > published and not any(t.like_num and len(t.text) == 4 for t in ent):
                found = _year_before(found)
            return found
    return None


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, calendar.monthrange(day.year - 1, day.month)[1]))


def _occasion(root: Token, anchor: Token) -> bool:
    """A date naming the occasion of the word at `anchor`: "in the June 12 statement, X pledged ...", "promised
    at the May 3 summit", "the March 5 accord commits X to ..."."""
    noun = root.head
    if root.dep_ not in ("nmod", "compound", "amod") or noun.pos_ != "NOUN":
        return False
    return noun.head == anchor and noun.dep_ in ("nsubj", "nsubjpass") or (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == anchor)


class ClaimFinder:
    """Finds claims in sentences with the coder's actors, subjects and factuality."""

    def __init__(self, coder):
        self.coder = coder
        self.lex = load_lexicon()
        self._actors = None
        self._memo: dict = {}  # per sentence: what was worked out for one of its words, by (what, index)
        # the last document read: (Doc, its words' classes, its words' lemmas in lower case, its entities)
        self._doc: tuple = (None, [], [], ())
        self._no_act_nouns = self.lex.promise_nouns | self.lex.text_nouns | self.lex.light_nouns
        self._lowers: tuple = (None, [])  # the last document read and its words' lower-case forms (ids)
        self._not_yet = frozenset(get_string_id(w) for w in self.lex.not_yet_words if " " not in w)

    def claims(self, sent: Span, actors, index: int, published: date | None, offset: int = 0) -> list[Claim]:
        out: list[Claim] = []
        group = 0
        # only verbs and nouns can be promises or acts: no Token is made for the other words
        self._sent, self._published, self._offset, self._actors = sent, published, offset, actors
        doc, word_classes, lemmas = self._read_doc(sent.doc)
        tokens = [doc[i] for i in range(sent.start, sent.end) if word_classes[i] in _WORD_CLASSES]
        self._memo = {}
        for tok in tokens:
            lemma, pos = lemmas[tok.i], word_classes[tok.i]
            if pos == VERB and lemma in self.lex.promise_verbs:
                group += 1
                out.extend(self._promise_verb(tok, actors, index, published, offset, group))
            elif pos == NOUN and lemma in self.lex.promise_nouns:
                group += 1
                out.extend(self._promise_noun(tok, actors, index, published, offset, group))
            elif pos == NOUN and self._act_noun(tok) and self._agreed_act(tok):
                out.extend(self._about_act(tok, actors, index, published, offset))
            elif pos == VERB and lemma in self.lex.terms_verbs and self._terms(tok):
                for clause in self._terms(tok):
                    group += 1
                    out.extend(self._promises([clause], self.coder.subjects(clause, actors), "",
                                              "negated" if negated(tok) else "asserted", tok, actors, index,
                                              published, offset, group))
            elif pos == VERB and lemma in self.lex.intention_verbs and self._intention(tok, actors):
                group += 1
                # "told Petro that Brazil would ...": the one told is the promisee
                out.extend(self._promises(self._intention(tok, actors), self.coder.subjects(tok, actors),
                                          self._promisee(tok, actors), self._assess(tok).value, tok, actors, index,
                                          published, offset, group))
            elif (pos == VERB or tok.tag_ == "NNS" and tok.dep_ == "ROOT") and lemma in self.lex.binding_verbs \
                    and self._bound(tok, actors):
                group += 1
                out.extend(self._binding(tok, actors, index, published, offset, group))
            elif pos in (VERB, AUX) and self._under_agreement(tok, actors) is not None:
                group += 1
                act = self._under_agreement(tok, actors)
                out.extend(self._promises([act], self.coder.subjects(act, actors) or self.coder.subjects(
                    tok, actors), "", "asserted", tok, actors, index, published, offset, group))
                for clause, term in self._parallel_terms(tok):
                    out.extend(self._promises([term], self.coder.subjects(term, actors) or self.coder.subjects(
                        clause, actors), "", "asserted", tok, actors, index, published, offset, group))
        promised = {id(c) for c in out}
        for tok in tokens:
            lemma, pos = lemmas[tok.i], word_classes[tok.i]
            if pos == NOUN and tok.dep_ in ("nsubj", "nsubjpass"):
                out.extend(self._nominal(tok, actors, index, published, offset))
            if pos != VERB or lemma in self.lex.promise_verbs or lemma in self.coder.reporting:
                continue
            found = self._act(tok, actors, index, published, offset, out)
            if not found and tok.dep_ == "acl" and tok.tag_ == "VBN":
                found = self._participle_act(tok, actors, index, published, offset, out)
            if not found and (tok.tag_ == "VBN" or tok.dep_ in ("ROOT", "conj", "ccomp")):
                found = self._agentless(tok, actors, index, published, offset, out)
            out.extend(found)
        # a promise of a party of no known country can be held to nothing: no row
        return [c for c in out if id(c) in promised and not (c.kind == "promise" and c.actor[:3] == UNKNOWN)
                or id(c) not in promised and c.actor]

    def _agentless(self, verb: Token, actors, index, published, offset, promises: list[Claim]) -> list[Claim]:
        """"The prisoners were set free", "the sanctions were lifted": a passive naming no doer, an act of no
        known actor (`UNKNOWN`, cue `AGENTLESS`) whose words include its subject (cue `THING`: a promise it keeps
        names that thing); the ledger takes it for the
        party that promised that act when no other party did. So is a thing's own verb with no object ("the
        talks resumed in Geneva", "the truce held"): no one is named as doing it. A thing arriving at a party
        ("the supplies arrived in Yemen", "reached Yemen": `arrival_verbs`) is received there: `receipt_verb` to
        it, with the receiver as a `RECEIVER` cue."""
        joined = verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children)
        clause = verb.head if joined else verb  # "had lasted a week and had been extended twice": the first's subject
        deps = {c.dep_ for c in verb.children}
        # "the talks resumed"; "the supplies reached Yemen": a thing arriving names its receiver as the object
        arrival = verb.lemma_.lower() in self.lex.arrival_verbs
        alone = "auxpass" not in deps and not (deps - {"dobj"} if arrival else deps) & _SUBJECT_ONLY_STOPS
        subject = next((c for c in clause.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and (
            joined or alone)), None)
        if subject is not None and subject.tag_ == "WDT" and clause.dep_ == "relcl":
            subject = clause.head  # "a truce that had been extended": the truce
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not ("auxpass" in deps or alone) \
                or "agent" in deps or self.coder.subjects(verb, actors):
            return []
        if any(c.start == subject.idx + offset for c in promises):
            return []  # "Peru's withdrawal was completed": an act named by a noun, its doer named (`_nominal`)
        nobody = Actor(UNKNOWN, subject.text, subject.idx, subject.idx + len(subject))
        found = self._act(verb, actors, index, published, offset, promises, [nobody])
        # what the act is said of, when no party ("Chile was taken off the list" is about Chile, by its code)
        thing = "" if any(a.known for a in actors.actors(subject)) else subject.lemma_.lower()
        for claim in found:
            claim.cues.append(AGENTLESS)
            if thing:
                claim.cues.append(THING + thing)
            if subject.head.i != verb.i or subject.dep_ == "nsubj":  # the subject is no word of the act's
                claim.lemmas[1:1] = [subject.lemma_.lower()]
            to = next((w for w in claim.lemmas[1:] if w[0] == "@"), "") if arrival else ""
            if to:  # "the supplies arrived in Yemen": received there, from whoever promised to send them
                claim.lemmas[0] = self.lex.receipt_verb
                claim.cues.append(RECEIVER + to[1:])
        return found

    def _participle_act(self, verb: Token, actors, index, published, offset, promises: list[Claim]) -> list[Claim]:
        """"The panel, chaired by a Kenyan judge, met ...": a past participle on a thing, with a known actor as its
        agent, is that actor's act on the thing (chairing the panel); the thing's words join the act's."""
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        doers = [a for a in actors.actors(agent) if a.known] if agent is not None else []
        if not doers or actors.actors(verb.head):
            return []  # a participle on a party is the coder's ("Uganda, backed by Kenya")
        found = self._act(verb, actors, index, published, offset, promises, doers)
        inside = {t.i for t in verb.subtree}
        thing = [t.lemma_.lower() for t in _phrase(verb.head, self.lex, _CLAUSES)
                 if t.i not in inside and _content(t)]
        named = " ".join(t.lower_ if t.pos_ == "DET" else t.text for t in self._sent.doc[verb.head.left_edge.i:
                                                                                           verb.head.i + 1])
        for claim in found:
            claim.lemmas = list(dict.fromkeys([*claim.lemmas[:1], *thing, *claim.lemmas[1:]]))[:14]
            claim.action = f"{claim.lemmas[0]} {named}"
        return found

    # -- promises -------------------------------------------------------------------------------

    def _intention(self, verb: Token, actors) -> list[Token]:
        """"X said it would join the accord": X's own future act, stated by X, not negated, not conditional,
        not a step back ("would stop", "would withdraw"); the acts, or none."""
        speakers = {a.code[:3] for a in self.coder.subjects(verb, actors)}
        if not speakers or any(c.dep_ == "neg" for c in verb.children):
            return []
        out = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > verb.i):
            lemma = clause.lemma_.lower()
            steps = self.lex.light_verbs - {"take"}
            if not any(is_frame(c, self.lex) for c in clause.subtree):
                steps = steps | self.lex.cessation_verbs | self.lex.withdraw_verbs
            if (not any(c.dep_ == "aux" and c.lower_ in self.lex.future_aux for c in clause.children) or negated(clause)
                    or lemma in steps
                    or self._conditional(clause) or any(c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in self.lex.if_marks for m in c.children)
                        for c in clause.children)):
                continue
            if lemma in self.lex.speech_acts or _said_as(clause, self.lex.speech_acts):
                continue  # "would announce new tariffs", "would discuss the outcome with Berlin": words about acts
            doers = {a.code[:3] for a in self.coder.subjects(clause, actors)}
            if doers and doers <= speakers and not self._appointment(clause, actors):
                out.append(clause)
        return out

    def _appointment(self, clause: Token, actors) -> bool:
        """"He said Pompeo and Biegun would lead the American effort": a role named persons take in their
        party's work (`role_verbs`), reported by another; who does the work, not a pledge of the party."""
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or _phrasal(clause) not in self.lex.role_verbs and \
                clause.lemma_.lower() not in self.lex.role_verbs:
            return False
        for person in (subject, *subject.conjuncts):
            found = actors.actor(person)
            if person.ent_type_ != "PERSON" and (found is None or found.kind != "person"):
                return False
        return True

    def _terms(self, verb: Token) -> list[Token]:
        """"The text says that Skopje shall use the new name": the clauses a deal or document states as binding
        (a terms verb with the deal as subject, its clause with a binding auxiliary)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in self.lex.agreement_nouns | self.lex.text_nouns:
            return []
        return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > verb.i
                and any(a.dep_ == "aux" and a.lower_ in self.lex.binding_aux for a in c.children)]

    def _ultimatum(self, verb: Token, actors) -> bool:
        """"Gave Washington until the end of the year to change its approach": a demand on the party given the
        time, with its deadline; no promise to give anything."""
        if verb.lemma_.lower() not in self.lex.ultimatum_verbs:
            return False
        party = any(c.dep_ in ("dobj", "dative", "iobj") and actors.actors(c) for c in verb.children)
        until = any(c.dep_ == "prep" and c.lower_ in self.lex.ultimatum_preps for c in verb.children)
        demand = any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     for c in verb.children)
        return party and until and demand

    def _stance(self, verb: Token) -> bool:
        """"Would judge Pyongyang by its actions", "would wait", "would take care of the situation", "would press
        Rome to ...": a stance (`stance_acts`), not an act one could see done."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.stance_acts or _said_as(verb, self.lex.stance_acts):
            return True
        # "would keep pressing for a ceasefire", "would continue to urge ...": a stance kept up
        return lemma in self.lex.support_verbs and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and self._stance(c)
                                                       for c in verb.children)

    def _under_agreement(self, verb: Token, actors) -> Token | None:
        """"Under the deal, the rebels will hand over their weapons", "in return, ...", "as part of the accord,
        ...", "under the deal, Chad is to withdraw ...": the deal's terms as promises; the act, or None. Said
        at the root, or as the words a reporting verb after them reports ("X will free 100 prisoners under the
        deal, the ministry said"), when that verb does not state it as its speaker's own intention."""
        if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and verb.i < verb.head.i
                                        and verb.head.lemma_.lower() in self.coder.reporting):
            return None
        if not any(is_frame(c, self.lex) for c in verb.children) and not self._due_act(verb):
            return None
        act = self._bound_act(verb)  # "will withdraw", "is to withdraw"
        if act is None or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.intention_verbs and \
                act in self._intention(verb.head, actors):
            return None
        return act

    def _due_act(self, verb: Token) -> bool:
        """"Syria is to hand over the list within a week": an act a party "is to" do by a deadline is a term it is
        bound to, with no deal named in the sentence; not a schedule ("is to visit Paris next week"; `schedule_verbs`:
        "is to travel to Vienna by Friday") nor words about acts ("is to announce its decision by Friday")."""
        act = self._bound_act(verb) if verb.lemma_.lower() == "be" else None
        if act is None or act.lemma_.lower() in self.lex.speech_acts or _said_as(act, self.lex.speech_acts):
            return False
        if act.lemma_.lower() in self.lex.schedule_verbs:
            return False  # a schedule: "is to travel to Vienna by Friday", "the court is to rule within a month"
        return any(_is_deadline(c, self.lex) for a in (act, *act.conjuncts) for c in a.children)

    def _bound_act(self, verb: Token) -> Token | None:
        """The act a clause states as binding: "will/shall withdraw" (`binding_aux`) that verb, "is to withdraw"
        its infinitive; else None."""
        if verb.lemma_.lower() == "be":
            return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        return verb if any(c.dep_ == "aux" and c.lower_ in self.lex.binding_aux for c in verb.children) else None

    def _parallel_terms(self, verb: Token) -> list[tuple[Token, Token]]:
        """"Under the deal, Chile will suspend its fishing, while Peru is to refrain from patrols": a clause of
        `parallel_marks` with a subject and a binding word of its own is another party's term of the deal; each
        such clause with its act."""
        out = []
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i < verb.i or not any(
                    c.dep_ == "mark" and c.lower_ in self.lex.parallel_marks for c in clause.children) or not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                continue
            act = self._bound_act(clause)
            if act is not None:
                out.append((clause, act))
        return out

    def _promise_verb(self, tok, actors, index, published, offset, group) -> list[Claim]:
        acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        # "agreed to extend the truce, ..., hours before the pause was due to end": a clause beside the
        # infinitive is no second complement
        acts += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                 and _complement_of(c, tok) and not acts]
        acts += [c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > tok.i
                 and c.left_edge.lower_ == "to"]  # "has committed to free": parsed as a purpose clause
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.lex.act_noun_preps):
            acts += [c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB" and prep.lower_ == "to"]
            # "agreed to a truce", "agreed on a prisoner exchange"
            acts += [c for c in prep.children if c.dep_ == "pobj" and self._act_noun(c)]
        money = not acts and amount_of((t for c in tok.children if c.dep_ in _OBJECTS for t in c.subtree), self.lex)
        if money:
            acts = [tok]  # "promised $40 million for flood relief": a promise to give it
        if not acts:
            return []
        promisors = self._bound(tok, actors) or self.coder.subjects(tok, actors) or self._passive_subject(tok, actors)
        promisors = self._relative_promisors(tok, promisors, actors)
        promisee = self._promisee(tok, actors)
        joint = self._joint(tok, promisors, actors) if promisee else []
        if joint:  # "Lima agreed with Quito to reopen the border": both are bound, each to the other
            promisors, promisee = [*promisors, *joint], ""
        fact = self._assess(tok)
        claims = self._promises(acts, promisors, promisee, fact.value, tok, actors, index, published, offset, group,
                                money=bool(money))
        return claims + self._held_since(tok, claims, published)

    def _held_since(self, verb: Token, promises: list[Claim], published: date | None) -> list[Claim]:
        """"The meeting was the first formal session since Lima and Quito agreed to resume talks": the occasion
        the promise named was held, by its promisors together (an act of each, in the promise's words, at the
        occasion's noun), when the first such occasion since the promise is said to be of the promised kind."""
        lex = self.lex
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.since_marks for c in verb.children):
            host = verb.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ in lex.since_marks:
            host = verb.head.head
        else:
            return []
        nouns = [host] if host.pos_ == "NOUN" else [c for c in host.children if c.dep_ in ("attr", "nsubj")
                                                      and c.pos_ == "NOUN"] if host.lemma_.lower() == "be" else []
        first = next((n for n in nouns if any(c.lower_ in lex.first_words for c in n.children)), None)
        if first is None:
            return []
        kinds = frozenset().union(*(lex.keys(n.lemma_.lower()) for n in nouns))
        value = self._assess(host).value
        when = self._text_date(host, published, set()) or published
        out = []
        for claim in promises:
            if claim.kind != "promise" or not any(lex.keys(w) & kinds for w in claim.lemmas):
                continue
            out.append(replace(claim, kind="act", factuality=value, date=when, group=0, promisee="", condition="",
                               deadline="", due=None, start=first.idx + self._offset,
                               end=first.idx + len(first) + self._offset,
                               cues=[*(c for c in claim.cues if c != PERSON), OCCASION]))
        return out

    def _joint(self, verb: Token, promisors: list, actors) -> list:
        """The parties a promisor agrees with (`joint_verbs`, "with X"): bound to the act as it is."""
        if verb.lemma_.lower() not in self.lex.joint_verbs:
            return []
        own, out = {party(p.code) for p in promisors}, []
        for noun in (p for c in verb.children if c.dep_ == "prep" and c.lower_ in self.lex.joint_preps
                     for p in c.children if p.dep_ == "pobj" and not self._not_party(p, acts=True)):
            out += [a for a in actors.actors(noun) if a.code[:3] != UNKNOWN and party(a.code) not in own][:1]
        return out

    def _relative_promisors(self, verb: Token, promisors: list, actors) -> list:
        """"China bought half of the American goods it had agreed to buy": the pronoun subject of a promise in a
        relative clause does not stand for an actor named in the noun phrase the clause qualifies (the
        Americans); it is then the subject of the clause around that phrase."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ != "relcl" or subject is None or subject.pos_ != "PRON" or not promisors:
            return promisors
        inside = {t.i for t in verb.subtree}
        named = {a.code[:3] for t in verb.head.subtree if t.i not in inside and t.pos_ in ("PROPN", "ADJ", "NOUN")
                 for a in [actors.actor(t)] if a is not None}
        if not {p.code[:3] for p in promisors} <= named:
            return promisors
        around = verb.head
        while around.pos_ not in ("VERB", "AUX") and around.head is not around:
            around = around.head
        return [a for a in self.coder.subjects(around, actors) if a.code[:3] not in named] if around.pos_ in (
            "VERB", "AUX") else []

    def _promise_of_promise(self, act: Token) -> bool:
        """ "offered to give a written commitment to stop the tests": the commitment's own act (stopping the
        tests) is the promise, read from its infinitive; giving the commitment is no second act."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.promise_nouns
                   and any(g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) for g in c.children)
                   for c in act.children)

    def _act_noun(self, noun: Token) -> bool:
        """A noun that names an act a party can agree to ("a truce", "a prisoner swap", "talks"): an event
        noun of the codebook, not a statement, appeal or intent, nor a deal or document itself."""
        if noun.pos != NOUN:
            return False
        lemma = noun.lemma_.lower()
        patterns = self.coder.codebook.nouns.get(lemma)
        if not patterns or lemma in self._no_act_nouns:
            return False
        code = patterns[0].code
        return code[:2] not in ("01", "02", "03") and (lemma not in self.lex.agreement_nouns or code[:2] == "08")

    def _agreed_act(self, noun: Token) -> Token | None:
        """The verb that sets an act agreed to against what was done ("shelled the town despite the truce") or
        says it was kept or broken ("violated the ceasefire", "respected the truce"), or None."""
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.lex.contrast_preps:
            return head.head if head.head.pos_ in ("VERB", "AUX") else None
        if noun.dep_ in ("dobj", "obj") and self._judgement(head) in ("fulfil", "breach"):
            return head
        return None

    def _about_act(self, noun, actors, index, published, offset) -> list[Claim]:
        """"The rebels shelled the town despite the truce", "the army violated the ceasefire": a reference to
        the promise of that act (a truce) by the doers, resolved in the ledger by the act's noun."""
        verb = self._agreed_act(noun)
        kind = "contrast" if noun.dep_ == "pobj" else self._judgement(verb)
        value = "hypothetical" if self._conditional(verb) else self._assess(verb).value
        doers = self.coder.subjects(verb, actors)
        accused = self._accused(verb, actors)
        if accused is not None:  # "accused Kabul of violating the truce": Kabul's breach, as the other side says
            doers, value = accused, "hypothetical" if value == "hypothetical" else "disputed"
        out = []
        for actor in doers:
            claim = self._claim(kind, actor, "", [noun.lemma_.lower()], value, verb, index, published, offset, 0)
            claim.date = self._text_date(verb, published, set()) or published
            claim.cues.append("act noun")
            out.append(claim)
        return out

    def _accused(self, verb: Token, actors) -> list | None:
        """The parties an accusation charges with the act ("accused Kabul of violating the truce": Kabul; "accused
        each other of ...", "each side accused the other": the accusers themselves), or None when the act is no
        accusation's."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ not in self.lex.accusation_preps or \
                prep.head.lemma_.lower() not in self.lex.accusation_verbs:
            return None
        accuse = prep.head
        obj = next((c for c in accuse.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            return None
        reciprocal = self.coder.rules["reciprocal_pronouns"]
        if " ".join(t.lower_ for t in obj.subtree) in reciprocal or obj.lower_ in {p.split()[-1] for p in reciprocal}:
            return self.coder.subjects(accuse, actors)  # "each other", "one another", "the other"
        return actors.actors(obj)

    def _bound(self, verb: Token, actors) -> list:
        """Parties a deal or document binds: "the accord commits Chad to disarm", "the pact requires Mali to
        hold elections", "the text calls for Peru to withdraw"; none unless the subject is a deal or text."""
        # "The deal obliges Skopje to ...": a binding verb the tagger took for a plural noun at the root, with
        # the deal as its subject or compound and the party hung on it as an apposition or clause
        misread = verb.tag_ == "NNS" and verb.dep_ == "ROOT"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"
                        or misread and c.dep_ == "compound" and c.i < verb.i), None)
        if subject is None or subject.tag_ == "WDT":
            subject = _deal_of_clause(verb, self.lex) or subject
        if subject is None or subject.lemma_.lower() not in self.lex.agreement_nouns | self.lex.text_nouns or \
                verb.lemma_.lower() not in self.lex.binding_verbs:
            return []
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                    or misread and c.dep_ in ("appos", "acl") and c.i > verb.i), None)
        if obj is not None:
            return actors.actors(obj)
        for clause in (c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if doer is not None:
                return actors.actors(doer)
        return []

    def _binding(self, tok, actors, index, published, offset, group) -> list[Claim]:
        """A deal's or document's terms by a binding verb that is not itself a promise verb ("requires")."""
        promisors = self._bound(tok, actors)
        if not promisors:
            return []
        acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB" and c.i > tok.i]
        value = "negated" if negated(tok) else "asserted"
        return self._promises(acts, promisors, "", value, tok, actors, index, published, offset, group)

    def _passive_subject(self, verb: Token, actors) -> list:
        """"Chile is committed to cutting emissions": the subject of a passive promise verb with no agent."""
        aux = [c for c in verb.children if c.dep_ == "auxpass"]
        if not aux:
            return []
        # the subject on the verb, or parsed onto its "is"
        subject = next((c for h in (verb, *aux) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return actors.actors(subject) if subject is not None else []

    def _promise_noun(self, tok, actors, index, published, offset, group) -> list[Claim]:
        acts = [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        acts += _gerund_list(tok, self._sent)
        # "gave assurances that it would not attack the ports": a clause of the promise noun, in the future
        acts += [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 and any(a.dep_ == "aux" and a.lower_ in self.lex.future_aux for a in c.children)]
        money = not acts and amount_of((t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                        for t in c.subtree), self.lex)
        if money:
            acts = [tok]  # "Japan's pledge of $2 billion for reconstruction": a promise to give it
        lemma = tok.lemma_.lower()
        if lemma in self.lex.needs_action and (not acts or not self._own_promisors(tok, actors)):
            return []
        promisors = self._noun_promisors(tok, actors)
        # a promise named by a noun was made, whatever is said about keeping it; only "no promise" denies it
        value = "negated" if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) else "asserted"
        claims = self._promises(acts, promisors, "", value, tok, actors, index, published, offset, group,
                                money=bool(money))
        for claim in self._about_promise(tok, promisors, actors, index, published, offset, group):
            claims.append(claim)
        return claims

    def _promises(self, acts, promisors, promisee, value, anchor, actors, index, published, offset, group,
                  money: bool = False):
        out = []
        # a joined verb of promising frames a promise of its own ("would announce sanctions, and vowed not to
        # let ..."): its complement is that promise's act, not a second act of this one
        framing = self.lex.promise_verbs | self.lex.intention_verbs
        first = {a.i for a in acts}
        acts = [a for v in acts for a in (v, *(c for c in v.conjuncts if c.lemma_.lower() not in framing),
                                          *self._after_condition(v))
                if a.pos_ in ("VERB", "AUX") or self._act_noun(a) or money]
        for act in acts:
            if act.pos_ == "NOUN" and not money:  # "agreed to a prisoner swap": the swap is the act
                out += self._noun_promise(act, promisors, promisee, value, anchor, actors, index, published, offset,
                                          group)
                continue
            negative = negated(act)
            core, worded = act, False
            refrain = next((p for c in act.children if c.dep_ == "prep" and c.lower_ == "from"
                            for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"), None)
            if act.lemma_.lower() in self.lex.refrain_verbs and refrain is not None:
                core, negative = refrain, not negative
            elif act.lemma_.lower() in self.lex.refrain_verbs:
                negative, worded = not negative, True  # "refrain from further tests": the tests are ruled out
            stopped = next((c for c in act.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
            if act.lemma_.lower() in self.lex.cessation_verbs and stopped is not None:
                core, negative = stopped, not negative  # "pledged to stop enriching": not to enrich
            elif act.lemma_.lower() in self.lex.cessation_verbs and any(
                    c.dep_ == "dobj" and self._act_noun(c) for c in act.children):
                negative, worded = not negative, True  # "pledged to halt enrichment": the enrichment is ruled out
            if self._promise_of_promise(act) or self._ultimatum(core, actors) or self._stance(core):
                continue
            lemmas = self._lemmas(core)
            done = next((c for c in core.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) \
                if lemmas[0] in self.lex.completion_verbs else None
            if done is not None:  # "agreed to complete its withdrawal": the withdrawal is the act
                lemmas = list(dict.fromkeys([done.lemma_.lower(), *lemmas[1:]]))
            gap = _gap(core, anchor)
            if gap is not None:  # "the goods it agreed to buy": the goods are what it agreed to buy
                lemmas = list(dict.fromkeys([*lemmas, *self._lemmas(gap)]))
            if money:  # a promise of money: giving it
                lemmas = [self.lex.money_verb, *lemmas[1:]]
            if set(lemmas) <= self.lex.light_verbs:
                continue
            stretch = self._stretch(act if core is stopped else core)
            start, end, text = stretch.start_char, stretch.end_char, stretch.text
            action = _readable(core, self._stretch(core), negative and not worded) if core is not stopped else \
                _readable(act, stretch, False)
            if gap is not None:
                action = f"{action} {_gap_words(gap, anchor)}"
            if money:
                given = text[len(act.text):].strip()
                given = given[3:] if act.pos_ == "NOUN" and given.startswith("of ") else given  # "pledge of $2 billion"
                action = f"{self.lex.money_verb} {given}"
            else:
                subject = next((c for c in core.children if c.dep_ == "nsubj"), None)
                if subject is not None and not actors.actors(subject) and subject.pos_ not in ("PRON", "PROPN"):
                    # "promised that its emissions will peak": the act's own subject is part of it; "sanctions
                    # would remain in force": the promisor keeps them so (`state_verbs`)
                    whole = self._sent.doc[subject.left_edge.i:subject.right_edge.i + 1]
                    said = whole.text if not any(t.is_punct or t.dep_ in _CLAUSES or t.dep_ in ("appos", "acl")
                                                 for t in whole) else self._sent.doc[
                        subject.left_edge.i:subject.i + 1].text
                    keep = self.lex.state_verbs.get(core.lemma_.lower())
                    if keep and not negative:
                        action = " ".join(w for w in (keep, said, self._stretch(core)[1:].text) if w)
                    else:
                        action = f"{said} {action}"
                    start = subject.left_edge.idx
                    text = core.doc.text[start:end]
            condition = self._condition(act) or self._condition(anchor)
            deadline = self._deadline(act) or (self._deadline(core) if core is not act else "")
            act_words = {t.i for t in self._tokens(core)} | {t.i for t in act.subtree}
            when = self._text_date(anchor, published, act_words) or _joined_date(
                self._sent, anchor, published, act_words, self.lex) or _document_date(
                self._sent, anchor, published, self.lex) or published
            cues = [act.lemma_.lower()] if core is not act else []
            if done is not None:
                cues.append(core.lemma_.lower())  # the completion verb: the act is one promised before
            if count_of(core) is not None:
                cues.append(f"{COUNT}{count_of(core)}")
            scheduled = self._scheduled(core, published)
            if scheduled:
                cues.append(scheduled)
            doers = promisors
            if act.i not in first and any(c.dep_ == "nsubj" for c in act.children):
                # "the United States will reopen its embassy, and Cuba will free 53 people": a joined act with a
                # subject of its own is that subject's
                doers = self.coder.subjects(act, actors) or promisors
            for promisor in doers or []:
                claim = self._claim("promise", promisor, action, lemmas, value, anchor, index, published, offset,
                                    group)
                claim.date = when
                claim.negative = negative
                claim.promisee = promisee or _partner(promisor, doers) or self._target(
                    core, actors, promisor.code) or self._counterpart(anchor, actors, promisor.code)
                claim.code = self._code_of(core)
                claim.text, claim.text_start, claim.text_end = text, start + offset, end + offset
                claim.condition, claim.deadline = condition, deadline
                claim.due = due_date(deadline, published, self.lex) if deadline else None
                claim.cues += cues
                claim.amount = amount_of(self._tokens(core), self.lex) if not money else amount_of(
                    (t for c in act.children if c.dep_ in _OBJECTS or c.dep_ == "prep" and c.lower_ == "of"
                     for t in c.subtree), self.lex)
                out.append(claim)
        return out

    def _scheduled(self, act: Token, published: date | None) -> str:
        """The days an act is promised for ("hold a summit at the end of April": April; "meet on July 12": that
        day), as the cue `SCHEDULED` with the first and last day, or ""; not a deadline ("by May") nor a start
        ("from May 1")."""
        if published is None:
            return ""
        words = {t.i for t in self._tokens(act)}
        for ent in self._ents(act):
            root = ent.root
            if ent.label_ != "DATE" or root.i not in words or not {t.lower_ for t in ent} & self.lex.months:
                continue
            if root.dep_ == "pobj" and root.head.lower_ not in self.lex.occasion_preps or _is_deadline(
                    root.head, self.lex):
                continue
            due = due_date(ent.text, published, self.lex)
            if due is None:
                continue
            day = any(t.like_num and len(t.text) <= 2 for t in ent)
            return f"{SCHEDULED}{(due if day else due.replace(day=1)).isoformat()}/{due.isoformat()}"
        return ""

    def _noun_promise(self, noun, promisors, promisee, value, anchor, actors, index, published, offset,
                      group) -> list[Claim]:
        """A promise whose act is a noun phrase: "agreed to a truce in the north" (action "agree to a truce in
        the north"; matched as the truce)."""
        lemmas = self._lemmas(noun)
        span = self._sent.doc[noun.left_edge.i:noun.right_edge.i + 1]
        while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ in ("cc", "conj")):
            span = span[:-1]
        if any(t.dep_ == "conj" and t.head == noun for t in span):
            span = self._sent.doc[noun.left_edge.i:noun.i + 1]
        prep = noun.head.lower_ if noun.dep_ == "pobj" and noun.head.lower_ in self.lex.act_noun_preps else "to"
        action = f"{anchor.lemma_.lower()} {prep} {span.text}"
        skip = {t.i for t in noun.subtree}
        when = self._text_date(anchor, published, skip) or published
        patterns = self.coder.codebook.nouns.get(noun.lemma_.lower())
        out = []
        for promisor in promisors or []:
            claim = self._claim("promise", promisor, action, lemmas, value, anchor, index, published, offset, group)
            claim.date = when
            claim.promisee = promisee or _partner(promisor, promisors) or self._target(noun, actors, promisor.code)
            claim.code = patterns[0].code if patterns else ""
            claim.text, claim.text_start, claim.text_end = span.text, span.start_char + offset, span.end_char + offset
            claim.condition, claim.deadline = self._condition(anchor), self._deadline(anchor)
            claim.due = due_date(claim.deadline, published, self.lex) if claim.deadline else None
            out.append(claim)
        return out

    def _condition(self, verb: Token) -> str:
        """The clause a promise depends on: "once the inspectors verify ...", "if the sanctions are lifted"."""
        for child in verb.subtree:  # "free the hostages provided that ...": parsed inside the object
            if child is not verb and _is_condition(child, self.lex) and not _inside_clause(child, verb, True):
                return self._sent.doc[child.left_edge.i:child.right_edge.i + 1].text.rstrip(".,;")
        # "as soon as Lima has freed them": the parser hangs the clause on "soon"
        split = [c for a in verb.children if a.dep_ == "advmod" for c in a.children if c.dep_ == "advcl"]
        for child in [c for c in verb.children if c.dep_ == "advcl"] + split:
            mark, _ = _clause_mark(child)
            start = child.head.left_edge.i if child.head.i != verb.i else child.left_edge.i
            lead = self._sent.doc[start:start + 3].text.lower()
            if mark in self.lex.condition_marks or any(lead.startswith(m + " ") for m in self.lex.condition_marks):
                stray = _stray_infinitives(child)
                end = min((t.left_edge.i for t in stray), default=child.right_edge.i + 1)
                words = self._sent.doc[start:end]
                while len(words) > 1 and (words[-1].is_punct or words[-1].dep_ == "cc"):
                    words = words[:-1]
                return words.text.rstrip(".,;")
        return ""

    def _after_condition(self, verb: Token) -> list[Token]:
        """Acts joined to a promised act that the parser hung on its condition: in "agreed to restore the line
        once security permitted, and to seek to host the games", the seeking is promised too, not conditioned."""
        return [t for c in verb.children if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in self.lex.condition_marks for m in c.children)
                for t in _stray_infinitives(c)]

    def _deadline(self, verb: Token) -> str:
        """"by the end of March" on the act, or on a phrase inside it ("a reform giving autonomy by June"), not
        inside a clause of its own."""
        for child in verb.subtree:
            if _is_deadline(child, self.lex) and not _inside_clause(child, verb, asides=True):
                return self._sent.doc[child.i:child.right_edge.i + 1].text
        return ""

    def _target(self, act: Token, actors, promisor: str) -> str:
        """The act's target when the promise names no promisee: its object or "to/with/on X" actor."""
        # an act stopped that was done with a party ("halt joint drills with Seoul") is promised to someone else
        preps = self.lex.target_preps - self.lex.joint_preps if act.lemma_.lower() in self.lex.cessation_verbs \
            else self.lex.target_preps
        for child in act.children:
            heads = [child] if child.dep_ in ("dobj", "dative", "iobj") else []
            if child.dep_ == "dobj" and self._act_noun(child):  # "pursue talks with the United States"
                heads += [c for p in child.children if p.dep_ == "prep" and p.lower_ in preps
                          for c in p.children if c.dep_ == "pobj"]
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                heads += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ == "VERB":  # "help Russia export its grain"
                heads += [c for c in child.children if c.dep_ == "nsubj"]
            for head in heads:  # the object itself names an actor, not a modifier ("the Paris deal")
                if self._not_party(head):
                    continue
                found = [a for a in actors.actors(head) if a.code[:3] not in (promisor[:3], "---")
                         and a.start <= head.idx < a.end]
                if found:
                    return found[0].code
        return ""

    def _counterpart(self, anchor: Token, actors, promisor: str) -> str:
        """The other party of the deal or document a promise is made in, when the promise names no promisee:
        "X and Y signed a statement in which X committed to ...", "X agreed to ... under a declaration signed
        with Y" (the document's signers, or the party it was signed with); else ""."""
        deals = self.lex.agreement_nouns | self.lex.text_nouns
        nouns = [anchor.head] if anchor.dep_ == "relcl" else []
        if anchor.dep_ == "pcomp" and anchor.head.dep_ == "prep" and anchor.head.head.dep_ == "relcl":
            nouns.append(anchor.head.head.head)
        # "under a declaration signed with Y" anywhere in the sentence (the parser hangs it where it will)
        nouns += [p for c in self._sent if c.dep_ == "prep" and is_frame(c, self.lex)
                  for p in c.children if p.dep_ == "pobj"]
        for noun in (n for n in nouns if n.lemma_.lower() in deals):
            if anchor.dep_ == "relcl" and anchor.left_edge.dep_ != "prep":
                continue  # "the deal it agreed to": the noun is the act, no occasion
            parties = [a for c in noun.children if c.dep_ == "acl" for p in c.children  # "signed with Y", "by X"
                       if p.dep_ == "prep" and p.lower_ in self.lex.joint_preps or p.dep_ == "agent"
                       for o in p.children if o.dep_ == "pobj" for a in (o, *o.conjuncts) for a in actors.actors(a)]
            if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":  # "X and Y signed a statement"
                parties += self.coder.subjects(noun.head, actors)
            found = next((a.code for a in parties if a.code[:3] != UNKNOWN and party(a.code) != party(promisor)), "")
            if found:
                return found
        return ""

    def _not_party(self, noun: Token, acts: bool = False) -> bool:
        """A deal or document is no promisee, whatever place names it ("the Minsk accord"); with `acts`, nor an
        act agreed to ("agreed to the Geneva talks")."""
        lemma = noun.lemma_.lower()
        return lemma in self.lex.agreement_nouns | self.lex.text_nouns or acts and self._act_noun(noun)

    def _own_promisors(self, noun: Token, actors) -> bool:
        """Whether a promise noun says whose it is itself (possessor, modifier, "by/of X")."""
        for child in noun.children:
            if child.dep_ == "poss" and actors.actors(child):
                return True
            if child.dep_ in ("compound", "amod") and child.i < noun.i and actors.actor(child) is not None:
                return True
            if child.dep_ == "prep" and child.lower_ in self.lex.promisor_preps:
                if any(actors.actors(c) for c in child.children if c.dep_ == "pobj"):
                    return True
        return False

    def _about_promise(self, noun, promisors, actors, index, published, offset, group) -> list[Claim]:
        """The promise noun is kept, broken, withdrawn, or set against an act ("despite Ghana's pledge")."""
        out = []
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.lex.contrast_preps:
            verb = head.head
            value = "hypothetical" if self._conditional(verb) else self._assess(verb).value
            for promisor in promisors:
                claim = self._claim("contrast", promisor, "", self._lemmas(verb), value, verb,
                                    index, published, offset, group)
                claim.date = self._text_date(verb, published, set()) or published
                claim.code = self._code_of(verb)
                out.append(claim)
            return out
        verb = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head
        relcl = next((c for c in noun.children if c.dep_ == "relcl"), None)
        for candidate in [v for v in (verb, relcl) if v is not None] + _clause_verbs(relcl):
            kind = self._judgement(candidate)
            if kind is None:
                continue
            value = "hypothetical" if self._conditional(candidate) else self._assess(candidate).value
            subjects = self.coder.subjects(candidate, actors) or promisors
            general = noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in self.lex.agreement_nouns
            for actor in subjects or promisors:
                claim = self._claim(kind, actor, "", [], value, candidate, index, published, offset, group)
                claim.date = self._text_date(candidate, published, set()) or published
                # "its commitments", "the agreement" speak of all its promises; "a promise" of one
                claim.cues += ["general"] if general else []
                part = _part_adverb(candidate, self.lex) if kind == "fulfil" else ""
                claim.cues += [SHARE + part] if part else []  # "had only partly met its pledge": kept in part
                out.append(claim)
        return out

    def _judgement(self, verb: Token) -> str | None:
        lemma = verb.lemma_.lower()
        if lemma in self.lex.fulfil_verbs:
            return "fulfil"
        if lemma in self.lex.breach_verbs:
            return "breach"
        if lemma in self.lex.withdraw_verbs:
            return "withdraw"
        return None

    def _noun_promisors(self, noun: Token, actors) -> list:
        for child in noun.children:
            if child.dep_ == "poss":
                return actors.actors(child)
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.i < noun.i:
                found = actors.actor(child)
                if found is not None:
                    return [found]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in self.lex.promisor_preps:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and actors.actors(pobj):
                    return actors.actors(pobj)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ in ("VERB", "AUX"):
            return self.coder.subjects(verb, actors)
        return []

    def _promisee(self, tok: Token, actors) -> str:
        found = self._named_promisee(tok, actors)
        promisors = {a.code[:3] for a in self.coder.subjects(tok, actors) or self._bound(tok, actors)}
        return found if found[:3] not in promisors | {"---"} else ""

    def _named_promisee(self, tok: Token, actors) -> str:
        """The indirect object or "to/with X" of a promise verb, unless it names the act or a deal ("agreed to
        a prisoner swap", "committed to the Paris accord": not the swap's prisoners, not France)."""
        if self._bound(tok, actors):
            return ""  # "the accord commits Chad to ...": Chad is the promisor
        for child in tok.children:
            if child.dep_ in ("dative", "iobj", "dobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                found = actors.actors(child)
                if found:
                    return found[0].code
            if child.dep_ in ("prep", "dative") and child.lower_ in self.lex.promisee_preps:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and self._not_party(pobj, acts=True):
                    continue
                found = actors.actors(pobj) if pobj is not None else []
                if found:
                    return found[0].code
        return ""

    # -- acts -----------------------------------------------------------------------------------

    def _act(self, verb: Token, actors, index, published, offset, promises: list[Claim],
             subjects: list | None = None) -> list[Claim]:
        """An act by each of its actors (`subjects`, else the coder's), or "carried out neither of them" pointing
        back at the promises named before; "finished handing over" is the handing over, "will stop paying" a
        withdrawal."""
        subjects = subjects or self.coder.subjects(verb, actors)
        if not subjects:
            return []
        value = self._assess(verb).value
        if value == "modal" and self._lapsed(verb):
            value = "negated"  # "the deadline for Kenya to send the officers has passed": not sent by then
        elif value == "asserted" and self._promised_participle(verb):
            value = "future"  # "agreed to disarm, beginning with the handover of its guns": promised, not begun
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
        if obj is not None and obj.lower_ in self.lex.anaphors and lemma in self.lex.anaphor_verbs:
            neg = obj.lower_ in self.lex.negative_pronouns or value == "negated"
            return [self._claim("anaphor", subjects[0], "", [], "negated" if neg else value, verb, index,
                                published, offset, 0)]
        if obj is None and lemma in self.lex.anaphor_verbs and not any(
                c.i > verb.i and c.dep_ in _ELLIPSIS_STOPS for c in verb.children):
            # "... that he would close the camp. He never did.": the verb alone stands for the act promised
            return [self._claim("anaphor", subjects[0], "", [], value, verb, index, published, offset, 0)]
        if lemma in self.lex.fulfil_verbs | self.lex.breach_verbs | self.lex.withdraw_verbs:
            if any(c.lemma_.lower() in self.lex.promise_nouns or c.dep_ == "dobj" and self._act_noun(c)
                   and self._agreed_act(c) is not None for c in verb.subtree if c.dep_ in ("dobj", "pobj")):
                return []  # handled with the promise noun, or the act agreed to
        if verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.lemma_.lower() in self.lex.promise_nouns:
            return []
        if any(c.dep_ == "prep" and c.lower_ in self.lex.contrast_preps and any(
                p.lemma_.lower() in self.lex.promise_nouns for p in c.children) for c in verb.children):
            return []  # "resumed enriching despite its pledge": the contrast claim stands for it
        if (verb.dep_ in ("xcomp", "ccomp") or verb.dep_ == "advcl" and verb.left_edge.lower_ == "to") and \
                verb.head.lemma_.lower() in self.lex.promise_verbs:
            return []
        if verb.dep_ in ("xcomp", "ccomp", "advcl") and self._bound(verb.head, actors):
            return []  # "the accord requires Mali to hold elections": a term, not an act
        if lemma in self.lex.completion_verbs or lemma in self.lex.cessation_verbs:
            if any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children):
                return []  # the complement stands for the act, with this verb's effect
        core, kind, cues = verb, "act", []
        phrasal = " ".join([lemma, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
        if (lemma in self.lex.cancel_verbs or phrasal in self.lex.cancel_verbs) and obj is not None:
            kind, cues = "cease", [CALLED_OFF, OBJECT + obj.lemma_.lower()]  # "called off the envoy's trip"
        elif (lemma in self.lex.delay_verbs or phrasal in self.lex.delay_verbs) and obj is not None:
            cues = [PUT_OFF, OBJECT + obj.lemma_.lower()]  # "postponed the visit": not done yet
        elif lemma in self.lex.cessation_verbs and any(c.dep_ == "dobj" and self._act_noun(c)
                                                       for c in verb.children):
            kind, cues = "cease", [lemma]  # "halted its missile tests": it stopped the act its object names
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in self.lex.completion_verbs:
            value, cues = self._assess(verb.head).value, [verb.head.lemma_.lower()]
        elif verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in self.lex.cessation_verbs:
            kind, value, cues = "cease", self._assess(verb.head).value, [verb.head.lemma_.lower()]
        elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.refusal_verbs:
            cues = [verb.head.lemma_.lower()]
        if self._conditional(verb):
            value = "hypothetical"  # "once the monitors confirm the troops have left ...", "if Chile votes ..."
        elif negated(verb) and any(c.dep_ == "aux" and c.lower_ in self.lex.future_aux for c in verb.children):
            kind = "cease"  # "will send no more grain", "will not pay": the promisor gives it up
        if self._may_say_not_yet(verb.head if verb.dep_ == "xcomp" else verb):
            around = {t.lower_ for t in verb.subtree} | {t.lower_ for t in (verb.head.children if verb.dep_ == "xcomp"
                                                                             else ())}
            cues += [w for w in self.lex.not_yet_words if " " not in w and w in around]
        share = share_of(core, self.lex)
        if not share and value == "asserted" and self._kept_back(verb, subjects, actors):
            share = "incomplete"  # "withdrew from the towns but kept soldiers at two checkpoints"
        if share:
            cues.append(SHARE + share)
        if count_of(core) is not None:
            cues.append(f"{COUNT}{count_of(core)}")
        result = self._result(verb) if lemma in self.lex.result_verbs else None
        if result is not None:  # "..., allowing the last troops to leave": the doer's act is the troops leaving
            core = result
        stretch = self._stretch(core)
        start, end, text = stretch.start_char, stretch.end_char, stretch.text
        lemmas = self._lemmas(core)
        if result is not None:  # a new list: the sentence's own lemmas of `core` stay as they are
            doer = next((c for c in core.children if c.dep_ == "nsubj"), None)
            lemmas = [*lemmas[:1], *(t.lemma_.lower() for t in (doer.subtree if doer is not None else ())
                                     if _content(t) and t.ent_type_ not in ("GPE", "NORP")), *lemmas[1:]]
        skip = {t.i for t in self._tokens(core) if _is_deadline(t, self.lex)}
        anchor = verb if verb.dep_ != "xcomp" and result is None else verb.head
        when = self._text_date(anchor, published, skip) or published
        negative = negated(core)
        action, code, amount = _readable(core, stretch, negative), self._code_of(core), amount_of(
            self._tokens(core), self.lex)
        out = []
        for subject in subjects:
            claim = self._claim(kind, subject, action, lemmas, value, verb, index, published, offset, 0)
            claim.code = code
            claim.date, claim.cues = when, claim.cues + cues
            claim.text, claim.text_start, claim.text_end = text, start + offset, end + offset
            claim.amount = amount
            claim.negative = negative
            out.append(claim)
        if lemma in self.lex.receipt_verbs | self.lex.possession_verbs and value == "asserted":
            out += self._given(verb, subjects, out, actors)
        return out

    def _kept_back(self, verb: Token, subjects: list, actors) -> bool:
        """Whether an act is said done with part of what it moves kept back by the same party ("withdrew from the
        towns but kept soldiers at two checkpoints": a `retention_verbs` verb with an object, joined by one of
        `retention_marks`)."""
        if not any(c.dep_ == "cc" and c.lower_ in self.lex.retention_marks for c in verb.children):
            return False
        own = {party(s.code) for s in subjects}
        return any(c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in self.lex.retention_verbs and not negated(c)
                   and any(o.dep_ == "dobj" for o in c.children)
                   and own & {party(s.code) for s in self.coder.subjects(c, actors)} for c in verb.children)

    def _nominal(self, noun: Token, actors, index, published, offset) -> list[Claim]:
        """"Peru's handover of the boats was completed", "the Chilean withdrawal took place", "the withdrawal by
        Peru was incomplete": an act named by a noun, reported done (in part) by its verb or adjective; the doer's
        act (its possessor, "by" phrase or modifier)."""
        verb, lex = noun.head, self.lex
        if verb.pos_ not in ("VERB", "AUX") or not (lex.keys(noun.lemma_.lower()) - {noun.lemma_.lower()}
                                                     or self._act_noun(noun)):
            return []
        lemma = verb.lemma_.lower()
        said = {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "advmod", "attr")}
        phrase = " ".join([lemma, *(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")])
        part = said & lex.part_words
        if not (lemma in lex.completion_verbs and noun.dep_ == "nsubjpass" or phrase in lex.happen_phrases
                or lemma in lex.happen_phrases or lemma == "be" and said & (lex.done_words | lex.part_words)):
            return []
        doers = []
        for child in noun.children:
            if child.dep_ == "poss" or child.dep_ in ("compound", "amod") and child.i < noun.i:
                doers = actors.actors(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                doers = [a for p in child.children if p.dep_ == "pobj" for a in actors.actors(p)]
            if doers:
                break
        if not doers:
            return []
        value = "hypothetical" if self._conditional(verb) else self.coder.facts.assess(verb).value
        tokens = [t for t in self._tokens(noun, asides=True) if t.dep_ != "poss" and t.head.dep_ != "poss"]
        lemmas = _lemmas(noun, lex, actors, self._ents(noun), tokens)
        span = self._sent.doc[noun.left_edge.i:noun.right_edge.i + 1]
        when = self._text_date(verb, published, set()) or published
        out = []
        for doer in doers:
            claim = self._claim("act", doer, span.text, lemmas, value, noun, index, published, offset, 0)
            claim.date, claim.negative = when, negated(verb)
            claim.text, claim.text_start, claim.text_end = span.text, span.start_char + offset, span.end_char + offset
            claim.cues.append(f"{SHARE}{' '.join(sorted(part))}" if part else "act noun done")
            out.append(claim)
        return out

    def _may_say_not_yet(self, top: Token) -> bool:
        """Whether a one-word `not_yet_words` ("yet", "still") is written between the first and last word of the
        phrase of `top`: without one, no such word is in it, and its words need not be gathered."""
        doc = top.doc
        if self._lowers[0] is not doc:
            self._lowers = (doc, doc.to_array(LOWER).tolist())
        lowers = self._lowers[1]
        return any(lowers[i] in self._not_yet for i in range(top.left_edge.i, top.right_edge.i + 1))

    def _result(self, verb: Token) -> Token | None:
        """The act a participle clause of result states as done ("..., allowing the last troops to leave": the
        leaving), or None."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)

    def _given(self, verb: Token, receivers: list, taken: list[Claim], actors) -> list[Claim]:
        """"Serbia received the first payment from Kosovo", "the mission holds the rifles handed in by the rebels":
        the giver's act, of `receipt_verb` to the receiver
        (what it received, the receiver as "@" code), for the giver's promise to pay or hand over. With no giver
        named ("Yemen received the medical supplies"), the same act of no named doer (`AGENTLESS`), with the
        receiver's code as a `RECEIVER` cue."""
        givers = [a for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "from" and not _inside_clause(c, verb)
                  for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
        if not givers:  # "held all 900 rifles handed in by the rebels": the agent of a participle on the object
            givers = [a for o in verb.children if o.dep_ in _OBJECTS for c in o.children
                      if c.dep_ == "acl" and c.tag_ == "VBN" for b in c.children if b.dep_ == "agent"
                      for p in b.children if p.dep_ == "pobj" for a in actors.actors(p)]
        anonymous = not givers and verb.lemma_.lower() in self.lex.receipt_verbs  # "Yemen received the supplies"
        if anonymous:
            givers = [Actor(UNKNOWN, verb.text, verb.idx, verb.idx + len(verb))]
        out = []
        for giver in givers:
            if not anonymous and (giver.code[:3] == UNKNOWN or any(party(giver.code) == party(r.code)
                                                                   for r in receivers)):
                continue
            own = "@" + (giver.code[:6] if giver.code[:3] in self.lex.body_kinds else giver.code[:3])
            for claim in taken[:1]:
                to = "@" + (claim.actor[:6] if claim.actor[:3] in self.lex.body_kinds else claim.actor[:3])
                words = [w for w in claim.lemmas[1:] if w != own and w != to]
                given = self._claim("act", giver, " ".join([self.lex.receipt_verb, *claim.action.split()[1:]]), [
                    self.lex.receipt_verb, *words, to], claim.factuality, verb, claim.sentence_index,
                    claim.published, 0, 0)
                given.start, given.end = claim.start, claim.end
                given.date, given.cues = claim.date, given.cues + ["received by " + claim.actor_text]
                given.text, given.text_start, given.text_end = claim.text, claim.text_start, claim.text_end
                given.amount = claim.amount
                if anonymous:  # no giver named: whoever promised to send it there (the ledger's `_agentless`)
                    given.cues += [AGENTLESS, RECEIVER + to[1:]]
                out.append(given)
        return out

    def _conditional(self, tok: Token) -> bool:
        """Whether a word sits in a condition ("if ...", "unless ...", or "once/when/after ..." of a clause
        about the future): what it says has not happened."""
        for _ in range(10):
            if tok.dep_ == "advcl":
                marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
                if marks & self.lex.sure_conditions:
                    return True
                mark, head = _clause_mark(tok)
                marks.add(mark)
                future = any(c.dep_ == "aux" and c.lower_ in self.lex.future_aux | {"to"} for c in head.children) or (
                    head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in self.lex.promise_verbs)
                if marks & self.lex.condition_marks and future:
                    return True
            if tok.head == tok:
                return False
            tok = tok.head
        return False

    def _code_of(self, verb: Token) -> str:
        """The CAMEO code of the act, by the coder's own patterns ("" when none matches)."""
        lemma, book = verb.lemma_.lower(), self.coder.codebook
        match = best_pattern(book.verbs.get(lemma, []), slots_of(verb, passive=False), book.verbs_index.get(lemma))
        return match[0].code if match else ""

    # -- what one sentence's words say, worked out once for all the claims that need it ------------

    def _promised_participle(self, verb: Token) -> bool:
        """Whether a participle clause with no mark hangs on a promised act ("agreed to disarm its fighters,
        beginning with the handover of its guns"): part of the promise, not an act done."""
        act = verb.head
        return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children) \
            and act.dep_ == "xcomp" and act.head.lemma_.lower() in self.lex.promise_verbs

    def _lapsed(self, verb: Token) -> bool:
        """Whether an infinitive is under a deadline noun (`deadline_nouns`) said to have passed (`lapse_verbs`,
        asserted): "the deadline for Kenya to send the officers has passed"."""
        noun = verb.head
        if verb.dep_ not in ("acl", "relcl", "advcl") or noun.lemma_.lower() not in self.lex.deadline_nouns or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        lapse = noun.head
        return noun.dep_ in ("nsubj", "nsubjpass") and lapse.lemma_.lower() in self.lex.lapse_verbs and \
            self._assess(lapse).value == "asserted"

    def _assess(self, tok: Token):
        """The coder's factuality of the word, shared with it for the document."""
        if self._actors is None:
            return self.coder.facts.assess(tok)
        return self.coder.assess(tok, self._actors)

    def _once(self, key, make):
        found = self._memo.get(key, self)
        if found is self:
            found = self._memo[key] = make()
        return found

    def _inside(self, tok: Token) -> bool:
        return self._sent.start <= tok.i < self._sent.end

    def _ents(self, tok: Token):
        """The entities of the word's sentence."""
        return self._once("ents", self._sentence_ents) if self._inside(tok) else tok.sent.ents

    def _read_doc(self, doc):
        """The document, its words' classes (POS) and lemmas in lower case, read once per document with its
        entities."""
        if self._doc[0] is not doc:
            pos, lemma = doc.to_array([POS, LEMMA]).T.tolist()
            strings = doc.vocab.strings
            lower = {n: strings[n].lower() for n in set(lemma)}
            self._doc = (doc, pos, [lower[n] for n in lemma], doc.ents)
        return self._doc[:3]

    def _sentence_ents(self) -> list[Span]:
        """The entities inside the sentence (as `Span.ents`), from the document's."""
        sent = self._sent
        self._read_doc(sent.doc)
        out = []
        for ent in self._doc[3]:
            if ent.start >= sent.start:
                if ent.end > sent.end:
                    break
                out.append(ent)
        return out

    def _sentence_text(self) -> str:
        """The sentence's text, sliced from the document's when the actors hold it (a Span rebuilds its text
        from its words)."""
        sent, actors = self._sent, self._actors
        if actors is not None and actors.doc is sent.doc:
            return actors.text[sent.start_char:sent.end_char].strip()
        return sent.text.strip()

    def _tokens(self, verb: Token, asides: bool = False) -> list[Token]:
        return self._once(("tokens", verb.i, asides), lambda: _act_tokens(verb, self.lex, asides))

    def _stretch(self, verb: Token) -> Span:
        return self._once(("stretch", verb.i), lambda: _stretch(
            verb, self.lex, self._tokens(verb), self._sent.end if self._inside(verb) else None))

    def _lemmas(self, verb: Token) -> list[str]:
        return self._once(("lemmas", verb.i), lambda: _lemmas(verb, self.lex, self._actors, self._ents(verb),
                                                              self._tokens(verb, asides=True)))

    def _text_date(self, anchor: Token, published: date | None, skip: set[int]) -> date | None:
        return text_date(self._sent, anchor, published, skip, self.lex, self._once("ents", self._sentence_ents))

    def _claim(self, kind, actor, action, lemmas, value, anchor: Token, index, published, offset, group) -> Claim:
        sent = self._once("text", self._sentence_text)
        return Claim(kind=kind, actor=actor.code, actor_text=actor.text, action=action, lemmas=list(lemmas),
                     factuality=value, sentence_index=index, sentence=sent,
                     start=anchor.idx + offset, end=anchor.idx + len(anchor) + offset, date=published, group=group,
                     published=published, cues=[PERSON] if actor.kind == "person" else [])


def _said_as(verb: Token, phrases: frozenset[str]) -> bool:
    """Whether the verb with its object's lemma or a preposition or particle after it is one of `phrases` ("take
    care", "push for", "share detail")."""
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {c.lemma_.lower() if c.dep_ == 'dobj' else c.lower_}" in phrases
               for c in verb.children if c.dep_ in ("dobj", "prep", "prt"))


def _clause_mark(clause: Token) -> tuple[str, Token]:
    """The words that open an adverbial clause and the word it bears on. The parser splits "as soon as",
    hanging the clause on "soon" ("would sign the treaty as soon as Lima had freed them"): the mark is then
    the adverb's words with the clause's own, and the clause bears on the verb above the adverb."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    head = clause.head
    if marks and head.pos_ == "ADV" and head.dep_ == "advmod" and head.i < clause.i:
        return " ".join(t.lower_ for t in clause.doc[head.left_edge.i:marks[0].i + 1]), head.head
    return " ".join(m.lower_ for m in marks), head


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle ("take over")."""
    return " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])


def _partner(promisor, promisors) -> str:
    """"Peru and Chile agreed to ...": each one's promisee is the other (the first of another country)."""
    return next((p.code for p in promisors if party(p.code) != party(promisor.code)), "")


def _complement_of(clause: Token, verb: Token) -> bool:
    """Whether a clause parsed as the verb's complement can be one: after the verb ("agreed that it would ..."),
    or fronted as reported words followed by the verb or its subject ("We will halt the drills, Trump
    promised"), not a clause of its own earlier in the sentence ("X did not comment, though Y agreed to ...")."""
    if clause.i > verb.i:
        return True
    after = clause.right_edge.i + 1
    doc = verb.doc
    while after < len(doc) and (doc[after].is_punct or doc[after].is_quote):
        after += 1
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return after == verb.i or any(s.left_edge.i == after for s in subjects)


def _stray_infinitives(clause: Token) -> list[Token]:
    """The "to" infinitives joined to a finite clause: a finite verb is never coordinated with an infinitive,
    so they belong to the verb the clause hangs on ("once conditions allowed, and to seek ...")."""
    if clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    return [c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]


def _gap(act: Token, anchor: Token) -> Token | None:
    """The noun a promise in a relative clause is about when its act has no object of its own: "the goods it
    had agreed to buy" (the goods), "the troops Chad pledged to withdraw"; else None."""
    if anchor.dep_ != "relcl" or anchor.head.pos_ not in ("NOUN", "PROPN") or act is anchor:
        return None
    if anchor.left_edge.dep_ == "prep":  # "a statement in which Kim committed to work ...": no gap
        return None
    if any(c.dep_ in _OBJECTS or c.dep_ == "ccomp" for c in act.children):
        return None
    return anchor.head


def _gap_words(noun: Token, relcl: Token) -> str:
    """The noun phrase before its relative clause ("the American goods and services")."""
    return noun.doc[noun.left_edge.i:relcl.left_edge.i].text.strip(" ,")


def _gerund_list(noun: Token, sent: Span) -> list[Token]:
    """Gerunds listed after a promise noun ("three promises ...: opening the port ... and freeing ...")."""
    colon = next((t for t in sent if t.i > noun.i and t.text == ":"), None)
    if colon is None:
        return []
    first = next((t for t in sent if t.i > colon.i and t.tag_ == "VBG"), None)
    return [first] if first is not None else []


def _clause_verbs(relcl: Token | None) -> list[Token]:
    """Verbs inside a relative clause ("pledges that the minister said Oslo had met")."""
    if relcl is None:
        return []
    return [t for t in relcl.subtree if t.pos_ == "VERB" and t is not relcl]
