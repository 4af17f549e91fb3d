"""The commitments ledger in the store: rebuilt from stored claims, read back with its evidence chains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, exists, func, or_, select, tuple_, update

from ..commitments import STATUSES, build_ledger, ledger_row, not_taken
from ..commitments.ledger import reading_place
from ..records import Claim
from . import _INSERT, Store
from .models import ClaimRow, CommitmentRow, DocumentRow, EvidenceRow, MentionRow, SentenceRow, StateRow
from .queries import Page, _after, _order, _position, _prefix, connect, encode_cursor

_CLAIM_FIELDS = [c.name for c in ClaimRow.__table__.columns if c.name not in ("id",)]
_CLAIM_COLUMNS = [ClaimRow.__table__.c[f] for f in _CLAIM_FIELDS]


def rebuild_ledger(store: Store, plover: dict[str, str] | None = None, only_if_stale: bool = False) -> int | None:
    """Recompute every commitment and its evidence from the stored claims, in one transaction under the store's
    writer lock, so that two rebuilds at once run one after the other and give one ledger; record which
    version of the claims it was built from. With `only_if_stale`, do nothing (None) when the ledger is
    already built from the claims stored now. The number of commitments."""
    with store.writing() as s:
        claims_version, built_from = _versions(s)
        if only_if_stale and built_from == claims_version:
            return None
        ledger = build_ledger(_claims(s.connection()))
        s.execute(delete(EvidenceRow))
        s.execute(delete(CommitmentRow))
        conn = s.connection()
        written = [ledger_row(c, plover or {}) for c in ledger]
        if written:  # one statement for the commitments, their ids back in order, then one for all the evidence
            ids = conn.execute(_INSERT[CommitmentRow].returning(C.id, sort_by_parameter_order=True),
                               [values for values, _ in written]).scalars().all()
            evidence = [dict(e, commitment_id=cid) for cid, (_, chain) in zip(ids, written, strict=True)
                        for e in chain]
            if evidence:
                conn.execute(_INSERT[EvidenceRow], evidence)
        s.execute(update(StateRow).where(StateRow.key == "ledger").values(value=claims_version))
    return len(ledger)


def _claims(conn, *where) -> list[Claim]:
    """The stored claims (those `where` selects) in the order the ledger reads them: as columns, not ORM
    objects."""
    rows = conn.execute(select(*_CLAIM_COLUMNS).where(*where).order_by(ClaimRow.date, ClaimRow.document_id,
                                                                        ClaimRow.id))
    return [Claim(**dict(zip(_CLAIM_FIELDS, row, strict=True))) for row in rows]


def _versions(s) -> tuple[int, int]:
    """(the version of the stored claims, the version the ledger was built from)."""
    found = dict(s.execute(select(StateRow.key, StateRow.value)).all())
    return found.get("claims", 0), found.get("ledger", -1)


def ledger_is_current(store: Store) -> bool:
    """Whether the ledger was built from the claims stored now (a killed ingest can leave it behind)."""
    with store.session() as s:
        claims_version, built_from = _versions(s)
    return claims_version == built_from


_COMMITMENT_COLUMNS = [c.name for c in CommitmentRow.__table__.columns]
_EVIDENCE_COLUMNS = [c.name for c in EvidenceRow.__table__.columns]


def commitments(store: Store, status: str | None = None, actor: str = "") -> list[dict]:
    """The ledger, one dictionary per commitment, oldest first; `actor` a promisor code prefix."""
    stmt = (select(*(C[c] for c in _COMMITMENT_COLUMNS), D.title).join_from(CommitmentRow, DocumentRow,
                                                                          C.document_id == D.id)
            .order_by(C.made_on.asc().nulls_last(), C.id))
    with connect(store, 0) as conn:
        where = _commitment_conditions(conn, CommitmentQuery(status=status, promisor=actor))
        return [dict(r._mapping) for r in conn.execute(stmt.where(*where))]


def commitment(store: Store, commitment_id: int, why_not: bool = True) -> dict | None:
    """One commitment with its evidence chain, sentence by sentence, and (`rejected`, unless `why_not` is
    False) the sentences about the same things that were not taken, each with the reason."""
    with store.session() as s:
        row = s.get(CommitmentRow, commitment_id)
        if row is None:
            return None
        out = {c: getattr(row, c) for c in _COMMITMENT_COLUMNS}
        chain = s.execute(select(EvidenceRow, DocumentRow.title).join(
            DocumentRow, DocumentRow.id == EvidenceRow.document_id).where(
            EvidenceRow.commitment_id == commitment_id).order_by(EvidenceRow.position)).all()
        out["evidence"] = [{**{c: getattr(e, c) for c in _EVIDENCE_COLUMNS}, "title": title} for e, title in chain]
    if why_not:
        kept = [c for c in _EVIDENCE_COLUMNS if c != "id"] + ["title"]
        out["rejected"] = [{c: e[c] for c in kept} for e in rejected_candidates(store, commitment_id)]
    return out


def status_counts(store: Store) -> dict[str, int]:
    """How many commitments have each status, every status named (zeros included), in STATUSES order."""
    with store.session() as s:
        found = dict(s.execute(select(CommitmentRow.status, func.count()).group_by(CommitmentRow.status)).all())
    return {**{k: found.pop(k, 0) for k in STATUSES}, **found}


C = CommitmentRow.__table__.c
V = EvidenceRow.__table__.c
D = DocumentRow.__table__.c
S = SentenceRow.__table__.c
M = MentionRow.__table__.c


def _sentence_start(table):
    """The offset of the row's sentence in its document: subtract it from start/end to mark the sentence."""
    return (select(S.start).where(S.document_id == table.c.document_id, S.index == table.c.sentence_index)
            .scalar_subquery().label("sentence_start"))


