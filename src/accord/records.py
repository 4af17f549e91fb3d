"""Typed records shared by every stage: articles in, sentences, actor mentions and events out."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

TITLE = -1  # the sentence index of what a document's title says (claims of a headline)


@dataclass
class Article:
    """One input document, as read by ingest."""

    text: str
    title: str = ""
    date: date | None = None
    outlet: str = ""
    url: str = ""
    author: str = ""
    external_id: str = ""
    source: str = ""
    metadata: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Identity of the content: re-ingesting the same title and text adds nothing."""
        body = f"{self.title.strip()}\n{' '.join(self.text.split())}"
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass
class Sentence:
    """A sentence of an article, with its character offsets in the article text."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A span of text resolved to an actor code."""

    code: str
    text: str
    start: int
    end: int
    kind: str = ""


@dataclass
class Event:
    """A coded event: who did what to whom, when, and where it was read."""

    source: str
    target: str
    code: str
    root: str
    goldstein: float | None
    quad_class: int | None
    plover: str
    sentence_index: int
    sentence: str
    event_date: date | None = None
    source_text: str = ""
    source_start: int | None = None
    source_end: int | None = None
    target_text: str = ""
    target_start: int | None = None
    target_end: int | None = None
    verb_text: str = ""
    verb_start: int | None = None
    verb_end: int | None = None
    factuality: str = "asserted"
    factuality_cues: list[str] = field(default_factory=list)
    confidence: float = 1.0
    reported_by: str = ""
    reported_by_text: str = ""
    pattern: str = ""

    @property
    def realised(self) -> bool:
        """Only asserted events count as having happened."""
        return self.factuality == "asserted"

    def to_dict(self) -> dict:
        out = asdict(self)
        out["event_date"] = self.event_date.isoformat() if self.event_date else None
        return out


@dataclass
class Quote:
    """A direct or indirect quote, its speech tag and who is quoted; offsets are in the document text.

    `text` is always the document text from `start` to `end`: a direct quote includes its quote marks
    (and, when split around its tag, the tag between the parts); an indirect quote is the reported clause.
    `speaker_kind` is "person", "organisation", "anonymous", "author" (no speaker: the writer's own voice)
    or "" (a speech tag without a findable speaker).
    """

    text: str
    start: int
    end: int
    kind: str
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str = ""
    speaker_kind: str = ""
    sentence_index: int = 0
    anonymous: bool = False


@dataclass
class CodedArticle:
    """An article after the pipeline: its sentences, events and unresolved names."""

    article: Article
    language: str
    sentences: list[Sentence]
    events: list[Event]
    mentions: list[Mention]
    unresolved: list[tuple[str, str]]
    n_words: int
    names: dict[str, str] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """What one sentence says about promises: a promise made, an act done (or not), a promise kept or broken."""

    kind: str  # promise | act | fulfil | breach | withdraw | contrast | anaphor | cease
    actor: str
    actor_text: str
    action: str
    lemmas: list[str]
    factuality: str
    sentence_index: int  # TITLE (-1): the document's title, its offsets in the title
    sentence: str
    start: int
    end: int
    date: date | None = None
    promisee: str = ""
    code: str = ""
    reported_by: str = ""
    group: int = 0
    document_id: int | None = None
    negative: bool = False
    # the act as the text words it (document offsets) and the frame around it; `date` is the date the text
    # gives for the promise or act (the publication date when it gives none), `published` the article's
    text: str = ""
    text_start: int | None = None
    text_end: int | None = None
    condition: str = ""
    deadline: str = ""
    due: date | None = None
    published: date | None = None
    cues: list[str] = field(default_factory=list)
    amount: float | None = None


@dataclass(slots=True)
class Evidence:
    """A sentence bearing on a commitment: its effect (fulfilled, unfulfilled, partial, pending, disputed,
    withdrawn, restated), the words and codes that tied it to the promise, and whether it only names the
    promise in general ("fulfilled its commitments") rather than reporting the act."""

    kind: str
    claim: Claim
    score: float
    matched: str = ""
    generic: bool = False


@dataclass(slots=True)
class Commitment:
    """A promise in the ledger, with its evidence chain and the status that follows from it."""

    promisor: str
    promisee: str
    action: str
    lemmas: list[str]
    code: str
    made: Claim
    evidence: list[Evidence] = field(default_factory=list)
    status: str = "pending"
    negative: bool = False
    rule: str = ""
    rejected: list[Evidence] = field(default_factory=list)
    # the deadline as last said: the promise's own, or a restatement's new one ("now promises it by March")
    due: date | None = None
    deadline: str = ""
