"""A document's text cut at every stored offset, so that pages can mark actors, event words, quotes, the words
of commitments and sentences."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..api.labels import actor_label, code_label


@dataclass
class Part:
    """A stretch of text with one set of marks."""

    text: str
    actor: str = ""
    verb: str = ""
    quote: str = ""
    speaker: str = ""
    cue: bool = False
    ledger: str = ""
    titles: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        out = []
        if self.actor:
            out.append("actor")
        if self.verb:
            out += ["verb", f"f-{self.verb}"]
        if self.quote:
            out += ["quote", f"q-{self.quote}"]
        if self.speaker:
            out += ["speaker", f"q-{self.speaker}"]
        if self.cue:
            out.append("cue")
        if self.ledger:
            out += ["ledger", f"l-{self.ledger}"]
        return " ".join(out)


@dataclass
class Block:
    """A sentence (its index and parts), or text between sentences (index None)."""

    index: int | None
    parts: list[Part]
    events: int = 0


def _event_title(e: dict) -> str:
    target = f" → {e['target']}" if e["target"] else ""
    score = f", Goldstein {e['goldstein']:+.1f}" if e["goldstein"] is not None else ""
    cues = f" ({', '.join(e['factuality_cues'])})" if e.get("factuality_cues") else ""
    return f"{e['source']}{target}: {e['code']} {code_label(e['code'])}{score}; {e['factuality']}{cues}"


def _trimmed(text: str, s: dict) -> dict:
    """A sentence's span inside the text, without the spaces and line breaks around it."""
    start, end = max(0, min(len(text), s["start"])), max(0, min(len(text), s["end"]))
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return {**s, "start": start, "end": end}


def _quote_title(q: dict) -> str:
    who = q["speaker_text"] or "no speaker found"
    code = f" · {q['speaker']} {actor_label(q['speaker'])}" if q["speaker"] else ""
    source = "anonymous source" if q["anonymous"] else (q["speaker_kind"] or "speaker not resolved")
    return f"{q['kind']} quote ({q['cue'] or 'no cue'}): {who}{code}; {source}"


def blocks(text: str, sentences: list[dict], mentions: list[dict], events: list[dict],
           quotes: list[dict] = (), ledger: list[dict] = ()) -> list[Block]:
    """The text as sentences and gaps, each cut into parts at the offsets of mentions, event spans, quotes
    (with their speakers and cues) and the words of commitments (`ledger`: start, end, kind, title)."""
    n = len(text)
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, kind, value, title

    def add(start, end, kind, value, title):
        if start is not None and end is not None and 0 <= start < end <= n:
            spans.append((start, end, kind, value, title))

    for m in mentions:
        add(m["start"], m["end"], "actor", m["code"], f"{m['code']} · {actor_label(m['code'])}")
    for e in events:
        add(e["verb_start"], e["verb_end"], "verb", e["factuality"], _event_title(e))
        add(e["source_start"], e["source_end"], "actor", e["source"],
            f"{e['source']} · {actor_label(e['source'])} (source)")
        if e["target"]:
            add(e["target_start"], e["target_end"], "actor", e["target"],
                f"{e['target']} · {actor_label(e['target'])} (target)")
    for q in quotes:
        source = "anon" if q["anonymous"] else "named"
        title = _quote_title(q)
        add(q["start"], q["end"], "quote", source, title)
        add(q["speaker_start"], q["speaker_end"], "speaker", source, f"speaker: {title}")
        add(q["cue_start"], q["cue_end"], "cue", "1", f"speech cue: {title}")
    for c in ledger:
        add(c["start"], c["end"], "ledger", c["kind"], c["title"])
    sentences = [_trimmed(text, s) for s in sentences]
    cuts = {0, n}
    for s in sentences:
        cuts.update((s["start"], s["end"]))
    for start, end, *_ in spans:
        cuts.update((start, end))
    points = sorted(cuts)
    sentence_at = sorted((s["start"], s["end"], s["index"]) for s in sentences)
    per_sentence: dict[int, int] = {}
    for e in events:
        per_sentence[e["sentence_index"]] = per_sentence.get(e["sentence_index"], 0) + 1
    out: list[Block] = []
    si = 0
    for a, b in zip(points, points[1:], strict=False):
        while si < len(sentence_at) and sentence_at[si][1] <= a:
            si += 1
        index = sentence_at[si][2] if si < len(sentence_at) and sentence_at[si][0] <= a < sentence_at[si][1] else None
        part = Part(text[a:b])
        for start, end, kind, value, title in spans:
            if start <= a and b <= end:
                if kind == "verb":
                    part.verb = part.verb or value
                elif kind == "actor":
                    part.actor = part.actor or value
                elif kind == "quote":
                    part.quote = part.quote or value
                elif kind == "speaker":
                    part.speaker = part.speaker or value
                elif kind == "cue":
                    part.cue = True
                else:
                    part.ledger = part.ledger or value
                if title not in part.titles:
                    part.titles.append(title)
        if out and out[-1].index == index:
            out[-1].parts.append(part)
        else:
            out.append(Block(index, [part], per_sentence.get(index, 0) if index is not None else 0))
    return out


def marked(text: str, offset: int | None, marks: list[tuple[int | None, int | None, str]]) -> list[tuple[str, str]]:
    """`text` (found at `offset` in its document) as (text, css) pieces, the document spans of `marks` given
    their css; spans outside the text, or overlapping an earlier one, are left unmarked."""
    if offset is None:
        return [(text, "")]
    inside = []
    for start, end, css in marks:
        if start is not None and end is not None:
            s, t = start - offset, end - offset
            if 0 <= s < t <= len(text):
                inside.append((s, t, css))
    inside.sort()
    out, pos = [], 0
    for s, t, css in inside:
        if s < pos:
            continue
        out.append((text[pos:s], ""))
        out.append((text[s:t], css))
        pos = t
    out.append((text[pos:], ""))
    return [(t, c) for t, c in out if t]


def sentence_parts(e: dict, sentence_start: int | None) -> list[tuple[str, str]]:
    """An event's sentence as (text, css) pieces with its verb, source and target marked."""
    return marked(e["sentence"], sentence_start, [(e["verb_start"], e["verb_end"], "verb f-" + e["factuality"]),
                                                  (e["source_start"], e["source_end"], "actor"),
                                                  (e["target_start"], e["target_end"], "actor")])
