"""Library calls behind the CLI: ingest, recode, code records without storing."""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from .coding.dictionary import Codebook, load_codebook
from .errors import InputError, StoreError
from .ingest import Defaults, Failure, Limits, parse_date, read_inputs
from .pipeline import Pipeline
from .records import Article, CodedArticle
from .store import Store

logger = logging.getLogger(__name__)

HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"  # Spark's folder name for a partition whose value is null
FAILURES_KEPT = 100  # failures a summary keeps (the first ones); all are counted and passed on as they happen
UNDATED = "no publication date: stored without one, so its events have none; give --date or a 'date' field"


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
    failures: list[Failure] = field(default_factory=list)  # the first FAILURES_KEPT of them
    failed: int = 0
    undated: int = 0  # documents stored without a date
    interrupted: bool = False  # stopped by Ctrl+C; what was stored before is kept
    factuality: Counter = field(default_factory=Counter)
    unresolved: int = 0
    on_failure: Callable[[Failure], None] | None = field(default=None, repr=False, compare=False)
    on_warning: Callable[[Failure], None] | None = field(default=None, repr=False, compare=False)

    def fail(self, failure: Failure) -> None:
        """Count a failure, keep it if it is among the first ones, and pass it on at once."""
        self.failed += 1
        if len(self.failures) < FAILURES_KEPT:
            self.failures.append(failure)
        logger.debug("%s", failure)
        if self.on_failure:
            self.on_failure(failure)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def events_per_1000_words(self) -> float:
        return 1000 * self.events / self.words if self.words else 0.0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "events": self.events, "asserted_events": self.asserted, "words": self.words,
                "seconds": round(self.seconds, 2), "failed": self.failed, "undated": self.undated,
                "events_per_1000_words": round(self.events_per_1000_words, 2),
                "factuality": dict(self.factuality.most_common()), "unresolved_mentions": self.unresolved}

    def details(self) -> str:
        """Events per 1,000 words, the factuality mix and the unresolved names, on one line."""
        mix = ", ".join(f"{k} {v:,}" for k, v in self.factuality.most_common()) or "no events"
        return (f"{self.events_per_1000_words:.2f} events per 1,000 words; factuality: {mix}; "
                f"{self.unresolved:,} {'name' if self.unresolved == 1 else 'names'} resolved to no actor "
                f"(accord actors --unresolved)")


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
           defaults: Defaults | None = None, on_progress: Progress | None = None,
           on_failure: Callable[[Failure], None] | None = None,
           on_warning: Callable[[Failure], None] | None = None) -> IngestSummary:
    """Read, code and store every input; documents already stored are skipped; each failure (and each
    warning: a document stored without a date) is passed to `on_failure` (`on_warning`) as it happens.

    Inputs stream through the pipeline (in `settings.workers` processes) while this process stores the
    results, `settings.batch_size` documents per transaction. If the store fails (a full disk), the run stops
    with a failure naming it; every batch stored before is kept, and running it again goes on from there.
    Ctrl+C stops it the same way, with `interrupted` set: the first (SIGINT, when this runs in the main thread)
    once the document being coded is done and what is coded is stored; a second at once."""
    pipeline = pipeline or Pipeline()
    summary = IngestSummary(on_failure=on_failure, on_warning=on_warning)
    start = time.perf_counter()
    run_id = store.start_run("ingest", pipeline.version, pipeline.settings.model_dump(mode="json"))
    size = pipeline.settings.batch_size
    recent: set[str] = set()
    items = _skip_stored(read_inputs(inputs, defaults, limits=Limits.from_settings(pipeline.settings)), store,
                         summary, recent, size)
    pending: list[CodedArticle | Failure] = []
    try:
        with _first_sigint() as stop, closing(pipeline.process(items)) as results:
            for result in results:
                pending.append(result)
                if len(pending) >= size or stop.requested:
                    _store(store, pending, pipeline.version, run_id, summary, recent, start, on_progress)
                    pending = []
                if stop.requested:
                    raise KeyboardInterrupt
            if pending:
                _store(store, pending, pipeline.version, run_id, summary, recent, start, on_progress)
    except StoreError as exc:
        summary.fail(_stopped(store, exc, summary))
        summary.seconds = time.perf_counter() - start
        _finish_run(store, run_id, summary)
        return summary
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - start
    update_ledger(store, pipeline.coder.codebook, only_if_stale=True)
    store.finish_run(run_id, summary.as_dict())
    return summary


class _StopRequest:
    requested = False


@contextmanager
def _first_sigint() -> Iterator[_StopRequest]:
    """A request to stop, set by the first SIGINT (Ctrl+C) instead of an exception wherever the program is;
    a second SIGINT raises KeyboardInterrupt as usual. Only in the main thread, where signals are handled."""
    stop = _StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def first(signum, frame) -> None:
        stop.requested = True
        signal.signal(signal.SIGINT, previous)
        logger.warning("Ctrl+C: stopping once the document being coded is stored; press it again to stop at once")

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _stopped(store: Store, exc: StoreError, summary: IngestSummary) -> Failure:
    reason = str(exc).removeprefix(store.display + ": ")
    return Failure(store.display, f"{reason}; stopped with {summary.stored} documents stored, which are "
                                  "kept: fix it and run the same command again")


