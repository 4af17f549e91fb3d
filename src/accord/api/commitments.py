"""Commitments: the ledger of promises, each with its status and the evidence chain that decided it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ..store import Store
from ..store import queries as q
from ..store.ledger import CommitmentQuery, commitment_page, commitment_with_chain, known_party
from .app import StoreDep
from .errors import ApiError, responses
from .labels import actor_label
from .quotes import check_document
from .schemas import CommitmentDetail, CommitmentListParams, CommitmentPage, Id

router = APIRouter(prefix="/api", tags=["commitments"], responses=responses(422, 503))


def _links(document_id: int, sentence_index: int) -> dict:
    return {"sentence": f"/documents/{document_id}#s{sentence_index}", "document": f"/api/documents/{document_id}"}


def commitment_out(row: dict) -> dict:
    """A commitment row with readable names and links to its sentence and page."""
    out = {**row, "promisor_label": actor_label(row["promisor"]),
           "promisee_label": actor_label(row["promisee"]) if row["promisee"] else "",
           "links": {**_links(row["document_id"], row["sentence_index"]), "page": f"/commitments/{row['id']}"}}
    for key in ("evidence", "rejected"):
        if key in row:
            out[key] = [evidence_out(e) for e in row[key]]
    return out


def evidence_out(row: dict) -> dict:
    return {**row, "actor_label": actor_label(row["actor"]) if row["actor"] else "",
            "links": _links(row["document_id"], row["sentence_index"])}


def check_party(store: Store, code: str, location: str) -> str:
    """`code` when some stored actor, promisor or promisee code starts with it, else a 422 naming it."""
    if not (q.known_actor(store, code) or known_party(store, code)):
        message = f"unknown actor {code!r}: no stored actor code starts with it (list them at /api/actors)"
        raise ApiError(422, message, "unknown_actor", [(location, message)])
    return code


def to_commitment_query(store: Store, p: CommitmentListParams) -> CommitmentQuery:
    for name in ("actor", "promisor"):
        if getattr(p, name):
            check_party(store, getattr(p, name), f"query.{name}")
    check_document(store, p.document_id, "query.document_id")
    return CommitmentQuery(status=p.status, actor=p.actor or "", promisor=p.promisor or "",
                           document_id=p.document_id)


@router.get("/commitments", response_model=CommitmentPage, summary="Commitments with their status, filtered and "
            "paged")
def list_commitments(params: Annotated[CommitmentListParams, Query()], store: StoreDep) -> dict:
    """Promises found in the text (who promised what, when, to whom), newest first (or `order=oldest`), each
    with its status as the evidence decides it and how much evidence there is; the chain itself is at
    `/api/commitments/{id}`. Follow `next_cursor` for the next page."""
    page = commitment_page(store, to_commitment_query(store, params), params.limit, params.cursor,
                           params.order == "newest")
    return {"commitments": [commitment_out(r) for r in page.rows], "next_cursor": page.next_cursor}


@router.get("/commitments/{commitment_id}", response_model=CommitmentDetail, responses=responses(404),
            summary="One commitment with its evidence chain")
def get_commitment(commitment_id: Annotated[Id, Path(description="Commitment id.")],
                   store: StoreDep) -> dict:
    """The commitment and every sentence that bears on it, in chain order: its kind (fulfilled, unfulfilled,
    disputed, withdrawn, restated), match score, factuality, document and sentence, with a link to it."""
    row = commitment_with_chain(store, commitment_id)
    if row is None:
        raise ApiError(404, f"no commitment {commitment_id} (list them at /api/commitments)", "not_found",
                       [("path.commitment_id", "unknown commitment")])
    return commitment_out(row)
