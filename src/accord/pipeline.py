"""Run the stages in order: language check, spaCy, actors and coding, in batches."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cached_property

from .actors.dictionary import load_actors
from .coding.coder import CameoCoder
from .commitments import ClaimFinder
from .coding.dictionary import load_codebook
from .config import Settings, get_settings
from .ingest import Failure
from .nlp import load_nlp
from .nlp.language import detect
from .records import Article, CodedArticle, Event, Mention, Sentence
from .registry import coders

logger = logging.getLogger(__name__)

CHUNK_CHARS = 20_000
SPACY_BATCH_SIZE = 32


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

    def process(self, items: Iterable[Article | Failure], batch_size: int | None = None
                ) -> Iterator[CodedArticle | Failure]:
        """Code articles in batches, passing failures through in their place; memory is bounded by a batch."""
        size = batch_size or self.settings.batch_size
        batch: list[Article | Failure] = []
        for item in items:
            batch.append(item)
            if len(batch) >= size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        checked: list[Article | Failure] = []
        for item in batch:
            if isinstance(item, Article):
                failed = self.check_language(item)
                checked.append(failed or item)
            else:
                checked.append(item)
        pieces = [(c, (n, off)) for n, item in enumerate(checked) if isinstance(item, Article)
                  for off, c in chunks(item.text)]
        per_article: dict[int, list] = {}
        n_process = max(1, self.settings.workers)
        kwargs = {"n_process": n_process} if n_process > 1 and len(pieces) > 1 else {}
        for doc, (n, off) in self.nlp.pipe(pieces, as_tuples=True, batch_size=SPACY_BATCH_SIZE,
                                          **kwargs):
            per_article.setdefault(n, []).append((off, doc))
        for n, item in enumerate(checked):
            if isinstance(item, Article):
                yield self._code(item, per_article.get(n, []))
            else:
                yield item

    @cached_property
    def claim_finder(self) -> ClaimFinder:
        return ClaimFinder(self.coder)

    def _code(self, article: Article, docs) -> CodedArticle:
        sentences, events, mentions, unresolved, words, claims = [], [], [], [], 0, []
        for off, doc in docs:
            found, actors = self.coder.code_doc(doc, article.date, offset=off, first_sentence=len(sentences))
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
        mentions.sort(key=lambda m: m.start)
        codes = {m.code for m in mentions} | {e.source for e in events} | {e.target for e in events if e.target}
        names = {c: self.coder.name_of(c) for c in codes}
        return CodedArticle(article, self.settings.language, sentences, events, mentions, unresolved, words, names,
                            claims)
