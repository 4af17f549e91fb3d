"""Run the stages in order: language check, spaCy, actors and coding, streamed over the articles."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import chain, islice

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE

from .actors.dictionary import load_actors
from .actors.resolve import DocActors, most_named
from .coding.coder import CameoCoder
from .coding.dictionary import load_codebook
from .commitments import ClaimFinder
from .config import Settings, get_settings
from .ingest import Failure
from .nlp import load_nlp
from .nlp.dateline import dateline_end, dateline_places
from .nlp.language import detect
from .quotes import attribute, find_quotes
from .records import TITLE, Article, CodedArticle, Event, Mention, Sentence
from .registry import coders

logger = logging.getLogger(__name__)

CHUNK_CHARS = 20_000
SPACY_BATCH_SIZE = 32
TASK_ARTICLES = 16  # articles a worker process codes per task
TASKS_PER_WORKER = 3  # tasks given to each worker ahead: bounds how far the input is read ahead
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies
MAX_IDLE = 256  # inputs with nothing to parse (failures) held back at most while spaCy waits for text
STUCK_SECONDS = 10  # a broken pool's manager thread alive this long waits on a stuck feeder thread (shut_down_broken)

_worker: Pipeline | None = None  # the pipeline of a worker process


def worker_count(workers: int) -> int:
    """`workers` when positive, else one per core this process may use."""
    if workers > 0:
        return workers
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _die_with_parent(parent: int) -> None:
    """End this worker process when its parent ends, even by SIGKILL: the kernel's parent-death signal on Linux,
    and everywhere a thread that watches the parent's pid once a second."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            logger.debug("prctl is not available; the parent watchdog alone ends this worker")

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before the signal was set up
        os._exit(1)
    threading.Thread(target=watch, name="accord-parent-watch", daemon=True).start()


def _start_worker(pipeline: Pipeline | None, settings: Settings | None, parent: int) -> None:
    """Set up a worker process: the parent's pipeline (forked, models already loaded) or one built from settings
    (spawned). Ctrl+C is the parent's to handle: it stops the workers itself; a parent killed outright takes
    its workers with it."""
    global _worker
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = pipeline or Pipeline(settings)
    _worker.on_piece = None  # progress is shown by the parent
    _worker.coder  # noqa: B018  (load the model and dictionaries before the first task)


def _code_task(items: list[Article | Failure]) -> list[CodedArticle | Failure]:
    """Worker side: one task's articles coded in this process."""
    return list(_worker._process_here(items))


def shut_down_broken(pool) -> None:
    """Shut down a process pool a worker died in. Pythons before 3.11.4 (CPython gh-94777; Debian 12's 3.11.2)
    can hang there for ever: the pool's feeder thread stays blocked writing a task larger than the pipe's buffer
    to a pipe no live worker reads, and the shutdown waits for it. When the pool's manager thread has not ended
    after a while, so that the feeder is stuck, this process's reading end of that pipe is closed, as later
    Pythons do themselves: the write fails and the shutdown returns. (Closed while the feeder still runs, it
    would race with the feeder's own close of it.)"""
    manager = getattr(pool, "_executor_manager_thread", None)
    queue = getattr(pool, "_call_queue", None)
    if sys.version_info < (3, 11, 4) and manager is not None and queue is not None:
        manager.join(STUCK_SECONDS)
        if manager.is_alive():
            with contextlib.suppress(OSError):
                queue._reader.close()
    pool.shutdown(wait=True)


def _killed(item: Article | Failure) -> Failure:
    """The failure of an input a worker process died on twice."""
    if isinstance(item, Failure):
        return item
    return Failure(item.source or item.external_id or item.title[:80],
                   "a worker process died twice while coding it: skipped, nothing coded")