def _finish_run(store: Store, run_id: int, summary: IngestSummary) -> None:
    """Record the counts of a run that stopped on a store error, if the store takes them."""
    try:
        store.finish_run(run_id, summary.as_dict())
    except StoreError as exc:
        logger.warning("could not record the end of run %d: %s", run_id, exc)


def _store(store: Store, results: list[CodedArticle | Failure], version: str, run_id: int,
           summary: IngestSummary, recent: set[str], start: float, on_progress: Progress | None) -> None:
    """Store a batch in one transaction, then count and report each result in order."""
    coded = [r for r in results if not isinstance(r, Failure)]
    try:
        ids = iter(store.add_many(coded, version, run_id) if coded else [])
    except (StoreError, KeyboardInterrupt):
        # add_many keeps the documents before the one that failed (or all of them, when Ctrl+C came after
        # they were committed): count them before the run stops.
        now = store.stored_hashes([c.article.content_hash for c in coded])
        for c in coded:
            if c.article.content_hash in now and c.article.content_hash not in recent:
                recent.add(c.article.content_hash)
                _count(summary, c)
        raise
    for result in results:
        if isinstance(result, Failure):
            summary.fail(result)
        elif next(ids) is None:
            summary.duplicates += 1
        else:
            recent.add(result.article.content_hash)
            _count(summary, result)
            if result.article.date is None:
                summary.undated += 1
                if summary.on_warning:
                    summary.on_warning(Failure(result.article.source or result.article.external_id
                                               or result.article.title[:80], UNDATED))
        summary.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(summary)


def _count(summary: IngestSummary, coded: CodedArticle) -> None:
    summary.stored += 1
    summary.words += coded.n_words
    summary.events += len(coded.events)
    summary.asserted += sum(1 for e in coded.events if e.realised)
    summary.factuality.update(e.factuality for e in coded.events)
    summary.unresolved += len(coded.unresolved)


def recode(store: Store, pipeline: Pipeline | None = None, on_progress: Progress | None = None,
           only_outdated: bool = True, on_failure: Callable[[Failure], None] | None = None) -> IngestSummary:
    """Code stored documents again with the current coder, replacing their events one document at a time."""
    pipeline = pipeline or Pipeline()
    summary = IngestSummary(on_failure=on_failure)
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
            summary.fail(coded)
            continue
        store.replace_coding(int(coded.article.external_id), coded, pipeline.version)
        _count(summary, coded)
        summary.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(summary)
    summary.seconds = time.perf_counter() - start
    update_ledger(store, pipeline.coder.codebook, only_if_stale=True)
    store.finish_run(run_id, summary.as_dict())
    return summary


def load_parquet(directory: str | Path, store: Store, on_progress: Progress | None = None,
                 batch_size: int = 64) -> IngestSummary:
    """Store the documents of `accord spark-ingest` output (its `documents` table) as `ingest` stores them.

    Read in batches of `batch_size` documents, one transaction each; documents already stored are skipped, so
    an interrupted load can be run again. A store failure stops it as it stops `ingest`."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    from .spark import tables

    path = Path(directory)
    path = path if path.name == "documents" else path / "documents"
    if not path.is_dir():
        raise InputError(f"{path}: no documents table here; give the OUTPUT folder of 'accord spark-ingest'")
    dataset = ds.dataset(path, format="parquet",
                         partitioning=ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive"))
    summary = IngestSummary()
    start = time.perf_counter()
    run_id = store.start_run("load-parquet", "", {"directory": str(path)})
    try:
        for batch in dataset.to_batches(batch_size=batch_size):
            by_version: dict[str, list[CodedArticle]] = {}
            for row in batch.to_pylist():
                row["date"] = None if row["date"] in (None, HIVE_NULL) else date.fromisoformat(row["date"])
                by_version.setdefault(row["coder_version"] or "", []).append(tables.coded_from_row(row))
            for version, coded in by_version.items():
                summary.read += len(coded)
                _store(store, coded, version, run_id, summary, set(), start, on_progress)
    except StoreError as exc:
        summary.fail(_stopped(store, exc, summary))
        _finish_run(store, run_id, summary)
        return summary
    summary.seconds = time.perf_counter() - start
    update_ledger(store, only_if_stale=True)
    store.finish_run(run_id, summary.as_dict())
    return summary


def update_ledger(store: Store, codebook: Codebook | None = None, only_if_stale: bool = False) -> int | None:
    """Rebuild the commitments ledger after documents were stored or recoded (PLOVER categories from the
    coder's codebook, by default the built-in one); with `only_if_stale`, only when the ledger was built from
    other claims than those stored now (None when it was not rebuilt)."""
    from .store.ledger import rebuild_ledger

    plover = {code: row.plover for code, row in (codebook or load_codebook()).codes.items()}
    return rebuild_ledger(store, plover, only_if_stale)


PREDICTION_FIELDS = ("source", "target", "code", "root", "factuality", "factuality_cues", "confidence",
                     "goldstein", "quad_class", "plover", "event_date", "reported_by", "sentence_index",
                     "sentence", "source_text", "source_start", "source_end", "target_text", "target_start",
                     "target_end", "verb_text", "verb_start", "verb_end")


def code_records(records: Path, output: Path, pipeline: Pipeline | None = None
                 ) -> tuple[int, int, list[Failure]]:
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