@dataclass
class CommitmentQuery:
    """What `commitment_page` selects: a status, an actor code prefix as promisor or promisee (`actor`), or as
    promisor only (`promisor`), the commitments of one document (made there or with evidence there)."""

    status: str | None = None
    actor: str = ""
    promisor: str = ""
    document_id: int | None = None


def _commitment_conditions(conn, f: CommitmentQuery) -> list:
    out = []
    if f.status:
        out.append(C.status == f.status)
    if f.actor:
        out.append(or_(_prefix(conn, C.promisor, f.actor), _prefix(conn, C.promisee, f.actor)))
    if f.promisor:
        out.append(_prefix(conn, C.promisor, f.promisor))
    if f.document_id is not None:
        out.append(or_(C.document_id == f.document_id,
                       C.id.in_(select(V.commitment_id).where(V.document_id == f.document_id))))
    return out


def _commitment_select():
    return (select(*(C[c] for c in _COMMITMENT_COLUMNS), D.title, D.outlet, _sentence_start(CommitmentRow.__table__))
            .join_from(CommitmentRow, DocumentRow, C.document_id == D.id))


def commitment_page(store: Store, f: CommitmentQuery, limit: int = 20, cursor: str | None = None,
                    newest_first: bool = True) -> Page:
    """A page of commitments by the date they were made (undated last), each with its document's title."""
    kind = "c" + ("n" if newest_first else "o")
    position = _position(cursor, kind) if cursor else None
    with connect(store) as conn:
        where = _commitment_conditions(conn, f)
        if position:
            where.append(_after(C.made_on, C.id, position, newest_first))
        stmt = _commitment_select().where(*where).order_by(*_order(C.made_on, C.id, newest_first)).limit(limit + 1)
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor({"k": kind, "d": rows[-1]["made_on"], "i": rows[-1]["id"]}) if more else None
    return Page(rows, nxt)


def evidence_chains(store: Store, commitment_ids: list[int]) -> dict[int, list[dict]]:
    """The evidence of each commitment in chain order, each item with its document's title and date and the
    offset of its sentence."""
    out: dict[int, list[dict]] = {i: [] for i in commitment_ids}
    if not commitment_ids:
        return out
    stmt = (select(*(V[c] for c in _EVIDENCE_COLUMNS), D.title, D.outlet, D.date.label("published"),
                   _sentence_start(EvidenceRow.__table__))
            .join_from(EvidenceRow, DocumentRow, V.document_id == D.id)
            .where(V.commitment_id.in_(commitment_ids)).order_by(V.commitment_id, V.position))
    with connect(store) as conn:
        for r in conn.execute(stmt):
            out[r.commitment_id].append(dict(r._mapping))
    return out


def commitment_with_chain(store: Store, commitment_id: int) -> dict | None:
    """One commitment with its document's title, the offset of its sentence and its evidence chain."""
    with connect(store) as conn:
        row = conn.execute(_commitment_select().where(C.id == commitment_id)).first()
    if row is None:
        return None
    return {**row._mapping, "evidence": evidence_chains(store, [commitment_id])[commitment_id],
            "rejected": rejected_candidates(store, commitment_id)}


