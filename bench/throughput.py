"""Throughput of Accord end to end against raw spaCy on the same Reuters stories, in one run.

    python bench/throughput.py [--words 200000] [--repeat 1] [--workers 1]

The corpus is read from ../shared/corpora/ beside the checkout; it is never copied into the repository.
The last line is `RATIO end_to_end_vs_spacy <end-to-end words/s / raw spaCy words/s>`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

from accord.config import Settings
from accord.pipeline import SPACY_BATCH_SIZE, Pipeline
from accord.records import Article
from accord.service import IngestSummary, ingest
from accord.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
WARMUP_STORIES = 20


def read_stories(path: Path, words: int) -> list[dict]:
    """The first stories of the corpus until `words` words, leaving out repeats (by Accord's content hash)."""
    if not path.exists():
        sys.exit(f"{path}: corpus not found; the benchmark needs the shared folder ../shared beside the "
                 f"checkout (with corpora/reuters21578.jsonl.gz)")
    stories, seen, total = [], set(), 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            key = Article(text=story["text"], title=story.get("title", "")).content_hash
            if key in seen:
                continue
            seen.add(key)
            stories.append(story)
            total += count_words(story["text"])
            if total >= words:
                break
    return stories


def count_words(text: str) -> int:
    return len(text.split())


def write_jsonl(stories: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for story in stories:
            fh.write(json.dumps(story, ensure_ascii=False) + "\n")
    return path


def time_spacy(pipeline: Pipeline, texts: list[str], workers: int) -> float:
    """Seconds for nlp.pipe over every text, consuming all docs."""
    kwargs = {"n_process": workers} if workers > 1 else {}
    start = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=SPACY_BATCH_SIZE, **kwargs):
        pass
    return time.perf_counter() - start


def time_accord(pipeline: Pipeline, jsonl: Path, db: Path) -> tuple[float, IngestSummary]:
    """Seconds for accord.service.ingest of the JSONL file into a fresh SQLite database."""
    store = Store(f"sqlite:///{db}")
    try:
        start = time.perf_counter()
        summary = ingest([jsonl], store, pipeline)
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return seconds, summary


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="read stories until this many words")
    parser.add_argument("--repeat", type=int, default=1, help="timed pairs; the best of each is kept")
    parser.add_argument("--workers", type=int, default=1,
                        help="n_process for spaCy, settings.workers for Accord")
    args = parser.parse_args(argv)

    stories = read_stories(CORPUS, args.words)
    texts = [s["text"] for s in stories]
    words = sum(count_words(t) for t in texts)
    pipeline = Pipeline(Settings(database_url="sqlite://", workers=args.workers))

    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        tmpdir = Path(tmp)
        jsonl = write_jsonl(stories, tmpdir / "stories.jsonl")
        warm = write_jsonl(stories[:WARMUP_STORIES], tmpdir / "warmup.jsonl")
        # Warm-up, untimed: the model, the coder's dictionaries and the lazily imported helpers.
        pipeline.coder  # noqa: B018
        time_spacy(pipeline, texts[:WARMUP_STORIES], args.workers)
        time_accord(pipeline, warm, tmpdir / "warmup.db")

        best_spacy = best_accord = float("inf")
        summary = None
        for n in range(args.repeat):
            order = ("spacy", "accord") if n % 2 == 0 else ("accord", "spacy")
            for which in order:
                if which == "spacy":
                    best_spacy = min(best_spacy, time_spacy(pipeline, texts, args.workers))
                else:
                    seconds, summary = time_accord(pipeline, jsonl, tmpdir / f"run{n}.db")
                    best_accord = min(best_accord, seconds)

    spacy_wps, accord_wps = words / best_spacy, words / best_accord
    print(f"stories {len(stories)}  words {words} (whitespace-split)  workers {args.workers}  "
          f"repeat {args.repeat}  model {pipeline.settings.model}")
    print(f"accord stored {summary.stored}  duplicates {summary.duplicates}  failed {len(summary.failures)}  "
          f"events {summary.events}")
    print(f"raw spaCy    {words} words  {best_spacy:8.2f} s  {spacy_wps:9.0f} words/s")
    print(f"end to end   {words} words  {best_accord:8.2f} s  {accord_wps:9.0f} words/s")
    print(f"RATIO end_to_end_vs_spacy {accord_wps / spacy_wps:.3f}")


if __name__ == "__main__":
    main()
