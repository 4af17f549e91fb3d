"""The Parquet layout of coded documents, as Arrow schemas derived from the records, and the conversions both
ways; pyarrow only, so that `accord load-parquet` needs no Spark.

`documents` holds one row per document with everything the SQL store keeps: the article fields, and its
sentences, mentions, unresolved names, events and claims as lists of structs, so a document loads back from
its row alone. `events` and `claims` (and any other list of records a CodedArticle gains, such as quotes) are
the same records flattened, one row each, keyed by the document's `content_hash`, for analysis in Spark, DuckDB
or pandas. Every table has the document's publication `date`, the column it is partitioned by.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date

import pyarrow as pa

from ..commitments import ledger_row
from ..records import Article, Claim, CodedArticle, Commitment

ARTICLE_FIELDS = ("title", "text", "date", "outlet", "url", "author", "external_id", "source")
FLAT_TABLES = ("events", "claims", "quotes")  # those a CodedArticle has are written flat too
_SET_BY_STORE = {"document_id"}  # record fields the SQL store fills in, not kept in Parquet


def _arrow_type(hint) -> pa.DataType:
    """The Arrow type of a record field's type hint (str, int, float, bool, date, list[...], X | None)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin is list:
        (item,) = typing.get_args(hint)
        return pa.list_(_arrow_type(item))
    if is_dataclass(hint):
        return pa.struct(_record_fields(hint))
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no Parquet type for {hint!r}")


def _record_fields(cls) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, _arrow_type(hints[f.name])) for f in fields(cls) if f.name not in _SET_BY_STORE]


def _record_lists() -> dict[str, type]:
    """The fields of CodedArticle that are lists of records (sentences, mentions, events, claims ...)."""
    hints = typing.get_type_hints(CodedArticle)
    out = {}
    for f in fields(CodedArticle):
        if typing.get_origin(hints[f.name]) is list:
            (item,) = typing.get_args(hints[f.name])
            if is_dataclass(item):
                out[f.name] = item
    return out


RECORD_LISTS = _record_lists()
UNRESOLVED = pa.list_(pa.struct([("text", pa.string()), ("label", pa.string())]))
NAMES = pa.list_(pa.struct([("code", pa.string()), ("name", pa.string())]))

ARTICLES = pa.schema([
    ("content_hash", pa.string()), ("title", pa.string()), ("text", pa.string()), ("date", pa.date32()),
    ("outlet", pa.string()), ("url", pa.string()), ("author", pa.string()), ("external_id", pa.string()),
    ("source", pa.string()), ("metadata", pa.string()),
])
"""Articles read from the input, before coding; `metadata` is JSON."""

PARSED = pa.schema([*ARTICLES, ("failure", pa.string())])
"""What the reading step returns: an article, or (with `failure` set) an input that could not be read."""

DOCUMENTS = pa.schema([
    *ARTICLES, ("language", pa.string()), ("n_words", pa.int64()), ("coder_version", pa.string()),
    ("names", NAMES), ("unresolved", UNRESOLVED),
    *[(name, pa.list_(pa.struct(_record_fields(cls)))) for name, cls in RECORD_LISTS.items()],
])

CODED = pa.schema([*DOCUMENTS, ("failure", pa.string())])
"""What the coding step returns: a document, or (with `failure` set) an input that could not be coded."""


def flat_columns(table: str) -> dict[str, str]:
    """The columns of a flat table (events, claims ...) after the document's `content_hash` and `date`: each
    field of its record by name, a field that would clash with those two prefixed with the record's name
    (the `date` of a claim is `claim_date`)."""
    prefix = RECORD_LISTS[table].__name__.lower()
    return {f.name: f"{prefix}_{f.name}" if f.name in ("content_hash", "date") else f.name
            for f in _record_fields(RECORD_LISTS[table])}


def article_row(article: Article) -> dict:
    row = {k: getattr(article, k) for k in ARTICLE_FIELDS}
    row["content_hash"] = article.content_hash
    row["metadata"] = json.dumps(article.metadata, ensure_ascii=False, default=str)
    return row


