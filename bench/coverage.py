"""Coverage of the coder on real news: events per 1,000 words of a fixed slice of Reuters-21578 and what is left
uncoded, so the breadth of the dictionaries can be compared before and after a change.

    python bench/coverage.py [--words 300000] [--top 50] [--slice international|first] [--corpus FILE]

The slice: stories in file (NEWID) order, repeats left out (by Accord's content hash), until `--words`
whitespace-split words; with `--slice international` (the default) only stories with two or more PLACES,
which is where the corpus talks about relations between countries (most of the rest is earnings and
commodities). The corpus is read from ../shared/corpora/ beside the checkout; it is never copied into the
repository. One process, the default settings (model, bundled dictionaries).

Per sentence, an actor is a phrase head (or possessor) the coder's actor resolution gives a known code; two
codes count as two actors unless one is the other's country ("USA" and "USAGOV" are one). A dictionary verb
is a verb whose lemma heads a verb pattern or a complement pattern of the coder's codebook, in either layer
(verbs.yaml or the PETRARCH verb dictionary under it). The main verb of
a sentence is its root, or the verb of the clause under a reporting verb ("officials said X would ...").

Machine-readable lines, for comparing runs:
    RATIO events_per_1000_words <events / words * 1000>           (words: Accord's count, no punctuation)
    RATIO asserted_per_1000_words <asserted events / words * 1000>
    RATIO dyadic_verb_sentences_asserted <share of sentences with two actors and a dictionary verb that
                                          give at least one asserted event>
    UNCODED <rank> <count> <lemma> <ours|petrarch|no>             (main verbs, two actors, no event at all;
                                                                   the verb layer that has the lemma)
    UNRESOLVED <rank> <count> <label> <name>                      (named entities that resolved to no actor)
The last line is the RATIO dyadic_verb_sentences_asserted line.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from datetime import date
from pathlib import Path

from accord.config import Settings
from accord.pipeline import SPACY_BATCH_SIZE, Pipeline, chunks
from corpus import REUTERS, read_reuters

_HEAD_POS = ("NOUN", "PROPN", "PRON")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod", "npadvmod", "det")


def read_slice(path: Path, words: int, international: bool) -> list[dict]:
    """Stories in file order until `words` words, repeats left out; only those with two or more places when
    `international`."""
    return read_reuters(path, words, (lambda story: len(story.get("places", [])) >= 2) if international else None)


def sentence_actors(sent, actors) -> set[str]:
    """The distinct known actor codes of the sentence's phrase heads, a country left out when an actor of
    that country is there too."""
    codes = set()
    for tok in sent:
        if tok.pos_ in _HEAD_POS and tok.dep_ not in _MODIFIER_DEPS:
            found = actors.actor(tok)
            if found is not None and found.known:
                codes.add(found.code)
    return {c for c in codes if not any(o != c and o.startswith(c) for o in codes)}


def main_verb(sent, reporting: frozenset[str]):
    """The sentence's root, or the verb of the clause its reporting root governs."""
    root = sent.root
    if root.lemma_.lower() in reporting:
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")),
                      None)
        if clause is not None:
            return clause
    return root


def slice_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose the Reuters slice (--words, --corpus, --slice), for every bench that reads it."""
    parser.add_argument("--words", type=int, default=300_000, help="read stories until this many words")
    parser.add_argument("--corpus", type=Path, default=REUTERS,
                        help="the Reuters-21578 JSONL file (default: ../shared/corpora/ beside the checkout)")
    parser.add_argument("--slice", choices=("international", "first"), default="international",
                        help="international: stories with two or more PLACES; first: every story")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    slice_arguments(parser)
    parser.add_argument("--top", type=int, default=50, help="how many uncoded verbs and unresolved names")
    args = parser.parse_args(argv)

    stories = read_slice(args.corpus, args.words, args.slice == "international")
    pipeline = Pipeline(Settings(database_url="sqlite://", workers=1))
    coder = pipeline.coder
    book = coder.codebook
    ours = set(book.verbs) | set(book.complement_heads)
    dictionary_verbs = ours | set(book.under)

    words = events = asserted = sentences = dyadic = dyadic_verb = dyadic_verb_asserted = 0
    uncoded: Counter[str] = Counter()
    unresolved: Counter[tuple[str, str]] = Counter()
    roots: Counter[str] = Counter()
    start = time.perf_counter()
    pieces = ((text, story) for story in stories for _, text in chunks(story["text"]))
    for doc, story in pipeline.nlp.pipe(pieces, as_tuples=True, batch_size=SPACY_BATCH_SIZE):
        published = date.fromisoformat(story["date"]) if story.get("date") else None
        found, actors = coder.code_doc(doc, published)
        words += sum(1 for t in doc if not t.is_punct and not t.is_space)
        events += len(found)
        asserted += sum(1 for e in found if e.factuality == "asserted")
        roots.update(e.root for e in found)
        unresolved.update(actors.unresolved())
        by_sentence: dict[int, list] = {}
        for e in found:
            by_sentence.setdefault(e.sentence_index, []).append(e)
        for n, sent in enumerate(doc.sents):
            sentences += 1
            if len(sentence_actors(sent, actors)) < 2:
                continue
            dyadic += 1
            coded = by_sentence.get(n, [])
            if any(t.pos_ == "VERB" and t.lemma_.lower() in dictionary_verbs for t in sent):
                dyadic_verb += 1
                dyadic_verb_asserted += any(e.factuality == "asserted" for e in coded)
            if not coded:
                uncoded[main_verb(sent, coder.reporting).lemma_.lower()] += 1
    seconds = time.perf_counter() - start

    print(f"slice {args.slice}  stories {len(stories)}  words {words} (Accord's count)  sentences {sentences}  "
          f"coder {coder.version}  model {pipeline.settings.model}  {seconds:.0f} s")
    print(f"events {events}  asserted {asserted}  by root " +
          " ".join(f"{r}:{n}" for r, n in sorted(roots.items())))
    print(f"sentences with two actors {dyadic}  of them with a dictionary verb {dyadic_verb}  "
          f"giving an asserted event {dyadic_verb_asserted}")
    for rank, (lemma, n) in enumerate(uncoded.most_common(args.top), start=1):
        layer = "ours" if lemma in ours else "petrarch" if lemma in dictionary_verbs else "no"
        print(f"UNCODED {rank} {n} {lemma} {layer}")
    for rank, ((name, label), n) in enumerate(unresolved.most_common(args.top), start=1):
        print(f"UNRESOLVED {rank} {n} {label} {' '.join(name.split())}")
    print(f"RATIO events_per_1000_words {1000 * events / max(words, 1):.3f}")
    print(f"RATIO asserted_per_1000_words {1000 * asserted / max(words, 1):.3f}")
    print(f"RATIO dyadic_verb_sentences_asserted {dyadic_verb_asserted / max(dyadic_verb, 1):.3f}")


if __name__ == "__main__":
    main()
