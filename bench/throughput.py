"""Throughput of Accord end to end against raw spaCy on the same Reuters stories, with 1 and 2 workers, in one run.

    python bench/throughput.py [--words 200000] [--repeat 1] [--workers 1,2]

The corpus is read from ../shared/corpora/ beside the checkout; it is never copied into the repository.
Both sides parse the same text: each story's body and, since the product reads headlines for claims (c3874a7),
its title as one more short piece; figures from before that commit timed raw spaCy over the bodies alone.
For each worker count, `RATIO end_to_end_vs_spacy_<N>w <end-to-end words/s / raw spaCy words/s>`; then how
much faster the last count is than the first, for raw spaCy and (the last line) end to end:
`RATIO end_to_end_2w_vs_1w <end-to-end words/s with 2 workers / with 1>`.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from accord.config import Settings
from accord.pipeline import SPACY_BATCH_SIZE, Pipeline
from accord.service import IngestSummary, ingest
from accord.store import Store
from corpus import REUTERS, read_reuters

WARMUP_STORIES = 20


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
    parser.add_argument("--workers", default="1,2",
                        help="comma-separated worker counts: n_process for spaCy, settings.workers for Accord")
    args = parser.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",")]

    stories = read_reuters(REUTERS, args.words)
    bodies = [s["text"] for s in stories]
    # what the product parses: every body and every non-empty title (Pipeline parses a title as its own piece)
    texts = bodies + [title for s in stories if (title := (s.get("title") or "").strip())]
    words = sum(count_words(t) for t in texts)
    pipeline = Pipeline(Settings(database_url="sqlite://"))
    spacy_s: dict[int, float] = {}
    accord_s: dict[int, float] = {}
    summary = None

    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        tmpdir = Path(tmp)
        jsonl = write_jsonl(stories, tmpdir / "stories.jsonl")
        warm = write_jsonl(stories[:WARMUP_STORIES], tmpdir / "warmup.jsonl")
        # Warm-up, untimed: the model, the coder's dictionaries and the lazily imported helpers.
        pipeline.coder  # noqa: B018
        time_spacy(pipeline, texts[:WARMUP_STORIES], 1)
        time_accord(pipeline, warm, tmpdir / "warmup.db")

        for workers in counts:
            pipeline.settings.workers = workers
            spacy_s[workers] = accord_s[workers] = float("inf")
            for n in range(args.repeat):
                order = ("spacy", "accord") if n % 2 == 0 else ("accord", "spacy")
                for which in order:
                    if which == "spacy":
                        spacy_s[workers] = min(spacy_s[workers], time_spacy(pipeline, texts, workers))
                    else:
                        seconds, summary = time_accord(pipeline, jsonl, tmpdir / f"run{workers}-{n}.db")
                        accord_s[workers] = min(accord_s[workers], seconds)

    print(f"stories {len(stories)}  words {words} (whitespace-split)  repeat {args.repeat}  "
          f"model {pipeline.settings.model}  cores {os.cpu_count()}")
    print(f"accord stored {summary.stored}  duplicates {summary.duplicates}  failed {len(summary.failures)}  "
          f"events {summary.events}")
    for workers in counts:
        print(f"workers {workers}  raw spaCy  {spacy_s[workers]:8.2f} s {words / spacy_s[workers]:8.0f} words/s   "
              f"end to end {accord_s[workers]:8.2f} s {words / accord_s[workers]:8.0f} words/s")
    for workers in counts:
        print(f"RATIO end_to_end_vs_spacy_{workers}w {spacy_s[workers] / accord_s[workers]:.3f}")
    if len(counts) > 1:
        low, high = counts[0], counts[-1]
        print(f"RATIO spacy_{high}w_vs_{low}w {spacy_s[low] / spacy_s[high]:.3f}")
        print(f"RATIO end_to_end_{high}w_vs_{low}w {accord_s[low] / accord_s[high]:.3f}")


if __name__ == "__main__":
    main()
