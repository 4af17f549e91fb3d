"""Request parameters and response bodies of the HTTP API (pydantic), apart from tables and records."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema, model_validator

from ..store.ledger import STATUSES
from ..store.queries import FACTUALITIES

ActorCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,40}$", to_upper=True)]
DyadText = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,40},[A-Za-z0-9-]{1,40}$", to_upper=True)]
CameoPrefix = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}$")]
Factuality = Literal[(*FACTUALITIES, "all")]
Interval = Literal["day", "week", "month"]
Status = Literal[STATUSES]
SpeakerKind = Literal["person", "organisation", "anonymous", "author", "unknown"]


def _ascii_digits(value):
    """Ids in a path or query are ASCII digits only: int() would take '+3', '3_0', ' 3' and '٣' as well."""
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError(f"{value[:40]!r} is not an id (ASCII digits only)")
    return value


Id = Annotated[int, BeforeValidator(_ascii_digits), Field(ge=1, le=2**62),
               WithJsonSchema({"type": "integer", "minimum": 1, "maximum": 2**62})]
DocumentId = Id
MAX_PAGE = 200


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DateRange(Strict):
    date_from: dt.date | None = Field(None, description="Earliest event date, inclusive (YYYY-MM-DD).")
    date_to: dt.date | None = Field(None, description="Latest event date, inclusive (YYYY-MM-DD).")
    factuality: Factuality = Field("asserted", description="Only events with this factuality; `all` for every "
                                   "value. Only `asserted` events are presented by the text as having happened.")

    @model_validator(mode="after")
    def _ordered(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        return self


class EventFilterParams(DateRange):
    """Filters shared by the event list and the event series."""

    actor: ActorCode | None = Field(None, description="Actor code prefix, as source or target (`PRK`, `USAGOV`).")
    source: ActorCode | None = Field(None, description="Source actor code prefix.")
    target: ActorCode | None = Field(None, description="Target actor code prefix.")
    dyad: DyadText | None = Field(None, description="Two actor code prefixes, either direction: `USA,PRK`.")
    code: CameoPrefix | None = Field(None, description="CAMEO code or root prefix (`04`, `042`).")
    quad: int | None = Field(None, ge=1, le=4, description="QuadClass: 1 verbal cooperation, 2 material "
                             "cooperation, 3 verbal conflict, 4 material conflict.")
    q: str | None = Field(None, min_length=1, max_length=200, description="Words the event's sentence contains "
                          "(case-insensitive, taken literally).")


class EventListParams(EventFilterParams):
    limit: int = Field(50, ge=1, le=MAX_PAGE, description=f"Events per page, at most {MAX_PAGE}.")
    cursor: str | None = Field(None, max_length=300, description="`next_cursor` of the previous page.")
    order: Literal["newest", "oldest"] = Field("newest", description="By event date; events without a date "
                                               "come last.")


class SeriesParams(EventFilterParams):
    interval: Interval = Field("week", description="Bucket: day, week (from Monday) or month.")


class DyadSeriesParams(DateRange):
    interval: Interval = Field("week", description="Bucket: day, week (from Monday) or month.")
    direction: Literal["both", "a_to_b", "b_to_a"] = Field("both", description="Events of both directions, or "
                                                           "only those with A (or B) as source.")


class NetworkParams(DateRange):
    level: Literal["country", "actor"] = Field("country", description="`country` merges USAGOV, USAMIL ... into "
                                               "USA; `actor` keeps full codes.")
    max_nodes: int = Field(30, ge=2, le=100, description="The busiest actors kept as nodes.")
    quad: int | None = Field(None, ge=1, le=4, description="QuadClass 1-4.")


class DyadListParams(DateRange):
    limit: int = Field(10, ge=1, le=100, description="How many pairs, busiest first.")


class PageParams(Strict):
    limit: int = Field(20, ge=1, le=MAX_PAGE, description=f"Rows per page, at most {MAX_PAGE}.")
    cursor: str | None = Field(None, max_length=300, description="`next_cursor` of the previous page.")


class ActorListParams(PageParams):
    prefix: ActorCode | None = Field(None, description="Only codes starting with this (`USA`).")


class QuoteListParams(PageParams):
    limit: int = Field(50, ge=1, le=MAX_PAGE, description=f"Quotes per page, at most {MAX_PAGE}.")
    anonymous: bool | None = Field(None, description="`true`: only quotes resting on anonymous sources "
                                   "(\"officials said\", \"people familiar with\"); `false`: only the others.")
    speaker: ActorCode | None = Field(None, description="Speaker actor code prefix (`USAGOV`, `PRK`).")
    speaker_kind: SpeakerKind | None = Field(None, description="person, organisation, anonymous, author (the "
                                             "writer's own voice) or unknown (a speech tag without a findable "
                                             "speaker).")
    document_id: DocumentId | None = Field(None, description="Only the quotes of this document.")
    q: str | None = Field(None, min_length=1, max_length=200, description="Words of the quote or of the "
                          "speaker's name (case-insensitive, taken literally).")


class SourcingParams(PageParams):
    limit: int = Field(50, ge=1, le=MAX_PAGE, description=f"Rows per page, at most {MAX_PAGE}.")
    by: Literal["outlet", "document"] = Field("outlet", description="One row per outlet (most quotes first) or "
                                              "per document with quotes (newest first).")


class CommitmentListParams(PageParams):
    status: Status | None = Field(None, description="pending (no evidence yet), fulfilled, partial (done in part), "
                                  "unfulfilled, disputed (evidence both ways) or withdrawn.")
    actor: ActorCode | None = Field(None, description="Actor code prefix, as promisor or promisee (`USA`).")
    promisor: ActorCode | None = Field(None, description="Promisor actor code prefix.")
    document_id: DocumentId | None = Field(None, description="Only commitments made in this document or with "
                                           "evidence in it.")
    order: Literal["newest", "oldest"] = Field("newest", description="By the date the promise was made; undated "
                                               "ones come last.")


# -- responses --------------------------------------------------------------------------------------


class ErrorDetail(BaseModel):
    location: str = Field(description="Where the problem is: `query.limit`, `path.document_id`, `body.text`.")
    message: str


class ErrorBody(BaseModel):
    status: int = Field(description="The HTTP status, repeated.")
    type: str = Field(description="A stable name: not_found, invalid_request, unauthorized, ingest_disabled, "
                      "method_not_allowed, payload_too_large, query_too_costly, store_unavailable, "
                      "internal_error.")
    message: str = Field(description="One sentence for a person: what is wrong and what to do.")
    details: list[ErrorDetail] = Field(default_factory=list)


class ErrorResponse(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorBody


class Links(BaseModel):
    sentence: str = Field(description="Dashboard page of the document, scrolled to the event's sentence.")
    document: str = Field(description="API URL of the document.")


class EventOut(BaseModel):
    id: int
    document_id: int
    event_date: dt.date | None
    source: str
    source_label: str
    target: str
    target_label: str
    code: str
    code_label: str
    root: str
    goldstein: float | None
    quad_class: int | None
    plover: str
    factuality: str
    factuality_cues: list[str]
    confidence: float
    reported_by: str
    sentence_index: int
    sentence: str
    sentence_start: int | None = Field(None, description="Offset of the sentence in the document text: subtract "
                                       "it from the *_start/*_end offsets to find the words in `sentence`.")
    source_text: str
    source_start: int | None
    source_end: int | None
    target_text: str
    target_start: int | None
    target_end: int | None
    verb_text: str
    verb_start: int | None
    verb_end: int | None
    coder_version: str
    title: str = Field(description="Title of the document.")
    outlet: str
    url: str
    published: dt.date | None = Field(description="Publication date of the document.")
    links: Links


class EventPage(BaseModel):
    events: list[EventOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class QuadCounts(BaseModel):
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int


class SeriesPoint(BaseModel):
    period: dt.date = Field(description="First day of the period (a Monday for weeks).")
    events: int
    goldstein_sum: float = Field(description="Cooperation minus conflict.")
    goldstein_mean: float | None
    cooperation: float = Field(description="Sum of the positive Goldstein scores.")
    conflict: float = Field(description="Sum of the negative Goldstein scores, as a positive number.")
    quad_counts: QuadCounts


class Series(BaseModel):
    interval: Interval
    points: list[SeriesPoint] = Field(description="Oldest first; empty periods inside the span are included.")


class Totals(BaseModel):
    events: int
    goldstein_sum: float
    goldstein_mean: float | None
    cooperation: float
    conflict: float


class DyadSeries(Series):
    a: str
    a_label: str
    b: str
    b_label: str
    direction: str
    factuality: str
    totals: Totals


class Dyad(BaseModel):
    a: str
    a_label: str
    b: str
    b_label: str
    events: int
    goldstein_sum: float
    goldstein_mean: float


class DyadList(BaseModel):
    dyads: list[Dyad]


class Node(BaseModel):
    code: str
    label: str
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein_sum: float
    goldstein_mean: float


class Network(BaseModel):
    level: str
    nodes: list[Node]
    edges: list[Edge] = Field(description="Directed, busiest first; actors acting on themselves are left out.")


class Actor(BaseModel):
    code: str
    label: str = Field(description="A readable name from the dictionaries.")
    name: str = Field(description="The text that first named this actor in a stored document.")
    as_source: int
    as_target: int
    mentions: int


class ActorPage(BaseModel):
    actors: list[Actor]
    next_cursor: str | None


class DocumentSummary(BaseModel):
    id: int
    title: str
    date: dt.date | None
    outlet: str
    url: str
    author: str
    n_words: int
    language: str
    events: int
    asserted_events: int


class DocumentPage(BaseModel):
    documents: list[DocumentSummary]
    next_cursor: str | None


class SentenceOut(BaseModel):
    index: int
    start: int = Field(description="Character offset in the document text.")
    end: int
    text: str


class MentionOut(BaseModel):
    code: str
    text: str
    start: int
    end: int
    kind: str


class QuoteSpan(BaseModel):
    """A direct or indirect quote; offsets are in the document text."""

    id: int
    document_id: int
    text: str = Field(description="The document text from `start` to `end` (a direct quote with its marks).")
    start: int
    end: int
    kind: str = Field(description="direct or indirect.")
    cue: str = Field(description="The speech verb or phrase: said, told, according to ...")
    cue_start: int | None
    cue_end: int | None
    speaker_text: str = Field(description="The words naming the speaker, as written.")
    speaker_start: int | None
    speaker_end: int | None
    speaker: str = Field(description="The speaker's actor code; empty when it resolved to none.")
    speaker_label: str
    speaker_kind: str = Field(description="person, organisation, anonymous, author, or empty (not found).")
    anonymous: bool = Field(description="The quote rests on an unnamed source.")
    sentence_index: int = Field(description="The sentence the quote starts in.")


class QuoteOut(QuoteSpan):
    title: str = Field(description="Title of the document.")
    outlet: str
    published: dt.date | None = Field(description="Publication date of the document.")
    links: Links


class QuotePage(BaseModel):
    quotes: list[QuoteOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class QuoteTotals(BaseModel):
    quotes: int
    anonymous: int
    share_anonymous: float = Field(description="anonymous / quotes, 0 to 1.")
    by_speaker_kind: dict[str, int]


class SourcingRow(BaseModel):
    outlet: str
    document_id: int | None = Field(None, description="Per document only.")
    title: str | None = Field(None, description="Per document only.")
    date: dt.date | None = Field(None, description="Per document only: its publication date.")
    documents: int = Field(description="Documents with quotes (1 per document).")
    quotes: int
    anonymous: int = Field(description="Quotes resting on anonymous sources.")
    share_anonymous: float = Field(description="anonymous / quotes, 0 to 1.")


class Sourcing(BaseModel):
    by: str
    totals: QuoteTotals = Field(description="Over every stored quote.")
    rows: list[SourcingRow]
    next_cursor: str | None


class CommitmentLinks(Links):
    page: str = Field(description="Dashboard page of the commitment with its evidence chain.")


class EvidenceOut(BaseModel):
    position: int = Field(description="Place in the chain, from 0, oldest first.")
    kind: str = Field(description="What this sentence says about the promise: fulfilled, partial, unfulfilled, "
                      "pending (not done yet), disputed, withdrawn, or restated (the promise made again); "
                      "`rejected` in `rejected`.")
    score: float = Field(description="How alike the act and the promise are, 0 to 1.")
    matched: str = Field("", description="Which words and codes tied the sentence to the promise and why it has "
                         "this effect (for a rejected one: why it was not taken).")
    generic: bool = Field(False, description="The sentence names the promisor's promises only in general "
                          "(\"kept its commitments\"): it decides only a promise with no evidence of its own.")
    factuality: str = Field(description="Factuality of the act in its sentence.")
    actor: str
    actor_label: str
    reported_by: str
    date: dt.date | None
    document_id: int
    sentence_index: int = Field(description="The sentence of the act; -1 for the document's title (a headline), "
                                "whose `start`/`end` are offsets in the title and whose `sentence_start` is null.")
    sentence: str
    sentence_start: int | None = Field(None, description="Offset of the sentence in the document text: subtract "
                                       "it from start/end to find the act in `sentence`.")
    start: int = Field(description="Start of the act's words in the document text (in the title for -1).")
    end: int
    title: str = Field(description="Title of the document.")
    outlet: str
    published: dt.date | None = Field(description="Publication date of the document.")
    links: Links


class CommitmentOut(BaseModel):
    id: int
    promisor: str
    promisor_label: str
    promisee: str = Field(description="Empty when the text names none.")
    promisee_label: str
    action: str = Field(description="The promised act in a readable normal form: its verb's lemma, then its words "
                        "as the text has them (\"not\" first for a promise not to act).")
    text: str = Field("", description="The promised act as the text words it; `text_start`/`text_end` are its "
                      "offsets in the document text.")
    text_start: int | None = None
    text_end: int | None = None
    condition: str = Field("", description="The condition the promise depends on, as the text words it.")
    deadline: str = Field("", description="The deadline as the text words it; `due_on` is its last day.")
    due_on: dt.date | None = None
    rule: str = Field("", description="The rule that decided the status and the evidence it rests on (#n is the "
                      "position in the chain).")
    code: str = Field(description="CAMEO code of the promised act, when coded.")
    plover: str
    status: Status
    made_on: dt.date | None
    document_id: int
    sentence_index: int = Field(description="The sentence of the promise; -1 for the document's title (a "
                                "headline), whose `start`/`end` are offsets in the title.")
    sentence: str = Field(description="The sentence the promise was made in.")
    sentence_start: int | None = Field(None, description="Offset of the sentence in the document text.")
    start: int = Field(description="Start of the promise word (pledged, vowed, promise ...) in the document text.")
    end: int
    reported_by: str
    evidence_count: int
    last_evidence_on: dt.date | None
    title: str = Field(description="Title of the document the promise was made in.")
    outlet: str
    links: CommitmentLinks


class CommitmentPage(BaseModel):
    commitments: list[CommitmentOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class CommitmentDetail(CommitmentOut):
    evidence: list[EvidenceOut] = Field(description="The evidence chain in order; the status follows from it.")
    rejected: list[EvidenceOut] = Field(default_factory=list, description="Sentences about the same things that "
                                        "were not taken as evidence, each with the reason in `matched`.")


class DocumentOut(BaseModel):
    id: int
    title: str
    date: dt.date | None
    outlet: str
    url: str
    author: str
    n_words: int
    language: str
    coder_version: str
    text: str
    sentences: list[SentenceOut]
    events: list[EventOut] = Field(description="Every event of the document, whatever its factuality.")
    mentions: list[MentionOut] = Field(description="Spans of the text resolved to actors.")
    quotes: list[QuoteSpan] = Field(description="Quotes in the text with their speakers.")


class Stats(BaseModel):
    documents: int
    sentences: int
    events: int
    actors: int
    words: int
    by_factuality: dict[str, int]
    first_event_date: dt.date | None
    last_event_date: dt.date | None
    quotes: QuoteTotals
    commitments: dict[str, int] = Field(description="Commitments per status (every status, zeros included).")


class TextIn(Strict):
    text: str = Field(min_length=1, max_length=1_000_000, description="The article text.")
    title: str = Field("", max_length=1000)
    date: dt.date | None = Field(None, description="Publication date; anchors 'on Monday', 'last week'.")
    outlet: str = Field("", max_length=400)
    url: str = Field("", max_length=2000)


class IngestResult(BaseModel):
    stored: int
    duplicates: int
    events: int
    asserted_events: int
    document_ids: list[int] = Field(description="Ids of the documents read, stored now or before.")
    failures: list[str]
