"""`accord db check`: the database's own integrity check, rows that point at nothing, and a stale ledger."""

from __future__ import annotations

from sqlalchemy import exists, func, select, text
from sqlalchemy.engine import Connection

from . import Store
from .ledger import ledger_is_current
from .models import (
    ActorRow,
    ClaimRow,
    CommitmentRow,
    DocumentRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    QuoteRow,
    RunRow,
    SentenceRow,
    UnresolvedRow,
)

_OWNED = (SentenceRow, MentionRow, UnresolvedRow, EventRow, ClaimRow, QuoteRow, CommitmentRow, EvidenceRow)


def check(store: Store) -> list[str]:
    """One line per problem found; empty when the database is sound."""
    problems: list[str] = []
    with store.engine.connect() as conn:
        problems += _engine_check(conn)
        problems += _orphans(conn)
    if not ledger_is_current(store):
        problems.append(f"the commitments ledger is older than the stored claims: run 'accord db upgrade --db "
                        f"{store.display}' (or any ingest) to rebuild it")
    return problems


def _engine_check(conn: Connection) -> list[str]:
    """What the database itself finds: SQLite's integrity and foreign key checks; PostgreSQL's invalid
    indexes, and B-tree structure where the amcheck extension is installed."""
    if conn.dialect.name == "sqlite":
        found = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        out = [] if found == ["ok"] else [f"integrity check: {line}" for line in found]
        for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            out.append(f"foreign key check: {table} row {rowid} points at a missing row of {parent}")
        return out
    if conn.dialect.name == "postgresql":
        out = [f"index {name} is invalid: REINDEX it" for (name,) in conn.execute(text(
            "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"))]
        if conn.scalar(text("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'")):
            names = conn.scalars(text(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE a.amname = 'btree' AND n.nspname = current_schema()")).all()
            for name in names:
                try:
                    with conn.begin_nested():
                        conn.execute(text("SELECT bt_index_check(CAST(:n AS regclass))"), {"n": name})
                except Exception as exc:  # amcheck reports corruption as an error of its own
                    out.append(f"index {name}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}")
        return out
    return []


def _orphans(conn: Connection) -> list[str]:
    """Rows whose document, commitment or run is gone, and actor codes that the actors table lacks (the
    actor filters look codes up there)."""
    out = []

    def count(stmt) -> int:
        return conn.scalar(select(func.count()).select_from(stmt.subquery()))

    for row in _OWNED:
        table = row.__table__
        n = count(select(table.c.id).where(~exists().where(DocumentRow.id == table.c.document_id)))
        if n:
            out.append(f"{n:,} {table.name} rows belong to no stored document")
    n = count(select(EvidenceRow.id).where(~exists().where(CommitmentRow.id == EvidenceRow.commitment_id)))
    if n:
        out.append(f"{n:,} evidence rows belong to no commitment")
    n = count(select(DocumentRow.id).where(DocumentRow.run_id.is_not(None),
                                           ~exists().where(RunRow.id == DocumentRow.run_id)))
    if n:
        out.append(f"{n:,} documents name a run that is not stored")
    for column, what in ((EventRow.source, "event sources"), (EventRow.target, "event targets"),
                         (MentionRow.code, "mentions")):
        n = count(select(column).where(column != "", ~exists().where(ActorRow.code == column)).distinct())
        if n:
            out.append(f"{n:,} actor codes of {what} are missing from the actors table")
    return out
