"""Request parameters and response bodies of the HTTP API (pydantic), apart from tables and records."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..store.queries import FACTUALITIES

ActorCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,40}$", to_upper=True)]
DyadText = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,40},[A-Za-z0-9-]{1,40}$", to_upper=True)]
CameoPrefix = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}$")]
Factuality = Literal[(*FACTUALITIES, "all")]
Interval = Literal["day", "week", "month"]
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


class Stats(BaseModel):
    documents: int
    sentences: int
    events: int
    actors: int
    words: int
    by_factuality: dict[str, int]
    first_event_date: dt.date | None
    last_event_date: dt.date | None


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
