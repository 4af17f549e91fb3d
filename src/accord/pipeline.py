"""Run the stages in order: language check, spaCy, actors and coding, streamed over the articles."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import chain, islice

from .actors.dictionary import load_actors
from .coding.coder import CameoCoder
from .coding.dictionary import load_codebook
from .commitments import ClaimFinder
from .config import Settings, get_settings
from .ingest import Failure
from .nlp import load_nlp
from .nlp.language import detect
from .quotes import attribute, find_quotes
from .records import Article, CodedArticle, Event, Mention, Sentence
from .registry import coders

logger = logging.getLogger(__name__)

CHUNK_CHARS = 20_000
SPACY_BATCH_SIZE = 32


class _WorkerDied(Exception):
    """A spaCy worker process ended before returning its documents."""


def worker_count(workers: int) -> int:
    """`workers` when positive, else one per core this process may use."""
    if workers > 0:
        return workers
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def _quiet_worker_exit():
    """Silence spaCy's W127 (a worker did not exit cleanly): Pipeline.process reports a dead worker itself."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W127\]", category=UserWarning)
        yield


class _WorkerWatch:
    """Watches the worker processes spaCy starts after this is made, from a thread; when one dies, ends the
    others. Each worker holds copies of its siblings' pipe ends (they are forked from this process), so without
    this the pipe would wait forever for a dead worker's documents instead of raising EOFError."""

    def __init__(self, interval: float = 0.1):
        self.before = set(self._children())
        self.known: set = set()
        self.died: int | None = None
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(interval,), name="accord-worker-watch",
                                       daemon=True)
        self.thread.start()

    @staticmethod
    def _children() -> list:
        # Started and not yet joined, dead ones included (active_children() would reap and hide them).
        children = getattr(multiprocessing.process, "_children", None)
        return list(children) if children is not None else multiprocessing.active_children()

    def _run(self, interval: float) -> None:
        while not self.done.wait(interval):
            self.known.update(p for p in self._children() if p not in self.before)
            dead = [p.exitcode for p in self.known if p.exitcode not in (None, 0)]
            if dead:
                self.died = dead[0]
                self.kill()
                return

    def kill(self) -> None:
        """End every worker still running."""
        self.known.update(p for p in self._children() if p not in self.before)
        for p in self.known:
            if p.exitcode is None:
                p.kill()

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


@dataclass
class _Pending:
    """An input read, with the pieces of its text given to spaCy and the docs parsed so far."""

    item: Article | Failure
    pieces: list[tuple[int, str]]
    docs: list = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.docs) == len(self.pieces)


