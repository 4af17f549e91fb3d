"""The PETRARCH/TABARI verb dictionary format (CAMEO.2.0.txt), read natively into frozen models.

The file holds synonym sets (`&NAME` then `+WORD` lines), then verb blocks: a `--- NAME [code] ---` line, member
verbs (`ABOLISH`, `QUIT {QUITS QUITTING}`, `+CALL_OFF [160]`, `WIRE_+TAP`), and patterns
`- pre-verb words * post-verb words [code] # comment`. Pattern elements are words, `{A B}` phrases (the last word
is the head), `(PREP WORD)` prepositional phrases, `&SET` references, `+` (the target) and `$` (the source).
Codes: `[---]` is no event; `[xxx:yyy]` is xxx from source to target and yyy from target to source; `[:yyy]` is
only yyy from target to source. `~` transformation lines are read as problems to report, not applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import DictionaryError
from .files import Source, where

NULL_CODE = "---"  # "[---]" in either PETRARCH format: no event in a verb file, not an actor in an actor file
NO_EVENT = NULL_CODE
BRACKET = re.compile(r"\[([^\]]*)\]")  # a "[...]" code; group 1 is what the brackets hold
_BLOCK = re.compile(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*-*\s*$")
_CODE_TEXT = re.compile(r"^(?:---|\d{2,4})?$")
_ALTERNATIVE = re.compile(r"[\w&'-]*/[\w&'/-]*")  # "TO/FOR": either word


@dataclass(frozen=True)
class Element:
    """One element of a pattern: kind is word, set, phrase, prep, target or source."""

    kind: str
    words: tuple[str, ...] = ()  # lower case; a set's name as "&name"; for prep: the preposition, then its object


@dataclass(frozen=True)
class VerbPattern:
    """One `-` line of a verb block."""

    line: int
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    code: str  # "" when only the reverse event is coded; NO_EVENT for [---]
    reverse: str  # the code from target to source ([xxx:yyy], [:yyy]), or ""
    text: str


@dataclass(frozen=True)
class Member:
    """A verb of a block: its head word, words it needs around it (CALL_OFF needs "off"), its forms."""

    line: int
    head: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    forms: tuple[str, ...]
    code: str | None  # its own code, else the block's applies


@dataclass(frozen=True)
class VerbBlock:
    line: int
    name: str
    code: str  # the default of members without their own code; NO_EVENT when none
    members: tuple[Member, ...]
    patterns: tuple[VerbPattern, ...]


@dataclass(frozen=True)
class VerbDictionary:
    """A whole PETRARCH verb file."""

    name: str
    synsets: dict[str, frozenset[str]]  # "&name" -> member words (a phrase's last word), lower case
    blocks: tuple[VerbBlock, ...]
    problems: tuple[str, ...]  # lines read but not used, each "file: line N: why"
    sources: tuple[tuple[str, str], ...]
    alone: dict[str, frozenset[str]] = field(default_factory=dict)  # "&name" -> its members of one word


def looks_petrarch(text: str) -> bool:
    """The text is a PETRARCH verb file (a `--- NAME [code] ---` block line), not Accord YAML."""
    return any(_BLOCK.match(line) and line.rstrip().endswith("---") and len(line.strip()) > 3
               for line in text.splitlines()[:20000])


def _strip(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _codes(text: str, name: str, n: int) -> tuple[str, str]:
    """ "[042:043]" -> ("042", "043"); "[:173]" -> ("", "173"); "[---]" -> ("---", "")."""
    first, _, second = text.strip().partition(":")
    first, second = first.strip(), second.strip()
    for code in (first, second):
        if not _CODE_TEXT.match(code):
            raise DictionaryError(f"{where(name, n, 'code')}: [{text}] is not a CAMEO code, --- or xxx:yyy")
    if not first and not second:
        raise DictionaryError(f"{where(name, n, 'code')}: [{text}] names no code")
    return first, second


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.rstrip("_") if w.startswith("&") else w
                 for w in text.lower().replace("_", " ").split() if w)


def _elements(text: str, name: str, n: int) -> tuple[Element, ...]:
    out: list[Element] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "{(":
            close = "}" if ch == "{" else ")"
            depth, j = 0, i
            while j < len(text):
                depth += text[j] in "{("
                depth -= text[j] in "})"
                if depth == 0:
                    break
                j += 1
            if j >= len(text):
                raise DictionaryError(f"{where(name, n, 'pattern')}: {ch} without {close}")
            inner = text[i + 1:j].replace("{", " ").replace("}", " ")
            words = _words(inner)
            if ch == "{":
                out.append(Element("phrase", words))
            elif not words:
                raise DictionaryError(f"{where(name, n, 'pattern')}: empty ( )")
            else:
                out.append(Element("prep", words))
            i = j + 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in "{(":
                j += 1
            token = text[i:j]
            if token == "+":
                out.append(Element("target"))
            elif token == "$":
                out.append(Element("source"))
            elif token.startswith("&"):
                out.append(Element("set", (token.lower().rstrip("_"),)))
            else:
                out.extend(Element("word", (w,)) for w in _words(token) if w not in "+$")
            i = j
    return tuple(out)


def _alternatives(body: str) -> list[str]:
    """A pattern body with each `A/B` word ("(TO/FOR PROTEST)", "(IN FAVOUR/FAVOR)") written out: one body
    per combination of alternatives."""
    found = _ALTERNATIVE.search(body)
    if found is None:
        return [body]
    return [out for word in found.group(0).split("/") if word
            for out in _alternatives(body[:found.start()] + word + body[found.end():])]


def _member(line: str, name: str, n: int) -> Member:
    code = None
    found = BRACKET.search(line)
    if found:
        first, _ = _codes(found.group(1), name, n)
        code = first or NO_EVENT
        line = line[:found.start()] + line[found.end():]
    forms_text = ""
    if "{" in line:
        line, _, forms_text = line.partition("{")
        forms_text = forms_text.split("}", 1)[0]
    words = line.split()
    if not words:
        raise DictionaryError(f"{where(name, n, 'verb')}: no verb on the line")
    phrase = words[0].lower().split("_")
    marked = [k for k, w in enumerate(phrase) if w.startswith("+")]
    k = marked[0] if marked else 0
    phrase = [w.lstrip("+") for w in phrase]
    forms = []
    for form in forms_text.split():
        parts = form.lower().split("_")
        at = next((x for x, w in enumerate(parts) if w.startswith("+")), 0 if len(parts) == 1 else None)
        if at is not None:
            forms.append(parts[at].lstrip("+"))
    return Member(n, phrase[k], tuple(phrase[:k]), tuple(w for w in phrase[k + 1:] if w), tuple(forms), code)


def _close(block: dict | None, blocks: list[VerbBlock]) -> None:
    if block is not None:
        blocks.append(VerbBlock(block["line"], block["name"], block["code"], tuple(block["members"]),
                                tuple(block["patterns"])))


def _line(raw: str, n: int, name: str, block: dict | None, current_set: str | None, synsets: dict[str, set[str]],
          blocks: list[VerbBlock], problems: list[str], alone: dict[str, set[str]] | None = None
          ) -> tuple[dict | None, str | None]:
    """Read one line into the block or synonym set being read; returns them as they are after it."""
    if raw.lstrip().startswith("#") or not raw.strip():
        return block, current_set
    if raw.startswith("---"):
        m = _BLOCK.match(_strip(raw) if "#" in raw[3:] else raw.rstrip())
        if m is None:
            raise DictionaryError(f"{where(name, n, 'block')}: expected '--- NAME [code] ---'")
        _close(block, blocks)
        code = NO_EVENT
        if m.group(2) is not None:
            first, _ = _codes(m.group(2), name, n)
            code = first or NO_EVENT
        block = {"line": n, "name": m.group(1), "code": code, "members": [], "patterns": []}
        current_set = None
        return block, current_set
    line = _strip(raw)
    if not line.strip():
        return block, current_set
    head = line.lstrip()
    if head.startswith("~"):
        problems.append(f"{where(name, n)}: transformation not applied (Accord codes reports and intents "
                        f"by its own rules)")
        return block, current_set
    if head.startswith("&"):
        current_set = head.split()[0].lower().rstrip("_")
        synsets.setdefault(current_set, set())
        return block, current_set
    if head.startswith("-"):
        if block is None:
            raise DictionaryError(f"{where(name, n, 'pattern')}: a pattern outside a verb block")
        codes = list(BRACKET.finditer(head))
        if not codes:
            raise DictionaryError(f"{where(name, n, 'code')}: the pattern has no [code]")
        code, reverse = _codes(codes[-1].group(1), name, n)
        body = head[1:codes[-1].start()]
        if "*" not in body:
            raise DictionaryError(f"{where(name, n, 'pattern')}: no '*' marking the verb")
        patterns = []
        for variant in _alternatives(body):
            pre, _, post = variant.partition("*")
            patterns.append(VerbPattern(n, _elements(pre, name, n), _elements(post, name, n), code, reverse,
                                        " ".join(head.split())))
        undefined = [w for e in (*patterns[0].pre, *patterns[0].post) for w in e.words
                     if w.startswith("&") and w not in synsets]
        if undefined:
            problems.append(f"{where(name, n, 'pattern')}: synonym set {undefined[0].upper()} is not defined "
                            f"above; the pattern is skipped")
            return block, current_set
        block["patterns"].extend(patterns)
        return block, current_set
    if current_set is not None and block is None and head.startswith("+"):
        words = _words(head.split()[0].lstrip("+"))
        if words:
            synsets[current_set].add(words[-1])
            if len(words) == 1 and alone is not None:
                alone.setdefault(current_set, set()).add(words[0])
        return block, current_set
    if block is None:
        raise DictionaryError(f"{where(name, n, 'verb')}: a verb outside a '--- NAME [code] ---' block")
    block["members"].append(_member(head, name, n))
    return block, current_set


def read_verb_dictionary(source: Source) -> VerbDictionary:
    """Read a PETRARCH verb file; malformed lines raise a DictionaryError naming file, line and field."""
    name = source.name
    synsets: dict[str, set[str]] = {}
    alone: dict[str, set[str]] = {}
    blocks: list[VerbBlock] = []
    problems: list[str] = []
    current_set: str | None = None
    block: dict | None = None

    for n, raw in enumerate(source.text.splitlines(), start=1):
        try:
            block, current_set = _line(raw, n, name, block, current_set, synsets, blocks, problems, alone)
        except DictionaryError as exc:
            problems.append(f"{exc}; the line is skipped")
    _close(block, blocks)
    if not blocks:
        raise DictionaryError(f"{name}: no '--- NAME [code] ---' verb block found; is this a PETRARCH verb file?")
    return VerbDictionary(name, {k: frozenset(v) for k, v in synsets.items()}, tuple(blocks), tuple(problems),
                          (source.stamp,) if source.digest else (), {k: frozenset(v) for k, v in alone.items()})


def _keys(pattern: VerbPattern) -> tuple[tuple[str, ...], str | None, bool]:
    """The slot keys a pattern needs (see coding.match.petrarch_slots), its target preposition, and whether
    its target is the object: `^word` a word before the verb (subject, adverb, auxiliary), `&set` a member of
    a synonym set, `prep>word` a preposition with its object word."""
    keys: list[str] = []
    target_prep, target_object = None, False
    for before, elements in ((True, pattern.pre), (False, pattern.post)):
        for e in elements:
            if e.words[:1] == ("^",):
                continue  # "^" stands for any phrase: "LEAVE ^ INTO +" is "leave ... into +"
            if e.kind in ("word", "set"):
                keys.append(("^" if before else "") + e.words[0])
            elif e.kind == "phrase":
                words = [w for w in e.words if w not in ("+", "$")]
                keys += [f"^{words[-1]}"] if before and words else words
            elif e.kind == "prep":
                prep, rest = e.words[0], [w for w in e.words[1:]]
                if "+" in rest:
                    target_prep = target_prep or prep
                    continue
                words = [w for w in rest if w not in ("$", "^")]  # "(IN ^)": "in" and any phrase
                keys.append(f"{prep}>{words[-1]}" if words else prep)
            elif e.kind == "target" and not before:
                target_object = True
    return tuple(dict.fromkeys(keys)), target_prep, target_object and target_prep is None


def compile_verbs(book: VerbDictionary, pattern_type):
    """Patterns by head word for every verb of every block: the block's patterns, each with the words the
    member needs ("call off" needs "off"), and the member's default code as a pattern without words."""
    out: dict[str, list] = {}
    # the file's own prepositions: a pattern that names nothing else ("- * (WITH)", "- * INTO") is left out,
    # as it fits nearly any use of the verb
    preps = {e.words[0] for b in book.blocks for p in b.patterns for e in (*p.pre, *p.post) if e.kind == "prep"}
    for block in book.blocks:
        compiled = [(p, *_keys(p)) for p in block.patterns]
        compiled = [c for c in compiled if not c[1] or c[2] or any(k not in preps for k in c[1])]
        for member in block.members:
            extra = (*(f"^{w}" for w in member.before), *member.after)
            patterns = []
            default = member.code or block.code
            for p, keys, prep, obj in compiled:
                text = f"{p.text}  ({book.name}: line {p.line})"
                # a pattern naming no word, only its target ("- * + [111]", written for "mock" in a block with
                # "repeat" and "echo"), is the block's code for any use of the verb: a default
                bare = not keys and prep is None and p.code != NO_EVENT
                patterns.append(pattern_type(p.code, member.head, tuple(dict.fromkeys((*extra, *keys))), prep, obj,
                                             text, reverse=p.reverse, layer=1, default="block" if bare else ""))
            if default != NO_EVENT:
                patterns.append(pattern_type(default, member.head, extra, None, False,
                                             f"{member.head} [{default}]  ({book.name}: line {member.line})",
                                             layer=1, default="own" if member.code else "block"))
            for head in dict.fromkeys((member.head, *member.forms)):
                out.setdefault(head, []).extend(patterns)
    return out