def rejected_candidates(store: Store, commitment_id: int) -> list[dict]:
    """Sentences about the same things as the commitment that were not taken as its evidence, with the reason
    (`matched`), each with its document's title and date and the offset of its sentence, placed after the
    chain. Worked out when asked (`not_taken`), from the stored claims of the promisor's party and the acts
    done with it, as the ledger's build reads them; the build keeps only the chain."""
    with connect(store) as conn:
        row = conn.execute(select(C.promisor, C.promisee, C.action, C.document_id, C.sentence_index, C.start,
                                  C.end, C.evidence_count).where(C.id == commitment_id)).first()
        if row is None:
            return []
        place = (row.promisor, row.action, row.document_id, row.sentence_index, row.start, row.end)
        K = ClaimRow.__table__.c
        day = conn.execute(select(func.coalesce(K.published, K.date)).where(
            K.kind == "promise", K.actor == row.promisor, K.action == row.action, K.document_id == row.document_id,
            K.sentence_index == row.sentence_index, K.start == row.start, K.end == row.end).limit(1)).scalar()
        since = (day, row.document_id) if day else None
        claims = _party_claims(conn, row, since)
        if since and any(reading_place(c) < since for c in claims if c.document_id == row.document_id):
            claims = _party_claims(conn, row, None)  # the promise's document has claims of an earlier day
        # the same promise twice in one sentence gives two commitments, stored in the order they were made
        twins = conn.scalar(select(func.count()).where(
            C.promisor == row.promisor, C.action == row.action, C.document_id == row.document_id,
            C.sentence_index == row.sentence_index, C.start == row.start, C.end == row.end, C.id < commitment_id))
        made = [c for c in claims if c.kind == "promise" and
                (c.actor, c.action, c.document_id, c.sentence_index, c.start, c.end) == place]
        found = [r for r in (not_taken(claims, m) for m in made) if r is not None]
        rejected = found[twins] if twins < len(found) else []
        if not rejected:
            return []
        places = {(e.claim.document_id, e.claim.sentence_index) for e in rejected}
        documents = {r.id: r for r in conn.execute(select(D.id, D.title, D.outlet, D.date).where(
            D.id.in_({d for d, _ in places})))}
        starts = dict(((r.document_id, r.index), r.start) for r in conn.execute(
            select(S.document_id, S.index, S.start).where(tuple_(S.document_id, S.index).in_(places))))
    out = []
    for n, e in enumerate(rejected):
        c, document = e.claim, documents[e.claim.document_id]
        out.append(dict(commitment_id=commitment_id, position=row.evidence_count + n, kind=e.kind, score=e.score,
                        document_id=c.document_id, sentence_index=c.sentence_index, sentence=c.sentence,
                        start=c.start, end=c.end, factuality=c.factuality, actor=c.actor,
                        reported_by=c.reported_by, date=c.date, matched=e.matched, generic=e.generic,
                        title=document.title, outlet=document.outlet, published=document.date,
                        sentence_start=starts.get((c.document_id, c.sentence_index))))
    return out


def _party_claims(conn, row, since: tuple[date, int] | None) -> list[Claim]:
    """The claims `not_taken` reads for the commitment `row`: its promisor's party's (a code prefix; it keeps the
    party's own) and every act done in the same words as one of them ("Kim and Moon met": who did it with
    them); with `since` (the promise's `reading_place`), only promises before it: the reading of the other
    claims before it does not reach this promise."""
    K, own = ClaimRow.__table__.c, ClaimRow.__table__.alias("own")
    mine = _prefix(conn, K.actor, row.promisor[:3])
    where = [or_(mine, and_(K.kind == "act", tuple_(K.document_id, K.sentence_index, K.start).in_(
        select(own.c.document_id, own.c.sentence_index, own.c.start).where(
            _prefix(conn, own.c.actor, row.promisor[:3])))))]
    if since is not None:
        day, document = since
        read = func.coalesce(K.published, K.date)
        where.append(or_(K.kind == "promise", K.document_id == document, read > day,
                         and_(read == day, K.document_id > document)))
    return _claims(conn, *where)


def known_party(store: Store, prefix: str) -> bool:
    """Whether any commitment has a promisor or promisee code starting with `prefix`."""
    with connect(store) as conn:
        return bool(conn.scalar(select(exists().where(
            or_(_prefix(conn, C.promisor, prefix), _prefix(conn, C.promisee, prefix))))))


def commitments_between(store: Store, a: str, b: str, limit: int = 50) -> list[dict]:
    """Commitments of one actor towards the other: made by A (or B) with B (or A) as promisee, or, when it names
    no promisee, with the other named in the sentence of the promise; oldest first."""
    with connect(store) as conn:
        def towards(promisor: str, other: str):
            named = exists().where(M.document_id == C.document_id, _prefix(conn, M.code, other),
                                   M.start >= S.start, M.end <= S.end, S.document_id == C.document_id,
                                   S.index == C.sentence_index)
            # the other named in the sentence stands for a promisee only when the promise names none: one made to
            # a third party ("told Seoul that it would ...") is toward that party, not toward every actor named
            unnamed = or_(C.promisee.is_(None), C.promisee == "")
            return and_(_prefix(conn, C.promisor, promisor),
                        or_(_prefix(conn, C.promisee, other), and_(unnamed, named)))

        stmt = (_commitment_select().where(or_(towards(a, b), towards(b, a)))
                .order_by(*_order(C.made_on, C.id, False)).limit(limit))
        return [dict(r._mapping) for r in conn.execute(stmt)]