@coders.register("cameo.v1")
def make_cameo_coder(nlp, settings: Settings) -> CameoCoder:
    return CameoCoder(nlp, load_actors(tuple(settings.actors)), load_codebook())


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text at paragraph (else line, else sentence) ends into pieces of at most `limit` characters."""
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(". ") + 1, 0)
        if cut <= limit // 4:
            cut = limit
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return [(o, c) for o, c in out if c.strip()]


class Pipeline:
    """The configured NLP pipeline and coder; models load on first use and once per process."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or get_settings()

    @cached_property
    def nlp(self):
        return load_nlp(self.settings.model)

    @cached_property
    def coder(self) -> CameoCoder:
        return coders.get(self.settings.coder)(self.nlp, self.settings)

    @property
    def version(self) -> str:
        return self.coder.version

    def check_language(self, article: Article) -> Failure | None:
        lang, prob = detect(article.text)
        if lang not in ("und", self.settings.language) and prob >= 0.9:
            return Failure(article.source or article.external_id or article.title,
                           f"language detected as {lang!r} (p={prob:.2f}), not {self.settings.language!r}: "
                           f"skipped, nothing coded")
        return None

    def code_text(self, text: str, published: date | None = None) -> list[Event]:
        """Events of one text, without storing anything."""
        pieces = chunks(text)
        docs = list(zip([off for off, _ in pieces], self.nlp.pipe(c for _, c in pieces), strict=True))
        return self._code(Article(text=text, date=published), docs).events

    @property
    def workers(self) -> int:
        """Processes for spaCy: `settings.workers`, or one per core this process may use when it is 0."""
        return worker_count(self.settings.workers)

    def process(self, items: Iterable[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        """Code articles as they come, passing failures through in their place, in input order.

        One `nlp.pipe` streams over every article, in `workers` processes, so memory is bounded by spaCy's
        read-ahead (a few batches) whatever the number of articles. If a worker process dies, the workers are
        started again and the articles not yet returned are parsed again; should they die twice with nothing
        returned in between, the first article waiting is returned as a Failure and the rest go on."""
        source = iter(items)
        waiting: deque[_Pending] = deque()  # read, not yet returned
        sent: deque[tuple[_Pending, int]] = deque()  # pieces given to spaCy, not yet back, with their offsets
        deaths = 0
        while True:
            try:
                with closing(self._parse(self._texts(source, waiting, sent))) as docs:
                    for doc in docs:
                        entry, off = sent.popleft()
                        entry.docs.append((off, doc))
                        while waiting and waiting[0].done:
                            deaths = 0
                            yield self._finish(waiting.popleft())
                break
            except _WorkerDied as exc:
                deaths += 1
                sent.clear()
                logger.warning("%s; starting the workers again for the %d documents not yet coded", exc,
                               sum(1 for e in waiting if not e.done))
                if deaths >= 2 and waiting:
                    deaths = 0
                    head = waiting.popleft().item
                    yield Failure(head.source or head.external_id or head.title[:80],
                                  "a spaCy worker process died twice while parsing it (or a document near "
                                  "it): skipped, nothing coded")
        while waiting:
            yield self._finish(waiting.popleft())

    def _texts(self, source: Iterator[Article | Failure], waiting: deque[_Pending],
               sent: deque[tuple[_Pending, int]]) -> Iterator[str]:
        """The texts to parse: pieces of the articles still waiting (after a worker died), then of each new
        input, recording each piece in `sent` and each input in `waiting` as it goes."""
        for entry in list(waiting):
            if not entry.done:
                entry.docs.clear()
                for off, text in entry.pieces:
                    sent.append((entry, off))
                    yield text
        for item in source:
            if isinstance(item, Article):
                item = self.check_language(item) or item
            entry = _Pending(item, chunks(item.text) if isinstance(item, Article) else [])
            waiting.append(entry)
            for off, text in entry.pieces:
                sent.append((entry, off))
                yield text

    def _parse(self, texts: Iterator[str]) -> Iterator:
        """spaCy docs of the texts, in order: in worker processes, or in this one for fewer texts than a batch
        per worker."""
        n_process = self.workers
        head = list(islice(texts, n_process * SPACY_BATCH_SIZE)) if n_process > 1 else []
        if len(head) < n_process * SPACY_BATCH_SIZE:
            yield from self.nlp.pipe(chain(head, texts), batch_size=SPACY_BATCH_SIZE)
            return
        docs = self.nlp.pipe(chain(head, texts), batch_size=SPACY_BATCH_SIZE, n_process=n_process)
        watch = _WorkerWatch()
        finished = False
        try:
            while True:
                with _quiet_worker_exit():
                    try:
                        doc = next(docs)
                    except StopIteration:
                        finished = True
                        return
                    except (EOFError, OSError) as exc:  # a pipe closed by a dead worker
                        raise _WorkerDied(f"a spaCy worker process died (exit code {watch.died})") from exc
                yield doc
        finally:
            watch.stop()
            if not finished:  # stopped early: spaCy would wait for workers that cannot finish sending
                watch.kill()
            with _quiet_worker_exit():
                docs.close()

    def _finish(self, entry: _Pending) -> CodedArticle | Failure:
        """The coded article, or a Failure naming it when the coder raised: one document does not stop a run."""
        article = entry.item
        if isinstance(article, Failure):
            return article
        try:
            return self._code(article, entry.docs)
        except Exception as exc:  # a coder bug on one document; logged with its traceback
            name = article.source or article.external_id or article.title[:80]
            logger.exception("coding %s failed", name)
            return Failure(name, f"the coder failed on it ({type(exc).__name__}: {exc}); skipped, nothing "
                                 f"stored: please report it")

    @cached_property
    def claim_finder(self) -> ClaimFinder:
        return ClaimFinder(self.coder)

    def _code(self, article: Article, docs) -> CodedArticle:
        sentences, events, mentions, unresolved, words, claims, quotes = [], [], [], [], 0, [], []
        for off, doc in docs:
            found, actors = self.coder.code_doc(doc, article.date, offset=off, first_sentence=len(sentences))
            quotes.extend(find_quotes(doc, actors, off, len(sentences)))
            for sent in doc.sents:
                claims.extend(self.claim_finder.claims(sent, actors, len(sentences), article.date, off))
                sentences.append(Sentence(len(sentences), sent.start_char + off, sent.end_char + off,
                                          sent.text))
            events.extend(found)
            for span, entry in {id(v[0]): v for v in actors.by_token.values()}.values():
                mentions.append(Mention(entry.code_on(article.date), span.text, span.start_char + off,
                                        span.end_char + off, entry.kind))
            unresolved.extend(actors.unresolved())
            words += sum(1 for t in doc if not t.is_punct and not t.is_space)
        attribute(events, claims, quotes)
        mentions.sort(key=lambda m: m.start)
        codes = {m.code for m in mentions} | {e.source for e in events} | {e.target for e in events if e.target}
        names = {c: self.coder.name_of(c) for c in codes}
        return CodedArticle(article, self.settings.language, sentences, events, mentions, unresolved, words, names,
                            claims, quotes)
