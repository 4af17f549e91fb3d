"""Tables of the store (SQLAlchemy 2), portable across SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class RunRow(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    command: Mapped[str] = mapped_column(String(40))
    coder_version: Mapped[str] = mapped_column(String(80))
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    external_id: Mapped[str] = mapped_column(String(400), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    outlet: Mapped[str] = mapped_column(String(400), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(400), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    n_words: Mapped[int] = mapped_column(Integer, default=0)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    coder_version: Mapped[str] = mapped_column(String(80), default="")
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True)
    sentences: Mapped[list[SentenceRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                        order_by="SentenceRow.index")


class SentenceRow(Base):
    __tablename__ = "sentences"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    document: Mapped[DocumentRow] = relationship(back_populates="sentences")


class ActorRow(Base):
    """Every actor code seen, with a readable name and how often it occurs."""

    __tablename__ = "actors"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(400), default="")
    kind: Mapped[str] = mapped_column(String(20), default="")


class MentionRow(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(String(400))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="")


class UnresolvedRow(Base):
    __tablename__ = "unresolved"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(400), index=True)
    label: Mapped[str] = mapped_column(String(20))


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(8), index=True)
    root: Mapped[str] = mapped_column(String(2), index=True)
    goldstein: Mapped[float | None] = mapped_column(Float, nullable=True)
    quad_class: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plover: Mapped[str] = mapped_column(String(20), default="")
    event_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    source_text: Mapped[str] = mapped_column(Text, default="")
    source_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_text: Mapped[str] = mapped_column(Text, default="")
    target_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verb_text: Mapped[str] = mapped_column(String(200), default="")
    verb_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verb_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    factuality: Mapped[str] = mapped_column(String(20), default="asserted", index=True)
    factuality_cues: Mapped[list] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    reported_by: Mapped[str] = mapped_column(String(40), default="")
    reported_by_text: Mapped[str] = mapped_column(Text, default="")
    pattern: Mapped[str] = mapped_column(String(200), default="")
    coder_version: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (
        Index("ix_events_dyad_date", "source", "target", "event_date"),
        # For accord.store.queries (bench/api.py: 1M events): a pair's events and series read from the index
        # alone, from either side, and pages of events in date order with their filters checked in the index.
        Index("ix_events_dyad_cover", "source", "target", "factuality", "event_date", "quad_class", "goldstein"),
        Index("ix_events_target_cover", "target", "source", "factuality", "event_date"),
        Index("ix_events_fact_date", "factuality", "event_date", "source", "target", "code", "quad_class"),
    )


class ClaimRow(Base):
    """What a sentence says about promises (see accord.commitments); the ledger is rebuilt from these."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    actor: Mapped[str] = mapped_column(String(40), index=True)
    actor_text: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    lemmas: Mapped[list] = mapped_column(JSON, default=list)
    factuality: Mapped[str] = mapped_column(String(20))
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    promisee: Mapped[str] = mapped_column(String(40), default="")
    code: Mapped[str] = mapped_column(String(8), default="")
    reported_by: Mapped[str] = mapped_column(String(40), default="")
    group: Mapped[int] = mapped_column(Integer, default=0)
    negative: Mapped[bool] = mapped_column(Boolean, default=False)
    # the frame of a promise or act (accord.records.Claim): its words in the text, condition, deadline, cues
    text: Mapped[str] = mapped_column(Text, default="")
    text_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    condition: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    cues: Mapped[list] = mapped_column(JSON, default=list)
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)


class CommitmentRow(Base):
    __tablename__ = "commitments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    promisor: Mapped[str] = mapped_column(String(40), index=True)
    promisee: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(8), default="")
    plover: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(12), index=True)
    made_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    reported_by: Mapped[str] = mapped_column(String(40), default="")
    evidence_count: Mapped[int] = mapped_column(Integer, default=0)
    last_evidence_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    text_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    condition: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    rule: Mapped[str] = mapped_column(Text, default="")


class EvidenceRow(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    score: Mapped[float] = mapped_column(Float)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    factuality: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(40), default="")
    reported_by: Mapped[str] = mapped_column(String(40), default="")
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    matched: Mapped[str] = mapped_column(Text, default="")
    generic: Mapped[bool] = mapped_column(Boolean, default=False)


class QuoteRow(Base):
    """A direct or indirect quote and who is quoted (see accord.quotes)."""

    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    cue: Mapped[str] = mapped_column(String(100), default="")
    cue_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cue_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    speaker_text: Mapped[str] = mapped_column(Text, default="")
    speaker_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    speaker_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    speaker: Mapped[str] = mapped_column(String(40), default="", index=True)
    speaker_kind: Mapped[str] = mapped_column(String(20), default="", index=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class StateRow(Base):
    """Counters of the store: `claims` grows with every write that changes stored codings, `ledger` is the value
    of `claims` the commitments ledger was built from (equal: the ledger is up to date)."""

    __tablename__ = "state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
