"""The commitments ledger in the store: rebuilt from stored claims, read back with its evidence chains."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from ..commitments import build_ledger
from ..records import Claim
from . import _INSERT, Store
from .models import ClaimRow, CommitmentRow, DocumentRow, EvidenceRow

_CLAIM_FIELDS = [c.name for c in ClaimRow.__table__.columns if c.name not in ("id",)]


def rebuild_ledger(store: Store, plover: dict[str, str] | None = None) -> int:
    """Recompute every commitment and its evidence from the stored claims, in one transaction."""
    with store.session() as s:
        rows = s.execute(select(ClaimRow).order_by(ClaimRow.date, ClaimRow.document_id, ClaimRow.id)).scalars()
        claims = [Claim(**{f: getattr(r, f) for f in _CLAIM_FIELDS}) for r in rows]
    ledger = build_ledger(claims)
    with store.session() as s, s.begin():
        s.execute(delete(EvidenceRow))
        s.execute(delete(CommitmentRow))
        conn = s.connection()
        for c in ledger:
            chain = [e for e in c.evidence if e.kind != "restated"] or c.evidence
            made = c.made
            values = dict(promisor=c.promisor, promisee=c.promisee, action=c.action, code=c.code,
                          plover=(plover or {}).get(c.code, ""), status=c.status, made_on=made.date,
                          document_id=made.document_id, sentence_index=made.sentence_index,
                          sentence=made.sentence, start=made.start, end=made.end, reported_by=made.reported_by,
                          evidence_count=len(c.evidence),
                          last_evidence_on=max((e.claim.date for e in chain if e.claim.date), default=None))
            cid = conn.execute(_INSERT[CommitmentRow], values).inserted_primary_key[0]
            rows = [dict(commitment_id=cid, position=n, kind=e.kind, score=e.score,
                         document_id=e.claim.document_id, sentence_index=e.claim.sentence_index,
                         sentence=e.claim.sentence, start=e.claim.start, end=e.claim.end,
                         factuality=e.claim.factuality, actor=e.claim.actor, reported_by=e.claim.reported_by,
                         date=e.claim.date) for n, e in enumerate(c.evidence)]
            if rows:
                conn.execute(_INSERT[EvidenceRow], rows)
    return len(ledger)


_COMMITMENT_COLUMNS = [c.name for c in CommitmentRow.__table__.columns]
_EVIDENCE_COLUMNS = [c.name for c in EvidenceRow.__table__.columns]


def commitments(store: Store, status: str | None = None, actor: str = "") -> list[dict]:
    """The ledger, one dictionary per commitment, oldest first."""
    stmt = select(CommitmentRow, DocumentRow.title).join(DocumentRow, DocumentRow.id == CommitmentRow.document_id)
    if status:
        stmt = stmt.where(CommitmentRow.status == status)
    if actor:
        stmt = stmt.where(CommitmentRow.promisor.startswith(actor))
    with store.session() as s:
        return [{**{c: getattr(row, c) for c in _COMMITMENT_COLUMNS}, "title": title}
                for row, title in s.execute(stmt.order_by(CommitmentRow.made_on, CommitmentRow.id))]


def commitment(store: Store, commitment_id: int) -> dict | None:
    """One commitment with its evidence chain, sentence by sentence."""
    with store.session() as s:
        row = s.get(CommitmentRow, commitment_id)
        if row is None:
            return None
        out = {c: getattr(row, c) for c in _COMMITMENT_COLUMNS}
        chain = s.execute(select(EvidenceRow, DocumentRow.title).join(
            DocumentRow, DocumentRow.id == EvidenceRow.document_id).where(
            EvidenceRow.commitment_id == commitment_id).order_by(EvidenceRow.position)).all()
        out["evidence"] = [{**{c: getattr(e, c) for c in _EVIDENCE_COLUMNS}, "title": title} for e, title in chain]
        return out


def status_counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return dict(s.execute(select(CommitmentRow.status, func.count()).group_by(CommitmentRow.status)).all())