def article_from_row(row: dict) -> Article:
    return Article(**{k: row[k] or ("" if k != "date" else None) for k in ARTICLE_FIELDS},
                   metadata=json.loads(row["metadata"] or "{}"))


def _record_dict(record) -> dict:
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in _SET_BY_STORE}


def document_row(coded: CodedArticle, coder_version: str) -> dict:
    """The `documents` row of a coded article."""
    row = article_row(coded.article)
    row.update(language=coded.language, n_words=coded.n_words, coder_version=coder_version,
               names=[{"code": c, "name": n} for c, n in coded.names.items()],
               unresolved=[{"text": t, "label": label} for t, label in coded.unresolved])
    for name in RECORD_LISTS:
        row[name] = [_record_dict(r) for r in getattr(coded, name)]
    return row


def coded_from_row(row: dict) -> CodedArticle:
    """The coded article of a `documents` row, as the SQL store takes it."""
    lists = {name: [cls(**d) for d in (row.get(name) or [])] for name, cls in RECORD_LISTS.items()}
    return CodedArticle(article_from_row(row), row["language"], unresolved=[(u["text"], u["label"])
                        for u in row["unresolved"] or []], n_words=row["n_words"],
                        names={n["code"]: n["name"] for n in row["names"] or []}, **lists)


EVIDENCE = pa.struct([
    ("position", pa.int64()), ("kind", pa.string()), ("score", pa.float64()), ("content_hash", pa.string()),
    ("sentence_index", pa.int64()), ("sentence", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
    ("factuality", pa.string()), ("actor", pa.string()), ("reported_by", pa.string()), ("date", pa.date32()),
])

COMMITMENTS = pa.schema([
    ("promisor", pa.string()), ("promisee", pa.string()), ("action", pa.string()), ("code", pa.string()),
    ("plover", pa.string()), ("status", pa.string()), ("negative", pa.bool_()), ("made_on", pa.date32()),
    ("content_hash", pa.string()), ("sentence_index", pa.int64()), ("sentence", pa.string()),
    ("start", pa.int64()), ("end", pa.int64()), ("reported_by", pa.string()), ("evidence_count", pa.int64()),
    ("last_evidence_on", pa.date32()), ("evidence", pa.list_(EVIDENCE)), ("date", pa.date32()),
])
"""The commitments ledger built from every claim of a run, one row per commitment with its evidence chain;
`date` (the partition column) is the publication date of the document the promise was made in, as in every
other table; `made_on` is the date the text gives for the promise."""


def claims_from_rows(rows: list[dict]) -> tuple[list[Claim], list[tuple[str, date | None]]]:
    """The claims of `claims` table rows, each with a document number in place of its content hash (the
    second list holds each number's hash and publication date), numbered in publication order as the SQL
    store numbers them."""
    columns = flat_columns("claims")
    rows = sorted(rows, key=lambda r: (r["date"] or date.min, r["content_hash"], r["sentence_index"], r["start"]))
    numbers: dict[tuple[str, date | None], int] = {}
    claims = []
    for row in rows:
        number = numbers.setdefault((row["content_hash"], row["date"]), len(numbers))
        claims.append(Claim(**{name: row[column] for name, column in columns.items()}, document_id=number))
    return claims, list(numbers)


def commitments_table(ledger: list[Commitment], documents: list[tuple[str, date | None]],
                      plover: dict[str, str]) -> pa.Table:
    """The `commitments` table of a ledger built from `claims_from_rows` claims and documents."""
    rows = []
    for commitment in ledger:
        row, evidence = ledger_row(commitment, plover)
        for e in evidence:
            e["content_hash"] = documents[e.pop("document_id")][0]
        content_hash, published = documents[row.pop("document_id")]
        row.update(content_hash=content_hash, negative=commitment.negative, evidence=evidence, date=published)
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=COMMITMENTS)
