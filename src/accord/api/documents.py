"""Documents: the paged list, one document with its sentences, events and mentions, and ingest."""

from __future__ import annotations

import gzip
import json
import re
import tempfile
import zlib
from datetime import date
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, Response, UploadFile

from ..ingest import Defaults, Failure, read_inputs
from ..pipeline import Pipeline
from ..service import ingest
from ..store import Store
from ..store import queries as q
from .app import StoreDep, get_pipeline, require_token
from .errors import ApiError, responses
from .events import event_out
from .quotes import quote_out
from .schemas import DocumentOut, DocumentPage, Id, IngestResult, PageParams, TextIn

router = APIRouter(prefix="/api", tags=["documents"], responses=responses(422, 503))

_CHUNK = 1 << 20


@router.get("/documents", response_model=DocumentPage, summary="Documents, newest first")
def list_documents(params: Annotated[PageParams, Query()], store: StoreDep) -> dict:
    """Stored documents by publication date, newest first, with how many events each holds."""
    page = q.document_page(store, params.limit, params.cursor)
    return {"documents": page.rows, "next_cursor": page.next_cursor}


@router.get("/documents/{document_id}", response_model=DocumentOut, responses=responses(404),
            summary="One document with its sentences, events, actors and quotes")
def get_document(document_id: Annotated[Id, Path(description="Document id.")],
                 store: StoreDep) -> dict:
    """The text, its sentences with character offsets, every event (any factuality), the actor mentions and the
    quotes with their speakers."""
    doc = q.document(store, document_id)
    if doc is None:
        raise ApiError(404, f"no document {document_id} (list them at /api/documents)", "not_found",
                       [("path.document_id", "unknown document")])
    starts = {x["index"]: x["start"] for x in doc["sentences"]}
    doc["events"] = [event_out({**e, "sentence_start": starts.get(e["sentence_index"])}, doc) for e in doc["events"]]
    doc["quotes"] = [quote_out(x) for x in doc["quotes"]]
    return doc


def _ingest(store: Store, pipeline: Pipeline, request: Request, response: Response, path: FilePath, name: str,
            defaults: Defaults) -> dict:
    """Code and store the documents of one file; failures name the upload, not the temporary file. Nothing
    stored and nothing stored before: 422 with the failure lines."""
    settings = request.app.state.settings
    read = list(read_inputs([path], defaults, settings.max_upload_mb))
    hashes = [a.content_hash for a in read if not isinstance(a, Failure)]
    with request.app.state.ingest_lock:
        summary = ingest([path], store, pipeline, defaults)
    failures = [f"{name}{str(f)[len(str(path)):]}" if str(f).startswith(str(path)) else str(f)
                for f in summary.failures]
    if not summary.stored and not summary.duplicates:
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        raise ApiError(422, (failures[0] if failures else f"{name}: no document in it") + more, "nothing_stored",
                       [("body", f) for f in failures])
    if not summary.stored:
        response.status_code = 200  # every document was stored before: nothing created
    return {"stored": summary.stored, "duplicates": summary.duplicates, "events": summary.events,
            "asserted_events": summary.asserted, "document_ids": q.document_ids(store, hashes),
            "failures": failures}


INGEST = dict(status_code=201, response_model=IngestResult, responses={**responses(401, 403, 413, 422), 200: {
                  "model": IngestResult, "description": "Nothing new: every document was stored before"}},
              dependencies=[Depends(require_token)])


@router.post("/documents", summary="Code and store a pasted text (needs the token)", **INGEST)
def post_text(body: TextIn, request: Request, response: Response, store: StoreDep,
              pipeline: Annotated[Pipeline, Depends(get_pipeline)]) -> dict:
    """Code one article given as JSON and store it with its events; a text stored before is not stored
    again (its id is still returned). Only when the server has ACCORD_API_TOKEN; send it as a bearer token."""
    record = body.model_dump(mode="json")
    with tempfile.TemporaryDirectory(prefix="accord-ingest-") as tmp:
        path = FilePath(tmp) / "pasted.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        return _ingest(store, pipeline, request, response, path, "text", Defaults())


@router.post("/documents/upload", summary="Code and store an uploaded file (needs the token)", **INGEST)
def post_file(request: Request, response: Response, store: StoreDep,
              pipeline: Annotated[Pipeline, Depends(get_pipeline)],
              file: Annotated[UploadFile, File(description="A .txt, .html, .jsonl, .csv or .gz file, as for "
                                               "`accord ingest`.")],
              date: Annotated[date | None, Form(description="Publication date for documents without one.")] = None,
              outlet: Annotated[str, Form(max_length=400, description="Outlet for documents without one.")] = "",
              ) -> dict:
    """Read the file as `accord ingest` does (plain text, HTML, JSONL or CSV records, gzip), code and store
    every document in it. Only when the server has ACCORD_API_TOKEN; send it as a bearer token."""
    limit = request.app.state.settings.max_upload_mb
    name = re.sub(r"[^\w.\-]+", "_", FilePath(file.filename or "upload.txt").name)[-120:] or "upload.txt"
    with tempfile.TemporaryDirectory(prefix="accord-ingest-") as tmp:
        path = FilePath(tmp) / name
        size = 0
        with open(path, "wb") as out:
            while chunk := file.file.read(_CHUNK):
                size += len(chunk)
                if size > limit * 1024 * 1024:
                    raise ApiError(413, f"{name}: larger than {limit} MB; split it or raise ACCORD_MAX_UPLOAD_MB")
                out.write(chunk)
        _check_expanded(path, name, limit)
        return _ingest(store, pipeline, request, response, path, name, Defaults(date, outlet))


def _check_expanded(path: FilePath, name: str, limit_mb: int) -> None:
    """413 when a gzip upload expands past the upload limit (read in chunks, never held whole); a file that is
    not valid gzip is left to the reader, which names the problem."""
    if not path.name.lower().endswith(".gz"):
        return
    size = 0
    try:
        with gzip.open(path, "rb") as inner:
            while chunk := inner.read(_CHUNK):
                size += len(chunk)
                if size > limit_mb * 1024 * 1024:
                    raise ApiError(413, f"{name}: expands to more than {limit_mb} MB; split it or raise "
                                        "ACCORD_MAX_UPLOAD_MB")
    except (OSError, EOFError, zlib.error):
        return