def _batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _pieces(article: Article) -> list[tuple[int, str]]:
    """The pieces of an article's text to parse (`chunks`), then its title (at `TITLE`), if it has one."""
    title = article.title.strip()
    return [*chunks(article.text), *([(TITLE, title)] if title else [])]


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
    book = load_actors(tuple(settings.actors), settings.phoenix_actors)
    return CameoCoder(nlp, book, load_codebook(settings.verbs), actor_files=settings.actors)


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text at paragraph (else line, else sentence) ends into pieces of at most `limit` characters, with
    their offsets; a dateline it opens with is left out ("SEOUL, Nov. 22 (Wire) — ")."""
    out, start = [], dateline_end(text)
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
        # called as each piece of a document cut in pieces is parsed in this process: (article, characters
        # parsed, characters in all), to show progress through a long document
        self.on_piece: Callable[[Article, int, int], None] | None = None

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

        With more than one worker, processes of their own parse and code the articles, a few tasks each ahead,
        while this one reads the input and takes the results: memory is bounded whatever the number of
        articles. An input smaller than a task per worker is coded here. If a worker process dies, the workers
        are started again and the articles not yet returned are coded again; should they die again before any
        result comes back, the tasks are run one at a time, then article by article, until the article it dies
        on is found and returned as a Failure; the rest go on."""
        source = iter(items)
        n = self.workers
        head = list(islice(source, n * TASK_ARTICLES)) if n > 1 else []
        if n <= 1 or len(head) < n * TASK_ARTICLES:
            yield from self._process_here(chain(head, source))
        else:
            yield from self._process_pool(chain(head, source), n)

    def _process_here(self, items: Iterable[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        """Code articles in this process: one `nlp.pipe` streams over the pieces of their texts. A long run of
        inputs with nothing to parse (failures) ends that stream, so that they are returned without waiting
        for the next text, and a new one starts after them: memory is bounded however many inputs fail."""
        source = iter(items)
        waiting: deque[_Pending] = deque()  # read, not yet returned
        more = True

        def pieces() -> Iterator[tuple[str, tuple[_Pending, int]]]:
            nonlocal more
            idle = 0  # inputs read since the last piece given to spaCy
            for item in source:
                if isinstance(item, Article):
                    item = self.check_language(item) or item
                entry = _Pending(item, _pieces(item) if isinstance(item, Article) else [])
                waiting.append(entry)
                idle = 0 if entry.pieces else idle + 1
                for off, text in entry.pieces:
                    yield text, (entry, off)
                if idle >= MAX_IDLE:
                    return
            more = False

        while more:
            for doc, (entry, off) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=SPACY_BATCH_SIZE):
                entry.docs.append((off, doc))
                if self.on_piece and len(entry.pieces) > 1:
                    self.on_piece(entry.item, sum(len(d.text) for _, d in entry.docs),
                                  sum(len(t) for _, t in entry.pieces))
                while waiting and waiting[0].done:
                    yield self._finish(waiting.popleft())
            while waiting:
                yield self._finish(waiting.popleft())

    def _process_pool(self, items: Iterable[Article | Failure], n: int) -> Iterator[CodedArticle | Failure]:
        """Code articles in `n` worker processes, `TASK_ARTICLES` a task, returning results in input order."""
        from concurrent.futures.process import BrokenProcessPool

        tasks = _batched(items, TASK_ARTICLES)
        queue: deque[list] = deque()  # tasks read and not yet returned, in input order
        futures: deque = deque()  # futures of the first tasks of `queue`
        deaths = 0  # worker deaths since a task last came back
        pool = self._pool(n)
        try:
            while True:
                limit = 1 if deaths >= 2 else n * TASKS_PER_WORKER  # after two deaths, one task at a time
                try:
                    while len(futures) < limit:
                        if len(futures) < len(queue):
                            task = queue[len(futures)]
                        elif (task := next(tasks, None)) is not None:
                            queue.append(task)
                        else:
                            break
                        futures.append(pool.submit(_code_task, task))
                    if not futures:
                        return
                    results = futures[0].result()
                except BrokenProcessPool:
                    shut_down_broken(pool)
                    futures.clear()
                    pool = self._pool(n)
                    if deaths < 2:
                        deaths += 1
                        logger.warning("a worker process died; starting the workers again for the %d documents "
                                       "not yet coded", sum(map(len, queue)))
                        continue
                    task = queue.popleft()  # it ran alone: it is the one the worker died on
                    if len(task) > 1:
                        queue.extendleft(reversed([[item] for item in task]))
                        continue
                    deaths = 0
                    yield _killed(task[0])
                    continue
                deaths = 0
                queue.popleft()
                futures.popleft()
                yield from results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _pool(self, n: int):
        """`n` worker processes: forked from this one when it runs no other thread (the models, loaded here
        first, are shared), else spawned (each loads its own)."""
        from concurrent.futures import ProcessPoolExecutor

        fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
        if fork:
            self.coder  # noqa: B018
        args = (self, None, os.getpid()) if fork else (None, self.settings, os.getpid())
        context = multiprocessing.get_context("fork" if fork else "spawn")
        return ProcessPoolExecutor(n, mp_context=context, initializer=_start_worker, initargs=args)

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
        """The coded article from `docs`, the (offset, Doc) of the pieces of its text (`chunks`)."""
        sentences, events, mentions, unresolved, words, claims, quotes = [], [], [], [], 0, [], []
        dateline = self.coder.matcher.country_of(*dateline_places(article.text))
        named: list[tuple[int, str]] = []  # the countries the pieces before named: what the document is about
        title = next((doc for off, doc in docs if off == TITLE), None)
        docs = [(off, doc) for off, doc in docs if off != TITLE]
        for off, doc in docs:
            # the piece's text, sliced from the article's: a Doc rebuilds its text from the tokens on each access
            text = article.text[off:off + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)]
            found, actors = self.coder.code_doc(doc, article.date, offset=off, first_sentence=len(sentences),
                                                context=most_named(named) if named else dateline, text=text,
                                                from_dateline=not named)
            named += actors.countries
            quotes.extend(find_quotes(doc, actors, off, len(sentences)))
            for sent in doc.sents:
                claims.extend(self.claim_finder.claims(sent, actors, len(sentences), article.date, off))
                sentences.append(Sentence(len(sentences), sent.start_char + off, sent.end_char + off,
                                          text[sent.start_char:sent.end_char]))
            events.extend(found)
            for span, entry in {id(v[0]): v for v in actors.by_token.values()}.values():
                mentions.append(Mention(entry.code_on(article.date), text[span.start_char:span.end_char],
                                        span.start_char + off, span.end_char + off, entry.kind))
            unresolved.extend(actors.unresolved())
            flags = doc.to_array([IS_PUNCT, IS_SPACE])
            words += len(doc) - int(np.count_nonzero(flags[:, 0] | flags[:, 1]))  # neither punctuation nor space
        attribute(events, claims, quotes)
        if title is not None:  # what the headline says about promises: its claims point into the title
            actors = DocActors(title, self.coder.matcher, article.date, most_named(named) if named else dateline,
                               article.title.strip())
            for sent in title.sents:
                claims.extend(self.claim_finder.claims(sent, actors, TITLE, article.date, 0))
        mentions.sort(key=lambda m: m.start)
        codes = {m.code for m in mentions} | {e.source for e in events} | {e.target for e in events if e.target}
        names = {c: self.coder.name_of(c) for c in codes}
        return CodedArticle(article, self.settings.language, sentences, events, mentions, unresolved, words, names,
                            claims, quotes)
