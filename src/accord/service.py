"""Library calls behind the CLI: ingest, recode, code records without storing."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .errors import InputError
from .ingest import Defaults, Failure, parse_date, read_inputs
from .pipeline import Pipeline
from .records import Article, CodedArticle
from .store import Store

logger = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    asserted: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates, "events": self.events,
                "asserted_events": self.asserted, "words": self.words, "seconds": round(self.seconds, 2),
                "failed": len(self.failures)}


Progress = Callable[[IngestSummary], None]


def _skip_stored(items: Iterable[Article | Failure], store: Store, summary: IngestSummary, recent: set[str],
                 chunk: int) -> Iterator[Article | Failure]:
    """Items whose content is not stored: one query per `chunk` items, then `recent`, which the caller fills
    with what it stores after that query (emptied here at each query)."""
    it = iter(items)
    while batch := list(islice(it, chunk)):
        hashes = [item.content_hash if isinstance(item, Article) else "" for item in batch]
        stored = store.stored_hashes([h for h in hashes if h])
        recent.clear()
        for item, content_hash in zip(batch, hashes, strict=True):
            if isinstance(item, Article):
                summary.read += 1
                if content_hash in stored or content_hash in recent:
                    summary.duplicates += 1
                    continue
            yield item


def ingest(inputs: Iterable[str | Path], store: Store, pipeline: Pipeline | None = None,
           defaults: Defaults | None = None, on_progress: Progress | None = None) -> IngestSummary:
    """Read, code and store every input; documents already stored are skipped; failures are collected.

    Each batch of the pipeline is stored in one transaction, before the next batch is read."""
    pipeline = pipeline or Pipeline()
    summary = IngestSummary()
    start = time.perf_counter()
    run_id = store.start_run("ingest", pipeline.version, pipeline.settings.model_dump(mode="json"))
    size = pipeline.settings.batch_size
    recent: set[str] = set()
    items = _skip_stored(read_inputs(inputs, defaults, pipeline.settings.max_file_mb), store, summary, recent,
                         size)
    pending: list[CodedArticle | Failure] = []
    for result in pipeline.process(items, size):
        pending.append(result)
        if len(pending) >= size:  # the pipeline yields one result per item, so this is the end of its batch
            _store(store, pending, pipeline.version, run_id, summary, recent, start, on_progress)
            pending = []
    if pending:
        _store(store, pending, pipeline.version, run_id, summary, recent, start, on_progress)
    summary.seconds = time.perf_counter() - start
    if summary.stored:
        update_ledger(store, pipeline)
    store.finish_run(run_id, summary.as_dict())
    return summary


def _store(store: Store, results: list[CodedArticle | Failure], version: str, run_id: int,
           summary: IngestSummary, recent: set[str], start: float, on_progress: Progress | None) -> None:
    """Store a batch in one transaction, then count and report each result in order."""
    ids = iter(store.add_many([r for r in results if not isinstance(r, Failure)], version, run_id))
    for result in results:
        if isinstance(result, Failure):
            logger.debug("%s", result)
            summary.failures.append(result)
        elif next(ids) is None:
            summary.duplicates += 1
        else:
            recent.add(result.article.content_hash)
            summary.stored += 1
            summary.words += result.n_words
            summary.events += len(result.events)
            summary.asserted += sum(1 for e in result.events if e.realised)
        summary.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(summary)


def recode(store: Store, pipeline: Pipeline | None = None, on_progress: Progress | None = None,
           only_outdated: bool = True) -> IngestSummary:
    """Code stored documents again with the current coder, replacing their events one document at a time."""
    pipeline = pipeline or Pipeline()
    summary = IngestSummary()
    start = time.perf_counter()
    run_id = store.start_run("recode", pipeline.version, pipeline.settings.model_dump(mode="json"))

    def articles() -> Iterator[Article]:
        for row in store.iter_documents():
            if only_outdated and row.coder_version == pipeline.version:
                summary.duplicates += 1
                continue
            summary.read += 1
            yield Article(text=row.text, title=row.title, date=row.date, outlet=row.outlet, url=row.url,
                          author=row.author, external_id=str(row.id), source=row.source)

    for coded in pipeline.process(articles()):
        if isinstance(coded, Failure):
            summary.failures.append(coded)
            continue
        store.replace_coding(int(coded.article.external_id), coded, pipeline.version)
        summary.stored += 1
        summary.words += coded.n_words
        summary.events += len(coded.events)
        summary.asserted += sum(1 for e in coded.events if e.realised)
        summary.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(summary)
    summary.seconds = time.perf_counter() - start
    if summary.stored:
        update_ledger(store, pipeline)
    store.finish_run(run_id, summary.as_dict())
    return summary


def update_ledger(store: Store, pipeline: Pipeline) -> int:
    """Rebuild the commitments ledger after documents were stored or recoded."""
    from .store.ledger import rebuild_ledger

    plover = {code: row.plover for code, row in pipeline.coder.codebook.codes.items()}
    return rebuild_ledger(store, plover)


PREDICTION_FIELDS = ("source", "target", "code", "root", "factuality", "factuality_cues", "confidence",
                     "goldstein", "quad_class", "plover", "event_date", "reported_by", "sentence_index",
                     "sentence", "source_text", "source_start", "source_end", "target_text", "target_start",
                     "target_end", "verb_text", "verb_start", "verb_end")


def code_records(records: Path, output: Path, pipeline: Pipeline | None = None) -> tuple[int, int, list[Failure]]:
    """Code each record (id, text, date) of a JSONL file and write one event a line; nothing is stored."""
    pipeline = pipeline or Pipeline()
    n_records = n_events = 0
    failures: list[Failure] = []
    items = []
    with open(records, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    raise InputError("expected an object with 'id' and 'text'")
                items.append((str(rec.get("id", n)), rec["text"], parse_date(rec.get("date"))))
            except (json.JSONDecodeError, InputError, ValueError) as exc:
                failures.append(Failure(f"{records}:{n}", f"skipped: {exc}"))
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8") as out:
        for rid, text, day in items:
            n_records += 1
            for e in pipeline.code_text(text, day):
                d = e.to_dict()
                row = {"record_id": rid, **{k: d[k] for k in PREDICTION_FIELDS}}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n_events += 1
    return n_records, n_events, failures
