"""Attachment failures on real news: sentences of the coverage slice of Reuters-21578 whose main verb codes on
its own, with two or more resolved actors, that give no event at all.

    python bench/attachment.py [--words 300000] [--show 50] [--slice international|first]

The slice, the actors of a sentence and its main verb are those of `coverage.py`. A verb codes on its own when
a pattern of either verb layer names the verb alone (`verbs.yaml`: "annex", "meet with +"; the PETRARCH file:
a pattern with no words after `*`). Such a sentence was left uncoded by how the parse hangs its actors on the
verb, not by a missing dictionary entry, so the count is the population attachment work aims at.

It prints `--show` of them (the verb, the actors, the sentence), the commonest verbs, and last
    RATIO bare_verb_dyadic_sentences_uncoded <uncoded / sentences with a bare-coded main verb and two actors>
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from datetime import date

from accord.config import Settings
from accord.pipeline import SPACY_BATCH_SIZE, Pipeline, chunks
from coverage import main_verb, read_slice, sentence_actors, slice_arguments


def bare_verbs(codebook) -> set[str]:
    """Lemmas with a pattern of the verb alone in either layer."""
    return {lemma for layer in (codebook.verbs, codebook.under) for lemma, patterns in layer.items()
            if any(not p.words and not p.no_event for p in patterns)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    slice_arguments(parser)
    parser.add_argument("--show", type=int, default=50, help="how many uncoded sentences to print (a seeded sample)")
    args = parser.parse_args(argv)

    stories = read_slice(args.corpus, args.words, args.slice == "international")
    pipeline = Pipeline(Settings(database_url="sqlite://", workers=1))
    coder = pipeline.coder
    bare = bare_verbs(coder.codebook)

    population = 0
    uncoded: list[tuple[str, str, str, str]] = []
    pieces = ((text, story) for story in stories for _, text in chunks(story["text"]))
    for doc, story in pipeline.nlp.pipe(pieces, as_tuples=True, batch_size=SPACY_BATCH_SIZE):
        published = date.fromisoformat(story["date"]) if story.get("date") else None
        found, actors = coder.code_doc(doc, published)
        coded = {e.sentence_index for e in found}
        for n, sent in enumerate(doc.sents):
            verb = main_verb(sent, coder.reporting)
            codes = sentence_actors(sent, actors)
            if verb.lemma_.lower() not in bare or len(codes) < 2:
                continue
            population += 1
            if n not in coded:
                uncoded.append((verb.lemma_.lower(), verb.text, " ".join(sorted(codes)), " ".join(sent.text.split())))

    print(f"slice {args.slice}  stories {len(stories)}  coder {coder.version}")
    print(f"sentences with a bare-coded main verb and two actors {population}  giving no event {len(uncoded)}")
    for _, verb, codes, text in random.Random(0).sample(uncoded, min(args.show, len(uncoded))):
        print(f"UNCODED {verb} [{codes}] {text}")
    for lemma, n in Counter(lemma for lemma, _, _, _ in uncoded).most_common(20):
        print(f"VERB {n} {lemma}")
    print(f"RATIO bare_verb_dyadic_sentences_uncoded {len(uncoded) / max(population, 1):.3f}")


if __name__ == "__main__":
    main()
