"""The schema of the store before migrations (Accord's main of 2026-12-05), frozen here.

A database made before migrations has these tables and no version: this revision creates what it lacks (a
table, or one of the indexes added by later Accords before migrations existed) and leaves the rest as it is, so
that it is recognised and stamped without touching its rows. On an empty database it creates everything.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

META = sa.MetaData()

sa.Table(
    'actors', META,
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=400), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('code'),
)
sa.Table(
    'runs', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('command', sa.String(length=40), nullable=False),
    sa.Column('coder_version', sa.String(length=80), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
)
sa.Table(
    'documents', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('external_id', sa.String(length=400), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('outlet', sa.String(length=400), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=400), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('n_words', sa.Integer(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('coder_version', sa.String(length=80), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id']),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash'),
    sa.Index('ix_documents_date', 'date'),
)
sa.Table(
    'claims', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('actor', sa.String(length=40), nullable=False),
    sa.Column('actor_text', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('lemmas', sa.JSON(), nullable=False),
    sa.Column('factuality', sa.String(length=20), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('promisee', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('group', sa.Integer(), nullable=False),
    sa.Column('negative', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_claims_actor', 'actor'),
    sa.Index('ix_claims_document_id', 'document_id'),
)
sa.Table(
    'commitments', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('promisor', sa.String(length=40), nullable=False),
    sa.Column('promisee', sa.String(length=40), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('plover', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('evidence_count', sa.Integer(), nullable=False),
    sa.Column('last_evidence_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_commitments_document_id', 'document_id'),
    sa.Index('ix_commitments_promisor', 'promisor'),
    sa.Index('ix_commitments_status', 'status'),
)
sa.Table(
    'events', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('root', sa.String(length=2), nullable=False),
    sa.Column('goldstein', sa.Float(), nullable=True),
    sa.Column('quad_class', sa.Integer(), nullable=True),
    sa.Column('plover', sa.String(length=20), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('target_text', sa.Text(), nullable=False),
    sa.Column('target_start', sa.Integer(), nullable=True),
    sa.Column('target_end', sa.Integer(), nullable=True),
    sa.Column('verb_text', sa.String(length=200), nullable=False),
    sa.Column('verb_start', sa.Integer(), nullable=True),
    sa.Column('verb_end', sa.Integer(), nullable=True),
    sa.Column('factuality', sa.String(length=20), nullable=False),
    sa.Column('factuality_cues', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('reported_by_text', sa.Text(), nullable=False),
    sa.Column('pattern', sa.String(length=200), nullable=False),
    sa.Column('coder_version', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_events_code', 'code'),
    sa.Index('ix_events_document_id', 'document_id'),
    sa.Index('ix_events_dyad_cover', 'source', 'target', 'factuality', 'event_date', 'quad_class', 'goldstein'),
    sa.Index('ix_events_dyad_date', 'source', 'target', 'event_date'),
    sa.Index('ix_events_event_date', 'event_date'),
    sa.Index('ix_events_fact_date', 'factuality', 'event_date', 'source', 'target', 'code', 'quad_class'),
    sa.Index('ix_events_factuality', 'factuality'),
    sa.Index('ix_events_root', 'root'),
    sa.Index('ix_events_source', 'source'),
    sa.Index('ix_events_target', 'target'),
    sa.Index('ix_events_target_cover', 'target', 'source', 'factuality', 'event_date'),
)
sa.Table(
    'mentions', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('text', sa.String(length=400), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_mentions_code', 'code'),
    sa.Index('ix_mentions_document_id', 'document_id'),
)
sa.Table(
    'quotes', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('cue', sa.String(length=100), nullable=False),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=False),
    sa.Column('speaker_start', sa.Integer(), nullable=True),
    sa.Column('speaker_end', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=40), nullable=False),
    sa.Column('speaker_kind', sa.String(length=20), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_quotes_anonymous', 'anonymous'),
    sa.Index('ix_quotes_document_id', 'document_id'),
    sa.Index('ix_quotes_speaker', 'speaker'),
    sa.Index('ix_quotes_speaker_kind', 'speaker_kind'),
)
sa.Table(
    'sentences', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('index', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_sentences_document_id', 'document_id'),
)
sa.Table(
    'unresolved', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=400), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_unresolved_document_id', 'document_id'),
    sa.Index('ix_unresolved_text', 'text'),
)
sa.Table(
    'evidence', META,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('factuality', sa.String(length=20), nullable=False),
    sa.Column('actor', sa.String(length=40), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.Index('ix_evidence_commitment_id', 'commitment_id'),
    sa.Index('ix_evidence_document_id', 'document_id'),
)


def upgrade() -> None:
    bind = op.get_bind()
    META.create_all(bind, checkfirst=True)
    found = sa.inspect(bind)
    for table in META.sorted_tables:
        present = {i["name"] for i in found.get_indexes(table.name)}
        for index in sorted(table.indexes, key=lambda i: i.name):
            if index.name not in present:
                index.create(bind)


def downgrade() -> None:
    META.drop_all(op.get_bind())
